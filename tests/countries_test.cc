// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/countries.h"

#include <map>
#include <string>

#include <gtest/gtest.h>

namespace eventx::internal {
namespace {

class CountriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Status status;
    table_ = SimplifyTable::Get(&status);
    ASSERT_NE(table_, nullptr) << status.ToString();
    std::unique_ptr<const CountryFinder> finder;
    status = CountryFinder::Create(table_, &finder);
    ASSERT_TRUE(status.ok()) << status.ToString();
    finder_ = finder.release();
  }
  static void TearDownTestSuite() { delete finder_; }

  // code → role letter ('p' participant, 'm' mentioned).
  std::map<std::string, char> Roles(const std::string& text) const {
    Document doc(text, table_);
    std::map<std::string, char> out;
    for (const Country& c : finder_->Assemble(doc, finder_->FindMentions(doc))) {
      out[c.code] = c.role == CountryRole::kParticipant ? 'p' : 'm';
      for (const Span& s : c.spans) {
        EXPECT_LE(s.end, text.size());
      }
    }
    return out;
  }

  static const SimplifyTable* table_;
  static const CountryFinder* finder_;
};

const SimplifyTable* CountriesTest::table_ = nullptr;
const CountryFinder* CountriesTest::finder_ = nullptr;

struct CountryCase {
  const char* text;
  std::map<std::string, char> want;
};

TEST_F(CountriesTest, GazetteerCoversCldrInAllThreeLocales) {
  EXPECT_GT(finder_->gazetteer_size(), 400u);
  EXPECT_EQ(finder_->CodeOf("柬埔寨"), "KH");
  EXPECT_EQ(finder_->CodeOf("寮国"), "LA");      // zh_Hant 寮國, converted
  EXPECT_EQ(finder_->CodeOf("莫三比克"), "MZ");  // zh_Hant
  EXPECT_EQ(finder_->CodeOf("纽西兰"), "NZ");
  EXPECT_EQ(finder_->CodeOf("印尼"), "ID");      // variants table
  EXPECT_EQ(finder_->CodeOf("加纳"), "GH");  // its false friends are listed
  EXPECT_EQ(finder_->CodeOf("乍得"), "");     // suppressed: 乍得到
  EXPECT_EQ(finder_->NameOf("KR"), "韩国");
}

TEST_F(CountriesTest, RolesFromEvidence) {
  const CountryCase cases[] = {
      // An organisation, delegation or official of the country.
      {"柬埔寨环境部国务秘书出席会议。", {{"KH", 'p'}}},
      {"日本北九州市代表团到访。", {{"JP", 'p'}}},
      {"泰国呵叻府副府尹维谦致辞。", {{"TH", 'p'}}},
      // A visit to the country.
      {"代表团赴老挝访问。", {{"LA", 'p'}}},
      // A PRC city's body is China's; a foreign city is venue-only.
      {"日照市代表团访问顺天市。", {{"CN", 'p'}}},
      // Evidence about another event, past or planned, is not evidence.
      {"2019年,该校曾在斐济苏瓦举办培训班。", {{"FJ", 'm'}}},
      {"下届会议将于明年在哈萨克斯坦举行。", {{"KZ", 'm'}}},
      {"会议将于明年举行,届时将邀请哈方参加。", {{"KZ", 'm'}}},
      {"我省援建的老挝琅勃拉邦省和平中学饮用水项目入选案例。", {{"LA", 'm'}}},
      {"首期研修班曾于2019年举办,当时有来自缅甸、老挝的学员参加。",
       {{"MM", 'm'}, {"LA", 'm'}}},
      // The land described, not a side: geography verbs in the clause.
      {"丰沙里省与中国云南省、越南奠边省接壤。", {{"CN", 'm'}, {"VN", 'm'}}},
      // A mission posted to a place is the other side's.
      {"香港驻布鲁塞尔经济贸易办事处处长陪同出席。", {{"HK", 'p'}}},
      {"葡萄牙驻澳门及香港总领事出席。", {{"PT", 'p'}, {"MO", 'm'}, {"HK", 'm'}}},
      // A 来自 list goes on after ",以及".
      {"来自哈萨克斯坦等中亚国家,以及巴基斯坦、蒙古国的官员参加。",
       {{"KZ", 'p'}, {"PK", 'p'}, {"MN", 'p'}}},
      // A ministry named by its portfolios, listed with 、 and 和.
      {"津巴布韦环境、气候、旅游和酒店业部首席生态学家出席。", {{"ZW", 'p'}}},
      // A region (地区) of a country is geography, not its government.
      {"沙尘源区覆盖阿富汗和土库曼斯坦边境地区。", {{"AF", 'm'}, {"TM", 'm'}}},
      // Abbreviation pairs and sides.
      {"中柬两国合作成果丰硕。", {{"CN", 'p'}, {"KH", 'p'}}},
      {"中日韩三国环境部长会议。", {{"CN", 'p'}, {"JP", 'p'}, {"KR", 'p'}}},
      {"日方表示愿意合作。", {{"JP", 'p'}}},
      {"老方高度评价。", {{"LA", 'p'}}},
      // A list of where participants came from.
      {"来自中国、柬埔寨、老挝等国家的代表参加。",
       {{"CN", 'p'}, {"KH", 'p'}, {"LA", 'p'}}},
      // The host country.
      {"论坛在泰国曼谷举行。", {{"TH", 'p'}}},
      // Traditional and Taiwan names.
      {"寮國環境部官員出席。", {{"LA", 'p'}}},
      {"莫三比克代表團出席。", {{"MZ", 'p'}}},
      // A cue after the last of a list counts for every member.
      {"缅甸、老挝、越南驻泰使节出席。",
       {{"MM", 'p'}, {"LA", 'p'}, {"VN", 'p'}}},
      // A place stands for its country only as participant evidence.
      {"上海交通大学与泰国玛希隆大学签约。", {{"CN", 'p'}, {"TH", 'p'}}},
      {"会议在天津举行。", {{"CN", 'p'}}},
      {"贵州省风景优美。", {}},
      // The cue after a verb belongs to its object.
      {"副总理在比利时布鲁塞尔会见欧盟委员会副主席。", {{"BE", 'm'}}},
      // The sides an event is named after; not a date, not a relation.
      {"中国-南非海洋合作论坛开幕。", {{"CN", 'p'}, {"ZA", 'p'}}},
      {"第二届智利—中国绿色发展对话召开。", {{"CL", 'p'}, {"CN", 'p'}}},
      {"回顾2019-智利合作历程。", {{"CL", 'm'}}},
      {"中国-智利关系稳步发展。", {{"CN", 'm'}, {"CL", 'm'}}},
      // A Taiwan source writes its pairs with 台; 台 inside a word is not one.
      {"台美环境合作会议举行。", {{"TW", 'p'}, {"US", 'p'}}},
      {"电视台美食节目收视率高。", {}},
      {"数据平台日均访问量增加。", {}},
      // China paired with a region: China's side, the region not a country.
      {"中欧环境与气候高层对话举行。", {{"CN", 'p'}}},
      {"中非合作论坛部长级会议开幕。", {{"CN", 'p'}}},
      {"集中非法排污问题得到整治。", {}},
      // Named only.
      {"借鉴德国经验。", {{"DE", 'm'}}},
      {"印度尼西亚的经验值得借鉴。", {{"ID", 'm'}}},
      // Names and cues at the very end of the text, and a name's first
      // character or two there with no more of it.
      {"借鉴印度", {{"IN", 'm'}}},
      {"借鉴印", {}},
      {"借鉴印度尼", {{"IN", 'm'}}},
      {"柬埔寨环境部", {{"KH", 'p'}}},
      {"柬埔寨环境", {{"KH", 'm'}}},
  };
  for (const CountryCase& c : cases) {
    EXPECT_EQ(Roles(c.text), c.want) << c.text;
  }
}

TEST_F(CountriesTest, WordsThatOnlyLookLikeCountries) {
  const CountryCase cases[] = {
      {"在合作中加强交流。", {}},           // 中加强 is not China–Canada
      {"其中美丽乡村建设。", {}},           // 其中 + 美丽
      {"集中日常管理。", {}},               // 集中 + 日常
      {"这一方法方面的问题。", {}},         // 法方 inside 方法方面
      {"环印度洋地区。", {}},               // an ocean
      {"共同增加纳入规划的项目。", {}},     // 增加 + 纳入, not Ghana
      {"马里奥和阿曼达出席。", {}},         // names, not Mali and Oman
      {"加纳水资源委员会主任出席。", {{"GH", 'p'}}},
      {"东盟国家和澜湄国家。", {}},         // groups are not countries
      {"沿海地区干旱频发。", {}},           // 沿海 + 地区, not Haiti
      // 古巴 inside a transliterated person's name, dotted or named again.
      {"专家塔法兹瓦·奇古巴发言。奇古巴表示感谢。", {}},
      {"阿曼苏丹国环境局局长出席。", {{"OM", 'p'}}},  // not Sudan
      {"多米尼加环境部和多米尼克代表出席。", {{"DO", 'p'}, {"DM", 'p'}}},
      {"中国与拉美国家合作。", {{"CN", 'm'}}},  // 拉美 + 国家, not the US
      {"中美洲国家代表团。", {}},           // a region, not China–US
      {"越南美国代表团出席。", {{"VN", 'p'}, {"US", 'p'}}},  // names first
  };
  for (const CountryCase& c : cases) {
    EXPECT_EQ(Roles(c.text), c.want) << c.text;
  }
}

TEST_F(CountriesTest, NamesAmongCharactersOfEveryUtf8Length) {
  // Two-byte (é), four-byte (𠀀) and E0-led (ࠀ) characters next to names
  // and abbreviations: the scans read them whole.
  EXPECT_EQ(Roles("Café 柬埔寨环境部𠀀出席会议,ࠀ中柬双方签署协议。"),
            (std::map<std::string, char>{{"KH", 'p'}, {"CN", 'p'}}));
}

TEST_F(CountriesTest, APartOfADottedNameIsFoundWhereverItIsWritten) {
  // The part 奇古巴 named again near the start, far on (past sixteen bytes
  // of candidate starts at a time), twice in a row and at the very end:
  // never Cuba. A Cuba named on its own still counts.
  EXPECT_EQ(Roles("奇古巴说,专家塔法兹瓦·奇古巴发言。会议期间与会代表多次提到"
                  "奇古巴奇古巴的研究成果,并感谢奇古巴"),
            (std::map<std::string, char>{}));
  EXPECT_EQ(Roles("专家塔法兹瓦·奇古巴发言。古巴环境部代表出席。"),
            (std::map<std::string, char>{{"CU", 'p'}}));
  // A part holding an abbreviation (马 of 马丁) covers it wherever it is
  // written again: 中马丁 is no pair. (A part with neither a name nor an
  // abbreviation, 卡洛斯, is not searched for.)
  EXPECT_EQ(Roles("卡洛斯·马丁发言。中马丁合作项目启动。"),
            (std::map<std::string, char>{}));
  EXPECT_EQ(Roles("卡洛斯发言。中马合作项目启动。"),
            (std::map<std::string, char>{{"CN", 'p'}, {"MY", 'p'}}));
}

TEST_F(CountriesTest, TheDotsOfANameAreReadFarIntoTheText) {
  // The full-name scan notes the middle dots for NamePartRanges as it reads
  // the text, 64 characters that may start a name at a time: a dotted name
  // after hundreds of them (上 of 上午, 中 of 中午), and one right after a
  // country's name, still makes its part no Cuba.
  std::string text;
  for (int i = 0; i < 100; ++i) text += "上午中午,";
  EXPECT_EQ(Roles(text + "专家塔法兹瓦·奇古巴发言。奇古巴表示感谢。"),
            (std::map<std::string, char>{}));
  EXPECT_EQ(Roles(text + "柬埔寨·奇古巴发言。奇古巴表示感谢。"),
            (std::map<std::string, char>{{"KH", 'm'}}));
}

TEST_F(CountriesTest, MenusAreNotEvidence) {
  // 港澳台事务 in the site's menu names no side of the event.
  EXPECT_EQ(Roles("首页 | 新闻动态 | 港澳台事务 | 国际组织\n"
                  "老挝代表团到访,双方座谈交流。\n"),
            (std::map<std::string, char>{{"LA", 'p'}}));
}

TEST_F(CountriesTest, RelatedNewsBelowTheReportIsNotEvidence) {
  // 巴西 stands only in the related-news list: not a country of the report.
  // 秘鲁 stands in both: listed, with its participant evidence from above.
  EXPECT_EQ(Roles("中国水利部代表团赴秘鲁访问,双方举行会谈。\n"
                  "相关阅读:\n中国代表团访问巴西国家水务局\n秘鲁环境部长访华\n"),
            (std::map<std::string, char>{{"CN", 'p'}, {"PE", 'p'}}));
}

TEST_F(CountriesTest, AMentionBelowTheReportKeepsItsSpanAfterMenusAreDropped) {
  // The menu's countries are dropped; 柬埔寨 below the report is listed, as
  // the report itself names it (after the dropped ones).
  Document doc("首页 | 日本 | 韩国\n柬埔寨代表团访问中国。\n相关阅读:\n柬埔寨新闻\n",
               table_);
  std::vector<Country> countries =
      finder_->Assemble(doc, finder_->FindMentions(doc));
  ASSERT_EQ(countries.size(), 2u);
  EXPECT_EQ(countries[0].code, "KH");
  EXPECT_EQ(countries[0].spans.size(), 2u);
  EXPECT_EQ(countries[1].code, "CN");
}

TEST_F(CountriesTest, ASecondParticipantOfAClauseIsDiscountedByWhatStandsBetween) {
  // 泰国 walks back only as far as 老挝, which kept its evidence: the words
  // between them (将于, 明年) still tell of another event.
  EXPECT_EQ(Roles("老挝代表团表示将于明年赴泰国访问。"),
            (std::map<std::string, char>{{"LA", 'p'}, {"TH", 'm'}}));
  // Nothing between: both keep their evidence.
  EXPECT_EQ(Roles("中国代表团与柬埔寨环境部签署协议。"),
            (std::map<std::string, char>{{"CN", 'p'}, {"KH", 'p'}}));
  // A geography verb after both discounts both.
  EXPECT_EQ(Roles("老挝政府与越南政府商定两国接壤地区事务。"),
            (std::map<std::string, char>{{"LA", 'm'}, {"VN", 'm'}}));
}

TEST_F(CountriesTest, AClauseDatedToAnotherYearTellsOfAnotherEvent) {
  Document doc("研讨会首届于2019年在墨西哥城举办。本届研讨会在智利圣地亚哥举行。",
               table_);
  std::map<std::string, char> roles;
  for (const Country& c : finder_->Assemble(doc, finder_->FindMentions(doc, 2024))) {
    roles[c.code] = c.role == CountryRole::kParticipant ? 'p' : 'm';
  }
  // 墨西哥城 is a city: evidence for Mexico only as the host of this event.
  EXPECT_EQ(roles, (std::map<std::string, char>{{"CL", 'p'}}));
  // A clause that is only a date dates the next one: 2023年5月,我院与埃及…
  Document past("2023年5月,我院与埃及水资源部签署合作谅解备忘录。", table_);
  roles.clear();
  for (const Country& c : finder_->Assemble(past, finder_->FindMentions(past, 2024))) {
    roles[c.code] = c.role == CountryRole::kParticipant ? 'p' : 'm';
  }
  EXPECT_EQ(roles, (std::map<std::string, char>{{"EG", 'm'}}));
}

TEST_F(CountriesTest, EveryMentionIsListedWithItsSpan) {
  std::string text = "韓國代表團訪問中國。韓方表示感謝，中國表示歡迎。";
  Document doc(text, table_);
  std::vector<Country> countries =
      finder_->Assemble(doc, finder_->FindMentions(doc));
  ASSERT_EQ(countries.size(), 2u);
  EXPECT_EQ(countries[0].code, "KR");
  EXPECT_EQ(countries[0].name, "韩国");
  ASSERT_EQ(countries[0].spans.size(), 2u);
  EXPECT_EQ(doc.Surface(countries[0].spans[0]), "韓國");
  EXPECT_EQ(doc.Surface(countries[0].spans[1]), "韓");
  EXPECT_EQ(countries[1].code, "CN");
  EXPECT_EQ(countries[1].spans.size(), 2u);
}

}  // namespace
}  // namespace eventx::internal
