// The desk's views drawn headless (every tab, every language, small and
// large), its keys, the sparring rounds with notes, and the countdown.
#include <SDL_scancode.h>
#include <gtest/gtest.h>

#include <set>

#include "headless_imgui.hpp"
#include "session.hpp"
#include "team_desk.hpp"
#include "team_session.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using ui::GameSession;
using ui::Intent;
using ui::IntentKind;
using ui::Screen;

std::string Team(GameSession& s, const std::string& action, const std::string& arg = {},
                 std::int64_t n = 0, std::vector<std::string> list = {}) {
  Intent in = ui::TeamIntent(action, arg, n);
  in.list = std::move(list);
  std::string error;
  return s.Apply(in, &error) ? "" : error;
}

// A session with three participants (one of them imported), two sparring
// rounds with notes and a refused import.
void Prepare(GameSession& s, const test::TempDir& dir) {
  ASSERT_EQ(Team(s, "open"), "");
  ASSERT_EQ(Team(s, "folder", dir.File("sessions")), "");
  ASSERT_EQ(Team(s, "create", "Team Öresund", 7, {"henrik", "Åsa", "Bo"}), "");
  const ReplayKit kit(s.content());
  const CaseDef& c = *s.content().FindCase("henrik");
  for (const auto& [policy, alias] :
       {std::pair{"karen", "Åsa"}, {"staircase", "Bo"}, {"none", "Cecilie"}}) {
    const test::HeadlessRun run = test::PlayHeadless("henrik", policy, 7);
    std::string error;
    const auto r = Replay(kit, c, 7, alias, run.choices, &error);
    ASSERT_TRUE(r) << error;
    const std::string file = dir.File(std::string(policy) + ".json");
    test::WriteFile(file, ResultToJson(*r, c.id, c.content_version, 7).dump());
    ASSERT_EQ(Team(s, "import", file), "");
  }
  ASSERT_EQ(Team(s, "draw"), "");
  ASSERT_EQ(Team(s, "note", "“Not ready” – for what, exactly?\nAsk the employer.", 1), "");
  ASSERT_EQ(Team(s, "own_round", "A citizen with five internships behind her"), "");
  test::WriteFile(dir.File("sessions/broken.json"), "{ nope");
  ASSERT_EQ(Team(s, "refresh"), "");
  EXPECT_NE(Team(s, "import", "broken.json"), "");
}

void DrawEveryTab(ImVec2 size, float scale, const std::string& lang) {
  test::TempDir dir;
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = lang;
  GameSession s(test::TestContent(), *store, "", o);
  test::Headless h(size, scale);
  ui::ViewState view;
  h.Frames(s, view);
  ASSERT_EQ(Team(s, "open"), "");
  h.Frames(s, view);  // no session yet: the sessions tab and the hint on the others
  for (const char* tab : {"participants", "compare", "rounds", "export", "sessions"}) {
    ASSERT_EQ(Team(s, "tab", tab), "");
    h.Frames(s, view);
  }
  Prepare(s, dir);
  for (const char* tab : {"sessions", "participants", "compare", "rounds", "export"}) {
    ASSERT_EQ(Team(s, "tab", tab), "");
    h.Frames(s, view);
  }
  ASSERT_EQ(Team(s, "anonymous", {}, 1), "");
  ASSERT_EQ(Team(s, "tab", "compare"), "");
  h.Frames(s, view);
  view.team.only_diverged = true;
  h.Frames(s, view);
  // One quarter alone, for the discussion.
  ASSERT_EQ(Team(s, "quarter", {}, 1), "");
  EXPECT_EQ(s.team().quarter(), 1);
  h.Frames(s, view);
  EXPECT_NE(Team(s, "quarter", {}, 13), "") << "henrik has 12 quarters";
  ASSERT_EQ(Team(s, "quarter", {}, 0), "");
  // The rounds tab shows the selected round's saved notes.
  ASSERT_EQ(Team(s, "select_round", {}, 1), "");
  ASSERT_EQ(Team(s, "tab", "rounds"), "");
  h.Frames(s, view);
  EXPECT_EQ(std::string(view.team.notes.data()), s.team().session()->rounds[0].notes);
  ASSERT_EQ(Team(s, "close"), "");
  EXPECT_EQ(s.screen(), Screen::kStart);
  h.Frames(s, view);
  // Every text the desk showed exists in this language.
  for (const auto& [key, text] : s.texts().All(lang)) EXPECT_FALSE(text.empty()) << key;
}

TEST(TeamDeskViews, EveryTabInEveryLanguage) {
  for (const char* lang : {"sv", "da", "en"}) DrawEveryTab(ImVec2(1280, 800), 1.0f, lang);
}

TEST(TeamDeskViews, SmallWindowAndLargeText) {
  DrawEveryTab(ImVec2(800, 560), 1.0f, "da");
  DrawEveryTab(ImVec2(1280, 800), 1.6f, "sv");
}

TEST(TeamDeskViews, RoundsAreSavedInTheSessionFile) {
  test::TempDir dir;
  auto store = ui::MakeMemoryStore();
  GameSession s(test::TestContent(), *store, "", {});
  Prepare(s, dir);
  const ui::TeamDesk& d = s.team();
  ASSERT_EQ(d.session()->rounds.size(), 2u);
  const std::string first_card = d.session()->rounds[0].card;
  EXPECT_FALSE(first_card.empty());
  EXPECT_EQ(
      test::TestContent().model.sparring[test::TestContent().model.SparringIndex(first_card)].kind,
      SparringKind::kNarrative);
  EXPECT_EQ(d.session()->rounds[1].card, "");
  EXPECT_EQ(d.selected_round(), 1);
  // Drawing on: no card twice until every narrative has been drawn.
  std::set<std::string> cards = {first_card};
  std::size_t narratives = 0;
  for (const SparringMove& m : test::TestContent().model.sparring)
    narratives += m.kind == SparringKind::kNarrative;
  for (std::size_t i = 1; i < narratives; ++i) {
    ASSERT_EQ(Team(s, "draw"), "");
    EXPECT_TRUE(cards.insert(d.session()->rounds.back().card).second)
        << d.session()->rounds.back().card << " twice";
  }
  ASSERT_EQ(Team(s, "draw", "challenge_staircase"), "");
  EXPECT_NE(Team(s, "draw", "astral_body"), "") << "not a narrative";
  // Notes and situations go to the file, control characters do not.
  ASSERT_EQ(Team(s, "situation", std::string("Our own\x01 case"), 2), "");
  std::string error;
  const ReplayKit kit(test::TestContent());
  const auto back = LoadSessionFile(kit, d.session_path(), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->rounds.size(), d.session()->rounds.size());
  EXPECT_EQ(back->rounds[0].notes, "“Not ready” – for what, exactly?\nAsk the employer.");
  EXPECT_EQ(back->rounds[1].situation, "Our own  case");
  EXPECT_EQ(back->roster, (std::vector<std::string>{"Åsa", "Bo", "Cecilie"}));
  EXPECT_NE(Team(s, "note", "x", 99).find("no sparring round 99"), std::string::npos);
}

TEST(TeamDeskViews, CountdownStartsPausesAndResets) {
  ui::SparringTimer t;
  EXPECT_DOUBLE_EQ(t.Remaining(100.0), 300.0);
  t.Start(100.0);
  EXPECT_TRUE(t.running());
  EXPECT_DOUBLE_EQ(t.Remaining(160.0), 240.0);
  t.Pause(160.0);
  EXPECT_DOUBLE_EQ(t.Remaining(1000.0), 240.0) << "paused time does not count";
  t.Start(1000.0);
  EXPECT_DOUBLE_EQ(t.Remaining(1030.0), 210.0);
  EXPECT_TRUE(t.Over(1300.0));
  EXPECT_DOUBLE_EQ(t.Remaining(5000.0), 0.0);
  t.Reset();
  EXPECT_FALSE(t.running());
  EXPECT_DOUBLE_EQ(t.Remaining(5000.0), 300.0);
  t.SetMinutes(2);
  EXPECT_DOUBLE_EQ(t.Remaining(0.0), 120.0);
  t.SetMinutes(500);
  EXPECT_EQ(t.minutes(), 60);
}

// Keyboard only: the number keys choose tabs, Enter and Escape walk them,
// F6 starts and pauses the timer (and the window keeps drawing while it
// runs), F7 resets it, F8 draws a card.
TEST(TeamDeskViews, Keyboard) {
  test::TempDir dir;
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = "en";
  GameSession s(test::TestContent(), *store, "", o);
  test::Headless h;
  ui::ViewState view;
  auto apply = [&](const std::vector<Intent>& intents) {
    for (const Intent& i : intents) s.Apply(i);
    h.Frames(s, view, 2);
  };
  Prepare(s, dir);
  h.Frames(s, view);
  apply(h.Key(s, view, SDL_SCANCODE_3));
  EXPECT_EQ(s.team().tab(), ui::TeamTab::kCompare);
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));
  EXPECT_EQ(s.team().tab(), ui::TeamTab::kRounds);
  const std::size_t rounds = s.team().session()->rounds.size();
  apply(h.Key(s, view, SDL_SCANCODE_F8));
  EXPECT_EQ(s.team().session()->rounds.size(), rounds + 1);
  apply(h.Key(s, view, SDL_SCANCODE_F6));
  EXPECT_TRUE(s.team().timer().running());
  h.Frames(s, view, 1);
  EXPECT_GT(view.animate_until, ImGui::GetTime()) << "a running clock keeps the window drawing";
  apply(h.Key(s, view, SDL_SCANCODE_F6));
  EXPECT_FALSE(s.team().timer().running());
  apply(h.Key(s, view, SDL_SCANCODE_F7));
  EXPECT_DOUBLE_EQ(s.team().timer().Remaining(ui::SteadySeconds()), 300.0);
  apply(h.Key(s, view, SDL_SCANCODE_ESCAPE));
  EXPECT_EQ(s.team().tab(), ui::TeamTab::kCompare);
  apply(h.Key(s, view, SDL_SCANCODE_1));
  apply(h.Key(s, view, SDL_SCANCODE_ESCAPE));
  EXPECT_EQ(s.screen(), Screen::kStart);
}

// Keyboard only from the start: Tab reaches the form's text fields, Enter
// leaves a field and then creates the session.
TEST(TeamDeskViews, KeyboardCreatesASession) {
  test::TempDir dir;
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = "sv";
  GameSession s(test::TestContent(), *store, "", o);
  test::Headless h;
  ui::ViewState view;
  auto apply = [&](const std::vector<Intent>& intents) {
    for (const Intent& i : intents) s.Apply(i);
    h.Frames(s, view, 2);
  };
  ASSERT_EQ(Team(s, "open"), "");
  ASSERT_EQ(Team(s, "folder", dir.File("sessions")), "");
  h.Frames(s, view);
  // Tab goes through every control in reading order (the tabs, the folder's
  // buttons, the case choices …); landing on a text field starts typing in it.
  const auto tab_to_next_field = [&]() {
    for (int i = 0; i < 40; ++i) {
      apply(h.Key(s, view, SDL_SCANCODE_TAB));
      if (ImGui::GetIO().WantTextInput) return true;
    }
    return false;
  };
  ASSERT_TRUE(tab_to_next_field());  // the folder field
  ASSERT_TRUE(tab_to_next_field());  // the session's name
  apply(h.Type(s, view, "Team Tangent"));
  ASSERT_TRUE(tab_to_next_field());  // the seed
  ASSERT_TRUE(tab_to_next_field());  // the aliases
  apply(h.Type(s, view, "Anna, Bo"));
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));  // leaves the field
  EXPECT_EQ(std::string(view.team.name.data()), "Team Tangent");
  apply(h.Key(s, view, SDL_SCANCODE_RETURN));  // the footer: create
  ASSERT_NE(s.team().session(), nullptr) << "the session was not created from the keyboard";
  EXPECT_EQ(s.team().session()->name, "Team Tangent");
  EXPECT_EQ(s.team().session()->roster, (std::vector<std::string>{"Anna", "Bo"}));
  EXPECT_EQ(s.team().tab(), ui::TeamTab::kParticipants);
  ASSERT_EQ(Team(s, "tab", "sessions"), "");
  h.Frames(s, view);
  EXPECT_EQ(view.team.name[0], '\0') << "the form is empty for the next session";
}

}  // namespace
}  // namespace bip
