// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// A substring search tuned for Chinese text. std::string_view::find stops at
// every byte equal to the word's first, and in Chinese text the first bytes
// of characters (E4 to E9) repeat a great deal; a character's last bytes
// far less, and a character whole very much less. So the word is looked for
// by its last three bytes, sixteen places at a time where SSE2 is available.

#ifndef EVENTX_LIB_TEXT_FIND_BYTES_H_
#define EVENTX_LIB_TEXT_FIND_BYTES_H_

#include <cstddef>
#include <string_view>

namespace eventx::internal {

// text.find(word, from), the same answer for every input.
size_t FindBytes(std::string_view text, std::string_view word,
                 size_t from = 0);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_FIND_BYTES_H_
