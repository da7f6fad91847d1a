// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The lexicons compiled into the library from lib/lexicons/*.tsv (see the
// README there for columns and sources). Each is generated at build time by
// cmake/GenerateLexicon.cmake; the tables are constant and thread-safe.

#ifndef EVENTX_LIB_LEXICONS_LEXICONS_H_
#define EVENTX_LIB_LEXICONS_LEXICONS_H_

#include <cstddef>
#include <string_view>
#include <unordered_set>

#include "lib/text/utf8.h"

namespace eventx::internal::lexicons {

// A rectangular table of UTF-8 cells, row-major.
struct Lexicon {
  const std::string_view* cells;
  size_t rows;
  size_t columns;

  std::string_view Cell(size_t row, size_t column) const {
    return cells[row * columns + column];
  }
};

// Every code point written in `column` of `table` (a table of character
// groups, such as transliteration_chars.tsv).
inline std::unordered_set<char32_t> CodePointsOf(const Lexicon& table,
                                                 size_t column) {
  std::unordered_set<char32_t> out;
  for (size_t row = 0; row < table.rows; ++row) {
    std::string_view chars = table.Cell(row, column);
    for (size_t p = 0; p < chars.size();) {
      size_t len;
      out.insert(DecodeUtf8(chars, p, &len));
      p += len;
    }
  }
  return out;
}

extern const Lexicon kCountryVariants;       // country_variants.tsv
extern const Lexicon kCountryAbbreviations;  // country_abbreviations.tsv
extern const Lexicon kCountryFalseFriends;   // country_false_friends.tsv
extern const Lexicon kParticipantCues;       // participant_cues.tsv
extern const Lexicon kOrganizationSuffixes;  // organization_suffixes.tsv
extern const Lexicon kPlaces;                // places.tsv
extern const Lexicon kAgreementKinds;  // agreement_kinds.tsv
extern const Lexicon kSigningVerbs;    // signing_verbs.tsv
extern const Lexicon kAgreementCues;   // agreement_cues.tsv
extern const Lexicon kTitles;                // titles.tsv
extern const Lexicon kSurnames;              // surnames.tsv
extern const Lexicon kPersonNameCues;        // person_name_cues.tsv
extern const Lexicon kTransliterationChars;  // transliteration_chars.tsv
extern const Lexicon kVenueHeads;            // venue_heads.tsv
extern const Lexicon kVenueCues;             // venue_cues.tsv
extern const Lexicon kCities;                // cities.tsv
extern const Lexicon kPrcBodies;             // prc_bodies.tsv
extern const Lexicon kOrganizerCues;         // organizer_cues.tsv
extern const Lexicon kPageFooterCues;        // page_footer_cues.tsv

}  // namespace eventx::internal::lexicons

#endif  // EVENTX_LIB_LEXICONS_LEXICONS_H_
