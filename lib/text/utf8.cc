// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/utf8.h"

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

}  // namespace eventx::internal
