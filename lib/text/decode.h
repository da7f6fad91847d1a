// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The first stage of the text pipeline: validate UTF-8. Every byte that is not
// part of a well-formed sequence, and every NUL, becomes U+FFFD in the view
// (mapped to that one original byte), so a damaged page is still read to its
// end. A leading byte-order mark is dropped.

#ifndef EVENTX_LIB_TEXT_DECODE_H_
#define EVENTX_LIB_TEXT_DECODE_H_

#include <string_view>

#include "lib/text/mapped_text.h"

namespace eventx::internal {

// Returns the validated view of `original`.
// REQUIRES: original.size() < 2^32.
MappedText DecodeUtf8View(std::string_view original);

// Whether DecodeUtf8View(original) is `original` as it stands, byte i
// mapping to byte i: no byte-order mark, no invalid byte and no NUL. Reads
// no more of it than the first such byte.
bool DecodesUnchanged(std::string_view original);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_DECODE_H_
