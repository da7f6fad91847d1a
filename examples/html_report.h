// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// A self-contained HTML page showing what was extracted from one report:
// the report's text with every extracted value highlighted in place (a
// colour per field, the normalized value on hover) and the record as a
// table beside it.

#ifndef EVENTX_EXAMPLES_HTML_REPORT_H_
#define EVENTX_EXAMPLES_HTML_REPORT_H_

#include <string>
#include <string_view>

#include "eventx/record.h"

namespace eventx_examples {

// `input` is the UTF-8 text the record's spans index.
std::string RenderHtml(std::string_view input, const eventx::EventRecord& record);

}  // namespace eventx_examples

#endif  // EVENTX_EXAMPLES_HTML_REPORT_H_
