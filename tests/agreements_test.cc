// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/agreements.h"

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lib/extract/countries.h"
#include "lib/text/document.h"
#include "lib/text/simplify.h"

namespace eventx::internal {
namespace {

class AgreementsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Status status;
    table_ = SimplifyTable::Get(&status);
    ASSERT_NE(table_, nullptr) << status.ToString();
    std::unique_ptr<const CountryFinder> countries;
    status = CountryFinder::Create(table_, &countries);
    ASSERT_TRUE(status.ok()) << status.ToString();
    countries_ = countries.release();
    std::unique_ptr<const AgreementFinder> finder;
    status = AgreementFinder::Create(*countries_, &finder);
    ASSERT_TRUE(status.ok()) << status.ToString();
    finder_ = finder.release();
  }
  static void TearDownTestSuite() {
    delete finder_;
    delete countries_;
  }

  // The date mentions a DateFinder would give for "2018年", "2016年2月25日"
  // (ASCII digits, year written); enough for these tests.
  static std::vector<ViewDate> SimpleDates(std::string_view view) {
    std::vector<ViewDate> out;
    for (size_t i = 0; i + 4 < view.size(); ++i) {
      size_t j = i;
      int year = 0;
      while (j < view.size() && j - i < 4 && view[j] >= '0' && view[j] <= '9') {
        year = year * 10 + (view[j++] - '0');
      }
      if (j - i != 4 || view.compare(j, 3, "年") != 0 ||
          (i > 0 && view[i - 1] >= '0' && view[i - 1] <= '9')) {
        continue;
      }
      ViewDate d;
      d.begin = i;
      d.end = j + 3;
      d.start.year = year;
      d.year_written = true;
      d.end_date = d.start;
      out.push_back(d);
      i = d.end - 1;
    }
    return out;
  }

  // One line per agreement: "kind|title|party,party|at_event|date".
  std::vector<std::string> Find(const std::string& text) const {
    Document doc(text, table_);
    std::vector<std::string> out;
    for (const Agreement& a : finder_->Find(doc, SimpleDates(doc.view()),
                                            countries_->FindMentions(doc))) {
      std::string line = std::string(KindName(a.kind)) + "|" +
                         a.title.value_or("") + "|";
      for (size_t i = 0; i < a.parties.size(); ++i) {
        line += (i > 0 ? "," : "") + a.parties[i];
      }
      line += a.signed_at_event ? "|event|" : "|recalled|";
      line += a.date ? FormatDate(*a.date) : "";
      EXPECT_EQ(text.substr(a.span.begin, a.span.size()), a.text) << text;
      out.push_back(line);
    }
    return out;
  }

  static const SimplifyTable* table_;
  static const CountryFinder* countries_;  // outlives finder_
  static const AgreementFinder* finder_;
};

const SimplifyTable* AgreementsTest::table_ = nullptr;
const CountryFinder* AgreementsTest::countries_ = nullptr;
const AgreementFinder* AgreementsTest::finder_ = nullptr;

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

TEST_F(AgreementsTest, SignedBetweenTwoSides) {
  static const Case kCases[] = {
      {"甲省与乙国丙市签署建立友好省市关系协议书。",
       {"agreement||甲省,乙国丙市|event|"}},
      {"甲大学环境学院和乙大学资源学院签订合作备忘录。",
       {"memorandum||甲大学环境学院,乙大学资源学院|event|"}},
      {"甲国驻乙国大使张三同乙国环境部次长李四昨天在曼谷签署水资源项目合作协议。",
       {"agreement||甲国,乙国环境部|event|"}},
      {"甲省人民对外友好協會與乙國友好協會簽署合作備忘錄。",
       {"memorandum||甲省人民对外友好协会,乙国友好协会|event|"}},
      {"甲集团与乙市还共同签署一份战略合作框架协议。",
       {"framework_agreement||甲集团,乙市|event|"}},
      // A ministry named by its portfolios (、) is one side.
      {"甲部与乙国气候变化适应、气象、环境和灾害管理部签署了《物资援助谅解备忘录》。",
       {"memorandum|物资援助谅解备忘录|甲部,乙国气候变化适应、气象、环境和灾害管理部|event|"}},
      // A photo caption retells the text: no agreement of its own.
      {"图为甲大使与乙部长签署交接证书。", {}},
      // Sides listed before 三方.
      {"甲部、乙署和丙集团三方签署了《示范项目合作协议》。",
       {"agreement|示范项目合作协议|甲部,乙署,丙集团|event|"}},
      // A body whose own name holds 与.
      {"甲部对外合作与交流中心与乙国环境局签署合作意向书。",
       {"letter_of_intent||甲部对外合作与交流中心,乙国环境局|event|"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Find(c.text), c.expected) << c.text;
}

TEST_F(AgreementsTest, ListsGiveOneAgreementPerPair) {
  static const Case kCases[] = {
      // 与A、B签署意向书: two agreements, the first side from before.
      {"甲省与乙市签署协议书,与丙省、丁省签署建立友好省关系意向书。",
       {"agreement||甲省,乙市|event|", "letter_of_intent||甲省,丙省|event|",
        "letter_of_intent||甲省,丁省|event|"}},
      // A、B分别与C、D: paired in order.
      // …,分别与A、B签署: the subject is the clause before's; people stand
      // for their bodies (post and name cut).
      {"甲经社会副执行秘书维克拉姆·德赛14日在乙国首都万象,分别与丙部信息中心主任高振宇、乙国环境部副部长坎潘签署了合作意向书。",
       {"letter_of_intent||甲经社会,丙部信息中心|event|",
        "letter_of_intent||甲经社会,乙国环境部|event|"}},
      {"甲市、乙州丙市分别与丁国、戊国有关地区签署建立友好城市关系协议书或意向书。",
       {"agreement||甲市,丁国|event|", "agreement||乙州丙市,戊国|event|"}},
      // A、B、C共同签署: one agreement of three sides.
      {"甲国环境部部长张三、乙国环境、水与自然资源部朱迪·瓦克、丙署执行主任埃里克·索尔共同签署了项目合作意向书。",
       {"letter_of_intent||甲国环境部,乙国环境、水与自然资源部,丙署|event|"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Find(c.text), c.expected) << c.text;
}

TEST_F(AgreementsTest, TitlesNameTheDocumentAndItsSides) {
  static const Case kCases[] = {
      {"10月10日,甲部副部长张三与乙国驻华大使李四在北京签署《甲部与乙国总理府关于合作开展低碳出行项目的谅解备忘录》。",
       {"memorandum|甲部与乙国总理府关于合作开展低碳出行项目的谅解备忘录|甲部,"
        "乙国总理府|event|"}},
      // The title before its verb, dated.
      {"2016年2月25日,《甲部和乙国农业与海洋渔业部在水利灌溉领域合作谅解备忘录》在乙国首都签署。",
       {"memorandum|甲部和乙国农业与海洋渔业部在水利灌溉领域合作谅解备忘录|"
        "甲部,乙国农业与海洋渔业部|event|2016"}},
      // A title naming its sides without 关于 or 在.
      {"双方代表签署了《甲省与乙国丙北道生态环境保护交流合作协议》。",
       {"agreement|甲省与乙国丙北道生态环境保护交流合作协议|甲省,乙国丙北道|event|"}},
      // A declaration released jointly is adopted; a report released is no
      // document signed.
      {"与会各方还共同发布《绿色发展圣地亚哥倡议》。",
       {"declaration|绿色发展圣地亚哥倡议||event|"}},
      {"会上发布了《区域环境展望报告》。", {}},
      // Titles without sides and an adopted declaration.
      {"会议通过《成员国关于加强合作的倡议》,并签署《第六次部长会联合声明》。",
       {"declaration|成员国关于加强合作的倡议||event|",
        "declaration|第六次部长会联合声明||event|"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Find(c.text), c.expected) << c.text;
}

TEST_F(AgreementsTest, SidesOfTheEvent) {
  static const Case kCases[] = {
      {"4月24日,甲部部长张三在京会见乙国外长李四一行,双方就合作交换了意见,并签署水利合作谅解备忘录。",
       {"memorandum||甲部,乙国|event|"}},
      {"中泰双方在曼谷签署首批项目合作协议。",
       {"agreement||中国,泰国|event|"}},
      // A witness is not a side.
      {"在甲部部长张三见证下,甲公司与乙国水务局签署合作协议。",
       {"agreement||甲公司,乙国水务局|event|"}},
      // 签约仪式上 opens the clause; the parties exchange the texts.
      {"签约仪式上,甲大学与乙大学交换了合作协议文本。",
       {"agreement||甲大学,乙大学|event|"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Find(c.text), c.expected) << c.text;
}

TEST_F(AgreementsTest, RecalledSignings) {
  static const Case kCases[] = {
      {"甲团一行到访乙水务集团。会上,乙水务集团副总裁张三回顾了自2022年双方签署《环境领域合作框架协议》后的合作。",
       {"framework_agreement|环境领域合作框架协议|甲团,乙水务集团|recalled|2022"}},
      {"李四表示,老挝高度重视同泰国的关系。两国开展了密切的合作,于2018年签署了共同推进建设的谅解备忘录。",
       {"memorandum||老挝,泰国|recalled|2018"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Find(c.text), c.expected) << c.text;
}

TEST_F(AgreementsTest, NothingSigned) {
  static const Case kCases[] = {
      // Adopted, not signed: a strategy.
      {"会议通过《区域环境合作战略》。", {}},
      // To come, wished for or not done.
      {"甲省与乙市将签署友好城市协议。", {}},
      {"双方同意推动签署生态环境保护合作谅解备忘录。", {}},
      {"任何未与本网签订相关协议的公司不得转载。", {}},
      // Sides unknown: a user would rather get nothing.
      {"现场7对友城签署友好协议文本。", {}},
      // A ceremony, and a reference to a known document.
      {"甲学院院长来访,并参加双硕士项目协议签约仪式。", {}},
      {"根据此次双方签署的谅解备忘录,甲方将向乙方赠送车辆。", {}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Find(c.text), c.expected) << c.text;
}

TEST_F(AgreementsTest, MentionsOfTheSameDocumentAreMerged) {
  static const Case kCases[] = {
      // The headline repeats the body; the body wins.
      {"甲国与乙国签署谅解备忘录\n甲部与乙国总理府签署合作谅解备忘录。",
       {"memorandum||甲部,乙国总理府|event|"}},
      // 签续约 gives its sides to the document named before; the
      // document named again later is the same.
      {"署长张三今天在华府见证「甲乙环保技术合作协定」续签。甲方由副代表李四为代表,与乙国协会执行理事王五签续约。甲乙签署环保技术合作协定已24年。",
       {"agreement|甲乙环保技术合作协定|甲方,乙国协会|event|"}},
  };
  for (const Case& c : kCases) EXPECT_EQ(Find(c.text), c.expected) << c.text;
}

// The verb scan reads the text 16 or 32 positions at a time (32 with AVX2)
// and answers the next positions from the block of its last candidate, the
// text's last places one at a time: the same signing at every offset of the
// blocks, after characters that start no verb but share their last bytes
// with one's first (发展, 交流, 重要, 继续), at the end of the text or not.
TEST_F(AgreementsTest, VerbsAtEveryOffsetOfTheScansBlocks) {
  const std::vector<std::string> expected = {"agreement||甲省,乙市|event|"};
  for (int pad = 0; pad < 80; ++pad) {
    const std::string lead =
        std::string(static_cast<size_t>(pad % 40), 'a') +
        (pad < 40 ? "发展交流。" : "重要继续发展。");
    for (const char* tail : {"", "。", "。双方交流发展。"}) {
      const std::string text = lead + "甲省与乙市签署协议书" + tail;
      EXPECT_EQ(Find(text), expected) << text;
    }
  }
}

}  // namespace
}  // namespace eventx::internal
