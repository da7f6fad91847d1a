// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Removes web-page noise from the view: <image>…</image> blobs, data: URIs,
// HTML tags (block tags become a line break so sentences stay apart) and
// character entities (decoded: &nbsp; is a space, &#21326; is 华).

#ifndef EVENTX_LIB_TEXT_MARKUP_H_
#define EVENTX_LIB_TEXT_MARKUP_H_

#include <string_view>

#include "lib/text/mapped_text.h"

namespace eventx::internal {

// Returns `in` without markup. Linear in in.size().
// Takes `in` by value: a text with no markup is returned as it came, moved,
// without rebuilding its offset map.
MappedText RemoveMarkup(MappedText in);

// Whether `text` may hold markup for RemoveMarkup to remove (a '<', a '&',
// or "data:" in any case); when not, RemoveMarkup returns its input as it
// came. One pass, sixty-four bytes at a time.
bool MayHoldMarkup(std::string_view text);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_MARKUP_H_
