// The game session over the real save store: save → load round trips, a new
// try from a quarter, export and erase, and files the store must refuse.
#include "session.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "gui_script.hpp"
#include "gui_store.hpp"
#include "save_store.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using ui::GameSession;
using ui::Intent;
using ui::IntentKind;
using ui::Screen;

void ApplyAll(GameSession& s, const nlohmann::json& script) {
  const LoadedScript loaded = ParseScript(script.dump(), "generated");
  ASSERT_EQ(loaded.error, "");
  for (const ScriptEntry& e : loaded.entries) {
    std::string error;
    ASSERT_TRUE(s.Apply(e.intent, &error)) << ui::IntentName(e.intent.kind) << ": " << error;
  }
}

ui::SessionOptions English() {
  ui::SessionOptions o;
  o.lang = "en";
  return o;
}

TEST(Session, SaveLoadRoundTripMidCase) {
  test::TempDir dir;
  const std::string db = dir.File("bipgame.db");
  const test::HeadlessRun full = test::PlayHeadless("henrik", "karen", 21);
  ASSERT_GE(full.quarters, 4);
  test::HeadlessRun first = full;
  first.choices.resize(3);
  first.events.resize(3);
  std::vector<QuarterRecord> before;
  CitizenState state_before;
  std::vector<std::string> pending_before;
  {
    std::string problem;
    auto store = OpenGameStore(db, problem);
    ASSERT_EQ(problem, "");
    GameSession s(test::TestContent(), *store, problem, English());
    ApplyAll(s, test::ScriptFor("henrik", 21, first, "Round", "en"));
    ASSERT_EQ(s.play()->history().size(), 3u);
    before = s.play()->history();
    state_before = s.play()->state();
    for (const Event* e : s.play()->pending_events()) pending_before.push_back(e->id);
  }
  // A new game on the same file: the last profile is chosen, continue resumes.
  std::string problem;
  auto store = OpenGameStore(db, problem);
  ASSERT_EQ(problem, "");
  GameSession s(test::TestContent(), *store, problem, English());
  ASSERT_NE(s.profile(), nullptr);
  EXPECT_EQ(s.profile()->alias, "Round");
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kContinue, {}, {}, 0, 0.0, {}}));
  EXPECT_EQ(s.screen(), Screen::kMeeting);
  ASSERT_EQ(s.play()->history().size(), 3u);
  for (std::size_t q = 0; q < 3; ++q) {
    EXPECT_EQ(s.play()->history()[q].choices, before[q].choices);
    EXPECT_EQ(s.play()->history()[q].state_after.x, before[q].state_after.x) << "quarter " << q + 1;
    EXPECT_EQ(s.play()->history()[q].outcome.job, before[q].outcome.job);
  }
  EXPECT_EQ(s.play()->state().x, state_before.x);
  std::vector<std::string> pending;
  for (const Event* e : s.play()->pending_events()) pending.push_back(e->id);
  EXPECT_EQ(pending, pending_before);

  // Playing on from the resumed game ends exactly where the headless run did.
  for (std::size_t q = 3; q < full.choices.size(); ++q) {
    Intent belief{IntentKind::kBelief, {}, {}, full.choices[q].belief, 0.0, {}};
    ASSERT_TRUE(s.Apply(belief));
    for (const auto& [event, response] : full.choices[q].responses)
      ASSERT_TRUE(s.Apply(Intent{IntentKind::kRespond, event, response, 0, 0.0, {}}));
    ASSERT_TRUE(s.Apply(
        Intent{IntentKind::kSetInterventions, {}, {}, 0, 0.0, full.choices[q].interventions}));
    ASSERT_TRUE(s.Apply(Intent{IntentKind::kSparring, full.choices[q].sparring, {}, 0, 0.0, {}}));
    ASSERT_TRUE(s.Apply(Intent{IntentKind::kPlayQuarter, {}, {}, 0, 0.0, {}}));
    ASSERT_TRUE(s.Apply(Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}}));
  }
  EXPECT_TRUE(s.play()->finished());
  EXPECT_EQ(s.play()->employed(), full.employed);
  EXPECT_EQ(static_cast<int>(s.play()->history().size()), full.quarters);
}

TEST(Session, TryAgainFromAQuarterKeepsTheOriginal) {
  test::TempDir dir;
  std::string problem;
  auto store = OpenGameStore(dir.File("bipgame.db"), problem);
  ASSERT_EQ(problem, "");
  GameSession s(test::TestContent(), *store, problem, English());
  test::HeadlessRun run = test::PlayHeadless("henrik", "staircase", 5, 5);
  ApplyAll(s, test::ScriptFor("henrik", 5, run, "Branch", "en"));
  const std::int64_t original = s.playthrough_id();
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kBranch, {}, {}, 3, 0.0, {}}));
  EXPECT_NE(s.playthrough_id(), original);
  EXPECT_EQ(s.branched_from(), original);
  EXPECT_EQ(s.branch_quarter(), 3);
  EXPECT_EQ(s.screen(), Screen::kMeeting);
  ASSERT_EQ(s.play()->history().size(), 2u);
  EXPECT_EQ(s.play()->quarter(), 3);
  // The choices made at quarter 3 before are the starting point.
  EXPECT_EQ(s.draft().choices.interventions, run.choices[2].interventions);
  EXPECT_TRUE(s.draft().from_branch);
  // Both are saved: the original with 5 quarters, the new one with 2.
  int five = 0, two = 0;
  for (const ui::PlaythroughInfo& p : s.saved()) {
    five += p.quarters == 5 ? 1 : 0;
    two += p.quarters == 2 ? 1 : 0;
    if (p.id == s.playthrough_id()) {
      EXPECT_EQ(p.branched_from, original);
      EXPECT_EQ(p.branch_quarter, 3);
    }
  }
  EXPECT_EQ(five, 1);
  EXPECT_EQ(two, 1);
  EXPECT_FALSE(s.Apply(Intent{IntentKind::kBranch, {}, {}, 9, 0.0, {}}));
}

TEST(Session, DebriefMidCaseAndBackToTheQuarter) {
  auto store = ui::MakeMemoryStore();
  GameSession s(test::TestContent(), *store, "", English());
  test::HeadlessRun run = test::PlayHeadless("henrik", "karen", 9, 2);
  ApplyAll(s, test::ScriptFor("henrik", 9, run, "Mid", "en"));
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kOpenDebrief, {}, {}, 0, 0.0, {}}));
  ASSERT_EQ(s.screen(), Screen::kDebrief);
  ASSERT_NE(s.debrief(), nullptr);
  EXPECT_EQ(s.debrief()->trainee.line.size(), 3u);
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kContinue, {}, {}, s.playthrough_id(), 0.0, {}}));
  EXPECT_EQ(s.screen(), Screen::kMeeting);
  EXPECT_EQ(s.play()->quarter(), 3);
}

TEST(Session, ExportAndEraseAProfile) {
  test::TempDir dir;
  std::string problem;
  auto store = OpenGameStore(dir.File("bipgame.db"), problem);
  GameSession s(test::TestContent(), *store, problem, English());
  test::HeadlessRun run = test::PlayHeadless("henrik", "karen", 3, 2);
  ApplyAll(s, test::ScriptFor("henrik", 3, run, "Exporter", "en"));
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kSetNote, "my note", {}, 0, 0.0, {}}));
  const std::string path = dir.File("export.json");
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kExportProfile, path, {}, 0, 0.0, {}}));
  const nlohmann::json j = nlohmann::json::parse(test::ReadFile(path));
  EXPECT_NE(j.dump().find("Exporter"), std::string::npos);
  EXPECT_NE(j.dump().find("my note"), std::string::npos);
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kEraseProfile, {}, {}, 0, 0.0, {}}));
  EXPECT_TRUE(s.profiles().empty());
  EXPECT_EQ(s.profile(), nullptr);
  EXPECT_EQ(s.play(), nullptr);
  auto again = SaveStore::Open(dir.File("bipgame.db"));
  ASSERT_TRUE(again.store);
  EXPECT_TRUE(again.store->Profiles().empty());
}

TEST(Session, LanguageFromTheSystemThenRemembered) {
  test::TempDir dir;
  const char* old = std::getenv("LANG");
  const std::string saved = old ? old : "";
  unsetenv("LC_ALL");
  unsetenv("LC_MESSAGES");
  setenv("LANG", "da_DK.UTF-8", 1);
  EXPECT_EQ(ui::SystemLanguage(), "da");
  {
    std::string problem;
    auto store = OpenGameStore(dir.File("bipgame.db"), problem);
    GameSession s(test::TestContent(), *store, problem, {});
    EXPECT_EQ(s.lang(), "da");
    ASSERT_TRUE(s.Apply(Intent{IntentKind::kSetLanguage, "sv", {}, 0, 0.0, {}}));
    ASSERT_TRUE(s.Apply(Intent{IntentKind::kSetFontScale, {}, {}, 0, 1.3, {}}));
  }
  std::string problem;
  auto store = OpenGameStore(dir.File("bipgame.db"), problem);
  GameSession s(test::TestContent(), *store, problem, {});
  EXPECT_EQ(s.lang(), "sv");
  EXPECT_NEAR(s.font_scale(), 1.3, 1e-9);
  setenv("LANG", "en_GB.UTF-8", 1);
  EXPECT_EQ(ui::SystemLanguage(), "en");
  if (old)
    setenv("LANG", saved.c_str(), 1);
  else
    unsetenv("LANG");
}

TEST(Session, RefusesWhatCannotBeDone) {
  auto store = ui::MakeMemoryStore();
  GameSession s(test::TestContent(), *store, "", English());
  std::string error;
  EXPECT_FALSE(
      s.Apply(Intent{IntentKind::kStartCase, "henrik", {}, 1, 0.0, {}}, &error));  // no profile
  EXPECT_NE(error, "");
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kCreateProfile, "A", {}, 0, 0.0, {}}));
  EXPECT_FALSE(s.Apply(Intent{IntentKind::kCreateProfile, "A", {}, 0, 0.0, {}}));
  EXPECT_FALSE(s.Apply(Intent{IntentKind::kCreateProfile, "  ", {}, 0, 0.0, {}}));
  EXPECT_FALSE(s.Apply(Intent{IntentKind::kStartCase, "nobody", {}, 1, 0.0, {}}));
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kStartCase, "henrik", {}, 1, 0.0, {}}));
  ASSERT_TRUE(s.Apply(Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}}));
  EXPECT_FALSE(s.Apply(Intent{IntentKind::kNext, {}, {}, 0, 0.0, {}}));  // S12 first
  EXPECT_EQ(s.screen(), Screen::kMeeting);
  EXPECT_FALSE(s.Apply(Intent{IntentKind::kBelief, {}, {}, 6, 0.0, {}}));
  EXPECT_FALSE(s.Apply(Intent{
      IntentKind::kToggleIntervention, "addiction_treatment", {}, 0, 0.0, {}}));  // not offered
  EXPECT_FALSE(
      s.Apply(Intent{IntentKind::kRespond, "friend_offer", "call_now", 0, 0.0, {}}));  // not up yet
  EXPECT_FALSE(s.Apply(Intent{IntentKind::kSparring, "tarot", {}, 0, 0.0, {}}));
  EXPECT_FALSE(s.Apply(Intent{IntentKind::kSetLanguage, "de", {}, 0, 0.0, {}}));
  EXPECT_FALSE(s.Apply(Intent{IntentKind::kPlayQuarter, {}, {}, 0, 0.0, {}}));  // S12 first
  EXPECT_TRUE(s.notice().error);
}

// Files the store refuses are left alone, and the game starts anyway.
class BadDatabase : public ::testing::Test {
 protected:
  void ExpectRefusedAndUntouched(const std::string& path) {
    const std::string before = test::ReadFile(path);
    std::string problem;
    auto store = OpenGameStore(path, problem);
    ASSERT_NE(store, nullptr);
    EXPECT_NE(problem, "") << path;
    EXPECT_EQ(test::ReadFile(path), before);
    GameSession s(test::TestContent(), *store, problem, English());
    EXPECT_EQ(s.screen(), Screen::kStart);
    EXPECT_EQ(s.store_problem(), problem);
    // It still plays, in memory.
    ASSERT_TRUE(s.Apply(Intent{IntentKind::kCreateProfile, "Temp", {}, 0, 0.0, {}}));
    ASSERT_TRUE(s.Apply(Intent{IntentKind::kStartCase, "henrik", {}, 1, 0.0, {}}));
    EXPECT_EQ(test::ReadFile(path), before);
  }
  test::TempDir dir_;
};

TEST_F(BadDatabase, NotADatabase) {
  ExpectRefusedAndUntouched(
      test::WriteFile(dir_.File("notes.db"), "these are my notes, not a database\n"));
}

TEST_F(BadDatabase, CorruptDatabase) {
  std::string bytes = "SQLite format 3";
  bytes.push_back('\0');
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) & 0xFF));
  ExpectRefusedAndUntouched(test::WriteFile(dir_.File("corrupt.db"), bytes));
}

TEST_F(BadDatabase, FolderThatCannotBeCreated) {
  // A regular file where a folder should be: not even root can create it.
  const std::string file = test::WriteFile(dir_.File("plain-file"), "x");
  std::string problem;
  auto store = OpenGameStore(file + "/bipgame/bipgame.db", problem);
  ASSERT_NE(store, nullptr);
  EXPECT_NE(problem, "");
  EXPECT_EQ(test::ReadFile(file), "x");
  GameSession s(test::TestContent(), *store, problem, English());
  EXPECT_TRUE(s.Apply(Intent{IntentKind::kCreateProfile, "Temp", {}, 0, 0.0, {}}));
}

TEST_F(BadDatabase, UnwritableFolder) {
  if (geteuid() == 0)
    GTEST_SKIP() << "root can write anywhere (FolderThatCannotBeCreated covers it)";
  const std::string locked = dir_.File("locked");
  std::filesystem::create_directory(locked);
  chmod(locked.c_str(), 0500);
  std::string problem;
  auto store = OpenGameStore(locked + "/sub/bipgame.db", problem);
  ASSERT_NE(store, nullptr);
  EXPECT_NE(problem, "");
  GameSession s(test::TestContent(), *store, problem, English());
  EXPECT_TRUE(s.Apply(Intent{IntentKind::kCreateProfile, "Temp", {}, 0, 0.0, {}}));
}

}  // namespace
}  // namespace bip
