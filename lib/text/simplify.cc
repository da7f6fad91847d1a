// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/simplify.h"

#include "lib/text/simplify_data.h"
#include "lib/text/utf8.h"

namespace eventx::internal {

const SimplifyTable* SimplifyTable::Get(Status* status) {
  // The table is compiled in (generated from ICU at build time), so this
  // cannot fail; the status stays in the signature for callers that check.
  static const SimplifyTable* table = [] {
    auto* t = new SimplifyTable;
    t->map_.reserve(kSimplifyPairCount);
    for (size_t i = 0; i < kSimplifyPairCount; ++i) {
      t->map_.emplace(kSimplifyPairs[i].traditional,
                      kSimplifyPairs[i].simplified);
    }
    t->simplified_only_.insert(kSimplifiedOnly,
                               kSimplifiedOnly + kSimplifiedOnlyCount);
    t->BuildBmpTables();
    return t;
  }();
  if (status != nullptr) *status = Status::Ok();
  return table;
}

void SimplifyTable::BuildBmpTables() {
  bool any = false;
  auto widen_script_range = [&](char32_t cp) {
    if (!any || cp < script_begin_) script_begin_ = cp;
    if (!any || cp + 1 > script_end_) script_end_ = cp + 1;
    any = true;
  };
  for (const auto& [from, to] : map_) widen_script_range(from);
  for (char32_t cp : simplified_only_) widen_script_range(cp);
  bmp_map_.assign(kBmp, 0);
  bmp_simplified_only_.assign(kBmp / 64, 0);
  for (const auto& [from, to] : map_) {
    if (from >= kBmp) continue;
    bmp_map_[from] = to < kBmp && to != kSeeMap ? static_cast<char16_t>(to)
                                                : kSeeMap;
  }
  for (char32_t cp : simplified_only_) {
    if (cp < kBmp) bmp_simplified_only_[cp / 64] |= uint64_t{1} << (cp % 64);
  }
  // The script bits, the Traditional bit alone, and the Traditional forms
  // by rank with the count before each word: one walk over the plane.
  bmp_script_bits_.assign(kBmp / 32, 0);
  bmp_traditional_.assign(kBmp / 64, 0);
  traditional_before_.assign(kBmp / 32, 0);
  traditional_forms_.clear();
  for (char32_t cp = 0; cp < kBmp; ++cp) {
    if (cp % 32 == 0) {
      traditional_before_[cp / 32] =
          static_cast<uint16_t>(traditional_forms_.size());
    }
    const bool traditional = IsTraditional(cp);
    const uint64_t bits = traditional            ? kTraditionalBit
                          : IsSimplifiedOnly(cp) ? kSimplifiedOnlyBit
                                                 : 0;
    bmp_script_bits_[cp / 32] |= bits << (cp % 32 * 2);
    if (traditional) {
      bmp_traditional_[cp / 64] |= uint64_t{1} << (cp % 64);
      traditional_forms_.push_back(bmp_map_[cp]);
    }
  }
}

std::string SimplifyTable::Convert(std::string_view utf8) const {
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    size_t n;
    char32_t cp = DecodeUtf8(utf8, i, &n);
    if (cp == kInvalidCodePoint || cp < 0x80) {
      out.append(utf8.substr(i, n));
    } else {
      AppendUtf8(Map(cp), &out);
    }
    i += n;
  }
  return out;
}

}  // namespace eventx::internal
