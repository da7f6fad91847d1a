// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The event record: plain structs, one per field of SPEC.md ("eventx/1").
// Every extracted value carries its normalized form (Simplified Chinese,
// pinyin and honorifics removed) and the exact surface `text` with the byte
// `Span` it came from in the original input.

#ifndef EVENTX_INCLUDE_EVENTX_RECORD_H_
#define EVENTX_INCLUDE_EVENTX_RECORD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace eventx {

// A half-open byte range [begin, end) into the original input (after charset
// decoding to UTF-8 when the input was not UTF-8). Every span in eventx
// follows this convention: input.substr(begin, end - begin) == text.
struct Span {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool operator==(const Span& o) const {
    return begin == o.begin && end == o.end;
  }
  bool operator!=(const Span& o) const { return !(*this == o); }
};

// A calendar date whose parts may be unknown (0). Formats as ISO 8601:
// "2024-10-29", "2024-10", "2024", or "--10-29" when only the year is unknown.
struct CivilDate {
  int year = 0;   // 0 = unknown
  int month = 0;  // 1..12, 0 = unknown
  int day = 0;    // 1..31, 0 = unknown

  bool operator==(const CivilDate& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
  bool operator!=(const CivilDate& o) const { return !(*this == o); }
};

// Returns the ISO 8601 form described at CivilDate ("" when nothing is known).
std::string FormatDate(const CivilDate& date);

// Parses "YYYY-MM-DD", "YYYY-MM", "YYYY" or "--MM-DD". Returns nullopt when
// `text` is none of these or names an impossible day.
std::optional<CivilDate> ParseDate(const std::string& text);

enum class Script {
  kHans,   // Simplified Chinese
  kHant,   // Traditional Chinese
  kMixed,  // both in comparable amounts
};

// A date mention found in the text; also the record's event date.
struct DateMention {
  CivilDate start;
  CivilDate end;     // == start for a single day
  std::string text;  // surface form, e.g. "10月29日至30日"
  Span span;
};

struct Venue {
  std::string name;  // normalized, e.g. "贵阳国际生态会议中心"
  std::string text;
  Span span;
};

enum class OrganizerRole {
  kHost,       // 主办, 举办, the visited institution
  kCoHost,     // 共同主办, 联合主办
  kOrganizer,  // 承办, 执行
  kSupporter,  // 支持, 协办, 指导
};

struct Organizer {
  std::string name;
  OrganizerRole role = OrganizerRole::kHost;
  std::string text;
  Span span;
};

enum class CountryRole {
  kParticipant,  // its government, people or organisations took part
  kMentioned,    // named only
};

struct Country {
  std::string code;  // ISO 3166-1 alpha-2, e.g. "KH"
  std::string name;  // Simplified Chinese name, e.g. "柬埔寨"
  CountryRole role = CountryRole::kMentioned;
  std::vector<Span> spans;  // every mention, in input order
};

struct Official {
  std::string name;
  std::optional<std::string> title;         // e.g. "国务秘书"
  std::optional<std::string> organization;  // e.g. "柬埔寨环境部"
  std::optional<std::string> country;       // ISO code when the text tells it
  std::string text;
  Span span;
};

enum class AgreementKind {
  kAgreement,           // 协议, 协议书, 协定
  kFrameworkAgreement,  // 框架协议
  kMemorandum,          // 备忘录, 谅解备忘录
  kLetterOfIntent,      // 意向书
  kContract,            // 合同
  kDeclaration,         // 宣言, 联合声明, 倡议书
  kOther,               // any other signed document
};

struct Agreement {
  AgreementKind kind = AgreementKind::kOther;
  std::optional<std::string> title;  // inside 《》, without the marks
  std::vector<std::string> parties;  // signing sides as written, in order
  bool signed_at_event = true;       // false when recalled from the past
  std::optional<CivilDate> date;     // when the report dates the signing
  std::string text;
  Span span;
};

// One report's event record (SPEC.md). Empty fields are nullopt or empty.
struct EventRecord {
  std::string doc_id;
  Script script = Script::kHans;
  std::optional<std::string> title;       // the report's headline
  std::optional<CivilDate> published;     // publication date from the header
  std::optional<DateMention> date;        // when the event took place
  std::optional<Venue> venue;
  std::vector<Organizer> organizers;
  std::vector<Country> countries;
  std::vector<Official> officials;
  std::vector<Agreement> agreements;
};

// Names used in JSON: "hans", "host", "participant", "memorandum", ...
const char* ScriptName(Script script);
const char* RoleName(OrganizerRole role);
const char* RoleName(CountryRole role);
const char* KindName(AgreementKind kind);

}  // namespace eventx

#endif  // EVENTX_INCLUDE_EVENTX_RECORD_H_
