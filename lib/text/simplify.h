// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Traditional → Simplified Chinese by code point. The table is derived from
// ICU's "Traditional-Simplified" transform at build time (simplify_data.h):
// every code point in the transform's source set whose one-character
// conversion is a different single code point. Running ICU's transliterator
// per document is two orders of magnitude slower than this lookup, and even
// deriving the table once cost most of a process's start-up.

#ifndef EVENTX_LIB_TEXT_SIMPLIFY_H_
#define EVENTX_LIB_TEXT_SIMPLIFY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "eventx/status.h"
#include "lib/text/bits.h"

namespace eventx::internal {

class SimplifyTable {
 public:
  // The process-wide table, built from the compiled data on first call
  // (thread-safe). Never nullptr; *status, when given, is set to OK.
  static const SimplifyTable* Get(Status* status);

  // The Simplified form of `cp`, or `cp` itself: it differs from cp exactly
  // when IsTraditional(cp) (no entry maps a character to itself).
  char32_t Map(char32_t cp) const {
    if (cp < kBmp) {
      char16_t to = bmp_map_[cp];
      if (to != kSeeMap) return to == 0 ? cp : to;
    }
    auto it = map_.find(cp);
    return it == map_.end() ? cp : it->second;
  }
  // A character that only Traditional text writes (it has a Simplified form).
  bool IsTraditional(char32_t cp) const {
    if (cp < kBmp) return bmp_map_[cp] != 0;
    return map_.count(cp) != 0;
  }
  // A Simplified form that Traditional text does not write (e.g. 贵, 韩).
  bool IsSimplifiedOnly(char32_t cp) const {
    if (cp < kBmp) return (bmp_simplified_only_[cp / 64] >> (cp % 64)) & 1;
    return simplified_only_.count(cp) != 0;
  }

  // Whether cp lies from the lowest to the highest code point that is
  // Traditional or Simplified-only. Outside, Map(cp) == cp and cp is not
  // Simplified-only, told without a table read: punctuation (U+2000..,
  // U+3000..U+303F, U+FF00..) lies outside, below or above the Han blocks.
  bool MayTellScript(char32_t cp) const {
    return cp - script_begin_ < script_end_ - script_begin_;
  }

  // What a BMP code point tells of the script, in two bits: kTraditionalBit
  // when IsTraditional(cp), kSimplifiedOnlyBit when IsSimplifiedOnly(cp) (no
  // character is both: a Simplified form with a Simplified form of its own
  // is not Simplified-only). One read of a 16 KB table, where IsTraditional
  // and IsSimplifiedOnly read a 128 KB and an 8 KB one: every Han character
  // of a report is classified, and the large table missed the cache.
  // REQUIRES: cp < 0x10000.
  static constexpr unsigned kTraditionalBit = 1;
  static constexpr unsigned kSimplifiedOnlyBit = 2;
  unsigned BmpScriptBits(char32_t cp) const {
    return (bmp_script_bits_[cp / 32] >> (cp % 32 * 2)) & 3;
  }

  // The Traditional bit alone, from a table of one bit per code point: half
  // the cache lines of BmpScriptBits' over the Han blocks, for a text in
  // which no Traditional character has been seen yet (see
  // FindCharacterFolds). REQUIRES: cp < 0x10000.
  unsigned BmpTraditionalBit(char32_t cp) const {
    return (bmp_traditional_[cp / 64] >> (cp % 64)) & 1;
  }

  // Map(cp) for a BMP code point that IsTraditional. Reads the forms of the
  // Traditional characters by rank among them (some 8 KB, in code point
  // order), the rank from the script bits' word (the caller has just read
  // it) and a count of them before each word, where Map reads a 128 KB
  // table whose Han rows alone are 42 KB: in a Traditional report each of
  // its characters was a cache miss there.
  // REQUIRES: cp < 0x10000 and IsTraditional(cp).
  char32_t MapTraditionalBmp(char32_t cp) const {
    // The Traditional bit is the low one of each two-bit field.
    const uint64_t traditional =
        bmp_script_bits_[cp / 32] & 0x5555555555555555ULL;
    const uint64_t before = traditional & ((uint64_t{1} << (cp % 32 * 2)) - 1);
    const char16_t to =
        traditional_forms_[traditional_before_[cp / 32] + CountBits(before)];
    if (to != kSeeMap) return to;
    return map_.find(cp)->second;
  }

  // Converts a UTF-8 string code point by code point.
  std::string Convert(std::string_view utf8) const;

  size_t size() const { return map_.size(); }

 private:
  SimplifyTable() = default;
  // Copies of the maps below for the Basic Multilingual Plane as flat
  // arrays: every Han character of a report is looked up, and an array read
  // is several times cheaper than a hash lookup.
  void BuildBmpTables();

  static constexpr char32_t kBmp = 0x10000;
  static constexpr char16_t kSeeMap = 0xFFFF;  // maps outside the BMP
  // The range of MayTellScript: [lowest, highest + 1) of the code points
  // in map_ or simplified_only_ (empty when both are).
  char32_t script_begin_ = 0;
  char32_t script_end_ = 0;
  std::unordered_map<char32_t, char32_t> map_;
  std::unordered_set<char32_t> simplified_only_;
  std::vector<char16_t> bmp_map_;  // 0: unchanged
  std::vector<uint64_t> bmp_simplified_only_;  // one bit per code point
  std::vector<uint64_t> bmp_script_bits_;  // two bits per code point
  std::vector<uint64_t> bmp_traditional_;  // one bit per code point
  // By word of bmp_script_bits_: the Traditional characters below it (at
  // most 65504, the code points below the last word). Sixteen bits, not
  // 32: half the cache lines to read for a Traditional report's
  // conversions, where each read is apt to miss.
  std::vector<uint16_t> traditional_before_;
  // bmp_map_ of the Traditional BMP characters, in code point order.
  std::vector<char16_t> traditional_forms_;
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_SIMPLIFY_H_
