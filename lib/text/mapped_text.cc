// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/mapped_text.h"

#include <algorithm>

namespace eventx::internal {

MappedText MappedText::Identity(std::string_view original) {
  MappedText m;
  m.AppendIdentity(original, 0);
  return m;
}

const MappedText::Piece& MappedText::LastStartingAtOrBefore(const Piece* base,
                                                            size_t count,
                                                            size_t pos) {
  // A binary search whose steps are selects, not branches: extractors look
  // up spans all over the view, so which half holds pos is unpredictable,
  // and std::upper_bound mispredicted about every other step. The number of
  // steps depends only on the number of pieces.
  while (count > 1) {
    const size_t half = count / 2;
    base = base[half].view_begin <= pos ? base + half : base;
    count -= half;
  }
  return *base;
}

uint32_t MappedText::ByteBegin(size_t pos) const {
  return ByteBegin(PieceAt(pos), pos);
}

uint32_t MappedText::ByteEnd(size_t pos) const {
  return ByteEnd(PieceAt(pos), pos);
}

size_t MappedText::OriginalBegin(size_t pos) const {
  if (pos < text_.size()) return ByteBegin(pos);
  return text_.empty() ? 0 : ByteEnd(text_.size() - 1);
}

size_t MappedText::FirstAtOrAfter(size_t original) const {
  // The first piece whose first byte starts at or after `original`; the
  // answer is in the piece before it (which starts before original), or
  // is that piece's first byte.
  auto it = std::lower_bound(
      pieces_.begin(), pieces_.end(), original,
      [](const Piece& piece, size_t o) { return piece.original_begin < o; });
  if (it == pieces_.begin()) return 0;
  const Piece& before = *(it - 1);
  const size_t before_end =
      it == pieces_.end() ? text_.size() : static_cast<size_t>(it->view_begin);
  if (before.identity) {
    const size_t pos = before.view_begin + (original - before.original_begin);
    if (pos < before_end) return pos;
  }
  return before_end;  // every byte of `before` starts before original
}

Span MappedText::ToOriginal(size_t begin, size_t end) const {
  if (begin >= end) {
    size_t at = OriginalBegin(begin);
    return Span{at, at};
  }
  // One search when the range lies in one piece (a replaced character, a
  // span of an identity run), two otherwise.
  const Piece& piece = PieceAt(begin);
  const size_t piece_end =
      &piece == &pieces_.back() ? text_.size() : (&piece + 1)->view_begin;
  if (end > piece_end) {
    // The range runs on into the pieces after `piece`. Each piece holds a
    // byte at least, so the one holding end - 1 is among the first
    // end - piece_end of them: a search of those few, next to `piece` in
    // memory, instead of a second search of all the pieces (and no search
    // again for `begin`).
    const Piece* const next = &piece + 1;
    const size_t following =
        static_cast<size_t>(pieces_.data() + pieces_.size() - next);
    const Piece& last = LastStartingAtOrBefore(
        next, std::min(following, end - piece_end), end - 1);
    return Span{ByteBegin(piece, begin), ByteEnd(last, end - 1)};
  }
  if (!piece.identity) return Span{piece.original_begin, piece.original_end};
  const size_t original_begin = piece.original_begin + (begin - piece.view_begin);
  return Span{original_begin, original_begin + (end - begin)};
}

void MappedText::AddIdentity(size_t n, uint32_t original_begin) {
  if (n == 0) return;
  AddIdentityAt(static_cast<uint32_t>(text_.size() - n), original_begin);
}

void MappedText::AddUnit(size_t n, uint32_t original_begin,
                         uint32_t original_end) {
  if (n == 0) return;
  AddUnitAt(static_cast<uint32_t>(text_.size() - n), original_begin,
            original_end);
}

void MappedText::Append(std::string_view bytes, uint32_t begin, uint32_t end) {
  if (bytes.size() <= 4) {
    // A replaced character: inline pushes cost less than a call to append.
    for (char c : bytes) text_.push_back(c);
  } else {
    text_.append(bytes.data(), bytes.size());
  }
  AddUnit(bytes.size(), begin, end);
}

void MappedText::AppendIdentity(std::string_view bytes, uint32_t begin) {
  text_.append(bytes.data(), bytes.size());
  AddIdentity(bytes.size(), begin);
}

void MappedText::CopyFrom(const MappedText& from, size_t begin, size_t end) {
  if (begin >= end) return;
  // The pieces of `from` that overlap [begin, end), each cut to the range.
  const Piece* piece = &from.PieceAt(begin);
  const Piece* const last = &from.pieces_.back();
  for (size_t at = begin; at < end; ++piece) {
    const size_t piece_end =
        piece == last ? from.text_.size() : (piece + 1)->view_begin;
    const size_t upto = std::min(end, piece_end);
    text_.append(from.text_.data() + at, upto - at);
    if (piece->identity) {
      AddIdentity(upto - at, piece->original_begin +
                                 static_cast<uint32_t>(at - piece->view_begin));
    } else {
      AddUnit(upto - at, piece->original_begin, piece->original_end);
    }
    at = upto;
  }
}

void MappedText::ReplaceFrom(const MappedText& from, size_t begin, size_t end,
                             std::string_view bytes) {
  Span s = from.ToOriginal(begin, end);
  Append(bytes, static_cast<uint32_t>(s.begin), static_cast<uint32_t>(s.end));
}

void MappedText::Reserve(size_t n, size_t pieces) {
  text_.reserve(n);
  pieces_.reserve(pieces);
}

void MappedText::Rewriter::Seek(size_t pos) {
  while (piece_ + 1 < from_.pieces_.size() &&
         from_.pieces_[piece_ + 1].view_begin <= pos) {
    ++piece_;
  }
}

void MappedText::Rewriter::CopyUpTo(size_t pos) {
  while (at_ < pos) {
    Seek(at_);
    const Piece& piece = from_.pieces_[piece_];
    const size_t upto = std::min(pos, from_.PieceEnd(piece_));
    out_.text_.append(from_.text_.data() + at_, upto - at_);
    if (piece.identity) {
      out_.AddIdentity(upto - at_, ByteBegin(piece, at_));
    } else {
      out_.AddUnit(upto - at_, piece.original_begin, piece.original_end);
    }
    at_ = upto;
  }
}

void MappedText::Rewriter::Replace(size_t end, std::string_view bytes) {
  Span original;
  if (end > at_) {
    Seek(at_);
    const uint32_t begin = ByteBegin(from_.pieces_[piece_], at_);
    Seek(end - 1);
    original = Span{begin, ByteEnd(from_.pieces_[piece_], end - 1)};
  } else {
    original = from_.ToOriginal(at_, end);
  }
  out_.Append(bytes, static_cast<uint32_t>(original.begin),
              static_cast<uint32_t>(original.end));
  at_ = end;
}

}  // namespace eventx::internal
