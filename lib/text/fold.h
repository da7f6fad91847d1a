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
struct CharacterFold {
  size_t begin;
  size_t length;
  char32_t to;
  // A Traditional→Simplified conversion, not a width or punctuation fold:
  // dropping these gives the folds without conversion.
  bool conversion;
};

// The changes FoldCharacters(in, simplify) makes to in.text(), in order;
// those FoldCharacters(in, nullptr) makes are the ones not `conversion`.
// `on_code_point(cp, simplified)` is called for every code point from U+0080
// (and every invalid byte, as kInvalidCodePoint) decoded on the way, with
// simplify->Map(cp) (cp itself when simplify is null or cp invalid), so that
// a caller can classify the text in the same pass (see Document).
template <typename F>
std::vector<CharacterFold> FindCharacterFolds(std::string_view text,
                                              const SimplifyTable* simplify,
                                              F&& on_code_point);

// `in` with `folds` (from FindCharacterFolds over in.text()) applied.
MappedText ApplyCharacterFolds(const MappedText& in,
                               const std::vector<CharacterFold>& folds);

template <typename F>
std::vector<CharacterFold> FindCharacterFolds(std::string_view text,
                                              const SimplifyTable* simplify,
                                              F&& on_code_point) {
  // FoldCodePoint changes no code point in [U+3100, U+FE00) but by
  // Simplified conversion: its width and punctuation folds all lie outside.
  // Han and kana, most of a report, are there, and skip the call.
  constexpr char32_t kNoPunctuationFoldBegin = 0x3100;
  constexpr char32_t kNoPunctuationFoldEnd = 0xFE00;
  std::vector<CharacterFold> folds;
  // Full-width punctuation alone is a fold every thirty bytes or so of a
  // Simplified report: room for those at once rather than by doublings.
  constexpr size_t kBytesPerFold = 32;
  folds.reserve(text.size() / kBytesPerFold);
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // ASCII stays
      ++i;
      continue;
    }
    size_t n;
    const char32_t cp = DecodeUtf8(text, i, &n);
    if (cp == kInvalidCodePoint) {
      on_code_point(cp, cp);
      i += n;
      continue;
    }
    const char32_t simplified = simplify != nullptr ? simplify->Map(cp) : cp;
    on_code_point(cp, simplified);
    // FoldCodePoint(cp, simplify) is the width or punctuation fold when
    // there is one, and otherwise the Simplified form.
    const char32_t punctuation_folded =
        cp >= kNoPunctuationFoldBegin && cp < kNoPunctuationFoldEnd
            ? cp
            : FoldCodePoint(cp, nullptr);
    if (punctuation_folded != cp) {
      folds.push_back(CharacterFold{i, n, punctuation_folded, false});
    } else if (simplified != cp) {
      folds.push_back(CharacterFold{i, n, simplified, true});
    }
    i += n;
  }
  return folds;
}

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_FOLD_H_
