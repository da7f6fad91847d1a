// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/phrase_set.h"

#include <algorithm>

#include "lib/text/utf8.h"

namespace eventx::internal {

uint32_t PhraseSet::Add(std::string_view phrase) {
  if (phrase.empty()) return kNotFound;
  auto it = ids_.find(phrase);
  if (it != ids_.end()) return it->second;
  storage_.emplace_back(phrase);
  std::string_view key = storage_.back();
  uint32_t id = static_cast<uint32_t>(ids_.size());
  ids_.emplace(key, id);
  size_t len;
  char32_t first = DecodeUtf8(key, 0, &len);
  by_first_[first] |= Bit(key.size());
  if (first < 0x10000) first_bmp_[first / 64] |= uint64_t{1} << (first % 64);
  by_last_[DecodeUtf8Before(key, key.size(), &len)] |= Bit(key.size());
  max_bytes_ = std::max(max_bytes_, key.size());
  return id;
}

uint32_t PhraseSet::Find(std::string_view s) const {
  auto it = ids_.find(s);
  return it == ids_.end() ? kNotFound : it->second;
}

PhraseSet::LengthMask PhraseSet::StartingWith(std::string_view text,
                                              size_t pos) const {
  if (pos >= text.size()) return 0;
  size_t len;
  char32_t first = DecodeUtf8(text, pos, &len);
  if (first < 0x10000 &&
      !(first_bmp_[first / 64] & (uint64_t{1} << (first % 64)))) {
    return 0;
  }
  auto it = by_first_.find(first);
  return it == by_first_.end() ? 0 : it->second;
}

PhraseSet::LengthMask PhraseSet::EndingWith(std::string_view text,
                                            size_t end) const {
  if (end == 0 || end > text.size()) return 0;
  size_t len;
  auto it = by_last_.find(DecodeUtf8Before(text, end, &len));
  return it == by_last_.end() ? 0 : it->second;
}

size_t PhraseSet::LongestAtSlow(std::string_view text, size_t pos,
                                uint32_t* id, size_t min_bytes,
                                size_t max_bytes) const {
  LengthMask mask = StartingWith(text, pos);
  if (mask == 0) return 0;
  size_t hi = std::min({max_bytes, max_bytes_, text.size() - pos});
  if (min_bytes == 0) min_bytes = 1;
  // 63 bytes or more: rare, probed one length at a time.
  for (size_t n = hi; n >= 63 && n >= min_bytes && (mask & Bit(63)); --n) {
    uint32_t found = Find(text.substr(pos, n));
    if (found != kNotFound) {
      if (id) *id = found;
      return n;
    }
  }
  // Below 63: only the lengths that exist, highest first.
  LengthMask m = mask & ~Bit(63);
  if (hi < 63) m &= (Bit(hi) << 1) - 1;
  m &= ~(Bit(min_bytes) - 1);
  for (; m != 0; m &= ~Bit(63 - __builtin_clzll(m))) {
    size_t n = static_cast<size_t>(63 - __builtin_clzll(m));
    uint32_t found = Find(text.substr(pos, n));
    if (found != kNotFound) {
      if (id) *id = found;
      return n;
    }
  }
  return 0;
}

size_t PhraseSet::LongestEndingAt(std::string_view text, size_t end) const {
  LengthMask mask = EndingWith(text, end);
  if (mask == 0) return 0;
  size_t hi = std::min(max_bytes_, end);
  for (size_t n = hi; n >= 63 && (mask & Bit(63)); --n) {
    if (Find(text.substr(end - n, n)) != kNotFound) return n;
  }
  LengthMask m = mask & ~Bit(63);
  if (hi < 63) m &= (Bit(hi) << 1) - 1;
  for (; m != 0; m &= ~Bit(63 - __builtin_clzll(m))) {
    size_t n = static_cast<size_t>(63 - __builtin_clzll(m));
    if (Find(text.substr(end - n, n)) != kNotFound) return n;
  }
  return 0;
}

}  // namespace eventx::internal
