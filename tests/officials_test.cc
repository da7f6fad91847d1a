// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/officials.h"

#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "lib/extract/countries.h"
#include "lib/text/document.h"
#include "lib/text/simplify.h"

namespace eventx::internal {
namespace {

// One expected person: name, title, organization ("" for none) and country
// ("" for none or not checked).
struct Want {
  std::string name;
  std::string title;
  std::string organization;
  std::string country;
};

struct Case {
  const char* label;
  std::string text;
  std::vector<Want> want;  // exactly these people, in order
};

class OfficialsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Status status;
    table_ = SimplifyTable::Get(&status);
    ASSERT_NE(table_, nullptr) << status.ToString();
    std::unique_ptr<const CountryFinder> countries;
    status = CountryFinder::Create(table_, &countries);
    ASSERT_TRUE(status.ok()) << status.ToString();
    countries_ = countries.release();
    std::unique_ptr<const OfficialFinder> finder;
    status = OfficialFinder::Create(countries_, &finder);
    ASSERT_TRUE(status.ok()) << status.ToString();
    finder_ = finder.release();
    status = OfficialFinder::Create(nullptr, &finder);
    ASSERT_TRUE(status.ok()) << status.ToString();
    no_countries_ = finder.release();
  }
  static void TearDownTestSuite() {
    delete finder_;
    delete no_countries_;
    delete countries_;
  }

  // As the Extractor does: the document's country mentions found once.
  static std::vector<Official> FindIn(const OfficialFinder* finder,
                                      const Document& doc) {
    return finder->Find(doc, countries_->FindMentions(doc));
  }

  static void Check(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
      SCOPED_TRACE(c.label);
      Document doc(c.text, table_);
      std::vector<Official> got = FindIn(finder_, doc);
      ASSERT_EQ(got.size(), c.want.size()) << Dump(got);
      for (size_t i = 0; i < got.size(); ++i) {
        const Want& w = c.want[i];
        EXPECT_EQ(got[i].name, w.name);
        EXPECT_EQ(got[i].title.value_or(""), w.title) << w.name;
        EXPECT_EQ(got[i].organization.value_or(""), w.organization) << w.name;
        if (!w.country.empty()) {
          EXPECT_EQ(got[i].country.value_or(""), w.country) << w.name;
        }
        // The span holds the surface text in the original input.
        EXPECT_EQ(c.text.substr(got[i].span.begin, got[i].span.size()),
                  got[i].text);
      }
    }
  }

  static std::string Dump(const std::vector<Official>& got) {
    std::string out;
    for (const Official& o : got) {
      out += o.name + "/" + o.title.value_or("-") + "/" +
             o.organization.value_or("-") + " ";
    }
    return out;
  }

  static const SimplifyTable* table_;
  static const CountryFinder* countries_;
  static const OfficialFinder* finder_;
  static const OfficialFinder* no_countries_;
};

const SimplifyTable* OfficialsTest::table_ = nullptr;
const CountryFinder* OfficialsTest::countries_ = nullptr;
const OfficialFinder* OfficialsTest::finder_ = nullptr;
const OfficialFinder* OfficialsTest::no_countries_ = nullptr;

TEST_F(OfficialsTest, OrganizationTitleName) {
  Check({
      {"foreign ministry, dotted name, honorific",
       "会上,老挝环境部国务秘书索莱·西萨瓦先生致辞。",
       {{"索莱·西萨瓦", "国务秘书", "老挝环境部", "LA"}}},
      {"company", "华源水务集团副总裁林海表示,双方合作前景广阔。",
       {{"林海", "副总裁", "华源水务集团", ""}}},
      {"province of a foreign country",
       "泰国清迈府副府尹颂猜介绍了当地经验。",
       {{"颂猜", "副府尹", "泰国清迈府", "TH"}}},
      {"Latin name after Dr.",
       "联合国开发计划署驻华代表处处长Dr. Maria Lopez作主旨发言。",
       {{"Maria Lopez", "处长", "联合国开发计划署驻华代表处", ""}}},
      {"ambassador posted abroad",
       "中国驻柬埔寨大使王文天出席签字仪式。",
       {{"王文天", "驻柬埔寨大使", "中国", "CN"}}},
      {"negative: a reporter", "新华社金边9月9日电(记者 陈明)双方举行会谈。",
       {}},
      {"negative: an unnamed official", "省生态环境厅相关负责人表示,将加强合作。",
       {}},
  });
}

TEST_F(OfficialsTest, NameTitle) {
  Check({
      {"professor chairs", "座谈会由李红梅教授主持。",
       {{"李红梅", "教授", "", ""}}},
      {"Latin name before title",
       "Somchai Wongsawat司长在致辞中介绍了工作进展。",
       {{"Somchai Wongsawat", "司长", "", ""}}},
      {"known person named again",
       "云南省生态环境厅副厅长张建国出席会议。张建国副厅长表示欢迎。",
       {{"张建国", "副厅长", "云南省生态环境厅", "CN"}}},
      {"negative: a background leader",
       "该中心是王国华总理在2016年召开的首次领导人会议上提出的倡议。", {}},
      {"negative: a group, not a name", "来自高校的师生代表参加了活动。", {}},
      {"a name ending in 和 before a comma",
       "自治区外事办公室主任孟庆和,发改委副主任李明出席。",
       {{"孟庆和", "主任", "自治区外事办公室", ""},
        {"李明", "副主任", "发改委", ""}}},
      {"negative: 和 joining two people stays a conjunction",
       "外事办公室主任孟庆和李明一同出席。",
       {{"孟庆", "主任", "外事办公室", ""}}},
  });
}

TEST_F(OfficialsTest, JoinedPosts) {
  Check({
      {"posts joined by 、",
       "出席会议的还有大学国际合作处副处长、留学生办公室主任赵立新等。",
       {{"赵立新", "副处长", "大学国际合作处", ""}}},
      {"posts joined by 兼", "老挝琅勃拉邦省某县县委书记兼县长坎平出席。",
       {{"坎平", "县委书记兼县长", "老挝琅勃拉邦省某县", "LA"}}},
      {"party post before the main post",
       "中国电建党委书记、董事长丁宏伟会见代表团。",
       {{"丁宏伟", "董事长", "中国电建", "CN"}}},
      {"negative: posts without a person",
       "各国部长、副部长及驻华使节出席会议。", {}},
  });
}

TEST_F(OfficialsTest, Lists) {
  Check({
      {"a list of people",
       "出席会议的还有环境学院院长高峰、院长助理刘畅、教师代表孙悦等。",
       {{"高峰", "院长", "环境学院", ""},
        {"刘畅", "院长助理", "环境学院", ""},
        {"孙悦", "教师代表", "环境学院", ""}}},
      {"negative: a list of bodies",
       "来自东盟秘书处、泰国自然资源与环境部、越南自然资源与环境部的嘉宾出席。",
       {}},
  });
}

TEST_F(OfficialsTest, ExcludedPeople) {
  Check({
      {"editor and photographer", "编辑:赵凡 责编:王悦 摄影 罗淼", {}},
      {"a meeting still to come",
       "他明天安排与美国能源部长史密斯会面。", {}},
      {"a post held then (时任)",
       "2019年,时任秘鲁环境部部长卡洛斯·门多萨提出倡议。", {}},
      {"a predecessor (前任)", "前任总领事李志远曾多次推动互访。", {}},
      {"a proposal made years ago (早在)",
       "研究院首任院长钟立谦早在2008年就提出建设合作平台的设想。", {}},
      {"a post held then, inside the mention",
       "阿曼时任环境部大臣苏莱曼·哈达比访华时提出倡议。", {}},
      {"a rank used as an adjective (部长级)",
       "论坛设开幕式、部长级对话、技术推广三个环节。", {}},
  });
}

TEST_F(OfficialsTest, DiplomaticAndForeignPosts) {
  Check({
      {"the mission belongs to the organization (驻华使馆参赞)",
       "阿根廷驻华使馆参赞马丁·罗西出席。",
       {{"马丁·罗西", "参赞", "阿根廷驻华使馆", "AR"}}},
      {"a state minister (国务部长)",
       "埃塞俄比亚水利部国务部长塔德塞·贝雷特致辞。",
       {{"塔德塞·贝雷特", "国务部长", "埃塞俄比亚水利部", "ET"}}},
      {"a Korean given name holding 在",
       "韩国现代重工业公司副社长郑在勋出席。",
       {{"郑在勋", "副社长", "韩国现代重工业公司", "KR"}}},
      {"negative: 在 after a name still ends it",
       "云南省生态环境厅局长王明在会上表示欢迎。",
       {{"王明", "局长", "云南省生态环境厅", "CN"}}},
      {"a speaker who talks about an initiative took part (倡议)",
       "沙特能源部副大臣法伊萨尔·本·哈立德·奥泰比在致辞中介绍沙特绿色倡议。",
       {{"法伊萨尔·本·哈立德·奥泰比", "副大臣", "沙特能源部", "SA"}}},
      {"a speaker who made proposals took part (提出了)",
       "俄罗斯水资源署副局长安德烈·别洛夫就水文资料交换提出了具体建议。",
       {{"安德烈·别洛夫", "副局长", "俄罗斯水资源署", "RU"}}},
      {"a ministry named by its portfolios (、)",
       "所罗门群岛环境、气候变化和气象部部长约翰·马内莱出席。",
       {{"约翰·马内莱", "部长", "所罗门群岛环境、气候变化和气象部", "SB"}}},
      {"negative: two posts joined by 、 stay two",
       "外事办公室副主任、留学生办公室主任陈毅立出席。",
       {{"陈毅立", "副主任", "外事办公室", ""}}},
      {"this ministry (该部) is the one named before",
       "代表团拜会乌兹别克斯坦生态环境部,与该部第一副部长沙赫里约尔·图尔苏诺夫会谈。",
       {{"沙赫里约尔·图尔苏诺夫", "第一副部长", "乌兹别克斯坦生态环境部", "UZ"}}},
      {"a post followed by 会见 (not 委员会)", "邵卫东大使会见了代表团一行。",
       {{"邵卫东", "大使", "", ""}}},
      {"a province and its governor, not a person named after it",
       "云南省长段嘉禾会见了代表团。", {{"段嘉禾", "省长", "云南", "CN"}}},
      {"negative: a government is no person", "瓦政府代表出席交接仪式。", {}},
      {"negative: 地区长期 holds no 区长", "干旱地区长期面临缺水问题。", {}},
      {"an expert (专家), and a dotted name ending before 以",
       "研究院高级专家克莱尔·杜邦以非洲为例作了发言。",
       {{"克莱尔·杜邦", "高级专家", "研究院", ""}}},
      {"negative: sides and attendees are no names (韩方专家, 参会专家)",
       "韩方专家和参会专家进行了交流。", {}},
      {"a headline's short name, then the full one",
       "周启航会见乌兹别克斯坦水资源部部长霍吉耶夫\n11月6日,乌兹别克斯坦水资源部部长沙夫卡特·霍吉耶夫一行来访。",
       {{"沙夫卡特·霍吉耶夫", "部长", "乌兹别克斯坦水资源部", "UZ"}}},
      {"a Latin name named again by one word",
       "能源和矿业部副部长Lucía Andrade Vera出席。Andrade副部长表示感谢。",
       {{"Lucía Andrade Vera", "副部长", "能源和矿业部", ""}}},
      {"a Korean city section (科) and a plant's manager (厂长)",
       "顺天市气候生态科科长李在浩、科卡电厂厂长哈维尔·蒙卡约出席。",
       {{"李在浩", "科长", "顺天市气候生态科", ""},
        {"哈维尔·蒙卡约", "厂长", "科卡电厂", ""}}},
      {"this ministry with a portfolio (该部电力副部长)",
       "交流团拜会青禾能源和矿业部。该部电力副部长Lucía Andrade Vera会见了代表团。",
       {{"Lucía Andrade Vera", "副部长", "青禾能源和矿业部", ""}}},
      {"a portfolio between a listed ministry and the post",
       "沙特阿拉伯环境、水和农业部环境副大臣阿卜杜勒·沙姆里率团访问。",
       {{"阿卜杜勒·沙姆里", "副大臣", "沙特阿拉伯环境、水和农业部", "SA"}}},
      {"China's envoy named by the posting alone",
       "近日,驻瓦努阿图大使李明远出席物资交接仪式。",
       {{"李明远", "驻瓦努阿图大使", "中国", "CN"}}},
      {"another country's envoy to China keeps its country",
       "沙特驻华大使阿卜杜拉·哈比卜出席。",
       {{"阿卜杜拉·哈比卜", "驻华大使", "沙特", "SA"}}},
      {"a hyphenated part of a dotted name (让-博斯科)",
       "卢旺达大学副校长让-博斯科·穆加博出席。",
       {{"让-博斯科·穆加博", "副校长", "卢旺达大学", "RW"}}},
      {"a Japanese section chief (课长)",
       "日本环境省地球环境局课长森田介绍了经验。",
       {{"森田", "课长", "日本环境省地球环境局", "JP"}}},
  });
}

TEST_F(OfficialsTest, TraditionalSpansAreOriginal) {
  std::string text = "韓國全羅南道行政副知事樸敏浩介紹了經驗。";
  Document doc(text, table_);
  std::vector<Official> got = FindIn(finder_, doc);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "朴敏浩");
  EXPECT_EQ(got[0].title.value_or(""), "行政副知事");
  EXPECT_EQ(got[0].organization.value_or(""), "韩国全罗南道");
  EXPECT_EQ(got[0].text, "韓國全羅南道行政副知事樸敏浩");
  EXPECT_EQ(text.substr(got[0].span.begin, got[0].span.size()), got[0].text);
}

// A Chinese report names its own ministries without China; a foreign one
// is named with its country.
TEST_F(OfficialsTest, ChineseBodiesWithoutACountryAreChinese) {
  Document doc("交通运输部副部长欧阳明远会见了智利公共工程部部长罗萨莱斯。",
               table_);
  std::vector<Official> got = FindIn(finder_, doc);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].name, "欧阳明远");
  EXPECT_EQ(got[0].country.value_or(""), "CN");
  EXPECT_EQ(got[1].country.value_or(""), "CL");
  // A body of no known country stays without one.
  Document other("园区管委会副主任李明远致辞。", table_);
  got = FindIn(finder_, other);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_FALSE(got[0].country.has_value());
}

// 环境部长官: the body's head 部 and the post 长官 share no character, even
// though 部长 is a post too.
TEST_F(OfficialsTest, OverlappingPostsPreferTheLongerReach) {
  Document doc("韩国环境部长官朴承浩出席会议并致辞。", table_);
  std::vector<Official> got = FindIn(finder_, doc);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "朴承浩");
  EXPECT_EQ(got[0].title.value_or(""), "长官");
  EXPECT_EQ(got[0].organization.value_or(""), "韩国环境部");
  EXPECT_EQ(got[0].country.value_or(""), "KR");
}

// Japanese names are longer than Chinese ones and start with no Chinese
// surname; a given-name ending and a clear end mark them.
TEST_F(OfficialsTest, JapaneseNamesAfterAPost) {
  Document doc("日本环境省副大臣森田健一郎、北九州市市长山本由美子出席。",
               table_);
  std::vector<Official> got = FindIn(finder_, doc);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].name, "森田健一郎");
  EXPECT_EQ(got[1].name, "山本由美子");
  // Negative: four characters with no such ending are no name.
  Document other("环境部副部长出席开幕式讲话，", table_);
  EXPECT_TRUE(FindIn(finder_, other).empty());
}

TEST_F(OfficialsTest, VietnameseWomensNamesWithThi) {
  Document doc("越南高平省人民委员会副主席农氏香梅率团出席交流会。", table_);
  std::vector<Official> got = FindIn(finder_, doc);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "农氏香梅");
}

TEST_F(OfficialsTest, JapaneseSurnamesInAReportAboutJapan) {
  Document doc(
      "代表团在日本爱媛县厅与县知事高桥秀和举行会谈，县议会议长长谷川隆、"
      "副知事松本浩二出席。",
      table_);
  std::vector<Official> got = FindIn(finder_, doc);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].name, "高桥秀和");  // not 高桥秀 (高 read as Chinese)
  EXPECT_EQ(got[1].name, "长谷川隆");
  EXPECT_EQ(got[2].name, "松本浩二");
  // Negative: with no Japan in the report, the Chinese reading stands.
  Document chinese("云南省副省长高田明和代表团成员出席。", table_);
  got = FindIn(finder_, chinese);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "高田明");
}

TEST_F(OfficialsTest, WorksWithoutCountries) {
  Document doc("柬埔寨环境部国务秘书宋朗先生致辞。", table_);
  std::vector<Official> got = FindIn(no_countries_, doc);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].name, "宋朗");
  EXPECT_FALSE(got[0].country.has_value());
}

// The title scan takes the text a window of bytes at a time and passes over
// most characters on their raw bytes: a mention is found wherever it falls
// against the windows, and after bytes that are not well-formed UTF-8 or
// characters of other lengths (the scan must step as the decoder does).
TEST_F(OfficialsTest, TitlesAnywhereInALongText) {
  const std::string mention = "柬埔寨环境部国务秘书宋朗先生致辞。";
  const std::string filler = "会议在北京举行。";  // 24 bytes
  const std::string odd_bytes[] = {
      "",  "a",  "ab", "\xC2\xB7", "\xF0\x9F\x98\x80", "\xE4\xB8",
      "\xE4", "\x80", "\xE4\x41\x42", "\xED\xA0\x80", "\xE0\x80\x80"};
  for (const std::string& odd : odd_bytes) {
    for (size_t pad = 0; pad < 24; ++pad) {
      std::string text;
      for (int i = 0; i < 12; ++i) text += filler;
      text += odd;
      text.append(pad, ' ');
      text += "。";
      for (int i = 0; i < 10; ++i) text += filler;
      text += mention;
      SCOPED_TRACE(::testing::Message() << "odd bytes " << odd.size()
                                        << ", pad " << pad);
      Document doc(text, table_);
      std::vector<Official> got = FindIn(finder_, doc);
      ASSERT_EQ(got.size(), 1u) << Dump(got);
      EXPECT_EQ(got[0].name, "宋朗");
      EXPECT_EQ(got[0].title.value_or(""), "国务秘书");
      EXPECT_EQ(got[0].organization.value_or(""), "柬埔寨环境部");
    }
  }
}

// IsBackground's windows reach a fixed number of characters after and
// before a mention, whatever their lead byte: characters led by E0 and ED
// (Samaritan, Hangul), which the windows leave to the decoder, count as one
// each as the others (Hangul led by EA, passed over on their raw bytes).
TEST_F(OfficialsTest, BackgroundWindowsCountEveryCharacterOnce) {
  const std::string fillers[] = {"\xE0\xA0\x80",   // U+0800 (lead E0)
                                 "\xED\x9E\x98",   // 힘 U+D798 (lead ED)
                                 "\xEA\xB0\x80"};  // 가 U+AC00 (lead EA)
  auto repeat = [](const std::string& s, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
  };
  for (const std::string& filler : fillers) {
    // A background cue (提出的) within the 24 characters after the mention.
    for (size_t n : {1, 23, 24}) {
      SCOPED_TRACE(::testing::Message() << "after, filler of "
                                        << filler.size() << " bytes, " << n);
      // The Document reads the text where it stands: the text outlives it.
      const std::string text =
          "环境部部长李明" + repeat(filler, n) + "提出的倡议。";
      Document doc(text, table_);
      std::vector<Official> got = FindIn(finder_, doc);
      ASSERT_EQ(got.size(), n < 24 ? 0u : 1u) << Dump(got);
      if (!got.empty()) {
        EXPECT_EQ(got[0].name, "李明");
      }
    }
    // A future cue (明天) within the 48 characters before it.
    for (size_t n : {1, 46, 47}) {
      SCOPED_TRACE(::testing::Message() << "before, filler of "
                                        << filler.size() << " bytes, " << n);
      const std::string text = "明天" + repeat(filler, n) + "环境部部长李明出席。";
      Document doc(text, table_);
      std::vector<Official> got = FindIn(finder_, doc);
      ASSERT_EQ(got.size(), n < 47 ? 0u : 1u) << Dump(got);
      if (!got.empty()) {
        EXPECT_EQ(got[0].name, "李明");
      }
    }
  }
}

TEST_F(OfficialsTest, CreateRejectsNullOut) {
  EXPECT_FALSE(OfficialFinder::Create(nullptr, nullptr).ok());
}

}  // namespace
}  // namespace eventx::internal
