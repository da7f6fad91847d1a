// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The date finder on arbitrary text: mentions in order, inside the view,
// never overlapping, and every one a possible calendar date.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "lib/extract/dates.h"
#include "lib/text/document.h"

namespace {

bool Possible(const eventx::CivilDate& d) {
  if (d.month < 0 || d.month > 12 || d.day < 0 || d.day > 31) return false;
  std::string iso = eventx::FormatDate(d);
  return iso.empty() || eventx::ParseDate(iso).has_value();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using eventx::internal::DateFinder;
  static const DateFinder* finder = [] {
    std::unique_ptr<const DateFinder> f;
    if (!DateFinder::Create(&f).ok()) std::abort();
    return f.release();
  }();
  eventx::Status status;
  const auto* table = eventx::internal::SimplifyTable::Get(&status);
  std::string_view input(reinterpret_cast<const char*>(data), size);
  eventx::internal::Document doc(input, table);
  std::string_view view = doc.view();
  auto published = finder->FindPublished(view);
  auto anchor = published ? std::optional<eventx::CivilDate>(published->start)
                          : std::optional<eventx::CivilDate>(
                                eventx::CivilDate{2024, 6, 30});
  auto mentions = finder->FindAll(view, anchor);
  size_t last_end = 0;
  for (const auto& m : mentions) {
    if (m.begin < last_end || m.begin >= m.end || m.end > view.size()) {
      std::abort();
    }
    if (!Possible(m.start) || !Possible(m.end_date)) std::abort();
    last_end = m.end;
  }
  auto event = finder->ChooseEventDate(view, mentions, published);
  if (event && (event->end > view.size() || event->begin > event->end)) {
    std::abort();
  }
  return 0;
}
