// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Status: the outcome of an operation that can fail for reasons other than
// "nothing found" (a rule that does not compile, an unreadable file, an
// input over the size limit). Success carries no message and costs nothing.

#ifndef EVENTX_INCLUDE_EVENTX_STATUS_H_
#define EVENTX_INCLUDE_EVENTX_STATUS_H_

#include <string>
#include <utility>

namespace eventx {

enum class StatusCode {
  kOk = 0,            // success
  kInvalidArgument,   // the caller passed something unusable
  kInternal,          // a rule or table failed to build: a bug in eventx
  kNotFound,          // a file or directory does not exist
  kIoError,           // reading or writing failed
  kResourceExhausted, // an input exceeds a configured limit
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or e.g. "INTERNAL: rule date.full: missing )".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

}  // namespace eventx

#endif  // EVENTX_INCLUDE_EVENTX_STATUS_H_
