// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// ToJson writes its text directly; these tests hold it to the bytes that
// nlohmann/json's dump() gives for the same record (the writer it replaced),
// for every indent, escapes and broken UTF-8 included.

#include <cstdint>
#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eventx/eventx.h"

namespace eventx {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::optional<std::string>& v) {
  return v ? Json(*v) : Json(nullptr);
}
Json DateJson(const std::optional<CivilDate>& d) {
  return d ? Json(FormatDate(*d)) : Json(nullptr);
}
Json SpanJson(const Span& s) { return Json::array({s.begin, s.end}); }

std::string Dump(const Json& j, int indent) {
  return j.dump(indent < 0 ? -1 : indent, ' ', false,
                Json::error_handler_t::replace);
}

// The record through an nlohmann tree, as ToJson wrote it before.
std::string ReferenceJson(const EventRecord& r, int indent) {
  Json j = Json::object();
  j["schema"] = "eventx/1";
  j["doc_id"] = r.doc_id;
  j["script"] = ScriptName(r.script);
  j["title"] = OrNull(r.title);
  j["published"] = DateJson(r.published);
  if (r.date) {
    Json d = Json::object();
    d["start"] = FormatDate(r.date->start);
    d["end"] = FormatDate(r.date->end);
    d["text"] = r.date->text;
    d["span"] = SpanJson(r.date->span);
    j["date"] = d;
  } else {
    j["date"] = nullptr;
  }
  if (r.venue) {
    Json v = Json::object();
    v["name"] = r.venue->name;
    v["text"] = r.venue->text;
    v["span"] = SpanJson(r.venue->span);
    j["venue"] = v;
  } else {
    j["venue"] = nullptr;
  }
  Json organizers = Json::array();
  for (const Organizer& o : r.organizers) {
    Json x = Json::object();
    x["name"] = o.name;
    x["role"] = RoleName(o.role);
    x["text"] = o.text;
    x["span"] = SpanJson(o.span);
    organizers.push_back(x);
  }
  j["organizers"] = organizers;
  Json countries = Json::array();
  for (const Country& c : r.countries) {
    Json spans = Json::array();
    for (const Span& s : c.spans) spans.push_back(SpanJson(s));
    Json x = Json::object();
    x["code"] = c.code;
    x["name"] = c.name;
    x["role"] = RoleName(c.role);
    x["spans"] = spans;
    countries.push_back(x);
  }
  j["countries"] = countries;
  Json officials = Json::array();
  for (const Official& o : r.officials) {
    Json x = Json::object();
    x["name"] = o.name;
    x["title"] = OrNull(o.title);
    x["organization"] = OrNull(o.organization);
    x["country"] = OrNull(o.country);
    x["text"] = o.text;
    x["span"] = SpanJson(o.span);
    officials.push_back(x);
  }
  j["officials"] = officials;
  Json agreements = Json::array();
  for (const Agreement& a : r.agreements) {
    Json x = Json::object();
    x["kind"] = KindName(a.kind);
    x["title"] = OrNull(a.title);
    x["parties"] = a.parties;
    x["signed_at_event"] = a.signed_at_event;
    x["date"] = DateJson(a.date);
    x["text"] = a.text;
    x["span"] = SpanJson(a.span);
    agreements.push_back(x);
  }
  j["agreements"] = agreements;
  return Dump(j, indent);
}

std::string ReferenceJson(const std::vector<DateMention>& mentions,
                          int indent) {
  Json j = Json::array();
  for (const DateMention& m : mentions) {
    Json x = Json::object();
    x["text"] = m.text;
    x["span"] = SpanJson(m.span);
    x["start"] = FormatDate(m.start);
    x["end"] = FormatDate(m.end);
    j.push_back(x);
  }
  return Dump(j, indent);
}

constexpr int kIndents[] = {-1, -7, 0, 1, 2, 4};

// Strings that exercise every escape and nlohmann's handling of broken
// UTF-8 (lone, truncated, overlong, surrogate, past U+10FFFF).
const std::vector<std::string>& OddStrings() {
  static const std::vector<std::string> strings = {
      "",
      "plain",
      "中文 “引号” 《标题》",
      "quote \" backslash \\ slash /",
      "\b\f\n\r\t",
      std::string("nul \0 end", 9),
      "\x01\x1f\x7f",
      "emoji \xF0\x9F\x98\x80 4 bytes",
      "lone \xFF byte",
      "cut \xE4\xB8",
      "cut at end \xE4",
      "overlong \xC0\xAF",
      "surrogate \xED\xA0\x80",
      "past unicode \xF4\x90\x80\x80",
      "\x80 leading continuation",
      "mixed \xE4\xB8\xAD \xFF \"q\" \n"};
  return strings;
}

EventRecord FullRecord(const std::string& s) {
  EventRecord r;
  r.doc_id = "doc" + s;
  r.script = Script::kMixed;
  r.title = s;
  r.published = CivilDate{2024, 5, 6};
  r.date = DateMention{{2024, 5, 6}, {2024, 5, 8}, s, {10, 20}};
  r.venue = Venue{"会议中心" + s, s, {30, 42}};
  r.organizers.push_back({s, OrganizerRole::kCoHost, "t", {1, 2}});
  r.organizers.push_back({"b", OrganizerRole::kSupporter, s, {3, 4}});
  r.countries.push_back({"KH", s, CountryRole::kParticipant, {{5, 8}, {9, 12}}});
  r.countries.push_back({"CN", "中国", CountryRole::kMentioned, {}});
  Official o;
  o.name = s;
  o.title = "部长";
  o.country = "KH";
  o.text = s;
  o.span = {100, 12345678901234ULL};
  r.officials.push_back(o);
  r.officials.push_back(Official());
  Agreement a;
  a.kind = AgreementKind::kMemorandum;
  a.title = s;
  a.parties = {s, "乙方"};
  a.signed_at_event = false;
  a.date = CivilDate{0, 3, 4};
  a.text = s;
  r.agreements.push_back(a);
  r.agreements.push_back(Agreement());
  return r;
}

TEST(JsonTest, EmptyRecordMatchesNlohmann) {
  for (int indent : kIndents) {
    EXPECT_EQ(ToJson(EventRecord(), indent),
              ReferenceJson(EventRecord(), indent))
        << indent;
  }
}

TEST(JsonTest, FullRecordMatchesNlohmann) {
  for (const std::string& s : OddStrings()) {
    EventRecord r = FullRecord(s);
    for (int indent : kIndents) {
      EXPECT_EQ(ToJson(r, indent), ReferenceJson(r, indent))
          << "indent " << indent << " string " << s;
    }
  }
}

// Long strings near the buffer's end, where the writer counts the room a
// string needs (its bytes to escape) instead of asking for six bytes a byte:
// strings all escapes, none, and broken UTF-8 after escapes.
TEST(JsonTest, LongEscapedStringsMatchNlohmann) {
  for (const std::string unit : {"\"\x01\\\n", "中文", "a\x1F中\"", "\t"}) {
    for (size_t repeats : {size_t{1}, size_t{40}, size_t{300}, size_t{1000}}) {
      std::string s;
      for (size_t i = 0; i < repeats; ++i) s += unit;
      for (const std::string& tail : {std::string(), std::string("\xE4\xB8")}) {
        EventRecord r = FullRecord(s + tail);
        for (int indent : kIndents) {
          EXPECT_EQ(ToJson(r, indent), ReferenceJson(r, indent))
              << "indent " << indent << " repeats " << repeats;
        }
      }
    }
  }
}

// Strings of text pieces in random order, so that every piece stands at
// every place of the writer's sixteen-byte blocks (copied whole when they
// hold only ASCII and well-formed characters of two or three bytes): plain
// ASCII, escapes, two-, three- and four-byte characters, the three-byte
// leads that need their second byte tested (E0, ED), and broken UTF-8
// (a stray continuation byte, a cut character, an overlong form, a
// surrogate, a byte that never starts one).
TEST(JsonTest, MixedTextAtEveryAlignmentMatchesNlohmann) {
  const std::string pieces[] = {
      "a", "Z", "~", " ", "\x7F", "\"", "\\", "\n", "\x01", "\x1F",
      "\xC2\xB7", "\xC3\xA9", "\xDF\xBF", "中", "，", "\xEF\xBF\xBF",
      "\xE0\xA0\x80", "\xED\x9F\xBF", "\xF0\x9F\x98\x80", "\x80",
      "\xE4\xB8", "\xC0\xAF", "\xED\xA0\x80", "\xF5", "\xC2"};
  // Mostly Chinese and ASCII, as in reports, with the rest among them.
  const size_t kCommon = 16;  // pieces[13] (中) repeats in the draw below
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return state >> 16;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const size_t length = next() % 80;
    const bool clean = round % 2 == 0;  // only pieces copied as they are
    for (size_t k = 0; k < length; ++k) {
      const size_t pick = next() % (std::size(pieces) + kCommon);
      const std::string& piece =
          pick >= std::size(pieces) ? pieces[13] : pieces[pick];
      if (clean && (pick == 5 || pick == 6 || pick == 7 || pick == 8 ||
                    pick == 9 || (pick >= 16 && pick < std::size(pieces)))) {
        s += "中";
        continue;
      }
      s += piece;
    }
    EventRecord r;
    r.title = s;
    r.doc_id = s.substr(0, s.size() / 2);
    EXPECT_EQ(ToJson(r, -1), ReferenceJson(r, -1)) << "round " << round;
  }
}

// The names of the enumerations and the dates are written whole, untested
// for escapes: every name, and dates of every precision, as nlohmann
// writes them.
TEST(JsonTest, EnumerationNamesAndDatesMatchNlohmann) {
  EventRecord r = FullRecord("x");
  for (Script script : {Script::kHans, Script::kHant, Script::kMixed}) {
    r.script = script;
    for (OrganizerRole role :
         {OrganizerRole::kHost, OrganizerRole::kCoHost,
          OrganizerRole::kOrganizer, OrganizerRole::kSupporter}) {
      r.organizers[0].role = role;
      for (AgreementKind kind :
           {AgreementKind::kAgreement, AgreementKind::kFrameworkAgreement,
            AgreementKind::kMemorandum, AgreementKind::kLetterOfIntent,
            AgreementKind::kContract, AgreementKind::kDeclaration,
            AgreementKind::kOther}) {
        r.agreements[0].kind = kind;
        for (int indent : kIndents) {
          EXPECT_EQ(ToJson(r, indent), ReferenceJson(r, indent));
        }
      }
    }
  }
  for (const CivilDate& d : {CivilDate{2024, 0, 0}, CivilDate{2024, 5, 0},
                             CivilDate{0, 5, 6}, CivilDate{0, 0, 0},
                             CivilDate{12345, 12, 31}}) {
    r.published = d;
    r.date->start = d;
    r.agreements[0].date = d;
    EXPECT_EQ(ToJson(r, -1), ReferenceJson(r, -1));
  }
}

TEST(JsonTest, DateMentionsMatchNlohmann) {
  std::vector<DateMention> mentions;
  for (int indent : kIndents) {
    EXPECT_EQ(ToJson(mentions, indent), ReferenceJson(mentions, indent));
  }
  for (const std::string& s : OddStrings()) {
    mentions.push_back({{2024, 1, 0}, {2024, 3, 0}, s, {0, s.size()}});
  }
  mentions.push_back({{0, 10, 29}, {0, 10, 30}, "10月29日至30日", {7, 9}});
  for (int indent : kIndents) {
    EXPECT_EQ(ToJson(mentions, indent), ReferenceJson(mentions, indent));
  }
}

// Spans' offsets are written by hand (eight digits at once below 10^8):
// every four-digit half in both halves of the number, every length and its
// edges, and numbers past 10^8 up to the largest, as nlohmann writes them.
TEST(JsonTest, SpanOffsetsMatchNlohmann) {
  std::vector<size_t> values;
  for (size_t n = 0; n < 100000; ++n) values.push_back(n);
  for (size_t high = 0; high < 10000; ++high) {
    values.push_back(high * 10000 + (high * 7919) % 10000);
  }
  // Every power of ten that size_t holds, with its neighbours; those past
  // SIZE_MAX (2 * power - 1 near the top) are left out rather than wrapped.
  for (size_t power = 1;; power *= 10) {
    values.push_back(power - 1);
    values.push_back(power);
    values.push_back(power + 1);
    if (power <= SIZE_MAX / 2) values.push_back(2 * power - 1);
    if (power <= (SIZE_MAX - power / 2) / 9) {
      values.push_back(9 * power + power / 2);
    }
    if (power > SIZE_MAX / 10) break;
  }
  values.push_back(SIZE_MAX);
  values.push_back(SIZE_MAX - 1);
  uint64_t state = 88172645463325252u;  // xorshift64
  for (int i = 0; i < 2000; ++i) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    values.push_back(static_cast<size_t>(state >> (i % 64)));
  }
  EventRecord r;
  Country c;
  c.code = "KH";
  for (size_t i = 0; i < values.size(); ++i) {
    c.spans.push_back({values[i], values[values.size() - 1 - i]});
  }
  r.countries.push_back(c);
  r.date = DateMention{{2024, 1, 2}, {2024, 1, 2}, "x", {values[7], SIZE_MAX}};
  for (int indent : {-1, 0, 2}) {
    EXPECT_EQ(ToJson(r, indent), ReferenceJson(r, indent)) << indent;
  }
}

// FormatDate formats by hand; it must read as the printf formats it replaced.
std::string PrintfDate(const CivilDate& d) {
  char buf[48];
  if (d.year > 0 && d.month > 0 && d.day > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  } else if (d.year > 0 && d.month > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else if (d.year > 0) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  } else if (d.month > 0 && d.day > 0) {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
  } else {
    return "";
  }
  return buf;
}

TEST(JsonTest, FormatDateMatchesPrintf) {
  const int values[] = {-2147483647 - 1, -5, 0, 1, 9, 10, 12, 31, 99, 100,
                        999, 1000, 2024, 9999, 10000, 123456, 2147483647};
  for (int y : values) {
    for (int m : values) {
      for (int d : values) {
        CivilDate date{y, m, d};
        EXPECT_EQ(FormatDate(date), PrintfDate(date)) << y << " " << m << " " << d;
      }
    }
  }
}

}  // namespace
}  // namespace eventx
