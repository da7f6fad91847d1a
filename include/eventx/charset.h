// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Charset decoding for pages that are not UTF-8 (GB18030/GBK, Big5). Extract()
// reads UTF-8; decode such a page first and extract from the decoded text.
// Spans then index that UTF-8 text, as SPEC.md says ("after charset decoding
// to UTF-8 when the input was not UTF-8").

#ifndef EVENTX_INCLUDE_EVENTX_CHARSET_H_
#define EVENTX_INCLUDE_EVENTX_CHARSET_H_

#include <string>
#include <string_view>

#include "eventx/status.h"

namespace eventx {

struct DecodedText {
  std::string utf8;     // the text as UTF-8
  std::string charset;  // what it was read as: "UTF-8", "GB18030", "Big5", ...
};

// Converts `input` to UTF-8. With `encoding` empty, input that is UTF-8
// (a few stray invalid bytes allowed; Extract reads around them) is copied
// as it is, and anything else is identified by ICU's charset detector.
// With `encoding` set ("GBK", "Big5", any ICU converter name) it is decoded
// as that. Returns kInvalidArgument for an unknown `encoding`; bytes a
// charset cannot map become U+FFFD.
[[nodiscard]] Status DecodeToUtf8(std::string_view input,
                                  std::string_view encoding,
                                  DecodedText* out);

}  // namespace eventx

#endif  // EVENTX_INCLUDE_EVENTX_CHARSET_H_
