// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/assemble/signatories.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "lib/lexicons/lexicons.h"
#include "lib/text/find_bytes.h"
#include "lib/text/phrase_set.h"
#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

// A part of a dotted name shorter than this (in bytes: two Han characters)
// is too common to stand for the person alone.
constexpr size_t kMinNamePartBytes = 6;

// Verbs that end the signatories' part of an agreement's text.
constexpr std::string_view kSigningVerbs[] = {"签署", "签订", "签约", "签字",
                                              "交换"};

// The strings a person may be named by: the full name and, for a dotted
// name (沙赫里约尔·图尔苏诺夫), each part long enough. Calls f on each, in
// that order, until f returns true; returns whether one did. (Views into
// o.name: a vector of copies cost an allocation per official per party.)
template <typename F>
bool AnyNameOf(const Official& o, F&& f) {
  static constexpr std::string_view kDot = "·";
  std::string_view name = o.name;
  if (f(name)) return true;
  if (name.find(kDot) == std::string_view::npos) return false;
  size_t start = 0;
  while (start <= name.size()) {
    size_t dot = name.find(kDot, start);
    size_t end = dot == std::string_view::npos ? name.size() : dot;
    if (end - start >= kMinNamePartBytes &&
        f(name.substr(start, end - start))) {
      return true;
    }
    if (dot == std::string_view::npos) break;
    start = dot + kDot.size();
  }
  return false;
}

// The official a party string is: it starts with one of their names.
const Official* PersonOf(std::string_view party,
                         const std::vector<Official>& officials) {
  for (const Official& o : officials) {
    // StartsWithAt compares inline: a string_view == called memcmp for
    // every name of every official for every party.
    if (AnyNameOf(o, [party](std::string_view key) {
          return StartsWithAt(party, 0, key);
        })) {
      return &o;
    }
  }
  return nullptr;
}

// Endings of a body's or a place's name (organization_suffixes.tsv, and
// 省 市 县 州 道 for provinces and cities that sign).
const PhraseSet& NameEndings() {
  static const PhraseSet* set = [] {
    auto* s = new PhraseSet;
    const lexicons::Lexicon& t = lexicons::kOrganizationSuffixes;
    for (size_t r = 0; r < t.rows; ++r) s->Add(t.Cell(r, 0));
    for (std::string_view unit : {"省", "市", "县", "州", "道"}) s->Add(unit);
    return s;
  }();
  return *set;
}

// 分别代表河海大学、乔莫·肯雅塔农业与技术大学和中国科学院中非联合研究中心:
// the sides listed after 代表, when each piece is a body's or a place's name.
std::vector<std::string> SidesAfterDaibiao(std::string_view before) {
  static constexpr std::string_view kOnBehalf = "代表";
  size_t at = before.rfind(kOnBehalf);
  if (at == std::string_view::npos) return {};
  std::string_view list = before.substr(at + kOnBehalf.size());
  std::vector<std::string> sides;
  size_t start = 0;
  auto close = [&](size_t end) {
    std::string_view piece = list.substr(start, end - start);
    size_t ending = NameEndings().LongestEndingAt(piece, piece.size());
    if (ending == 0 || ending == piece.size()) return false;
    sides.emplace_back(piece);
    return true;
  };
  for (size_t p = 0; p < list.size();) {
    size_t len;
    char32_t c = DecodeUtf8(list, p, &len);
    bool separator = c == U'、' || c == U'和' || c == U'与' || c == U'及';
    // A separator counts only after a whole name: 农业与技术大学 holds 与.
    if (separator && p > start &&
        NameEndings().LongestEndingAt(list.substr(0, p), p) > 0) {
      if (!close(p)) return {};
      start = p + len;
    } else if (!IsHan(c) && c != 0x00B7 && c != '(' && c != ')') {
      // 以视频方式, 在北京: the list has ended.
      list = list.substr(0, p);
      break;
    }
    p += len;
  }
  if (start < list.size() && !close(list.size())) return {};
  if (sides.size() < 2) return {};
  return sides;
}

// Whether b stands in a. By FindBytes: std::string_view::find stops at every
// byte equal to a Chinese word's first, and those repeat all through a text.
bool Contains(std::string_view a, std::string_view b) {
  return FindBytes(a, b) != std::string_view::npos;
}

// Every party of `a` is inside some party of `b` or holds one.
bool SameSides(const Agreement& a, const Agreement& b) {
  if (a.parties.size() != b.parties.size() || a.parties.empty()) return false;
  for (const std::string& pa : a.parties) {
    bool found = false;
    for (const std::string& pb : b.parties) {
      found = found || Contains(pa, pb) || Contains(pb, pa);
    }
    if (!found) return false;
  }
  return true;
}

// The visiting side of a visit report: the body named right before 代表团
// in the lead (荷兰莱茵兰水务局代表团一行到访…); empty when none.
std::string VisitingBody(const Document& doc) {
  constexpr size_t kLeadSentences = 4;
  static constexpr std::string_view kDelegation = "代表团";
  std::string_view view = doc.view();
  size_t seen = 0;
  for (const Sentence& s : doc.sentences()) {
    if (seen++ == kLeadSentences) break;
    std::string_view text = view.substr(s.begin, s.end - s.begin);
    size_t at = FindBytes(text, kDelegation);
    if (at == std::string_view::npos) continue;
    // The Han run ending at 代表团.
    size_t b = at;
    while (b > 0) {
      size_t len;
      if (!IsHan(DecodeUtf8Before(text, b, &len))) break;
      b -= len;
    }
    std::string_view run = text.substr(b, at - b);
    // Its longest tail that is a body's name: skip leading words until the
    // rest ends with a body's suffix and starts where a name can.
    size_t ending = NameEndings().LongestEndingAt(run, run.size());
    if (ending == 0 || ending == run.size()) continue;
    return std::string(run);
  }
  return "";
}

}  // namespace

void ResolveSignatories(const Document& doc,
                        const std::vector<Official>& officials,
                        const std::vector<Organizer>& organizers,
                        std::vector<Agreement>* agreements) {
  std::string_view view = doc.view();
  for (Agreement& a : *agreements) {
    // The people named before the signing verb, in text order.
    size_t vb = doc.ViewOffset(a.span.begin);
    size_t ve = std::max(vb, doc.ViewOffset(a.span.end));
    std::string_view text = view.substr(vb, ve - vb);
    // The earliest verb: each is searched for only where it would start
    // before the earliest found so far, not through the whole text.
    size_t verb = text.size();
    for (std::string_view v : kSigningVerbs) {
      const size_t reach = std::min(text.size(), verb + v.size() - 1);
      verb = std::min(verb, FindBytes(text.substr(0, reach), v));
    }
    std::string_view before = text.substr(0, verb);
    // The sides written after 代表 are the surest reading of all.
    std::vector<std::string> listed = SidesAfterDaibiao(before);
    if (!listed.empty()) {
      a.parties = std::move(listed);
      continue;
    }
    std::vector<std::pair<size_t, const Official*>> named;
    for (const Official& o : officials) {
      if (!o.organization) continue;
      size_t at = std::string_view::npos;
      AnyNameOf(o, [&](std::string_view key) {
        at = std::min(at, FindBytes(before, key));
        return false;  // every name: the earliest counts
      });
      if (at != std::string_view::npos) named.emplace_back(at, &o);
    }
    std::sort(named.begin(), named.end());

    // The finder's parties are weaker evidence than the signatories when
    // they are people, or were read from elsewhere (双方 resolved to an
    // earlier sentence) rather than from this text.
    bool sides_word = Contains(before, "双方") || Contains(before, "三方") ||
                      Contains(before, "各方");
    bool weak = a.parties.empty();
    bool all_people = !a.parties.empty();
    for (const std::string& p : a.parties) {
      all_people = all_people && PersonOf(p, officials) != nullptr;
      // Parties read from the document's own title are the surest.
      bool in_title = a.title && Contains(*a.title, p);
      weak = weak || (sides_word && !in_title &&
                      !Contains(before, p));
    }
    // A party cut short of the body its signatory belongs to (生态环境部对外
    // 合作 of 生态环境部对外合作与交流中心): the bodies are the better reading.
    bool cut_short = false;
    for (const std::string& p : a.parties) {
      for (const auto& [at, o] : named) {
        const std::string& org = *o->organization;
        cut_short = cut_short || (org.size() > p.size() &&
                                  Contains(org, p));
      }
    }
    cut_short = cut_short && named.size() == a.parties.size();
    if ((weak || all_people || cut_short) && named.size() >= 2) {
      std::vector<std::string> sides;
      for (const auto& [at, o] : named) {
        if (std::find(sides.begin(), sides.end(), *o->organization) ==
            sides.end()) {
          sides.push_back(*o->organization);
        }
      }
      if (sides.size() >= 2) {
        a.parties = std::move(sides);
        continue;
      }
    }
    for (std::string& p : a.parties) {
      const Official* o = PersonOf(p, officials);
      if (o != nullptr && o->organization) p = *o->organization;
    }
  }

  // 双方签署 with no sides read, in a report of a visit: the host and the
  // visiting delegation's body are the two sides.
  const Organizer* host = nullptr;
  size_t hosts = 0;
  for (const Organizer& o : organizers) {
    if (o.role == OrganizerRole::kHost) {
      host = &o;
      ++hosts;
    }
  }
  if (hosts == 1) {
    std::string visitor;
    bool looked = false;
    for (Agreement& a : *agreements) {
      if (!a.parties.empty()) continue;
      size_t vb = doc.ViewOffset(a.span.begin);
      size_t ve = std::max(vb, doc.ViewOffset(a.span.end));
      if (!Contains(view.substr(vb, ve - vb), "双方")) {
        continue;
      }
      if (!looked) {
        visitor = VisitingBody(doc);
        looked = true;
      }
      if (visitor.empty() || visitor == host->name) continue;
      a.parties = {host->name, visitor};
    }
  }

  // One document told twice: keep the titled telling, else the first. The
  // agreements kept are gathered at the front of the vector, in order, and
  // the rest erased (not moved into a new vector: most reports have no
  // duplicate, and each move of an Agreement is several strings').
  const auto begin = agreements->begin();
  auto kept_end = begin;
  for (auto it = begin; it != agreements->end(); ++it) {
    Agreement& a = *it;
    auto same = std::find_if(begin, kept_end, [&a](const Agreement& k) {
      return k.kind == a.kind && k.signed_at_event == a.signed_at_event &&
             SameSides(a, k);
    });
    if (same == kept_end) {
      if (kept_end != it) *kept_end = std::move(a);
      ++kept_end;
    } else if (!same->title && a.title) {
      *same = std::move(a);
    }
  }
  agreements->erase(kept_end, agreements->end());
}

}  // namespace eventx::internal
