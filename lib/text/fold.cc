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
  return ApplyCharacterFolds(
      in, FindCharacterFolds(in.text(), simplify, [](char32_t, char32_t) {}));
}

MappedText ApplyCharacterFolds(const MappedText& in,
                               const std::vector<CharacterFold>& folds) {
  return MappedText::ReplaceCodePoints(in, folds);
}

}  // namespace eventx::internal
