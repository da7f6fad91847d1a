// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/pinyin.h"

#include <algorithm>
#include <string>

#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

// A reading is one or a few syllables; "(zhuàng zú zì zhì qū)" is 26 bytes.
constexpr size_t kMaxReadingBytes = 64;

// Vowels with the four tone marks (pinyin's only diacritics besides ü), and
// the rare tone-marked nasals ḿ ń ň ǹ.
bool IsToneMarked(char32_t cp) {
  static constexpr char32_t kMarked[] = {
      U'ā', U'á', U'ǎ', U'à', U'ē', U'é', U'ě', U'è', U'ī', U'í', U'ǐ', U'ì',
      U'ō', U'ó', U'ǒ', U'ò', U'ū', U'ú', U'ǔ', U'ù', U'ǖ', U'ǘ', U'ǚ', U'ǜ',
      U'ḿ', U'ń', U'ň', U'ǹ', U'ê'};
  for (char32_t m : kMarked) {
    if (cp == m) return true;
  }
  return false;
}

}  // namespace

bool IsPinyinReading(std::string_view inside) {
  bool marked = false;
  bool letter = false;
  for (size_t i = 0; i < inside.size();) {
    size_t n;
    char32_t cp = DecodeUtf8(inside, i, &n);
    i += n;
    if (cp >= 'a' && cp <= 'z') {
      letter = true;
    } else if (cp == U'ü') {
      letter = true;
    } else if (IsToneMarked(cp)) {
      letter = marked = true;
    } else if (cp != ' ' && cp != '\'') {
      return false;
    }
  }
  return letter && marked;
}

MappedText StripPinyin(MappedText in) {
  const std::string& s = in.text();
  // Readings are in parentheses; without one there is nothing to strip.
  if (s.find('(') == std::string::npos && s.find("（") == std::string::npos) {
    return in;
  }
  MappedText out;
  out.Reserve(s.size());
  size_t copied = 0;
  size_t i = 0;
  char32_t prev = 0;
  while (i < s.size()) {
    size_t n;
    char32_t cp = DecodeUtf8(s, i, &n);
    const bool open = cp == '(' || cp == U'（';
    if (open && IsHan(prev)) {
      size_t body = i + n;
      std::string_view window = std::string_view(s).substr(body, kMaxReadingBytes);
      size_t close_ascii = window.find(')');
      size_t close_wide = window.find("）");
      size_t close = std::min(close_ascii, close_wide);
      if (close != std::string_view::npos &&
          IsPinyinReading(window.substr(0, close))) {
        size_t after = body + close + (close == close_ascii ? 1 : 3);
        if (i > copied) out.CopyFrom(in, copied, i);
        i = copied = after;
        continue;  // prev stays the Han character: "環(huán)境" reads on
      }
    }
    prev = cp;
    i += n;
  }
  if (s.size() > copied) out.CopyFrom(in, copied, s.size());
  return out;
}

}  // namespace eventx::internal
