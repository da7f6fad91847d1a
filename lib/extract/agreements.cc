// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/agreements.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// The verb scan also has a 32-byte form for processors with AVX2, chosen at
// run time (UseAvx2).
#include "lib/text/cpu_features.h"
#if defined(__SSE2__) && defined(EVENTX_HAVE_AVX2_FORMS)
#define EVENTX_AGREEMENTS_AVX2 1
#include <immintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lib/extract/countries.h"
#include "lib/lexicons/lexicons.h"
#include "lib/text/find_bytes.h"
#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

using lexicons::Lexicon;

// How far (code points) a signing verb's object may run to its document
// word (签署关于设立中非环境合作中心的项目合作意向书).
constexpr size_t kObjectWindow = 40;
// How far (code points) a 《title》 may stand before its verb (《…》在摩洛哥
// 首都拉巴特签署), and a bare document word (在备忘录上签字).
constexpr size_t kTitleBeforeWindow = 15;
constexpr size_t kKindBeforeWindow = 3;
// A line without 。 and at most this long is a headline or a caption.
constexpr size_t kHeadlineMaxCodePoints = 80;
// How many sentences back the two sides of 双方 are looked for, and how
// many a bare 签约 may follow the document it gives parties to.
constexpr size_t kSideLookBack = 8;
constexpr size_t kBareAttachWindow = 3;
// A visited body named in fewer code points is a short form (环境学院) that
// cannot stand for a signing side.
constexpr size_t kVisitTargetMinCodePoints = 5;
// The least a party or a post's prefix holds, in code points.
constexpr size_t kMinPartyCodePoints = 2;
// A side named at the start of a title without 关于 (《A与B环境合作协议》)
// is at most this long, in code points.
constexpr size_t kMaxTitlePartyCodePoints = 30;

// Characters after a post word that make it part of a body's name
// (总理办公室, 大使馆, 理事会, 代表处): not a post there.
constexpr std::u32string_view kBodyAfterPost =
    U"会府办处团院部局署室委厅所司馆组";

enum Role {
  kNoun,
  kBareNoun,
  kFuture,
  kNegation,
  kRecall,
  kRecallDate,
  kRecallAfter,
  kLead,
  kAdverb,
  kPost,
  kTail,
  kFiller,
  kSide,
  kMeet,
  kVisit,
  kTitleEnd,
  kPlace,
  kWitness,
  kRoleCount,
};

constexpr std::pair<std::string_view, Role> kRoleNames[] = {
    {"noun", kNoun},           {"bare_noun", kBareNoun},
    {"future", kFuture},       {"negation", kNegation},
    {"recall", kRecall},       {"recall_date", kRecallDate},
    {"recall_after", kRecallAfter}, {"lead", kLead},
    {"adverb", kAdverb},       {"post", kPost},
    {"tail", kTail},           {"filler", kFiller},
    {"side", kSide},           {"meet", kMeet},
    {"visit", kVisit},         {"title_end", kTitleEnd},
    {"place", kPlace},         {"witness", kWitness},
};

enum class VerbUse {
  kSign,      // the object names the document
  kBare,      // the document may be given by the context
  kExchange,  // only with a named document
  kAdopt,     // only with a declaration named in 《》
};

constexpr std::pair<std::string_view, VerbUse> kVerbUses[] = {
    {"sign", VerbUse::kSign},
    {"bare", VerbUse::kBare},
    {"exchange", VerbUse::kExchange},
    {"adopt", VerbUse::kAdopt},
};

constexpr std::pair<std::string_view, AgreementKind> kKindNames[] = {
    {"agreement", AgreementKind::kAgreement},
    {"framework_agreement", AgreementKind::kFrameworkAgreement},
    {"memorandum", AgreementKind::kMemorandum},
    {"letter_of_intent", AgreementKind::kLetterOfIntent},
    {"contract", AgreementKind::kContract},
    {"declaration", AgreementKind::kDeclaration},
    {"other", AgreementKind::kOther},
};

// lib/text/utf8.h's CodePointAt, but *len is a step of at least one byte
// (past the end, and over bad bytes), so the verb scans always move on.
// Forced inline: the scans call it per character.
EVENTX_ALWAYS_INLINE inline char32_t CodePointAndStep(std::string_view s,
                                                      size_t pos,
                                                      size_t* len) {
  if (pos >= s.size()) {
    *len = 1;
    return 0;
  }
  char32_t cp = DecodeUtf8(s, pos, len);
  if (*len == 0) *len = 1;
  return cp;
}

size_t CodePoints(std::string_view s, size_t begin, size_t end) {
  return begin < end ? CountCodePoints(s.substr(begin, end - begin)) : 0;
}

// min(CodePoints(s, begin, end), limit), reading no further than that
// needs: the length tests (at least two code points, at most fifteen) ask
// about ranges that may be whole clauses, some many times over.
size_t CodePointsUpTo(std::string_view s, size_t begin, size_t end,
                      size_t limit) {
  return begin < end ? CountCodePointsUpTo(s.substr(begin, end - begin), limit)
                     : 0;
}

// A set of up to 512 small keys, hashed to one bit each: the 64-byte test
// a scan makes at every character before an exact lookup (false: surely
// not a member). A table's few dozen words mark a tenth of it or less.
class SmallKeyFilter {
 public:
  void Mark(uint32_t key) { bits_[Slot(key) / 64] |= uint64_t{1} << (Slot(key) % 64); }
  bool MayContain(uint32_t key) const {
    return (bits_[Slot(key) / 64] >> (Slot(key) % 64)) & 1;
  }
  // Marks every key `other` marks.
  void Add(const SmallKeyFilter& other) {
    for (size_t i = 0; i < bits_.size(); ++i) bits_[i] |= other.bits_[i];
  }

 private:
  // The low nine bits: for a Han character, its last byte's six payload
  // bits and three of the middle byte's, which vary from word to word.
  static uint32_t Slot(uint32_t key) { return key & 511; }
  std::array<uint64_t, 8> bits_{};
};

// The names of the CountryFinder's gazetteer, for a filter that says which
// strings surely are none (false) before CodeOf is asked: CodeOf's hash
// table is large and cold when agreements ask it (the string's hash, a
// bucket, a node and the name's bytes: a cache miss each), and nearly every
// side asked about is no country. One bit per key of the size and the
// first and last three bytes, in a table at most an eighth full.
class NameFilter {
 public:
  void Build(const std::vector<std::string>& names) {
    size_t bits = 512;
    while (bits < 8 * names.size()) bits *= 2;
    bits_.assign(bits / 64, 0);
    mask_ = static_cast<uint32_t>(bits - 1);
    for (const std::string& name : names) {
      const uint32_t slot = Slot(name);
      bits_[slot / 64] |= uint64_t{1} << (slot % 64);
    }
  }
  bool MayHold(std::string_view s) const {
    const uint32_t slot = Slot(s);
    return (bits_[slot / 64] >> (slot % 64)) & 1;
  }

 private:
  uint32_t Slot(std::string_view s) const {
    const size_t n = std::min<size_t>(3, s.size());
    uint32_t head = 0, tail = 0;
    if (n > 0) {  // an empty view's data may be null
      std::memcpy(&head, s.data(), n);
      std::memcpy(&tail, s.data() + s.size() - n, n);
    }
    const uint64_t key = static_cast<uint64_t>(s.size()) << 48 ^
                         static_cast<uint64_t>(head) << 24 ^ tail;
    return static_cast<uint32_t>((key * 0x9E3779B97F4A7C15ull) >> 40) & mask_;
  }
  std::vector<uint64_t> bits_ = std::vector<uint64_t>(1, ~uint64_t{0});
  uint32_t mask_ = 0;
};

// Words of one table (a few dozen), for the two questions the extractor
// asks at every character of its scans: the longest word at a position
// (by first code point), and the longest word a range ends with (by its
// last two bytes). Both are answered from a few small arrays: a 64-byte
// filter, a small open-addressed table of groups, the words' entries in
// one flat array (longest first within a group) and their bytes in one
// buffer. The per-table 8 KB code point bitmaps, std::unordered_map and
// std::string entries this replaces missed the cache at every character.
class TokenList {
 public:
  void Add(std::string_view text, int value) {
    if (text.empty()) return;
    words_.push_back({std::string(text), value, 0});
  }
  // Builds the lookup arrays; false when a word or the table is too large
  // for their compact entries (more than 64 KB of words, a word over 255
  // bytes, a value outside 0..255).
  bool Finish() {
    size_t total = 0;
    for (const Word& w : words_) {
      total += w.text.size();
      if (w.text.size() > UINT8_MAX || w.value < 0 || w.value > UINT8_MAX) {
        return false;
      }
    }
    if (total > UINT16_MAX) return false;
    // Longest first; words of the same length keep their lexicon order.
    std::stable_sort(words_.begin(), words_.end(),
                     [](const Word& a, const Word& b) {
                       return a.text.size() > b.text.size();
                     });
    for (Word& w : words_) {
      w.offset = bytes_.size();
      bytes_.append(w.text);
    }
    std::vector<std::pair<uint32_t, const Word*>> by_first, by_last;
    for (const Word& w : words_) {
      size_t len;
      by_first.push_back({CodePointAndStep(w.text, 0, &len), &w});
      if (w.text.size() >= 2) {
        by_last.push_back({LastTwoBytes(w.text.data() + w.text.size()), &w});
      } else {
        one_byte_.push_back(MakeEntry(w));
      }
    }
    Build(by_first, &start_filter_, &start_groups_, &start_entries_);
    Build(by_last, &end_filter_, &end_groups_, &end_entries_);
    words_.clear();
    return true;
  }
  // The first code points of the words, as a filter (false: surely no
  // word starts with it).
  const SmallKeyFilter& start_filter() const { return start_filter_; }
  // The length of the longest word at s[pos] that ends by `end` (0: none).
  EVENTX_ALWAYS_INLINE size_t MatchAt(std::string_view s, size_t pos,
                                      size_t end,
                                      int* value = nullptr) const {
    if (pos >= end) return 0;
    size_t len;
    return MatchFirst(CodePointAndStep(s, pos, &len), s, pos, end, value);
  }
  // MatchAt, with `first` the code point at s[pos] (pos < end), decoded
  // already by the caller's scan.
  EVENTX_ALWAYS_INLINE size_t MatchFirst(char32_t first, std::string_view s,
                                         size_t pos, size_t end,
                                         int* value = nullptr) const {
    // Most characters start no word: one bit test rejects them.
    if (!start_filter_.MayContain(first)) return 0;
    return MatchGroup(first, s, pos, end, value);
  }
  // MatchFirst past the filter: the words that start with `first`.
  size_t MatchGroup(char32_t first, std::string_view s, size_t pos,
                    size_t end, int* value) const {
    const Group* g = start_groups_.Find(first);
    const size_t limit = std::min(end, s.size());
    if (g == nullptr || pos >= limit) return 0;
    const size_t room = limit - pos;
    for (const Entry* e = start_entries_.data() + g->begin,
                     *stop = start_entries_.data() + g->end;
         e < stop; ++e) {
      if (e->size <= room &&
          SameBytes(s.data() + pos, bytes_.data() + e->offset, e->size)) {
        if (value != nullptr) *value = e->value;
        return e->size;
      }
    }
    return 0;
  }
  // The length of the longest word s[begin, end) ends with (0: none).
  size_t MatchSuffix(std::string_view s, size_t begin, size_t end,
                     int* value = nullptr) const {
    if (begin > end || end > s.size()) return 0;
    const size_t room = end - begin;
    if (room >= 2) {
      const uint32_t key = LastTwoBytes(s.data() + end);
      if (end_filter_.MayContain(key)) {
        if (const Group* g = end_groups_.Find(key)) {
          for (const Entry* e = end_entries_.data() + g->begin,
                           *stop = end_entries_.data() + g->end;
               e < stop; ++e) {
            if (e->size <= room && SameBytes(s.data() + end - e->size,
                                             bytes_.data() + e->offset,
                                             e->size)) {
              if (value != nullptr) *value = e->value;
              return e->size;
            }
          }
        }
      }
    }
    // Words of one byte are the shortest: tried last.
    for (const Entry& e : one_byte_) {
      if (room >= 1 && s[end - 1] == bytes_[e.offset]) {
        if (value != nullptr) *value = e.value;
        return 1;
      }
    }
    return 0;
  }

 private:
  struct Word {
    std::string text;
    int value;
    size_t offset = 0;  // of its bytes in bytes_
  };
  // One word: its bytes are bytes_[offset, offset + size).
  struct Entry {
    uint16_t offset;
    uint8_t size;
    uint8_t value;
  };
  // The entries [begin, end) whose words share a key.
  struct Group {
    uint32_t key;
    uint16_t begin;
    uint16_t end;  // == begin: an empty slot
  };
  // Groups by key, open-addressed (linear probing), at most half full.
  class GroupTable {
   public:
    void Reset(size_t groups) {
      size_t capacity = 4;
      while (capacity < 2 * groups) capacity *= 2;
      slots_.assign(capacity, Group{0, 0, 0});
      mask_ = static_cast<uint32_t>(capacity - 1);
    }
    Group* Insert(uint32_t key) {
      for (uint32_t i = Hash(key);; i = (i + 1) & mask_) {
        if (slots_[i].begin == slots_[i].end) {
          slots_[i].key = key;
          return &slots_[i];
        }
      }
    }
    const Group* Find(uint32_t key) const {
      for (uint32_t i = Hash(key);; i = (i + 1) & mask_) {
        const Group& g = slots_[i];
        if (g.begin == g.end) return nullptr;
        if (g.key == key) return &g;
      }
    }

   private:
    uint32_t Hash(uint32_t key) const {
      return ((key * 0x9E3779B1u) >> 16) & mask_;
    }
    std::vector<Group> slots_;
    uint32_t mask_ = 0;
  };

  // The two bytes before `end`, as one key.
  static uint32_t LastTwoBytes(const char* end) {
    return static_cast<uint32_t>(static_cast<unsigned char>(end[-2])) << 8 |
           static_cast<unsigned char>(end[-1]);
  }
  // In range: Finish checked.
  static Entry MakeEntry(const Word& w) {
    return Entry{static_cast<uint16_t>(w.offset),
                 static_cast<uint8_t>(w.text.size()),
                 static_cast<uint8_t>(w.value)};
  }
  // Groups `keyed` (longest first) by key, keeping their order in a group.
  void Build(const std::vector<std::pair<uint32_t, const Word*>>& keyed,
             SmallKeyFilter* filter, GroupTable* groups,
             std::vector<Entry>* entries) {
    std::vector<uint32_t> keys;
    for (const auto& [key, word] : keyed) {
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
        keys.push_back(key);
      }
    }
    groups->Reset(keys.size());
    for (uint32_t key : keys) {
      filter->Mark(key);
      const uint16_t begin = static_cast<uint16_t>(entries->size());
      for (const auto& [k, word] : keyed) {
        if (k == key) entries->push_back(MakeEntry(*word));
      }
      Group* g = groups->Insert(key);
      g->begin = begin;
      g->end = static_cast<uint16_t>(entries->size());
    }
  }

  std::vector<Word> words_;  // until Finish
  SmallKeyFilter start_filter_;
  SmallKeyFilter end_filter_;
  GroupTable start_groups_;  // by first code point
  GroupTable end_groups_;    // by last two bytes
  std::vector<Entry> start_entries_;
  std::vector<Entry> end_entries_;
  std::vector<Entry> one_byte_;  // words of one byte, for MatchSuffix
  std::string bytes_;
};

// Where a word of a few (a signing verb; a meet or visit cue; a witness
// or side cue) may start, found sixteen positions at a time: the positions
// whose next two bytes are those after the lead byte of a word's first
// character (a superset: the lead byte, and the rest of the word, are for
// the caller to test; other characters share the two bytes a few times in
// a thousand). A character-by-character scan with a table lookup and a
// branch each, whose way went with the text, was mispredicted at every
// verb-like character and every change between ASCII and Han.
class WordStarts {
 public:
  // `first`: the UTF-8 of a word's first character.
  void Add(std::string_view first) {
    if (first.size() != 3) {
      every_first_three_bytes_ = false;  // searched for the plain way
      return;
    }
    const std::array<unsigned char, 2> tail = {
        static_cast<unsigned char>(first[1]),
        static_cast<unsigned char>(first[2])};
    if (std::find(tails_.begin(), tails_.end(), tail) == tails_.end()) {
      tails_.push_back(tail);
#if defined(__SSE2__)
      // Each byte in all sixteen lanes, made once here rather than at every
      // block. The lanes come in groups of kGroup, the last group filled
      // up with copies of the last tail (comparing it again changes no
      // answer), so that the block loop compares a whole group unrolled,
      // without a loop test per tail.
      PutInGroup(Lanes{_mm_set1_epi8(static_cast<char>(tail[0])),
                       _mm_set1_epi8(static_cast<char>(tail[1]))},
                 &lanes_);
#endif
#if defined(EVENTX_AGREEMENTS_AVX2)
      // For Scan32: tail k is bit k of the classes of its two bytes.
      const size_t k = tails_.size() - 1;
      if (k < 8) {
        MarkClass(tail[0], k, second_by_low_, second_by_high_);
        MarkClass(tail[1], k, third_by_low_, third_by_high_);
      } else {
        avx2_ = false;  // more tails than a byte has bits: Mask16's way
      }
#endif
    }
  }
  // Narrows the block scans to the positions whose sixth byte (for Han
  // words, the last of the second character) is some word's sixth byte:
  // called for every word of the table, or for none. A word's first
  // character mostly starts some other word (发展, 交流, 重要 for the signing verbs: nine
  // in ten candidates), and each such candidate cost a return from the
  // scan, a decode and a table lookup, mispredicted. A word shorter than
  // six bytes turns the narrowing off.
  void AddSixthByte(std::string_view word) {
    if (!every_word_six_bytes_) return;
    if (word.size() < 6) {
      every_word_six_bytes_ = false;
      sixth_bytes_.clear();
      return;
    }
    const auto sixth = static_cast<unsigned char>(word[5]);
    if (std::find(sixth_bytes_.begin(), sixth_bytes_.end(), sixth) ==
        sixth_bytes_.end()) {
      sixth_bytes_.push_back(sixth);
    }
#if defined(EVENTX_AGREEMENTS_AVX2)
    // One bit per high half (halves eight apart share one: a superset).
    MarkClass(sixth, (sixth >> 4) & 7, sixth_by_low_, sixth_by_high_);
#endif
  }
  // The last block of sixteen positions where Next found a candidate, and
  // its mask: the scan's next call, after a candidate that starts no verb
  // or after a verb, asks about positions of that block again. Per scan
  // (the finder is shared): one for each Run::Go.
  struct Block {
    size_t begin = std::string_view::npos;
    size_t width = 16;  // 16 or 32 positions
    uint32_t mask = 0;  // bit k: a word may start at begin + k
  };
  // The first position in [p, end) of `text` where a word may start; end
  // when none does. Exact where some word's first character is not of three
  // bytes: then every character start whose code point `firsts` (the
  // words' first characters) may hold is one. `block`: the scan's last
  // block, kept from call to call (the text's, whatever the range: a
  // position's answer does not depend on it).
  // Forced inline: the verb scan calls it at every candidate.
  EVENTX_ALWAYS_INLINE size_t Next(std::string_view text, size_t p,
                                   size_t end, const SmallKeyFilter& firsts,
                                   Block* block) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    if (!every_first_three_bytes_) {
      for (; p < end; ++p) {
        size_t len;
        if ((bytes[p] & 0xC0) != 0x80 &&
            firsts.MayContain(CodePointAndStep(text, p, &len))) {
          return p;
        }
      }
      return end;
    }
#if defined(__SSE2__)
    if (p >= block->begin && p < block->begin + block->width) {  // npos: none
      const uint32_t from_p = block->mask >> (p - block->begin);
      if (from_p != 0) {
        const size_t at = p + static_cast<size_t>(__builtin_ctz(from_p));
        return at < end ? at : end;
      }
      p = block->begin + block->width;
    }
#if defined(EVENTX_AGREEMENTS_AVX2)
    if (avx2_ && Scan32(bytes, &p, end, text.size(), block)) {
      return p < end ? p : end;
    }
#endif
    for (; p < end && p + kReadPast16 <= text.size(); p += 16) {
      const uint32_t mask = Mask16(bytes + p);
      if (mask != 0) {
        *block = {p, 16, mask};
        const size_t at = p + static_cast<size_t>(__builtin_ctz(mask));
        return at < end ? at : end;
      }
    }
    // The last places of the text, whose blocks would read past its end:
    // the same test on a copy padded with zero bytes, which no tail (nor
    // sixth byte) holds, so no position reaching past the end is taken. A
    // byte-by-byte loop over the tails here went wrong at every tail, at
    // every report's end.
    for (; p < end; p += 16) {
      unsigned char padded[kReadPast16] = {};
      std::memcpy(padded, bytes + p, std::min(text.size() - p, kReadPast16));
      const uint32_t mask = Mask16(padded);
      if (mask != 0) {
        *block = {p, 16, mask};
        const size_t at = p + static_cast<size_t>(__builtin_ctz(mask));
        return at < end ? at : end;
      }
    }
    return end;
#else
    // Without SSE2: byte by byte (std::find on the arrays called memcmp
    // for each tail at each place).
    for (; p < end; ++p) {
      if (text.size() - p < 3) continue;
      for (const std::array<unsigned char, 2>& tail : tails_) {
        if (tail[0] == bytes[p + 1] && tail[1] == bytes[p + 2]) return p;
      }
    }
    return end;
#endif
  }

 private:
  std::vector<std::array<unsigned char, 2>> tails_;
#if defined(__SSE2__)
  // How many bytes from a block's first position the 16- and 32-position
  // blocks read (up to the sixth byte after the last position).
  static constexpr size_t kReadPast16 = 16 + 5;
  static constexpr size_t kReadPast32 = 32 + 5;
  // The positions of p[0..15] (p[0..20] readable) whose next two bytes are
  // a tail (and whose sixth byte is a word's, with AddSixthByte), as a bit
  // mask.
  unsigned Mask16(const unsigned char* p) const {
    const __m128i b1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
    const __m128i b2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
    __m128i found = _mm_setzero_si128();
    for (const Lanes *group = lanes_.data(), *stop = group + lanes_.size();
         group < stop; group += kGroup) {
#pragma GCC unroll 8
      for (size_t k = 0; k < kGroup; ++k) {
        found = _mm_or_si128(
            found, _mm_and_si128(_mm_cmpeq_epi8(b1, group[k].second),
                                 _mm_cmpeq_epi8(b2, group[k].third)));
      }
    }
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(found));
    if (mask != 0 && !sixth_bytes_.empty()) {
      const __m128i b5 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 5));
      __m128i sixth = _mm_setzero_si128();
      for (unsigned char c : sixth_bytes_) {
        sixth = _mm_or_si128(
            sixth, _mm_cmpeq_epi8(b5, _mm_set1_epi8(static_cast<char>(c))));
      }
      mask &= static_cast<unsigned>(_mm_movemask_epi8(sixth));
    }
    return mask;
  }
#if defined(EVENTX_AGREEMENTS_AVX2)
  // Blocks of 32 positions of bytes[0, size) from *p while *p < end and
  // kReadPast32 bytes are left, as Mask16 tests them. At the first block
  // with a candidate: sets *block and *p to the candidate, true; else
  // false, *p where it stopped.
  EVENTX_AVX2 bool Scan32(const unsigned char* bytes, size_t* at, size_t end,
                          size_t size, Block* block) const {
    size_t p = *at;
    for (; p < end && p + kReadPast32 <= size; p += 32) {
      const __m256i b1 =
          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + p + 1));
      const __m256i b2 =
          _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + p + 2));
      // Bit k where both bytes are tail k's: a position whose next two
      // bytes are some tail.
      const __m256i found = _mm256_and_si256(
          Classes(b1, second_by_low_, second_by_high_),
          Classes(b2, third_by_low_, third_by_high_));
      uint32_t mask = ~static_cast<uint32_t>(_mm256_movemask_epi8(
          _mm256_cmpeq_epi8(found, _mm256_setzero_si256())));
      if (mask != 0 && !sixth_bytes_.empty()) {
        // The sixth bytes' test: only for a block with a candidate, one in
        // several.
        const __m256i b5 = _mm256_loadu_si256(
            reinterpret_cast<const __m256i*>(bytes + p + 5));
        mask &= ~static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(
            Classes(b5, sixth_by_low_, sixth_by_high_),
            _mm256_setzero_si256())));
      }
      if (mask != 0) {
        *block = {p, 32, mask};
        *at = p + static_cast<size_t>(__builtin_ctz(mask));
        return true;
      }
    }
    *at = p;
    return false;
  }
  // Byte classes, for Scan32: a class is a set of up to eight bytes (bit
  // k of a byte's class: the byte is in set k), given by two tables of
  // the sixteen values of a byte's low and of its high four bits (each
  // twice, for the two 16-byte halves of a 32-byte shuffle). A byte is in
  // set k when bit k is set in both its halves' entries: exact while a
  // set holds one byte (the tails' bytes, tail k being set k), a superset
  // when two bytes of a set differ in both halves.
  static void MarkClass(unsigned char byte, size_t k, unsigned char* by_low,
                        unsigned char* by_high) {
    const auto bit = static_cast<unsigned char>(1u << k);
    for (size_t half = 0; half < 32; half += 16) {
      by_low[half + (byte & 15)] |= bit;
      by_high[half + (byte >> 4)] |= bit;
    }
  }
  // The classes of the 32 bytes of `b` (two table lookups by vpshufb,
  // where a compare per set cost up to four instructions a set).
  EVENTX_AVX2 static __m256i Classes(__m256i b, const unsigned char* by_low,
                                     const unsigned char* by_high) {
    const __m256i halves = _mm256_set1_epi8(15);
    return _mm256_and_si256(
        _mm256_shuffle_epi8(
            _mm256_load_si256(reinterpret_cast<const __m256i*>(by_low)),
            _mm256_and_si256(b, halves)),
        _mm256_shuffle_epi8(
            _mm256_load_si256(reinterpret_cast<const __m256i*>(by_high)),
            _mm256_and_si256(_mm256_srli_epi16(b, 4), halves)));
  }
  // Scan32 with the tables below, up to eight tails (Add turns it off past
  // that).
  bool avx2_ = UseAvx2();
  // tails_' first and second bytes' classes (tail k: set k), and the
  // sixth bytes' (AddSixthByte; a byte of high half h in set h % 8).
  alignas(32) unsigned char second_by_low_[32] = {};
  alignas(32) unsigned char second_by_high_[32] = {};
  alignas(32) unsigned char third_by_low_[32] = {};
  alignas(32) unsigned char third_by_high_[32] = {};
  alignas(32) unsigned char sixth_by_low_[32] = {};
  alignas(32) unsigned char sixth_by_high_[32] = {};
#endif
  // tails_, each byte in all sixteen lanes.
  struct Lanes {
    __m128i second, third;
  };
  static constexpr size_t kGroup = 8;
  // Puts the lanes of the tail just added (the last of tails_) into
  // `groups`: a new group of kGroup copies of them when the tail starts
  // one, else over the copies of the one before that fill its group.
  template <typename LaneBytes>
  void PutInGroup(const LaneBytes& lanes, std::vector<LaneBytes>* groups) {
    if (tails_.size() % kGroup == 1) {
      groups->insert(groups->end(), kGroup, lanes);
    } else {
      std::fill(groups->end() - static_cast<std::ptrdiff_t>(
                                    kGroup - (tails_.size() - 1) % kGroup),
                groups->end(), lanes);
    }
  }
  std::vector<Lanes> lanes_;  // a multiple of kGroup
#endif
  bool every_first_three_bytes_ = true;
  // The words' sixth bytes (AddSixthByte; empty: no narrowing).
  std::vector<unsigned char> sixth_bytes_;
  bool every_word_six_bytes_ = true;
};

bool IsClauseMark(char c) { return c == ',' || c == ':'; }

#if defined(__SSE2__)
// The bytes of the sixteen at p that are , or :, as a bit mask.
unsigned ClauseMarkMask(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return static_cast<unsigned>(_mm_movemask_epi8(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')),
                   _mm_cmpeq_epi8(v, _mm_set1_epi8(':')))));
}
#endif

// The first , or : in s[b, e); npos when none.
size_t FirstClauseMark(std::string_view s, size_t b, size_t e) {
  size_t p = b;
#if defined(__SSE2__)
  for (; p + 16 <= e; p += 16) {
    const unsigned mask = ClauseMarkMask(s.data() + p);
    if (mask != 0) return p + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; p < e; ++p) {
    if (IsClauseMark(s[p])) return p;
  }
  return std::string_view::npos;
}

// The last , or : in s[b, e); npos when none.
size_t LastClauseMark(std::string_view s, size_t b, size_t e) {
  size_t p = e;
#if defined(__SSE2__)
  for (; p >= b + 16; p -= 16) {
    const unsigned mask = ClauseMarkMask(s.data() + p - 16);
    if (mask != 0) return p - 16 + 31 - static_cast<size_t>(__builtin_clz(mask));
  }
#endif
  for (; p > b; --p) {
    if (IsClauseMark(s[p - 1])) return p - 1;
  }
  return std::string_view::npos;
}

// The one-character country abbreviations that pair (中泰双方: 泰 → TH), with
// their codes: a filter of the characters, then their few keys side by
// side in one array.
class PairCodes {
 public:
  // A later Set of the same character replaces the code.
  void Set(char32_t cp, std::string_view code) {
    auto it = std::find(keys_.begin(), keys_.end(), cp);
    if (it != keys_.end()) {
      codes_[static_cast<size_t>(it - keys_.begin())] = std::string(code);
      return;
    }
    filter_.Mark(cp);
    keys_.push_back(cp);
    codes_.emplace_back(code);
  }
  // The code of `cp`; nullptr when it is no pairing abbreviation.
  const std::string* Find(char32_t cp) const {
    if (!filter_.MayContain(cp)) return nullptr;
    auto it = std::find(keys_.begin(), keys_.end(), cp);
    return it == keys_.end() ? nullptr
                             : &codes_[static_cast<size_t>(it - keys_.begin())];
  }

 private:
  SmallKeyFilter filter_;
  std::vector<char32_t> keys_;
  std::vector<std::string> codes_;  // codes_[i]: the code of keys_[i]
};

Status LexiconError(std::string_view table, size_t row, std::string_view why) {
  return Status(StatusCode::kInternal,
                std::string("lexicon ") + std::string(table) + " row " +
                    std::to_string(row + 1) + ": " + std::string(why));
}

bool IsConnector(char32_t cp) {
  return cp == U'与' || cp == U'和' || cp == U'同' || cp == U'跟';
}

// Whether a connector's UTF-8 may start at bytes[0] (bytes[0..2] readable):
// its lead byte and last byte are those of 与 (E4 B8 8E), 和 (E5 92 8C), 同
// (E5 90 8C) or 跟 (E8 B7 9F). IsConnector decides.
bool MayStartConnector(const unsigned char* bytes) {
  return (bytes[0] == 0xE4 && bytes[2] == 0x8E) ||
         (bytes[0] == 0xE5 && bytes[2] == 0x8C) ||
         (bytes[0] == 0xE8 && bytes[2] == 0x9F);
}

// The first position in [p, end) of `text` where a connector may start
// (MayStartConnector), sixteen positions at a time; end when none. Every
// such position is a character's start (its byte is a lead byte), so the
// walks over the characters of a phrase for its connectors, a decode and
// a test at each, need look only at these.
size_t NextConnector(std::string_view text, size_t p, size_t end) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
#if defined(__SSE2__)
  for (; p < end && p + 18 <= text.size(); p += 16) {
    const __m128i b0 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p));
    const __m128i b2 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p + 2));
    const __m128i found = _mm_or_si128(
        _mm_or_si128(
            _mm_and_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8('\xE4')),
                          _mm_cmpeq_epi8(b2, _mm_set1_epi8('\x8E'))),
            _mm_and_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8('\xE5')),
                          _mm_cmpeq_epi8(b2, _mm_set1_epi8('\x8C')))),
        _mm_and_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8('\xE8')),
                      _mm_cmpeq_epi8(b2, _mm_set1_epi8('\x9F'))));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(found));
    if (mask != 0) {
      const size_t at = p + static_cast<size_t>(__builtin_ctz(mask));
      return at < end ? at : end;
    }
  }
#endif
  for (; p < end; ++p) {
    if (text.size() - p >= 3 && MayStartConnector(bytes + p)) return p;
  }
  return end;
}

// Whether the connector `cp` between `before` and `after` joins two parties
// rather than forming a word (共和国, 和平, 共同, 合同, 参与, 同意).
bool JoinsParties(char32_t before, char32_t cp, char32_t after) {
  switch (cp) {
    case U'和':
      return std::u32string_view(U"国平谐睦").find(after) ==
                 std::u32string_view::npos &&
             std::u32string_view(U"总共缓温饱柔").find(before) ==
                 std::u32string_view::npos;
    case U'同':
      return std::u32string_view(U"共合协相不等认赞会陪").find(before) ==
                 std::u32string_view::npos &&
             std::u32string_view(U"意时样步期行事胞").find(after) ==
                 std::u32string_view::npos;
    case U'与':
      return std::u32string_view(U"参给赋授予").find(before) ==
                 std::u32string_view::npos &&
             std::u32string_view(U"会").find(after) ==
                 std::u32string_view::npos;
    case U'跟':
      return std::u32string_view(U"紧").find(before) ==
                 std::u32string_view::npos &&
             std::u32string_view(U"进踪随").find(after) ==
                 std::u32string_view::npos;
    default:
      return false;
  }
}

constexpr std::string_view kEnumComma = "、";
constexpr std::u32string_view kTrailingPunctuation = U" \t、。!?;:,！？；：，";

// The low six bits of kTrailingPunctuation's characters, one bit each: a
// range mostly ends with a Han character, which this rejects four times
// in five without the search of the whole list.
constexpr uint64_t LowBitsOf(std::u32string_view chars) {
  uint64_t bits = 0;
  for (char32_t c : chars) bits |= uint64_t{1} << (c & 63);
  return bits;
}
constexpr uint64_t kTrailingPunctuationLowBits =
    LowBitsOf(kTrailingPunctuation);

bool IsTrailingPunctuation(char32_t cp) {
  return ((kTrailingPunctuationLowBits >> (cp & 63)) & 1) != 0 &&
         kTrailingPunctuation.find(cp) != std::u32string_view::npos;
}
constexpr std::string_view kDot = "\xC2\xB7";  // U+00B7, as the view folds dots

}  // namespace

struct AgreementFinder::Tables {
  TokenList verbs;  // value: VerbUse
  TokenList kinds;  // value: AgreementKind
  TokenList cues[kRoleCount];
  TokenList suffixes;  // organisation suffixes
  PairCodes pair_codes;  // 泰 → TH
  // Where the verb scan looks for verbs. Filled at Create.
  WordStarts verb_starts;
  // The first characters of the cues read in one pass over a clause: those
  // before a verb (future, negation, recall, recall_date), and meet and
  // visit. Filled at Create.
  SmallKeyFilter before_verb_starts;
  SmallKeyFilter meet_or_visit_starts;
  // Where meet and visit cues may start (会 拜 到 来 访), and witness and side
  // cues (见 双 两 三 各), for the scans that look for the last of them over
  // whole sentences and subjects: a few of their first characters, compared
  // sixteen or 32 bytes at a time, pass over the text at a fraction of a
  // decode and a filter test per character. Filled at Create.
  WordStarts meet_or_visit_scan;
  WordStarts witness_or_side_scan;
  SmallKeyFilter witness_or_side_starts;
  NameFilter country_names;  // the CountryFinder's gazetteer
};

// One Find call: the document, its dates and what was found so far.
class AgreementFinder::Run {
 public:
  Run(const Tables& tables, const CountryFinder& countries, const Document& doc,
      const std::vector<ViewDate>& dates,
      const std::vector<CountryMention>& country_mentions)
      : t_(tables),
        countries_(countries),
        doc_(doc),
        view_(doc.view()),
        dates_(dates),
        country_mentions_(country_mentions) {}

  std::vector<Agreement> Go();

 private:
  struct Range {
    size_t b = 0;
    size_t e = 0;
  };
  using PartySets = std::vector<std::vector<std::string>>;

  // One signing verb with what it signs.
  struct Mention {
    size_t sentence = 0;
    size_t verb_begin = 0;
    size_t text_begin = 0;
    size_t text_end = 0;
    bool has_kind = false;
    AgreementKind kind = AgreementKind::kOther;
    std::optional<std::string> title;
    std::string object;      // the document as written, for re-mentions
    bool reference = false;  // 签署的…, 在备忘录上签字: names a known one
    bool recalled = false;
    bool headline = false;
    std::optional<CivilDate> date;
    std::optional<CivilDate> sentence_date;  // the date before the verb
    PartySets party_sets;
  };

  struct Object {
    bool found = false;
    bool reference = false;
    AgreementKind kind = AgreementKind::kOther;
    std::optional<std::string> title;
    std::string name;
    size_t begin = 0;
    size_t end = 0;
  };

  // --- Scanning helpers ---
  size_t Next(size_t pos) const {
    size_t len;
    CodePointAndStep(view_, pos, &len);
    return pos + len;
  }
  char32_t CpAt(size_t pos) const {
    size_t len;
    return pos < view_.size() ? CodePointAndStep(view_, pos, &len) : 0;
  }
  char32_t CpBefore(size_t pos) const {
    size_t len;
    return pos > 0 ? DecodeUtf8Before(view_, pos, &len) : 0;
  }
  size_t Cue(Role role, size_t pos, size_t end) const {
    return t_.cues[role].MatchAt(view_, pos, end);
  }
  // The first cue of `role` in [b, e): its position (npos: none), *len.
  // Each character is decoded once, for both the step and the match.
  size_t FindCue(Role role, size_t b, size_t e, size_t* len) const {
    const TokenList& list = t_.cues[role];
    for (size_t p = b, step; p < e; p += step) {
      const size_t n =
          list.MatchFirst(CodePointAndStep(view_, p, &step), view_, p, e);
      if (n > 0) {
        *len = n;
        return p;
      }
    }
    return std::string_view::npos;
  }
  // Like FindCue, but the last one, of a witness or side cue: read only at
  // the places where one of these may start (witness_or_side_scan), each a
  // character start (no continuation byte), as a walk by characters meets
  // them.
  size_t FindLastWitnessOrSide(Role role, size_t b, size_t e,
                               size_t* len) const {
    const TokenList& list = t_.cues[role];
    size_t found = std::string_view::npos;
    ForEachPossibleStart(t_.witness_or_side_scan, t_.witness_or_side_starts,
                         b, e, [&](size_t p, char32_t cp) {
                           if (size_t n = list.MatchFirst(cp, view_, p, e)) {
                             found = p;
                             *len = n;
                           }
                         });
    return found;
  }
  // Calls f(p, cp) at each character start p in [b, e), in order, where
  // `scan` finds that a word of `starts` may begin; cp is the character
  // there. For the walks that want the last cue of a kind in a stretch:
  // most of their stretches hold none.
  template <typename F>
  void ForEachPossibleStart(const WordStarts& scan,
                            const SmallKeyFilter& starts, size_t b, size_t e,
                            F&& f) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(view_.data());
    WordStarts::Block block;
    for (size_t p = b; (p = scan.Next(view_, p, e, starts, &block)) < e;
         ++p) {
      if ((bytes[p] & 0xC0) == 0x80) continue;
      size_t len;
      f(p, CodePointAt(view_, p, &len));
    }
  }
  bool HasCue(Role role, size_t b, size_t e) const {
    size_t len;
    return FindCue(role, b, e, &len) != std::string_view::npos;
  }
  size_t SkipSpaces(size_t p, size_t e) const {
    while (p < e && (view_[p] == ' ' || view_[p] == '\t')) ++p;
    return p;
  }
  // [b, e) without trailing spaces and punctuation (、。!?).
  size_t TrimEnd(size_t b, size_t e) const {
    while (e > b) {
      size_t len;
      char32_t cp = DecodeUtf8Before(view_, e, &len);
      if (len == 0 || len > e - b || !IsTrailingPunctuation(cp)) {
        break;
      }
      e -= len;
    }
    return e;
  }
  // Searches [b, e) only: searching on to the end of the view made every
  // verb cost the rest of the document.
  // FindBytes: std::string_view::find stops at every byte equal to the
  // token's first, and Chinese text repeats lead bytes a great deal.
  size_t Find(std::string_view token, size_t b, size_t e) const {
    if (b >= e) return std::string_view::npos;
    size_t p = FindBytes(view_.substr(b, e - b), token);
    return p == std::string_view::npos ? p : b + p;
  }
  const ViewDate* DateStartingAt(size_t pos) const {
    auto it = std::lower_bound(
        dates_.begin(), dates_.end(), pos,
        [](const ViewDate& d, size_t p) { return d.begin < p; });
    return it != dates_.end() && it->begin == pos ? &*it : nullptr;
  }
  const ViewDate* LastDateIn(size_t b, size_t e) const {
    const ViewDate* last = nullptr;
    auto it = std::lower_bound(
        dates_.begin(), dates_.end(), b,
        [](const ViewDate& d, size_t p) { return d.begin < p; });
    for (; it != dates_.end() && it->end <= e; ++it) last = &*it;
    return last;
  }

  // What the clause before a verb says of the signing.
  struct BeforeVerb {
    bool not_signed = false;  // a future or negation cue: 将签署, 未签订
    bool recalled = false;    // a recall cue, or a recall_date cue and a date
  };
  BeforeVerb ReadBeforeVerb(size_t cb, size_t vb) const;
  // The last meet cue and the last visit cue in [b, e) (npos: none), with
  // their lengths: FindLastCue of each, in one pass.
  void FindLastMeetAndVisit(size_t b, size_t e, size_t* meet,
                            size_t* meet_len, size_t* visit,
                            size_t* visit_len) const;
  size_t ClauseBegin(size_t sentence_begin, size_t pos) const;
  size_t ClauseEnd(size_t pos, size_t sentence_end) const;
  size_t StripLead(size_t b, size_t e) const;
  size_t PostCut(size_t b, size_t e) const;
  std::optional<Range> CleanParty(size_t b, size_t e) const;
  std::vector<Range> SplitList(size_t b, size_t e) const;
  size_t FindConnector(size_t b, size_t e) const;
  bool ValidPartyName(size_t b, size_t e) const;
  bool IsCountryName(size_t b, size_t e) const;
  bool EndsWithSuffix(std::string_view value) const;
  std::vector<std::string> Values(const std::vector<Range>& ranges) const;

  void ProcessVerb(size_t sentence, size_t vb, size_t ve, VerbUse use);
  Object ParseObjectAfter(size_t ve, size_t ce, size_t se, bool* more) const;
  Object ParseTitle(size_t open, size_t se, std::string_view close_mark,
                    bool need_kind) const;
  Object ParseObjectBefore(size_t cb, size_t vb) const;
  bool KindOf(size_t b, size_t e, AgreementKind* kind) const;
  PartySets ParseSubject(size_t sentence, size_t cb, size_t b, size_t e) const;
  PartySets ListParties(size_t b, size_t e) const;
  PartySets Inherit(size_t sentence, size_t cb) const;
  PartySets PairWithInheritedFirst(size_t sentence, size_t cb,
                                   const std::vector<Range>& seconds) const;
  std::string InheritFirstParty(size_t sentence, size_t cb) const;
  std::vector<std::string> ResolveSides(size_t side_b, size_t side_e,
                                        size_t sentence) const;
  std::vector<std::string> TitleParties(size_t b, size_t e) const;
  bool IsHeadline(size_t pos) const;
  std::vector<Agreement> Assemble(bool headlines) const;

  const Tables& t_;
  const CountryFinder& countries_;
  const Document& doc_;
  std::string_view view_;
  const std::vector<ViewDate>& dates_;
  const std::vector<CountryMention>& country_mentions_;
  std::vector<Mention> mentions_;
};

// A clause ends at , or : (the view folds ，and ：to them). Both are ASCII
// bytes, which no multi-byte character holds, so they are looked for byte by
// byte (sixteen at a time) rather than character by character.
size_t AgreementFinder::Run::ClauseBegin(size_t sentence_begin,
                                         size_t pos) const {
  const size_t mark = LastClauseMark(view_, sentence_begin, pos);
  const size_t b = mark == std::string_view::npos ? sentence_begin : mark + 1;
  return SkipSpaces(b, pos);
}

size_t AgreementFinder::Run::ClauseEnd(size_t pos, size_t sentence_end) const {
  const size_t mark = FirstClauseMark(view_, pos, sentence_end);
  return mark == std::string_view::npos ? sentence_end : mark;
}

// One pass over the characters of [cb, vb), each decoded once and tested
// against the four tables' joint filter of first characters: the separate
// scans of each table cost a decode and a lookup per character each.
AgreementFinder::Run::BeforeVerb AgreementFinder::Run::ReadBeforeVerb(
    size_t cb, size_t vb) const {
  BeforeVerb r;
  for (size_t p = cb, step; p < vb; p += step) {
    const char32_t cp = CodePointAndStep(view_, p, &step);
    if (!t_.before_verb_starts.MayContain(cp)) continue;
    if (t_.cues[kFuture].MatchFirst(cp, view_, p, vb) > 0 ||
        t_.cues[kNegation].MatchFirst(cp, view_, p, vb) > 0) {
      r.not_signed = true;
      return r;
    }
    if (r.recalled) continue;
    if (t_.cues[kRecall].MatchFirst(cp, view_, p, vb) > 0) {
      r.recalled = true;
      continue;
    }
    // 自2022年, 于2018年: a recall when a date follows.
    const size_t n = t_.cues[kRecallDate].MatchFirst(cp, view_, p, vb);
    if (n > 0 && DateStartingAt(SkipSpaces(p + n, vb)) != nullptr) {
      r.recalled = true;
    }
  }
  return r;
}

void AgreementFinder::Run::FindLastMeetAndVisit(size_t b, size_t e,
                                                size_t* meet,
                                                size_t* meet_len,
                                                size_t* visit,
                                                size_t* visit_len) const {
  *meet = *visit = std::string_view::npos;
  // Only the places where a cue may start (meet_or_visit_scan), each a
  // character start, as a walk by characters meets them: the sentences
  // searched (up to kSideLookBack of them) mostly hold none.
  ForEachPossibleStart(
      t_.meet_or_visit_scan, t_.meet_or_visit_starts, b, e,
      [&](size_t p, char32_t cp) {
        if (!t_.meet_or_visit_starts.MayContain(cp)) return;
        if (size_t n = t_.cues[kMeet].MatchFirst(cp, view_, p, e)) {
          *meet = p;
          *meet_len = n;
        }
        if (size_t n = t_.cues[kVisit].MatchFirst(cp, view_, p, e)) {
          *visit = p;
          *visit_len = n;
        }
      });
}

// Skips what opens a clause without being a party: dates, 随后, 会上, 并.
size_t AgreementFinder::Run::StripLead(size_t b, size_t e) const {
  for (;;) {
    b = SkipSpaces(b, e);
    if (b >= e) return e;
    if (const ViewDate* d = DateStartingAt(b)) {
      b = d->end;
      continue;
    }
    size_t n = Cue(kLead, b, e);
    if (n == 0) return b;
    b += n;
  }
}

// The position of the first post word (大使, 部长, 代表团) at least two code
// points into [b, e), not part of a body's name; npos when none.
size_t AgreementFinder::Run::PostCut(size_t b, size_t e) const {
  size_t index = 0;
  for (size_t p = b, step; p < e; p += step, ++index) {
    const char32_t head = CodePointAndStep(view_, p, &step);
    if (index < kMinPartyCodePoints) continue;
    size_t n = t_.cues[kPost].MatchFirst(head, view_, p, e);
    if (n == 0) continue;
    char32_t after = CpAt(p + n);
    if (p + n < e &&
        kBodyAfterPost.find(after) != std::u32string_view::npos) {
      continue;
    }
    // 环境部长, 水利厅长: the post is the body's own head (环境部 + 部长),
    // so the body keeps that character.
    if (head == U'部' || head == U'厅' || head == U'局' || head == U'署' ||
        head == U'司' || head == U'处') {
      if (t_.suffixes.MatchSuffix(view_, b, p) == 0) return p + step;
    }
    return p;
  }
  return std::string_view::npos;
}

// The signing side a phrase names: the body before a signatory's post and
// name (中国驻泰国大使吕健 → 中国), without adverbials and vague tails.
std::optional<AgreementFinder::Run::Range> AgreementFinder::Run::CleanParty(
    size_t b, size_t e) const {
  // (中央社记者…专电)环境部长: a dateline or aside in parentheses that opens
  // the phrase is not part of the party.
  b = StripLead(b, e);
  if (b < e && CpAt(b) == '(') {
    size_t close = Find(")", b, e);
    if (close != std::string_view::npos) b = StripLead(close + 1, e);
  }
  // 访问新加坡 推动绿色金融合作: in a headline a space between Han
  // characters ends a phrase; no body's name holds one.
  // A space is a byte of its own, which a walk by characters meets: only
  // the spaces are looked at.
  for (size_t from = b; from < e;) {
    const void* at = std::memchr(view_.data() + from, ' ', e - from);
    if (at == nullptr) break;
    const size_t p = static_cast<size_t>(static_cast<const char*>(at) -
                                         view_.data());
    if (p > b && IsHan(CpBefore(p)) && IsHan(CpAt(p + 1))) {
      e = p;
      break;
    }
    from = p + 1;
  }
  e = TrimEnd(b, e);
  if (b >= e) return std::nullopt;
  // X由…为代表: the side is X.
  size_t by = Find("由", b, e);
  if (by != std::string_view::npos &&
      CodePointsUpTo(view_, b, by, kMinPartyCodePoints) >=
          kMinPartyCodePoints) {
    e = by;
  }
  size_t post = PostCut(b, e);
  if (post != std::string_view::npos) {
    e = post;
  } else {
    size_t index = 0;
    // The date covering p (the last to begin at or before it, when p is
    // before its end), as p grows: the first date beginning after p is
    // walked on to, not searched for at every character.
    auto after_p = std::upper_bound(
        dates_.begin(), dates_.end(), b,
        [](size_t q, const ViewDate& d) { return q < d.begin; });
    // Each character decoded once, for the step and the adverb cue (Next
    // and Cue decoded it twice).
    for (size_t p = b, step; p < e; p += step, ++index) {
      const char32_t cp = CodePointAndStep(view_, p, &step);
      if (index < kMinPartyCodePoints) continue;
      while (after_p != dates_.end() && after_p->begin <= p) ++after_p;
      const ViewDate* d = after_p != dates_.begin() && p < (after_p - 1)->end
                              ? &*(after_p - 1)
                              : nullptr;
      if (d != nullptr) {
        // 该批物资系根据2022年中国生态环境部: the side follows the date.
        size_t after = StripLead(d->end, e);
        if (after < e && ValidPartyName(after, e)) {
          b = after;
        } else {
          e = p;
        }
        break;
      }
      if (t_.cues[kAdverb].MatchFirst(cp, view_, p, e) > 0) {
        e = p;
        break;
      }
    }
  }
  // A foreign name without a post (…自然资源部朱迪·瓦克洪古): the side ends
  // with the last body suffix before it, else the phrase is a person.
  size_t dot = Find(kDot, b, e);
  if (dot != std::string_view::npos) {
    size_t best = std::string_view::npos;
    for (size_t p = b; p < dot; p = Next(p)) {
      size_t n = t_.suffixes.MatchAt(view_, p, dot);
      if (n > 0) best = p + n;
    }
    if (best == std::string_view::npos) return std::nullopt;
    e = best;
  }
  size_t tail = t_.cues[kTail].MatchSuffix(view_, b, e);
  if (tail > 0) e -= tail;
  e = TrimEnd(b, e);
  if (CodePointsUpTo(view_, b, e, kMinPartyCodePoints) < kMinPartyCodePoints) {
    return std::nullopt;
  }
  return Range{b, e};
}

std::vector<AgreementFinder::Run::Range> AgreementFinder::Run::SplitList(
    size_t b, size_t e) const {
  // 、 lists sides once a whole name has been read; before that it lists a
  // ministry's portfolios (瓦努阿图气候变化适应、气象、…和灾害管理部).
  std::vector<Range> out;
  size_t start = b;
  size_t from = b;
  for (;;) {
    size_t p = Find(kEnumComma, from, e);
    if (p == std::string_view::npos) {
      out.push_back({start, e});
      return out;
    }
    from = p + kEnumComma.size();
    if (!ValidPartyName(StripLead(start, p), p) && p > start) {
      // Not a name yet: the 、 is inside one, unless nothing after it ends
      // one either (then it was a list of names that cannot sign).
      bool ends_later = false;
      size_t q = from;
      for (size_t next = Find(kEnumComma, q, e);; next = Find(kEnumComma, q, e)) {
        size_t piece_end = next == std::string_view::npos ? e : next;
        if (ValidPartyName(StripLead(start, piece_end), piece_end)) {
          ends_later = true;
          break;
        }
        if (next == std::string_view::npos) break;
        q = next + kEnumComma.size();
      }
      if (ends_later) continue;
    }
    out.push_back({start, p});
    start = from;
  }
}

// The 与/和/同/跟 in [b, e) that joins two parties; npos when none. The
// first one after a name that can sign, else the first one: a body's own
// name may hold 与 (生态环境部对外合作与交流中心与阿曼环境局).
size_t AgreementFinder::Run::FindConnector(size_t b, size_t e) const {
  size_t first = std::string_view::npos;
  // Only where a connector may start (NextConnector), as a walk by
  // characters meets them.
  for (size_t p = b; (p = NextConnector(view_, p, e)) < e; ++p) {
    char32_t cp = CpAt(p);
    if (!IsConnector(cp)) continue;
    if (p == b) return p;
    if (!JoinsParties(CpBefore(p), cp, CpAt(Next(p)))) continue;
    if (ValidPartyName(b, p)) return p;
    if (first == std::string_view::npos) first = p;
  }
  return first;
}

// Whether a party's value ends with a body's suffix (中水绿能集团).
bool AgreementFinder::Run::EndsWithSuffix(std::string_view value) const {
  return t_.suffixes.MatchSuffix(value, 0, value.size()) > 0;
}

// A name that can sign: a body (…部, …中心), a place (…省) or a country.
bool AgreementFinder::Run::ValidPartyName(size_t b, size_t e) const {
  if (CodePointsUpTo(view_, b, e, kMinPartyCodePoints) < kMinPartyCodePoints) {
    return false;
  }
  if (t_.suffixes.MatchSuffix(view_, b, e) > 0) return true;
  if (t_.cues[kPlace].MatchSuffix(view_, b, e) > 0) return true;
  return IsCountryName(b, e);
}

// Whether the value of [b, e) is a name the CountryFinder has a code for.
bool AgreementFinder::Run::IsCountryName(size_t b, size_t e) const {
  // The value is the view's bytes when they hold no space or control byte
  // (Document::Value drops spaces): then the filter, which says no to
  // nearly every side, is asked before any string is built.
  const std::string_view bytes = view_.substr(b, e - b);
  if (std::none_of(bytes.begin(), bytes.end(), [](char c) {
        return static_cast<unsigned char>(c) <= ' ';
      })) {
    return t_.country_names.MayHold(bytes) &&
           !countries_.CodeOf(std::string(bytes)).empty();
  }
  const std::string value = doc_.Value(b, e);
  return t_.country_names.MayHold(value) && !countries_.CodeOf(value).empty();
}

std::vector<std::string> AgreementFinder::Run::Values(
    const std::vector<Range>& ranges) const {
  std::vector<std::string> out;
  for (const Range& r : ranges) {
    std::string v = doc_.Value(r.b, r.e);
    if (v.empty()) continue;
    if (std::find(out.begin(), out.end(), v) == out.end()) {
      out.push_back(std::move(v));
    }
  }
  return out;
}

// The kind of the document word [b, e) ends with (false: none).
bool AgreementFinder::Run::KindOf(size_t b, size_t e,
                                  AgreementKind* kind) const {
  int value = 0;
  if (t_.kinds.MatchSuffix(view_, b, e, &value) == 0) return false;
  *kind = static_cast<AgreementKind>(value);
  return true;
}

AgreementFinder::Run::Object AgreementFinder::Run::ParseTitle(
    size_t open, size_t se, std::string_view close_mark,
    bool need_kind) const {
  Object obj;
  size_t open_len = CpAt(open) == U'《' || CpAt(open) == U'「' ||
                            CpAt(open) == U'“'
                        ? 3
                        : 1;
  size_t inner = open + open_len;
  size_t close = Find(close_mark, inner, se);
  if (close == std::string_view::npos || close == inner) return obj;
  size_t end = close + close_mark.size();
  AgreementKind kind = AgreementKind::kOther;
  if (!KindOf(inner, close, &kind)) {
    int value = 0;
    size_t n = t_.kinds.MatchAt(view_, end, se, &value);
    if (n > 0) {
      kind = static_cast<AgreementKind>(value);
      end += n;
    } else if (need_kind) {
      return obj;
    }
  }
  obj.found = true;
  obj.kind = kind;
  obj.title = doc_.Value(inner, close);
  obj.name = *obj.title;
  obj.begin = open;
  obj.end = end;
  return obj;
}

// The document after a verb: 《title》, or the text up to its document word
// (签署建立友好省市关系协议书). *more: another 《title》 follows (、《…》).
AgreementFinder::Run::Object AgreementFinder::Run::ParseObjectAfter(
    size_t ve, size_t ce, size_t se, bool* more) const {
  Object obj;
  *more = false;
  size_t p = SkipSpaces(ve, ce);
  for (;;) {
    size_t n = Cue(kFiller, p, ce);
    if (n > 0) {
      p = SkipSpaces(p + n, ce);
      continue;
    }
    size_t q = p;
    while (q < ce && view_[q] >= '0' && view_[q] <= '9') ++q;
    if (q > p && (StartsWithAt(view_, q, "份") || StartsWithAt(view_, q, "项"))) {
      p = SkipSpaces(q + 3, ce);
      continue;
    }
    break;
  }
  bool reference = false;
  if (StartsWithAt(view_, p, "的")) {
    reference = true;
    p += 3;
  }
  size_t index = 0;
  for (size_t q = p, step; q < ce && index < kObjectWindow;
       q += step, ++index) {
    const char32_t cp = CodePointAndStep(view_, q, &step);
    if (cp == U'《' || cp == U'「' || cp == U'“') {
      std::string_view close = cp == U'《' ? "》" : cp == U'「' ? "」" : "”";
      Object t = ParseTitle(q, se, close, cp != U'《');
      if (t.found) {
        t.reference = reference;
        size_t after = t.end;
        *more = StartsWithAt(view_, after, "、《") ||
                StartsWithAt(view_, after, "和《") ||
                StartsWithAt(view_, after, "及《");
        return t;
      }
      if (cp == U'《') return obj;
      continue;
    }
    int value = 0;
    size_t n = t_.kinds.MatchFirst(cp, view_, q, se, &value);
    if (n > 0) {
      obj.found = true;
      obj.reference = reference;
      obj.kind = static_cast<AgreementKind>(value);
      obj.begin = p;
      obj.end = q + n;
      obj.name = doc_.Value(p, q + n);
      return obj;
    }
  }
  return obj;
}

// A document named just before its verb: 《…》在拉巴特签署, 「…」续签, or a
// bare word (在备忘录上签字), which only names a known one again.
AgreementFinder::Run::Object AgreementFinder::Run::ParseObjectBefore(
    size_t cb, size_t vb) const {
  Object obj;
  struct Mark {
    std::string_view open, close;
    bool need_kind;
  };
  static constexpr Mark kMarks[] = {
      {"《", "》", false}, {"「", "」", true}, {"“", "”", true}};
  for (const Mark& m : kMarks) {
    // Within the clause only, so a long clause-less text stays linear.
    size_t close = vb > cb ? FindLastBytes(view_, m.close, cb, vb)
                           : std::string_view::npos;
    if (close == std::string_view::npos) continue;
    if (CodePointsUpTo(view_, close + m.close.size(), vb,
                       kTitleBeforeWindow + 1) > kTitleBeforeWindow) {
      continue;
    }
    size_t open = FindLastBytes(view_, m.open, cb, close);
    if (open == std::string_view::npos) continue;
    Object t = ParseTitle(open, close + m.close.size(), m.close, m.need_kind);
    if (t.found) return t;
  }
  size_t index = CodePoints(view_, cb, vb);
  size_t p = cb;
  for (; p < vb; p = Next(p), --index) {
    if (index > kKindBeforeWindow + 3) continue;
    int value = 0;
    size_t n = t_.kinds.MatchAt(view_, p, vb, &value);
    if (n > 0 && CodePointsUpTo(view_, p + n, vb, kKindBeforeWindow + 1) <=
                     kKindBeforeWindow) {
      obj.found = true;
      obj.reference = true;
      obj.kind = static_cast<AgreementKind>(value);
      obj.begin = p;
      obj.end = p + n;
      obj.name = doc_.Value(p, p + n);
      return obj;
    }
  }
  return obj;
}

AgreementFinder::Run::PartySets AgreementFinder::Run::ListParties(
    size_t b, size_t e) const {
  std::vector<Range> items = SplitList(b, e);
  bool any_post = false;
  for (const Range& r : items) {
    if (PostCut(r.b, r.e) != std::string_view::npos) any_post = true;
  }
  if (any_post) {
    // A list of signatories: a piece with neither post nor name is the
    // start of a body whose name holds 、 (肯尼亚环境、水与自然资源部).
    std::vector<Range> merged;
    for (size_t i = 0; i < items.size(); ++i) {
      Range r = items[i];
      while (i + 1 < items.size() &&
             PostCut(r.b, r.e) == std::string_view::npos &&
             Find(kDot, r.b, r.e) == std::string_view::npos) {
        r.e = items[++i].e;
      }
      merged.push_back(r);
    }
    items = std::move(merged);
  }
  std::vector<Range> parties;
  for (const Range& r : items) {
    if (std::optional<Range> c = CleanParty(r.b, r.e)) parties.push_back(*c);
  }
  std::vector<std::string> values = Values(parties);
  if (values.size() < 2) return {};
  return {values};
}

// The first party of the clause a 与-clause continues (贵州省与A签署…，与B
// 签署…), or X of a preceding "X由…为代表".
std::string AgreementFinder::Run::InheritFirstParty(size_t sentence,
                                                    size_t cb) const {
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->sentence != sentence) break;
    if (!it->party_sets.empty()) return it->party_sets.front().front();
  }
  const Sentence& s = doc_.sentences()[sentence];
  if (cb <= s.begin + 1) return "";
  size_t pe = cb - 1;
  size_t pb = ClauseBegin(s.begin, pe);
  size_t by = Find("由", pb, pe);
  if (by == std::string_view::npos || Find("代表", by, pe) ==
                                          std::string_view::npos) {
    // 甲署副执行秘书X14日在万象,分别与A、B签署: the clause before is the
    // subject, when it reads as a side that can sign.
    std::optional<Range> subject = CleanParty(pb, pe);
    if (subject && ValidPartyName(subject->b, subject->e)) {
      return doc_.Value(subject->b, subject->e);
    }
    return "";
  }
  std::optional<Range> a = CleanParty(pb, by);
  return a ? doc_.Value(a->b, a->e) : "";
}

// One agreement per second side, each with the first side the clause before
// gives (与A、B签署 and …,分别与A、B签署 after a subject clause).
AgreementFinder::Run::PartySets AgreementFinder::Run::PairWithInheritedFirst(
    size_t sentence, size_t cb, const std::vector<Range>& seconds) const {
  std::string first = InheritFirstParty(sentence, cb);
  if (first.empty()) return {};
  PartySets sets;
  for (const Range& r : seconds) {
    std::optional<Range> c = CleanParty(r.b, r.e);
    if (!c) continue;
    std::string v = doc_.Value(c->b, c->e);
    if (v != first) sets.push_back({first, v});
  }
  return sets;
}

// A clause without subject (…，并签署…) signs for the clause before it:
// its signing sides, or its 双方/两国.
AgreementFinder::Run::PartySets AgreementFinder::Run::Inherit(
    size_t sentence, size_t cb) const {
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->sentence != sentence) break;
    if (!it->party_sets.empty()) return it->party_sets;
  }
  const Sentence& s = doc_.sentences()[sentence];
  if (cb <= s.begin + 1) return {};
  size_t pe = cb - 1;
  size_t pb = StripLead(ClauseBegin(s.begin, pe), pe);
  size_t side_b = pb;
  // 中泰双方: skip the abbreviations to reach the side word.
  for (int i = 0; i < 2 && t_.pair_codes.Find(CpAt(side_b)) != nullptr; ++i) {
    side_b = Next(side_b);
  }
  size_t n = Cue(kSide, side_b, pe);
  if (n == 0) return {};
  std::vector<std::string> sides = ResolveSides(side_b, side_b + n, sentence);
  if (sides.size() < 2) return {};
  return {sides};
}

// The two sides 双方 or 两国 stands for: the countries of 中泰双方, the two
// countries just named (两国), or A and B of the nearest "A会见B"/"A到访B".
std::vector<std::string> AgreementFinder::Run::ResolveSides(
    size_t side_b, size_t side_e, size_t sentence) const {
  std::vector<std::string> out;
  // 中泰双方.
  size_t len1, len2;
  if (side_b > 0) {
    char32_t second = DecodeUtf8Before(view_, side_b, &len2);
    char32_t first = side_b > len2
                         ? DecodeUtf8Before(view_, side_b - len2, &len1)
                         : 0;
    const std::string* a = t_.pair_codes.Find(first);
    const std::string* c = t_.pair_codes.Find(second);
    if (a != nullptr && c != nullptr && *a != *c) {
      std::string na = countries_.NameOf(*a);
      std::string nc = countries_.NameOf(*c);
      if (!na.empty() && !nc.empty()) return {na, nc};
    }
  }
  const std::vector<Sentence>& sentences = doc_.sentences();
  // 两国: the two countries of this sentence or the one before.
  if (view_.compare(side_b, side_e - side_b, "两国") == 0) {
    for (size_t back = 0; back < 2 && back <= sentence; ++back) {
      const Sentence& s = sentences[sentence - back];
      size_t end = back == 0 ? side_b : s.end;
      std::vector<std::string> codes;
      for (const CountryMention& m : country_mentions_) {
        if (m.begin < s.begin || m.end > end || m.place) continue;
        if (std::find(codes.begin(), codes.end(), m.code) == codes.end()) {
          codes.push_back(m.code);
        }
      }
      if (codes.size() == 2) {
        for (const std::string& code : codes) {
          std::string name = countries_.NameOf(code);
          if (name.empty()) return {};
          out.push_back(name);
        }
        return out;
      }
      if (!codes.empty()) break;
    }
  }
  // A会见B, A到访B: the nearest one before.
  for (size_t back = 0; back <= kSideLookBack && back <= sentence; ++back) {
    const Sentence& s = sentences[sentence - back];
    size_t end = back == 0 ? side_b : s.end;
    size_t len = 0;
    size_t meet = 0;
    bool visit = false;
    size_t vlen = 0;
    size_t v = 0;
    FindLastMeetAndVisit(s.begin, end, &meet, &len, &v, &vlen);
    if (v != std::string_view::npos &&
        (meet == std::string_view::npos || v > meet)) {
      meet = v;
      len = vlen;
      visit = true;
    }
    if (meet == std::string_view::npos) continue;
    size_t cb = ClauseBegin(s.begin, meet);
    // 邀请…访问泰国: a visit to come, not the event's sides.
    if (HasCue(kFuture, cb, meet)) continue;
    size_t ce = ClauseEnd(meet + len, end);
    std::optional<Range> a = CleanParty(cb, meet);
    std::optional<Range> b = CleanParty(meet + len, ce);
    if (!a || !b) return {};
    if (visit &&
        CodePointsUpTo(view_, b->b, b->e, kVisitTargetMinCodePoints) <
            kVisitTargetMinCodePoints &&
        !IsCountryName(b->b, b->e)) {
      return {};
    }
    out = Values({*a, *b});
    if (out.size() < 2) out.clear();
    return out;
  }
  return out;
}

// The signing sides of a subject phrase [b, e) of the clause at cb.
AgreementFinder::Run::PartySets AgreementFinder::Run::ParseSubject(
    size_t sentence, size_t cb, size_t b, size_t e) const {
  size_t len = 0;
  size_t witness = FindLastWitnessOrSide(kWitness, b, e, &len);
  if (witness != std::string_view::npos) b = witness + len;
  b = StripLead(b, e);
  e = TrimEnd(b, e);
  if (b >= e) return Inherit(sentence, cb);

  // 与A、B签署: the first side comes from the clause before.
  if (IsConnector(CpAt(b)) && b == FindConnector(b, e)) {
    return PairWithInheritedFirst(sentence, cb, SplitList(Next(b), e));
  }

  // 双方, 中泰双方, 两国 as the subject.
  size_t side = FindLastWitnessOrSide(kSide, b, e, &len);
  if (side != std::string_view::npos &&
      FindConnector(side + len, e) == std::string_view::npos) {
    // A、B和C三方签署: the sides are listed right before the side word.
    if (side > b) {
      PartySets listed = ListParties(b, side);
      if (!listed.empty() && listed.front().size() >= 2) {
        // …和C三方: the last item may join two names with 和/与.
        std::vector<std::string> split;
        for (const std::string& v : listed.front()) {
          size_t at = std::string::npos;
          for (std::string_view c : {"和", "与", "及"}) {
            size_t f = v.rfind(c);
            if (f != std::string::npos && (at == std::string::npos || f > at)) at = f;
          }
          std::string left = at == std::string::npos ? v : v.substr(0, at);
          std::string right = at == std::string::npos ? "" : v.substr(at + 3);
          if (!right.empty() && EndsWithSuffix(left) && EndsWithSuffix(right)) {
            split.push_back(left);
            split.push_back(right);
          } else {
            split.push_back(v);
          }
        }
        return {split};
      }
    }
    std::vector<std::string> sides = ResolveSides(side, side + len, sentence);
    if (sides.size() < 2) return {};
    return {sides};
  }

  bool joint = Find("共同", b, e) != std::string_view::npos;
  // The first 分别与, 分别同 or 分别和: one search for 分别, then the
  // character after each found (a search for each word read the subject
  // three times).
  size_t each = std::string_view::npos;
  for (size_t p = Find("分别", b, e); p != std::string_view::npos;
       p = Find("分别", p + 1, e)) {
    if (p + 9 <= e && (StartsWithAt(view_, p + 6, "与") ||
                       StartsWithAt(view_, p + 6, "同") ||
                       StartsWithAt(view_, p + 6, "和"))) {
      each = p;
      break;
    }
  }
  if (each != std::string_view::npos) {
    // A、B分别与C、D: paired in order.
    std::vector<Range> as = SplitList(b, each);
    std::vector<Range> bs = SplitList(each + 9, e);
    PartySets sets;
    if (StripLead(b, each) == each) {
      // …,分别与C、D签署: the subject is the clause before's.
      return PairWithInheritedFirst(sentence, cb, bs);
    }
    if (as.size() != bs.size() && as.size() != 1) return {};
    for (size_t i = 0; i < bs.size(); ++i) {
      const Range& ra = as.size() == 1 ? as[0] : as[i];
      std::optional<Range> pa = CleanParty(ra.b, ra.e);
      std::optional<Range> pb = CleanParty(bs[i].b, bs[i].e);
      if (!pa || !pb) continue;
      std::vector<std::string> v = Values({*pa, *pb});
      if (v.size() == 2) sets.push_back(v);
    }
    return sets;
  }

  size_t conn = FindConnector(b, e);
  size_t list_end = conn == std::string_view::npos ? e : conn;
  bool list_before = Find(kEnumComma, b, list_end) != std::string_view::npos;
  if (conn == std::string_view::npos || list_before) {
    if (!list_before || (conn != std::string_view::npos && !joint)) return {};
    return ListParties(b, e);
  }
  std::optional<Range> a = CleanParty(b, conn);
  if (!a) return {};
  std::vector<Range> bs;
  for (const Range& r : SplitList(Next(conn), e)) {
    if (std::optional<Range> c = CleanParty(r.b, r.e)) bs.push_back(*c);
  }
  if (bs.empty()) return {};
  PartySets sets;
  if (joint || bs.size() == 1) {
    std::vector<Range> all = {*a};
    all.insert(all.end(), bs.begin(), bs.end());
    std::vector<std::string> v = Values(all);
    if (v.size() >= 2) sets.push_back(v);
    return sets;
  }
  for (const Range& r : bs) {
    std::vector<std::string> v = Values({*a, r});
    if (v.size() == 2) sets.push_back(v);
  }
  return sets;
}

// The sides a title names: 《A与B关于…的谅解备忘录》, 《A和B在…领域合作…》.
std::vector<std::string> AgreementFinder::Run::TitleParties(size_t b,
                                                            size_t e) const {
  for (size_t p = b; (p = NextConnector(view_, p, e)) < e; ++p) {
    char32_t cp = CpAt(p);
    if (!IsConnector(cp) || p == b ||
        !JoinsParties(CpBefore(p), cp, CpAt(Next(p)))) {
      continue;
    }
    size_t bb = Next(p);
    size_t index = 0;
    bool cue = false;
    for (size_t q = bb; q < e; q = Next(q), ++index) {
      if (index < kMinPartyCodePoints) continue;
      if (Cue(kTitleEnd, q, e) == 0) continue;
      cue = true;
      if (ValidPartyName(b, p) && ValidPartyName(bb, q)) {
        return {doc_.Value(b, p), doc_.Value(bb, q)};
      }
      break;
    }
    // 《安徽省与韩国忠清北道生态环境保护交流合作协议》: no 关于 or 在; the
    // second side is the longest name that can sign at the start of the
    // rest, the subject follows it.
    if (!cue && ValidPartyName(b, p)) {
      size_t best = bb;
      index = 0;
      for (size_t q = Next(bb); q < e && index < kMaxTitlePartyCodePoints;
           q = Next(q), ++index) {
        if (ValidPartyName(bb, q)) best = q;
      }
      if (best > bb) return {doc_.Value(b, p), doc_.Value(bb, best)};
    }
  }
  return {};
}

bool AgreementFinder::Run::IsHeadline(size_t pos) const {
  // A headline is short: look for its line ends only this far (UTF-8 takes
  // at most 4 bytes a code point), so a page on one line stays linear.
  constexpr size_t kReach = kHeadlineMaxCodePoints * 4 + 1;
  // The line's rest first (a library search), and a 。 in it: most verbs
  // stand in a paragraph whose sentence ends on the same line, which the
  // byte-by-byte search back for the line's start need not then read.
  // (A 。 cannot straddle pos, a character's start.)
  size_t le = view_.substr(pos, kReach).find('\n');
  if (le == std::string_view::npos && pos + kReach < view_.size()) return false;
  le = le == std::string_view::npos ? view_.size() : pos + le;
  if (Find("。", pos, le) != std::string_view::npos) return false;
  size_t from = pos > kReach ? pos - kReach : 0;
  size_t lb = view_.substr(from, pos - from).rfind('\n');
  if (lb == std::string_view::npos && from > 0) return false;
  lb = lb == std::string_view::npos ? 0 : from + lb + 1;
  return Find("。", lb, pos) == std::string_view::npos &&
         CodePointsUpTo(view_, lb, le, kHeadlineMaxCodePoints + 1) <=
             kHeadlineMaxCodePoints;
}

void AgreementFinder::Run::ProcessVerb(size_t sentence, size_t vb, size_t ve,
                                       VerbUse use) {
  const Sentence& s = doc_.sentences()[sentence];
  // 图为…签署交接证书: a photo caption retells what the text reports.
  if (StartsWithAt(view_, s.begin, "图为")) return;
  size_t cb = ClauseBegin(s.begin, vb);
  size_t ce = ClauseEnd(ve, s.end);
  // 通过, 发表, 发布 adopt only a declaration named in a title after them,
  // which ParseObjectAfter finds at a 《, 「 or “ before the clause's end:
  // without one (通过视频方式, 发表讲话, most of them) nothing is read.
  // The search runs two bytes past the end, for a mark the walk would
  // decode across it.
  if (use == VerbUse::kAdopt) {
    const size_t marks_end = std::min(ce + 2, view_.size());
    if (Find("《", ve, marks_end) == std::string_view::npos &&
        Find("「", ve, marks_end) == std::string_view::npos &&
        Find("“", ve, marks_end) == std::string_view::npos) {
      return;
    }
  }
  // 签约仪式, 签约项目: a noun, not a signing.
  if (Cue(kNoun, ve, s.end) > 0) return;
  if (use == VerbUse::kBare && Cue(kBareNoun, ve, s.end) > 0) return;
  bool more = false;
  Object obj = ParseObjectAfter(ve, ce, s.end, &more);
  size_t subject_end = vb;
  bool after = obj.found;
  if (!obj.found && use != VerbUse::kAdopt && use != VerbUse::kExchange) {
    obj = ParseObjectBefore(cb, vb);
    if (obj.found) subject_end = obj.begin;
  }
  if (use == VerbUse::kAdopt &&
      (!obj.title || obj.kind != AgreementKind::kDeclaration)) {
    return;
  }
  if (!obj.found && use != VerbUse::kBare) return;
  // 将签署, 推动签署, 未签订: nothing signed (yet). Read after the object
  // (these tests only return, in either order): most 通过 and 发表 adopt
  // no declaration (通过…方式, 发表讲话), and their clause need not be read.
  const BeforeVerb before = ReadBeforeVerb(cb, vb);
  if (before.not_signed) return;

  Mention m;
  m.sentence = sentence;
  m.verb_begin = vb;
  m.headline = IsHeadline(vb);
  m.has_kind = obj.found;
  m.kind = obj.kind;
  // Moved, not copied (a title is mostly longer than a string holds in
  // place: an allocation and a copy each): obj's strings are not read again.
  m.title = std::move(obj.title);
  m.object = std::move(obj.name);
  m.reference = obj.reference;
  m.text_begin = std::min(cb, obj.found ? obj.begin : cb);
  m.text_end = after ? obj.end : ve;
  if (use != VerbUse::kAdopt) {
    m.party_sets = ParseSubject(sentence, cb, cb, subject_end);
  }
  if (m.title && CpAt(obj.begin) == U'《') {
    size_t close = Find("》", obj.begin, obj.end);
    if (close != std::string_view::npos) {
      std::vector<std::string> tp = TitleParties(obj.begin + 3, close);
      if (tp.size() >= 2) {
        m.party_sets.clear();
        m.party_sets.push_back(std::move(tp));
      }
    }
  }

  // Recalled: 曾经/此前, 自2022年/于2018年 (read before the verb), …以来,
  // …已24年, or a dated signing after the event's own in an earlier
  // sentence.
  bool recalled = before.recalled;
  size_t tail = SkipSpaces(m.text_end, s.end);
  if (Cue(kRecallAfter, tail, s.end) > 0) recalled = true;
  if (StartsWithAt(view_, tail, "已")) {
    size_t q = SkipSpaces(tail + 3, s.end);
    size_t digits = q;
    while (digits < s.end && view_[digits] >= '0' && view_[digits] <= '9') {
      ++digits;
    }
    if (digits > q && StartsWithAt(view_, SkipSpaces(digits, s.end), "年")) {
      recalled = true;
    }
  }
  const ViewDate* date = LastDateIn(s.begin, vb);
  if (date != nullptr) m.sentence_date = date->start;
  if (!recalled && date != nullptr && m.has_kind) {
    for (const Mention& other : mentions_) {
      if (other.sentence < sentence && other.has_kind && !other.recalled &&
          !other.reference && !other.headline &&
          other.sentence_date != m.sentence_date) {
        recalled = true;
        break;
      }
    }
  }
  m.recalled = recalled;
  if (date != nullptr && (recalled || date->year_written)) {
    m.date = date->start;
  }
  // A report names a few signings: room for them at once, not through
  // the vector's doublings (a move of every Mention at each).
  if (mentions_.capacity() == 0) mentions_.reserve(8);
  mentions_.push_back(std::move(m));
  const size_t first = mentions_.size() - 1;

  // 签署了《A》、《B》: one agreement each.
  size_t next = obj.end;
  while (more) {
    size_t open = Find("《", next, s.end);
    if (open == std::string_view::npos) break;
    Object t = ParseTitle(open, s.end, "》", false);
    if (!t.found) break;
    Mention copy = mentions_[first];
    copy.kind = t.kind;
    copy.title = std::move(t.title);
    copy.object = std::move(t.name);
    copy.text_end = t.end;
    mentions_.push_back(std::move(copy));
    next = t.end;
    more = StartsWithAt(view_, next, "、《") ||
           StartsWithAt(view_, next, "和《") ||
           StartsWithAt(view_, next, "及《");
  }
}

std::vector<Agreement> AgreementFinder::Run::Assemble(bool headlines) const {
  // A group's sides are some mention's (its own, or those of a mention
  // that names it again or signs it bare): pointed to, not copied (a
  // vector of vectors of strings, an allocation each), as mentions_ does
  // not change here.
  struct Group {
    const Mention* m;
    const PartySets* party_sets;
  };
  std::vector<Group> groups;
  for (const Mention& m : mentions_) {
    if (m.headline != headlines) continue;
    if (!m.has_kind) {
      // 签约 without a document: its sides sign the one just named.
      if (m.party_sets.empty()) continue;
      for (auto it = groups.rbegin(); it != groups.rend(); ++it) {
        if (m.sentence - it->m->sentence > kBareAttachWindow) break;
        if (it->party_sets->empty() && !it->m->recalled) {
          it->party_sets = &m.party_sets;
          break;
        }
      }
      continue;
    }
    bool again = false;
    for (Group& g : groups) {
      bool same_title = g.m->title && m.title && *g.m->title == *m.title;
      bool named_again = g.m->title && !m.title &&
                         CountCodePointsUpTo(m.object, 4) >= 4 &&
                         g.m->title->find(m.object) != std::string::npos;
      bool same_sides = g.m->kind == m.kind && g.m->recalled == m.recalled &&
                        !m.party_sets.empty() &&
                        *g.party_sets == m.party_sets && !g.m->title &&
                        !m.title;
      if (same_title || named_again || same_sides) {
        again = true;
        if (g.party_sets->empty()) g.party_sets = &m.party_sets;
        break;
      }
    }
    if (again) continue;
    if (m.reference && !m.recalled) continue;
    groups.push_back({&m, &m.party_sets});
  }
  std::vector<Agreement> out;
  out.reserve(groups.size());  // one each, mostly: no growth through copies
  for (const Group& g : groups) {
    Agreement a;
    a.kind = g.m->kind;
    a.title = g.m->title;
    a.signed_at_event = !g.m->recalled;
    a.date = g.m->date;
    a.span = doc_.ToOriginal(g.m->text_begin, g.m->text_end);
    a.text = doc_.Surface(a.span);
    if (g.party_sets->empty()) {
      if (a.title) out.push_back(std::move(a));
      continue;
    }
    // Each set's parties copied once, into the agreement pushed (set on
    // `a` first, they were copied again with it).
    for (const std::vector<std::string>& parties : *g.party_sets) {
      if (parties.size() < 2) continue;
      out.push_back(a);
      out.back().parties = parties;
    }
  }
  return out;
}

std::vector<Agreement> AgreementFinder::Run::Go() {
  const std::vector<Sentence>& sentences = doc_.sentences();
  // Locals the compiler can keep in registers through ProcessVerb, for the
  // loop over every character.
  const std::string_view text = view_;
  const TokenList& verbs = t_.verbs;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const WordStarts& starts = t_.verb_starts;
  WordStarts::Block block;
  // One scan over the sentences (in order, disjoint), not one a sentence:
  // a candidate is put in its sentence, and one between two sentences
  // moves the scan on to the next one. Few sentences hold a candidate,
  // and each sentence's own scan cost a call, the blocks its ends share
  // with its neighbours read twice, and a mispredicted exit.
  const size_t scan_end = sentences.empty() ? 0 : sentences.back().end;
  size_t i = 0;
  for (size_t p = sentences.empty() ? 0 : sentences.front().begin;
       (p = starts.Next(text, p, scan_end, verbs.start_filter(), &block)) <
       scan_end;) {
    while (sentences[i].end <= p) ++i;  // p < the last sentence's end
    if (p < sentences[i].begin) {
      p = sentences[i].begin;
      continue;
    }
    const size_t end = sentences[i].end;
    // A verb starts at a character, whose first byte is no continuation
    // byte; every other byte a scan by characters would read.
    int use = 0;
    const size_t n = (bytes[p] & 0xC0) != 0x80
                         ? verbs.MatchAt(text, p, end, &use)
                         : 0;
    if (n == 0) {
      ++p;
      continue;
    }
    ProcessVerb(i, p, p + n, static_cast<VerbUse>(use));
    p += n;
  }
  std::vector<Agreement> out = Assemble(false);
  if (out.empty()) out = Assemble(true);
  return out;
}

AgreementFinder::AgreementFinder(std::unique_ptr<Tables> tables,
                                 const CountryFinder& countries)
    : tables_(std::move(tables)), countries_(countries) {}

AgreementFinder::~AgreementFinder() = default;

Status AgreementFinder::Create(const CountryFinder& countries,
                               std::unique_ptr<const AgreementFinder>* out) {
  auto tables = std::make_unique<Tables>();
  const Lexicon& verbs = lexicons::kSigningVerbs;
  if (verbs.columns != 2) return LexiconError("signing_verbs", 0, "2 columns");
  for (size_t r = 0; r < verbs.rows; ++r) {
    std::string_view use = verbs.Cell(r, 1);
    auto it = std::find_if(std::begin(kVerbUses), std::end(kVerbUses),
                           [&](const auto& u) { return u.first == use; });
    if (it == std::end(kVerbUses)) {
      return LexiconError("signing_verbs", r, "unknown use");
    }
    tables->verbs.Add(verbs.Cell(r, 0), static_cast<int>(it->second));
    if (!verbs.Cell(r, 0).empty()) {
      size_t len;
      CodePointAndStep(verbs.Cell(r, 0), 0, &len);
      tables->verb_starts.Add(verbs.Cell(r, 0).substr(0, len));
      tables->verb_starts.AddSixthByte(verbs.Cell(r, 0));
    }
  }
  const Lexicon& kinds = lexicons::kAgreementKinds;
  if (kinds.columns != 2) return LexiconError("agreement_kinds", 0, "2 columns");
  for (size_t r = 0; r < kinds.rows; ++r) {
    std::string_view name = kinds.Cell(r, 1);
    auto it = std::find_if(std::begin(kKindNames), std::end(kKindNames),
                           [&](const auto& k) { return k.first == name; });
    if (it == std::end(kKindNames)) {
      return LexiconError("agreement_kinds", r, "unknown kind");
    }
    tables->kinds.Add(kinds.Cell(r, 0), static_cast<int>(it->second));
  }
  const Lexicon& cues = lexicons::kAgreementCues;
  if (cues.columns != 2) return LexiconError("agreement_cues", 0, "2 columns");
  for (size_t r = 0; r < cues.rows; ++r) {
    std::string_view role = cues.Cell(r, 1);
    auto it = std::find_if(std::begin(kRoleNames), std::end(kRoleNames),
                           [&](const auto& k) { return k.first == role; });
    if (it == std::end(kRoleNames)) {
      return LexiconError("agreement_cues", r, "unknown role");
    }
    tables->cues[it->second].Add(cues.Cell(r, 0), 0);
    WordStarts* scan = it->second == kMeet || it->second == kVisit
                           ? &tables->meet_or_visit_scan
                       : it->second == kWitness || it->second == kSide
                           ? &tables->witness_or_side_scan
                           : nullptr;
    if (scan != nullptr && !cues.Cell(r, 0).empty()) {
      size_t len;
      CodePointAndStep(cues.Cell(r, 0), 0, &len);
      scan->Add(cues.Cell(r, 0).substr(0, len));
    }
  }
  const Lexicon& suffixes = lexicons::kOrganizationSuffixes;
  for (size_t r = 0; r < suffixes.rows; ++r) {
    tables->suffixes.Add(suffixes.Cell(r, 0), 0);
  }
  const Lexicon& abbreviations = lexicons::kCountryAbbreviations;
  if (abbreviations.columns < 3) {
    return LexiconError("country_abbreviations", 0, "3 columns");
  }
  for (size_t r = 0; r < abbreviations.rows; ++r) {
    if (abbreviations.Cell(r, 2).find("pair") == std::string_view::npos) {
      continue;
    }
    size_t len;
    char32_t cp = CodePointAndStep(abbreviations.Cell(r, 0), 0, &len);
    if (len != abbreviations.Cell(r, 0).size()) continue;
    tables->pair_codes.Set(cp, abbreviations.Cell(r, 1));
  }
  if (!tables->verbs.Finish()) return LexiconError("signing_verbs", 0, "too large");
  if (!tables->kinds.Finish()) return LexiconError("agreement_kinds", 0, "too large");
  for (TokenList& list : tables->cues) {
    if (!list.Finish()) return LexiconError("agreement_cues", 0, "too large");
  }
  for (Role role : {kFuture, kNegation, kRecall, kRecallDate}) {
    tables->before_verb_starts.Add(tables->cues[role].start_filter());
  }
  for (Role role : {kMeet, kVisit}) {
    tables->meet_or_visit_starts.Add(tables->cues[role].start_filter());
  }
  for (Role role : {kWitness, kSide}) {
    tables->witness_or_side_starts.Add(tables->cues[role].start_filter());
  }
  if (!tables->suffixes.Finish()) {
    return LexiconError("organization_suffixes", 0, "too large");
  }

  tables->country_names.Build(countries.GazetteerNames());
  out->reset(new AgreementFinder(std::move(tables), countries));
  return Status::Ok();
}

std::vector<Agreement> AgreementFinder::Find(
    const Document& doc, const std::vector<ViewDate>& dates,
    const std::vector<CountryMention>& countries) const {
  Run run(*tables_, countries_, doc, dates, countries);
  return run.Go();
}

}  // namespace eventx::internal
