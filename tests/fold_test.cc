// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/fold.h"

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "lib/text/simplify.h"
#include "lib/text/utf8.h"

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
    ASSERT_EQ(table->BmpTraditionalBit(cp),
              table->IsTraditional(cp) ? 1u : 0u)
        << cp;
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

CharacterFold Fold(size_t begin, size_t length, char32_t to, bool conversion) {
  CharacterFold fold;
  fold.begin = static_cast<uint32_t>(begin);
  fold.length = static_cast<uint8_t>(length);
  fold.to = to;
  fold.conversion = conversion;
  return fold;
}

// FindCharacterFolds, character by character: the fold is the width or
// punctuation fold when there is one, else the Simplified form; evidence
// comes from characters from U+3400 on.
std::vector<CharacterFold> ReferenceFolds(std::string_view text,
                                          const SimplifyTable* table,
                                          ScriptCounts* counts) {
  std::vector<CharacterFold> folds;
  *counts = ScriptCounts{0, 0};
  for (size_t i = 0; i < text.size();) {
    size_t n;
    const char32_t cp = DecodeUtf8(text, i, &n);
    if (cp != kInvalidCodePoint) {
      if (cp >= 0x3400) {
        if (table->IsTraditional(cp)) {
          ++counts->traditional;
        } else if (table->IsSimplifiedOnly(cp)) {
          ++counts->simplified_only;
        }
      }
      const char32_t punctuation_folded = FoldCodePoint(cp, nullptr);
      if (punctuation_folded != cp) {
        folds.push_back(Fold(i, n, punctuation_folded, false));
      } else if (table->Map(cp) != cp) {
        folds.push_back(Fold(i, n, table->Map(cp), true));
      }
    }
    i += n;
  }
  return folds;
}

// Whether FindCharacterFolds gives ReferenceFolds' folds and script counts
// for `text`; the first difference when not.
::testing::AssertionResult FoldsAsReference(const std::string& text,
                                            const SimplifyTable* table) {
  ScriptCounts counts;
  ScriptCounts want_counts;
  const std::vector<CharacterFold> folds =
      FindCharacterFolds(text, table, &counts);
  const std::vector<CharacterFold> want =
      ReferenceFolds(text, table, &want_counts);
  // Simplified-only characters are counted as far as they may decide (see
  // ScriptCounts): none without a Traditional one, and when not all, at
  // least enough to name the text Simplified.
  if (want_counts.traditional == 0) want_counts.simplified_only = 0;
  const bool enough =
      counts.simplified_only <= want_counts.simplified_only &&
      counts.simplified_only >= kScriptDominance * counts.traditional;
  if (counts.traditional != want_counts.traditional ||
      (counts.simplified_only != want_counts.simplified_only && !enough)) {
    return ::testing::AssertionFailure()
           << "script counts " << counts.traditional << "/"
           << counts.simplified_only << ", want " << want_counts.traditional
           << "/" << want_counts.simplified_only;
  }
  if (folds.size() != want.size()) {
    return ::testing::AssertionFailure()
           << folds.size() << " folds, want " << want.size();
  }
  for (size_t k = 0; k < folds.size(); ++k) {
    const CharacterFold& f = folds[k];
    const CharacterFold& w = want[k];
    if (f.begin != w.begin || f.length != w.length || f.to != w.to ||
        f.conversion != w.conversion) {
      return ::testing::AssertionFailure()
             << "fold " << k << ": at " << f.begin << " length "
             << unsigned{f.length}
             << " to U+" << std::hex << static_cast<uint32_t>(f.to)
             << ", want at " << std::dec << w.begin << " length "
             << unsigned{w.length}
             << " to U+" << std::hex << static_cast<uint32_t>(w.to);
    }
  }
  return ::testing::AssertionSuccess();
}

TEST(FoldTest, IdeographRunsMatchCharacterByCharacter) {
  Status status;
  const SimplifyTable* table = SimplifyTable::Get(&status);
  ASSERT_NE(table, nullptr) << status.ToString();
  // Runs longer than the 64 characters taken at a time, with Traditional
  // characters on both sides of that boundary; malformed and truncated
  // sequences inside and at the end of runs; ASCII and punctuation between.
  std::string long_run;
  for (int k = 0; k < 70; ++k) long_run += k % 3 == 0 ? "國" : "会";
  std::string long_run_simplified;
  for (int k = 0; k < 70; ++k) long_run_simplified += k % 3 == 0 ? "贵" : "在";
  const std::string texts[] = {
      long_run,
      long_run + "議",
      long_run + "a" + long_run,
      "國際\xE4\x80會議",
      "國際\xE4",
      "國際\xE4\xB8",
      "\xE4\xB8國",
      "國\x80\x80際，會議。abc貴國２行",
      "國際會議\xEF\xBC\x8C國",
      "",
      // The first Traditional character late, after Simplified-only ones,
      // in a run or in the general path (U+380F, of CJK Extension A), or
      // none at all.
      long_run_simplified + "國" + long_run_simplified,
      long_run_simplified + "贵\xE3\xA0\x8F贵" + long_run_simplified,
      "贵会\xE3\x91\xA9，国" + long_run_simplified,
      // Too few Simplified-only characters after it to decide: those
      // before are counted too.
      long_run_simplified + "國",
      long_run_simplified + "\xE3\xA0\x8F贵國在",
  };
  for (const std::string& text : texts) {
    EXPECT_TRUE(FoldsAsReference(text, table)) << text;
  }
}

TEST(FoldTest, RandomTextsMatchCharacterByCharacter) {
  Status status;
  const SimplifyTable* table = SimplifyTable::Get(&status);
  ASSERT_NE(table, nullptr) << status.ToString();
  // Ideographs (Traditional, Simplified-only, both scripts') most of the
  // time, in runs of every length, then a character of another kind:
  // punctuation, ASCII, kana, two- and four-byte characters, malformed and
  // truncated sequences.
  const std::string ideographs[] = {"國", "會", "議", "環", "国", "会",
                                    "贵", "中", "在", "一", "龍", "鿕"};
  const std::string others[] = {
      "，", "。", "、", "“", "a", "1", " ", "\n", "の", "２",
      "·", "é", "\xC2\xA0", "😀", "\xE4\xB8", "\x80", "\xE4", "\xE9\xBF",
      "\xF0\xA0\x80\x80", "\xE3\x80\x80", "\xEF\xBC\x8C", "\xED\x9F\xBF"};
  uint32_t seed = 2024;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const unsigned len = next() % 150;
    const unsigned other_per_32 = 1 + next() % 16;
    for (unsigned k = 0; k < len; ++k) {
      if (next() % 32 < other_per_32) {
        text += others[next() % std::size(others)];
      } else {
        text += ideographs[next() % std::size(ideographs)];
      }
    }
    ASSERT_TRUE(FoldsAsReference(text, table)) << "round " << round;
  }
}

}  // namespace
}  // namespace eventx::internal
