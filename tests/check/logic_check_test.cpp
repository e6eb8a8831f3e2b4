// The logic checks on cases built from the project's Henrik: reachability of
// each trigger type, responses that lead nowhere, policy rules, and random
// and policy plays that catch choices the game refuses.
#include "logic_check.hpp"

#include <gtest/gtest.h>

#include "load_content.hpp"

namespace bip {
namespace {

const Content& ProjectContent() {
  static const std::unique_ptr<Content> content = [] {
    LoadResult r = LoadContent(BIPGAME_SOURCE_CONTENT_DIR);
    for (const Problem& p : r.problems.list()) ADD_FAILURE() << p.Line();
    return std::move(r.content);
  }();
  return *content;
}

CaseDef Henrik() {
  const CaseDef* c = ProjectContent().FindCase("henrik");
  EXPECT_NE(c, nullptr);
  return *c;
}

std::string Lines(const Problems& problems) {
  std::string out;
  for (const Problem& p : problems.list()) out += p.Line() + "\n";
  return out;
}

Event WithTrigger(const Trigger& t) {
  Event e = Henrik().events.front();
  e.trigger = t;
  return e;
}

TEST(Reachability, ProjectEventsAreReachable) {
  for (const CaseDef& c : ProjectContent().cases)
    for (const Event& e : c.events)
      EXPECT_EQ(UnreachableReason(c, e, ProjectContent().model), "") << c.id << " " << e.id;
}

TEST(Reachability, QuarterOutsideItsRange) {
  const CaseDef c = Henrik();
  Trigger t;
  t.type = TriggerType::kQuarter;
  t.quarter = 5;
  t.from_quarter = 6;
  t.to_quarter = 12;
  EXPECT_EQ(UnreachableReason(c, WithTrigger(t), ProjectContent().model),
            "it fires at quarter 5, outside its quarters 6-12");
  t.from_quarter = 1;
  EXPECT_EQ(UnreachableReason(c, WithTrigger(t), ProjectContent().model), "");
}

TEST(Reachability, AfterGroupNeedsTheGroupInThePalette) {
  CaseDef c = Henrik();
  Trigger t;
  t.type = TriggerType::kAfterGroup;
  t.group = Group::kSocial;
  t.from_quarter = 2;
  t.to_quarter = 12;
  EXPECT_EQ(UnreachableReason(c, WithTrigger(t), ProjectContent().model), "");
  c.palette = {"company_internship"};
  EXPECT_EQ(UnreachableReason(c, WithTrigger(t), ProjectContent().model),
            "no intervention of the group social is in the palette");
  t.group = Group::kJobFocused;
  t.from_quarter = 1;
  t.to_quarter = 1;  // the quarter after a first use is 2 at the earliest
  EXPECT_NE(UnreachableReason(c, WithTrigger(t), ProjectContent().model), "");
}

TEST(Reachability, QuartersWithoutIntervention) {
  const CaseDef c = Henrik();  // 12 quarters
  Trigger t;
  t.type = TriggerType::kQuartersWithoutIntervention;
  t.from_quarter = 1;
  t.to_quarter = 12;
  t.count = 11;
  EXPECT_EQ(UnreachableReason(c, WithTrigger(t), ProjectContent().model), "");
  t.count = 12;
  EXPECT_EQ(UnreachableReason(c, WithTrigger(t), ProjectContent().model),
            "it needs 12 quarters without intervention first, so at the earliest quarter 13, "
            "outside its quarters 1-12");
}

TEST(Reachability, IndicatorsStayOnTheScale) {
  const CaseDef c = Henrik();
  Trigger t;
  t.type = TriggerType::kIndicatorBelow;
  t.value = 1.0;
  t.to_quarter = 12;
  EXPECT_NE(UnreachableReason(c, WithTrigger(t), ProjectContent().model), "");
  t.value = 1.2;
  EXPECT_EQ(UnreachableReason(c, WithTrigger(t), ProjectContent().model), "");
  t.type = TriggerType::kIndicatorAbove;
  t.value = 5.0;
  EXPECT_NE(UnreachableReason(c, WithTrigger(t), ProjectContent().model), "");
  t.value = 4.5;
  EXPECT_EQ(UnreachableReason(c, WithTrigger(t), ProjectContent().model), "");
}

TEST(Reachability, RandomWithoutAChance) {
  const CaseDef c = Henrik();
  Trigger t;
  t.type = TriggerType::kRandom;
  t.chance = 0.0;
  t.to_quarter = 12;
  EXPECT_EQ(UnreachableReason(c, WithTrigger(t), ProjectContent().model), "its chance is 0");
}

TEST(CaseLogic, ProjectCasesAreClean) {
  for (const CaseDef& c : ProjectContent().cases) {
    Problems problems;
    CheckCaseLogic(ProjectContent(), c, problems);
    EXPECT_EQ(Lines(problems), "") << c.id;
  }
}

TEST(CaseLogic, AResponseThatLeadsNowhereNew) {
  CaseDef c = Henrik();
  Response copy = c.events[0].responses[0];
  copy.id = "same_again";
  copy.is_default = false;
  c.events[0].responses.push_back(copy);
  Problems problems;
  CheckCaseLogic(ProjectContent(), c, problems);
  EXPECT_EQ(
      Lines(problems),
      "content/cases/henrik.json: /events/0/responses/4: response \"same_again\" leads to the same "
      "as \"" +
          c.events[0].responses[0].id +
          "\" (same practice and effects; expected each response to lead somewhere of its own)\n");
}

TEST(CaseLogic, PolicyRulesCoverEveryQuarterOnce) {
  CaseDef c = Henrik();
  Policy& none = c.policies["none"];
  none.rules[0].to = 10;
  PolicyRule shadowed = none.rules[0];
  shadowed.from = 3;
  shadowed.to = 4;
  none.rules.push_back(shadowed);
  none.caseworker_changes = {3, 3};
  Problems problems;
  CheckCaseLogic(ProjectContent(), c, problems);
  EXPECT_EQ(Lines(problems),
            "content/cases/henrik.json: /policies/none/rules/1: rule never used: quarters 3-4 are "
            "all decided by earlier rules "
            "(expected each rule to decide at least one quarter)\n"
            "content/cases/henrik.json: /policies/none/rules: quarters 11-12 are decided by no "
            "rule (expected rules covering "
            "quarters 1-12; a quarter without a rule has no interventions)\n"
            "content/cases/henrik.json: /policies/none/caseworker_changes/1: duplicate quarter 3 "
            "(expected each quarter once)\n");
}

TEST(CaseLogic, NothingToChoose) {
  CaseDef c = Henrik();
  c.palette.clear();
  for (auto& [name, p] : c.policies)
    for (PolicyRule& r : p.rules) r.interventions.clear();
  Problems problems;
  CheckCaseLogic(ProjectContent(), c, problems);
  EXPECT_NE(Lines(problems).find("/palette: empty palette"), std::string::npos) << Lines(problems);
}

TEST(Plays, EveryProjectPolicyPlaysToTheEnd) {
  const OutcomeModel model(ProjectContent().model);
  const LineOf100 line(model, 2000, 1);
  PlayStats stats;
  Problems problems;
  for (const CaseDef& c : ProjectContent().cases)
    for (const auto& [name, p] : c.policies)
      PlayPolicy(ProjectContent(), model, line, c, p, 5, c.file, "/policies/" + name, problems,
                 stats);
  EXPECT_EQ(Lines(problems), "");
  EXPECT_GT(stats.plays, 0);
}

TEST(Plays, APolicyTheGameRefusesIsNamed) {
  CaseDef c = Henrik();
  c.policies["karen"].rules[0].interventions.push_back(
      "addiction_treatment");  // not in Henrik's palette
  const OutcomeModel model(ProjectContent().model);
  const LineOf100 line(model, 2000, 1);
  PlayStats stats;
  Problems problems;
  PlayPolicy(ProjectContent(), model, line, c, c.policies["karen"], 5, c.file, "/policies/karen",
             problems, stats);
  EXPECT_EQ(Lines(problems),
            "content/cases/henrik.json: /policies/karen: policy \"karen\" does not play to the end "
            "(seed 1): quarter 1: the game "
            "refuses the choices: intervention 'addiction_treatment' is not offered in this case "
            "(expected choices the game offers "
            "to be accepted)\n");
}

TEST(Plays, RandomPlaysRunAndFindNothingInProjectCases) {
  const OutcomeModel model(ProjectContent().model);
  const LineOf100 line(model, 2000, 1);
  for (const CaseDef& c : ProjectContent().cases) {
    PlayStats stats;
    Problems problems;
    PlayRandom(ProjectContent(), model, line, c, 200, 1, problems, stats);
    EXPECT_EQ(stats.plays, 200);
    EXPECT_EQ(Lines(problems), "") << c.id;
  }
}

TEST(Plays, RandomPlaysCatchWhatTheGameRefuses) {
  // A palette id the model does not know (the loader would have said so):
  // the random plays choose it sooner or later and report it once.
  CaseDef c = Henrik();
  c.palette.push_back("no_such_intervention");
  const OutcomeModel model(ProjectContent().model);
  const LineOf100 line(model, 2000, 1);
  PlayStats stats;
  Problems problems;
  PlayRandom(ProjectContent(), model, line, c, 50, 1, problems, stats);
  ASSERT_EQ(problems.size(), 1u) << Lines(problems);
  const std::string line0 = problems.list()[0].Line();
  EXPECT_EQ(line0.rfind("content/cases/henrik.json: random play failed in ", 0), 0u) << line0;
  EXPECT_NE(line0.find("unknown intervention 'no_such_intervention'"), std::string::npos) << line0;
}

}  // namespace
}  // namespace bip
