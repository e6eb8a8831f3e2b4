// Headless ImGui: every screen drawn a few frames against fixture states, in
// every language and at several sizes, with no backend at all. Catches
// Begin/End and ID mistakes, and checks the keys players use.
#include <SDL_scancode.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <set>

#include "gui_script.hpp"
#include "headless_imgui.hpp"
#include "panel.hpp"
#include "session.hpp"
#include "theme.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using ui::GameSession;
using ui::Intent;
using ui::IntentKind;
using ui::Screen;

using test::Headless;

std::vector<Intent> FullRunIntents(const std::string& lang) {
  const test::HeadlessRun run = test::PlayHeadless("henrik", "karen", 7);
  nlohmann::json script = test::ScriptFor("henrik", 7, run, "Smoke", lang);
  script.push_back({{"intent", "next"}});  // the end -> debrief (or on when the case ran out)
  for (const char* tab : {"plan", "score", "what_if", "reflect", "progress"})
    script.push_back({{"intent", "debrief_tab"}, {"tab", tab}});
  script.push_back(
      {{"intent", "reflect"}, {"question", "why_back"}, {"text", "å ä ö æ ø – “ ” …"}});
  script.push_back({{"intent", "note"}, {"text", "notes"}});
  script.push_back({{"intent", "branch"}, {"quarter", 2}});
  script.push_back({{"intent", "open_about"}});
  script.push_back({{"intent", "close"}});
  script.push_back({{"intent", "home"}});
  const LoadedScript loaded = ParseScript(script.dump(), "generated");
  EXPECT_EQ(loaded.error, "");
  std::vector<Intent> out;
  for (const ScriptEntry& e : loaded.entries) out.push_back(e.intent);
  return out;
}

void PlayAllScreens(ImVec2 size, float scale, const std::string& lang) {
  Headless h(size, scale);
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = lang;
  GameSession s(test::TestContent(), *store, "", o);
  ui::ViewState view;
  std::set<Screen> seen;
  h.Frames(s, view);
  seen.insert(s.screen());
  for (const Intent& i : FullRunIntents(lang)) {
    std::string error;
    ASSERT_TRUE(s.Apply(i, &error)) << ui::IntentName(i.kind) << ": " << error;
    h.Frames(s, view);
    seen.insert(s.screen());
  }
  for (Screen sc :
       {Screen::kStart, Screen::kAbout, Screen::kBriefing, Screen::kMeeting, Screen::kSituation,
        Screen::kPlan, Screen::kSparring, Screen::kResult, Screen::kEnd, Screen::kDebrief})
    EXPECT_TRUE(seen.count(sc)) << "never drew " << ui::ScreenName(sc);
}

TEST(UiSmoke, EveryScreenInEveryLanguage) {
  for (const char* lang : {"sv", "da", "en"}) PlayAllScreens(ImVec2(1280, 800), 1.0f, lang);
}

TEST(UiSmoke, SmallWindowAndLargeText) {
  PlayAllScreens(ImVec2(800, 560), 1.0f, "da");
  PlayAllScreens(ImVec2(1280, 800), 1.6f, "sv");
  PlayAllScreens(ImVec2(1920, 1080), 0.8f, "en");
}

TEST(UiSmoke, StoreProblemIsShownAndTheGameStarts) {
  Headless h;
  auto store = ui::MakeMemoryStore();
  GameSession s(test::TestContent(), *store, "/x/bipgame.db: not a bipgame database", {});
  ui::ViewState view;
  h.Frames(s, view);
  EXPECT_EQ(s.screen(), Screen::kStart);
  EXPECT_FALSE(s.store_problem().empty());
}

// Keyboard-only play: the keys every step needs.
TEST(UiSmoke, KeyboardReachesEveryStep) {
  Headless h;
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = "en";
  GameSession s(test::TestContent(), *store, "", o);
  ui::ViewState view;
  auto apply = [&](const std::vector<Intent>& intents) {
    for (const Intent& i : intents) s.Apply(i);
    h.Frames(s, view, 2);
  };
  h.Frames(s, view);
  // F1 opens About, Escape closes it, Ctrl+L changes the language.
  apply(h.Key(s, view, SDL_SCANCODE_F1));
  EXPECT_EQ(s.screen(), Screen::kAbout);
  apply(h.Key(s, view, SDL_SCANCODE_ESCAPE));
  EXPECT_EQ(s.screen(), Screen::kStart);
  apply(h.Key(s, view, SDL_SCANCODE_L, true));
  EXPECT_EQ(s.lang(), "sv");
  apply(h.Key(s, view, SDL_SCANCODE_L, true));
  apply(h.Key(s, view, SDL_SCANCODE_L, true));
  EXPECT_EQ(s.lang(), "en");
  // Text size: Ctrl+= and Ctrl+-.
  apply(h.Key(s, view, SDL_SCANCODE_EQUALS, true));
  EXPECT_NEAR(s.font_scale(), 1.1, 1e-9);
  apply(h.Key(s, view, SDL_SCANCODE_MINUS, true));
  EXPECT_NEAR(s.font_scale(), 1.0, 1e-9);

  ASSERT_TRUE(s.Apply(Intent{IntentKind::kCreateProfile, "Keys", {}, 0, 0.0, {}}));
  h.Frames(s, view);
  // Enter starts the chosen case, and goes from the briefing to the meeting.
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  ASSERT_EQ(s.screen(), Screen::kBriefing);
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  ASSERT_EQ(s.screen(), Screen::kMeeting);
  // Enter waits for the belief answer; the number keys give it.
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  EXPECT_EQ(s.screen(), Screen::kMeeting);
  // The focus starts on the answer "5"; Left and Right move one answer at a
  // time (ImGui's selectables reach into the gap between the boxes: the
  // neighbour counted as overlapping and Left jumped to "3").
  apply(h.Key(s, view, SDL_SCANCODE_LEFT));
  apply(h.Key(s, view, SDL_SCANCODE_SPACE));
  EXPECT_TRUE(s.draft().belief_answered);
  EXPECT_EQ(s.draft().choices.belief, 4);
  apply(h.Key(s, view, SDL_SCANCODE_LEFT));
  apply(h.Key(s, view, SDL_SCANCODE_SPACE));
  EXPECT_EQ(s.draft().choices.belief, 3);
  apply(h.Key(s, view, SDL_SCANCODE_RIGHT));
  apply(h.Key(s, view, SDL_SCANCODE_SPACE));
  EXPECT_EQ(s.draft().choices.belief, 4);
  apply(h.Key(s, view, SDL_SCANCODE_2));
  EXPECT_EQ(s.draft().choices.belief, 2);
  apply(h.Key(s, view, SDL_SCANCODE_4));
  EXPECT_EQ(s.draft().choices.belief, 4);
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  ASSERT_EQ(s.screen(), Screen::kSituation);  // Henrik's first quarter has a situation
  apply(h.Key(s, view, SDL_SCANCODE_1));
  EXPECT_EQ(s.draft().choices.responses.size(), 1u);
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  ASSERT_EQ(s.screen(), Screen::kPlan);
  // Arrows move the focus onto the interventions, Space ticks one.
  apply(h.Key(s, view, SDL_SCANCODE_DOWN));
  apply(h.Key(s, view, SDL_SCANCODE_SPACE));
  EXPECT_EQ(s.draft().choices.interventions.size(), 1u);
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  ASSERT_EQ(s.screen(), Screen::kSparring);
  apply(h.Key(s, view, SDL_SCANCODE_DOWN));
  apply(h.Key(s, view, SDL_SCANCODE_SPACE));
  EXPECT_NE(s.draft().choices.sparring, "none");
  // Escape goes back a step, Enter forward again and runs the quarter.
  apply(h.Key(s, view, SDL_SCANCODE_ESCAPE));
  EXPECT_EQ(s.screen(), Screen::kPlan);
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  ASSERT_EQ(s.screen(), Screen::kResult);
  ASSERT_EQ(s.play()->history().size(), 1u);
  // The rest of the case with Enter and the number keys alone.
  for (int guard = 0; guard < 400 && s.screen() != Screen::kDebrief; ++guard) {
    if (s.screen() == Screen::kMeeting && !s.draft().belief_answered)
      apply(h.Key(s, view, SDL_SCANCODE_4));
    else
      apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  }
  ASSERT_EQ(s.screen(), Screen::kDebrief);
  EXPECT_TRUE(s.play()->finished());
  // Number keys switch the debrief's tabs.
  apply(h.Key(s, view, SDL_SCANCODE_4));
  EXPECT_EQ(s.debrief_tab(), ui::DebriefTab::kWhatIf);
}

// The keyboard works from the very first frame: header and footer, which
// appear with the body, must not take its focus.
TEST(UiSmoke, FocusStartsInTheBody) {
  Headless h;
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = "en";
  GameSession s(test::TestContent(), *store, "", o);
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kCreateProfile, "Focus", {}, 0, 0.0, {}}));
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kStartCase, "henrik", {}, 7, 0.0, {}}));
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}}));
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kBelief, {}, {}, 4, 0.0, {}}));
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}}));
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}}));
  ASSERT_EQ(s.screen(), Screen::kPlan);
  ui::ViewState view;
  h.Frames(s, view);
  for (const Intent& i : h.Key(s, view, SDL_SCANCODE_DOWN)) s.Apply(i);
  for (const Intent& i : h.Key(s, view, SDL_SCANCODE_SPACE)) s.Apply(i);
  EXPECT_EQ(s.draft().choices.interventions.size(), 1u);
  EXPECT_TRUE(ImGui::GetIO().NavActive);
}

}  // namespace
}  // namespace bip
