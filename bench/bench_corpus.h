// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// The texts every benchmark reads: the dev corpus (or, without ../shared,
// the seeds) replicated to a few MB, so that one pass is long enough to time
// and short enough to repeat.

#ifndef EVENTX_BENCH_BENCH_CORPUS_H_
#define EVENTX_BENCH_BENCH_CORPUS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace eventx::bench {

// The reports, replicated until they hold some 4 MB; loaded once.
const std::vector<std::string>& Reports();

// The bytes of all Reports(): what each pass over them reads.
size_t TotalBytes();

}  // namespace eventx::bench

#endif  // EVENTX_BENCH_BENCH_CORPUS_H_
