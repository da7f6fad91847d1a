// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/cpu_features.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace eventx::internal {
namespace {

// ctest runs the whole suite a second time with EVENTX_NO_AVX2=1
// (BaselineScans in tests/CMakeLists.txt), so that the baseline forms of the
// scans are tested on a machine with AVX2 too. That run is only worth
// something if the variable reaches UseAvx2.
TEST(CpuFeatures, EnvironmentVariableTurnsTheAvx2FormsOff) {
  const char* off = std::getenv("EVENTX_NO_AVX2");
  if (off == nullptr || *off == '\0') {
    GTEST_SKIP() << "EVENTX_NO_AVX2 is unset: the run with it checks this";
  }
  EXPECT_FALSE(UseAvx2());
}

TEST(CpuFeatures, AnswerIsStable) { EXPECT_EQ(UseAvx2(), UseAvx2()); }

}  // namespace
}  // namespace eventx::internal
