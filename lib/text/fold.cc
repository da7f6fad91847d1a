// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/fold.h"

#include <algorithm>
#include <string>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lib/text/utf8.h"

namespace eventx::internal {

namespace {

// FoldCodePoint(cp, nullptr): the width or punctuation fold of cp, or cp.
// Inline in FindCharacterFolds, which asks it of every character outside
// the ideograph runs (，“”、。《》 and the like): a call each.
EVENTX_ALWAYS_INLINE inline char32_t PunctuationFold(char32_t cp) {
  if (cp < 0x80) return cp;
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;
  switch (cp) {
    case 0x3000:  // ideographic space
    case 0x00A0:  // no-break space
    case 0x2002: case 0x2003: case 0x2009: case 0x200A:
      return ' ';
    case 0x30FB: case 0x2022: case 0x2027: case 0xFF65: case 0x22C5:
    case 0x2219: case 0x0387:
      return 0x00B7;  // middle dot
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
    case 0xFE63:
      return '-';
    case 0x2015:
      return 0x2014;  // em dash
    default:
      return cp;
  }
}

}  // namespace

char32_t FoldCodePoint(char32_t cp, const SimplifyTable* simplify) {
  const char32_t folded = PunctuationFold(cp);
  if (folded != cp) return folded;
  return simplify != nullptr ? simplify->Map(cp) : cp;
}

MappedText FoldCharacters(const MappedText& in, const SimplifyTable* simplify) {
  return ApplyCharacterFolds(in,
                             FindCharacterFolds(in.text(), simplify, nullptr));
}

namespace {

// Appends a fold, its fields stored one by one into the vector: a
// CharacterFold{...} pushed was built on the stack by narrow stores and
// copied by a 16-byte load that waited for them to reach the cache (a
// store-forwarding stall, the hottest instruction of FindCharacterFolds in
// a Traditional report).
inline void PushFold(size_t begin, size_t length, char32_t to, bool conversion,
                     std::vector<CharacterFold>* folds) {
  CharacterFold& fold = folds->emplace_back();
  fold.begin = static_cast<uint32_t>(begin);
  fold.length = static_cast<uint8_t>(length);
  fold.to = to;
  fold.conversion = conversion;
}

// The Simplified-only characters from U+3400 (script evidence, see
// FindCharacterFolds) in the parts of `text` outside `skipped` before `end`
// (a character boundary).
size_t CountSimplifiedOnlyBefore(std::string_view text,
                                 const std::vector<ByteRange>& skipped,
                                 size_t end, const SimplifyTable& table) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  size_t count = 0;
  size_t part_begin = 0;
  for (size_t part = 0; part <= skipped.size() && part_begin < end; ++part) {
    const size_t part_end = std::min(
        end, part < skipped.size() ? skipped[part].begin : text.size());
    const std::string_view part_text = text.substr(0, part_end);
    for (size_t i = part_begin; i < part_end;) {
      // Code points from U+3400 have lead bytes E3 and up; a forward decode
      // starts a character at each byte of E3 and up too (see
      // DetectScript), so the other bytes are passed one by one.
      if (bytes[i] < 0xE3) {
        ++i;
        continue;
      }
      size_t n;
      const char32_t cp = DecodeUtf8(part_text, i, &n);
      i += n;
      if (cp == kInvalidCodePoint || cp < 0x3400) continue;
      // The table FindCharacterFolds goes on to read, for the BMP.
      count += cp < 0x10000 ? table.BmpScriptBits(cp) ==
                                  SimplifyTable::kSimplifiedOnlyBit
                            : !table.IsTraditional(cp) &&
                                  table.IsSimplifiedOnly(cp);
    }
    if (part < skipped.size()) part_begin = skipped[part].end;
  }
  return count;
}

}  // namespace

std::vector<CharacterFold> FindCharacterFolds(std::string_view text,
                                              const SimplifyTable* simplify,
                                              ScriptCounts* counts) {
  return FindCharacterFoldsOutside(text, {}, simplify, counts);
}

std::vector<CharacterFold> FindCharacterFoldsOutside(
    std::string_view text, const std::vector<ByteRange>& skipped,
    const SimplifyTable* simplify, ScriptCounts* counts) {
  // FoldCodePoint changes no code point in [U+3100, U+FE00) but by
  // Simplified conversion: its width and punctuation folds all lie outside.
  // Han and kana, most of a report, are there.
  constexpr char32_t kNoPunctuationFoldBegin = 0x3100;
  constexpr char32_t kNoPunctuationFoldEnd = 0xFE00;
  // Only characters from here on are script evidence.
  constexpr char32_t kEvidenceBegin = 0x3400;
  std::vector<CharacterFold> folds;
  // Full-width punctuation alone is a fold every thirty bytes or so of a
  // Simplified report: room for those at once rather than by doublings.
  constexpr size_t kBytesPerFold = 32;
  folds.reserve(text.size() / kBytesPerFold);
  // In a Traditional report, a conversion every two or three characters.
  constexpr size_t kBytesPerConversionFold = 6;
  bool reserved_for_conversions = false;
  size_t traditional = 0;
  size_t simplified_only = 0;
  // Simplified-only characters are counted from the first Traditional one
  // on (see ScriptCounts): until there is one, the ideograph runs read a
  // table of the Traditional bit alone, half the cache lines of the two
  // script bits over the Han blocks (most Simplified reports hold no
  // Traditional character, or a few).
  bool counting_simplified_only = false;
  // Where counting began: the end of the first Traditional character, or
  // of the ideograph run that holds it.
  size_t counting_from = 0;
  auto start_counting_simplified_only = [&](size_t at) {
    simplified_only = 0;  // those counted before it are counted again
    counting_simplified_only = true;
    counting_from = at;
  };
  // Counted in the ideograph runs below, once Simplified-only characters
  // are.
  size_t ideograph_traditional = 0;
  size_t ideograph_bit_sum = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // The parts of the text between the skipped ranges, each up to `size`,
  // the text cut there (a decode reads no further).
  size_t part_begin = 0;
  for (size_t part = 0; part <= skipped.size(); ++part) {
    const size_t size =
        part < skipped.size() ? skipped[part].begin : text.size();
    const std::string_view part_text = text.substr(0, size);
    for (size_t i = part_begin; i < size;) {
      if (bytes[i] < 0x80) {  // ASCII stays
#if defined(__SSE2__)
        // The whole run of ASCII (digits, spaces, Latin words) at once: the
        // byte loop mispredicted at the end of every run, a few bytes long.
        if (i + 16 <= size) {
          const unsigned non_ascii = static_cast<unsigned>(_mm_movemask_epi8(
              _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i))));
          i += non_ascii != 0 ? static_cast<size_t>(__builtin_ctz(non_ascii))
                              : 16;
          continue;
        }
#endif
        ++i;
        continue;
      }
      // A run of CJK ideographs (U+4000..U+9FFF: three-byte sequences led by
      // E4..E9) is most of a report. One tight loop takes the whole run,
      // so the switch between ASCII, punctuation and Han characters is
      // decided once per run rather than by several branches per character.
      // Every such character is script evidence and lies where only the
      // Simplified conversion folds. The script counts are kept as the
      // number of Traditional characters and the sum of the script bits
      // (Traditional 1, Simplified-only 2): one addition fewer per character.
      if (simplify != nullptr && bytes[i] - 0xE4u <= 0xE9u - 0xE4u) {
        const size_t run_start = i;
        // Where the run's Traditional characters start: each position is
        // written whether or not it is one and kept by advancing the count
        // by its Traditional bit, so no branch depends on the script (in a
        // Traditional report that branch mispredicted at every other
        // character). Their folds are made after the run, in order.
        constexpr size_t kMaxPending = 64;
        size_t pending[kMaxPending];
        size_t pending_count = 0;
        // At most kMaxPending characters at a time: the bound on the bytes
        // read is the bound on the positions written.
        const size_t run_limit = std::min(size, i + 3 * kMaxPending);
        // The run's loop, reading both script bits (kBothBits) or the
        // Traditional bit alone.
        auto take_run = [&](auto both_bits) {
          constexpr bool kBothBits = decltype(both_bits)::value;
          while (i + 3 <= run_limit && bytes[i] - 0xE4u <= 0xE9u - 0xE4u) {
            // A continuation byte is 10xxxxxx: flipping its top bit leaves
            // its six payload bits; anything else stays at 0x40 or above.
            const char32_t c1 = bytes[i + 1] ^ 0x80u;
            const char32_t c2 = bytes[i + 2] ^ 0x80u;
            if ((c1 | c2) >= 0x40) break;  // malformed: the general path
            const char32_t cp = ((bytes[i] - 0xE0u) << 12) | (c1 << 6) | c2;
            unsigned is_traditional;
            if constexpr (kBothBits) {
              const unsigned bits = simplify->BmpScriptBits(cp);
              is_traditional = bits & SimplifyTable::kTraditionalBit;
              ideograph_bit_sum += bits;
            } else {
              is_traditional = simplify->BmpTraditionalBit(cp);
            }
            pending[pending_count] = i;
            pending_count += is_traditional;
            i += 3;
          }
        };
        if (counting_simplified_only) {
          take_run(std::true_type{});
          ideograph_traditional += pending_count;
        } else {
          take_run(std::false_type{});
          traditional += pending_count;
          if (pending_count != 0) start_counting_simplified_only(i);
        }
        if (pending_count != 0 && !reserved_for_conversions) {
          // A Traditional report has a conversion every few characters, many
          // times the room reserved above: room for them at once rather than
          // through the vector's doublings (each a new block and a copy).
          folds.reserve(
              std::max(folds.capacity(),
                       text.size() / kBytesPerConversionFold));
          reserved_for_conversions = true;
        }
        for (size_t k = 0; k < pending_count; ++k) {
          // Well-formed, as the run's loop found: decoded without tests.
          const unsigned char* const c = bytes + pending[k];
          const char32_t cp = ((c[0] & 0x0Fu) << 12) | ((c[1] & 0x3Fu) << 6) |
                              (c[2] & 0x3Fu);
          const char32_t simplified = simplify->MapTraditionalBmp(cp);
          PushFold(pending[k], 3, simplified, true, &folds);
        }
        // A malformed sequence at the start is the general path's.
        if (i != run_start) continue;
      }
      size_t n;
      const char32_t cp = DecodeUtf8(part_text, i, &n);
      if (cp - kNoPunctuationFoldBegin <
          kNoPunctuationFoldEnd - kNoPunctuationFoldBegin) {
        // Han and kana: one read of the dense script table tells both the
        // evidence, added without a branch, and whether there is a
        // conversion (rare in a Simplified report), so the large map is read
        // only for Traditional characters.
        if (simplify != nullptr) {
          const unsigned bits = simplify->BmpScriptBits(cp);
          const unsigned evidence = cp >= kEvidenceBegin ? bits : 0;
          traditional += evidence & SimplifyTable::kTraditionalBit;
          simplified_only += evidence >> 1;
          if (!counting_simplified_only && traditional != 0) {
            start_counting_simplified_only(i + n);
          }
          if ((bits & SimplifyTable::kTraditionalBit) != 0) {
            PushFold(i, n, simplify->Map(cp), true, &folds);
          }
        }
        i += n;
        continue;
      }
      if (cp == kInvalidCodePoint) {
        i += n;
        continue;
      }
      // Punctuation (，“”、《》) lies outside the range where characters tell
      // the script or convert: no read of the tables for it, which are
      // large, and cold at every report.
      char32_t simplified = cp;
      if (simplify != nullptr && simplify->MayTellScript(cp)) {
        simplified = simplify->Map(cp);
        if (cp >= kEvidenceBegin) {
          if (simplified != cp) {
            ++traditional;
          } else if (simplify->IsSimplifiedOnly(cp)) {
            ++simplified_only;
          }
          if (!counting_simplified_only && traditional != 0) {
            start_counting_simplified_only(i + n);
          }
        }
      }
      // FoldCodePoint(cp, simplify) is the width or punctuation fold when
      // there is one, and otherwise the Simplified form.
      const char32_t punctuation_folded = PunctuationFold(cp);
      if (punctuation_folded != cp) {
        PushFold(i, n, punctuation_folded, false, &folds);
      } else if (simplified != cp) {
        PushFold(i, n, simplified, true, &folds);
      }
      i += n;
    }
    if (part < skipped.size()) part_begin = skipped[part].end;
  }
  traditional += ideograph_traditional;
  simplified_only += (ideograph_bit_sum - ideograph_traditional) / 2;
  if (!counting_simplified_only) {
    simplified_only = 0;
  } else if (simplified_only < kScriptDominance * traditional) {
    // Too few after the first Traditional character to name the text
    // Simplified: those before it may decide.
    simplified_only +=
        CountSimplifiedOnlyBefore(text, skipped, counting_from, *simplify);
  }
  if (counts != nullptr) *counts = ScriptCounts{traditional, simplified_only};
  return folds;
}

MappedText ApplyCharacterFolds(const MappedText& in,
                               const std::vector<CharacterFold>& folds) {
  return MappedText::ReplaceCodePoints(in, folds);
}

}  // namespace eventx::internal
