// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/dates.h"

#include <re2/re2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
// The numeral scan also has a 32-byte form for processors with AVX2, chosen
// at run time (UseAvx2).
#include "lib/text/cpu_features.h"
#if defined(__SSE2__) && defined(EVENTX_HAVE_AVX2_FORMS)
#define EVENTX_DATES_AVX2 1
#include <immintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <utility>

#include "lib/text/find_bytes.h"
#include "lib/text/utf8.h"
#include "lib/text/words_by_code_point.h"

namespace eventx::internal {
namespace {

// ---------------------------------------------------------------------------
// Rule text. Every rule is bounded in length (spaces are {0,2}), so scanning
// a document is linear: each match is found by one forward DFA pass.

// Spaces allowed inside a date ("2009 年 到 2010 年").
#define EVENTX_SP "[ \\t]{0,2}"
// Chinese digits as written in years (二〇二四, 零八).
#define EVENTX_CD "[〇零一二三四五六七八九]"
#define EVENTX_YNUM \
  "(?:\\d{2,4}|" EVENTX_CD "{2,4}|[两二]千[〇零一二三四五六七八九十]{0,3})"
#define EVENTX_YEAR EVENTX_YNUM EVENTX_SP "年"
#define EVENTX_OPT_YEAR "(?:" EVENTX_YEAR EVENTX_SP ")?"
#define EVENTX_MNUM "(?:\\d{1,2}|十[一二]?|[一二三四五六七八九])"
#define EVENTX_MONTH EVENTX_MNUM EVENTX_SP "月"
#define EVENTX_DNUM \
  "(?:\\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
#define EVENTX_DAY EVENTX_DNUM EVENTX_SP "[日号]"
#define EVENTX_CN_MONTH "(?:十[一二]?|[一二三四五六七八九])月"
#define EVENTX_CN_BARE_DAY \
  "(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
#define EVENTX_SEP EVENTX_SP "(?:至|到|-|—{1,2}|~)" EVENTX_SP

// One date mention: a day, a month or a year, alone or as a range, in
// Arabic or Chinese numerals, or an ISO-like stamp. Matched leftmost-longest
// so "2024年11月8日" is one mention, never "2024年" plus "11月8日".
constexpr const char kMentionRule[] =
    // 2024年10月29日, 10月29日, 1月19号
    EVENTX_OPT_YEAR EVENTX_MONTH EVENTX_SP EVENTX_DAY
    // 两千零四年八月十五, 一月二十三 (a Chinese day needs no 日)
    "|" EVENTX_OPT_YEAR EVENTX_CN_MONTH EVENTX_CN_BARE_DAY
    // 10月29日至30日, 10月29-30日, 10月29日—11月2日, 18年10月1日到19年2月3日
    "|" EVENTX_OPT_YEAR EVENTX_MONTH EVENTX_SP "(?:" EVENTX_DAY "|" EVENTX_DNUM
    ")" EVENTX_SEP "(?:" EVENTX_OPT_YEAR EVENTX_MONTH EVENTX_SP ")?" EVENTX_DAY
    // 2024年11月, 3月
    "|" EVENTX_OPT_YEAR EVENTX_MONTH
    // 5月-10月, 2024年11月至2025年1月
    "|" EVENTX_OPT_YEAR EVENTX_MONTH EVENTX_SEP EVENTX_OPT_YEAR EVENTX_MONTH
    // 2024年1-3月
    "|" EVENTX_YEAR EVENTX_SP EVENTX_MNUM EVENTX_SEP EVENTX_MONTH
    // 2024年, 1995-1997年, 二零一六年至二零一八年
    "|" EVENTX_YEAR "|(?:" EVENTX_YEAR "|\\d{4}|" EVENTX_CD
    "{4})" EVENTX_SEP EVENTX_YEAR
    // 2025-07-06, 2024/11/08, 2024.11.08
    "|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}"
    "|\\d{4}\\.\\d{1,2}\\.\\d{1,2}";

// A day without its month (8日, 二十九日, 4日至6日): only the event-date
// choice looks at these, to resolve them against a dateline or to refuse a
// later, unrelated full date. Matched by hand (DayOnlyEndAt, below):
// (?:\d{1,2}|[二三]?十[一二三四五六七八九]?)日, then optionally
// [ \t]{0,2}(?:至|到|-|—{1,2}|~)[ \t]{0,2} and another such day, as RE2
// matches it leftmost-longest.

// A full numeric stamp, the only form a publication date takes, is matched
// by hand (StampAt, below): (\d{3,4})(?:-|/|\.|年)(\d{1,2})(?:-|/|\.|月)
// (\d{1,2})日? as RE2 matches it (leftmost first, greedy). Taiwan pages may
// count years from 1912 (民国): 113年10月24日 is 2024-10-24.
// How each rule's matches open (NumberLedRule): a number, at most some
// spaces, then one of a few code points; and for each of those, how many
// numerals the number may have.
struct NumberFollow {
  char32_t code_point;
  size_t min_numerals;
  size_t max_numerals;
};
// kMentionRule: a year (07, 2024, 二〇二四, 两千零四: 2 to 5) before
// [ \t]{0,2}年; a month (3, 12, 十二: 1 or 2) before [ \t]{0,2}月; or four
// digits or Chinese digits before a range's separator (1995-1997年) or a
// stamp's (2024-11-08, 2024/11/08, 2024.11.08). No match opens with a day.
constexpr size_t kMentionSpaces = 2;
constexpr NumberFollow kMentionFollows[] = {
    {U'年', 2, 5}, {U'月', 1, 2}, {U'至', 4, 4}, {U'到', 4, 4}, {U'—', 4, 4},
    {U'-', 4, 4},  {U'~', 4, 4},  {U'/', 4, 4},  {U'.', 4, 4}};
// The day-only rule (DayOnlyEndAt): a day (8, 29, 十, 二十九: 1 to 3) right
// before 日.
constexpr NumberFollow kDayOnlyFollows[] = {{U'日', 1, 3}};
// The stamp (StampAt): three or four digits right before -, /, . or 年.
constexpr NumberFollow kStampFollows[] = {
    {U'-', 3, 4}, {U'/', 3, 4}, {U'.', 3, 4}, {U'年', 3, 4}};

// The Republic of China calendar's year 1 is 1912.
constexpr int kRocYearOffset = 1911;

#undef EVENTX_SP
#undef EVENTX_CD
#undef EVENTX_YNUM
#undef EVENTX_YEAR
#undef EVENTX_OPT_YEAR
#undef EVENTX_MNUM
#undef EVENTX_MONTH
#undef EVENTX_DNUM
#undef EVENTX_DAY
#undef EVENTX_CN_MONTH
#undef EVENTX_CN_BARE_DAY
#undef EVENTX_SEP

// ---------------------------------------------------------------------------
// Tuning.

// A header stamp without a 发布时间-like cue must start this early.
constexpr size_t kHeaderBytes = 1500;
// The event date stands in one of the first paragraphs of the body.
constexpr int kLeadParagraphs = 4;
// A line is a body paragraph with this many Han characters and a clause
// mark, or with kLongLineHan of them.
constexpr int kBodyLineHan = 12;
constexpr int kLongLineHan = 40;
// How far back (code points) a cue before a date may stand.
constexpr size_t kCueBefore = 8;
// How far into its sentence (bytes) an event verb may follow the date.
constexpr size_t kVerbWindow = 300;
// How far around a stamp (bytes) its cues are read.
constexpr size_t kStampContext = 60;
// How far after a stamp (bytes) its source cue (来源) may start.
constexpr size_t kSourceCueBytes = 30;
// The lead ends at most this many bytes after its first paragraph starts.
constexpr size_t kLeadBytes = 6000;
// How far after a bare day (code points) a reporting verb may stand
// (记者5日从生态环境部获悉).
constexpr size_t kReportWindow = 12;
// An event dated more than this many days before publication is background.
constexpr long kMaxDaysBeforePublished = 183;

// Cues before a date that make it another event's: future plans and past
// background. Matched in the clause just before the date.
constexpr std::string_view kOtherEventCues[] = {
    "将",   "定于",   "拟",     "计划",   "预计", "预定", "有望",
    "明年", "下月",   "自",     "此前",   "之前", "曾于", "曾在",
    "曾经", "成立于", "始建于", "创建于", "建于", "截至", "截止",
    "去年", "前年",   "早在",   "以往",   "上年"};

// Cues right after a date that make it a boundary, not an event day.
constexpr std::string_view kAfterCues[] = {"以来", "起", "至今", "以前",
                                           "之前"};

// Words that show the date's sentence reports the event (verbs, and the
// event nouns a lead names).
constexpr std::string_view kEventVerbs[] = {
    "举行", "举办", "召开", "开幕", "闭幕", "会见", "会谈",   "会晤",
    "访问", "到访", "来访", "拜会", "拜访", "签署", "签约",   "出席",
    "期间", "开班", "启动", "座谈", "考察", "调研", "见证",   "参加",
    "主持", "揭牌", "成立", "赴",   "召集", "论坛", "研讨会", "对话"};

// Verbs after a bare day that report a statement, not an event (5日发布).
constexpr std::string_view kReportVerbs[] = {
    "发布", "公布", "宣布", "表示", "称",   "说",   "指出", "介绍",
    "透露", "获悉", "报道", "消息", "强调", "通报", "发表", "接受"};

// Cues that a stamp is the publication date.
constexpr std::string_view kPublishedCues[] = {
    "发布时间", "发布日期", "发表时间", "发表日期",
    "更新时间", "发布于",   "日期",     "时间"};
constexpr std::string_view kSourceCues[] = {"来源", "作者", "编辑", "分类",
                                            "浏览", "点击", "稿源", "责编"};

// Lines of the page footer.
constexpr std::string_view kFooterCues[] = {"版权", "Copyright", "copyright",
                                            "©",    "ICP",       "备案"};

// ---------------------------------------------------------------------------
// Calendar.

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days in month `m` of year `y`; with the year unknown (0), February has 29.
int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (m == 2 && (y == 0 || IsLeap(y))) return 29;
  return kDays[m - 1];
}

bool ValidDay(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

// Lexicographic order on (year, month, day); unknown parts compare as 0.
int Compare(const CivilDate& a, const CivilDate& b) {
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (a.month != b.month) return a.month < b.month ? -1 : 1;
  if (a.day != b.day) return a.day < b.day ? -1 : 1;
  return 0;
}

// Days since 1970-01-01 of a full date (H. Hinnant's days_from_civil).
long DayNumber(const CivilDate& d) {
  long y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (d.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The latest year, not after `anchor`, in which month/day (day 0: the month
// itself) exists and does not fall after the anchor. 0 when none is near.
int InferYear(int month, int day, const CivilDate& anchor) {
  for (int y = anchor.year; y >= anchor.year - 8 && y > 0; --y) {
    if (day > 0 && !ValidDay(y, month, day)) continue;
    if (Compare(CivilDate{y, month, day}, anchor) <= 0) return y;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Text helpers.

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Whether p[0] and p[1] are both UTF-8 continuation bytes (10xxxxxx), read
// as one 16-bit word.
bool ContinuationPair(const unsigned char* p) {
  uint16_t pair;
  std::memcpy(&pair, p, 2);
  return (pair & 0xC0C0) == 0x8080;
}

// Value of a Chinese digit or 0..9, -1 for other code points.
int ChineseDigit(char32_t cp) {
  switch (cp) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

int ChineseUnit(char32_t cp) {
  switch (cp) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    default:
      return 0;
  }
}

bool IsChineseNumeral(char32_t cp) {
  return ChineseDigit(cp) >= 0 || ChineseUnit(cp) > 0;
}

// A number as written in a date.
struct Number {
  int value = 0;
  int digits = 0;             // digits written, for digit-by-digit forms
  bool leading_zero = false;  // 07, 零八
  bool positional = false;    // 两千零四, 二十九 (with 十/百/千)
  char32_t unit = 0;  // 年, 月, 日 (号 folded to 日), or 0 when bare
};

// The numbers of one side of a date, in place: a rule's match holds at most
// three (a year, a month, a day), and a vector's allocations cost more than
// the parse.
class Numbers {
 public:
  static constexpr size_t kCapacity = 8;
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  // False when full (no date's side is so long).
  bool push_back(const Number& n) {
    if (size_ == kCapacity) return false;
    items_[size_++] = n;
    return true;
  }
  Number& operator[](size_t i) { return items_[i]; }
  const Number& operator[](size_t i) const { return items_[i]; }
  Number& back() { return items_[size_ - 1]; }
  const Number& front() const { return items_[0]; }
  const Number* begin() const { return items_.data(); }
  const Number* end() const { return items_.data() + size_; }

 private:
  std::array<Number, kCapacity> items_;
  size_t size_ = 0;
};

// Parses `s` as the tokens of a date: numbers with their units and at most
// one range separator. Returns false on anything else.
bool Tokenize(std::string_view s, Numbers* left, Numbers* right,
              bool* has_sep) {
  *has_sep = false;
  Numbers* side = left;
  size_t i = 0;
  while (i < s.size()) {
    size_t len;
    char32_t cp = CodePointAt(s, i, &len);
    if (cp == ' ' || cp == '\t') {
      i += len;
    } else if (cp < 0x80 && IsAsciiDigit(static_cast<char>(cp))) {
      Number n;
      n.leading_zero = cp == '0';
      while (i < s.size() && IsAsciiDigit(s[i]) && n.digits < 6) {
        n.value = n.value * 10 + (s[i] - '0');
        ++n.digits;
        ++i;
      }
      if (!side->push_back(n)) return false;
    } else if (IsChineseNumeral(cp)) {
      Number n;
      int section = 0;
      int current = 0;
      n.leading_zero = ChineseDigit(cp) == 0;
      while (IsChineseNumeral(cp) && n.digits < 8) {
        if (int unit = ChineseUnit(cp); unit > 0) {
          n.positional = true;
          section += (current == 0 ? 1 : current) * unit;
          current = 0;
        } else {
          current =
              n.positional ? ChineseDigit(cp) : current * 10 + ChineseDigit(cp);
        }
        ++n.digits;
        i += len;
        cp = CodePointAt(s, i, &len);
      }
      n.value = section + current;
      if (!side->push_back(n)) return false;
    } else if (cp == U'年' || cp == U'月' || cp == U'日' || cp == U'号') {
      if (side->empty() || side->back().unit != 0) return false;
      side->back().unit = cp == U'号' ? U'日' : cp;
      i += len;
    } else if (cp == U'至' || cp == U'到' || cp == '-' || cp == U'—' ||
               cp == '~') {
      // One separator; "——" is two dashes with nothing between them.
      if (*has_sep && !right->empty()) return false;
      *has_sep = true;
      side = right;
      i += len;
    } else {
      return false;
    }
  }
  return true;
}

// Gives each bare number the unit its neighbours imply (八月十五 → 日;
// 10月29-30日 → 日; 1995-1997年 → 年), then checks the units run 年 → 月 →
// 日 without gaps. `next_unit` is the first unit of the range's other side.
bool AssignUnits(Numbers* side, char32_t next_unit) {
  for (size_t i = 0; i < side->size(); ++i) {
    Number& n = (*side)[i];
    if (n.unit != 0) continue;
    if (i > 0) {
      char32_t prev = (*side)[i - 1].unit;
      n.unit = prev == U'年' ? U'月' : prev == U'月' ? U'日' : 0;
    } else if (side->size() == 1) {
      n.unit = next_unit;
    }
    if (n.unit == 0) return false;
  }
  static constexpr char32_t kOrder[] = {U'年', U'月', U'日'};
  size_t k = 0;
  for (size_t i = 0; i < side->size(); ++i) {
    while (k < 3 && kOrder[k] != (*side)[i].unit) {
      if (i > 0) return false;  // a gap: 2024年9日
      ++k;
    }
    if (k == 3) return false;
    ++k;
  }
  return !side->empty();
}

// A year as written: 2024, 07 (2007), 二〇二四, 两千零四, 367. 0 when the
// number cannot be a year here. `with_month`: the year heads a month, so
// short forms are safe; `year_context`: 在/公元 stands before a bare year.
int YearValue(const Number& n, bool with_month, bool year_context) {
  if (n.positional) return n.value >= 1000 ? n.value : 0;
  if (n.digits == 4) return n.value >= 1000 ? n.value : 0;
  if (n.digits == 3) return with_month || year_context ? n.value : 0;
  if (n.digits == 2) {
    // 07年 and 零八年 are years; 50年 alone is a duration.
    if (!with_month && !n.leading_zero && n.value >= 10) return 0;
    return n.value < 50 ? 2000 + n.value : 1900 + n.value;
  }
  return 0;
}

// Fills a date from one side's numbers. Returns false on an impossible year.
bool SideDate(const Numbers& side, bool year_context,
              CivilDate* out, bool* year_written) {
  bool has_month = false;
  for (const Number& n : side) has_month |= n.unit == U'月';
  for (const Number& n : side) {
    if (n.unit == U'年') {
      out->year = YearValue(n, has_month, year_context);
      if (out->year == 0) return false;
      *year_written = true;
    } else if (n.unit == U'月') {
      out->month = n.value;
    } else {
      out->day = n.value;
    }
  }
  return true;
}

int Precision(const CivilDate& d) {
  return d.day > 0 ? 3 : d.month > 0 ? 2 : 1;
}

// Whether the ISO-like stamp "2024-11-08" is free of surrounding digits and
// dots (not part of a version number or an address).
bool StampBounded(std::string_view view, size_t begin, size_t end) {
  if (begin > 0) {
    char c = view[begin - 1];
    // v2024.1.2, 3.2024.11.08: a version or a longer number.
    if (IsAsciiDigit(c) || c == '.' || c == '-' || c == '/' ||
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      return false;
    }
  }
  if (end < view.size()) {
    char c = view[end];
    if (IsAsciiDigit(c)) return false;
    if ((c == '.' || c == '-' || c == '/') && end + 1 < view.size() &&
        IsAsciiDigit(view[end + 1])) {
      return false;
    }
  }
  return true;
}

#if !defined(__SSE2__)
bool ContainsAny(std::string_view s, const std::string_view* cues,
                 size_t count) {
  for (size_t i = 0; i < count; ++i) {
    if (s.find(cues[i]) != std::string_view::npos) return true;
  }
  return false;
}
#endif

// Whether every cue of a list has two bytes at least (the block scans
// below compare two).
template <size_t N>
constexpr bool TwoBytesOrMore(const std::string_view (&cues)[N]) {
  for (std::string_view cue : cues) {
    if (cue.size() < 2) return false;
  }
  return true;
}

// The block scans of ContainsAny take their cue list as a template
// argument (a constexpr array), so each cue's first bytes and length are
// constants of the code: passed as a reference at run time, the lists'
// bytes were splatted into registers again and each cue's length tested in
// every block (a footer test reads a whole paragraph).

// Whether one of kCues starts at p[at] (p[0, n) readable).
template <const auto& kCues>
inline bool CueAt(const unsigned char* p, size_t n, size_t at) {
  for (std::string_view cue : kCues) {
    if (cue.size() <= n - at &&
        std::memcmp(p + at, cue.data(), cue.size()) == 0) {
      return true;
    }
  }
  return false;
}

#if defined(__SSE2__)
// Of the 16 positions whose bytes are b0 (b1, b2: the same from one and two
// bytes on), a mask of those where kCues[K]'s first bytes stand (its first
// three, or two when it has two).
template <const auto& kCues, size_t K>
inline __m128i CueStarts16(__m128i b0, __m128i b1, __m128i b2) {
  constexpr std::string_view kCue = kCues[K];
  const __m128i two = _mm_and_si128(_mm_cmpeq_epi8(b0, _mm_set1_epi8(kCue[0])),
                                    _mm_cmpeq_epi8(b1, _mm_set1_epi8(kCue[1])));
  if constexpr (kCue.size() >= 3) {
    return _mm_and_si128(two, _mm_cmpeq_epi8(b2, _mm_set1_epi8(kCue[2])));
  } else {
    return two;
  }
}

// Of the 16 positions p[0..15] (p[0..17] readable), a bit for each where
// the first bytes of one of kCues stand: a superset of where a cue starts,
// and few bits in a line.
template <const auto& kCues, size_t... K>
inline unsigned CueCandidates16(const unsigned char* p,
                                std::index_sequence<K...>) {
  const __m128i b0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i b1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
  const __m128i b2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
  __m128i found = _mm_setzero_si128();
  ((found = _mm_or_si128(found, CueStarts16<kCues, K>(b0, b1, b2))), ...);
  return static_cast<unsigned>(_mm_movemask_epi8(found));
}
#endif

#if defined(EVENTX_DATES_AVX2)
// CueStarts16 and CueCandidates16 for 32 positions p[0..31] (p[0..33]
// readable), with AVX2: the same comparisons, twice as wide.
template <const auto& kCues, size_t K>
EVENTX_AVX2 inline __m256i CueStarts32(__m256i b0, __m256i b1, __m256i b2) {
  constexpr std::string_view kCue = kCues[K];
  const __m256i two =
      _mm256_and_si256(_mm256_cmpeq_epi8(b0, _mm256_set1_epi8(kCue[0])),
                       _mm256_cmpeq_epi8(b1, _mm256_set1_epi8(kCue[1])));
  if constexpr (kCue.size() >= 3) {
    return _mm256_and_si256(two,
                            _mm256_cmpeq_epi8(b2, _mm256_set1_epi8(kCue[2])));
  } else {
    return two;
  }
}
template <const auto& kCues, size_t... K>
EVENTX_AVX2 inline uint32_t CueCandidates32(const unsigned char* p,
                                            std::index_sequence<K...>) {
  const __m256i b0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i b1 =
      _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 1));
  const __m256i b2 =
      _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 2));
  __m256i found = _mm256_setzero_si256();
  ((found = _mm256_or_si256(found, CueStarts32<kCues, K>(b0, b1, b2))), ...);
  return static_cast<uint32_t>(_mm256_movemask_epi8(found));
}
// ContainsAny's blocks of 32 positions from *i while 34 bytes are left:
// true when a cue starts in one; else false, *i the first position not
// read.
template <const auto& kCues>
EVENTX_AVX2 bool ContainsAny32(const unsigned char* p, size_t n, size_t* i) {
  constexpr size_t kCount = std::size(kCues);
  size_t at = *i;
  for (; at + 34 <= n; at += 32) {
    for (uint32_t candidates = CueCandidates32<kCues>(
             p + at, std::make_index_sequence<kCount>());
         candidates != 0; candidates &= candidates - 1) {
      if (CueAt<kCues>(p, n,
                       at + static_cast<size_t>(__builtin_ctz(candidates)))) {
        return true;
      }
    }
  }
  *i = at;
  return false;
}
#endif

// Whether s holds one of kCues (a constexpr array of cues of two bytes or
// more: TwoBytesOrMore): where SSE2 is there, s is read 16 positions at a
// time (32 where the processor has AVX2) for the first bytes of the cues,
// and only those positions are compared whole; a footer test reads whole
// paragraphs, where six finds each stopped at every common lead byte (版
// and 备 lead with E7, E5).
template <const auto& kCues>
bool ContainsAny(std::string_view s) {
  static_assert(TwoBytesOrMore(kCues),
                "ContainsAny's block scans compare a cue's first two bytes");
  constexpr size_t kCount = std::size(kCues);
  size_t i = 0;
#if defined(__SSE2__)
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
#if defined(EVENTX_DATES_AVX2)
  if (n >= 34 && UseAvx2() && ContainsAny32<kCues>(p, n, &i)) return true;
#endif
  for (; i + 18 <= n; i += 16) {
    for (unsigned candidates = CueCandidates16<kCues>(
             p + i, std::make_index_sequence<kCount>());
         candidates != 0; candidates &= candidates - 1) {
      if (CueAt<kCues>(p, n,
                       i + static_cast<size_t>(__builtin_ctz(candidates)))) {
        return true;
      }
    }
  }
  // The last bytes, fewer than 18 (and all of a short text: the clause
  // before a date is a few characters), copied into a zeroed buffer for a
  // block or two, where a find per cue (26 before a date) was a memchr
  // call each. A candidate is confirmed within the text's own bytes.
  if (i < n) {
    const size_t left = n - i;
    unsigned char tail[16 + 18] = {};
    std::memcpy(tail, p + i, left);
    for (size_t block = 0; block < left; block += 16) {
      for (unsigned candidates = CueCandidates16<kCues>(
               tail + block, std::make_index_sequence<kCount>());
           candidates != 0; candidates &= candidates - 1) {
        const size_t at =
            block + static_cast<size_t>(__builtin_ctz(candidates));
        if (at < left && CueAt<kCues>(tail, left, at)) return true;
      }
    }
  }
  return false;
#else
  return ContainsAny(s.substr(i), kCues, kCount);
#endif
}

// A few dozen words, for the one question the date chooser asks of them:
// whether a stretch of text holds one (the event verbs of the sentence
// after each candidate date). Indexed by their first code point in a few
// hundred bytes (WordsByCodePoint), where PhraseSet's 8 KB bit tables and
// trie of hashed edges were each a cache miss in these scans.
class SmallWordList {
 public:
  // `word`: not empty. Call Finish after the last.
  void Add(std::string_view word) {
    words_.emplace_back(word, 0);
    size_t len;
    const char32_t first = DecodeUtf8(word, 0, &len);
    first_bits_[first / 64 % kFirstWords] |= uint64_t{1} << (first % 64);
  }
  void Finish() {
    index_.Build(words_, WordsByCodePoint::Key::kFirst);
    sentence_bits_ = first_bits_;
    for (const char32_t stop : {U'。', U'\n'}) {
      sentence_bits_[stop / 64 % kFirstWords] |= uint64_t{1} << (stop % 64);
    }
  }
  // Whether a word starts at a character of `s` (stepping as DecodeUtf8
  // does); in well-formed UTF-8, whether s holds one.
  bool AnyIn(std::string_view s) const {
    for (size_t i = 0, len; i < s.size(); i += len) {
      const char32_t cp = DecodeUtf8(s, i, &len);
      // Most characters start no word: one bit of a 64-byte filter tells,
      // where the index's probe loop compared keys (hash collisions of
      // the common characters) at every one.
      if (!((first_bits_[cp / 64 % kFirstWords] >> (cp % 64)) & 1)) continue;
      if (WordAt(s, i, cp)) return true;
    }
    return false;
  }
  // AnyIn(s cut at its first 。 or '\n'), in one walk: the walk stops
  // at the first character that is 。 or '\n' (as the first byte of either
  // is no continuation byte, and DecodeUtf8 steps one byte over anything
  // not well-formed, the walk meets the first occurrence of either's bytes
  // as a character), and a word before it fits before it (a word holds
  // neither character). One filter bit stands for a word's first character
  // or a stop, so a character that is neither costs what it costs AnyIn.
  // (The cut took a FindBytes and a memchr call for each sentence.)
  bool AnyBeforeSentenceEnd(std::string_view s) const {
    for (size_t i = 0, len; i < s.size(); i += len) {
      const char32_t cp = DecodeUtf8(s, i, &len);
      if (!((sentence_bits_[cp / 64 % kFirstWords] >> (cp % 64)) & 1)) {
        continue;
      }
      if (cp == U'。' || cp == '\n') return false;
      if (WordAt(s, i, cp)) return true;
    }
    return false;
  }

 private:
  // Whether a word starts at s[i], whose code point is cp.
  bool WordAt(std::string_view s, size_t i, char32_t cp) const {
    const WordsByCodePoint::Word *word, *end;
    index_.Find(cp, &word, &end);
    for (; word != end; ++word) {
      if (word->size <= s.size() - i && index_.Holds(*word, s.data() + i)) {
        return true;
      }
    }
    return false;
  }

  static constexpr size_t kFirstWords = 8;  // 512 bits
  std::vector<std::pair<std::string, uint32_t>> words_;
  WordsByCodePoint index_;
  // Bit cp % 512 of each word's first code point (a superset filter).
  std::array<uint64_t, kFirstWords> first_bits_{};
  // The same, and the bits of 。 and '\n' (AnyBeforeSentenceEnd).
  std::array<uint64_t, kFirstWords> sentence_bits_{};
};

template <size_t N>
bool StartsWithAny(std::string_view s, const std::string_view (&cues)[N]) {
  for (std::string_view cue : cues) {
    if (s.substr(0, cue.size()) == cue) return true;
  }
  return false;
}

// Whether no code point of `marks` lies in [low, high].
constexpr bool MarksOutside(std::u32string_view marks, char32_t low,
                            char32_t high) {
  for (char32_t cp : marks) {
    if (cp >= low && cp <= high) return false;
  }
  return true;
}

// The bytes before `pos` back to a clause mark or `max_cp` code points.
std::string_view ClauseBefore(std::string_view view, size_t pos,
                              size_t max_cp) {
  static constexpr std::u32string_view kMarks = U"，,。；;：:！!？?\n()（）";
  // Every mark is below U+3003 or above U+FF00, and the Han characters
  // between, most of a clause, skip the search of the marks.
  static_assert(MarksOutside(kMarks, U'\u3003', U'\uFF00'));
  size_t begin = pos;
  for (size_t n = 0; n < max_cp && begin > 0; ++n) {
    size_t len;
    char32_t cp = DecodeUtf8Before(view, begin, &len);
    if (len == 0 || ((cp < U'\u3003' || cp > U'\uFF00') &&
                     kMarks.find(cp) != std::u32string_view::npos)) {
      break;
    }
    begin -= len;
  }
  return view.substr(begin, pos - begin);
}

// The bytes from `pos` over at most `max_cp` code points.
std::string_view CodePointsAfter(std::string_view view, size_t pos,
                                 size_t max_cp) {
  size_t end = pos;
  for (size_t n = 0; n < max_cp && end < view.size(); ++n) {
    size_t len;
    CodePointAt(view, end, &len);
    end += len;
  }
  return view.substr(pos, end - pos);
}

size_t SkipSpaces(std::string_view view, size_t pos) {
  while (pos < view.size() && (view[pos] == ' ' || view[pos] == '\t')) ++pos;
  return pos;
}

// The end of a time of day ("09:05", "16:21:55") at `pos` after spaces, or
// npos.
// Past a weekday written after a date (周二, 星期二, (星期二)), if any.
size_t SkipWeekday(std::string_view view, size_t pos) {
  size_t p = SkipSpaces(view, pos);
  bool open = view.substr(p, 1) == "(";
  if (open) ++p;
  for (std::string_view week : {"星期", "礼拜", "周"}) {
    if (view.substr(p, week.size()) != week) continue;
    size_t q = p + week.size();
    static constexpr std::string_view kDays = "一二三四五六日天";
    for (size_t d = 0; d < kDays.size(); d += 3) {
      if (view.substr(q, 3) == kDays.substr(d, 3)) {
        q += 3;
        if (open && view.substr(q, 1) == ")") ++q;
        return q;
      }
    }
  }
  return pos;
}

size_t TimeAfter(std::string_view view, size_t pos) {
  // 2023-08-22 周二 09:41: the time may follow the weekday.
  pos = SkipSpaces(view, SkipWeekday(view, pos));
  size_t i = pos;
  while (i < view.size() && i - pos < 2 && IsAsciiDigit(view[i])) ++i;
  if (i == pos || i >= view.size() || view[i] != ':')
    return std::string_view::npos;
  ++i;
  size_t minutes = i;
  while (i < view.size() && IsAsciiDigit(view[i])) ++i;
  if (i - minutes != 2) return std::string_view::npos;
  if (i + 2 < view.size() && view[i] == ':' && IsAsciiDigit(view[i + 1])) {
    i += 3;
  }
  return i;
}

size_t LineEnd(std::string_view view, size_t pos) {
  size_t nl = view.find('\n', pos);
  return nl == std::string_view::npos ? view.size() : nl;
}

// The start of the line holding `pos`, looking back at most `max_bytes`
// (then the bytes before are treated as the line's start).
size_t BoundedLineBegin(std::string_view view, size_t pos, size_t max_bytes) {
  size_t floor = pos > max_bytes ? pos - max_bytes : 0;
  for (size_t i = pos; i > floor; --i) {
    if (view[i - 1] == '\n') return i;
  }
  return floor;
}

// Like BoundedLineBegin, but the end of the line, looking ahead.
size_t BoundedLineEnd(std::string_view view, size_t pos, size_t max_bytes) {
  size_t ceiling = std::min(view.size(), pos + max_bytes);
  for (size_t i = pos; i < ceiling; ++i) {
    if (view[i] == '\n') return i;
  }
  return ceiling;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

#if defined(__SSE2__)
// Of the 16 positions p[0..15] (p[0..17] readable), a byte FF (else 0)
// for each where a well-formed three-byte sequence of a Han character
// (IsHan: U+3007, U+3400..U+4DBF, U+4E00..U+9FFF, U+F900..U+FAFF) starts;
// *four_byte_leads a bit for each of F0..FF (a four-byte character may be
// Han too), and *newlines one for each '\n'.
inline __m128i HanStarts16(const unsigned char* p, unsigned* four_byte_leads,
                           unsigned* newlines) {
  const __m128i b0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i b1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
  const __m128i b2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
  auto bytes = [](unsigned char b) {
    return _mm_set1_epi8(static_cast<char>(b));
  };
  auto equal = [&](__m128i v, unsigned char b) {
    return _mm_cmpeq_epi8(v, bytes(b));
  };
  // lo <= v <= hi, unsigned.
  auto within = [&](__m128i v, unsigned char lo, unsigned char hi) {
    const __m128i from = _mm_sub_epi8(v, bytes(lo));
    return _mm_cmpeq_epi8(_mm_min_epu8(from, bytes(hi - lo)), from);
  };
  auto continuation = [&](__m128i v) {
    return equal(_mm_and_si128(v, bytes(0xC0)), 0x80);
  };
  // U+5000..U+9FFF: led by E5..E9.
  __m128i han = within(b0, 0xE5, 0xE9);
  // U+4000..U+4FFF but U+4DC0..U+4DFF (E4 B7, the hexagrams).
  han = _mm_or_si128(han, _mm_andnot_si128(equal(b1, 0xB7), equal(b0, 0xE4)));
  // U+3400..U+3FFF (E3 90..BF) and U+3007 (E3 80 87).
  han = _mm_or_si128(
      han, _mm_and_si128(equal(b0, 0xE3),
                         _mm_or_si128(within(b1, 0x90, 0xBF),
                                      _mm_and_si128(equal(b1, 0x80),
                                                    equal(b2, 0x87)))));
  // U+F900..U+FAFF: EF A4..AB.
  han = _mm_or_si128(han,
                     _mm_and_si128(equal(b0, 0xEF), within(b1, 0xA4, 0xAB)));
  han = _mm_and_si128(han, _mm_and_si128(continuation(b1), continuation(b2)));
  *four_byte_leads = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(b0, bytes(0xF0)), b0)));
  *newlines = static_cast<unsigned>(_mm_movemask_epi8(equal(b0, '\n')));
  return han;
}

// The bytes of `v` (each 0 or FF) that are FF, counted with one psadbw:
// fewer operations than a count of the bits of its mask (CountBits16).
inline int CountSetBytes16(__m128i v) {
  const __m128i sums =
      _mm_sad_epu8(_mm_and_si128(v, _mm_set1_epi8(1)), _mm_setzero_si128());
  return _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
}

// The bits set in a 16-bit mask (no popcnt instruction in the baseline
// x86-64 the library is built for; __builtin_popcount is a library call).
inline int CountBits16(unsigned x) {
  x = x - ((x >> 1) & 0x5555);
  x = (x & 0x3333) + ((x >> 2) & 0x3333);
  x = (x + (x >> 4)) & 0x0F0F;
  return static_cast<int>((x + (x >> 8)) & 0x1F);
}
#endif

// The Han characters of `line` from byte `i` on, added to `han`, counting
// stopped at kLongLineHan: a three-byte sequence whose lead byte rules out
// overlong and surrogate forms (not E0, not ED) is decoded in place; the
// rest as DecodeUtf8 does. Led by E5..E9 (U+5000..U+9FFF), a character is
// Han with no code point to build.
int CountHan(std::string_view line, size_t i, int han) {
  const auto* p = reinterpret_cast<const unsigned char*>(line.data());
  while (i < line.size()) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (static_cast<unsigned>(c - 0xE1) < 0x0F && c != 0xED &&
        i + 2 < line.size() && ContinuationPair(p + i + 1)) {
      if ((static_cast<unsigned>(c - 0xE5) < 5 ||
           IsHan(((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) |
                 (p[i + 2] & 0x3F))) &&
          ++han >= kLongLineHan) {
        return han;
      }
      i += 3;
      continue;
    }
    size_t len;
    if (IsHan(DecodeUtf8(line, i, &len)) && ++han >= kLongLineHan) return han;
    i += len;
  }
  return han;
}

// Whether `line`, with `han` Han characters (counted up to kLongLineHan),
// is a paragraph of the report's body: enough Han characters and a clause
// mark, not a menu, a headline or a stamp.
bool IsBodyLine(std::string_view line, int han) {
  if (han >= kLongLineHan) return true;
  if (han < kBodyLineHan) return false;
  return line.find("。") != std::string_view::npos ||
         line.find(',') != std::string_view::npos ||
         line.find("，") != std::string_view::npos;
}

// The end of the line of `view` that starts at `begin` (its '\n', or the
// end of the view), and in *body whether it is a body paragraph
// (IsBodyLine). Every line up to the lead's end is read, most of them Han
// text, in one pass: a character starts at every byte that is not a
// continuation byte (a stray one is read alone, and is no Han), so the Han
// characters can be counted at each position by its bytes, wherever a
// block starts, sixteen positions at a time where SSE2 is there, and the
// line's end found in the same blocks. A sequence cut by the line's end
// runs into its '\n', no continuation byte, as the line alone would end
// it. (A branch per character, on whether it was Han, went either way; and
// a search for each line's end was a library call, with its own branches,
// for each of many short lines.) A line with a four-byte character, and
// the view's last bytes, are read one character at a time.
size_t ReadLine(std::string_view view, size_t begin, bool* body) {
  size_t i = begin;
  int han = 0;
#if defined(__SSE2__)
  const auto* p = reinterpret_cast<const unsigned char*>(view.data());
  for (; i + 18 <= view.size(); i += 16) {
    unsigned four_byte_leads, newlines;
    const __m128i han_starts =
        HanStarts16(p + i, &four_byte_leads, &newlines);
    unsigned in_line = 0xFFFF;
    if (newlines != 0) in_line = (1u << __builtin_ctz(newlines)) - 1;
    if ((four_byte_leads & in_line) != 0) {
      han = 0;  // counted one character at a time, from the start
      i = begin;
      break;
    }
    if (newlines != 0) {
      // The line's last block: only the starts before its '\n'.
      han += CountBits16(
          static_cast<unsigned>(_mm_movemask_epi8(han_starts)) & in_line);
      const size_t end = i + static_cast<size_t>(__builtin_ctz(newlines));
      *body = IsBodyLine(view.substr(begin, end - begin), han);
      return end;
    }
    han += CountSetBytes16(han_starts);
    if (han >= kLongLineHan) {
      *body = true;
      return LineEnd(view, i + 16);
    }
  }
#endif
  const size_t end = LineEnd(view, i);
  const std::string_view line = view.substr(begin, end - begin);
  *body = IsBodyLine(line, CountHan(line, i - begin, han));
  return end;
}

// Where the `count`-th 。 (count > 0) of text[from, text.size()) ends, or
// npos when it holds fewer: the lead's tenth sentence end. One pass,
// sixteen positions at a time where SSE2 is there, counting the 。 starts
// of each block, where a FindBytes call for each sentence set its search
// up again, ten a report. (。 cannot overlap itself, so its occurrences
// counted in order are those the chain of searches finds.)
size_t EndOfFullStop(std::string_view text, size_t from, int count) {
  size_t i = from;
#if defined(__SSE2__)
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const __m128i lead = _mm_set1_epi8(static_cast<char>(0xE3));
  const __m128i second = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i third = _mm_set1_epi8(static_cast<char>(0x82));
  for (; i + 18 <= text.size(); i += 16) {
    auto bytes = [&](size_t k) {
      return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + k));
    };
    unsigned stops = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
        _mm_and_si128(_mm_cmpeq_epi8(bytes(0), lead),
                      _mm_cmpeq_epi8(bytes(1), second)),
        _mm_cmpeq_epi8(bytes(2), third))));
    if (stops == 0) continue;
    const int found = CountBits16(stops);
    if (found >= count) {
      for (int k = 1; k < count; ++k) stops &= stops - 1;
      return i + static_cast<size_t>(__builtin_ctz(stops)) + 3;
    }
    count -= found;
  }
#endif
  for (; count > 0; --count) {
    i = FindBytes(text, "。", i);
    if (i == std::string_view::npos) return i;
    i += 3;
  }
  return i;
}

// A line of the view and its index among body paragraphs.
struct LineInfo {
  size_t begin;
  size_t end;
  int paragraph;  // index among body paragraphs, -1 for other lines
  // A copyright or registration line: 1 yes, 0 no, -1 not read yet (only
  // the lines that hold a date are).
  int footer;
};

// The line holding `pos` (lines are in text order), or null.
LineInfo* LineOf(std::vector<LineInfo>& lines, size_t pos) {
  auto it =
      std::upper_bound(lines.begin(), lines.end(), pos,
                       [](size_t p, const LineInfo& l) { return p < l.begin; });
  if (it == lines.begin()) return nullptr;
  --it;
  return pos <= it->end ? &*it : nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------

namespace {

// The Chinese numerals a date's number may be written with: those of the
// rules above (and 百, which they never use but may neighbour).
constexpr std::u32string_view kChineseNumerals = U"〇零一二两三四五六七八九十百千";

// Which three-byte sequences are Chinese numerals (each of which is three
// bytes): by the first byte's low four bits and the second byte's low six,
// a bit for each third byte's low six. One lookup tells a code point of Han
// text.
const uint64_t* ThreeByteNumerals() {
  static const std::vector<uint64_t> table = [] {
    std::vector<uint64_t> bits(16 * 64);
    for (char32_t cp : kChineseNumerals) {
      bits[((cp >> 12) & 0x0F) << 6 | ((cp >> 6) & 0x3F)] |= uint64_t{1}
                                                            << (cp & 0x3F);
    }
    return bits;
  }();
  return table.data();
}

// The bytes of the numeral (an ASCII digit or a Chinese numeral) that starts
// at p[i] of n bytes: 1 or 3, 0 when none does. *skip: how far a scan may
// then move on when none does: past a whole three-byte sequence (its
// continuation bytes cannot start a numeral), else one byte.
// Inline: ScanNumerals calls it at every code point of a view.
inline size_t NumeralAt(const unsigned char* p, size_t n, size_t i,
                        size_t* skip, const uint64_t* three_byte) {
  const unsigned char c = p[i];
  *skip = 1;
  if (c < 0x80) return IsAsciiDigit(static_cast<char>(c)) ? 1 : 0;
  if ((c & 0xF0) != 0xE0 || i + 2 >= n || !ContinuationPair(p + i + 1)) {
    return 0;
  }
  *skip = 3;
  const size_t row = (c & 0x0F) << 6 | (p[i + 1] & 0x3F);
  return (three_byte[row] >> (p[i + 2] & 0x3F)) & 1 ? 3 : 0;
}

// The UTF-8 bytes of each of kChineseNumerals, for the 16-byte search below.
struct NumeralBytes {
  unsigned char lead, second, third;
};
constexpr size_t kChineseNumeralCount = kChineseNumerals.size();
constexpr std::array<NumeralBytes, kChineseNumeralCount> EncodeNumerals() {
  std::array<NumeralBytes, kChineseNumeralCount> out{};
  for (size_t k = 0; k < kChineseNumeralCount; ++k) {
    const char32_t cp = kChineseNumerals[k];
    out[k] = {static_cast<unsigned char>(0xE0 | (cp >> 12)),
              static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F)),
              static_cast<unsigned char>(0x80 | (cp & 0x3F))};
  }
  return out;
}
constexpr std::array<NumeralBytes, kChineseNumeralCount> kChineseNumeralBytes =
    EncodeNumerals();
constexpr bool AllThreeBytes(std::u32string_view numerals) {
  for (char32_t cp : numerals) {
    if (cp < 0x800 || cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
  }
  return true;
}
static_assert(AllThreeBytes(kChineseNumerals),
              "NumeralAt and the 16-byte search read three-byte numerals");

#if defined(__SSE2__)
// The distinct first two bytes of kChineseNumerals (most share them: 一七三两
// all start E4 B8), for the 16-byte search, each with the third bytes of
// the numerals that start with it.
struct NumeralLeadPair {
  unsigned char lead = 0, second = 0;
  std::array<unsigned char, kChineseNumeralCount> thirds{};
  size_t third_count = 0;
};
struct NumeralLeadPairs {
  std::array<NumeralLeadPair, kChineseNumeralCount> pairs{};
  size_t count = 0;
};
constexpr NumeralLeadPairs DistinctLeadPairs() {
  NumeralLeadPairs out;
  for (const NumeralBytes& numeral : kChineseNumeralBytes) {
    size_t k = 0;
    while (k < out.count && !(out.pairs[k].lead == numeral.lead &&
                              out.pairs[k].second == numeral.second)) {
      ++k;
    }
    if (k == out.count) {
      out.pairs[k].lead = numeral.lead;
      out.pairs[k].second = numeral.second;
      ++out.count;
    }
    out.pairs[k].thirds[out.pairs[k].third_count++] = numeral.third;
  }
  return out;
}
constexpr NumeralLeadPairs kNumeralLeadPairs = DistinctLeadPairs();

// Of the 16 positions p[0..15] (p[0..17] readable), a bit for each where a
// numeral starts: an ASCII digit, or the three bytes of one of
// kChineseNumerals. Exactly the positions where NumeralAt is not 0, when
// they are code point boundaries; the search may look at every byte,
// whatever the boundaries: a numeral starts with a byte that is no
// continuation byte, which a scan by code points never steps over. All
// three bytes are compared, each pair's thirds together: testing the first
// two alone (those of 一 are those of 不上下中 too) left a candidate in a
// third of the blocks of Han text, to be tried one by one on a branch that
// went either way.
template <size_t K>
inline __m128i PairStarts(__m128i b0, __m128i b1, __m128i b2) {
  constexpr NumeralLeadPair pair = kNumeralLeadPairs.pairs[K];
  auto equal = [](__m128i bytes, unsigned char b) {
    return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(static_cast<char>(b)));
  };
  __m128i third = equal(b2, pair.thirds[0]);
  for (size_t t = 1; t < pair.third_count; ++t) {
    third = _mm_or_si128(third, equal(b2, pair.thirds[t]));
  }
  return _mm_and_si128(
      _mm_and_si128(equal(b0, pair.lead), equal(b1, pair.second)), third);
}

template <size_t... K>
inline unsigned NumeralStarts16(const unsigned char* p,
                                std::index_sequence<K...>) {
  const __m128i b0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i b1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
  const __m128i b2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2));
  // b0 - '0' <= 9 unsigned.
  const __m128i from_zero = _mm_sub_epi8(b0, _mm_set1_epi8('0'));
  __m128i found =
      _mm_cmpeq_epi8(_mm_min_epu8(from_zero, _mm_set1_epi8(9)), from_zero);
  // The compiler shares the comparisons of the bytes pairs have in common.
  ((found = _mm_or_si128(found, PairStarts<K>(b0, b1, b2))), ...);
  return static_cast<unsigned>(_mm_movemask_epi8(found));
}
#endif

#if defined(EVENTX_DATES_AVX2)
// NumeralStarts16 for 32 positions p[0..31] (p[0..33] readable), with
// AVX2, by table lookups rather than comparisons: a numeral is a bit of a
// byte (numeral k: bit k % 8 of group k / 8), and for each of its three
// bytes two 16-entry tables, by the byte's low and its high four bits,
// hold the bits of the numerals whose byte has those four bits there. A
// position starts numeral k exactly when bit k is set in all six lookups
// of its three bytes (each pair of lookups matches one byte whole). The
// same mask as NumeralStarts16's comparisons, in some 40 operations per
// 32 positions instead of some 70 (a comparison per distinct byte value
// of the numerals, 27, and their combining): every byte of every view
// passes through this scan.
constexpr size_t kNumeralGroups = (kChineseNumeralCount + 7) / 8;
static_assert(kNumeralGroups == 2, "NumeralStarts32 reads two groups");
struct NibbleTables {
  // [group][2 * byte of the numeral + (0: its low four bits, 1: high)]
  // [lane], each table of 16 twice (vpshufb looks up within each 128-bit
  // half).
  unsigned char bits[kNumeralGroups][6][32];
};
constexpr NibbleTables MakeNibbleTables() {
  NibbleTables out{};
  for (size_t k = 0; k < kChineseNumeralCount; ++k) {
    const NumeralBytes& numeral = kChineseNumeralBytes[k];
    const unsigned char bytes[3] = {numeral.lead, numeral.second,
                                    numeral.third};
    for (size_t t = 0; t < 6; ++t) {
      const unsigned char byte = bytes[t / 2];
      const size_t nibble = t % 2 == 0 ? byte & 0x0F : byte >> 4;
      const auto bit = static_cast<unsigned char>(1u << (k % 8));
      out.bits[k / 8][t][nibble] |= bit;
      out.bits[k / 8][t][nibble + 16] |= bit;
    }
  }
  return out;
}
alignas(32) constexpr NibbleTables kNibbleTables = MakeNibbleTables();

// Table T of group G looked up by `nibbles` (each lane 0..15).
template <size_t G, size_t T>
EVENTX_AVX2 inline __m256i NibbleLookup(__m256i nibbles) {
  return _mm256_shuffle_epi8(
      _mm256_load_si256(
          reinterpret_cast<const __m256i*>(kNibbleTables.bits[G][T])),
      nibbles);
}

// The positions where a numeral of group G starts: its bits in all six
// lookups (written out, so that every build unrolls them).
template <size_t G>
EVENTX_AVX2 inline __m256i GroupStarts32(const __m256i (&nibbles)[6]) {
  return _mm256_and_si256(
      _mm256_and_si256(
          _mm256_and_si256(NibbleLookup<G, 0>(nibbles[0]),
                           NibbleLookup<G, 1>(nibbles[1])),
          _mm256_and_si256(NibbleLookup<G, 2>(nibbles[2]),
                           NibbleLookup<G, 3>(nibbles[3]))),
      _mm256_and_si256(NibbleLookup<G, 4>(nibbles[4]),
                       NibbleLookup<G, 5>(nibbles[5])));
}

EVENTX_AVX2 inline uint32_t NumeralStarts32(const unsigned char* p) {
  const __m256i b0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
  const __m256i b1 =
      _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 1));
  const __m256i b2 =
      _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 2));
  const __m256i low_four = _mm256_set1_epi8(0x0F);
  const __m256i nibbles[6] = {
      _mm256_and_si256(b0, low_four),
      _mm256_and_si256(_mm256_srli_epi16(b0, 4), low_four),
      _mm256_and_si256(b1, low_four),
      _mm256_and_si256(_mm256_srli_epi16(b1, 4), low_four),
      _mm256_and_si256(b2, low_four),
      _mm256_and_si256(_mm256_srli_epi16(b2, 4), low_four)};
  const __m256i any =
      _mm256_or_si256(GroupStarts32<0>(nibbles), GroupStarts32<1>(nibbles));
  const uint32_t numerals = ~static_cast<uint32_t>(_mm256_movemask_epi8(
      _mm256_cmpeq_epi8(any, _mm256_setzero_si256())));
  // b0 - '0' <= 9 unsigned.
  const __m256i from_zero = _mm256_sub_epi8(b0, _mm256_set1_epi8('0'));
  const uint32_t digits = static_cast<uint32_t>(_mm256_movemask_epi8(
      _mm256_cmpeq_epi8(_mm256_min_epu8(from_zero, _mm256_set1_epi8(9)),
                        from_zero)));
  return numerals | digits;
}
#endif

#if !defined(__SSE2__)
// The first position from `i` where a numeral starts (NumeralAt is not 0),
// or n when none does: the scan of builds without SSE2, whose ScanNumerals
// reads no blocks.
inline size_t FindNumeral(const unsigned char* p, size_t n, size_t i,
                          const uint64_t* three_byte) {
  size_t skip;
  // From any position, a scan by code points reaches every numeral start
  // (see above).
  while (i < n) {
    if (NumeralAt(p, n, i, &skip, three_byte) != 0) return i;
    i += skip;
  }
  return n;
}
#endif

size_t NumeralAt(std::string_view text, size_t pos) {
  size_t skip;
  return NumeralAt(reinterpret_cast<const unsigned char*>(text.data()),
                   text.size(), pos, &skip, ThreeByteNumerals());
}

// The bytes of the numeral that ends just before text[end], 0 when none.
size_t NumeralBefore(std::string_view text, size_t end) {
  if (end >= 1 && IsAsciiDigit(text[end - 1])) return 1;
  if (end >= 3 && NumeralAt(text, end - 3) == 3) return 3;
  return 0;
}

// A publication stamp's parts: (\d{3,4})(?:-|/|\.|年)(\d{1,2})(?:-|/|\.|月)
// (\d{1,2})日?, as RE2 matches it anchored at `begin` (leftmost first,
// greedy): the year is all the digits before its separator (of five or
// more, neither three nor four leave a separator after them), the month
// likewise, the day the first two digits (or one), then 日 if it follows.
// Matched by hand: RE2 cost a thousand instructions and some twenty cache
// misses a call, and a second, capturing, match for the parts.
struct StampParts {
  size_t end = 0;
  std::string_view year, month, day;
};

bool StampAt(std::string_view text, size_t begin, StampParts* out) {
  auto digits = [&](size_t pos, size_t most) {
    size_t n = 0;
    while (n < most && pos + n < text.size() && IsAsciiDigit(text[pos + n])) {
      ++n;
    }
    return n;
  };
  // The bytes of a separator at pos: '-', '/', '.' or `word`; 0 for none.
  auto separator = [&](size_t pos, std::string_view word) -> size_t {
    if (pos >= text.size()) return 0;
    const char c = text[pos];
    if (c == '-' || c == '/' || c == '.') return 1;
    return text.substr(pos, word.size()) == word ? word.size() : 0;
  };
  const size_t year = digits(begin, 5);
  if (year < 3 || year > 4) return false;
  size_t p = begin + year;
  const size_t first = separator(p, "年");
  if (first == 0) return false;
  p += first;
  const size_t month_begin = p;
  const size_t month = digits(p, 3);
  if (month < 1 || month > 2) return false;
  p += month;
  const size_t second = separator(p, "月");
  if (second == 0) return false;
  p += second;
  const size_t day_begin = p;
  const size_t day = digits(p, 2);
  if (day == 0) return false;
  p += day;
  if (text.substr(p, 3) == "日") p += 3;
  out->end = p;
  out->year = text.substr(begin, year);
  out->month = text.substr(month_begin, month);
  out->day = text.substr(day_begin, day);
  return true;
}

}  // namespace

bool StampEndAt(std::string_view text, size_t begin, size_t* end) {
  StampParts parts;
  if (!StampAt(text, begin, &parts)) return false;
  *end = parts.end;
  return true;
}

namespace {

// The end of (?:\d{1,2}|[二三]?十[一二三四五六七八九]?)日 at text[pos], or
// npos. Each part is forced: two digits and a third, or a Chinese digit
// after 十 not followed by 日, leave no way to 日.
size_t BareDayEndAt(std::string_view text, size_t pos) {
  auto at = [&](size_t p, std::string_view word) {
    return text.substr(std::min(p, text.size()), word.size()) == word;
  };
  size_t p = pos;
  size_t digits = 0;
  while (digits < 3 && p + digits < text.size() &&
         IsAsciiDigit(text[p + digits])) {
    ++digits;
  }
  if (digits > 2) return std::string_view::npos;
  if (digits > 0) {
    p += digits;
  } else {
    if (at(p, "二") || at(p, "三")) p += 3;
    if (!at(p, "十")) return std::string_view::npos;
    p += 3;
    static constexpr std::string_view kOneToNine = "一二三四五六七八九";
    for (size_t d = 0; d < kOneToNine.size(); d += 3) {
      if (at(p, kOneToNine.substr(d, 3))) {
        p += 3;
        break;
      }
    }
  }
  return at(p, "日") ? p + 3 : std::string_view::npos;
}

}  // namespace

// The end of the day-only rule's match in `text` anchored at `begin` (false:
// none), the match RE2 finds leftmost-longest: the second day when the
// range parses (its parts are forced as a day's: three spaces, or three
// dashes, leave no way on), else the first.
bool DayOnlyEndAt(std::string_view text, size_t begin, size_t* end) {
  const size_t first = BareDayEndAt(text, begin);
  if (first == std::string_view::npos) return false;
  *end = first;
  auto spaces = [&](size_t p) {
    size_t n = 0;
    while (n < 3 && p + n < text.size() &&
           (text[p + n] == ' ' || text[p + n] == '\t')) {
      ++n;
    }
    return n;
  };
  auto at = [&](size_t p, std::string_view word) {
    return text.substr(std::min(p, text.size()), word.size()) == word;
  };
  size_t p = first;
  const size_t before = spaces(p);
  if (before > 2) return true;
  p += before;
  if (at(p, "至") || at(p, "到")) {
    p += 3;
  } else if (at(p, "-") || at(p, "~")) {
    p += 1;
  } else if (at(p, "\u2014")) {  // —{1,2}
    p += 3;
    if (at(p, "\u2014")) p += 3;
    if (at(p, "\u2014")) return true;
  } else {
    return true;
  }
  const size_t after = spaces(p);
  if (after > 2) return true;
  const size_t second = BareDayEndAt(text, p + after);
  if (second != std::string_view::npos) *end = second;
  return true;
}

namespace {

// kMentionRule's match for its commonest shapes, by hand: ASCII digits
// with their units and no spaces, 2024年, 2024年11月, 2024年11月8日, 11月
// and 11月8日 (or 号), followed by a character from which no alternative of
// the rule goes on (*undecided for anything else, which RE2 then matches).
// For these, an alternative is a month or a day, or a range whose separator
// or following number would stand right after: a year 2..4 digits before
// 年, a month 1..2 before 月, a day 1..2 before 日; nothing but
// [ \t], -, ~, 至, 到, —, a digit or 一..十 continues any. RE2 cost a
// thousand instructions and some twenty cache misses a call.
bool CommonMentionEndAt(std::string_view text, size_t begin, size_t* end,
                        bool* undecided) {
  *undecided = true;
  auto at = [&](size_t p, std::string_view word) {
    return p <= text.size() && text.size() - p >= word.size() &&
           std::memcmp(text.data() + p, word.data(), word.size()) == 0;
  };
  auto digits = [&](size_t p) {
    size_t n = 0;
    while (n < 5 && p + n < text.size() && IsAsciiDigit(text[p + n])) ++n;
    return n;
  };
  // Whether some alternative may go on at p (a superset).
  auto may_go_on = [&](size_t p) {
    size_t len;
    const char32_t cp = CodePointAt(text, p, &len);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      return IsAsciiDigit(c) || c == ' ' || c == '\t' || c == '-' || c == '~';
    }
    return IsChineseNumeral(cp) || cp == U'至' || cp == U'到' || cp == U'—';
  };
  size_t p = begin;
  size_t n = digits(p);
  if (n == 0) return false;
  if (n == 4 && p + 4 < text.size() &&
      (text[p + 4] == '-' || text[p + 4] == '/' || text[p + 4] == '.')) {
    // 2025-07-06, 2024/11/08, 2024.11.08 (the same mark twice, then one or
    // two digits each), and 1995-1997年 (four digits, -, a year): the only
    // alternatives four digits and such a mark can open; the longer wins.
    const char mark = text[p + 4];
    size_t longest = std::string_view::npos;
    const size_t month = digits(p + 5);
    if (month >= 1 && month <= 2 &&
        at(p + 5 + month, std::string_view(&mark, 1))) {
      const size_t day = std::min<size_t>(digits(p + 6 + month), 2);
      if (day > 0) longest = p + 6 + month + day;
    }
    if (mark == '-') {
      // [ \t]{0,2} after the -, then a year: \d{2,4}[ \t]{0,2}年 (a year
      // in Chinese numerals is left to RE2).
      size_t q = p + 5;
      for (size_t k = 0;
           k < 2 && q < text.size() && (text[q] == ' ' || text[q] == '\t');
           ++k) {
        ++q;
      }
      size_t len;
      if (IsChineseNumeral(CodePointAt(text, q, &len))) return false;
      const size_t year = digits(q);
      if (year >= 2 && year <= 4) {
        size_t r = q + year;
        for (size_t k = 0;
             k < 2 && r < text.size() && (text[r] == ' ' || text[r] == '\t');
             ++k) {
          ++r;
        }
        if (at(r, "年") &&
            (longest == std::string_view::npos || r + 3 > longest)) {
          longest = r + 3;
        }
      }
    }
    *undecided = false;
    if (longest == std::string_view::npos) return false;
    *end = longest;
    return true;
  }
  if (at(p + n, "年")) {
    if (n < 2 || n > 4) return false;
    p += n + 3;
    n = digits(p);
    if (n == 0) {
      if (may_go_on(p)) return false;
      *undecided = false;
      *end = p;  // 2024年
      return true;
    }
  }
  if (n > 2 || !at(p + n, "月")) return false;
  p += n + 3;
  n = digits(p);
  if (n > 0) {
    if (n > 2 || !(at(p + n, "日") || at(p + n, "号"))) return false;
    p += n + 3;
  }
  if (may_go_on(p)) return false;
  *undecided = false;
  *end = p;  // 2024年11月, 2024年11月8日, 11月, 11月8日
  return true;
}

}  // namespace

bool MentionEndAt(std::string_view text, size_t begin, size_t* end,
                  bool* undecided) {
  return CommonMentionEndAt(text, begin, end, undecided);
}

const char* MentionRule() { return kMentionRule; }

namespace {

// A hand-made matcher of NumberLedRule's shape, for one that always decides.
template <bool (*EndAt)(std::string_view, size_t, size_t*)>
bool Decided(std::string_view text, size_t begin, size_t* end,
             bool* undecided) {
  *undecided = false;
  return EndAt(text, begin, end);
}

// The value of a run of ASCII digits (at most four).
int DigitsValue(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

// A rule every match of which opens with a number (a run of numerals,
// NumeralAt), then at most `max_spaces` spaces or tabs, then one of the
// code points of `follows`, the number having as many numerals as that
// code point allows. The rules' texts above have this shape; their
// NumberFollow tables stand beside them.
//
// RE2's unanchored search runs its DFA over every byte of the text, and
// that was most of the cost of dates. NextMatch finds the same match (the
// leftmost, and at that start what RE2 matches) by trying the rule,
// anchored, only where such a number stands: since a numeral is neither a
// space nor a following code point, a match's leading number ends where
// its run of numerals ends, so only the starts that leave an allowed count
// of numerals before the run's end, when the run is followed as the rule
// requires, can start a match.
struct NumberLedRule {
  static constexpr size_t kMaxNumerals = 8;

  // Whether every count of `table` fits kMaxNumerals (checked at compile
  // time below).
  template <size_t N>
  static constexpr bool Fits(const NumberFollow (&table)[N]) {
    for (const NumberFollow& f : table) {
      if (f.min_numerals > f.max_numerals || f.max_numerals > kMaxNumerals) {
        return false;
      }
    }
    return true;
  }

  // The rule; and for a rule matched by hand, the end of its match in
  // `text` anchored at `begin` (false: none; *undecided: `re` decides).
  std::unique_ptr<RE2> re;
  bool (*match_at)(std::string_view text, size_t begin, size_t* end,
                   bool* undecided) = nullptr;
  size_t max_spaces = 0;
  const NumberFollow* follows = nullptr;
  size_t follow_count = 0;

  // Bit cp % 64 of each code point of `follows`: most code points after a
  // number follow no rule's, and one bit test tells most of them.
  uint64_t follow_bits = 0;

  template <size_t N>
  void SetFollows(const NumberFollow (&table)[N]) {
    follows = table;
    follow_count = N;
    for (const NumberFollow& f : table) {
      follow_bits |= uint64_t{1} << (f.code_point % 64);
    }
  }

  // The entry of `follows` for `cp`, or null.
  const NumberFollow* FollowOf(char32_t cp) const {
    if (!((follow_bits >> (cp % 64)) & 1)) return nullptr;
    for (size_t i = 0; i < follow_count; ++i) {
      if (follows[i].code_point == cp) return &follows[i];
    }
    return nullptr;
  }

  // The match of `re` that RE2 finds searching view[0, limit) unanchored
  // from `pos`; false when there is none. `numerals` are the view's runs
  // and *next_run the first of them that may hold the match: 0 at first,
  // then as left by the previous call for the same view, limit and a
  // larger pos.
  bool NextMatch(std::string_view view, size_t limit,
                 const NumeralRuns& numerals, size_t* next_run, size_t pos,
                 re2::StringPiece* match) const {
    const re2::StringPiece input(view.data(), limit);
    for (; *next_run < numerals.runs.size(); ++*next_run) {
      const NumeralRuns::Run& run = numerals.runs[*next_run];
      if (run.end <= pos) continue;
      // A match takes the code point after its number; within the limit
      // (a run at the limit is cut there and has none).
      if (run.end >= limit) return false;
      size_t at = run.end;
      for (size_t n = 0; n < max_spaces && at < limit &&
                         (view[at] == ' ' || view[at] == '\t');
           ++n) {
        ++at;
      }
      size_t len;
      const NumberFollow* follow = FollowOf(CodePointAt(view, at, &len));
      if (follow == nullptr || at + len > limit) continue;
      // starts[k - 1]: where the run's last k numerals start, not before
      // pos.
      const size_t first = std::max(run.begin, pos);
      size_t starts[kMaxNumerals];
      size_t count = 0;
      for (size_t end = run.end;
           end > first && count < follow->max_numerals;) {
        const size_t back = NumeralBefore(view, end);
        if (back == 0 || back > end - first) break;
        end -= back;
        starts[count++] = end;
      }
      // Leftmost first.
      for (size_t k = count; k >= follow->min_numerals && k > 0; --k) {
        if (match_at != nullptr) {
          size_t end;
          bool undecided = false;
          if (match_at(std::string_view(view.data(), limit), starts[k - 1],
                       &end, &undecided)) {
            *match = re2::StringPiece(view.data() + starts[k - 1],
                                      end - starts[k - 1]);
            return true;
          }
          if (!undecided) continue;
        }
        if (re->Match(input, starts[k - 1], limit, RE2::ANCHOR_START, match,
                      1)) {
          return true;  // it ends past this run: the next call moves on
        }
      }
    }
    return false;
  }
};

static_assert(NumberLedRule::Fits(kMentionFollows) &&
              NumberLedRule::Fits(kDayOnlyFollows) &&
              NumberLedRule::Fits(kStampFollows));

struct DateFinder::Rules {
  NumberLedRule mention;   // MentionEndAt (kMentionRule, leftmost-longest)
  NumberLedRule day_only;  // DayOnlyEndAt
  NumberLedRule stamp;     // StampAt
  SmallWordList event_verbs;  // kEventVerbs

  // Resolves the match [begin, end) of `mention`. False when it is not a
  // date (2月30日, 50年, an address).
  bool Resolve(std::string_view view, size_t begin, size_t end,
               const std::optional<CivilDate>& anchor, ViewDate* out) const;
};

namespace {

Status Compile(const char* name, const char* pattern, bool longest,
               std::unique_ptr<RE2>* out) {
  RE2::Options options(RE2::Quiet);
  options.set_longest_match(longest);
  options.set_encoding(RE2::Options::EncodingUTF8);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) {
    return Status(StatusCode::kInternal,
                  std::string("rule ") + name + ": " + re->error());
  }
  *out = std::move(re);
  return Status::Ok();
}

}  // namespace

bool DateFinder::Rules::Resolve(std::string_view view, size_t begin, size_t end,
                                const std::optional<CivilDate>& anchor,
                                ViewDate* out) const {
  // A number run that starts before the match: 12024年.
  if (begin > 0 && IsAsciiDigit(view[begin - 1]) && IsAsciiDigit(view[begin])) {
    return false;
  }
  std::string_view text = view.substr(begin, end - begin);
  *out = ViewDate();
  out->begin = begin;
  out->end = end;

  bool chinese = text.find("年") != std::string_view::npos ||
                 text.find("月") != std::string_view::npos ||
                 text.find("日") != std::string_view::npos ||
                 text.find("号") != std::string_view::npos;
  if (!chinese) {
    // 2025-07-06, 2024/11/08, 2024.11.08.
    if (!StampBounded(view, begin, end)) return false;
    int parts[3] = {0, 0, 0};
    int k = 0;
    for (char c : text) {
      if (IsAsciiDigit(c)) {
        parts[k] = parts[k] * 10 + (c - '0');
      } else if (++k > 2) {
        return false;
      }
    }
    if (k != 2 || parts[0] < 1000 || !ValidDay(parts[0], parts[1], parts[2])) {
      return false;
    }
    out->start = CivilDate{parts[0], parts[1], parts[2]};
    out->end_date = out->start;
    out->year_written = true;
    return true;
  }

  // A bare Chinese day must not run on into a number (八月十五万).
  if (end < view.size()) {
    size_t len, last_len;
    char32_t next = CodePointAt(view, end, &len);
    char32_t last = DecodeUtf8Before(view, end, &last_len);
    if (IsChineseNumeral(last) &&
        (IsChineseNumeral(next) || next == U'万' || next == U'亿' ||
         next == U'个' || next == '%')) {
      return false;
    }
  }

  Numbers left, right;
  bool has_sep = false;
  if (!Tokenize(text, &left, &right, &has_sep)) return false;
  if (has_sep && right.empty()) return false;
  if (!AssignUnits(&left, right.empty() ? 0 : right.front().unit)) {
    return false;
  }
  if (has_sep && !AssignUnits(&right, 0)) return false;

  // 在789年: a short bare year needs such a cue.
  std::string_view before = ClauseBefore(view, begin, 2);
  bool year_context = before.find("在") != std::string_view::npos ||
                      before.find("公元") != std::string_view::npos ||
                      before.find("于") != std::string_view::npos;

  CivilDate start, stop;
  bool start_year = false, stop_year = false;
  if (!SideDate(left, year_context, &start, &start_year)) return false;
  bool stop_month = false;
  if (has_sep) {
    if (!SideDate(right, year_context, &stop, &stop_year)) return false;
    if (Precision(stop) != Precision(start)) return false;
    stop_month = stop.month > 0;
  } else {
    stop = start;
  }
  int precision = Precision(start);
  if (precision == 1 && start.year == 0) return false;
  if (precision >= 2 && (start.month < 1 || start.month > 12)) return false;
  if (has_sep && precision >= 2 && stop_month &&
      (stop.month < 1 || stop.month > 12)) {
    return false;
  }
  // Impossible days. With the year unknown, February has 29 days here and
  // year inference below finds a leap year.
  if (precision == 3 && !ValidDay(start.year, start.month, start.day)) {
    return false;
  }
  if (has_sep && precision >= 2 && !stop_month) {
    // 10月29日至30日: the end's month is the start's; 10月30日至2日 runs
    // into the next month.
    stop.month = start.month;
    if (stop.day < start.day) {
      stop.month = start.month % 12 + 1;
      if (start.month == 12 && stop.year == 0 && start.year > 0) {
        stop.year = start.year + 1;
      }
    }
  }
  if (precision == 3 && !ValidDay(stop.year, stop.month, stop.day)) {
    return false;
  }

  // Years: the end's written year dates the start; else the anchor does.
  if (start.year == 0) {
    if (stop.year > 0) {
      start.year = stop.year;
      if (Compare(CivilDate{0, start.month, start.day},
                  CivilDate{0, stop.month, stop.day}) > 0) {
        --start.year;
      }
    } else if (anchor && anchor->year > 0) {
      start.year =
          InferYear(start.month, precision == 3 ? start.day : 0, *anchor);
      if (start.year == 0) return false;
    } else if (precision == 2) {
      return false;  // "3月" with no year anywhere cannot be written down
    }
  }
  if (stop.year == 0 && start.year > 0) {
    stop.year = start.year;
    if (Compare(CivilDate{0, stop.month, stop.day},
                CivilDate{0, start.month, start.day}) < 0) {
      ++stop.year;
    }
  }
  if (precision == 3 && (!ValidDay(start.year, start.month, start.day) ||
                         !ValidDay(stop.year, stop.month, stop.day))) {
    return false;
  }
  if (start.year > 0 && Compare(stop, start) < 0) return false;

  out->start = start;
  out->end_date = stop;
  out->year_written = start_year || stop_year;
  return true;
}

DateFinder::DateFinder(std::unique_ptr<Rules> rules)
    : rules_(std::move(rules)) {}

DateFinder::~DateFinder() = default;

Status DateFinder::Create(std::unique_ptr<const DateFinder>* out) {
  auto rules = std::make_unique<Rules>();
  Status status =
      Compile("date.mention", kMentionRule, true, &rules->mention.re);
  if (!status.ok()) return status;
  rules->mention.match_at = MentionEndAt;
  rules->mention.max_spaces = kMentionSpaces;
  rules->mention.SetFollows(kMentionFollows);
  rules->day_only.match_at = Decided<DayOnlyEndAt>;
  rules->day_only.SetFollows(kDayOnlyFollows);
  rules->stamp.match_at = Decided<StampEndAt>;
  rules->stamp.SetFollows(kStampFollows);
  for (std::string_view verb : kEventVerbs) rules->event_verbs.Add(verb);
  rules->event_verbs.Finish();
  out->reset(new DateFinder(std::move(rules)));
  return Status::Ok();
}

#if defined(__SSE2__)
namespace {

// ScanNumerals' runs, read off the masks of numeral starts of the blocks of
// the view in order: a run goes on where a numeral starts right where the
// last one ends. The run last read stays open, [run_begin, run_end), until
// a numeral starts elsewhere: one at a block's last places runs into the
// next block.
struct RunReader {
  static constexpr size_t kNoRun = std::string_view::npos;
  const unsigned char* p;
  NumeralRuns* out;
  size_t run_begin = 0;
  size_t run_end = kNoRun;

  // `starts`: bit k for a numeral starting at p[at + k].
  EVENTX_ALWAYS_INLINE void Add(size_t at, uint32_t starts) {
    for (; starts != 0; starts &= starts - 1) {
      const size_t start = at + static_cast<size_t>(__builtin_ctz(starts));
      if (start != run_end) {
        if (run_end != kNoRun) out->runs.push_back({run_begin, run_end});
        run_begin = start;
      }
      // An ASCII digit, or the three bytes of a Chinese numeral.
      run_end = start + 1 + 2 * (p[start] >> 7);
    }
  }
};

#if defined(EVENTX_DATES_AVX2)
// The runs of the view's blocks of 32 positions, from the start while 34
// bytes are left; the first position not read.
EVENTX_AVX2 size_t ReadRuns32(RunReader& reader, size_t n) {
  size_t i = 0;
  for (; i + 34 <= n; i += 32) reader.Add(i, NumeralStarts32(reader.p + i));
  return i;
}
#endif

}  // namespace
#endif

NumeralRuns DateFinder::ScanNumerals(std::string_view view) {
  // Most of a view is Han text with no numeral, passed over 16 bytes at a
  // time (all of it without SSE2: by FindNumeral and a numeral at a time).
  const auto* p = reinterpret_cast<const unsigned char*>(view.data());
  const size_t n = view.size();
  NumeralRuns out;
  // Room for a run every 64 bytes (一 alone stands every hundred or so in
  // Chinese text), so the vector does not grow through its doublings.
  out.runs.reserve(16 + n / 64);
  size_t i = 0;
#if defined(__SSE2__)
  // The blocks' masks of numeral starts give the runs as well (RunReader),
  // with no table lookup per numeral and no search started again at a
  // run's end (a run every hundred bytes or so). Where the processor has
  // AVX2, blocks of 32 positions go first (half the instructions: the scan
  // reads every byte of every view).
  RunReader reader{p, &out};
#if defined(EVENTX_DATES_AVX2)
  if (UseAvx2()) i = ReadRuns32(reader, n);
#endif
  for (; i + 18 <= n; i += 16) {
    reader.Add(i, NumeralStarts16(
                      p + i, std::make_index_sequence<kNumeralLeadPairs.count>()));
  }
  // The last bytes (fewer than 18): a zeroed copy, read as a block or two.
  // No numeral holds a zero byte, so the padding starts none and completes
  // none cut by the view's end. (Read a numeral at a time, they were
  // looked up in the 8 KB ThreeByteNumerals table, by every three-byte
  // character there: a cold line or two at every view.)
  if (i < n) {
    const size_t left = n - i;
    unsigned char tail[16 + 18] = {};
    std::memcpy(tail, p + i, left);
    for (size_t block = 0; block < left; block += 16) {
      reader.Add(i + block,
                 NumeralStarts16(tail + block,
                                 std::make_index_sequence<
                                     kNumeralLeadPairs.count>()));
    }
  }
  if (reader.run_end != RunReader::kNoRun) {
    out.runs.push_back({reader.run_begin, reader.run_end});
  }
#else
  const uint64_t* three_byte = ThreeByteNumerals();
  while ((i = FindNumeral(p, n, i, three_byte)) < n) {
    size_t skip;
    size_t len = NumeralAt(p, n, i, &skip, three_byte);
    const size_t begin = i;
    do {
      i += len;
    } while (i < n && (len = NumeralAt(p, n, i, &skip, three_byte)) != 0);
    out.runs.push_back({begin, i});
  }
#endif
  return out;
}

std::vector<ViewDate> DateFinder::FindAll(
    std::string_view view, const std::optional<CivilDate>& anchor) const {
  return FindAll(view, ScanNumerals(view), anchor);
}

std::vector<ViewDate> DateFinder::FindAll(
    std::string_view view, const NumeralRuns& numerals,
    const std::optional<CivilDate>& anchor) const {
  std::vector<ViewDate> out;
  re2::StringPiece match;
  size_t pos = 0;
  size_t next_run = 0;
  while (pos < view.size() &&
         rules_->mention.NextMatch(view, view.size(), numerals, &next_run, pos,
                                   &match)) {
    size_t begin = static_cast<size_t>(match.data() - view.data());
    size_t end = begin + match.size();
    if (end == begin) {  // cannot happen: every alternative is non-empty
      pos = begin + 1;
      continue;
    }
    ViewDate date;
    if (rules_->Resolve(view, begin, end, anchor, &date)) {
      out.push_back(date);
    }
    pos = end;
  }
  return out;
}

std::optional<ViewDate> DateFinder::FindPublished(std::string_view view) const {
  return FindPublished(view, ScanNumerals(view));
}

std::optional<ViewDate> DateFinder::FindPublished(
    std::string_view view, const NumeralRuns& numerals) const {
  static constexpr std::string_view kStrongCues[] = {
      "发布时间", "发布日期", "发表时间", "发表日期", "更新时间", "发布于"};
  re2::StringPiece match;
  size_t pos = 0;
  size_t next_run = 0;
  while (pos < view.size() &&
         rules_->stamp.NextMatch(view, view.size(), numerals, &next_run, pos,
                                 &match)) {
    size_t begin = static_cast<size_t>(match.data() - view.data());
    size_t end = begin + match.size();
    pos = end;
    StampParts parts;
    if (!StampAt(view, begin, &parts) || parts.end != end) continue;
    bool numeric = match.find("年") == re2::StringPiece::npos;
    // "2017年12月06日13:20" may run into its time; a bare number may not.
    bool closed = view.substr(end - 3, 3) == "日";
    if ((begin > 0 && IsAsciiDigit(view[begin - 1])) ||
        (!closed && end < view.size() && IsAsciiDigit(view[end])) ||
        (numeric && !StampBounded(view, begin, end))) {
      continue;
    }
    CivilDate date{DigitsValue(parts.year), DigitsValue(parts.month),
                   DigitsValue(parts.day)};
    if (parts.year.size() == 3) {
      // 113年10月24日 (民国): only with 年, and a year of this century.
      if (numeric || date.year < 89) continue;
      date.year += kRocYearOffset;
    }
    if (date.year < 1990 || date.year > 2100 ||
        !ValidDay(date.year, date.month, date.day)) {
      continue;
    }
    // Only the stamp's neighbourhood is read, so a page of stamps on one
    // line stays linear.
    size_t line_begin = BoundedLineBegin(view, begin, kStampContext);
    std::string_view prefix = view.substr(line_begin, begin - line_begin);
    size_t time_end = TimeAfter(view, end);
    size_t rest_begin = time_end == std::string_view::npos ? end : time_end;
    size_t line_end = BoundedLineEnd(view, rest_begin, kStampContext);
    std::string_view rest = view.substr(rest_begin, line_end - rest_begin);
    // 2025年3月14日(星期五): a weekday after the stamp leaves it alone.
    rest = Trim(rest);
    bool weekday = false;
    for (std::string_view open : {"(", ""}) {
      for (std::string_view week : {"星期", "周", "礼拜"}) {
        std::string_view lead = rest.substr(0, open.size() + week.size());
        if (lead.size() == open.size() + week.size() &&
            lead.substr(0, open.size()) == open &&
            lead.substr(open.size()) == week) {
          size_t stop = open.empty() ? open.size() + week.size() + 3
                                     : rest.find(')');
          if (stop != std::string_view::npos && stop <= rest.size()) {
            rest = rest.substr(std::min(rest.size(), stop + (open.empty() ? 0 : 1)));
            weekday = true;
          }
        }
      }
    }
    bool lone = (line_begin == 0 || view[line_begin - 1] == '\n') &&
                (line_end == view.size() || view[line_end] == '\n') &&
                Trim(prefix).empty() && Trim(rest).empty();
    bool header = begin < kHeaderBytes;
    // A source cue counts when it follows the stamp closely, with no clause
    // between ("2024-11-08 09:05  来源:", not "...举行,来源于..."). Cut
    // only when asked: most stamp-shaped dates are the body's, past the
    // header, and need no source cue.
    auto source_cue_near = [&rest] {
      std::string_view near = rest.substr(0, kSourceCueBytes);
      near = near.substr(
          0, std::min({near.find(','), near.find("，"), near.find("。")}));
      return ContainsAny<kSourceCues>(near);
    };
    // A lone line with its weekday is the page's own date wherever it
    // stands (Hong Kong press releases end with one).
    bool accept =
        ContainsAny<kStrongCues>(prefix) || (lone && weekday) ||
        (header && (ContainsAny<kPublishedCues>(prefix) ||
                    time_end != std::string_view::npos || lone ||
                    source_cue_near()));
    if (!accept) continue;
    ViewDate out;
    out.begin = begin;
    out.end = end;
    out.start = date;
    out.end_date = date;
    out.year_written = true;
    return out;
  }
  return std::nullopt;
}

namespace {

// Whether the sentence after `pos` carries an event verb (`event_verbs`:
// kEventVerbs).
bool HasEventVerb(std::string_view view, size_t pos,
                  const SmallWordList& event_verbs) {
  return event_verbs.AnyBeforeSentenceEnd(view.substr(pos, kVerbWindow));
}

// Whether a date at [begin, end) is another event's: a plan, a starting
// point or a past reference.
bool OtherEventContext(std::string_view view, size_t begin, size_t end) {
  // 来自, 各自, 亲自 are not 自 ("since"): they are taken out of the
  // clause, in a copy, when it holds 自 at all (seldom; no copy else).
  const std::string_view before = ClauseBefore(view, begin, kCueBefore);
  if (before.find("自") == std::string_view::npos) {
    if (ContainsAny<kOtherEventCues>(before)) return true;
  } else {
    std::string clause(before);
    for (std::string_view word : {"来自", "各自", "亲自"}) {
      for (size_t at = clause.find(word); at != std::string::npos;
           at = clause.find(word)) {
        clause.erase(at, word.size());
      }
    }
    if (ContainsAny<kOtherEventCues>(clause)) return true;
  }
  std::string_view after = view.substr(SkipSpaces(view, end));
  if (StartsWithAny(after, kAfterCues)) return true;
  // 7月5日前 (a deadline), but not 7月5日前往.
  return after.substr(0, 3) == "前" && after.substr(3, 3) != "往";
}

// The day `day` of `anchor`'s month, or of the month before when that day
// would come after the anchor (a dateline's 30日 on a page of June 2nd).
CivilDate DayNotAfter(const CivilDate& anchor, int day) {
  CivilDate out = anchor;
  out.day = day;
  if (day > anchor.day && --out.month == 0) {
    out.month = 12;
    if (out.year > 0) --out.year;
  }
  return out;
}

// A wire dateline ends at the date: 新华社布鲁塞尔6月19日电, 本报北京3月5日讯,
// and a press release's: 北京,2025年3月14日——.
bool IsDateline(std::string_view view, size_t end) {
  std::string_view after = view.substr(SkipSpaces(view, end));
  return after.substr(0, 3) == "电" || after.substr(0, 6) == "专电" ||
         after.substr(0, 3) == "讯" || after.substr(0, 3) == "\u2014";
}

}  // namespace

std::optional<ViewDate> DateFinder::ChooseEventDate(
    std::string_view view, const std::vector<ViewDate>& mentions,
    const std::optional<ViewDate>& published) const {
  return ChooseEventDate(view, ScanNumerals(view), mentions, published);
}

std::optional<ViewDate> DateFinder::ChooseEventDate(
    std::string_view view, const NumeralRuns& numerals,
    const std::vector<ViewDate>& mentions,
    const std::optional<ViewDate>& published) const {
  std::optional<ViewDate> day =
      ChooseEventDay(view, numerals, mentions, published);
  // …4日在昌吉闭幕。3日开幕以来…: a closing day, and the opening day told
  // just after (or before) it, make the event's range.
  constexpr size_t kOpeningWindowBytes = 240;
  constexpr size_t kClosingWindowBytes = 36;  // 4日在新疆昌吉闭幕
  if (!day || day->start.day == 0 || Compare(day->start, day->end_date) != 0) {
    return day;
  }
  std::string_view after = view.substr(day->end, kClosingWindowBytes);
  if (after.find("闭幕") == std::string_view::npos) return day;
  size_t from = day->begin > kOpeningWindowBytes ? day->begin - kOpeningWindowBytes : 0;
  std::string_view near = view.substr(from, day->end + kOpeningWindowBytes - from);
  for (size_t at = near.find("日开幕"); at != std::string_view::npos;
       at = near.find("日开幕", at + 1)) {
    size_t b = at;
    while (b > 0 && IsAsciiDigit(near[b - 1]) && at - b < 2) --b;
    if (b == at || (b > 0 && IsAsciiDigit(near[b - 1]))) continue;
    int opening = std::stoi(std::string(near.substr(b, at - b)));
    if (opening >= 1 && opening < day->start.day) {
      day->start.day = opening;
      return day;
    }
  }
  return day;
}

std::optional<ViewDate> DateFinder::ChooseEventDay(
    std::string_view view, const NumeralRuns& numerals,
    const std::vector<ViewDate>& mentions,
    const std::optional<ViewDate>& published) const {
  // The lead: up to kLeadParagraphs body paragraphs, and at most ten
  // sentences from the first of them.
  std::vector<LineInfo> lines;
  // A report's title, stamp and lead lines: room for them at once rather
  // than through the vector's doublings, an allocation each.
  lines.reserve(32);
  size_t lead_end = view.size();
  {
    int paragraph = 0;
    size_t first_body = std::string_view::npos;
    for (size_t begin = 0; begin <= view.size();) {
      bool body;
      size_t end = ReadLine(view, begin, &body);
      lines.push_back({begin, end, body ? paragraph : -1, -1});
      if (body) {
        if (first_body == std::string_view::npos) first_body = begin;
        if (++paragraph == kLeadParagraphs) {
          lead_end = end;
          break;
        }
      }
      if (end >= view.size()) break;
      begin = end + 1;
    }
    if (first_body != std::string_view::npos) {
      lead_end = std::min(lead_end, first_body + kLeadBytes);
      // The tenth sentence's end counts only before lead_end, so the
      // search stops there: unbounded, a report of fewer than ten
      // sentences was searched to its end.
      const size_t p =
          EndOfFullStop(view.substr(0, lead_end), first_body, 10);
      if (p != std::string_view::npos) lead_end = std::min(lead_end, p);
    }
  }
  // The body paragraph holding `pos`, or null.
  auto paragraph_line = [&](size_t pos) -> LineInfo* {
    LineInfo* line = LineOf(lines, pos);
    return line == nullptr || line->paragraph < 0 ? nullptr : line;
  };
  // Whether a paragraph is the page's footer: read once, and only for a
  // date that passed the other tests (the line may be long).
  auto is_footer = [&](LineInfo* line) {
    if (line->footer < 0) {
      line->footer = ContainsAny<kFooterCues>(
          view.substr(line->begin, line->end - line->begin));
    }
    return line->footer != 0;
  };
  // A body paragraph that is no footer, holding `pos`, or null.
  auto body_line = [&](size_t pos) -> const LineInfo* {
    LineInfo* line = paragraph_line(pos);
    return line == nullptr || is_footer(line) ? nullptr : line;
  };

  // Bare days of the lead (8日, 4日至6日), outside full mentions.
  struct Bare {
    size_t begin, end;
  };
  std::vector<Bare> bares;
  {
    re2::StringPiece match;
    size_t pos = 0;
    size_t k = 0;
    size_t next_run = 0;
    while (pos < lead_end &&
           rules_->day_only.NextMatch(view, lead_end, numerals, &next_run, pos,
                                      &match)) {
      size_t begin = static_cast<size_t>(match.data() - view.data());
      size_t end = begin + match.size();
      pos = end;
      while (k < mentions.size() && mentions[k].end <= begin) ++k;
      if (k < mentions.size() && mentions[k].begin < end) continue;
      size_t len;
      char32_t prev = DecodeUtf8Before(view, begin, &len);
      if ((prev < 0x80 && IsAsciiDigit(static_cast<char>(prev))) ||
          IsChineseNumeral(prev) || prev == '.' ||
          std::u32string_view(U"月第每周初号").find(prev) !=
              std::u32string_view::npos) {
        continue;
      }
      if (view.substr(end, 3) == "元" || view.substr(end - 3, 6) == "日本") {
        continue;
      }
      bares.push_back({begin, end});
    }
  }

  struct Candidate {
    ViewDate date;
    bool verb;  // an event verb follows; else not asked yet (see the end)
  };
  std::vector<Candidate> candidates;
  std::optional<ViewDate> dateline;
  size_t mi = 0, bi = 0;
  while (mi < mentions.size() || bi < bares.size()) {
    bool take_mention =
        bi >= bares.size() ||
        (mi < mentions.size() && mentions[mi].begin < bares[bi].begin);
    if (take_mention) {
      const ViewDate& d = mentions[mi++];
      if (d.begin >= lead_end) continue;
      // The cheap tests first: body_line may read the whole line.
      if (published && d.begin < published->end && published->begin < d.end) {
        continue;
      }
      std::string_view text = view.substr(d.begin, d.end - d.begin);
      if (text.find("月") == std::string_view::npos) continue;  // a stamp
      if (d.start.day == 0) continue;  // a month or a year: not a day
      LineInfo* line = paragraph_line(d.begin);
      if (line == nullptr) continue;
      if (TimeAfter(view, d.end) != std::string_view::npos) continue;
      // A footer's date is nobody's; the line is read for that last, as
      // the tests before it reject the date either way.
      if (IsDateline(view, d.end)) {
        if (!dateline && !is_footer(line)) dateline = d;
        continue;
      }
      if (OtherEventContext(view, d.begin, d.end)) continue;
      if (published && d.start.year > 0 && published->start.year > 0) {
        if (Compare(d.start, published->start) > 0) continue;  // future
        if (DayNumber(published->start) - DayNumber(d.start) >
            kMaxDaysBeforePublished) {
          continue;  // background
        }
      }
      if (is_footer(line)) continue;
      candidates.push_back({d, false});
      continue;
    }
    const Bare& b = bares[bi++];
    if (!candidates.empty() || body_line(b.begin) == nullptr) continue;
    if (IsDateline(view, b.end)) {
      // 圣保罗21日专电 on a page of 2023-08-22: the dateline's day, in the
      // month of the page (or the one before), for when the lead gives no
      // date of its own (今天在亚松森签署).
      Numbers l, r;
      bool sep = false;
      if (!dateline && published && published->start.month != 0 &&
          published->start.day != 0 &&
          Tokenize(view.substr(b.begin, b.end - b.begin), &l, &r, &sep) &&
          l.size() == 1 && r.empty()) {
        CivilDate day = DayNotAfter(published->start, l[0].value);
        if (ValidDay(day.year, day.month, day.day)) {
          ViewDate resolved;
          resolved.begin = b.begin;
          resolved.end = b.end;
          resolved.start = day;
          resolved.end_date = day;
          dateline = resolved;
        }
      }
      continue;
    }
    std::string_view after = CodePointsAfter(view, b.end, kReportWindow);
    bool report = false;
    for (std::string_view verb : kReportVerbs) {
      size_t at = after.find(verb);
      if (at == std::string_view::npos) continue;
      // Only when no event verb comes first (8日在平潭举行).
      if (!rules_->event_verbs.AnyIn(after.substr(0, at))) {
        report = true;
      }
    }
    // 记者5日…获悉, 据新华社5日报道: the day of the report, not the event.
    std::string_view before = ClauseBefore(view, b.begin, kCueBefore);
    report |= before.find("记者") != std::string_view::npos ||
              before.find("报道") != std::string_view::npos ||
              before.find("据") != std::string_view::npos;
    if (report || OtherEventContext(view, b.begin, b.end)) continue;
    // The month of a bare day comes from the dateline (曼谷10月9日电), else
    // from the publication stamp (华盛顿15日专电 on a page of 2024-05-16).
    std::optional<ViewDate> anchor = dateline;
    if ((!anchor || anchor->start.month == 0) && published &&
        published->start.month != 0 && published->start.day != 0) {
      anchor = published;
    }
    if (!anchor || anchor->start.month == 0) {
      // The lead dates the event by a day whose month is unknown: any
      // later full date is another event's.
      return std::nullopt;
    }
    dateline = anchor;
    Numbers left, right;
    bool has_sep = false;
    if (!Tokenize(view.substr(b.begin, b.end - b.begin), &left, &right,
                  &has_sep) ||
        left.size() != 1 || right.size() > 1) {
      return std::nullopt;
    }
    CivilDate start = DayNotAfter(dateline->start, left[0].value);
    CivilDate stop = start;
    if (!right.empty()) stop.day = right[0].value;
    if (!ValidDay(start.year, start.month, start.day) ||
        !ValidDay(stop.year, stop.month, stop.day) ||
        Compare(stop, start) < 0) {
      return std::nullopt;
    }
    ViewDate resolved;
    resolved.begin = b.begin;
    resolved.end = b.end;
    resolved.start = start;
    resolved.end_date = stop;
    candidates.push_back({resolved, true});
  }
  // The first candidate an event verb follows: its sentence is read only
  // when no candidate before it had one (most leads date the event first).
  for (const Candidate& c : candidates) {
    if (c.verb || HasEventVerb(view, c.date.end, rules_->event_verbs)) {
      return c.date;
    }
  }
  if (!candidates.empty()) return candidates.front().date;
  return dateline;
}

}  // namespace eventx::internal
