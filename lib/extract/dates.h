// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Date mentions in the normalized view: absolute and partial dates, ranges,
// Chinese numerals, ISO stamps; the publication date of the header; year
// inference; and the choice of the reported event's date among the mentions.

#ifndef EVENTX_LIB_EXTRACT_DATES_H_
#define EVENTX_LIB_EXTRACT_DATES_H_

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "eventx/record.h"
#include "eventx/status.h"

namespace eventx::internal {

// A date mention, with byte offsets into the view passed to the finder.
struct ViewDate {
  size_t begin = 0;           // [begin, end) in the view
  size_t end = 0;
  CivilDate start;            // resolved: year inferred when an anchor is known
  CivilDate end_date;         // == start for a single day or month
  bool year_written = false;  // the mention states its own year
};

// Where numbers stand in a view: its maximal runs of numerals (ASCII
// digits and Chinese numerals, 〇零一…九十百千两), [begin, end) byte ranges in
// text order. Every date rule's match starts with one, so the finder looks
// for dates only there; one scan (DateFinder::ScanNumerals) serves all the
// finder's calls on a view.
struct NumeralRuns {
  struct Run {
    size_t begin;
    size_t end;
  };
  std::vector<Run> runs;
};

// Finds dates. Built once (all RE2 rules compiled in Create); const and
// safe to share between threads.
class DateFinder {
 public:
  // Compiles the rules. On failure returns a Status naming the rule.
  static Status Create(std::unique_ptr<const DateFinder>* out);

  DateFinder(const DateFinder&) = delete;  // owns compiled regexes
  DateFinder& operator=(const DateFinder&) = delete;
  ~DateFinder();

  // Every date mention in `view`, in text order, no overlaps. Mentions
  // without a year take the latest year that does not put them after
  // `anchor` (SPEC.md "date"); with no anchor their year stays 0.
  // Impossible dates (2月30日) are not mentions.
  std::vector<ViewDate> FindAll(std::string_view view,
                                const std::optional<CivilDate>& anchor) const;
  // The same, with `numerals` = ScanNumerals(view) computed once.
  std::vector<ViewDate> FindAll(std::string_view view,
                                const NumeralRuns& numerals,
                                const std::optional<CivilDate>& anchor) const;

  // The publication date stated by the report's header: a stamp such as
  // "2025-07-06 16:21:55来源:", "发布时间:2024-08-01", "日期:2019年04月30日
  // 08:56:15". nullopt when the header states none.
  std::optional<ViewDate> FindPublished(std::string_view view) const;
  std::optional<ViewDate> FindPublished(std::string_view view,
                                        const NumeralRuns& numerals) const;

  // The date of the reported event among `mentions` (FindAll's output for
  // the same view), skipping the publication stamp and dates of other,
  // past or future, events ("将于2021年5月", "自2022年", "2016年签署的").
  // nullopt when no mention is a credible event date.
  std::optional<ViewDate> ChooseEventDate(
      std::string_view view, const std::vector<ViewDate>& mentions,
      const std::optional<ViewDate>& published) const;
  std::optional<ViewDate> ChooseEventDate(
      std::string_view view, const NumeralRuns& numerals,
      const std::vector<ViewDate>& mentions,
      const std::optional<ViewDate>& published) const;

  // The runs of numerals of `view`, for the overloads above that take them.
  static NumeralRuns ScanNumerals(std::string_view view);

 private:
  std::optional<ViewDate> ChooseEventDay(
      std::string_view view, const NumeralRuns& numerals,
      const std::vector<ViewDate>& mentions,
      const std::optional<ViewDate>& published) const;
  struct Rules;
  explicit DateFinder(std::unique_ptr<Rules> rules);
  std::unique_ptr<Rules> rules_;
};

// The finder's rules are matched by hand (RE2 cost a thousand instructions
// and some twenty cache misses a call): each finds the match
// RE2 finds for its pattern in `text`, anchored at `begin`, and gives its
// end (false: none). tests/date_rules_test.cc holds them to RE2.
//
// A publication stamp, leftmost first:
//   (\d{3,4})(?:-|/|\.|年)(\d{1,2})(?:-|/|\.|月)(\d{1,2})日?
bool StampEndAt(std::string_view text, size_t begin, size_t* end);
// A day without its month (8日, 4日至6日), leftmost-longest:
//   (?:\d{1,2}|[二三]?十[一二三四五六七八九]?)日
//   (?:[ \t]{0,2}(?:至|到|-|—{1,2}|~)[ \t]{0,2}
//      (?:\d{1,2}|[二三]?十[一二三四五六七八九]?)日)?
bool DayOnlyEndAt(std::string_view text, size_t begin, size_t* end);
// A date mention (FindAll's rule, MentionRule() in RE2's syntax),
// leftmost-longest. *undecided when the match would run further than a
// mention can (never, by the rule; RE2, which the finder keeps, decides).
bool MentionEndAt(std::string_view text, size_t begin, size_t* end,
                  bool* undecided);
const char* MentionRule();

}  // namespace eventx::internal

#endif  // EVENTX_LIB_EXTRACT_DATES_H_
