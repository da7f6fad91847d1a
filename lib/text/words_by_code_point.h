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
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lib/text/utf8.h"

namespace eventx::internal {

class WordsByCodePoint {
 public:
  struct Word {
    uint32_t offset;  // of its bytes, in the index's string (BytesOf)
    uint32_t size;    // in bytes
    uint32_t value;
  };
  enum class Key { kFirst, kLast };

  // Indexes `words` (bytes, value; none empty) by their first or last code
  // point. A code point's words come longest first, words of one length in
  // the order given.
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
    slots_.assign(slots, Slot{});
    words_.clear();
    bytes_.clear();
    for (char32_t k : keys) {
      Slot& slot = slots_[SlotOf(k)];
      slot.key = k;
      slot.first = static_cast<uint32_t>(words_.size());
      for (const auto& [bytes, value] : longest_first) {
        if (KeyOf(bytes, key) != k) continue;
        words_.push_back({static_cast<uint32_t>(bytes_.size()),
                          static_cast<uint32_t>(bytes.size()), value});
        bytes_ += bytes;
      }
      slot.count = static_cast<uint32_t>(words_.size()) - slot.first;
    }
  }

  // The words keyed by `cp`, longest first: [*begin, *end), empty when
  // none is.
  void Find(char32_t cp, const Word** begin, const Word** end) const {
    const Slot& slot = slots_[SlotOf(cp)];
    *begin = words_.data() + slot.first;
    *end = *begin + slot.count;  // an empty slot's count is 0
  }

  const char* BytesOf(const Word& word) const {
    return bytes_.data() + word.offset;
  }

  // Whether the word's bytes are at `text`. REQUIRES: word.size bytes
  // readable there.
  bool Holds(const Word& word, const char* text) const {
    const char* bytes = BytesOf(word);
    // A word is a few bytes: compared inline, not by a call to memcmp.
    for (size_t i = 0; i < word.size; ++i) {
      if (text[i] != bytes[i]) return false;
    }
    return true;
  }

 private:
  struct Slot {
    char32_t key = 0;
    uint32_t first = 0;
    uint32_t count = 0;  // 0: empty
  };

  static char32_t KeyOf(std::string_view word, Key key) {
    size_t len;
    return key == Key::kLast ? DecodeUtf8Before(word, word.size(), &len)
                             : DecodeUtf8(word, 0, &len);
  }
  // The slot of `cp`, or the empty one where it would go.
  size_t SlotOf(char32_t cp) const {
    const size_t mask = slots_.size() - 1;
    size_t i = (cp * 0x9E3779B1u) >> 16 & mask;
    while (slots_[i].count != 0 && slots_[i].key != cp) i = (i + 1) & mask;
    return i;
  }

  std::vector<Slot> slots_ = std::vector<Slot>(1);  // a power of two
  std::vector<Word> words_;
  std::string bytes_;
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
