// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "bench/bench_corpus.h"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace eventx::bench {
namespace {

namespace fs = std::filesystem;

constexpr size_t kTargetBytes = size_t{4} << 20;

}  // namespace

const std::vector<std::string>& Reports() {
  static const std::vector<std::string>* reports = [] {
    std::vector<std::string> base;
    for (const char* dir : {EVENTX_CORPUS_DIR, EVENTX_SEEDS_DIR}) {
      std::error_code ec;
      if (!fs::is_directory(dir, ec)) continue;
      for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() != ".txt") continue;
        std::ifstream in(e.path(), std::ios::binary);
        base.emplace_back(std::istreambuf_iterator<char>(in),
                          std::istreambuf_iterator<char>());
      }
      if (!base.empty()) break;
    }
    auto* out = new std::vector<std::string>;
    size_t bytes = 0;
    while (!base.empty() && bytes < kTargetBytes) {
      for (const std::string& r : base) {
        out->push_back(r);
        bytes += r.size();
      }
    }
    return out;
  }();
  return *reports;
}

size_t TotalBytes() {
  static const size_t total = [] {
    size_t n = 0;
    for (const std::string& r : Reports()) n += r.size();
    return n;
  }();
  return total;
}

}  // namespace eventx::bench
