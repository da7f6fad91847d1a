// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/utf8.h"

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eventx::internal {

char32_t DecodeUtf8Slow(std::string_view s, size_t pos, size_t* len) {
  *len = 1;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t left = s.size() - pos;
  const char32_t b0 = p[0];
  if (b0 < 0x80) return b0;
  if ((b0 & 0xF0) == 0xE0) {
    if (left < 3) return kInvalidCodePoint;
    const char32_t b1 = p[1];
    const char32_t b2 = p[2];
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return kInvalidCodePoint;
    const char32_t cp = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F);
    // Overlong forms and UTF-16 surrogates are invalid.
    if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return kInvalidCodePoint;
    *len = 3;
    return cp;
  }
  if ((b0 & 0xE0) == 0xC0) {
    if (left < 2) return kInvalidCodePoint;
    const char32_t b1 = p[1];
    if ((b1 & 0xC0) != 0x80) return kInvalidCodePoint;
    const char32_t cp = ((b0 & 0x1F) << 6) | (b1 & 0x3F);
    if (cp < 0x80) return kInvalidCodePoint;
    *len = 2;
    return cp;
  }
  if ((b0 & 0xF8) == 0xF0) {
    if (left < 4) return kInvalidCodePoint;
    const char32_t b1 = p[1];
    const char32_t b2 = p[2];
    const char32_t b3 = p[3];
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
      return kInvalidCodePoint;
    }
    const char32_t cp = ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) |
                        ((b2 & 0x3F) << 6) | (b3 & 0x3F);
    // Past Unicode, or overlong.
    if (cp < 0x10000 || cp > 0x10FFFF) return kInvalidCodePoint;
    *len = 4;
    return cp;
  }
  return kInvalidCodePoint;
}

void AppendUtf8(char32_t cp, std::string* out) {
  char bytes[4];
  out->append(bytes, EncodeUtf8(cp, bytes));
}

char32_t DecodeUtf8BeforeSlow(std::string_view s, size_t pos,
                              size_t* len) {
  *len = 0;
  if (pos == 0) return 0;
  size_t start = pos - 1;
  // Walk back over at most three continuation bytes.
  while (start > 0 && pos - start < 4 &&
         (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  size_t n;
  char32_t cp = DecodeUtf8(s, start, &n);
  if (cp == kInvalidCodePoint || start + n != pos) {
    *len = 1;
    return kInvalidCodePoint;
  }
  *len = n;
  return cp;
}

namespace {

// Whether the character at p[0] (with `left` bytes from p to the end) is
// plain (see SkipPlainUtf8), or with kTwoByte a well-formed two-byte
// sequence too. Sets *len to its length when it is.
template <bool kTwoByte>
inline bool PlainAt(const unsigned char* p, size_t left, size_t* len) {
  const unsigned b0 = p[0];
  if (b0 - 1 < 0x7F) {  // ASCII but NUL
    *len = 1;
    return true;
  }
  if (b0 - 0xE1 <= 0xEF - 0xE1 && b0 != 0xED && left >= 3 &&
      ((p[1] ^ 0x80) | (p[2] ^ 0x80)) < 0x40) {
    *len = 3;
    return true;
  }
  // C2..DF and a continuation byte (C0 and C1 would be overlong).
  if (kTwoByte && b0 - 0xC2 <= 0xDF - 0xC2 && left >= 2 &&
      (p[1] ^ 0x80) < 0x40) {
    *len = 2;
    return true;
  }
  return false;
}

template <bool kTwoByte>
size_t SkipUtf8(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t size = s.size();
  for (;;) {
#if defined(__SSE2__)
    // A block of sixteen bytes from pos (a character boundary) is passed
    // whole when every byte is plain ASCII, a continuation byte or a
    // passable lead, and the continuation bytes are exactly the two after
    // each three-byte lead and the one after each two-byte lead: those in
    // the block, and for a lead among its last two bytes the one or two
    // after it (read from the load at pos + 2). (Leads whose continuations
    // would overlap leave a lead where a continuation is expected, and fail
    // the comparison.)
    const __m128i zero = _mm_setzero_si128();
    const __m128i continuation_bits = _mm_set1_epi8(static_cast<char>(0xC0));
    const __m128i continuation = _mm_set1_epi8(static_cast<char>(0x80));
    const __m128i first_lead = _mm_set1_epi8(static_cast<char>(0xE1));
    const __m128i lead_span = _mm_set1_epi8(0xEF - 0xE1);
    const __m128i surrogate_lead = _mm_set1_epi8(static_cast<char>(0xED));
    const __m128i first_lead2 = _mm_set1_epi8(static_cast<char>(0xC2));
    const __m128i lead2_span = _mm_set1_epi8(0xDF - 0xC2);
    while (pos + 18 <= size) {
      const __m128i b0 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
      const __m128i b2 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos + 2));
      // Signed: 0x01..0x7F are the only bytes above zero.
      const __m128i ascii = _mm_cmpgt_epi8(b0, zero);
      const __m128i cont0 =
          _mm_cmpeq_epi8(_mm_and_si128(b0, continuation_bits), continuation);
      const __m128i cont2 =
          _mm_cmpeq_epi8(_mm_and_si128(b2, continuation_bits), continuation);
      // b0 - E1 <= EF - E1 as unsigned bytes, and not ED.
      const __m128i from_first = _mm_sub_epi8(b0, first_lead);
      const __m128i lead = _mm_andnot_si128(
          _mm_cmpeq_epi8(b0, surrogate_lead),
          _mm_cmpeq_epi8(_mm_min_epu8(from_first, lead_span), from_first));
      __m128i any_lead = lead;
      uint32_t leads2 = 0;
      if (kTwoByte) {
        // b0 - C2 <= DF - C2 as unsigned bytes.
        const __m128i from_first2 = _mm_sub_epi8(b0, first_lead2);
        const __m128i lead2 = _mm_cmpeq_epi8(
            _mm_min_epu8(from_first2, lead2_span), from_first2);
        any_lead = _mm_or_si128(lead, lead2);
        leads2 = static_cast<uint32_t>(_mm_movemask_epi8(lead2));
      }
      const int allowed = _mm_movemask_epi8(
          _mm_or_si128(_mm_or_si128(ascii, cont0), any_lead));
      if (allowed != 0xFFFF) break;
      const uint32_t leads = static_cast<uint32_t>(_mm_movemask_epi8(lead));
      // Bit k: byte pos + k is a continuation byte (k < 18).
      const uint32_t conts =
          static_cast<uint32_t>(_mm_movemask_epi8(cont0)) |
          ((static_cast<uint32_t>(_mm_movemask_epi8(cont2)) >> 14) << 16);
      const uint32_t expected = (leads << 1) | (leads << 2) | (leads2 << 1);
      if ((conts & 0xFFFF) != (expected & 0xFFFF)) break;
      const uint32_t after = expected >> 16;  // continuations past the block
      if ((after & ~(conts >> 16)) != 0) break;
      // A three-byte lead at byte 14 or a two-byte one at byte 15 ends its
      // character at 17 (after is 1), a three-byte one at byte 15 at 18
      // (after is 3). Not a popcount: without -mpopcnt that is a library
      // call.
      pos += 16 + ((after + 1) >> 1);
    }
#endif
    // Byte by byte over at most sixteen bytes (where the block failed, or
    // the end), then blocks again.
    if (pos >= size) return size;
    const size_t stop = pos + 16;
    do {
      size_t n;
      if (!PlainAt<kTwoByte>(p + pos, size - pos, &n)) return pos;
      pos += n;
    } while (pos < stop && pos < size);
  }
}

}  // namespace

size_t SkipPlainUtf8(std::string_view s, size_t pos) {
  return SkipUtf8<false>(s, pos);
}

size_t SkipPlainOrTwoByteUtf8(std::string_view s, size_t pos) {
  return SkipUtf8<true>(s, pos);
}

size_t CountCodePoints(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size();) {
    size_t n;
    DecodeUtf8(s, i, &n);
    i += n;
    ++count;
  }
  return count;
}

size_t CountCodePointsUpTo(std::string_view s, size_t limit) {
  size_t count = 0;
  for (size_t i = 0; i < s.size() && count < limit; ++count) {
    size_t n;
    DecodeUtf8(s, i, &n);
    i += n;
  }
  return count;
}

}  // namespace eventx::internal
