// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/utf8.h"

namespace eventx::internal {

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t DecodeUtf8Before(std::string_view s, size_t pos, size_t* len) {
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
