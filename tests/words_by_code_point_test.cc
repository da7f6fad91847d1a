// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/words_by_code_point.h"

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

using Words = std::vector<std::pair<std::string, uint32_t>>;

// The words of `index` keyed by `cp`, in the order Find gives them.
std::vector<std::pair<std::string, uint32_t>> Keyed(
    const WordsByCodePoint& index, char32_t cp) {
  const WordsByCodePoint::Word *begin, *end;
  index.Find(cp, &begin, &end);
  std::vector<std::pair<std::string, uint32_t>> out;
  for (const WordsByCodePoint::Word* w = begin; w != end; ++w) {
    out.emplace_back(std::string(index.BytesOf(*w), w->size), w->value);
  }
  return out;
}

TEST(WordsByCodePointTest, ByFirstCodePointLongestFirstInGivenOrder) {
  WordsByCodePoint index;
  index.Build({{"会议", 1}, {"会见", 2}, {"会议中心", 3}, {"国际会议", 4},
               {"a", 5}, {"ab", 6}},
              WordsByCodePoint::Key::kFirst);
  EXPECT_EQ(Keyed(index, U'会'),
            (Words{{"会议中心", 3}, {"会议", 1}, {"会见", 2}}));
  EXPECT_EQ(Keyed(index, U'国'), (Words{{"国际会议", 4}}));
  EXPECT_EQ(Keyed(index, U'a'), (Words{{"ab", 6}, {"a", 5}}));
  EXPECT_TRUE(Keyed(index, U'议').empty());
  EXPECT_TRUE(Keyed(index, U'b').empty());
}

TEST(WordsByCodePointTest, ByLastCodePoint) {
  WordsByCodePoint index;
  index.Build({{"会议", 1}, {"国际会议", 2}, {"中心", 3}},
              WordsByCodePoint::Key::kLast);
  EXPECT_EQ(Keyed(index, U'议'), (Words{{"国际会议", 2}, {"会议", 1}}));
  EXPECT_EQ(Keyed(index, U'心'), (Words{{"中心", 3}}));
  EXPECT_TRUE(Keyed(index, U'会').empty());
}

TEST(WordsByCodePointTest, HoldsComparesTheWordsBytes) {
  WordsByCodePoint index;
  index.Build({{"签署", 0}, {"签约", 0}}, WordsByCodePoint::Key::kFirst);
  const WordsByCodePoint::Word *begin, *end;
  index.Find(U'签', &begin, &end);
  ASSERT_EQ(end - begin, 2);
  const std::string text = "双方签约仪式";
  const char* at = text.data() + std::string("双方").size();
  EXPECT_FALSE(index.Holds(begin[0], at));  // 签署
  EXPECT_TRUE(index.Holds(begin[1], at));   // 签约
}

TEST(WordsByCodePointTest, EmptyIndexAndManyKeys) {
  WordsByCodePoint empty;
  const WordsByCodePoint::Word *begin, *end;
  empty.Find(U'会', &begin, &end);
  EXPECT_EQ(begin, end);

  // Enough keys to grow the table several times; every one is found with
  // its own word, and a code point never added with none.
  Words words;
  for (char32_t cp = 0x4E00; cp < 0x4E00 + 300; ++cp) {
    std::string w;
    w += static_cast<char>(0xE0 | (cp >> 12));
    w += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    w += static_cast<char>(0x80 | (cp & 0x3F));
    words.emplace_back(w, static_cast<uint32_t>(cp));
  }
  WordsByCodePoint index;
  index.Build(words, WordsByCodePoint::Key::kFirst);
  for (const auto& [bytes, value] : words) {
    EXPECT_EQ(Keyed(index, value), (Words{{bytes, value}}));
  }
  EXPECT_TRUE(Keyed(index, 0x4E00 + 300).empty());
}

}  // namespace
}  // namespace eventx::internal
