// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/mapped_text.h"

namespace eventx::internal {

MappedText MappedText::Identity(std::string_view original) {
  MappedText m;
  m.text_.assign(original.data(), original.size());
  m.begin_.resize(original.size());
  m.end_.resize(original.size());
  for (uint32_t i = 0; i < original.size(); ++i) {
    m.begin_[i] = i;
    m.end_[i] = i + 1;
  }
  return m;
}

size_t MappedText::OriginalBegin(size_t pos) const {
  if (pos < begin_.size()) return begin_[pos];
  return end_.empty() ? 0 : end_.back();
}

Span MappedText::ToOriginal(size_t begin, size_t end) const {
  if (begin >= end) {
    size_t at = OriginalBegin(begin);
    return Span{at, at};
  }
  return Span{begin_[begin], end_[end - 1]};
}

void MappedText::Append(std::string_view bytes, uint32_t begin, uint32_t end) {
  text_.append(bytes.data(), bytes.size());
  begin_.insert(begin_.end(), bytes.size(), begin);
  end_.insert(end_.end(), bytes.size(), end);
}

void MappedText::AppendIdentity(std::string_view bytes, uint32_t begin) {
  text_.append(bytes.data(), bytes.size());
  size_t at = begin_.size();
  begin_.resize(at + bytes.size());
  end_.resize(at + bytes.size());
  for (size_t k = 0; k < bytes.size(); ++k) {
    begin_[at + k] = static_cast<uint32_t>(begin + k);
    end_[at + k] = static_cast<uint32_t>(begin + k + 1);
  }
}

void MappedText::CopyFrom(const MappedText& from, size_t begin, size_t end) {
  text_.append(from.text_, begin, end - begin);
  begin_.insert(begin_.end(), from.begin_.begin() + begin,
                from.begin_.begin() + end);
  end_.insert(end_.end(), from.end_.begin() + begin, from.end_.begin() + end);
}

void MappedText::ReplaceFrom(const MappedText& from, size_t begin, size_t end,
                             std::string_view bytes) {
  Span s = from.ToOriginal(begin, end);
  Append(bytes, static_cast<uint32_t>(s.begin), static_cast<uint32_t>(s.end));
}

void MappedText::Reserve(size_t n) {
  text_.reserve(n);
  begin_.reserve(n);
  end_.reserve(n);
}

}  // namespace eventx::internal
