// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// MappedText: a rewritten text that remembers, for every one of its bytes,
// the byte range of the original input it came from. Each cleaning and
// normalization stage reads one MappedText and writes the next, so the final
// view maps straight back to the original and extractors can report spans
// that satisfy input[span] == text.

#ifndef EVENTX_LIB_TEXT_MAPPED_TEXT_H_
#define EVENTX_LIB_TEXT_MAPPED_TEXT_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "eventx/record.h"
#include "lib/text/utf8.h"

namespace eventx::internal {

// Bytes [begin, end) of a text.
struct ByteRange {
  size_t begin = 0;
  size_t end = 0;
};

class MappedText {
 public:
  MappedText() = default;

  // The identity mapping over `original`: byte i maps to [i, i+1).
  // REQUIRES: original.size() < 2^32.
  static MappedText Identity(std::string_view original);

  const std::string& text() const { return text_; }
  size_t size() const { return text_.size(); }

  // The original range of view bytes [begin, end). An empty range maps to an
  // empty span at the original position of `begin`.
  // REQUIRES: begin <= end <= size().
  Span ToOriginal(size_t begin, size_t end) const;

  // Original offset where view byte `pos` starts (size() maps to the end).
  size_t OriginalBegin(size_t pos) const;

  // The first view offset pos with OriginalBegin(pos) >= original, or
  // size(): OriginalBegin never decreases along the view, so this is the
  // binary search over positions, done over the pieces.
  size_t FirstAtOrAfter(size_t original) const;

  // Appends `bytes`, all of which stand for the original range [begin, end).
  void Append(std::string_view bytes, uint32_t begin, uint32_t end);

  // Appends `bytes` that are original bytes [begin, begin + bytes.size())
  // unchanged: each maps to itself.
  void AppendIdentity(std::string_view bytes, uint32_t begin);

  // Appends bytes [begin, end) of `from` unchanged, keeping their mapping.
  void CopyFrom(const MappedText& from, size_t begin, size_t end);

  // Appends `bytes` standing for bytes [begin, end) of `from` as one unit.
  void ReplaceFrom(const MappedText& from, size_t begin, size_t end,
                   std::string_view bytes);

  // Room for n bytes of text and, when known, `pieces` runs of the map (an
  // edit makes at most two).
  void Reserve(size_t n, size_t pieces = 0);

  // `from` with single characters replaced: each of `edits` (in order of
  // position, not overlapping; each with `begin`, `length` > 0 and `to`, a
  // code point) turns bytes [begin, begin + length) into the UTF-8 of `to`.
  // The same as a Rewriter given CopyUpTo(begin) and Replace(begin + length,
  // that encoding) per edit and then CopyUpTo(from.size()), but the text is
  // written into place and the map pieces appended inline: a Traditional
  // report has a replacement every few bytes, and per-edit calls to append
  // and push_back were most of the cost of folding.
  template <typename Edits>
  static MappedText ReplaceCodePoints(const MappedText& from,
                                      const Edits& edits);

  // ReplaceCodePoints(Identity(original), edits), without the copy of
  // `original` that Identity makes: when cleaning changes nothing (most
  // reports), the view is written straight from the original bytes.
  // `deletions` (in order, not overlapping each other or the edits) are
  // dropped besides, as a Rewriter's SkipTo drops them: the same as
  // ReplaceCodePoints over that Rewriter's text, with the edits moved to
  // its positions (pinyin readings go so, in the pass that folds).
  template <typename Edits>
  static MappedText ReplaceCodePointsInOriginal(
      std::string_view original, const Edits& edits,
      const std::vector<ByteRange>& deletions = {});

  // Builds a MappedText from `from` front to back, as CopyFrom and
  // ReplaceFrom called in order of position would, but following from's
  // pieces instead of searching them on every call: for a stage that edits
  // many places (a Traditional report has a replacement every few bytes).
  class Rewriter {
   public:
    // `out` must outlive the Rewriter; edits are appended to it.
    Rewriter(const MappedText& from, MappedText* out)
        : from_(from), out_(*out) {}
    // Copies `from` bytes [at, pos) unchanged, and moves at to pos.
    void CopyUpTo(size_t pos);
    // Appends `bytes` for `from` bytes [at, end), as one unit (ReplaceFrom),
    // and moves at to end.
    void Replace(size_t end, std::string_view bytes);
    // Drops `from` bytes [at, end) (nothing is appended), and moves at to end.
    void SkipTo(size_t end) { at_ = end; }

   private:
    // Moves piece_ forward to the piece holding `from` byte pos.
    void Seek(size_t pos);

    const MappedText& from_;
    MappedText& out_;
    size_t at_ = 0;     // the next byte of `from` to copy or replace
    size_t piece_ = 0;  // index into from_.pieces_, never past at_'s piece
  };

 private:
  // A run of view bytes, [view_begin, the next piece's view_begin or size()),
  // and the original bytes it stands for. In an identity piece view byte
  // view_begin + k is original byte original_begin + k; in a unit piece every
  // byte stands for [original_begin, original_end) as a whole.
  //
  // Why runs and not an original range per view byte: a report's map is a few
  // long identity runs and a few hundred replacements (full-width commas,
  // entities), and each stage of the pipeline copies the map of the stage
  // before. Per-byte arrays made every stage write eight bytes of map per
  // byte of text; runs make it a few copies per edit, at the price of a
  // binary search per lookup (extractors look up a few dozen spans).
  struct Piece {
    // Fields are left unset, not zeroed: every piece made is set whole by
    // SetPiece, and ReplaceInRun sizes its vector of pieces before writing
    // them, where zeroing them first was a pass of its own.
    Piece() {}  // NOLINT: set by SetPiece
    uint32_t view_begin;
    uint32_t original_begin;
    uint32_t original_end;  // unit pieces only
    bool identity;
  };

  // The piece holding view byte `pos`. REQUIRES: pos < size().
  const Piece& PieceAt(size_t pos) const {
    return LastStartingAtOrBefore(pieces_.data(), pieces_.size(), pos);
  }
  // The last of the `count` pieces from `base` on that starts at or before
  // `pos`. REQUIRES: count > 0, base->view_begin <= pos.
  static const Piece& LastStartingAtOrBefore(const Piece* base, size_t count,
                                             size_t pos);
  // The view end of pieces_[i].
  size_t PieceEnd(size_t i) const {
    return i + 1 < pieces_.size() ? pieces_[i + 1].view_begin : text_.size();
  }
  // Original begin and end of view byte `pos` of `piece`.
  static uint32_t ByteBegin(const Piece& piece, size_t pos) {
    if (!piece.identity) return piece.original_begin;
    return piece.original_begin + static_cast<uint32_t>(pos - piece.view_begin);
  }
  static uint32_t ByteEnd(const Piece& piece, size_t pos) {
    if (!piece.identity) return piece.original_end;
    return piece.original_begin + static_cast<uint32_t>(pos - piece.view_begin) +
           1;
  }
  // Original begin and end of view byte `pos`. REQUIRES: pos < size().
  uint32_t ByteBegin(size_t pos) const;
  uint32_t ByteEnd(size_t pos) const;
  // Maps the `n` view bytes just appended to text_ (a piece is added, or the
  // last one extended when it continues it).
  void AddIdentity(size_t n, uint32_t original_begin);
  void AddUnit(size_t n, uint32_t original_begin, uint32_t original_end);
  // The same for a run at view_begin (text_ already holding it), inline.
  void AddIdentityAt(uint32_t view_begin, uint32_t original_begin) {
    if (!pieces_.empty()) {
      const Piece& last = pieces_.back();
      if (last.identity && last.original_begin + (view_begin - last.view_begin) ==
                               original_begin) {
        return;  // continues the last piece
      }
    }
    PushPiece(view_begin, original_begin, 0, true);
  }
  void AddUnitAt(uint32_t view_begin, uint32_t original_begin,
                 uint32_t original_end) {
    if (!pieces_.empty()) {
      const Piece& last = pieces_.back();
      if (!last.identity && last.original_begin == original_begin &&
          last.original_end == original_end) {
        return;  // more bytes for the same unit
      }
    }
    PushPiece(view_begin, original_begin, original_end, false);
  }
  // Sets a piece's fields one by one. A Piece{...} pushed or assigned was
  // built on the stack by four narrow stores and copied by one 16-byte
  // load, which cannot take its bytes from those stores and waits for them
  // to reach the cache (a store-forwarding stall): the hottest instructions
  // of ReplaceCodePoints.
  static void SetPiece(Piece* piece, uint32_t view_begin,
                       uint32_t original_begin, uint32_t original_end,
                       bool identity) {
    piece->view_begin = view_begin;
    piece->original_begin = original_begin;
    piece->original_end = original_end;
    piece->identity = identity;
  }
  void PushPiece(uint32_t view_begin, uint32_t original_begin,
                 uint32_t original_end, bool identity) {
    SetPiece(&pieces_.emplace_back(), view_begin, original_begin, original_end,
             identity);
  }

  // Copies n bytes from src to dst as memcpy does, but a run of at most
  // kCopyBlock bytes (the text between two folds, nearly always) as one
  // block of fixed size, moved inline: a call to memcpy mispredicted on the
  // varying size about every other time. REQUIRES: kCopyBlock bytes of room
  // at dst (bytes past dst + n are overwritten); src_end the end of src's
  // buffer (a block is read only when it lies within).
  static constexpr size_t kCopyBlock = 64;

  // The size of a text of `size` bytes after `edits` (see
  // ReplaceCodePoints), so that it is written in place.
  template <typename Edits>
  static size_t SizeAfter(size_t size, const Edits& edits);
  // ReplaceCodePoints from one identity run: `source_size` bytes at
  // `source`, its byte 0 being original byte `base`, `deletions` dropped
  // (see ReplaceCodePointsInOriginal). REQUIRES: source_size > 0.
  template <typename Edits>
  static MappedText ReplaceInRun(const char* source, size_t source_size,
                                 uint32_t base, const Edits& edits,
                                 const std::vector<ByteRange>& deletions);
  static void CopyGap(char* dst, const char* src, size_t n,
                      const char* src_end) {
    if (n <= kCopyBlock && src_end - src >= static_cast<ptrdiff_t>(kCopyBlock)) {
      std::memcpy(dst, src, kCopyBlock);
    } else {
      std::memcpy(dst, src, n);
    }
  }

  std::string text_;
  std::vector<Piece> pieces_;  // by view_begin; none for empty runs
};

template <typename Edits>
size_t MappedText::SizeAfter(size_t size, const Edits& edits) {
  for (const auto& edit : edits) {
    const size_t encoded =
        edit.to < 0x80 ? 1 : edit.to < 0x800 ? 2 : edit.to < 0x10000 ? 3 : 4;
    size = size - edit.length + encoded;
  }
  return size;
}

template <typename Edits>
MappedText MappedText::ReplaceInRun(const char* source, size_t source_size,
                                    uint32_t base, const Edits& edits,
                                    const std::vector<ByteRange>& deletions) {
  MappedText out;
  size_t size = SizeAfter(source_size, edits);
  for (const ByteRange& deletion : deletions) {
    size -= deletion.end - deletion.begin;
  }
  // kCopyBlock bytes of room past the end for CopyGap, dropped at the end.
  out.text_.resize(size + kCopyBlock);
  // Every gap between edits is an identity piece of its own and every edit
  // a unit piece of its own (none continues the one before, as a unit lies
  // between; nor does a gap after a deletion, whose original bytes do not
  // follow the last piece's), so the pieces are written straight into
  // place: no seeking, no test for continuing the last piece, and the
  // empty gap between adjacent edits dropped by a count, not a branch.
  out.pieces_.resize(2 * std::size(edits) + deletions.size() + 1);
  char* const text = out.text_.data();
  const char* const source_end = source + source_size;
  Piece* const out_pieces = out.pieces_.data();
  size_t written = 0;  // bytes of out.text_ written
  size_t at = 0;       // the next source byte to copy or replace
  size_t count = 0;    // pieces written
  auto copy_gap = [&](size_t end) {
    const size_t gap = end - at;
    CopyGap(text + written, source + at, gap, source_end);
    SetPiece(&out_pieces[count], static_cast<uint32_t>(written),
             base + static_cast<uint32_t>(at), 0, true);
    count += gap != 0;
    written += gap;
  };
  const ByteRange* deletion = deletions.data();
  const ByteRange* const deletions_end = deletion + deletions.size();
  // Copies up to the next deletion before `pos` and passes over it.
  auto delete_before = [&](size_t pos) {
    for (; deletion != deletions_end && deletion->begin < pos; ++deletion) {
      copy_gap(deletion->begin);
      at = deletion->end;
    }
  };
  for (const auto& edit : edits) {
    delete_before(edit.begin);
    copy_gap(edit.begin);
    at = edit.begin + edit.length;
    SetPiece(&out_pieces[count++], static_cast<uint32_t>(written),
             base + static_cast<uint32_t>(edit.begin),
             base + static_cast<uint32_t>(at), false);
    written += EncodeUtf8(edit.to, text + written);
  }
  delete_before(source_size + 1);
  copy_gap(source_size);
  out.pieces_.resize(count);
  out.text_.resize(size);
  return out;
}

template <typename Edits>
MappedText MappedText::ReplaceCodePointsInOriginal(
    std::string_view original, const Edits& edits,
    const std::vector<ByteRange>& deletions) {
  // Identity("") has no piece (and CopyGap no bytes to copy from).
  if (original.empty()) return MappedText();
  return ReplaceInRun(original.data(), original.size(), 0, edits, deletions);
}

template <typename Edits>
MappedText MappedText::ReplaceCodePoints(const MappedText& from,
                                         const Edits& edits) {
  const Piece* const pieces = from.pieces_.data();
  const size_t piece_count = from.pieces_.size();
  if (piece_count == 1 && pieces[0].identity) {
    // `from` is one identity run (a report without markup or readings:
    // most of them).
    return ReplaceInRun(from.text_.data(), from.size(),
                        pieces[0].original_begin, edits, {});
  }
  MappedText out;
  // The text's size after the edits, so that it is written in place.
  const size_t size = SizeAfter(from.size(), edits);
  // kCopyBlock bytes of room past the end for CopyGap, dropped at the end.
  out.text_.resize(size + kCopyBlock);
  out.pieces_.reserve(from.pieces_.size() + 2 * std::size(edits));
  char* const text = out.text_.data();
  const char* const source = from.text_.data();
  const char* const source_end = source + from.size();
  size_t written = 0;  // bytes of out.text_ written
  size_t at = 0;       // the next byte of `from` to copy or replace
  size_t piece = 0;    // the piece of `from` holding at (when at < size())
  // Moves `piece` forward to the piece holding `from` byte pos.
  auto seek = [&](size_t pos) {
    while (piece + 1 < piece_count && pieces[piece + 1].view_begin <= pos) {
      ++piece;
    }
  };
  // Copies `from` bytes [at, pos) unchanged, piece by piece.
  auto copy_up_to = [&](size_t pos) {
    while (at < pos) {
      seek(at);
      const Piece& p = pieces[piece];
      const size_t piece_end =
          piece + 1 < piece_count ? pieces[piece + 1].view_begin : from.size();
      const size_t upto = std::min(pos, piece_end);
      CopyGap(text + written, source + at, upto - at, source_end);
      if (p.identity) {
        out.AddIdentityAt(static_cast<uint32_t>(written), ByteBegin(p, at));
      } else {
        out.AddUnitAt(static_cast<uint32_t>(written), p.original_begin,
                      p.original_end);
      }
      written += upto - at;
      at = upto;
    }
  };
  for (const auto& edit : edits) {
    // Adjacent edits (a run of full-width punctuation, of Traditional
    // characters) copy nothing between them.
    if (at < edit.begin) copy_up_to(edit.begin);
    const size_t end = edit.begin + edit.length;
    seek(at);
    const uint32_t original_begin = ByteBegin(pieces[piece], at);
    seek(end - 1);
    const uint32_t original_end = ByteEnd(pieces[piece], end - 1);
    out.AddUnitAt(static_cast<uint32_t>(written), original_begin,
                  original_end);
    written += EncodeUtf8(edit.to, text + written);
    at = end;
  }
  copy_up_to(from.size());
  out.text_.resize(size);
  return out;
}

}  // namespace eventx::internal

#endif  // EVENTX_LIB_TEXT_MAPPED_TEXT_H_
