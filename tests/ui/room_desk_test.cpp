// The facilitator's desk: every view drawn in every language and at several
// sizes, a day reopened after a crash, damaged day files and bad numbers
// refused with a message naming the place, and every text key in use.
#include "room_desk.hpp"

#include <SDL_scancode.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "gui_store.hpp"
#include "headless_imgui.hpp"
#include "room.hpp"
#include "room_intent.hpp"
#include "session.hpp"
#include "ui_test_support.hpp"
#include "ui_text_keys.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;
using test::Room;
using ui::Intent;
using ui::IntentKind;
using ui::RoomPhase;

struct Day {
  explicit Day(const std::string& dir, const std::string& lang = "en") {
    std::string problem;
    store = OpenGameStore(dir + "/bipgame.db", problem);
    ui::SessionOptions o;
    o.lang = lang;
    o.persist_settings = false;
    s = std::make_unique<ui::GameSession>(test::TestContent(), *store, "", o);
  }
  const ui::RoomDesk& desk() const { return s->room(); }
  bool Do(const Intent& i, std::string* error = nullptr) { return s->Apply(i, error); }
  // Closes the open vote: option `winner` ahead.
  void Vote(std::size_t winner = 0) {
    const std::size_t n = desk().vote()->options.size();
    const std::size_t rows =
        desk().room()->tables > 0 ? static_cast<std::size_t>(desk().room()->tables) : 1;
    std::vector<std::string> cells(n * rows, "1");
    for (std::size_t r = 0; r < rows; ++r) cells[r * n + winner] = "7";
    std::string error;
    ASSERT_TRUE(Do(Room("close_vote", {}, 0, cells), &error)) << error;
  }
  // Votes through the rest of the quarter and plays it.
  void Quarter() {
    while (desk().phase() == RoomPhase::kVote) {
      if (!desk().vote_closed()) Vote();
      std::string error;
      ASSERT_TRUE(Do(Room("next"), &error)) << error;
    }
  }
  std::unique_ptr<ui::SessionStore> store;
  std::unique_ptr<ui::GameSession> s;
};

void EveryView(ImVec2 size, float scale, const std::string& lang) {
  SCOPED_TRACE(lang + " " + std::to_string(static_cast<int>(size.x)));
  test::TempDir tmp;
  test::Headless h(size, scale);
  Day day(tmp.path(), lang);
  ui::ViewState view;
  std::set<RoomPhase> seen;
  const auto step = [&](const Intent& i) {
    std::string error;
    ASSERT_TRUE(day.Do(i, &error)) << i.text << ": " << error;
    for (const Intent& out : h.Frames(*day.s, view, 3)) day.Do(out);
    seen.insert(day.desk().phase());
  };
  step(Room("open"));
  step(Room("new", "Table A", 0, {"henrik", "7", "3"}));
  step(Room("present", {}, 1));
  step(Room("controls", {}, 0));
  step(Room("controls", {}, 1));
  day.Vote(3);
  h.Frames(*day.s, view, 3);
  step(Room("override", {}, 5));
  step(Room("next"));
  while (day.desk().vote()->kind == "response") {
    day.Vote();
    step(Room("next"));
  }
  step(Room("compose", {}, 0, {"company_internship", "health_coping_course", "social_mentor"}));
  day.Vote();
  step(Room("next"));
  day.Vote();
  step(Room("next"));
  ASSERT_EQ(day.desk().phase(), RoomPhase::kResult);
  step(Room("pause", {}, 2, {"60"}));
  step(Room("notes", "å ä ö æ ø – “ ” …\nline two"));
  step(Room("pause_question", "Own question?"));
  step(Room("pause_time", {}, 120));
  step(Room("controls", {}, 0));
  step(Room("controls", {}, 1));
  step(Room("end_pause"));
  step(Room("pause"));  // before the first vote of quarter 2
  step(Room("end_pause"));
  ASSERT_EQ(day.desk().phase(), RoomPhase::kVote);
  day.Quarter();
  step(Room("finish"));
  step(Room("survey"));
  step(Room("present", {}, 0));
  step(Room("survey", "Good day", 0, {"5", "4", "", "3"}));
  step(Room("end"));
  step(Room("export"));
  // A second table's day on the same case and seed, then both compared.
  const std::string first = day.desk().path();
  step(Room("new", "Table B", 0, {"henrik", "7", ""}));
  day.Quarter();
  step(Room("finish"));
  step(Room("compare", {}, 0, {first, day.desk().path()}));
  ASSERT_EQ(day.desk().compared().size(), 2u);
  step(Room("present", {}, 1));
  step(Room("setup"));
  for (RoomPhase p : {RoomPhase::kSetup, RoomPhase::kVote, RoomPhase::kResult, RoomPhase::kPause,
                      RoomPhase::kEnd, RoomPhase::kSurvey, RoomPhase::kCompare})
    EXPECT_TRUE(seen.count(p)) << "never drew " << ui::RoomPhaseName(p);
}

TEST(RoomDesk, EveryViewInEveryLanguage) {
  for (const char* lang : {"sv", "da", "en"}) EveryView(ImVec2(1920, 1080), 1.6f, lang);
}

TEST(RoomDesk, SmallWindowAndLargeText) {
  EveryView(ImVec2(800, 560), 1.0f, "da");
  EveryView(ImVec2(1280, 720), 2.0f, "sv");
}

TEST(RoomDesk, ReopenedAfterACrashAtTheSameVote) {
  test::TempDir tmp;
  std::string path;
  std::vector<RoomStep> closed;
  {
    Day day(tmp.path());
    ASSERT_TRUE(day.Do(Room("open")));
    ASSERT_TRUE(day.Do(Room("new", "Crash day", 0, {"henrik", "7", "2"})));
    day.Quarter();
    ASSERT_TRUE(day.Do(Room("next")));  // quarter 2
    day.Vote(4);
    ASSERT_TRUE(day.Do(Room("next")));
    day.Vote(1);
    path = day.desk().path();
    closed = day.desk().room()->current->steps;
  }  // the game is gone: only the file remains
  Day day(tmp.path());
  test::Headless h;
  ui::ViewState view;
  ASSERT_TRUE(day.Do(Room("open")));
  h.Frames(*day.s, view, 2);
  // Keyboard: Tab to the saved days (name, case, seed, tables, list), Enter reopens.
  for (int i = 0; i < 4; ++i)
    for (const Intent& out : h.Key(*day.s, view, SDL_SCANCODE_TAB)) day.Do(out);
  for (const Intent& out : h.Key(*day.s, view, SDL_SCANCODE_RETURN)) day.Do(out);
  ASSERT_EQ(day.desk().path(), path);
  ASSERT_EQ(day.desk().phase(), RoomPhase::kVote);
  EXPECT_EQ(day.desk().play()->history().size(), 1u);
  ASSERT_TRUE(day.desk().room()->current);
  EXPECT_EQ(day.desk().room()->current->steps.size(), closed.size());
  EXPECT_EQ(day.desk().vote_index(), closed.size()) << "the next vote is open";
  EXPECT_EQ(day.desk().room()->current->steps[0].tally.votes, closed[0].tally.votes);
  day.Quarter();
  EXPECT_EQ(day.desk().play()->history().size(), 2u);
}

TEST(RoomDesk, DamagedDayFilesAreNamedAndLeftAlone) {
  test::TempDir tmp;
  Day day(tmp.path());
  ASSERT_TRUE(day.Do(Room("open")));
  ASSERT_TRUE(day.Do(Room("new", "Good day", 0, {"henrik", "7", ""})));
  day.Quarter();
  const fs::path dir = fs::path(day.desk().path()).parent_path();
  const std::string broken = (dir / "broken.json").string(),
                    edited = (dir / "edited.json").string();
  test::WriteFile(broken, "{\"format\": \"bipgame-room\", ");
  nlohmann::json doc = nlohmann::json::parse(test::ReadFile(day.desk().path()));
  doc["decisions"][0]["votes"][0] = -3;
  test::WriteFile(edited, doc.dump());
  ASSERT_TRUE(day.Do(Room("setup")));
  int damaged = 0;
  for (const ui::RoomFileInfo& f : day.desk().days())
    if (!f.error.empty()) ++damaged;
  EXPECT_EQ(damaged, 2) << "both listed with why";
  std::string error;
  EXPECT_FALSE(day.Do(Room("reopen", broken), &error));
  EXPECT_EQ(error.rfind(broken + ": /: not valid JSON at line 1, column ", 0), 0u) << error;
  EXPECT_FALSE(day.Do(Room("reopen", edited), &error));
  EXPECT_EQ(error, edited + ": /decisions/0/votes/0: expected a whole number 0-100000");
  EXPECT_TRUE(day.s->notice().error);
  EXPECT_EQ(test::ReadFile(broken), "{\"format\": \"bipgame-room\", ") << "left untouched";
  EXPECT_EQ(day.desk().phase(), RoomPhase::kSetup);
}

TEST(RoomDesk, BadNumbersAreRefusedAndTheVoteStaysOpen) {
  test::TempDir tmp;
  Day day(tmp.path());
  ASSERT_TRUE(day.Do(Room("open")));
  std::string error;
  EXPECT_FALSE(day.Do(Room("new", "Day", 0, {"henrik", "7x", ""}), &error));
  EXPECT_EQ(error, "seed '7x': expected a whole number 1-999999999999");
  EXPECT_FALSE(day.Do(Room("new", "Day", 0, {"henrik", "7", "101"}), &error));
  EXPECT_EQ(error, "tables '101': expected 0 (votes in total) to 100");
  EXPECT_FALSE(day.Do(Room("new", "  ", 0, {"henrik", "7", ""}), &error));
  EXPECT_FALSE(day.Do(Room("new", "Day", 0, {"nobody", "7", ""}), &error));
  ASSERT_TRUE(day.Do(Room("new", "Day", 0, {"henrik", "7", "2"}), &error)) << error;
  EXPECT_FALSE(day.Do(Room("close_vote", {}, 0, {"1", "2"}), &error));
  EXPECT_EQ(error, "expected 10 counts (2 × 5), got 2");
  std::vector<std::string> cells(10, "");
  cells[7] = "12a";
  EXPECT_FALSE(day.Do(Room("close_vote", {}, 0, cells), &error));
  EXPECT_EQ(error, "table 2, option 3: '12a' is not a whole number 0-100000");
  cells[7] = "100001";
  EXPECT_FALSE(day.Do(Room("close_vote", {}, 0, cells), &error));
  cells[7] = "";
  EXPECT_FALSE(day.Do(Room("close_vote", {}, 0, cells), &error));
  EXPECT_EQ(error, "no votes entered");
  EXPECT_FALSE(day.desk().vote_closed());
  EXPECT_FALSE(day.Do(Room("next"), &error)) << "a vote must be closed first";
  EXPECT_FALSE(day.Do(Room("override", {}, 1), &error));
  EXPECT_TRUE(day.desk().room()->current->steps.empty());
  // A vote that cannot be saved stays closed in memory; the message names the file.
  const fs::path dir = fs::path(day.desk().path()).parent_path();
  fs::rename(dir, dir.string() + "-moved");
  test::WriteFile(dir.string(), "not a folder");
  cells[3] = "9";
  EXPECT_FALSE(day.Do(Room("close_vote", {}, 0, cells), &error));
  EXPECT_TRUE(day.desk().vote_closed());
  EXPECT_EQ(day.s->notice().key, "room_desk.notice.save_failed");
  EXPECT_EQ(day.s->notice().args.front(),
            (std::pair<std::string, std::string>("path", day.desk().path())));
}

// Every key of the desk is used by its code, and every key its code uses is listed.
TEST(RoomDesk, TextKeysAreListedAndUsed) {
  const fs::path game = fs::path(BIPGAME_SOURCE_CONTENT_DIR) / ".." / "game";
  std::string code;
  for (const char* dir : {"ui", "team"})
    for (const auto& e : fs::recursive_directory_iterator(game / dir)) {
      const std::string name = e.path().filename().string();
      // (The start screen has the button that opens the desk.)
      if (name.rfind("room", 0) == 0 || name.rfind("panel_room", 0) == 0 ||
          name == "panel_start.cpp")
        code += test::ReadFile(e.path().string());
    }
  std::set<std::string> listed;
  for (std::string_view k : RoomDeskTextKeys()) listed.emplace(k);
  const std::regex literal("\"(room_desk\\.[a-z_.]+)\"");
  std::set<std::string> used;
  for (auto it = std::sregex_iterator(code.begin(), code.end(), literal);
       it != std::sregex_iterator(); ++it)
    if (const std::string k = (*it)[1]; k != "room_desk.hpp")
      used.insert(k);  // (not the header's #include)
  for (const std::string& k : used) {
    if (k.back() != '.') {
      EXPECT_TRUE(listed.count(k)) << k << " is used but not in room_desk_text_keys.cpp";
    }
  }
  for (const std::string& k : listed) {
    // "room_desk.step.<kind>" is made from the kinds of vote.
    const bool made = k.rfind("room_desk.step.", 0) == 0 && used.count("room_desk.step.");
    EXPECT_TRUE(used.count(k) || made) << k << " is listed but no code uses it";
  }
  EXPECT_GT(used.size(), 100u);
}

}  // namespace
}  // namespace bip
