// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// SPEC.md's JSON, written directly as text. Keys keep SPEC.md's order so
// records read the same way the contract is written.
//
// The bytes are exactly those nlohmann/json's dump() gives for the same
// record as an ordered_json (ensure_ascii off, invalid UTF-8 replaced):
// the same escapes, the same layout for every indent. Building the
// nlohmann tree and then serializing it cost several times more than the
// text itself; nlohmann still writes the rare string holding broken UTF-8,
// so its replacement rules stay its own.

#include <charconv>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "eventx/eventx.h"
#include "lib/text/utf8.h"

namespace eventx {
namespace {

// Writes JSON values into a string in nlohmann's dump() layout: with
// `indent` < 0 one line without spaces; else one member or element per line,
// indented by `indent` spaces a level, "key": value, and {} / [] when empty.
class JsonWriter {
 public:
  JsonWriter(int indent, std::string* out)
      : pretty_(indent >= 0), step_(indent < 0 ? 0 : indent), out_(out) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // The key of the next member of the open object; its value follows.
  void Key(std::string_view key) {
    NextItem();
    AppendString(key);
    out_->append(pretty_ ? "\": " : "\":", pretty_ ? 3 : 2);
    after_key_ = true;
  }

  void String(std::string_view s) {
    BeginValue();
    AppendString(s);
    out_->push_back('"');
  }
  void Null() {
    BeginValue();
    out_->append("null", 4);
  }
  void Bool(bool b) {
    BeginValue();
    if (b) {
      out_->append("true", 4);
    } else {
      out_->append("false", 5);
    }
  }
  void Unsigned(size_t n) {
    BeginValue();
    char buf[24];
    char* end = std::to_chars(buf, buf + sizeof buf, n).ptr;
    out_->append(buf, end - buf);
  }

  // Shorthands for the record's recurring shapes.
  void Member(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void NullableMember(std::string_view key,
                      const std::optional<std::string>& value) {
    Key(key);
    if (value) {
      String(*value);
    } else {
      Null();
    }
  }
  void SpanMember(std::string_view key, const Span& span) {
    Key(key);
    SpanValue(span);
  }
  void SpanValue(const Span& span) {
    BeginArray();
    Unsigned(span.begin);
    Unsigned(span.end);
    EndArray();
  }
  void DateMember(std::string_view key, const std::optional<CivilDate>& d) {
    Key(key);
    if (d) {
      String(FormatDate(*d));
    } else {
      Null();
    }
  }

 private:
  // Records nest four levels deep at most; deeper input is a bug.
  static constexpr int kMaxDepth = 8;

  void Open(char bracket) {
    BeginValue();
    out_->push_back(bracket);
    ++depth_;
    has_items_[depth_] = false;
  }

  void Close(char bracket) {
    if (has_items_[depth_] && pretty_) {
      out_->push_back('\n');
      out_->append(static_cast<size_t>((depth_ - 1) * step_), ' ');
    }
    --depth_;
    out_->push_back(bracket);
  }

  // Before a member or an array element: the separator and, pretty, the
  // new line and its indentation.
  void NextItem() {
    if (has_items_[depth_]) out_->push_back(',');
    has_items_[depth_] = true;
    if (pretty_) {
      out_->push_back('\n');
      out_->append(static_cast<size_t>(depth_ * step_), ' ');
    }
  }

  // A value stands after its key, as an array element, or at the top.
  void BeginValue() {
    if (after_key_) {
      after_key_ = false;
    } else if (depth_ > 0) {
      NextItem();
    }
  }

  // Appends '"' and `s` escaped, without the closing quote. A string that
  // is not valid UTF-8 is left to nlohmann, whose replacement rules apply.
  void AppendString(std::string_view s) {
    out_->push_back('"');
    const size_t mark = out_->size();
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < s.size();) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x80) {
        size_t len;
        if (internal::DecodeUtf8(s, i, &len) == internal::kInvalidCodePoint) {
          out_->resize(mark - 1);
          AppendBrokenString(s);
          return;
        }
        i += len;
        continue;
      }
      if (c >= 0x20 && c != '"' && c != '\\') {
        ++i;
        continue;
      }
      out_->append(s.data() + run, i - run);
      AppendEscape(c);
      run = ++i;
    }
    out_->append(s.data() + run, s.size() - run);
  }

  void AppendEscape(unsigned char c) {
    switch (c) {
      case '\b': out_->append("\\b", 2); return;
      case '\t': out_->append("\\t", 2); return;
      case '\n': out_->append("\\n", 2); return;
      case '\f': out_->append("\\f", 2); return;
      case '\r': out_->append("\\r", 2); return;
      case '"': out_->append("\\\"", 2); return;
      case '\\': out_->append("\\\\", 2); return;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u',          '0',
                               '0',  kHex[c >> 4], kHex[c & 0xF]};
        out_->append(escape, sizeof escape);
        return;
      }
    }
  }

  // `s` as nlohmann writes it, quotes and all, minus the closing quote
  // (String adds it).
  void AppendBrokenString(std::string_view s) {
    std::string quoted = nlohmann::json(std::string(s)).dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
    out_->append(quoted, 0, quoted.size() - 1);
  }

  const bool pretty_;
  const int step_;
  std::string* out_;
  int depth_ = 0;
  bool has_items_[kMaxDepth + 1] = {};
  bool after_key_ = false;
};

// A first guess at the record's size, so the text grows without copies.
size_t EstimatedSize(const EventRecord& r) {
  size_t n = 512 + r.doc_id.size() + (r.title ? r.title->size() : 0);
  if (r.date) n += 96 + r.date->text.size();
  if (r.venue) n += 96 + r.venue->name.size() + r.venue->text.size();
  for (const Organizer& o : r.organizers) n += 96 + o.name.size() + o.text.size();
  for (const Country& c : r.countries) n += 96 + 24 * c.spans.size();
  for (const Official& o : r.officials) n += 160 + o.name.size() + o.text.size();
  for (const Agreement& a : r.agreements) n += 192 + a.text.size();
  return n;
}

}  // namespace

std::string ToJson(const EventRecord& r, int indent) {
  std::string out;
  out.reserve(indent < 0 ? EstimatedSize(r) : 2 * EstimatedSize(r));
  JsonWriter w(indent, &out);
  w.BeginObject();
  w.Member("schema", "eventx/1");
  w.Member("doc_id", r.doc_id);
  w.Member("script", ScriptName(r.script));
  w.NullableMember("title", r.title);
  w.DateMember("published", r.published);
  w.Key("date");
  if (r.date) {
    w.BeginObject();
    w.Member("start", FormatDate(r.date->start));
    w.Member("end", FormatDate(r.date->end));
    w.Member("text", r.date->text);
    w.SpanMember("span", r.date->span);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("venue");
  if (r.venue) {
    w.BeginObject();
    w.Member("name", r.venue->name);
    w.Member("text", r.venue->text);
    w.SpanMember("span", r.venue->span);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("organizers");
  w.BeginArray();
  for (const Organizer& o : r.organizers) {
    w.BeginObject();
    w.Member("name", o.name);
    w.Member("role", RoleName(o.role));
    w.Member("text", o.text);
    w.SpanMember("span", o.span);
    w.EndObject();
  }
  w.EndArray();
  w.Key("countries");
  w.BeginArray();
  for (const Country& c : r.countries) {
    w.BeginObject();
    w.Member("code", c.code);
    w.Member("name", c.name);
    w.Member("role", RoleName(c.role));
    w.Key("spans");
    w.BeginArray();
    for (const Span& s : c.spans) w.SpanValue(s);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("officials");
  w.BeginArray();
  for (const Official& o : r.officials) {
    w.BeginObject();
    w.Member("name", o.name);
    w.NullableMember("title", o.title);
    w.NullableMember("organization", o.organization);
    w.NullableMember("country", o.country);
    w.Member("text", o.text);
    w.SpanMember("span", o.span);
    w.EndObject();
  }
  w.EndArray();
  w.Key("agreements");
  w.BeginArray();
  for (const Agreement& a : r.agreements) {
    w.BeginObject();
    w.Member("kind", KindName(a.kind));
    w.NullableMember("title", a.title);
    w.Key("parties");
    w.BeginArray();
    for (const std::string& p : a.parties) w.String(p);
    w.EndArray();
    w.Key("signed_at_event");
    w.Bool(a.signed_at_event);
    w.DateMember("date", a.date);
    w.Member("text", a.text);
    w.SpanMember("span", a.span);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

std::string ToJson(const std::vector<DateMention>& mentions, int indent) {
  std::string out;
  out.reserve(16 + 128 * mentions.size());
  JsonWriter w(indent, &out);
  w.BeginArray();
  for (const DateMention& m : mentions) {
    w.BeginObject();
    w.Member("text", m.text);
    w.SpanMember("span", m.span);
    w.Member("start", FormatDate(m.start));
    w.Member("end", FormatDate(m.end));
    w.EndObject();
  }
  w.EndArray();
  return out;
}

}  // namespace eventx
