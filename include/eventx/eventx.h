// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// eventx: typed event records from Chinese news reports about international
// cooperation events. An Extractor, created once, reads a report's bytes and
// returns its date, venue, organizers, countries, officials and agreements,
// each value pointing back to the input bytes it came from.
//
// Example:
//
//   std::unique_ptr<const eventx::Extractor> extractor;
//   eventx::Status status = eventx::Extractor::Create(&extractor);
//   if (!status.ok()) { /* report status.ToString() */ }
//   eventx::Options options;
//   options.doc_id = "report-1";
//   eventx::EventRecord record = extractor->Extract(report_bytes, options);
//   std::cout << eventx::ToJson(record, 2) << "\n";

#ifndef EVENTX_INCLUDE_EVENTX_EVENTX_H_
#define EVENTX_INCLUDE_EVENTX_EVENTX_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eventx/record.h"
#include "eventx/status.h"
#include "eventx/version.h"

namespace eventx {

// Per-call options of Extract() and FindDates().
struct Options {
  // Copied into the record's "doc_id". Default: empty.
  std::string doc_id;
  // Anchors years of dates written without one when the report carries no
  // publication date of its own. Default: none (such dates stay "--MM-DD").
  std::optional<CivilDate> reference_date;
};

// Turns reports into event records.
//
// Thread safety: an Extractor is immutable after Create(); any number of
// threads may call Extract() and FindDates() on one instance at once.
class Extractor {
 public:
  // Builds an extractor: compiles every rule and lexicon once. On success
  // stores it in *out and returns OK; on failure (a rule that does not
  // compile, ICU data missing) leaves *out empty and returns a Status naming
  // the failing part. REQUIRES: out != nullptr.
  static Status Create(std::unique_ptr<const Extractor>* out);

  Extractor(const Extractor&) = delete;  // owns compiled rules; share a pointer
  Extractor& operator=(const Extractor&) = delete;
  virtual ~Extractor() = default;

  // Extracts the event record of one report. Never fails: `input` may be any
  // bytes (invalid UTF-8 and NULs are read around); fields with nothing found
  // are empty. Spans index `input`.
  virtual EventRecord Extract(std::string_view input,
                              const Options& options) const = 0;

  // Every date mention of `input`, in text order, with years resolved as
  // Extract() resolves them (publication date, else options.reference_date).
  virtual std::vector<DateMention> FindDates(std::string_view input,
                                             const Options& options) const = 0;

 protected:
  Extractor() = default;
};

// The record as SPEC.md's JSON ("schema": "eventx/1"). `indent` < 0 gives
// one line (JSON Lines); >= 0 pretty-prints with that many spaces.
std::string ToJson(const EventRecord& record, int indent = -1);

// Date mentions as a JSON array of {"text", "span", "start", "end"}.
std::string ToJson(const std::vector<DateMention>& mentions, int indent = -1);

}  // namespace eventx

#endif  // EVENTX_INCLUDE_EVENTX_EVENTX_H_
