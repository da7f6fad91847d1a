// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// ThreeByteFilter: is this three-byte UTF-8 character one a scan wants?
// Answered from the raw bytes, without assembling the code point; shared by
// the officials' title scan and the agreements' verb scan.

#ifndef EVENTX_LIB_TEXT_THREE_BYTE_FILTER_H_
#define EVENTX_LIB_TEXT_THREE_BYTE_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "lib/text/utf8.h"  // EVENTX_ALWAYS_INLINE

namespace eventx::internal {

// A character test for scans that pass over every character of a report,
// on the raw bytes of a three-byte sequence: one bit per lead-byte nibble
// and 16-bit load of the two bytes after it. A bit is clear exactly when
// both bytes are continuation bytes and the code point they spell with the
// lead (its bits, unchecked for overlong forms and surrogates) is not
// wanted. Indexed by the bytes themselves, the test needs no code point
// assembled first: a few instructions less per character, over every
// character. 128 KB, of which Chinese text reads a few KB (the well-formed
// sequences of the CJK blocks).
class ThreeByteFilter {
 public:
  // Sets the bits: `wanted(cp)` for each code point of three-byte shape.
  template <typename Wanted>
  void Build(Wanted wanted) {
    bits_.assign(kWords, ~uint64_t{0});  // other byte pairs: may be wanted
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      if (wanted(cp)) continue;
      unsigned char bytes[3] = {
          static_cast<unsigned char>(0xE0 | (cp >> 12)),
          static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F)),
          static_cast<unsigned char>(0x80 | (cp & 0x3F))};
      size_t i = Index(bytes);
      bits_[i / 64] &= ~(uint64_t{1} << (i % 64));
    }
  }
  // False when the three bytes at p (a lead byte E0..EF and two more) are a
  // sequence of a code point not wanted. Forced inline: called per character.
  EVENTX_ALWAYS_INLINE bool MayBeWanted(
      const unsigned char* p) const {
    size_t i = Index(p);
    return (bits_[i / 64] >> (i % 64)) & 1;
  }

 private:
  static constexpr size_t kWords = (size_t{16} << 16) / 64;
  EVENTX_ALWAYS_INLINE static size_t Index(const unsigned char* p) {
    uint16_t tail;
    std::memcpy(&tail, p + 1, 2);  // one load, in the machine's byte order
    return (size_t{p[0] & 0x0Fu} << 16) | tail;
  }
  std::vector<uint64_t> bits_;
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_THREE_BYTE_FILTER_H_
