// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/code_point_bits.h"

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

TEST(CodePointBitsTest, MarkedBmpCodePointsOnly) {
  CodePointBits bits;
  bits.Mark(U'部');
  bits.Mark(U'A');
  EXPECT_TRUE(bits.MayContain(U'部'));
  EXPECT_TRUE(bits.MayContain(U'A'));
  EXPECT_FALSE(bits.MayContain(U'长'));
  EXPECT_FALSE(bits.MayContain(U'B'));
  EXPECT_FALSE(bits.MayContain(0));
}

TEST(CodePointBitsTest, AboveTheBmpAlwaysMayBeMember) {
  // The exact lookup after the test decides those: never reject them.
  CodePointBits bits;
  EXPECT_TRUE(bits.MayContain(0x20000));
  EXPECT_TRUE(bits.MayContain(0x110000));  // not a code point at all
}

}  // namespace
}  // namespace eventx::internal
