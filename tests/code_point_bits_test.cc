// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/code_point_bits.h"

#include <gtest/gtest.h>

#include <random>
#include <utility>
#include <vector>

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

TEST(CodePointBitsTest, ExactForTheBmpAtEverySize) {
  // Sets of 1 to 2000 code points (up to every block of 256 holding one),
  // U+0000 and U+FFFF (the first and last block's edges) among them: after
  // each mark, every BMP code point is tested against a reference; and a
  // copy, and a set moved from a copy.
  std::mt19937 random(7);
  for (size_t size : {1, 3, 40, 300, 2000}) {
    CodePointBits bits;
    std::vector<bool> marked(0x10000, false);
    for (size_t i = 0; i < size; ++i) {
      char32_t c = i == 0   ? 0xFFFF
                   : i == 1 ? 0
                   : i % 3  ? 0x4E00 + random() % 0x5200
                            : random() % 0x10000;
      bits.Mark(c);
      bits.Mark(c);  // again: no change
      marked[c] = true;
      if (i + 1 == size || i % 97 == 0) {
        for (char32_t cp = 0; cp < 0x10000; ++cp) {
          ASSERT_EQ(bits.MayContain(cp), marked[cp]) << size << " " << cp;
        }
      }
    }
    EXPECT_TRUE(bits.MayContain(0x1F600));
    CodePointBits copy = bits;
    CodePointBits moved = std::move(copy);
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      ASSERT_EQ(bits.MayContain(cp), marked[cp]) << size << " " << cp;
      ASSERT_EQ(moved.MayContain(cp), marked[cp]) << size << " " << cp;
    }
  }
}

TEST(CodePointBitsTest, EveryBlockHoldingMembers) {
  // Members in all 256 blocks of 256 code points: the last block to get
  // one takes the zeros the others no longer need.
  for (char32_t last_block : {char32_t{0}, char32_t{0x4E}, char32_t{0xFF}}) {
    CodePointBits bits;
    std::vector<bool> marked(0x10000, false);
    for (char32_t block = 0; block < 256; ++block) {
      if (block == last_block) continue;
      const char32_t c = (block << 8) | ((block * 37) & 0xFF);
      bits.Mark(c);
      marked[c] = true;
    }
    for (char32_t c : {last_block << 8, (last_block << 8) | 0xFF}) {
      bits.Mark(c);
      marked[c] = true;
    }
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      ASSERT_EQ(bits.MayContain(cp), marked[cp]) << last_block << " " << cp;
    }
  }
}

}  // namespace
}  // namespace eventx::internal
