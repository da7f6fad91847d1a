// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/decode.h"

#include <string>
#include <string_view>

#include "lib/text/utf8.h"

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

TEST(DecodeTest, ValidUtf8PassesThrough) {
  std::string in = "环境部 ok";
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text(), in);
  EXPECT_EQ(t.ToOriginal(0, 3), (Span{0, 3}));
}

TEST(DecodeTest, InvalidBytesBecomeReplacementCharacters) {
  std::string in = std::string("a\xFF") + "环";
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text(), std::string("a") + kReplacement + "环");
  // The replacement stands for the one bad byte; what follows keeps its place.
  EXPECT_EQ(t.ToOriginal(1, 4), (Span{1, 2}));
  EXPECT_EQ(t.ToOriginal(4, 7), (Span{2, 5}));
}

TEST(DecodeTest, NulBecomesReplacementCharacter) {
  std::string in("a\0b", 3);
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text(), std::string("a") + kReplacement + "b");
}

TEST(DecodeTest, TruncatedSequenceAtTheEndIsReadAround) {
  std::string in = std::string("环境") + "\xE9\x83";  // 部 cut short
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text().substr(0, 6), "环境");
  EXPECT_NE(t.text().find(kReplacement), std::string::npos);
  Span all = t.ToOriginal(0, t.size());
  EXPECT_EQ(all.end, in.size());
}

TEST(DecodeTest, ByteOrderMarkIsDropped) {
  std::string in = "\xEF\xBB\xBF" "中国";
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text(), "中国");
  EXPECT_EQ(t.ToOriginal(0, 6), (Span{3, 9}));
}

TEST(DecodeTest, OverlongAndSurrogateEncodingsAreInvalid) {
  for (std::string bad : {std::string("\xC0\xAF"), std::string("\xED\xA0\x80")}) {
    MappedText t = DecodeUtf8View(bad);
    EXPECT_EQ(t.text().find('/'), std::string::npos);
    EXPECT_NE(t.text().find(kReplacement), std::string::npos) << bad.size();
  }
}

// The decoder by the definition (RFC 3629): the lead byte gives the length,
// every continuation byte is 10xxxxxx, and the value is neither overlong,
// a surrogate, nor past U+10FFFF. DecodeUtf8 is written for speed; it must
// agree with this on every sequence.
char32_t ReferenceDecode(std::string_view s, size_t* len) {
  *len = 1;
  const auto b0 = static_cast<unsigned char>(s[0]);
  if (b0 < 0x80) return b0;
  size_t n;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return kInvalidCodePoint;
  }
  if (s.size() < n) return kInvalidCodePoint;
  for (size_t i = 1; i < n; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if ((b & 0xC0) != 0x80) return kInvalidCodePoint;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return kInvalidCodePoint;
  }
  *len = n;
  return cp;
}

TEST(DecodeTest, FastDecoderAgreesWithTheDefinitionOnEverySequence) {
  // Every one-, two- and three-byte string, and every four-byte string whose
  // lead byte starts a four-byte sequence (continuations sampled), each also
  // cut short.
  size_t disagreements = 0;
  auto check = [&](const std::string& s) {
    for (size_t cut = 1; cut <= s.size(); ++cut) {
      std::string_view v(s.data(), cut);
      size_t got_len;
      size_t want_len;
      char32_t got = DecodeUtf8(v, 0, &got_len);
      char32_t want = ReferenceDecode(v, &want_len);
      if (got != want || got_len != want_len) ++disagreements;
    }
  };
  std::string s(3, '\0');
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      for (int c = 0; c < 256; c += (a >= 0xE0 && a < 0xF0) ? 1 : 51) {
        s[0] = static_cast<char>(a);
        s[1] = static_cast<char>(b);
        s[2] = static_cast<char>(c);
        check(s);
      }
    }
  }
  std::string four(4, '\0');
  for (int a = 0xF0; a < 0x100; ++a) {
    for (int b = 0x70; b < 0xD0; ++b) {
      for (int c : {0x00, 0x80, 0xBF, 0xC0}) {
        for (int d : {0x41, 0x80, 0x9F, 0xBF, 0xC0}) {
          four[0] = static_cast<char>(a);
          four[1] = static_cast<char>(b);
          four[2] = static_cast<char>(c);
          four[3] = static_cast<char>(d);
          check(four);
        }
      }
    }
  }
  EXPECT_EQ(disagreements, 0u);
}

TEST(DecodeTest, EmptyInput) {
  MappedText t = DecodeUtf8View("");
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.ToOriginal(0, 0), (Span{0, 0}));
}

// DecodesUnchanged tells when the view is the original as it stands.
TEST(DecodeTest, DecodesUnchangedExactlyWhenTheViewIsTheOriginal) {
  const std::string inputs[] = {
      "",
      "环境部 ok",
      "pīnyīn ü, café",
      "\xF0\x9F\x98\x80 emoji",
      "\xE0\xA4\x95 and \xED\x9F\xBF",
      "\xEF\xBB\xBF" "中国",
      std::string("a\0b", 3),
      std::string("a\xFF") + "环",
      "\xC0\xAF",
      "\xED\xA0\x80",
      std::string("环境") + "\xE9\x83",
      std::string(100, 'a') + "\x80" + std::string(100, 'b'),
      std::string(100, 'a') + "中文",
  };
  for (const std::string& in : inputs) {
    const MappedText t = DecodeUtf8View(in);
    EXPECT_EQ(DecodesUnchanged(in), t.text() == in) << in;
  }
}

}  // namespace
}  // namespace eventx::internal
