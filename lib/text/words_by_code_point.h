// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// WordsByCodePoint: a list of words (a few dozen to a few hundred, each
// with a value) indexed by their first or by their last code point, for the
// lookups the finders make at nearly every character of a scan: which words
// start (or end) here, longest first. An open-addressed table of those code
// points names, per code point, the run of its words in one array of
// (offset, size, value) into one string of all their bytes. For such a list
// that is a few hundred bytes in three arrays, where a PhraseSet's filters,
// ranks and trie edges spread one lookup over several cache lines of some
// 40 KB per list: on the machines eventx runs on, the loads of those lines
// were most of the lookups' real time.

#ifndef EVENTX_LIB_TEXT_WORDS_BY_CODE_POINT_H_
#define EVENTX_LIB_TEXT_WORDS_BY_CODE_POINT_H_

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lib/text/find_bytes.h"
#include "lib/text/utf8.h"

namespace eventx::internal {

class WordsByCodePoint {
 public:
  // Eight bytes: where a word's bytes are in the index's block, its size
  // and its value.
  struct Word {
    uint32_t offset : 22;  // of its bytes, in the index's block (BytesOf)
    uint32_t size : 10;    // in bytes
    uint32_t value;
  };
  enum class Key { kFirst, kLast };

  // Indexes `words` (bytes, value; none empty, none over 1023 bytes) by
  // their first or last code point. A code point's words come longest
  // first, words of one length in the order given.
  void Build(const std::vector<std::pair<std::string, uint32_t>>& words,
             Key key) {
    std::vector<std::pair<std::string, uint32_t>> longest_first = words;
    std::stable_sort(longest_first.begin(), longest_first.end(),
                     [](const auto& a, const auto& b) {
                       return a.first.size() > b.first.size();
                     });
    std::vector<char32_t> keys;
    for (const auto& word : longest_first) {
      const char32_t k = KeyOf(word.first, key);
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) {
        keys.push_back(k);
      }
    }
    // At most half full, so that a probe rarely reads a second slot.
    size_t slots = 8;
    while (slots < 2 * keys.size()) slots *= 2;
    mask_ = static_cast<uint32_t>(slots - 1);
    // The block: the slots, then for each key its words and right after
    // them their bytes (in whole units), so that a lookup's words and
    // bytes are mostly one cache line, next to the others'.
    std::vector<Word> block(slots, Word{0, 0, 0});
    for (char32_t k : keys) {
      const size_t first = block.size();
      std::string bytes;
      for (const auto& [w, value] : longest_first) {
        if (KeyOf(w, key) != k) continue;
        block.push_back(Word{0, static_cast<uint32_t>(w.size()), value});
        if (w.size() > kMaxField) std::abort();  // past Word::size
        bytes += w;
      }
      const size_t count = block.size() - first;
      size_t at = block.size() * sizeof(Word);
      for (size_t i = first; i < first + count; ++i) {
        block[i].offset = static_cast<uint32_t>(at);
        at += block[i].size;
      }
      if (at >= (size_t{1} << 22) || count > kMaxField) std::abort();
      const size_t bytes_at = block.size();
      block.resize(bytes_at + (bytes.size() + sizeof(Word) - 1) / sizeof(Word),
                   Word{0, 0, 0});
      // The bytes are the representation of these units (read as chars).
      std::memcpy(block.data() + bytes_at, bytes.data(), bytes.size());
      Word& slot = block[SlotOf(block.data(), k)];
      slot.value = k;
      slot.offset = static_cast<uint32_t>(first);
      slot.size = static_cast<uint32_t>(count);
    }
    block_ = std::move(block);
  }

  // The words keyed by `cp`, longest first: [*begin, *end), empty when
  // none is.
  void Find(char32_t cp, const Word** begin, const Word** end) const {
    const Word* block = block_.data();
    const Word& slot = block[SlotOf(block, cp)];
    *begin = block + slot.offset;
    *end = *begin + slot.size;  // an empty slot's count is 0
  }

  const char* BytesOf(const Word& word) const {
    return reinterpret_cast<const char*>(block_.data()) + word.offset;
  }

  // Whether the word's bytes are at `text`. REQUIRES: word.size bytes
  // readable there.
  bool Holds(const Word& word, const char* text) const {
    // A word is a few bytes: compared inline, not by a call to memcmp.
    return SameBytes(text, BytesOf(word), word.size);
  }

 private:
  static constexpr size_t kMaxField = (size_t{1} << 10) - 1;

  static char32_t KeyOf(std::string_view word, Key key) {
    size_t len;
    return key == Key::kLast ? DecodeUtf8Before(word, word.size(), &len)
                             : DecodeUtf8(word, 0, &len);
  }
  // The slot of `cp` in `block`, or the empty one where it would go. A
  // slot is a Word too: `value` its code point, `offset` its first word
  // (in units of the block), `size` its number of words (0: empty).
  size_t SlotOf(const Word* block, char32_t cp) const {
    const size_t mask = mask_;
    size_t i = (cp * 0x9E3779B1u) >> 16 & mask;
    while (block[i].size != 0 && block[i].value != cp) i = (i + 1) & mask;
    return i;
  }

  // One block, one allocation, as few cache lines per lookup as can be:
  // the slots (mask_ + 1 of them), then each key's words and their bytes.
  // One empty slot before Build. (Where slots, words and bytes were three
  // vectors, a lookup read the three headers, a slot, a word and the
  // bytes: most of them cold in the pipeline.)
  std::vector<Word> block_ = std::vector<Word>(1, Word{0, 0, 0});
  uint32_t mask_ = 0;
};

// A list of words indexed both by their first and by their last code point,
// for the finders' "which of these words starts (or ends) here" lookups at
// a scan's characters. Each lookup takes the code point its caller has
// already decoded, so a scan decodes each character once, as it chooses.
class WordIndex {
 public:
  using Word = WordsByCodePoint::Word;

  // Indexes `words` (bytes, value; none empty; no word twice).
  void Build(const std::vector<std::pair<std::string, uint32_t>>& words) {
    by_first_.Build(words, WordsByCodePoint::Key::kFirst);
    by_last_.Build(words, WordsByCodePoint::Key::kLast);
  }

  // The longest word that starts at text[pos], whose code point is `cp`,
  // and is at most `room` bytes long: its size (0: none), and its value in
  // *value when one is asked for.
  size_t LongestAt(std::string_view text, size_t pos, char32_t cp,
                   size_t room, uint32_t* value = nullptr) const {
    if (pos >= text.size()) return 0;
    room = std::min(room, text.size() - pos);
    const Word *word, *end;
    by_first_.Find(cp, &word, &end);
    for (; word != end; ++word) {
      if (word->size <= room && by_first_.Holds(*word, text.data() + pos)) {
        if (value != nullptr) *value = word->value;
        return word->size;
      }
    }
    return 0;
  }

  // The longest word that ends just before text[end]: its size (0: none).
  size_t LongestEndingAt(std::string_view text, size_t end) const {
    if (end == 0 || end > text.size()) return 0;
    size_t len;
    const Word *word, *last;
    by_last_.Find(DecodeUtf8Before(text, end, &len), &word, &last);
    for (; word != last; ++word) {
      if (word->size <= end &&
          by_last_.Holds(*word, text.data() + end - word->size)) {
        return word->size;
      }
    }
    return 0;
  }

  // Whether `s` is one of the words.
  bool Has(std::string_view s) const {
    if (s.empty()) return false;
    size_t len;
    const Word *word, *end;
    by_first_.Find(DecodeUtf8(s, 0, &len), &word, &end);
    for (; word != end; ++word) {
      if (word->size == s.size() && by_first_.Holds(*word, s.data())) {
        return true;
      }
    }
    return false;
  }

  // Calls f(size) for every word that starts at text[pos], shortest first.
  template <typename F>
  void ForEachAt(std::string_view text, size_t pos, F&& f) const {
    if (pos >= text.size()) return;
    size_t len;
    const Word *begin, *word;
    by_first_.Find(DecodeUtf8(text, pos, &len), &begin, &word);
    while (word != begin) {
      --word;
      if (word->size <= text.size() - pos &&
          by_first_.Holds(*word, text.data() + pos)) {
        f(size_t{word->size});
      }
    }
  }

 private:
  WordsByCodePoint by_first_;
  WordsByCodePoint by_last_;
};

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_WORDS_BY_CODE_POINT_H_
