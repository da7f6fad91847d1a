// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/mapped_text.h"

#include <random>
#include <string>
#include <vector>

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

// The map of a chain of random edits agrees with a plain per-byte model.
TEST(MappedTextTest, AgreesWithAPerByteModel) {
  struct Model {
    std::string text;
    std::vector<uint32_t> begin, end;
  };
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string original(1 + rng() % 40, 'a');
    for (char& c : original) c = static_cast<char>('a' + rng() % 26);
    MappedText text = MappedText::Identity(original);
    Model model{original, {}, {}};
    for (uint32_t i = 0; i < original.size(); ++i) {
      model.begin.push_back(i);
      model.end.push_back(i + 1);
    }
    for (int stage = 0; stage < 4; ++stage) {
      MappedText next;
      Model next_model;
      // Some stages edit through a Rewriter, some replace code points
      // (ReplaceCodePoints: every edit replaces, by one to four bytes); all
      // must agree.
      const int mode = static_cast<int>(rng() % 3);
      const bool rewrite = mode == 1;
      const bool code_points = mode == 2;
      struct Edit {
        size_t begin;
        size_t length;
        char32_t to;
      };
      std::vector<Edit> edits;
      MappedText::Rewriter rewriter(text, &next);
      size_t at = 0;
      while (at < text.size()) {
        size_t n = 1 + rng() % 5;
        if (at + n > text.size()) n = text.size() - at;
        if (code_points) {
          if (rng() % 2 == 0) {
            static constexpr char32_t kTo[] = {U'X', U'·', U'国', U'😀'};
            const char32_t to = kTo[rng() % 4];
            edits.push_back(Edit{at, n, to});
            char bytes[4];
            const size_t size = EncodeUtf8(to, bytes);
            for (size_t k = 0; k < size; ++k) {
              next_model.text.push_back(bytes[k]);
              next_model.begin.push_back(model.begin[at]);
              next_model.end.push_back(model.end[at + n - 1]);
            }
          } else {
            for (size_t k = at; k < at + n; ++k) {
              next_model.text.push_back(model.text[k]);
              next_model.begin.push_back(model.begin[k]);
              next_model.end.push_back(model.end[k]);
            }
          }
          at += n;
          continue;
        }
        switch (rng() % 3) {
          case 0:  // copy
            if (rewrite) {
              rewriter.CopyUpTo(at + n);
            } else {
              next.CopyFrom(text, at, at + n);
            }
            for (size_t k = at; k < at + n; ++k) {
              next_model.text.push_back(model.text[k]);
              next_model.begin.push_back(model.begin[k]);
              next_model.end.push_back(model.end[k]);
            }
            break;
          case 1: {  // replace by 0 to 3 bytes
            std::string bytes(rng() % 4, 'X');
            if (rewrite) {
              rewriter.Replace(at + n, bytes);
            } else {
              next.ReplaceFrom(text, at, at + n, bytes);
            }
            for (char c : bytes) {
              next_model.text.push_back(c);
              next_model.begin.push_back(model.begin[at]);
              next_model.end.push_back(model.end[at + n - 1]);
            }
            break;
          }
          default:  // delete (a rewriter by an empty replacement or a skip)
            if (rewrite) {
              if (rng() % 2 == 0) {
                rewriter.Replace(at + n, "");
              } else {
                rewriter.SkipTo(at + n);
              }
            }
            break;
        }
        at += n;
      }
      if (code_points) next = MappedText::ReplaceCodePoints(text, edits);
      text = std::move(next);
      model = std::move(next_model);
      ASSERT_EQ(text.text(), model.text);
      for (size_t b = 0; b <= model.text.size(); ++b) {
        size_t want_at = b < model.text.size() ? model.begin[b]
                         : model.end.empty()   ? 0
                                               : model.end.back();
        EXPECT_EQ(text.OriginalBegin(b), want_at);
        for (size_t e = b; e <= model.text.size(); ++e) {
          Span want = b == e ? Span{want_at, want_at}
                             : Span{model.begin[b], model.end[e - 1]};
          EXPECT_EQ(text.ToOriginal(b, e), want);
        }
      }
    }
  }
}

}  // namespace
}  // namespace eventx::internal

namespace eventx::internal {
namespace {

// ReplaceCodePoints over texts long enough for its block copies (runs of up
// to 64 bytes between edits are moved as whole blocks), from one identity
// piece and from several pieces.
TEST(MappedTextTest, ReplaceCodePointsCopiesLongRunsExactly) {
  struct Edit {
    size_t begin;
    size_t length;
    char32_t to;
  };
  std::mt19937 rng(13);
  for (int round = 0; round < 100; ++round) {
    std::string original(100 + rng() % 400, 'a');
    for (char& c : original) c = static_cast<char>('a' + rng() % 26);
    MappedText from = MappedText::Identity(original);
    if (round % 2 == 1) {
      // Several pieces: the first byte replaced by itself as a unit.
      MappedText pieces;
      pieces.ReplaceFrom(from, 0, 1, original.substr(0, 1));
      pieces.CopyFrom(from, 1, from.size());
      from = std::move(pieces);
    }
    std::vector<Edit> edits;
    std::string want;
    size_t at = 0;
    for (size_t pos = rng() % 90; pos < original.size(); pos += 1 + rng() % 90) {
      want += original.substr(at, pos - at);
      edits.push_back(Edit{pos, 1, U'国'});
      want += "国";
      at = pos + 1;
    }
    want += original.substr(at);
    MappedText out = round % 2 == 1
                         ? MappedText::ReplaceCodePoints(from, edits)
                         : MappedText::ReplaceCodePointsInOriginal(original,
                                                                   edits);
    ASSERT_EQ(out.text(), want);
    size_t view = 0;
    at = 0;
    for (const Edit& edit : edits) {
      for (; at < edit.begin; ++at, ++view) {
        ASSERT_EQ(out.ToOriginal(view, view + 1), (Span{at, at + 1}));
      }
      ASSERT_EQ(out.ToOriginal(view, view + 3), (Span{at, at + 1}));
      view += 3;
      at += 1;
    }
  }
}

// ReplaceCodePointsInOriginal is ReplaceCodePoints over the identity of
// the original, the empty one too.
TEST(MappedTextTest, ReplaceCodePointsInOriginalIsFromTheIdentity) {
  struct Edit {
    size_t begin;
    size_t length;
    char32_t to;
  };
  const std::vector<Edit> none;
  EXPECT_EQ(MappedText::ReplaceCodePointsInOriginal("", none).text(), "");
  EXPECT_EQ(MappedText::ReplaceCodePointsInOriginal("", none).ToOriginal(0, 0),
            (Span{0, 0}));
  const std::string original = "环境，部(ok)";
  const std::vector<Edit> edits = {{9, 3, ','}, {12, 1, U'环'}, {15, 1, ' '}};
  const MappedText want =
      MappedText::ReplaceCodePoints(MappedText::Identity(original), edits);
  const MappedText got =
      MappedText::ReplaceCodePointsInOriginal(original, edits);
  ASSERT_EQ(got.text(), want.text());
  for (size_t b = 0; b <= got.size(); ++b) {
    EXPECT_EQ(got.OriginalBegin(b), want.OriginalBegin(b)) << b;
    for (size_t e = b; e <= got.size(); ++e) {
      EXPECT_EQ(got.ToOriginal(b, e), want.ToOriginal(b, e)) << b << " " << e;
    }
  }
}

// FirstAtOrAfter is the binary search over view positions it replaces.
TEST(MappedTextTest, FirstAtOrAfterAgreesWithASearchOverPositions) {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    std::string original(rng() % 30, 'a');
    MappedText text = MappedText::Identity(original);
    // A stage of random copies, replacements (also by nothing) and
    // deletions, so that pieces of both kinds and gaps occur.
    MappedText next;
    size_t at = 0;
    while (at < text.size()) {
      size_t n = 1 + rng() % 4;
      if (at + n > text.size()) n = text.size() - at;
      switch (rng() % 3) {
        case 0:
          next.CopyFrom(text, at, at + n);
          break;
        case 1:
          next.ReplaceFrom(text, at, at + n, std::string(rng() % 3, 'X'));
          break;
        default:  // deleted
          break;
      }
      at += n;
    }
    for (size_t o = 0; o <= original.size() + 1; ++o) {
      size_t lo = 0;
      size_t hi = next.size();
      while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (next.OriginalBegin(mid) < o) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      ASSERT_EQ(next.FirstAtOrAfter(o), lo) << "round " << round << " o " << o;
    }
  }
}

}  // namespace
}  // namespace eventx::internal
