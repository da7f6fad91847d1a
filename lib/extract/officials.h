// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Officials: the named people who took part in the event, with the post
// they held there, the body the post belongs to and their country (SPEC.md
// "officials"). Mentions are anchored on a title from lib/lexicons/titles.tsv:
// [organization][title][name] (柬埔寨环境部国务秘书朱欧普·帕里斯),
// [name][title] (郭茹教授), posts joined by 、 or 兼, and later mentions of a
// person already found. Reporters, editors and people named only as
// background are left out.

#ifndef EVENTX_LIB_EXTRACT_OFFICIALS_H_
#define EVENTX_LIB_EXTRACT_OFFICIALS_H_

#include <memory>
#include <vector>

#include "eventx/record.h"
#include "eventx/status.h"
#include "lib/text/document.h"

namespace eventx::internal {

class CountryFinder;
struct CountryMention;

// Finds officials. Built once; Find is const and safe to call from several
// threads at once (the finder is immutable after Create).
class OfficialFinder {
 public:
  // Builds the lookup tables from the lexicons and compiles the Latin-name
  // matcher. `countries` (may be null: no countries) gives each person's
  // country from their organization; it must outlive the finder. On failure
  // returns the Status of the part that failed; *out is left untouched.
  static Status Create(const CountryFinder* countries,
                       std::unique_ptr<const OfficialFinder>* out);

  OfficialFinder(const OfficialFinder&) = delete;  // owns lookup tables
  OfficialFinder& operator=(const OfficialFinder&) = delete;
  ~OfficialFinder();

  // Every official of `doc`, one per person, in order of first mention.
  // `mentions` are the document's country mentions (CountryFinder::
  // FindMentions, found once per document and shared by the extractors).
  // Values are normalized; text/span are the first full mention in the
  // original input.
  std::vector<Official> Find(const Document& doc,
                             const std::vector<CountryMention>& mentions) const;

 private:
  struct Tables;
  class Run;
  OfficialFinder(std::unique_ptr<Tables> tables,
                 const CountryFinder* countries);

  std::unique_ptr<Tables> tables_;
  const CountryFinder* countries_;  // not owned, may be null
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_EXTRACT_OFFICIALS_H_
