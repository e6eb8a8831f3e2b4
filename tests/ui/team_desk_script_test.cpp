// The desk driven by `bipgame --script` under SDL's offscreen driver: the
// team intents parse, run in the window loop (with a countdown running),
// write the session and its report next to the database, and a refused
// import in a script is an error naming the entry and the file.
#include <gtest/gtest.h>

#include <filesystem>

#include "ui_test_support.hpp"

namespace bip {
namespace {

using nlohmann::json;

json Team(const std::string& action, json extra = json::object()) {
  json e = {{"intent", "team"}, {"action", action}};
  e.update(extra);
  return e;
}

TEST(TeamDeskScript, SessionRoundsAndReportFromAScript) {
  test::TempDir dir;
  const json script = json::array({
      Team("open"),
      Team("create", {{"arg", "Team Script"}, {"n", 7}, {"list", {"henrik", "Anna"}}}),
      Team("draw", {{"arg", "challenge_staircase"}}),
      Team("note", {{"arg", "First housing, then an internship? Both at once."}, {"n", 1}}),
      Team("timer_start"),
      {{"intent", "wait"}, {"ms", 300}},
      Team("timer_pause"),
      Team("export_html"),
      Team("export_csv"),
      Team("import", {{"arg", "missing.json"}, {"optional", true}}),
  });
  const std::string path = test::WriteFile(dir.File("team.json"), script.dump());
  const test::ProcessResult r = test::RunGame({"--db", dir.File("bipgame.db"), "--script", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string folder = dir.File("team-sessions");
  const json session = json::parse(test::ReadFile(folder + "/team-script.json"));
  EXPECT_EQ(session["name"], "Team Script");
  EXPECT_EQ(session["roster"], json::array({"Anna"}));
  ASSERT_EQ(session["rounds"].size(), 1u);
  EXPECT_EQ(session["rounds"][0]["card"], "challenge_staircase");
  EXPECT_NE(test::ReadFile(folder + "/team-script-report.html")
                .find("First housing, then an internship? Both at once."),
            std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(folder + "/team-script-report.csv"));

  // Without "optional", a refused import stops the script with its reason.
  const json bad = json::array({Team("open"),
                                Team("create", {{"arg", "Team B"}, {"n", 7}, {"list", {"henrik"}}}),
                                Team("import", {{"arg", "missing.json"}})});
  const std::string bad_path = test::WriteFile(dir.File("bad.json"), bad.dump());
  const test::ProcessResult b =
      test::RunGame({"--db", dir.File("bipgame.db"), "--script", bad_path});
  EXPECT_NE(b.exit_code, 0);
  EXPECT_NE(b.err.find("entry 2 (team): " + folder + "/missing.json: not a readable file"),
            std::string::npos)
      << b.err;
}

}  // namespace
}  // namespace bip
