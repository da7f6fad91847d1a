// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/body.h"

#include <array>
#include <cstdint>

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

// A superset of the first code points of a few phrases: bit cp % 256 of
// each. A test reads this object's own bytes, where a PhraseSet's test of
// a first character reads its kilobytes-large tables, cold lines when
// FindBodyEnd runs once a report (a miss or two at every line's start).
class FirstCodePoints {
 public:
  void Add(std::string_view phrase) {
    size_t len;
    const char32_t first = DecodeUtf8(phrase, 0, &len);
    bits_[first / 64 % kWords] |= uint64_t{1} << (first % 64);
  }
  // False when no phrase added starts with `cp`.
  bool May(char32_t cp) const {
    return (bits_[cp / 64 % kWords] >> (cp % 64)) & 1;
  }

 private:
  static constexpr size_t kWords = 4;
  std::array<uint64_t, kWords> bits_{};
};

struct FooterCues {
  FirstCodePoints line_start_firsts;  // of line_start's phrases
  FirstCodePoints short_line_firsts;  // of short_line's phrases
  PhraseSet line_start;  // role footer
  PhraseSet short_line;  // role footer_word

  FooterCues() {
    const lexicons::Lexicon& cues = lexicons::kPageFooterCues;
    for (size_t row = 0; row < cues.rows; ++row) {
      std::string_view role = cues.Cell(row, 1);
      std::string_view cue = cues.Cell(row, 0);
      if (role == "footer") {
        line_start.Add(cue);
        line_start_firsts.Add(cue);
      }
      if (role == "footer_word") {
        short_line.Add(cue);
        short_line_firsts.Add(cue);
      }
    }
  }

  // Whether a line_start phrase starts `body`, whose first code point is
  // `first` (body not empty). A phrase that starts the text starts with
  // the code point decoded there, so the filter rejects only where
  // LongestAt would.
  bool StartsLine(std::string_view body, char32_t first) const {
    return line_start_firsts.May(first) && line_start.LongestAt(body, 0) > 0;
  }
  // Whether `body` is a footer heading: no 。, at most
  // kFooterLineMaxCodePoints code points, and a footer word
  // (short_line.StartsAnywhereIn, each code point tested against the
  // filter before LongestAt). One walk by code point, where a search for
  // 。, a count and the word search each read the line: a 。 met as a
  // character is one found by its bytes, as its first byte is no
  // continuation byte and DecodeUtf8 steps one byte over anything not
  // well-formed.
  bool IsFooterHeading(std::string_view body) const {
    bool word = false;
    size_t count = 0;
    for (size_t pos = 0, len; pos < body.size(); pos += len) {
      const char32_t cp = DecodeUtf8(body, pos, &len);
      if (cp == U'。' || ++count > kFooterLineMaxCodePoints) return false;
      word = word || (short_line_firsts.May(cp) &&
                      short_line.LongestAt(body, pos) > 0);
    }
    return word;
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
    // List bullets and indentation before the line's first word; `first`
    // is that word's first code point.
    size_t lead = 0;
    char32_t first = 0;
    while (lead < text.size()) {
      size_t len;
      first = DecodeUtf8(text, lead, &len);
      if (first != ' ' && first != '\t' && first != U'·' && first != '*' &&
          first != '-' && first != '>') {
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
      // code point is not short, and is not read (the body's paragraphs:
      // a search for 。 read each of them whole).
      if ((!body.empty() && cues.StartsLine(body, first)) ||
          (body.size() <= 4 * kFooterLineMaxCodePoints &&
           cues.IsFooterHeading(body))) {
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
