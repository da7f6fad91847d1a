// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Where a scraped report's own text is not: below it (credits, "related
// news" lists, copyright blocks) and in the menus around it. The names,
// places and bodies there are other reports' or the site's, and no field
// should read them as the report's.

#ifndef EVENTX_LIB_TEXT_BODY_H_
#define EVENTX_LIB_TEXT_BODY_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace eventx::internal {

// The view offset where the report's body ends: the start of the first line
// that follows some prose and either starts with a footer cue (责任编辑,
// 相关新闻, 上一篇) or is short and holds a footer word (…版权声明); the
// view's size when there is none. A footer word in a menu above the report
// (before any prose) does not end it. Cues: lib/lexicons/page_footer_cues.tsv.
size_t FindBodyEnd(std::string_view view);

// The lines of the view that are menus: several | bars between short items
// and no full stop (首页 | 新闻动态 | 港澳台事务). [begin, end) view offsets.
std::vector<std::pair<size_t, size_t>> FindMenuLines(std::string_view view);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_BODY_H_
