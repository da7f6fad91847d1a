// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/decode.h"

#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

MappedText DecodeUtf8View(std::string_view original) {
  MappedText out;
  out.Reserve(original.size());
  size_t i = 0;
  if (original.substr(0, kBom.size()) == kBom) i = kBom.size();
  // Runs of valid bytes are copied in one append; only bad bytes are replaced.
  size_t run = i;
  auto flush = [&](size_t upto) {
    if (upto > run) {
      out.AppendIdentity(original.substr(run, upto - run),
                         static_cast<uint32_t>(run));
    }
  };
  while (i < original.size()) {
    // Most of a report: ASCII, three-byte Chinese and two-byte letters,
    // all valid, passed over in blocks; only the rest is decoded here.
    i = SkipPlainOrTwoByteUtf8(original, i);
    if (i == original.size()) break;
    size_t n;
    char32_t cp = DecodeUtf8(original, i, &n);
    if (cp == kInvalidCodePoint || cp == 0) {
      flush(i);
      out.Append(kReplacement, static_cast<uint32_t>(i),
                 static_cast<uint32_t>(i + 1));
      ++i;
      run = i;
      continue;
    }
    i += n;
  }
  flush(original.size());
  return out;
}

bool DecodesUnchanged(std::string_view original) {
  if (original.substr(0, kBom.size()) == kBom) return false;
  // What DecodeUtf8View's loop replaces, it stops at.
  for (size_t i = 0;;) {
    i = SkipPlainOrTwoByteUtf8(original, i);
    if (i == original.size()) return true;
    size_t n;
    const char32_t cp = DecodeUtf8(original, i, &n);
    if (cp == kInvalidCodePoint || cp == 0) return false;
    i += n;
  }
}

}  // namespace eventx::internal
