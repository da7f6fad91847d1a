// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/countries.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <unordered_set>
#include <utility>

#include <re2/re2.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "lib/lexicons/lexicons.h"
#include "lib/text/body.h"
#include "lib/text/find_bytes.h"
#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

using lexicons::Lexicon;

// How far after a country name a participant cue (环境部, 代表团, 副府尹)
// may stand, in code points, and what ends that phrase early.
constexpr size_t kCueWindow = 12;
// How far back a visit verb (赴, 访问) may stand before the name.
constexpr size_t kVisitWindow = 3;
// How far a `来自` list may run before its 等/的.
constexpr size_t kFromListWindow = 80;
// How far an event verb may follow "在<country>" (the host country).
constexpr size_t kHostWindow = 24;
// How far after "中国-" the name of a jointly named event may end, in code
// points (中国-太平洋岛国经济发展合作论坛).
constexpr size_t kPairEventWindow = 24;
// A name listing portfolios (环境、气候、旅游和酒店业部) may reach its
// suffix this many code points further.
constexpr size_t kPortfolioExtra = 10;
// How far back in its clause a mention looks for a word telling of another
// event (曾在, 将于), in code points.
constexpr size_t kOtherEventWindow = 40;

// The middle dot that joins the parts of a foreign name (塔法兹瓦·奇古巴),
// and its bytes.
constexpr char32_t kMiddleDot = 0xB7;
constexpr std::string_view kMiddleDotBytes = "·";

// Event nouns that close a jointly named event: 中国-东盟环境合作论坛.
constexpr std::string_view kPairEventNouns[] = {
    "论坛", "对话", "会议", "峰会", "博览会", "研讨会", "圆桌", "年会",
    "交流会", "合作周", "部长会", "高级别会"};

// Characters that end the phrase a country name starts: punctuation and the
// function words that begin a new constituent.
constexpr std::u32string_view kPhraseBreaks =
    U"，,。、；;：:！!？?（）()《》“”\"'\n的在是对将与和同及或等向从为把被";

// Verbs that end the phrase a country name starts: the cue after them
// belongs to the verb's object (在比利时布鲁塞尔会见欧盟委员会…).
constexpr std::string_view kPhraseBreakVerbs[] = {
    "会见", "会谈", "举行", "举办", "召开", "出席", "参加", "参观", "考察",
    "访问", "表示", "介绍", "签署", "致辞", "主持", "欢迎", "感谢", "见证",
    "拜会", "会晤", "率", "援建", "支持", "帮助", "开展", "合作"};

// Verbs whose object is the visited (so taking part) country.
constexpr std::string_view kVisitVerbs[] = {"赴",   "访问", "到访", "出访",
                                            "抵达", "前往", "走进", "访"};

// Verbs that make "在<country>…" the host country.
constexpr std::string_view kHostVerbs[] = {"举行", "举办", "召开", "开幕",
                                           "闭幕", "主办"};

// After an abbreviation run: words that the last abbreviation forms with the
// next character (中加强 is 中+加强, not China–Canada).
struct AbbreviationGuard {
  std::u32string_view not_before;
};

// Characters before 中 that make it a word (其中, 集中, 空中): no pair run.
constexpr std::u32string_view kNotBeforeZhong =
    U"其集空当从期之高初途心年文部省市会中展作程划动目设旨看眼域局";

// After 方: characters that make X方 a word (方法, 方式, 方面, 方案).
constexpr std::u32string_view kNotAfterFang =
    U"法式面向案针便位言略才可能程式圆形块舟志";

static_assert(kPhraseBreaks.find(U'、') != std::u32string_view::npos &&
                  kPhraseBreaks.find(U'和') != std::u32string_view::npos,
              "CueFollows skips what is no phrase break: the portfolio "
              "separators must be ones");

bool EndsClause(char32_t c) {
  return c == ',' || c == U'。' || c == ';' || c == ':' || c == '\n' ||
         c == '!' || c == '?';
}

bool Contains(std::u32string_view set, char32_t cp) {
  return set.find(cp) != std::u32string_view::npos;
}

// A comma that ends a clause; scraped lists carry stray ",、" pairs, which
// do not.
bool HasClauseBreak(std::string_view s) {
  for (size_t i = s.find(','); i != std::string_view::npos;
       i = s.find(',', i + 1)) {
    // ",、" (a scraped list) and ",以及" / ",及" (the list goes on) do not
    // break it.
    if (s.compare(i + 1, 3, "、") == 0 || s.compare(i + 1, 6, "以及") == 0 ||
        s.compare(i + 1, 3, "及") == 0) {
      continue;
    }
    return true;
  }
  return s.find(':') != std::string_view::npos;
}

// The last occurrence of `word` starting at or before `pos` and at or after
// `lowest` (npos if none), as std::string_view::rfind when lowest is 0, but
// comparing only where its last byte is.
size_t LastIndexOf(std::string_view s, std::string_view word, size_t pos,
                   size_t lowest = 0) {
  if (word.empty() || word.size() > s.size()) {
    size_t at = s.rfind(word, pos);
    return at != std::string_view::npos && at >= lowest
               ? at
               : std::string_view::npos;
  }
  // The candidates are [lowest, highest]. They are found by the word's last
  // byte, with memrchr: a continuation byte, rarer than the lead bytes of
  // common characters (来 leads with E6, as do thousands of characters).
  const size_t highest = std::min(pos, s.size() - word.size());
  if (highest < lowest) return std::string_view::npos;
  const char* lasts = s.data() + lowest + word.size() - 1;
  for (size_t n = highest - lowest + 1; n > 0;) {
    const void* hit = memrchr(lasts, word.back(), n);
    if (hit == nullptr) break;
    n = static_cast<size_t>(static_cast<const char*>(hit) - lasts);
    const size_t at = lowest + n;
    if (std::memcmp(s.data() + at, word.data(), word.size()) == 0) return at;
  }
  return std::string_view::npos;
}

// Whether two country codes are the same: ISO 3166-1 alpha-2 codes are
// compared inline (operator== called memcmp for every comparison).
inline bool SameCode(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  if (a.size() == 2) return a[0] == b[0] && a[1] == b[1];
  return a == b;
}

// Appends every occurrence of `word` (two bytes or more) in `s`, left to
// right and not overlapping (each search goes on after the last one
// found), to *out.
void AppendOccurrences(std::string_view s, std::string_view word,
                       std::vector<std::pair<size_t, size_t>>* out) {
  if (word.size() < 2) return;
  for (size_t at = FindBytes(s, word); at != std::string_view::npos;
       at = FindBytes(s, word, at + word.size())) {
    out->emplace_back(at, at + word.size());
  }
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

CountryFinder::~CountryFinder() = default;

void CountryFinder::CharClasses::AddFirstOf(std::string_view phrase,
                                            CharClass cls) {
  if (phrase.empty()) return;
  size_t len;
  Add(DecodeUtf8(phrase, 0, &len), cls);
}

namespace {

// The lead bytes of three-byte sequences that can be neither overlong nor
// surrogates, E1..EC and EE..EF (see DecodeUtf8): one load instead of two
// comparisons.
constexpr std::array<bool, 256> PlainThreeByteLeads() {
  std::array<bool, 256> leads{};
  for (unsigned b = 0xE1; b <= 0xEF; ++b) leads[b] = b != 0xED;
  return leads;
}
constexpr std::array<bool, 256> kPlainThreeByteLead = PlainThreeByteLeads();

}  // namespace

// Inline in the scans that use it (CueFollows, DiscountOtherEvents): a call
// per stop, its results passing through memory, cost a fair part of a scan.
EVENTX_ALWAYS_INLINE inline size_t CountryFinder::CharClasses::Skip(
    std::string_view s, size_t pos, uint8_t wanted, size_t* steps,
    char32_t* cp, size_t* len, uint8_t* classes) const {
  const auto* begin = reinterpret_cast<const unsigned char*>(s.data());
  const auto* p = begin + pos;
  // Where a three-byte sequence would no longer fit.
  const auto* last = begin + (s.size() >= 2 ? s.size() - 2 : 0);
  size_t left = *steps;
  while (p < last) {
    if (left == 0) {
      *steps = 0;
      return static_cast<size_t>(p - begin);
    }
    const unsigned b0 = p[0];
    if (b0 < 0x80) {
      if (table_[b0] & wanted) {
        *cp = b0;
        *len = 1;
        *classes = table_[b0];
        *steps = left;
        return static_cast<size_t>(p - begin);
      }
      ++p;
      --left;
      continue;
    }
    // As in DecodeUtf8: a lead byte E1..EC or EE..EF, two continuation bytes
    // (10xxxxxx; tested in one load, byte order aside).
    if (!kPlainThreeByteLead[b0]) break;
    uint16_t tail;
    std::memcpy(&tail, p + 1, sizeof(tail));
    if ((tail & 0xC0C0) != 0x8080) break;
    // 1110xxxx 10yyyyyy 10zzzzzz: subtracting the marker bits leaves
    // xxxxyyyyyyzzzzzz.
    constexpr unsigned kMarkers = (0xE0u << 12) + (0x80u << 6) + 0x80u;
    const char32_t c = (b0 << 12) + (unsigned{p[1]} << 6) + p[2] - kMarkers;
    if (table_[c] & wanted) {
      *cp = c;
      *len = 3;
      *classes = table_[c];
      *steps = left;
      return static_cast<size_t>(p - begin);
    }
    p += 3;
    --left;
  }
  // Anything else, read as DecodeUtf8 reads it.
  *steps = left;
  pos = static_cast<size_t>(p - begin);
  if (pos < s.size() && left != 0) {
    *classes = Read(s, pos, cp, len);
  }
  return pos;
}

// Not inline: in its own frame the loop keeps everything in registers
// (inlined in the full-name scan, it reloaded its bounds from the stack at
// every character), and a three-byte character, most of the text, takes
// the straight path through it.
__attribute__((noinline)) size_t CountryFinder::CharClasses::FindNameStops(
    std::string_view s, size_t pos, size_t* stops, size_t max_stops,
    size_t* scanned, std::vector<size_t>* dots) const {
  const auto* begin = reinterpret_cast<const unsigned char*>(s.data());
  const auto* p = begin + pos;
  const auto* const end = begin + s.size();
  // Where a three-byte sequence would no longer fit.
  const auto* const last = begin + (s.size() >= 2 ? s.size() - 2 : 0);
  size_t n = 0;
  while (n < max_stops) {
    if (p < last) {
      const unsigned b0 = p[0];
      // As in Skip: DecodeUtf8's three-byte fast case, tested first (the
      // text is mostly Han characters).
      uint16_t tail;
      std::memcpy(&tail, p + 1, sizeof(tail));
      if (__builtin_expect(
              kPlainThreeByteLead[b0] & ((tail & 0xC0C0) == 0x8080), 1)) {
        // 1110xxxx 10yyyyyy 10zzzzzz: word xxxxyyyyyy, bit zzzzzz.
        const uint64_t word =
            name_stop_bits_[((b0 & 0x0Fu) << 6) | (p[1] & 0x3Fu)];
        stops[n] = static_cast<size_t>(p - begin);
        n += (word >> (p[2] & 0x3Fu)) & 1;
        p += 3;
        continue;
      }
      if (b0 < 0x80) {
        const uint8_t k = table_[b0] & kNameStop;
        stops[n] = static_cast<size_t>(p - begin);
        n += k != 0;
        ++p;
        continue;
      }
    }
    if (p >= end) break;
    // Anything else, read as DecodeUtf8 reads it.
    char32_t c;
    size_t len;
    const uint8_t k =
        Read(s, static_cast<size_t>(p - begin), &c, &len) & kNameStop;
    if (c == kMiddleDot) dots->push_back(static_cast<size_t>(p - begin));
    stops[n] = static_cast<size_t>(p - begin);
    n += k != 0;
    p += len;
  }
  *scanned = static_cast<size_t>(p - begin);
  return n;
}

uint32_t CountryFinder::PhraseTrie::Add(std::string_view phrase) {
  if (phrase.empty()) return kNoNode;
  uint32_t node = 0;
  for (size_t pos = 0; pos < phrase.size();) {
    size_t len;
    char32_t c = DecodeUtf8(phrase, pos, &len);
    if (c == kInvalidCodePoint) return kNoNode;
    auto [it, inserted] =
        building_.emplace(Key(node, c), static_cast<uint32_t>(nodes_));
    if (inserted) ++nodes_;
    node = it->second;
    pos += len;
  }
  return node;
}

void CountryFinder::PhraseTrie::Freeze(const std::vector<uint32_t>& payloads) {
  auto payload_of = [&payloads](uint32_t node) {
    return node < payloads.size() ? payloads[node] : 0;
  };
  // Every node's children, by code point.
  std::vector<std::vector<std::pair<char32_t, uint32_t>>> children(nodes_);
  for (const auto& [key, child] : building_) {
    children[key >> 32].emplace_back(static_cast<char32_t>(key), child);
  }
  building_.clear();
  for (auto& list : children) std::sort(list.begin(), list.end());
  // The records of a node of depth two or more and of its descendants,
  // depth first: a node's first child follows its own record.
  records_.clear();
  auto lay_out = [&](uint32_t node, auto& self) -> uint32_t {
    const auto r = static_cast<uint32_t>(records_.size());
    const auto& list = children[node];
    records_.push_back(payload_of(node));
    records_.push_back(static_cast<uint32_t>(list.size()));
    records_.resize(records_.size() + 2 * list.size());
    for (size_t i = 0; i < list.size(); ++i) {
      const uint32_t child = self(list[i].second, self);
      records_[r + 2 + 2 * i] = list[i].first;
      records_[r + 3 + 2 * i] = child;
    }
    return r;
  };
  std::vector<Start> starts;
  for (const auto& [first, node] : children[0]) {
    const uint32_t first_payload = payload_of(node);
    for (const auto& [second, next] : children[node]) {
      starts.push_back(
          Start{Key(first, second), first_payload, lay_out(next, lay_out)});
    }
    if (first_payload != 0) {
      has_alone_ = true;
      starts.push_back(Start{Key(first, kAlone), first_payload, kNoRecord});
    }
  }
  size_t size = 2;
  start_shift_ = 63;
  while (size < starts.size() * 2) {
    size *= 2;
    --start_shift_;
  }
  // A word per four starts or more, two at least, at most 4096 (32 KB;
  // the names take 256).
  size_t words = 2;
  start_bits_shift_ = 63;
  while (words * 4 < starts.size() && words < 4096) {
    words *= 2;
    --start_bits_shift_;
  }
  start_bits_.assign(words, 0);
  for (const Start& start : starts) {
    const uint64_t h = start.key * 0x9E3779B97F4A7C15ULL;
    start_bits_[h >> start_bits_shift_] |= StartBits(h);
  }
  starts_.assign(size, Start{});
  for (const Start& start : starts) {
    size_t slot = (start.key * 0x9E3779B97F4A7C15ULL) >> start_shift_;
    while (starts_[slot].key != kNoKey) slot = (slot + 1) & (size - 1);
    starts_[slot] = start;
  }
}

template <typename F>
EVENTX_ALWAYS_INLINE inline void CountryFinder::PhraseTrie::Walk(
    std::string_view text, size_t pos, char32_t first, size_t first_len,
    char32_t second, size_t second_len, F&& f) const {
  size_t q = pos + first_len;
  const Start* start = nullptr;
  if (q < text.size() && MayBeStart(Key(first, second))) {
    start = FindStart(Key(first, second));
  }
  if (start == nullptr) {
    if (has_alone_ && MayBeStart(Key(first, kAlone)) &&
        (start = FindStart(Key(first, kAlone))) != nullptr) {
      f(q, start->first_payload);
    }
    return;
  }
  if (start->first_payload != 0) f(q, start->first_payload);
  q += second_len;
  const uint32_t* record = records_.data() + start->record;
  for (;;) {
    if (record[0] != 0) f(q, record[0]);
    const uint32_t* edge = record + 2;
    const uint32_t* const edges_end = edge + 2 * record[1];
    if (edge == edges_end || q >= text.size()) return;
    size_t len;
    const char32_t c = DecodeUtf8(text, q, &len);
    while (edge[0] != c) {
      edge += 2;
      if (edge == edges_end) return;
    }
    record = records_.data() + edge[1];
    q += len;
  }
}

bool CountryFinder::PhraseTrie::StartsAt(std::string_view text,
                                        size_t pos) const {
  size_t first_len;
  const char32_t first = DecodeUtf8(text, pos, &first_len);
  size_t second_len;
  const char32_t second = CodePointAt(text, pos + first_len, &second_len);
  bool found = false;
  Walk(text, pos, first, first_len, second, second_len,
       [&found](size_t, uint32_t) { found = true; });
  return found;
}

void CountryFinder::AddAbbreviation(char32_t cp, Abbreviation a) {
  if (AbbreviationOf(cp) != nullptr) return;  // the first one given wins
  abbreviations_.push_back(std::move(a));
  std::vector<AbbreviationSlot> slots;
  slots.push_back(
      AbbreviationSlot{cp, static_cast<uint32_t>(abbreviations_.size() - 1)});
  if (abbreviation_slots_.size() < 2 * abbreviations_.size()) {
    // Twice the size, with every abbreviation placed again.
    for (const AbbreviationSlot& old : abbreviation_slots_) {
      if (old.index != kNoAbbreviation) slots.push_back(old);
    }
    abbreviation_slots_.assign(2 * abbreviation_slots_.size(),
                               AbbreviationSlot{});
    --abbreviation_shift_;
  }
  const size_t mask = abbreviation_slots_.size() - 1;
  for (const AbbreviationSlot& placed : slots) {
    size_t slot = AbbreviationSlotOf(placed.cp, abbreviation_shift_);
    while (abbreviation_slots_[slot].index != kNoAbbreviation) {
      slot = (slot + 1) & mask;
    }
    abbreviation_slots_[slot] = placed;
  }
}

bool CountryFinder::AddName(std::string_view phrase, Name name) {
  uint32_t node = name_trie_.Add(phrase);
  if (node == PhraseTrie::kNoNode) return false;
  if (name_nodes_.size() <= node) name_nodes_.resize(node + 1);
  if (name_nodes_[node].name == NameNode::kNoName) {
    name_nodes_[node].name = static_cast<uint32_t>(names_.size());
    names_.push_back(std::move(name));
  }
  return true;
}

bool CountryFinder::AddFalseFriend(std::string_view phrase) {
  uint32_t node = name_trie_.Add(phrase);
  if (node == PhraseTrie::kNoNode) return false;
  if (name_nodes_.size() <= node) name_nodes_.resize(node + 1);
  name_nodes_[node].false_friend = true;
  return true;
}

Status CountryFinder::Create(const SimplifyTable* simplify,
                             std::unique_ptr<const CountryFinder>* out) {
  if (simplify == nullptr) {
    return Status(StatusCode::kInvalidArgument,
                  "CountryFinder: no Traditional→Simplified table");
  }
  std::unique_ptr<CountryFinder> finder(new CountryFinder());

  // CLDR region names: zh gives the canonical (Simplified) name; zh_Hant and
  // zh_Hant_HK give Taiwan and Hong Kong usage (寮國, 莫三比克, 紐西蘭),
  // matched after conversion as the view is.
  const icu::Locale display_locales[] = {icu::Locale("zh"),
                                         icu::Locale("zh_Hant"),
                                         icu::Locale("zh_Hant_HK")};
  for (const char* const* code = icu::Locale::getISOCountries();
       code != nullptr && *code != nullptr; ++code) {
    icu::Locale region("", *code);
    bool canonical = true;
    for (const icu::Locale& display : display_locales) {
      icu::UnicodeString name;
      region.getDisplayCountry(display, name);
      std::string utf8 = simplify->Convert(ToUtf8(name));
      // ICU falls back to the code itself when it has no name.
      if (utf8.empty() || utf8 == *code || CountCodePoints(utf8) < 2) continue;
      finder->name_to_code_.emplace(utf8, *code);
      if (canonical) {
        finder->code_to_name_.emplace(*code, utf8);
        canonical = false;
      }
    }
  }
  for (const auto& [code, name] : finder->code_to_name_) {
    if (IsTwoLetterCode(code)) {
      finder->two_letter_names_[TwoLetterIndex(code)] = name;
    }
  }
  if (finder->code_to_name_.size() < 200) {
    return Status(StatusCode::kInternal,
                  "CountryFinder: ICU has no Chinese region names (" +
                      std::to_string(finder->code_to_name_.size()) + ")");
  }

  finder->translit_ = lexicons::CodePointsOf(lexicons::kTransliterationChars, 0);
  for (char32_t c : finder->translit_) finder->translit_bits_.Mark(c);

  const Lexicon& false_friends = lexicons::kCountryFalseFriends;
  for (size_t row = 0; row < false_friends.rows; ++row) {
    std::string_view phrase = false_friends.Cell(row, 0);
    if (phrase.empty()) continue;
    if (!finder->AddFalseFriend(phrase)) {
      return Status(StatusCode::kInternal,
                    "CountryFinder: malformed false friend '" +
                        std::string(phrase) + "'");
    }
    finder->classes_.AddFirstOf(phrase, kMayStartName);
  }

  const Lexicon& variants = lexicons::kCountryVariants;
  for (size_t row = 0; row < variants.rows; ++row) {
    std::string name(variants.Cell(row, 0));
    std::string code(variants.Cell(row, 1));
    if (code == "-") {
      finder->name_to_code_.erase(name);  // too ambiguous to trust
    } else {
      finder->name_to_code_[name] = code;
    }
  }

  const Lexicon& abbreviations = lexicons::kCountryAbbreviations;
  for (size_t row = 0; row < abbreviations.rows; ++row) {
    std::string_view abbr = abbreviations.Cell(row, 0);
    size_t len;
    char32_t cp = DecodeUtf8(abbr, 0, &len);
    if (len != abbr.size()) {
      return Status(StatusCode::kInternal,
                    "CountryFinder: abbreviation '" + std::string(abbr) +
                        "' is not one character");
    }
    Abbreviation a;
    a.code = std::string(abbreviations.Cell(row, 1));
    if (a.code == "-") a.code.clear();  // a region, not a country
    std::string_view contexts = abbreviations.Cell(row, 2);
    a.pair = contexts.find("pair") != std::string_view::npos;
    a.side = contexts.find("side") != std::string_view::npos;
    a.home = contexts.find("home") != std::string_view::npos;
    a.boundary = contexts.find("boundary") != std::string_view::npos;
    finder->classes_.Add(cp, kMayAbbreviate);
    finder->AddAbbreviation(cp, std::move(a));
  }

  const Lexicon& cues = lexicons::kParticipantCues;
  // The flags of a phrase's node in the cue trie, made if new (null if the
  // phrase is malformed). Used at once: a later resize moves them.
  std::vector<uint32_t> cue_flags;  // by node of the cue trie
  auto cue_node = [&finder, &cue_flags](std::string_view text) -> uint32_t* {
    uint32_t node = finder->cue_trie_.Add(text);
    if (node == PhraseTrie::kNoNode) return nullptr;
    if (cue_flags.size() <= node) cue_flags.resize(node + 1);
    return &cue_flags[node];
  };
  // A cue listed both as a unit and as something else counts as the latter.
  auto add_cue = [&](std::string_view text, bool unit) {
    if (text.empty()) return true;  // nothing to add
    uint32_t* flags = cue_node(text);
    if (flags == nullptr) return false;
    finder->classes_.AddFirstOf(text, kMayStartCue);
    if (!(*flags & kCue)) {
      *flags |= kCue | (unit ? kUnitCue : 0);
    } else if (!unit) {
      *flags &= ~kUnitCue;
    }
    return true;
  };
  auto malformed = [](std::string_view what, std::string_view text) {
    return Status(StatusCode::kInternal, "CountryFinder: malformed " +
                                             std::string(what) + " '" +
                                             std::string(text) + "'");
  };
  // A phrase of the other-event or geography cues: its node gets payload 1.
  std::vector<uint32_t> other_event_payloads;
  std::vector<uint32_t> geography_payloads;
  auto add_phrase = [](PhraseTrie* trie, std::vector<uint32_t>* payloads,
                       std::string_view text) {
    if (text.empty()) return true;  // nothing to add
    uint32_t node = trie->Add(text);
    if (node == PhraseTrie::kNoNode) return false;
    if (payloads->size() <= node) payloads->resize(node + 1);
    (*payloads)[node] = 1;
    return true;
  };
  for (size_t row = 0; row < cues.rows; ++row) {
    if (cues.Cell(row, 1) == "other_event") {
      if (!add_phrase(&finder->other_event_cues_, &other_event_payloads,
                      cues.Cell(row, 0))) {
        return malformed("cue", cues.Cell(row, 0));
      }
      finder->classes_.AddFirstOf(cues.Cell(row, 0), kMayStartOtherEvent);
      continue;
    }
    if (cues.Cell(row, 1) == "geography") {
      if (!add_phrase(&finder->geography_cues_, &geography_payloads,
                      cues.Cell(row, 0))) {
        return malformed("cue", cues.Cell(row, 0));
      }
      finder->classes_.AddFirstOf(cues.Cell(row, 0), kMayStartGeography);
      continue;
    }
    if (!add_cue(cues.Cell(row, 0), cues.Cell(row, 1) == "unit")) {
      return malformed("cue", cues.Cell(row, 0));
    }
  }
  const Lexicon& suffixes = lexicons::kOrganizationSuffixes;
  for (size_t row = 0; row < suffixes.rows; ++row) {
    if (!add_cue(suffixes.Cell(row, 0), false)) {
      return malformed("organization suffix", suffixes.Cell(row, 0));
    }
  }
  for (std::string_view verb : kPhraseBreakVerbs) {
    uint32_t* flags = cue_node(verb);
    if (flags == nullptr) return malformed("break verb", verb);
    *flags |= kBreakVerb;
    finder->classes_.AddFirstOf(verb, kMayStartBreakVerb);
  }
  finder->cue_trie_.Freeze(cue_flags);
  finder->other_event_cues_.Freeze(other_event_payloads);
  finder->geography_cues_.Freeze(geography_payloads);
  for (std::string_view verb : kVisitVerbs) {
    size_t len;
    finder->visit_verb_lasts_ |=
        VisitVerbLastBit(DecodeUtf8Before(verb, verb.size(), &len));
  }
  for (char32_t c : kPhraseBreaks) finder->classes_.Add(c, kPhraseBreak);
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (EndsClause(c)) finder->classes_.Add(c, kEndsClause);
  }
  for (std::string_view noun : kPairEventNouns) {
    finder->pair_event_nouns_.Add(noun);
    size_t len;
    finder->pair_event_noun_firsts_ |=
        VisitVerbLastBit(DecodeUtf8(noun, 0, &len));
  }

  const Lexicon& places = lexicons::kPlaces;
  for (size_t row = 0; row < places.rows; ++row) {
    std::string place(places.Cell(row, 0));
    if (finder->name_to_code_.count(place) != 0) continue;  // a country
    finder->place_to_code_.emplace(place, std::string(places.Cell(row, 1)));
  }
  // The PRC's prefecture-level cities (cities.tsv) tell a body's country
  // too (日照市代表团): reports of the genre come from PRC city pages. Cities
  // abroad stay venue-only: 巴黎 of 巴黎协定 names no side.
  const Lexicon& cities = lexicons::kCities;
  for (size_t row = 0; row < cities.rows; ++row) {
    if (cities.Cell(row, 1) != "CN") continue;
    std::string city(cities.Cell(row, 0));
    if (finder->name_to_code_.count(city) != 0) continue;
    finder->place_to_code_.emplace(city, "CN");
  }

  // Every country and place name in one trie, matched longest first so
  // that 印度尼西亚 wins over 印度 and 中国香港 over 中国. (An RE2
  // alternation of the same names ran at a fifth of the speed of this scan.)
  // A country's name comes first: it wins over a place of the same name.
  auto add_name = [&finder](const std::string& name, const std::string& code,
                            bool place) {
    if (name.empty()) return true;
    finder->classes_.AddFirstOf(name, kMayStartName);
    return finder->AddName(name, Name{code, place});
  };
  for (const auto& [name, code] : finder->name_to_code_) {
    if (!add_name(name, code, false)) {
      return Status(StatusCode::kInternal,
                    "CountryFinder: malformed name '" + name + "'");
    }
  }
  for (const auto& [name, code] : finder->place_to_code_) {
    if (!add_name(name, code, true)) {
      return Status(StatusCode::kInternal,
                    "CountryFinder: malformed place '" + name + "'");
    }
  }
  std::vector<uint32_t> name_payloads(finder->name_nodes_.size());
  for (size_t node = 0; node < name_payloads.size(); ++node) {
    const NameNode& n = finder->name_nodes_[node];
    name_payloads[node] = finder->NamePayload(n);
  }
  finder->name_nodes_.clear();
  finder->name_nodes_.shrink_to_fit();
  finder->name_trie_.Freeze(name_payloads);
  if (finder->names_.empty()) {
    return Status(StatusCode::kInternal, "CountryFinder: no country names");
  }
  *out = std::move(finder);
  return Status::Ok();
}

uint32_t CountryFinder::NamePayload(const NameNode& node) const {
  const uint32_t false_friend = node.false_friend ? kFalseFriendPayload : 0;
  if (node.name == NameNode::kNoName) return false_friend;
  const Name& name = names_[node.name];
  if (IsTwoLetterCode(name.code)) {
    return false_friend | kTwoLetterPayload |
           (name.place ? kPlacePayload : 0) |
           static_cast<uint32_t>(TwoLetterIndex(name.code));
  }
  return false_friend | (node.name + 1);
}

std::string CountryFinder::NameOf(const std::string& code) const {
  if (IsTwoLetterCode(code)) return two_letter_names_[TwoLetterIndex(code)];
  auto it = code_to_name_.find(code);
  return it == code_to_name_.end() ? std::string() : it->second;
}

std::vector<std::string> CountryFinder::GazetteerNames() const {
  std::vector<std::string> names;
  names.reserve(name_to_code_.size());
  for (const auto& entry : name_to_code_) names.push_back(entry.first);
  return names;
}

std::string CountryFinder::CodeOf(const std::string& name) const {
  auto it = name_to_code_.find(name);
  return it == name_to_code_.end() ? std::string() : it->second;
}

std::vector<CountryMention> CountryFinder::FindMentions(const Document& doc,
                                                       int event_year) const {
  std::vector<CountryMention> mentions;
  // Reports of the genre name a country every few hundred bytes; growing
  // from empty moved every mention (and its code) several times.
  mentions.reserve(16 + doc.view().size() / 256);
  std::vector<std::pair<size_t, size_t>> skipped;
  // A character that may be an abbreviation (中, 日, 美…) stands every
  // forty bytes or so: room for most reports' at once instead of growing
  // through doublings.
  std::vector<size_t> abbreviation_starts;
  abbreviation_starts.reserve(16 + doc.view().size() / 32);
  std::vector<size_t> dots;
  FindFullNames(doc, &mentions, &skipped, &abbreviation_starts, &dots);
  // 古巴 in 奇古巴 (塔法兹瓦·奇古巴): a person's name, not Cuba.
  std::vector<std::pair<size_t, size_t>> parts =
      NamePartRanges(doc.view(), dots);
  if (!parts.empty()) {
    mentions.erase(
        std::remove_if(mentions.begin(), mentions.end(),
                       [&parts](const CountryMention& m) {
                         for (const auto& [b, e] : parts) {
                           if (b <= m.begin && m.end <= e && e - b > m.end - m.begin) {
                             return true;
                           }
                         }
                         return false;
                       }),
        mentions.end());
  }
  // Where no abbreviation may be read: the full names, false friends and
  // name parts (a few ranges; a bit per byte of the view was allocated,
  // filled range by range and read bit by bit). The full names and the
  // false friends are each in text order: merged, not sorted; the parts of
  // names, rarely any, are sorted in.
  std::vector<std::pair<size_t, size_t>> covered;
  covered.reserve(mentions.size() + skipped.size() + parts.size());
  size_t next_skipped = 0;
  for (const CountryMention& m : mentions) {
    while (next_skipped < skipped.size() &&
           skipped[next_skipped].first < m.begin) {
      covered.push_back(skipped[next_skipped++]);
    }
    covered.emplace_back(m.begin, m.end);
  }
  covered.insert(covered.end(), skipped.begin() + next_skipped,
                 skipped.end());
  if (!parts.empty()) {
    covered.insert(covered.end(), parts.begin(), parts.end());
    std::sort(covered.begin(), covered.end());
  }
  std::vector<CountryMention> abbreviated;  // at most one a start
  if (!abbreviation_starts.empty()) {
    abbreviated.reserve(abbreviation_starts.size());
  }
  FindAbbreviations(doc, abbreviation_starts, covered, &abbreviated);
  // Both runs are in text order, and no two mentions start at one place
  // (abbreviations are read only outside full names): merged from the back,
  // in place (std::inplace_merge took a temporary buffer per report).
  if (!abbreviated.empty()) {
    size_t i = mentions.size();
    size_t j = abbreviated.size();
    mentions.resize(i + j);
    for (size_t k = i + j; j > 0;) {
      --k;
      if (i > 0 && mentions[i - 1].begin > abbreviated[j - 1].begin) {
        mentions[k] = std::move(mentions[--i]);
      } else {
        mentions[k] = std::move(abbreviated[--j]);
      }
    }
  }
  // A mention below the body's end (the credits, related news and
  // copyright blocks below the report) is never evidence (below): its
  // evidence is not looked for. (Nor can it lend evidence to a list above:
  // the body ends at a line's start, and a list's gap holds no newline.)
  const size_t above_body_end = static_cast<size_t>(
      std::partition_point(mentions.begin(), mentions.end(),
                           [&doc](const CountryMention& m) {
                             return m.begin < doc.body_end();
                           }) -
      mentions.begin());
  MarkParticipants(doc, &mentions, above_body_end);
  DiscountOtherEvents(doc.view(), event_year, &mentions, above_body_end);
  SpreadOverLists(doc.view(), &mentions);
  // Credits, related news and copyright blocks below the report, and menus
  // (首页 | 港澳台事务 | 国际组织), name other pages' countries: a mention
  // there is listed (every mention's span) only for a country the report
  // itself names, and is never evidence.
  // Only a mention above body_end can stand in a menu line: without one
  // (mentions are in text order: above_body_end counts them) the lines are
  // not looked for.
  std::vector<std::pair<size_t, size_t>> menus;
  if (above_body_end > 0) menus = FindMenuLines(doc.view());
  // Most reports name no country below the body's end nor in a menu: then
  // no mention is outside, and there is nothing to drop or to strip of its
  // evidence (the passes below would read every mention three times).
  if (menus.empty() && above_body_end == mentions.size()) return mentions;
  auto outside = [&](const CountryMention& m) {
    if (m.begin >= doc.body_end()) return true;
    for (const auto& [b, e] : menus) {
      if (b <= m.begin && m.begin < e) return true;
    }
    return false;
  };
  // The codes the report itself names (a few: a list beats a hash set).
  // Copies: the erase below moves the mentions they come from.
  std::vector<std::string> in_body;
  auto named_in_body = [&in_body](const std::string& code) {
    for (const std::string& c : in_body) {
      if (SameCode(c, code)) return true;
    }
    return false;
  };
  for (const CountryMention& m : mentions) {
    if (!outside(m) && !named_in_body(m.code)) in_body.push_back(m.code);
  }
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const CountryMention& m) {
                                  return outside(m) && !named_in_body(m.code);
                                }),
                 mentions.end());
  for (CountryMention& m : mentions) {
    if (outside(m)) m.participant = false;
  }
  return mentions;
}

std::vector<std::pair<size_t, size_t>> CountryFinder::NamePartRanges(
    std::string_view view, const std::vector<size_t>& dots) const {
  constexpr size_t kMaxPartCodePoints = 8;
  // The parts: runs of transliteration characters joined by dots.
  std::vector<std::string_view> parts;
  auto run_is_name = [this](std::string_view run) {
    size_t count = 0;
    for (size_t p = 0; p < run.size();) {
      size_t len;
      if (!IsTranslit(DecodeUtf8(run, p, &len))) return false;
      p += len;
      ++count;
    }
    return count >= 2 && count <= kMaxPartCodePoints;
  };
  for (size_t dot : dots) {
    // The runs of transliteration characters on either side of the dot.
    size_t b = dot;
    while (b > 0) {
      size_t len;
      if (!IsTranslit(DecodeUtf8Before(view, b, &len))) break;
      b -= len;
    }
    size_t e = dot + kMiddleDotBytes.size();
    while (e < view.size()) {
      size_t len;
      if (!IsTranslit(DecodeUtf8(view, e, &len))) break;
      e += len;
    }
    for (std::string_view run : {view.substr(b, dot - b),
                                 view.substr(dot + kMiddleDotBytes.size(),
                                             e - dot - kMiddleDotBytes.size())}) {
      if (run_is_name(run) &&
          std::find(parts.begin(), parts.end(), run) == parts.end()) {
        parts.push_back(run);
      }
    }
  }
  // Where a part stands matters only for a mention or an abbreviation
  // inside it: a part with no character that may be an abbreviation and
  // no name within it (most: 塔法兹瓦) is not searched for (a search of the
  // whole report per part).
  auto may_hold_a_mention = [this](std::string_view part) {
    for (size_t q = 0; q < part.size();) {
      char32_t first;
      size_t first_len;
      if (classes_.Read(part, q, &first, &first_len) & kMayAbbreviate) {
        return true;
      }
      size_t second_len;
      const char32_t second = CodePointAt(part, q + first_len, &second_len);
      bool name = false;
      name_trie_.Walk(part, q, first, first_len, second, second_len,
                      [&name](size_t, uint32_t payload) {
                        if (payload & kNamePayloads) name = true;
                      });
      if (name) return true;
      q += first_len;
    }
    return false;
  };
  std::vector<std::pair<size_t, size_t>> out;
  for (std::string_view part : parts) {
    if (may_hold_a_mention(part)) AppendOccurrences(view, part, &out);
  }
  return out;
}

void CountryFinder::FindFullNames(
    const Document& doc, std::vector<CountryMention>* out,
    std::vector<std::pair<size_t, size_t>>* skipped,
    std::vector<size_t>* abbreviation_starts,
    std::vector<size_t>* dots) const {
  std::string_view view = doc.view();
  // The characters after the first of a name that makes no mention
  // [from, to), for *abbreviation_starts.
  auto note_abbreviations_within = [&](size_t from, size_t to) {
    for (size_t q = from; q < to;) {
      size_t len;
      if (MayAbbreviate(DecodeUtf8(view, q, &len))) {
        abbreviation_starts->push_back(q);
      }
      q += len;
    }
  };
  const size_t size = view.size();
  if (size == 0) return;
  // Most positions start no name and no false friend, and are no
  // abbreviation: tell by the first code point (and below, the first two),
  // before walking the trie. FindNameStops finds the characters that may, a
  // chunk at a time, from where the scan stands on.
  constexpr size_t kMaxStops = 64;
  size_t stops[kMaxStops];
  size_t pos = 0;      // where the scan stands: no name starts before it
  size_t scanned = 0;  // where FindNameStops stopped reading
  while (scanned < size) {
    if (pos > scanned) {
      // A name or a false friend found ran on past where FindNameStops
      // stopped reading (at its last stop of a chunk): its dots, if any,
      // were not read.
      for (size_t dot = FindBytes(view.substr(0, pos), kMiddleDotBytes,
                                  scanned);
           dot != std::string_view::npos;
           dot = FindBytes(view.substr(0, pos), kMiddleDotBytes,
                           dot + kMiddleDotBytes.size())) {
        dots->push_back(dot);
      }
    }
    const size_t n = classes_.FindNameStops(view, std::max(pos, scanned),
                                            stops, kMaxStops, &scanned, dots);
    for (size_t i = 0; i < n; ++i) {
      if (stops[i] < pos) continue;  // inside a name or a false friend
      pos = stops[i];
      size_t first_len;
      const char32_t first = DecodeUtf8(view, pos, &first_len);
      const uint8_t classes = classes_.StopClasses(first);
      const size_t second_pos = pos + first_len;
      if (classes & kMayAbbreviate) abbreviation_starts->push_back(pos);
      if (!(classes & kMayStartName)) {
        pos = second_pos;
        continue;
      }
      size_t second_len;
      const char32_t second = CodePointAt(view, second_pos, &second_len);
      // The longest name and the longest false friend that start here.
      const size_t begin = pos;
      size_t name_bytes = 0;
      uint32_t name = 0;  // the name's payload, without kFalseFriendPayload
      size_t false_friend_bytes = 0;
      auto note_node = [&](size_t end, uint32_t payload) {
        if (payload & kNamePayloads) {
          name_bytes = end - begin;
          name = payload & kNamePayloads;
        }
        if (payload & kFalseFriendPayload) false_friend_bytes = end - begin;
      };
      name_trie_.Walk(view, begin, first, first_len, second, second_len,
                      note_node);
      // No abbreviation is read inside a false friend or a full name
      // (FindAbbreviations passes over the starts there): none is noted.
      auto forget_start = [&] {
        if (!abbreviation_starts->empty() &&
            abbreviation_starts->back() == begin) {
          abbreviation_starts->pop_back();
        }
      };
      if (size_t f = false_friend_bytes) {
        skipped->emplace_back(begin, begin + f);
        forget_start();
        pos = begin + f;
        continue;
      }
      if (name == 0) {
        pos = second_pos;
        continue;
      }
      const size_t end = begin + name_bytes;
      pos = end;
      // 印度洋 is an ocean, not India: no mention, and its characters are
      // open to abbreviations.
      if (StartsWithAt(view, end, "洋")) {
        note_abbreviations_within(begin + first_len, end);
        continue;
      }
      forget_start();
      if (name & kTwoLetterPayload) {
        const size_t letters = name & 0x3FF;
        const char code[2] = {static_cast<char>('A' + letters / 26),
                              static_cast<char>('A' + letters % 26)};
        out->push_back(CountryMention{begin, end, std::string(code, 2), false,
                                      (name & kPlacePayload) != 0});
      } else {
        const Name& n = names_[name - 1];
        out->push_back(CountryMention{begin, end, n.code, false, n.place});
      }
    }
  }
}

void CountryFinder::FindAbbreviations(
    const Document& doc, const std::vector<size_t>& abbreviation_starts,
    const std::vector<std::pair<size_t, size_t>>& covered,
    std::vector<CountryMention>* out) const {
  std::string_view view = doc.view();
  // Whether `at` is inside a covered range. It is asked of positions in
  // increasing order, so the ranges ending at or before one are passed for
  // good: the first range left is the only one that may hold it (any later
  // one begins no earlier). (A position asked again, after a run rejected
  // for a boundary, is a member of that run: covered by no range, which the
  // first range left cannot then hold either.)
  size_t next_covered = 0;
  auto is_covered = [&](size_t at) {
    while (next_covered < covered.size() && covered[next_covered].second <= at) {
      ++next_covered;
    }
    return next_covered < covered.size() && covered[next_covered].first <= at;
  };
  // The abbreviation at `at` not inside a full name, or null.
  auto abbreviation_at = [&](size_t at, char32_t c) -> const Abbreviation* {
    if (!MayAbbreviate(c) || is_covered(at)) return nullptr;
    return AbbreviationOf(c);
  };
  // Reused from run to run (one allocation per document, not per run).
  std::vector<std::pair<size_t, const Abbreviation*>> run;
  // Left to right over the characters that may be abbreviations (every
  // other character is none); i: where the scan stands, past the last run.
  size_t i = 0;
  const size_t starts = abbreviation_starts.size();
  for (size_t k = 0; k < starts; ++k) {
    const size_t start = abbreviation_starts[k];
    if (start < i) continue;  // inside the last run
    size_t len;
    char32_t cp = DecodeUtf8(view, start, &len);
    // One abbreviation alone makes a mention only before 方 (below), and
    // the character after it is one only if it was noted too, as the next
    // start: every character outside a full name, false friend or part of
    // a dotted name that may be one is noted. Most starts (中 of 中心, 日
    // of 今日) are alone and make nothing: they are passed over here
    // without a lookup of the ranges and of the abbreviation table.
    if (!(k + 1 < starts && abbreviation_starts[k + 1] == start + len) &&
        !StartsWithAt(view, start + len, "方")) {
      i = start + len;
      continue;
    }
    // Inside the part of a dotted name: no abbreviation, and nothing to
    // read (the next start is past this character either way). (Starts
    // inside full names and false friends are not noted at all.)
    if (is_covered(start)) continue;
    i = start;
    const Abbreviation* first = abbreviation_at(i, cp);
    if (first == nullptr) {
      i += len;
      continue;
    }
    // A run of abbreviations not inside a full name: 中柬, 中日韩, 日方.
    run.clear();
    run.emplace_back(i, first);
    size_t j = i + len;
    while (j < view.size()) {
      size_t n;
      char32_t c = DecodeUtf8(view, j, &n);
      const Abbreviation* a = abbreviation_at(j, c);
      if (a == nullptr) break;
      run.emplace_back(j, a);
      j += n;
    }
    size_t after_len;
    char32_t after = CodePointAt(view, j, &after_len);
    // One abbreviation alone (most runs: 中 of 中心, 日 of 今日) makes no
    // pair, and no side unless 方 follows: nothing more to read.
    if (run.size() == 1 && after != U'方') {
      i = j;
      continue;
    }
    size_t before_len;
    char32_t before = DecodeUtf8Before(view, i, &before_len);

    // 平台, 电视台: an abbreviation that is often part of a word counts only
    // at the start of one.
    if (run.front().second->boundary && IsHan(before)) {
      i += len;
      continue;
    }
    // A pair is written from the reporting side: 中柬, 台美.
    bool has_home = false;
    for (const auto& [at, a] : run) has_home |= a->home;
    bool pair_ok = run.size() >= 2 && has_home &&
                   !(run.front().second->code == "CN" &&
                     Contains(kNotBeforeZhong, before));
    if (pair_ok) {
      for (const auto& [at, a] : run) pair_ok &= a->pair;
    }
    if (pair_ok) {
      for (const auto& [at, a] : run) {
        size_t n;
        DecodeUtf8(view, at, &n);
        // A region (欧 in 中欧) pairs with a country but is not one.
        if (a->code.empty()) continue;
        out->push_back(CountryMention{at, at + n, a->code, true, false});
      }
    } else if (after == U'方' && run.back().second->side) {
      // X方: the side of a talk or signing.
      size_t at = run.back().first;
      size_t fang_end = j + after_len;
      size_t next_len;
      char32_t next = CodePointAt(view, fang_end, &next_len);
      size_t prev_len;
      char32_t prev = DecodeUtf8Before(view, at, &prev_len);
      bool word = Contains(kNotAfterFang, next) ||
                  (run.back().second->code == "CN" &&
                   Contains(kNotBeforeZhong, prev));
      if (!word) {
        out->push_back(
            CountryMention{at, j, run.back().second->code, true, false});
      }
    }
    i = j;
  }
}

bool CountryFinder::CueFollows(std::string_view view, size_t pos,
                               bool after_place) const {
  const size_t start = pos;
  // Most characters start nothing and break nothing (、 and 和 are phrase
  // breaks, so a portfolio list is never passed over): Skip passes over
  // those, reading each once through the class table.
  constexpr uint8_t kStops = kMayStartBreakVerb | kMayStartCue | kPhraseBreak;
  size_t steps = kCueWindow;  // characters left in the window
  bool widened = false;
  for (;;) {
    char32_t cp;
    size_t len;
    uint8_t classes;
    pos = classes_.Skip(view, pos, kStops, &steps, &cp, &len, &classes);
    if (steps == 0 || pos >= view.size()) return false;
    if (classes & (kMayStartBreakVerb | kMayStartCue)) {
      // A break verb here ends the phrase; else a cue here is the evidence.
      bool break_verb = false;
      bool cue = false;
      size_t next_len;
      const char32_t next = CodePointAt(view, pos + len, &next_len);
      cue_trie_.Walk(view, pos, cp, len, next, next_len,
                     [&](size_t, uint32_t flags) {
                       if (flags & kBreakVerb) break_verb = true;
                       if ((flags & kCue) &&
                           !(after_place && (flags & kUnitCue))) {
                         cue = true;
                       }
                     });
      if (break_verb) return false;
      if (cue) return true;
    }
    // 津巴布韦环境、气候、旅游和酒店业部: a ministry named by its portfolios
    // goes on after 、 (and its 和); right after the name, 、 lists countries.
    bool portfolio = (cp == U'、' || cp == U'和') && pos > start;
    if ((classes & kPhraseBreak) && !portfolio) return false;
    if (portfolio && !widened) {
      // The window is kCueWindow + kPortfolioExtra characters in all.
      steps += kPortfolioExtra;
      widened = true;
    }
    pos += len;
    --steps;
  }
}

bool CountryFinder::NamesAJointEvent(std::string_view view,
                                     const CountryMention& m) const {
  if (m.place) return false;
  auto is_dash = [](char32_t c) { return c == '-' || c == 0x2014; };
  size_t len;
  size_t rest;  // where the rest of the event's name starts
  if (m.end < view.size() && is_dash(DecodeUtf8(view, m.end, &len))) {
    rest = m.end + len;
  } else {
    char32_t before = DecodeUtf8Before(view, m.begin, &len);
    if (!is_dash(before) || len == 0) return false;
    char32_t side = DecodeUtf8Before(view, m.begin - len, &len);
    if (!IsHan(side)) return false;  // 2019-中国: not a pair of sides
    rest = m.end;
  }
  if (!IsHan(CodePointAt(view, rest, &len))) return false;
  size_t p = rest;
  for (size_t steps = 0; steps < kPairEventWindow && p < view.size();
       ++steps) {
    char32_t c = DecodeUtf8(view, p, &len);
    if ((pair_event_noun_firsts_ & VisitVerbLastBit(c)) &&
        pair_event_nouns_.LongestAt(view, p) > 0) {
      return true;
    }
    if (classes_.Of(c) & kPhraseBreak) return false;
    p += len;
  }
  return false;
}

void CountryFinder::MarkParticipants(const Document& doc,
                                     std::vector<CountryMention>* mentions,
                                     size_t count) const {
  std::string_view view = doc.view();
  size_t posted_end = std::string_view::npos;  // end of the last posting place
  const std::vector<Sentence>& sentences = doc.sentences();
  size_t next_sentence = 0;  // the first sentence beginning after m.begin
  // The last sentence asked whether it holds 签, and its answer.
  size_t signing_sentence_begin = std::string_view::npos;
  size_t signing_sentence_end = std::string_view::npos;
  bool signing_sentence = false;
  for (size_t i = 0; i < count; ++i) {
    CountryMention& m = (*mentions)[i];
    // 香港驻布鲁塞尔经贸办事处, 葡萄牙驻澳门及香港总领事: the places a mission
    // is posted to; the mission is the other side's.
    bool posted = StartsWithAt(view, m.begin >= 3 ? m.begin - 3 : 0, "驻") &&
                  m.begin >= 3;
    if (!posted && posted_end != std::string_view::npos &&
        m.begin == posted_end + 3) {
      std::string_view gap = view.substr(posted_end, 3);
      posted = gap == "及" || gap == "和" || gap == "、";
    }
    posted_end = posted ? m.end : std::string_view::npos;
    if (m.participant) continue;
    // 当地时间: the report is datelined in that country.
    if (StartsWithAt(view, m.end, "当地时间")) {
      m.participant = true;
      continue;
    }
    // 赴柬埔寨, 访问老挝, 走进泰国. (A verb can end before the name only if
    // the character there ends one.)
    size_t last_len;
    if ((visit_verb_lasts_ &
         VisitVerbLastBit(DecodeUtf8Before(view, m.begin, &last_len))) &&
        m.begin > 0) {
      size_t back = m.begin;
      for (size_t k = 0; k < kVisitWindow && back > 0; ++k) {
        size_t len;
        DecodeUtf8Before(view, back, &len);
        back -= len;
      }
      std::string_view before = view.substr(back, m.begin - back);
      for (std::string_view verb : kVisitVerbs) {
        if (EndsWithAt(before, before.size(), verb)) m.participant = true;
      }
      if (m.participant) continue;
    }
    // 柬埔寨环境部, 日本北九州市代表团, 泰国呵叻府副府尹, 日本方面. (After
    // the two tests above, which read a few bytes: this one walks the
    // phrase after the name.)
    if (!posted && CueFollows(view, m.end, m.place)) {
      m.participant = true;
      continue;
    }
    // 中国-东盟环境合作论坛, 东盟-中国对话: the two sides an event is named
    // after take part in it. Only a mention with a dash (- or —) right after
    // or before it can be one: tested here, on the bytes, before the call
    // (most mentions have none).
    const bool dash_beside =
        (m.end < view.size() &&
         (view[m.end] == '-' || StartsWithAt(view, m.end, "—"))) ||
        (m.begin > 0 && view[m.begin - 1] == '-') ||
        EndsWithAt(view, m.begin, "—");
    if (dash_beside && NamesAJointEvent(view, m)) {
      m.participant = true;
      continue;
    }

    // doc.SentenceAt(m.begin), found from the last mention's sentence on:
    // mentions come in text order (a binary search per mention
    // mispredicted a branch or two each time).
    while (next_sentence < sentences.size() &&
           sentences[next_sentence].begin <= m.begin) {
      ++next_sentence;
    }
    const Sentence& sentence =
        sentences.empty() ? doc.SentenceAt(m.begin)
                          : sentences[next_sentence == 0 ? 0 : next_sentence - 1];
    std::string_view text =
        view.substr(sentence.begin, sentence.end - sentence.begin);
    size_t offset = m.begin - sentence.begin;
    // 在泰国曼谷举行: the host country.
    if (EndsWithAt(text, offset, "在")) {
      size_t end = std::min(text.size(), offset + kHostWindow * 3);
      std::string_view rest = text.substr(offset, end - offset);
      // Up to the first , or : (a byte loop: find_first_of looked the byte
      // up in the set with a call per byte).
      for (size_t j = 0; j < rest.size(); ++j) {
        if (rest[j] == ',' || rest[j] == ':') {
          rest = rest.substr(0, j);
          break;
        }
      }
      // FindBytes compares a verb's last three bytes sixteen places at a
      // time; find called memchr for its lead byte (E4, E5: most
      // characters' around), and again after every false hit.
      for (std::string_view verb : kHostVerbs) {
        if (FindBytes(rest, verb) != std::string_view::npos) {
          m.participant = true;
          break;
        }
      }
      if (m.participant) continue;
    }
    // 与柬埔寨签署: a signatory. Whether the sentence holds 签 is asked
    // once per sentence (a list of signatories asked it per member).
    if (EndsWithAt(text, offset, "与") || EndsWithAt(text, offset, "同") ||
        EndsWithAt(text, offset, "和")) {
      if (sentence.begin != signing_sentence_begin ||
          sentence.end != signing_sentence_end) {
        signing_sentence_begin = sentence.begin;
        signing_sentence_end = sentence.end;
        signing_sentence = FindBytes(text, "签") != std::string_view::npos;
      }
      if (signing_sentence) {
        m.participant = true;
        continue;
      }
    }
    // 来自中国、柬埔寨、老挝等国家的代表.
    // A 来自 more than kFromListWindow code points back is too far, and so
    // is any before it: no need to look further back than 4 bytes a code
    // point.
    constexpr size_t kFromListBytes = 4 * kFromListWindow;
    size_t from = LastIndexOf(
        text, "来自", offset,
        offset > kFromListBytes ? offset - kFromListBytes : 0);
    if (from != std::string_view::npos &&
        CountCodePoints(text.substr(from, offset - from)) <= kFromListWindow) {
      std::string_view between = text.substr(from, offset - from);
      // The list must still be open: no 的 or clause break since 来自.
      if (FindBytes(between, "的") == std::string_view::npos &&
          !HasClauseBreak(between)) {
        m.participant = true;
        continue;
      }
    }
  }
}

namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// The year of a date written YYYY年 that ends at `end` (0 if none).
int YearEndingAt(std::string_view view, size_t end) {
  if (end < 7 || view.compare(end - 3, 3, "年") != 0) return 0;
  int year = 0;
  for (size_t i = end - 7; i < end - 3; ++i) {
    if (!IsAsciiDigit(view[i])) return 0;
    year = year * 10 + (view[i] - '0');
  }
  if (end > 7 && IsAsciiDigit(view[end - 8])) return 0;
  return year;
}

// The year of a clause ending at `end` that is only a date (2023年5月,
// 2019年), 0 otherwise.
int DatedClauseYear(std::string_view view, size_t end) {
  constexpr size_t kMaxDateBytes = 18;  // 2023年12月31日
  size_t b = end;
  while (b > 0 && end - b < kMaxDateBytes) {
    char c = view[b - 1];
    if (IsAsciiDigit(c)) {
      --b;
      continue;
    }
    if (b >= 3 && (view.compare(b - 3, 3, "年") == 0 ||
                   view.compare(b - 3, 3, "月") == 0 ||
                   view.compare(b - 3, 3, "日") == 0)) {
      b -= 3;
      continue;
    }
    break;
  }
  // The clause must start there: at a break, or at the start of the text.
  if (b == end) return 0;
  if (b > 0) {
    size_t len;
    char32_t before = DecodeUtf8Before(view, b, &len);
    if (!EndsClause(before) && before != ' ') return 0;
  }
  // It opens with its year: 2023年…
  return end - b >= 7 ? YearEndingAt(view, b + 7) : 0;
}

}  // namespace

void CountryFinder::DiscountOtherEvents(
    std::string_view view, int event_year,
    std::vector<CountryMention>* mentions, size_t count) const {
  std::vector<size_t> geography_starts;  // reused from mention to mention
  // The last mention that kept its evidence here, and whose walk on ended
  // at a clause end: its walk
  // back from `begin` found nothing, and no geography cue starts at a
  // character of its walks, which reach on to `clause_end`. A mention after
  // it in that clause (中国与柬埔寨签署, 中柬) walks back only until it
  // reaches `begin` (words that tell of another event, or a year, between
  // the two): the rest of its walk back is the first part of that
  // mention's, its walk on ends at the same clause end, and every
  // character of its walks was asked about geography already.
  struct Passed {
    size_t begin = 0;
    size_t end = 0;
    size_t clause_end = 0;  // 0: none
  } passed;
  for (size_t i = 0; i < count; ++i) {
    CountryMention& m = (*mentions)[i];
    if (!m.participant) continue;
    // Back to the start of the clause, looking for a word that tells of
    // another event (曾在, 将于, 届时) or a year not the event's (首届于2019年
    // 在墨西哥城举办).
    size_t p = m.begin;
    // Where a code point of the clause may start a geography cue (below),
    // noted on the way, so that the clause need not be read again. (The
    // view is well-formed UTF-8, Document's decoding having replaced every
    // bad byte: its code points read backward are the ones read forward.)
    geography_starts.clear();
    const bool after_passed = passed.clause_end != 0 &&
                              m.begin >= passed.end &&
                              m.end <= passed.clause_end;
    bool reached_passed = false;
    for (size_t k = 0; k < kOtherEventWindow && p > 0; ++k) {
      if (after_passed && p == passed.begin) {
        reached_passed = true;
        break;
      }
      char32_t c;
      size_t len;
      const uint8_t classes = classes_.ReadBefore(view, p, &c, &len);
      // Most characters end no clause, start no cue and are no 年.
      if (!(classes &
            (kEndsClause | kMayStartGeography | kMayStartOtherEvent)) &&
          c != U'年') {
        p -= len;
        continue;
      }
      if (classes & kEndsClause) {
        if (c == ',' && event_year != 0) {
          // 2023年5月,我院与埃及…签署: a clause that is only a date dates
          // the next one.
          int year = DatedClauseYear(view, p - len);
          if (year != 0 && year != event_year) m.participant = false;
        }
        break;
      }
      int year = c == U'年' ? YearEndingAt(view, p) : 0;
      p -= len;
      if (classes & kMayStartGeography) geography_starts.push_back(p);
      // c is the code point at p: a cue can start there only if it is a
      // cue's first.
      if (((classes & kMayStartOtherEvent) &&
           other_event_cues_.StartsAt(view, p)) ||
          (year != 0 && event_year != 0 && year != event_year)) {
        m.participant = false;
        break;
      }
    }
    if (!m.participant) continue;
    if (reached_passed) {
      passed.begin = m.begin;
      passed.end = m.end;
      continue;
    }
    // The clause describes the land (与越南奠边省接壤, 毗邻老挝): geography,
    // not a body of the country at the event.
    size_t e = m.end;
    // The name itself, and on to the end of the clause.
    for (size_t q = m.begin; q < m.end;) {
      char32_t c;
      size_t len;
      if (classes_.Read(view, q, &c, &len) & kMayStartGeography) {
        geography_starts.push_back(q);
      }
      q += len;
    }
    // At most kOtherEventWindow code points on, passing over the ones
    // that neither end the clause nor may start a cue in Skip.
    bool at_clause_end = false;
    for (size_t steps = kOtherEventWindow;;) {
      char32_t c;
      size_t len;
      uint8_t classes;
      e = classes_.Skip(view, e, kEndsClause | kMayStartGeography, &steps, &c,
                        &len, &classes);
      if (steps == 0 || e >= view.size()) break;
      if (classes & kEndsClause) {
        at_clause_end = true;
        break;
      }
      if (classes & kMayStartGeography) geography_starts.push_back(e);
      e += len;
      --steps;
    }
    // The code points walked back over are whole sequences, the ones
    // reading forward meets.
    for (size_t q : geography_starts) {
      if (q < view.size() && geography_cues_.StartsAt(view, q)) {
        m.participant = false;
        break;
      }
    }
    if (m.participant && at_clause_end) {
      passed = Passed{m.begin, m.end, e};
    }
  }
}

void CountryFinder::SpreadOverLists(
    std::string_view view, std::vector<CountryMention>* mentions) const {
  // 缅甸、老挝、越南驻泰使节: the cue after the last member of a list of
  // countries is evidence for every member.
  std::vector<CountryMention>& ms = *mentions;
  for (size_t i = ms.size(); i-- > 1;) {
    const CountryMention& next = ms[i];
    CountryMention& prev = ms[i - 1];
    if (!next.participant || prev.participant || prev.place != next.place) {
      continue;
    }
    // Scraped lists carry stray commas before 、 ("巴布达,、亚美尼亚"): the
    // gap without them, kept only while it can still be one character of
    // three bytes (the gap may be a whole paragraph).
    std::string_view gap = view.substr(prev.end, next.begin - prev.end);
    char kept[3];
    size_t n = 0;
    bool longer = false;
    for (char c : gap) {
      if (c == ',') continue;
      if (n == sizeof(kept)) {
        longer = true;
        break;
      }
      kept[n++] = c;
    }
    if (longer) continue;
    std::string_view joined(kept, n);
    if (joined == "、" || joined == "和" || joined == "及" || joined == "与") {
      prev.participant = true;
    }
  }
}

std::vector<Country> CountryFinder::Assemble(
    const Document& doc, const std::vector<CountryMention>& mentions) const {
  // A report names a few countries: a search of the list so far finds a
  // code's country (a hash map keyed by the code made and freed a node and
  // hashed a string per mention). The first pass counts each country's
  // spans, so that the second writes them with no reallocation.
  std::vector<Country> out;
  out.reserve(std::min<size_t>(mentions.size(), 8));
  std::vector<size_t> country_of(mentions.size());  // index in out
  std::vector<size_t> span_counts;
  for (size_t i = 0; i < mentions.size(); ++i) {
    const CountryMention& m = mentions[i];
    if (m.place && !m.participant) continue;
    size_t k = 0;
    while (k < out.size() && !SameCode(out[k].code, m.code)) ++k;
    if (k == out.size()) {
      Country c;
      c.code = m.code;
      c.role = CountryRole::kMentioned;
      // Its name is filled in below: here its entry is only asked for.
      // The names (a string apiece, 21 KB for every code) are read once a
      // report: each a cache miss, which NameOf waited for country by
      // country (NameOf was a fifth of Assemble's samples); asked for
      // together, their loads overlap with each other and this pass.
      if (IsTwoLetterCode(m.code)) {
        __builtin_prefetch(&two_letter_names_[TwoLetterIndex(m.code)]);
      }
      out.push_back(std::move(c));
      span_counts.push_back(0);
    }
    country_of[i] = k;
    ++span_counts[k];
  }
  for (size_t k = 0; k < out.size(); ++k) {
    out[k].name = NameOf(out[k].code);
    out[k].spans.reserve(span_counts[k]);
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    const CountryMention& m = mentions[i];
    if (m.place && !m.participant) continue;
    Country& c = out[country_of[i]];
    if (m.participant) c.role = CountryRole::kParticipant;
    c.spans.push_back(doc.ToOriginal(m.begin, m.end));
  }
  return out;
}

}  // namespace eventx::internal
