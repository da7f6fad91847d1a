// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Which wider instruction sets the scans may use. The library is built for
// baseline x86-64 (SSE2); a few byte scans also have an AVX2 form, compiled
// with a function attribute and chosen at run time by the answer here.

#ifndef EVENTX_LIB_TEXT_CPU_FEATURES_H_
#define EVENTX_LIB_TEXT_CPU_FEATURES_H_

// EVENTX_HAVE_AVX2_FORMS: this compiler can build AVX2 functions into a
// baseline build; EVENTX_AVX2 marks them.
#if defined(__SSE2__) && defined(__x86_64__) && \
    (defined(__GNUC__) || defined(__clang__))
#define EVENTX_HAVE_AVX2_FORMS 1
#define EVENTX_AVX2 __attribute__((target("avx2")))
#endif

namespace eventx::internal {

// Whether the AVX2 forms may run: the processor has AVX2 and the
// environment variable EVENTX_NO_AVX2 is unset or empty. Read once, on the
// first call. The variable lets the tests (and a user chasing a difference)
// run the baseline forms on any machine; both give the same answers.
bool UseAvx2();

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_CPU_FEATURES_H_
