// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The Extractor: builds every finder once, then per report runs the
// pipeline that the folder layout spells out: text/ (decode, clean,
// normalize with an offset map, segment) → extract/ (one finder per field)
// → assembly here → json.cc.

#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "eventx/eventx.h"
#include "lib/assemble/signatories.h"
#include "lib/extract/agreements.h"
#include "lib/extract/countries.h"
#include "lib/extract/dates.h"
#include "lib/extract/officials.h"
#include "lib/extract/organizers.h"
#include "lib/extract/venue.h"
#include "lib/text/document.h"
#include "lib/text/phrase_set.h"
#include "lib/text/simplify.h"
#include "lib/text/utf8.h"

namespace eventx {
namespace internal {
namespace {

// Reports are a few kilobytes; a 64 MiB one is a mistake (a binary dump, a
// concatenated crawl). Beyond this only the head is read, so memory stays
// bounded (the offset map costs 9 bytes per byte) and the record is partial.
constexpr size_t kMaxInputBytes = size_t{64} << 20;

// The headline: the first line near the top that reads like one.
constexpr size_t kTitleSearchBytes = 3000;
constexpr size_t kTitleMinHan = 6;
constexpr size_t kTitleMaxCodePoints = 100;

std::string_view BoundedInput(std::string_view input) {
  if (input.size() <= kMaxInputBytes) return input;
  size_t cut = kMaxInputBytes;
  // Do not split a UTF-8 sequence: back up over continuation bytes.
  while (cut > 0 && (static_cast<unsigned char>(input[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return input.substr(0, cut);
}

// A headline of the genre names its event; menus, ads and captions do not.
PhraseSet EventWords() {
  static constexpr std::string_view kEventWords[] = {
      "举行", "举办", "召开", "开幕", "签署", "签约", "会见", "会谈", "访",
      "合作", "论坛", "会议", "交流", "研讨", "座谈", "对话", "出席", "启动",
      "成立", "建立", "推动", "共建", "携手", "拜会", "调研", "考察", "揭牌"};
  PhraseSet words;
  for (std::string_view w : kEventWords) words.Add(w);
  return words;
}

// `event_words`: EventWords(). The view is well-formed UTF-8, so a word
// starting at one of a line's characters is a word in the line.
std::optional<std::string> FindTitle(const Document& doc,
                                     const PhraseSet& event_words) {
  std::string_view view = doc.view();
  size_t line_begin = 0;
  while (line_begin < view.size() && line_begin < kTitleSearchBytes) {
    size_t line_end = view.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = view.size();
    std::string_view line = view.substr(line_begin, line_end - line_begin);
    line_begin = line_end + 1;
    // Its size alone turns a line away when it cannot hold kTitleMinHan Han
    // characters (three bytes each at least) or must hold more than
    // kTitleMaxCodePoints code points (four bytes each at most): blank
    // lines, menu items, stamps and whole paragraphs, before any search.
    if (line.size() < 3 * kTitleMinHan ||
        line.size() > 4 * kTitleMaxCodePoints) {
      continue;
    }
    // A headline is one line of prose, not a sentence of the body (。, or
    // commas), a menu (bars) or a header stamp. These cheap tests come
    // first: they turn away most lines before their characters are counted.
    if (line.find(',') != std::string_view::npos ||
        line.find('|') != std::string_view::npos ||
        line.find("。") != std::string_view::npos) {
      continue;
    }
    // Its Han characters and code points, in one pass that stops as soon
    // as the line is too long to be a headline (a page may be one line).
    size_t han = 0;
    size_t code_points = 0;
    for (size_t i = 0;
         i < line.size() && code_points <= kTitleMaxCodePoints;
         ++code_points) {
      size_t n;
      if (IsHan(DecodeUtf8(line, i, &n))) ++han;
      i += n;
    }
    if (han >= kTitleMinHan && code_points <= kTitleMaxCodePoints &&
        event_words.StartsAnywhereIn(line) &&
        line.find("来源") == std::string_view::npos &&
        line.find("发布时间") == std::string_view::npos &&
        line.find("首页") == std::string_view::npos) {
      const size_t begin = static_cast<size_t>(line.data() - view.data());
      std::string value = doc.Value(begin, begin + line.size());
      if (!value.empty()) return value;
    }
  }
  return std::nullopt;
}

// Whether two country codes are the same, compared here rather than by
// std::string's ==, which called memcmp for each of a report's mentions,
// for each official with a country. Two letters (every code as the
// lexicons stand) are compared together, with no branch on whether the
// first matched; longer codes byte by byte.
bool SameCode(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() == 2) return (a[0] == b[0]) & (a[1] == b[1]);
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

// Marks as participant every mention of a country some official belongs
// to. The officials' distinct codes are gathered first (a report's
// officials mostly share one country or two), then each mention is
// compared with those few: a pass over the mentions for each official
// compared the same codes again and again, a mispredicted loop exit each.
void MarkOfficialsCountries(const std::vector<Official>& officials,
                            std::vector<CountryMention>* mentions) {
  constexpr size_t kMaxCodes = 8;
  std::string_view codes[kMaxCodes];
  size_t count = 0;
  // Marks the mentions of the gathered codes. Every mention is compared
  // and its flag written, marked or not, matched or not: branches on
  // those went either way from one mention to the next.
  const auto mark = [&] {
    for (CountryMention& m : *mentions) {
      bool official = false;
      for (size_t k = 0; k < count; ++k) official |= SameCode(m.code, codes[k]);
      m.participant |= official;
    }
    count = 0;
  };
  for (const Official& o : officials) {
    if (!o.country) continue;
    const std::string_view code = *o.country;
    bool known = false;
    for (size_t k = 0; k < count && !known; ++k) {
      known = SameCode(codes[k], code);
    }
    if (known) continue;
    if (count == kMaxCodes) mark();  // rare: more countries than room
    codes[count++] = code;
  }
  if (count > 0) mark();
}

DateMention ToMention(const Document& doc, const ViewDate& d) {
  DateMention m;
  m.start = d.start;
  m.end = d.end_date;
  m.span = doc.ToOriginal(d.begin, d.end);
  m.text = doc.Surface(m.span);
  return m;
}

class ExtractorImpl final : public Extractor {
 public:
  static Status Create(std::unique_ptr<const Extractor>* out) {
    Status status;
    const SimplifyTable* simplify = SimplifyTable::Get(&status);
    if (simplify == nullptr) return status;
    std::unique_ptr<ExtractorImpl> impl(new ExtractorImpl(simplify));
    status = DateFinder::Create(&impl->dates_);
    if (!status.ok()) return status;
    status = CountryFinder::Create(simplify, &impl->countries_);
    if (!status.ok()) return status;
    // venue: create
    status = VenueFinder::Create(*impl->countries_, &impl->venue_);
    if (!status.ok()) return status;
    // organizers: create
    status = OrganizerFinder::Create(&impl->organizers_);
    if (!status.ok()) return status;
    // officials: create
    status = OfficialFinder::Create(impl->countries_.get(), &impl->officials_);
    if (!status.ok()) return status;
    // agreements: create
    status = AgreementFinder::Create(*impl->countries_, &impl->agreements_);
    if (!status.ok()) return status;
    *out = std::move(impl);
    return Status::Ok();
  }

  EventRecord Extract(std::string_view input,
                      const Options& options) const override {
    EventRecord record;
    record.doc_id = options.doc_id;
    Document doc(BoundedInput(input), simplify_);
    record.script = doc.script();
    record.title = FindTitle(doc, event_words_);

    // Where numbers stand, found once for the three date searches.
    const NumeralRuns numerals = DateFinder::ScanNumerals(doc.view());
    std::optional<ViewDate> published =
        dates_->FindPublished(doc.view(), numerals);
    if (published) record.published = published->start;
    std::vector<ViewDate> dates =
        dates_->FindAll(doc.view(), numerals, Anchor(published, options));
    if (std::optional<ViewDate> event = dates_->ChooseEventDate(
            doc.view(), numerals, dates, published)) {
      record.date = ToMention(doc, *event);
    }

    // venue: find
    record.venue = venue_->Find(doc);
    // officials: find
    std::vector<CountryMention> mentions = countries_->FindMentions(
        doc, record.date ? record.date->start.year : 0);
    record.officials = officials_->Find(doc, mentions);
    // organizers: find (the venue and the receiving official may name the
    // host of a visit)
    record.organizers = organizers_->Find(doc, record.venue, record.officials);
    // agreements: find (the country mentions name the sides of 两国)
    record.agreements = agreements_->Find(doc, dates, mentions);
    // Parties named by the people who signed stand for their bodies.
    ResolveSignatories(doc, record.officials, record.organizers,
                       &record.agreements);

    // An official's country took part (SPEC.md "countries": officials are
    // participant evidence), wherever else it is named.
    MarkOfficialsCountries(record.officials, &mentions);
    record.countries = countries_->Assemble(doc, mentions);
    return record;
  }

  std::vector<DateMention> FindDates(std::string_view input,
                                     const Options& options) const override {
    Document doc(BoundedInput(input), simplify_);
    const NumeralRuns numerals = DateFinder::ScanNumerals(doc.view());
    std::optional<ViewDate> published =
        dates_->FindPublished(doc.view(), numerals);
    std::vector<DateMention> out;
    for (const ViewDate& d :
         dates_->FindAll(doc.view(), numerals, Anchor(published, options))) {
      out.push_back(ToMention(doc, d));
    }
    return out;
  }

 private:
  explicit ExtractorImpl(const SimplifyTable* simplify)
      : simplify_(simplify), event_words_(EventWords()) {}

  // Years of dates written without one come from the report's own
  // publication date, else from the caller's reference date.
  static std::optional<CivilDate> Anchor(
      const std::optional<ViewDate>& published, const Options& options) {
    if (published && published->start.year != 0) return published->start;
    return options.reference_date;
  }

  const SimplifyTable* simplify_;  // process-wide, never freed
  const PhraseSet event_words_;    // for FindTitle
  std::unique_ptr<const DateFinder> dates_;
  std::unique_ptr<const CountryFinder> countries_;
  // venue: member
  std::unique_ptr<const VenueFinder> venue_;
  // organizers: member
  std::unique_ptr<const OrganizerFinder> organizers_;
  // officials: member
  std::unique_ptr<const OfficialFinder> officials_;
  // agreements: member
  std::unique_ptr<const AgreementFinder> agreements_;
};

}  // namespace
}  // namespace internal

Status Extractor::Create(std::unique_ptr<const Extractor>* out) {
  if (out == nullptr) {
    return Status(StatusCode::kInvalidArgument, "Extractor::Create: null out");
  }
  out->reset();
  try {
    return internal::ExtractorImpl::Create(out);
  } catch (const std::bad_alloc&) {
    return Status(StatusCode::kResourceExhausted,
                  "Extractor::Create: out of memory");
  }
}

}  // namespace eventx
