// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Where a scraped report's own text ends. Pages carry, below the report,
// credits, "related news" lists, menus and copyright blocks; the names,
// places and bodies there are other reports' or the site's, and no field
// should read them.

#ifndef EVENTX_LIB_TEXT_BODY_H_
#define EVENTX_LIB_TEXT_BODY_H_

#include <cstddef>
#include <string_view>

namespace eventx::internal {

// The view offset where the report's body ends: the start of the first line
// that follows some prose and either starts with a footer cue (责任编辑,
// 相关新闻, 上一篇) or is short and holds a footer word (…版权声明); the
// view's size when there is none. A footer word in a menu above the report
// (before any prose) does not end it. Cues: lib/lexicons/page_footer_cues.tsv.
size_t FindBodyEnd(std::string_view view);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_BODY_H_
