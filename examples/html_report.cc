// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "html_report.h"

#include <algorithm>
#include <string>
#include <vector>

namespace eventx_examples {
namespace {

struct Highlight {
  eventx::Span span;
  const char* field;  // CSS class and legend name
  std::string value;  // normalized value, shown on hover
};

void AppendEscaped(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '&': *out += "&amp;"; break;
      case '<': *out += "&lt;"; break;
      case '>': *out += "&gt;"; break;
      case '"': *out += "&quot;"; break;
      case '\'': *out += "&#39;"; break;
      default: out->push_back(c);
    }
  }
}

std::string Escaped(std::string_view s) {
  std::string out;
  AppendEscaped(s, &out);
  return out;
}

std::string DateValue(const eventx::DateMention& d) {
  std::string s = eventx::FormatDate(d.start);
  if (d.end != d.start) s += " – " + eventx::FormatDate(d.end);
  return s;
}

std::vector<Highlight> Collect(const eventx::EventRecord& r) {
  std::vector<Highlight> out;
  if (r.date) out.push_back({r.date->span, "date", DateValue(*r.date)});
  if (r.venue) out.push_back({r.venue->span, "venue", r.venue->name});
  for (const auto& o : r.organizers) {
    out.push_back({o.span, "organizer",
                   o.name + " (" + eventx::RoleName(o.role) + ")"});
  }
  for (const auto& c : r.countries) {
    for (const auto& s : c.spans) {
      out.push_back({s, "country", c.code + " " + c.name + " (" +
                                       eventx::RoleName(c.role) + ")"});
    }
  }
  for (const auto& o : r.officials) {
    std::string v = o.name;
    if (o.title) v += " · " + *o.title;
    if (o.organization) v += " · " + *o.organization;
    if (o.country) v += " · " + *o.country;
    out.push_back({o.span, "official", v});
  }
  for (const auto& a : r.agreements) {
    std::string v = eventx::KindName(a.kind);
    if (a.title) v += " 《" + *a.title + "》";
    for (const auto& p : a.parties) v += " | " + p;
    out.push_back({a.span, "agreement", v});
  }
  return out;
}

// Text with non-overlapping highlights: where values overlap (a country
// inside an official's text) the outer, earlier one is drawn.
std::string RenderText(std::string_view input, std::vector<Highlight> hs,
                       size_t* drawn) {
  std::stable_sort(hs.begin(), hs.end(), [](const auto& a, const auto& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
  std::string out;
  size_t pos = 0;
  *drawn = 0;
  for (const Highlight& h : hs) {
    if (h.span.begin < pos || h.span.end > input.size() ||
        h.span.begin >= h.span.end) {
      continue;
    }
    AppendEscaped(input.substr(pos, h.span.begin - pos), &out);
    out += "<mark class=\"";
    out += h.field;
    out += "\" title=\"";
    AppendEscaped(h.value, &out);
    out += "\">";
    AppendEscaped(input.substr(h.span.begin, h.span.size()), &out);
    out += "</mark>";
    pos = h.span.end;
    ++*drawn;
  }
  AppendEscaped(input.substr(pos), &out);
  return out;
}

void Row(const std::string& field, const std::string& cls,
         const std::string& value, std::string* out) {
  *out += "<tr><th><span class=\"swatch " + cls + "\"></span>" +
          Escaped(field) + "</th><td>" + Escaped(value) + "</td></tr>\n";
}

}  // namespace

std::string RenderHtml(std::string_view input,
                       const eventx::EventRecord& r) {
  size_t drawn = 0;
  std::string text = RenderText(input, Collect(r), &drawn);
  std::string table;
  Row("published", "", r.published ? eventx::FormatDate(*r.published) : "—",
      &table);
  Row("date", "date", r.date ? DateValue(*r.date) : "—", &table);
  Row("venue", "venue", r.venue ? r.venue->name : "—", &table);
  for (const auto& o : r.organizers) {
    Row("organizer", "organizer",
        o.name + " (" + eventx::RoleName(o.role) + ")", &table);
  }
  for (const auto& c : r.countries) {
    Row("country", "country",
        c.code + " " + c.name + " (" + eventx::RoleName(c.role) + ")", &table);
  }
  for (const auto& o : r.officials) {
    std::string v = o.name;
    if (o.title) v += " · " + *o.title;
    if (o.organization) v += " · " + *o.organization;
    if (o.country) v += " · " + *o.country;
    Row("official", "official", v, &table);
  }
  for (const auto& a : r.agreements) {
    std::string v = eventx::KindName(a.kind);
    if (a.title) v += " 《" + *a.title + "》";
    for (const auto& p : a.parties) v += " | " + p;
    if (!a.signed_at_event) v += " (recalled)";
    Row("agreement", "agreement", v, &table);
  }

  std::string page;
  page += "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<title>eventx: " + Escaped(r.doc_id) + "</title>\n";
  page += R"(<style>
body { font: 15px/1.7 system-ui, "Noto Sans CJK SC", sans-serif; margin: 0; display: flex; gap: 24px; padding: 20px; }
#text { flex: 3; white-space: pre-wrap; }
#record { flex: 2; position: sticky; top: 0; align-self: flex-start; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { white-space: nowrap; font-weight: 600; }
mark { border-radius: 3px; padding: 0 1px; cursor: help; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 2px; }
.date { background: #ffe08a; } .venue { background: #b5e3ff; }
.organizer { background: #d7c4ff; } .country { background: #bff0c4; }
.official { background: #ffc9c9; } .agreement { background: #ffd6a8; }
#status { color: #666; font-size: 13px; }
</style>
</head>
<body>
)";
  page += "<div id=\"text\">" + text + "</div>\n";
  page += "<div id=\"record\"><h2>" + Escaped(r.doc_id.empty() ? "record" : r.doc_id) +
          "</h2>\n<p id=\"status\" data-expected=\"" + std::to_string(drawn) +
          "\">loading</p>\n<table>\n" + table + "</table></div>\n";
  // The status line is written by script once the page has loaded, so a
  // headless browser test can tell a rendered page from a raw file.
  page += R"(<script>
document.addEventListener("DOMContentLoaded", function () {
  var n = document.querySelectorAll("#text mark").length;
  document.getElementById("status").textContent = "highlights: " + n;
});
</script>
</body>
</html>
)";
  return page;
}

}  // namespace eventx_examples
