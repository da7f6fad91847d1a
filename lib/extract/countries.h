// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Countries: every mention of a country (CLDR names in zh, zh_Hant and
// zh_Hant_HK, read from ICU at creation; variants and one-character
// abbreviations from lib/lexicons/), resolved to ISO 3166-1 codes, with the
// role SPEC.md asks for: participant when the text shows the country's
// government, people or organisations taking part, mentioned otherwise.

#ifndef EVENTX_LIB_EXTRACT_COUNTRIES_H_
#define EVENTX_LIB_EXTRACT_COUNTRIES_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "eventx/record.h"
#include "eventx/status.h"
#include "lib/text/code_point_bits.h"
#include "lib/text/document.h"
#include "lib/text/phrase_set.h"
#include "lib/text/simplify.h"
#include "lib/text/utf8.h"

namespace re2 {
class RE2;
}

namespace eventx::internal {

// One mention in view bytes.
struct CountryMention {
  size_t begin = 0;
  size_t end = 0;
  std::string code;
  bool participant = false;  // this mention carries participant evidence
  // A place inside the country (贵州, 金边): evidence for the country only
  // when it is participant evidence itself, never a mention on its own.
  bool place = false;
};

class CountryFinder {
 public:
  // Builds the gazetteer and compiles its matcher. `simplify` converts the
  // Traditional CLDR names; it must outlive the finder.
  static Status Create(const SimplifyTable* simplify,
                       std::unique_ptr<const CountryFinder>* out);

  CountryFinder(const CountryFinder&) = delete;  // owns a compiled matcher
  CountryFinder& operator=(const CountryFinder&) = delete;
  ~CountryFinder();

  // Every country mention of the document, in text order, with evidence.
  // `event_year` (when known, else 0): a clause dated to another year tells
  // of another event.
  std::vector<CountryMention> FindMentions(const Document& doc,
                                           int event_year = 0) const;

  // Groups mentions by code (first mention first) into record countries.
  std::vector<Country> Assemble(const Document& doc,
                                const std::vector<CountryMention>& mentions) const;

  // The Simplified Chinese name of `code` ("" if unknown).
  std::string NameOf(const std::string& code) const;

  // The code of a country name as written in the view ("" if none).
  std::string CodeOf(const std::string& name) const;

  size_t gazetteer_size() const { return name_to_code_.size(); }
  // Every name of the gazetteer (CodeOf gives each its code), in no order.
  std::vector<std::string> GazetteerNames() const;

 private:
  CountryFinder() = default;
  struct Abbreviation {
    std::string code;
    bool pair = false;
    bool side = false;
    bool home = false;      // the reporting side a pair is written with (中)
    bool boundary = false;  // trusted only after a non-Han character (台)
  };

  // Full names, left to right, longest first; *skipped gets the ranges of
  // false friends (沿海地区's 海地区), which no abbreviation may read either.
  // *abbreviation_starts gets, in order, every character position outside
  // them (and the names it finds) whose code point may be an abbreviation
  // (MayAbbreviate): the abbreviation scan looks only there rather than
  // decoding the text a second time. *dots gets, in order, where every
  // middle dot (U+00B7) of the text stands (NamePartRanges).
  void FindFullNames(const Document& doc, std::vector<CountryMention>* out,
                     std::vector<std::pair<size_t, size_t>>* skipped,
                     std::vector<size_t>* abbreviation_starts,
                     std::vector<size_t>* dots) const;
  // `covered`: the ranges no abbreviation may be read in (full names,
  // false friends, parts of foreign names), sorted by where they begin.
  void FindAbbreviations(
      const Document& doc, const std::vector<size_t>& abbreviation_starts,
      const std::vector<std::pair<size_t, size_t>>& covered,
      std::vector<CountryMention>* out) const;
  // Both look only at the first `count` of *mentions (those above the
  // body's end: the evidence of the others is dropped).
  void MarkParticipants(const Document& doc,
                        std::vector<CountryMention>* mentions,
                        size_t count) const;
  // Evidence in a clause about another event (曾在斐济举办, 届时将邀请哈方)
  // is not evidence for this one.
  void DiscountOtherEvents(std::string_view view, int event_year,
                           std::vector<CountryMention>* mentions,
                           size_t count) const;
  void SpreadOverLists(std::string_view view,
                       std::vector<CountryMention>* mentions) const;
  // A participant cue (环境部, 代表团, 副府尹) within the phrase at `pos`.
  // After a place name, sub-national units (省, 府) are its own suffix and
  // do not count.
  bool CueFollows(std::string_view view, size_t pos, bool after_place) const;
  // The mention is one side of an event named after two sides, joined by a
  // dash: 中国-东盟环境合作论坛.
  bool NamesAJointEvent(std::string_view view, const CountryMention& m) const;


  // Phrases as a trie over code points: one walk from a position meets
  // every phrase that starts there (a PhraseSet probed every length of
  // phrase the first character allowed, one lookup per set).
  //
  // Frozen, it is laid out for the memory a walk touches: the first two
  // levels are one probe of a small open-addressed table keyed by the
  // phrase's first two code points, and every deeper node is a record of
  // words (its payload, its children's code points and records) in
  // depth-first order, so that a name's path is a run of neighbouring
  // words. (A hash probe per code point into one table of 16-byte edges, a
  // cache line apiece, and a load of the owner's per-node data after each,
  // were a fifth of the full-name scan's real time.)
  class PhraseTrie {
   public:
    static constexpr uint32_t kNoNode = 0xFFFFFFFF;
    // The node `phrase` leads to, made if new (nodes are numbered 1, 2, …
    // in order of making; 0 is the root); kNoNode if `phrase` is empty or
    // not well-formed UTF-8.
    uint32_t Add(std::string_view phrase);
    // Builds the lookup tables: once, after the last Add. payloads[node]
    // (0 where the vector is shorter) is what Walk reports for a node; 0
    // is reported for none.
    void Freeze(const std::vector<uint32_t>& payloads);
    // Calls f(end, payload) for every node with a payload on the path the
    // text at `pos` spells, shortest first. `first`, `first_len`, `second`,
    // `second_len`: the code points at pos and after it and their bytes,
    // as CodePointAt reads them (the callers have read them already).
    template <typename F>
    void Walk(std::string_view text, size_t pos, char32_t first,
              size_t first_len, char32_t second, size_t second_len,
              F&& f) const;
    // Whether a phrase starts at text[pos] (pos < text.size()).
    bool StartsAt(std::string_view text, size_t pos) const;

   private:
    static constexpr uint64_t kNoKey = ~uint64_t{0};
    // The "second code point" of a one-code-point phrase's entry: no code
    // point, and not kInvalidCodePoint either.
    static constexpr char32_t kAlone = 0xFFFFFFFE;
    static constexpr uint32_t kNoRecord = 0xFFFFFFFF;
    // A phrase's first two code points (or its only one, and kAlone).
    struct Start {
      uint64_t key = kNoKey;  // first << 32 | second
      uint32_t first_payload = 0;  // the first code point's node's
      uint32_t record = kNoRecord;  // the second's node's, in records_
    };
    static uint64_t Key(char32_t first, char32_t second) {
      return (uint64_t{first} << 32) | second;
    }
    // Whether `key` may be a start: both of its two bits in its word of
    // start_bits_ (a blocked Bloom filter of the starts' keys: a word of
    // 64 bits per four starts or more; 0.8% of other keys pass for the
    // names, where a single bit a key in a table eight times the size let
    // 2.4% pass, 4 KB for the names where this is 2 KB). Most probes (a
    // cue's first code point followed by anything, a name's by anything)
    // are for no start; the table of starts, 16 bytes an entry, is probed
    // only past this. The word is chosen by the hash's top bits, the two
    // bits by bits below them (which the multiplication has mixed with
    // both code points), so one load answers.
    bool MayBeStart(uint64_t key) const {
      const uint64_t h = key * 0x9E3779B97F4A7C15ULL;
      const uint64_t bits = StartBits(h);
      return (start_bits_[h >> start_bits_shift_] & bits) == bits;
    }
    static uint64_t StartBits(uint64_t h) {
      return (uint64_t{1} << ((h >> 40) & 63)) |
             (uint64_t{1} << ((h >> 34) & 63));
    }
    const Start* FindStart(uint64_t key) const {
      const size_t mask = starts_.size() - 1;
      for (size_t slot = (key * 0x9E3779B97F4A7C15ULL) >> start_shift_;;
           slot = (slot + 1) & mask) {
        const Start& s = starts_[slot];
        if (s.key == key) return &s;
        if (s.key == kNoKey) return nullptr;
      }
    }

    size_t nodes_ = 1;  // the root
    std::unordered_map<uint64_t, uint32_t> building_;  // edges until Freeze
    // Open addressing over a multiplicative hash of the key, at most half
    // full: start_shift_ = 64 - log2(starts_.size()).
    std::vector<Start> starts_;
    int start_shift_ = 64;
    bool has_alone_ = false;  // a phrase of one code point was added
    // 64 - log2(words of start_bits_), at least 64 - 12 so that the word's
    // bits of the hash stay above the bits' (StartBits).
    std::vector<uint64_t> start_bits_;
    int start_bits_shift_ = 63;
    // A node of depth two or more at records_[r]: [r] its payload, [r + 1]
    // its number of children n, then n pairs of a child's code point and
    // the child's record.
    std::vector<uint32_t> records_;
  };

  // Full names (name_to_code_, place_to_code_) and false friends.
  struct Name {
    std::string code;
    bool place = false;  // a place inside the country (贵州), not its name
  };
  struct NameNode {
    static constexpr uint32_t kNoName = 0xFFFFFFFF;
    uint32_t name = kNoName;  // index in names_, if a name
    bool false_friend = false;
  };
  PhraseTrie name_trie_;
  std::vector<NameNode> name_nodes_;  // by node of name_trie_, until Freeze
  // name_trie_'s payload of a node: 0 if it is no name, else, when its
  // name's code is two capital letters (all are, as the lexicons stand),
  // kTwoLetterPayload, kPlacePayload if it is a place and the letters'
  // TwoLetterIndex in the low bits, or else its name's index in names_
  // plus one; with kFalseFriendPayload if it is a false friend. The scan
  // makes a mention from the payload alone: names_, 40 bytes a name, was
  // a cache miss per name found.
  static constexpr uint32_t kFalseFriendPayload = 0x80000000;
  static constexpr uint32_t kTwoLetterPayload = 0x40000000;
  static constexpr uint32_t kPlacePayload = 0x20000000;
  static constexpr uint32_t kNamePayloads = ~kFalseFriendPayload;
  uint32_t NamePayload(const NameNode& node) const;
  std::vector<Name> names_;
  // Adds `phrase` as a name (the first name given for a phrase wins) or a
  // false friend; false if it is malformed.
  bool AddName(std::string_view phrase, Name name);
  bool AddFalseFriend(std::string_view phrase);

  // The classes of a character that the scans and walks test at every step,
  // one byte per BMP code point: one load instead of a test per class.
  // "May start" classes are necessary conditions for an exact lookup after
  // them, so a code point past the BMP (or an invalid one) has all of them;
  // the exact classes (kPhraseBreak, kEndsClause) hold only BMP code points.
  enum CharClass : uint8_t {
    kMayStartName = 1,         // a full name or false friend (name_trie_)
    kMayAbbreviate = 2,        // a key of abbreviations_
    kMayStartCue = 4,          // a cue (cue_trie_)
    kMayStartBreakVerb = 8,    // a break verb (cue_trie_)
    kMayStartOtherEvent = 16,  // other_event_cues_
    kMayStartGeography = 32,   // geography_cues_
    kPhraseBreak = 64,         // kPhraseBreaks
    kEndsClause = 128,         // ends a clause (, 。 ; : ! ? and newline)
  };
  class CharClasses {
   public:
    void Add(char32_t c, CharClass cls) {
      if (c >= 0x10000) return;
      table_[c] |= cls;
      if (cls & kNameStop) {
        name_stop_bits_[c >> 6] |= uint64_t{1} << (c & 63);
      }
      if (cls & kMayAbbreviate) {
        abbreviation_bits_[c >> 6] |= uint64_t{1} << (c & 63);
      }
    }
    // For the full-name scan, at a character FindNameStops stopped at (c as
    // DecodeUtf8 reads it): what Of(c) tells of kMayAbbreviate exactly, and
    // kMayStartName unless the character surely starts no name. A stop of
    // the BMP past ASCII that is no abbreviation may start a name; an
    // abbreviation is said to may start one (nearly all do: 中 美 日 韩),
    // and the trie's walk finds nothing from one that does not, as from
    // any other character that starts no name. The class table is not
    // read: a cache line apiece at the stops, where abbreviation_bits_
    // holds the CJK block in 2.6 KB.
    uint8_t StopClasses(char32_t c) const {
      if (c < 0x80 || c >= 0x10000) return Of(c);
      const bool abbreviates = (abbreviation_bits_[c >> 6] >> (c & 63)) & 1;
      return kMayStartName | (abbreviates ? kMayAbbreviate : 0);
    }
    // The first code point of `phrase`.
    void AddFirstOf(std::string_view phrase, CharClass cls);
    uint8_t Of(char32_t c) const {
      constexpr uint8_t kEveryMayStart =
          kMayStartName | kMayAbbreviate | kMayStartCue | kMayStartBreakVerb |
          kMayStartOtherEvent | kMayStartGeography;
      return c < 0x10000 ? table_[c] : kEveryMayStart;
    }
    // The first position at or after `pos` (a character boundary) that
    // this does not pass over, and unless it is s.size(), Read of the
    // character there (*cp, *len, *classes), passing over at most *steps
    // characters: *steps gets how many of them are left, and when none
    // are, nothing is read. It passes over characters of none of the
    // `wanted` classes that are ASCII or a three-byte sequence led by
    // E1..EC or EE..EF (DecodeUtf8's fast cases), and stops at anything
    // else: a loop that keeps nothing but where it is, tests a lead byte
    // with one table load and a sequence's continuation bytes with one
    // load, takes about a third fewer instructions than reading each
    // character through DecodeUtf8 and Of.
    size_t Skip(std::string_view s, size_t pos, uint8_t wanted, size_t* steps,
                char32_t* cp, size_t* len, uint8_t* classes) const;
    // The positions, in order, of the characters from `pos` (a character
    // boundary) on that may start a name or be an abbreviation
    // (kMayStartName, kMayAbbreviate), read as DecodeUtf8 reads them, go
    // to stops[0, n); n, at most max_stops, is returned. *scanned gets
    // where the reading stopped (s.size() unless max_stops were found): no
    // other character of [pos, *scanned) has either class. For the
    // full-name scan, which reads every character of the text: each
    // character's position is written to stops and the count grows by
    // whether it has a class, so that which characters stop the scan is no
    // branch per character (the branch, taken at every sixth character or
    // so as the text went, mispredicted often). The caller reads each stop
    // again (one store a character cost less than keeping its code point,
    // length and classes). A three-byte character is looked up in
    // name_stop_bits_ by its bytes, not in the class table (below). The
    // positions of the middle dots (U+00B7, which join the parts of a
    // foreign name: 塔法兹瓦·奇古巴) it reads are appended to *dots: the
    // scan meets each of them (it reads every character other than
    // ASCII and three-byte ones one by one), so NamePartRanges need not
    // search the text for them again.
    size_t FindNameStops(std::string_view s, size_t pos, size_t* stops,
                         size_t max_stops, size_t* scanned,
                         std::vector<size_t>* dots) const;
    // Of(DecodeUtf8(s, pos, len)), the code point going to *cp (pos <
    // s.size()). DecodeUtf8's two fast cases (ASCII, a three-byte sequence
    // led by E1..EC or EE..EF) are repeated here, fused with the table
    // lookup: the full-name scan and the clause walks read characters with
    // it, and through DecodeUtf8 and Of (the length passing through memory,
    // Of testing for the BMP again) took more instructions.
    EVENTX_ALWAYS_INLINE uint8_t Read(std::string_view s, size_t pos,
                                      char32_t* cp, size_t* len) const {
      const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
      const unsigned b0 = p[0];
      if (b0 < 0x80) {
        *cp = b0;
        *len = 1;
        return table_[b0];
      }
      if (b0 - 0xE1u <= 0xEFu - 0xE1u && b0 != 0xED && s.size() - pos >= 3) {
        const unsigned c1 = p[1] ^ 0x80u;
        const unsigned c2 = p[2] ^ 0x80u;
        if ((c1 | c2) < 0x40) {
          const char32_t c = ((b0 - 0xE0u) << 12) | (c1 << 6) | c2;
          *cp = c;
          *len = 3;
          return table_[c];
        }
      }
      size_t n;
      const char32_t c = DecodeUtf8Slow(s, pos, &n);
      *cp = c;
      *len = n;
      return Of(c);
    }

    // Of(DecodeUtf8Before(s, pos, len)), the code point going to *cp, with
    // DecodeUtf8Before's fast cases fused likewise: for the walk back over
    // a clause.
    EVENTX_ALWAYS_INLINE uint8_t ReadBefore(std::string_view s, size_t pos,
                                            char32_t* cp, size_t* len) const {
      const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
      if (pos > 0 && p[-1] < 0x80) {
        *cp = p[-1];
        *len = 1;
        return table_[p[-1]];
      }
      if (pos >= 3) {
        const unsigned b0 = p[-3];
        const unsigned c1 = p[-2] ^ 0x80u;
        const unsigned c2 = p[-1] ^ 0x80u;
        if (b0 - 0xE1u <= 0xEFu - 0xE1u && b0 != 0xED && (c1 | c2) < 0x40) {
          const char32_t c = ((b0 - 0xE0u) << 12) | (c1 << 6) | c2;
          *cp = c;
          *len = 3;
          return table_[c];
        }
      }
      size_t n;
      const char32_t c = DecodeUtf8Before(s, pos, &n);
      *cp = c;
      *len = n;
      return Of(c);
    }
   private:
    static constexpr uint8_t kNameStop = kMayStartName | kMayAbbreviate;
    // In the finder itself (no vector): the scans index it without first
    // loading where it is.
    std::array<uint8_t, 0x10000> table_{};
    // Whether table_[c] & kNameStop, a bit per BMP code point: word c >> 6,
    // bit c & 63, which for a three-byte sequence are its bytes' low bits
    // (lead & 0x0F, second & 0x3F; third & 0x3F), so FindNameStops tests a
    // character without assembling its code point. The scan reads every
    // character of the text: in the class table the CJK block's code
    // points spread over 20 KB, a cache line per 64 of them, and its load
    // was what the scan waited for (a third of its samples); here they
    // take 2.6 KB, a line per 512.
    std::array<uint64_t, 0x10000 / 64> name_stop_bits_{};
    // Whether table_[c] & kMayAbbreviate, laid out likewise (StopClasses).
    std::array<uint64_t, 0x10000 / 64> abbreviation_bits_{};
  };
  CharClasses classes_;

  // participant_cues.tsv's kinds other_event and geography, payload 1 (a
  // PhraseSet's byte trie and hash probes cost more real time per clause).
  PhraseTrie other_event_cues_;
  PhraseTrie geography_cues_;
  // Characters of transliterated foreign names (transliteration_chars.tsv).
  std::unordered_set<char32_t> translit_;
  CodePointBits translit_bits_;  // translit_, a bit test for the BMP
  bool IsTranslit(char32_t c) const {
    return translit_bits_.MayContain(c) && (c < 0x10000 || translit_.count(c));
  }
  // Where the parts of the report's dotted foreign names (塔法兹瓦·奇古巴)
  // stand, wherever they are written: a country's name inside one (古巴 in
  // 奇古巴) is part of a person's name. `dots`: where every middle dot
  // (U+00B7) of the view stands, in order (FindFullNames).
  std::vector<std::pair<size_t, size_t>> NamePartRanges(
      std::string_view view, const std::vector<size_t>& dots) const;
  std::unordered_map<std::string, std::string> name_to_code_;
  std::unordered_map<std::string, std::string> code_to_name_;
  // code_to_name_ for the two-capital-letter codes (all of ISO 3166-1
  // alpha-2), by (first - 'A') * 26 + (second - 'A'): no string hash.
  std::vector<std::string> two_letter_names_ =
      std::vector<std::string>(26 * 26);
  static bool IsTwoLetterCode(const std::string& code) {
    return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' &&
           code[1] >= 'A' && code[1] <= 'Z';
  }
  static size_t TwoLetterIndex(const std::string& code) {
    return static_cast<size_t>(code[0] - 'A') * 26 +
           static_cast<size_t>(code[1] - 'A');
  }
  std::unordered_map<std::string, std::string> place_to_code_;
  // The abbreviations, found by code point in a table of open addressing
  // over a multiplicative hash, at most half full (an unordered_map divided
  // by a prime and followed a chain of nodes for every lookup).
  static constexpr uint32_t kNoAbbreviation = 0xFFFFFFFF;
  struct AbbreviationSlot {
    char32_t cp = 0;
    uint32_t index = kNoAbbreviation;  // in abbreviations_; kNo…: empty slot
  };
  std::vector<Abbreviation> abbreviations_;
  std::vector<AbbreviationSlot> abbreviation_slots_ =
      std::vector<AbbreviationSlot>(16);
  int abbreviation_shift_ = 28;  // 32 - log2(abbreviation_slots_.size())
  static size_t AbbreviationSlotOf(char32_t cp, int shift) {
    return static_cast<uint32_t>(cp * 0x9E3779B1u) >> shift;
  }
  // Adds the abbreviation `cp` unless it has one already.
  void AddAbbreviation(char32_t cp, Abbreviation a);
  // The abbreviation `cp` is, or null.
  const Abbreviation* AbbreviationOf(char32_t cp) const {
    const size_t mask = abbreviation_slots_.size() - 1;
    for (size_t slot = AbbreviationSlotOf(cp, abbreviation_shift_);;
         slot = (slot + 1) & mask) {
      const AbbreviationSlot& s = abbreviation_slots_[slot];
      if (s.index == kNoAbbreviation) return nullptr;
      if (s.cp == cp) return &abbreviations_[s.index];
    }
  }
  bool MayAbbreviate(char32_t c) const {
    return classes_.Of(c) & kMayAbbreviate;
  }
  // Participant cues and organisation suffixes, and kPhraseBreakVerbs, in
  // one trie; by node, what its phrase is (kCue, kUnitCue: a cue that is
  // only a sub-national unit, 省 府 道; kBreakVerb).
  enum CueNodeFlag : uint8_t { kCue = 1, kUnitCue = 2, kBreakVerb = 4 };
  PhraseTrie cue_trie_;  // payloads: CueNodeFlags
  // The last code points of kVisitVerbs, hashed into the bits of one word
  // (VisitVerbLastBit): the test before each mention's look for a visit
  // verb, where a bit table of the BMP (8 KB) cost a cache miss a mention.
  uint64_t visit_verb_lasts_ = 0;
  static uint64_t VisitVerbLastBit(char32_t c) {
    return uint64_t{1} << (static_cast<uint32_t>(c * 0x9E3779B1u) >> 26);
  }
  PhraseSet pair_event_nouns_;  // kPairEventNouns
  // Their first code points, hashed into the bits of one word
  // (VisitVerbLastBit's hash): NamesAJointEvent looks a noun up only where
  // a character may start one, not at every character after the dash.
  uint64_t pair_event_noun_firsts_ = 0;
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_EXTRACT_COUNTRIES_H_
