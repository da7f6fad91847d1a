// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/three_byte_filter.h"

#include <gtest/gtest.h>

#include <string>

#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

bool Wanted(char32_t cp) { return cp == U'部' || cp == U'长' || cp == 0x3000; }

TEST(ThreeByteFilterTest, AnswersExactlyForEveryThreeByteCodePoint) {
  ThreeByteFilter f;
  f.Build(Wanted);
  for (char32_t cp = 0x800; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp < 0xE000) continue;  // surrogates: no character
    char s[4];
    ASSERT_EQ(EncodeUtf8(cp, s), 3u);
    EXPECT_EQ(f.MayBeWanted(reinterpret_cast<const unsigned char*>(s)),
              Wanted(cp))
        << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(ThreeByteFilterTest, BytesThatAreNoSequenceMayBeWanted) {
  // A lead byte followed by ASCII or by another lead is not a character the
  // filter knows: it must not be rejected, so the caller decodes it.
  ThreeByteFilter f;
  f.Build([](char32_t) { return false; });
  const unsigned char lead_then_ascii[] = {0xE9, 'a', 'b'};
  const unsigned char lead_then_lead[] = {0xE4, 0xE4, 0xB8};
  EXPECT_TRUE(f.MayBeWanted(lead_then_ascii));
  EXPECT_TRUE(f.MayBeWanted(lead_then_lead));
  const std::string han = "中";
  EXPECT_FALSE(
      f.MayBeWanted(reinterpret_cast<const unsigned char*>(han.data())));
}

}  // namespace
}  // namespace eventx::internal
