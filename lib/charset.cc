// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "eventx/charset.h"

#include <cstdint>
#include <limits>
#include <memory>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include "lib/text/utf8.h"

namespace eventx {
namespace {

// Scraped UTF-8 pages carry a few broken bytes (a truncated last character,
// a mangled ad); a page in another charset is mostly "invalid".
bool LooksLikeUtf8(std::string_view input) {
  // Every input is read here once, and is mostly ASCII, three-byte Chinese
  // and a few two-byte letters, always valid: SkipPlainOrTwoByteUtf8 passes
  // over those in blocks, and only the rest is decoded. The invalid
  // sequences are counted first; the multibyte characters matter only when
  // there are more than a few.
  constexpr size_t kFewInvalid = 4;
  size_t invalid = 0;
  for (size_t i = internal::SkipPlainOrTwoByteUtf8(input, 0); i < input.size();
       i = internal::SkipPlainOrTwoByteUtf8(input, i)) {
    size_t n;
    if (internal::DecodeUtf8(input, i, &n) == internal::kInvalidCodePoint) {
      ++invalid;
    }
    i += n;
  }
  if (invalid <= kFewInvalid) return true;
  size_t multibyte = 0;
  for (size_t i = 0; i < input.size();) {
    size_t n;
    if (internal::DecodeUtf8(input, i, &n) != internal::kInvalidCodePoint &&
        n > 1) {
      ++multibyte;
    }
    i += n;
  }
  return invalid * 20 <= multibyte;
}

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};
struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

Status Convert(std::string_view input, const char* charset, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(charset, &err));
  if (U_FAILURE(err)) {
    return Status(StatusCode::kInvalidArgument,
                  std::string("unknown encoding '") + charset + "'");
  }
  std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &err));
  if (U_FAILURE(err)) {
    return Status(StatusCode::kInternal,
                  std::string("ICU UTF-8 converter: ") + u_errorName(err));
  }
  // At most 3 UTF-8 bytes per input byte for the CJK charsets, 4 for any.
  out->resize(input.size() * 4 + 16);
  char* target = out->data();
  const char* source = input.data();
  ucnv_convertEx(to.get(), from.get(), &target, out->data() + out->size(),
                 &source, input.data() + input.size(), nullptr, nullptr,
                 nullptr, nullptr, true, true, &err);
  if (U_FAILURE(err)) {
    return Status(StatusCode::kInternal,
                  std::string("decoding as ") + charset + ": " +
                      u_errorName(err));
  }
  out->resize(target - out->data());
  return Status::Ok();
}

}  // namespace

Status DecodeToUtf8(std::string_view input, std::string_view encoding,
                    DecodedText* out) {
  if (out == nullptr) {
    return Status(StatusCode::kInvalidArgument, "DecodeToUtf8: null out");
  }
  if (input.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) {
    return Status(StatusCode::kResourceExhausted,
                  "DecodeToUtf8: input over 2 GiB");
  }
  std::string name(encoding);
  if (name.empty()) {
    if (LooksLikeUtf8(input)) {
      out->utf8.assign(input);
      out->charset = "UTF-8";
      return Status::Ok();
    }
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(
        ucsdet_open(&err));
    ucsdet_setText(detector.get(), input.data(),
                   static_cast<int32_t>(input.size()), &err);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &err);
    const char* detected =
        U_SUCCESS(err) && match != nullptr ? ucsdet_getName(match, &err)
                                           : nullptr;
    if (U_FAILURE(err) || detected == nullptr) {
      // Nothing better known: read it as (broken) UTF-8.
      out->utf8.assign(input);
      out->charset = "UTF-8";
      return Status::Ok();
    }
    name = detected;
  }
  Status status = Convert(input, name.c_str(), &out->utf8);
  if (!status.ok()) return status;
  out->charset = name;
  return Status::Ok();
}

}  // namespace eventx
