// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// SPEC.md's JSON through nlohmann/json. Keys keep SPEC.md's order (ordered
// JSON) so records read the same way the contract is written.

#include <string>

#include <nlohmann/json.hpp>

#include "eventx/eventx.h"

namespace eventx {
namespace {

using Json = nlohmann::ordered_json;

Json SpanJson(const Span& s) { return Json::array({s.begin, s.end}); }

template <typename T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json DateJson(const std::optional<CivilDate>& d) {
  return d ? Json(FormatDate(*d)) : Json(nullptr);
}

std::string Dump(const Json& j, int indent) {
  // Values come from validated UTF-8, but replace rather than throw if a
  // bug ever lets a broken sequence through.
  return j.dump(indent < 0 ? -1 : indent, ' ', false,
                Json::error_handler_t::replace);
}

}  // namespace

std::string ToJson(const EventRecord& r, int indent) {
  Json j;
  j["schema"] = "eventx/1";
  j["doc_id"] = r.doc_id;
  j["script"] = ScriptName(r.script);
  j["title"] = OrNull(r.title);
  j["published"] = DateJson(r.published);
  if (r.date) {
    j["date"] = Json{{"start", FormatDate(r.date->start)},
                     {"end", FormatDate(r.date->end)},
                     {"text", r.date->text},
                     {"span", SpanJson(r.date->span)}};
  } else {
    j["date"] = nullptr;
  }
  if (r.venue) {
    j["venue"] = Json{{"name", r.venue->name},
                      {"text", r.venue->text},
                      {"span", SpanJson(r.venue->span)}};
  } else {
    j["venue"] = nullptr;
  }
  j["organizers"] = Json::array();
  for (const Organizer& o : r.organizers) {
    j["organizers"].push_back(Json{{"name", o.name},
                                   {"role", RoleName(o.role)},
                                   {"text", o.text},
                                   {"span", SpanJson(o.span)}});
  }
  j["countries"] = Json::array();
  for (const Country& c : r.countries) {
    Json spans = Json::array();
    for (const Span& s : c.spans) spans.push_back(SpanJson(s));
    j["countries"].push_back(Json{{"code", c.code},
                                  {"name", c.name},
                                  {"role", RoleName(c.role)},
                                  {"spans", spans}});
  }
  j["officials"] = Json::array();
  for (const Official& o : r.officials) {
    j["officials"].push_back(Json{{"name", o.name},
                                  {"title", OrNull(o.title)},
                                  {"organization", OrNull(o.organization)},
                                  {"country", OrNull(o.country)},
                                  {"text", o.text},
                                  {"span", SpanJson(o.span)}});
  }
  j["agreements"] = Json::array();
  for (const Agreement& a : r.agreements) {
    j["agreements"].push_back(Json{{"kind", KindName(a.kind)},
                                   {"title", OrNull(a.title)},
                                   {"parties", a.parties},
                                   {"signed_at_event", a.signed_at_event},
                                   {"date", DateJson(a.date)},
                                   {"text", a.text},
                                   {"span", SpanJson(a.span)}});
  }
  return Dump(j, indent);
}

std::string ToJson(const std::vector<DateMention>& mentions, int indent) {
  Json j = Json::array();
  for (const DateMention& m : mentions) {
    j.push_back(Json{{"text", m.text},
                     {"span", SpanJson(m.span)},
                     {"start", FormatDate(m.start)},
                     {"end", FormatDate(m.end)}});
  }
  return Dump(j, indent);
}

}  // namespace eventx
