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

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "eventx/eventx.h"
#include "lib/text/bits.h"
#include "lib/text/utf8.h"

namespace eventx {
namespace {

// Whether p[0] and p[1] are both UTF-8 continuation bytes (10xxxxxx), read
// as one 16-bit word.
bool ContinuationPair(const unsigned char* p) {
  uint16_t pair;
  std::memcpy(&pair, p, 2);
  return (pair & 0xC0C0) == 0x8080;
}

// Writes `n` in decimal at `out`, which has room for 24 bytes; returns the
// end. A record's numbers are its spans' offsets, a few hundred or thousand
// (some sixty a record): below 10^8 the eight digits are made at once in
// the bytes of one 64-bit word (two four-digit halves, split into pairs,
// then into digits, each by a multiply and shift exact over its range),
// the leading zeros dropped by a shift and the word stored whole, with no
// branch on the number's length, where std::to_chars counted the digits
// and made them two at a time, a branch for each step.
char* WriteDecimal(char* out, size_t n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (n < 100000000) {
    // The first digit of the text in the lowest byte: the high half in
    // the low 32 bits.
    const uint64_t halves = (n / 10000) | (uint64_t{n % 10000} << 32);
    // x / 100 = (x * 10486) >> 20 for x < 43699: each half into its
    // hundreds and the rest, 16 bits each.
    const uint64_t hundreds =
        ((halves * 10486) >> 20) & 0x0000007F0000007FULL;
    const uint64_t pairs = hundreds | ((halves - 100 * hundreds) << 16);
    // x / 10 = (x * 103) >> 10 for x < 179: each pair into two digits.
    const uint64_t tens = ((pairs * 103) >> 10) & 0x000F000F000F000FULL;
    const uint64_t digits = tens | ((pairs - 10 * tens) << 8);
    // The leading zeros are the lowest zero bytes; the last digit always
    // counts, so that 0 writes "0".
    const unsigned zeros =
        static_cast<unsigned>(__builtin_ctzll(digits | (1ULL << 56))) / 8;
    const uint64_t text = (digits + 0x3030303030303030ULL) >> (8 * zeros);
    std::memcpy(out, &text, 8);
    return out + (8 - zeros);
  }
#endif
  return std::to_chars(out, out + 24, n).ptr;
}

// Writes JSON values into a string in nlohmann's dump() layout: unless
// kPretty one line without spaces; else one member or element per line,
// indented by `indent` spaces a level, "key": value, and {} / [] when empty.
// The layout is a template argument, not a flag, so that the one-line
// writer (eventx-extract's JSON lines) carries no test of it at each piece
// and its separator, a few instructions, is written inline.
//
// The text goes into a buffer written through a pointer, room made ahead
// for each piece: a record is hundreds of small pieces (keys, commas,
// numbers), and std::string::append per piece was most of the cost of
// writing one.
template <bool kPretty>
class JsonWriter {
 public:
  JsonWriter(int indent, size_t expected_size)
      : step_(kPretty ? indent : 0) {
    buffer_.resize(expected_size);
    out_ = buffer_.data();
    end_ = out_ + buffer_.size();
  }
  // out_ and end_ point into buffer_: a copy would write into another's.
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // The text written; the writer is spent.
  std::string Take() {
    buffer_.resize(static_cast<size_t>(out_ - buffer_.data()));
    return std::move(buffer_);
  }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // The key of the next member of the open object; its value follows.
  // Keys are this file's literals, plain ASCII names: never escaped. Taken
  // as arrays, so that their size is known here and the copy is a few
  // moves, not a call of memcpy (a record has some sixty keys).
  template <size_t N>
  void Key(const char (&key)[N]) {
    constexpr size_t kSize = N - 1;  // without the terminating zero
    NextItem();
    char* out = Room(kSize + 4);
    *out++ = '"';
    std::memcpy(out, key, kSize);
    out += kSize;
    *out++ = '"';
    *out++ = ':';
    if (kPretty) *out++ = ' ';
    Advance(out);
    after_key_ = true;
  }

  void String(std::string_view s) {
    BeginValue();
    AppendString(s);
  }
  // A string this file knows holds only ASCII that needs no escape: the
  // names of SPEC.md's enumerations and dates (FormatDate), copied whole
  // rather than tested a byte at a time.
  void PlainString(std::string_view s) {
    BeginValue();
    char* out = Room(s.size() + 2);
    *out++ = '"';
    std::memcpy(out, s.data(), s.size());
    out += s.size();
    *out++ = '"';
    Advance(out);
  }
  void Null() {
    BeginValue();
    Put("null", 4);
  }
  void Bool(bool b) {
    BeginValue();
    if (b) {
      Put("true", 4);
    } else {
      Put("false", 5);
    }
  }
  void Unsigned(size_t n) {
    BeginValue();
    Advance(WriteDecimal(Room(24), n));
  }

  // Shorthands for the record's recurring shapes.
  template <size_t N>
  void Member(const char (&key)[N], std::string_view value) {
    Key(key);
    String(value);
  }
  template <size_t N>
  void PlainMember(const char (&key)[N], std::string_view value) {
    Key(key);
    PlainString(value);
  }
  template <size_t N>
  void NullableMember(const char (&key)[N],
                      const std::optional<std::string>& value) {
    Key(key);
    if (value) {
      String(*value);
    } else {
      Null();
    }
  }
  template <size_t N>
  void SpanMember(const char (&key)[N], const Span& span) {
    Key(key);
    SpanValue(span);
  }
  void SpanValue(const Span& span) {
    if (kPretty) {
      BeginArray();
      Unsigned(span.begin);
      Unsigned(span.end);
      EndArray();
      return;
    }
    // On one line a span is "[begin,end]": written in one piece (records
    // hold thousands of spans).
    BeginValue();
    char* out = Room(2 * 24 + 3);
    *out++ = '[';
    out = WriteDecimal(out, span.begin);
    *out++ = ',';
    out = WriteDecimal(out, span.end);
    *out++ = ']';
    Advance(out);
  }
  template <size_t N>
  void DateMember(const char (&key)[N], const std::optional<CivilDate>& d) {
    Key(key);
    if (d) {
      PlainString(FormatDate(*d));
    } else {
      Null();
    }
  }

 private:
  // Records nest four levels deep at most; deeper input is a bug.
  static constexpr int kMaxDepth = 8;

  // A pointer to at least `n` writable bytes at the end of the text; the
  // bytes count once Advance moves past them. Inline at every piece; the
  // rare growth is a call of its own.
  EVENTX_ALWAYS_INLINE char* Room(size_t n) {
    if (Left() < n) Grow(n);
    return out_;
  }
  EVENTX_NOINLINE void Grow(size_t n) {
    const size_t used = static_cast<size_t>(out_ - buffer_.data());
    buffer_.resize(std::max(2 * buffer_.size(), used + n));
    out_ = buffer_.data() + used;
    end_ = buffer_.data() + buffer_.size();
  }
  // The bytes of room after the text.
  size_t Left() const { return static_cast<size_t>(end_ - out_); }
  void Advance(char* end) { out_ = end; }

  void Put(const char* s, size_t n) {
    char* out = Room(n);
    std::memcpy(out, s, n);
    Advance(out + n);
  }
  void PutChar(char c) {
    char* out = Room(1);
    *out = c;
    Advance(out + 1);
  }
  // A new line and the indentation of `depth`.
  void NewLine(int depth) {
    const size_t spaces = static_cast<size_t>(depth * step_);
    char* out = Room(spaces + 1);
    *out++ = '\n';
    std::memset(out, ' ', spaces);
    Advance(out + spaces);
  }

  void Open(char bracket) {
    BeginValue();
    PutChar(bracket);
    ++depth_;
    has_items_[depth_] = false;
  }

  void Close(char bracket) {
    if (kPretty && has_items_[depth_]) NewLine(depth_ - 1);
    --depth_;
    PutChar(bracket);
  }

  // Before a member or an array element: the separator and, pretty, the
  // new line and its indentation. The comma is written always and counted
  // only after an item: a branch on whether one came before went the other
  // way at each first member.
  EVENTX_ALWAYS_INLINE void NextItem() {
    bool& has_items = has_items_[depth_];
    char* out = Room(1);
    *out = ',';
    Advance(out + (has_items ? 1 : 0));
    has_items = true;
    if (kPretty) NewLine(depth_);
  }

  // A value stands after its key, as an array element, or at the top.
  void BeginValue() {
    if (after_key_) {
      after_key_ = false;
    } else if (depth_ > 0) {
      NextItem();
    }
  }

  // Appends `s` quoted and escaped. A string that is not valid UTF-8 is
  // left to nlohmann, whose replacement rules apply.
  void AppendString(std::string_view s) {
    // Room for the worst case: every byte a six-byte \u00XX escape. Near
    // the buffer's end the room is counted instead (the bytes to escape,
    // at most six bytes each; every other byte is copied as it is): a
    // record's last long text asked for six times its size and made the
    // buffer grow, a new block and a copy, for almost every record.
    size_t room = 6 * s.size() + 2;
    if (Left() < room) room = s.size() + 2 + 5 * Escaped(s);
    char* const start = Room(room);
    char* out = start;
    *out++ = '"';
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    for (size_t i = 0; i < n;) {
#if defined(__SSE2__)
      // Sixteen bytes at a time while they are copied as they are (most
      // text): one test for them all instead of one for each character.
      // The block is stored whole, sixteen bytes, even when fewer count:
      // the room holds the rest of `s` and its closing quote, at least
      // seventeen bytes.
      if (i + 16 <= n) {
        const unsigned taken = CopyBlock(p + i, out);
        if (taken != 0) {
          out += taken;
          i += taken;
          continue;
        }
      }
#endif
      const unsigned char c = p[i];
      if (static_cast<unsigned>(c - 0xE1) < 0x0F && c != 0xED &&
          i + 2 < n && ContinuationPair(p + i + 1)) {
        // Three bytes that are always well-formed (only E0 can be overlong,
        // only ED a surrogate): most of a Chinese text, so tested first
        // (the tests are exclusive: the order changes no answer). Tested
        // here rather than through DecodeUtf8: the known length makes the
        // copy three fixed moves, where DecodeUtf8's length made it a
        // memcpy call (ToJson 5.1M -> 6.1M instr over 200 reports).
        std::memcpy(out, p + i, 3);
        out += 3;
        i += 3;
      } else if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        *out++ = static_cast<char>(c);
        ++i;
      } else if (c < 0x80) {
        out = WriteEscape(c, out);
        ++i;
      } else {
        size_t len;
        if (internal::DecodeUtf8(s, i, &len) == internal::kInvalidCodePoint) {
          Advance(start);
          AppendBrokenString(s);
          return;
        }
        std::memcpy(out, p + i, len);
        out += len;
        i += len;
      }
    }
    *out++ = '"';
    Advance(out);
  }

#if defined(__SSE2__)
  // Copies the sixteen bytes at `p` to `out` when they are text written as
  // it is: ASCII that needs no escape, and characters of two bytes or of
  // three that are always well-formed (leads C2..DF; E1..EC, EE, EF: as
  // AppendString's tests), each followed by its continuation bytes.
  // Returns the bytes of the whole characters among them (a character cut
  // by the block's end is left for the next), 14 to 16; else copies
  // nothing and returns 0 (an escape, another lead, broken UTF-8). Every
  // position is tested at once, so the answer is one branch for sixteen
  // bytes of mixed Chinese and ASCII.
  static unsigned CopyBlock(const unsigned char* p, char* out) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // ASCII from ' ' up, and neither '"' nor '\\' (signed: 0x80 and up
    // are negative, so not greater than 0x1F).
    const __m128i plain = _mm_andnot_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                     _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))),
        _mm_cmpgt_epi8(bytes, _mm_set1_epi8(0x1F)));
    // Whether bytes - low, unsigned, is at most `span`.
    auto within = [bytes](char low, char span) {
      const __m128i from = _mm_sub_epi8(bytes, _mm_set1_epi8(low));
      return _mm_cmpeq_epi8(_mm_min_epu8(from, _mm_set1_epi8(span)), from);
    };
    const __m128i lead2 = within(char(0xC2), 0xDF - 0xC2);
    const __m128i lead3 =
        _mm_andnot_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(char(0xED))),
                         within(char(0xE1), 0xEF - 0xE1));
    const __m128i continuation =
        _mm_cmpeq_epi8(_mm_and_si128(bytes, _mm_set1_epi8(char(0xC0))),
                       _mm_set1_epi8(char(0x80)));
    const auto mask = [](__m128i m) {
      return static_cast<unsigned>(_mm_movemask_epi8(m));
    };
    const unsigned leads2 = mask(lead2);
    const unsigned leads3 = mask(lead3);
    const unsigned continuations = mask(continuation);
    // The continuation bytes must stand exactly after the leads.
    const unsigned expected = (leads2 << 1) | (leads3 << 1) | (leads3 << 2);
    if ((mask(plain) | leads2 | leads3 | continuations) != 0xFFFF ||
        continuations != (expected & 0xFFFF)) {
      return 0;
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), bytes);
    // A character cut by the end: a lead at 15, or a three-byte lead at 14.
    return 16 - ((leads2 | leads3) >> 15) - 2 * ((leads3 >> 14) & 1);
  }
#endif

  // How many bytes of `s` are written escaped: ASCII controls, '"', '\\'.
  // Asked of every string near the buffer's end (a record's last few),
  // so sixteen bytes are tested at once where SSE2 is available.
  static size_t Escaped(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    size_t count = 0;
    size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= s.size(); i += 16) {
      const __m128i bytes =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      // Unsigned bytes - at most 0x1F: the controls.
      const __m128i control =
          _mm_cmpeq_epi8(_mm_min_epu8(bytes, _mm_set1_epi8(0x1F)), bytes);
      const __m128i marks =
          _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                       _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')));
      count += internal::CountBits(static_cast<unsigned>(
          _mm_movemask_epi8(_mm_or_si128(control, marks))));
    }
#endif
    for (; i < s.size(); ++i) {
      const unsigned char c = p[i];
      count += c < 0x20 || c == '"' || c == '\\';
    }
    return count;
  }

  // The escape of the ASCII control or mark `c`, written at `out`; returns
  // its end.
  static char* WriteEscape(unsigned char c, char* out) {
    *out++ = '\\';
    switch (c) {
      case '\b': *out++ = 'b'; return out;
      case '\t': *out++ = 't'; return out;
      case '\n': *out++ = 'n'; return out;
      case '\f': *out++ = 'f'; return out;
      case '\r': *out++ = 'r'; return out;
      case '"': *out++ = '"'; return out;
      case '\\': *out++ = '\\'; return out;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char escape[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        std::memcpy(out, escape, sizeof escape);
        return out + sizeof escape;
      }
    }
  }

  // `s` as nlohmann writes it, quotes and all.
  void AppendBrokenString(std::string_view s) {
    std::string quoted = nlohmann::json(std::string(s)).dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
    Put(quoted.data(), quoted.size());
  }

  const int step_;
  // The text, then room. Written through out_, its end, with end_ the
  // room's end: a piece's test and step are a compare and a store, where
  // an offset made each ask for the buffer's start and size too.
  std::string buffer_;
  char* out_;
  char* end_;
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

template <bool kPretty>
std::string WriteRecord(const EventRecord& r, int indent) {
  JsonWriter<kPretty> w(indent,
                        kPretty ? 2 * EstimatedSize(r) : EstimatedSize(r));
  w.BeginObject();
  w.PlainMember("schema", "eventx/1");
  w.Member("doc_id", r.doc_id);
  w.PlainMember("script", ScriptName(r.script));
  w.NullableMember("title", r.title);
  w.DateMember("published", r.published);
  w.Key("date");
  if (r.date) {
    w.BeginObject();
    w.PlainMember("start", FormatDate(r.date->start));
    w.PlainMember("end", FormatDate(r.date->end));
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
    w.PlainMember("role", RoleName(o.role));
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
    w.PlainMember("role", RoleName(c.role));
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
    w.PlainMember("kind", KindName(a.kind));
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
  return w.Take();
}

template <bool kPretty>
std::string WriteMentions(const std::vector<DateMention>& mentions,
                          int indent) {
  JsonWriter<kPretty> w(indent, 16 + 128 * mentions.size());
  w.BeginArray();
  for (const DateMention& m : mentions) {
    w.BeginObject();
    w.Member("text", m.text);
    w.SpanMember("span", m.span);
    w.PlainMember("start", FormatDate(m.start));
    w.PlainMember("end", FormatDate(m.end));
    w.EndObject();
  }
  w.EndArray();
  return w.Take();
}

}  // namespace

std::string ToJson(const EventRecord& r, int indent) {
  return indent < 0 ? WriteRecord<false>(r, indent)
                    : WriteRecord<true>(r, indent);
}

std::string ToJson(const std::vector<DateMention>& mentions, int indent) {
  return indent < 0 ? WriteMentions<false>(mentions, indent)
                    : WriteMentions<true>(mentions, indent);
}

}  // namespace eventx
