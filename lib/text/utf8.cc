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

#if defined(__SSE2__)
// The shape of sixteen bytes, a bit per byte: which may stand in a passable
// run (plain ASCII, a continuation byte, a passable lead), which are
// three-byte and (with kTwoByte) two-byte leads, and which are continuation
// bytes.
struct BlockShape {
  uint64_t allowed;
  uint64_t leads3;
  uint64_t leads2;
  uint64_t conts;
};

template <bool kTwoByte>
inline BlockShape ShapeOf(const unsigned char* at) {
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  // Signed: 0x01..0x7F are the only bytes above zero, 0x80..0xBF the only
  // ones below -64.
  const __m128i ascii = _mm_cmpgt_epi8(b, _mm_setzero_si128());
  const __m128i cont = _mm_cmpgt_epi8(_mm_set1_epi8(-64), b);
  // b - E1 <= EF - E1 as unsigned bytes, and not ED.
  const __m128i from_first = _mm_sub_epi8(b, _mm_set1_epi8(static_cast<char>(0xE1)));
  const __m128i lead3 = _mm_andnot_si128(
      _mm_cmpeq_epi8(b, _mm_set1_epi8(static_cast<char>(0xED))),
      _mm_cmpeq_epi8(_mm_min_epu8(from_first, _mm_set1_epi8(0xEF - 0xE1)),
                     from_first));
  __m128i any_lead = lead3;
  uint64_t leads2 = 0;
  if (kTwoByte) {
    // b - C2 <= DF - C2 as unsigned bytes.
    const __m128i from_first2 =
        _mm_sub_epi8(b, _mm_set1_epi8(static_cast<char>(0xC2)));
    const __m128i lead2 = _mm_cmpeq_epi8(
        _mm_min_epu8(from_first2, _mm_set1_epi8(0xDF - 0xC2)), from_first2);
    any_lead = _mm_or_si128(lead3, lead2);
    leads2 = static_cast<uint32_t>(_mm_movemask_epi8(lead2));
  }
  return BlockShape{
      static_cast<uint32_t>(
          _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(ascii, cont), any_lead))),
      static_cast<uint32_t>(_mm_movemask_epi8(lead3)), leads2,
      static_cast<uint32_t>(_mm_movemask_epi8(cont))};
}

// Passes over blocks of 16 * kBlocks bytes from *pos (a character
// boundary) while each is plain: every byte plain ASCII, a continuation
// byte or a passable lead, and the continuation bytes exactly the two after
// each three-byte lead and the one after each two-byte lead. (Leads whose
// continuations would overlap leave a lead where a continuation is
// expected, and fail the comparison.) The blocks are taken at a fixed
// stride, a character's continuations past a block's end carried into the
// test of the next (`carry`), so that no load waits for the test of the
// block before: the step of a block scan that resumed at the end of its
// last whole character waited for that, a chain through the text.
// Leaves *pos at a character boundary: the end of the blocks passed, moved
// back to the start of a character that runs past it, or where a block
// failed, the same within it at the start of its sixteen bytes holding the
// first byte that failed.
template <bool kTwoByte, int kBlocks>
inline void SkipBlocks(const unsigned char* p, size_t size, size_t* pos) {
  constexpr unsigned kBytes = 16 * kBlocks;
  constexpr uint64_t kAll = kBytes == 64 ? ~uint64_t{0}
                                         : (uint64_t{1} << kBytes) - 1;
  size_t at = *pos;
  uint64_t carry = 0;  // continuations expected at at + 0 and at + 1
  uint64_t expected = 0;
  unsigned back_from = 0;  // where in the block to stop, when it fails
  for (; at + kBytes <= size; at += kBytes) {
    BlockShape shape = ShapeOf<kTwoByte>(p + at);
    for (int k = 1; k < kBlocks; ++k) {
      const BlockShape more = ShapeOf<kTwoByte>(p + at + 16 * k);
      shape.allowed |= more.allowed << (16 * k);
      shape.leads3 |= more.leads3 << (16 * k);
      shape.leads2 |= more.leads2 << (16 * k);
      shape.conts |= more.conts << (16 * k);
    }
    expected =
        (shape.leads3 << 1) | (shape.leads3 << 2) | (shape.leads2 << 1) | carry;
    const uint64_t bad = (~shape.allowed | (shape.conts ^ expected)) & kAll;
    if (bad != 0) {
      back_from = static_cast<unsigned>(__builtin_ctzll(bad)) & ~15u;
      break;
    }
    // A three-byte lead in the last two bytes, or a two-byte lead in the
    // last, expects continuations in the next block.
    carry = (shape.leads3 >> (kBytes - 2)) | (shape.leads3 >> (kBytes - 1)) |
            (shape.leads2 >> (kBytes - 1));
    expected = carry;
  }
  // From the block's (or the next one's) byte back_from, back over a
  // character that started before it: a continuation expected there
  // follows a lead one or two bytes before (the bytes before passed).
  at += back_from;
  if (((expected >> back_from) & 1) != 0) {
    --at;
    if ((p[at] & 0xC0) == 0x80) --at;
  }
  *pos = at;
}
#endif

template <bool kTwoByte>
size_t SkipUtf8(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t size = s.size();
  for (;;) {
#if defined(__SSE2__)
    // Sixty-four bytes at a time, then sixteen.
    SkipBlocks<kTwoByte, 4>(p, size, &pos);
    SkipBlocks<kTwoByte, 1>(p, size, &pos);
#endif
    // Byte by byte over at most sixteen bytes (where a block failed, or
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
