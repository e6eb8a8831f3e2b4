// What the trainee reads: the screens' own words checked through ImGui's log
// of the text a frame shows (a tall window, so nothing is scrolled away).
#include <SDL_scancode.h>
#include <gtest/gtest.h>

#include "gui_script.hpp"
#include "headless_imgui.hpp"
#include "session.hpp"
#include "team_desk.hpp"
#include "ui_test_support.hpp"
#include "widgets.hpp"

namespace bip {
namespace {

using ui::GameSession;
using ui::Screen;

// Plays `policy` on Henrik through the screens in Swedish; returns the text
// of the first frame of `wanted` (and of the debrief at the end).
struct Seen {
  std::string meeting, debrief;
  bool employed = false;
};

Seen PlayAndRead(const std::string& policy, std::uint64_t seed) {
  Seen seen;
  const test::HeadlessRun run = test::PlayHeadless("henrik", policy, seed);
  seen.employed = run.employed;
  nlohmann::json script = test::ScriptFor("henrik", seed, run, "Words", "sv");
  script.push_back({{"intent", "next"}});  // the end -> debrief
  const LoadedScript loaded = ParseScript(script.dump(), "generated");
  EXPECT_EQ(loaded.error, "");
  test::Headless h(ImVec2(1600, 5000));
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = "sv";
  GameSession s(test::TestContent(), *store, "", o);
  ui::ViewState view;
  for (const ScriptEntry& e : loaded.entries) {
    std::string error;
    EXPECT_TRUE(s.Apply(e.intent, &error)) << error;
    h.Frames(s, view, 2);
    if (s.screen() == Screen::kMeeting && seen.meeting.empty()) seen.meeting = h.Text(s, view);
    if (s.screen() == Screen::kDebrief && seen.debrief.empty()) seen.debrief = h.Text(s, view);
  }
  return seen;
}

const std::string kDotHint = "den gröna punkten markerar jobbet";

TEST(ScreenWordsTest, MeetingListsTheCaseworkersQuestionsWithoutCodes) {
  const Seen seen = PlayAndRead("karen", 7);
  ASSERT_NE(seen.meeting.find("Deltagaren agerar målmedvetet"), std::string::npos) << seen.meeting;
  // S12 has its own card; codes in the list read "S3, S5" as if S4 were lost.
  EXPECT_EQ(seen.meeting.find("S3  "), std::string::npos);
  EXPECT_EQ(seen.meeting.find("S5  "), std::string::npos);
}

TEST(ScreenWordsTest, TheGreenDotIsExplainedOnlyWhenThereWasAJob) {
  bool with_job = false, without_job = false;
  for (const char* policy : {"karen", "none"}) {
    for (std::uint64_t seed = 1; seed <= 6 && !(policy[0] == 'k' ? with_job : without_job);
         ++seed) {
      const Seen seen = PlayAndRead(policy, seed);
      if (seen.employed != (policy[0] == 'k')) continue;
      ASSERT_NE(seen.debrief.find("Kvartal för kvartal"), std::string::npos) << seen.debrief;
      EXPECT_EQ(seen.debrief.find(kDotHint) != std::string::npos, seen.employed)
          << policy << " seed " << seed;
      (seen.employed ? with_job : without_job) = true;
    }
  }
  EXPECT_TRUE(with_job && without_job) << "no run with and without a job among the seeds tried";
}

// A colleague on another machine types the team session's game number on
// the start screen and plays with the same luck.
TEST(ScreenWordsTest, TheStartScreenTakesAGameNumber) {
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = "sv";
  GameSession s(test::TestContent(), *store, "", o);
  test::Headless h(ImVec2(1600, 2000));
  ui::ViewState view;
  std::string error;
  ASSERT_TRUE(
      s.Apply(ui::Intent{ui::IntentKind::kCreateProfile, "Kollega", {}, 0, 0.0, {}}, &error))
      << error;
  h.Frames(s, view, 3);
  EXPECT_NE(h.Text(s, view).find("Spelnummer (valfritt)"), std::string::npos);
  const auto start_intent = [&](const char* typed) -> const ui::Intent* {
    static std::vector<ui::Intent> last;
    ui::FillBuffer(view.game_number, typed);
    h.Frames(s, view, 2);
    last = h.Key(s, view, SDL_SCANCODE_RETURN);
    for (const ui::Intent& i : last)
      if (i.kind == ui::IntentKind::kStartCase) return &i;
    return nullptr;
  };
  EXPECT_EQ(start_intent("0"), nullptr) << "0 is not a game number: the start is blocked";
  const ui::Intent* in = start_intent("396067");
  ASSERT_NE(in, nullptr);
  EXPECT_EQ(in->number, 396067);
  ASSERT_TRUE(s.Apply(*in, &error)) << error;
  ASSERT_NE(s.play(), nullptr);
  EXPECT_EQ(s.play()->seed(), 396067u);
}

std::string Team(GameSession& s, const std::string& action, const std::string& arg = {},
                 std::int64_t n = 0, std::vector<std::string> list = {}) {
  ui::Intent in = ui::TeamIntent(action, arg, n);
  in.list = std::move(list);
  std::string error;
  return s.Apply(in, &error) ? "" : error;
}

TEST(ScreenWordsTest, HidingNamesWarnsThatNotesAreExportedAsWritten) {
  test::TempDir dir;
  auto store = ui::MakeMemoryStore();
  ui::SessionOptions o;
  o.lang = "sv";
  GameSession s(test::TestContent(), *store, "", o);
  test::Headless h(ImVec2(1600, 3000));
  ui::ViewState view;
  ASSERT_EQ(Team(s, "open"), "");
  ASSERT_EQ(Team(s, "folder", dir.File("sessions")), "");
  ASSERT_EQ(Team(s, "create", "Team Öresund", 7, {"henrik", "Åsa", "Bo"}), "");
  const std::string note = "Bara aliasen döljs. Anteckningarna följer med i rapporten";
  for (const char* tab : {"export", "compare"}) {
    ASSERT_EQ(Team(s, "tab", tab), "");
    ASSERT_EQ(Team(s, "anonymous", {}, 0), "");
    h.Frames(s, view, 2);
    EXPECT_EQ(h.Text(s, view).find(note), std::string::npos) << tab;
    ASSERT_EQ(Team(s, "anonymous", {}, 1), "");
    h.Frames(s, view, 2);
    EXPECT_NE(h.Text(s, view).find(note), std::string::npos) << tab;
  }
}

}  // namespace
}  // namespace bip
