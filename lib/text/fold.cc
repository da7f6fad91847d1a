// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/fold.h"

#include <string>

#include "lib/text/utf8.h"

namespace eventx::internal {

char32_t FoldCodePoint(char32_t cp, const SimplifyTable* simplify) {
  if (cp < 0x80) return cp;
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;
  switch (cp) {
    case 0x3000:  // ideographic space
    case 0x00A0:  // no-break space
    case 0x2002: case 0x2003: case 0x2009: case 0x200A:
      return ' ';
    case 0x30FB: case 0x2022: case 0x2027: case 0xFF65: case 0x22C5:
    case 0x2219: case 0x0387:
      return 0x00B7;  // middle dot
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
    case 0xFE63:
      return '-';
    case 0x2015:
      return 0x2014;  // em dash
    default:
      break;
  }
  return simplify != nullptr ? simplify->Map(cp) : cp;
}

MappedText FoldCharacters(const MappedText& in, const SimplifyTable* simplify) {
  return ApplyCharacterFolds(in,
                             FindCharacterFolds(in.text(), simplify, nullptr));
}

std::vector<CharacterFold> FindCharacterFolds(std::string_view text,
                                              const SimplifyTable* simplify,
                                              ScriptCounts* counts) {
  // FoldCodePoint changes no code point in [U+3100, U+FE00) but by
  // Simplified conversion: its width and punctuation folds all lie outside.
  // Han and kana, most of a report, are there.
  constexpr char32_t kNoPunctuationFoldBegin = 0x3100;
  constexpr char32_t kNoPunctuationFoldEnd = 0xFE00;
  // Only characters from here on are script evidence.
  constexpr char32_t kEvidenceBegin = 0x3400;
  std::vector<CharacterFold> folds;
  // Full-width punctuation alone is a fold every thirty bytes or so of a
  // Simplified report: room for those at once rather than by doublings.
  constexpr size_t kBytesPerFold = 32;
  folds.reserve(text.size() / kBytesPerFold);
  size_t traditional = 0;
  size_t simplified_only = 0;
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII stays
      ++i;
      continue;
    }
    size_t n;
    const char32_t cp = DecodeUtf8(text, i, &n);
    if (cp - kNoPunctuationFoldBegin <
        kNoPunctuationFoldEnd - kNoPunctuationFoldBegin) {
      // Han and kana: one read of the dense script table tells both the
      // evidence, added without a branch, and whether there is a
      // conversion (rare in a Simplified report), so the large map is read
      // only for Traditional characters.
      if (simplify != nullptr) {
        const unsigned bits = simplify->BmpScriptBits(cp);
        const unsigned evidence = cp >= kEvidenceBegin ? bits : 0;
        traditional += evidence & SimplifyTable::kTraditionalBit;
        simplified_only += evidence >> 1;
        if ((bits & SimplifyTable::kTraditionalBit) != 0) {
          folds.push_back(CharacterFold{i, n, simplify->Map(cp), true});
        }
      }
      i += n;
      continue;
    }
    if (cp == kInvalidCodePoint) {
      i += n;
      continue;
    }
    const char32_t simplified = simplify != nullptr ? simplify->Map(cp) : cp;
    if (simplify != nullptr && cp >= kEvidenceBegin) {
      if (simplified != cp) {
        ++traditional;
      } else if (simplify->IsSimplifiedOnly(cp)) {
        ++simplified_only;
      }
    }
    // FoldCodePoint(cp, simplify) is the width or punctuation fold when
    // there is one, and otherwise the Simplified form.
    const char32_t punctuation_folded = FoldCodePoint(cp, nullptr);
    if (punctuation_folded != cp) {
      folds.push_back(CharacterFold{i, n, punctuation_folded, false});
    } else if (simplified != cp) {
      folds.push_back(CharacterFold{i, n, simplified, true});
    }
    i += n;
  }
  if (counts != nullptr) *counts = ScriptCounts{traditional, simplified_only};
  return folds;
}

MappedText ApplyCharacterFolds(const MappedText& in,
                               const std::vector<CharacterFold>& folds) {
  return MappedText::ReplaceCodePoints(in, folds);
}

}  // namespace eventx::internal
