// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/decode.h"

#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The first byte from `from` on that DecodeUtf8View replaces (one that
// starts no valid sequence, or a NUL), or original.size(). Most of a
// report, ASCII, three-byte Chinese and two-byte letters, all valid, is
// passed over in blocks; only the rest is decoded here.
inline size_t NextReplaced(std::string_view original, size_t from) {
  for (size_t i = from;;) {
    i = SkipPlainOrTwoByteUtf8(original, i);
    if (i == original.size()) return i;
    size_t n;
    const char32_t cp = DecodeUtf8(original, i, &n);
    if (cp == kInvalidCodePoint || cp == 0) return i;
    i += n;
  }
}

}  // namespace

MappedText DecodeUtf8View(std::string_view original) {
  MappedText out;
  out.Reserve(original.size());
  size_t i = 0;
  if (original.substr(0, kBom.size()) == kBom) i = kBom.size();
  // Runs of valid bytes are copied in one append; only bad bytes are
  // replaced, each by U+FFFD.
  while (i < original.size()) {
    const size_t bad = NextReplaced(original, i);
    if (bad > i) {
      out.AppendIdentity(original.substr(i, bad - i),
                         static_cast<uint32_t>(i));
    }
    if (bad == original.size()) break;
    out.Append(kReplacement, static_cast<uint32_t>(bad),
               static_cast<uint32_t>(bad + 1));
    i = bad + 1;
  }
  return out;
}

bool DecodesUnchanged(std::string_view original) {
  return original.substr(0, kBom.size()) != kBom &&
         NextReplaced(original, 0) == original.size();
}

}  // namespace eventx::internal
