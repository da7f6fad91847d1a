// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/words_by_code_point.h"

#include <algorithm>
#include <string>
#include <string_view>
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

// Many words of many sizes under a few keys, both ways: each key's words
// come longest first with their own bytes and values (the words and their
// bytes share one block; a key's bytes follow its words).
TEST(WordsByCodePointTest, ManyWordsPerKeyKeepTheirBytesAndValues) {
  Words words;
  const std::string keys[] = {"会", "a", "国", "·"};
  for (uint32_t i = 0; i < 400; ++i) {
    const std::string& k = keys[i % 4];
    // Distinct words: the key, then i in letters, then i % 37 fillers.
    std::string w = k;
    for (uint32_t n = i; n > 0; n /= 26) w += static_cast<char>('a' + n % 26);
    w += '|';
    w.append(i % 37, 'x');
    words.emplace_back(w, i);
  }
  for (auto key :
       {WordsByCodePoint::Key::kFirst, WordsByCodePoint::Key::kLast}) {
    Words keyed_words = words;
    if (key == WordsByCodePoint::Key::kLast) {
      for (auto& [w, value] : keyed_words) {
        w = w.substr(keys[value % 4].size()) + keys[value % 4];
      }
    }
    WordsByCodePoint index;
    index.Build(keyed_words, key);
    const char32_t cps[] = {U'会', U'a', U'国', U'·'};
    for (size_t k = 0; k < 4; ++k) {
      Words expected;
      for (const auto& word : keyed_words) {
        if (word.second % 4 == k) expected.push_back(word);
      }
      std::stable_sort(expected.begin(), expected.end(),
                       [](const auto& a, const auto& b) {
                         return a.first.size() > b.first.size();
                       });
      EXPECT_EQ(Keyed(index, cps[k]), expected);
    }
    EXPECT_TRUE(Keyed(index, U'b').empty());
  }
}

// The size in bytes of the text before `prefix` ends, for offsets below.
size_t After(std::string_view prefix) { return prefix.size(); }

TEST(WordIndexTest, LongestAtFitsTheRoomAndGivesTheValue) {
  WordIndex index;
  index.Build({{"会议", 1}, {"会议中心", 2}, {"会见", 3}});
  const std::string text = "在国际会议中心举行";
  const size_t at = After("在国际");
  uint32_t value = 0;
  EXPECT_EQ(index.LongestAt(text, at, U'会', text.size(), &value),
            After("会议中心"));
  EXPECT_EQ(value, 2u);
  // Room for 会议 only: the longest word that fits.
  EXPECT_EQ(index.LongestAt(text, at, U'会', After("会议中"), &value),
            After("会议"));
  EXPECT_EQ(value, 1u);
  EXPECT_EQ(index.LongestAt(text, After("在"), U'国', text.size()), 0u);
  EXPECT_EQ(index.LongestAt(text, text.size(), U'会', 100), 0u);
  // A word never reads past the text's end.
  const std::string cut = "国际会议中";
  EXPECT_EQ(index.LongestAt(cut, After("国际"), U'会', 100), After("会议"));
}

TEST(WordIndexTest, LongestEndingAtHasAndForEachAt) {
  WordIndex index;
  index.Build({{"会议", 0}, {"国际会议", 0}, {"中心", 0}});
  const std::string text = "国际会议中心";
  EXPECT_EQ(index.LongestEndingAt(text, After("国际会议")),
            After("国际会议"));
  EXPECT_EQ(index.LongestEndingAt(text, text.size()), After("中心"));
  EXPECT_EQ(index.LongestEndingAt(text, After("国际")), 0u);
  EXPECT_EQ(index.LongestEndingAt(text, 0), 0u);
  EXPECT_EQ(index.LongestEndingAt(text, text.size() + 1), 0u);

  EXPECT_TRUE(index.Has("会议"));
  EXPECT_TRUE(index.Has("国际会议"));
  EXPECT_FALSE(index.Has("国际"));
  EXPECT_FALSE(index.Has("会议中心"));
  EXPECT_FALSE(index.Has(""));

  WordIndex nested;
  nested.Build({{"会议中心", 0}, {"会议", 0}, {"会", 0}, {"会见", 0}});
  std::vector<size_t> sizes;
  nested.ForEachAt("会议中心", 0, [&](size_t size) { sizes.push_back(size); });
  EXPECT_EQ(sizes, (std::vector<size_t>{After("会"), After("会议"),
                                        After("会议中心")}));
  sizes.clear();
  nested.ForEachAt("会议中心", After("会议中心"),
                   [&](size_t size) { sizes.push_back(size); });
  EXPECT_TRUE(sizes.empty());
}

}  // namespace
}  // namespace eventx::internal
