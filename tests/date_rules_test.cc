// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The date rules matched by hand (StampEndAt, DayOnlyEndAt, MentionEndAt)
// against RE2 on the patterns they stand for, at every position of
// generated strings.

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

// MentionEndAt, and RE2 where it leaves the match undecided, as the finder
// does; *decided counts the matches it decided itself.
int decided = 0;
bool MentionOrRe2(std::string_view text, size_t begin, size_t* end) {
  bool undecided = false;
  const bool found = MentionEndAt(text, begin, end, &undecided);
  if (!undecided) {
    ++decided;
    return found;
  }
  static const RE2* const rule = [] {
    RE2::Options options(RE2::Quiet);
    options.set_longest_match(true);
    options.set_encoding(RE2::Options::EncodingUTF8);
    return new RE2(MentionRule(), options);
  }();
  re2::StringPiece match;
  if (!rule->Match(re2::StringPiece(text.data(), text.size()), begin,
                   text.size(), RE2::ANCHOR_START, &match, 1)) {
    return false;
  }
  *end = begin + match.size();
  return true;
}

TEST(DateRules, MentionMatchesAsRe2) {
  // Runs of the rule's pieces, and dates in parts, each part possibly left
  // out or spoilt.
  const std::vector<std::string> tokens = {
      "0", "1", "2", "9", "12", "2024", "07", "〇", "零", "一", "二", "两",
      "三", "五", "九", "十", "百", "千", "年", "月", "日", "号", "至", "到",
      "-", "—", "——", "~", "/", ".", " ", "  ", "\t", "a", "中", "\xE5\xB9"};
  const std::vector<std::string> years = {
      "", "2024", "07", "12024", "二〇二四", "零八", "两千零四", "二千",
      "二千零一十四", "二〇二", "1995", "二零一六"};
  const std::vector<std::string> months = {"", "1", "12", "十", "十二",
                                           "十一", "九", "123", "0"};
  const std::vector<std::string> days = {"", "1", "30", "二十九", "三十一",
                                         "十", "五", "二十", "123", "三"};
  const std::vector<std::string> spaces = {"", " ", "  ", "   ", "\t"};
  const std::vector<std::string> seps = {"", "至", "到", "-", "—", "——",
                                         "———", "~", "/", "."};
  int built = 0;
  auto build = [&](std::mt19937& rng) {
    std::string s;
    if (++built % 2 == 1) {
      for (int n = static_cast<int>(rng() % 12); n > 0; --n) {
        s += Pick(rng, tokens);
      }
      return s;
    }
    for (int part = 0, parts = 1 + static_cast<int>(rng() % 2); part < parts;
         ++part) {
      s += Pick(rng, years) + Pick(rng, spaces) + Pick(rng, {"年", "", "月"}) +
           Pick(rng, spaces) + Pick(rng, months) + Pick(rng, spaces) +
           Pick(rng, {"月", "", "日"}) + Pick(rng, spaces) + Pick(rng, days) +
           Pick(rng, spaces) + Pick(rng, {"日", "号", "", "月"});
      if (part + 1 < parts) {
        s += Pick(rng, spaces) + Pick(rng, seps) + Pick(rng, spaces);
      }
    }
    return s + Pick(rng, {"", "", "中", "1", "日"});
  };
  // Plain dates, most of those in reports, which MentionEndAt decides.
  const std::vector<std::string> plain = {
      "2024年",      "2024年11月",    "2024年11月8日", "11月",
      "11月8号",     "07年3月",       "5月6日",        "2019-10-23",
      "2019-1-2",    "2019-123-4",    "2019/10/23",    "2019.1.5",
      "2019.10",     "2010-2022年",   "2010- 2022 年", "2010-   22年",
      "2010-二〇二二年", "2010-2022", "3591/b359",    "2019-10/23",
      "2019-10-2024年"};
  const std::vector<std::string> after = {"", "中", "，", "日", "a", "1",
                                          " ", "至", "一", "—", "号"};
  auto build_all = [&](std::mt19937& rng) {
    if (rng() % 3 == 0) {
      return Pick(rng, {"", "1", "中"}) + Pick(rng, plain) + Pick(rng, after);
    }
    return build(rng);
  };
  ExpectSameAsRe2(MentionRule(), /*longest=*/true, MentionOrRe2, build_all,
                  20000);
  EXPECT_GT(decided, 5000);
}

}  // namespace
}  // namespace eventx::internal
