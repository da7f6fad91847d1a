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
#include <cstring>
#include <string_view>

namespace eventx::internal {

// Whether `bytes` stand in `s` from `pos`; false when pos is past the end.
inline bool StartsWithAt(std::string_view s, size_t pos,
                         std::string_view bytes) {
  return pos <= s.size() && bytes.size() <= s.size() - pos &&
         std::memcmp(s.data() + pos, bytes.data(), bytes.size()) == 0;
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

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_FIND_BYTES_H_
