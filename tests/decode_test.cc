// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/decode.h"

#include <string>

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

TEST(DecodeTest, ValidUtf8PassesThrough) {
  std::string in = "环境部 ok";
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text(), in);
  EXPECT_EQ(t.ToOriginal(0, 3), (Span{0, 3}));
}

TEST(DecodeTest, InvalidBytesBecomeReplacementCharacters) {
  std::string in = std::string("a\xFF") + "环";
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text(), std::string("a") + kReplacement + "环");
  // The replacement stands for the one bad byte; what follows keeps its place.
  EXPECT_EQ(t.ToOriginal(1, 4), (Span{1, 2}));
  EXPECT_EQ(t.ToOriginal(4, 7), (Span{2, 5}));
}

TEST(DecodeTest, NulBecomesReplacementCharacter) {
  std::string in("a\0b", 3);
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text(), std::string("a") + kReplacement + "b");
}

TEST(DecodeTest, TruncatedSequenceAtTheEndIsReadAround) {
  std::string in = std::string("环境") + "\xE9\x83";  // 部 cut short
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text().substr(0, 6), "环境");
  EXPECT_NE(t.text().find(kReplacement), std::string::npos);
  Span all = t.ToOriginal(0, t.size());
  EXPECT_EQ(all.end, in.size());
}

TEST(DecodeTest, ByteOrderMarkIsDropped) {
  std::string in = "\xEF\xBB\xBF" "中国";
  MappedText t = DecodeUtf8View(in);
  EXPECT_EQ(t.text(), "中国");
  EXPECT_EQ(t.ToOriginal(0, 6), (Span{3, 9}));
}

TEST(DecodeTest, OverlongAndSurrogateEncodingsAreInvalid) {
  for (std::string bad : {std::string("\xC0\xAF"), std::string("\xED\xA0\x80")}) {
    MappedText t = DecodeUtf8View(bad);
    EXPECT_EQ(t.text().find('/'), std::string::npos);
    EXPECT_NE(t.text().find(kReplacement), std::string::npos) << bad.size();
  }
}

TEST(DecodeTest, EmptyInput) {
  MappedText t = DecodeUtf8View("");
  EXPECT_EQ(t.size(), 0u);
  EXPECT_EQ(t.ToOriginal(0, 0), (Span{0, 0}));
}

}  // namespace
}  // namespace eventx::internal
