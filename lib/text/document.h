// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Document: one report as every extractor sees it. Built once per Extract()
// call from the original bytes: UTF-8 validated, markup and pinyin removed,
// characters folded (and converted to Simplified when the report is
// Traditional), split into sentences, with a byte map back to the original.

#ifndef EVENTX_LIB_TEXT_DOCUMENT_H_
#define EVENTX_LIB_TEXT_DOCUMENT_H_

#include <string>
#include <string_view>
#include <vector>

#include "eventx/record.h"
#include "lib/text/mapped_text.h"
#include "lib/text/simplify.h"

namespace eventx::internal {

// A sentence or line of the view: [begin, end) in view bytes.
struct Sentence {
  size_t begin = 0;
  size_t end = 0;
};

class Document {
 public:
  // Runs the text pipeline over `original`, which must outlive the Document.
  // `simplify` may be null (no Traditional→Simplified conversion).
  // REQUIRES: original.size() < 2^32.
  Document(std::string_view original, const SimplifyTable* simplify);

  std::string_view original() const { return original_; }
  // The normalized text all rules match on.
  std::string_view view() const { return view_.text(); }
  Script script() const { return script_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  // Where the report's own text ends (FindBodyEnd, lib/text/body.h): credits,
  // related news and copyright blocks lie beyond.
  size_t body_end() const { return body_end_; }

  // The original span of view bytes [begin, end).
  Span ToOriginal(size_t begin, size_t end) const {
    return view_.ToOriginal(begin, end);
  }
  // The first view offset whose original position is at or after
  // `original` (the inverse of ToOriginal, for spans found by other means).
  size_t ViewOffset(size_t original) const;
  // The original bytes of a span.
  std::string Surface(Span span) const {
    return std::string(original_.substr(span.begin, span.size()));
  }
  // The normalized value of view bytes [begin, end): whitespace removed.
  std::string Value(size_t begin, size_t end) const;

  // The sentence holding view offset `pos` (the last one if past the end).
  const Sentence& SentenceAt(size_t pos) const;

 private:
  std::string_view original_;
  MappedText view_;
  Script script_ = Script::kHans;
  std::vector<Sentence> sentences_;
  size_t body_end_ = 0;
};

// Classifies text by counting Traditional-only and Simplified-only
// characters: kHans when Traditional ones are absent or rare, kHant when
// Simplified ones are, kMixed otherwise.
Script DetectScript(std::string_view text, const SimplifyTable& table);

// Splits `view` at sentence ends (。!?; and line breaks), trimming spaces.
std::vector<Sentence> SplitSentences(std::string_view view);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_DOCUMENT_H_
