// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Agreements: the documents signed, exchanged or adopted at the event (and
// those the report recalls), with their kind, 《》 title and signing sides
// (SPEC.md "agreements"). Signing verbs and document kinds come from
// lib/lexicons/ (signing_verbs.tsv, agreement_kinds.tsv, agreement_cues.tsv).

#ifndef EVENTX_LIB_EXTRACT_AGREEMENTS_H_
#define EVENTX_LIB_EXTRACT_AGREEMENTS_H_

#include <memory>
#include <vector>

#include "eventx/record.h"
#include "eventx/status.h"
#include "lib/extract/dates.h"
#include "lib/text/document.h"

namespace eventx::internal {

class CountryFinder;
struct CountryMention;

// Finds agreements. Built once; Find is const and safe to call from several
// threads at once (the finder is immutable after Create).
class AgreementFinder {
 public:
  // Builds the cue tables from the lexicons. `countries`, the country
  // gazetteer that names the sides of 中泰双方 and 两国, must outlive the
  // finder (the Extractor's own: a second copy of its tables would be cold
  // in the cache whenever agreements asks it). On failure returns the Status
  // of the part that failed; *out is left untouched.
  static Status Create(const CountryFinder& countries,
                       std::unique_ptr<const AgreementFinder>* out);

  AgreementFinder(const AgreementFinder&) = delete;  // owns lookup tables
  AgreementFinder& operator=(const AgreementFinder&) = delete;
  ~AgreementFinder();

  // Every agreement of `doc`, in text order. `dates` are the date mentions
  // of doc.view() (DateFinder::FindAll), used to date recalled signings;
  // `countries` its country mentions (CountryFinder::FindMentions, with any
  // event year: only their places, codes and place flags are read), the
  // sides of 两国. Parties are normalized values; text/span cover the
  // signing clause.
  std::vector<Agreement> Find(
      const Document& doc, const std::vector<ViewDate>& dates,
      const std::vector<CountryMention>& countries) const;

 private:
  struct Tables;
  class Run;
  AgreementFinder(std::unique_ptr<Tables> tables,
                  const CountryFinder& countries);

  std::unique_ptr<Tables> tables_;
  const CountryFinder& countries_;
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_EXTRACT_AGREEMENTS_H_
