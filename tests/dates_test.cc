// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.

#include "lib/extract/dates.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace eventx::internal {
namespace {

// One finder for the whole binary: creation compiles every rule.
const DateFinder& Finder() {
  static const DateFinder* finder = [] {
    std::unique_ptr<const DateFinder> f;
    Status status = DateFinder::Create(&f);
    EXPECT_TRUE(status.ok()) << status.ToString();
    return f.release();
  }();
  return *finder;
}

// "" for no anchor, else a YYYY-MM-DD date.
std::optional<CivilDate> Anchor(const std::string& iso) {
  if (iso.empty()) return std::nullopt;
  return ParseDate(iso);
}

TEST(Dates, CreateCompilesEveryRule) {
  std::unique_ptr<const DateFinder> finder;
  Status status = DateFinder::Create(&finder);
  ASSERT_TRUE(status.ok()) << status.ToString();
  ASSERT_NE(finder, nullptr);
}

struct Expected {
  size_t begin;
  size_t end;
  const char* start;
  const char* end_date;
};

struct FormCase {
  const char* input;
  const char* anchor;  // "" = none
  std::vector<Expected> mentions;
};

// The test strings are already normalized, so view offsets are input bytes.
const FormCase kFormCases[] = {
    {"会议于2023年9月9日在上海举行",
     "2024-11-10",
     {{9, 24, "2023-09-09", "2023-09-09"}}},
    {"9月9日,双方会谈", "2024-11-10", {{0, 8, "2024-09-09", "2024-09-09"}}},
    {"12月9日,双方会谈", "2024-11-10", {{0, 9, "2023-12-09", "2023-12-09"}}},
    {"1月19号", "2017-03-22", {{0, 9, "2017-01-19", "2017-01-19"}}},
    {"10月29日至30日,论坛在柳州举办",
     "2024-11-08",
     {{0, 18, "2024-10-29", "2024-10-30"}}},
    {"时间:10月29日—11月2日",
     "2024-11-08",
     {{7, 29, "2024-10-29", "2024-11-02"}}},
    {"10月29-30日", "2024-11-08", {{0, 13, "2024-10-29", "2024-10-30"}}},
    {"4月26—27日,一行赴印尼",
     "2023-04-28",
     {{0, 14, "2023-04-26", "2023-04-27"}}},
    {"2024年11月,双方", "", {{0, 12, "2024-11", "2024-11"}}},
    {"于二〇二四年十月九日签署", "", {{3, 30, "2024-10-09", "2024-10-09"}}},
    {"十月九日", "2024-11-10", {{0, 12, "2024-10-09", "2024-10-09"}}},
    {"十月二十九日至三十日",
     "2024-11-10",
     {{0, 30, "2024-10-29", "2024-10-30"}}},
    {"两千零四年八月十五", "", {{0, 27, "2004-08-15", "2004-08-15"}}},
    {"2025-07-06 16:21:55来源", "", {{0, 10, "2025-07-06", "2025-07-06"}}},
    {"更新于2024.11.08", "", {{9, 19, "2024-11-08", "2024-11-08"}}},
    {"2024/11/08", "", {{0, 10, "2024-11-08", "2024-11-08"}}},
    {"日期:2019年04月30日 08:56", "", {{7, 24, "2019-04-30", "2019-04-30"}}},
    {"2023年12月30日至2024年1月2日", "", {{0, 35, "2023-12-30", "2024-01-02"}}},
    {"12月30日至1月2日", "2024-11-10", {{0, 21, "2023-12-30", "2024-01-02"}}},
    {"18年10月1日到19年2月3日", "", {{0, 30, "2018-10-01", "2019-02-03"}}},
    {"自2022年以来", "", {{3, 10, "2022", "2022"}}},
    {"1995-1997年的收入", "", {{0, 12, "1995", "1997"}}},
    {"2009 年 到 2010 年,产量翻番", "", {{0, 21, "2009", "2010"}}},
    {"2024年11月8日和3月",
     "2024-11-10",
     {{0, 16, "2024-11-08", "2024-11-08"}, {19, 23, "2024-03", "2024-03"}}},
    {"1月14日,代表团到访", "", {{0, 9, "--01-14", "--01-14"}}},
    {"3月和5月", "", {}},
    {"2月30日", "2020-03-22", {}},
    {"13月1日", "2020-03-22", {}},
    {"4月31日", "2020-03-22", {}},
    {"2019年2月29日", "2020-03-22", {}},
    {"2019年2月29日-3月1日", "2019-09-18", {}},
    {"2023-02-29", "", {}},
    {"建交30年来,过去的50年里", "", {}},
    {"我的电话号码是888-000-9999。", "", {}},
    {"请检查:192.168.255.255。", "", {}},
    {"版本v2024.1.2发布", "", {}},
    {"12号", "2017-03-22", {}},
};

TEST(Dates, FindsEveryFormWithOffsets) {
  for (const FormCase& c : kFormCases) {
    std::vector<ViewDate> got = Finder().FindAll(c.input, Anchor(c.anchor));
    ASSERT_EQ(got.size(), c.mentions.size()) << c.input;
    for (size_t i = 0; i < got.size(); ++i) {
      const Expected& want = c.mentions[i];
      EXPECT_EQ(got[i].begin, want.begin) << c.input;
      EXPECT_EQ(got[i].end, want.end) << c.input;
      EXPECT_EQ(FormatDate(got[i].start), want.start) << c.input;
      EXPECT_EQ(FormatDate(got[i].end_date), want.end_date) << c.input;
    }
  }
}

TEST(Dates, YearWrittenOnlyWhenStated) {
  const struct {
    const char* input;
    bool year_written;
  } kCases[] = {
      {"2023年9月9日", true},
      {"9月9日", false},
      {"2025-07-06", true},
      {"12月30日至2024年1月2日", true},
  };
  for (const auto& c : kCases) {
    std::vector<ViewDate> got = Finder().FindAll(c.input, Anchor("2024-11-10"));
    ASSERT_EQ(got.size(), 1u) << c.input;
    EXPECT_EQ(got[0].year_written, c.year_written) << c.input;
  }
}

TEST(Dates, YearlessDatesTakeLatestYearNotAfterAnchor) {
  const struct {
    const char* input;
    const char* anchor;
    const char* start;
    const char* end;
  } kCases[] = {
      {"2月29日", "2017-03-01", "2016-02-29", "2016-02-29"},
      {"2月29日", "2020-03-22", "2020-02-29", "2020-02-29"},
      {"2月29日", "2020-01-22", "2016-02-29", "2016-02-29"},
      {"2月29日-3月1日", "2019-09-18", "2016-02-29", "2016-03-01"},
      {"12月31日", "2025-01-02", "2024-12-31", "2024-12-31"},
      {"1月2日", "2025-01-02", "2025-01-02", "2025-01-02"},
      {"1月3日", "2025-01-02", "2024-01-03", "2024-01-03"},
      {"12月30日至1月2日", "2025-01-05", "2024-12-30", "2025-01-02"},
      {"12月30日至2日", "2025-01-05", "2024-12-30", "2025-01-02"},
      {"三月二十八日到四月15日", "2017-03-22", "2016-03-28", "2016-04-15"},
      {"8月至2月", "2018-09-18", "2018-08", "2019-02"},
      {"10月", "2018-09-18", "2017-10", "2017-10"},
      {"9月", "2018-09-18", "2018-09", "2018-09"},
      {"7月5日", "", "--07-05", "--07-05"},
  };
  for (const auto& c : kCases) {
    std::vector<ViewDate> got = Finder().FindAll(c.input, Anchor(c.anchor));
    ASSERT_EQ(got.size(), 1u) << c.input << " @" << c.anchor;
    EXPECT_EQ(FormatDate(got[0].start), c.start) << c.input << " @" << c.anchor;
    EXPECT_EQ(FormatDate(got[0].end_date), c.end)
        << c.input << " @" << c.anchor;
  }
}

struct PublishedCase {
  const char* input;
  size_t begin;  // of the date, when one is expected
  size_t end;
  const char* date;  // "" = no publication date
};

const PublishedCase kPublishedCases[] = {
    {"贵州省论坛举行\n2025-07-06 "
     "16:21:55来源:中央广电总台国际在线编辑:杨展凌\n",
     22, 32, "2025-07-06"},
    {"首页 > 政务要闻\n\n2024-11-08 09:05     来源: 广西日报     作者: "
     "韦夏妮\n",
     23, 33, "2024-11-08"},
    {"10月21日,论坛在阿皮亚召开。\n\n作者: 岩 海 来源: 中国海洋报 发布时间: "
     "2019-10-23\n",
     94, 104, "2019-10-23"},
    {"新闻中心\n分类:公司新闻 发布时间:2024-08-01 浏览量:971\n", 46, 56,
     "2024-08-01"},
    {"首页>行业新闻\n日期:2019年04月30日 08:56:15来源:转自水利部网站点击数:\n",
     27, 44, "2019-04-30"},
    {"联合国环境署携手中肯建立中非环境合作中心\n\n中国金融信息网2017年12月06日1"
     "3:20分类:其他\n",
     83, 100, "2017-12-06"},
    {"展会新闻\n\n当前位置 : 首页 媒体中心\n\n2022/03/11\n\n     "
     "3月10日,双方座谈。\n",
     50, 60, "2022-03-11"},
    {"资讯中心\n\n2023-04-28 18:40:58\n\n        4月26—27日,一行赴印尼。\n", 14,
     24, "2023-04-28"},
    {"中韩研讨会举行\n\n2022年09月07日 20:24  大众报业·大众日报客户端\n", 23,
     40, "2022-09-07"},
    {"中国电力网发布时间:2023-06-25 15:24:35\n当地时间6月20日,双方会谈。\n", 28,
     38, "2023-06-25"},
    {"2023年9月9日,柬埔寨环境部一行赴上海访问。\n", 0, 0, ""},
    {"2023年9月9日至10日,研讨会在金边举行,来自两国的代表参加会议。\n", 0, 0,
     ""},
    {"会议将于2024-11-08在北京举行。\n", 0, 0, ""},
    {"论坛现场_fororder_未命名__2023-07-06+11_44_35\n", 0, 0, ""},
    {"没有日期的报道。\n", 0, 0, ""},
    // 民国113年 on a Taiwan page (as the view reads it: Simplified, folded).
    {"首页\n发布日期:113年10月24日 点阅次数:1,052\n", 20, 36, "2024-10-24"},
    // A Hong Kong press release dates itself at its end, with the weekday.
    {"环境及生态局局长今日(九月十七日)访问丹麦。\n\n完\n\n2025年9月17日(星期三)\n"
     "香港时间23时05分\n",
     69, 85, "2025-09-17"},
    // A weekday between the stamp and its time.
    {"博客\n\n2023-08-22 周二 09:41\n", 8, 18, "2023-08-22"},
    // Negative: a three-digit number of years is no date.
    {"發布日期:2024-05-01\n该中心成立于113年前。\n", 13, 23, "2024-05-01"},
};

TEST(Dates, FindsHeaderPublicationStamp) {
  for (const PublishedCase& c : kPublishedCases) {
    std::optional<ViewDate> got = Finder().FindPublished(c.input);
    if (*c.date == '\0') {
      EXPECT_FALSE(got.has_value())
          << c.input << " -> " << FormatDate(got->start);
      continue;
    }
    ASSERT_TRUE(got.has_value()) << c.input;
    EXPECT_EQ(FormatDate(got->start), c.date) << c.input;
    EXPECT_EQ(got->begin, c.begin) << c.input;
    EXPECT_EQ(got->end, c.end) << c.input;
    EXPECT_TRUE(got->year_written) << c.input;
  }
}

struct EventCase {
  const char* name;
  const char* input;
  const char* start;  // "" = no event date
  const char* end;
};

const EventCase kEventCases[] = {
    {"lead sentence",
     "2025-07-06 16:21:55来源:国际在线\n"
     "国际在线消息(记者 罗淼):7月5日,以“绿色发展”为主题的论坛在贵阳国际生态"
     "会议中心举行。作为2025年生态文明贵阳国际论坛的分论坛,本次活动吸引了10余"
     "个国家参与。\n",
     "2025-07-05", "2025-07-05"},
    {"range after the stamp",
     "2024-11-08 09:05     来源: 广西日报\n"
     "10月29日至30日,2024中国—东盟环境合作论坛在柳州市成功举办,与会嘉宾分享"
     "真知灼见。\n",
     "2024-10-29", "2024-10-30"},
    {"written year without publication",
     "2016年2月25日,水利部和摩洛哥农业部在拉巴特签署合作谅解备忘录,双方举行"
     "会谈。\n",
     "2016-02-25", "2016-02-25"},
    {"no year anywhere",
     "1月14日,日本北九州市环境局代表团一行到访北控水务集团,就合作机制进行交流。"
     "\n",
     "--01-14", "--01-14"},
    {"future plan skipped",
     "发布时间:2024-05-10\n"
     "中方代表表示,双方计划于6月3日在万象举行第二次会议,进一步推进双边合作。\n",
     "", ""},
    {"future year skipped",
     "发布时间:2024-05-10\n"
     "双方表示,第三届论坛将于2024年7月3日在万象举办,欢迎各方踊跃参加会议。\n",
     "", ""},
    {"background founding skipped",
     "据悉,该中心成立于2019年5月20日,双方在环境领域开展了大量务实合作。\n", "",
     ""},
    {"far past relative to publication",
     "2024-05-10 09:00 来源:新华网\n"
     "2023年5月8日,中老环境合作对话在北京举行,双方代表出席会议并致辞。\n",
     "", ""},
    {"later event date preferred to a plan",
     "发布时间:2024-05-10\n"
     "论坛将于今年7月在万象举办第三届,双方对此表示期待和欢迎。5月8日,中老"
     "环境合作对话在北京举行,双方代表出席会议。\n",
     "2024-05-08", "2024-05-08"},
    {"dateline only",
     "新华社北京3月5日电 中国与柬埔寨在北京签署环境合作谅解备忘录,双方代表出席"
     "签字仪式。\n",
     "--03-05", "--03-05"},
    {"bare day resolved by dateline",
     "中新社福州11月8日电 (记者 闫旭)中国—太平洋岛国海洋防灾减灾合作研讨会8日"
     "在福建平潭举行。\n",
     "--11-08", "--11-08"},
    {"bare day in the previous month",
     "新华社万象6月2日电 第二次中老环境合作对话30日在万象举行,双方代表出席会议"
     "并讲话。\n",
     "--05-30", "--05-30"},
    {"stated date beats dateline",
     "新华社布鲁塞尔6月19日电(记者王昭)6月18日,国务院副总理在比利时布鲁塞尔"
     "会见欧盟委员会执行副主席,共同举行高层对话。\n",
     "--06-18", "--06-18"},
    {"reporting day is not the event",
     "新华社北京3月5日电(记者张三)记者5日从生态环境部获悉,3月3日,中国与柬埔寨"
     "在金边签署合作谅解备忘录。\n",
     "--03-03", "--03-03"},
    {"publication of a notice is not an event",
     "中国金融信息网2017年12月06日13:20分类:其他\n"
     "中国金融信息网讯(记者金正)联合国环境规划署5日发布新闻公告说,环境署将携手"
     "中国、肯尼亚政府建立中非环境合作中心。\n",
     "", ""},
    {"unresolved lead day refuses a later date",
     "中国驻泰国大使和泰国自然资源和环境部次长昨天(11日)在曼谷签署合作协议。\n"
     "泰外交部、国家水资源办公室等有关部门代表出席,双方表示将继续深化合作。\n"
     "今年4月18日,中泰双方在曼谷签署澜湄合作专项基金泰方首批项目合作协议。\n",
     "", ""},
    {"press release dateline is the release's, not the event's",
     "2025年3月14日\n\n北京,2025年3月14日——项目启动仪式于3月12日在斐济首都苏瓦举行,"
     "三方代表出席。\n",
     "2025-03-12", "2025-03-12"},
    {"a bare dateline day takes the page's month when the lead says 今天",
     "2023-08-22 周二 09:41\n"
     "(中央社记者林宜萱圣保罗21日专电)环境部长今天在亚松森与巴拉圭环境部长签署合作备忘录。\n",
     "2023-08-21", "2023-08-21"},
    {"a closing day and the opening day told after it make a range",
     "中新社乌鲁木齐9月4日电 (记者 马晓川)冰川监测合作研讨会4日在新疆昌吉闭幕。3日开幕以来,"
     "来自中亚国家的代表参加了会议。\n",
     "--09-03", "--09-04"},
    {"footer date ignored",
     "双方表示将加强合作,共同推进绿色发展,造福两国人民和地区。\n"
     "版权所有 2024年1月1日 京ICP备12345号,保留所有权利,未经许可不得转载。\n",
     "", ""},
    // The footer cues are looked for over the whole line, a cue standing
    // anywhere in it: in the middle, or in its last bytes.
    {"a long line with a date is the event's",
     "2024年1月1日,双方在北京签署合作协议,共同推进绿色发展,造福两国人民和地区人民。\n",
     "2024-01-01", "2024-01-01"},
    {"a long footer line with a cue in its middle",
     "2024年1月1日,双方在北京签署合作协议,共同推进绿色发展,版权所有,造福两国人民和地区人民。\n",
     "", ""},
    {"a long footer line with a cue in its last bytes",
     "2024年1月1日,双方在北京签署合作协议,共同推进绿色发展,造福两国人民和地区人民。ICP\n",
     "", ""},
    {"a long footer line with a two-byte cue",
     "2024年1月1日,双方在北京签署合作协议,共同推进绿色发展,造福两国©人民和地区人民。\n",
     "", ""},
    {"no date at all",
     "双方表示将加强合作,共同推进绿色发展,造福两国人民和地区。\n", "", ""},
};

TEST(Dates, ChoosesTheReportedEventDate) {
  for (const EventCase& c : kEventCases) {
    std::optional<ViewDate> published = Finder().FindPublished(c.input);
    std::optional<CivilDate> anchor;
    if (published) anchor = published->start;
    std::vector<ViewDate> mentions = Finder().FindAll(c.input, anchor);
    std::optional<ViewDate> got =
        Finder().ChooseEventDate(c.input, mentions, published);
    if (*c.start == '\0') {
      EXPECT_FALSE(got.has_value())
          << c.name << " -> " << FormatDate(got->start);
      continue;
    }
    ASSERT_TRUE(got.has_value()) << c.name;
    EXPECT_EQ(FormatDate(got->start), c.start) << c.name;
    EXPECT_EQ(FormatDate(got->end_date), c.end) << c.name;
    std::string_view input(c.input);
    EXPECT_LE(got->end, input.size()) << c.name;
    EXPECT_LT(got->begin, got->end) << c.name;
  }
}

TEST(Dates, ChoiceSkipsThePublicationStamp) {
  const char* input =
      "2024-11-08 09:05 来源: 广西日报\n双方表示,合作成果丰硕。\n";
  std::optional<ViewDate> published = Finder().FindPublished(input);
  ASSERT_TRUE(published.has_value());
  std::vector<ViewDate> mentions = Finder().FindAll(input, published->start);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_FALSE(
      Finder().ChooseEventDate(input, mentions, published).has_value());
}

TEST(Dates, LongInputsStayLinear) {
  // Many mentions on one line, and long digit and numeral runs: each would
  // take minutes if any step rescanned the text per mention.
  std::string many;
  for (int i = 0; i < 100000; ++i) many += "10月29日至";
  std::vector<ViewDate> got = Finder().FindAll(many, std::nullopt);
  EXPECT_EQ(got.size(), 50000u);
  EXPECT_TRUE(Finder().ChooseEventDate(many, got, std::nullopt).has_value());
  std::string digits(1 << 20, '1');
  EXPECT_TRUE(Finder().FindAll(digits, std::nullopt).empty());
  EXPECT_FALSE(Finder().FindPublished(digits).has_value());
  std::string stamps;
  for (int i = 0; i < 50000; ++i) stamps += "2024-11-08 ";
  EXPECT_EQ(Finder().FindAll(stamps, std::nullopt).size(), 50000u);
  EXPECT_FALSE(Finder().ChooseEventDate(stamps, {}, std::nullopt).has_value());
}

TEST(Dates, FinderIsSafeToShareBetweenThreads) {
  const std::string input =
      "2024-11-08 09:05 来源: 广西日报\n"
      "10月29日至30日,2024中国—东盟环境合作论坛在柳州市成功举办,与会嘉宾分享"
      "真知灼见。\n";
  std::vector<std::thread> threads;
  std::vector<std::string> results(4);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        std::optional<ViewDate> published = Finder().FindPublished(input);
        std::vector<ViewDate> mentions =
            Finder().FindAll(input, published->start);
        std::optional<ViewDate> event =
            Finder().ChooseEventDate(input, mentions, published);
        results[t] = event ? FormatDate(event->start) : "";
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& r : results) EXPECT_EQ(r, "2024-10-29");
}

}  // namespace
}  // namespace eventx::internal

namespace eventx::internal {
namespace {

// The finder tries its rules only where numbers stand (ScanNumerals); these
// cases sit on the edges of that: a number run longer than a date's number,
// Chinese numerals, spaces before the unit, a stamp's separators.
TEST(Dates, ScanNumeralsFindsRunsOfDigitsAndChineseNumerals) {
  const std::string view = "第3.5届二〇二四年十二月,共12024人";
  NumeralRuns numerals = DateFinder::ScanNumerals(view);
  std::vector<std::string> runs;
  for (const NumeralRuns::Run& run : numerals.runs) {
    runs.push_back(view.substr(run.begin, run.end - run.begin));
  }
  EXPECT_EQ(runs, (std::vector<std::string>{"3", "5", "二〇二四", "十二",
                                            "12024"}));
}

// ScanNumerals by its definition: a numeral is an ASCII digit or a whole
// three-byte Chinese numeral, found at any byte; a run is numerals end to
// end. Random texts of numerals, near misses (same first bytes, other
// last byte), Han, ASCII, stray and cut sequences, so numerals fall at
// every offset of ScanNumerals' 16-byte blocks and at the end of the text.
TEST(Dates, ScanNumeralsAgreesWithItsDefinitionOnRandomTexts) {
  const std::vector<std::string> numerals = {
      "0", "7", "9", "〇", "零", "一", "二", "两", "三", "四",
      "五", "六", "七", "八", "九", "十", "百", "千"};
  const std::vector<std::string> others = {
      "a", "/", ":", " ", "年", "月", "日", "不", "中", "国", "、", "。",
      "\xE4\xB8\x81", "\xE5\x8D\x82", "\xE3\x80\x86", "\xE4\xB8",
      "\xE4", "\xB8\x80", "\x80", "\xFF", "é", "😀", "０"};
  auto reference = [&](const std::string& text) {
    std::vector<std::pair<size_t, size_t>> runs;
    auto numeral_at = [&](size_t i) -> size_t {
      for (const std::string& n : numerals) {
        if (text.compare(i, n.size(), n) == 0) return n.size();
      }
      return 0;
    };
    for (size_t i = 0; i < text.size();) {
      size_t len = numeral_at(i);
      if (len == 0) {
        ++i;
        continue;
      }
      const size_t begin = i;
      while (len != 0) {
        i += len;
        len = i < text.size() ? numeral_at(i) : 0;
      }
      runs.push_back({begin, i});
    }
    return runs;
  };
  std::mt19937 rng(20261129);
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    const size_t pieces = rng() % 40;
    const unsigned numeral_share = rng() % 4;  // of 8
    for (size_t k = 0; k < pieces; ++k) {
      if (rng() % 8 < numeral_share) {
        text += numerals[rng() % numerals.size()];
      } else {
        text += others[rng() % others.size()];
      }
    }
    std::vector<std::pair<size_t, size_t>> got;
    for (const NumeralRuns::Run& run : DateFinder::ScanNumerals(text).runs) {
      got.push_back({run.begin, run.end});
    }
    ASSERT_EQ(got, reference(text)) << text;
  }
}

// The 32-byte scan tells a numeral by table lookups of each of its bytes'
// four-bit halves: every numeral with any one of its three bytes changed
// to any other value (a change of one half or both) starts a numeral only
// where the changed sequence is one, at every offset of the blocks. (The
// scan was also checked against the comparisons on all 2^24 byte triples.)
TEST(Dates, ScanNumeralsTellsNumeralsFromEveryOneByteChange) {
  const std::vector<std::string> numerals = {
      "〇", "零", "一", "二", "两", "三", "四", "五",
      "六", "七", "八", "九", "十", "百", "千"};
  auto is_numeral = [&](const std::string& s) {
    for (const std::string& n : numerals) {
      if (s == n) return true;
    }
    return false;
  };
  for (size_t pad = 0; pad < 32; pad += 5) {
    for (const std::string& numeral : numerals) {
      for (size_t byte = 0; byte < 3; ++byte) {
        // Each changed triple between spaces, after `pad` spaces.
        std::string text(pad, ' ');
        std::vector<std::pair<size_t, size_t>> expected;
        for (unsigned value = 0; value < 256; ++value) {
          std::string changed = numeral;
          changed[byte] = static_cast<char>(value);
          if (is_numeral(changed)) {
            expected.push_back({text.size(), text.size() + 3});
          } else if (value >= '0' && value <= '9') {
            expected.push_back({text.size() + byte, text.size() + byte + 1});
          }
          text += changed;
          text += "  ";
        }
        std::vector<std::pair<size_t, size_t>> got;
        for (const NumeralRuns::Run& run :
             DateFinder::ScanNumerals(text).runs) {
          got.push_back({run.begin, run.end});
        }
        ASSERT_EQ(got, expected) << numeral << " byte " << byte;
      }
    }
  }
}

TEST(Dates, MentionsStartWhereTheirNumberDoes) {
  const struct {
    const char* input;
    std::vector<Expected> mentions;
  } kCases[] = {
      // The match starts inside the run (2024年 after a 1): not a date.
      {"共12024年", {}},
      {"二〇二四年三月", {{0, 21, "2024-03", "2024-03"}}},
      {"两千零四年八月十五", {{0, 27, "2004-08-15", "2004-08-15"}}},
      {"2024\t 年", {{0, 9, "2024", "2024"}}},
      {"2024   年", {}},
      {"编号3.2024.11.08", {}},
      {"于2024.11.08", {{3, 13, "2024-11-08", "2024-11-08"}}},
      {"第三十二届", {}},
  };
  for (const auto& c : kCases) {
    const std::string view = c.input;
    std::vector<ViewDate> got = Finder().FindAll(view, std::nullopt);
    std::vector<ViewDate> scanned =
        Finder().FindAll(view, DateFinder::ScanNumerals(view), std::nullopt);
    ASSERT_EQ(got.size(), c.mentions.size()) << c.input;
    ASSERT_EQ(scanned.size(), got.size()) << c.input;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].begin, c.mentions[i].begin) << c.input;
      EXPECT_EQ(got[i].end, c.mentions[i].end) << c.input;
      EXPECT_EQ(FormatDate(got[i].start), c.mentions[i].start) << c.input;
      EXPECT_EQ(FormatDate(got[i].end_date), c.mentions[i].end_date)
          << c.input;
      EXPECT_EQ(scanned[i].begin, got[i].begin) << c.input;
      EXPECT_EQ(scanned[i].end, got[i].end) << c.input;
    }
  }
}

// A line is a body paragraph with twelve Han characters and a clause mark,
// or with forty: counted sixteen bytes at a time wherever the blocks fall,
// at the edges of the Han blocks (㐀 U+3400, 〇 U+3007, 豈 U+F900 and the
// four-byte 𠀀 U+20000 are Han; ䷀ U+4DC0 is not).
TEST(Dates, BodyLinesCountHanCharacters) {
  const std::string dated = "2024年5月6日举行";  // five Han characters
  auto chosen = [](const std::string& line) {
    const std::string view = "标题\n" + line + "\n尾\n";
    std::vector<ViewDate> mentions = Finder().FindAll(view, std::nullopt);
    return Finder().ChooseEventDate(view, mentions, std::nullopt).has_value();
  };
  auto times = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  for (int pad = 0; pad < 17; ++pad) {
    const std::string lead = std::string(pad, 'a') + dated;
    EXPECT_FALSE(chosen(lead + times("中", 6) + "，")) << pad;
    EXPECT_TRUE(chosen(lead + times("中", 7) + "，")) << pad;
    EXPECT_TRUE(chosen(lead + times("中", 7) + "。")) << pad;
    EXPECT_FALSE(chosen(lead + times("中", 7))) << pad;
    EXPECT_FALSE(chosen(lead + times("中", 34))) << pad;
    EXPECT_TRUE(chosen(lead + times("中", 35))) << pad;
    for (const char* han : {"㐀", "〇", "豈", "𠀀"}) {
      EXPECT_TRUE(chosen(lead + times("中", 6) + han + "，")) << pad << han;
    }
    EXPECT_FALSE(chosen(lead + times("中", 6) + "䷀，")) << pad;
  }
}

}  // namespace
}  // namespace eventx::internal
