// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/fold.h"

#include <string>

#include <gtest/gtest.h>

#include "lib/text/simplify.h"

namespace eventx::internal {
namespace {

std::string Fold(const std::string& in, bool simplify) {
  Status status;
  const SimplifyTable* table = simplify ? SimplifyTable::Get(&status) : nullptr;
  return FoldCharacters(MappedText::Identity(in), table).text();
}

struct FoldCase {
  const char* input;
  bool simplify;
  const char* want;
};

TEST(FoldTest, FoldsWidthDotsDashesAndScript) {
  const FoldCase cases[] = {
      {"２０２４年１１月", false, "2024年11月"},
      {"ＵＮＥＰ", false, "UNEP"},
      {"朱欧普・帕里斯", false, "朱欧普·帕里斯"},
      {"朱欧普•帕里斯", false, "朱欧普·帕里斯"},
      {"朱欧普‧帕里斯", false, "朱欧普·帕里斯"},
      {"10月29–30日", false, "10月29-30日"},
      {"10月29－30日", false, "10月29-30日"},
      {"環境部長", true, "环境部长"},
      {"寮國", true, "寮国"},
      {"環境部長", false, "環境部長"},  // no table: no conversion
  };
  for (const FoldCase& c : cases) {
    EXPECT_EQ(Fold(c.input, c.simplify), c.want) << c.input;
  }
}

TEST(FoldTest, SpansOfConvertedTextAreOriginalBytes) {
  Status status;
  const SimplifyTable* table = SimplifyTable::Get(&status);
  ASSERT_NE(table, nullptr) << status.ToString();
  std::string in = "ＡＢ環境";
  MappedText t = FoldCharacters(MappedText::Identity(in), table);
  ASSERT_EQ(t.text(), "AB环境");
  Span s = t.ToOriginal(2, 8);
  EXPECT_EQ(in.substr(s.begin, s.size()), "環境");
  Span b = t.ToOriginal(1, 2);
  EXPECT_EQ(in.substr(b.begin, b.size()), "Ｂ");
}

TEST(SimplifyTableTest, DerivedFromIcu) {
  Status status;
  const SimplifyTable* table = SimplifyTable::Get(&status);
  ASSERT_NE(table, nullptr) << status.ToString();
  EXPECT_GT(table->size(), 2000u);
  EXPECT_EQ(table->Convert("韓國忠清南道行政副知事"), "韩国忠清南道行政副知事");
  EXPECT_TRUE(table->IsTraditional(U'國'));
  EXPECT_FALSE(table->IsTraditional(U'国'));
  EXPECT_TRUE(table->IsSimplifiedOnly(U'国'));
}

TEST(SimplifyTableTest, ScriptBitsAgreeWithTraditionalAndSimplifiedOnly) {
  Status status;
  const SimplifyTable* table = SimplifyTable::Get(&status);
  ASSERT_NE(table, nullptr) << status.ToString();
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    const unsigned want = table->IsTraditional(cp)
                              ? SimplifyTable::kTraditionalBit
                          : table->IsSimplifiedOnly(cp)
                              ? SimplifyTable::kSimplifiedOnlyBit
                              : 0;
    ASSERT_EQ(table->BmpScriptBits(cp), want) << cp;
  }
}

TEST(FoldTest, CountsScriptEvidenceFromU3400) {
  Status status;
  const SimplifyTable* table = SimplifyTable::Get(&status);
  ASSERT_NE(table, nullptr) << status.ToString();
  // 國 際 議 are Traditional, 会 国 贵 Simplified-only, 在 行 neither;
  // ， and ２ are folds but no evidence.
  ScriptCounts counts;
  std::vector<CharacterFold> folds =
      FindCharacterFolds("國際会議，国贵在２行", table, &counts);
  EXPECT_EQ(counts.traditional, 3u);
  EXPECT_EQ(counts.simplified_only, 3u);
  ASSERT_EQ(folds.size(), 5u);
  EXPECT_TRUE(folds[0].conversion);
  EXPECT_EQ(folds[0].to, U'国');
  EXPECT_FALSE(folds[3].conversion);
  EXPECT_EQ(folds[3].to, U',');
  EXPECT_EQ(folds[4].to, U'2');
}

}  // namespace
}  // namespace eventx::internal
