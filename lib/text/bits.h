// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Bit counting for the rank tables (PhraseSet's edges, the Traditional
// forms): the number of members before a bit is the count of the bits set
// below it.

#ifndef EVENTX_LIB_TEXT_BITS_H_
#define EVENTX_LIB_TEXT_BITS_H_

#include <cstdint>

namespace eventx::internal {

// Set bits in `x`. __builtin_popcountll is a call into libgcc when the
// target has no POPCNT instruction (the default for x86-64); this is a
// dozen inline instructions.
inline unsigned CountBits(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<unsigned>((x * 0x0101010101010101ULL) >> 56);
}

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_BITS_H_
