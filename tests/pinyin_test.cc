// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/pinyin.h"
#include "lib/text/utf8.h"

#include <iterator>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

struct PinyinCase {
  const char* input;
  const char* want;
};

TEST(PinyinTest, StripsReadingsAfterHanCharacters) {
  const PinyinCase cases[] = {
      {"環(huán)境", "環境"},
      {"環境部長(zhǎng)", "環境部長"},
      {"國(guó)際", "國際"},
      {"綠（lǜ）色", "綠色"},         // full-width parentheses
      {"發(fā)展(zhǎn)", "發展"},
      // Not pinyin: no tone mark, capitals, or not after a Han character.
      {"生态城(Eco-Town)", "生态城(Eco-Town)"},
      {"中心(huan)", "中心(huan)"},
      {"x(huán)", "x(huán)"},
      {"联合国(UNEP)", "联合国(UNEP)"},
  };
  for (const PinyinCase& c : cases) {
    EXPECT_EQ(StripPinyin(MappedText::Identity(c.input)).text(), c.want)
        << c.input;
  }
}

// The reading ends at its first closing parenthesis, narrow or wide, which
// must stand whole within 64 bytes of the opening one (the search reads
// sixteen bytes at a time: the close at every place of its blocks).
TEST(PinyinTest, ReadingEndsAtTheFirstClosingParenthesis) {
  EXPECT_EQ(StripPinyin(MappedText::Identity("環(huán）境")).text(), "環境");
  EXPECT_EQ(StripPinyin(MappedText::Identity("環（huán)境")).text(), "環境");
  EXPECT_EQ(StripPinyin(MappedText::Identity("環(huán)x）境")).text(), "環x）境");
  EXPECT_EQ(StripPinyin(MappedText::Identity("環(huán）x)境")).text(), "環x)境");
  EXPECT_EQ(StripPinyin(MappedText::Identity("環(huán，)境")).text(),
            "環(huán，)境");
  for (size_t letters = 0; letters <= 62; ++letters) {
    // "á" and the letters fill 2 + letters bytes of the window; the
    // parenthesis is whole in the window's 64 bytes, or not.
    const std::string reading = "á" + std::string(letters, 'a');
    for (const std::string close : {"）", ")"}) {
      for (const std::string after : {"境", "", "，"}) {
        const std::string in = "環(" + reading + close + after;
        const bool whole = 2 + letters + close.size() <= 64;
        EXPECT_EQ(StripPinyin(MappedText::Identity(in)).text(),
                  whole ? "環" + after : in)
            << letters << close;
      }
    }
  }
}

// FindPinyinReadings gives what StripPinyin removes: readings anywhere
// among other parentheses, of either width, a second reading right after a
// removed one.
TEST(PinyinTest, FindPinyinReadingsAreWhatStripPinyinRemoves) {
  const std::string parts[] = {"環", "(huán)", "（lǜ）", "(EPA)", "x", "，",
                               "(", "）", "(zhǎng", "境"};
  std::mt19937 rng(5);
  for (int round = 0; round < 3000; ++round) {
    std::string in;
    const size_t count = rng() % 8;
    for (size_t k = 0; k < count; ++k) in += parts[rng() % std::size(parts)];
    std::string kept;
    size_t at = 0;
    for (const ByteRange& reading : FindPinyinReadings(in)) {
      ASSERT_LE(at, reading.begin) << in;
      ASSERT_LT(reading.begin, reading.end) << in;
      kept += in.substr(at, reading.begin - at);
      at = reading.end;
    }
    kept += in.substr(at);
    EXPECT_EQ(StripPinyin(MappedText::Identity(in)).text(), kept) << in;
  }
}

TEST(PinyinTest, RecognizesReadings) {
  EXPECT_TRUE(IsPinyinReading("huán"));
  EXPECT_TRUE(IsPinyinReading("lǜ"));
  EXPECT_FALSE(IsPinyinReading("huan"));
  EXPECT_FALSE(IsPinyinReading(""));
  EXPECT_FALSE(IsPinyinReading("Eco-Town"));
}

TEST(PinyinTest, OffsetsSkipTheReading) {
  std::string in = "環(huán)境部";
  MappedText t = StripPinyin(MappedText::Identity(in));
  ASSERT_EQ(t.text(), "環境部");
  // 境 in the view is 境 in the original, after the reading.
  Span s = t.ToOriginal(3, 6);
  EXPECT_EQ(in.substr(s.begin, s.size()), "境");
  // The whole view maps to the whole input, reading included.
  Span all = t.ToOriginal(0, t.size());
  EXPECT_EQ(all, (Span{0, in.size()}));
}

}  // namespace
}  // namespace eventx::internal

namespace eventx::internal {
namespace {

// A reading needs a tone mark: exactly these characters are one.
TEST(PinyinTest, ToneMarksAreExactlyTheListed) {
  const std::u32string marked =
      U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹê";
  for (char32_t cp = 0x80; cp < 0x2000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string reading = "a";
    AppendUtf8(cp, &reading);
    const bool listed = marked.find(cp) != std::u32string::npos;
    EXPECT_EQ(IsPinyinReading(reading), listed) << std::hex << cp;
  }
}

}  // namespace
}  // namespace eventx::internal
