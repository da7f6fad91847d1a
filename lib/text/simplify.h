// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Traditional → Simplified Chinese by code point. The table is derived once,
// at first use, from ICU's "Traditional-Simplified" transform: every code
// point in the transform's source set whose one-character conversion is a
// different single code point. Running ICU's transliterator per document is
// two orders of magnitude slower than this lookup (see the Performance issue).

#ifndef EVENTX_LIB_TEXT_SIMPLIFY_H_
#define EVENTX_LIB_TEXT_SIMPLIFY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "eventx/status.h"

namespace eventx::internal {

class SimplifyTable {
 public:
  // The process-wide table, built on first call (thread-safe). Returns
  // nullptr, with *status set, when ICU cannot build the transform.
  static const SimplifyTable* Get(Status* status);

  // The Simplified form of `cp`, or `cp` itself.
  char32_t Map(char32_t cp) const {
    auto it = map_.find(cp);
    return it == map_.end() ? cp : it->second;
  }
  // A character that only Traditional text writes (it has a Simplified form).
  bool IsTraditional(char32_t cp) const { return map_.count(cp) != 0; }
  // A Simplified form that Traditional text does not write (e.g. 贵, 韩).
  bool IsSimplifiedOnly(char32_t cp) const {
    return simplified_only_.count(cp) != 0;
  }

  // Converts a UTF-8 string code point by code point.
  std::string Convert(std::string_view utf8) const;

  size_t size() const { return map_.size(); }

 private:
  SimplifyTable() = default;
  std::unordered_map<char32_t, char32_t> map_;
  std::unordered_set<char32_t> simplified_only_;
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_SIMPLIFY_H_
