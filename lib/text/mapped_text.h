// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// MappedText: a rewritten text that remembers, for every one of its bytes,
// the byte range of the original input it came from. Each cleaning and
// normalization stage reads one MappedText and writes the next, so the final
// view maps straight back to the original and extractors can report spans
// that satisfy input[span] == text.

#ifndef EVENTX_LIB_TEXT_MAPPED_TEXT_H_
#define EVENTX_LIB_TEXT_MAPPED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "eventx/record.h"

namespace eventx::internal {

class MappedText {
 public:
  MappedText() = default;

  // The identity mapping over `original`: byte i maps to [i, i+1).
  // REQUIRES: original.size() < 2^32.
  static MappedText Identity(std::string_view original);

  const std::string& text() const { return text_; }
  size_t size() const { return text_.size(); }

  // The original range of view bytes [begin, end). An empty range maps to an
  // empty span at the original position of `begin`.
  // REQUIRES: begin <= end <= size().
  Span ToOriginal(size_t begin, size_t end) const;

  // Original offset where view byte `pos` starts (size() maps to the end).
  size_t OriginalBegin(size_t pos) const;

  // Appends `bytes`, all of which stand for the original range [begin, end).
  void Append(std::string_view bytes, uint32_t begin, uint32_t end);

  // Appends `bytes` that are original bytes [begin, begin + bytes.size())
  // unchanged: each maps to itself.
  void AppendIdentity(std::string_view bytes, uint32_t begin);

  // Appends bytes [begin, end) of `from` unchanged, keeping their mapping.
  void CopyFrom(const MappedText& from, size_t begin, size_t end);

  // Appends `bytes` standing for bytes [begin, end) of `from` as one unit.
  void ReplaceFrom(const MappedText& from, size_t begin, size_t end,
                   std::string_view bytes);

  void Reserve(size_t n);

 private:
  std::string text_;
  std::vector<uint32_t> begin_;  // per view byte: original begin
  std::vector<uint32_t> end_;    // per view byte: original end
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_MAPPED_TEXT_H_
