// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

// The inline fast paths must agree with the general decoders everywhere:
// every lead byte, followed by bytes from each class that matters (ASCII,
// the edges of the continuation range, lead bytes), and cut short.
TEST(Utf8Test, FastPathsAgreeWithTheGeneralDecoders) {
  const unsigned char kFollow[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
                                   0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xF0};
  for (int b0 = 0; b0 < 256; ++b0) {
    for (unsigned char b1 : kFollow) {
      for (unsigned char b2 : kFollow) {
        for (unsigned char b3 : kFollow) {
          const std::string full = {static_cast<char>(b0), static_cast<char>(b1),
                                    static_cast<char>(b2), static_cast<char>(b3)};
          for (size_t n = 1; n <= full.size(); ++n) {
            const std::string s = full.substr(0, n);
            size_t fast_len = 0;
            size_t slow_len = 0;
            EXPECT_EQ(DecodeUtf8(s, 0, &fast_len),
                      DecodeUtf8Slow(s, 0, &slow_len));
            EXPECT_EQ(fast_len, slow_len);
            for (size_t end = 0; end <= n; ++end) {
              EXPECT_EQ(DecodeUtf8Before(s, end, &fast_len),
                        DecodeUtf8BeforeSlow(s, end, &slow_len));
              EXPECT_EQ(fast_len, slow_len);
            }
          }
        }
      }
    }
  }
}

TEST(Utf8Test, DecodesEachLength) {
  size_t len;
  EXPECT_EQ(DecodeUtf8("a", 0, &len), U'a');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(DecodeUtf8("·", 0, &len), U'·');
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(DecodeUtf8("环", 0, &len), U'环');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(DecodeUtf8("𠀀", 0, &len), U'𠀀');
  EXPECT_EQ(len, 4u);
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", 0, &len), kInvalidCodePoint);  // surrogate
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(DecodeUtf8("\xE0\x80\x80", 0, &len), kInvalidCodePoint);  // overlong
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(DecodeUtf8Before("a环", 4, &len), U'环');
  EXPECT_EQ(len, 3u);
}

}  // namespace
}  // namespace eventx::internal

namespace eventx::internal {
namespace {

// SkipPlainUtf8 against its definition, byte by byte: the first character
// from pos that is not plain (ASCII but NUL, or a three-byte sequence led by
// E1..EC or EE..EF).
size_t SkipPlainReference(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[pos]);
    size_t n;
    const char32_t cp = DecodeUtf8(s, pos, &n);
    const bool plain = (b >= 0x01 && b < 0x80) ||
                       (n == 3 && cp != kInvalidCodePoint && b >= 0xE1 &&
                        b != 0xED);
    if (!plain) return pos;
    pos += n;
  }
  return s.size();
}

// SkipPlainOrTwoByteUtf8 likewise: plain, or a well-formed two-byte
// sequence (DecodeUtf8 gives two bytes and a valid code point).
size_t SkipPlainOrTwoByteReference(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    size_t n;
    const char32_t cp = DecodeUtf8(s, pos, &n);
    if (n == 2 && cp != kInvalidCodePoint) {
      pos += n;
      continue;
    }
    if (SkipPlainReference(s, pos) == pos) return pos;
    pos += n;
  }
  return s.size();
}

TEST(SkipPlainUtf8, AgreesWithByteByByteOnRandomTexts) {
  // Pieces that make plain runs, with now and then one that is not, at
  // every alignment to the sixteen-byte blocks.
  const std::string pieces[] = {
      "a",  " ",    "中", "国", "。", "\xEF\xBC\x8C", "\xE1\x80\x80",
      "·",  "😀",   std::string(1, '\0'), "\xE0\xA0\x80", "\xED\x9F\xBF",
      "\x80", "\xE4\xB8", "\xE4", "\xFF", "\xC3", "\xC1\x81",
      "é", "\xC2\xA0", "\xDF\xBF"};
  uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const int len = static_cast<int>(next() % 100);
    // None, one piece in ten, or one in a hundred that is not plain (long
    // plain stretches for the 64-byte blocks, with a stop somewhere).
    const unsigned mode = next() % 3;
    const unsigned rare_from = mode == 0 ? 100 : mode == 1 ? 90 : 99;
    for (int k = 0; k < len; ++k) {
      const unsigned r = next() % 100;
      const size_t which = r >= rare_from ? 7 + next() % 14 : r % 7;
      s += pieces[which];
    }
    // Inside a character too: both stop there, at the continuation byte.
    for (size_t pos = 0; pos <= s.size(); ++pos) {
      ASSERT_EQ(SkipPlainUtf8(s, pos), SkipPlainReference(s, pos))
          << "round " << round << " pos " << pos;
      ASSERT_EQ(SkipPlainOrTwoByteUtf8(s, pos),
                SkipPlainOrTwoByteReference(s, pos))
          << "round " << round << " pos " << pos;
    }
  }
}

}  // namespace
}  // namespace eventx::internal

namespace eventx::internal {
namespace {

TEST(Utf8Test, CountCodePointsUpToStopsAtTheLimit) {
  const std::string texts[] = {"", "abc", "中国a", "\xE4\xB8", "中\xFF国·😀"};
  for (const std::string& s : texts) {
    const size_t all = CountCodePoints(s);
    for (size_t limit = 0; limit <= all + 2; ++limit) {
      EXPECT_EQ(CountCodePointsUpTo(s, limit), std::min(all, limit)) << s;
    }
  }
}

TEST(Utf8Test, CodePointAtIsZeroPastTheEnd) {
  const std::string s = "a中";
  size_t len = 9;
  EXPECT_EQ(CodePointAt(s, 0, &len), U'a');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(CodePointAt(s, 1, &len), U'中');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(CodePointAt(s, 4, &len), 0u);
  EXPECT_EQ(len, 0u);
}

}  // namespace
}  // namespace eventx::internal
