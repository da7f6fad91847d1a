// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// A set of UTF-8 phrases (titles, cue words, surnames) with the lookups the
// extractors make at nearly every position of a document: is this string a
// phrase, and which phrases start or end at this byte offset.
//
// Why not a plain std::unordered_set<std::string>: probing every length at
// every position built a std::string per probe and hashed it, and that was
// most of the run time of whole-record extraction. Here keys are
// string_views into storage the set owns (a probe never allocates), and a
// table from a phrase's first (or last) code point to the byte lengths of the
// phrases that start (end) with it lets most positions be rejected with one
// integer lookup, and the rest probe only lengths that exist.
//
// The table of phrases is open addressing over a 64-bit FNV-1a hash: FNV is
// computed byte by byte, so one pass over the text at a position yields the
// hash of every prefix, and probing all candidate lengths costs one pass
// rather than one std::hash per length (the std::unordered_map this replaced
// was the largest single item in the profile of a whole record).
//
// LongestAt, past the first-character test, walks a trie of the phrases
// instead, by code point: one edge lookup per character of the text while
// some phrase still continues it, where probing the table hashed the longest
// candidate length's worth of bytes and then looked up every candidate
// length (several hundred instructions per call, at every position of every
// report). (A trie by byte took three lookups per Han character, each a
// likely cache miss in the edge table.)

#ifndef EVENTX_LIB_TEXT_PHRASE_SET_H_
#define EVENTX_LIB_TEXT_PHRASE_SET_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lib/text/utf8.h"

namespace eventx::internal {

class PhraseSet {
 public:
  static constexpr uint32_t kNotFound = 0xFFFFFFFF;

  PhraseSet() = default;
  // Keys point into storage_, so the set must not be copied member-wise.
  PhraseSet(const PhraseSet&) = delete;
  PhraseSet& operator=(const PhraseSet&) = delete;
  PhraseSet(PhraseSet&&) = default;
  PhraseSet& operator=(PhraseSet&&) = default;

  // Adds `phrase` (non-empty) and returns its id: ids are 0, 1, 2… in order
  // of first addition; adding a phrase again returns its existing id.
  uint32_t Add(std::string_view phrase);

  // The id of exactly `s`, or kNotFound.
  uint32_t Find(std::string_view s) const;
  bool Contains(std::string_view s) const { return Find(s) != kNotFound; }

  // The longest phrase of at least `min_bytes` bytes that starts at text[pos]
  // and is no longer than `max_bytes`: its length in bytes (0 if none), and
  // its id in *id when id is not null.
  EVENTX_ALWAYS_INLINE size_t LongestAt(std::string_view text, size_t pos,
                                        uint32_t* id = nullptr,
                                        size_t min_bytes = 1,
                                        size_t max_bytes = SIZE_MAX) const {
    // Inline, so that the common case (no phrase starts here) costs a bit
    // test or two at the call site.
    if (pos >= text.size()) return 0;
    if (!MayStartAt(text, pos)) return 0;
    size_t len;
    char32_t first = DecodeUtf8(text, pos, &len);
    if (first < 0x10000 && !((first_bmp_[first / 64] >> (first % 64)) & 1)) {
      return 0;
    }
    return LongestAtSlow(text, pos, first, id, min_bytes, max_bytes);
  }

  // Whether some phrase starts at a character of `text` (stepping as
  // DecodeUtf8 does). In well-formed UTF-8 that is whether text holds one.
  bool StartsAnywhereIn(std::string_view text) const {
    for (size_t pos = 0; pos < text.size();) {
      if (LongestAt(text, pos) > 0) return true;
      size_t len;
      DecodeUtf8(text, pos, &len);
      pos += len;
    }
    return false;
  }

  // The longest phrase that ends just before text[end]: its length in bytes,
  // 0 if none.
  size_t LongestEndingAt(std::string_view text, size_t end) const;

  // Calls f(length, id) for every phrase that starts at text[pos], shortest
  // first.
  template <typename F>
  void ForEachAt(std::string_view text, size_t pos, F&& f) const;

  size_t size() const { return phrases_.size(); }
  bool empty() const { return phrases_.empty(); }
  size_t max_bytes() const { return max_bytes_; }

 private:
  // Bit n (n < 63) set: some phrase of n bytes; bit 63: some of 63 or more.
  using LengthMask = uint64_t;
  static LengthMask Bit(size_t n) { return LengthMask{1} << (n < 63 ? n : 63); }

  // False when no phrase can start at text[pos] (pos < text.size()), judged
  // from its first two bytes without decoding: a phrase whose first code
  // point is well-formed and two bytes or more marks its own first two
  // bytes; any other marks every pair with its first byte. So a text
  // position is rejected only where its first character starts no phrase.
  bool MayStartAt(std::string_view text, size_t pos) const {
    if (pos + 1 >= text.size()) return true;
    const unsigned pair = BytePair(text.data() + pos);
    return (first_pairs_[pair / 64] >> (pair % 64)) & 1;
  }
  // Two bytes as one number, the first high: the pairs a text's characters
  // start with are in the rows of their first bytes (for Han text the six
  // rows of E4..E9, 32 bytes each), where the first byte low spread a Han
  // text's tests over 64 words 32 bytes apart, a cache line each. An ASCII
  // first byte is the number alone (the byte after an ASCII character
  // tells nothing: a phrase starting with one marks every pair with it), so
  // the tests at ASCII characters read 16 bytes rather than a row each.
  static unsigned BytePair(const char* p) {
    const unsigned first = static_cast<unsigned char>(p[0]);
    return first < 0x80 ? first
                        : (first << 8) | static_cast<unsigned char>(p[1]);
  }
  LengthMask StartingWith(std::string_view text, size_t pos) const;
  // LongestAt past the first-character test; `first` is the code point at
  // text[pos].
  size_t LongestAtSlow(std::string_view text, size_t pos, char32_t first,
                       uint32_t* id, size_t min_bytes, size_t max_bytes) const;
  // The same by probing the table at every candidate length: for a text
  // whose first character is not well-formed, which the trie leaves out
  // (and for any text once a phrase that starts so was added).
  size_t LongestAtByLength(std::string_view text, size_t pos, uint32_t* id,
                           size_t min_bytes, size_t max_bytes) const;

  // The trie: node 0 is the root, and an edge leads from a node by one code
  // point to a child node; the edge's `phrase` is the id of the phrase
  // spelled by the path to the child, or kNotFound (kept in the edge rather
  // than per node to save a load per character of a walk). It holds the
  // phrases that are well-formed UTF-8 throughout (all of them, in the
  // lexicons). DecodeUtf8 is strict (no overlong forms, no surrogates), so a
  // text starts with such a phrase's bytes exactly when its code points
  // decoded from there start with the phrase's: the walk by code point
  // finds what a walk by byte would.
  struct Edge {
    uint64_t key = 0;  // EdgeKey(parent, code point); 0: empty slot
    uint32_t child = 0;
    uint32_t phrase = kNotFound;
  };
  static uint64_t EdgeKey(uint32_t node, char32_t cp) {
    return ((uint64_t{node} << 21) | cp) + 1;  // code points fit in 21 bits
  }
  static size_t EdgeSlot(uint64_t key, size_t mask) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
  }
  // The edge from `node` by code point `cp`, or null.
  // REQUIRES: !edges_.empty().
  const Edge* FindEdge(uint32_t node, char32_t cp) const;
  // Adds a well-formed phrase to the trie.
  void AddToTrie(std::string_view phrase, uint32_t id);
  // Whether every code point of `phrase` decodes (DecodeUtf8).
  static bool IsWellFormed(std::string_view phrase);
  LengthMask EndingWith(std::string_view text, size_t end) const;

  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kNotFound;  // kNotFound: empty
  };
  static uint64_t HashStep(uint64_t h, unsigned char c) {
    return (h ^ c) * 0x100000001b3ULL;
  }
  static constexpr uint64_t kHashSeed = 0xcbf29ce484222325ULL;
  static uint64_t Hash(std::string_view s) {
    uint64_t h = kHashSeed;
    for (char c : s) h = HashStep(h, static_cast<unsigned char>(c));
    return h;
  }
  uint32_t FindHashed(std::string_view s, uint64_t hash) const;
  void Insert(uint64_t hash, uint32_t id);

  std::deque<std::string> storage_;  // deque: growing never moves elements
  std::vector<std::string_view> phrases_;  // by id, into storage_
  std::vector<Slot> slots_;  // a power of two, at most half full
  // Length masks by first code point. BMP code points: first_bmp_ has one
  // bit per code point (most positions of a text start no phrase, and one
  // bit test rejects them); the masks of those with a bit are
  // first_masks_[rank], rank = first_rank_[cp / 64] + the set bits below cp
  // in its word. Others (rare): first_other_.
  // (Arrays, not vectors: the inline test in LongestAt reads first_bmp_
  // without first loading where it is.)
  std::array<uint64_t, 0x10000 / 64> first_bmp_{};
  // One bit per pair of first bytes that may start a phrase (MayStartAt).
  std::array<uint64_t, 0x10000 / 64> first_pairs_{};
  std::array<uint32_t, 0x10000 / 64> first_rank_{};
  std::vector<LengthMask> first_masks_;
  // Also by that rank: the trie node the first character's bytes lead to
  // (LongestAtSlow starts its walk there, without looking up those edges:
  // three lookups in a large table for a Han character), and the id of the
  // phrase that is that character alone, or kNotFound.
  std::vector<uint32_t> first_nodes_;
  std::vector<uint32_t> first_phrases_;
  std::unordered_map<char32_t, LengthMask> first_other_;
  std::unordered_map<char32_t, LengthMask> by_last_;
  size_t max_bytes_ = 0;
  std::vector<Edge> edges_;  // a power of two, at most half full
  size_t edge_count_ = 0;    // also the number of nodes but the root
  // Every phrase is in the trie (each is well-formed UTF-8). Otherwise
  // lookups probe the table by length, which finds those too.
  bool trie_complete_ = true;
  // One bit per BMP code point that ends a phrase (by_last_ has an entry).
  std::array<uint64_t, 0x10000 / 64> last_bmp_{};
};

inline const PhraseSet::Edge* PhraseSet::FindEdge(uint32_t node,
                                                 char32_t cp) const {
  const uint64_t key = EdgeKey(node, cp);
  const size_t mask = edges_.size() - 1;
  for (size_t i = EdgeSlot(key, mask);; i = (i + 1) & mask) {
    const Edge& e = edges_[i];
    if (e.key == key) return &e;
    if (e.key == 0) return nullptr;
  }
}

template <typename F>
void PhraseSet::ForEachAt(std::string_view text, size_t pos, F&& f) const {
  if (pos >= text.size() || !MayStartAt(text, pos)) return;
  size_t len;
  const char32_t first = DecodeUtf8(text, pos, &len);
  if (first < 0x10000 && !((first_bmp_[first / 64] >> (first % 64)) & 1)) {
    return;  // no phrase starts with this character
  }
  if (first != kInvalidCodePoint && trie_complete_) {
    // The phrases along the trie path of the text, shortest first.
    if (edges_.empty()) return;
    uint32_t node = 0;
    for (size_t n = 0; pos + n < text.size();) {
      size_t cp_len;
      const char32_t cp = DecodeUtf8(text, pos + n, &cp_len);
      if (cp == kInvalidCodePoint) return;  // no phrase holds it
      const Edge* edge = FindEdge(node, cp);
      if (edge == nullptr) return;
      n += cp_len;
      if (edge->phrase != kNotFound) f(n, edge->phrase);
      node = edge->child;
    }
    return;
  }
  // A bad first byte: probe the table at each length of a phrase that
  // starts with one.
  LengthMask mask = StartingWith(text, pos);
  size_t room = text.size() - pos;
  // Only the lengths that exist: the set bits below 63, lowest first.
  for (LengthMask m = mask & ~Bit(63); m != 0; m &= m - 1) {
    size_t n = static_cast<size_t>(__builtin_ctzll(m));
    if (n > room) break;
    uint32_t id = Find(text.substr(pos, n));
    if (id != kNotFound) f(n, id);
  }
  if (mask & Bit(63)) {
    for (size_t n = 63; n <= max_bytes_ && n <= room; ++n) {
      uint32_t id = Find(text.substr(pos, n));
      if (id != kNotFound) f(n, id);
    }
  }
}

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_PHRASE_SET_H_
