// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// CodePointBits: one bit per code point of the Basic Multilingual Plane, the
// cheap test a scan makes before an exact lookup. Code points above the BMP
// (and invalid ones) always may be members, so that the lookup decides them.

#ifndef EVENTX_LIB_TEXT_CODE_POINT_BITS_H_
#define EVENTX_LIB_TEXT_CODE_POINT_BITS_H_

#include <array>
#include <cstdint>

namespace eventx::internal {

class CodePointBits {
 public:
  void Mark(char32_t c) {
    if (c < 0x10000) bits_[c / 64] |= uint64_t{1} << (c % 64);
  }
  // False: c is surely not marked.
  bool MayContain(char32_t c) const {
    return c >= 0x10000 || ((bits_[c / 64] >> (c % 64)) & 1);
  }

 private:
  std::array<uint64_t, 0x10000 / 64> bits_{};  // in place: one load less
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_CODE_POINT_BITS_H_
