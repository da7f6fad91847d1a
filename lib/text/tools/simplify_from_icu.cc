// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/tools/simplify_from_icu.h"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include "lib/text/utf8.h"

namespace eventx::internal {

bool DeriveSimplifyDataFromIcu(SimplifyData* out, std::string* error) {
  out->pairs.clear();
  out->simplified_only.clear();
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> forward(
      icu::Transliterator::createInstance("Traditional-Simplified",
                                          UTRANS_FORWARD, err));
  if (U_FAILURE(err) || !forward) {
    *error = std::string("ICU Traditional-Simplified: ") + u_errorName(err);
    return false;
  }
  std::unique_ptr<icu::Transliterator> back(
      icu::Transliterator::createInstance("Simplified-Traditional",
                                          UTRANS_FORWARD, err));
  if (U_FAILURE(err) || !back) {
    *error = std::string("ICU Simplified-Traditional: ") + u_errorName(err);
    return false;
  }
  icu::UnicodeSet sources;
  forward->getSourceSet(sources);
  for (int32_t r = 0; r < sources.getRangeCount(); ++r) {
    for (UChar32 cp = sources.getRangeStart(r); cp <= sources.getRangeEnd(r);
         ++cp) {
      if (!IsHan(static_cast<char32_t>(cp))) continue;
      icu::UnicodeString s(cp);
      forward->transliterate(s);
      if (s.countChar32() != 1) continue;
      UChar32 to = s.char32At(0);
      if (to != cp) {
        out->pairs.emplace_back(static_cast<char32_t>(cp),
                                static_cast<char32_t>(to));
      }
    }
  }
  std::sort(out->pairs.begin(), out->pairs.end());
  // A Simplified form is evidence of Simplified text only if Traditional
  // text does not write it too: 国 (國) is, 出 (also the form of 齣) is not.
  // The reverse transform tells: it changes 国 but keeps 出. A form that is
  // itself converted further (it is Traditional too) is neither.
  std::unordered_map<char32_t, char32_t> traditional(out->pairs.begin(),
                                                     out->pairs.end());
  for (const auto& [from, to] : out->pairs) {
    if (traditional.count(to) != 0) continue;
    icu::UnicodeString s(static_cast<UChar32>(to));
    back->transliterate(s);
    if (s.countChar32() == 1 && s.char32At(0) == static_cast<UChar32>(to)) {
      continue;
    }
    out->simplified_only.push_back(to);
  }
  std::sort(out->simplified_only.begin(), out->simplified_only.end());
  out->simplified_only.erase(
      std::unique(out->simplified_only.begin(), out->simplified_only.end()),
      out->simplified_only.end());
  return true;
}

}  // namespace eventx::internal
