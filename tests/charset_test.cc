// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "eventx/charset.h"

#include <string>

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

namespace eventx {
namespace {

// A report long enough for charset detection to be sure.
const char kReport[] =
    "2024年11月8日，柬埔寨环境部国务秘书率代表团访问云南省生态环境厅，"
    "双方就澜湄环境合作、生物多样性保护和气候变化应对等议题深入交流，"
    "并签署了环境合作谅解备忘录。云南省生态环境厅厅长表示，愿与柬方"
    "一道推动绿色发展，共建清洁美丽的澜湄家园。";

std::string Encode(const std::string& utf8, const char* charset) {
  std::string out(utf8.size() * 4, '\0');
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(),
                           static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(n);
  return out;
}

TEST(CharsetTest, Utf8IsCopied) {
  DecodedText d;
  ASSERT_TRUE(DecodeToUtf8(kReport, "", &d).ok());
  EXPECT_EQ(d.utf8, kReport);
  EXPECT_EQ(d.charset, "UTF-8");
}

TEST(CharsetTest, Utf8WithAFewBrokenBytesIsStillUtf8) {
  std::string input = std::string(kReport) + "\xE9\x83";
  DecodedText d;
  ASSERT_TRUE(DecodeToUtf8(input, "", &d).ok());
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.utf8, input);
}

TEST(CharsetTest, GbkIsDetectedAndDecoded) {
  DecodedText d;
  ASSERT_TRUE(DecodeToUtf8(Encode(kReport, "GBK"), "", &d).ok());
  EXPECT_EQ(d.utf8, kReport);
  EXPECT_EQ(d.charset, "GB18030");
}

TEST(CharsetTest, ExplicitEncodingOverridesDetection) {
  const std::string traditional = "柬埔寨環境部國務秘書率代表團訪問雲南省。";
  DecodedText d;
  ASSERT_TRUE(DecodeToUtf8(Encode(traditional, "Big5"), "Big5", &d).ok());
  EXPECT_EQ(d.utf8, traditional);
  EXPECT_EQ(d.charset, "Big5");
}

TEST(CharsetTest, UnknownEncodingIsAnError) {
  DecodedText d;
  Status s = DecodeToUtf8("abc", "no-such-charset", &d);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(DecodeToUtf8("abc", "", nullptr).ok());
}

}  // namespace
}  // namespace eventx
