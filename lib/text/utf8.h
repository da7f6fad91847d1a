// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Minimal UTF-8 helpers: decode one code point strictly (no overlongs, no
// surrogates), encode one, and classify the code points the pipeline cares
// about.

#ifndef EVENTX_LIB_TEXT_UTF8_H_
#define EVENTX_LIB_TEXT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

// The decoders below are called per character; GCC otherwise emits an
// out-of-line copy in large translation units and calls it.
// And the opposite, for a scan several callers share: one copy of its
// code, where inlined copies crowded the instruction cache.
#if defined(__GNUC__)
#define EVENTX_ALWAYS_INLINE __attribute__((always_inline))
#define EVENTX_NOINLINE __attribute__((noinline))
#else
#define EVENTX_ALWAYS_INLINE
#define EVENTX_NOINLINE
#endif

namespace eventx::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point starting at s[pos]. Sets *len to the bytes it
// occupies (1 for an invalid byte) and returns kInvalidCodePoint when the
// bytes at pos are not well-formed UTF-8.
// Every extractor calls this per character (millions of calls per hundred
// reports), so it is split: ASCII and well-formed three-byte sequences
// (nearly all of Chinese text) are decoded here, inline at the call site,
// in a few instructions; everything else (two- and four-byte sequences,
// invalid bytes) goes to DecodeUtf8Slow. An out-of-line call per character
// was the largest single item in the profile of a whole record.
char32_t DecodeUtf8Slow(std::string_view s, size_t pos, size_t* len);

EVENTX_ALWAYS_INLINE inline char32_t DecodeUtf8(std::string_view s, size_t pos,
                                                size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const char32_t b0 = p[0];
  if (b0 < 0x80) {
    *len = 1;
    return b0;
  }
  // Three-byte sequences led by E1..EC or EE..EF: with any continuation
  // bytes they are neither overlong (only E0 leads those) nor surrogates
  // (only ED), so only the continuation bytes need a test. E0 and ED
  // (U+0800..U+0FFF, U+D000..U+D7FF: no Chinese) take the slow path.
  if (b0 - 0xE1 <= 0xEF - 0xE1 && b0 != 0xED && s.size() - pos >= 3) {
    // A continuation byte is 10xxxxxx: flipping its top bit leaves its six
    // payload bits, a value below 0x40; anything else stays at 0x40 or above.
    const char32_t c1 = p[1] ^ 0x80;
    const char32_t c2 = p[2] ^ 0x80;
    if ((c1 | c2) < 0x40) {
      *len = 3;
      return ((b0 - 0xE0) << 12) | (c1 << 6) | c2;
    }
  }
  return DecodeUtf8Slow(s, pos, len);
}

// DecodeUtf8, with 0 (and *len 0) past the end of s: for scans that read
// the character after a match without testing the bounds first.
EVENTX_ALWAYS_INLINE inline char32_t CodePointAt(std::string_view s, size_t pos,
                                                 size_t* len) {
  if (pos >= s.size()) {
    *len = 0;
    return 0;
  }
  return DecodeUtf8(s, pos, len);
}

// The first position from `pos` (a character boundary) where a character
// other than a "plain" one starts, or s.size(): plain characters are ASCII
// other than NUL and well-formed three-byte sequences led by E1..EC or
// EE..EF (what DecodeUtf8 decodes inline; nearly all of a Chinese report).
// Whoever validates or classifies a whole text passes over plain runs with
// this, sixteen bytes at a time where SSE2 is available, and decodes only
// the rest (two- and four-byte characters, E0 and ED leads, bad bytes, NUL).
size_t SkipPlainUtf8(std::string_view s, size_t pos);

// The same, passing over well-formed two-byte sequences (C2..DF and a
// continuation byte: Latin letters with accents, pinyin tone marks, the
// no-break space, the middle dot) too: for validation, where stopping at
// each of them cost a return and a restart of the block scan.
size_t SkipPlainOrTwoByteUtf8(std::string_view s, size_t pos);

// Writes the UTF-8 encoding of `cp` to out[0..3]; returns its length.
inline size_t EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

// The code point ending just before s[pos] (0 at the start); *len its bytes.
// Inline for an ASCII byte or a well-formed three-byte sequence just before
// pos (what DecodeUtf8BeforeSlow would find there too); the rest out of line.
char32_t DecodeUtf8BeforeSlow(std::string_view s, size_t pos, size_t* len);

EVENTX_ALWAYS_INLINE inline char32_t DecodeUtf8Before(
    std::string_view s, size_t pos, size_t* len) {
  if (pos > 0 && static_cast<unsigned char>(s[pos - 1]) < 0x80) {
    *len = 1;
    return static_cast<unsigned char>(s[pos - 1]);
  }
  if (pos >= 3 && (static_cast<unsigned char>(s[pos - 3]) & 0xF0) == 0xE0) {
    size_t n;
    char32_t cp = DecodeUtf8(s, pos - 3, &n);
    if (n == 3) {
      *len = 3;
      return cp;
    }
  }
  return DecodeUtf8BeforeSlow(s, pos, len);
}

// CJK unified ideographs (basic, extension A, compatibility) and 〇.
// Tested from the bottom up so that ASCII and punctuation leave after one
// comparison.
EVENTX_ALWAYS_INLINE inline bool IsHan(char32_t cp) {
  if (cp < 0x3400) return cp == 0x3007;
  if (cp <= 0x9FFF) return cp <= 0x4DBF || cp >= 0x4E00;
  return (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

// The number of code points in s (invalid bytes count one each).
size_t CountCodePoints(std::string_view s);

// min(CountCodePoints(s), limit), reading no further than that needs: for
// length tests of lines that may be whole paragraphs.
size_t CountCodePointsUpTo(std::string_view s, size_t limit);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_UTF8_H_
