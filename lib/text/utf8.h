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
// Inline: every extractor calls it per character.
inline char32_t DecodeUtf8(std::string_view s, size_t pos, size_t* len) {
  *len = 1;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  const size_t left = s.size() - pos;
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return b0;
  size_t n;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return kInvalidCodePoint;
  }
  if (left < n) return kInvalidCodePoint;
  for (size_t i = 1; i < n; ++i) {
    if ((p[i] & 0xC0) != 0x80) return kInvalidCodePoint;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  // Overlong forms, UTF-16 surrogates and values past Unicode are invalid.
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    return kInvalidCodePoint;
  }
  *len = n;
  return cp;
}

// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

// The code point ending just before s[pos] (0 at the start); *len its bytes.
char32_t DecodeUtf8Before(std::string_view s, size_t pos, size_t* len);

// CJK unified ideographs (basic, extension A, compatibility) and 〇.
bool IsHan(char32_t cp);

// The number of code points in s (invalid bytes count one each).
size_t CountCodePoints(std::string_view s);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_UTF8_H_
