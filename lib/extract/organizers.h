// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Organizers: the bodies that hosted, organised or supported the event, with
// their role (SPEC.md "organizers"): 由A、B共同主办 (co_host), A主办 / A举办
// (host), 承办 (organizer), 协办 / 支持单位 / 指导单位 / 在A的支持下
// (supporter), "主办单位：A、B" lists, and the institution a delegation
// visits (host). Only names that end like an organisation count; a page's
// own publisher in its footer, the organizers of an event still to come and
// the event's own name are left out.

#ifndef EVENTX_LIB_EXTRACT_ORGANIZERS_H_
#define EVENTX_LIB_EXTRACT_ORGANIZERS_H_

#include <memory>
#include <optional>
#include <vector>

#include "eventx/record.h"
#include "eventx/status.h"
#include "lib/text/document.h"

namespace eventx::internal {

// Finds organizers. Built once; Find is const and safe to call from several
// threads at once.
class OrganizerFinder {
 public:
  // Builds the cue tables from the lexicons. On failure returns the Status
  // of the part that failed; *out is left untouched.
  static Status Create(std::unique_ptr<const OrganizerFinder>* out);

  OrganizerFinder(const OrganizerFinder&) = delete;
  OrganizerFinder& operator=(const OrganizerFinder&) = delete;
  ~OrganizerFinder();

  // Every organizer of `doc`, one per name, in order of first statement.
  // `venue` (the VenueFinder's answer) names the host when the text states
  // none and the event took place at an institution; `officials` (the
  // OfficialFinder's answer) do when the lead says an official of a body
  // received the visitors (水利部部长X在京会见Y一行).
  std::vector<Organizer> Find(
      const Document& doc, const std::optional<Venue>& venue,
      const std::vector<Official>& officials = {}) const;

 private:
  struct Tables;
  class Run;
  explicit OrganizerFinder(std::unique_ptr<Tables> tables);

  std::unique_ptr<Tables> tables_;
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_EXTRACT_ORGANIZERS_H_
