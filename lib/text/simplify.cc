// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/simplify.h"

#include <memory>

#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

struct Built {
  std::unique_ptr<SimplifyTable> table;
  Status status;
};

}  // namespace

const SimplifyTable* SimplifyTable::Get(Status* status) {
  static const Built* built = [] {
    auto* b = new Built;
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Traditional-Simplified", UTRANS_FORWARD, err));
    if (U_FAILURE(err) || !t) {
      b->status = Status(StatusCode::kInternal,
                         std::string("ICU Traditional-Simplified: ") +
                             u_errorName(err));
      return b;
    }
    b->table.reset(new SimplifyTable);
    SimplifyTable& table = *b->table;
    icu::UnicodeSet sources;
    t->getSourceSet(sources);
    for (int32_t r = 0; r < sources.getRangeCount(); ++r) {
      for (UChar32 cp = sources.getRangeStart(r); cp <= sources.getRangeEnd(r);
           ++cp) {
        if (!IsHan(static_cast<char32_t>(cp))) continue;
        icu::UnicodeString s(cp);
        t->transliterate(s);
        if (s.countChar32() != 1) continue;
        UChar32 to = s.char32At(0);
        if (to != cp) table.map_[cp] = static_cast<char32_t>(to);
      }
    }
    // A Simplified form is evidence of Simplified text only if Traditional
    // text does not write it too: 国 (國) is, 出 (also the form of 齣) is not.
    // The reverse transform tells: it changes 国 but keeps 出.
    std::unique_ptr<icu::Transliterator> back(
        icu::Transliterator::createInstance("Simplified-Traditional",
                                            UTRANS_FORWARD, err));
    for (const auto& [from, to] : table.map_) {
      if (table.map_.count(to) != 0) continue;
      if (back && U_SUCCESS(err)) {
        icu::UnicodeString s(static_cast<UChar32>(to));
        back->transliterate(s);
        if (s.countChar32() == 1 && s.char32At(0) == static_cast<UChar32>(to)) {
          continue;
        }
      }
      table.simplified_only_.insert(to);
    }
    table.BuildBmpTables();
    return b;
  }();
  if (status != nullptr) *status = built->status;
  return built->table.get();
}

void SimplifyTable::BuildBmpTables() {
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
  bmp_script_bits_.assign(kBmp / 32, 0);
  for (char32_t cp = 0; cp < kBmp; ++cp) {
    const uint64_t bits = IsTraditional(cp)      ? kTraditionalBit
                          : IsSimplifiedOnly(cp) ? kSimplifiedOnlyBit
                                                 : 0;
    bmp_script_bits_[cp / 32] |= bits << (cp % 32 * 2);
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
