// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Removes web-page noise from the view: <image>…</image> blobs, data: URIs,
// HTML tags (block tags become a line break so sentences stay apart) and
// character entities (decoded: &nbsp; is a space, &#21326; is 华).

#ifndef EVENTX_LIB_TEXT_MARKUP_H_
#define EVENTX_LIB_TEXT_MARKUP_H_

#include "lib/text/mapped_text.h"

namespace eventx::internal {

// Returns `in` without markup. Linear in in.size().
// Takes `in` by value: a text with no markup is returned as it came, moved,
// without rebuilding its offset map.
MappedText RemoveMarkup(MappedText in);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_MARKUP_H_
