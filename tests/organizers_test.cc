// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Organizers, one table per pattern family, each with negative cases. Every
// body and place here is invented and appears in no corpus file.

#include "lib/extract/organizers.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "lib/text/document.h"
#include "lib/text/simplify.h"

namespace eventx::internal {
namespace {

struct Want {
  std::string name;
  OrganizerRole role;
};

struct Case {
  std::string text;
  std::vector<Want> want;  // exactly these, in order
};

class OrganizersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Status status;
    table_ = SimplifyTable::Get(&status);
    ASSERT_NE(table_, nullptr) << status.ToString();
    std::unique_ptr<const OrganizerFinder> finder;
    status = OrganizerFinder::Create(&finder);
    ASSERT_TRUE(status.ok()) << status.ToString();
    finder_ = finder.release();
  }
  static void TearDownTestSuite() { delete finder_; }

  static void Check(const std::vector<Case>& cases,
                    const std::optional<Venue>& venue = std::nullopt) {
    for (const Case& c : cases) {
      SCOPED_TRACE(c.text);
      Document doc(c.text, table_);
      std::vector<Organizer> got = finder_->Find(doc, venue);
      ASSERT_EQ(got.size(), c.want.size());
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].name, c.want[i].name);
        EXPECT_EQ(got[i].role, c.want[i].role) << got[i].name;
        EXPECT_EQ(c.text.substr(got[i].span.begin, got[i].span.size()),
                  got[i].text);
      }
    }
  }

  static const SimplifyTable* table_;
  static const OrganizerFinder* finder_;
};

const SimplifyTable* OrganizersTest::table_ = nullptr;
const OrganizerFinder* OrganizersTest::finder_ = nullptr;

constexpr OrganizerRole kHost = OrganizerRole::kHost;
constexpr OrganizerRole kCoHost = OrganizerRole::kCoHost;
constexpr OrganizerRole kOrganizer = OrganizerRole::kOrganizer;
constexpr OrganizerRole kSupporter = OrganizerRole::kSupporter;

TEST_F(OrganizersTest, JointHostsAndOrganizers) {
  Check({
      {"论坛由青禾省人民政府、鹭川大学共同主办，松岚环境研究院承办。",
       {{"青禾省人民政府", kCoHost},
        {"鹭川大学", kCoHost},
        {"松岚环境研究院", kOrganizer}}},
      // 和 joins two bodies only after a whole name.
      {"本次会议由工业和信息化部和鹭川市人民政府联合主办。",
       {{"工业和信息化部", kCoHost}, {"鹭川市人民政府", kCoHost}}},
      {"研讨会由青禾对外合作与交流中心主办。",
       {{"青禾对外合作与交流中心", kHost}}},
      // 携手: one more host.
      {"对话会由松岚国际关系中心(SIRC)携手青禾友好协会共同主办。",
       {{"松岚国际关系中心(SIRC)", kCoHost}, {"青禾友好协会", kCoHost}}},
      // A qualifier in parentheses stays with its name.
      {"培训班由鹭川商务部主办，鹭川石油大学(青禾)承办。",
       {{"鹭川商务部", kHost}, {"鹭川石油大学(青禾)", kOrganizer}}},
      // Negative: an event still to come.
      {"下一届论坛将于2026年由青禾省人民政府主办。", {}},
  });
}

TEST_F(OrganizersTest, SubjectsOfHostingVerbs) {
  Check({
      {"2024年5月6日，青禾环境合作中心以线上方式举办绿色发展研讨会。",
       {{"青禾环境合作中心", kHost}}},
      {"鹭川大学主办的第三届海洋论坛在松岚开幕。", {{"鹭川大学", kHost}}},
      // Negative: the subject of 举办 is the event itself.
      {"第五届青禾环境合作论坛在鹭川成功举办。", {}},
      // Negative: thanks for hosting, and an aside.
      {"她感谢青禾省人民政府举办此次研修班。", {}},
      {"该协会特别是组织主办的水博览会影响广泛。", {}},
      // Negative: a person is not a body.
      {"张明远主办了这次活动。", {}},
  });
}

TEST_F(OrganizersTest, LabelsAndSupport) {
  Check({
      {"主办单位:青禾省生态环境厅、鹭川市人民政府\n承办单位:松岚环保协会\n",
       {{"青禾省生态环境厅", kHost},
        {"鹭川市人民政府", kHost},
        {"松岚环保协会", kOrganizer}}},
      {"协办单位：鹭川海洋研究所。", {{"鹭川海洋研究所", kSupporter}}},
      {"活动在青禾省外事办公室的大力支持下顺利举行。",
       {{"青禾省外事办公室", kSupporter}}},
      {"论坛由鹭川大学主办，松岚基金会协办。",
       {{"鹭川大学", kHost}, {"松岚基金会", kSupporter}}},
      {"论坛由鹭川大学主办，青禾国际合作机构提供支持。",
       {{"鹭川大学", kHost}, {"青禾国际合作机构", kSupporter}}},
      {"由鹭川总领事馆主办、松岚贸易振兴公社协办、青禾环境局支持的研讨会举行。",
       {{"鹭川总领事馆", kHost},
        {"松岚贸易振兴公社", kSupporter},
        {"青禾环境局", kSupporter}}},
      {"此次活动由青禾水利部国际合作司指导，是合作周的系列活动之一。",
       {{"青禾水利部国际合作司", kSupporter}}},
      {"对接会由鹭川环境部和联合国开发计划署驻鹭川办事处联合主办。",
       {{"鹭川环境部", kCoHost},
        {"联合国开发计划署驻鹭川办事处", kCoHost}}},
      {"由鹭川大学与松岚理工大学联合主办、鹭川大学环境学院承办、青禾水伙伴协会协办的论坛举行。",
       {{"鹭川大学", kCoHost},
        {"松岚理工大学", kCoHost},
        {"鹭川大学环境学院", kOrganizer},
        {"青禾水伙伴协会", kSupporter}}},
      {"本期研修班是青禾海洋研究所承办的第三期援外培训项目。",
       {{"青禾海洋研究所", kOrganizer}}},
      {"论坛由鹭川大学主办，并得到青禾环境署驻华代表处的支持。",
       {{"鹭川大学", kHost}, {"青禾环境署驻华代表处", kSupporter}}},
      // Negatives: a body's kind alone; thanks for support.
      {"本期研修班是研究所承办的第三期项目。", {}},
      {"他感谢青禾省人民政府的支持。", {}},
      // 在台 inside a name (德国在台协会) is no adverb.
      {"论坛由青禾研究院主办、德国在台协会及荷兰在台办事处协办。",
       {{"青禾研究院", kHost}, {"德国在台协会", kSupporter}, {"荷兰在台办事处", kSupporter}}},
      // Negative: a kind of body, not a named one.
      {"近年来,在两国中央政府的指导下,合作不断深化。", {}},
      // Negative: support given by a country, not a body.
      {"中方大力支持青禾的发展。", {}},
      // Negative: the site's own footer.
      {"主办：青禾环境网 版权所有 ICP备案号12345\n", {}},
      {"版权所有：鹭川日报社 主办单位:鹭川日报社\n", {}},
  });
}

TEST_F(OrganizersTest, VisitedInstitutionsHost) {
  Check({
      {"9月3日，青禾省环境代表团访问鹭川大学环境学院，双方座谈交流。",
       {{"鹭川大学环境学院", kHost}}},
      {"4月26日，松岚集团董事长一行赴鹭川，分别拜访鹭川市政府、"
       "鹭川海事与投资统筹部及青禾驻鹭川大使馆，深入交流。",
       {{"鹭川市政府", kHost},
        {"鹭川海事与投资统筹部", kHost},
        {"青禾驻鹭川大使馆", kHost}}},
      // Negative: a visit with no delegation in the sentence, a place.
      {"近年来，鹭川大学访问学者数量增加，合作不断深化。", {}},
      {"9月3日，青禾省环境代表团访问鹭川，双方座谈交流。", {}},
  });
}

TEST_F(OrganizersTest, VenueInstitutionHostsWhenNoneIsNamed) {
  const std::string name = "鹭川大学环境学院";
  Venue institution{name, name, Span{0, name.size()}};
  Check({{name + "师生接待了来访的青禾代表团，双方就合作进行了讨论。",
          {{name, kHost}}}},
        institution);
  // Negative: a meeting held at an institution, no visit told of.
  Check({{name + "举行研讨会，专家就合作进行了讨论。", {}}}, institution);
  // Negative: a building is a place, not a host.
  Venue building{"鹭川国际会议中心", "鹭川国际会议中心", Span{0, 0}};
  Check({{"会议在该中心举行，双方就合作进行了讨论。", {}}}, building);
  // Negative: a named host wins over the venue.
  Check({{"论坛由松岚基金会主办，双方就合作进行了讨论。",
          {{"松岚基金会", kHost}}}},
        institution);
}

TEST_F(OrganizersTest, CreateRejectsNullOut) {
  EXPECT_FALSE(OrganizerFinder::Create(nullptr).ok());
}

// An official of the report (as the OfficialFinder gives it) whose mention
// is `mention` inside `text`.
Official OfficialIn(const std::string& text, const std::string& mention,
                    const std::string& name, const std::string& org) {
  Official o;
  o.name = name;
  o.organization = org;
  o.span.begin = text.find(mention);
  o.span.end = o.span.begin + mention.size();
  o.text = mention;
  return o;
}

TEST_F(OrganizersTest, TheBodyOfTheReceivingOfficialHosts) {
  std::string text =
      "4月24日,鹭川水利部部长陈立远在京会见青禾外长罗西一行,双方签署合作文件。";
  Document doc(text, table_);
  std::vector<Official> officials = {
      OfficialIn(text, "鹭川水利部部长陈立远", "陈立远", "鹭川水利部")};
  std::vector<Organizer> got = finder_->Find(doc, std::nullopt, officials);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "鹭川水利部");
  EXPECT_EQ(got[0].role, kHost);
  EXPECT_EQ(text.substr(got[0].span.begin, got[0].span.size()), got[0].text);
  // Negative: an official without a body (省长X会见): no host.
  std::string governor = "3月28日,省长徐立远在合肥会见青禾道知事一行,双方会谈。";
  Document doc2(governor, table_);
  Official o;
  o.name = "徐立远";
  o.span.begin = governor.find("省长");
  o.span.end = governor.find("在合肥");
  EXPECT_TRUE(finder_->Find(doc2, std::nullopt, {o}).empty());
}

TEST_F(OrganizersTest, CallingOnABodysPeopleVisitsTheBody) {
  Check({
      // The later stops of a visit report host too; a ministry's name may
      // list its portfolios; a stop still to come does not.
      {"10月30日至11月2日,青禾省生态环境厅代表团访问鹭川。\n"
       "代表团抵达后即拜会青禾驻鹭川大使馆。\n"
       "10月31日,代表团一行拜会鹭川环境、森林和气候变化部,双方会谈。\n"
       "代表团还将赴松岚拜会松岚水利部。\n",
       {{"青禾驻鹭川大使馆", kHost}, {"鹭川环境、森林和气候变化部", kHost}}},
      {"6月20日,松岚能建董事长宋海明在阿布扎比拜会青禾能源与基础设施部相关负责人,双方交流。",
       {{"青禾能源与基础设施部", kHost}}},
      // Stamps and share lines (来源:…, 分享到:…) are no lead sentences.
      {"来源:国际合作司 发布时间:2024-05-22\n【字体:大 中 小】\n分享到:微信 微博\n"
       "当前位置:首页 > 新闻\n图为会见现场。\n"
       "5月20日,青禾环境部副大臣阿卜杜勒·沙姆里率团访问鹭川生态环境部。\n",
       {{"鹭川生态环境部", kHost}}},
      // A visit report's later stops, told of an exchange group (交流团); a
      // unit of the host (公司…工厂) is no other host.
      {"6月23日,鹭川水利委员会技术交流团赴青禾考察水电站。\n"
       "6月24日,交流团在首都拜会青禾能源和矿业部。\n"
       "6月27日,交流团访问了青禾国立理工学院,与师生座谈。\n"
       "随后,考察团走进公司高效组件智能工厂,观看了生产线。\n",
       {{"青禾能源和矿业部", kHost}, {"青禾国立理工学院", kHost}}},
      // Negative: calling on a person is no visit to a body.
      {"6月20日,宋海明拜会了老朋友李明,双方交流。", {}},
  });
}

// The finder reads a sentence's bytes straight for speed: characters of
// every width beside a cue (ASCII, two bytes, Hangul led by ED, four bytes)
// must read as DecodeUtf8 reads them.
TEST_F(OrganizersTest, CharactersOfEveryWidthBesideCues) {
  Check({
      {"论坛由鹭川大学主办\U0001F600，松岚基金会协办。",
       {{"鹭川大学", kHost}, {"松岚基金会", kSupporter}}},
      {"Café青禾研究院主办了本次论坛，反响热烈。",
       {{"Café青禾研究院", kHost}}},
      {"研讨会由한빛鹭川大学主办，松岚基金会承办",
       {{"한빛鹭川大学", kHost}, {"松岚基金会", kOrganizer}}},
      {"青禾代表团一行\U0001F600访问了鹭川大学，双方座谈。",
       {{"鹭川大学", kHost}}},
      // Three-byte characters led by E0, EE and EF (read apart from the
      // Han text), at odd and even places of a long run of Han text.
      {"本届国际合作交流论坛由鹭川大学主办\u0904，松岚基金会协办。",
       {{"鹭川大学", kHost}, {"松岚基金会", kSupporter}}},
      {"本届国际合作论坛由鹭川大学主办\uE000，松岚基金会协办。",
       {{"鹭川大学", kHost}, {"松岚基金会", kSupporter}}},
      {"本届国际合作交流论坛由鹭川大学主办\uFF01松岚基金会协办。",
       {{"鹭川大学", kHost}, {"松岚基金会", kSupporter}}},
      // A role cue ending the text, with no full stop after it.
      {"论坛由鹭川大学主办", {{"鹭川大学", kHost}}},
      // Negative: a footer line, told by an ASCII cue.
      {"Copyright 鹭川大学主办，版权所有。", {}},
  });
}

// The pass over a sentence stops only where a cue's first two characters
// may stand (a hash of their bytes), two characters at a time: a cue is
// found at every place of the text, whatever its first character stands
// before elsewhere (的 of 的大力支持下, 交流 of 交流团).
TEST_F(OrganizersTest, CuesAtEveryPlaceOfTheText) {
  std::vector<Case> cases;
  for (std::string lead : {"", "x", "xy", "xyz", "2024", "的的", "交流"}) {
    cases.push_back({lead + "活动在青禾省外事办公室的大力支持下顺利举行。",
                     {{"青禾省外事办公室", kSupporter}}});
    cases.push_back({lead + "论坛的举办方为鹭川大学，由鹭川大学主办的交流活动。",
                     {{"鹭川大学", kHost}}});
  }
  // Negatives: near misses of the cues' first characters.
  cases.push_back({"鹭川大学的支持者众多，交流活动的大力宣传。", {}});
  cases.push_back({"双方共同努力，联合开展交流。", {}});
  Check(cases);
}

// The pass takes five three-byte characters at a time, and lets a pair that
// begins only longer cues (交流 of 交流团, 的支 of 的支持下) or an ASCII
// character that begins only longer ones (c of copyright) through only
// where the cue may go on: cues and footer words at every place of such a
// block, beside ASCII characters and at the text's end.
TEST_F(OrganizersTest, CuesAtEveryPlaceOfABlockOfFive) {
  std::vector<Case> cases;
  std::string han;
  for (int n = 0; n <= 16; ++n) {
    for (std::string lead : {han, han + "c", "cc" + han, han + "2,"}) {
      cases.push_back({lead + "活动在青禾省外事办公室的支持下顺利举行。",
                       {{"青禾省外事办公室", kSupporter}}});
      cases.push_back({lead + "由鹭川大学主办", {{"鹭川大学", kHost}}});
      cases.push_back({lead + "青禾省交流团访问了鹭川大学，双方座谈。",
                       {{"鹭川大学", kHost}}});
      // Negatives: a footer line, its word anywhere in it.
      cases.push_back({lead + "鹭川大学主办，copyright。", {}});
      cases.push_back({lead + "鹭川大学主办，ICP备。", {}});
      cases.push_back({"鹭川大学主办，" + lead + "Copyright", {}});
    }
    han += "本";
  }
  // Negatives: the pairs and ASCII characters of cues not followed by the
  // rest of one.
  cases.push_back({"交流活动的支出众多，共同代表联合提供关于cc。", {}});
  Check(cases);
}

// The body is searched for the role cues and, in a visit report, for the
// visit verbs by a few characters every cue holds (办, 支, 指; 访, 拜,
// 走), sixteen places at a time, and a cue is looked up only where it may
// start before one: cues whose anchor stands far in (提供技术支持,
// 的大力支持和指导下), at every place of a block of sixteen bytes, in a
// later sentence of a visit report, and near misses of the anchors.
TEST_F(OrganizersTest, CuesFoundByTheirAnchorsAtEveryPlace) {
  std::vector<Case> cases;
  const std::string visit_lead =
      "10月30日,青禾省生态环境厅代表团访问鹭川。\n代表团抵达鹭川。\n"
      "代表团参观鹭川。\n代表团考察鹭川。\n";
  std::string han;
  for (int n = 0; n <= 17; ++n) {
    for (std::string lead : {han, han + "x", "xy" + han}) {
      cases.push_back(
          {lead + "由鹭川大学提供技术支持，由松岚基金会给予技术支持。",
           {{"鹭川大学", kSupporter}, {"松岚基金会", kSupporter}}});
      cases.push_back({lead + "活动在青禾省外事办公室的大力支持和指导下举行。",
                       {{"青禾省外事办公室", kSupporter}}});
      cases.push_back({lead + "论坛由鹭川大学指导，松岚基金会承办。",
                       {{"鹭川大学", kSupporter}, {"松岚基金会", kOrganizer}}});
      cases.push_back({visit_lead + lead + "代表团拜会鹭川水利部。\n",
                       {{"鹭川水利部", kHost}}});
      cases.push_back({visit_lead + lead + "代表团走进鹭川理工学院。\n",
                       {{"鹭川理工学院", kHost}}});
      // Negatives: the anchors with no cue around them.
      cases.push_back({lead + "鹭川大学办公室支出指标，拜年走访。", {}});
      cases.push_back({visit_lead + lead + "代表团拜年后走路回访。\n", {}});
    }
    han += "本";
  }
  Check(cases);
}

// A lead is read from sentences of prose, told by a clause mark anywhere in
// them (ASCII or full width).
TEST_F(OrganizersTest, LeadSentencesHoldAClauseMark) {
  Check({
      {"9月3日,青禾省环境代表团访问鹭川大学环境学院",
       {{"鹭川大学环境学院", kHost}}},
      {"青禾省环境代表团访问鹭川大学环境学院；双方座谈",
       {{"鹭川大学环境学院", kHost}}},
      // Negative: a line with no clause mark is a menu or a heading.
      {"青禾省环境代表团访问鹭川大学环境学院\n", {}},
  });
}

}  // namespace
}  // namespace eventx::internal
