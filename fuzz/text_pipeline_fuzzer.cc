// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The decoder, cleaner, normalizer and offset map on arbitrary bytes: every
// view code point maps inside the input, spans grow with the view, and the
// view is valid UTF-8.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "lib/text/document.h"
#include "lib/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using eventx::internal::Document;
  eventx::Status status;
  const auto* table = eventx::internal::SimplifyTable::Get(&status);
  if (table == nullptr) std::abort();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  Document doc(input, table);
  std::string_view view = doc.view();
  size_t last_begin = 0;
  for (size_t i = 0; i < view.size();) {
    size_t n;
    char32_t cp = eventx::internal::DecodeUtf8(view, i, &n);
    if (cp == eventx::internal::kInvalidCodePoint) std::abort();
    eventx::Span s = doc.ToOriginal(i, i + n);
    if (s.begin > s.end || s.end > input.size()) std::abort();
    if (s.begin < last_begin) std::abort();  // the map keeps text order
    last_begin = s.begin;
    if (doc.Surface(s) != input.substr(s.begin, s.size())) std::abort();
    i += n;
  }
  for (const auto& sentence : doc.sentences()) {
    if (sentence.begin > sentence.end || sentence.end > view.size()) {
      std::abort();
    }
  }
  return 0;
}
