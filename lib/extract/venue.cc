// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/venue.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <re2/re2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// The block scan also has a 32-byte form for processors with AVX2, chosen
// at run time (UseAvx2).
#include "lib/text/cpu_features.h"
#if defined(__SSE2__) && defined(EVENTX_HAVE_AVX2_FORMS)
#define EVENTX_VENUE_AVX2 1
#include <immintrin.h>
#endif

#include "lib/extract/countries.h"
#include "lib/lexicons/lexicons.h"
#include "lib/text/find_bytes.h"
#include "lib/text/utf8.h"
#include "lib/text/words_by_code_point.h"

namespace eventx::internal {
namespace {

using lexicons::Lexicon;

// The longest place phrase a rule reads (贵阳国际生态会议中心 is 10), in
// code points.
constexpr int kMaxPlaceCodePoints = 25;
// A phrase ending in an administrative unit (柳州市, 华府) is at most this
// long; longer ones are clauses that happen to end in 市 or 区.
constexpr size_t kMaxAdminCodePoints = 10;
// What may stand before a known place (比利时 before 布鲁塞尔, 肯尼亚首都
// before 内罗毕) and after one (平潭 after 福建), in code points.
constexpr size_t kMaxPlacePrefixCodePoints = 8;
constexpr size_t kMaxPlaceRemainderCodePoints = 5;
// An unknown name is accepted only in the frame 赴X访问 and only this long
// (a name, not 一线 or 企业), in code points.
constexpr size_t kMinLooseCodePoints = 4;
// A place name transliterated from a foreign language (巴库, 沙姆沙伊赫)
// that no table knows is accepted before a strong event verb (在巴库举行)
// when it is this long, in code points.
constexpr size_t kMinTransliterated = 2;
constexpr size_t kMaxTransliterated = 6;
// The lead sentence is prose: it holds a comma or is this long.
constexpr size_t kLeadMinCodePoints = 30;
// How far back from a trigger its clause is read for tense cues, in bytes.
constexpr size_t kClauseWindowBytes = 240;
// Datelines (新华社曼谷10月9日电) stand near the top: the first this many
// view bytes are read for one.
constexpr size_t kDatelineWindowBytes = 4000;
// The place in a dateline is at most this many Han characters: before the
// date (新华社曼谷10月9日电), and between the outlet and 电 or 消息
// (国际在线贵州消息).
constexpr int kMaxDatelinePlace = 14;
constexpr int kMaxBareDatelinePlace = 8;
// The publication stamp used to date the report is looked for this far.
constexpr size_t kStampWindowBytes = 3000;
// A later mention that names the chosen place more specifically (贵阳 →
// 贵阳国际生态会议中心) replaces it within this many sentences.
constexpr size_t kRefineSentences = 3;

// Characters a place phrase never holds: white space (\t \n \f \r and
// space, what RE2 reads as \s), punctuation, quotes, and the trigger words
// 在 于 赴 themselves (so that 于4日至6日在内罗毕举行 is read from 在). A
// place is a run of the others, what the regex class
// [^\s,.;:!?、。“”‘’"'《》「」『』【】\[\]<>|/\\在于赴] takes.
constexpr std::u32string_view kNotPlaceChars =
    U"\t\n\f\r ,.;:!?、。“”‘’\"'《》「」『』【】[]<>|/\\在于赴";

// Characters before 在 or 于 that make it part of a word (现在, 存在, 旨在,
// 位于, 对于, 由于): not a trigger there.
constexpr std::u32string_view kNotBeforeZai = U"现存所实自潜内外好旨意重难志正";
constexpr std::u32string_view kNotBeforeYu =
    U"位属至对关由基等处源善终用出归鉴限乐急忙高低大小多少早晚过相易难敢便利"
    U"得合适宜忠致立成建生始免";
// Last characters that make a phrase a position, not a place (会上, 期间,
// 见证下, 框架内).
constexpr std::u32string_view kLocatives = U"上中下内外前后间时里旁边";
// What may stand between 在X and its verb (read by MatchAtRest): a manner
// (以线上线下相结合方式), one of kMannerOpeners, 1 to kMaxMannerChars
// characters other than , 。 ; : and one of kMannerClosers; or a partner
// (与圭亚那驻华大使周雅欣), one of kPartnerOpeners and 1 to kMaxPartnerChars
// characters other than , 。 ; : 、. Either takes as few characters as let
// the verb follow: the regex (?:以|通过)[^,。;:]{1,14}?(?:方式|形式)|
// (?:与|同|向)[^,。;:、]{1,20}?.
constexpr std::string_view kMannerOpeners[] = {"以", "通过"};
constexpr std::string_view kMannerClosers[] = {"方式", "形式"};
constexpr int kMaxMannerChars = 14;
constexpr std::string_view kPartnerOpeners[] = {"与", "同", "向"};
constexpr int kMaxPartnerChars = 20;
// The words the online_way rule opens with: (?:以|通过|采用|采取|利用).
constexpr std::string_view kOnlineWayOpeners[] = {"以", "通过", "采用", "采取",
                                                  "利用"};
// The lead's date (10月9日, 9日上午, 近日, 当地时间), the regex
// \d{1,2}月\d{1,2}日|\d{1,2}日(?:上午|下午|晚|电)|近日|日前|昨天|今天|昨日|
// 今日|当地时间 read by LeadDateAt: what may follow a bare day, and the
// words, in the regex's order.
constexpr std::string_view kLeadDateDayParts[] = {"上午", "下午", "晚", "电"};
constexpr std::string_view kLeadDateWords[] = {
    "近日", "日前", "昨天", "今天", "昨日", "今日", "当地时间"};
// The two year rules, read by YearAt: a year, ((?:19|20)\d\d)年 (2016年),
// and a publication stamp, ((?:19|20)\d\d)(?:年|-|/|\.)\d (2024-08-01,
// 2024年); group 1 is the year's four digits.
enum class YearRule { kYear, kStamp };
// The verbs of meeting or signing a partner after 在X, (在X,与Y签署).
constexpr char kCommaVerbs[] = "签署|签订|会谈|会见|会晤|座谈";
// What ends the place after a visit or gather verb (到访X,并…; 齐聚X共商).
constexpr char kVisitEnd[] =
    R"((?:,|。|;|:|\s|$|并|参加|出席|就|进行|开展|举行|参观|考察|调研|交流|)"
    R"(座谈|与|表示|期间|时|共|一起))";
// The words kVisitEnd opens with, its \s included ([\t\n\f\r ]); its $
// matches no text.
constexpr std::string_view kVisitEndOpeners[] = {
    ",",    "。",   ";",    ":",    "\t",   "\n",   "\f",   "\r",   " ",
    "并",   "参加", "出席", "就",   "进行", "开展", "举行", "参观", "考察",
    "调研", "交流", "座谈", "与",   "表示", "期间", "时",   "共",   "一起"};

enum Role {
  kEventVerb,
  kWeakVerb,
  kAdverb,
  kVisitVerb,
  kVisit,
  kGather,
  kOnlineWord,
  kOnlineVerb,
  kHybrid,
  kFuture,
  kPast,
  kStop,
  kGeneric,
  kCapital,
  kCityShort,
  kOutlet,
  kStamp,
  kRoleCount,
};

constexpr std::pair<std::string_view, Role> kRoleNames[] = {
    {"event_verb", kEventVerb},   {"weak_verb", kWeakVerb},
    {"adverb", kAdverb},          {"visit_verb", kVisitVerb},
    {"visit", kVisit},            {"gather", kGather},
    {"online_word", kOnlineWord}, {"online_verb", kOnlineVerb},
    {"hybrid", kHybrid},          {"future", kFuture},
    {"past", kPast},              {"stop", kStop},
    {"generic", kGeneric},        {"capital", kCapital},
    {"city_short", kCityShort},   {"outlet", kOutlet},
    {"stamp", kStamp},
};

bool StartsWithAny(std::string_view s,
                   std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (s.substr(0, p.size()) == p) return true;
  }
  return false;
}

// A set of code points, for a test at every character of a text: a bit per
// code point of the Basic Multilingual Plane, a short list for the others;
// and a folded copy, for a scan's first test (see FastRead).
class CodePointSet {
 public:
  // The folded words: kFoldWords for three-byte characters, then two for
  // ASCII, then one of ones. (Measured: 16 of them cost less than 8, whose
  // false hits leave a scan's loop more often, and than 32 or 64, which
  // miss the cache more.)
  static constexpr uint32_t kFoldWords = 16;
  static constexpr uint32_t kAsciiWord = kFoldWords;
  static constexpr uint32_t kAllWord = kFoldWords + 2;

  void Add(char32_t cp) {
    if (cp >= 0x80 && cp < 0x10000) {
      AddToBuckets(static_cast<uint16_t>(cp));
    } else if (cp >= 0x10000) {
      others_.push_back(cp);
    }
    if (cp < 0x80) {
      folded_[kAsciiWord + cp / 64] |= uint64_t{1} << (cp % 64);
    } else if (cp >= 0x800 && cp < 0x10000) {
      folded_[(cp / 64) % kFoldWords] |= uint64_t{1} << (cp % 64);
    }
    AddToBlockTest(cp);
  }
  // The block test (see SkipBlocks): for a set of ASCII and three-byte
  // characters only, and few enough that testing 16 bytes for each costs
  // less than testing their characters one by one. Every block makes all
  // the tests (a loop of fixed length, unrolled: a loop over the set's own
  // number mispredicted its end as the scans' sets changed); the unused
  // ones compare with 0xFF bytes, which UTF-8 never holds.
  static constexpr size_t kBlockPairTests = 16;
  static constexpr size_t kBlockAsciiTests = 4;
  bool has_block_test() const { return block_test_; }
  // How many three-byte characters the block test compares (at most
  // kBlockPairTests).
  size_t block_pair_count() const { return block_pair_count_; }
  // How many ASCII characters it compares (at most kBlockAsciiTests).
  size_t block_ascii_count() const { return block_ascii_count_; }
  // Whether the block test may use its AVX2 form (UseAvx2, read once here
  // rather than at every scan).
  bool block_test_avx2() const { return block_avx2_; }
  // The last two bytes of the i-th three-byte character, the second one
  // high (as a little-endian 16-bit load reads them), in each of eight
  // lanes; the i-th ASCII character in each of sixteen.
  const void* block_pair_lanes(size_t i) const {
    return block_pair_lanes_[i].data();
  }
  const void* block_ascii_lanes(size_t i) const {
    return block_ascii_lanes_[i].data();
  }
  // Small enough to be inlined at every character of a scan.
  bool Contains(char32_t cp) const {
    if (cp < 0x80) return (folded_[kAsciiWord + cp / 64] >> (cp % 64)) & 1;
    return cp < 0x10000 ? InBuckets(cp) : ContainsOther(cp);
  }
  // Contains(high * 64 + low), for 2 <= high < 1024 and low < 64 (a code
  // point of the Basic Multilingual Plane from U+0080 in two parts, as its
  // UTF-8 bytes hold it).
  bool ContainsSplit(char32_t high, char32_t low) const {
    return InBuckets((high << 6) | low);
  }
  // Bit `low` of folded word `word`: an ASCII character's own bit; a
  // three-byte character's bit is shared by those whose code points are
  // equal modulo 64 * kFoldWords (their last ten bits: the low four bits of
  // their second byte and the low six of their third), so that it holds
  // for every character of the set and a few others. Where the full bitmap
  // of a scan's set spreads the Chinese characters over 41 cache lines,
  // these lie in 3: after the first few characters, they are all in the L1
  // cache.
  bool MayContainFolded(uint32_t word, uint32_t low) const {
    return (folded_[word] >> low) & 1;
  }
  // False only when the set does not hold cp, by the folded words alone (a
  // two- or four-byte character is not in them: true).
  bool MayContain(char32_t cp) const {
    if (cp < 0x80) return (folded_[kAsciiWord + cp / 64] >> (cp % 64)) & 1;
    if (cp < 0x800 || cp >= 0x10000) return true;
    return (folded_[(cp / 64) % kFoldWords] >> (cp % 64)) & 1;
  }

 private:
  // The set's code points from U+0080 to U+FFFF, four to a bucket of 64
  // bits (16 each; 0 an empty place, no such code point), a code point in
  // the bucket its hash names: a test is one load and a compare of the
  // four at once. Where a bit per code point of the plane took 8 KB per
  // set, read at a cold line for most tests (the sets are small: tens of
  // characters), the buckets of most sets are one cache line.
  static constexpr size_t kBucketPlaces = 4;
  static constexpr uint64_t kLaneOnes = 0x0001000100010001u;
  static size_t BucketOf(char32_t cp, size_t mask) {
    return (cp * 0x9E3779B1u) >> 16 & mask;
  }
  bool InBuckets(char32_t cp) const {
    const uint64_t x =
        buckets_[BucketOf(cp, bucket_mask_)] ^ (uint64_t{cp} * kLaneOnes);
    // Whether a lane of x is zero (exact: the lowest zero lane always sets
    // its high bit, and none is set without a zero lane below or at it).
    return ((x - kLaneOnes) & ~x & (kLaneOnes << 15)) != 0;
  }
  void AddToBuckets(uint16_t cp) {
    if (std::find(bmp_code_points_.begin(), bmp_code_points_.end(), cp) !=
        bmp_code_points_.end()) {
      return;
    }
    bmp_code_points_.push_back(cp);
    // Enough buckets that none holds more than its four places. The
    // doubling ends by 2^16 buckets whatever the set: there the hash sends
    // at most two code points of U+0080..U+FFFF to one bucket.
    for (size_t buckets = buckets_.size();; buckets *= 2) {
      std::vector<uint64_t> filled(buckets, 0);
      bool fits = true;
      for (uint16_t c : bmp_code_points_) {
        uint64_t& bucket = filled[BucketOf(c, buckets - 1)];
        size_t place = 0;
        while (place < kBucketPlaces && ((bucket >> (16 * place)) & 0xFFFF)) {
          ++place;
        }
        if (place == kBucketPlaces) {
          fits = false;
          break;
        }
        bucket |= uint64_t{c} << (16 * place);
      }
      if (fits) {
        buckets_ = std::move(filled);
        bucket_mask_ = buckets - 1;
        return;
      }
    }
  }
  __attribute__((noinline)) bool ContainsOther(char32_t cp) const {
    return std::find(others_.begin(), others_.end(), cp) != others_.end();
  }
  void AddToBlockTest(char32_t cp) {
    if (cp < 0x80) {
      AddLane(static_cast<uint8_t>(cp), &block_ascii_, &block_ascii_lanes_,
              &block_ascii_count_);
    } else if (cp >= 0x800 && cp < 0x10000) {
      const auto pair =
          static_cast<uint16_t>((0x80 | ((cp >> 6) & 0x3F)) |
                                (0x80 | (cp & 0x3F)) << 8);
      AddLane(pair, &block_pairs_, &block_pair_lanes_, &block_pair_count_);
    } else {
      block_test_ = false;
    }
  }

  // n lane sets of all ones bytes.
  template <typename Lanes, size_t n>
  static std::array<Lanes, n> Filled() {
    std::array<Lanes, n> lanes;
    for (Lanes& l : lanes) std::memset(l.data(), 0xFF, sizeof l);
    return lanes;
  }
  using Folded = std::array<uint64_t, kAllWord + 1>;
  static constexpr Folded WithAllWord() {
    Folded folded{};
    folded[kAllWord] = ~uint64_t{0};
    return folded;
  }

  alignas(64) Folded folded_ = WithAllWord();
  std::vector<uint64_t> buckets_ = std::vector<uint64_t>(1, 0);
  size_t bucket_mask_ = 0;
  std::vector<uint16_t> bmp_code_points_;  // those in the buckets
  std::vector<char32_t> others_;
  // Adds `value` to the first *count of `values`, with its lanes (every
  // lane the value), unless it is there already; when all are taken the
  // set has no block test.
  template <typename T, size_t kMax, size_t kLanes>
  void AddLane(T value, std::array<T, kMax>* values,
               std::array<std::array<T, kLanes>, kMax>* lanes, size_t* count) {
    const auto end = values->begin() + *count;
    if (std::find(values->begin(), end, value) != end) return;
    if (*count == kMax) {
      block_test_ = false;
      return;
    }
    (*values)[*count] = value;
    (*lanes)[(*count)++].fill(value);
  }

  bool block_test_ = true;
  std::array<uint16_t, kBlockPairTests> block_pairs_{};
  alignas(16) std::array<std::array<uint16_t, 8>, kBlockPairTests>
      block_pair_lanes_ = Filled<std::array<uint16_t, 8>, kBlockPairTests>();
  size_t block_pair_count_ = 0;
  std::array<uint8_t, kBlockAsciiTests> block_ascii_{};
  alignas(16) std::array<std::array<uint8_t, 16>, kBlockAsciiTests>
      block_ascii_lanes_ = Filled<std::array<uint8_t, 16>, kBlockAsciiTests>();
  size_t block_ascii_count_ = 0;
  bool block_avx2_ = UseAvx2();
};

// The bytes of cp in UTF-8.
size_t Utf8Length(char32_t cp) {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// The first code point of `word` (non-empty).
char32_t FirstCodePoint(std::string_view word) {
  size_t len;
  return DecodeUtf8(word, 0, &len);
}

// How AnyCharacterIn's fast loop reads a character from its first byte:
// its bit in a CodePointSet's folded words is in word
// `word | (b1 & next_mask)` (b1 the byte after it), at the place given by
// the low six bits of the four bytes loaded from it shifted right by
// `shift`; the character is `step` bytes long. An ASCII character's bit is
// in word kAsciiWord or the next; a three-byte character's (1110xxxx
// 10yyyyyy 10zzzzzz) in the word of yyyyyy's low bits (kFoldWords) at
// zzzzzz. Any other byte reads CodePointSet::kAllWord, which stops the
// loop.
// (Four bytes, so that an entry's place is the byte times four, one
// addressing mode.)
struct FastRead {
  uint8_t word;
  uint8_t next_mask;
  uint8_t shift;
  uint8_t step;
};
static_assert(CodePointSet::kAllWord < 256, "FastRead::word is a byte");

constexpr std::array<FastRead, 256> MakeFastReads() {
  std::array<FastRead, 256> reads{};
  for (unsigned b = 0; b < 256; ++b) {
    if (b < 0x80) {
      reads[b] = {static_cast<uint8_t>(CodePointSet::kAsciiWord + (b >> 6)), 0,
                  0, 1};
    } else if (b >= 0xE0 && b < 0xF0) {
      reads[b] = {0, CodePointSet::kFoldWords - 1, 16, 3};
    } else {
      reads[b] = {static_cast<uint8_t>(CodePointSet::kAllWord), 0, 0, 1};
    }
  }
  return reads;
}

alignas(64) constexpr std::array<FastRead, 256> kFastReads = MakeFastReads();

#if defined(__SSE2__)
#if defined(EVENTX_VENUE_AVX2)
// SkipBlocks' blocks 32 bytes at a time, for processors with AVX2: the
// same tests in 32 lanes (each set's 16-byte lanes loaded into both
// halves), half the instructions per byte. From *at while *at + 32 <= end
// and a byte more is left: the first place found (p - 1 + i for bit i of
// the block at p, as in SkipBlocks), or npos with *at where the blocks ran
// out and *skip_first cleared once a block was read.
template <size_t kPairs, size_t kAscii>
EVENTX_AVX2 size_t SkipBlocks32(const unsigned char* bytes, size_t size,
                                size_t* at, size_t end,
                                const CodePointSet& set,
                                uint32_t* skip_first) {
  size_t p = *at;
  // 64 bits: an ASCII byte at p + 31 is bit 32 (its character starts
  // there; the next block's first bit is a character at its p - 1 ending
  // in a pair, never an ASCII one).
  uint64_t skip = *skip_first;
  while (p + 32 <= end && p + 33 <= size) {
    const __m256i at0 =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + p));
    const __m256i at1 =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bytes + p + 1));
    __m256i even = _mm256_setzero_si256();
    __m256i odd = _mm256_setzero_si256();
#pragma GCC unroll 16
    for (size_t k = 0; k < kPairs; ++k) {
      const __m256i pair = _mm256_broadcastsi128_si256(_mm_load_si128(
          static_cast<const __m128i*>(set.block_pair_lanes(k))));
      even = _mm256_or_si256(even, _mm256_cmpeq_epi16(at0, pair));
      odd = _mm256_or_si256(odd, _mm256_cmpeq_epi16(at1, pair));
    }
    uint64_t ascii_starts = 0;
    if constexpr (kAscii > 0) {
      __m256i ascii = _mm256_setzero_si256();
#pragma GCC unroll 4
      for (size_t k = 0; k < kAscii; ++k) {
        ascii = _mm256_or_si256(
            ascii, _mm256_cmpeq_epi8(
                       at0, _mm256_broadcastsi128_si256(_mm_load_si128(
                                static_cast<const __m128i*>(
                                    set.block_ascii_lanes(k))))));
      }
      ascii_starts =
          uint64_t{static_cast<uint32_t>(_mm256_movemask_epi8(ascii))} << 1;
    }
    const uint64_t pairs =
        (uint64_t{static_cast<uint32_t>(_mm256_movemask_epi8(even))} &
         0x55555555u) |
        (uint64_t{static_cast<uint32_t>(_mm256_movemask_epi8(odd))} &
         0x55555555u)
            << 1;
    const uint64_t starts = (pairs | ascii_starts) & ~skip;
    if (starts != 0) {
      return p - 1 + static_cast<size_t>(__builtin_ctzll(starts));
    }
    skip = 0;
    p += 32;
  }
  *at = p;
  *skip_first = static_cast<uint32_t>(skip);
  return std::string_view::npos;
}
#endif

// From text[p], a character's start, before `end`: the first place where a
// character of `set` may start, or a character's start from which every
// character of the set before `end` is still to be found (the place where
// the blocks ran out); every character of the set before the place
// returned is passed over only if the set does not hold it. REQUIRES:
// set.has_block_test(). *found: whether the place returned is one found
// (then the caller tests it at once). Sixteen bytes at a time, with no step that waits
// for the one before: a three-byte character of the set is found by its
// last two bytes, compared at every even and every odd place at once
// (16-bit lanes of two loads, one byte apart), an ASCII one by its byte;
// a place found is tested by the caller (its first byte may not be the
// character's, nor a lead at all).
// kPairs: how many of the set's pair tests to make (its
// block_pair_count() at most; the rest compare with 0xFF bytes); kAscii:
// how many ASCII tests (0 for a set with no ASCII character, such as the
// triggers and the lead date anchors, else kBlockAsciiTests).
template <size_t kPairs, size_t kAscii>
size_t SkipBlocks(const unsigned char* bytes, size_t size, size_t p,
                  size_t end, const CodePointSet& set, bool* found) {
  // Bit i of a block's mask: a character may start at p - 1 + i (its last
  // two bytes at p + i - 1 is bit i of the lanes' masks shifted, its
  // ASCII byte at p + i - 1). Not at p - 1 in the first block: p is a
  // character's start.
  uint32_t skip_first = 1;
#if defined(EVENTX_VENUE_AVX2)
  if (set.block_test_avx2()) {
    const size_t at =
        SkipBlocks32<kPairs, kAscii>(bytes, size, &p, end, set, &skip_first);
    if (at != std::string_view::npos) {
      *found = true;
      return at;
    }
  }
#endif
  while (p + 16 <= end && p + 17 <= size) {
    const __m128i at0 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p));
    const __m128i at1 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + p + 1));
    __m128i even = _mm_setzero_si128();
    __m128i odd = _mm_setzero_si128();
#pragma GCC unroll 16
    for (size_t k = 0; k < kPairs; ++k) {
      const __m128i pair = _mm_load_si128(
          static_cast<const __m128i*>(set.block_pair_lanes(k)));
      even = _mm_or_si128(even, _mm_cmpeq_epi16(at0, pair));
      odd = _mm_or_si128(odd, _mm_cmpeq_epi16(at1, pair));
    }
    uint32_t ascii_starts = 0;
    if constexpr (kAscii > 0) {
      __m128i ascii = _mm_setzero_si128();
#pragma GCC unroll 4
      for (size_t k = 0; k < kAscii; ++k) {
        ascii = _mm_or_si128(
            ascii,
            _mm_cmpeq_epi8(at0, _mm_load_si128(static_cast<const __m128i*>(
                                    set.block_ascii_lanes(k)))));
      }
      ascii_starts = static_cast<uint32_t>(_mm_movemask_epi8(ascii)) << 1;
    }
    // A lane's two bytes' bits, the low one kept: the pair at p + 2j
    // (even), p + 2j + 1 (odd); its character starts a byte before.
    const uint32_t pairs =
        (static_cast<uint32_t>(_mm_movemask_epi8(even)) & 0x5555u) |
        (static_cast<uint32_t>(_mm_movemask_epi8(odd)) & 0x5555u) << 1;
    const uint32_t starts = (pairs | ascii_starts) & ~skip_first;
    if (starts != 0) {
      *found = true;
      return p - 1 + static_cast<size_t>(__builtin_ctz(starts));
    }
    skip_first = 0;
    p += 16;
  }
  // Back to a character's start: the bytes before p were read, but a
  // three-byte character that starts at p - 1 was not (its last two bytes
  // are at p and p + 1); the continuation bytes at p of one read (or of
  // another length: the set holds none) are passed.
  if (skip_first == 0 && p < size && (bytes[p] & 0xC0u) == 0x80u) {
    if ((bytes[p - 1] & 0xF0u) == 0xE0u) return p - 1;
    while (p < end && (bytes[p] & 0xC0u) == 0x80u) ++p;
  }
  return p;
}

// SkipBlocks with the fewest tests `set` needs: 8 or 16 pair tests, ASCII
// tests or none (chosen once per call, where a loop over the set's own
// numbers mispredicted its end at every block).
inline size_t SkipBlocksOf(const unsigned char* bytes, size_t size, size_t p,
                           size_t end, const CodePointSet& set, bool* found) {
  constexpr size_t kHalf = CodePointSet::kBlockPairTests / 2;
  constexpr size_t kAll = CodePointSet::kBlockPairTests;
  constexpr size_t kAscii = CodePointSet::kBlockAsciiTests;
  if (set.block_ascii_count() == 0) {
    return set.block_pair_count() <= kHalf
               ? SkipBlocks<kHalf, 0>(bytes, size, p, end, set, found)
               : SkipBlocks<kAll, 0>(bytes, size, p, end, set, found);
  }
  return set.block_pair_count() <= kHalf
             ? SkipBlocks<kHalf, kAscii>(bytes, size, p, end, set, found)
             : SkipBlocks<kAll, kAscii>(bytes, size, p, end, set, found);
}
#endif

// Calls visit(pos, cp) at the start of every character of text[0, end) that
// `set` holds, in turn, until visit returns true; returns whether it did.
// A word starts at a character, and in UTF-8 no character's first byte is
// another's continuation byte (10xxxxxx): so whichever way a text is
// walked, its words start at the same bytes. Most characters are rejected
// by their bit in the set's folded words, read straight from their UTF-8
// bytes (see FastRead), one load for the bytes and one for the bit.
template <typename Visit>
bool AnyCharacterIn(std::string_view text, size_t end, const CodePointSet& set,
                    Visit&& visit) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  // Where four bytes can still be loaded.
  const size_t run_end = std::min(end, size >= 4 ? size - 3 : 0);
  for (size_t p = 0; p < end;) {
#if defined(__SSE2__)
    bool found = false;  // p is a place SkipBlocks found: test it
    if (set.has_block_test()) {
      // A set of a few characters (the lead's date anchors, the stamp
      // words) makes half the tests, one with no ASCII character none of
      // the ASCII ones.
      p = SkipBlocksOf(bytes, size, p, end, set, &found);
      if (p >= end) break;
    }
#else
    constexpr bool found = false;
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // A run of three-byte and ASCII characters the set's folded words rule
    // out, each read in one load and the FastRead of its first byte. (A
    // character they do not rule out is tested below.) (The bytes after
    // the character are not looked at; the text is valid UTF-8, a part of a
    // document's view, so a three-byte lead is followed by two continuation
    // bytes.) No test depends on the kind of character, only on its bit: in
    // Chinese text, ASCII punctuation and digits do not leave the loop
    // (leaving it at each mispredicted a branch).
    //
    // Where eight bytes may be loaded, two characters are read from them in
    // one step, the second at the first's length, and each length is told
    // by the shape of the character's first byte (a step of 3 for a lead
    // E0..EF, else 1: any other byte stops the loop), not read from the
    // table: so a step waits for the load of the bytes only, where a step
    // by FastRead::step waited for the bytes and then the table's entry
    // (the scan's cost in real time), and takes no branch on the kind of
    // character.
    // (Not at a place SkipBlocks found: the test below takes it.)
    const size_t pair_end =
        found ? 0 : std::min(end, size >= 8 ? size - 7 : 0);
    while (p < pair_end) {
      uint64_t w;
      std::memcpy(&w, bytes + p, sizeof w);
      const uint32_t first = static_cast<uint32_t>(w);
      const size_t first_len = 1 + 2 * size_t{(first & 0xF0u) == 0xE0u};
      const uint32_t second = static_cast<uint32_t>(w >> (8 * first_len));
      const size_t second_len = 1 + 2 * size_t{(second & 0xF0u) == 0xE0u};
      const FastRead& read1 = kFastReads[first & 0xFFu];
      const FastRead& read2 = kFastReads[second & 0xFFu];
      const bool hit1 = set.MayContainFolded(
          read1.word | ((first >> 8) & read1.next_mask),
          (first >> read1.shift) & 0x3Fu);
      const bool hit2 = set.MayContainFolded(
          read2.word | ((second >> 8) & read2.next_mask),
          (second >> read2.shift) & 0x3Fu);
      if (hit1 | hit2) {
        if (!hit1) p += first_len;
        break;
      }
      p += first_len + second_len;
    }
    while (!found && p < run_end) {
      uint32_t w;
      std::memcpy(&w, bytes + p, sizeof w);
      const FastRead& read = kFastReads[w & 0xFFu];
      if (set.MayContainFolded(read.word | ((w >> 8) & read.next_mask),
                               (w >> read.shift) & 0x3Fu)) {
        break;
      }
      p += read.step;
    }
    if (p >= end) break;
#endif
    const char32_t b0 = bytes[p];
    char32_t cp;
    size_t len = 1;
    if (b0 - 0xE0 < 0x10 && p + 2 < size &&
        ((bytes[p + 1] ^ 0x80u) | (bytes[p + 2] ^ 0x80u)) < 0x40) {
      const char32_t high = ((b0 & 0x0F) << 6) | (bytes[p + 1] ^ 0x80u);
      const char32_t low = bytes[p + 2] ^ 0x80u;
      len = 3;
      // An overlong form (below U+0800) is no character of the set (nor is
      // a surrogate: the set holds characters).
      if (!set.ContainsSplit(high, low) || high < 0x800 / 64) {
        p += len;
        continue;
      }
      cp = (high << 6) | low;
    } else {
      cp = b0 < 0x80 ? b0 : DecodeUtf8(text, p, &len);
      if (!set.Contains(cp)) {
        p += len;
        continue;
      }
    }
    if (visit(p, cp)) return true;
    p += len;
  }
  return false;
}

// A list of words, longest first, with the few lookups the rules need:
// indexes of the words by their first and by their last code point answer
// them, and a set of the words' first characters lets a scan for any of
// them skip most characters. Lookups compare bytes (the text is valid
// UTF-8: a word's bytes at a place start with the character there), as a
// PhraseSet does.
class WordList {
 public:
  void Add(std::string_view word) {
    if (!word.empty()) words_.emplace_back(word);
  }
  // Call after the last Add or AddAll, before any lookup.
  void Finish() {
    std::sort(words_.begin(), words_.end(),
              [](const std::string& a, const std::string& b) {
                return a.size() != b.size() ? a.size() > b.size() : a < b;
              });
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
    std::vector<std::pair<std::string, uint32_t>> indexed;
    for (const std::string& w : words_) indexed.emplace_back(w, 0);
    index_.Build(indexed);
    for (const std::string& w : words_) first_chars_.Add(FirstCodePoint(w));
  }
  void AddAll(const WordList& other) {
    words_.insert(words_.end(), other.words_.begin(), other.words_.end());
  }
  bool empty() const { return words_.empty(); }
  const std::vector<std::string>& words() const { return words_; }
  // The length of the longest word `s` ends with (0: none).
  size_t SuffixOf(std::string_view s) const {
    return index_.LongestEndingAt(s, s.size());
  }
  // The length of the longest word `s` starts with (0: none).
  size_t PrefixOf(std::string_view s) const {
    if (s.empty()) return 0;
    size_t len;
    return LongestAt(s, 0, DecodeUtf8(s, 0, &len), s.size());
  }
  // Whether a word occurs in `s`.
  bool AnyIn(std::string_view s) const {
    return AnyCharacterIn(s, s.size(), first_chars_,
                          [&](size_t pos, char32_t cp) {
                            return LongestAt(s, pos, cp, s.size()) > 0;
                          });
  }
  bool Has(std::string_view s) const { return index_.Has(s); }
  // Calls f(length) for every word that starts at text[pos], shortest
  // first.
  template <typename F>
  void ForEachAt(std::string_view text, size_t pos, F&& f) const {
    index_.ForEachAt(text, pos, std::forward<F>(f));
  }
  // Whether a word that fits before `end` starts at text[pos], whose code
  // point is cp.
  bool StartsAt(std::string_view text, size_t pos, char32_t cp,
                size_t end) const {
    return LongestAt(text, pos, cp, end) > 0;
  }
  // The length of the longest such word (0: none). Inline, the probe
  // not: FindPlace asks at every character of a place, and most are
  // answered by the test alone.
  EVENTX_ALWAYS_INLINE size_t LongestAt(std::string_view text, size_t pos,
                                        char32_t cp, size_t end) const {
    // Most characters a rule asks about start none of the words: the
    // first characters' folded bits (a line or two, warm through a scan)
    // tell, where the index's probe reads its slots.
    if (pos >= text.size() || !first_chars_.MayContain(cp)) return 0;
    return LongestInIndex(text, pos, cp, end - pos);
  }
  // "(?:w1|w2|…)" with every word quoted, longest first.
  std::string Alternation() const {
    std::string out = "(?:";
    for (size_t i = 0; i < words_.size(); ++i) {
      if (i > 0) out += '|';
      out += RE2::QuoteMeta(words_[i]);
    }
    out += ')';
    return out;
  }

 private:
  __attribute__((noinline)) size_t LongestInIndex(std::string_view text,
                                                  size_t pos, char32_t cp,
                                                  size_t max_bytes) const {
    return index_.LongestAt(text, pos, cp, max_bytes);
  }

  std::vector<std::string> words_;
  WordIndex index_;
  CodePointSet first_chars_;
};

char32_t CodePointBefore(std::string_view s, size_t pos) {
  if (pos == 0) return 0;
  size_t len;
  return DecodeUtf8Before(s, pos, &len);
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Whether `s` holds a date word: a digit followed by 年, 月, 日 or 时.
bool HasDateWord(std::string_view s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (!IsAsciiDigit(s[i]) || IsAsciiDigit(s[i + 1])) continue;
    std::string_view rest = s.substr(i + 1);
    for (std::string_view w : {"年", "月", "日", "时", "号"}) {
      if (rest.substr(0, w.size()) == w) return true;
    }
  }
  return false;
}

// Whether `s` is all Han characters.
bool AllHan(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len;
    if (!IsHan(DecodeUtf8(s, i, &len))) return false;
    i += len == 0 ? 1 : len;
  }
  return true;
}

// Whether no character of `s` is one of `not_place` (kNotPlaceChars).
bool AllPlaceChars(std::string_view s, const CodePointSet& not_place) {
  return !AnyCharacterIn(s, s.size(), not_place,
                         [](size_t, char32_t) { return true; });
}

// What ends a clause: punctuation and line breaks.
constexpr char32_t kClauseBreaks[] = {',', ';', ':', '!', '?', '\n', '\r',
                                      U'。', U'、'};
bool IsClauseBreak(char32_t cp) {
  return std::find(std::begin(kClauseBreaks), std::end(kClauseBreaks), cp) !=
         std::end(kClauseBreaks);
}

Status RuleError(std::string_view rule, const RE2& re) {
  return Status(StatusCode::kInternal, "VenueFinder: rule " +
                                           std::string(rule) + ": " +
                                           re.error());
}

}  // namespace

// A rule read as a trigger word, a place and what follows it (在X举行): the
// place is the shortest run of 1 to kMaxPlaceCodePoints place characters
// after which `rest` matches, as in the one regex
// trigger([^kNotPlaceChars]{1,25}?)rest. Run as one regex with submatches,
// RE2's NFA started a thread for every word `rest` may open with at every
// character of the place, and that was most of the venue's cost; here
// `rest` is tried only where one of those words starts.
struct PlaceRule {
  std::unique_ptr<RE2> rest;  // its groups follow the place's
  WordList openers;  // every word `rest` may start with
  // The at rule's only: rest is (manner or partner)?(adverbs)*(verb), read
  // by MatchAtRest without an automaton (with submatches, that was the
  // rule's cost).
  bool rest_is_at_rest = false;
  // Whether rest may match no text (the visit rule's $, at the end of the
  // text only).
  bool rest_may_be_empty = false;
  // Whether rest is one of `openers` (its group 1, if it has one), none a
  // prefix of another or listed after a longer one (an Alternation): then
  // before the end of the text it matches the longest opener there, and
  // needs no automaton.
  bool rest_is_one_word = false;
};

// A rule whose every match ends with one of a few words and is at most
// max_bytes long (新华社曼谷10月9日电 ends in 电): searched only in the
// stretches before those words (see SearchNearEnds). An unanchored search
// over the whole top of a report cost more than the rest of the dateline.
struct EndedRule {
  std::unique_ptr<RE2> re;
  std::vector<std::string_view> ends;
  size_t max_bytes = 0;
  // Whether a match has an ASCII digit just before its end word (…9日电):
  // the end words without one end no match, and are passed over.
  bool digit_before_end = false;
};

struct VenueFinder::Tables {
  std::array<WordList, kRoleCount> cues;
  WordList building_heads;  // venue_heads.tsv kind building
  WordList admin_heads;     // venue_heads.tsv kind admin
  WordList org_heads;       // organization_suffixes.tsv
  // places.tsv, cities.tsv and the country names of the CountryFinder's
  // gazetteer (CodeOf): whether a phrase is a known place is one lookup,
  // where asking the gazetteer built a std::string and probed a hash table
  // of strings at every suffix of a candidate. (A WordList: a suffix lookup
  // reads one slot and the names that end with its last character, where a
  // PhraseSet hashed the text at each length a name ending so has.)
  WordList known_places;
  std::unordered_set<char32_t> transliteration;  // transliteration_chars.tsv

  // 在X举行, 于X召开: (1) the place, (2) the manner or partner between
  // (以视频方式, 与Y), (3) the verb.
  PlaceRule at;
  // 在亚松森的环境部大楼,与X部长签署: (1) the place, (2) empty, (3) the verb
  // of meeting or signing after a comma and the partner.
  PlaceRule at_comma;
  // 赴X访问, 赴X,: (1) the place, (2) the verb or the comma.
  PlaceRule go_to;
  // kNotPlaceChars: checks the place of a PlaceRule.
  CodePointSet not_place_chars;
  // 到访X, 走进X, 齐聚X: (1) the verb, (2) the place; the rule is
  // (verb)了?(?:在|于)?(place)kVisitEnd, read in parts by MatchVisit.
  PlaceRule visit;
  WordList visit_verbs;
  // The words the rules start with (在 于 / 赴 / the visit verbs): the
  // rules run at these only.
  WordList at_triggers, go_to_triggers, visit_triggers;
  // The first characters of every trigger word: one test rejects most
  // characters.
  CodePointSet trigger_starts;
  // For each of those characters, which of the three sets (bit k:
  // at, go_to, visit) have a word starting with it, and which have it alone
  // as a word (then a word of the set starts wherever it stands).
  struct TriggerStart {
    char32_t cp;
    uint8_t sets;
    uint8_t whole;
  };
  std::vector<TriggerStart> trigger_start_sets;  // by cp
  WordList at_verbs;  // every verb 在X may be followed by
  // Their first characters and the clause ends , 。 ; :
  CodePointSet verb_or_clause_end;
  // What IsClauseBreak takes.
  CodePointSet clause_breaks;
  // Those and the first characters of the past and future cues.
  CodePointSet tense_starts;
  // Online: 以视频方式会谈, 举行视频会谈, 线上举行: (1) the online word;
  // and the words each rule's matches start with.
  std::array<std::unique_ptr<RE2>, 4> online;
  std::array<WordList, 4> online_starts;
  // The first characters of those words; of the hybrid and online words.
  CodePointSet online_lead_starts;
  CodePointSet hybrid_or_online_word_starts;
  // The first characters of kLeadDateWords, and 月 and 日 (see
  // SearchLeadDate); those words.
  CodePointSet lead_date_anchors;
  WordList lead_date_words;
  // Datelines: (1) the Han run before the date of 新华社曼谷10月9日电, or
  // between the outlet and 电 / 消息 (国际在线贵州消息).
  EndedRule dateline;
  EndedRule dateline_bare;
  // Whether the year scan may use its AVX2 form (UseAvx2, read once).
  bool avx2 = UseAvx2();
};

// One report's search.
class VenueFinder::Run {
 public:
  Run(const Tables& t, const Document& doc)
      : t_(t), doc_(doc), view_(doc.view()) {}

  std::optional<Venue> Go();

 private:
  enum class Kind { kAt, kGoTo, kVisit, kGather };
  struct Candidate {
    size_t begin = 0;    // the place, view bytes
    size_t end = 0;
    size_t trigger = 0;  // the trigger word (在, 赴, 到访)
    Kind kind = Kind::kAt;
    bool weak = false;   // a weak verb: only in the lead sentence
    bool loose = false;  // 赴X访问: an unknown name may be accepted
    // 在肯尼亚环境与林业部举行: the "partner" after 与 may be the rest of the
    // place's own name; where it ends, if the short place is not accepted.
    size_t joined_end = 0;
  };
  // The rules that find a physical place; FirstAccepted takes candidates
  // at the same place in this order.
  enum Rule { kRuleAt, kRuleGoTo, kRuleVisit, kRuleAtComma, kRuleCount };
  // What a rule makes of one trigger, worked out once: FirstAccepted reads
  // the lead sentence and then, when nothing there is accepted, the whole
  // report again.
  struct Outcome {
    bool evaluated = false;
    std::optional<Candidate> candidate;
    std::optional<bool> accepted;         // Accept(*candidate)
    std::optional<bool> joined_accepted;  // Accept of it with its 与… tail
  };

  void FindLead();
  // Where the trigger words of `rule` stand.
  const std::vector<size_t>& TriggersOf(Rule rule) const;
  // The candidate `rule` makes of its trigger at view_[p], if any.
  std::optional<Candidate> MatchAtTrigger(Rule rule, size_t p) const;
  // The outcome of TriggersOf(rule)[i].
  Outcome& OutcomeAt(Rule rule, size_t i);
  // Accept(c), asked once: *verdict keeps the answer.
  bool AcceptOnce(const Candidate& c, std::optional<bool>* verdict) const;
  // The at rule's rest at view_[pos], before `end`, as RE2 reads
  // (manner or partner)?(adverbs)*(verb): *middle_end is where the manner
  // or partner ends (pos: none), the verb is [*verb_begin, *verb_end).
  bool MatchAtRest(size_t pos, size_t end, size_t* middle_end,
                   size_t* verb_begin, size_t* verb_end) const;
  // (adverbs)*(verb) at view_[pos], before `end`, as RE2 reads it: the verb
  // in [*verb_begin, *verb_end).
  bool MatchAdverbsVerb(size_t pos, size_t end, size_t* verb_begin,
                        size_t* verb_end) const;
  bool AdverbsVerbFrom(size_t pos, size_t end, std::vector<size_t>* dead_ends,
                       size_t* verb_begin, size_t* verb_end) const;
  // The place of `rule` from view_[place_begin]: the shortest run of 1 to
  // kMaxPlaceCodePoints place characters after which rule.rest matches
  // (before `end`), as the one regex (place{1,25}?)rest reads it. Sets
  // *place_end and rest's match and groups in rest_m (rest_n entries).
  bool FindPlace(const PlaceRule& rule, size_t place_begin, size_t end,
                 size_t* place_end, re2::StringPiece* rest_m,
                 int rest_n) const;
  // The visit rule at the trigger view_[p]: m[0] the match, m[1] the verb,
  // m[2] the place.
  bool MatchVisit(size_t p, size_t end, re2::StringPiece* m) const;
  // `rule` matched at the trigger at view_[p] over view_[p, end): m[0] the
  // whole match, m[1] the place, m[2…] the groups of rule.rest; n is the
  // size of m.
  bool MatchPlaceRule(const PlaceRule& rule, size_t p, size_t end,
                      re2::StringPiece* m, int n) const;
  // Whether one of 在X's verbs starts in (pos, end) before , 。 ; or :.
  bool VerbBeforeClauseEnd(size_t pos, size_t end) const;
  // Whether the first comma after pos (before end) opens a clause with a
  // partner (,与 / ,分别与).
  bool PartnerAfterComma(size_t pos, size_t end) const;
  bool Accept(const Candidate& c) const;
  bool IsPlace(std::string_view x, bool loose, bool strong) const;
  bool IsTransliterated(std::string_view x) const;
  bool IsList(std::string_view x) const;
  bool IsMiddle(std::string_view middle) const;
  std::string Key(const std::string& name) const;
  bool IsKnownPlace(std::string_view s) const;
  size_t KnownPlaceSuffix(std::string_view s) const;
  size_t KnownPlacePrefix(std::string_view s) const;
  bool TenseRejects(size_t trigger) const;
  bool HasSubject(size_t trigger) const;
  std::optional<Candidate> FindPhysical();
  std::optional<Candidate> FirstAccepted(size_t from, size_t to);
  std::optional<Venue> FindOnline() const;
  std::optional<Venue> FindLocalTime() const;
  std::optional<Venue> FindDateline() const;
  // The leftmost lead date (10月9日, 近日, 当地时间) in
  // view_[pos, body_end_) in *m.
  bool SearchLeadDate(size_t pos, re2::StringPiece* m) const;
  size_t LeadDateAt(size_t p) const;
  // The leftmost match of `rule` in view_[pos, end), as an unanchored
  // search of its regex finds it: m[0] the match, m[1] the year's digits.
  bool SearchYear(YearRule rule, size_t pos, size_t end,
                  re2::StringPiece m[2]) const;
  // The length of the match of `rule` at view_[at], which holds 19 or 20,
  // within view_[at, end) (0: none).
  size_t YearAt(YearRule rule, size_t at, size_t end) const;
  // The leftmost match of rule.re in view_[pos, end), as an unanchored
  // search finds it; m has n entries.
  bool SearchNearEnds(const EndedRule& rule, size_t pos, size_t end,
                      re2::StringPiece* m, int n) const;
  Venue Make(size_t begin, size_t end, std::string name) const;
  size_t SentenceIndex(size_t pos) const;

  const Tables& t_;
  const Document& doc_;
  std::string_view view_;
  size_t body_end_ = 0;
  bool has_lead_ = false;
  Sentence lead_;
  int doc_year_ = 0;
  // Where each rule's trigger words stand in the body (by Kind: at, go_to,
  // visit), so that the cursors jump between them. Found only where
  // FirstAccepted reads: view_[triggers_scan_begin_, triggers_scanned_).
  std::array<std::vector<size_t>, 3> triggers_;
  bool triggers_scan_started_ = false;
  size_t triggers_scan_begin_ = 0;
  size_t triggers_scanned_ = 0;
  // Adds the triggers in view_[from, until) to *found, in text order.
  void FindTriggersIn(size_t from, size_t until,
                      std::array<std::vector<size_t>, 3>* found) const;
  // Finds the triggers up to `until` (at most body_end_).
  void ScanTriggers(size_t until);
  // Finds the triggers from `from` on (the scan has not yet reached further
  // back): the lead sentence is read first, and the text before it only if
  // nothing there is accepted.
  void ScanTriggersFrom(size_t from);
  std::array<std::vector<Outcome>, kRuleCount> outcomes_;  // by trigger
};

void VenueFinder::Run::ScanTriggers(size_t until) {
  until = std::min(until, body_end_);
  if (until <= triggers_scanned_) return;
  FindTriggersIn(triggers_scanned_, until, &triggers_);
  triggers_scanned_ = until;
}

void VenueFinder::Run::ScanTriggersFrom(size_t from) {
  from = std::min(from, body_end_);
  if (!triggers_scan_started_) {
    triggers_scan_started_ = true;
    triggers_scan_begin_ = triggers_scanned_ = from;
    return;
  }
  if (from >= triggers_scan_begin_) return;
  std::array<std::vector<size_t>, 3> before;
  FindTriggersIn(from, triggers_scan_begin_, &before);
  for (size_t k = 0; k < before.size(); ++k) {
    triggers_[k].insert(triggers_[k].begin(), before[k].begin(),
                        before[k].end());
  }
  // The outcomes follow their triggers' indices.
  for (int r = 0; r < kRuleCount; ++r) {
    std::vector<Outcome>& outcomes = outcomes_[r];
    const size_t k = static_cast<size_t>(
        &TriggersOf(static_cast<Rule>(r)) - triggers_.data());
    if (!outcomes.empty()) {
      outcomes.insert(outcomes.begin(), before[k].size(), Outcome{});
    }
  }
  triggers_scan_begin_ = from;
}

void VenueFinder::Run::FindTriggersIn(
    size_t from, size_t until,
    std::array<std::vector<size_t>, 3>* found) const {
  const WordList* sets[3] = {&t_.at_triggers, &t_.go_to_triggers,
                             &t_.visit_triggers};
  const size_t end = body_end_;
  // Resuming inside a character is harmless: its continuation bytes start
  // no word.
  AnyCharacterIn(
      view_.substr(from), until - from, t_.trigger_starts,
      [&](size_t at, char32_t cp) {
        const size_t p = from + at;
        // cp's entry (every character of the set has one): the last whose
        // code point is at most cp, halving by selects, not branches (the
        // count of steps is the table's, the same at every call).
        const Tables::TriggerStart* base = t_.trigger_start_sets.data();
        for (size_t n = t_.trigger_start_sets.size(); n > 1;) {
          const size_t half = n / 2;
          base = base[half].cp <= cp ? base + half : base;
          n -= half;
        }
        const Tables::TriggerStart& start = *base;
        for (size_t k = 0; k < 3; ++k) {
          if (!((start.sets >> k) & 1)) continue;
          if (((start.whole >> k) & 1)
                  ? p + Utf8Length(cp) <= end
                  : sets[k]->StartsAt(view_, p, cp, end)) {
            (*found)[k].push_back(p);
          }
        }
        return false;
      });
}

std::optional<Venue> VenueFinder::Run::Go() {
  body_end_ = doc_.body_end();
  FindLead();
  std::optional<Candidate> physical = FindPhysical();
  if (std::optional<Venue> online = FindOnline()) {
    bool physical_in_lead = physical && physical->begin >= lead_.begin &&
                            physical->end <= lead_.end;
    if (!physical_in_lead) return online;
  }
  if (physical) {
    return Make(physical->begin, physical->end,
                doc_.Value(physical->begin, physical->end));
  }
  if (std::optional<Venue> local = FindLocalTime()) return local;
  return FindDateline();
}

Venue VenueFinder::Run::Make(size_t begin, size_t end,
                             std::string name) const {
  Venue v;
  v.name = std::move(name);
  v.span = doc_.ToOriginal(begin, end);
  v.text = doc_.Surface(v.span);
  return v;
}

size_t VenueFinder::Run::SentenceIndex(size_t pos) const {
  const std::vector<Sentence>& s = doc_.sentences();
  if (s.empty()) return 0;
  return static_cast<size_t>(&doc_.SentenceAt(pos) - s.data());
}

// The date at view_[p], before body_end_, as the regex reads it (the first
// alternative that matches; {1,2} takes two digits when it can): its length,
// 0 if none.
size_t VenueFinder::Run::LeadDateAt(size_t p) const {
  const size_t end = body_end_;
  auto digits = [&](size_t at, size_t n) {
    if (at + n > end) return false;
    for (size_t i = at; i < at + n; ++i) {
      if (!IsAsciiDigit(view_[i])) return false;
    }
    return true;
  };
  auto word_at = [&](size_t at, std::string_view word) {
    if (at + word.size() > end) return false;
    for (size_t i = 0; i < word.size(); ++i) {
      if (view_[at + i] != word[i]) return false;
    }
    return true;
  };
  if (!IsAsciiDigit(view_[p])) {
    // The words: none is a prefix of another, so the one there is the
    // regex's.
    return t_.lead_date_words.PrefixOf(view_.substr(p, end - p));
  }
  // \d{1,2}月\d{1,2}日
  for (size_t month : {2, 1}) {
    if (!digits(p, month) || !word_at(p + month, "月")) continue;
    const size_t day_at = p + month + std::string_view("月").size();
    for (size_t day : {2, 1}) {
      if (digits(day_at, day) && word_at(day_at + day, "日")) {
        return day_at + day + std::string_view("日").size() - p;
      }
    }
  }
  // \d{1,2}日(?:上午|下午|晚|电)
  for (size_t day : {2, 1}) {
    if (!digits(p, day) || !word_at(p + day, "日")) continue;
    const size_t part_at = p + day + std::string_view("日").size();
    for (std::string_view part : kLeadDateDayParts) {
      if (word_at(part_at, part)) return part_at + part.size() - p;
    }
  }
  return 0;
}

// An unanchored search finds the match at the first place where one
// starts: the first character in turn where LeadDateAt reads one. A date
// led by digits (10月9日, 9日上午) has 月 or 日 one or two bytes after its
// start, so the places are read in turn where the scan stops, at 月 and 日
// (the digits one and two bytes before them, then the character itself)
// and at the words' first characters: not at every digit (a report's head
// is full of times and figures), and no later place before an earlier one
// (月 and 日 are three bytes long).
bool VenueFinder::Run::SearchLeadDate(size_t pos, re2::StringPiece* m) const {
  size_t length = 0;
  size_t found = 0;
  AnyCharacterIn(view_.substr(pos), body_end_ - pos, t_.lead_date_anchors,
                 [&](size_t at, char32_t) {
                   for (size_t back : {2, 1}) {
                     if (at >= back && IsAsciiDigit(view_[pos + at - back])) {
                       found = pos + at - back;
                       length = LeadDateAt(found);
                       if (length > 0) return true;
                     }
                   }
                   found = pos + at;
                   length = LeadDateAt(found);
                   return length > 0;
                 });
  if (length == 0) return false;
  *m = re2::StringPiece(view_.data() + found, length);
  return true;
}

// The lead is the first sentence with the event's date (10月9日, 近日); the
// report's year is the lead's, else the first publication stamp's.
void VenueFinder::Run::FindLead() {
  re2::StringPiece input(view_.data(), view_.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < body_end_ && SearchLeadDate(pos, &m)) {
    size_t at = static_cast<size_t>(m.data() - view_.data());
    const Sentence& s = doc_.SentenceAt(at);
    pos = std::max(at + m.size(), s.end);
    std::string_view text = view_.substr(s.begin, s.end - s.begin);
    // A publication stamp (发布时间:2024年10月9日) is not the lead.
    if (t_.cues[kStamp].AnyIn(text)) continue;
    if (text.find(',') == std::string_view::npos &&
        CountCodePoints(text.substr(0, kLeadMinCodePoints * 4)) <
            kLeadMinCodePoints) {
      continue;
    }
    lead_ = s;
    has_lead_ = true;
    break;
  }
  re2::StringPiece year[2];
  if (has_lead_ && SearchYear(YearRule::kYear, lead_.begin, lead_.end, year)) {
    doc_year_ = std::stoi(std::string(year[1].data(), year[1].size()));
    return;
  }
  size_t end = std::min(view_.size(), kStampWindowBytes);
  if (SearchYear(YearRule::kStamp, 0, end, year)) {
    doc_year_ = std::stoi(std::string(year[1].data(), year[1].size()));
  }
}

// Every rule starts with a trigger word, so instead of an unanchored search
// (which ran each rule's automaton over every byte and was most of the
// venue's cost), triggers are found with a lexicon scan and the rule is run
// anchored there, over a window no match can outgrow.
bool VenueFinder::Run::VerbBeforeClauseEnd(size_t pos, size_t end) const {
  size_t len;
  DecodeUtf8(view_, pos, &len);
  const size_t from = pos + len;
  if (from >= end) return false;
  bool verb = false;
  AnyCharacterIn(view_.substr(from), end - from, t_.verb_or_clause_end,
                 [&](size_t at, char32_t c) {
                   if (c == ',' || c == U'。' || c == ';' || c == ':') {
                     return true;
                   }
                   verb = t_.at_verbs.StartsAt(view_, from + at, c, end);
                   return verb;
                 });
  return verb;
}

bool VenueFinder::Run::PartnerAfterComma(size_t pos, size_t end) const {
  size_t comma = view_.substr(0, end).find(',', pos);
  if (comma == std::string_view::npos) return false;
  std::string_view after = view_.substr(comma + 1, 9);
  for (std::string_view lead : {"分别", "共同"}) {
    if (after.substr(0, lead.size()) == lead) after.remove_prefix(lead.size());
  }
  std::string_view first = after.substr(0, 3);
  return first == "与" || first == "同" || first == "和";
}

// RE2 reads (a1|a2|…)*(v1|v2|…) leftmost-first: the star takes one more
// adverb as long as the rest can still match, trying the alternatives in
// their order (the word lists' Alternation: longest first), and then the
// first verb alternative that matches, the longest verb there.
bool VenueFinder::Run::MatchAdverbsVerb(size_t pos, size_t end,
                                        size_t* verb_begin,
                                        size_t* verb_end) const {
  std::vector<size_t> dead_ends;  // places no match continues from
  return AdverbsVerbFrom(pos, end, &dead_ends, verb_begin, verb_end);
}

bool VenueFinder::Run::AdverbsVerbFrom(size_t pos, size_t end,
                                       std::vector<size_t>* dead_ends,
                                       size_t* verb_begin,
                                       size_t* verb_end) const {
  std::array<size_t, 64> adverbs;  // the lengths of those at pos, shortest first
  size_t count = 0;
  t_.cues[kAdverb].ForEachAt(view_.substr(0, end), pos,
                             [&](size_t n) { adverbs[count++] = n; });
  for (size_t i = count; i-- > 0;) {
    const size_t next = pos + adverbs[i];
    if (std::find(dead_ends->begin(), dead_ends->end(), next) !=
        dead_ends->end()) {
      continue;
    }
    if (AdverbsVerbFrom(next, end, dead_ends, verb_begin, verb_end)) {
      return true;
    }
  }
  if (size_t verb = t_.at_verbs.PrefixOf(view_.substr(pos, end - pos))) {
    *verb_begin = pos;
    *verb_end = pos + verb;
    return true;
  }
  dead_ends->push_back(pos);
  return false;
}

// RE2 reads the optional group first: the manner (its openers and closers
// in their order, the fewest characters between) and then the partner (the
// fewest characters after its opener), each as soon as the adverbs and verb
// can follow; failing both, no group.
bool VenueFinder::Run::MatchAtRest(size_t pos, size_t end, size_t* middle_end,
                                   size_t* verb_begin, size_t* verb_end) const {
  auto word_at = [&](size_t at, std::string_view word) {
    return at + word.size() <= end &&
           view_.compare(at, word.size(), word) == 0;
  };
  // Calls taken(after) after each of 1 to max_chars characters from `from`
  // none of which is in `excluded`, until it returns true.
  auto fewest = [&](size_t from, int max_chars, std::u32string_view excluded,
                    auto&& taken) {
    for (int chars = 1; chars <= max_chars && from < end; ++chars) {
      size_t len;
      const char32_t c = DecodeUtf8(view_, from, &len);
      if (from + len > end || c == kInvalidCodePoint ||
          excluded.find(c) != std::u32string_view::npos) {
        return false;
      }
      from += len;
      if (taken(from)) return true;
    }
    return false;
  };
  for (std::string_view opener : kMannerOpeners) {
    if (!word_at(pos, opener)) continue;
    if (fewest(pos + opener.size(), kMaxMannerChars, U",。;:", [&](size_t at) {
          for (std::string_view closer : kMannerClosers) {
            if (word_at(at, closer) &&
                MatchAdverbsVerb(at + closer.size(), end, verb_begin,
                                 verb_end)) {
              *middle_end = at + closer.size();
              return true;
            }
          }
          return false;
        })) {
      return true;
    }
  }
  for (std::string_view opener : kPartnerOpeners) {
    if (!word_at(pos, opener)) continue;
    if (fewest(pos + opener.size(), kMaxPartnerChars, U",。;:、",
               [&](size_t at) {
                 if (!MatchAdverbsVerb(at, end, verb_begin, verb_end)) {
                   return false;
                 }
                 *middle_end = at;
                 return true;
               })) {
      return true;
    }
  }
  *middle_end = pos;
  return MatchAdverbsVerb(pos, end, verb_begin, verb_end);
}

bool VenueFinder::Run::FindPlace(const PlaceRule& rule, size_t place_begin,
                                 size_t end, size_t* place_end,
                                 re2::StringPiece* rest_m, int rest_n) const {
  re2::StringPiece input(view_.data(), view_.size());
  size_t q = place_begin;
  size_t len;
  DecodeUtf8(view_, q, &len);  // the place's first character
  for (int chars = 1; chars <= kMaxPlaceCodePoints; ++chars) {
    q += len;
    if (q > end || (q == end && !rule.rest_may_be_empty)) return false;
    // The character at q, and the opener there (none at the end of the
    // text).
    const char32_t cp = q < view_.size() ? DecodeUtf8(view_, q, &len)
                                         : (len = 1, kInvalidCodePoint);
    const size_t opener = q < end ? rule.openers.LongestAt(view_, q, cp, end) : 0;
    if (opener == 0 && q < end) continue;
    const bool one_word = rule.rest_is_one_word && q < end;
    size_t middle_end = 0, verb_begin = 0, verb_end = 0;
    if (rule.rest_is_at_rest) {
      if (!MatchAtRest(q, end, &middle_end, &verb_begin, &verb_end)) continue;
    } else if (!one_word &&
               !rule.rest->Match(input, q, end, RE2::ANCHOR_START,
                                 rest_n == 1 ? rest_m : nullptr,
                                 rest_n == 1 ? 1 : 0)) {
      continue;  // with one entry, the DFA alone has set it
    }
    // The shortest place rest follows. If a character of it may not stand
    // in a place, no longer one is a place either: no match.
    if (!AllPlaceChars(view_.substr(place_begin, q - place_begin),
                       t_.not_place_chars)) {
      return false;
    }
    if (rule.rest_is_at_rest) {  // (1) the manner or partner, (2) the verb
      rest_m[0] = re2::StringPiece(view_.data() + q, verb_end - q);
      rest_m[1] = middle_end > q ? re2::StringPiece(view_.data() + q,
                                                    middle_end - q)
                                 : re2::StringPiece();
      rest_m[2] =
          re2::StringPiece(view_.data() + verb_begin, verb_end - verb_begin);
    } else if (one_word) {  // (1), if rest has it, the word; others unset
      rest_m[0] = re2::StringPiece(view_.data() + q, opener);
      for (int i = 1; i < rest_n; ++i) {
        rest_m[i] = i == 1 && rule.rest->NumberOfCapturingGroups() >= 1
                        ? rest_m[0]
                        : re2::StringPiece();
      }
    } else if (rest_n > 1 && !rule.rest->Match(input, q, end,
                                               RE2::ANCHOR_START, rest_m,
                                               rest_n)) {
      return false;
    }
    *place_end = q;
    return true;
  }
  return false;
}

bool VenueFinder::Run::MatchPlaceRule(const PlaceRule& rule, size_t p,
                                      size_t end, re2::StringPiece* m,
                                      int n) const {
  size_t len;
  DecodeUtf8(view_, p, &len);  // the trigger: 在, 于 or 赴
  const size_t place_begin = p + len;
  size_t place_end;
  if (!FindPlace(rule, place_begin, end, &place_end, m + 1, n - 1)) {
    return false;
  }
  const char* match_end = m[1].data() + m[1].size();
  m[0] = re2::StringPiece(view_.data() + p,
                          static_cast<size_t>(match_end - (view_.data() + p)));
  m[1] = re2::StringPiece(view_.data() + place_begin, place_end - place_begin);
  return true;
}

// The rule is one regex, (verb)了?(?:在|于)?(place{1,25}?)kVisitEnd, read
// leftmost-first: the first verb alternative that leads to a match (the
// alternation is longest first), then 了 and 在 taken when they lead to
// one, then the shortest place. So the options are tried in that order.
bool VenueFinder::Run::MatchVisit(size_t p, size_t end,
                                  re2::StringPiece* m) const {
  std::array<size_t, 64> verbs;  // the lengths of those at p, shortest first
  size_t count = 0;
  t_.visit_verbs.ForEachAt(view_.substr(0, end), p,
                           [&](size_t n) { verbs[count++] = n; });
  auto word_at = [&](size_t pos, std::string_view word) {
    return pos + word.size() <= end && view_.compare(pos, word.size(), word) == 0;
  };
  for (size_t i = count; i-- > 0;) {
    const size_t verb_end = p + verbs[i];
    for (bool le : {true, false}) {
      if (le && !word_at(verb_end, "了")) continue;
      const size_t after_le = verb_end + (le ? std::string_view("了").size() : 0);
      for (bool at : {true, false}) {
        if (at && !word_at(after_le, "在") && !word_at(after_le, "于")) continue;
        const size_t place_begin =
            after_le + (at ? std::string_view("在").size() : 0);
        size_t place_end;
        re2::StringPiece rest;
        if (FindPlace(t_.visit, place_begin, end, &place_end, &rest, 1)) {
          m[0] = re2::StringPiece(
              view_.data() + p,
              static_cast<size_t>(rest.data() + rest.size() - (view_.data() + p)));
          m[1] = re2::StringPiece(view_.data() + p, verbs[i]);
          m[2] = re2::StringPiece(view_.data() + place_begin,
                                  place_end - place_begin);
          m[3] = re2::StringPiece();
          return true;
        }
      }
    }
  }
  return false;
}

inline const std::vector<size_t>& VenueFinder::Run::TriggersOf(
    Rule rule) const {
  // By rule: at, go_to, visit, at_comma (a load, where a switch compiled to
  // a jump through a table, mispredicted as the rules alternate).
  static constexpr std::array<uint8_t, kRuleCount> kTriggersOf = {0, 1, 2, 0};
  return triggers_[kTriggersOf[rule]];
}

std::optional<VenueFinder::Run::Candidate> VenueFinder::Run::MatchAtTrigger(
    Rule rule, size_t p) const {
  constexpr size_t kWindow = 600;  // place, partner, adverbs and verb fit
  size_t end = std::min(body_end_, p + kWindow);
  // 在X…举行: no part of the rule crosses , 。 ; or :, so without one of
  // its verbs before the clause ends, 在 starts no match (在…方面, 在…领域:
  // most do not) and the automaton need not run.
  if (rule == kRuleAt && !VerbBeforeClauseEnd(p, end)) return std::nullopt;
  // 在X,与Y签署: only where the clause after 在X starts with a partner.
  if (rule == kRuleAtComma && !PartnerAfterComma(p, end)) return std::nullopt;
  re2::StringPiece m[4];
  if (rule == kRuleVisit) {
    if (!MatchVisit(p, end, m)) return std::nullopt;
  } else {
    const PlaceRule& place_rule = rule == kRuleAt     ? t_.at
                                  : rule == kRuleGoTo ? t_.go_to
                                                      : t_.at_comma;
    if (!MatchPlaceRule(place_rule, p, end, m, 4)) return std::nullopt;
  }
  Candidate cand;
  cand.trigger = p;
  cand.kind = rule == kRuleGoTo    ? Kind::kGoTo
              : rule == kRuleVisit ? Kind::kVisit
                                   : Kind::kAt;
  const re2::StringPiece& place = rule == kRuleVisit ? m[2] : m[1];
  cand.begin = static_cast<size_t>(place.data() - view_.data());
  cand.end = cand.begin + place.size();
  if (cand.kind == Kind::kAt) {
    char32_t before = CodePointBefore(view_, p);
    bool yu = view_.compare(p, 3, "于") == 0;
    if ((yu ? kNotBeforeYu : kNotBeforeZai).find(before) !=
        std::u32string_view::npos) {
      return std::nullopt;
    }
    // 在线 is a word (在线服务), not 在 + a place.
    if (view_.compare(cand.begin, 3, "线") == 0) return std::nullopt;
    // 在X主持下, 在X见证下: X is a person or body, not a place.
    size_t verb_end =
        static_cast<size_t>(m[3].data() - view_.data()) + m[3].size();
    if (view_.compare(verb_end, 3, "下") == 0) return std::nullopt;
    // 在北京与Y签署: Y is a partner; 在中国与东盟合作框架下: not.
    std::string_view middle(m[2].data(), m[2].size());
    if (!middle.empty() && !IsMiddle(middle)) return std::nullopt;
    if (!middle.empty() && (StartsWithAny(middle, {"与", "和", "及"})) &&
        t_.org_heads.SuffixOf(middle) > 0) {
      cand.joined_end = static_cast<size_t>(m[2].data() - view_.data()) +
                        m[2].size();
    }
    std::string_view verb(m[3].data(), m[3].size());
    cand.weak = !t_.cues[kEventVerb].Has(verb);
  } else if (cand.kind == Kind::kGoTo) {
    std::string_view verb(m[2].data(), m[2].size());
    cand.loose = verb != ",";
  } else {
    std::string_view verb(m[1].data(), m[1].size());
    if (t_.cues[kGather].Has(verb)) cand.kind = Kind::kGather;
  }
  return cand;
}

VenueFinder::Run::Outcome& VenueFinder::Run::OutcomeAt(Rule rule, size_t i) {
  std::vector<Outcome>& outcomes = outcomes_[rule];
  if (outcomes.size() <= i) {
    const std::vector<size_t>& triggers = TriggersOf(rule);
    // Room for the triggers already found and as many again: the scan
    // finds them a few at a time, and each growth moved every outcome.
    if (outcomes.capacity() < triggers.size()) {
      outcomes.reserve(2 * triggers.size());
    }
    outcomes.resize(triggers.size());
  }
  Outcome& o = outcomes[i];
  if (!o.evaluated) {
    o.candidate = MatchAtTrigger(rule, TriggersOf(rule)[i]);
    o.evaluated = true;
  }
  return o;
}

bool VenueFinder::Run::AcceptOnce(const Candidate& c,
                                  std::optional<bool>* verdict) const {
  if (!verdict->has_value()) *verdict = Accept(c);
  return **verdict;
}

bool VenueFinder::Run::IsKnownPlace(std::string_view s) const {
  return t_.known_places.Has(s);
}

// The length of the longest known place (at least two code points, six
// bytes) that `s` ends with (0: none).
size_t VenueFinder::Run::KnownPlaceSuffix(std::string_view s) const {
  constexpr size_t kMinBytes = 6;
  const size_t place = t_.known_places.SuffixOf(s);
  return place >= kMinBytes ? place : 0;
}

// The length of the longest known place (at least six bytes) `s` starts
// with (0: none).
size_t VenueFinder::Run::KnownPlacePrefix(std::string_view s) const {
  constexpr size_t kMinBytes = 6;
  const size_t place = t_.known_places.PrefixOf(s);
  return place >= kMinBytes ? place : 0;
}

// Whether `x` reads as the name of a place: a building or institution
// (…会议中心, …大学), an administrative unit (柳州市), a known city or
// country with at most a short qualifier (比利时布鲁塞尔, 福建平潭, 摩洛哥
// 首都拉巴特), when `strong` (before a strong event verb) a transliterated
// foreign name (巴库), or, when `loose`, any name of four or more code
// points.
bool VenueFinder::Run::IsPlace(std::string_view x, bool loose,
                               bool strong) const {
  size_t n = CountCodePoints(x);
  if (n == 0) return false;
  if (n == 1) return t_.cues[kCityShort].Has(x);
  if (n > static_cast<size_t>(kMaxPlaceCodePoints)) return false;
  if (t_.cues[kGeneric].PrefixOf(x) > 0) return false;
  if (HasDateWord(x)) return false;
  if (IsList(x)) return false;
  size_t building = t_.building_heads.SuffixOf(x);
  if (building > 0 && building < x.size()) return true;
  if (t_.cues[kStop].AnyIn(x)) return false;
  size_t place_suffix = KnownPlaceSuffix(x);
  size_t len;
  char32_t last = DecodeUtf8Before(x, x.size(), &len);
  if (place_suffix == 0 &&
      kLocatives.find(last) != std::u32string_view::npos) {
    return false;
  }
  size_t org = t_.org_heads.SuffixOf(x);
  if (org > 0 && org < x.size()) return true;
  size_t admin = t_.admin_heads.SuffixOf(x);
  if (admin > 0 && admin < x.size() && n <= kMaxAdminCodePoints) return true;
  if (place_suffix > 0) {
    std::string_view prefix = x.substr(0, x.size() - place_suffix);
    if (CountCodePoints(prefix) <= kMaxPlacePrefixCodePoints &&
        AllHan(prefix)) {
      return true;
    }
  }
  if (size_t prefix = KnownPlacePrefix(x)) {
    std::string_view rest = x.substr(prefix);
    rest.remove_prefix(t_.cues[kCapital].PrefixOf(rest));
    if (!rest.empty() && AllHan(rest) &&
        CountCodePoints(rest) <= kMaxPlaceRemainderCodePoints) {
      return true;
    }
  }
  if (strong && n >= kMinTransliterated && n <= kMaxTransliterated &&
      IsTransliterated(x)) {
    return true;
  }
  return loose && n >= kMinLooseCodePoints;
}

// Whether every character of `x` is one Xinhua uses to transliterate
// foreign names.
bool VenueFinder::Run::IsTransliterated(std::string_view x) const {
  for (size_t i = 0; i < x.size();) {
    size_t len;
    char32_t cp = DecodeUtf8(x, i, &len);
    if (t_.transliteration.count(cp) == 0) return false;
    i += len == 0 ? 1 : len;
  }
  return true;
}

// Whether what stands between 在X and its verb is a manner (以线上线下相结合
// 方式) or a partner (与圭亚那驻华大使): not a framework (与东盟合作框架下)
// or a position.
bool VenueFinder::Run::IsMiddle(std::string_view middle) const {
  if (t_.cues[kStop].AnyIn(middle) &&
      middle.find("方式") == std::string_view::npos &&
      middle.find("形式") == std::string_view::npos) {
    return false;
  }
  size_t len;
  char32_t last = DecodeUtf8Before(middle, middle.size(), &len);
  return kLocatives.find(last) == std::u32string_view::npos;
}

// The part of a place name a fuller mention repeats: 鹭川 of 鹭川市 (鹭川国际
// 会议中心), the whole name otherwise.
std::string VenueFinder::Run::Key(const std::string& name) const {
  size_t admin = t_.admin_heads.SuffixOf(name);
  if (admin > 0 && CountCodePoints(std::string_view(name).substr(
                       0, name.size() - admin)) >= 2) {
    return name.substr(0, name.size() - admin);
  }
  return name;
}

// Whether `x` lists bodies or places (中国政府和联合国开发署, 中国与东盟):
// a connector whose left side is a body or a known place. Names that hold
// one (环境科学与工程学院, 印度尼西亚共和国) are not lists.
bool VenueFinder::Run::IsList(std::string_view x) const {
  for (std::string_view connector : {"与", "和", "及", "跟"}) {
    for (size_t at = x.find(connector); at != std::string_view::npos;
         at = x.find(connector, at + connector.size())) {
      std::string_view left = x.substr(0, at);
      if (left.empty()) continue;
      size_t org = t_.org_heads.SuffixOf(left);
      if ((org > 0 && org < left.size()) || KnownPlaceSuffix(left) > 0) {
        return true;
      }
    }
  }
  return false;
}

// Whether the clause before `trigger` puts the event in the future (将于,
// 拟) or the past (曾, 此前, an earlier year than the report's).
bool VenueFinder::Run::TenseRejects(size_t trigger) const {
  size_t begin = trigger > kClauseWindowBytes ? trigger - kClauseWindowBytes
                                              : 0;
  const Sentence& sentence = doc_.SentenceAt(trigger);
  if (sentence.begin <= trigger) begin = std::max(begin, sentence.begin);
  // One pass over the window finds the past cues, which reach over commas
  // (自2015年以来,双方已在X举办五届), the last clause break and whether a
  // future cue follows it.
  const std::string_view window = view_.substr(begin, trigger - begin);
  size_t clause = begin;  // after the last clause break before trigger
  bool future = false;    // a future cue starts at or after `clause`
  const bool past = AnyCharacterIn(
      window, window.size(), t_.tense_starts, [&](size_t at, char32_t cp) {
        if (t_.cues[kPast].StartsAt(window, at, cp, window.size())) {
          return true;
        }
        if (t_.clause_breaks.Contains(cp)) {
          size_t len;
          DecodeUtf8(view_, begin + at, &len);
          clause = begin + at + len;
          future = false;
        }
        future = future ||
                 (begin + at >= clause &&
                  t_.cues[kFuture].StartsAt(window, at, cp, window.size()));
        return false;
      });
  if (past) return true;
  std::string_view before = view_.substr(clause, trigger - clause);
  if (future) {
    // 应X邀请 tells why the visit happened, not that it will.
    size_t invite = before.find("邀请");
    size_t ying = before.find("应");
    bool invited = invite != std::string_view::npos &&
                   ying != std::string_view::npos && ying < invite;
    std::string_view rest =
        invited ? before.substr(invite + std::string_view("邀请").size())
                : before;
    std::string_view head = invited ? before.substr(0, ying) : before;
    if (!invited || t_.cues[kFuture].AnyIn(rest) ||
        t_.cues[kFuture].AnyIn(head)) {
      return true;
    }
  }
  re2::StringPiece input(view_.data(), view_.size());
  re2::StringPiece year[2];
  if (doc_year_ == 0) {
    // The event's year is unknown: a dated sentence tells another event
    // (2018年,双方在开罗签署…).
    return SearchYear(YearRule::kYear, begin, trigger, year);
  }
  // A year written in the sentence before the place dates the event.
  size_t pos = begin;
  while (pos < trigger &&
         SearchYear(YearRule::kYear, pos, trigger, year)) {
    int y = std::stoi(std::string(year[1].data(), year[1].size()));
    if (y != doc_year_) return true;
    pos = static_cast<size_t>(year[0].data() - view_.data()) + year[0].size();
  }
  return false;
}

// Whether someone comes before a visit verb in its clause (一行到访X): a
// menu item (走进南科院) starts its line with the verb.
bool VenueFinder::Run::HasSubject(size_t trigger) const {
  size_t len;
  char32_t before = DecodeUtf8Before(view_, trigger, &len);
  return trigger > 0 && before != ' ' && !IsClauseBreak(before);
}

bool VenueFinder::Run::Accept(const Candidate& c) const {
  if (c.end > body_end_) return false;
  if (c.weak && !(has_lead_ && c.begin >= lead_.begin && c.end <= lead_.end)) {
    return false;
  }
  if (c.kind != Kind::kAt && !HasSubject(c.trigger)) return false;
  std::string_view x = view_.substr(c.begin, c.end - c.begin);
  if (!IsPlace(x, c.loose, c.kind == Kind::kAt && !c.weak)) return false;
  return !TenseRejects(c.trigger);
}

// The first place the rules accept in the lead sentence, else in the whole
// report, in text order; a later mention within a few sentences that names
// it more fully (华府 → 美国环保署华府总部) replaces it.
std::optional<VenueFinder::Run::Candidate> VenueFinder::Run::FindPhysical() {
  if (has_lead_) {
    if (std::optional<Candidate> c = FirstAccepted(lead_.begin, lead_.end)) {
      return c;
    }
  }
  return FirstAccepted(0, body_end_);
}

std::optional<VenueFinder::Run::Candidate> VenueFinder::Run::FirstAccepted(
    size_t from, size_t to) {
  // The rules' candidates are taken in the text order of their places (at
  // one place, in rule order). A trigger is read only when nothing can come
  // before what it may give: its place starts after the trigger, so the
  // trigger's position is a bound below it, and the triggers after the
  // last candidate taken are not read at all. Likewise the text is scanned
  // for triggers only as far as that: the end of the scan bounds the
  // triggers not yet found.
  // Scanned at a time: each scan's start and its last bytes (fewer than a
  // block) cost more than its blocks, and the first characters' misses
  // were mispredicted at every scan. Measured (callgrind, 200 reports):
  // 256 and 2048 bytes cost more, 768 as much, 4096 more still (text past
  // the refinement window read for nothing).
  constexpr size_t kScanBytes = 1024;
  ScanTriggersFrom(from);
  struct Cursor {
    size_t next_trigger = 0;  // the first not yet read, into TriggersOf
    std::optional<Candidate> pending;  // read, not yet taken
    size_t pending_trigger = 0;
  };
  std::array<Cursor, kRuleCount> cursors;
  for (int r = 0; r < kRuleCount; ++r) {
    const std::vector<size_t>& triggers = TriggersOf(static_cast<Rule>(r));
    cursors[r].next_trigger = static_cast<size_t>(
        std::lower_bound(triggers.begin(), triggers.end(), from) -
        triggers.begin());
  }

  // Where each rule's next candidate is: its place, or a bound below it
  // (its next trigger, or the end of the scan); SIZE_MAX when it has none
  // left. Kept up to date as the cursors move, so that choosing the first
  // is a few selects.
  auto next_at = [&](int r) {
    const Cursor& c = cursors[r];
    const std::vector<size_t>& triggers = TriggersOf(static_cast<Rule>(r));
    if (c.pending) return c.pending->begin;
    if (c.next_trigger < triggers.size()) return triggers[c.next_trigger];
    if (triggers_scanned_ < body_end_) return std::max(triggers_scanned_, from);
    return SIZE_MAX;
  };
  std::array<size_t, kRuleCount> at;
  for (int r = 0; r < kRuleCount; ++r) at[r] = next_at(r);

  std::optional<Candidate> best;
  std::string best_name;
  std::string best_key;  // Key(best_name)
  // Whether the place of `x` names the best taken more fully (the one test
  // a place after the best must pass).
  auto fuller = [&](const Candidate& x) {
    const std::string name = doc_.Value(x.begin, x.end);
    return name.size() > best_name.size() &&
           name.find(best_key) != std::string::npos;
  };
  // A place here or after is past what is read: `to`, and once a place is
  // taken, the start of the first sentence a refinement may not come from.
  size_t past = to;
  while (true) {
    int first = 0;
    for (int r = 1; r < kRuleCount; ++r) first = at[r] < at[first] ? r : first;
    if (at[first] == SIZE_MAX || at[first] >= past) break;
    Cursor& c = cursors[first];
    const Rule rule = static_cast<Rule>(first);
    if (!c.pending && c.next_trigger == TriggersOf(rule).size()) {
      ScanTriggers(triggers_scanned_ + kScanBytes);
      for (int r = 0; r < kRuleCount; ++r) at[r] = next_at(r);
      continue;
    }
    if (!c.pending) {
      c.pending_trigger = c.next_trigger++;
      c.pending = OutcomeAt(rule, c.pending_trigger).candidate;
      at[first] = next_at(first);
      continue;
    }
    Candidate cand = *c.pending;
    c.pending.reset();
    at[first] = next_at(first);
    Outcome& outcome = OutcomeAt(rule, c.pending_trigger);
    // The place with its 与… tail first, when that reads as one body's name
    // (肯尼亚环境与林业部); a list (北京与生态环境部) is refused by Accept.
    Candidate joined = cand;
    joined.end = cand.joined_end;
    // Once a place is taken, a later one counts only if it names it more
    // fully: when neither form would, whichever Accept took, Accept (the
    // dear part) need not be asked. Most candidates of the sentences
    // after the place's are no fuller name of it.
    if (best && !fuller(cand) && (cand.joined_end == 0 || !fuller(joined))) {
      continue;
    }
    if (cand.joined_end != 0 && AcceptOnce(joined, &outcome.joined_accepted)) {
      cand = joined;
    } else if (!AcceptOnce(cand, &outcome.accepted)) {
      continue;
    }
    std::string name = doc_.Value(cand.begin, cand.end);
    if (!best) {
      best = cand;
      best_name = std::move(name);
      best_key = Key(best_name);
      // The sentence after the last one a refinement may come from: a place
      // is past when it lies in that sentence or after (SentenceAt).
      const std::vector<Sentence>& sentences = doc_.sentences();
      const size_t after_last =
          SentenceIndex(cand.begin) + kRefineSentences + 1;
      past = after_last < sentences.size() ? sentences[after_last].begin
                                           : SIZE_MAX;
    } else if (name.size() > best_name.size() &&
               name.find(best_key) != std::string::npos) {
      best = cand;
      best_name = std::move(name);
      best_key = Key(best_name);
    }
  }
  return best;
}

// 线上 when the lead sentence says the event was held online (以视频方式
// 会谈, 举行视频会谈, 线上举行) and not also in person (线上线下).
std::optional<Venue> VenueFinder::Run::FindOnline() const {
  if (!has_lead_) return std::nullopt;
  // A hybrid word (线上线下) anywhere rules out an online venue. Every
  // online rule's match holds an online word (its group 1): most leads have
  // none, and then no rule need run. One walk tells both.
  std::string_view lead = view_.substr(lead_.begin, lead_.end - lead_.begin);
  bool online_word = false;
  const bool hybrid = AnyCharacterIn(
      lead, lead.size(), t_.hybrid_or_online_word_starts,
      [&](size_t at, char32_t cp) {
        if (t_.cues[kHybrid].StartsAt(lead, at, cp, lead.size())) return true;
        online_word = online_word ||
                      t_.cues[kOnlineWord].StartsAt(lead, at, cp, lead.size());
        return false;
      });
  if (hybrid || !online_word) return std::nullopt;
  // Where each online rule may match: at its opening words. An unanchored
  // search finds a rule's match at the first place where one starts,
  // preferring there what an anchored search prefers; so running it
  // anchored at those places in turn finds the same matches.
  std::array<std::vector<size_t>, 4> starts;  // by rule
  AnyCharacterIn(lead, lead.size(), t_.online_lead_starts,
                 [&](size_t at, char32_t cp) {
                   const size_t p = lead_.begin + at;
                   for (size_t rule = 0; rule < starts.size(); ++rule) {
                     if (t_.online_starts[rule].StartsAt(view_, p, cp,
                                                         lead_.end)) {
                       starts[rule].push_back(p);
                     }
                   }
                   return false;
                 });
  re2::StringPiece input(view_.data(), view_.size());
  std::optional<std::pair<size_t, size_t>> best;
  for (size_t rule = 0; rule < t_.online.size(); ++rule) {
    re2::StringPiece m[2];
    for (size_t trigger : starts[rule]) {
      if (!t_.online[rule]->Match(input, trigger, lead_.end,
                                  RE2::ANCHOR_START, m, 2)) {
        continue;
      }
      size_t begin = static_cast<size_t>(m[1].data() - view_.data());
      if (TenseRejects(trigger)) continue;
      if (!best || begin < best->first) best = {{begin, begin + m[1].size()}};
      break;
    }
  }
  if (!best) return std::nullopt;
  return Make(best->first, best->second, "线上");
}

// A place that opens its sentence before 当地时间 (斐济当地时间5月30日).
std::optional<Venue> VenueFinder::Run::FindLocalTime() const {
  constexpr std::string_view kLocalTime = "当地时间";
  // The matches that start before body_end_ (FindBytes: std::string_view's
  // find stops at every E5 byte, the lead of 当 and of a great many
  // characters).
  const std::string_view searched = view_.substr(
      0, std::min(view_.size(), body_end_ + kLocalTime.size() - 1));
  size_t pos = 0;
  while ((pos = FindBytes(searched, kLocalTime, pos)) !=
         std::string_view::npos) {
    size_t at = pos;
    pos += kLocalTime.size();
    // The longest known place that ends at `at` and opens its clause.
    std::optional<size_t> found;
    size_t begin = at;
    for (int i = 0; i < kMaxPlaceCodePoints && begin > 0; ++i) {
      size_t len;
      if (!IsHan(DecodeUtf8Before(view_, begin, &len))) break;
      begin -= len;
      size_t before_len;
      char32_t before = DecodeUtf8Before(view_, begin, &before_len);
      bool opens = begin == 0 || before == ' ' || IsClauseBreak(before);
      if (opens && IsKnownPlace(view_.substr(begin, at - begin))) {
        found = begin;
      }
    }
    if (!found || TenseRejects(*found)) continue;
    return Make(*found, at, doc_.Value(*found, at));
  }
  return std::nullopt;
}

namespace {

#if defined(EVENTX_VENUE_AVX2)
// NextYearStart's blocks, 32 places at a time, for processors with AVX2:
// from *at while *at < end and 33 bytes are left. The first place found
// (true), else false with *at where the blocks ran out.
EVENTX_AVX2 bool NextYearStart32(const char* p, size_t size, size_t* at,
                                 size_t end) {
  const __m256i one = _mm256_set1_epi8('1');
  const __m256i nine = _mm256_set1_epi8('9');
  const __m256i two = _mm256_set1_epi8('2');
  const __m256i zero = _mm256_set1_epi8('0');
  size_t q = *at;
  for (; q < end && q + 33 <= size; q += 32) {
    const __m256i b0 =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + q));
    const __m256i b1 =
        _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + q + 1));
    const __m256i starts = _mm256_or_si256(
        _mm256_and_si256(_mm256_cmpeq_epi8(b0, one),
                         _mm256_cmpeq_epi8(b1, nine)),
        _mm256_and_si256(_mm256_cmpeq_epi8(b0, two),
                         _mm256_cmpeq_epi8(b1, zero)));
    const auto mask = static_cast<uint32_t>(_mm256_movemask_epi8(starts));
    if (mask != 0) {
      *at = q + static_cast<size_t>(__builtin_ctz(mask));
      return true;
    }
  }
  *at = q;
  return false;
}
#endif

// The first place at or after `from` where 19 or 20 stands in `text`, if
// before `end` (else a place at or after end). Sixteen places at a time:
// digits are rare in Chinese text, and searching for each of the two pairs
// in turn (memchr for its first digit, then a compare) stopped at every
// digit 1 and 2. avx2: whether the blocks may use their AVX2 form
// (UseAvx2), 32 places at a time.
size_t NextYearStart(std::string_view text, size_t from, size_t end,
                     bool avx2) {
  const size_t size = text.size();
  size_t at = from;
#if defined(EVENTX_VENUE_AVX2)
  if (avx2 && NextYearStart32(text.data(), size, &at, end)) return at;
#else
  (void)avx2;
#endif
#if defined(__SSE2__)
  const char* const p = text.data();
  const __m128i one = _mm_set1_epi8('1');
  const __m128i nine = _mm_set1_epi8('9');
  const __m128i two = _mm_set1_epi8('2');
  const __m128i zero = _mm_set1_epi8('0');
  for (; at < end && at + 17 <= size; at += 16) {
    const __m128i b0 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    const __m128i b1 =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at + 1));
    const __m128i starts = _mm_or_si128(
        _mm_and_si128(_mm_cmpeq_epi8(b0, one), _mm_cmpeq_epi8(b1, nine)),
        _mm_and_si128(_mm_cmpeq_epi8(b0, two), _mm_cmpeq_epi8(b1, zero)));
    const int mask = _mm_movemask_epi8(starts);
    if (mask != 0) return at + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; at < end && at + 1 < size; ++at) {
    if ((text[at] == '1' && text[at + 1] == '9') ||
        (text[at] == '2' && text[at + 1] == '0')) {
      return at;
    }
  }
  return std::max(at, end);
}

}  // namespace

size_t VenueFinder::Run::YearAt(YearRule rule, size_t at, size_t end) const {
  // (?:19|20)\d\d
  if (at + 4 > end || !IsAsciiDigit(view_[at + 2]) ||
      !IsAsciiDigit(view_[at + 3])) {
    return 0;
  }
  constexpr std::string_view kNian = "年";
  const size_t sep = at + 4;
  const bool nian =
      sep + kNian.size() <= end && view_.compare(sep, kNian.size(), kNian) == 0;
  if (rule == YearRule::kYear) return nian ? sep + kNian.size() - at : 0;
  // (?:年|-|/|\.)\d
  size_t digit;
  if (nian) {
    digit = sep + kNian.size();
  } else if (sep < end &&
             (view_[sep] == '-' || view_[sep] == '/' || view_[sep] == '.')) {
    digit = sep + 1;
  } else {
    return 0;
  }
  return digit < end && IsAsciiDigit(view_[digit]) ? digit + 1 - at : 0;
}

bool VenueFinder::Run::SearchYear(YearRule rule, size_t pos, size_t end,
                                  re2::StringPiece m[2]) const {
  for (size_t at = NextYearStart(view_, pos, end, t_.avx2); at < end;
       at = NextYearStart(view_, at + 1, end, t_.avx2)) {
    if (const size_t length = YearAt(rule, at, end)) {
      m[0] = re2::StringPiece(view_.data() + at, length);
      m[1] = re2::StringPiece(view_.data() + at, 4);
      return true;
    }
  }
  return false;
}

// A match lies within the max_bytes before the end of one of its end words
// (with a digit before it, if the rule says so): those stretches, merged
// where they overlap, hold every match, and no
// match spans two of them. So the first stretch (in text order) with a
// match holds the leftmost one, and the search there finds it with the same
// submatches (the rules read no context: no ^, $ or \b).
bool VenueFinder::Run::SearchNearEnds(const EndedRule& rule, size_t pos,
                                      size_t end, re2::StringPiece* m,
                                      int n) const {
  std::vector<size_t> word_ends;  // in view_, of the end words
  for (std::string_view word : rule.ends) {
    for (size_t at = FindBytes(view_.substr(0, end), word, pos);
         at != std::string_view::npos;
         at = FindBytes(view_.substr(0, end), word, at + 1)) {
      if (rule.digit_before_end && (at == 0 || !IsAsciiDigit(view_[at - 1]))) {
        continue;
      }
      word_ends.push_back(at + word.size());
    }
  }
  std::sort(word_ends.begin(), word_ends.end());
  re2::StringPiece input(view_.data(), view_.size());
  for (size_t i = 0; i < word_ends.size();) {
    auto stretch_begin = [&](size_t word_end) {
      return word_end - pos > rule.max_bytes ? word_end - rule.max_bytes : pos;
    };
    size_t begin = stretch_begin(word_ends[i]);
    size_t stretch_end = word_ends[i];
    for (++i; i < word_ends.size() && stretch_begin(word_ends[i]) <= stretch_end;
         ++i) {
      stretch_end = word_ends[i];
    }
    if (rule.re->Match(input, begin, stretch_end, RE2::UNANCHORED, m, n)) {
      return true;
    }
  }
  return false;
}

// The city of the dateline (新华社曼谷10月9日电, 中新网银川1月8日电,
// 国际在线贵州消息): the longest known place ending its Han run.
std::optional<Venue> VenueFinder::Run::FindDateline() const {
  size_t end = std::min({view_.size(), body_end_, kDatelineWindowBytes});
  for (const EndedRule* rule : {&t_.dateline, &t_.dateline_bare}) {
    re2::StringPiece m[2];
    size_t pos = 0;
    while (pos < end && SearchNearEnds(*rule, pos, end, m, 2)) {
      pos = static_cast<size_t>(m[0].data() - view_.data()) + m[0].size();
      std::string_view run(m[1].data(), m[1].size());
      size_t suffix = KnownPlaceSuffix(run);
      if (suffix == 0) continue;
      size_t run_end = static_cast<size_t>(m[1].data() - view_.data()) +
                       m[1].size();
      size_t begin = run_end - suffix;
      return Make(begin, run_end, doc_.Value(begin, run_end));
    }
  }
  return std::nullopt;
}

Status VenueFinder::Create(const CountryFinder& countries,
                           std::unique_ptr<const VenueFinder>* out) {
  auto t = std::make_unique<Tables>();
  const Lexicon& cues = lexicons::kVenueCues;
  if (cues.columns < 2) {
    return Status(StatusCode::kInternal, "VenueFinder: venue_cues: 2 columns");
  }
  for (size_t r = 0; r < cues.rows; ++r) {
    std::string_view role = cues.Cell(r, 1);
    bool known = false;
    for (const auto& [name, value] : kRoleNames) {
      if (name == role) {
        t->cues[value].Add(cues.Cell(r, 0));
        known = true;
      }
    }
    if (!known) {
      return Status(StatusCode::kInternal,
                    "VenueFinder: venue_cues row " + std::to_string(r + 1) +
                        ": unknown role '" + std::string(role) + "'");
    }
  }
  const Lexicon& heads = lexicons::kVenueHeads;
  if (heads.columns < 2) {
    return Status(StatusCode::kInternal, "VenueFinder: venue_heads: 2 columns");
  }
  for (size_t r = 0; r < heads.rows; ++r) {
    (heads.Cell(r, 1) == "admin" ? t->admin_heads : t->building_heads)
        .Add(heads.Cell(r, 0));
  }
  const Lexicon& orgs = lexicons::kOrganizationSuffixes;
  for (size_t r = 0; r < orgs.rows; ++r) t->org_heads.Add(orgs.Cell(r, 0));
  t->transliteration = lexicons::CodePointsOf(lexicons::kTransliterationChars, 0);
  const Lexicon& places = lexicons::kPlaces;
  for (size_t r = 0; r < places.rows; ++r) {
    if (!places.Cell(r, 0).empty()) t->known_places.Add(places.Cell(r, 0));
  }
  const Lexicon& cities = lexicons::kCities;
  for (size_t r = 0; r < cities.rows; ++r) {
    if (!cities.Cell(r, 0).empty()) t->known_places.Add(cities.Cell(r, 0));
  }
  for (WordList& list : t->cues) list.Finish();
  t->building_heads.Finish();
  t->admin_heads.Finish();
  t->org_heads.Finish();
  for (Role role : {kEventVerb, kWeakVerb, kAdverb, kVisitVerb, kVisit,
                    kGather, kOnlineWord, kOnlineVerb, kOutlet}) {
    if (t->cues[role].empty()) {
      return Status(StatusCode::kInternal,
                    "VenueFinder: venue_cues has no words of role " +
                        std::string(kRoleNames[role].first));
    }
  }

  WordList verbs;  // every verb 在X may be followed by
  verbs.AddAll(t->cues[kEventVerb]);
  verbs.AddAll(t->cues[kWeakVerb]);
  verbs.Finish();
  t->at_verbs.AddAll(verbs);
  t->at_verbs.Finish();
  for (const std::string& w : verbs.words()) {
    t->verb_or_clause_end.Add(FirstCodePoint(w));
  }
  for (char32_t c : {U',', U'。', U';', U':'}) t->verb_or_clause_end.Add(c);
  for (char32_t c : kClauseBreaks) {
    t->clause_breaks.Add(c);
    t->tense_starts.Add(c);
  }
  for (Role role : {kPast, kFuture}) {
    for (const std::string& w : t->cues[role].words()) {
      t->tense_starts.Add(FirstCodePoint(w));
    }
  }
  for (char32_t c : kNotPlaceChars) t->not_place_chars.Add(c);
  WordList visits;  // every verb whose object is the place
  visits.AddAll(t->cues[kVisit]);
  visits.AddAll(t->cues[kGather]);
  visits.Finish();
  const std::vector<std::string> trigger_words[3] = {
      {"在", "于"}, {"赴"}, visits.words()};
  WordList* trigger_sets[3] = {&t->at_triggers, &t->go_to_triggers,
                               &t->visit_triggers};
  for (size_t k = 0; k < 3; ++k) {
    for (const std::string& w : trigger_words[k]) {
      trigger_sets[k]->Add(w);
      size_t len;
      const char32_t first = DecodeUtf8(w, 0, &len);
      auto& table = t->trigger_start_sets;
      auto it = std::find_if(table.begin(), table.end(),
                             [&](const Tables::TriggerStart& s) {
                               return s.cp == first;
                             });
      if (it == table.end()) {
        it = table.insert(table.end(), Tables::TriggerStart{first, 0, 0});
      }
      it->sets |= 1u << k;
      if (len == w.size()) it->whole |= 1u << k;
    }
    trigger_sets[k]->Finish();
  }
  std::sort(t->trigger_start_sets.begin(), t->trigger_start_sets.end(),
            [](const Tables::TriggerStart& a, const Tables::TriggerStart& b) {
              return a.cp < b.cp;
            });
  for (const Tables::TriggerStart& start : t->trigger_start_sets) {
    t->trigger_starts.Add(start.cp);
  }
  const std::string adverbs = t->cues[kAdverb].Alternation() + "*";
  const std::string online = t->cues[kOnlineWord].Alternation();
  const std::string online_verbs = t->cues[kOnlineVerb].Alternation();

  // The words the datelines end with, and how long one may be: a Han
  // character takes at most 4 bytes.
  t->dateline.ends = {"日电", "日专电", "日快电"};
  t->dateline.digit_before_end = true;  // \d{1,2}日(?:专|快)?电
  t->dateline.max_bytes =
      4 * kMaxDatelinePlace + std::string_view("12月31日专电").size();
  t->dateline_bare.ends = {"电", "消息", "讯"};
  t->dateline_bare.max_bytes = t->cues[kOutlet].words().front().size() +
                               4 * kMaxBareDatelinePlace +
                               std::string_view("消息").size();
  // The words the online rules' and the years' matches start with.
  for (std::string_view w : kOnlineWayOpeners) t->online_starts[0].Add(w);
  for (const std::string& w : t->cues[kOnlineVerb].words()) {
    t->online_starts[1].Add(w);
  }
  for (size_t rule : {2, 3}) {
    for (const std::string& w : t->cues[kOnlineWord].words()) {
      t->online_starts[rule].Add(w);
    }
  }
  for (WordList& starts : t->online_starts) {
    starts.Finish();
    for (const std::string& w : starts.words()) {
      t->online_lead_starts.Add(FirstCodePoint(w));
    }
  }
  for (Role role : {kHybrid, kOnlineWord}) {
    for (const std::string& w : t->cues[role].words()) {
      t->hybrid_or_online_word_starts.Add(FirstCodePoint(w));
    }
  }
  for (char32_t unit : {U'月', U'日'}) t->lead_date_anchors.Add(unit);
  for (std::string_view w : kLeadDateWords) {
    t->lead_date_anchors.Add(FirstCodePoint(w));
    t->lead_date_words.Add(w);
  }
  t->lead_date_words.Finish();
  struct RuleSpec {
    const char* name;
    std::string pattern;
    std::unique_ptr<RE2>* re;
  };
  // What follows the place of a PlaceRule, and the words it opens with.
  for (std::string_view w : kMannerOpeners) t->at.openers.Add(w);
  for (std::string_view w : kPartnerOpeners) t->at.openers.Add(w);
  t->at.rest_is_at_rest = true;
  for (std::string_view w : t->cues[kAdverb].words()) t->at.openers.Add(w);
  for (std::string_view w : verbs.words()) t->at.openers.Add(w);
  t->at_comma.openers.Add(",");
  for (std::string_view w : t->cues[kVisitVerb].words()) {
    t->go_to.openers.Add(w);
  }
  t->go_to.openers.Add(",");
  t->go_to.rest_is_one_word = true;  // (visit_verb|,)
  for (std::string_view w : kVisitEndOpeners) t->visit.openers.Add(w);
  for (PlaceRule* rule : {&t->at, &t->at_comma, &t->go_to, &t->visit}) {
    rule->openers.Finish();
  }
  t->visit.rest_may_be_empty = true;
  t->visit.rest_is_one_word = true;  // kVisitEnd, $ aside
  t->visit_verbs.AddAll(visits);
  t->visit_verbs.Finish();
  std::vector<RuleSpec> specs = {
      {"at_comma",
       "()(?:,(?:分别|共同)?(?:与|同|和)[^,。;:]{1,40}?)(" +
           std::string(kCommaVerbs) + ")",
       &t->at_comma.rest},
      {"go_to", "(" + t->cues[kVisitVerb].Alternation() + "|,)",
       &t->go_to.rest},
      {"visit", kVisitEnd, &t->visit.rest},
      {"online_way",
       "(?:以|通过|采用|采取|利用)(" + online +
           ")(?:会议|连线)?的?(?:方式|形式)?,?" + online_verbs,
       &t->online[0]},
      {"online_meeting",
       online_verbs + "了?(" + online +
           ")(?:会议|会谈|会见|会晤|座谈|交流|对话|研讨|论坛|签约|连线|培训)",
       &t->online[1]},
      {"online_held", "(" + online + ")" + online_verbs, &t->online[2]},
      // …合作视频会议成功举行: the event, named as an online meeting, held.
      {"online_named",
       "(" + online +
           ")(?:会议|会谈|会晤|座谈会|座谈|研讨会|论坛|对话会|交流会|培训班)" +
           adverbs + "(?:举行|召开|举办|开幕|开班)",
       &t->online[3]},
      {"dateline",
       R"((\p{Han}{2,)" + std::to_string(kMaxDatelinePlace) +
           R"(})(?:\d{1,2}月)?\d{1,2}日(?:专|快)?电)",
       &t->dateline.re},
      {"dateline_bare",
       t->cues[kOutlet].Alternation() + R"((\p{Han}{2,)" +
           std::to_string(kMaxBareDatelinePlace) + R"(}?)(?:电|消息|讯))",
       &t->dateline_bare.re},
  };
  RE2::Options options(RE2::Quiet);
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_max_mem(32 << 20);
  for (RuleSpec& spec : specs) {
    *spec.re = std::make_unique<RE2>(spec.pattern, options);
    if (!(*spec.re)->ok()) return RuleError(spec.name, **spec.re);
  }

  for (const std::string& name : countries.GazetteerNames()) {
    t->known_places.Add(name);
  }
  t->known_places.Finish();
  out->reset(new VenueFinder(std::move(t)));
  return Status::Ok();
}

VenueFinder::VenueFinder(std::unique_ptr<Tables> tables)
    : tables_(std::move(tables)) {}

VenueFinder::~VenueFinder() = default;

std::optional<Venue> VenueFinder::Find(const Document& doc) const {
  Run run(*tables_, doc);
  return run.Go();
}

}  // namespace eventx::internal
