// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Byte-level tests and searches for the scans over a document's text: an
// anchored test of a few bytes (memcmp, no library call through
// std::string_view::compare, and false rather than an exception past the
// end), and a substring search tuned for Chinese text. std::string_view::find stops at
// every byte equal to the word's first, and in Chinese text the first bytes
// of characters (E4 to E9) repeat a great deal; a character's last bytes
// far less, and a character whole very much less. So the word is looked for
// by its last three bytes, sixteen places at a time where SSE2 is available.

#ifndef EVENTX_LIB_TEXT_FIND_BYTES_H_
#define EVENTX_LIB_TEXT_FIND_BYTES_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "lib/text/utf8.h"  // EVENTX_ALWAYS_INLINE

namespace eventx::internal {

// Whether the n bytes at a and at b are the same, compared inline: the
// words the scans compare at nearly every character are short (one to four
// Han characters, 3 to 12 bytes), and a call of memcmp (its size unknown to
// the compiler) cost more than the comparison. Loads of 8, 4 or 2 bytes
// that may overlap, each within the n bytes.
EVENTX_ALWAYS_INLINE inline bool SameBytes(const char* a, const char* b,
                                           size_t n) {
  auto same = [a, b](size_t at, auto width) {
    decltype(width) x;
    decltype(width) y;
    std::memcpy(&x, a + at, sizeof x);
    std::memcpy(&y, b + at, sizeof y);
    return x == y;
  };
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      if (!same(i, uint64_t{})) return false;
    }
    return same(n - 8, uint64_t{});
  }
  if (n >= 4) return same(0, uint32_t{}) & same(n - 4, uint32_t{});
  if (n >= 2) return same(0, uint16_t{}) & (a[n - 1] == b[n - 1]);
  return n == 0 || a[0] == b[0];
}

// Whether `bytes` stand in `s` from `pos`; false when pos is past the end.
inline bool StartsWithAt(std::string_view s, size_t pos,
                         std::string_view bytes) {
  return pos <= s.size() && bytes.size() <= s.size() - pos &&
         SameBytes(s.data() + pos, bytes.data(), bytes.size());
}

// Whether `bytes` stand in `s` right before `end`; false when end is past
// the end.
inline bool EndsWithAt(std::string_view s, size_t end, std::string_view bytes) {
  return end >= bytes.size() && StartsWithAt(s, end - bytes.size(), bytes);
}

inline bool EndsWith(std::string_view s, std::string_view bytes) {
  return EndsWithAt(s, s.size(), bytes);
}

// text.find(word, from), the same answer for every input.
size_t FindBytes(std::string_view text, std::string_view word,
                 size_t from = 0);

// Where the last `word` that lies wholly within text[begin, end) starts,
// or npos (`end` itself for an empty word; npos for a range that is not
// one of text): the nearest one before a place, searched backwards from
// it.
size_t FindLastBytes(std::string_view text, std::string_view word,
                     size_t begin, size_t end);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_FIND_BYTES_H_
