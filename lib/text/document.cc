// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/document.h"

#include <algorithm>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lib/text/body.h"
#include "lib/text/decode.h"
#include "lib/text/fold.h"
#include "lib/text/markup.h"
#include "lib/text/pinyin.h"
#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

}  // namespace

namespace {

// The evidence DetectScript weighs: Traditional-only and Simplified-only
// characters.
class ScriptEvidence {
 public:
  explicit ScriptEvidence(const SimplifyTable& table) : table_(table) {}

  void Add(char32_t cp) {
    if (cp < 0x3400 || cp == kInvalidCodePoint) return;
    if (table_.IsTraditional(cp)) {
      ++traditional_;
    } else if (table_.IsSimplifiedOnly(cp)) {
      ++simplified_;
    }
  }
  // Counts found by FindCharacterFolds.
  void Add(const ScriptCounts& counts) {
    traditional_ += counts.traditional;
    simplified_ += counts.simplified_only;
  }

  Script Decide() const {
    if (traditional_ * kScriptDominance <= simplified_) return Script::kHans;
    if (simplified_ * kScriptDominance <= traditional_) return Script::kHant;
    return Script::kMixed;
  }

 private:
  const SimplifyTable& table_;
  size_t traditional_ = 0;
  size_t simplified_ = 0;
};

}  // namespace

Script DetectScript(std::string_view text, const SimplifyTable& table) {
  ScriptEvidence evidence(table);
  for (size_t i = 0; i < text.size();) {
    // Only code points from U+3400 count, and their lead bytes are E3 and
    // up: every other byte (ASCII, a continuation, a two-byte lead) is passed
    // without decoding. A forward decode starts a character at each byte of
    // E3 and up too (it never steps over a byte that is not a continuation),
    // so the same characters are counted.
    if (static_cast<unsigned char>(text[i]) < 0xE3) {
      ++i;
      continue;
    }
    size_t n;
    evidence.Add(DecodeUtf8(text, i, &n));
    i += n;
  }
  return evidence.Decide();
}

namespace {

// Whether view[i] ends a sentence: \n ! ? ; or the first byte of 。.
bool EndsSentenceAt(std::string_view view, size_t i) {
  const char c = view[i];
  if (c == '\n' || c == '!' || c == '?' || c == ';') return true;
  // 。 is E3 80 82: its first byte is tested before all three are compared.
  return static_cast<unsigned char>(c) == 0xE3 && view.compare(i, 3, "。") == 0;
}

// The first i' >= i where EndsSentenceAt(view, i'), or view.size().
size_t NextSentenceEnd(std::string_view view, size_t i) {
#if defined(__SSE2__)
  // Sixteen positions at a time: a sentence is a few dozen bytes, and
  // testing byte by byte was most of the cost of splitting. The loads at
  // +1 and +2 find 。 (E3 80 82) whole, so the common E3 of other CJK
  // punctuation does not stop the scan.
  const char* const p = view.data();
  const __m128i newline = _mm_set1_epi8('\n');
  const __m128i exclamation = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?');
  const __m128i semicolon = _mm_set1_epi8(';');
  const __m128i stop0 = _mm_set1_epi8(static_cast<char>(0xE3));
  const __m128i stop1 = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i stop2 = _mm_set1_epi8(static_cast<char>(0x82));
  for (; i + 18 <= view.size(); i += 16) {
    const __m128i b0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i b1 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    const __m128i b2 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 2));
    const __m128i ascii_end =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b0, newline),
                                  _mm_cmpeq_epi8(b0, exclamation)),
                     _mm_or_si128(_mm_cmpeq_epi8(b0, question),
                                  _mm_cmpeq_epi8(b0, semicolon)));
    const __m128i full_stop =
        _mm_and_si128(_mm_cmpeq_epi8(b0, stop0),
                      _mm_and_si128(_mm_cmpeq_epi8(b1, stop1),
                                    _mm_cmpeq_epi8(b2, stop2)));
    const int mask = _mm_movemask_epi8(_mm_or_si128(ascii_end, full_stop));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  while (i < view.size() && !EndsSentenceAt(view, i)) ++i;
  return i;
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view view) {
  std::vector<Sentence> out;
  // A sentence of a report averages some ninety bytes: room for most
  // reports' sentences at once instead of growing through doublings.
  constexpr size_t kTypicalSentenceBytes = 64;
  out.reserve(view.size() / kTypicalSentenceBytes + 1);
  size_t start = 0;
  auto close = [&](size_t end) {
    size_t b = start;
    size_t e = end;
    while (b < e && IsSpace(view[b])) ++b;
    while (e > b && IsSpace(view[e - 1])) --e;
    if (e > b) {
      // Stored field by field: a pushed Sentence{b, e} was built on the
      // stack and copied by a 16-byte load that waited for the two stores
      // to reach the cache (a store-forwarding stall, the hottest
      // instruction of the split).
      Sentence& sentence = out.emplace_back();
      sentence.begin = b;
      sentence.end = e;
    }
  };
  for (size_t i = NextSentenceEnd(view, 0); i < view.size();
       i = NextSentenceEnd(view, i)) {
    i += static_cast<unsigned char>(view[i]) == 0xE3 ? 3 : 1;  // 。 or ASCII
    close(i);
    start = i;
  }
  close(view.size());
  return out;
}

Document::Document(std::string_view original, const SimplifyTable* simplify)
    : original_(original) {
  // The cleaning stages (validation, markup, readings) each hand on their
  // input unchanged when they have nothing to remove, and most reports
  // (well-formed UTF-8 without markup) give the first two nothing: then
  // the view is folded straight from the original bytes, without the copy
  // of them that validation makes (a new block, the whole text written
  // once more), and the pinyin readings, if any, are dropped in the same
  // pass (the folds and script evidence found around them: a character is
  // folded and counted alone, wherever it stands), where StripPinyin made
  // a copy with a map of pieces for ApplyCharacterFolds to follow. When
  // markup has work, validation's copy is the identity map.
  bool clean_is_original = false;
  std::vector<ByteRange> readings;  // of the original, when clean_is_original
  MappedText clean;
  if (!DecodesUnchanged(original)) {
    clean = StripPinyin(RemoveMarkup(DecodeUtf8View(original)));
  } else if (MayHoldMarkup(original)) {
    clean = StripPinyin(RemoveMarkup(MappedText::Identity(original)));
  } else {
    clean_is_original = true;
    readings = FindPinyinReadings(original);
  }
  const std::string_view clean_text =
      clean_is_original ? original : std::string_view(clean.text());
  std::vector<CharacterFold> folds;
  if (simplify == nullptr) {
    folds = FindCharacterFoldsOutside(clean_text, readings, nullptr, nullptr);
  } else {
    // DetectScript and FoldCharacters in one pass: the folds are found with
    // conversion to Simplified, and the conversions dropped if the script
    // turns out to be Simplified already.
    ScriptCounts counts;
    folds = FindCharacterFoldsOutside(clean_text, readings, simplify, &counts);
    ScriptEvidence evidence(*simplify);
    evidence.Add(counts);
    script_ = evidence.Decide();
    if (script_ == Script::kHans) {
      folds.erase(std::remove_if(folds.begin(), folds.end(),
                                 [](const CharacterFold& fold) {
                                   return fold.conversion;
                                 }),
                  folds.end());
    }
  }
  view_ = clean_is_original ? MappedText::ReplaceCodePointsInOriginal(
                                  original, folds, readings)
                            : ApplyCharacterFolds(clean, folds);
  sentences_ = SplitSentences(view_.text());
  body_end_ = FindBodyEnd(view_.text());
}

namespace {

// Whether view[begin, end) holds a byte at or below ' ' (every IsSpace byte
// is one). Sixteen bytes at a time where SSE2 is available, the last few
// too: by a block ending at `end` when there are sixteen or more, else by
// one starting at `begin` with the bytes past `end` masked off when the
// view holds sixteen from there (most values are a name of a few
// characters). A byte loop over the last few mispredicted on their number.
bool MayHoldSpace(std::string_view view, size_t begin, size_t end) {
  const auto* p = reinterpret_cast<const unsigned char*>(view.data());
  size_t i = begin;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  // Bit k: p[at + k] <= ' ' (unsigned), that is min(b, ' ') == b.
  auto low_bytes = [&](size_t at) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    return static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(b, space), b)));
  };
  for (; i + 16 <= end; i += 16) {
    if (low_bytes(i) != 0) return true;
  }
  if (i == end) return false;
  if (end - begin >= 16) return low_bytes(end - 16) != 0;
  if (view.size() - i >= 16) {
    return (low_bytes(i) & ((uint32_t{1} << (end - i)) - 1)) != 0;
  }
#endif
  for (; i < end; ++i) {
    if (p[i] <= ' ') return true;
  }
  return false;
}

}  // namespace

std::string Document::Value(size_t begin, size_t end) const {
  // Spaces go, except one between two Latin words ("Alison Jerkins").
  std::string_view v = view().substr(begin, end - begin);
  // Most values (a name, a snippet of Chinese) hold none: copied whole.
  if (!MayHoldSpace(view(), begin, begin + v.size())) return std::string(v);
  std::string out;
  out.reserve(v.size());
  bool pending_space = false;
  for (char c : v) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space && IsAsciiAlnum(out.back()) && IsAsciiAlnum(c)) {
      out.push_back(' ');
    }
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

size_t Document::ViewOffset(size_t original) const {
  return view_.FirstAtOrAfter(original);
}

const Sentence& Document::SentenceAt(size_t pos) const {
  static const Sentence kEmpty;
  if (sentences_.empty()) return kEmpty;
  // The last sentence beginning at or before pos, or the first when none
  // does: a binary search by selects rather than branches (see
  // MappedText::PieceAt), its steps fixed by the number of sentences.
  const Sentence* base = sentences_.data();
  size_t count = sentences_.size();
  while (count > 1) {
    const size_t half = count / 2;
    base = base[half].begin <= pos ? base + half : base;
    count -= half;
  }
  return *base;
}

}  // namespace eventx::internal
