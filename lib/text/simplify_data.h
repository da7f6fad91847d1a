// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The Traditional→Simplified table as compiled data, generated at build time
// from ICU by lib/text/tools/make_simplify_data.cc (see simplify_from_icu.h
// for how it is derived).

#ifndef EVENTX_LIB_TEXT_SIMPLIFY_DATA_H_
#define EVENTX_LIB_TEXT_SIMPLIFY_DATA_H_

#include <cstddef>

namespace eventx::internal {

struct SimplifyPair {
  char32_t traditional;
  char32_t simplified;
};

// By Traditional code point.
extern const SimplifyPair kSimplifyPairs[];
extern const size_t kSimplifyPairCount;
// Simplified forms that Traditional text does not write; sorted.
extern const char32_t kSimplifiedOnly[];
extern const size_t kSimplifiedOnlyCount;

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_SIMPLIFY_DATA_H_
