// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "eventx/status.h"

namespace eventx {

std::string Status::ToString() const {
  const char* name = "UNKNOWN";
  switch (code_) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: name = "INVALID_ARGUMENT"; break;
    case StatusCode::kInternal: name = "INTERNAL"; break;
    case StatusCode::kNotFound: name = "NOT_FOUND"; break;
    case StatusCode::kIoError: name = "IO_ERROR"; break;
    case StatusCode::kResourceExhausted: name = "RESOURCE_EXHAUSTED"; break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace eventx
