// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/utf8.h"

#include <string>

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

// The inline fast paths must agree with the general decoders everywhere:
// every lead byte, followed by bytes from each class that matters (ASCII,
// the edges of the continuation range, lead bytes), and cut short.
TEST(Utf8Test, FastPathsAgreeWithTheGeneralDecoders) {
  const unsigned char kFollow[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
                                   0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xF0};
  for (int b0 = 0; b0 < 256; ++b0) {
    for (unsigned char b1 : kFollow) {
      for (unsigned char b2 : kFollow) {
        for (unsigned char b3 : kFollow) {
          const std::string full = {static_cast<char>(b0), static_cast<char>(b1),
                                    static_cast<char>(b2), static_cast<char>(b3)};
          for (size_t n = 1; n <= full.size(); ++n) {
            const std::string s = full.substr(0, n);
            size_t fast_len = 0;
            size_t slow_len = 0;
            EXPECT_EQ(DecodeUtf8(s, 0, &fast_len),
                      DecodeUtf8Slow(s, 0, &slow_len));
            EXPECT_EQ(fast_len, slow_len);
            for (size_t end = 0; end <= n; ++end) {
              EXPECT_EQ(DecodeUtf8Before(s, end, &fast_len),
                        DecodeUtf8BeforeSlow(s, end, &slow_len));
              EXPECT_EQ(fast_len, slow_len);
            }
          }
        }
      }
    }
  }
}

TEST(Utf8Test, DecodesEachLength) {
  size_t len;
  EXPECT_EQ(DecodeUtf8("a", 0, &len), U'a');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(DecodeUtf8("·", 0, &len), U'·');
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(DecodeUtf8("环", 0, &len), U'环');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(DecodeUtf8("𠀀", 0, &len), U'𠀀');
  EXPECT_EQ(len, 4u);
  EXPECT_EQ(DecodeUtf8("\xED\xA0\x80", 0, &len), kInvalidCodePoint);  // surrogate
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(DecodeUtf8("\xE0\x80\x80", 0, &len), kInvalidCodePoint);  // overlong
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(DecodeUtf8Before("a环", 4, &len), U'环');
  EXPECT_EQ(len, 3u);
}

}  // namespace
}  // namespace eventx::internal
