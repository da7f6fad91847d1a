// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// CodePointBits: a set of code points of the Basic Multilingual Plane, for
// the cheap test a scan makes before an exact lookup. Code points above the
// BMP (and invalid ones) always may be members, so that the lookup decides
// them. For a BMP code point the answer is exact.
//
// Why not one bit per BMP code point: that is an 8 KB table per set, and
// the scans test some fifty such sets (of 1 to a few hundred code points
// each) at nearly every character. Their lines crowd one another out of
// the cache, and a test was a cache miss more often than not. Here the bits
// are kept only for the blocks of 256 code points that hold a member (32
// bytes each); a 256-byte index by block gives where a block's bits are,
// and every block without a member shares one of zeros. A test is still two
// loads and no branch, and a set of a few dozen Han characters takes some
// 1.5 KB, the index's CJK rows 82 bytes of it.

#ifndef EVENTX_LIB_TEXT_CODE_POINT_BITS_H_
#define EVENTX_LIB_TEXT_CODE_POINT_BITS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace eventx::internal {

class CodePointBits {
 public:
  CodePointBits() = default;
  // Copies only (a move copies too): a moved-from words_ would be empty,
  // and every test reads it.
  CodePointBits(const CodePointBits&) = default;
  CodePointBits& operator=(const CodePointBits&) = default;

  void Mark(char32_t c) {
    if (c >= 0x10000) return;
    uint8_t& block = block_of_[Slot(c)];
    if (block == 0) {  // the block had no member: give it bits
      const size_t blocks = words_.size() / kWordsPerBlock;  // zeros' too
      if (blocks < 256) {
        block = static_cast<uint8_t>(blocks);
        words_.resize(words_.size() + kWordsPerBlock, 0);
      }
      // Else every other block has members, so none but this one leads to
      // the zeros any longer: it takes them (block stays 0).
    }
    words_[block * kWordsPerBlock + ((c >> 6) & 3)] |= uint64_t{1} << (c % 64);
  }
  // False: c is surely not marked.
  bool MayContain(char32_t c) const {
    return c >= 0x10000 ||
           ((words_[block_of_[Slot(c)] * kWordsPerBlock + ((c >> 6) & 3)] >>
             (c % 64)) &
            1);
  }

 private:
  static constexpr size_t kWordsPerBlock = 256 / 64;
  // Where block c >> 8 is in block_of_: rotated so that the CJK
  // Unified Ideographs' (blocks 4E..9F, most tests) come first, next to
  // words_ (two cache lines with it, for those).
  static size_t Slot(char32_t c) { return ((c >> 8) - 0x4E) & 0xFF; }
  // Bits of the blocks with members, four words each, after the zeros
  // (block 0) that every block without members shares.
  std::vector<uint64_t> words_ = std::vector<uint64_t>(kWordsPerBlock, 0);
  // By Slot: the block of words_ (in place: one load less).
  std::array<uint8_t, 256> block_of_{};
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_CODE_POINT_BITS_H_
