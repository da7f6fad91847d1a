// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/mapped_text.h"

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

TEST(MappedTextTest, IdentityMapsEveryByteToItself) {
  MappedText t = MappedText::Identity("abc");
  EXPECT_EQ(t.text(), "abc");
  EXPECT_EQ(t.ToOriginal(0, 3), (Span{0, 3}));
  EXPECT_EQ(t.ToOriginal(1, 2), (Span{1, 2}));
}

TEST(MappedTextTest, EmptyRangeMapsToAPoint) {
  MappedText t = MappedText::Identity("abc");
  EXPECT_EQ(t.ToOriginal(2, 2), (Span{2, 2}));
  EXPECT_EQ(t.ToOriginal(3, 3), (Span{3, 3}));
}

TEST(MappedTextTest, ReplacementCoversItsWholeSource) {
  // "A&amp;B" → "A&B": the '&' stands for five original bytes.
  MappedText in = MappedText::Identity("A&amp;B");
  MappedText out;
  out.CopyFrom(in, 0, 1);
  out.ReplaceFrom(in, 1, 6, "&");
  out.CopyFrom(in, 6, 7);
  EXPECT_EQ(out.text(), "A&B");
  EXPECT_EQ(out.ToOriginal(1, 2), (Span{1, 6}));
  EXPECT_EQ(out.ToOriginal(0, 3), (Span{0, 7}));
  EXPECT_EQ(out.ToOriginal(2, 3), (Span{6, 7}));
}

TEST(MappedTextTest, DeletionLeavesNeighboursAdjacentInTheView) {
  // "ab<x>cd" → "abcd": the view range "bc" spans the deleted tag.
  MappedText in = MappedText::Identity("ab<x>cd");
  MappedText out;
  out.CopyFrom(in, 0, 2);
  out.CopyFrom(in, 5, 7);
  EXPECT_EQ(out.text(), "abcd");
  EXPECT_EQ(out.ToOriginal(1, 3), (Span{1, 6}));
}

TEST(MappedTextTest, StagesCompose) {
  MappedText first = MappedText::Identity("xx&amp;yy");
  MappedText second;
  second.CopyFrom(first, 0, 2);
  second.ReplaceFrom(first, 2, 7, "&");
  second.CopyFrom(first, 7, 9);
  MappedText third;  // drop the first byte
  third.CopyFrom(second, 1, second.size());
  EXPECT_EQ(third.text(), "x&yy");
  EXPECT_EQ(third.ToOriginal(1, 2), (Span{2, 7}));
  EXPECT_EQ(third.ToOriginal(0, 4), (Span{1, 9}));
}

}  // namespace
}  // namespace eventx::internal
