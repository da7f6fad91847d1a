// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/cpu_features.h"

#include <cstdlib>

namespace eventx::internal {

bool UseAvx2() {
  static const bool use = [] {
    const char* off = std::getenv("EVENTX_NO_AVX2");
    if (off != nullptr && *off != '\0') return false;
#if defined(EVENTX_HAVE_AVX2_FORMS)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
#else
    return false;
#endif
  }();
  return use;
}

}  // namespace eventx::internal
