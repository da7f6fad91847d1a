// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/officials.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <re2/re2.h>

#include "lib/extract/countries.h"
#include "lib/lexicons/lexicons.h"
#include "lib/text/code_point_bits.h"
#include "lib/text/phrase_set.h"
#include "lib/text/find_bytes.h"
#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

using lexicons::Lexicon;

// Longest plain Han name read after a title (transliterations without a
// middle dot: 姆拜尼马拉马), and before one, in code points.
constexpr size_t kMaxNameAfter = 6;
constexpr size_t kMaxNameBefore = 4;
// The longest part of a dotted transliteration (阿卜杜努尔).
constexpr size_t kMaxDottedPart = 8;
// How far an organization may run before its title, in code points.
constexpr size_t kMaxOrgCodePoints = 40;
// A portfolio between a body and its post (…农业部环境副大臣) is at most
// this long, in code points.
constexpr size_t kMaxPortfolioCodePoints = 4;
// A body's name may list this many portfolios with 、 (环境、水与自然资源部).
constexpr size_t kMaxEnumeratedPieces = 4;
// How many modifiers (副, 常务, 代理) may stack before a title.
constexpr int kMaxModifiers = 3;
// The longest place after 驻 (驻华, 驻斐济, 驻摩洛哥), in code points.
constexpr size_t kMaxPostedPlace = 6;
// The longest modifier (副, 常务, 第一副), in code points: MatchCore keeps
// the modifiers met along one walk in an array of this size.
constexpr size_t kMaxModifierCodePoints = 8;
// Bits of the filters of a post's first two or three characters
// (Tables::post_pairs, post_triples): some 300 posts set at most as many.
// 8K bits (1 KB a filter): at 16K the four filters' cache misses cost
// more than the few more candidates that pass at 8K (at 4K, those cost
// more).
constexpr int kPostPairLog2 = 13;
constexpr size_t kPostPairBits = size_t{1} << kPostPairLog2;
// How far after a mention a background cue (提出的, 倡议) counts.
constexpr size_t kBackgroundWindow = 24;

// Characters after a title that make it part of a body's name (秘书处,
// 委员会, 代表团, 主席团, 总理办公室): not a post there.
constexpr std::u32string_view kBodyAfterTitle =
    U"会府办处团院部局署室委厅所司馆组";
// Single characters X of an X长 post that name the body (环保局长 →
// 环保局 + 局长).
constexpr std::u32string_view kBodyOfHead = U"局厅部司处院校所署馆会团组站台";
// Suffixes of places that can stand for a body (巨港市, 泰国呵叻府).
constexpr std::string_view kPlaceSuffixes[] = {"省", "市", "县", "州", "府",
                                               "道", "区", "国", "地区", "岛"};
// Party committees a title may begin with (省委书记 → 省委).
constexpr std::string_view kTitleBodies[] = {"省委", "市委", "县委", "区委",
                                             "州委", "党委"};

enum class Flag { kNone, kLeader, kVerb, kFormer };

struct TitleInfo {
  Flag flag = Flag::kNone;
  bool party = false;
  bool diplomatic = false;
};


// Whether p[0..2] has the shape of a three-byte sequence: a lead byte
// E0..EF and two continuation bytes (overlong forms and surrogates too).
__attribute__((always_inline)) inline bool IsThreeByteShape(
    const unsigned char* p) {
  return (p[0] & 0xF0) == 0xE0 && ((p[1] ^ 0x80u) | (p[2] ^ 0x80u)) < 0x40;
}
// The code point such bytes spell (DecodeUtf8's, unless overlong or a
// surrogate).
__attribute__((always_inline)) inline char32_t ThreeByteBits(
    const unsigned char* p) {
  return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
}

// Whether the bytes at p, whose lead is E0..EF, are a well-formed sequence
// of a character of the CJK Unified Ideographs block (U+4E00..U+9FFF, where
// nearly all Han of a report is) other than 的: a Han character of a
// body's name, told by arithmetic on the bytes. (Body's walk decodes the
// rest, which decides for the other Han blocks too.) It replaced a lookup
// in a 32 KB bit table whose CJK rows, 3 KB, were mostly cache misses at
// each title's walk.
__attribute__((always_inline)) inline bool IsUnifiedHanOtherThanDe(
    const unsigned char* p) {
  const char32_t cp = ThreeByteBits(p);
  const bool continuations = ((p[1] ^ 0x80u) | (p[2] ^ 0x80u)) < 0x40;
  return continuations & (cp - 0x4E00u <= 0x9FFFu - 0x4E00u) &
         (cp != U'的');
}

bool Contains(std::u32string_view set, char32_t cp) {
  return set.find(cp) != std::u32string_view::npos;
}

bool IsAsciiAlpha(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
constexpr char32_t kMiddleDot = 0x00B7;
constexpr size_t kMiddleDotBytes = 2;  // its UTF-8: C2 B7

// Characters an organization's name may hold besides Han: digits, Latin,
// brackets and joiners (中国石油大学(北京), 宜可城-地方可持续发展协会, A/B).
bool IsOrgChar(char32_t c) {
  return IsHan(c) || IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '(' ||
         c == ')' || c == '-' || c == '/' || c == kMiddleDot || c == '&';
}

// The byte offset `n` code points after `pos` (npos when the text ends
// first or a non-Han code point comes first). Forced inline, as BackHan:
// the name walks call them with n = 1 at each character (some 4,000 calls
// per 200 reports), and as calls they cost twice the step.
EVENTX_ALWAYS_INLINE inline size_t AdvanceHan(std::string_view s, size_t pos,
                                              size_t n) {
  for (size_t i = 0; i < n; ++i) {
    size_t len;
    char32_t c = CodePointAt(s, pos, &len);
    if (len == 0 || !IsHan(c)) return std::string_view::npos;
    pos += len;
  }
  return pos;
}

EVENTX_ALWAYS_INLINE inline size_t BackHan(std::string_view s, size_t pos,
                                           size_t n) {
  for (size_t i = 0; i < n; ++i) {
    size_t len;
    char32_t c = DecodeUtf8Before(s, pos, &len);
    if (len == 0 || !IsHan(c)) return std::string_view::npos;
    pos -= len;
  }
  return pos;
}

// The titles and modifiers (副, 常务) as a trie over code points. Matching a
// post at a position walks it once and stops at the first character no word
// continues with (mostly the second or the third), where probing the two
// PhraseSets hashed every prefix up to the longest candidate length and then
// probed each length, at every position whose first character may start a
// post.
//
// The edges are one open-addressing table of 4-byte entries (some 630 edges
// in 2K slots: 8 KB), and a node is the slot of the edge that reaches it
// (plus one; the root is 0), so that an entry needs no child field and holds
// whether a title or a modifier ends at its node: a step of the walk is one
// load. The table it replaced kept 16-byte edges a quarter full (64 KB), and
// its probes were the stage's costliest cache misses.
class PostTrie {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFF;
  static constexpr uint32_t kRoot = 0;
  // The words that end at a node, as Create gives them: a title and what
  // the lexicon says of it, a modifier and whether it marks a former post.
  struct Words {
    bool title = false;
    TitleInfo info;
    bool modifier = false;
    bool modifier_former = false;
  };

  // Adds `word` (valid UTF-8, before Build) and returns its words, for the
  // caller to set.
  Words* Add(std::string_view word) {
    std::u32string cps;
    for (size_t p = 0; p < word.size();) {
      size_t len;
      cps.push_back(DecodeUtf8(word, p, &len));
      p += len;
    }
    return &pending_[cps];
  }

  // Lays out the words added. False when a word holds a code point beyond
  // the BMP or there are too many edges for the entries' fields.
  bool Build() {
    size_t edges = 0;
    {
      std::set<std::u32string> prefixes;
      for (const auto& [cps, words] : pending_) {
        for (size_t n = 1; n <= cps.size(); ++n) {
          if (cps[n - 1] >= 0x10000) return false;
          prefixes.insert(cps.substr(0, n));
        }
      }
      edges = prefixes.size();
    }
    size_t slots = 16;
    int log2 = 4;
    while (slots < edges * kSlotsPerEdge) {
      slots *= 2;
      ++log2;
    }
    if (slots > kMaxSlots) return false;
    slots_.assign(slots, 0);
    packed_words_.assign(slots + 1, 0);
    shift_ = 32 - log2;
    // The map's order puts each word after its prefixes: a parent is
    // placed before its children.
    for (const auto& [cps, words] : pending_) {
      uint32_t node = kRoot;
      for (char32_t cp : cps) {
        uint32_t child = Child(node, cp);
        if (child == kNone) child = Place(node, cp);
        node = child;
      }
      uint32_t& entry = slots_[node - 1];
      if (words.title) entry |= kTitleBit;
      if (words.modifier) entry |= kModifierBit;
      packed_words_[node] = static_cast<uint8_t>(
          static_cast<unsigned>(words.info.flag) |
          (words.info.party ? kPartyBit : 0) |
          (words.info.diplomatic ? kDiplomaticBit : 0) |
          (words.modifier_former ? kModifierFormerBit : 0));
    }
    pending_.clear();
    return true;
  }

  // The node reached from `node` by `cp`, kNone when no word continues so.
  // Forced inline: a step of MatchCore's walk.
  EVENTX_ALWAYS_INLINE uint32_t Child(uint32_t node, char32_t cp) const {
    // Words are in the BMP (Build): an invalid byte or a code point beyond
    // it continues none.
    if (cp >= 0x10000) return kNone;
    const uint32_t key = (node << 16) | cp;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Slot0(key);; i = (i + 1) & mask) {
      const uint32_t entry = slots_[i];
      if (entry == 0) return kNone;  // an empty slot
      if ((entry & kKeyMask) == key) return static_cast<uint32_t>(i + 1);
    }
  }
  // Whether a title (a modifier) ends at `node`, one Child returned: read
  // from its entry, which the step has just loaded.
  bool EndsTitle(uint32_t node) const { return slots_[node - 1] & kTitleBit; }
  bool EndsModifier(uint32_t node) const {
    return slots_[node - 1] & kModifierBit;
  }
  // What the lexicon says of the title (the modifier) that ends at `node`
  // (a node EndsTitle, EndsModifier): one byte per node (2 KB in all),
  // where ids into tables of their own took two dependent loads.
  TitleInfo TitleInfoAt(uint32_t node) const {
    const unsigned packed = packed_words_[node];
    TitleInfo info;
    info.flag = static_cast<Flag>(packed & kFlagBits);
    info.party = packed & kPartyBit;
    info.diplomatic = packed & kDiplomaticBit;
    return info;
  }
  bool ModifierFormerAt(uint32_t node) const {
    return packed_words_[node] & kModifierFormerBit;
  }

 private:
  // Entry: the parent node (13 bits) and the code point (16 bits) as the
  // key, two bits for the words that end at the child, and a bit that says
  // the slot is taken (0: empty).
  static constexpr uint32_t kKeyMask = (uint32_t{1} << 29) - 1;
  static constexpr uint32_t kTitleBit = uint32_t{1} << 29;
  static constexpr uint32_t kModifierBit = uint32_t{1} << 30;
  static constexpr uint32_t kTakenBit = uint32_t{1} << 31;
  // Node ids run to the slot count, and must fit the key's 13 bits.
  static constexpr size_t kMaxSlots = size_t{1} << 12;
  // At least three slots an edge: probes mostly end at the first slot.
  static constexpr size_t kSlotsPerEdge = 3;

  size_t Slot0(uint32_t key) const {
    return static_cast<size_t>((key * 0x9E3779B1u) >> shift_);
  }
  // Places the edge from `node` by `cp` and returns its child.
  uint32_t Place(uint32_t node, char32_t cp) {
    const uint32_t key = (node << 16) | cp;
    const size_t mask = slots_.size() - 1;
    size_t i = Slot0(key);
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = key | kTakenBit;
    return static_cast<uint32_t>(i + 1);
  }

  // packed_words_: a title's Flag in the low bits, and these.
  static constexpr unsigned kFlagBits = 3;
  static constexpr unsigned kPartyBit = 4;
  static constexpr unsigned kDiplomaticBit = 8;
  static constexpr unsigned kModifierFormerBit = 16;
  static_assert(static_cast<unsigned>(Flag::kFormer) <= kFlagBits,
                "a Flag fits its bits");

  std::map<std::u32string, Words> pending_;  // Add's words, until Build
  std::vector<uint32_t> slots_;         // a power of two of them
  std::vector<uint8_t> packed_words_;   // by node
  int shift_ = 32;
};

// A filter of keys by one hashed bit each (2^kLog2Bits of them): false
// means surely not marked.
template <int kLog2Bits>
class HashedBits {
 public:
  void Mark(uint64_t key) {
    size_t bit = Bit(key);
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  bool MayContain(uint64_t key) const {
    size_t bit = Bit(key);
    return (bits_[bit / 64] >> (bit % 64)) & 1;
  }

 private:
  static size_t Bit(uint64_t key) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >>
                               (64 - kLog2Bits));
  }
  std::array<uint64_t, (size_t{1} << kLog2Bits) / 64> bits_{};  // in place
};

// The filters of a post's first two and three characters, each a filter
// of hashed bits, laid out so that one word answers for a pair and for
// the triples that begin with it: the pair's hashed slot (of 8K) holds two
// bits, the pair marked (first) and marked as a whole (second), sixteen
// slots to a word's low half; the word's high half holds the hashed bits
// of the triples whose pair falls in it. MayStartPost reads one cache line
// where three filters took a line each.
class PostStartBits {
 public:
  void MarkPair(uint64_t pair_key, bool whole) {
    const size_t slot = Slot(pair_key);
    words_[slot / 16] |= (whole ? uint64_t{3} : uint64_t{1})
                         << (2 * (slot % 16));
  }
  void MarkTriple(uint64_t pair_key, uint64_t triple_key) {
    words_[Slot(pair_key) / 16] |= uint64_t{1} << TripleBit(triple_key);
  }
  // The word of a pair, for PairBits and MayContainTriple.
  uint64_t WordOf(uint64_t pair_key) const {
    return words_[Slot(pair_key) / 16];
  }
  // Bit 0: the pair may be marked; bit 1: it may be marked as a whole.
  static unsigned PairBits(uint64_t word, uint64_t pair_key) {
    return static_cast<unsigned>(word >> (2 * (Slot(pair_key) % 16))) & 3;
  }
  static bool MayContainTriple(uint64_t word, uint64_t triple_key) {
    return (word >> TripleBit(triple_key)) & 1;
  }

 private:
  static size_t Slot(uint64_t pair_key) {
    return static_cast<size_t>((pair_key * 0x9E3779B97F4A7C15ULL) >>
                               (64 - kPostPairLog2));
  }
  static unsigned TripleBit(uint64_t triple_key) {
    return 32 + static_cast<unsigned>((triple_key * 0x9E3779B97F4A7C15ULL) >>
                                      (64 - 5));
  }
  std::array<uint64_t, kPostPairBits / 16> words_{};  // in place
};

// Whether b leads a three-byte sequence other than those E0 and ED lead,
// which may be overlong forms (E0 80..9F) or surrogates (ED A0..BF): the
// scans around a mention pass over the others on LeadFoldedBits and leave
// these, seldom met, to the decoder, whose steps count them exactly.
EVENTX_ALWAYS_INLINE inline bool IsPlainThreeByteLead(unsigned char b) {
  // Bit i for lead E0 + i: E1..EC, EE, EF.
  constexpr uint32_t kPlainLeads = 0xDFFE;
  const unsigned i = static_cast<unsigned>(b) - 0xE0;  // wraps below E0
  return i < 16 && ((kPlainLeads >> i) & 1);
}

// A test of a three-byte character on its raw bytes, for the scans that
// pass over characters (the title scan, Body, IsBackground): a superset of
// a set of code points in one row of 64 words, bit third byte & 0x3F of
// word second byte, the rows of the sixteen leads folded into one (a
// character's bit is set when that of any lead with the same second and
// third byte is). The sets' characters lie all over the CJK block, whose
// exact rows (one bit per code point by lead and second byte, 3 KB) were
// cache lines read cold at each report (some 45 of them in the title scan);
// the folded row is 512 bytes, and lets through a few more characters
// (another lead's with the same last two bytes: some 5% more in the title
// scan), which the scans' exact tests then drop. Around the row, words of
// all ones for second bytes that are no continuation byte, and a third byte
// that is none is tested apart: such sequences are "may be wanted", left to
// the decoder.
class LeadFoldedBits {
 public:
  // Sets the bits: `wanted(cp)` for each code point of three-byte shape
  // (overlong forms and surrogates too, as their bits spell them: a set
  // that holds them, folded, holds nearly everything).
  template <typename Wanted>
  void Build(Wanted wanted) {
    words_.fill(~uint64_t{0});
    for (size_t second = 0x80; second < 0xC0; ++second) words_[second] = 0;
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      if (!wanted(cp)) continue;
      words_[0x80 | ((cp >> 6) & 0x3F)] |= uint64_t{1} << (cp & 0x3F);
    }
  }
  // False when the three bytes at p (a lead byte E0..EF and two more) are
  // a well-formed sequence of a code point not wanted (nor any with the
  // same second and third byte). Forced inline: called per character.
  EVENTX_ALWAYS_INLINE bool MayBeWanted(const unsigned char* p) const {
    return WantedBit(p) | ((p[2] & 0xC0) != 0x80);
  }
  // MayBeWanted's bit alone, for bytes whose third is a continuation byte
  // (the caller tells).
  EVENTX_ALWAYS_INLINE bool WantedBit(const unsigned char* p) const {
    return (words_[p[1]] >> (p[2] & 0x3F)) & 1;
  }

 private:
  std::array<uint64_t, 256> words_;  // by second byte; 2 KB, 512 B read
};

// A filter of code points by one hashed bit each: false means surely not
// marked. For the sets of a few dozen to a few hundred characters the
// finder asks about at nearly every character around a mention: 2^kLog2Bits
// bits (256 bytes at 11) where a bit per BMP code point takes 8 KB, of
// which the CJK block's 2.6 KB are read in a scan of Chinese text, a cache
// line for every 512 code points. Some twenty such bitmaps were read at
// random per report; these filters all stay in the L1 cache, for a few
// more lookups of characters they let through (some 6% of the others at
// 140 characters in 2K bits).
template <int kLog2Bits>
class CodePointFilter {
 public:
  void Mark(char32_t c) {
    const uint32_t bit = Bit(c);
    words_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  EVENTX_ALWAYS_INLINE bool MayContain(char32_t c) const {
    const uint32_t bit = Bit(c);
    return (words_[bit / 64] >> (bit % 64)) & 1;
  }

 private:
  static uint32_t Bit(char32_t c) {
    return (static_cast<uint32_t>(c) * 0x9E3779B1u) >> (32 - kLog2Bits);
  }
  std::array<uint64_t, (size_t{1} << kLog2Bits) / 64> words_{};  // in place
};

// An exact set of code points that a CodePointFilter answers for most
// characters: those it lets through are decided by a bit per BMP code point
// (whose cache lines are then read only for the set's members and the few
// others the filter passes) or, beyond the BMP, by a search of the list.
template <int kLog2FilterBits>
class CodePointSet {
 public:
  void Add(char32_t c) {
    filter_.Mark(c);
    if (c < 0x10000) {
      bits_.Mark(c);
    } else {
      beyond_bmp_.push_back(c);
    }
  }
  EVENTX_ALWAYS_INLINE bool Contains(char32_t c) const {
    if (!filter_.MayContain(c)) return false;
    return c < 0x10000 ? bits_.MayContain(c)
                       : beyond_bmp_.find(c) != std::u32string::npos;
  }

 private:
  CodePointFilter<kLog2FilterBits> filter_;
  CodePointBits bits_;          // exact below 0x10000
  std::u32string beyond_bmp_;   // the members above it
};

// The surnames' first characters of three bytes, keyed by those bytes: for
// each, whether it is a surname of its own (王) and whether it begins one of
// two characters (欧阳). Open addressing with the key and both answers in
// one 4-byte entry (some 420 in 1K slots: 4 KB): one load tells most name
// candidates apart, where a PhraseSet lookup of the three bytes and of six
// read a filter, hashed the bytes, probed its table and compared the
// phrase's own bytes, each a cache line of its own.
class SurnameStarts {
 public:
  static constexpr uint32_t kSurname = uint32_t{1} << 24;
  static constexpr uint32_t kBeginsCompound = uint32_t{1} << 25;

  // Sizes the table for `keys` keys at most; call before Mark.
  void Reserve(size_t keys) {
    size_t slots = 16;
    int log2 = 4;
    while (slots < keys * 2) {  // keep at most half full
      slots *= 2;
      ++log2;
    }
    slots_.assign(slots, 0);
    shift_ = 32 - log2;
  }
  // Marks the three bytes at p with `flag`.
  void Mark(const unsigned char* p, uint32_t flag) {
    const uint32_t key = Key(p);
    const size_t mask = slots_.size() - 1;
    size_t i = Slot0(key);
    while (slots_[i] != 0 && (slots_[i] & kKeyMask) != key) {
      i = (i + 1) & mask;
    }
    slots_[i] |= key | flag;
  }
  // kSurname and kBeginsCompound as they hold of the three bytes at p (0:
  // neither).
  EVENTX_ALWAYS_INLINE uint32_t FlagsAt(const unsigned char* p) const {
    const uint32_t key = Key(p);
    const size_t mask = slots_.size() - 1;
    for (size_t i = Slot0(key);; i = (i + 1) & mask) {
      const uint32_t entry = slots_[i];
      if (entry == 0) return 0;  // an empty slot
      if ((entry & kKeyMask) == key) return entry & ~kKeyMask;
    }
  }

 private:
  static constexpr uint32_t kKeyMask = (uint32_t{1} << 24) - 1;
  static uint32_t Key(const unsigned char* p) {
    return uint32_t{p[0]} | (uint32_t{p[1]} << 8) | (uint32_t{p[2]} << 16);
  }
  size_t Slot0(uint32_t key) const {
    return static_cast<size_t>((key * 0x9E3779B1u) >> shift_);
  }
  std::vector<uint32_t> slots_ = std::vector<uint32_t>(16, 0);
  int shift_ = 32 - 4;
};

// Cue words (verbs, function words, suffixes) by the characters they start
// and end with. The finder asks for cues at nearly every character around
// each mention, and most characters start or end none: decoding inline and
// one bit test in a small filter answer those. The rest compare the few words that start (end)
// with the character, longest first, where a PhraseSet hashed the text once
// per candidate length.
class CueSet {
 public:
  // The most words a set may hold (ByCharacter's groups count them in 16
  // bits): Create checks the lexicons against it.
  static constexpr size_t kMaxWords = 0xFFFF;

  void Add(std::string_view word) {
    if (word.empty()) return;
    if (std::find(words_.begin(), words_.end(), word) != words_.end()) {
      return;  // added before
    }
    size_t len;
    first_.Mark(DecodeUtf8(word, 0, &len));
    last_.Mark(DecodeUtf8Before(word, word.size(), &len));
    words_.emplace_back(word);
    // Built anew with each word (a few hundred at Create, all told).
    arena_.clear();
    for (const std::string& w : words_) arena_ += w;
    by_first_.Build(words_, /*by_last=*/false);
    by_last_.Build(words_, /*by_last=*/true);
  }
  // False when no cue starts with c, for scans that have decoded the
  // character already.
  EVENTX_ALWAYS_INLINE bool MayStartWith(char32_t c) const {
    return first_.MayContain(c);
  }
  // False when no cue ends with c (likewise).
  EVENTX_ALWAYS_INLINE bool MayEndWith(char32_t c) const {
    return last_.MayContain(c);
  }
  // The characters the cues start with, exactly (for building tables at
  // Create).
  std::u32string FirstCharacters() const {
    std::u32string firsts;
    for (const std::string& w : words_) {
      size_t len;
      firsts.push_back(DecodeUtf8(w, 0, &len));
    }
    return firsts;
  }
  // The length of the longest cue at text[pos] (0: none). Forced inline:
  // most calls end at the bit test.
  __attribute__((always_inline)) size_t LongestAt(std::string_view text,
                                                  size_t pos) const {
    if (pos >= text.size()) return 0;
    size_t len;
    char32_t first = DecodeUtf8(text, pos, &len);
    if (!first_.MayContain(first)) return 0;
    for (const Piece& word : by_first_.Words(first)) {
      if (word.size <= text.size() - pos &&
          SameBytes(text.data() + pos, arena_.data() + word.offset,
                    word.size)) {
        return word.size;
      }
    }
    return 0;
  }
  // The length of the longest cue that ends just before text[end] (0: none).
  __attribute__((always_inline)) size_t LongestEndingAt(std::string_view text,
                                                        size_t end) const {
    if (end == 0 || end > text.size()) return 0;
    size_t len;
    char32_t last = DecodeUtf8Before(text, end, &len);
    if (!last_.MayContain(last)) return 0;
    for (const Piece& word : by_last_.Words(last)) {
      if (word.size <= end &&
          SameBytes(text.data() + end - word.size,
                    arena_.data() + word.offset, word.size)) {
        return word.size;
      }
    }
    return 0;
  }

 private:
  // A cue, as its place in arena_.
  struct Piece {
    uint32_t offset;
    uint32_t size;
  };
  // The cues by one of their characters (the first or the last), longest
  // first (in the order added among equals): the pieces of each character
  // together in one array, found by an open-addressing table of the
  // characters. Small and flat, where an unordered_map of vectors took a
  // division, a bucket and a node (often a cache miss each) per lookup.
  class ByCharacter {
   public:
    void Build(const std::vector<std::string>& words, bool by_last) {
      std::vector<std::pair<char32_t, Piece>> keyed;
      uint32_t offset = 0;
      for (const std::string& w : words) {
        size_t len;
        char32_t key = by_last ? DecodeUtf8Before(w, w.size(), &len)
                               : DecodeUtf8(w, 0, &len);
        keyed.push_back({key, Piece{offset, static_cast<uint32_t>(w.size())}});
        offset += static_cast<uint32_t>(w.size());
      }
      // By character, then longest first; stable keeps the order added.
      std::stable_sort(keyed.begin(), keyed.end(),
                       [](const auto& a, const auto& b) {
                         if (a.first != b.first) return a.first < b.first;
                         return a.second.size > b.second.size;
                       });
      pieces_.clear();
      size_t keys = 0;
      for (size_t i = 0; i < keyed.size(); ++i) {
        keys += i == 0 || keyed[i].first != keyed[i - 1].first;
        pieces_.push_back(keyed[i].second);
      }
      size_t slots = 16;
      shift_ = 64 - 4;
      while (slots * 2 < keys * 3) {  // keep at most two thirds full
        slots *= 2;
        --shift_;
      }
      groups_.assign(slots, Group{});
      for (size_t i = 0; i < keyed.size();) {
        size_t j = i;
        while (j < keyed.size() && keyed[j].first == keyed[i].first) ++j;
        size_t at = Slot0(keyed[i].first);
        while (groups_[at].end != 0) at = (at + 1) & (slots - 1);
        groups_[at] = Group{keyed[i].first, static_cast<uint16_t>(i),
                            static_cast<uint16_t>(j)};
        i = j;
      }
    }
    // The pieces of character c, longest first (none: an empty range).
    struct Range {
      const Piece* b;
      const Piece* e;
      const Piece* begin() const { return b; }
      const Piece* end() const { return e; }
    };
    __attribute__((always_inline)) Range Words(char32_t c) const {
      const size_t mask = groups_.size() - 1;
      for (size_t i = Slot0(c); ; i = (i + 1) & mask) {
        const Group& g = groups_[i];
        if (g.end == 0) return Range{nullptr, nullptr};  // an empty slot
        if (g.key == c) {
          return Range{pieces_.data() + g.begin, pieces_.data() + g.end};
        }
      }
    }

   private:
    // 8 bytes, and at most two thirds of the slots taken: the table of
    // the 140 characters that start "after" cues takes 2 KB, where 12-byte
    // groups kept at most half full took 6 KB, read at random at every
    // character the filter lets through.
    struct Group {
      char32_t key = 0;
      uint16_t begin = 0;
      uint16_t end = 0;  // 0: an empty slot (a group holds a piece at least)
    };
    size_t Slot0(char32_t c) const {
      return static_cast<size_t>((c * 0x9E3779B97F4A7C15ULL) >> shift_);
    }
    std::vector<Piece> pieces_;
    std::vector<Group> groups_ = std::vector<Group>(16);
    int shift_ = 64 - 4;
  };

  // The cues' first and last characters, 1K bits (128 bytes) each: the
  // largest set (some 140 "after" cues) lets through some 13% of the other
  // characters, to a lookup of the groups, which stay in L1 too; at 2K bits
  // the twenty filters' misses cost more (callgrind D1 misses 68.9k vs
  // 70.5k), and 4K bits more still (73.8k).
  CodePointFilter<10> first_;
  CodePointFilter<10> last_;
  std::vector<std::string> words_;  // in the order added
  std::string arena_;               // words_, one after another
  ByCharacter by_first_;
  ByCharacter by_last_;
};

}  // namespace

struct OfficialFinder::Tables {
  PhraseSet titles;
  CueSet after, honorific, lead, cut, credit, background, future, former,
      group;
  // The characters a future or a former cue starts with, for IsBackground's
  // look back, which tests both at every character.
  CodePointFilter<9> future_or_former_first;
  // IsBackground's windows pass over the three-byte characters that
  // neither end a sentence (。) nor start a background, future or former
  // cue on their raw bytes (each window tests its own on the rest), and
  // Body's search for a cut verb those that start no cut verb. Leads E0
  // and ED are left to the decoder (IsPlainThreeByteLead). Built at Create,
  // after the cues.
  LeadFoldedBits background_start_bytes;
  LeadFoldedBits cut_start_bytes;
  std::u32string nonname;
  // kBodyAfterTitle's characters: a filter's bit test for most characters,
  // where a search of the list cost some fifty instructions per title
  // matched.
  CodePointSet<9> body_after_title_set;
  bool IsBodyAfterTitle(char32_t c) const {
    return body_after_title_set.Contains(c);
  }
  CodePointSet<10> nonname_set;  // nonname's characters, for IsNonName
  // Whether c is a character no name holds (是, 的, 在): a filter's bit test
  // for most characters, where a search of nonname took a pass over the
  // whole list.
  bool IsNonName(char32_t c) const { return nonname_set.Contains(c); }
  std::u32string japanese_given_end;  // 郎 子 夫: ends a Japanese given name
  PhraseSet japanese_surnames;        // 高桥, 长谷川
  PhraseSet surnames;
  // The surnames of three bytes and the first three bytes of those of six,
  // for IsSurnameAt away from the text's end.
  SurnameStarts surname_starts;
  // 生态环境部, 国务院: China when no country is named. Asked once per
  // official, of cold tables: a CueSet reads a filter, a group and the
  // words (some four cache lines), where a PhraseSet walked a byte trie,
  // a hash probe per byte.
  CueSet prc_bodies;
  // A filter of the characters a title, a modifier (副, 常务) or 驻 starts
  // with. Most Han characters start none, and are passed over with one bit
  // test instead of a title match.
  CodePointFilter<12> title_first;
  // Those characters, exactly, for building title_first_bytes at Create.
  std::u32string title_first_chars;
  // Whether a post may start with c, next and third: c is a post (or a
  // modifier) alone (副, 原, 驻); or c and next are the first two characters
  // of a longer one (post_pairs), and either they are one whole (部长) or
  // with third they begin one (post_triples: 环境专家 begins 环境专, so
  // 环境部 and 环境合 of a report on the environment begin none). Each set
  // is a filter of hashed bits. Most characters that start a post start
  // none where they stand (部 of 外交部的), and MatchTitle costs more than
  // these tests.
  CodePointFilter<12> post_alone;
  // post_pairs, the whole ones among them and post_triples, in one table.
  PostStartBits post_pairs;
  // post_pairs on raw bytes, for the title scan: the first two characters
  // of a post when both are three bytes, keyed by their six bytes (no code
  // point assembled: the scan meets some 33K candidates per 200 reports).
  // Keyed by the eight bytes at the candidate, loaded as the scan loads
  // them, with the last two masked off (EightBytes(p, 6) where fewer are
  // left): the scan's second step has loaded them already, to tell the two
  // characters well-formed, where the key was assembled from two more loads.
  HashedBits<kPostPairLog2> post_pair_bytes;
  // post_alone on raw bytes, for the same step: the three bytes of each
  // post alone (a dozen or so), keyed as the first three of the eight. 1K
  // bits (128 bytes, a couple of cache lines), where the code point's
  // filter took the code point assembled from the bytes first.
  HashedBits<10> post_alone_bytes;
  // Masks of the first six (three) of eight bytes loaded from memory, in
  // either byte order.
  static uint64_t FirstBytesMask(size_t n) {
    unsigned char bytes[8] = {};
    std::memset(bytes, 0xFF, n);
    uint64_t mask;
    std::memcpy(&mask, bytes, 8);
    return mask;
  }
  // Eight bytes at p, the first n of them whole (n <= 8), the rest zero.
  static uint64_t EightBytes(const unsigned char* p, size_t n) {
    unsigned char bytes[8] = {};
    std::memcpy(bytes, p, n);
    uint64_t eight;
    std::memcpy(&eight, bytes, 8);
    return eight;
  }
  static uint64_t PairKey(char32_t c, char32_t next) {
    return (uint64_t{c} << 21) ^ next;  // code points fit in 21 bits
  }
  static uint64_t TripleKey(char32_t c, char32_t next, char32_t third) {
    return (PairKey(c, next) << 21) ^ third;
  }
  void MarkTitleStart(std::string_view word) {
    size_t len;
    char32_t c = DecodeUtf8(word, 0, &len);
    title_first.Mark(c);
    title_first_chars.push_back(c);
    if (len >= word.size()) {
      post_alone.Mark(c);
      if (len == 3) {
        char bytes[4];  // EncodeUtf8's room for any code point
        EncodeUtf8(c, bytes);
        post_alone_bytes.Mark(
            EightBytes(reinterpret_cast<unsigned char*>(bytes), 3));
      }
      return;
    }
    size_t next_len;
    char32_t next = DecodeUtf8(word, len, &next_len);
    const bool whole_pair = len + next_len >= word.size();
    post_pairs.MarkPair(PairKey(c, next), whole_pair);
    if (c >= 0x800 && c < 0x10000 && next >= 0x800 && next < 0x10000) {
      char bytes[8] = {};
      EncodeUtf8(c, bytes);
      EncodeUtf8(next, bytes + 3);
      post_pair_bytes.Mark(
          EightBytes(reinterpret_cast<unsigned char*>(bytes), 6));
    }
    if (whole_pair) return;
    size_t third_len;
    char32_t third = DecodeUtf8(word, len + next_len, &third_len);
    post_pairs.MarkTriple(PairKey(c, next), TripleKey(c, next, third));
  }
  bool MayStartTitle(char32_t c) const { return title_first.MayContain(c); }
  // The title scan's first test of a three-byte character: whether it may
  // be Han that starts a post (title_first), on its raw bytes. Built at
  // Create from title_first, after the last MarkTitleStart.
  LeadFoldedBits title_first_bytes;
  // The transliteration characters (some 260).
  CodePointSet<12> translit;
  // Whether c is a transliteration character: a filter's bit test for most
  // characters, where a hash set cost a lookup, often a cache miss, per
  // character.
  bool IsTranslit(char32_t c) const { return translit.Contains(c); }
  CueSet org_suffixes;     // organization_suffixes.tsv
  PostTrie posts;          // titles and modifiers, for MatchCore
  std::unique_ptr<RE2> latin_name;
};

namespace {

struct TitleMatch {
  size_t begin = 0;
  size_t end = 0;
  std::string_view core;  // the first post without its 兼 partner
  TitleInfo info;
  bool former = false;
  // Go's pass 1 read a name after the title (pass 2 then looks for none
  // before it). Kept here, in the padding, rather than in a vector of its
  // own allocated per report.
  bool name_after = false;
};

// Where pass 1 took a person's organization from: the text's [begin, end)
// (its value) followed by extra, or extra alone (begin == end: a party
// committee, 省委). Both views of the text or of a literal.
struct OrgSource {
  bool set = false;
  size_t begin = 0;
  size_t end = 0;
  std::string_view extra;
};

// One post of a mention: title and the body before it (view offsets).
struct Post {
  size_t chunk_begin = 0;  // where the text before the title starts
  size_t body_begin = 0;   // the chunk without its verbs and conjunctions
  size_t org_begin = 0;    // the organization, empty when org_end == begin
  size_t org_end = 0;
  // 局 of 环保局长: the title's head (a view of the text), after the org.
  std::string_view org_extra;
  TitleMatch title;
};

}  // namespace

// The state of one Find call.
class OfficialFinder::Run {
 public:
  Run(const Tables& t, const CountryFinder* countries, const Document& doc,
      const std::vector<CountryMention>& mentions)
      : t_(t), doc_(doc), v_(doc.view()) {
    auto by_begin = [](const CountryMention& a, const CountryMention& b) {
      return a.begin < b.begin;
    };
    // The mentions come in text order as a rule: then they are used as they
    // are, and only otherwise copied and sorted.
    if (countries != nullptr) {
      if (std::is_sorted(mentions.begin(), mentions.end(), by_begin)) {
        mentions_ = &mentions;
      } else {
        sorted_mentions_ = mentions;
        std::stable_sort(sorted_mentions_.begin(), sorted_mentions_.end(),
                         by_begin);
      }
    }
    const size_t count = mentions_->size();
    if (count > small_begins_.size()) {
      large_begins_.resize(count);
      mention_begins_ = large_begins_.data();
    }
    for (size_t i = 0; i < count; ++i) {
      const CountryMention& m = (*mentions_)[i];
      mention_begins_[i] = m.begin;
      std::string_view code = m.code;  // compared inline, not by a call
      japan_ = japan_ || code == "JP";
      vietnam_ = vietnam_ || code == "VN";
    }
  }

  std::vector<Official> Go();

 private:
  struct Found {
    std::string name;
    std::optional<std::string> title;
    std::optional<std::string> org;
    std::optional<std::string> country;
    size_t begin = 0;  // view offsets of the whole mention
    size_t end = 0;
    // Where the name's first and last middle dots are (npos: none), and
    // whether it holds a space: set by Add, which compares each new name
    // with the parts of every name found before.
    size_t first_dot = std::string::npos;
    size_t last_dot = std::string::npos;
    bool spaced = false;
  };

  // Every title in the text, left to right, longest first. A call of its
  // own, once per report (GCC inlines it into Go when Go is small enough,
  // which moved the scan's code with every change to Go).
  __attribute__((noinline)) std::vector<TitleMatch> FindTitles() const;
  // FindTitles' look at the character at pos, which is not one the scan
  // passes over on its raw bytes: adds the title that starts there, if any,
  // and returns where the scan goes on. pair_asked: the raw-byte test of the
  // character and the next (post_pair_bytes) was made, and passed.
  // Forced inline: most calls end at its filters, and as a call (some
  // 8,500 per 200 reports) it cost more than they do.
  inline size_t TitleAt(size_t pos, bool pair_asked,
                        std::vector<TitleMatch>* titles) const;
  // TitleAt's match of a post at pos (where the filters let one start; len:
  // the bytes of its first character), out of line.
  size_t TitleFrom(size_t pos, size_t len,
                   std::vector<TitleMatch>* titles) const;
  // False when surely no post (title, modifier, 驻) starts at pos, so that
  // MatchTitle(pos, …) would find none; true when one may. c is the Han
  // character at pos (one that MayStartTitle), len its bytes.
  // Forced inline: the scan calls it some 33K times per 200 reports, and
  // as a call it cost twice its work.
  __attribute__((always_inline)) bool MayStartPost(size_t pos, char32_t c,
                                                   size_t len) const {
    if (t_.post_alone.MayContain(c)) return true;
    // The text ends: only a post of one character would fit.
    if (pos + len >= v_.size()) return false;
    size_t next_len;
    char32_t next = DecodeUtf8(v_, pos + len, &next_len);
    const uint64_t pair_key = Tables::PairKey(c, next);
    const uint64_t word = t_.post_pairs.WordOf(pair_key);
    const unsigned pair = PostStartBits::PairBits(word, pair_key);
    if (pair == 0) return false;  // no post begins with c, next
    if (pair & 2) return true;    // c, next may be a whole post
    size_t third_pos = pos + len + next_len;
    if (third_pos >= v_.size()) return false;
    size_t third_len;
    char32_t third = DecodeUtf8(v_, third_pos, &third_len);
    return PostStartBits::MayContainTriple(word,
                                           Tables::TripleKey(c, next, third));
  }
  // start_checked: the caller has found that a post may start at pos
  // (MayStartTitle and MayStartPost of its character), which MatchCore
  // would otherwise ask again.
  std::optional<TitleMatch> MatchTitle(size_t pos, bool allow_join,
                                       bool start_checked = false) const;
  std::optional<TitleMatch> MatchCore(size_t pos, int depth,
                                      bool start_checked = false) const;
  // The longest cue of `set` starting at pos (0 if none).
  size_t CueAt(const CueSet& set, size_t pos) const {
    return set.LongestAt(v_, pos);
  }
  // The longest cue of `set` ending at pos (0 if none).
  size_t CueBefore(const CueSet& set, size_t pos) const {
    return set.LongestEndingAt(v_, pos);
  }
  // Whether a plain Han name may end at pos, and how surely.
  enum End { kNoEnd, kTitleEnd, kWeakEnd, kStrongEnd };
  End NameEndAt(size_t pos) const;
  bool NameEndsAt(size_t pos, bool* strong) const {
    End e = NameEndAt(pos);
    *strong = e == kStrongEnd;
    return e != kNoEnd;
  }
  bool HasNonName(size_t begin, size_t end, bool skip_first) const;
  // Whether a surname of three or six bytes starts at pos (the surnames'
  // Contains of the text's three or six bytes there).
  bool IsSurnameAt(size_t pos) const;
  // IsSurnameAt, and whether a surname of six bytes (欧阳) starts at pos,
  // at once: NameAfter asks both of the same place (one look at the
  // surnames' starts, where two calls looked twice).
  void SurnamesAt(size_t pos, bool* surname, bool* compound) const;
  // HasNonName and, when it finds none, whether every character of
  // [begin, end) is a transliteration character, in one walk: NameAfter
  // asks both of the same name.
  bool HasNonName(size_t begin, size_t end, bool skip_first,
                  bool* all_translit) const;
  // Name after a title (pattern [title][name]): sets [*b, *e).
  bool NameAfter(size_t pos, size_t* b, size_t* e) const;
  // A name at pos of the first of `lengths` (code points) that comes to an
  // end there and holds no non-name character after its first.
  bool NameOfLength(size_t pos, std::initializer_list<size_t> lengths,
                    size_t* b, size_t* e) const;
  bool LatinAfter(size_t pos, size_t* b, size_t* e) const;
  bool DottedAfter(size_t pos, size_t* b, size_t* e) const;
  bool NameBefore(size_t pos, size_t* b, size_t* e) const;
  // The text before a title at `pos`, down to `floor`, as a post's body.
  void Body(size_t floor, size_t pos, Post* post) const;
  // suffix_at_e: the longest body's suffix (org_suffixes) ending at e in
  // the text, which Body has looked up already (0: none).
  bool ValidOrg(size_t b, size_t e, bool strong_start,
                size_t suffix_at_e) const;
  bool IsBackground(size_t begin, size_t end) const;
  // Where a body's name starts when it holds a 、-list of portfolios
  // (肯尼亚环境、水与自然资源部): p itself when it does not. The chunk from p
  // ends in a body's suffix (the caller has looked it up).
  size_t AcrossEnumeration(size_t floor, size_t p) const;
  std::optional<std::string> CountryIn(size_t b, size_t e) const;
  // The country mentions that begin in [b, e), in text order.
  std::pair<const CountryMention*, const CountryMention*> MentionsIn(
      size_t b, size_t e) const {
    const size_t count = mentions_->size();
    const size_t* begins = mention_begins_;
    // The first that begins at b or after, by halving with a select
    // (cmov) rather than a branch: the number of steps depends only on how
    // many mentions there are, and std::lower_bound's branch on each
    // comparison mispredicted about half of them. The halving reads the
    // mentions' begins, side by side in a line or two, where reading the
    // mentions themselves (each holds a string) took a cache line a step.
    size_t first = 0;
    size_t n = count;
    if (n > 0) {
      while (n > 1) {
        const size_t half = n / 2;
        first = begins[first + half] < b ? first + half : first;
        n -= half;
      }
      first += begins[first] < b;
    }
    // The range holds a mention or two at most: stepping to its end costs
    // less than a second binary search over all of them.
    size_t last = first;
    while (last != count && begins[last] < e) ++last;
    return {mentions_->data() + first, mentions_->data() + last};
  }
  // Takes f's contents (f is left moved from): by reference, where taking
  // it by value moved each of its strings once more per person.
  void Add(Found&& f);
  // The index in found_ of the person named `name` (kNotFound: none; names
  // there are unique). A scan: a report names a handful of people, and
  // comparing their names costs less than hashing each name looked up and
  // keeping a map node per person.
  static constexpr size_t kNotFound = std::string::npos;
  size_t FoundNamed(std::string_view name) const {
    for (size_t i = 0; i < found_.size(); ++i) {
      if (found_[i].name == name) return i;
    }
    return kNotFound;
  }
  // The organization `org` (set) names.
  std::string OrgValue(const OrgSource& org) const {
    std::string value;
    if (org.begin < org.end) value = doc_.Value(org.begin, org.end);
    value += org.extra;
    return value;
  }
  // An organization written 该部, 该中心: the body it stands for.
  void ResolveThisBody(Found* f) const;

  const Tables& t_;
  const Document& doc_;
  std::string_view v_;
  std::vector<CountryMention> sorted_mentions_;  // when they come unsorted
  // The country mentions by begin: the caller's, or sorted_mentions_.
  const std::vector<CountryMention>* mentions_ = &sorted_mentions_;
  // The mentions' begins, in their order, for MentionsIn: in place for
  // the few of most reports, else in large_begins_.
  std::array<size_t, 64> small_begins_;
  std::vector<size_t> large_begins_;
  size_t* mention_begins_ = small_begins_.data();
  bool japan_ = false;  // the report names Japan: Japanese names may follow
  bool vietnam_ = false;  // …Vietnam: X氏YY women's names may follow
  std::vector<Found> found_;
};

std::optional<TitleMatch> OfficialFinder::Run::MatchCore(
    size_t pos, int depth, bool start_checked) const {
  std::optional<TitleMatch> best;
  // One walk of the trie: the longest title at pos, and every modifier at
  // pos, shortest first (words shorter than one Han character do not count).
  size_t title_len = 0;
  uint32_t title_node = 0;
  struct ModifierAt {
    size_t len;
    bool former;
  };
  ModifierAt modifiers[kMaxModifierCodePoints];
  size_t modifier_count = 0;
  size_t len;
  const char32_t first = CodePointAt(v_, pos, &len);
  // Every post found below begins with a title or a modifier (or is 驻's,
  // a post alone): where the filters say none begins, the walk would find
  // nothing. Most calls from NameEndAt, the 兼 joins and the modifiers'
  // rests end here.
  if (!start_checked && (len == 0 || !t_.title_first.MayContain(first) ||
                         !MayStartPost(pos, first, len))) {
    return best;
  }
  uint32_t node = PostTrie::kRoot;
  for (size_t p = pos; len > 0;) {
    node = t_.posts.Child(node, p == pos ? first : DecodeUtf8(v_, p, &len));
    if (node == PostTrie::kNone) break;
    p += len;
    if (p - pos >= 3 && t_.posts.EndsTitle(node)) {
      title_len = p - pos;
      title_node = node;
    }
    if (p - pos >= 3 && t_.posts.EndsModifier(node)) {
      modifiers[modifier_count++] =
          ModifierAt{p - pos, t_.posts.ModifierFormerAt(node)};
    }
    if (p >= v_.size()) break;
  }
  // The post from pos to end, as best. Filled in place, a field at a
  // time: a TitleMatch built on the stack (or returned by the walk after
  // a modifier) and assigned was copied in by 16-byte loads of the
  // narrower stores that built it, which cannot be forwarded from them and
  // waited for them to reach the cache (a store-forwarding stall, some
  // tenth of MatchCore's samples).
  auto set_best = [&](size_t end, TitleInfo info, bool former) {
    TitleMatch& m = best.emplace();
    m.begin = pos;
    m.end = end;
    m.core = v_.substr(pos, end - pos);
    m.info = info;
    m.former = former;
  };
  if (title_len > 0) {
    set_best(pos + title_len, t_.posts.TitleInfoAt(title_node), false);
  }
  if (depth >= kMaxModifiers) return best;
  // A modifier (副, 常务, 原) and a title after it.
  for (size_t i = 0; i < modifier_count; ++i) {
    const ModifierAt& mod = modifiers[i];
    std::optional<TitleMatch> rest = MatchCore(pos + mod.len, depth + 1);
    if (rest && (!best || rest->end > best->end)) {
      set_best(rest->end, rest->info, rest->former || mod.former);
    }
  }
  // 驻 and a place before a diplomatic title (驻华大使, 驻泰国大使).
  if (depth <= 1 && first == U'驻') {
    size_t p = pos + 3;
    for (size_t i = 0; i < kMaxPostedPlace; ++i) {
      size_t len;
      char32_t c = CodePointAt(v_, p, &len);
      // 驻华使馆参赞: the mission (使馆, 领事馆) is the organization, and
      // the post is what follows it.
      if (!IsHan(c) || c == U'馆') break;
      p += len;
      std::optional<TitleMatch> rest = MatchCore(p, kMaxModifiers - 1);
      if (rest && rest->info.diplomatic && (!best || rest->end > best->end)) {
        set_best(rest->end, rest->info, rest->former);
        break;
      }
    }
  }
  return best;
}

std::optional<TitleMatch> OfficialFinder::Run::MatchTitle(
    size_t pos, bool allow_join, bool start_checked) const {
  std::optional<TitleMatch> m = MatchCore(pos, 0, start_checked);
  if (!m) return m;
  // 部长级对话, 司局级官员: a rank used as an adjective, no one's post.
  // (Every return is of m, none of std::nullopt, so that m is built in
  // the caller's place and not copied there: a copy read MatchCore's
  // stores with wider loads, a store-forwarding stall.)
  if (StartsWithAt(v_, m->end, "级")) {
    m.reset();
    return m;
  }
  // Posts written together (首席顾问科学家) or joined by 兼 (县委书记兼县长).
  for (int i = 0; i < 3; ++i) {
    size_t p = m->end;
    bool join = StartsWithAt(v_, p, "兼");
    if (join) p += 3;
    if (!join && !allow_join) break;
    std::optional<TitleMatch> next = MatchCore(p, 0);
    if (!next || next->info.flag == Flag::kVerb) break;
    // core is contiguous in the view, so extending it is a longer view.
    m->core = std::string_view(m->core.data(),
                               v_.data() + next->end - m->core.data());
    m->end = next->end;
  }
  size_t len;
  char32_t after = CodePointAt(v_, m->end, &len);
  // 干旱地区长期: 长 starts a word (长期, 长远, 长达): no 区长 there.
  if (EndsWith(m->core, "长") && Contains(U"期久远达足效", after)) {
    m.reset();
    return m;
  }
  // 教授会见, 大使会谈, 主席会上: 会 starts a verb or a time there, not a
  // body's name (委员会).
  if (after == U'会') {
    size_t next_len;
    char32_t next = CodePointAt(v_, m->end + len, &next_len);
    if (Contains(U"见晤谈面同上后前", next)) return m;
  }
  if (t_.IsBodyAfterTitle(after)) m.reset();
  return m;
}

OfficialFinder::Run::End OfficialFinder::Run::NameEndAt(size_t pos) const {
  size_t len;
  char32_t c = CodePointAt(v_, pos, &len);
  if (len == 0) return kStrongEnd;
  if (!IsHan(c)) return c != kMiddleDot ? kStrongEnd : kNoEnd;
  // The cue sets' and the posts' first-character filters are asked inline,
  // of c decoded once, before each lookup: most characters start no cue
  // and no post, and each lookup was a call that decoded c again (some
  // 3,200 calls of NameEndAt per 200 reports, four decodes each).
  if (t_.honorific.MayStartWith(c) && CueAt(t_.honorific, pos) > 0) {
    return kStrongEnd;
  }
  size_t n = t_.after.MayStartWith(c) ? CueAt(t_.after, pos) : 0;
  if (n > 0) return n > 3 ? kStrongEnd : kWeakEnd;
  if (!t_.MayStartTitle(c)) return kNoEnd;  // MatchTitle would find none
  return MatchTitle(pos, false).has_value() ? kTitleEnd : kNoEnd;
}

bool OfficialFinder::Run::HasNonName(size_t begin, size_t end,
                                     bool skip_first) const {
  size_t pos = begin;
  bool first = true;
  while (pos < end) {
    size_t len;
    char32_t c = DecodeUtf8(v_, pos, &len);
    if (!(first && skip_first) && t_.IsNonName(c)) return true;
    first = false;
    pos += len;
  }
  return false;
}

bool OfficialFinder::Run::IsSurnameAt(size_t pos) const {
  // Near the end, the text may hold a shorter word: the surnames decide.
  if (pos + 6 > v_.size()) {
    return t_.surnames.Contains(v_.substr(pos, 3)) ||
           t_.surnames.Contains(v_.substr(pos, 6));
  }
  // Three bytes are a surname of three bytes, or begin one of six (which
  // the surnames then decide, seldom).
  const uint32_t flags = t_.surname_starts.FlagsAt(
      reinterpret_cast<const unsigned char*>(v_.data()) + pos);
  if (flags & SurnameStarts::kSurname) return true;
  return (flags & SurnameStarts::kBeginsCompound) &&
         t_.surnames.Contains(v_.substr(pos, 6));
}

bool OfficialFinder::Run::HasNonName(size_t begin, size_t end,
                                     bool skip_first,
                                     bool* all_translit) const {
  bool translit = true;
  bool first = true;
  for (size_t pos = begin; pos < end;) {
    size_t len;
    char32_t c = DecodeUtf8(v_, pos, &len);
    if (!(first && skip_first) && t_.IsNonName(c)) return true;
    translit = translit && t_.IsTranslit(c);
    first = false;
    pos += len;
  }
  *all_translit = translit;
  return false;
}

void OfficialFinder::Run::SurnamesAt(size_t pos, bool* surname,
                                     bool* compound) const {
  // As IsSurnameAt, which see; a compound surname is a surname too.
  if (pos + 6 > v_.size()) {
    *compound = t_.surnames.Contains(v_.substr(pos, 6));
    *surname = *compound || t_.surnames.Contains(v_.substr(pos, 3));
    return;
  }
  const uint32_t flags = t_.surname_starts.FlagsAt(
      reinterpret_cast<const unsigned char*>(v_.data()) + pos);
  *compound = (flags & SurnameStarts::kBeginsCompound) &&
              t_.surnames.Contains(v_.substr(pos, 6));
  *surname = (flags & SurnameStarts::kSurname) || *compound;
}

bool OfficialFinder::Run::LatinAfter(size_t pos, size_t* b, size_t* e) const {
  // Dr., Mr. and the like go; the name is capitalized words.
  size_t p = pos;
  while (p < v_.size() && v_[p] == ' ') ++p;
  size_t h = CueAt(t_.honorific, p);
  if (h > 0 && p + h <= v_.size() && IsAsciiAlpha(v_[p])) {
    p += h;
    while (p < v_.size() && v_[p] == ' ') ++p;
  }
  re2::StringPiece input(v_.data() + p, v_.size() - p);
  re2::StringPiece name;
  if (!RE2::Consume(&input, *t_.latin_name, &name)) return false;
  std::string_view n(name.data(), name.size());
  while (!n.empty() && (n.back() == ' ' || n.back() == '.')) n.remove_suffix(1);
  // An acronym (EPA, COP15) or a lone short word is not a name.
  bool lower = false;
  for (char c : n) lower = lower || (c >= 'a' && c <= 'z');
  if (!lower || n.size() < 3) return false;
  *b = p;
  *e = p + n.size();
  return true;
}

bool OfficialFinder::Run::DottedAfter(size_t pos, size_t* b,
                                      size_t* e) const {
  // Parts of Han characters joined by middle dots: 朱欧普·帕里斯.
  // The first part (at most kMaxDottedPart + 4 Han characters of up to four
  // bytes, each hyphen followed by one of them) must end in a dot: with no
  // dot within that reach, none of it need be read. Most names have none.
  constexpr size_t kFirstPartReach = (kMaxDottedPart + 4) * (4 + 1);
  if (v_.substr(pos, kFirstPartReach + kMiddleDotBytes).find("·") ==
      std::string_view::npos) {
    return false;
  }
  size_t p = pos;
  int parts = 0;
  while (true) {
    size_t start = p;
    size_t count = 0;
    size_t len;
    while (count < kMaxDottedPart + 4) {
      char32_t c = CodePointAt(v_, p, &len);
      // 让-博斯科: a hyphen joins the halves of a part between Han
      // characters.
      if (c == '-' && count > 0 && IsHan(CodePointAt(v_, p + 1, &len))) {
        p += 1;
        continue;
      }
      if (!IsHan(c)) break;
      p += len;
      ++count;
    }
    if (count == 0) return false;
    char32_t next = CodePointAt(v_, p, &len);
    if (next == kMiddleDot && count <= kMaxDottedPart) {
      ++parts;
      p += len;
      continue;
    }
    if (parts == 0) return false;
    // The last part ends where a verb, honorific or title begins.
    size_t q = start;
    size_t kept = 0;
    bool strong;
    while (q < p) {
      if (kept > 0 && NameEndsAt(q, &strong)) break;
      q += CodePointAt(v_, q, &len) ? len : 1;
      ++kept;
    }
    if (kept == 0 || kept > kMaxDottedPart) return false;
    *b = pos;
    *e = q;
    return true;
  }
}

bool OfficialFinder::Run::NameOfLength(size_t pos,
                                       std::initializer_list<size_t> lengths,
                                       size_t* b, size_t* e) const {
  for (size_t n : lengths) {
    size_t end = AdvanceHan(v_, pos, n);
    if (end == std::string_view::npos || NameEndAt(end) == kNoEnd ||
        HasNonName(pos, end, true)) {
      continue;
    }
    *b = pos;
    *e = end;
    return true;
  }
  return false;
}

bool OfficialFinder::Run::NameAfter(size_t pos, size_t* b, size_t* e) const {
  size_t len;
  char32_t c = CodePointAt(v_, pos, &len);
  if (len == 0) return false;
  if (IsAsciiAlpha(c) || c == ' ') return LatinAfter(pos, b, e);
  if (!IsHan(c)) return false;
  if (DottedAfter(pos, b, e)) return true;
  // A name never starts with a verb or a function word (表示, 和, 在).
  // (Each set's filter asked inline first, as in NameEndAt.)
  if ((t_.after.MayStartWith(c) && CueAt(t_.after, pos) > 0) ||
      (t_.lead.MayStartWith(c) && CueAt(t_.lead, pos) > 0) ||
      (t_.group.MayStartWith(c) && CueAt(t_.group, pos) > 0)) {
    return false;
  }
  bool surname;
  bool compound;
  SurnamesAt(pos, &surname, &compound);
  // 高桥正和, 长谷川隆: in a report about Japan, a Japanese surname and a
  // given name of two characters, else one, wherever the name then ends.
  // (Read as Chinese, 高 would be the surname and 高桥正 the name.)
  if (japan_) {
    if (size_t sn = t_.japanese_surnames.LongestAt(v_, pos, nullptr, 6)) {
      size_t chars = CountCodePoints(v_.substr(pos, sn));
      if (NameOfLength(pos, {chars + 2, chars + 1}, b, e)) return true;
    }
  }
  // 农氏香梅, 阮氏秋: in a report about Vietnam, a surname, 氏 and a given
  // name of two characters, else one.
  if (vietnam_ && surname) {
    size_t len;
    CodePointAt(v_, pos, &len);
    if (StartsWithAt(v_, pos + len, "氏") && NameOfLength(pos, {4, 3}, b, e)) {
      return true;
    }
  }
  // The end of the name's first n Han characters, one more each round (the
  // first is Han, tested above).
  size_t han_end = pos + len;
  for (size_t n = 2; n <= kMaxNameAfter; ++n) {
    han_end = AdvanceHan(v_, han_end, 1);
    size_t end = han_end;
    if (end == std::string_view::npos) {
      // A name cut by punctuation shorter than n was tried already.
      return false;
    }
    End how = NameEndAt(end);
    if (how == kNoEnd) continue;
    bool translit;
    if (HasNonName(pos, end, surname, &translit)) return false;
    bool strong = how == kStrongEnd;
    // 森田健一郎, 山本由美子: a Japanese name of four or five characters,
    // closed by punctuation or a verb and ending like a given name.
    size_t last_len;
    bool japanese = n >= 4 && n <= 5 && strong &&
                    Contains(t_.japanese_given_end,
                             DecodeUtf8Before(v_, end, &last_len));
    bool ok = n == 2   ? (surname || translit || strong)
              : n == 3 ? (surname || translit || how != kTitleEnd)
                       : (translit || (n == 4 && compound) || japanese);
    if (!ok) return false;
    // 孟庆和, : a name's last character may read as a conjunction (和, 与).
    // When one more character brings the name to a clear end, it is the
    // name's (a conjunction would join two names: 孟庆和李明).
    if (how == kWeakEnd && n < 3 && surname) {
      size_t len;
      char32_t c = CodePointAt(v_, end, &len);
      if ((c == U'和' || c == U'与' || c == U'及') &&
          NameEndAt(end + len) == kStrongEnd) {
        end += len;
      }
    }
    *b = pos;
    *e = end;
    return true;
  }
  return false;
}

bool OfficialFinder::Run::NameBefore(size_t pos, size_t* b, size_t* e) const {
  size_t len;
  char32_t c = DecodeUtf8Before(v_, pos, &len);
  if (len == 0) return false;
  if (IsAsciiAlpha(c)) {
    size_t p = pos;
    while (p > 0) {
      char ch = v_[p - 1];
      if (IsAsciiAlpha(static_cast<unsigned char>(ch)) || ch == ' ' ||
          ch == '\'' || ch == '-' || ch == '.') {
        --p;
      } else {
        break;
      }
    }
    while (p < pos && (v_[p] == ' ' || v_[p] == '.' || v_[p] == '-')) ++p;
    size_t h = CueAt(t_.honorific, p);
    if (h > 0) {
      p += h;
      while (p < pos && v_[p] == ' ') ++p;
    }
    size_t nb, ne;
    if (p >= pos || !LatinAfter(p, &nb, &ne) || ne != pos) return false;
    *b = nb;
    *e = ne;
    return true;
  }
  // The start of the name's last n Han characters, one more each round
  // (BackHan of n from pos, without walking back over the others again).
  size_t start = BackHan(v_, pos, 1);
  for (size_t n = 2; n <= kMaxNameBefore; ++n) {
    if (start != std::string_view::npos) start = BackHan(v_, start, 1);
    if (start == std::string_view::npos) return false;
    // The left edge: punctuation, a function word (由, 和, 的) or a body.
    size_t plen;
    char32_t prev = DecodeUtf8Before(v_, start, &plen);
    // (The cue sets' last-character filters asked inline, of prev, before
    // each lookup, a call that decoded prev again: some 2,600 per 200
    // reports, most ending at the filter.)
    // (prev is Han by the last test: 的 is the character decoded, where a
    // byte compare at start - plen was a call.)
    bool edge = plen == 0 || !IsHan(prev) ||
                (t_.lead.MayEndWith(prev) && CueBefore(t_.lead, start) > 0) ||
                (t_.after.MayEndWith(prev) && CueBefore(t_.after, start) > 0) ||
                prev == U'的';
    if (!edge) edge = t_.org_suffixes.LongestEndingAt(v_, start) > 0;
    if (!edge) continue;
    // 云南省长: a place and its post, not a person named 云南.
    bool place = false;
    auto [first, last] = MentionsIn(start, pos);
    for (const CountryMention* m = first; m != last; ++m) {
      place = place || (m->begin == start && m->end == pos);
    }
    if (place) return false;
    // A person found before. The n characters are Han, so the name's value
    // (Document::Value, which drops spaces) is its bytes as they stand:
    // looked up in place, with no string built.
    if (!found_.empty() &&
        FoundNamed(v_.substr(start, pos - start)) != kNotFound) {
      *b = start;
      *e = pos;
      return true;
    }
    // A new name begins with a surname, whatever its length.
    if (!IsSurnameAt(start) || HasNonName(start, pos, true)) continue;
    if (CueAt(t_.group, start) > 0) continue;
    // 和李部长: a conjunction, then a surname.
    if (CueAt(t_.lead, start) == 3 || CueAt(t_.after, start) == 3) continue;
    *b = start;
    *e = pos;
    return true;
  }
  return false;
}

bool OfficialFinder::Run::ValidOrg(size_t b, size_t e, bool strong_start,
                                   size_t suffix_at_e) const {
  std::string_view org = v_.substr(b, e - b);
  // Its code points (as CountCodePoints counts them) and whether one is Han,
  // in one pass, which stops once both are known for the tests below: they
  // ask only whether there are fewer than 2, at most 3 or at least 4.
  constexpr size_t kCharsEnough = 4;
  size_t chars = 0;
  bool han = false;
  for (size_t p = 0; p < org.size() && !(han && chars >= kCharsEnough);
       ++chars) {
    size_t len;
    if (IsHan(DecodeUtf8(org, p, &len))) han = true;
    p += len;
  }
  if (chars < 2) return false;
  if (!han) return false;
  // 日方, 柬方: a side, not a body.
  if (EndsWith(org, "方") && chars <= 3) return false;
  // A body's suffix ends it: the longest ending at e when it fits in org,
  // else perhaps a shorter one (none ends there at all when none ends at e
  // in the text).
  if (suffix_at_e > 0 &&
      (suffix_at_e <= org.size() ||
       t_.org_suffixes.LongestEndingAt(org, org.size()) > 0)) {
    return true;
  }
  for (std::string_view s : kPlaceSuffixes) {
    if (EndsWith(org, s)) return true;
  }
  auto [first, last] = MentionsIn(b, e);
  for (const CountryMention* m = first; m != last; ++m) {
    if (m->end <= e) return true;
  }
  return strong_start && chars >= kCharsEnough;
}

size_t OfficialFinder::Run::AcrossEnumeration(size_t floor, size_t p) const {
  // 所罗门群岛环境、气候变化、灾害管理和气象部: a ministry named by its
  // portfolios, listed with 、. The chunk from p ends in a body's suffix;
  // the pieces before it, back to one that starts with a country's name,
  // belong to it when none of them is a body or a post of its own.
  size_t begin = p;
  for (size_t piece = 0; piece < kMaxEnumeratedPieces; ++piece) {
    size_t len;
    if (DecodeUtf8Before(v_, begin, &len) != U'、') break;
    size_t q = begin - len;
    size_t count = 0;
    while (q > floor && count < kMaxOrgCodePoints) {
      size_t n;
      char32_t c = DecodeUtf8Before(v_, q, &n);
      if (!IsHan(c)) break;
      q -= n;
      ++count;
    }
    if (count == 0 || q < floor) break;
    std::string_view run = v_.substr(q, begin - len - q);
    // A body or a post of its own: a list of bodies or of posts.
    if (t_.org_suffixes.LongestEndingAt(run, run.size()) > 0 ||
        t_.titles.LongestEndingAt(run, run.size()) > 0) {
      break;
    }
    auto [first, last] = MentionsIn(q, begin);
    if (first != last && first->begin == q && !first->place) return q;
    begin = q;
  }
  return p;
}

void OfficialFinder::Run::Body(size_t floor, size_t pos, Post* post) const {
  // Back to punctuation, 的, or the end of the previous mention.
  const auto* bytes = reinterpret_cast<const unsigned char*>(v_.data());
  size_t p = pos;
  size_t count = 0;
  while (p > floor && count < kMaxOrgCodePoints) {
    // A Han character other than 的, on its raw bytes.
    if (p >= 3 && (bytes[p - 3] & 0xF0) == 0xE0 &&
        IsUnifiedHanOtherThanDe(bytes + p - 3)) {
      p -= 3;
      ++count;
      continue;
    }
    size_t len;
    char32_t c = DecodeUtf8Before(v_, p, &len);
    if (!IsOrgChar(c) || c == U'的') break;
    p -= len;
    ++count;
  }
  // 沙特阿拉伯环境、水和农业部环境副大臣: a portfolio (环境) may stand
  // between a ministry named by its portfolios and the post; the ministry's
  // list is then read up to its own suffix.
  const size_t suffix_at_pos = t_.org_suffixes.LongestEndingAt(v_, pos);
  size_t listed = suffix_at_pos > 0 ? AcrossEnumeration(floor, p) : p;
  if (listed == p && suffix_at_pos == 0) {
    size_t q = pos;
    for (size_t k = 0; k < kMaxPortfolioCodePoints && q > p; ++k) {
      size_t len;
      DecodeUtf8Before(v_, q, &len);
      q -= len;
      if (t_.org_suffixes.LongestEndingAt(v_, q) > 0) {
        size_t across = AcrossEnumeration(floor, p);
        if (across < p) {
          post->chunk_begin = across;
          post->body_begin = post->org_begin = across;
          post->org_end = q;
          return;
        }
        break;
      }
    }
  }
  p = listed;
  post->chunk_begin = p;
  size_t len;
  char32_t before = DecodeUtf8Before(v_, p, &len);
  bool strong = len == 0 || before == '\n' || before == ',' || before == ' ' ||
                before == ':' || before == U'。' ||
                (before == U'、' && floor > 0 && p == floor + len);
  size_t b = p;
  // A verb no body's name holds (会见, 还有): the body starts after it.
  const size_t three_bytes_end = v_.size() > 2 ? v_.size() - 2 : 0;
  for (size_t q = p; q < pos;) {
    // A character that starts no cut verb, on its raw bytes.
    if (q < three_bytes_end && IsPlainThreeByteLead(bytes[q]) &&
        !t_.cut_start_bytes.MayBeWanted(bytes + q)) {
      q += 3;
      continue;
    }
    char32_t c = DecodeUtf8(v_, q, &len);
    size_t n = t_.cut.MayStartWith(c) ? CueAt(t_.cut, q) : 0;
    size_t next_len;
    // 代表处, 主持会: the word heads a body's name there.
    if (n > 0 && t_.IsBodyAfterTitle(CodePointAt(v_, q + n, &next_len))) {
      n = 0;
    }
    if (n > 0) {
      b = q + n;
      strong = false;
      q += n;
    } else {
      q += len;
    }
  }
  // Function words at the start (还有, 由, 与).
  while (b < pos) {
    size_t n = CueAt(t_.lead, b);
    if (n == 0 || b + n > pos) break;
    b += n;
    strong = false;
  }
  // 与斐济总理办公室: a conjunction before a country starts a new body.
  auto [first, last] = MentionsIn(b + 1, pos);
  for (const CountryMention* m = first; m != last; ++m) {
    if (m->place) continue;
    size_t n = CueBefore(t_.lead, m->begin);
    if (n > 0 && m->begin - n >= b) {
      b = m->begin;
      strong = false;
    }
  }
  // Digits and dates before a body are not part of it (7月29日下午).
  while (b < pos && (v_[b] == '(' || v_[b] == ')' || v_[b] == '-' ||
                     v_[b] == '/')) {
    ++b;
  }
  // An unmatched ')' closes a byline or an aside before the body. (Most
  // bodies hold no ')': one memchr, not a test of every byte, tells so.)
  int depth = 0;
  const bool closes = b < pos && std::memchr(v_.data() + b, ')', pos - b);
  for (size_t q = b; closes && q < pos; ++q) {
    if (v_[q] == '(') ++depth;
    if (v_[q] == ')' && --depth < 0) {
      b = q + 1;
      depth = 0;
      strong = false;
    }
  }
  post->body_begin = post->org_begin = post->org_end = b;
  if (b < pos && ValidOrg(b, pos, strong, suffix_at_pos)) {
    post->org_end = pos;
    return;
  }
  // 环保局长: the body's head is the title's first character.
  std::string_view core = post->title.core;
  if (b < pos && core.size() == 6 && EndsWith(core, "长") &&
      !EndsWith(v_.substr(b, pos - b), "方")) {
    size_t clen;
    char32_t head = DecodeUtf8(core, 0, &clen);
    if (Contains(kBodyOfHead, head) &&
        CountCodePointsUpTo(v_.substr(b, pos - b), 2) >= 2 &&
        !HasNonName(b, pos, false)) {
      post->org_end = pos;
      post->org_extra = core.substr(0, clen);
    }
  }
}

bool OfficialFinder::Run::IsBackground(size_t begin, size_t end) const {
  // 李克强总理…提出的倡议, 习近平主席…互致贺函.
  const auto* bytes = reinterpret_cast<const unsigned char*>(v_.data());
  const LeadFoldedBits& passed_over = t_.background_start_bytes;
  // Positions below this have a whole three-byte sequence's room.
  const size_t three_bytes_end = v_.size() > 2 ? v_.size() - 2 : 0;
  size_t p = end;
  for (size_t i = 0; i < kBackgroundWindow && p < v_.size(); ++i) {
    // A character that neither stops the window nor starts a cue.
    if (p < three_bytes_end && IsPlainThreeByteLead(bytes[p]) &&
        !passed_over.MayBeWanted(bytes + p)) {
      p += 3;
      continue;
    }
    size_t len;
    char32_t c = DecodeUtf8(v_, p, &len);
    if (c == U'。' || c == '\n' || c == ';') break;
    if (t_.background.MayStartWith(c) && CueAt(t_.background, p) > 0) {
      return true;
    }
    p += len;
  }
  // 他明天安排与…会面: a meeting still to come; 时任…部长, 前任总领事: a post
  // held before, so a person of the report's background. The cue may have
  // been read as the start of the organization (时任老挝…部).
  // 阿曼时任环境部大臣: inside the mention, before the post.
  for (size_t q = begin; q < end;) {
    // A character that starts no cue (the filter's set holds the former's).
    if (q < three_bytes_end && IsPlainThreeByteLead(bytes[q]) &&
        !passed_over.MayBeWanted(bytes + q)) {
      q += 3;
      continue;
    }
    size_t len;
    char32_t c = DecodeUtf8(v_, q, &len);
    if (t_.former.MayStartWith(c) && CueAt(t_.former, q) > 0) return true;
    q += len;
  }
  p = begin;
  for (size_t i = 0; i < kBackgroundWindow * 2 && p > 0; ++i) {
    // A character that neither stops the window nor starts a cue.
    if (p >= 3 && IsPlainThreeByteLead(bytes[p - 3]) &&
        !passed_over.MayBeWanted(bytes + p - 3)) {
      p -= 3;
      continue;
    }
    size_t len;
    char32_t c = DecodeUtf8Before(v_, p, &len);
    if (c == U'。' || c == '\n' || c == ',' || c == ';') break;
    p -= len;
    // c starts at p now.
    if (t_.future_or_former_first.MayContain(c) &&
        ((t_.future.MayStartWith(c) && CueAt(t_.future, p) > 0) ||
         (t_.former.MayStartWith(c) && CueAt(t_.former, p) > 0))) {
      return true;
    }
  }
  return false;
}

std::optional<std::string> OfficialFinder::Run::CountryIn(size_t b,
                                                          size_t e) const {
  // An international body named after its seat (上海合作组织) has none.
  // Searched for only when a place is mentioned, where it decides.
  std::string_view body = v_.substr(b, e - b);
  auto international = [body] {
    return body.find("组织") != std::string_view::npos ||
           body.find("联合国") != std::string_view::npos ||
           body.find("国际") != std::string_view::npos;
  };
  auto [first, last] = MentionsIn(b, e);
  for (const CountryMention* m = first; m != last; ++m) {
    if (m->place && international()) continue;
    if (m->end <= e) return m->code;
  }
  return std::nullopt;
}

void OfficialFinder::Run::ResolveThisBody(Found* f) const {
  // 该部第一副部长, 听取了该中心所长…: "this ministry", "this centre" is the
  // nearest body before the mention whose name ends with the same head.
  static constexpr std::string_view kThis = "该";
  if (!f->org || !StartsWithAt(*f->org, 0, kThis)) return;
  // The head is the body's kind right after 该 (该部, 该中心); a portfolio
  // may follow it (该部电力副部长: the ministry's deputy minister for power).
  std::string_view rest = std::string_view(*f->org).substr(kThis.size());
  size_t head_size = t_.org_suffixes.LongestAt(rest, 0);
  if (head_size == 0) return;
  std::string_view head = rest.substr(0, head_size);
  size_t at = f->begin;
  while (at > 0) {
    size_t found = v_.rfind(head, at - 1);
    if (found == std::string_view::npos) return;
    at = found;
    if (found >= kThis.size() &&
        v_.compare(found - kThis.size(), kThis.size(), kThis) == 0) {
      continue;  // another 该X
    }
    Post post;
    Body(0, found + head.size(), &post);
    if (post.org_end > post.org_begin &&
        post.org_end - post.org_begin > head.size()) {
      f->org = doc_.Value(post.org_begin, post.org_end);
      if (!f->country) f->country = CountryIn(post.body_begin, post.org_end);
      return;
    }
  }
}

void OfficialFinder::Run::Add(Found&& f) {
  // (Counting stops at two: a name of one character is no one's.)
  if (f.name.empty() || CountCodePointsUpTo(f.name, 2) < 2) return;
  ResolveThisBody(&f);
  static constexpr std::string_view kDot = "·";
  f.first_dot = f.name.find(kDot);
  // Most names hold no dot: then no last one is looked for (rfind compared
  // the dot at every byte of the name, some 300 instructions a person).
  f.last_dot = f.first_dot == std::string::npos ? std::string::npos
                                                : f.name.rfind(kDot);
  f.spaced = f.name.find(' ') != std::string::npos;
  size_t at = FoundNamed(f.name);
  // Andrade副部长 after Lucía Andrade Vera: a Latin name named again by one
  // of its words is the same person. (Only a name with a space has a word
  // shorter than itself.)
  if (at == kNotFound && !f.spaced) {
    for (size_t i = 0; i < found_.size() && at == kNotFound; ++i) {
      if (!found_[i].spaced) continue;
      std::string_view full = found_[i].name;
      for (size_t w = 0; w < full.size();) {
        size_t sp = full.find(' ', w);
        if (sp == std::string_view::npos) sp = full.size();
        if (sp > w && full.substr(w, sp - w) == f.name && sp - w < full.size()) {
          at = i;
          break;
        }
        w = sp + 1;
      }
    }
  }
  if (at == kNotFound && f.first_dot == std::string::npos) {
    // 罗哈斯副部长 after 马科斯·罗哈斯: a foreign name named again by one of
    // its parts is the same person.
    for (size_t i = 0; i < found_.size(); ++i) {
      std::string_view full = found_[i].name;
      size_t first_dot = found_[i].first_dot;
      size_t last_dot = found_[i].last_dot;
      if (first_dot == std::string_view::npos) continue;
      if (full.substr(last_dot + 2) == f.name ||
          full.substr(0, first_dot) == f.name) {
        at = i;
        break;
      }
    }
  }
  if (at == kNotFound && f.first_dot != std::string::npos) {
    // 霍吉耶夫部长 in the headline, 沙夫卡特·霍吉耶夫 in the text: the
    // full name names the person found before by one of its parts.
    std::string_view full = f.name;
    std::string_view first = full.substr(0, f.first_dot);
    std::string_view last = full.substr(f.last_dot + kDot.size());
    for (size_t i = 0; i < found_.size(); ++i) {
      if (found_[i].first_dot != std::string::npos) continue;
      if (found_[i].name == last || found_[i].name == first) {
        found_[i].name = f.name;
        found_[i].first_dot = f.first_dot;
        found_[i].last_dot = f.last_dot;
        found_[i].spaced = f.spaced;
        // The record's text is then the mention that names the person fully.
        found_[i].begin = f.begin;
        found_[i].end = f.end;
        at = i;
        break;
      }
    }
  }
  if (at == kNotFound) {
    found_.push_back(std::move(f));
    return;
  }
  Found& old = found_[at];
  if (!old.title && f.title) old.title = std::move(f.title);
  if (!old.org && f.org) old.org = std::move(f.org);
  if (!old.country && f.country) old.country = std::move(f.country);
}

// The length a character's lead byte announces: 1 for ASCII and for bytes
// that lead nothing (continuation bytes), 2 for C0..DF, 3 for E0..EF, 4 for
// F0..FF, one nibble each by the lead's high nibble. DecodeUtf8 reads a
// well-formed character so, and the title scan steps so between the
// characters it looks at.
namespace {
size_t LeadLength(unsigned char lead) {
  constexpr uint64_t kLengthByHighNibble = 0x4322111111111111;
  return static_cast<size_t>(kLengthByHighNibble >> ((lead >> 4) * 4)) & 0xF;
}

// Step 1 of the title scan (FindTitles): the characters from pos to
// window_end that are not passed over on the filter of posts' first
// characters, into candidates (*count of them); *end: where the step
// stopped. kExact: each three-byte character is asked MayBeWanted; else
// its bit alone (WantedBit), and false is returned when some third byte
// was no continuation byte, for the caller to collect the window again,
// exactly. A call of its own (one per window), starting on a 64-byte
// line, so that its loop over three-byte runs lies where the function's own
// code puts it: inlined, it spanned two or three of the instruction
// fetch's 64-byte lines as the code around it changed, and took 3% to 15%
// more time in three (perf, alternated runs).
template <bool kExact>
__attribute__((noinline, aligned(64))) bool CollectCharacters(
    const unsigned char* bytes, size_t pos, size_t window_end,
    const LeadFoldedBits& first_bytes, size_t* candidates,
    size_t* count, size_t* end) {
  size_t n = 0;
  size_t q = pos;
  // The third bytes AND-ed and OR-ed: continuation bytes all, 80..BF, when
  // the first has bit 7 set and the second bit 6 clear.
  unsigned char thirds_and = 0xFF;
  unsigned char thirds_or = 0;
  while (q < window_end) {
    // Runs of three-byte characters: nearly all of Chinese text. (Telling
    // five or sixteen well-formed ones at once by an SSE2 compare, then
    // testing the filter's bit alone, took more time, not less: the runs
    // are short, digits, spaces and Latin words between them (half the
    // three-byte characters lie in whole blocks of sixteen, four in five
    // in blocks of five), and the branch between the two paths is likely
    // to have mispredicted. So did two characters a round, told
    // well-formed by one eight-byte load: fewer instructions, but a second
    // branch out of each run, which mispredicted.)
    while (q < window_end && (bytes[q] & 0xF0) == 0xE0) {
      candidates[n] = q;
      n += kExact ? first_bytes.MayBeWanted(bytes + q)
                  : first_bytes.WantedBit(bytes + q);
      thirds_and &= bytes[q + 2];
      thirds_or |= bytes[q + 2];
      q += 3;
    }
    // Runs of ASCII (digits, spaces, Latin words): no post's first, a
    // byte at a time, where each went through the general step below.
    while (q < window_end && bytes[q] < 0x80) ++q;
    if (q >= window_end) break;
    const unsigned char lead = bytes[q];
    if ((lead & 0xF0) == 0xE0) continue;  // the next run
    // The rest, seldom: characters of two or four bytes, bytes that lead
    // nothing.
    candidates[n] = q;
    ++n;
    q += LeadLength(lead);
  }
  *count = n;
  *end = q;
  return kExact || ((thirds_and & 0x80) != 0 && (thirds_or & 0x40) == 0);
}

}  // namespace

EVENTX_ALWAYS_INLINE inline size_t OfficialFinder::Run::TitleAt(
    size_t pos, bool pair_asked, std::vector<TitleMatch>* titles) const {
  const std::string_view text = v_;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  if (bytes[pos] < 0x80) return pos + 1;  // ASCII: not Han, so no post's first
  // A Han character that may start a post, and another three-byte one
  // after it (both well-formed, so the filter passed it as Han): unless
  // it is a post alone (副, 驻), the two must begin a post, asked of their
  // raw bytes before anything is decoded. Were the second an overlong
  // form or a surrogate, it would begin no post either.
  if (!pair_asked && pos + 6 <= text.size() && IsThreeByteShape(bytes + pos) &&
      IsThreeByteShape(bytes + pos + 3) &&
      !t_.post_pair_bytes.MayContain(Tables::EightBytes(bytes + pos, 6)) &&
      !t_.post_alone.MayContain(ThreeByteBits(bytes + pos))) {
    return pos + 3;
  }
  size_t len;
  char32_t c = DecodeUtf8(text, pos, &len);
  // The rest (other lengths, characters that may start a post): decoded,
  // then the bit test and the filter of posts' first two characters.
  if (!t_.title_first.MayContain(c) || !IsHan(c) ||
      !MayStartPost(pos, c, len)) {
    return pos + len;
  }
  return TitleFrom(pos, len, titles);
}

size_t OfficialFinder::Run::TitleFrom(size_t pos, size_t len,
                                      std::vector<TitleMatch>* titles) const {
  // TitleAt's filters have found that a post may start at pos.
  std::optional<TitleMatch> m = MatchTitle(pos, true, /*start_checked=*/true);
  if (!m) return pos + len;
  // 环境部长官: 部长 overlaps 长官, which ends later; the body's own
  // head (部) is then not part of the post.
  size_t inner = pos + len;
  if (inner < m->end && m->end - pos <= 6) {
    std::optional<TitleMatch> later = MatchTitle(inner, true);
    if (later && later->end > m->end) return inner;
  }
  // Copied a field at a time (not by 16-byte loads of MatchCore's 8-byte
  // stores, a store-forwarding stall).
  TitleMatch& title = titles->emplace_back();
  title.begin = m->begin;
  title.end = m->end;
  title.core = std::string_view(m->core.data(), m->core.size());
  title.info = m->info;
  title.former = m->former;
  return m->end;
}

std::vector<TitleMatch> OfficialFinder::Run::FindTitles() const {
  const std::string_view text = v_;
  // Room for a title every 256 bytes (reports hold one every 320 or so),
  // where growing the vector through its doublings allocated and copied
  // some four times per report.
  std::vector<TitleMatch> titles;
  titles.reserve(std::min<size_t>(text.size() / 256 + 8, 1024));
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const LeadFoldedBits& first_bytes = t_.title_first_bytes;
  // Positions below this have a whole three-byte sequence's room.
  const size_t three_bytes_end = text.size() > 2 ? text.size() - 2 : 0;
  // Eight bytes that begin no pair of three-byte characters, read in place
  // of a candidate's own where fewer than eight are left.
  static constexpr unsigned char kNoPair[8] = {};
  // Two well-formed three-byte characters, as the first six of eight bytes
  // loaded at once: a lead E0..EF and two continuation bytes, twice. (Laid
  // out in memory order and loaded as the text is, so that they hold in
  // either byte order.)
  static constexpr unsigned char kPairShapeMask[8] = {0xF0, 0xC0, 0xC0,
                                                      0xF0, 0xC0, 0xC0};
  static constexpr unsigned char kPairShape[8] = {0xE0, 0x80, 0x80,
                                                  0xE0, 0x80, 0x80};
  const uint64_t six_bytes_mask = Tables::FirstBytesMask(6);
  const uint64_t three_bytes_mask = Tables::FirstBytesMask(3);
  uint64_t pair_shape_mask;
  uint64_t pair_shape;
  std::memcpy(&pair_shape_mask, kPairShapeMask, 8);
  std::memcpy(&pair_shape, kPairShape, 8);
  // The text is scanned a window at a time, in three steps that each run
  // straight through their list: (1) every character of the window that
  // the scan must look at, by the lead byte and the filter of posts' first
  // characters (title_first_bytes); (2) of those, the ones whose next
  // character may continue a post (post_pair_bytes, post_alone); (3) each
  // of these, in turn (TitleAt). Steps 1 and 2 keep a position by adding 0
  // or 1 to a count rather than branching on the filters' answers: a scan
  // that branched on the first filter at each character mispredicted at
  // most of the characters it let through, some one in six of a report's.
  constexpr size_t kWindowBytes = 240;
  size_t candidates[kWindowBytes];
  size_t pos = 0;
  while (pos < three_bytes_end) {
    // (1) The characters from pos to the window's end that are not passed
    // over: three-byte characters the filter passes (Han that may start a
    // post, the few characters that share such a one's last two bytes under
    // another lead, and sequences that are not well-formed) and the rest
    // that are not ASCII. Each step is the lead's length (LeadLength): what
    // DecodeUtf8 reads for a well-formed character; for those passed over,
    // three bytes or one (ASCII).
    //
    // The filter's answer for a three-byte lead is its bit alone when the
    // third byte is a continuation byte (MayBeWanted also passes the
    // sequence when it is not, for the decoder to decide). Those third
    // bytes are told for the whole window at once, by AND-ing and OR-ing
    // them into two bytes, instead of character by character (the test
    // took three of the loop's 22 instructions a character): the bytes of
    // Document's view are well-formed UTF-8, so the window is collected
    // again, exactly, only if some are not (CollectCharacters).
    const size_t window_end = std::min(pos + kWindowBytes, three_bytes_end);
    size_t count = 0;
    size_t q = pos;
    if (!CollectCharacters<false>(bytes, pos, window_end, first_bytes,
                                  candidates, &count, &q)) {
      CollectCharacters<true>(bytes, pos, window_end, first_bytes, candidates,
                              &count, &q);
    }
    // (2) Of those, the ones TitleAt would not pass over at once on the
    // raw bytes of the character and the next (both well-formed: told by
    // one eight-byte load and compare; where fewer than eight bytes are
    // left, TitleAt decides).
    size_t kept = 0;
    for (size_t i = 0; i < count; ++i) {
      const size_t c = candidates[i];
      const bool room = c + 8 <= text.size();
      const unsigned char* p = room ? bytes + c : kNoPair;
      uint64_t eight;
      std::memcpy(&eight, p, 8);
      const bool two_well_formed = (eight & pair_shape_mask) == pair_shape;
      const bool passed_over =
          two_well_formed &
          !t_.post_pair_bytes.MayContain(eight & six_bytes_mask) &
          !t_.post_alone_bytes.MayContain(eight & three_bytes_mask);
      candidates[kept] = c;
      kept += !passed_over;
    }
    // (3) Each in turn. A title found moves pos past it: a run of
    // well-formed characters, which steps 1 and 2 stepped over as TitleAt
    // does, so that the candidates after it are where they were. Where
    // TitleAt steps otherwise (a sequence DecodeUtf8 reads as shorter than
    // its lead announces), the window is scanned again from there.
    bool in_step = true;
    for (size_t i = 0; i < kept; ++i) {
      const size_t c = candidates[i];
      if (c < pos) continue;  // inside a title found
      const size_t found = titles.size();
      pos = TitleAt(c, true, &titles);
      if (pos != c + LeadLength(bytes[c]) && titles.size() == found) {
        in_step = false;
        break;
      }
    }
    if (in_step) pos = std::max(pos, q);
  }
  // The last two bytes (or a title's end beyond them), one by one.
  while (pos < text.size()) pos = TitleAt(pos, false, &titles);
  return titles;
}

std::vector<Official> OfficialFinder::Run::Go() {
  std::vector<TitleMatch> titles = FindTitles();
  // Each title adds at most one person (in pass 1 or in pass 2).
  found_.reserve(titles.size());

  // Pass 1: [organization][title][name], posts chained by 、 and /.
  size_t floor = 0;
  std::vector<Post> chain;
  size_t chain_end = 0;
  size_t prev_end = 0;  // the previous person of pass 1, for lists
  // The previous person's organization, as where it came from (a copy of
  // the string per person, an allocation mostly, was kept for the few
  // lists that take it), and country.
  OrgSource prev_org;
  std::optional<std::string> prev_country;
  for (size_t i = 0; i < titles.size(); ++i) {
    const TitleMatch& tm = titles[i];
    if (tm.begin < floor) continue;
    if (tm.begin == floor && floor > 0 && found_.size() > 0) {
      // A title right after a name (钱波代表, 徐斌教授) follows its person.
      floor = tm.end;
      continue;
    }
    Post post;
    post.title = tm;
    // The body before the title is read only where it is used: for a
    // title read as a verb (主持), whose body decides; for a person named
    // after the title; and for a post chained to the next. Many titles
    // have none of these (a quarter of Body's calls went to them), and
    // Body is the costliest look of the pass.
    bool body_read = false;
    auto read_body = [&] {
      if (body_read) return;
      body_read = true;
      Body(floor, tm.begin, &post);
      // A post not right after the chain's last item starts a new chain.
      if (!chain.empty() && post.chunk_begin != chain_end) chain.clear();
    };
    if (tm.info.flag == Flag::kVerb) {
      read_body();
      if (post.org_end == post.org_begin) {
        chain.clear();
        continue;
      }
    }
    size_t nb, ne;
    if (!NameAfter(tm.end, &nb, &ne)) {
      size_t len;
      char32_t sep = CodePointAt(v_, tm.end, &len);
      size_t xb, xe;
      // A post after a name (刘咏峰二级教授、…) ends that person's item.
      if ((sep == U'、' || sep == '/') && !NameBefore(tm.begin, &xb, &xe)) {
        read_body();
        chain.push_back(std::move(post));
        chain_end = tm.end + len;
      } else {
        chain.clear();
      }
      continue;
    }
    read_body();
    chain.push_back(std::move(post));
    titles[i].name_after = true;
    // The post the person holds: the first that is neither former (原, 第八任)
    // nor a party post when another is given.
    const Post* primary = nullptr;
    for (const Post& p : chain) {
      std::string_view body = v_.substr(p.chunk_begin,
                                        p.title.begin - p.chunk_begin);
      bool former = p.title.former || (body.find("第") != std::string::npos &&
                                       EndsWith(body, "任"));
      if (former || (p.title.info.party && chain.size() > 1)) continue;
      primary = &p;
      break;
    }
    if (primary == nullptr) primary = &chain.back();
    const Post* with_org = primary;
    if (with_org->org_end == with_org->org_begin) {
      for (const Post& p : chain) {
        if (p.org_end > p.org_begin) {
          with_org = &p;
          break;
        }
      }
    }
    Found f;
    f.name = doc_.Value(nb, ne);
    f.title = primary->title.core;
    OrgSource org;
    if (with_org->org_end > with_org->org_begin) {
      org = OrgSource{true, with_org->org_begin, with_org->org_end,
                      with_org->org_extra};
    } else {
      const std::string_view core = primary->title.core;
      for (std::string_view body : kTitleBodies) {
        if (StartsWithAt(core, 0, body)) org = OrgSource{true, 0, 0, body};
      }
      // The next item of a list (杨光、首席顾问科学家王凯军) keeps the body
      // of the one before.
      if (!org.set && prev_end > 0 && prev_org.set) {
        size_t b = chain.front().chunk_begin;
        size_t lead = CueBefore(t_.lead, b);
        size_t sep =
            StartsWithAt(v_, b - std::min<size_t>(b, 3), "、") ? 3 : lead;
        if (b >= sep && b - sep == prev_end) {
          org = prev_org;
          if (!f.country) f.country = prev_country;
        }
      }
    }
    if (org.set) f.org = OrgValue(org);
    if (std::optional<std::string> c =
            CountryIn(chain.front().body_begin, tm.begin)) {
      f.country = std::move(c);
    }
    size_t begin = chain.front().org_end > chain.front().org_begin
                       ? chain.front().org_begin
                       : chain.front().title.begin;
    f.begin = begin;
    f.end = ne;
    chain.clear();
    floor = ne;
    prev_end = ne;
    prev_org = org;
    prev_country = f.country;
    if (IsBackground(begin, ne)) continue;
    Add(std::move(f));
  }

  // Pass 2: [name][title] (郭茹教授, Syamphone Sengchadala司长), and people
  // already found named again.
  for (size_t i = 0; i < titles.size(); ++i) {
    if (titles[i].name_after) continue;
    const TitleMatch& tm = titles[i];
    size_t nb, ne;
    if (!NameBefore(tm.begin, &nb, &ne)) continue;
    Found f;
    f.name = doc_.Value(nb, ne);
    bool known = FoundNamed(f.name) != kNotFound;
    if (!known) {
      if (tm.info.flag == Flag::kLeader) continue;
      if (tm.info.flag == Flag::kVerb && !StartsWithAt(v_, nb - 3, "的")) continue;
      // Not a byline (记者 王昭): no credit word before the name.
      size_t p = nb;
      while (p > 0 && (v_[p - 1] == ' ' || v_[p - 1] == ':')) --p;
      if (CueBefore(t_.credit, p) > 0) continue;
    }
    f.title = tm.core;
    f.begin = nb;
    f.end = tm.end;
    // 柬埔寨环境部的盖万安代表, 学会刘咏峰二级教授: the body before.
    bool of = nb >= 3 && StartsWithAt(v_, nb - 3, "的");
    size_t body_end = of ? nb - 3 : nb;
    bool suffix = t_.org_suffixes.LongestEndingAt(v_, body_end) > 0;
    if (body_end > 0 && (of || suffix)) {
      Post post;
      post.title = tm;
      Body(0, body_end, &post);
      if (post.org_end > post.org_begin) {
        f.org = doc_.Value(post.org_begin, post.org_end);
        f.begin = post.org_begin;
      }
      f.country = CountryIn(post.body_begin, body_end);
    }
    if (IsBackground(f.begin, f.end)) continue;
    Add(std::move(f));
  }

  // In text order. Mostly they are already, each beginning after the one
  // before: then sorting (which moves every element even so) is skipped,
  // and the order is the one it would leave, as no two begin alike.
  auto by_begin = [](const Found& a, const Found& b) {
    return a.begin < b.begin;
  };
  auto not_after = [](const Found& a, const Found& b) {
    return a.begin >= b.begin;
  };
  if (std::adjacent_find(found_.begin(), found_.end(), not_after) !=
      found_.end()) {
    std::sort(found_.begin(), found_.end(), by_begin);
  }
  std::vector<Official> out;
  out.reserve(found_.size());
  for (Found& f : found_) {
    Official& o = out.emplace_back();  // filled in place, not moved in
    o.name = std::move(f.name);
    o.title = std::move(f.title);
    o.organization = std::move(f.org);
    o.country = std::move(f.country);
    // 水利部部长: Chinese reports name their own ministries without China.
    if (!o.country && o.organization &&
        t_.prc_bodies.LongestAt(*o.organization, 0) > 0) {
      o.country = "CN";
    }
    // 驻瓦努阿图大使李明远: a Simplified (PRC) report names China's own
    // envoys by their posting alone; another country's is 瓦努阿图驻华大使.
    static constexpr std::string_view kPosted = "驻";
    if (!o.organization && o.title && doc_.script() == Script::kHans &&
        StartsWithAt(*o.title, 0, kPosted) &&
        !StartsWithAt(*o.title, kPosted.size(), "华")) {
      o.organization = "中国";
      if (!o.country) o.country = "CN";
    }
    o.span = doc_.ToOriginal(f.begin, f.end);
    o.text = doc_.Surface(o.span);
  }
  return out;
}

OfficialFinder::OfficialFinder(std::unique_ptr<Tables> tables,
                               const CountryFinder* countries)
    : tables_(std::move(tables)), countries_(countries) {}

OfficialFinder::~OfficialFinder() = default;

Status OfficialFinder::Create(const CountryFinder* countries,
                              std::unique_ptr<const OfficialFinder>* out) {
  if (out == nullptr) {
    return Status(StatusCode::kInvalidArgument, "OfficialFinder: null out");
  }
  auto t = std::make_unique<Tables>();
  const Lexicon& titles = lexicons::kTitles;
  if (titles.columns < 3) {
    return Status(StatusCode::kInternal, "OfficialFinder: titles.tsv columns");
  }
  for (size_t r = 0; r < titles.rows; ++r) {
    std::string word(titles.Cell(r, 0));
    std::string_view kind = titles.Cell(r, 1);
    std::string_view flag = titles.Cell(r, 2);
    if (word.empty()) continue;
    if (kind == "modifier") {
      if (CountCodePoints(word) > kMaxModifierCodePoints) {
        return Status(StatusCode::kInternal,
                      "OfficialFinder: modifier longer than "
                      "kMaxModifierCodePoints: " + word);
      }
      t->MarkTitleStart(word);
      PostTrie::Words* words = t->posts.Add(word);
      words->modifier = true;
      words->modifier_former = flag == "former";
      continue;
    }
    TitleInfo info;
    if (flag == "leader") info.flag = Flag::kLeader;
    if (flag == "verb") info.flag = Flag::kVerb;
    if (flag == "former") info.flag = Flag::kFormer;
    info.party = kind == "party";
    info.diplomatic = kind == "diplomatic";
    t->MarkTitleStart(word);
    t->titles.Add(word);
    PostTrie::Words* words = t->posts.Add(word);
    words->title = true;
    words->info = info;
  }
  if (!t->posts.Build()) {
    return Status(StatusCode::kInternal,
                  "OfficialFinder: a post beyond the BMP, or too many posts");
  }
  const Lexicon& cues = lexicons::kPersonNameCues;
  if (cues.rows > CueSet::kMaxWords ||
      lexicons::kOrganizationSuffixes.rows > CueSet::kMaxWords) {
    return Status(StatusCode::kInternal, "OfficialFinder: too many cues");
  }
  for (size_t r = 0; r < cues.rows; ++r) {
    std::string_view word = cues.Cell(r, 0);
    std::string_view role = cues.Cell(r, 1);
    if (role == "after") t->after.Add(word);
    if (role == "honorific") t->honorific.Add(word);
    if (role == "lead") t->lead.Add(word);
    if (role == "cut") t->cut.Add(word);
    if (role == "credit") t->credit.Add(word);
    if (role == "background") t->background.Add(word);
    if (role == "future") t->future.Add(word);
    if (role == "former") t->former.Add(word);
    if (role == "group") t->group.Add(word);
    if (role == "japanese_surname") t->japanese_surnames.Add(word);
    if (role == "nonname" || role == "japanese_given_end") {
      std::u32string& chars =
          role == "nonname" ? t->nonname : t->japanese_given_end;
      for (size_t p = 0; p < word.size();) {
        size_t len;
        chars.push_back(DecodeUtf8(word, p, &len));
        p += len;
      }
    }
  }
  for (char32_t c : t->nonname) t->nonname_set.Add(c);
  for (char32_t c : kBodyAfterTitle) {
    if (c >= 0x10000) {
      return Status(StatusCode::kInternal,
                    "OfficialFinder: kBodyAfterTitle beyond the BMP");
    }
    t->body_after_title_set.Add(c);
  }
  // The first characters of the cues the windows of IsBackground look for,
  // and of Body's cut verbs. (Overlong forms and surrogates, which decode
  // as invalid bytes one at a time, lie under leads E0 and ED, which the
  // windows leave to the decoder: the tables hold the characters of the
  // other leads alone.)
  CodePointBits background_first;
  for (const CueSet* set : {&t->future, &t->former}) {
    for (char32_t c : set->FirstCharacters()) {
      t->future_or_former_first.Mark(c);
      background_first.Mark(c);
    }
  }
  for (char32_t c : t->background.FirstCharacters()) background_first.Mark(c);
  CodePointBits cut_first;
  for (char32_t c : t->cut.FirstCharacters()) cut_first.Mark(c);
  auto plain_lead = [](char32_t cp) {
    return cp >= 0x1000 && !(cp >= 0xD000 && cp < 0xE000);
  };
  t->background_start_bytes.Build([&](char32_t cp) {
    return plain_lead(cp) && (cp == U'。' || background_first.MayContain(cp));
  });
  t->cut_start_bytes.Build([&](char32_t cp) {
    return plain_lead(cp) && cut_first.MayContain(cp);
  });
  const Lexicon& surnames = lexicons::kSurnames;
  t->surname_starts.Reserve(surnames.rows);
  for (size_t r = 0; r < surnames.rows; ++r) {
    std::string_view surname = surnames.Cell(r, 0);
    t->surnames.Add(surname);
    const auto* bytes = reinterpret_cast<const unsigned char*>(surname.data());
    if (surname.size() == 3) {
      t->surname_starts.Mark(bytes, SurnameStarts::kSurname);
    }
    if (surname.size() == 6) {
      t->surname_starts.Mark(bytes, SurnameStarts::kBeginsCompound);
    }
  }
  t->MarkTitleStart("驻");
  CodePointBits title_first_exact;
  for (char32_t c : t->title_first_chars) title_first_exact.Mark(c);
  t->title_first_bytes.Build([&title_first_exact](char32_t cp) {
    return title_first_exact.MayContain(cp) && IsHan(cp);
  });
  const Lexicon& prc_bodies = lexicons::kPrcBodies;
  if (prc_bodies.rows > CueSet::kMaxWords) {
    return Status(StatusCode::kInternal, "OfficialFinder: too many bodies");
  }
  for (size_t r = 0; r < prc_bodies.rows; ++r) {
    t->prc_bodies.Add(prc_bodies.Cell(r, 0));
  }
  for (char32_t c :
       lexicons::CodePointsOf(lexicons::kTransliterationChars, 0)) {
    t->translit.Add(c);
  }
  const Lexicon& suffixes = lexicons::kOrganizationSuffixes;
  for (size_t r = 0; r < suffixes.rows; ++r) {
    t->org_suffixes.Add(suffixes.Cell(r, 0));
  }
  RE2::Options options;
  options.set_log_errors(false);
  t->latin_name = std::make_unique<RE2>(
      R"(([A-Z][\p{Latin}'\-]*\.?(?: [A-Z][\p{Latin}'\-]*\.?)*))", options);
  if (!t->latin_name->ok()) {
    return Status(StatusCode::kInternal,
                  "OfficialFinder: Latin name pattern: " +
                      t->latin_name->error());
  }
  out->reset(new OfficialFinder(std::move(t), countries));
  return Status::Ok();
}

std::vector<Official> OfficialFinder::Find(
    const Document& doc, const std::vector<CountryMention>& mentions) const {
  Run run(*tables_, countries_, doc, mentions);
  return run.Go();
}

}  // namespace eventx::internal
