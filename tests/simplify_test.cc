// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The compiled Traditional→Simplified table (generated from ICU at build
// time) against a fresh derivation from the ICU these tests link.

#include <string>

#include <gtest/gtest.h>

#include "lib/text/simplify.h"
#include "lib/text/tools/simplify_from_icu.h"

namespace eventx::internal {
namespace {

TEST(SimplifyTableTest, CompiledTableEqualsIcuDerivation) {
  Status status;
  const SimplifyTable* table = SimplifyTable::Get(&status);
  ASSERT_NE(table, nullptr);
  ASSERT_TRUE(status.ok()) << status.ToString();
  SimplifyData icu;
  std::string error;
  ASSERT_TRUE(DeriveSimplifyDataFromIcu(&icu, &error)) << error;
  ASSERT_GT(icu.pairs.size(), 2000u);
  EXPECT_EQ(table->size(), icu.pairs.size());
  for (const auto& [from, to] : icu.pairs) {
    EXPECT_EQ(table->Map(from), to) << std::hex << unsigned(from);
    EXPECT_TRUE(table->IsTraditional(from)) << std::hex << unsigned(from);
  }
  size_t simplified_only = 0;
  for (char32_t cp = 0; cp < 0x30000; ++cp) {
    if (table->IsSimplifiedOnly(cp)) ++simplified_only;
  }
  EXPECT_EQ(simplified_only, icu.simplified_only.size());
  for (char32_t cp : icu.simplified_only) {
    EXPECT_TRUE(table->IsSimplifiedOnly(cp)) << std::hex << unsigned(cp);
  }
}

TEST(SimplifyTableTest, MapTraditionalBmpIsMap) {
  const SimplifyTable* table = SimplifyTable::Get(nullptr);
  size_t traditional = 0;
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (!table->IsTraditional(cp)) continue;
    ++traditional;
    ASSERT_EQ(table->MapTraditionalBmp(cp), table->Map(cp)) << cp;
  }
  EXPECT_GT(traditional, 1000u);
  EXPECT_EQ(table->MapTraditionalBmp(U'國'), U'国');
}

// Outside MayTellScript's range no code point converts or is
// Simplified-only; the Han characters lie within, punctuation without.
TEST(SimplifyTableTest, MayTellScriptCoversEveryScriptCharacter) {
  const SimplifyTable* table = SimplifyTable::Get(nullptr);
  for (char32_t cp = 0; cp < 0x110000; ++cp) {
    if (table->MayTellScript(cp)) continue;
    ASSERT_EQ(table->Map(cp), cp) << std::hex << unsigned(cp);
    ASSERT_FALSE(table->IsSimplifiedOnly(cp)) << std::hex << unsigned(cp);
  }
  EXPECT_TRUE(table->MayTellScript(U'國'));
  EXPECT_TRUE(table->MayTellScript(U'贵'));
  EXPECT_FALSE(table->MayTellScript(U'，'));
  EXPECT_FALSE(table->MayTellScript(U'。'));
  EXPECT_FALSE(table->MayTellScript(U'“'));
}

TEST(SimplifyTableTest, IcuDerivationKnowsCommonPairs) {
  SimplifyData icu;
  std::string error;
  ASSERT_TRUE(DeriveSimplifyDataFromIcu(&icu, &error)) << error;
  auto has_pair = [&](char32_t from, char32_t to) {
    for (const auto& p : icu.pairs) {
      if (p.first == from) return p.second == to;
    }
    return false;
  };
  EXPECT_TRUE(has_pair(U'國', U'国'));
  EXPECT_TRUE(has_pair(U'環', U'环'));
  EXPECT_FALSE(has_pair(U'国', U'国'));
  auto simplified_only = [&](char32_t cp) {
    for (char32_t c : icu.simplified_only) {
      if (c == cp) return true;
    }
    return false;
  };
  EXPECT_TRUE(simplified_only(U'国'));
  EXPECT_FALSE(simplified_only(U'出'));  // also the form of 齣
}

}  // namespace
}  // namespace eventx::internal
