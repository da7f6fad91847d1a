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

namespace {

// Objects are filled member by member and values moved in: nlohmann's
// initializer-list constructor copies every element once more, and those
// copies and their destruction were two thirds of the cost of a record.
Json Object() { return Json(Json::value_t::object); }

void Put(Json* object, const char* key, Json value) {
  object->emplace(key, std::move(value));
}

Json SpanValue(const Span& s) {
  Json a(Json::value_t::array);
  a.get_ref<Json::array_t&>().reserve(2);
  a.push_back(s.begin);
  a.push_back(s.end);
  return a;
}

}  // namespace

std::string ToJson(const EventRecord& r, int indent) {
  Json j = Object();
  Put(&j, "schema", "eventx/1");
  Put(&j, "doc_id", r.doc_id);
  Put(&j, "script", ScriptName(r.script));
  Put(&j, "title", OrNull(r.title));
  Put(&j, "published", DateJson(r.published));
  if (r.date) {
    Json d = Object();
    Put(&d, "start", FormatDate(r.date->start));
    Put(&d, "end", FormatDate(r.date->end));
    Put(&d, "text", r.date->text);
    Put(&d, "span", SpanValue(r.date->span));
    Put(&j, "date", std::move(d));
  } else {
    Put(&j, "date", nullptr);
  }
  if (r.venue) {
    Json v = Object();
    Put(&v, "name", r.venue->name);
    Put(&v, "text", r.venue->text);
    Put(&v, "span", SpanValue(r.venue->span));
    Put(&j, "venue", std::move(v));
  } else {
    Put(&j, "venue", nullptr);
  }
  Json organizers(Json::value_t::array);
  for (const Organizer& o : r.organizers) {
    Json x = Object();
    Put(&x, "name", o.name);
    Put(&x, "role", RoleName(o.role));
    Put(&x, "text", o.text);
    Put(&x, "span", SpanValue(o.span));
    organizers.push_back(std::move(x));
  }
  Put(&j, "organizers", std::move(organizers));
  Json countries(Json::value_t::array);
  for (const Country& c : r.countries) {
    Json spans(Json::value_t::array);
    for (const Span& s : c.spans) spans.push_back(SpanValue(s));
    Json x = Object();
    Put(&x, "code", c.code);
    Put(&x, "name", c.name);
    Put(&x, "role", RoleName(c.role));
    Put(&x, "spans", std::move(spans));
    countries.push_back(std::move(x));
  }
  Put(&j, "countries", std::move(countries));
  Json officials(Json::value_t::array);
  for (const Official& o : r.officials) {
    Json x = Object();
    Put(&x, "name", o.name);
    Put(&x, "title", OrNull(o.title));
    Put(&x, "organization", OrNull(o.organization));
    Put(&x, "country", OrNull(o.country));
    Put(&x, "text", o.text);
    Put(&x, "span", SpanValue(o.span));
    officials.push_back(std::move(x));
  }
  Put(&j, "officials", std::move(officials));
  Json agreements(Json::value_t::array);
  for (const Agreement& a : r.agreements) {
    Json x = Object();
    Put(&x, "kind", KindName(a.kind));
    Put(&x, "title", OrNull(a.title));
    Put(&x, "parties", a.parties);
    Put(&x, "signed_at_event", a.signed_at_event);
    Put(&x, "date", DateJson(a.date));
    Put(&x, "text", a.text);
    Put(&x, "span", SpanValue(a.span));
    agreements.push_back(std::move(x));
  }
  Put(&j, "agreements", std::move(agreements));
  return Dump(j, indent);
}

std::string ToJson(const std::vector<DateMention>& mentions, int indent) {
  Json j = Json::array();
  for (const DateMention& m : mentions) {
    j.push_back(Json{{"text", m.text},
                     {"span", SpanValue(m.span)},
                     {"start", FormatDate(m.start)},
                     {"end", FormatDate(m.end)}});
  }
  return Dump(j, indent);
}

}  // namespace eventx
