// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Removes pinyin readings pasted after Han characters by some Traditional
// pages: "環(huán)境" becomes "環境". Only parenthesized tone-marked pinyin
// right after a Han character counts, in ASCII or full-width parentheses, so
// "(Eco-Town)", "(EPA)" and "(COP15)" stay.

#ifndef EVENTX_LIB_TEXT_PINYIN_H_
#define EVENTX_LIB_TEXT_PINYIN_H_

#include <string_view>
#include <vector>

#include "lib/text/mapped_text.h"

namespace eventx::internal {

// True when `inside` (the text between the parentheses) is a pinyin reading:
// lowercase Latin letters, ü and tone-marked vowels, spaces or apostrophes,
// with at least one tone mark.
bool IsPinyinReading(std::string_view inside);

// Returns `in` without pinyin readings. Linear in in.size().
// Takes `in` by value: a text with no parenthesis is returned as it came,
// moved, without rebuilding its offset map.
MappedText StripPinyin(MappedText in);

// The readings StripPinyin removes from a text of these bytes, each with
// its parentheses, in order: when none, it returns its input as it came.
std::vector<ByteRange> FindPinyinReadings(std::string_view text);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_PINYIN_H_
