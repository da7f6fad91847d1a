// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/find_bytes.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eventx::internal {

size_t FindBytes(std::string_view text, std::string_view word, size_t from) {
  const size_t n = word.size();
  if (n == 0) return from <= text.size() ? from : std::string_view::npos;
  if (from >= text.size() || text.size() - from < n) {
    return std::string_view::npos;
  }
#if defined(__SSE2__)
  if (n >= 3) {
    const char* const p = text.data();
    const __m128i c0 = _mm_set1_epi8(word[n - 3]);
    const __m128i c1 = _mm_set1_epi8(word[n - 2]);
    const __m128i c2 = _mm_set1_epi8(word[n - 1]);
    // q: where the word's last three bytes may start.
    size_t q = from + n - 3;
    for (; q + 18 <= text.size(); q += 16) {
      const __m128i b0 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + q));
      const __m128i b1 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + q + 1));
      const __m128i b2 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + q + 2));
      int mask = _mm_movemask_epi8(_mm_and_si128(
          _mm_and_si128(_mm_cmpeq_epi8(b0, c0), _mm_cmpeq_epi8(b1, c1)),
          _mm_cmpeq_epi8(b2, c2)));
      while (mask != 0) {
        const size_t start =
            q + static_cast<size_t>(__builtin_ctz(mask)) + 3 - n;
        if (text.compare(start, n - 3, word.substr(0, n - 3)) == 0) {
          return start;
        }
        mask &= mask - 1;
      }
    }
    from = q + 3 - n;  // the rest byte by byte
  }
#endif
  for (size_t p = from + n - 1; p < text.size();) {
    const void* hit = std::memchr(text.data() + p, word.back(), text.size() - p);
    if (hit == nullptr) break;
    const size_t last = static_cast<size_t>(static_cast<const char*>(hit) -
                                            text.data());
    if (text.compare(last + 1 - n, n - 1, word.substr(0, n - 1)) == 0) {
      return last + 1 - n;
    }
    p = last + 1;
  }
  return std::string_view::npos;
}

size_t FindLastBytes(std::string_view text, std::string_view word,
                     size_t begin, size_t end) {
  const size_t n = word.size();
  if (end > text.size() || begin > end || end - begin < n) {
    return std::string_view::npos;
  }
  if (n == 0) return end;
  // The last byte first, then the rest: a one-byte test rejects most
  // places.
  const char last = word[n - 1];
  for (size_t q = end; q >= begin + n; --q) {
    if (text[q - 1] == last &&
        SameBytes(text.data() + q - n, word.data(), n - 1)) {
      return q - n;
    }
  }
  return std::string_view::npos;
}

}  // namespace eventx::internal
