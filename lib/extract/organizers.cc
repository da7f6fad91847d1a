// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/organizers.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lib/lexicons/lexicons.h"
#include "lib/text/find_bytes.h"
#include "lib/text/utf8.h"
#include "lib/text/words_by_code_point.h"

namespace eventx::internal {
namespace {

using lexicons::Lexicon;

// A name longer than this is a clause, not a body.
constexpr size_t kMaxNameCodePoints = 40;
constexpr size_t kMinNameCodePoints = 2;
// A visit's host is read from the lead only: the first sentences.
constexpr size_t kVisitLeadSentences = 4;
// A post between a body and a person's name (党委书记、董事长) is at most
// this long, in bytes.
constexpr size_t kMaxPostBytes = 36;

enum Cue {
  kCoHost,
  kHost,
  kOrganizer,
  kSupporter,
  kLabelHost,
  kLabelCoHost,
  kLabelOrganizer,
  kLabelSupporter,
  kUnder,
  kVisit,
  kDelegation,
  kFuture,
  kFooter,
  kMedia,
  kLead,
  kAdverb,
  kEvent,
  kBlock,
  kVisitWord,
  kNotAdverb,
  kGeneric,
  kMeet,
  kPersonTail,
  kCueCount
};

constexpr std::pair<std::string_view, Cue> kCueNames[] = {
    {"co_host", kCoHost},
    {"host", kHost},
    {"organizer", kOrganizer},
    {"supporter", kSupporter},
    {"label_host", kLabelHost},
    {"label_co_host", kLabelCoHost},
    {"label_organizer", kLabelOrganizer},
    {"label_supporter", kLabelSupporter},
    {"under", kUnder},
    {"visit", kVisit},
    {"delegation", kDelegation},
    {"future", kFuture},
    {"footer", kFooter},
    {"media", kMedia},
    {"lead", kLead},
    {"adverb", kAdverb},
    {"event", kEvent},
    {"block", kBlock},
    {"visit_word", kVisitWord},
    {"not_adverb", kNotAdverb},
    {"generic", kGeneric},
    {"meet", kMeet},
    {"person_tail", kPersonTail},
};

// Ends a clause: the subject of a verb does not reach past these.
bool IsClauseBreak(char32_t c) {
  return c == ',' || c == ';' || c == '!' || c == '?' || c == '\n' ||
         c == U'。' || c == ':' || c == U'；' || c == U'，';
}

// Marks a sentence of prose, not a menu, stamp or share line (来源:…,
// 分享到:…, whose colons are no clause of a lead).
// UTF-8; the full stop first, which ends most sentences of prose.
constexpr std::string_view kProseMarks[] = {"。", "，", ",", ";", "；"};

// A length of the start of `text` (a multiple of sixteen, 0 without SSE2)
// at no place of which a mark of kProseMarks starts: the caller reads the
// rest a byte at a time, from the first block of sixteen places where one
// may start. Sixteen places at a time (, and ; by their byte, 。 ， ； by
// their three), where a test of each byte against the marks' lead bytes,
// and a compare at each lead (、《》 share 。's, （）： ，'s), took a
// branch per byte.
inline size_t ProseMarkFreePrefix(std::string_view text) {
  size_t q = 0;
#if defined(__SSE2__)
  static_assert(sizeof(kProseMarks) / sizeof(kProseMarks[0]) == 5,
                "ProseMarkFreePrefix tests each of kProseMarks");
  const auto* t = reinterpret_cast<const unsigned char*>(text.data());
  const __m128i comma = _mm_set1_epi8(',');
  const __m128i semicolon = _mm_set1_epi8(';');
  const __m128i e3 = _mm_set1_epi8('\xE3');  // 。 E3 80 82
  const __m128i x80 = _mm_set1_epi8('\x80');
  const __m128i x82 = _mm_set1_epi8('\x82');
  const __m128i ef = _mm_set1_epi8('\xEF');  // ， EF BC 8C, ； EF BC 9B
  const __m128i xbc = _mm_set1_epi8('\xBC');
  const __m128i x8c = _mm_set1_epi8('\x8C');
  const __m128i x9b = _mm_set1_epi8('\x9B');
  // Places q..q+15, each with its three bytes within the text.
  for (; q + 18 <= text.size(); q += 16) {
    const __m128i b0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + q));
    const __m128i b1 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + q + 1));
    const __m128i b2 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + q + 2));
    const __m128i ascii =
        _mm_or_si128(_mm_cmpeq_epi8(b0, comma), _mm_cmpeq_epi8(b0, semicolon));
    const __m128i full_stop =
        _mm_and_si128(_mm_cmpeq_epi8(b0, e3),
                      _mm_and_si128(_mm_cmpeq_epi8(b1, x80),
                                    _mm_cmpeq_epi8(b2, x82)));
    const __m128i full_width = _mm_and_si128(
        _mm_and_si128(_mm_cmpeq_epi8(b0, ef), _mm_cmpeq_epi8(b1, xbc)),
        _mm_or_si128(_mm_cmpeq_epi8(b2, x8c), _mm_cmpeq_epi8(b2, x9b)));
    const __m128i any =
        _mm_or_si128(ascii, _mm_or_si128(full_stop, full_width));
    if (_mm_movemask_epi8(any) != 0) break;
  }
#endif
  return q;
}

// Separates the members of a list of bodies.
bool IsListSeparator(char32_t c) {
  return c == U'、' || c == ',' || c == U'，' || c == '/' || c == ' ';
}

bool IsTrimmable(char32_t c) {
  return c == ' ' || c == '\t' || c == U'“' || c == U'”' || c == '"' ||
         c == U'「' || c == U'」' || c == U'《' || c == U'》' || c == '\'';
}

using CueMask = uint32_t;  // bit c: Cue c
static_assert(kCueCount < 32, "a CueMask holds one bit per Cue, and one more");
constexpr CueMask Bit(Cue c) { return CueMask{1} << c; }
// The cues that state a role: ScanSentence looks for these.
constexpr CueMask kRoleCues = (Bit(kUnder) << 1) - 1;
constexpr CueMask kAllCues = (CueMask{1} << kCueCount) - 1;
// The cues asked of a whole sentence (SentenceContains); the others are
// asked of a clause or a name only.
constexpr CueMask kSentenceCues = Bit(kFooter) | Bit(kDelegation) |
                                  Bit(kVisit) | Bit(kVisitWord) | Bit(kMeet);
// The cues the pass over the sentences (ReadFacts) looks for.
constexpr CueMask kPassCues = kSentenceCues | kRoleCues;
// The cues looked for in a clause or a name (Contains, the adverb before a
// role verb, a person after a visit verb): their scans pass over the
// positions where none may start as the pass does (CueStarts::SkipQuiet).
constexpr CueMask kClauseCues = Bit(kFuture) | Bit(kBlock) | Bit(kVisit) |
                                Bit(kAdverb) | Bit(kNotAdverb) |
                                Bit(kPersonTail);

// DecodeUtf8 of s[p] (p < s.size()) in its common cases, inline: ASCII,
// and a three-byte sequence led by E1..EC (U+1000..U+CFFF: CJK ideographs
// and punctuation), which is well-formed whenever its two continuation
// bytes are (no overlong form, no surrogate starts so). False in every other
// case, valid or not: DecodeUtf8 reads those.
inline bool DecodeCommon(std::string_view s, size_t p, char32_t* c,
                         size_t* len) {
  const auto* b = reinterpret_cast<const unsigned char*>(s.data()) + p;
  const char32_t b0 = b[0];
  if (b0 < 0x80) {
    *c = b0;
    *len = 1;
    return true;
  }
  if (b0 - 0xE1 < 0x0C && s.size() - p >= 3) {
    const char32_t b1 = b[1] ^ 0x80;  // a continuation byte: below 0x40
    const char32_t b2 = b[2] ^ 0x80;
    if ((b1 | b2) < 0x40) {
      *c = ((b0 & 0x0F) << 12) | (b1 << 6) | b2;
      *len = 3;
      return true;
    }
  }
  return false;
}

// DecodeUtf8 of s[p] (p < s.size()), its common cases inline. Kept beside
// lib/text/utf8.h's inline DecodeUtf8, which reads the same cases and more:
// calling DecodeUtf8 here instead cost the finder 9.5M -> 10.7M
// instructions over 200 reports (callgrind).
inline char32_t DecodeAt(std::string_view s, size_t p, size_t* len) {
  char32_t c;
  return DecodeCommon(s, p, &c, len) ? c : DecodeUtf8(s, p, len);
}

// The characters SkipQuiet stops at, one bit each: ASCII by byte, and the
// three-byte shapes (a lead E0..EF and two continuation bytes) by the code
// point their bits spell, (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F),
// bit b2 & 0x3F of word (b0 & 0x0F) << 6 | (b1 & 0x3F), read from the bytes
// as loaded. In code point order the CJK ideographs are one run of 2.6 KB
// (41 cache lines); a table indexed by the loaded bytes as they lie, which
// needs two instructions less per character, spread them 2 KB apart over
// four cache sets, which evicted each other within a sentence.
// A character that starts a phrase only with certain characters after it
// (的 of 的支持下, the commonest character of Chinese text) stops only
// where one of those may follow: where a three-byte character stands,
// SkipQuiet tests a hash of its bytes and the first two of the next, one bit
// each in a small table (a false yes is a stop more; the caller reads those
// positions anyway), and the per-character bits only elsewhere.
// Its tests are always inline: in the large passes that use them the
// compiler kept some as calls (Bit, HasPair), a call per character.
class StopBits {
 public:
  // Stop at `c` whatever follows.
  void AddChar(char32_t c) {
    AddFirst(c);
    if (c < 0x80) ascii_whole_[c / 64] |= uint64_t{1} << (c % 64);
    if (IsThreeByte(c)) {
      SetBit(&lone_, LoneHash(BytesOf(c) << 40));
      has_lone_ = true;
    }
  }
  // Stop at `first` where `second` follows, and then `third` if it is not
  // kInvalidCodePoint (a phrase of two characters, or of more).
  void AddPair(char32_t first, char32_t second,
               char32_t third = kInvalidCodePoint) {
    if (first < 0x80 && second < 0x80) {  // ICP, Copyright
      AddFirst(first);
      SetBit(&ascii_pairs_, AsciiPairHash(first, second));
      return;
    }
    if (!IsThreeByte(first) || !IsThreeByte(second)) {
      // SkipQuiet tests only three-byte characters in pairs.
      AddChar(first);
      return;
    }
    AddFirst(first);
    const uint64_t key = BytesOf(first) | (BytesOf(second) & 0xFFFF) << 24;
    SetBit(&pairs_, PairHash(key << 24));
    if (IsThreeByte(third)) {
      const uint64_t triple = BytesOf(first) | BytesOf(second) << 24 |
                              (BytesOf(third) & 0xFFFF) << 48;
      SetBit(&triples_, PairHash(triple));
    } else {
      SetBit(&whole_pairs_, PairHash(key << 24));
    }
  }
  // Whether the ASCII byte `b` stops.
  EVENTX_ALWAYS_INLINE bool HasAscii(uint32_t b) const {
    return (ascii_[b / 64] >> (b % 64)) & 1;
  }
  // Whether the three-byte shape in the low bytes of w (as loaded,
  // little-endian) may stop, whatever follows.
  EVENTX_ALWAYS_INLINE bool HasThreeByte(uint64_t w) const {
    const size_t word = (w & 0x0F) << 6 | ((w >> 8) & 0x3F);
    return (three_byte_[word] >> ((w >> 16) & 0x3F)) & 1;
  }
  // Whether a three-byte shape may stop where the lead and first
  // continuation byte of another follow: may start a pair (AddPair); true
  // for a few more, which a hash confuses with those. `key`: the five bytes
  // as loaded, in its top 40 bits (FirstPairKey, SecondPairKey). The first
  // two bytes of the second character tell a phrase from the text as well
  // as all three: the pairs of a text that share them with a phrase's are
  // few.
  EVENTX_ALWAYS_INLINE bool HasPair(uint64_t key) const {
    return Bit(pairs_, PairHash(key));
  }
  // Whether a three-byte shape may stop whatever follows (AddChar); false
  // for all when !has_lone(). `key`: its three bytes in its top 24 bits.
  EVENTX_ALWAYS_INLINE bool HasLone(uint64_t key) const {
    return Bit(lone_, LoneHash(key));
  }
  // Of an ASCII byte b0 that HasAscii lets through, followed by the byte
  // b1 (any, or 0x100 at the text's end): false where no phrase may start
  // there (c of a file name or an address, where a phrase starts with
  // Copyright or copyright); true for a few more, which a hash confuses.
  EVENTX_ALWAYS_INLINE bool AsciiMayStart(uint32_t b0, uint32_t b1) const {
    return ((ascii_whole_[b0 / 64] >> (b0 % 64)) & 1) |
           Bit(ascii_pairs_, AsciiPairHash(b0, b1));
  }
  // Of a three-byte shape that HasPair lets through, with w its eight bytes
  // as loaded (its own, the next character's, two of the one after): false
  // where no phrase may start there, the phrases of its pair (交流, 代表,
  // 共同: common words) being longer and their third character not the
  // one that follows (交流团, 代表团, 共同主办); true for a few more,
  // which a hash confuses with those.
  EVENTX_ALWAYS_INLINE bool MayStartAt(uint64_t w) const {
    return Bit(whole_pairs_, PairHash(FirstPairKey(w))) |
           Bit(triples_, PairHash(w));
  }
  bool has_lone() const { return has_lone_; }

  // The keys of the character at byte 0 of w, eight bytes as loaded, and of
  // the character at byte 3.
  EVENTX_ALWAYS_INLINE static uint64_t FirstPairKey(uint64_t w) {
    return w << 24;
  }
  EVENTX_ALWAYS_INLINE static uint64_t SecondPairKey(uint64_t w) {
    return w & ~uint64_t{0xFFFFFF};
  }
  EVENTX_ALWAYS_INLINE static uint64_t FirstLoneKey(uint64_t w) {
    return w << 40;
  }
  EVENTX_ALWAYS_INLINE static uint64_t SecondLoneKey(uint64_t w) {
    return (w << 16) & ~uint64_t{0xFFFFFFFFFF};
  }

 private:
  static constexpr uint64_t kHashMultiplier = 0x9E3779B97F4A7C15;
  // 1 KB: few pairs of characters (70 or so) share a bit with those of a
  // text, a stop more each; few cache lines to read.
  static constexpr int kPairHashBits = 13;
  static constexpr int kLoneHashBits = 8;
  template <size_t kWords>
  using Bits = std::array<uint64_t, kWords>;

  static bool IsThreeByte(char32_t c) { return c >= 0x800 && c < 0x10000; }
  // The UTF-8 bytes of a three-byte `c` as a little-endian load reads them.
  static uint64_t BytesOf(char32_t c) {
    char bytes[4];
    EncodeUtf8(c, bytes);
    return uint64_t{static_cast<unsigned char>(bytes[0])} |
           uint64_t{static_cast<unsigned char>(bytes[1])} << 8 |
           uint64_t{static_cast<unsigned char>(bytes[2])} << 16;
  }
  // Of a key in the top bits, the rest zero: a multiplicative hash.
  EVENTX_ALWAYS_INLINE static size_t PairHash(uint64_t key) {
    return (key * kHashMultiplier) >> (64 - kPairHashBits);
  }
  EVENTX_ALWAYS_INLINE static size_t AsciiPairHash(uint32_t b0, uint32_t b1) {
    return ((uint64_t{b0} | uint64_t{b1} << 8) * kHashMultiplier) >> 55;
  }
  EVENTX_ALWAYS_INLINE static size_t LoneHash(uint64_t key) {
    return (key * kHashMultiplier) >> (64 - kLoneHashBits);
  }
  template <size_t kWords>
  static void SetBit(Bits<kWords>* bits, size_t i) {
    (*bits)[i / 64] |= uint64_t{1} << (i % 64);
  }
  template <size_t kWords>
  EVENTX_ALWAYS_INLINE static bool Bit(const Bits<kWords>& bits, size_t i) {
    return (bits[i / 64] >> (i % 64)) & 1;
  }
  void AddFirst(char32_t c) {
    if (c < 0x80) {
      ascii_[c / 64] |= uint64_t{1} << (c % 64);
    } else if (c < 0x10000) {
      three_byte_[c / 64] |= uint64_t{1} << (c % 64);
    }
  }

  uint64_t ascii_[2] = {0, 0};
  std::vector<uint64_t> three_byte_ = std::vector<uint64_t>(0x10000 / 64);
  Bits<(size_t{1} << kPairHashBits) / 64> pairs_{};
  // For MayStartAt: the pairs of phrases of two characters (or whose third
  // is not of three bytes), and the first eight bytes of the longer ones.
  Bits<(size_t{1} << kPairHashBits) / 64> whole_pairs_{};
  Bits<(size_t{1} << kPairHashBits) / 64> triples_{};
  // For AsciiMayStart: the ASCII characters that stop whatever follows, and
  // the first two bytes of the phrases that start with two ASCII ones
  // (512 bits).
  uint64_t ascii_whole_[2] = {0, 0};
  Bits<8> ascii_pairs_{};
  Bits<(size_t{1} << kLoneHashBits) / 64> lone_{};
  bool has_lone_ = false;
};

// A set of code points, each with a CueMask: which cue sets hold a phrase
// with that code point at a given place (its first, its second).
class CueMaskByChar {
 public:
  void Add(char32_t c, CueMask cues) {
    if (c >= 0x10000) return;  // Of answers every cue for these
    uint32_t& block = block_[c / 64];
    if (block == 0) {
      block = static_cast<uint32_t>(masks_.size());
      masks_.resize(masks_.size() + 64, 0);
    }
    masks_[block + c % 64] |= cues;
  }
  // The cues of `c`; every cue for code points past the BMP and invalid
  // bytes (the phrase lists decide those).
  CueMask Of(char32_t c) const {
    if (c >= 0x10000) return kAllCues;
    return masks_[block_[c / 64] + c % 64];
  }

 private:
  // By block of 64 code points (c / 64): where its masks start in masks_;
  // 0, a block of no cues, when no code point of the block has one (no
  // test, so no branch on the text).
  std::vector<uint32_t> block_ = std::vector<uint32_t>(0x10000 / 64, 0);
  std::vector<CueMask> masks_ = std::vector<CueMask>(64, 0);
};

// Which cue sets may hold a phrase starting at a position, from its first
// two code points: most positions start no cue, and a lookup rejects them
// before any phrase list is probed (which decodes the character again).
// The sentences are read once for the cues of kPassCues (ReadFacts): at
// most of their positions none starts, and SkipQuiet passes them by a test
// of each character with the start of the next (StopBits; the first alone
// would let through every 的 and 一 of a text). The scans of a clause or a
// name for a cue of kClauseCues pass over positions the same way, and ask
// At at the rest.
class CueStarts {
 public:
  void Add(std::string_view phrase, Cue cue) {
    size_t len;
    char32_t first = DecodeUtf8(phrase, 0, &len);
    first_.Add(first, Bit(cue));
    // An invalid byte first (never in the lexicons) could still match
    // where the text decodes otherwise: such a cue is probed everywhere.
    if (first == kInvalidCodePoint) always_ |= Bit(cue);
    if (len == phrase.size()) {
      any_second_ |= Bit(cue);
      for (StopSet set : {kPassStops, kClauseStops}) {
        if (Bit(cue) & kCuesOf[set]) stops_[set].AddChar(first);
      }
      return;
    }
    size_t len2;
    char32_t second = DecodeUtf8(phrase, len, &len2);
    char32_t third = kInvalidCodePoint;
    if (len + len2 < phrase.size()) {
      size_t len3;
      third = DecodeUtf8(phrase, len + len2, &len3);
    }
    second_.Add(second, Bit(cue));
    // An invalid byte second: the text may go on with any character.
    if (second == kInvalidCodePoint) any_second_ |= Bit(cue);
    for (StopSet set : {kPassStops, kClauseStops}) {
      if (!(Bit(cue) & kCuesOf[set])) continue;
      if (second == kInvalidCodePoint) {
        stops_[set].AddChar(first);
      } else {
        stops_[set].AddPair(first, second, third);
      }
    }
  }
  // The cues a phrase of which may start at text[p] and end by `end`
  // (p < end): zero at most positions. *len is the length of the character
  // at p.
  CueMask At(std::string_view text, size_t p, size_t end, size_t* len) const {
    CueMask by_first = first_.Of(DecodeAt(text, p, len)) | always_;
    if (by_first == 0) return 0;
    CueMask fits = any_second_;
    if (p + *len < end) {
      size_t len2;
      fits |= second_.Of(DecodeAt(text, p + *len, &len2));
    }
    return (by_first & fits) | always_;
  }
  // Which cues SkipQuiet passes over: kPassCues, kClauseCues.
  enum StopSet { kPassStops, kClauseStops };
  // The first position from p on, before `end` and a character at a time,
  // where a cue of `set` may start, or that holds a character neither ASCII
  // nor of three bytes, or that is one of the last two bytes before `end`;
  // `end` if none. No phrase of `set` starts at the positions passed over. Three bytes of three-byte shape that DecodeUtf8
  // reads as invalid (overlong, surrogate) are passed over too: no phrase
  // starts with an invalid byte unless always_ is set, and the three
  // invalid bytes end where the shape does.
  // The pass over a sentence spends most of its time here, so this reads
  // bytes (StopBits), with no code point to build.
  // Inline (it was before its word test): the pass calls it once per stop.
  EVENTX_ALWAYS_INLINE size_t SkipQuiet(std::string_view text, size_t p,
                                        size_t end,
                                        StopSet set = kPassStops) const {
    if (always_ != 0) return p;
    const StopBits& stops = stops_[set];
    return stops.has_lone() ? SkipQuietWith<true>(stops, text, p, end)
                            : SkipQuietWith<false>(stops, text, p, end);
  }

 private:
  // SkipQuiet with `stops`; kLone: whether some character stops whatever
  // follows (stops.has_lone()), a test the pair step makes only then.
  template <bool kLone>
  EVENTX_ALWAYS_INLINE static size_t SkipQuietWith(const StopBits& stops,
                                                   std::string_view text,
                                                   size_t p, size_t end) {
    const auto* b = reinterpret_cast<const unsigned char*>(text.data());
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // A character's first four bytes in one load, while one more byte than
    // the three may be read: a three-byte shape (lead E0..EF, two
    // continuation bytes) in one test, and its bit looked up from the bytes
    // as loaded.
    // One step at p of the steps below, w holding p's first four bytes:
    // false to stop at p.
    auto step = [&](uint32_t w) EVENTX_ALWAYS_INLINE {
      if ((w & 0xC0C0F0) == 0x8080E0) {
        if (stops.HasThreeByte(w)) return false;
        p += 3;
        return true;
      }
      const uint32_t b0 = w & 0xFF;
      if (b0 >= 0x80) return false;  // neither ASCII nor of three bytes
      if (stops.HasAscii(b0)) return false;
      ++p;
      return true;
    };
    // Where eight bytes may be read and a three-byte character stands
    // there, it is tested with the first two bytes of the next by the pair
    // hash alone: its table is small, and true at few positions of a text,
    // so the test rarely mispredicts (testing the character's bit first,
    // true at every 的, did). The next bytes need not be a three-byte
    // character's: a phrase whose second character is not of three bytes
    // stops at its first whatever follows (AddPair). So is the second
    // character at byte 3, where it is of three bytes: one branch on both
    // answers, and a step of 6 bytes or 3 chosen without one.
    const size_t pair_end =
        text.size() >= 2 ? std::min(end, text.size() - 2) : 0;
    while (p + 6 <= pair_end) {
#if defined(__SSE2__)
      // Five characters at a time where they are of three bytes (most of a
      // Chinese text, its punctuation too): one test of the shape of fifteen
      // bytes, and the five pair tests, which wait for nothing but their own
      // loads, made side by side; the step of 15 bytes waits for none of
      // them, where a step of 3 or 6 waited for the shape of the bytes it
      // stepped over. Only where twenty bytes may be read and the fifth
      // character ends by `end`.
      if (p + 15 <= end && p + 20 <= text.size()) {
        const size_t run = ThreeByteRun(b + p);  // characters, 0..5
        uint32_t found =
            PairStops<kLone>(stops, b + p) & ((uint32_t{1} << run) - 1);
        // Few characters pass the pair test; most of those start a common
        // word a phrase of the pair is longer than (交流 of 交流团): a test
        // of eight bytes tells them, where a stop costs the caller a
        // lookup of the phrases and the scan a restart.
        if (found != 0) found &= MayStartAt<kLone>(stops, b + p, found);
        if (found != 0) return p + 3 * __builtin_ctz(found);
        p += 3 * run;
        if (run == 5) continue;
        // At p a character not of three bytes: the step below reads it.
      }
#endif
      uint64_t w;
      std::memcpy(&w, b + p, 8);
      if ((w & 0xC0C0F0) == 0x8080E0) {
        const bool first =
            stops.HasPair(StopBits::FirstPairKey(w)) |
            (kLone && stops.HasLone(StopBits::FirstLoneKey(w)));
        const bool second_of_three = ((w >> 24) & 0xC0C0F0) == 0x8080E0;
        const bool second =
            second_of_three &
            (stops.HasPair(StopBits::SecondPairKey(w)) |
             (kLone && stops.HasLone(StopBits::SecondLoneKey(w))));
        if (first | second) return first ? p : p + 3;
        p += second_of_three ? 6 : 3;
        continue;
      }
      if ((w & 0x80) != 0) return p;  // neither ASCII nor of three bytes
      // An ASCII run (a number, a Latin name) is read to its end here, so
      // the test above meets one character not of three bytes per run, not
      // one per byte: a branch that mispredicted as often as not at each.
      do {
        if (stops.HasAscii(b[p]) &&
            stops.AsciiMayStart(b[p], p + 1 < text.size() ? b[p + 1] : 0x100)) {
          return p;
        }
        ++p;
      } while (p < end && b[p] < 0x80);
    }
    const size_t word_end = std::min(end, text.size() - 1);
    while (p + 3 <= word_end) {
      uint32_t w;
      std::memcpy(&w, b + p, 4);
      if (!step(w)) return p;
    }
#endif
    while (p + 3 <= end) {
      const uint32_t b0 = b[p];
      if (b0 < 0x80) {
        if (stops.HasAscii(b0)) return p;
        ++p;
        continue;
      }
      const uint32_t b1 = b[p + 1];
      const uint32_t b2 = b[p + 2];
      if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 ||
          stops.HasThreeByte(b0 | b1 << 8 | b2 << 16)) {
        return p;
      }
      p += 3;
    }
    return p;  // steps of 1 and 3 from p + 3 <= end stop at end at most
  }
#if defined(__SSE2__)
  // How many of the five characters at b[0..15) are of three-byte shape
  // (a lead E0..EF, two continuation bytes), counted from the first until
  // one is not; reads b[0..16).
  static size_t ThreeByteRun(const unsigned char* b) {
    const __m128i mask = _mm_setr_epi8(
        '\xF0', '\xC0', '\xC0', '\xF0', '\xC0', '\xC0', '\xF0', '\xC0', '\xC0',
        '\xF0', '\xC0', '\xC0', '\xF0', '\xC0', '\xC0', 0);
    const __m128i want = _mm_setr_epi8(
        '\xE0', '\x80', '\x80', '\xE0', '\x80', '\x80', '\xE0', '\x80', '\x80',
        '\xE0', '\x80', '\x80', '\xE0', '\x80', '\x80', 0);
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b));
    const uint32_t fits = static_cast<uint32_t>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(bytes, mask), want)));
    // The first byte that does not fit; byte 15 (no character's) always
    // does, so a run of five gives 16.
    const uint32_t first_misfit = __builtin_ctz(~fits);
    return first_misfit / 3;
  }
  // Bit k: whether the character at b[3k] (k < 5), taken as of three
  // bytes, may stop (StopBits::HasPair, and HasLone if kLone); reads
  // b[0..20).
  // Written out five times, inline: as a loop (which the compiler kept,
  // in a function of its own) each test paid a count, a compare and a
  // branch, and a shift by a count held in a register.
  template <bool kLone>
  EVENTX_ALWAYS_INLINE static uint32_t PairStops(const StopBits& stops,
                                                 const unsigned char* b) {
    return PairStop<kLone>(stops, b, 0) | PairStop<kLone>(stops, b, 1) |
           PairStop<kLone>(stops, b, 2) | PairStop<kLone>(stops, b, 3) |
           PairStop<kLone>(stops, b, 4);
  }
  // Bit k of PairStops.
  template <bool kLone>
  EVENTX_ALWAYS_INLINE static uint32_t PairStop(const StopBits& stops,
                                                const unsigned char* b, int k) {
    uint64_t w;
    std::memcpy(&w, b + 3 * k, 8);
    const bool stop = stops.HasPair(StopBits::FirstPairKey(w)) |
                      (kLone && stops.HasLone(StopBits::FirstLoneKey(w)));
    return uint32_t{stop} << k;
  }
#endif
  // Of `candidates` (bit k: the character at b[3k], k < 5, passed
  // PairStops), those where a phrase may start (StopBits::MayStartAt, or
  // HasLone if kLone); reads b[0..20).
  template <bool kLone>
  static uint32_t MayStartAt(const StopBits& stops, const unsigned char* b,
                             uint32_t candidates) {
    uint32_t kept = 0;
    for (; candidates != 0; candidates &= candidates - 1) {
      const int k = __builtin_ctz(candidates);
      uint64_t w;
      std::memcpy(&w, b + 3 * k, 8);
      const bool may = stops.MayStartAt(w) |
                       (kLone && stops.HasLone(StopBits::FirstLoneKey(w)));
      kept |= uint32_t{may} << k;
    }
    return kept;
  }
  CueMaskByChar first_;   // by a phrase's first code point
  CueMaskByChar second_;  // by its second
  // For SkipQuiet: where a phrase of kPassCues, of kClauseCues may start.
  static constexpr CueMask kCuesOf[] = {kPassCues, kClauseCues};
  StopBits stops_[2];
  // Cues with a phrase of one code point, or an invalid byte second.
  CueMask any_second_ = 0;
  CueMask always_ = 0;  // cues to probe at every position
};

// The phrases of the kPassCues, to tell which of them occur at a position
// by comparing bytes; found by their first five bytes (two characters of
// three bytes, or the first two bytes of the second), in an open-addressed
// table: the pass over a sentence asks at each of its stops, and most stops
// are near misses (交流 not followed by 团 or 访问, 共同 not by 主办) or
// no phrase's at all (a pair that shares a bit of SkipQuiet's hash with a
// phrase's), which the first probe tells. The few phrases shorter than
// five bytes (ICP) are compared where the text's byte starts one.
// Compact, as it is read at every stop: a slot is one word (the key and
// where its phrases are), 2 KB in all, and the phrases and their bytes lie
// in two small arrays, where slots of a key and a std::vector of phrases
// with std::string bytes took 8 KB and two more loads from the heap.
class PassPhrases {
 public:
  // Takes a phrase; Finish lays them out.
  void Add(std::string_view phrase, Cue cue) {
    size_t len;
    char32_t first = DecodeUtf8(phrase, 0, &len);
    // An invalid byte first (never in the lexicons) may match where the
    // text decodes otherwise: such a cue is left to its phrase list.
    if (first == kInvalidCodePoint) {
      unindexed_ |= Bit(cue);
      return;
    }
    added_.push_back({std::string(phrase), Bit(cue)});
  }
  // Lays out the phrases added (once, after the last Add). False when they
  // outgrow the table's fields (65,535 phrases or bytes, 255 phrases of one
  // key).
  bool Finish() { return Build(); }
  // Of the cues `wanted` (none of unindexed()), those a phrase of which is
  // at text[p] and ends by `end` (p < end).
  CueMask At(std::string_view text, size_t p, size_t end,
             CueMask wanted) const {
    CueMask found = 0;
    // The phrases [first, first + count), whose first `known` bytes are
    // known to be the text's.
    auto match = [&](size_t first, size_t count, size_t known) {
      for (size_t i = first; i < first + count; ++i) {
        const Phrase& phrase = phrases_[i];
        if ((wanted & phrase.cue & ~found) && phrase.size <= end - p &&
            std::memcmp(text.data() + p + known,
                        bytes_.data() + phrase.offset + known,
                        phrase.size - known) == 0) {
          found |= phrase.cue;
        }
      }
    };
    if (end - p >= kKeyBytes) {
      const uint64_t key = KeyAt(text.data() + p);
      const uint64_t slot = slots_[SlotOf(key)];
      if (slot != 0) {
        match((slot >> kKeyBits) & 0xFFFF, slot >> (kKeyBits + 16), kKeyBytes);
      }
    }
    if (short_leads_[static_cast<unsigned char>(text[p])]) {
      match(short_first_, phrases_.size() - short_first_, 0);
    }
    return found;
  }
  CueMask unindexed() const { return unindexed_; }

 private:
  static constexpr size_t kKeyBytes = 5;
  static constexpr int kKeyBits = 8 * kKeyBytes;
  static constexpr uint64_t kKeyMask = (uint64_t{1} << kKeyBits) - 1;
  struct Phrase {
    CueMask cue;
    uint16_t offset;  // in bytes_
    uint16_t size;
  };
  // The first kKeyBytes bytes at `bytes` in the low kKeyBits bits: two
  // loads into registers (a memcpy of five bytes into a word went through
  // the stack, and its load waited for the two stores).
  static_assert(kKeyBytes == 5, "KeyAt reads four bytes and one");
  static uint64_t KeyAt(const char* bytes) {
    uint32_t low;
    std::memcpy(&low, bytes, 4);
    return uint64_t{low} | uint64_t{static_cast<unsigned char>(bytes[4])} << 32;
  }
  // The slot of `key`, or the empty one where it would go.
  size_t SlotOf(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    size_t i = (key * 0x9E3779B97F4A7C15) >> (64 - slot_bits_);
    while (slots_[i] != 0 && (slots_[i] & kKeyMask) != key) i = (i + 1) & mask;
    return i;
  }
  // Lays out the phrases added: those of a key one after another
  // (in the order added), then the short ones; a key's slot holds the key
  // (never 0: no phrase starts with a NUL byte) in its low kKeyBits bits,
  // then the index of its first phrase (16 bits) and their number (8).
  bool Build() {
    std::vector<uint64_t> keys;
    for (const auto& [bytes, cue] : added_) {
      if (bytes.size() >= kKeyBytes &&
          std::find(keys.begin(), keys.end(), KeyAt(bytes.data())) ==
              keys.end()) {
        keys.push_back(KeyAt(bytes.data()));
      }
    }
    slot_bits_ = 4;
    while ((size_t{1} << slot_bits_) < 2 * keys.size()) ++slot_bits_;
    slots_.assign(size_t{1} << slot_bits_, 0);
    phrases_.clear();
    bytes_.clear();
    short_leads_.fill(false);
    auto add = [&](const std::string& bytes, CueMask cue) {
      phrases_.push_back({cue, static_cast<uint16_t>(bytes_.size()),
                          static_cast<uint16_t>(bytes.size())});
      bytes_ += bytes;
    };
    for (uint64_t key : keys) {
      const size_t first = phrases_.size();
      for (const auto& [bytes, cue] : added_) {
        if (bytes.size() >= kKeyBytes && KeyAt(bytes.data()) == key) {
          add(bytes, cue);
        }
      }
      const size_t count = phrases_.size() - first;
      if (first > 0xFFFF || count > 0xFF) return false;
      slots_[SlotOf(key)] = key | uint64_t{first} << kKeyBits |
                            uint64_t{count} << (kKeyBits + 16);
    }
    short_first_ = phrases_.size();
    for (const auto& [bytes, cue] : added_) {
      if (bytes.size() >= kKeyBytes) continue;
      add(bytes, cue);
      short_leads_[static_cast<unsigned char>(bytes[0])] = true;
    }
    return phrases_.size() <= 0xFFFF && bytes_.size() <= 0xFFFF;
  }

  std::vector<std::pair<std::string, CueMask>> added_;  // in order
  int slot_bits_ = 4;
  std::vector<uint64_t> slots_ = std::vector<uint64_t>(size_t{1} << 4);
  std::vector<Phrase> phrases_;
  std::string bytes_;
  size_t short_first_ = 0;                // phrases_ from here: short ones
  std::array<bool, 256> short_leads_{};  // the first bytes of those
  CueMask unindexed_ = 0;
};

// For a set of cue phrases, the characters of which every phrase holds one
// (办 of 主办, 持 of 支持, 导 of 指导 for the role cues, as chosen at
// Create from the phrases: the fewest that cover them all, greedily), and at
// which bytes of the phrases they stand. The role cues are looked for in
// every sentence of the body, the visit verbs in every sentence of a visit
// report, the other pass cues in a few only (the lead's): so the body is
// searched for these few characters, sixteen places at a time (SSE2: a
// compare of each anchor's last two bytes), and a phrase is looked up only
// where one may start before an anchor found, where the pass for all the
// cues (SkipQuiet) tested a hash of each character and the next.
class CueAnchors {
 public:
  // From the phrases. False, and usable() false, when a phrase holds no
  // three-byte character, more than kMaxAnchors characters are needed, or a
  // phrase's first anchor stands 64 bytes or more into it.
  bool Build(const std::vector<std::string_view>& phrases) {
    count_ = 0;
    std::vector<std::vector<char32_t>> chars(phrases.size());
    for (size_t i = 0; i < phrases.size(); ++i) {
      size_t len;
      for (size_t p = 0; p < phrases[i].size(); p += len) {
        const char32_t c = DecodeUtf8(phrases[i], p, &len);
        if (len == 3 && c != kInvalidCodePoint) chars[i].push_back(c);
      }
      if (chars[i].empty()) return false;
    }
    std::vector<bool> covered(phrases.size(), false);
    std::vector<char32_t> anchors;
    for (;;) {
      // The character held by the most phrases not yet covered; of equal
      // ones, the one that stands earliest in them (the fewer places to
      // test before it; 拜 of 拜会, not the common 会), then the smallest.
      struct Count {
        char32_t c;
        size_t phrases, places;
      };
      std::vector<Count> counts;
      for (size_t i = 0; i < phrases.size(); ++i) {
        if (covered[i]) continue;
        for (size_t place = 0; place < chars[i].size(); ++place) {
          const char32_t c = chars[i][place];
          if (std::find(chars[i].begin(), chars[i].begin() + place, c) !=
              chars[i].begin() + place) {
            continue;  // counted at its first place
          }
          auto it = std::find_if(counts.begin(), counts.end(),
                                 [c](const Count& e) { return e.c == c; });
          if (it == counts.end()) {
            counts.push_back({c, 1, place});
          } else {
            ++it->phrases;
            it->places += place;
          }
        }
      }
      if (counts.empty()) break;  // all covered
      auto better = [](const Count& a, const Count& b) {
        if (a.phrases != b.phrases) return a.phrases > b.phrases;
        if (a.places != b.places) return a.places < b.places;
        return a.c < b.c;
      };
      const Count& best =
          *std::min_element(counts.begin(), counts.end(), better);
      if (anchors.size() == kMaxAnchors) return false;
      anchors.push_back(best.c);
      for (size_t i = 0; i < phrases.size(); ++i) {
        if (std::find(chars[i].begin(), chars[i].end(), best.c) !=
            chars[i].end()) {
          covered[i] = true;
        }
      }
    }
    if (anchors.empty()) return false;
    uint64_t offsets[kMaxAnchors] = {};
    for (std::string_view phrase : phrases) {
      size_t len;
      for (size_t p = 0; p < phrase.size(); p += len) {
        const char32_t c = DecodeUtf8(phrase, p, &len);
        auto it = std::find(anchors.begin(), anchors.end(), c);
        if (len != 3 || it == anchors.end()) continue;
        if (p >= 64) return false;
        offsets[it - anchors.begin()] |= uint64_t{1} << p;
        break;
      }
    }
    for (size_t k = 0; k < anchors.size(); ++k) {
      char bytes[4];
      EncodeUtf8(anchors[k], bytes);
      std::memcpy(bytes_[k], bytes, 3);
      offsets_[k] = offsets[k];
    }
    count_ = anchors.size();
    return true;
  }
  bool usable() const { return count_ > 0; }

  // Calls found(a, offsets), in order of a, for each place a in [b, e)
  // where an anchor stands and ends by e; bit k of `offsets` is set where a
  // phrase may start k bytes before a (its first anchor there). Stops where
  // found returns false. Every phrase within [b, e) starts at a - k for
  // such an a and k; the first found from the first place a on, trying the
  // larger k first, is the first in the text (a phrase that started after
  // it and held an anchor before that phrase's first would hold one before
  // its own first).
  template <typename Found>
  void ForEach(std::string_view text, size_t b, size_t e, Found found) const {
    switch (count_) {
      case 1:
        return ForEachOf<1>(text, b, e, found);
      case 2:
        return ForEachOf<2>(text, b, e, found);
      case 3:
        return ForEachOf<3>(text, b, e, found);
      default:
        return ForEachOf<kMaxAnchors>(text, b, e, found);
    }
  }

 private:
  static constexpr size_t kMaxAnchors = 4;

  // ForEach with kCount anchors (count_).
  template <size_t kCount, typename Found>
  void ForEachOf(std::string_view text, size_t b, size_t e,
                 Found& found) const {
    const auto* t = reinterpret_cast<const unsigned char*>(text.data());
    e = std::min(e, text.size());
    size_t p = b;
    // The offsets of the anchor at t[a] (a + 3 <= e), 0 if none stands
    // there.
    auto offsets_at = [&](size_t a) -> uint64_t {
      for (size_t k = 0; k < kCount; ++k) {
        if (t[a] == bytes_[k][0] && t[a + 1] == bytes_[k][1] &&
            t[a + 2] == bytes_[k][2]) {
          return offsets_[k];
        }
      }
      return 0;
    };
#if defined(__SSE2__)
    // The anchors' last two bytes, compared at sixteen places at once; the
    // lead byte only where they match (few other characters share them).
    __m128i seconds[kCount], thirds[kCount];
    for (size_t k = 0; k < kCount; ++k) {
      seconds[k] = _mm_set1_epi8(static_cast<char>(bytes_[k][1]));
      thirds[k] = _mm_set1_epi8(static_cast<char>(bytes_[k][2]));
    }
    // Places p..p+15, whose anchors end by p + 18 <= e.
    for (; p + 18 <= e; p += 16) {
      const __m128i b1 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + p + 1));
      const __m128i b2 =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(t + p + 2));
      __m128i any = _mm_and_si128(_mm_cmpeq_epi8(b1, seconds[0]),
                                  _mm_cmpeq_epi8(b2, thirds[0]));
      for (size_t k = 1; k < kCount; ++k) {
        any = _mm_or_si128(any, _mm_and_si128(_mm_cmpeq_epi8(b1, seconds[k]),
                                              _mm_cmpeq_epi8(b2, thirds[k])));
      }
      for (uint32_t hits = static_cast<uint32_t>(_mm_movemask_epi8(any));
           hits != 0; hits &= hits - 1) {
        const size_t a = p + __builtin_ctz(hits);
        const uint64_t offsets = offsets_at(a);
        if (offsets != 0 && !found(a, offsets)) return;
      }
    }
#endif
    for (; p + 3 <= e; ++p) {
      const uint64_t offsets = offsets_at(p);
      if (offsets != 0 && !found(p, offsets)) return;
    }
  }

  unsigned char bytes_[kMaxAnchors][3] = {};  // each anchor's UTF-8
  uint64_t offsets_[kMaxAnchors] = {};
  size_t count_ = 0;
};

// A set of phrases (the cue lists, suffixes, list words: tens to a
// hundred phrases each), each with a value, found by their first or their
// last code point (a WordIndex: a few hundred bytes, where a PhraseSet
// spread a lookup over several cache lines of some 40 KB per
// list). Lookups compare bytes, as a PhraseSet's do (the text is valid
// UTF-8: a phrase's bytes at a place start with the character there).
class CompactPhrases {
 public:
  // Adds `phrase` (if not empty) with `value`; adding it again replaces
  // its value.
  void Add(std::string_view phrase, uint32_t value = 0) {
    if (phrase.empty()) return;
    for (auto& [bytes, v] : added_) {
      if (bytes == phrase) {
        v = value;
        return;
      }
    }
    added_.emplace_back(std::string(phrase), value);
  }
  // Call after the last Add, before any lookup.
  void Finish() {
    index_.Build(added_);
    added_ = {};  // the index holds all a lookup reads
  }
  // The longest phrase that starts at text[pos] and is at most max_bytes
  // long: its length (0: none), and its value in *value if not null.
  size_t LongestAt(std::string_view text, size_t pos, size_t max_bytes,
                   uint32_t* value = nullptr) const {
    if (pos >= text.size()) return 0;
    size_t len;
    return index_.LongestAt(text, pos, DecodeAt(text, pos, &len), max_bytes,
                            value);
  }
  // The longest phrase that ends just before text[end]: its length (0:
  // none).
  size_t LongestEndingAt(std::string_view text, size_t end) const {
    return index_.LongestEndingAt(text, end);
  }

 private:
  std::vector<std::pair<std::string, uint32_t>> added_;
  WordIndex index_;
};

}  // namespace

struct OrganizerFinder::Tables {
  CompactPhrases cues[kCueCount];
  CompactPhrases roles;       // every role cue, its Cue the value
  CompactPhrases suffixes;    // organization_suffixes.tsv
  CompactPhrases list_words;  // 和 与 及 以及: join list members
  CompactPhrases buildings;   // venue_heads.tsv buildings: 会议中心
  CueStarts cue_starts;      // of cues[]
  PassPhrases pass_phrases;  // of cues[] in kPassCues
  // Of the role cues, of the visit verbs, for the passes over the body
  // (FindFirsts); unusable when not every phrase is indexed in
  // pass_phrases.
  CueAnchors role_anchors;
  CueAnchors visit_anchors;
  std::array<bool, 256> prose_mark_leads{};  // the first bytes of kProseMarks
};

class OrganizerFinder::Run {
 public:
  Run(const Tables& t, const Document& doc)
      : t_(t), doc_(doc), v_(doc.view()), facts_(doc.sentences().size()) {}

  std::vector<Organizer> Go(const std::optional<Venue>& venue,
                            const std::vector<Official>& officials);

 private:
  struct Item {
    size_t b, e;
  };
  // What one pass over a sentence tells: each stage below asks these of the
  // same sentences, and a pass per question was most of the finder's work.
  struct SentenceFacts {
    bool known = false;  // the rest but `prose` is filled in
    // first_role, first_visit are filled in (by ReadFacts, or FindFirsts
    // alone).
    bool role_known = false;
    bool visit_known = false;
    // IsProse: 1 or 0, -1 until asked (of the lead only).
    int8_t prose = -1;
    CueMask cues = 0;    // of kSentenceCues, bit c: Contains(c, begin, end)
    // The first position where a role cue starts (s.end if none).
    size_t first_role = 0;
    // The first position where a visit, a meet cue starts (s.end if none).
    size_t first_visit = 0;
    size_t first_meet = 0;
  };

  char32_t CpAt(size_t p) const {
    size_t len;
    return p < v_.size() ? DecodeAt(v_, p, &len) : 0;
  }
  size_t Next(size_t p) const {
    size_t len;
    DecodeAt(v_, p, &len);
    return p + (len == 0 ? 1 : len);
  }
  size_t Prev(size_t p) const {
    size_t len;
    DecodeUtf8Before(v_, p, &len);
    return p - (len == 0 ? 1 : len);
  }
  // cues[cue].LongestAt(v_, p, e - p), for p < e: the longest
  // phrase of `cue` at p ending by e. A first-character lookup, with the
  // character decoded inline, rejects most positions before the phrase
  // list decodes it again.
  size_t CueAt(Cue cue, size_t p, size_t e) const {
    size_t len;
    if (!(t_.cue_starts.At(v_, p, e, &len) & Bit(cue))) return 0;
    return t_.cues[cue].LongestAt(v_, p, e - p);
  }
  // roles.LongestAt(v_, p, e - p, cue), for p < e, the same way; *len
  // is the length of the character at p (never 0), the step to the next.
  size_t RoleAt(size_t p, size_t e, Cue* cue, size_t* len) const {
    if (!(t_.cue_starts.At(v_, p, e, len) & kRoleCues)) return 0;
    uint32_t value = 0;
    const size_t n = t_.roles.LongestAt(v_, p, e - p, &value);
    *cue = static_cast<Cue>(value);
    return n;
  }
  // The first position from p on (before e, a character at a time) where
  // a cue of kPassCues may start, or e or so: the scans for a role, a visit,
  // a meeting pass over the others (where RoleAt and CueAt find nothing)
  // as the pass over the sentence does (SkipQuiet), and so does that pass
  // (ReadFacts). One copy of SkipQuiet's code (2.8 KB, a form for each
  // StopBits::has_lone()) that they all call, not one inline at each place
  // (three in ReadFacts, which was 10 KB of code read once per report).
  EVENTX_NOINLINE size_t NextPassStart(size_t p, size_t e) const {
    return t_.cue_starts.SkipQuiet(v_, p, e);
  }
  // The same for a cue of kClauseCues.
  EVENTX_NOINLINE size_t NextClauseCueStart(size_t p, size_t e) const {
    return t_.cue_starts.SkipQuiet(v_, p, e, CueStarts::kClauseStops);
  }
  bool Contains(Cue cue, size_t b, size_t e) const {
    const bool skip = (Bit(cue) & kClauseCues) != 0;
    size_t len;  // of the character at p; never 0
    for (size_t p = skip ? NextClauseCueStart(b, e) : b; p < e;
         p = skip ? NextClauseCueStart(p + len, e) : p + len) {
      if ((t_.cue_starts.At(v_, p, e, &len) & Bit(cue)) &&
          t_.cues[cue].LongestAt(v_, p, e - p) > 0) {
        return true;
      }
    }
    return false;
  }
  size_t ClauseStart(size_t floor, size_t p) const {
    while (p > floor) {
      size_t q = Prev(p);
      if (IsClauseBreak(CpAt(q))) return p;
      p = q;
    }
    return floor;
  }
  size_t ClauseEnd(size_t p, size_t ceiling) const {
    while (p < ceiling && !IsClauseBreak(CpAt(p))) p = Next(p);
    return p;
  }
  // The last occurrence of `word` (not empty) in [b, e), or npos. Compares
  // the word only where its last byte stands (a continuation byte of a
  // Chinese word: one of 64 values), where std::string_view::rfind called
  // memcmp at every byte of the clause.
  size_t FindLast(std::string_view word, size_t b, size_t e) const {
    e = std::min(e, v_.size());
    if (b >= e || word.size() > e - b) return std::string_view::npos;
    const char last = word.back();
    for (size_t end = e; end - b >= word.size(); --end) {
      if (v_[end - 1] == last &&
          v_.compare(end - word.size(), word.size(), word) == 0) {
        return end - word.size();
      }
    }
    return std::string_view::npos;
  }

  // The facts of doc_.sentences()[i], read on first use.
  const SentenceFacts& FactsOf(size_t i);
  // Reads the facts of sentences [first, last) (first < last), none known.
  void ReadFacts(size_t first, size_t last);
  // Reads the facts of the sentences of [first, last) not yet known, a pass
  // per run of them.
  void ReadUnknownFacts(size_t first, size_t last);
  // Fills in (*first)[i] and sets (*known)[i] of the sentences i of
  // [first_sentence, last) (first_sentence < last): the first position of
  // i where a phrase of `cues`, whose anchors are `anchors`, starts (s.end
  // if none). Every body sentence is asked for its first role cue
  // (ScanSentence), every one of a visit report for its first visit verb
  // (FindVisitHosts), few for the other cues: a search for the anchors, not
  // the pass for all the cues (ReadFacts).
  void FindFirsts(const CueAnchors& anchors, CueMask cues,
                  size_t first_sentence, size_t last,
                  size_t SentenceFacts::*first, bool SentenceFacts::*known);
  // The first position of sentence i where a role cue starts (s.end if
  // none).
  size_t FirstRole(size_t i) {
    if (!facts_[i].role_known) ReadFacts(i, i + 1);
    return facts_[i].first_role;
  }
  // Whether sentence i holds a visit verb.
  bool HoldsVisit(size_t i) {
    if (!facts_[i].visit_known) ReadFacts(i, i + 1);
    return facts_[i].first_visit != doc_.sentences()[i].end;
  }

  std::vector<Item> SplitList(size_t b, size_t e) const;
  std::optional<Item> Clean(size_t b, size_t e, bool under_host_verb) const;
  void AddList(size_t b, size_t e, OrganizerRole role, bool host_verb);
  void ScanSentence(size_t i);
  // Whether the cue ending at `cue_end` is 在…下 (的支持下), else 得到…的支持.
  bool EndsWithUnder(size_t cue_end) const;
  void FindVisitHosts();
  // 水利部部长X在京会见Y一行: with no organizer stated, the body of the
  // official who received the visitors hosts.
  void FindMeetingHosts(const std::vector<Official>& officials);
  // Whether the first body sentences tell of a visit (代表团, 一行, 到访).
  bool LeadTellsOfAVisit();
  // Whether sentence i is prose (a comma or a full stop), not a menu, stamp
  // or share line: the lead is read from these. Asked of a few sentences
  // only: a search of their bytes for each mark, not a test in the pass
  // over every sentence (which stopped at the first mark of each).
  bool IsProse(size_t i) {
    int8_t& prose = facts_[i].prose;
    if (prose < 0) {
      const Sentence& s = doc_.sentences()[i];
      prose = HoldsProseMark(v_.substr(s.begin, s.end - s.begin)) ? 1 : 0;
    }
    return prose != 0;
  }
  // Whether sentence i holds a phrase of `cue`.
  bool SentenceContains(size_t i, Cue cue) {
    return (FactsOf(i).cues & Bit(cue)) != 0;
  }
  // Whether `text` holds one of kProseMarks. UTF-8 is self-synchronising:
  // a mark's bytes are found only where the mark is.
  bool HoldsProseMark(std::string_view text) const {
    // Most sentences of prose end with one: a test of the end first.
    for (std::string_view mark : kProseMarks) {
      if (EndsWith(text, mark)) return true;
    }
    // The rest (a menu, a stamp or a share line holds none: all of it is
    // read) sixteen places at a time, then a byte at a time, stopping at
    // those that start a mark (a search per mark, with memchr, stopped at
    // every character of the full-width forms, with the lead byte of ，).
    size_t q = ProseMarkFreePrefix(text);
    for (; q < text.size(); ++q) {
      if (!t_.prose_mark_leads[static_cast<unsigned char>(text[q])]) continue;
      for (std::string_view mark : kProseMarks) {
        if (StartsWithAt(text, q, mark)) return true;
      }
    }
    return false;
  }
  bool visit_report_ = false;  // LeadTellsOfAVisit(), computed once in Go

  const Tables& t_;
  const Document& doc_;
  std::string_view v_;
  std::vector<std::pair<size_t, Organizer>> found_;  // by statement position
  // Whether an organizer of found_ has `name`. A report names few (most
  // none, a list a dozen): a look through them, where a hashed set of the
  // names cost an allocation for its buckets and one for each name.
  bool Named(const std::string& name) const {
    for (const auto& f : found_) {
      if (f.second.name == name) return true;
    }
    return false;
  }
  std::vector<SentenceFacts> facts_;  // by sentence, see FactsOf
};

const OrganizerFinder::Run::SentenceFacts& OrganizerFinder::Run::FactsOf(
    size_t i) {
  if (!facts_[i].known) ReadFacts(i, i + 1);
  return facts_[i];
}

void OrganizerFinder::Run::ReadFacts(size_t first, size_t last) {
  const std::vector<Sentence>& sentences = doc_.sentences();
  // The sentences follow one another: one pass over their text, each stop
  // read as its sentence's, instead of a pass each (which ended at each
  // sentence's end with a mispredicted branch and a few steps of a
  // character). A phrase ends by its sentence's end; a stop the pass makes
  // at a sentence's last character for one that would run past it finds
  // nothing, as the pass over the sentence alone does; the spaces between
  // two sentences are no sentence's.
  const size_t text_end = sentences[last - 1].end;
  size_t p = NextPassStart(sentences[first].begin, text_end);
  for (size_t i = first; i < last; ++i) {
    const Sentence& s = sentences[i];
    SentenceFacts& f = facts_[i];
    f.known = true;
    f.role_known = true;
    f.visit_known = true;
    // Locals, not f's members, so that the loop keeps them in registers.
    CueMask cues = 0;
    size_t first_role = s.end;
    size_t first_visit = s.end;
    size_t first_meet = s.end;
    if (p < s.begin) p = NextPassStart(s.begin, text_end);
    size_t len = 0;  // of the character at p; never 0 (an invalid byte: 1)
    for (; p < s.end; p = NextPassStart(p + len, text_end)) {
      DecodeAt(v_, p, &len);
      // The cues still looked for: the sentence cues not yet found, any
      // role cue until the first. The stops of SkipQuiet are few: the
      // phrases are looked up at each, with no first test of which cues may
      // start here (CueStarts::At).
      CueMask wanted = (kSentenceCues & ~cues) |
                       (first_role == s.end ? kRoleCues : CueMask{0});
      if (wanted == 0) {  // all found: on to the next sentence
        p = s.end;
        break;
      }
      CueMask unindexed = wanted & t_.pass_phrases.unindexed();
      CueMask here = t_.pass_phrases.At(v_, p, s.end, wanted & ~unindexed);
      for (; unindexed != 0; unindexed &= unindexed - 1) {
        Cue cue = static_cast<Cue>(__builtin_ctz(unindexed));
        if (t_.cues[cue].LongestAt(v_, p, s.end - p) > 0) {
          here |= Bit(cue);
        }
      }
      if (here & kRoleCues) first_role = p;
      cues |= here & kSentenceCues;
      if (here & Bit(kVisit)) first_visit = p;
      if (here & Bit(kMeet)) first_meet = p;
    }
    f.cues = cues;
    f.first_role = first_role;
    f.first_visit = first_visit;
    f.first_meet = first_meet;
  }
}

void OrganizerFinder::Run::ReadUnknownFacts(size_t first, size_t last) {
  while (first < last) {
    if (facts_[first].known) {
      ++first;
      continue;
    }
    size_t run_end = first + 1;
    while (run_end < last && !facts_[run_end].known) ++run_end;
    ReadFacts(first, run_end);
    first = run_end;
  }
}

void OrganizerFinder::Run::FindFirsts(const CueAnchors& anchors, CueMask cues,
                                      size_t first_sentence, size_t last,
                                      size_t SentenceFacts::*first,
                                      bool SentenceFacts::*known) {
  const std::vector<Sentence>& sentences = doc_.sentences();
  for (size_t i = first_sentence; i < last; ++i) {
    facts_[i].*known = true;
    facts_[i].*first = sentences[i].end;
  }
  size_t i = first_sentence;  // the sentence of the last anchor found
  // An anchor at a: the first phrase of its sentence may start before it.
  auto at_anchor = [&](size_t a, uint64_t offsets) {
    // A phrase ends by its sentence's end: so does its anchor.
    while (sentences[i].end < a + 3) {
      if (++i == last) return false;
    }
    const Sentence& s = sentences[i];
    size_t& found = facts_[i].*first;
    if (a < s.begin || found != s.end) return true;
    // The phrases that may start before a, the farthest first.
    while (offsets != 0) {
      const size_t k = 63 - __builtin_clzll(offsets);
      offsets &= ~(uint64_t{1} << k);
      if (k > a - s.begin) continue;
      if (t_.pass_phrases.At(v_, a - k, s.end, cues) != 0) {
        found = a - k;
        break;
      }
    }
    return true;
  };
  anchors.ForEach(v_, sentences[first_sentence].begin, sentences[last - 1].end,
                  at_anchor);
}

std::vector<OrganizerFinder::Run::Item> OrganizerFinder::Run::SplitList(
    size_t b, size_t e) const {
  std::vector<Item> items;
  size_t start = b;
  for (size_t p = b; p < e;) {
    size_t n = 0;
    // Whether a whole name ends at p; asked only where it decides (a
    // separator 、 or a list word), as the suffix lookup is the dear part.
    auto whole = [&] {
      return p > start &&
             (t_.suffixes.LongestEndingAt(v_, p) > 0 || CpAt(Prev(p)) == ')');
    };
    char32_t c = CpAt(p);
    // 孟加拉国环境、森林和气候变化部: 、 lists a body's portfolios until a
    // whole name has been read; then it lists bodies.
    if (IsListSeparator(c) && (c != U'、' || p == start || whole())) {
      n = Next(p) - p;
    } else if (c != U'、') {
      // 和, 与, 及 join two bodies only after a whole name: 工业和信息化部
      // and 对外合作与交流中心 are one body each.
      size_t word = t_.list_words.LongestAt(v_, p, e - p);
      if (word > 0 && whole()) n = word;
    }
    if (n > 0) {
      if (p > start) items.push_back({start, p});
      p += n;
      start = p;
      continue;
    }
    p = Next(p);
  }
  if (e > start) items.push_back({start, e});
  return items;
}

std::optional<OrganizerFinder::Run::Item> OrganizerFinder::Run::Clean(
    size_t b, size_t e, bool host_verb) const {
  // Quotes and spaces at the ends; lead words (本次, 由) at the start.
  while (b < e && IsTrimmable(CpAt(b))) b = Next(b);
  while (e > b && IsTrimmable(CpAt(Prev(e)))) e = Prev(e);
  for (bool again = true; again && b < e;) {
    again = false;
    if (size_t n = t_.cues[kLead].LongestAt(v_, b, e - b)) {
      b += n;
      again = true;
    }
  }
  if (e > b && v_.compare(Prev(e), 3, "等") == 0) e = Prev(e);
  if (b >= e) return std::nullopt;
  size_t cps = CountCodePoints(v_.substr(b, e - b));
  if (cps < kMinNameCodePoints || cps > kMaxNameCodePoints) return std::nullopt;
  // 美国环保署总部, 市政府大楼: the body, not its building.
  for (std::string_view building : {"总部大楼", "办公楼", "总部", "大楼"}) {
    if (e - b > building.size() &&
        v_.compare(e - building.size(), building.size(), building) == 0 &&
        t_.suffixes.LongestEndingAt(v_, e - building.size()) > 0) {
      e -= building.size();
      break;
    }
  }
  // 中国石油大学(北京): a qualifier in parentheses after the name.
  size_t name_end = e;
  if (CpAt(Prev(e)) == ')') {
    size_t open = FindLast("(", b, e);
    if (open != std::string_view::npos) name_end = open;
  }
  size_t suffix = t_.suffixes.LongestEndingAt(v_, name_end);
  // 研究所, 政府: a body's kind alone names no body.
  if (suffix == 0 || suffix == name_end - b) return std::nullopt;
  // 两国中央政府, 有关部门: a kind of body, not a named one.
  if (t_.cues[kGeneric].LongestAt(v_, b, e - b) > 0) {
    return std::nullopt;
  }
  if (t_.cues[kMedia].LongestEndingAt(v_, name_end) > 0) return std::nullopt;
  // "第二届…论坛举办": the subject of 举办 is then the event, not its host.
  if (host_verb && t_.cues[kEvent].LongestEndingAt(v_, name_end) > 0) {
    return std::nullopt;
  }
  // A name holds no verb of this kind: "访问北京大学" is not a body.
  if (Contains(kVisit, b, e) || Contains(kFuture, b, e)) return std::nullopt;
  return Item{b, e};
}

void OrganizerFinder::Run::AddList(size_t b, size_t e, OrganizerRole role,
                                   bool host_verb) {
  for (const Item& raw : SplitList(b, e)) {
    std::optional<Item> item = Clean(raw.b, raw.e, host_verb);
    if (!item) continue;
    Organizer o;
    o.name = doc_.Value(item->b, item->e);
    if (Named(o.name)) continue;
    o.role = role;
    o.span = doc_.ToOriginal(item->b, item->e);
    o.text = doc_.Surface(o.span);
    found_.emplace_back(item->b, std::move(o));
  }
}

bool OrganizerFinder::Run::EndsWithUnder(size_t cue_end) const {
  return cue_end >= 3 && v_.compare(cue_end - 3, 3, "下") == 0;
}

void OrganizerFinder::Run::ScanSentence(size_t i) {
  const Sentence& s = doc_.sentences()[i];
  const size_t first_role = FirstRole(i);
  // Most sentences hold no role cue; those that do and are a footer line
  // hold none of this event's.
  if (first_role == s.end || SentenceContains(i, kFooter)) return;
  size_t previous_role_end = s.begin;  // where the last role cue ended
  for (size_t p = first_role; p < s.end;) {
    Cue cue = kCoHost;
    size_t len;
    size_t n = RoleAt(p, s.end, &cue, &len);
    if (n == 0) {
      p = NextPassStart(p + len, s.end);
      continue;
    }
    size_t after = p + n;
    size_t clause = ClauseStart(s.begin, p);
    bool future = Contains(kFuture, clause, p);
    switch (cue) {
      case kLabelHost:
      case kLabelCoHost:
      case kLabelOrganizer:
      case kLabelSupporter: {
        // 主办单位:A、B — a label and its list, up to the clause's end.
        if (CpAt(after) != ':' || future) break;
        size_t b = Next(after);
        size_t e = b;
        while (e < s.end && CpAt(e) != '\n' && CpAt(e) != U'。' &&
               CpAt(e) != ';' && CpAt(e) != ':') {
          e = Next(e);
        }
        // A following label (承办单位:) ends this list at its start.
        size_t len;
        for (size_t q = b; q < e; q += len) {
          Cue other = kCoHost;
          size_t m = RoleAt(q, e, &other, &len);
          if (m > 0 && other >= kLabelHost && other <= kLabelSupporter) {
            e = q;
            break;
          }
        }
        OrganizerRole role = cue == kLabelHost     ? OrganizerRole::kHost
                             : cue == kLabelCoHost ? OrganizerRole::kCoHost
                             : cue == kLabelOrganizer
                                 ? OrganizerRole::kOrganizer
                                 : OrganizerRole::kSupporter;
        AddList(b, e, role, false);
        break;
      }
      case kUnder: {
        // 在A的支持下: A supported; 得到A的支持, 获得A的大力支持: so did A.
        size_t zai = FindLast("在", clause, p);
        size_t got = std::string_view::npos;
        for (std::string_view w : {"得到", "获得"}) {
          size_t at = FindLast(w, clause, p);
          if (at != std::string_view::npos &&
              (got == std::string_view::npos || at > got)) {
            got = at;
          }
        }
        bool under = EndsWithUnder(after);
        size_t b = std::string_view::npos;
        if (under && zai != std::string_view::npos) b = zai + 3;
        if (!under && got != std::string_view::npos) b = got + 6;
        if (b == std::string_view::npos || future) break;
        AddList(b, p, OrganizerRole::kSupporter, false);
        break;
      }
      case kCoHost:
      case kHost:
      case kOrganizer:
      case kSupporter: {
        if (future) break;
        bool host_verb = v_.compare(p, n, "举办") == 0;
        OrganizerRole role = cue == kCoHost      ? OrganizerRole::kCoHost
                             : cue == kHost      ? OrganizerRole::kHost
                             : cue == kOrganizer ? OrganizerRole::kOrganizer
                                                 : OrganizerRole::kSupporter;
        size_t you = FindLast("由", clause, p);
        size_t b = you == std::string_view::npos ? clause : you + 3;
        // 由A主办、B承办、C协办: each role's subject starts after the
        // previous role of the same clause.
        if (previous_role_end > b && previous_role_end <= p) {
          b = previous_role_end;
        }
        // 感谢A举办, 特别是A主办的: thanks or an aside, not the statement
        // of who hosts this event.
        if (Contains(kBlock, b, p)) break;
        // 本期研修班是研究所承办的: the subject follows the copula.
        size_t shi = FindLast("是", b, p);
        if (shi != std::string_view::npos) b = shi + 3;
        // The subject ends where an adverbial begins (在柳州, 于10日, 共同).
        // Not at the subject's first character: 联合国 starts with 联合.
        size_t e = p;
        for (size_t q = b == p ? p : Next(b);
             (q = NextClauseCueStart(q, p)) < p;) {
          // 联合国, 共同体: names that start like an adverb.
          if (size_t w = CueAt(kNotAdverb, q, p)) {
            q += w;
            continue;
          }
          if (CueAt(kAdverb, q, p) > 0) {
            e = q;
            break;
          }
          q = Next(q);
        }
        // 由A、B共同主办: a list hosts jointly even when 共同 is cut above.
        if (role == OrganizerRole::kHost && you != std::string_view::npos &&
            (v_.compare(e, 6, "共同") == 0 || v_.compare(e, 6, "联合") == 0)) {
          role = OrganizerRole::kCoHost;
        }
        AddList(b, e, role, host_verb && you == std::string_view::npos);
        previous_role_end = after;
        break;
      }
      default:
        break;
    }
    p = after;
  }
}

void OrganizerFinder::Run::FindVisitHosts() {
  const std::vector<Sentence>& sentences = doc_.sentences();
  size_t seen = 0;
  // Past the lead, a report of a visit goes on to its later stops (10月31日,
  // 代表团一行拜会X): the bodies the delegation calls on host too.
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    if (s.begin >= doc_.body_end()) break;
    if (seen == kVisitLeadSentences && !visit_report_) break;
    bool later = seen >= kVisitLeadSentences;
    // Past the lead every body sentence is asked for a visit verb: all at
    // once.
    if (later && !facts_[i].visit_known) {
      size_t body_end = i + 1;
      while (body_end < sentences.size() &&
             sentences[body_end].begin < doc_.body_end()) {
        ++body_end;
      }
      if (t_.visit_anchors.usable()) {
        FindFirsts(t_.visit_anchors, Bit(kVisit), i, body_end,
                   &SentenceFacts::first_visit, &SentenceFacts::visit_known);
      } else {
        ReadUnknownFacts(i, body_end);
      }
    }
    // Past the lead only sentences with a visit verb matter.
    if (later && !HoldsVisit(i)) continue;
    // The lead is body text: a sentence with a clause break, not a menu.
    if (!IsProse(i)) continue;
    ++seen;
    if (SentenceContains(i, kFooter)) continue;
    // Without a visit verb there is no host to read.
    if (!SentenceContains(i, kVisit)) continue;
    bool delegation = SentenceContains(i, kDelegation) ||
                      v_.substr(s.begin, s.end - s.begin).find("赴") !=
                          std::string_view::npos;
    if (later && !delegation) continue;
    for (size_t p = FactsOf(i).first_visit; p < s.end;
         p = NextPassStart(Next(p), s.end)) {
      size_t n = CueAt(kVisit, p, s.end);
      if (n == 0) continue;
      if (Contains(kFuture, ClauseStart(s.begin, p), p)) continue;
      size_t b = p + n;
      size_t e = ClauseEnd(b, s.end);
      // 拜会X相关负责人: calling on a body's people is visiting the body,
      // with or without a delegation.
      size_t tail = 0;
      for (size_t q = NextClauseCueStart(b, e); q < e && tail == 0;
           q = NextClauseCueStart(Next(q), e)) {
        size_t t = CueAt(kPersonTail, q, e);
        if (t > 0 && q + t == e) tail = t;
      }
      if (!delegation && tail == 0) {
        p = e == b ? p : Prev(e);
        continue;
      }
      AddList(b, e - tail, OrganizerRole::kHost, false);
      p = e == b ? p : Prev(e);
    }
  }
}

void OrganizerFinder::Run::FindMeetingHosts(
    const std::vector<Official>& officials) {
  if (!found_.empty() || officials.empty()) return;
  const std::vector<Sentence>& sentences = doc_.sentences();
  size_t seen = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    if (seen == kVisitLeadSentences || s.begin >= doc_.body_end()) break;
    if (!IsProse(i)) continue;
    ++seen;
    if (!SentenceContains(i, kMeet)) continue;
    for (size_t p = FactsOf(i).first_meet; p < s.end;
         p = NextPassStart(Next(p), s.end)) {
      if (CueAt(kMeet, p, s.end) == 0) continue;
      size_t clause = ClauseStart(s.begin, p);
      if (Contains(kFuture, clause, p)) continue;
      // The receiving official: named in this clause before the verb, the
      // body the post belongs to written first ([body][post][name]; the
      // report may have named the person before, in its headline).
      std::string_view before = v_.substr(clause, p - clause);
      for (const Official& o : officials) {
        if (!o.organization) continue;
        const std::string& org = *o.organization;
        size_t at = before.find(org);
        if (at == std::string_view::npos) continue;
        size_t name = before.find(o.name, at + org.size());
        if (name == std::string_view::npos ||
            name - at - org.size() > kMaxPostBytes) {
          continue;
        }
        size_t b = clause + at;
        std::optional<Item> item = Clean(b, b + org.size(), false);
        if (!item) continue;
        Organizer host;
        host.name = doc_.Value(item->b, item->e);
        host.role = OrganizerRole::kHost;
        host.span = doc_.ToOriginal(item->b, item->e);
        host.text = doc_.Surface(host.span);
        found_.emplace_back(item->b, std::move(host));
        return;
      }
    }
  }
}

bool OrganizerFinder::Run::LeadTellsOfAVisit() {
  size_t seen = 0;
  for (size_t i = 0; i < doc_.sentences().size(); ++i) {
    if (seen == kVisitLeadSentences) break;
    if (!IsProse(i)) continue;
    ++seen;
    if (FactsOf(i).cues & (Bit(kDelegation) | Bit(kVisit) | Bit(kVisitWord))) {
      return true;
    }
  }
  return false;
}

std::vector<Organizer> OrganizerFinder::Run::Go(
    const std::optional<Venue>& venue, const std::vector<Official>& officials) {
  // Below the report's body: credits, related news ("· X举办…培训班") and
  // the site's own 主办单位 line, none of them this event's organizers.
  size_t body_sentences = 0;
  while (body_sentences < doc_.sentences().size() &&
         doc_.sentences()[body_sentences].begin < doc_.body_end()) {
    ++body_sentences;
  }
  if (body_sentences > 0) {
    // Most sentences are asked for their first role cue alone.
    if (t_.role_anchors.usable()) {
      FindFirsts(t_.role_anchors, kRoleCues, 0, body_sentences,
                 &SentenceFacts::first_role, &SentenceFacts::role_known);
    } else {
      ReadFacts(0, body_sentences);
    }
  }
  for (size_t i = 0; i < body_sentences; ++i) {
    ScanSentence(i);
  }
  visit_report_ = LeadTellsOfAVisit();
  FindVisitHosts();
  FindMeetingHosts(officials);
  // Nobody is said to host, the report tells of a visit, and it took place
  // at an institution (水利部, 某大学环境学院): the institution hosts.
  // A building (会议中心) is a place, not a host.
  if (found_.empty() && venue && !venue->text.empty() && visit_report_) {
    std::string_view name = venue->name;
    if (t_.suffixes.LongestEndingAt(name, name.size()) > 0 &&
        t_.buildings.LongestEndingAt(name, name.size()) == 0 &&
        t_.cues[kMedia].LongestEndingAt(name, name.size()) == 0) {
      Organizer o;
      o.name = venue->name;
      o.role = OrganizerRole::kHost;
      o.text = venue->text;
      o.span = venue->span;
      found_.emplace_back(0, std::move(o));
    }
  }
  // By position, the first stated first of those at one position: an
  // insertion sort, as found_ is short and mostly in order already
  // (std::stable_sort allocated a buffer of half its length).
  auto before = [](size_t position, const auto& f) {
    return position < f.first;
  };
  for (auto it = found_.begin(); it != found_.end(); ++it) {
    auto place = std::upper_bound(found_.begin(), it, it->first, before);
    std::rotate(place, it, it + 1);
  }
  std::vector<Organizer> out;
  out.reserve(found_.size());
  for (auto& f : found_) out.push_back(std::move(f.second));
  return out;
}

OrganizerFinder::OrganizerFinder(std::unique_ptr<Tables> tables)
    : tables_(std::move(tables)) {}

OrganizerFinder::~OrganizerFinder() = default;

Status OrganizerFinder::Create(std::unique_ptr<const OrganizerFinder>* out) {
  if (out == nullptr) {
    return Status(StatusCode::kInvalidArgument, "OrganizerFinder: null out");
  }
  auto t = std::make_unique<Tables>();
  for (std::string_view mark : kProseMarks) {
    t->prose_mark_leads[static_cast<unsigned char>(mark[0])] = true;
  }
  const Lexicon& cues = lexicons::kOrganizerCues;
  if (cues.columns < 2) {
    return Status(StatusCode::kInternal,
                  "OrganizerFinder: organizer_cues.tsv columns");
  }
  for (size_t r = 0; r < cues.rows; ++r) {
    std::string_view word = cues.Cell(r, 0);
    std::string_view role = cues.Cell(r, 1);
    bool known = false;
    for (const auto& [name, cue] : kCueNames) {
      if (name != role) continue;
      known = true;
      t->cues[cue].Add(word);
      t->cue_starts.Add(word, cue);
      if (Bit(cue) & kPassCues) t->pass_phrases.Add(word, cue);
      if (cue <= kUnder) t->roles.Add(word, cue);
    }
    if (!known) {
      return Status(StatusCode::kInternal,
                    "OrganizerFinder: unknown role '" + std::string(role) +
                        "' in organizer_cues.tsv");
    }
  }
  const Lexicon& suffixes = lexicons::kOrganizationSuffixes;
  for (size_t r = 0; r < suffixes.rows; ++r) {
    t->suffixes.Add(suffixes.Cell(r, 0));
  }
  for (std::string_view w : {"和", "与", "及", "以及", "同", "携手"}) {
    t->list_words.Add(w);
  }
  const Lexicon& heads = lexicons::kVenueHeads;
  for (size_t r = 0; r < heads.rows; ++r) {
    if (heads.Cell(r, 1) == "building") t->buildings.Add(heads.Cell(r, 0));
  }
  if (!t->pass_phrases.Finish()) {
    return Status(StatusCode::kInternal,
                  "OrganizerFinder: too many pass phrases");
  }
  for (CompactPhrases& cue : t->cues) cue.Finish();
  // The anchors find their phrases through pass_phrases, which holds those
  // it indexes.
  for (auto [anchors, wanted] : {std::pair{&t->role_anchors, kRoleCues},
                                 std::pair{&t->visit_anchors, Bit(kVisit)}}) {
    if ((t->pass_phrases.unindexed() & wanted) != 0) continue;
    std::vector<std::string_view> phrases;
    for (size_t r = 0; r < cues.rows; ++r) {
      for (const auto& [name, cue] : kCueNames) {
        if (name == cues.Cell(r, 1) && (Bit(cue) & wanted)) {
          phrases.push_back(cues.Cell(r, 0));
        }
      }
    }
    anchors->Build(phrases);
  }
  for (CompactPhrases* phrases :
       {&t->roles, &t->suffixes, &t->list_words, &t->buildings}) {
    phrases->Finish();
  }
  out->reset(new OrganizerFinder(std::move(t)));
  return Status::Ok();
}

std::vector<Organizer> OrganizerFinder::Find(
    const Document& doc, const std::optional<Venue>& venue,
    const std::vector<Official>& officials) const {
  Run run(*tables_, doc);
  return run.Go(venue, officials);
}

}  // namespace eventx::internal
