// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/document.h"

#include <algorithm>
#include <array>

#include "lib/text/body.h"
#include "lib/text/decode.h"
#include "lib/text/fold.h"
#include "lib/text/markup.h"
#include "lib/text/pinyin.h"
#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

// One script must outnumber the other this many times to name the text.
constexpr size_t kScriptDominance = 4;

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

std::vector<Sentence> SplitSentences(std::string_view view) {
  std::vector<Sentence> out;
  size_t start = 0;
  auto close = [&](size_t end) {
    size_t b = start;
    size_t e = end;
    while (b < e && IsSpace(view[b])) ++b;
    while (e > b && IsSpace(view[e - 1])) --e;
    if (e > b) out.push_back(Sentence{b, e});
  };
  // The bytes that may end a sentence: one table lookup rejects the rest.
  // 。 is E3 80 82: its first byte is tested before all three are compared.
  static constexpr auto kMayEnd = [] {
    std::array<bool, 256> may_end{};
    for (unsigned char c : {'\n', '!', '?', ';'}) may_end[c] = true;
    may_end[0xE3] = true;
    return may_end;
  }();
  for (size_t i = 0; i < view.size();) {
    const unsigned char c = static_cast<unsigned char>(view[i]);
    if (!kMayEnd[c]) {
      ++i;
      continue;
    }
    size_t n = 1;
    if (c == 0xE3) {
      if (view.compare(i, 3, "。") != 0) {
        ++i;
        continue;
      }
      n = 3;
    }
    i += n;
    close(i);
    start = i;
  }
  close(view.size());
  return out;
}

Document::Document(std::string_view original, const SimplifyTable* simplify)
    : original_(original) {
  MappedText clean = StripPinyin(RemoveMarkup(DecodeUtf8View(original)));
  if (simplify == nullptr) {
    view_ = FoldCharacters(clean, nullptr);
  } else {
    // DetectScript and FoldCharacters in one pass: the folds are found with
    // conversion to Simplified, and the conversions dropped if the script
    // turns out to be Simplified already.
    ScriptEvidence evidence(*simplify);
    std::vector<CharacterFold> folds = FindCharacterFolds(
        clean.text(), simplify, [&](char32_t cp) { evidence.Add(cp); });
    script_ = evidence.Decide();
    if (script_ == Script::kHans) {
      folds.erase(std::remove_if(folds.begin(), folds.end(),
                                 [](const CharacterFold& fold) {
                                   return fold.conversion;
                                 }),
                  folds.end());
    }
    view_ = ApplyCharacterFolds(clean, folds);
  }
  sentences_ = SplitSentences(view_.text());
  body_end_ = FindBodyEnd(view_.text());
}

std::string Document::Value(size_t begin, size_t end) const {
  // Spaces go, except one between two Latin words ("Alison Jerkins").
  std::string out;
  std::string_view v = view().substr(begin, end - begin);
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
  // OriginalBegin never decreases along the view: binary search.
  size_t lo = 0;
  size_t hi = view_.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (view_.OriginalBegin(mid) < original) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

const Sentence& Document::SentenceAt(size_t pos) const {
  static const Sentence kEmpty;
  if (sentences_.empty()) return kEmpty;
  auto it = std::upper_bound(
      sentences_.begin(), sentences_.end(), pos,
      [](size_t p, const Sentence& s) { return p < s.begin; });
  if (it == sentences_.begin()) return *it;
  return *(it - 1);
}

}  // namespace eventx::internal
