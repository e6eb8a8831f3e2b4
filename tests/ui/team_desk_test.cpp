// The team leader's desk through the game session: a session created in the
// window, two participants playing hot seat and one result file made with
// another save database, the comparison and both exports; and result files
// the desk must refuse, shown in the window without touching the session.
#include "team_desk.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "gui_script.hpp"
#include "gui_store.hpp"
#include "headless_imgui.hpp"
#include "playthrough.hpp"
#include "session.hpp"
#include "team_report.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using ui::GameSession;
using ui::Intent;
using ui::IntentKind;
using ui::Screen;

constexpr std::uint64_t kSeed = 7;

ui::SessionOptions Lang(const std::string& lang) {
  ui::SessionOptions o;
  o.lang = lang;
  o.persist_settings = false;
  return o;
}

// A desk action; the error (English, one line) or "" when it was applied.
std::string Team(GameSession& s, const std::string& action, const std::string& arg = {},
                 std::int64_t n = 0, std::vector<std::string> list = {}) {
  Intent in = ui::TeamIntent(action, arg, n);
  in.list = std::move(list);
  std::string error;
  if (s.Apply(in, &error)) return "";
  return error.empty() ? "failed without a reason" : error;
}

void ApplyScript(GameSession& s, const json& script) {
  const LoadedScript loaded = ParseScript(script.dump(), "generated");
  ASSERT_EQ(loaded.error, "");
  for (const ScriptEntry& e : loaded.entries) {
    std::string error;
    ASSERT_TRUE(s.Apply(e.intent, &error)) << ui::IntentName(e.intent.kind) << ": " << error;
  }
}

// The quarters of a headless run as a player at the keyboard plays them,
// from the briefing on (the desk's "play" has chosen profile, case and seed).
void PlayQuarters(GameSession& s, const test::HeadlessRun& run) {
  json script = test::ScriptFor("henrik", kSeed, run, "unused", "en");
  script.erase(script.begin(), script.begin() + 3);  // create_profile, set_language, start_case
  ApplyScript(s, script);
}

std::vector<QuarterChoices> ChoicesOf(const ParticipantResult& p) {
  std::vector<QuarterChoices> out;
  for (const QuarterResult& q : p.quarters) out.push_back(q.choices);
  return out;
}

const ReplayKit& Kit() {
  static const ReplayKit kit(test::TestContent());
  return kit;
}

// A leader's desk on a memory store, a session "Team A" on henrik, seed 7.
struct Leader {
  explicit Leader(const test::TempDir& dir, const std::string& lang = "en")
      : store(ui::MakeMemoryStore()), s(test::TestContent(), *store, "", Lang(lang)) {
    folder = dir.File("team-sessions");
    EXPECT_EQ(Team(s, "open"), "");
    EXPECT_EQ(Team(s, "folder", folder), "");
    EXPECT_EQ(Team(s, "create", "Team A", kSeed, {"henrik", "Anna", " Bo ", "Cecilie"}), "");
  }
  const ui::TeamDesk& desk() const { return s.team(); }
  std::unique_ptr<ui::SessionStore> store;
  GameSession s;
  std::string folder;
};

TEST(TeamDesk, CreatesASessionFileInTheFolderAndListsIt) {
  test::TempDir dir;
  Leader l(dir);
  const ui::TeamDesk& d = l.desk();
  ASSERT_NE(d.session(), nullptr);
  EXPECT_EQ(d.session_path(), l.folder + "/team-a.json");
  EXPECT_TRUE(fs::exists(d.session_path()));
  EXPECT_EQ(d.session()->roster, (std::vector<std::string>{"Anna", "Bo", "Cecilie"}));
  EXPECT_EQ(d.tab(), ui::TeamTab::kParticipants);
  ASSERT_EQ(d.files().size(), 1u);
  EXPECT_TRUE(d.files()[0].session);
  EXPECT_EQ(d.files()[0].name, "Team A");
  // The same name again gets a file of its own; opening the first one works.
  EXPECT_EQ(Team(l.s, "create", "Team A", 3, {"henrik"}), "");
  EXPECT_EQ(d.session_path(), l.folder + "/team-a-2.json");
  EXPECT_EQ(d.files().size(), 2u);
  EXPECT_EQ(Team(l.s, "open_session", "team-a.json"), "");
  EXPECT_EQ(d.session()->seed, kSeed);
  // What cannot be a session says so.
  EXPECT_NE(Team(l.s, "create", "", 7, {"henrik"}).find("name"), std::string::npos);
  EXPECT_NE(Team(l.s, "create", "X", 0, {"henrik"}).find("seed"), std::string::npos);
  EXPECT_NE(Team(l.s, "create", "X", 7, {"nobody"}).find("no case 'nobody'"), std::string::npos);
  EXPECT_NE(Team(l.s, "open_session", "missing.json").find("missing.json: not a readable file"),
            std::string::npos);
}

// The acceptance run: two hot-seat participants, one imported from a file
// made with another save database (SQLite, another folder), the comparison
// and both exports showing all three.
TEST(TeamDesk, TwoHotSeatAndOneImportedParticipantInTheComparisonAndExports) {
  test::TempDir dir;
  Leader l(dir);
  test::Headless h;
  ui::ViewState view;
  const test::HeadlessRun anna = test::PlayHeadless("henrik", "karen", kSeed);
  const test::HeadlessRun bo = test::PlayHeadless("henrik", "staircase", kSeed);
  const test::HeadlessRun cecilie = test::PlayHeadless("henrik", "none", kSeed);

  // Anna at the keyboard: her profile is made, the session's case and seed start.
  ASSERT_EQ(Team(l.s, "play", "Anna"), "");
  ASSERT_EQ(l.s.screen(), Screen::kBriefing);
  ASSERT_NE(l.s.profile(), nullptr);
  EXPECT_EQ(l.s.profile()->alias, "Anna");
  EXPECT_EQ(l.s.play()->seed(), kSeed);
  PlayQuarters(l.s, anna);
  ASSERT_EQ(l.s.screen(), Screen::kEnd);
  EXPECT_TRUE(l.desk().CanHandIn(l.s));
  h.Frames(l.s, view);  // the end screen with the hand-in card
  ASSERT_EQ(Team(l.s, "hand_in"), "");
  EXPECT_EQ(l.s.screen(), Screen::kTeam);
  EXPECT_EQ(l.desk().tab(), ui::TeamTab::kCompare);
  EXPECT_EQ(l.s.play(), nullptr) << "the desk shows no case's stepper; the playthrough stays saved";
  EXPECT_EQ(l.s.saved().size(), 1u);
  h.Frames(l.s, view);

  // Bo hands in from the debrief.
  ASSERT_EQ(Team(l.s, "play", "Bo"), "");
  PlayQuarters(l.s, bo);
  ASSERT_TRUE(l.s.Apply(Intent{IntentKind::kOpenDebrief, {}, {}, 0, 0.0, {}}));
  h.Frames(l.s, view);
  ASSERT_EQ(Team(l.s, "hand_in"), "");
  ASSERT_EQ(l.desk().session()->participants.size(), 2u);

  // Cecilie on her own machine: another save database, her debrief's export.
  fs::create_directories(dir.File("other"));
  std::string problem;
  auto other_store = OpenGameStore(dir.File("other/bipgame.db"), problem);
  ASSERT_EQ(problem, "");
  {
    GameSession other(test::TestContent(), *other_store, problem, Lang("da"));
    ApplyScript(other, test::ScriptFor("henrik", kSeed, cecilie, "Cecilie", "da"));
    ASSERT_TRUE(other.Apply(Intent{IntentKind::kOpenDebrief, {}, {}, 0, 0.0, {}}));
    EXPECT_FALSE(other.team().CanHandIn(other)) << "no session is open on her machine";
    ASSERT_EQ(Team(other, "export_result"), "");
    EXPECT_EQ(other.team().last_result(), dir.File("other/bipgame-result-cecilie-henrik-7.json"));
    h.Frames(other, view);  // the debrief shows where the file went
  }
  // The file travels to the leader's folder (a USB stick) and is listed there.
  fs::copy_file(dir.File("other/bipgame-result-cecilie-henrik-7.json"), l.folder + "/cecilie.json");
  ASSERT_EQ(Team(l.s, "refresh"), "");
  const auto listed =
      std::find_if(l.desk().files().begin(), l.desk().files().end(),
                   [](const ui::TeamFolderEntry& e) { return e.file == "cecilie.json"; });
  ASSERT_NE(listed, l.desk().files().end());
  EXPECT_FALSE(listed->session);
  EXPECT_EQ(listed->name, "Cecilie");
  ASSERT_EQ(Team(l.s, "import", "cecilie.json"), "");
  EXPECT_EQ(l.desk().import_error(), "");
  EXPECT_EQ(l.desk().last_import(), "Cecilie");

  // The session file holds all three with the choices they made.
  std::string error;
  const auto saved = LoadSessionFile(Kit(), l.desk().session_path(), &error);
  ASSERT_TRUE(saved) << error;
  ASSERT_EQ(saved->participants.size(), 3u);
  EXPECT_EQ(saved->participants[0].alias, "Anna");
  EXPECT_EQ(saved->participants[1].alias, "Bo");
  EXPECT_EQ(saved->participants[2].alias, "Cecilie");
  EXPECT_EQ(ChoicesOf(saved->participants[0]), anna.choices);
  EXPECT_EQ(ChoicesOf(saved->participants[1]), bo.choices);
  EXPECT_EQ(ChoicesOf(saved->participants[2]), cecilie.choices);
  EXPECT_EQ(saved->roster, (std::vector<std::string>{"Anna", "Bo", "Cecilie"}));

  // The comparison: the same function the window draws and the exports use.
  const Content& c = test::TestContent();
  const TeamComparison cmp = Compare(c, *saved, c.texts, "en", false);
  ASSERT_EQ(cmp.names, (std::vector<std::string>{"Anna", "Bo", "Cecilie"}));
  ASSERT_FALSE(cmp.quarters.empty());
  const QuarterComparison& q1 = cmp.quarters.front();
  EXPECT_TRUE(q1.diverged) << "karen, the staircase and no intervention differ in quarter 1";
  EXPECT_FALSE(q1.question_keys.empty());
  EXPECT_EQ(q1.participants[2].plan, PlanKind::kNone);
  EXPECT_EQ(q1.participants[0].line_after, saved->participants[0].quarters[0].line_after);
  EXPECT_EQ(cmp.beliefs.total,
            static_cast<int>(anna.choices.size() + bo.choices.size() + cecilie.choices.size()));
  for (const char* lang : {"sv", "da", "en"}) {
    ASSERT_TRUE(l.s.Apply(Intent{IntentKind::kSetLanguage, lang, {}, 0, 0.0, {}}));
    for (const char* tab : {"participants", "compare", "export"}) {
      ASSERT_EQ(Team(l.s, "tab", tab), "");
      h.Frames(l.s, view);
    }
  }

  // Both exports, parsed back.
  ASSERT_TRUE(l.s.Apply(Intent{IntentKind::kSetLanguage, "sv", {}, 0, 0.0, {}}));
  ASSERT_EQ(Team(l.s, "export_html"), "");
  ASSERT_EQ(Team(l.s, "export_csv"), "");
  EXPECT_EQ(l.desk().last_html(), l.folder + "/team-a-report.html");
  EXPECT_EQ(l.desk().last_csv(), l.folder + "/team-a-report.csv");
  const std::string html = test::ReadFile(l.desk().last_html());
  for (const char* name : {"Anna", "Bo", "Cecilie"})
    EXPECT_NE(html.find("<td>" + std::string(name) + "</td>"), std::string::npos) << name;
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find(c.texts.Get("sv", "team.diverged")), std::string::npos);
  const std::string csv = test::ReadFile(l.desk().last_csv());
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  std::map<std::string, std::size_t> rows;
  std::size_t start = 3, lines = 0;
  for (std::size_t end; (end = csv.find("\r\n", start)) != std::string::npos;
       start = end + 2, ++lines) {
    const std::string line = csv.substr(start, end - start);
    EXPECT_EQ(std::count(line.begin(), line.end(), ';'), 11) << line;  // 12 columns
    if (lines > 0) ++rows[line.substr(0, line.find(';'))];
  }
  EXPECT_EQ(start, csv.size()) << "every line ends with CRLF";
  EXPECT_EQ(rows["Anna"], anna.choices.size());
  EXPECT_EQ(rows["Bo"], bo.choices.size());
  EXPECT_EQ(rows["Cecilie"], cecilie.choices.size());

  // Hidden names: neither the window's comparison nor the report shows them.
  ASSERT_EQ(Team(l.s, "anonymous", {}, 1), "");
  ASSERT_EQ(Team(l.s, "export_html"), "");
  const std::string anonymous = test::ReadFile(l.desk().last_html());
  EXPECT_EQ(anonymous.find("Cecilie"), std::string::npos);
  EXPECT_NE(anonymous.find(c.texts.Format("sv", "team.participant_n", {{"n", "3"}})),
            std::string::npos);
}

// A result file for the session: Anna's karen run, as a document to spoil.
json GoodResult() {
  const CaseDef& c = *test::TestContent().FindCase("henrik");
  const test::HeadlessRun run = test::PlayHeadless("henrik", "karen", kSeed);
  std::string error;
  const auto r = Replay(Kit(), c, kSeed, "Anna", run.choices, &error);
  EXPECT_TRUE(r) << error;
  return ResultToJson(*r, c.id, c.content_version, kSeed);
}

TEST(TeamDesk, RefusedResultFilesAreShownAndLeaveTheSessionAlone) {
  test::TempDir dir;
  Leader l(dir, "da");
  const json good = GoodResult();
  const Content& c = test::TestContent();
  // A result of another case, played for real.
  const CaseDef& emil = *c.FindCase("emil");
  const test::HeadlessRun emil_run = test::PlayHeadless("emil", "karen", kSeed);
  std::string error;
  const auto emil_result = Replay(Kit(), emil, kSeed, "Bo", emil_run.choices, &error);
  ASSERT_TRUE(emil_result) << error;

  json other_version = good;
  other_version["content_version"] = good["content_version"].get<int>() + 1;
  json tampered = good;
  tampered["quarters"][0]["line_after"] = 99.0;
  std::string oversized = good.dump();
  oversized.insert(oversized.size() - 1, std::string(kMaxResultFileBytes, ' '));
  struct Bad {
    std::string file, text, expected, refusal;
  };
  const std::vector<Bad> bad = {
      {"malformed.json", "{\"format\": \"bipgame-team-result\", ", ": /: not valid JSON",
       "team.refusal.damaged"},
      {"oversized.json", oversized, ": too large (", "team.refusal.damaged"},
      {"other-case.json", ResultToJson(*emil_result, "emil", emil.content_version, kSeed).dump(),
       ": /case: expected case \"henrik\" (this session's case); the file is from case \"emil\"",
       "team.refusal.case"},
      {"other-version.json", other_version.dump(), ": /content_version: expected ",
       "team.refusal.content_version"},
      {"tampered.json", tampered.dump(),
       ": /quarters/0: recorded outcome does not match the replay", "team.refusal.changed"},
  };
  EXPECT_NE(Team(l.s, "import", l.folder + "/nothing-here.json")
                .find("nothing-here.json: not a readable file"),
            std::string::npos);
  const std::string before = test::ReadFile(l.desk().session_path());
  test::Headless h;
  ui::ViewState view;
  for (const Bad& b : bad) {
    test::WriteFile(l.folder + "/" + b.file, b.text);
    ASSERT_EQ(Team(l.s, "refresh"), "");
    const std::string why = Team(l.s, "import", b.file);
    EXPECT_EQ(why.rfind(l.folder + "/" + b.file + ": ", 0), 0u) << "names the file: " << why;
    EXPECT_NE(why.find(b.expected), std::string::npos) << b.file << ": " << why;
    EXPECT_EQ(why.find('\n'), std::string::npos) << "one line: " << why;
    // Shown in the window in the team leader's words (the card and the
    // notice); the technical line stays for the log and scripts.
    EXPECT_EQ(l.desk().import_error(), why);
    EXPECT_EQ(l.desk().import_refusal().key, b.refusal) << b.file;
    EXPECT_TRUE(l.s.notice().error);
    EXPECT_EQ(l.s.notice().key, b.refusal) << b.file;
    ASSERT_EQ(Team(l.s, "tab", "participants"), "");
    h.Frames(l.s, view);
    EXPECT_EQ(test::ReadFile(l.desk().session_path()), before)
        << b.file << " changed the session file";
    EXPECT_TRUE(l.desk().session()->participants.empty());
  }
  // The good one is still accepted afterwards, and clears the refusal.
  test::WriteFile(l.folder + "/anna.json", good.dump(2));
  ASSERT_EQ(Team(l.s, "import", "anna.json"), "");
  EXPECT_EQ(l.desk().import_error(), "");
  EXPECT_EQ(l.desk().session()->participants.size(), 1u);
}

TEST(TeamDesk, HandInNeedsTheSessionsCaseSeedAndAFinishedCase) {
  test::TempDir dir;
  Leader l(dir);
  EXPECT_NE(Team(l.s, "hand_in").find("must be finished"), std::string::npos);
  // Another seed is another citizen's luck: it cannot be compared.
  ASSERT_TRUE(l.s.Apply(Intent{IntentKind::kCreateProfile, "Dora", {}, 0, 0.0, {}}));
  ApplyScript(l.s, [] {
    json s = test::ScriptFor("henrik", 8, test::PlayHeadless("henrik", "karen", 8), "x", "en");
    s.erase(s.begin(), s.begin() + 1);  // Dora exists already
    return s;
  }());
  ASSERT_TRUE(l.s.play()->finished());
  EXPECT_FALSE(l.desk().CanHandIn(l.s));
  EXPECT_NE(Team(l.s, "hand_in").find("with seed 7"), std::string::npos);
  // Exporting it still works: the team leader's import will say why it does not fit.
  ASSERT_EQ(Team(l.s, "export_result", dir.File("dora.json")), "");
  EXPECT_NE(Team(l.s, "import", dir.File("dora.json")).find("/seed: expected \"7\""),
            std::string::npos);
}

// Importing past the 200 participants a session holds threw out of the desk
// (issue 11, point 10): the file is refused by name, the session stays.
TEST(TeamDesk, AFullSessionRefusesTheNextImport) {
  test::TempDir dir;
  Leader l(dir);
  const CaseDef& c = *test::TestContent().FindCase("henrik");
  std::vector<QuarterChoices> choices;
  {
    Playthrough play(test::TestContent(), Kit().model, Kit().line, c, kSeed);
    while (!play.finished()) {
      choices.push_back(PolicyChoices(*c.FindPolicy("none"), play));
      play.Play(choices.back());
    }
  }
  std::string why;
  const auto played = Replay(Kit(), c, kSeed, "P", choices, &why);
  ASSERT_TRUE(played) << why;
  json doc = ResultToJson(*played, "henrik", c.content_version, kSeed);
  for (std::size_t i = 0; i <= kMaxParticipants; ++i) {
    doc["alias"] = "P" + std::to_string(i);
    test::WriteFile(l.folder + "/p.json", doc.dump());
    const std::string error = Team(l.s, "import", "p.json");
    if (i < kMaxParticipants)
      ASSERT_EQ(error, "") << i;
    else
      EXPECT_EQ(error, "a session holds at most 200 participants");
  }
  EXPECT_EQ(l.desk().session()->participants.size(), kMaxParticipants);
}

}  // namespace
}  // namespace bip
