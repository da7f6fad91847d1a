// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Links the installed eventx and extracts one record: exits 0 only when the
// date and a participating country come out.

#include <iostream>
#include <memory>

#include "eventx/eventx.h"

int main() {
  std::unique_ptr<const eventx::Extractor> extractor;
  eventx::Status status = eventx::Extractor::Create(&extractor);
  if (!status.ok()) {
    std::cerr << status.ToString() << "\n";
    return 1;
  }
  eventx::Options options;
  options.doc_id = "consumer";
  options.reference_date = eventx::CivilDate{2024, 12, 31};
  eventx::EventRecord record = extractor->Extract(
      "2024年11月7日，柬埔寨环境部代表团访问云南省生态环境厅。", options);
  std::cout << eventx::ToJson(record, 2) << "\n";
  bool ok = record.date && eventx::FormatDate(record.date->start) ==
                               "2024-11-07";
  bool kh = false;
  for (const eventx::Country& c : record.countries) {
    kh |= c.code == "KH" && c.role == eventx::CountryRole::kParticipant;
  }
  std::cout << "eventx " << eventx::kVersion << (ok && kh ? ": ok" : ": FAILED")
            << "\n";
  return ok && kh ? 0 : 1;
}
