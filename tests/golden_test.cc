// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The seeds' records, byte for byte, against tests/golden/<doc_id>.json.
// After an intended change of output, regenerate them with
//   build/examples/eventx-extract --fixtures tests/golden seeds/
// and review the diff like any other change.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "eventx/eventx.h"
#include "test_paths.h"

namespace eventx {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

TEST(GoldenTest, SeedRecordsMatchTheirFixtures) {
  std::unique_ptr<const Extractor> extractor;
  ASSERT_TRUE(Extractor::Create(&extractor).ok());
  fs::path root(testing::kSourceDir);
  int seen = 0;
  for (const auto& entry : fs::directory_iterator(root / "seeds")) {
    if (entry.path().extension() != ".txt") continue;
    Options options;
    options.doc_id = entry.path().stem().string();
    fs::path fixture = root / "tests" / "golden" / (options.doc_id + ".json");
    ASSERT_TRUE(fs::exists(fixture)) << fixture;
    std::string got =
        ToJson(extractor->Extract(ReadFile(entry.path()), options), 2) + "\n";
    EXPECT_EQ(got, ReadFile(fixture))
        << options.doc_id << ": output differs from its fixture; if intended, "
        << "regenerate with eventx-extract --fixtures tests/golden seeds/";
    ++seen;
  }
  EXPECT_EQ(seen, 5);
}

}  // namespace
}  // namespace eventx
