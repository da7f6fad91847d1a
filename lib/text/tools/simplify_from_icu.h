// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The Traditional→Simplified character table, derived from ICU's
// "Traditional-Simplified" transliterator. Deriving it walks every source
// character through the transliterator (about 40 ms, most of a process's
// start-up), so the build runs this once (make_simplify_data.cc) and the
// library compiles the result; a test checks the compiled table against a
// fresh derivation with the ICU the tests link.

#ifndef EVENTX_LIB_TEXT_TOOLS_SIMPLIFY_FROM_ICU_H_
#define EVENTX_LIB_TEXT_TOOLS_SIMPLIFY_FROM_ICU_H_

#include <string>
#include <utility>
#include <vector>

namespace eventx::internal {

struct SimplifyData {
  // (Traditional, Simplified) for each Han character whose Simplified form
  // is one different code point, by Traditional code point.
  std::vector<std::pair<char32_t, char32_t>> pairs;
  // Simplified forms that Traditional text does not write (国, not 出, which
  // is also the form of 齣): ICU's reverse transform changes them. Sorted.
  std::vector<char32_t> simplified_only;
};

// False, with *error set, when ICU cannot build the transforms.
bool DeriveSimplifyDataFromIcu(SimplifyData* out, std::string* error);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_TOOLS_SIMPLIFY_FROM_ICU_H_
