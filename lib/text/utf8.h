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
char32_t DecodeUtf8(std::string_view s, size_t pos, size_t* len);

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
