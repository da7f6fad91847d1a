// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/body.h"

#include "lib/lexicons/lexicons.h"
#include "lib/text/find_bytes.h"
#include "lib/text/phrase_set.h"
#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

// A line of prose (not a menu item) holds 。 or a comma and is at least
// this long, in code points.
constexpr size_t kProseMinCodePoints = 30;
// A line at most this long holding a footer word (国际在线版权声明) is a
// footer heading.
constexpr size_t kFooterLineMaxCodePoints = 30;

struct FooterCues {
  PhraseSet line_start;  // role footer
  PhraseSet short_line;  // role footer_word

  FooterCues() {
    const lexicons::Lexicon& cues = lexicons::kPageFooterCues;
    for (size_t row = 0; row < cues.rows; ++row) {
      std::string_view role = cues.Cell(row, 1);
      if (role == "footer") line_start.Add(cues.Cell(row, 0));
      if (role == "footer_word") short_line.Add(cues.Cell(row, 0));
    }
  }
};

const FooterCues& Cues() {
  static const FooterCues* cues = new FooterCues();  // never freed
  return *cues;
}

// Whether `s` holds 。. FindBytes, not std::string_view::find, which stops
// at every E3 byte (every 、 《 》 「 」) to compare, and mispredicted there.
bool HoldsFullStop(std::string_view s) {
  return FindBytes(s, "。") != std::string_view::npos;
}

}  // namespace

size_t FindBodyEnd(std::string_view view) {
  const FooterCues& cues = Cues();
  bool prose = false;
  size_t line = 0;
  while (line < view.size()) {
    const size_t line_begin = line;
    size_t end = view.find('\n', line);
    if (end == std::string_view::npos) end = view.size();
    std::string_view text = view.substr(line, end - line);
    // List bullets and indentation before the line's first word.
    size_t lead = 0;
    while (lead < text.size()) {
      size_t len;
      char32_t cp = DecodeUtf8(text, lead, &len);
      if (cp != ' ' && cp != '\t' && cp != U'·' && cp != '*' && cp != '-' &&
          cp != '>') {
        break;
      }
      lead += len;
    }
    std::string_view body = text.substr(lead);
    line = end + 1;
    if (prose) {
      // Once prose has been seen a line matters only as a footer: its
      // start, or a short line without 。 holding a footer word. A code
      // point is at most four bytes, so a line longer than four bytes a
      // code point is not short, and is not searched for 。 (the body's
      // paragraphs: that search read each of them whole).
      if (cues.line_start.LongestAt(body, 0) > 0 ||
          (body.size() <= 4 * kFooterLineMaxCodePoints &&
           !HoldsFullStop(body) &&
           CountCodePointsUpTo(body, kFooterLineMaxCodePoints + 1) <=
               kFooterLineMaxCodePoints &&
           cues.short_line.StartsAnywhereIn(body))) {
        return line_begin;
      }
      continue;
    }
    if (HoldsFullStop(body) ||
        (body.find(',') != std::string_view::npos &&
         CountCodePointsUpTo(body, kProseMinCodePoints) >=
             kProseMinCodePoints)) {
      prose = true;
    }
  }
  return view.size();
}

std::vector<std::pair<size_t, size_t>> FindMenuLines(std::string_view view) {
  constexpr size_t kMinBars = 2;
  std::vector<std::pair<size_t, size_t>> out;
  // Only lines holding a bar can be menus, and most reports hold none: the
  // bars are searched, not the lines, and only a line with one is looked at.
  for (size_t bar = view.find('|'); bar != std::string_view::npos;) {
    const size_t newline_before = view.rfind('\n', bar);
    const size_t begin =
        newline_before == std::string_view::npos ? 0 : newline_before + 1;
    size_t end = view.find('\n', bar);
    if (end == std::string_view::npos) end = view.size();
    std::string_view line = view.substr(begin, end - begin);
    // Counted only up to kMinBars: the first is at bar.
    size_t bars = 1;
    for (size_t at = line.find('|', bar - begin + 1);
         at != std::string_view::npos && bars < kMinBars;
         at = line.find('|', at + 1)) {
      ++bars;
    }
    if (bars >= kMinBars && !HoldsFullStop(line)) {
      out.emplace_back(begin, end);
    }
    if (end == view.size()) break;
    bar = view.find('|', end + 1);
  }
  return out;
}

}  // namespace eventx::internal
