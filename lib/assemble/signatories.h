// Copyright 2026 The eventx Authors.
// Licensed under the Apache License, Version 2.0.
//
// Agreements and officials joined: the parties of an agreement are the
// signing sides (SPEC.md "agreements"), and reports often name the people
// who signed instead of their bodies ("凌书瑶、托克托苏诺夫和拉希姆佐达代表
// 三方签署", "陈建华与山田浩二分别代表双方签署"). Each such person is an
// official found elsewhere in the report, with the body they belong to.

#ifndef EVENTX_LIB_ASSEMBLE_SIGNATORIES_H_
#define EVENTX_LIB_ASSEMBLE_SIGNATORIES_H_

#include <vector>

#include "eventx/record.h"
#include "lib/text/document.h"

namespace eventx::internal {

// For each agreement: a party that is an official's name (or one part of a
// dotted name) becomes that official's organization; an agreement whose
// parties are missing, all people, or not in its own text (双方 read from an
// earlier sentence) takes the organizations of the officials named before
// its signing verb, in order, when there are two or more. Then agreements that are one document told twice (the same kind,
// each party of one inside a party of the other: 江西省 / 江西省生态环境厅)
// are merged, the one with a title kept. In a report of a visit with one
// host, 双方签署 with no sides read gives the host and the visiting
// delegation's body (荷兰莱茵兰水务局代表团…到访清源汇水务集团).
void ResolveSignatories(const Document& doc,
                        const std::vector<Official>& officials,
                        const std::vector<Organizer>& organizers,
                        std::vector<Agreement>* agreements);

}  // namespace eventx::internal

#endif  // EVENTX_LIB_ASSEMBLE_SIGNATORIES_H_
