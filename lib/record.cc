// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "eventx/record.h"

#include <string>

namespace eventx {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && (y == 0 || IsLeap(y))) return 29;  // year unknown: allow 29
  return kDays[m - 1];
}

bool ReadInt(const std::string& s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

// Appends the positive `value` in decimal, zero-padded to `width` digits
// (printf's "%0*d"); returns the end.
char* AppendPaddedAnyWidth(char* out, int value, int width) {
  char digits[16];
  int n = 0;
  for (unsigned v = static_cast<unsigned>(value); v != 0 || n == 0; v /= 10) {
    digits[n++] = static_cast<char>('0' + v % 10);
  }
  for (int i = n; i < width; ++i) *out++ = '0';
  while (n > 0) *out++ = digits[--n];
  return out;
}

// AppendPaddedAnyWidth, with a month or day of two digits and a year of
// four (all a record holds) written straight, each digit at its place:
// inline, the width known, that is a few moves, where the loops cost a
// branch a digit (a date was some 260 instructions).
inline char* AppendPadded(char* out, int value, int width) {
  const auto v = static_cast<unsigned>(value);
  if (width == 2 && v < 100) {
    out[0] = static_cast<char>('0' + v / 10);
    out[1] = static_cast<char>('0' + v % 10);
    return out + 2;
  }
  if (width == 4 && v < 10000) {
    out[0] = static_cast<char>('0' + v / 1000);
    out[1] = static_cast<char>('0' + v / 100 % 10);
    out[2] = static_cast<char>('0' + v / 10 % 10);
    out[3] = static_cast<char>('0' + v % 10);
    return out + 4;
  }
  return AppendPaddedAnyWidth(out, value, width);
}

}  // namespace

// By hand rather than with snprintf: a record formats a handful of dates,
// and snprintf's format parsing cost more than the rest of writing them.
std::string FormatDate(const CivilDate& d) {
  char buf[48];  // room for any int, so no truncation is possible
  char* out = buf;
  if (d.year > 0) {
    out = AppendPadded(out, d.year, 4);
    if (d.month > 0) {
      *out++ = '-';
      out = AppendPadded(out, d.month, 2);
      if (d.day > 0) {
        *out++ = '-';
        out = AppendPadded(out, d.day, 2);
      }
    }
  } else if (d.month > 0 && d.day > 0) {
    *out++ = '-';
    *out++ = '-';
    out = AppendPadded(out, d.month, 2);
    *out++ = '-';
    out = AppendPadded(out, d.day, 2);
  }
  return std::string(buf, out);
}

std::optional<CivilDate> ParseDate(const std::string& s) {
  CivilDate d;
  if (s.size() == 7 && s[0] == '-' && s[1] == '-' && s[4] == '-') {
    if (!ReadInt(s, 2, 2, &d.month) || !ReadInt(s, 5, 2, &d.day)) {
      return std::nullopt;
    }
  } else {
    if (!ReadInt(s, 0, 4, &d.year) || d.year == 0) return std::nullopt;
    if (s.size() > 4 && (s[4] != '-' || !ReadInt(s, 5, 2, &d.month))) {
      return std::nullopt;
    }
    if (s.size() > 7 && (s[7] != '-' || !ReadInt(s, 8, 2, &d.day) ||
                         s.size() != 10)) {
      return std::nullopt;
    }
    if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  }
  if (d.month > 12 || (s.size() > 4 && d.month < 1)) return std::nullopt;
  if (d.day != 0 && (d.day < 1 || d.day > DaysInMonth(d.year, d.month))) {
    return std::nullopt;
  }
  if (s.size() == 7 && s[0] == '-' && d.day == 0) return std::nullopt;
  return d;
}

const char* ScriptName(Script script) {
  switch (script) {
    case Script::kHans: return "hans";
    case Script::kHant: return "hant";
    case Script::kMixed: return "mixed";
  }
  return "hans";
}

const char* RoleName(OrganizerRole role) {
  switch (role) {
    case OrganizerRole::kHost: return "host";
    case OrganizerRole::kCoHost: return "co_host";
    case OrganizerRole::kOrganizer: return "organizer";
    case OrganizerRole::kSupporter: return "supporter";
  }
  return "host";
}

const char* RoleName(CountryRole role) {
  return role == CountryRole::kParticipant ? "participant" : "mentioned";
}

const char* KindName(AgreementKind kind) {
  switch (kind) {
    case AgreementKind::kAgreement: return "agreement";
    case AgreementKind::kFrameworkAgreement: return "framework_agreement";
    case AgreementKind::kMemorandum: return "memorandum";
    case AgreementKind::kLetterOfIntent: return "letter_of_intent";
    case AgreementKind::kContract: return "contract";
    case AgreementKind::kDeclaration: return "declaration";
    case AgreementKind::kOther: return "other";
  }
  return "other";
}

}  // namespace eventx
