// The game binary under SDL's offscreen driver: a scripted playthrough of
// Henrik from start to debrief, screenshots that show the expected screens,
// a game killed mid-playthrough, and bad input.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <thread>

#include "gui_store.hpp"
#include "save_store.hpp"
#include "session.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Pngs(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".png") out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

bool Has(const std::vector<std::string>& names, const std::string& part) {
  for (const std::string& n : names)
    if (n.find(part) != std::string::npos) return true;
  return false;
}

// How many pixels in a rectangle have (nearly) this colour.
int Count(const test::Image& img, unsigned rgb, int x0, int y0, int x1, int y1) {
  auto near = [](unsigned a, unsigned b) {
    for (int shift : {0, 8, 16}) {
      const int d = static_cast<int>((a >> shift) & 0xFF) - static_cast<int>((b >> shift) & 0xFF);
      if (d > 20 || d < -20) return false;
    }
    return true;
  };
  int n = 0;
  for (int y = y0; y < y1 && y < img.height; ++y)
    for (int x = x0; x < x1 && x < img.width; ++x) n += near(img.Pixel(x, y), rgb) ? 1 : 0;
  return n;
}

int DistinctColours(const test::Image& img) {
  std::set<unsigned> seen;
  for (int y = 0; y < img.height; y += 3)
    for (int x = 0; x < img.width; x += 3) seen.insert(img.Pixel(x, y));
  return static_cast<int>(seen.size());
}

constexpr unsigned kHeader = 0x173F5F;  // the header band
constexpr unsigned kFocus = 0xE07A1F;   // the citizen on the line of 100, the trainee's series
constexpr unsigned kBackground = 0xF5F3EE;

TEST(GuiProcess, ScriptedHenrikFromStartToDebrief) {
  test::TempDir dir;
  const std::uint64_t seed = 7;
  const test::HeadlessRun run = test::PlayHeadless("henrik", "karen", seed);
  nlohmann::json script = test::ScriptFor("henrik", seed, run, "Gui", "en");
  script.push_back({{"intent", "next"}});  // the end -> the debrief
  for (const char* tab : {"plan", "score", "what_if", "reflect"})
    script.push_back({{"intent", "debrief_tab"}, {"tab", tab}});
  const std::string script_file = test::WriteFile(dir.File("henrik.json"), script.dump(1));
  const std::string shots = dir.File("shots");
  const std::string db = dir.File("bipgame.db");
  const test::ProcessResult r =
      test::RunGame({"--db", db, "--script", script_file, "--screenshots", shots});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  // What was saved is what the headless run did, quarter by quarter.
  auto opened = SaveStore::Open(db);
  ASSERT_TRUE(opened.store) << opened.error;
  EXPECT_EQ(opened.store->IntegrityCheck(), "ok");
  const auto profiles = opened.store->Profiles();
  ASSERT_EQ(profiles.size(), 1u);
  const auto plays = opened.store->Playthroughs(profiles[0].id);
  ASSERT_EQ(plays.size(), 1u);
  EXPECT_TRUE(plays[0].finished);
  EXPECT_EQ(plays[0].quarters_played, run.quarters);
  const std::vector<QuarterChoices> saved = opened.store->Quarters(plays[0].id);
  ASSERT_EQ(saved.size(), run.choices.size());
  for (std::size_t q = 0; q < saved.size(); ++q)
    EXPECT_EQ(saved[q], run.choices[q]) << "quarter " << q + 1;
  const auto snapshots = opened.store->QuarterSnapshots(plays[0].id);
  ASSERT_FALSE(snapshots.empty());
  EXPECT_EQ(snapshots.back().at("job").get<bool>(), run.employed);

  // A screenshot of every screen passed.
  const std::vector<std::string> names = Pngs(shots);
  for (const char* screen :
       {"-start", "-briefing", "-meeting-q1", "-situation-q1", "-plan-q1", "-sparring-q1",
        "-result-q1", "-end", "-debrief-progress", "-debrief-plan", "-debrief-score",
        "-debrief-what_if", "-debrief-reflect"})
    EXPECT_TRUE(Has(names, screen)) << "no screenshot of " << screen;
  EXPECT_TRUE(Has(names, "-result-q" + std::to_string(run.quarters)));
}

TEST(GuiProcess, ScreenshotsAreNotBlankAndShowTheirScreen) {
  test::TempDir dir;
  const test::HeadlessRun run = test::PlayHeadless("henrik", "karen", 7, 1);
  nlohmann::json script = test::ScriptFor("henrik", 7, run, "Shots", "da");
  script.push_back({{"intent", "open_about"}});
  script.push_back({{"intent", "close"}});
  script.push_back({{"intent", "open_debrief"}});
  script.push_back({{"intent", "debrief_tab"}, {"tab", "what_if"}});
  const std::string shots = dir.File("shots");
  const test::ProcessResult r =
      test::RunGame({"--db", dir.File("x.db"), "--script",
                     test::WriteFile(dir.File("s.json"), script.dump()), "--screenshots", shots});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> names = Pngs(shots);
  ASSERT_GE(names.size(), 8u);
  for (const std::string& n : names) {
    test::Image img;
    ASSERT_TRUE(test::LoadPng(shots + "/" + n, img)) << n;
    EXPECT_EQ(img.width, 1280) << n;
    EXPECT_EQ(img.height, 800) << n;
    EXPECT_GT(DistinctColours(img), 40) << n << " looks blank";
    EXPECT_EQ(img.Pixel(4, 4), kHeader) << n << ": no header";
    EXPECT_GT(Count(img, kBackground, 0, 120, 1280, 700), 1000) << n;
    EXPECT_LT(fs::file_size(shots + "/" + n), 300u * 1024u) << n << " is too big";
  }
  auto find = [&](const std::string& part) {
    for (const std::string& n : names)
      if (n.find(part) != std::string::npos) return shots + "/" + n;
    return std::string();
  };
  test::Image start, result, whatif, meeting;
  ASSERT_TRUE(test::LoadPng(find("-start"), start));
  ASSERT_TRUE(test::LoadPng(find("-result-q1"), result));
  ASSERT_TRUE(test::LoadPng(find("-debrief-what_if"), whatif));
  ASSERT_TRUE(test::LoadPng(find("-meeting-q1"), meeting));
  // The start screen has no stepper: background right under the header.
  EXPECT_EQ(start.Pixel(640, 80), kBackground);
  EXPECT_NE(meeting.Pixel(640, 80), kBackground);
  // The result shows the citizen on the line of 100 in orange.
  EXPECT_GT(Count(result, kFocus, 40, 180, 1240, 380), 30);
  // The what-if chart draws the trainee's line in orange.
  EXPECT_GT(Count(whatif, kFocus, 40, 250, 1240, 620), 30);
  // The meeting waits for S12: its card's border is orange until answered.
  EXPECT_GT(Count(meeting, kFocus, 40, 180, 760, 460), 200);
}

TEST(GuiProcess, KilledMidPlaythroughResumesAtTheLastQuarter) {
  test::TempDir dir;
  const std::string db = dir.File("bipgame.db");
  const test::HeadlessRun run = test::PlayHeadless("henrik", "karen", 13, 3);
  nlohmann::json script = test::ScriptFor("henrik", 13, run, "Killed", "en");
  // Quarter 4 half prepared when the game dies.
  script.push_back({{"intent", "belief"}, {"answer", 5}});
  script.push_back({{"intent", "set_interventions"}, {"ids", {"company_internship"}}});
  script.push_back({{"intent", "screenshot"}, {"name", "ready"}});
  script.push_back({{"intent", "wait"}, {"ms", 60000}});
  const std::string shots = dir.File("shots");
  const int pid =
      test::StartGame({"--db", db, "--script", test::WriteFile(dir.File("s.json"), script.dump()),
                       "--screenshots", shots},
                      dir.File("stderr.txt"));
  ASSERT_GT(pid, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (!fs::exists(shots + "/ready.png") && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_TRUE(fs::exists(shots + "/ready.png")) << test::ReadFile(dir.File("stderr.txt"));
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status));

  {
    auto opened = SaveStore::Open(db);
    ASSERT_TRUE(opened.store) << opened.error;
    EXPECT_EQ(opened.store->IntegrityCheck(), "ok");
  }
  // The next start resumes at the last committed quarter.
  std::string problem;
  auto store = OpenGameStore(db, problem);
  ASSERT_EQ(problem, "");
  ui::SessionOptions o;
  o.lang = "en";
  ui::GameSession s(test::TestContent(), *store, problem, o);
  ASSERT_NE(s.profile(), nullptr);
  ASSERT_TRUE(s.Apply(ui::Intent{ui::IntentKind::kContinue, {}, {}, 0, 0.0, {}}));
  ASSERT_EQ(s.play()->history().size(), 3u);
  EXPECT_EQ(s.play()->quarter(), 4);
  EXPECT_EQ(s.screen(), ui::Screen::kMeeting);
  EXPECT_FALSE(s.draft().belief_answered);  // the quarter in progress is what was lost
  for (std::size_t q = 0; q < 3; ++q) EXPECT_EQ(s.play()->history()[q].choices, run.choices[q]);
}

TEST(GuiProcess, BadDatabaseFilesAreLeftAloneAndTheGameStarts) {
  test::TempDir dir;
  const std::string script = test::WriteFile(
      dir.File("s.json"),
      R"([{"intent": "create_profile", "alias": "X"}, {"intent": "start_case", "case": "henrik", "seed": 1}])");
  const std::string text = test::WriteFile(dir.File("text.db"), "not a database at all\n");
  std::string corrupt_bytes = "SQLite format 3";
  corrupt_bytes.push_back('\0');
  corrupt_bytes += std::string(2000, '\x5a');
  const std::string corrupt = test::WriteFile(dir.File("corrupt.db"), corrupt_bytes);
  for (const std::string& path : {text, corrupt}) {
    const std::string before = test::ReadFile(path);
    const test::ProcessResult r = test::RunGame({"--db", path, "--script", script});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("warning"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(path), std::string::npos) << "the message names the file: " << r.err;
    EXPECT_EQ(test::ReadFile(path), before) << path << " was changed";
  }
  {
    // A file where the folder should be: the folder cannot be made, even by root.
    const std::string file = test::WriteFile(dir.File("plain-file"), "x");
    const test::ProcessResult r =
        test::RunGame({"--db", file + "/sub/bipgame.db", "--script", script});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("warning"), std::string::npos) << r.err;
  }
  if (geteuid() != 0) {
    const std::string locked = dir.File("locked");
    fs::create_directory(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    const test::ProcessResult r =
        test::RunGame({"--db", locked + "/bipgame.db", "--script", script});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("warning"), std::string::npos) << r.err;
  }
}

TEST(GuiProcess, BadScriptsStopWithTheEntryNamed) {
  test::TempDir dir;
  struct Case {
    std::string json;
    std::string expect;
  };
  const std::vector<Case> cases = {
      {"{not json", "not valid JSON"},
      {R"({"intent": "next"})", "expected a JSON list"},
      {R"([{"intent": "next"}, {"intent": "fly"}])", "entry 1: unknown intent 'fly'"},
      {R"([{"intent": "belief", "answer": "four"}])",
       "entry 0 (belief): 'answer' must be a whole number from -2147483648 to 2147483647"},
      {R"([{"intent": "create_profile"}])", "entry 0 (create_profile): missing 'alias'"},
      {R"([{"intent": "create_profile", "alias": "A", "colour": "red"}])", "unknown key 'colour'"},
      // Well-formed but impossible: fails when it runs, naming the entry.
      {R"([{"intent": "create_profile", "alias": "A"}, {"intent": "start_case", "case": "nobody"}])",
       "entry 1 (start_case)"},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const std::string file =
        test::WriteFile(dir.File("bad" + std::to_string(i) + ".json"), cases[i].json);
    const test::ProcessResult r = test::RunGame({"--db", dir.File("x.db"), "--script", file});
    EXPECT_NE(r.exit_code, 0) << cases[i].json;
    EXPECT_NE(r.err.find(cases[i].expect), std::string::npos) << r.err;
    EXPECT_LE(std::count(r.err.begin(), r.err.end(), '\n'), 1) << "one line: " << r.err;
  }
}

}  // namespace
}  // namespace bip
