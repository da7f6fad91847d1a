// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/pinyin.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "lib/text/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eventx::internal {
namespace {

// A reading is one or a few syllables; "(zhuàng zú zì zhì qū)" is 26 bytes.
constexpr size_t kMaxReadingBytes = 64;

// Vowels with the four tone marks (pinyin's only diacritics besides ü), and
// the rare tone-marked nasals ḿ ń ň ǹ.
constexpr char32_t kToneMarked[] = {
    U'ā', U'á', U'ǎ', U'à', U'ē', U'é', U'ě', U'è', U'ī', U'í', U'ǐ', U'ì',
    U'ō', U'ó', U'ǒ', U'ò', U'ū', U'ú', U'ǔ', U'ù', U'ǖ', U'ǘ', U'ǚ', U'ǜ',
    U'ḿ', U'ń', U'ň', U'ǹ', U'ê'};

// All of them but ḿ lie below U+0200: a bitmap of those, built at compile
// time from the list, so that a character is tested in one lookup rather
// than compared with each (every character inside parentheses after a Han
// character is tested).
constexpr char32_t kToneBitmapEnd = 0x200;
struct ToneBitmap {
  uint64_t bits[kToneBitmapEnd / 64] = {};
  constexpr ToneBitmap() {
    for (char32_t m : kToneMarked) {
      if (m < kToneBitmapEnd) bits[m / 64] |= uint64_t{1} << (m % 64);
    }
  }
};
constexpr ToneBitmap kToneBitmap;

bool IsToneMarked(char32_t cp) {
  if (cp < kToneBitmapEnd) return (kToneBitmap.bits[cp / 64] >> (cp % 64)) & 1;
  for (char32_t m : kToneMarked) {
    if (m >= kToneBitmapEnd && cp == m) return true;
  }
  return false;
}

// Whether a closing parenthesis starts at window[i]: ')' or "）" whole in
// the window; its size in *size.
bool CloseAt(std::string_view window, size_t i, size_t* size) {
  const auto* p = reinterpret_cast<const unsigned char*>(window.data());
  if (p[i] == ')') {
    *size = 1;
    return true;
  }
  if (p[i] == 0xEF && i + 2 < window.size() && p[i + 1] == 0xBC &&
      p[i + 2] == 0x89) {
    *size = 3;
    return true;
  }
  return false;
}

// The first closing parenthesis in `window`, ')' or "）" (whole in the
// window), and its size in *size; npos if none. One pass, sixteen bytes at
// a time where SSE2 is available, that stops there, where two searches
// (std::string_view::find of each) read the window to its end when one was
// missing, and stopped at every EF byte (the lead of ， and the other
// full-width marks) for the wide one.
size_t FindClose(std::string_view window, size_t* size) {
  const size_t n = window.size();
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i close_paren = _mm_set1_epi8(')');
  const __m128i wide_lead = _mm_set1_epi8(static_cast<char>(0xEF));
  for (; i + 16 <= n; i += 16) {
    const __m128i b =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(window.data() + i));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
        _mm_cmpeq_epi8(b, close_paren), _mm_cmpeq_epi8(b, wide_lead))));
    for (; mask != 0; mask &= mask - 1) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(mask));
      if (CloseAt(window, at, size)) return at;
    }
  }
#endif
  for (; i < n; ++i) {
    if (CloseAt(window, i, size)) return i;
  }
  return std::string_view::npos;
}

}  // namespace

bool IsPinyinReading(std::string_view inside) {
  bool marked = false;
  bool letter = false;
  for (size_t i = 0; i < inside.size();) {
    size_t n;
    char32_t cp = DecodeUtf8(inside, i, &n);
    i += n;
    if (cp >= 'a' && cp <= 'z') {
      letter = true;
    } else if (cp == U'ü') {
      letter = true;
    } else if (IsToneMarked(cp)) {
      letter = marked = true;
    } else if (cp != ' ' && cp != '\'') {
      return false;
    }
  }
  return letter && marked;
}

namespace {

constexpr std::string_view kWideOpen = "（";

// The opening parentheses of a text, '(' and '（', in order: each kind
// searched for on its own, ahead of the other.
class OpenParentheses {
 public:
  explicit OpenParentheses(std::string_view s)
      : s_(s), next_ascii_(s.find('(')), next_wide_(s.find(kWideOpen)) {}

  // The next one's position (npos when none is left) and size.
  size_t at() const { return std::min(next_ascii_, next_wide_); }
  size_t size() const { return at() == next_ascii_ ? 1 : kWideOpen.size(); }

  // Passes over those that start before `resume`.
  void SkipBefore(size_t resume) {
    if (next_ascii_ != std::string_view::npos && next_ascii_ < resume) {
      next_ascii_ = s_.find('(', resume);
    }
    if (next_wide_ != std::string_view::npos && next_wide_ < resume) {
      next_wide_ = s_.find(kWideOpen, resume);
    }
  }

 private:
  std::string_view s_;
  size_t next_ascii_;
  size_t next_wide_;
};

// Where the reading opened by the parenthesis ending at `body` ends (after
// its closing parenthesis), when `prev`, the character before that
// parenthesis, is Han; npos when there is no reading there.
size_t ReadingEnd(std::string_view s, size_t body, char32_t prev) {
  if (!IsHan(prev)) return std::string_view::npos;
  std::string_view window = s.substr(body, kMaxReadingBytes);
  size_t close_size = 0;
  const size_t close = FindClose(window, &close_size);
  if (close == std::string_view::npos ||
      !IsPinyinReading(window.substr(0, close))) {
    return std::string_view::npos;
  }
  return body + close + close_size;
}

}  // namespace

std::vector<ByteRange> FindPinyinReadings(std::string_view text) {
  // Only the parentheses are visited, not every character: most reports
  // hold a few and no reading. The character before a parenthesis is
  // decoded backwards from it, which gives what a forward decode would (a
  // parenthesis is never inside a sequence), except right after a removed
  // reading, where the character before the reading still counts:
  // "環(huán)(huán)" loses both.
  std::vector<ByteRange> readings;
  size_t after_removed = 0;     // where the last reading ended
  char32_t before_removed = 0;  // the character before it
  for (OpenParentheses open(text); open.at() != std::string_view::npos;) {
    const size_t i = open.at();
    const size_t n = open.size();
    char32_t prev;
    if (!readings.empty() && i == after_removed) {
      prev = before_removed;
    } else {
      size_t len;
      prev = DecodeUtf8Before(text, i, &len);
    }
    size_t resume = i + n;
    const size_t after = ReadingEnd(text, i + n, prev);
    if (after != std::string_view::npos) {
      ByteRange& reading = readings.emplace_back();
      reading.begin = i;
      reading.end = after;
      after_removed = resume = after;
      before_removed = prev;
    }
    open.SkipBefore(resume);
  }
  return readings;
}

MappedText StripPinyin(MappedText in) {
  const std::vector<ByteRange> readings = FindPinyinReadings(in.text());
  // Most reports hold none, and are returned as they came.
  if (readings.empty()) return in;
  MappedText out;
  out.Reserve(in.size());
  // Pieces are copied in order, so the rewriter follows in's map along
  // rather than searching it for every copy.
  MappedText::Rewriter rewriter(in, &out);
  for (const ByteRange& reading : readings) {
    rewriter.CopyUpTo(reading.begin);
    rewriter.SkipTo(reading.end);
  }
  rewriter.CopyUpTo(in.size());
  return out;
}

}  // namespace eventx::internal
