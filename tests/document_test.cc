// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/text/document.h"

#include <cctype>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "lib/text/body.h"
#include "lib/text/decode.h"
#include "lib/text/fold.h"
#include "lib/text/markup.h"
#include "lib/text/pinyin.h"
#include "lib/text/utf8.h"

namespace eventx::internal {
namespace {

const SimplifyTable* Table() {
  Status status;
  const SimplifyTable* table = SimplifyTable::Get(&status);
  EXPECT_NE(table, nullptr) << status.ToString();
  return table;
}

// Every whole code point of the view maps to original bytes that decode to
// a code point folding to it (or to removed noise around it).
void ExpectSpansRoundTrip(const std::string& input) {
  Document doc(input, Table());
  std::string_view view = doc.view();
  for (size_t i = 0; i < view.size();) {
    size_t n;
    DecodeUtf8(view, i, &n);
    Span s = doc.ToOriginal(i, i + n);
    ASSERT_LE(s.begin, s.end);
    ASSERT_LE(s.end, input.size());
    i += n;
  }
  Span all = doc.ToOriginal(0, view.size());
  EXPECT_LE(all.end, input.size());
}

TEST(DocumentTest, TraditionalWithPinyinBecomesSimplified) {
  std::string in = "韓國環(huán)境部長(zhǎng)出席會議。";
  Document doc(in, Table());
  EXPECT_EQ(doc.script(), Script::kHant);
  EXPECT_EQ(doc.view(), "韩国环境部长出席会议。");
  size_t at = doc.view().find("环境部长");
  Span s = doc.ToOriginal(at, at + std::string("环境部长").size());
  EXPECT_EQ(doc.Surface(s), "環(huán)境部長");
}

// Document folds a report without markup straight from its bytes, its
// readings dropped in the same pass: the view, the script and every span
// are those of the stages run one after the other.
TEST(DocumentTest, FoldingFromTheOriginalIsTheStagesInTurn) {
  const std::string parts[] = {"環", "(huán)", "（lǜ）", "國際", "(EPA)", "贵",
                               "，", "境", "(", "）", "會議", "a b", "。\n",
                               "（", "(zhǎng)", "２"};
  std::mt19937 rng(17);
  for (int round = 0; round < 400; ++round) {
    std::string in;
    const size_t count = rng() % 12;
    for (size_t k = 0; k < count; ++k) in += parts[rng() % std::size(parts)];
    const Document doc(in, Table());
    // The stages in turn.
    const MappedText clean =
        StripPinyin(RemoveMarkup(DecodeUtf8View(in)));
    ScriptCounts counts;
    std::vector<CharacterFold> folds =
        FindCharacterFolds(clean.text(), Table(), &counts);
    const Script script =
        counts.traditional * 4 <= counts.simplified_only   ? Script::kHans
        : counts.simplified_only * 4 <= counts.traditional ? Script::kHant
                                                           : Script::kMixed;
    if (script == Script::kHans) {
      std::vector<CharacterFold> kept;
      for (const CharacterFold& fold : folds) {
        if (!fold.conversion) kept.push_back(fold);
      }
      folds = kept;
    }
    const MappedText want = ApplyCharacterFolds(clean, folds);
    ASSERT_EQ(doc.view(), want.text()) << in;
    EXPECT_EQ(doc.script(), script) << in;
    for (size_t b = 0; b <= want.size(); ++b) {
      for (size_t e = b; e <= want.size(); ++e) {
        ASSERT_EQ(doc.ToOriginal(b, e), want.ToOriginal(b, e))
            << in << " " << b << " " << e;
      }
    }
    for (size_t o = 0; o <= in.size(); ++o) {
      ASSERT_EQ(doc.ViewOffset(o), want.FirstAtOrAfter(o)) << in << " " << o;
    }
  }
}

TEST(DocumentTest, SimplifiedIsLeftAsWritten) {
  // ICU's transform would turn 著 into 着; Simplified text is not converted.
  Document doc("生态环境部与显著成效。", Table());
  EXPECT_EQ(doc.script(), Script::kHans);
  EXPECT_EQ(doc.view(), "生态环境部与显著成效。");
}

TEST(DocumentTest, SentencesSplitAtEndsAndLines) {
  Document doc("第一句。第二句!\n第三行\n\n  第四行  ", Table());
  ASSERT_EQ(doc.sentences().size(), 4u);
  const Sentence& last = doc.sentences().back();
  EXPECT_EQ(doc.view().substr(last.begin, last.end - last.begin), "第四行");
  EXPECT_EQ(&doc.SentenceAt(last.begin + 1), &last);
}

TEST(DocumentTest, ValueDropsSpacesExceptBetweenLatinWords) {
  Document doc("贵阳 国际 生态 Alison  Jerkins", Table());
  EXPECT_EQ(doc.Value(0, doc.view().size()), "贵阳国际生态Alison Jerkins");
}

TEST(DocumentTest, ValueKeepsATextWithoutSpacesWhole) {
  // Longer than a sixteen-byte block, with a space only in some cuts.
  Document doc("贵阳国际生态文明论坛年会Alison Jerkins", Table());
  const std::string_view view = doc.view();
  const size_t space = view.find(' ');
  EXPECT_EQ(doc.Value(0, space), view.substr(0, space));
  EXPECT_EQ(doc.Value(0, view.size()), view);
  EXPECT_EQ(doc.Value(3, view.size()), view.substr(3));
  EXPECT_EQ(doc.Value(0, space - 1), view.substr(0, space - 1));
}

TEST(DocumentTest, ValueOfEveryRangeDropsSpacesAsDefined) {
  // Every range of a text with spaces at various distances: short values
  // are tested by one block with the bytes past their end masked off, long
  // ones by blocks and one ending at their end.
  Document doc("ab cd  ef\tgh ijklmnopqrstuvwxyz0123456789 A B  C\nxyz",
               Table());
  const std::string_view view = doc.view();
  for (size_t begin = 0; begin <= view.size(); ++begin) {
    for (size_t end = begin; end <= view.size(); ++end) {
      std::string want;
      bool pending_space = false;
      for (char c : view.substr(begin, end - begin)) {
        if (c == ' ' || c == '\t' || c == '\n') {
          pending_space = !want.empty();
          continue;
        }
        if (pending_space && std::isalnum(static_cast<unsigned char>(want.back())) &&
            std::isalnum(static_cast<unsigned char>(c))) {
          want.push_back(' ');
        }
        pending_space = false;
        want.push_back(c);
      }
      ASSERT_EQ(doc.Value(begin, end), want) << begin << " " << end;
    }
  }
}

TEST(DocumentTest, MessyInputsKeepSpansValid) {
  const std::string inputs[] = {
      "",
      std::string("\0\0\0", 3),
      "\xFF\xFE\xFD",
      "環(huán)境<image>data:image/png;base64,AAAA</image>部長(zhǎng)",
      "<p>甲&amp;乙</p><div>丙</div>",
      std::string("環境") + "\xE9\x83",
      "（（（((((huán",
      "<<<<>>>>&&&&;;;;",
  };
  for (const std::string& in : inputs) ExpectSpansRoundTrip(in);
}

TEST(BodyEndTest, RelatedNewsAndCreditsAfterProseEndTheBody) {
  const std::string body =
      "首页 | 新闻 | 联系我们\n"
      "中秘环境合作论坛在利马举行。双方就水资源管理等议题深入交流。\n";
  // A footer word in the menu above the prose does not end the body.
  EXPECT_EQ(FindBodyEnd(body), body.size());
  for (const char* footer : {"相关新闻:\n· 中国代表团访问巴西\n",
                             "责任编辑:王明\n", "热门新闻\n· 某市签署协议\n",
                             "中国环境网版权所有\n",
                             "又讯 3月27日,代表团还访问了某大学。\n"}) {
    std::string text = body + footer + "上一篇:某论坛开幕\n";
    EXPECT_EQ(FindBodyEnd(text), body.size()) << footer;
  }
  // Negative: a sentence of the report that holds a footer word is prose.
  std::string prose = body + "双方还就版权保护交换了意见。\n";
  EXPECT_EQ(FindBodyEnd(prose), prose.size());
}

TEST(BodyEndTest, FooterWordLineIsShortAtThirtyCodePoints) {
  const std::string body = "中秘环境合作论坛在利马举行。双方深入交流。\n";
  // 版权 in a line of 30 code points, then of 31: the limit of a footer
  // heading. Han characters (3 bytes), ASCII (1) and a four-byte character
  // (4) each count one.
  auto han_line = [](size_t han, size_t ascii, size_t four_byte) {
    std::string line = "本网版权";
    for (size_t i = 4; i < han; ++i) line += "网";
    line += std::string(ascii, 'a');
    for (size_t i = 0; i < four_byte; ++i) line += "\xF0\x9F\x98\x80";
    return line;
  };
  for (size_t four_byte : {size_t{0}, size_t{26}}) {
    const std::string short_line = han_line(4, 30 - 4 - four_byte, four_byte);
    const std::string long_line = han_line(4, 31 - 4 - four_byte, four_byte);
    std::string text = body + short_line + "\n上一篇:某论坛开幕\n";
    EXPECT_EQ(FindBodyEnd(text), body.size()) << four_byte;
    text = body + long_line + "\n";
    EXPECT_EQ(FindBodyEnd(text), text.size()) << four_byte;
  }
  // Thirty Han characters (90 bytes) are short; with 。 the line is prose.
  EXPECT_EQ(FindBodyEnd(body + han_line(30, 0, 0) + "\n"), body.size());
  const std::string with_full_stop = body + han_line(29, 0, 0) + "。\n";
  EXPECT_EQ(FindBodyEnd(with_full_stop), with_full_stop.size());
}

TEST(BodyEndTest, MenuLinesHaveBarsAndNoFullStop) {
  const std::string view =
      "首页 | 新闻动态 | 港澳台事务\n论坛举行,各方出席。| 图\n甲 | 乙\n";
  std::vector<std::pair<size_t, size_t>> menus = FindMenuLines(view);
  ASSERT_EQ(menus.size(), 1u);
  EXPECT_EQ(view.substr(menus[0].first, menus[0].second - menus[0].first),
            "首页 | 新闻动态 | 港澳台事务");
}

TEST(BodyEndTest, DocumentKeepsIt) {
  std::string text = "论坛在北京举行,来自十个国家的代表出席。\n相关阅读:\n某新闻\n";
  Document doc(text, nullptr);
  EXPECT_EQ(doc.view().substr(doc.body_end()).substr(0, 12), "相关阅读");
}

TEST(DetectScriptTest, CountsScriptSpecificCharacters) {
  EXPECT_EQ(DetectScript("国际环境会议在贵阳举行", *Table()), Script::kHans);
  EXPECT_EQ(DetectScript("國際環境會議在貴陽舉行", *Table()), Script::kHant);
  EXPECT_EQ(DetectScript("国际环境會議在貴陽舉行", *Table()), Script::kMixed);
}

// SplitSentences against a byte-by-byte statement of its rule, on random
// texts long enough for any block-wise scan, with 。 cut and near misses.
TEST(SplitSentencesTest, AgreesWithByteByByteSplitting) {
  const std::vector<std::string> kPieces = {
      "。", "\xE3\x80", "、", "\xE3\x80\x81", "\n", "!", "?", ";", " ",
      "会", "a", "\xE3", "\x82", "，"};
  auto reference = [](std::string_view view) {
    std::vector<Sentence> out;
    size_t start = 0;
    auto close = [&](size_t end) {
      size_t b = start;
      size_t e = end;
      auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
               c == '\f' || c == '\v';
      };
      while (b < e && space(view[b])) ++b;
      while (e > b && space(view[e - 1])) --e;
      if (e > b) out.push_back(Sentence{b, e});
    };
    for (size_t i = 0; i < view.size();) {
      char c = view[i];
      size_t n = 1;
      bool end = c == '\n' || c == '!' || c == '?' || c == ';';
      if (!end && view.compare(i, 3, "。") == 0) {
        end = true;
        n = 3;
      }
      i += n;
      if (end) {
        close(i);
        start = i;
      }
    }
    close(view.size());
    return out;
  };
  std::mt19937 rng(5);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const size_t pieces = rng() % 60;
    for (size_t k = 0; k < pieces; ++k) {
      // Mostly plain text, so that runs without an end are long.
      text += rng() % 4 == 0 ? kPieces[rng() % kPieces.size()] : "会";
    }
    const std::vector<Sentence> want = reference(text);
    const std::vector<Sentence> got = SplitSentences(text);
    ASSERT_EQ(got.size(), want.size()) << text;
    for (size_t k = 0; k < want.size(); ++k) {
      EXPECT_EQ(got[k].begin, want[k].begin);
      EXPECT_EQ(got[k].end, want[k].end);
    }
  }
}

// Document's one-pass script detection counts a character as Traditional
// when the table changes it.
TEST(DetectScriptTest, MapChangesExactlyTheTraditionalCharacters) {
  const SimplifyTable& table = *Table();
  for (char32_t cp = 0x3400; cp < 0x32000; ++cp) {
    ASSERT_EQ(table.Map(cp) != cp, table.IsTraditional(cp)) << cp;
  }
}

}  // namespace
}  // namespace eventx::internal
