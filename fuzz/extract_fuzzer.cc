// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Whole-record extraction and JSON on arbitrary bytes: every text/span pair
// holds against the input and the JSON parses back.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "eventx/eventx.h"

namespace {

void Check(std::string_view input, const std::string& text,
           const eventx::Span& s) {
  if (s.begin > s.end || s.end > input.size()) std::abort();
  if (input.substr(s.begin, s.size()) != text) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const eventx::Extractor* extractor = [] {
    std::unique_ptr<const eventx::Extractor> e;
    if (!eventx::Extractor::Create(&e).ok()) std::abort();
    return e.release();
  }();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  eventx::EventRecord r = extractor->Extract(input, eventx::Options());
  if (r.date) Check(input, r.date->text, r.date->span);
  if (r.venue) Check(input, r.venue->text, r.venue->span);
  for (const auto& o : r.organizers) Check(input, o.text, o.span);
  for (const auto& o : r.officials) Check(input, o.text, o.span);
  for (const auto& a : r.agreements) Check(input, a.text, a.span);
  for (const auto& c : r.countries) {
    for (const auto& s : c.spans) {
      if (s.begin > s.end || s.end > input.size()) std::abort();
    }
  }
  std::string json = eventx::ToJson(r);
  if (!nlohmann::json::accept(json)) std::abort();
  return 0;
}
