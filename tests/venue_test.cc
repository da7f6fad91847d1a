// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Every place, person and body below is invented (or a real capital no
// corpus report names), so that the rules are seen to work beyond the
// reports they were written from.

#include "lib/extract/venue.h"

#include <memory>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "lib/extract/countries.h"
#include "lib/text/document.h"
#include "lib/text/simplify.h"

namespace eventx::internal {
namespace {

struct Case {
  const char* text;
  const char* name;     // expected normalized venue; nullptr: no venue
  const char* surface;  // expected text when it differs from name
};

class VenueTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Status status;
    table_ = SimplifyTable::Get(&status);
    ASSERT_NE(table_, nullptr) << status.ToString();
    std::unique_ptr<const CountryFinder> countries;
    status = CountryFinder::Create(table_, &countries);
    ASSERT_TRUE(status.ok()) << status.ToString();
    std::unique_ptr<const VenueFinder> finder;
    status = VenueFinder::Create(*countries, &finder);
    ASSERT_TRUE(status.ok()) << status.ToString();
    finder_ = finder.release();
  }
  static void TearDownTestSuite() { delete finder_; }

  static void Check(const Case& c) {
    Document doc(c.text, table_);
    std::optional<Venue> venue = finder_->Find(doc);
    if (c.name == nullptr) {
      EXPECT_FALSE(venue.has_value())
          << c.text << "\n  got " << (venue ? venue->name : "");
      return;
    }
    ASSERT_TRUE(venue.has_value()) << c.text;
    EXPECT_EQ(venue->name, c.name) << c.text;
    EXPECT_EQ(venue->text, c.surface != nullptr ? c.surface : c.name)
        << c.text;
    // The span holds the text in the original input.
    ASSERT_LE(venue->span.end, doc.original().size()) << c.text;
    EXPECT_EQ(doc.original().substr(venue->span.begin, venue->span.size()),
              venue->text)
        << c.text;
  }

  static const SimplifyTable* table_;
  static const VenueFinder* finder_;
};

const SimplifyTable* VenueTest::table_ = nullptr;
const VenueFinder* VenueTest::finder_ = nullptr;

TEST_F(VenueTest, AtPlaceWithEventVerb) {
  static const Case kCases[] = {
      {"11月3日,第五届湿地保护交流会在青禾国际会议中心举行。",
       "青禾国际会议中心", nullptr},
      {"11月3日,第五届湿地保护交流会在鹭川市隆重开幕。", "鹭川市", nullptr},
      // The place, a comma, then the partner and the signing.
      {"5月14日,副执行秘书14日在青禾首都万象,分别与鹭川水利部、青禾环境部签署了合作意向书。",
       "青禾首都万象", nullptr},
      // Negative: after the comma no partner is met or signed with.
      {"5月14日,代表们在鹭川市,参观了湿地公园并合影留念。", nullptr, nullptr},
      // 计划 inside a body's name (开发计划署) tells of no plan.
      {"6月7日,联合国开发计划署项目启动会在鹭川东湖宾馆召开。",
       "鹭川东湖宾馆", nullptr},
      {"6月2日,研讨会于岚山大厦召开,来自六国的代表参会。", "岚山大厦",
       nullptr},
      {"4月9日,双方在河内签署合作协议。", "河内", nullptr},
      {"4月9日,双方在京会见。", "京", nullptr},
      {"4月9日,双方在越南首都河内签署合作协议。", "越南首都河内", nullptr},
      // Traditional input: the name is Simplified, the text as written.
      {"11月3日,交流會在青禾國際會議中心舉行。", "青禾国际会议中心",
       "青禾國際會議中心"},
      // 于 of a date does not start the place; 在 does.
      {"大会于4日至6日在鹭川市举行。", "鹭川市", nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, AtPlaceRejectsOtherEventsAndNonPlaces) {
  static const Case kCases[] = {
      // A future event.
      {"双方商定,下届论坛将于青禾国际会议中心举办。", nullptr, nullptr},
      {"第十届大会将于明年5月在鹭川市举办。", nullptr, nullptr},
      // A past event.
      {"此前,首届论坛曾在鹭川市举行。", nullptr, nullptr},
      {"论坛自2015年以来在鹭川市举办了九届。", nullptr, nullptr},
      // Not places: a framework, a witness, a chair, a field.
      {"4月9日,双方在合作框架下签署协议。", nullptr, nullptr},
      {"4月9日,在两国部长见证下签署协议。", nullptr, nullptr},
      {"4月9日,会议在生态环境部主持下召开。", nullptr, nullptr},
      {"4月9日,双方在生态领域开展合作。", nullptr, nullptr},
      {"4月9日,双方在会上签署协议。", nullptr, nullptr},
      // A list of bodies, not a place.
      {"4月9日,由青禾省政府和绿汀开发署共同举办的论坛开幕。", nullptr,
       nullptr},
      // 在线 is a word, not 在 + a place.
      {"任何未与星湖在线网络(北京)有限公司签订协议的单位不得转载。", nullptr,
       nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, MannerOrPartnerBeforeTheVerb) {
  static const Case kCases[] = {
      {"9月3日,研讨会在鹭川市以线上线下相结合方式举行。", "鹭川市", nullptr},
      {"9月3日,部长在河内与绿汀国驻华大使签署备忘录。", "河内", nullptr},
      // A framework is not a partner.
      {"9月3日,双方在河内与东盟合作框架下签署协议。", nullptr, nullptr},
      // 与 inside a body's own name is no partner; after a place it is.
      {"9月3日,交接仪式在绿汀国环境与林业部举行。", "绿汀国环境与林业部",
       nullptr},
      {"9月3日,双方在河内与绿汀国生态部签署协议。", "河内", nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, CitiesAndTransliteratedNames) {
  static const Case kCases[] = {
      // A prefecture-level city without 市 (cities.tsv).
      {"9月3日,交流会在桂林举行。", "桂林", nullptr},
      {"9月3日,交流会在绵阳举行。", "绵阳", nullptr},
      // A foreign city no table knows, transliterated, before 举行.
      {"9月3日,第五届大会在卡纳德拉举行。", "卡纳德拉", nullptr},
      // Not before a weak verb.
      {"9月3日,论坛开幕。\n双方在卡纳德拉开展合作。", nullptr, nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, UndatedReportSkipsDatedPastSentences) {
  static const Case kCases[] = {
      {"2018年,双方在河内签署了合作备忘录。\n9月5日,联合工作组召开第二次会议。",
       nullptr, nullptr},
      // With the report's year known, a sentence of that year counts.
      {"2024年9月5日,联合工作组在河内召开第二次会议。", "河内", nullptr},
      {"2024年9月5日,工作组召开会议。2019年,双方曾在河内签署备忘录。",
       nullptr, nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

// Years are read where 19 or 20 stands, past other numbers that hold them
// (120, 2019名) and past the first sixteen bytes; the publication stamp
// (2019-09-06) dates the report when the lead has no year.
TEST_F(VenueTest, YearsAmongOtherNumbers) {
  static const Case kCases[] = {
      {"9月5日,工作组召开会议。\n来自120个国家的2019名代表于2019年在河内签署备忘录。",
       nullptr, nullptr},
      {"9月5日,工作组召开会议。\n来自120个国家的2019名代表在河内签署备忘录。",
       "河内", nullptr},
      {"发布时间:2019-09-06 10:20\n9月5日,工作组召开会议。\n2019年,双方在河内签署备忘录。",
       "河内", nullptr},
      {"发布时间:2024-09-06 10:20\n9月5日,工作组召开会议。\n2019年,双方在河内签署备忘录。",
       nullptr, nullptr},
      {"发布时间:2019/0\n9月5日,工作组召开会议。\n2019年,双方在河内签署备忘录。",
       "河内", nullptr},
      {"发布时间:2019.\n9月5日,工作组召开会议。\n2019年,双方在河内签署备忘录。",
       nullptr, nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

// A place is a run of characters other than white space, punctuation,
// quotes and 在 于 赴: letters, digits and marks such as · may stand in it.
TEST_F(VenueTest, CharactersOfAPlace) {
  static const Case kCases[] = {
      {"9月5日,第三届论坛在鹭川市ABC会议中心举行。", "鹭川市ABC会议中心",
       nullptr},
      {"9月5日,第三届论坛在鹭川·卡纳德拉会议中心举行。",
       "鹭川·卡纳德拉会议中心", nullptr},
      {"9月5日,第三届论坛在鹭川市“智慧”会议中心举行。", nullptr, nullptr},
      {"9月5日,第三届论坛在鹭川市/卡纳德拉会议中心举行。", nullptr, nullptr},
      {"9月5日,第三届论坛在鹭川市 会议中心举行。", nullptr, nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

// The lead's date is found among the times and figures of a report's head,
// and a day or month of one or two digits after others (第123日上午 holds
// 23日上午).
TEST_F(VenueTest, LeadDateAmongFigures) {
  static const Case kCases[] = {
      {"发布时间:2024-09-06 10:20 阅读:1234\n9月5日,专家组在鹭川市进行实地交流。",
       "鹭川市", nullptr},
      {"第123日上午,专家组在鹭川市进行实地交流。", "鹭川市", nullptr},
      {"截至2024年10月份,专家组在鹭川市进行实地交流。", nullptr, nullptr},
      {"2024年9月5日电,专家组在鹭川市进行实地交流。", "鹭川市", nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

// A future cue counts in the clause of the place only, a past cue in the
// whole window before it; 应X邀请 is not a future.
TEST_F(VenueTest, TenseCuesBeforeThePlace) {
  static const Case kCases[] = {
      {"9月5日,双方将于明年继续合作,在鹭川市举行会谈。", "鹭川市", nullptr},
      {"9月5日,双方商定,将于明年在鹭川市举行会谈。", nullptr, nullptr},
      {"9月5日,应鹭川市政府邀请,代表团在鹭川市举行会谈。", "鹭川市",
       nullptr},
      {"9月5日,应鹭川市政府邀请,代表团将在鹭川市举行会谈。", nullptr,
       nullptr},
      {"9月5日,此前双方已多次合作,在鹭川市举行会谈。", nullptr, nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, WeakVerbOnlyInTheLead) {
  static const Case kCases[] = {
      {"9月8日,专家组在鹭川市进行实地交流。", "鹭川市", nullptr},
      {"9月8日,论坛开幕。\n中方企业在鹭川市开展了多个项目。", nullptr,
       nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, GoToPlaceToVisit) {
  static const Case kCases[] = {
      {"9月8日,代表团一行赴松岚理工大学访问。", "松岚理工大学", nullptr},
      // An unknown name in the 赴X访问 frame.
      {"9月8日,代表团一行赴云杉绿能科技考察。", "云杉绿能科技", nullptr},
      {"9月8日,代表团一行赴鹭川市,拜会市长。", "鹭川市", nullptr},
      // Too short to be a name; a future visit.
      {"9月8日,专家赴一线调研。", nullptr, nullptr},
      {"9月8日,双方商定明年赴鹭川市考察。", nullptr, nullptr},
      // An invitation is a future visit.
      {"9月8日,会谈中他邀请中方赴松岚理工大学访问。", nullptr, nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, VisitedInstitution) {
  static const Case kCases[] = {
      {"5月6日,澳方代表团到访青禾环境研究院,并参观实验室。",
       "青禾环境研究院", nullptr},
      {"5月6日,泰方学者来访松岚大学环境学院,并参加签约仪式。",
       "松岚大学环境学院", nullptr},
      {"近日,专家团走进鹭川市白鹭湾公园,开展交流。", "鹭川市白鹭湾公园",
       nullptr},
      {"3月27日,约百位代表齐聚鹭川市,出席对话会。", "鹭川市", nullptr},
      // A menu item starts its line with the verb: no visit.
      {"首页\n走进青禾研究院\n5月6日,双方签署协议。", nullptr, nullptr},
      // A generic place is not a name.
      {"5月6日,代表团走进企业,了解情况。", nullptr, nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, MoreSpecificLaterMention) {
  static const Case kCases[] = {
      {"6月1日,代表团在鹭川市会见副市长。代表团还赴鹭川市环境监测中心座谈。",
       "鹭川市环境监测中心", nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, OnlineOnly) {
  static const Case kCases[] = {
      {"3月2日,双方以视频方式举行会谈。", "线上", "视频"},
      {"3月2日,学会与使馆有关人员进行线上座谈。", "线上", "线上"},
      {"3月2日,两国部长举行视频会谈。", "线上", "视频"},
      {"3月2日,中国—青禾冰川保护合作视频会议成功举行。", "线上", "视频"},
      // Negative: one to come.
      {"3月2日,双方商定,下次视频会议将于明年举行。", nullptr, nullptr},
      // Online and in person: the physical place.
      {"3月2日,论坛以线上线下相结合方式在鹭川市举行。", "鹭川市", nullptr},
      // A speaker by video at a physical event.
      {"3月2日,论坛在鹭川市举行,部长视频致辞。", "鹭川市", nullptr},
      // Only a side activity was online, outside the lead: no venue.
      {"3月2日,圆桌对话开幕,各方代表出席。\n当天下午,技术交流活动在线上举行。",
       nullptr, nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, LocalTimeAndDatelineFallbacks) {
  static const Case kCases[] = {
      {"卢森堡当地时间5月3日,两国代表签署谅解备忘录。", "卢森堡", nullptr},
      {"新华社河内10月9日电 两国代表9日签署了合作文件。", "河内", nullptr},
      {"中新网河内10月9日电(记者 林某)两国代表签署了合作文件。", "河内",
       nullptr},
      // A stated venue beats the dateline.
      {"中新社河内11月8日电 研讨会8日在鹭川市举行。", "鹭川市", nullptr},
      // No dateline city: nothing.
      {"本报讯 两国代表签署了合作文件。", nullptr, nullptr},
      // 日电 without a day before it ends no dateline; a later one does, and
      // a bare one (国际在线河内消息) is read after them.
      {"节日电视晚会播出。新华社河内10月9日电 两国代表签署了合作文件。", "河内",
       nullptr},
      {"国际在线河内消息 节日电视晚会播出,两国代表签署了合作文件。", "河内",
       nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

// The place rules are matched in parts (trigger, place, what follows); these
// are the forms each part takes.
TEST_F(VenueTest, RuleForms) {
  static const Case kCases[] = {
      // The visit rule's place ends at the end of the text, or at a space.
      {"5月6日,代表团到访青禾环境研究院", "青禾环境研究院", nullptr},
      {"5月6日,代表团走访了青禾环境研究院 并座谈。", "青禾环境研究院",
       nullptr},
      // Adverbs before the verb, a manner or a partner between.
      {"11月3日,交流会在鹭川市再次成功举行。", "鹭川市", nullptr},
      {"11月3日,交流会在鹭川市以线上线下相结合方式举行。", "鹭川市", nullptr},
      {"11月3日,交流会在鹭川市与青禾环境研究院代表会谈。", "鹭川市", nullptr},
      // The place, a comma, the partner after 同.
      {"5月14日,副执行秘书在青禾首都万象,同鹭川水利部签署了合作意向书。",
       "青禾首都万象", nullptr},
      // Datelines: 专电, and an outlet's 消息.
      {"新华社河内10月9日专电 两国代表签署了合作文件。", "河内", nullptr},
      {"国际在线河内消息 两国代表签署了合作文件。", "河内", nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

TEST_F(VenueTest, IgnoresMenusAndFooters) {
  static const Case kCases[] = {
      {"首页 > 新闻中心\n7月2日,研修班开班。学员来自七个国家。\n"
       "责任编辑:林某\n联系我们\n地址:鹭川市青禾路5号,在鹭川市办公。",
       nullptr, nullptr},
      {"7月2日,研修班开班,学员来自七个国家,共三十五人参加了开班仪式。\n"
       "星湖在线版权声明\n凡本网注明来源的作品在鹭川市签署授权后方可使用。",
       nullptr, nullptr},
  };
  for (const Case& c : kCases) Check(c);
}

// The scans for the lead date's anchors and for the triggers read sixteen
// or 32 bytes at a time (SkipBlocks, and its AVX2 form; ctest runs the
// suite again without AVX2): wherever the date and the trigger stand
// against a block's bounds, at an even or an odd byte, they are found.
TEST_F(VenueTest, TriggersAtEveryBlockOffset) {
  for (size_t before_date = 0; before_date < 40; before_date += 13) {
    for (size_t before_trigger = 0; before_trigger < 70; ++before_trigger) {
      const std::string text = std::string(before_date, 'x') +
                               "11月3日,第五届" +
                               std::string(before_trigger, 'x') +
                               "交流会在青禾国际会议中心举行。";
      Check({text.c_str(), "青禾国际会议中心", nullptr});
    }
  }
}

TEST_F(VenueTest, EmptyAndHugeInputs) {
  Check({"", nullptr, nullptr});
  // A long report without punctuation must not take long.
  std::string text = "9月8日,";
  for (int i = 0; i < 200000; ++i) text += "在在于赴到访";
  text += "在鹭川市举行。";
  Document doc(text, table_);
  std::optional<Venue> venue = finder_->Find(doc);
  ASSERT_TRUE(venue.has_value());
  EXPECT_EQ(venue->name, "鹭川市");
}

}  // namespace
}  // namespace eventx::internal
