// Every case of the library, played through every screen of the game to its
// debrief in Swedish, Danish and English, as a trainee would (issue 4).
#include <gtest/gtest.h>

#include <set>

#include "gui_script.hpp"
#include "headless_imgui.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using ui::GameSession;
using ui::Screen;

// The case's reference policy, played by the command API, then the same
// choices entered through the screens; the debrief's tabs drawn.
void PlayCaseToDebrief(const std::string& case_id, const std::string& lang) {
  SCOPED_TRACE(case_id + " in " + lang);
  const std::uint64_t seed = 11;
  const test::HeadlessRun run = test::PlayHeadless(case_id, "karen", seed);
  nlohmann::json script = test::ScriptFor(case_id, seed, run, "Library", lang);
  script.push_back({{"intent", "next"}});  // the end -> the debrief
  for (const char* tab : {"plan", "score", "what_if", "reflect", "progress"})
    script.push_back({{"intent", "debrief_tab"}, {"tab", tab}});
  const LoadedScript loaded = ParseScript(script.dump(), "generated");
  ASSERT_EQ(loaded.error, "");

  test::Headless h;
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = lang;
  GameSession s(test::TestContent(), *store, "", o);
  ui::ViewState view;
  h.Frames(s, view);
  std::set<Screen> seen;
  for (const ScriptEntry& e : loaded.entries) {
    std::string error;
    ASSERT_TRUE(s.Apply(e.intent, &error)) << ui::IntentName(e.intent.kind) << ": " << error;
    h.Frames(s, view, 2);
    seen.insert(s.screen());
  }
  EXPECT_EQ(s.screen(), Screen::kDebrief);
  ASSERT_NE(s.play(), nullptr);
  EXPECT_TRUE(s.play()->finished());
  ASSERT_EQ(s.play()->history().size(), run.choices.size());
  for (std::size_t q = 0; q < run.choices.size(); ++q)
    EXPECT_EQ(s.play()->history()[q].choices.interventions, run.choices[q].interventions)
        << "quarter " << q + 1;
  EXPECT_EQ(s.play()->employed(), run.employed);
  for (Screen sc : {Screen::kBriefing, Screen::kMeeting, Screen::kPlan, Screen::kSparring,
                    Screen::kResult, Screen::kEnd, Screen::kDebrief})
    EXPECT_TRUE(seen.count(sc)) << "never drew " << ui::ScreenName(sc);
}

TEST(CaseLibrary, EveryCasePlaysToItsDebriefInEveryLanguage) {
  ASSERT_GE(test::TestContent().cases.size(), 8u);
  for (const CaseDef& c : test::TestContent().cases)
    for (const char* lang : {"sv", "da", "en"}) PlayCaseToDebrief(c.id, lang);
}

}  // namespace
}  // namespace bip
