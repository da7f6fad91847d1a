// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/phrase_set.h"

#include <algorithm>

#include "lib/text/bits.h"
#include "lib/text/utf8.h"

namespace eventx::internal {
uint32_t PhraseSet::Add(std::string_view phrase) {
  if (phrase.empty()) return kNotFound;
  uint64_t hash = Hash(phrase);
  uint32_t existing = FindHashed(phrase, hash);
  if (existing != kNotFound) return existing;
  storage_.emplace_back(phrase);
  std::string_view key = storage_.back();
  uint32_t id = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back(key);
  if ((phrases_.size()) * 2 > slots_.size()) {
    // Grow to keep the table at most half full, and re-insert.
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
    for (const Slot& s : old) {
      if (s.id != kNotFound) Insert(s.hash, s.id);
    }
  }
  Insert(hash, id);

  size_t len;
  char32_t first = DecodeUtf8(key, 0, &len);
  const size_t len_first = len;
  if (first != kInvalidCodePoint && len >= 2) {
    const unsigned pair = BytePair(key.data());
    first_pairs_[pair / 64] |= uint64_t{1} << (pair % 64);
  } else {
    // The byte after an ASCII or bad first byte may be anything: mark every
    // pair that starts with this one.
    char bytes[2] = {key[0], 0};
    for (int second = 0; second < 256; ++second) {
      bytes[1] = static_cast<char>(second);
      const unsigned pair = BytePair(bytes);
      first_pairs_[pair / 64] |= uint64_t{1} << (pair % 64);
    }
  }
  uint32_t rank = 0;  // of a BMP first character
  if (first < 0x10000) {
    uint64_t& word = first_bmp_[first / 64];
    uint64_t bit = uint64_t{1} << (first % 64);
    rank = first_rank_[first / 64] +
           static_cast<uint32_t>(CountBits(word & (bit - 1)));
    if (!(word & bit)) {
      // A new first character: make room for its mask; the ranks of the
      // words above move up by one.
      word |= bit;
      first_masks_.insert(first_masks_.begin() + rank, 0);
      first_nodes_.insert(first_nodes_.begin() + rank, 0);
      first_phrases_.insert(first_phrases_.begin() + rank, kNotFound);
      for (size_t w = first / 64 + 1; w < first_rank_.size(); ++w) {
        ++first_rank_[w];
      }
    }
    first_masks_[rank] |= Bit(key.size());
  } else {
    first_other_[first] |= Bit(key.size());
  }
  const char32_t last = DecodeUtf8Before(key, key.size(), &len);
  by_last_[last] |= Bit(key.size());
  if (last < 0x10000) last_bmp_[last / 64] |= uint64_t{1} << (last % 64);
  max_bytes_ = std::max(max_bytes_, key.size());
  if (IsWellFormed(key)) {
    AddToTrie(key, id);
    if (first < 0x10000) {
      // The node after the first character (in the trie now).
      first_nodes_[rank] = FindEdge(0, first)->child;
      if (key.size() == len_first) first_phrases_[rank] = id;
    }
  } else {
    trie_complete_ = false;
  }
  return id;
}

bool PhraseSet::IsWellFormed(std::string_view phrase) {
  for (size_t pos = 0; pos < phrase.size();) {
    size_t len;
    if (DecodeUtf8(phrase, pos, &len) == kInvalidCodePoint) return false;
    pos += len;
  }
  return true;
}

void PhraseSet::AddToTrie(std::string_view phrase, uint32_t id) {
  uint32_t node = 0;
  Edge* edge = nullptr;
  for (size_t pos = 0; pos < phrase.size();) {
    size_t len;
    const char32_t cp = DecodeUtf8(phrase, pos, &len);  // well-formed
    pos += len;
    edge = edges_.empty() ? nullptr : const_cast<Edge*>(FindEdge(node, cp));
    if (edge == nullptr) {
      if ((edge_count_ + 1) * 2 > edges_.size()) {
        // Grow to keep the table at most half full, and re-insert.
        std::vector<Edge> old = std::move(edges_);
        edges_.assign(std::max<size_t>(64, old.size() * 2), Edge{});
        const size_t mask = edges_.size() - 1;
        for (const Edge& e : old) {
          if (e.key == 0) continue;
          size_t i = EdgeSlot(e.key, mask);
          while (edges_[i].key != 0) i = (i + 1) & mask;
          edges_[i] = e;
        }
      }
      const uint64_t key = EdgeKey(node, cp);
      const size_t mask = edges_.size() - 1;
      size_t i = EdgeSlot(key, mask);
      while (edges_[i].key != 0) i = (i + 1) & mask;
      ++edge_count_;
      edges_[i] = Edge{key, static_cast<uint32_t>(edge_count_), kNotFound};
      edge = &edges_[i];
    }
    node = edge->child;
  }
  edge->phrase = id;  // phrase is not empty: there is a last edge
}

void PhraseSet::Insert(uint64_t hash, uint32_t id) {
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i].id == kNotFound) {
      slots_[i] = Slot{hash, id};
      return;
    }
  }
}

uint32_t PhraseSet::FindHashed(std::string_view s, uint64_t hash) const {
  if (slots_.empty()) return kNotFound;
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == kNotFound) return kNotFound;
    if (slot.hash == hash && phrases_[slot.id] == s) return slot.id;
  }
}

uint32_t PhraseSet::Find(std::string_view s) const {
  return FindHashed(s, Hash(s));
}

PhraseSet::LengthMask PhraseSet::StartingWith(std::string_view text,
                                              size_t pos) const {
  if (pos >= text.size()) return 0;
  size_t len;
  char32_t first = DecodeUtf8(text, pos, &len);
  if (first < 0x10000) {
    uint64_t word = first_bmp_[first / 64];
    uint64_t bit = uint64_t{1} << (first % 64);
    if (!(word & bit)) return 0;
    return first_masks_[first_rank_[first / 64] +
                        static_cast<uint32_t>(
                            CountBits(word & (bit - 1)))];
  }
  auto it = first_other_.find(first);
  return it == first_other_.end() ? 0 : it->second;
}

PhraseSet::LengthMask PhraseSet::EndingWith(std::string_view text,
                                            size_t end) const {
  if (end == 0 || end > text.size()) return 0;
  size_t len;
  const char32_t last = DecodeUtf8Before(text, end, &len);
  // Most characters end no phrase: one bit test, not a hash lookup.
  if (last < 0x10000 && !((last_bmp_[last / 64] >> (last % 64)) & 1)) return 0;
  auto it = by_last_.find(last);
  return it == by_last_.end() ? 0 : it->second;
}

size_t PhraseSet::LongestAtSlow(std::string_view text, size_t pos,
                                char32_t first, uint32_t* id, size_t min_bytes,
                                size_t max_bytes) const {
  if (first == kInvalidCodePoint || !trie_complete_) {
    return LongestAtByLength(text, pos, id, min_bytes, max_bytes);
  }
  if (edges_.empty()) return 0;
  const size_t hi = std::min({max_bytes, max_bytes_, text.size() - pos});
  if (min_bytes == 0) min_bytes = 1;
  uint32_t node = 0;
  size_t best = 0;
  uint32_t best_id = kNotFound;
  size_t n = 0;  // bytes walked
  if (first < 0x10000) {
    // The first step, by the first character, ends at the node kept for it
    // (text[pos] is its strict encoding, the same bytes as the phrases').
    const size_t first_bytes = first < 0x80 ? 1 : first < 0x800 ? 2 : 3;
    const uint64_t word = first_bmp_[first / 64];
    const uint64_t bit = uint64_t{1} << (first % 64);
    if (first_bytes > hi || (word & bit) == 0) return 0;
    const size_t rank = first_rank_[first / 64] +
                        static_cast<size_t>(CountBits(word & (bit - 1)));
    node = first_nodes_[rank];
    if (first_phrases_[rank] != kNotFound && first_bytes >= min_bytes) {
      best = first_bytes;
      best_id = first_phrases_[rank];
    }
    n = first_bytes;
  }
  // A character that would take the walk past hi ends no phrase that fits.
  const std::string_view window = text.substr(0, pos + hi);
  while (pos + n < window.size()) {
    size_t cp_len;
    const char32_t cp = DecodeUtf8(window, pos + n, &cp_len);
    if (cp == kInvalidCodePoint) break;  // no phrase holds it
    const Edge* edge = FindEdge(node, cp);
    if (edge == nullptr) break;
    n += cp_len;
    if (edge->phrase != kNotFound && n >= min_bytes) {
      best = n;
      best_id = edge->phrase;
    }
    node = edge->child;
  }
  if (best != 0 && id != nullptr) *id = best_id;
  return best;
}

size_t PhraseSet::LongestAtByLength(std::string_view text, size_t pos,
                                    uint32_t* id, size_t min_bytes,
                                    size_t max_bytes) const {
  LengthMask mask = StartingWith(text, pos);
  if (mask == 0) return 0;
  size_t hi = std::min({max_bytes, max_bytes_, text.size() - pos});
  if (min_bytes == 0) min_bytes = 1;
  // 63 bytes or more: rare, probed one length at a time.
  for (size_t n = hi; n >= 63 && n >= min_bytes && (mask & Bit(63)); --n) {
    uint32_t found = Find(text.substr(pos, n));
    if (found != kNotFound) {
      if (id) *id = found;
      return n;
    }
  }
  // Below 63: only the lengths that exist, highest first.
  LengthMask m = mask & ~Bit(63);
  if (hi < 63) m &= (Bit(hi) << 1) - 1;
  m &= ~(Bit(min_bytes) - 1);
  if (m == 0) return 0;
  // The hash of every prefix up to the longest candidate, in one pass.
  size_t longest = static_cast<size_t>(63 - __builtin_clzll(m));
  uint64_t prefix_hash[63];
  uint64_t h = kHashSeed;
  for (size_t n = 1; n <= longest; ++n) {
    h = HashStep(h, static_cast<unsigned char>(text[pos + n - 1]));
    prefix_hash[n - 1] = h;
  }
  for (; m != 0; m &= ~Bit(63 - __builtin_clzll(m))) {
    size_t n = static_cast<size_t>(63 - __builtin_clzll(m));
    uint32_t found = FindHashed(text.substr(pos, n), prefix_hash[n - 1]);
    if (found != kNotFound) {
      if (id) *id = found;
      return n;
    }
  }
  return 0;
}

size_t PhraseSet::LongestEndingAt(std::string_view text, size_t end) const {
  LengthMask mask = EndingWith(text, end);
  if (mask == 0) return 0;
  size_t hi = std::min(max_bytes_, end);
  for (size_t n = hi; n >= 63 && (mask & Bit(63)); --n) {
    if (Find(text.substr(end - n, n)) != kNotFound) return n;
  }
  LengthMask m = mask & ~Bit(63);
  if (hi < 63) m &= (Bit(hi) << 1) - 1;
  for (; m != 0; m &= ~Bit(63 - __builtin_clzll(m))) {
    size_t n = static_cast<size_t>(63 - __builtin_clzll(m));
    if (Find(text.substr(end - n, n)) != kNotFound) return n;
  }
  return 0;
}

}  // namespace eventx::internal
