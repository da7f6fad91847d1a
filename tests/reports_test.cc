// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Reports written for these tests, with people, places and bodies that
// appear in no corpus file, so that passing proves the rules generalize
// rather than remember. Each tests/reports/<name>.txt has a
// <name>.expected.json annotated by hand (not generated): every field it
// names must come out exactly so; fields it omits are not checked.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "eventx/eventx.h"
#include "test_paths.h"

namespace eventx {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

const Extractor& TheExtractor() {
  static const Extractor* extractor = [] {
    std::unique_ptr<const Extractor> e;
    Status s = Extractor::Create(&e);
    if (!s.ok()) {
      ADD_FAILURE() << s.ToString();
      std::abort();
    }
    return e.release();
  }();
  return *extractor;
}

std::string Opt(const std::optional<std::string>& s) { return s.value_or(""); }

void Check(const json& want, const EventRecord& got, const std::string& input) {
  if (want.contains("date")) {
    ASSERT_TRUE(got.date.has_value());
    EXPECT_EQ(FormatDate(got.date->start), want["date"]["start"]);
    EXPECT_EQ(FormatDate(got.date->end), want["date"]["end"]);
  }
  if (want.contains("venue")) {
    if (want["venue"].is_null()) {
      EXPECT_FALSE(got.venue.has_value());
    } else {
      ASSERT_TRUE(got.venue.has_value());
      EXPECT_EQ(got.venue->name, want["venue"]);
    }
  }
  if (want.contains("organizers")) {
    std::set<std::pair<std::string, std::string>> w, g;
    for (const json& o : want["organizers"]) w.emplace(o["name"], o["role"]);
    const json record = json::parse(ToJson(got));
    for (const json& o : record["organizers"]) {
      g.emplace(o["name"], o["role"]);
    }
    EXPECT_EQ(g, w);
  }
  if (want.contains("participants")) {
    std::set<std::string> w = want["participants"];
    std::set<std::string> g;
    for (const Country& c : got.countries) {
      if (c.role == CountryRole::kParticipant) g.insert(c.code);
    }
    EXPECT_EQ(g, w);
  }
  if (want.contains("officials")) {
    ASSERT_EQ(got.officials.size(), want["officials"].size());
    for (size_t i = 0; i < got.officials.size(); ++i) {
      const Official& o = got.officials[i];
      const json& w = want["officials"][i];
      EXPECT_EQ(o.name, w["name"]);
      EXPECT_EQ(Opt(o.title), w["title"]);
      EXPECT_EQ(Opt(o.organization), w["organization"]);
      EXPECT_EQ(Opt(o.country), w["country"]);
      EXPECT_EQ(input.substr(o.span.begin, o.span.size()), o.text);
    }
  }
  if (want.contains("agreements")) {
    ASSERT_EQ(got.agreements.size(), want["agreements"].size());
    for (size_t i = 0; i < got.agreements.size(); ++i) {
      const Agreement& a = got.agreements[i];
      const json& w = want["agreements"][i];
      json j = json::parse(ToJson(got))["agreements"][i];
      EXPECT_EQ(j["kind"], w["kind"]);
      EXPECT_EQ(Opt(a.title), w["title"]);
      if (w.contains("parties")) {
        EXPECT_EQ(j["parties"], w["parties"]);
      }
      if (w.contains("signed_at_event")) {
        EXPECT_EQ(j["signed_at_event"], w["signed_at_event"]);
      }
      EXPECT_EQ(input.substr(a.span.begin, a.span.size()), a.text);
    }
  }
}

TEST(ReportsTest, HandAnnotatedReportsOfUnseenNames) {
  fs::path dir = fs::path(testing::kSourceDir) / "tests" / "reports";
  size_t checked = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    fs::path expected = entry.path();
    expected.replace_extension(".expected.json");
    SCOPED_TRACE(entry.path().filename().string());
    ASSERT_TRUE(fs::exists(expected)) << expected;
    std::string input = ReadFile(entry.path());
    Check(json::parse(ReadFile(expected)),
          TheExtractor().Extract(input, Options()), input);
    ++checked;
  }
  EXPECT_GE(checked, 3u);
}

}  // namespace
}  // namespace eventx
