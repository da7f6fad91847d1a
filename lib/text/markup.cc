// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/markup.h"

#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "lib/text/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eventx::internal {
namespace {

// A tag longer than this is not a tag but text that happens to hold '<'.
constexpr size_t kMaxTagBytes = 512;
constexpr size_t kMaxEntityBytes = 10;

bool StartsWithNoCase(std::string_view s, size_t pos, std::string_view prefix) {
  if (s.size() - pos < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[pos + i])) != prefix[i]) {
      return false;
    }
  }
  return true;
}

bool IsAsciiAlnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Tags after which text starts a new block; they become "\n".
bool IsBlockTag(std::string_view tag) {
  static constexpr const char* kBlock[] = {
      "p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3",
      "h4", "h5", "h6", "ul", "ol", "table", "section", "article", "hr"};
  for (const char* b : kBlock) {
    if (tag == b) return true;
  }
  return false;
}

// Decodes the entity at s[pos] ('&'); returns "" when it is not one we know.
std::string DecodeEntity(std::string_view s, size_t pos, size_t* len) {
  size_t rel = s.substr(pos + 1, kMaxEntityBytes).find(';');
  if (rel == std::string_view::npos) return "";
  size_t semi = pos + 1 + rel;
  std::string_view body = s.substr(pos + 1, semi - pos - 1);
  *len = semi + 1 - pos;
  std::string out;
  if (!body.empty() && body[0] == '#') {
    char32_t cp = 0;
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return "";
    for (char c : digits) {
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (hex && std::isxdigit(static_cast<unsigned char>(c))) {
        v = std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
      } else {
        return "";
      }
      cp = cp * (hex ? 16 : 10) + v;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      cp = kReplacementChar;
    }
    AppendUtf8(cp, &out);
    return out;
  }
  static constexpr struct {
    const char* name;
    const char* text;
  } kNamed[] = {
      {"nbsp", " "},      {"amp", "&"},       {"lt", "<"},
      {"gt", ">"},        {"quot", "\""},     {"apos", "'"},
      {"middot", "·"},    {"mdash", "—"},     {"ndash", "-"},
      {"ldquo", "“"},     {"rdquo", "”"},     {"lsquo", "‘"},
      {"rsquo", "’"},     {"hellip", "…"},    {"ensp", " "},
      {"emsp", " "},      {"thinsp", " "},    {"bull", "·"},
  };
  for (const auto& e : kNamed) {
    if (body == e.name) return e.text;
  }
  return "";
}

// Whether the four bytes before a ':' at `colon` spell "data" in any case
// (what StartsWithNoCase(s, colon - 4, "data") tells, without a tolower call
// per byte: only 'D' and 'd' lower to 'd', and so on).
bool DataBeforeColon(std::string_view s, size_t colon) {
  if (colon < 4) return false;
  const char* p = s.data() + colon - 4;
  return (p[0] | 0x20) == 'd' && (p[1] | 0x20) == 'a' && (p[2] | 0x20) == 't' &&
         (p[3] | 0x20) == 'a';
}

}  // namespace

// Whether `s` has a tag, an entity or a data: URI to remove. Most reports
// have none, and then the pass and its copy of the offset map are skipped.
bool MayHoldMarkup(std::string_view s) {
  // One pass for '<', '&' and ':' (a colon counts after "data"), sixty-four
  // bytes at a time where SSE2 is available (most texts hold none of them,
  // and few colons), where three memchr passes read the text three times
  // and the colon test called tolower per byte.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i open = _mm_set1_epi8('<');
  const __m128i ampersand = _mm_set1_epi8('&');
  const __m128i colon = _mm_set1_epi8(':');
  for (; i + 64 <= s.size(); i += 64) {
    __m128i markup = _mm_setzero_si128();
    __m128i colons = _mm_setzero_si128();
    for (size_t k = 0; k < 64; k += 16) {
      const __m128i b =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + k));
      markup = _mm_or_si128(
          markup,
          _mm_or_si128(_mm_cmpeq_epi8(b, open), _mm_cmpeq_epi8(b, ampersand)));
      colons = _mm_or_si128(colons, _mm_cmpeq_epi8(b, colon));
    }
    if (_mm_movemask_epi8(markup) != 0) return true;
    if (_mm_movemask_epi8(colons) == 0) continue;
    // Only the colons' places (times and addresses hold many), not every
    // byte of the block.
    uint64_t at_colon = 0;
    for (size_t k = 0; k < 64; k += 16) {
      const __m128i b =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + k));
      at_colon |= static_cast<uint64_t>(static_cast<unsigned>(
                      _mm_movemask_epi8(_mm_cmpeq_epi8(b, colon))))
                  << k;
    }
    for (; at_colon != 0; at_colon &= at_colon - 1) {
      const size_t at = i + static_cast<size_t>(__builtin_ctzll(at_colon));
      if (DataBeforeColon(s, at)) return true;
    }
  }
#endif
  for (; i < s.size(); ++i) {
    if (p[i] == '<' || p[i] == '&') return true;
    if (p[i] == ':' && DataBeforeColon(s, i)) return true;
  }
  return false;
}

namespace {

// The first position from i where the markup pass acts: a '<', a '&' or
// the 'd' of "data:" (s.size() if none). Every other byte is passed over,
// sixteen at a time where SSE2 is available.
size_t NextCandidate(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
#if defined(__SSE2__)
  const __m128i open = _mm_set1_epi8('<');
  const __m128i ampersand = _mm_set1_epi8('&');
  const __m128i d = _mm_set1_epi8('d');
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const int mask = _mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, open),
                                  _mm_cmpeq_epi8(b, ampersand)),
                     _mm_cmpeq_epi8(b, d)));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  while (i < s.size() && p[i] != '<' && p[i] != '&' && p[i] != 'd') ++i;
  return i;
}

}  // namespace

MappedText RemoveMarkup(MappedText in) {
  const std::string& s = in.text();
  if (!MayHoldMarkup(s)) return in;
  MappedText out;
  out.Reserve(s.size());
  // Once a search for a closing </image> fails, later ones would fail too;
  // remembering that keeps many unclosed blobs linear.
  bool image_close_exists = true;
  size_t copied = 0;  // s[copied, i) is pending plain text
  size_t i = NextCandidate(s, 0);
  auto emit_plain = [&](size_t upto) {
    if (upto > copied) out.CopyFrom(in, copied, upto);
  };
  while (i < s.size()) {
    const char c = s[i];
    if (c == '<') {
      if (StartsWithNoCase(s, i, "<image")) {
        size_t stop = std::string::npos;
        if (image_close_exists) {
          size_t close = s.find("</image>", i);
          if (close == std::string::npos) close = s.find("</IMAGE>", i);
          if (close == std::string::npos) {
            image_close_exists = false;
          } else {
            stop = close + std::strlen("</image>");
          }
        }
        if (stop == std::string::npos) {
          stop = s.find('\n', i);
          if (stop == std::string::npos) stop = s.size();
        }
        emit_plain(i);
        i = copied = stop;
        continue;
      }
      if (i + 1 < s.size() &&
          (std::isalpha(static_cast<unsigned char>(s[i + 1])) ||
           s[i + 1] == '/' || s[i + 1] == '!')) {
        // Bounded search: a stray '<' costs at most kMaxTagBytes.
        size_t rel = std::string_view(s).substr(i + 1, kMaxTagBytes)
                         .find_first_of(">\n");
        size_t close = rel == std::string_view::npos ? rel : i + 1 + rel;
        if (close != std::string::npos && s[close] == '>') {
          size_t name_begin = i + 1 + (s[i + 1] == '/' ? 1 : 0);
          size_t name_end = name_begin;
          while (name_end < close && IsAsciiAlnum(s[name_end])) ++name_end;
          std::string name(s, name_begin, name_end - name_begin);
          for (char& ch : name) {
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          }
          emit_plain(i);
          if (IsBlockTag(name)) out.ReplaceFrom(in, i, close + 1, "\n");
          i = copied = close + 1;
          continue;
        }
      }
    } else if (c == 'd' && StartsWithNoCase(s, i, "data:") &&
               (i == 0 || !IsAsciiAlnum(s[i - 1])) && i + 5 < s.size() &&
               std::isalpha(static_cast<unsigned char>(s[i + 5]))) {
      // A data: URI runs to the first space, quote, bracket or line end.
      size_t stop = s.find_first_of(" \t\r\n\"'<>)", i);
      if (stop == std::string::npos) stop = s.size();
      emit_plain(i);
      i = copied = stop;
      continue;
    } else if (c == '&') {
      size_t len = 0;
      std::string decoded = DecodeEntity(s, i, &len);
      if (!decoded.empty()) {
        emit_plain(i);
        out.ReplaceFrom(in, i, i + len, decoded);
        i = copied = i + len;
        continue;
      }
    }
    i = NextCandidate(s, i + 1);
  }
  emit_plain(s.size());
  return out;
}

}  // namespace eventx::internal
