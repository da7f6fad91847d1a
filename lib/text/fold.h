// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Character folding for the view, so that rules are written once: full-width
// ASCII (１２, Ａ, ：, （) becomes ASCII; ideographic and no-break spaces
// become ' '; middle dots (·・•‧) become U+00B7; hyphens, en dashes and minus
// signs become '-', em dashes and horizontal bars '—'; and, for Traditional
// or mixed text, Traditional characters become Simplified.

#ifndef EVENTX_LIB_TEXT_FOLD_H_
#define EVENTX_LIB_TEXT_FOLD_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "lib/text/mapped_text.h"
#include "lib/text/simplify.h"
#include "lib/text/utf8.h"

namespace eventx::internal {

// The folded form of one code point (`simplify` null: no T→S conversion).
char32_t FoldCodePoint(char32_t cp, const SimplifyTable* simplify);

// Returns `in` folded code point by code point. Linear in in.size().
MappedText FoldCharacters(const MappedText& in, const SimplifyTable* simplify);

// One change FoldCharacters makes: the code point at text bytes
// [begin, begin + length) becomes `to`.
// Twelve bytes, not 24 with size_t fields: a Traditional report has a fold
// every few characters, and they are written once and read once more.
struct CharacterFold {
  uint32_t begin;  // a text's offsets are below 2^32 (see Document)
  char32_t to;
  uint8_t length;  // 1 to 4
  // A Traditional→Simplified conversion, not a width or punctuation fold:
  // dropping these gives the folds without conversion.
  bool conversion;
};

// One script must outnumber the other this many times to name the text
// (see DetectScript in lib/text/document.h).
inline constexpr size_t kScriptDominance = 4;

// The script evidence of a text (see DetectScript in lib/text/document.h):
// how many of its characters from U+3400 are Traditional-only, and how many
// Simplified-only. FindCharacterFolds counts the Simplified-only ones as
// far as they may decide: none when there is no Traditional one (0), and
// those before the first Traditional one only when the ones after it are
// fewer than kScriptDominance times the Traditional ones. Otherwise the
// text is Simplified whatever their number.
struct ScriptCounts {
  size_t traditional = 0;
  size_t simplified_only = 0;
};

// The changes FoldCharacters(in, simplify) makes to in.text(), in order
// (REQUIRES: in.text().size() < 2^32);
// those FoldCharacters(in, nullptr) makes are the ones not `conversion`.
// When `counts` is not null, *counts is set to the text's script evidence,
// found in the same pass (see Document); both counts are 0 when simplify is
// null.
std::vector<CharacterFold> FindCharacterFolds(std::string_view text,
                                              const SimplifyTable* simplify,
                                              ScriptCounts* counts);

// FindCharacterFolds over the text with the `skipped` byte ranges (in
// order, not overlapping, each from and to a character boundary) taken
// out, its folds at their places in `text`: for a text whose pinyin
// readings are dropped in the pass that folds it (see Document).
std::vector<CharacterFold> FindCharacterFoldsOutside(
    std::string_view text, const std::vector<ByteRange>& skipped,
    const SimplifyTable* simplify, ScriptCounts* counts);

// `in` with `folds` (from FindCharacterFolds over in.text()) applied.
MappedText ApplyCharacterFolds(const MappedText& in,
                               const std::vector<CharacterFold>& folds);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_FOLD_H_
