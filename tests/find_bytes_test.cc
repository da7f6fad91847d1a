// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/find_bytes.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

// `count` pieces, each drawn at random from `pieces`, end to end.
std::string RandomPieces(const std::vector<std::string>& pieces, int count,
                         std::mt19937* rng) {
  std::string out;
  for (int i = 0; i < count; ++i) out += pieces[(*rng)() % pieces.size()];
  return out;
}

TEST(FindBytesTest, FindsWhatStringViewFindFinds) {
  EXPECT_EQ(FindBytes("中国和美国", "美国"), 9u);
  EXPECT_EQ(FindBytes("中国和美国", "国", 4), 12u);
  EXPECT_EQ(FindBytes("中国和美国", "日本"), std::string_view::npos);
  EXPECT_EQ(FindBytes("abc", ""), 0u);
  EXPECT_EQ(FindBytes("abc", "", 3), 3u);
  EXPECT_EQ(FindBytes("abc", "", 4), std::string_view::npos);
  EXPECT_EQ(FindBytes("abc", "c", 9), std::string_view::npos);
}

TEST(FindBytesTest, AnchoredTestsAreFalsePastTheEnd) {
  const std::string_view s = "中国和美国";
  EXPECT_TRUE(StartsWithAt(s, 0, "中国"));
  EXPECT_TRUE(StartsWithAt(s, 9, "美国"));
  EXPECT_TRUE(StartsWithAt(s, 15, ""));
  EXPECT_FALSE(StartsWithAt(s, 12, "国和"));
  EXPECT_FALSE(StartsWithAt(s, 16, ""));
  EXPECT_FALSE(StartsWithAt(s, 99, "国"));
  EXPECT_TRUE(EndsWithAt(s, 6, "中国"));
  EXPECT_FALSE(EndsWithAt(s, 2, "中国"));
  EXPECT_FALSE(EndsWithAt(s, 99, "国"));
  EXPECT_TRUE(EndsWith(s, "美国"));
  EXPECT_FALSE(EndsWith("国", "美国"));
}

// Every start and many words over texts of a few characters that repeat
// (so that partial matches abound), across the sixteen-byte blocks.
TEST(FindBytesTest, AgreesWithStringViewFindEverywhere) {
  const std::vector<std::string> pieces = {"国", "中", "。", "、", "a", "1",
                                           "\xE3", "\x80", "\x82", "美国"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    const std::string text =
        RandomPieces(pieces, static_cast<int>(rng() % 40), &rng);
    std::string word =
        RandomPieces(pieces, 1 + static_cast<int>(rng() % 3), &rng);
    if (rng() % 4 == 0 && !text.empty()) {
      const size_t at = rng() % text.size();
      word = text.substr(at, 1 + rng() % (text.size() - at));
    }
    const std::string_view view(text);
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      ASSERT_EQ(FindBytes(view, word, from), view.find(word, from))
          << "text '" << text << "' word '" << word << "' from " << from;
    }
  }
}

TEST(FindBytesTest, FindLastBytesFindsTheLastWholeWordInTheRange) {
  const std::string_view s = "《中国》和《美国》";
  const size_t second = std::string_view("《中国》和").size();
  EXPECT_EQ(FindLastBytes(s, "《", 0, s.size()), second);
  EXPECT_EQ(FindLastBytes(s, "《", 0, second), 0u);
  // A word must end by `end` and start at `begin` or after.
  EXPECT_EQ(FindLastBytes(s, "《", 0, second + 2), 0u);
  EXPECT_EQ(FindLastBytes(s, "《", 1, second), std::string_view::npos);
  EXPECT_EQ(FindLastBytes(s, "日本", 0, s.size()), std::string_view::npos);
  EXPECT_EQ(FindLastBytes(s, "", 3, 6), 6u);
  EXPECT_EQ(FindLastBytes(s, "", 6, 3), std::string_view::npos);
  EXPECT_EQ(FindLastBytes(s, "", 0, s.size() + 1), std::string_view::npos);
  EXPECT_EQ(FindLastBytes(s, "》", 6, 3), std::string_view::npos);
  EXPECT_EQ(FindLastBytes(s, "》", 0, s.size() + 1), std::string_view::npos);
}

// Every range over random texts: the same answer as rfind over the range.
TEST(FindBytesTest, FindLastBytesAgreesWithRfindOverTheRange) {
  const std::vector<std::string> pieces = {"国", "中", "。", "a", "\x80",
                                           "美国"};
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    const std::string text =
        RandomPieces(pieces, static_cast<int>(rng() % 24), &rng);
    const std::string word =
        RandomPieces(pieces, 1 + static_cast<int>(rng() % 2), &rng);
    const std::string_view view(text);
    for (size_t begin = 0; begin <= text.size(); ++begin) {
      for (size_t end = begin; end <= text.size(); ++end) {
        const size_t found =
            view.substr(begin, end - begin).rfind(word);
        const size_t expected =
            found == std::string_view::npos ? found : begin + found;
        ASSERT_EQ(FindLastBytes(view, word, begin, end), expected)
            << "text '" << text << "' word '" << word << "' [" << begin
            << ", " << end << ")";
      }
    }
  }
}

}  // namespace
}  // namespace eventx::internal
