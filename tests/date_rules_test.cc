// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The date rules matched by hand (StampEndAt, DayOnlyEndAt) against RE2 on
// the patterns they stand for, at every position of generated strings.

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "lib/extract/dates.h"

namespace eventx::internal {
namespace {

using EndAt = bool (*)(std::string_view, size_t, size_t*);

// Compares `hand` with RE2's anchored match of `pattern` at every position
// of `count` strings; each string is built from `build` with `rng`.
template <typename Build>
void ExpectSameAsRe2(const char* pattern, bool longest, EndAt hand,
                     Build build, int count) {
  RE2::Options options(RE2::Quiet);
  options.set_longest_match(longest);
  options.set_encoding(RE2::Options::EncodingUTF8);
  RE2 re(pattern, options);
  ASSERT_TRUE(re.ok()) << re.error();
  std::mt19937 rng(7);
  int matches = 0;
  for (int i = 0; i < count; ++i) {
    const std::string s = build(rng);
    const re2::StringPiece input(s);
    for (size_t begin = 0; begin <= s.size(); ++begin) {
      re2::StringPiece match;
      const bool want =
          re.Match(input, begin, s.size(), RE2::ANCHOR_START, &match, 1);
      size_t end = 0;
      const bool got = hand(s, begin, &end);
      ASSERT_EQ(got, want) << "\"" << s << "\" at " << begin;
      if (want) {
        ++matches;
        ASSERT_EQ(end, begin + match.size()) << "\"" << s << "\" at " << begin;
      }
    }
  }
  EXPECT_GT(matches, count / 10);  // the strings exercise the rule
}

// A random pick from `words`.
std::string Pick(std::mt19937& rng, const std::vector<std::string>& words) {
  return words[rng() % words.size()];
}

// lo to hi ASCII digits.
std::string Digits(std::mt19937& rng, int lo, int hi) {
  std::string out;
  for (int n = lo + static_cast<int>(rng() % (hi - lo + 1)); n > 0; --n) {
    out += static_cast<char>('0' + rng() % 10);
  }
  return out;
}

TEST(DateRules, StampMatchesAsRe2) {
  const std::vector<std::string> seps = {"-", "/", ".", "年", "月", "-",
                                         "年", "月", "日", "a", "\xE5\xB9"};
  auto build = [&](std::mt19937& rng) {
    std::string s = Pick(rng, {"", "x", "1", "日"});
    s += (rng() % 4 == 0 ? Digits(rng, 0, 6) : Digits(rng, 3, 4)) +
         Pick(rng, seps) + Digits(rng, 0, 3) + Pick(rng, seps) +
         Digits(rng, 0, 3) + Pick(rng, seps) + Digits(rng, 0, 2);
    return s;
  };
  ExpectSameAsRe2(
      "(\\d{3,4})(?:-|/|\\.|年)(\\d{1,2})(?:-|/|\\.|月)(\\d{1,2})日?",
      /*longest=*/false, StampEndAt, build, 20000);
}

TEST(DateRules, DayOnlyMatchesAsRe2) {
  const std::vector<std::string> days = {
      "1日",  "12日",   "123日",  "十日", "二十日", "三十一日", "二十九",
      "十两日", "四十日", "三日", "十一", "1",      "日",      "二十"};
  const std::vector<std::string> seps = {"至", "到", "-", "~", "—",
                                         "——", "———", "", "a", "号"};
  const std::vector<std::string> spaces = {"", " ", "  ", "   ", "\t", " \t"};
  auto build = [&](std::mt19937& rng) {
    std::string s = Pick(rng, {"", "x", "十", "二"});
    s += Pick(rng, days) + Pick(rng, spaces) + Pick(rng, seps) +
         Pick(rng, spaces) + Pick(rng, days) + Pick(rng, {"", "日", "1"});
    return s;
  };
  ExpectSameAsRe2(
      "(?:\\d{1,2}|[二三]?十[一二三四五六七八九]?)日"
      "(?:[ \\t]{0,2}(?:至|到|-|—{1,2}|~)[ \\t]{0,2}"
      "(?:\\d{1,2}|[二三]?十[一二三四五六七八九]?)日)?",
      /*longest=*/true, DayOnlyEndAt, build, 20000);
}

}  // namespace
}  // namespace eventx::internal
