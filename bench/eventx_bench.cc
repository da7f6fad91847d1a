// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Throughput per pipeline stage and for the whole record, in bytes of input
// per second, over the dev corpus (or the seeds) replicated to a few MB; and
// the cost of Extractor::Create. Pin to one core for stable figures.

#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "eventx/eventx.h"
#include "lib/extract/agreements.h"
#include "lib/extract/countries.h"
#include "lib/extract/dates.h"
#include "lib/extract/officials.h"
#include "lib/extract/organizers.h"
#include "lib/extract/venue.h"
#include "lib/text/decode.h"
#include "lib/text/document.h"
#include "lib/text/fold.h"
#include "lib/text/markup.h"
#include "lib/text/pinyin.h"

namespace {

using namespace eventx;            // NOLINT: benchmark file
using namespace eventx::internal;  // NOLINT
using eventx::bench::Reports;
using eventx::bench::TotalBytes;

const SimplifyTable* Table() {
  Status s;
  return SimplifyTable::Get(&s);
}

void BM_DecodeAndClean(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& r : Reports()) {
      MappedText t = StripPinyin(RemoveMarkup(DecodeUtf8View(r)));
      benchmark::DoNotOptimize(t.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_DecodeAndClean)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  std::vector<MappedText> cleaned;
  for (const std::string& r : Reports()) {
    cleaned.push_back(StripPinyin(RemoveMarkup(DecodeUtf8View(r))));
  }
  for (auto _ : state) {
    for (const MappedText& t : cleaned) {
      MappedText f = FoldCharacters(t, Table());
      benchmark::DoNotOptimize(f.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_Document(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& r : Reports()) {
      Document doc(r, Table());
      benchmark::DoNotOptimize(doc.view().size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Document)->Unit(benchmark::kMillisecond);

void BM_Dates(benchmark::State& state) {
  std::unique_ptr<const DateFinder> finder;
  if (!DateFinder::Create(&finder).ok()) {
    state.SkipWithError("DateFinder::Create failed");
    return;
  }
  std::vector<std::unique_ptr<Document>> docs;
  for (const std::string& r : Reports()) {
    docs.push_back(std::make_unique<Document>(r, Table()));
  }
  for (auto _ : state) {
    for (const auto& d : docs) {
      auto published = finder->FindPublished(d->view());
      auto all = finder->FindAll(d->view(), CivilDate{2024, 6, 30});
      auto event = finder->ChooseEventDate(d->view(), all, published);
      benchmark::DoNotOptimize(event.has_value());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);

void BM_Countries(benchmark::State& state) {
  std::unique_ptr<const CountryFinder> finder;
  if (!CountryFinder::Create(Table(), &finder).ok()) {
    state.SkipWithError("CountryFinder::Create failed");
    return;
  }
  std::vector<std::unique_ptr<Document>> docs;
  for (const std::string& r : Reports()) {
    docs.push_back(std::make_unique<Document>(r, Table()));
  }
  for (auto _ : state) {
    for (const auto& d : docs) {
      auto countries = finder->Assemble(*d, finder->FindMentions(*d));
      benchmark::DoNotOptimize(countries.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Countries)->Unit(benchmark::kMillisecond);

// The documents of Reports(), built once for the per-extractor benchmarks.
const std::vector<std::unique_ptr<Document>>& Documents() {
  static const auto* docs = [] {
    auto* out = new std::vector<std::unique_ptr<Document>>;
    for (const std::string& r : Reports()) {
      out->push_back(std::make_unique<Document>(r, Table()));
    }
    return out;
  }();
  return *docs;
}

const CountryFinder* Countries() {
  static const CountryFinder* finder = [] {
    std::unique_ptr<const CountryFinder> f;
    if (!CountryFinder::Create(Table(), &f).ok()) std::abort();
    return f.release();
  }();
  return finder;
}

void BM_Officials(benchmark::State& state) {
  std::unique_ptr<const OfficialFinder> finder;
  if (!OfficialFinder::Create(Countries(), &finder).ok()) {
    state.SkipWithError("OfficialFinder::Create failed");
    return;
  }
  std::vector<std::vector<CountryMention>> mentions;
  for (const auto& d : Documents())
    mentions.push_back(Countries()->FindMentions(*d));
  for (auto _ : state) {
    for (size_t i = 0; i < Documents().size(); ++i) {
      auto found = finder->Find(*Documents()[i], mentions[i]);
      benchmark::DoNotOptimize(found.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Officials)->Unit(benchmark::kMillisecond);

void BM_Agreements(benchmark::State& state) {
  std::unique_ptr<const AgreementFinder> finder;
  std::unique_ptr<const DateFinder> dates;
  if (!AgreementFinder::Create(*Countries(), &finder).ok() ||
      !DateFinder::Create(&dates).ok()) {
    state.SkipWithError("AgreementFinder::Create failed");
    return;
  }
  std::vector<std::vector<ViewDate>> all;
  std::vector<std::vector<CountryMention>> mentions;
  for (const auto& d : Documents()) {
    all.push_back(dates->FindAll(d->view(), CivilDate{2024, 6, 30}));
    mentions.push_back(Countries()->FindMentions(*d));
  }
  for (auto _ : state) {
    for (size_t i = 0; i < Documents().size(); ++i) {
      auto found = finder->Find(*Documents()[i], all[i], mentions[i]);
      benchmark::DoNotOptimize(found.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Agreements)->Unit(benchmark::kMillisecond);

void BM_Venue(benchmark::State& state) {
  std::unique_ptr<const VenueFinder> finder;
  if (!VenueFinder::Create(*Countries(), &finder).ok()) {
    state.SkipWithError("VenueFinder::Create failed");
    return;
  }
  for (auto _ : state) {
    for (const auto& d : Documents()) {
      auto venue = finder->Find(*d);
      benchmark::DoNotOptimize(venue.has_value());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Venue)->Unit(benchmark::kMillisecond);

void BM_Organizers(benchmark::State& state) {
  std::unique_ptr<const OrganizerFinder> finder;
  if (!OrganizerFinder::Create(&finder).ok()) {
    state.SkipWithError("OrganizerFinder::Create failed");
    return;
  }
  for (auto _ : state) {
    for (const auto& d : Documents()) {
      auto found = finder->Find(*d, std::nullopt);
      benchmark::DoNotOptimize(found.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Organizers)->Unit(benchmark::kMillisecond);

const Extractor& TheExtractor() {
  static const Extractor* e = [] {
    std::unique_ptr<const Extractor> x;
    Status s = Extractor::Create(&x);
    if (!s.ok()) std::abort();
    return x.release();
  }();
  return *e;
}

void BM_ExtractRecord(benchmark::State& state) {
  const Extractor& e = TheExtractor();
  for (auto _ : state) {
    for (const std::string& r : Reports()) {
      EventRecord rec = e.Extract(r, Options());
      benchmark::DoNotOptimize(rec.countries.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_ExtractRecord)->Unit(benchmark::kMillisecond);

void BM_ExtractRecordAndJson(benchmark::State& state) {
  const Extractor& e = TheExtractor();
  for (auto _ : state) {
    for (const std::string& r : Reports()) {
      std::string json = ToJson(e.Extract(r, Options()));
      benchmark::DoNotOptimize(json.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_ExtractRecordAndJson)->Unit(benchmark::kMillisecond);

void BM_Json(benchmark::State& state) {
  std::vector<EventRecord> records;
  for (const std::string& r : Reports()) {
    records.push_back(TheExtractor().Extract(r, Options()));
  }
  for (auto _ : state) {
    for (const EventRecord& rec : records) {
      std::string json = ToJson(rec);
      benchmark::DoNotOptimize(json.size());
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_Json)->Unit(benchmark::kMillisecond);

// Creation of a second extractor in the process; the first call also pays
// for the process-wide Traditional→Simplified table, measured separately.
void BM_CreateExtractor(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<const Extractor> x;
    Status s = Extractor::Create(&x);
    benchmark::DoNotOptimize(s.ok());
  }
}
BENCHMARK(BM_CreateExtractor)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
