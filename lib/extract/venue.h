// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Venue: the most specific place where the reported event happened, as
// written (SPEC.md "venue"): a building or institution (在X举行, 赴X访问,
// 到访X), a city (齐聚北京, 在摩洛哥首都拉巴特签署), or 线上 when the event
// was held online only (举行视频会谈). The dateline city (新华社曼谷10月9日电)
// is a last resort. Places of other events (将于X举办, 曾在X举行) and of
// menus and footers are left out; with weak evidence there is no venue.
// Words come from lib/lexicons/venue_heads.tsv, venue_cues.tsv,
// organization_suffixes.tsv and places.tsv.

#ifndef EVENTX_LIB_EXTRACT_VENUE_H_
#define EVENTX_LIB_EXTRACT_VENUE_H_

#include <memory>
#include <optional>

#include "eventx/record.h"
#include "eventx/status.h"
#include "lib/text/document.h"

namespace eventx::internal {

class CountryFinder;

// Finds the venue. Built once; Find is const and safe to call from several
// threads at once (the finder is immutable after Create).
class VenueFinder {
 public:
  // Builds the word tables from the lexicons and compiles every rule; the
  // names of `countries`' gazetteer are known places too (copied: the
  // CountryFinder need not outlive the finder). On failure returns the
  // Status of the part that failed (naming the rule); *out is left untouched.
  static Status Create(const CountryFinder& countries,
                       std::unique_ptr<const VenueFinder>* out);

  VenueFinder(const VenueFinder&) = delete;  // owns compiled rules
  VenueFinder& operator=(const VenueFinder&) = delete;
  ~VenueFinder();

  // The venue of `doc`, or nullopt when no place is stated clearly enough.
  // `name` is the normalized place (线上 for an online event); `text` and
  // `span` are its surface form in the original input.
  std::optional<Venue> Find(const Document& doc) const;

 private:
  struct Tables;
  class Run;
  explicit VenueFinder(std::unique_ptr<Tables> tables);

  std::unique_ptr<Tables> tables_;
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_EXTRACT_VENUE_H_
