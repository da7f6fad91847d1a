// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/phrase_set.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

PhraseSet Make(const std::vector<std::string>& phrases) {
  PhraseSet set;
  for (const std::string& p : phrases) set.Add(p);
  return set;
}

TEST(PhraseSetTest, IdsAreStableAndDuplicatesShareOne) {
  PhraseSet set;
  EXPECT_EQ(set.Add("部长"), 0u);
  EXPECT_EQ(set.Add("副部长"), 1u);
  EXPECT_EQ(set.Add("部长"), 0u);
  EXPECT_EQ(set.Add(""), PhraseSet::kNotFound);
  EXPECT_EQ(set.size(), 2u);
  EXPECT_EQ(set.Find("副部长"), 1u);
  EXPECT_EQ(set.Find("部"), PhraseSet::kNotFound);
}

TEST(PhraseSetTest, LongestAtPrefersTheLongestPhraseThatFits) {
  PhraseSet set = Make({"司", "司长", "司长助理"});
  std::string text = "环境司司长助理王某";
  uint32_t id = 0;
  size_t at = text.find("司长");
  EXPECT_EQ(set.LongestAt(text, at, &id), std::string("司长助理").size());
  EXPECT_EQ(id, 2u);
  // A bound on the length, and a minimum.
  EXPECT_EQ(set.LongestAt(text, at, &id, 1, 6), std::string("司长").size());
  EXPECT_EQ(set.LongestAt(text, text.find("司"), nullptr, 4), 0u);
  // Nothing starts at a character that starts no phrase.
  EXPECT_EQ(set.LongestAt(text, 0), 0u);
  // Cut off by the end of the text.
  std::string cut = "司长助";
  EXPECT_EQ(set.LongestAt(cut, 0), std::string("司长").size());
}

TEST(PhraseSetTest, LongestEndingAt) {
  PhraseSet set = Make({"部", "环境部", "局"});
  std::string text = "柬埔寨环境部部长";
  size_t end = text.find("部长");
  EXPECT_EQ(set.LongestEndingAt(text, end), std::string("环境部").size());
  EXPECT_EQ(set.LongestEndingAt(text, 0), 0u);
  EXPECT_EQ(set.LongestEndingAt(text, text.size()), 0u);
}

TEST(PhraseSetTest, ForEachAtVisitsEveryPhraseShortestFirst) {
  PhraseSet set = Make({"常务", "常务副", "常"});
  std::string text = "常务副市长";
  std::vector<std::pair<size_t, uint32_t>> seen;
  set.ForEachAt(text, 0, [&](size_t n, uint32_t id) { seen.emplace_back(n, id); });
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0], std::make_pair(size_t{3}, 2u));
  EXPECT_EQ(seen[1], std::make_pair(size_t{6}, 0u));
  EXPECT_EQ(seen[2], std::make_pair(size_t{9}, 1u));
}

TEST(PhraseSetTest, PhrasesOfSixtyThreeBytesOrMore) {
  std::string long_phrase;
  for (int i = 0; i < 30; ++i) long_phrase += "环";  // 90 bytes
  PhraseSet set = Make({long_phrase, "环"});
  std::string text = long_phrase + "境";
  EXPECT_EQ(set.LongestAt(text, 0), long_phrase.size());
  EXPECT_EQ(set.LongestEndingAt(text, long_phrase.size()), long_phrase.size());
  size_t count = 0;
  set.ForEachAt(text, 0, [&](size_t, uint32_t) { ++count; });
  EXPECT_EQ(count, 2u);
}

TEST(PhraseSetTest, MovedSetKeepsItsKeys) {
  PhraseSet a = Make({"大使", "参赞"});
  PhraseSet b = std::move(a);
  EXPECT_EQ(b.Find("参赞"), 1u);
  EXPECT_EQ(b.LongestAt("驻华大使", 6), 6u);
}

// LongestAt against its definition: the longest phrase within the bounds
// that the text starts with at pos and whose first code point decodes as
// the text's does there (so a phrase cut inside a character, or starting
// with a bad byte, matches only where the text is bad too).
TEST(PhraseSetTest, LongestAtAgreesWithItsDefinition) {
  const std::vector<std::string> kPieces = {"部", "长", "司", "副", "a", "b",
                                            "\xE4", "\xB8", "\xE9\x83",
                                            "𠀀"};
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    auto random_text = [&](size_t max_pieces) {
      std::string s;
      size_t n = 1 + rng() % max_pieces;
      for (size_t k = 0; k < n; ++k) s += kPieces[rng() % kPieces.size()];
      return s;
    };
    // A third of the rounds add only well-formed phrases (the trie holds
    // them all), a third only phrases that start well-formed, and the
    // others may add some that start with a bad byte.
    const bool well_formed_starts = round % 3 != 2;
    const bool well_formed = round % 3 == 0;
    PhraseSet set;
    std::vector<std::string> phrases;
    while (phrases.size() < 8) {
      std::string phrase = random_text(4);
      size_t first_len;
      if (well_formed_starts &&
          DecodeUtf8(phrase, 0, &first_len) == kInvalidCodePoint) {
        continue;
      }
      bool bad_byte = false;
      for (size_t k = 0; k < phrase.size(); k += first_len) {
        bad_byte |= DecodeUtf8(phrase, k, &first_len) == kInvalidCodePoint;
      }
      if (well_formed && bad_byte) continue;
      if (set.Add(phrase) == phrases.size()) phrases.push_back(phrase);
    }
    const std::string text = random_text(12);
    for (size_t pos = 0; pos < text.size(); ++pos) {
      for (size_t min_bytes : {size_t{0}, size_t{1}, size_t{4}}) {
        for (size_t max_bytes : {size_t{3}, size_t{7}, SIZE_MAX}) {
          size_t len;
          const char32_t first = DecodeUtf8(text, pos, &len);
          size_t want = 0;
          uint32_t want_id = PhraseSet::kNotFound;
          for (const std::string& p : phrases) {
            if (p.size() < std::max<size_t>(min_bytes, 1) ||
                p.size() > max_bytes || text.compare(pos, p.size(), p) != 0 ||
                p.size() > text.size() - pos) {
              continue;
            }
            size_t plen;
            if (DecodeUtf8(p, 0, &plen) != first) continue;
            if (p.size() > want) {
              want = p.size();
              want_id = set.Find(p);
            }
          }
          if (min_bytes == 0 && max_bytes == SIZE_MAX) {
            // ForEachAt: every such phrase, shortest first.
            std::vector<std::pair<size_t, uint32_t>> want_all;
            for (const std::string& p : phrases) {
              size_t plen;
              if (text.compare(pos, p.size(), p) == 0 &&
                  p.size() <= text.size() - pos &&
                  DecodeUtf8(p, 0, &plen) == first) {
                want_all.emplace_back(p.size(), set.Find(p));
              }
            }
            std::sort(want_all.begin(), want_all.end());
            std::vector<std::pair<size_t, uint32_t>> got_all;
            set.ForEachAt(text, pos, [&](size_t n, uint32_t id) {
              got_all.emplace_back(n, id);
            });
            EXPECT_EQ(got_all, want_all);
          }
          uint32_t got_id = PhraseSet::kNotFound;
          EXPECT_EQ(set.LongestAt(text, pos, &got_id, min_bytes, max_bytes),
                    want);
          if (want != 0) {
            EXPECT_EQ(got_id, want_id);
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace eventx::internal

namespace eventx::internal {
namespace {

TEST(PhraseSetTest, StartsAnywhereInFindsAPhraseAtAnyCharacter) {
  PhraseSet set;
  set.Add("举行");
  set.Add("访");
  EXPECT_TRUE(set.StartsAnywhereIn("举行"));
  EXPECT_TRUE(set.StartsAnywhereIn("两国在北京举行会谈"));
  EXPECT_TRUE(set.StartsAnywhereIn("abc·出访"));
  EXPECT_FALSE(set.StartsAnywhereIn(""));
  EXPECT_FALSE(set.StartsAnywhereIn("两国举办会谈"));
  EXPECT_FALSE(set.StartsAnywhereIn("举"));
}

// LongestAt starts its trie walk after the first character (at the node
// kept for it): a one-character phrase, bounds that end inside or at the
// first character, and phrases added after longer ones with that start.
TEST(PhraseSetTest, LongestAtAcrossTheFirstCharacter) {
  PhraseSet set;
  set.Add("国务院");
  const uint32_t guo = set.Add("国");
  set.Add("é");
  set.Add("ab");
  uint32_t id = PhraseSet::kNotFound;
  EXPECT_EQ(set.LongestAt("国务院会议", 0, &id), 9u);
  EXPECT_EQ(set.LongestAt("国家", 0, &id), 3u);
  EXPECT_EQ(id, guo);
  EXPECT_EQ(set.LongestAt("国务院", 0, nullptr, 1, 2), 0u);  // inside 国
  EXPECT_EQ(set.LongestAt("国务院", 0, nullptr, 1, 3), 3u);
  EXPECT_EQ(set.LongestAt("国务院", 0, nullptr, 4), 9u);
  EXPECT_EQ(set.LongestAt("国务", 0, nullptr, 4), 0u);
  EXPECT_EQ(set.LongestAt("中国", 3), 3u);
  EXPECT_EQ(set.LongestAt("éa", 0), 2u);
  EXPECT_EQ(set.LongestAt("abc", 0), 2u);
  EXPECT_EQ(set.LongestAt("ac", 0), 0u);
  EXPECT_EQ(set.LongestAt("务院", 0), 0u);
}

}  // namespace
}  // namespace eventx::internal
