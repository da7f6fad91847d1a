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

namespace eventx::internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point starting at s[pos]. Sets *len to the bytes it
// occupies (1 for an invalid byte) and returns kInvalidCodePoint when the
// bytes at pos are not well-formed UTF-8.
// Inline, with a straight path for each length: every extractor calls it
// per character, and a generic loop over continuation bytes was over a
// third of the instructions of a whole record (Chinese text is almost all
// three-byte sequences).
inline char32_t DecodeUtf8(std::string_view s, size_t pos, size_t* len) {
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

// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

// The code point ending just before s[pos] (0 at the start); *len its bytes.
char32_t DecodeUtf8Before(std::string_view s, size_t pos, size_t* len);

// CJK unified ideographs (basic, extension A, compatibility) and 〇.
inline bool IsHan(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F) ||
         cp == 0x3007;
}

// The number of code points in s (invalid bytes count one each).
size_t CountCodePoints(std::string_view s);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_UTF8_H_
