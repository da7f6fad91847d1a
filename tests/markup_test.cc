// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/markup.h"

#include <string>

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

std::string Clean(const std::string& in) {
  return RemoveMarkup(MappedText::Identity(in)).text();
}

struct MarkupCase {
  const char* input;
  const char* want;
};

TEST(MarkupTest, RemovesNoiseKeepsText) {
  const MarkupCase cases[] = {
      {"前<image>data:image/png;base64,iVBORw0KGgo=</image>后", "前后"},
      {"<b>环境</b>部", "环境部"},
      {"A&amp;B&nbsp;C", "A&B C"},
      {"&#20013;&#x56FD;", "中国"},
      {"见 data:image/jpeg;base64,/9j/4AAQSkZJRg== 图", "见  图"},
      {"1 < 2 且 3 > 2", "1 < 2 且 3 > 2"},  // not tags
      {"无标记的文字", "无标记的文字"},
  };
  for (const MarkupCase& c : cases) {
    EXPECT_EQ(Clean(c.input), c.want) << c.input;
  }
}

TEST(MarkupTest, BlockTagsBreakLines) {
  std::string out = Clean("<p>第一段</p><p>第二段</p>");
  EXPECT_NE(out.find('\n'), std::string::npos);
  EXPECT_NE(out.find("第一段"), std::string::npos);
  EXPECT_NE(out.find("第二段"), std::string::npos);
}

TEST(MarkupTest, UnclosedImageBlobEndsAtLineEnd) {
  std::string out = Clean("甲<image>data:image/png;base64,AAAA\n乙");
  EXPECT_EQ(out.find("AAAA"), std::string::npos);
  EXPECT_NE(out.find("乙"), std::string::npos);
}

TEST(MarkupTest, SpansOfTextAfterAnImagePointPastIt) {
  std::string in = "前<image>data:x</image>环境";
  MappedText t = RemoveMarkup(MappedText::Identity(in));
  size_t at = t.text().find("环境");
  ASSERT_NE(at, std::string::npos);
  Span s = t.ToOriginal(at, at + 6);
  EXPECT_EQ(in.substr(s.begin, s.size()), "环境");
}

// A data: URI found wherever it stands in a long text among other colons
// (the first test reads 64-byte blocks and looks only at their colons);
// colons that follow no "data", and an upper-case DATA: (which the removal
// does not take), changing nothing.
TEST(MarkupTest, FindsDataUrisAmongColonsAtEveryOffset) {
  for (size_t pad = 0; pad < 140; ++pad) {
    const std::string before = std::string(pad, ' ') + "时间10:30，12:00 见 ";
    const std::string after = " 图，13:45。";
    EXPECT_EQ(Clean(before + "data:image/jpeg;base64,/9j/4AAQ" + after),
              before + after)
        << pad;
    const std::string upper = before + "DaTa:image/png;base64,AAAA" + after;
    EXPECT_EQ(Clean(upper), upper) << pad;
    const std::string plain = before + "date:10:30 meta:x" + after;
    EXPECT_EQ(Clean(plain), plain) << pad;
  }
}

}  // namespace
}  // namespace eventx::internal
