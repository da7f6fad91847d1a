// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Agreements whose signing sides are named by the people who signed: a
// report in, its agreements out (names and places invented).

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "eventx/eventx.h"
#include "lib/assemble/signatories.h"
#include "lib/text/document.h"
#include "lib/text/simplify.h"

namespace eventx {
namespace {

class SignatoriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::unique_ptr<const Extractor> x;
    ASSERT_TRUE(Extractor::Create(&x).ok());
    extractor_ = x.release();
  }
  static void TearDownTestSuite() { delete extractor_; }

  static std::vector<Agreement> AgreementsOf(const std::string& text) {
    return extractor_->Extract(text, Options()).agreements;
  }

  static const Extractor* extractor_;
};

const Extractor* SignatoriesTest::extractor_ = nullptr;

TEST_F(SignatoriesTest, PeopleWhoSignStandForTheirBodies) {
  std::vector<Agreement> got = AgreementsOf(
      "5月8日,青禾省生态环境厅厅长陈立远与秘鲁环境部副部长卡洛斯·门多萨"
      "举行会谈。会后,陈立远与门多萨代表双方签署了《环境合作谅解备忘录》。");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].parties,
            (std::vector<std::string>{"青禾省生态环境厅", "秘鲁环境部"}));
}

TEST_F(SignatoriesTest, TheSameDocumentToldTwiceIsOne) {
  std::vector<Agreement> got = AgreementsOf(
      "9月3日,双方签署《青禾省与岐阜县关于深化环境合作的备忘录》。"
      "青禾省生态环境厅厅长陈立远与岐阜县副知事山田浩二分别代表双方签署了"
      "合作备忘录。");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].title.has_value());
}

TEST_F(SignatoriesTest, BodiesNamedInTheTextAreKept) {
  // Negative: the sides are written as bodies; the people are not used.
  std::vector<Agreement> got = AgreementsOf(
      "青禾省生态环境厅与秘鲁环境部签署合作协议,厅长陈立远出席。");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].parties,
            (std::vector<std::string>{"青禾省生态环境厅", "秘鲁环境部"}));
}

TEST_F(SignatoriesTest, SidesListedAfterOnBehalfOf) {
  std::vector<Agreement> got = AgreementsOf(
      "随后,三方举行签约仪式。钱立岳、玛丽·卡茂与严立衡研究员分别代表鹭川大学、"
      "青禾农业与技术大学和松岚中非联合研究中心签署了《共建联合实验室合作备忘录》。");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].parties,
            (std::vector<std::string>{"鹭川大学", "青禾农业与技术大学",
                                      "松岚中非联合研究中心"}));
  // Negative: 代表两市 names no side of its own.
  got = AgreementsOf("鹭川市市长与松岚市市长代表两市签署了《友好城市协议》。");
  for (const Agreement& a : got) {
    for (const std::string& p : a.parties) EXPECT_NE(p, "两市");
  }
}

// The assembly rule alone: an agreement the finder left without sides.
TEST(SignatoriesAssembly, BothSidesOfAVisitAreTheHostAndTheVisitors) {
  const std::string text =
      "3月22日,青禾莱茵兰水务局代表团一行到访鹭川水务集团,双方座谈。\n"
      "会后,双方签署了《关于共建联合实验室的意向书》。\n";
  Status status;
  internal::Document doc(text, internal::SimplifyTable::Get(&status));
  Organizer host;
  host.name = "鹭川水务集团";
  host.role = OrganizerRole::kHost;
  Agreement a;
  a.kind = AgreementKind::kLetterOfIntent;
  a.span.begin = text.find("双方签署");
  a.span.end = text.find("。\n", a.span.begin);
  a.text = text.substr(a.span.begin, a.span.size());
  std::vector<Agreement> agreements = {a};
  internal::ResolveSignatories(doc, {}, {host}, &agreements);
  ASSERT_EQ(agreements.size(), 1u);
  EXPECT_EQ(agreements[0].parties,
            (std::vector<std::string>{"鹭川水务集团", "青禾莱茵兰水务局"}));
  // Negative: with two hosts there is no telling which one signed.
  Organizer other = host;
  other.name = "鹭川市政府";
  agreements = {a};
  internal::ResolveSignatories(doc, {}, {host, other}, &agreements);
  EXPECT_TRUE(agreements[0].parties.empty());
}

// The same document told several times among others: one is kept, in the
// place of its first telling, and it is the titled telling when there is
// one; the others keep their order.
TEST(SignatoriesAssembly, RetoldDocumentsAreKeptOnceInOrder) {
  const std::string text = "双方签署了合作协议。\n";
  Status status;
  internal::Document doc(text, internal::SimplifyTable::Get(&status));
  auto agreement = [](std::vector<std::string> parties, const char* title,
                      const char* label) {
    Agreement a;
    a.kind = AgreementKind::kAgreement;
    a.parties = std::move(parties);
    if (title != nullptr) a.title = title;
    a.text = label;
    return a;
  };
  std::vector<Agreement> agreements = {
      agreement({"甲方", "乙方"}, nullptr, "first"),
      agreement({"丙方", "丁方"}, nullptr, "second"),
      agreement({"甲方", "乙方"}, "协议", "first, titled"),
      agreement({"戊方", "己方"}, nullptr, "third"),
      agreement({"丙方", "丁方"}, nullptr, "second again"),
      agreement({"甲方", "乙方"}, "另一标题", "first, titled again")};
  internal::ResolveSignatories(doc, {}, {}, &agreements);
  std::vector<std::string> texts;
  for (const Agreement& a : agreements) texts.push_back(a.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"first, titled", "second",
                                             "third"}));
}

}  // namespace
}  // namespace eventx
