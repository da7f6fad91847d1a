// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Behaviour of the whole extractor: a report in, the record out.

#include "eventx/eventx.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_paths.h"

namespace eventx {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

const Extractor& TheExtractor() {
  static const Extractor* extractor = [] {
    std::unique_ptr<const Extractor> e;
    Status status = Extractor::Create(&e);
    EXPECT_TRUE(status.ok()) << status.ToString();
    return e.release();
  }();
  return *extractor;
}

// Every text/span pair of the record holds: input[span] == text.
void ExpectSpansHold(std::string_view input, const EventRecord& r) {
  auto holds = [&](const std::string& text, const Span& s) {
    ASSERT_LE(s.begin, s.end);
    ASSERT_LE(s.end, input.size());
    EXPECT_EQ(input.substr(s.begin, s.size()), text);
  };
  if (r.date) holds(r.date->text, r.date->span);
  if (r.venue) holds(r.venue->text, r.venue->span);
  for (const Organizer& o : r.organizers) holds(o.text, o.span);
  for (const Official& o : r.officials) holds(o.text, o.span);
  for (const Agreement& a : r.agreements) holds(a.text, a.span);
  for (const Country& c : r.countries) {
    for (const Span& s : c.spans) {
      EXPECT_LE(s.begin, s.end);
      EXPECT_LE(s.end, input.size());
    }
  }
}

std::set<std::string> Participants(const EventRecord& r) {
  std::set<std::string> out;
  for (const Country& c : r.countries) {
    if (c.role == CountryRole::kParticipant) out.insert(c.code);
  }
  return out;
}

// The seeds end to end: each seed's date and participating countries as in
// its gold file (../shared/corpus/dev/<id>.json).
TEST(ExtractorTest, SeedsMatchTheirGoldDateAndCountries) {
  fs::path seeds = fs::path(testing::kSourceDir) / "seeds";
  fs::path gold_dir = fs::path(testing::kSharedDir) / "corpus" / "dev";
  if (!fs::is_directory(gold_dir)) {
    GTEST_SKIP() << "no gold corpus at " << gold_dir;
  }
  int seen = 0;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    if (entry.path().extension() != ".txt") continue;
    std::string id = entry.path().stem().string();
    SCOPED_TRACE(id);
    ++seen;
    std::string input = ReadFile(entry.path());
    nlohmann::json gold =
        nlohmann::json::parse(ReadFile(gold_dir / (id + ".json")));
    Options options;
    options.doc_id = id;
    EventRecord r = TheExtractor().Extract(input, options);
    EXPECT_EQ(r.doc_id, id);
    ExpectSpansHold(input, r);

    if (gold["date"].is_null()) {
      EXPECT_FALSE(r.date.has_value());
    } else {
      ASSERT_TRUE(r.date.has_value());
      EXPECT_EQ(FormatDate(r.date->start), gold["date"]["start"]);
      EXPECT_EQ(FormatDate(r.date->end), gold["date"]["end"]);
    }
    std::set<std::string> want;
    for (const auto& c : gold["countries"]) {
      if (c.value("role", "") == "participant") {
        want.insert(c["code"].get<std::string>());
      }
    }
    EXPECT_EQ(Participants(r), want);
  }
  EXPECT_EQ(seen, 5);
}

TEST(ExtractorTest, JsonFollowsTheSpec) {
  std::string input = "2024-11-08 09:05 来源:新华网\n11月7日，中柬环境合作论坛在金边举行。";
  Options options;
  options.doc_id = "x";
  nlohmann::json j =
      nlohmann::json::parse(ToJson(TheExtractor().Extract(input, options)));
  EXPECT_EQ(j["schema"], "eventx/1");
  EXPECT_EQ(j["doc_id"], "x");
  EXPECT_EQ(j["script"], "hans");
  EXPECT_EQ(j["published"], "2024-11-08");
  ASSERT_TRUE(j["date"].is_object());
  EXPECT_EQ(j["date"]["start"], "2024-11-07");
  EXPECT_EQ(j["date"]["text"], "11月7日");
  auto span = j["date"]["span"];
  EXPECT_EQ(input.substr(span[0].get<size_t>(),
                         span[1].get<size_t>() - span[0].get<size_t>()),
            "11月7日");
  for (const char* list : {"organizers", "countries", "officials",
                           "agreements"}) {
    EXPECT_TRUE(j[list].is_array()) << list;
  }
  EXPECT_TRUE(j.contains("venue"));
}

TEST(ExtractorTest, ReferenceDateAnchorsYearlessDates) {
  Options options;
  options.reference_date = CivilDate{2017, 3, 1};
  std::vector<DateMention> dates =
      TheExtractor().FindDates("2月29日，论坛举行。", options);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(FormatDate(dates[0].start), "2016-02-29");
  options.reference_date.reset();
  dates = TheExtractor().FindDates("2月28日，论坛举行。", options);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(FormatDate(dates[0].start), "--02-28");
}

TEST(ExtractorTest, BadInputGivesAPartialRecordNeverACrash) {
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>(i * 131));
  const std::string inputs[] = {
      "",
      std::string("\0\0\0\0", 4),
      binary,
      "\xFF\xFE" "中\xC3柬\xE9\x83",
      std::string(100000, '<'),
      std::string(50000, '(') + "huán",
      "<image>data:image/png;base64," + std::string(200000, 'A'),
      std::string(20000, '&') + "#",
  };
  for (const std::string& input : inputs) {
    EventRecord r = TheExtractor().Extract(input, Options());
    ExpectSpansHold(input, r);
    std::string json = ToJson(r);
    EXPECT_NO_THROW(nlohmann::json::parse(json));
  }
}

TEST(ExtractorTest, ConcurrentCallsAgreeWithSerialOnes) {
  fs::path seeds = fs::path(testing::kSourceDir) / "seeds";
  std::vector<std::string> inputs;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    inputs.push_back(ReadFile(entry.path()));
  }
  std::vector<std::string> serial;
  for (const std::string& in : inputs) {
    serial.push_back(ToJson(TheExtractor().Extract(in, Options())));
  }
  std::vector<std::vector<std::string>> parallel(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < parallel.size(); ++t) {
    threads.emplace_back([&, t] {
      for (const std::string& in : inputs) {
        parallel[t].push_back(ToJson(TheExtractor().Extract(in, Options())));
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& results : parallel) EXPECT_EQ(results, serial);
}

// Invalid bytes and NULs in the middle of a good report: the record is the
// clean report's, and every span still indexes the damaged original.
TEST(ExtractorTest, DamageInsideAReportLeavesTheRestExtracted) {
  fs::path seeds = fs::path(testing::kSourceDir) / "seeds";
  for (const auto& entry : fs::directory_iterator(seeds)) {
    SCOPED_TRACE(entry.path().filename().string());
    std::string clean = ReadFile(entry.path());
    // After the first line, so the headline and the lead stay whole.
    size_t cut = clean.find('\n');
    ASSERT_NE(cut, std::string::npos);
    std::string damaged = clean.substr(0, cut + 1) +
                          std::string("\xFF\xC3\0\0\xE9\x83\n", 7) +
                          clean.substr(cut + 1);
    EventRecord a = TheExtractor().Extract(clean, Options());
    EventRecord b = TheExtractor().Extract(damaged, Options());
    ExpectSpansHold(damaged, b);
    ASSERT_EQ(a.date.has_value(), b.date.has_value());
    if (a.date) {
      EXPECT_EQ(FormatDate(a.date->start), FormatDate(b.date->start));
    }
    EXPECT_EQ(Participants(a), Participants(b));
    EXPECT_EQ(a.officials.size(), b.officials.size());
    EXPECT_EQ(a.agreements.size(), b.agreements.size());
  }
}

// Size alone never breaks extraction: a 40 MB report (the seeds over and
// over) and a 10 MB line without punctuation are read whole. Their time is
// linear by construction (RE2 matching, bounded windows in every loop); a
// quadratic loop would show here as a test that never ends.
TEST(ExtractorTest, FortyMegabyteReportAndTenMegabyteLine) {
  fs::path seeds = fs::path(testing::kSourceDir) / "seeds";
  std::string one;
  for (const auto& entry : fs::directory_iterator(seeds)) {
    one += ReadFile(entry.path());
  }
  ASSERT_FALSE(one.empty());
  std::string huge;
  huge.reserve((size_t{40} << 20) + one.size());
  while (huge.size() < (size_t{40} << 20)) huge += one;
  EventRecord r = TheExtractor().Extract(huge, Options());
  ExpectSpansHold(huge, r);
  EXPECT_FALSE(r.countries.empty());
  EXPECT_NO_THROW(nlohmann::json::parse(ToJson(r)));

  std::string line;
  const std::string word = "合作环境ab12";
  while (line.size() < (size_t{10} << 20)) line += word;
  line += "\n2024年5月6日，第三届南太平洋海洋保护论坛在苏瓦开幕。\n";
  r = TheExtractor().Extract(line, Options());
  ExpectSpansHold(line, r);
  EXPECT_NO_THROW(nlohmann::json::parse(ToJson(r)));
}

// An official's country takes part even when the text names it only in
// passing: here China, through a ministry that Chinese reports write
// without its country.
TEST(ExtractorTest, OfficialsMakeTheirCountriesParticipants) {
  std::string text =
      "近年来，中国积极推广节水灌溉技术。\n"
      "水利部副部长欧阳明远会见了秘鲁农业部副部长加西亚一行，"
      "双方就水资源管理交换了意见。\n";
  EventRecord r = TheExtractor().Extract(text, Options());
  ExpectSpansHold(text, r);
  EXPECT_EQ(Participants(r), (std::set<std::string>{"CN", "PE"}));
}

TEST(ExtractorTest, CreateRejectsNullOut) {
  EXPECT_FALSE(Extractor::Create(nullptr).ok());
}

}  // namespace
}  // namespace eventx
