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

#include "lib/text/mapped_text.h"
#include "lib/text/simplify.h"

namespace eventx::internal {

// The folded form of one code point (`simplify` null: no T→S conversion).
char32_t FoldCodePoint(char32_t cp, const SimplifyTable* simplify);

// Returns `in` folded code point by code point. Linear in in.size().
MappedText FoldCharacters(const MappedText& in, const SimplifyTable* simplify);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_FOLD_H_
