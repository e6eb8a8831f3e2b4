// The comparison and its exports, parsed back; and the commands end to end.
#include <gtest/gtest.h>

#include <cstdlib>
#include <regex>

#include "playthrough.hpp"
#include "save_store.hpp"
#include "team_fixture.hpp"
#include "team_report.hpp"

namespace bip {
namespace {

TeamSession ThreePlayers(const std::string& first_alias = "Anna") {
  TeamSession s = test::EmptySession();
  AddParticipant(s, test::PlayedPolicy("karen", first_alias));
  AddParticipant(s, test::PlayedPolicy("staircase", "Bo"));
  AddParticipant(s, test::PlayedPolicy("none", "Cai"));
  return s;
}

std::vector<std::string> SplitCrlf(const std::string& text, bool* only_crlf) {
  std::vector<std::string> lines;
  *only_crlf = true;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      if (i == 0 || text[i - 1] != '\r') *only_crlf = false;
      lines.push_back(text.substr(start, i - start - (i > 0 && text[i - 1] == '\r' ? 1 : 0)));
      start = i + 1;
    }
  }
  if (start != text.size()) *only_crlf = false;  // last line without an ending
  return lines;
}

// Splits one CSV line on semicolons, honouring double quotes.
std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char ch = line[i];
    if (quoted) {
      if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else if (ch == '"') {
        quoted = false;
      } else {
        out.back() += ch;
      }
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == ';') {
      out.emplace_back();
    } else {
      out.back() += ch;
    }
  }
  return out;
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(TeamCompare, GroupsDivergenceAndFindingQuestions) {
  const TeamSession s = ThreePlayers();
  const Content& c = test::TeamContent();
  const TeamComparison cmp = Compare(c, s, c.texts, "en", false);
  ASSERT_EQ(cmp.names.size(), 3u);
  ASSERT_FALSE(cmp.quarters.empty());
  const QuarterComparison& q1 = cmp.quarters[0];
  // karen combines with a job-focused intervention; none plays nothing.
  EXPECT_EQ(q1.participants[2].plan, PlanKind::kNone);
  EXPECT_NE(q1.participants[0].plan, PlanKind::kNone);
  EXPECT_TRUE(q1.diverged);
  EXPECT_NE(std::find(q1.question_keys.begin(), q1.question_keys.end(), "team.question.line"),
            q1.question_keys.end());
  // Every intervention sits in the column of its group.
  for (const QuarterComparison& q : cmp.quarters)
    for (const ParticipantQuarter& p : q.participants)
      for (std::size_t g = 0; g < 4; ++g)
        for (const std::string& id : p.by_group[g])
          for (const InterventionDef& d : c.model.interventions)
            if (d.id == id) {
              EXPECT_EQ(static_cast<std::size_t>(d.group), g);
            }
  int total = 0;
  for (int n : cmp.beliefs.counts) total += n;
  EXPECT_EQ(total, cmp.beliefs.total);
  EXPECT_GT(total, 0);
  double shares = 0;
  for (std::size_t b = 0; b < 4; ++b) shares += cmp.beliefs.Share(b);
  EXPECT_NEAR(shares, 100.0, 1e-9);
}

TEST(TeamCompare, SamePathIsNotADivergence) {
  TeamSession s = test::EmptySession();
  AddParticipant(s, test::PlayedPolicy("karen", "Anna"));
  AddParticipant(s, test::PlayedPolicy("karen", "Bo"));
  const Content& c = test::TeamContent();
  for (const QuarterComparison& q : Compare(c, s, c.texts, "en", false).quarters) {
    EXPECT_FALSE(q.diverged) << "quarter " << q.quarter;
    EXPECT_TRUE(q.question_keys.empty());
  }
}

TEST(TeamCompare, BeliefBandsFollowF_S12) {
  EXPECT_EQ(BeliefBand(1), 0u);
  EXPECT_EQ(BeliefBand(2), 0u);
  EXPECT_EQ(BeliefBand(3), 1u);
  EXPECT_EQ(BeliefBand(4), 2u);
  EXPECT_EQ(BeliefBand(5), 3u);
  double sum = 0;
  for (double v : kBipBeliefShares) sum += v;
  EXPECT_DOUBLE_EQ(sum, 100.0);
}

TEST(TeamExport, CsvIsForSwedishAndDanishSpreadsheets) {
  const TeamSession s = ThreePlayers();
  const Content& c = test::TeamContent();
  for (const std::string lang : {"sv", "da", "en"}) {
    const TeamComparison cmp = Compare(c, s, c.texts, lang, false);
    const std::string csv = TeamReportCsv(c, cmp, lang);
    ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF") << "UTF-8 BOM";
    bool only_crlf = false;
    const auto lines = SplitCrlf(csv.substr(3), &only_crlf);
    EXPECT_TRUE(only_crlf);
    std::size_t rows = 0;
    for (const auto& p : s.participants) rows += p.quarters.size();
    ASSERT_EQ(lines.size(), rows + 1);
    const auto header = Fields(lines[0]);
    ASSERT_EQ(header.size(), 12u);
    EXPECT_EQ(header[0], c.texts.Get(lang, "team.col.participant"));
    EXPECT_EQ(header[2], c.texts.Get(lang, "group.job_focused.name"));
    const std::regex decimal_comma(R"(^\d+,\d$)");
    std::set<std::string> names;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const auto f = Fields(lines[i]);
      ASSERT_EQ(f.size(), 12u) << lines[i];
      names.insert(f[0]);
      EXPECT_TRUE(std::regex_match(f[9], decimal_comma)) << f[9];
      EXPECT_TRUE(std::regex_match(f[10], decimal_comma)) << f[10];
      EXPECT_GE(std::stoi(f[8]), 1);
      EXPECT_LE(std::stoi(f[8]), 5);
    }
    EXPECT_EQ(names, (std::set<std::string>{"Anna", "Bo", "Cai"}));
  }
}

TEST(TeamExport, CsvQuotesFieldsWithSemicolonsAndQuotes) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a;b"), "\"a;b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(DecimalComma(12.345, 1), "12,3");
  const TeamSession s = ThreePlayers("Ann;\"A\"");
  const Content& c = test::TeamContent();
  const std::string csv = TeamReportCsv(c, Compare(c, s, c.texts, "sv", false), "sv");
  bool crlf = false;
  const auto lines = SplitCrlf(csv.substr(3), &crlf);
  EXPECT_EQ(Fields(lines[1])[0], "Ann;\"A\"");
}

TEST(TeamExport, HtmlIsSelfContainedWithSvgAndEveryParticipant) {
  const TeamSession s = ThreePlayers("Anna <b>&</b>");
  const Content& c = test::TeamContent();
  const std::string html = TeamReportHtml(c, s, Compare(c, s, c.texts, "sv", false), "sv");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_EQ(Count(html, "<svg"), 2u);
  EXPECT_EQ(Count(html, "<svg"), Count(html, "</svg>"));
  EXPECT_EQ(Count(html, "<polyline"), 3u);
  for (const char* tag :
       {"table", "section", "tr", "td", "th", "p", "h2", "text", "title", "polyline"})
    EXPECT_EQ(Count(html, std::string("<") + tag + ">") + Count(html, std::string("<") + tag + " "),
              Count(html, std::string("</") + tag + ">"))
        << tag;
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos) << "nothing loaded from outside";
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("<b>&</b>"), std::string::npos) << "aliases are escaped";
  EXPECT_NE(html.find("Anna &lt;b&gt;&amp;&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(html.find(">Bo<"), std::string::npos);
  EXPECT_NE(html.find(">Cai<"), std::string::npos);
  EXPECT_NE(html.find("F-LINE"), std::string::npos);
  EXPECT_EQ(html.find("[team."), std::string::npos) << "no missing texts";
}

TEST(TeamExport, AnonymousReportHidesAliases) {
  const TeamSession s = ThreePlayers();
  const Content& c = test::TeamContent();
  const TeamComparison cmp = Compare(c, s, c.texts, "en", true);
  const std::string html = TeamReportHtml(c, s, cmp, "en");
  const std::string csv = TeamReportCsv(c, cmp, "en");
  for (const char* alias : {"Anna", ">Bo<", "Cai"}) {
    EXPECT_EQ(html.find(alias), std::string::npos) << alias;
    EXPECT_EQ(csv.find(alias), std::string::npos) << alias;
  }
  EXPECT_NE(html.find("Participant 3"), std::string::npos);
}

std::string Shell(const std::string& s) {
  std::string out = "'";
  for (char ch : s) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

int RunBipgame(const std::string& args) {
  const int rc =
      std::system((std::string(BIPGAME_BINARY) + " " + args + " >/dev/null 2>&1").c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

TEST(TeamCli, CreateExportImportReport) {
  const auto dir = test::TempDir();
  const std::string content = " --content " + Shell(BIPGAME_SOURCE_CONTENT_DIR);
  // A saved game: Anna plays Henrik with seed 7 as karen would.
  const std::string db = (dir / "save.db").string();
  std::int64_t playthrough = 0;
  {
    auto opened = SaveStore::Open(db);
    ASSERT_TRUE(opened.store) << opened.error;
    const CaseDef& c = *test::TeamContent().FindCase("henrik");
    const std::int64_t profile = opened.store->CreateProfile("Anna");
    playthrough =
        opened.store->CreatePlaythrough(profile, "henrik", 7, std::to_string(c.content_version));
    const ReplayKit& kit = test::Kit();
    Playthrough play(kit.content, kit.model, kit.line, c, 7);
    for (int q = 1; q <= 3; ++q) {
      const QuarterChoices ch = PolicyChoices(*c.FindPolicy("karen"), play);
      play.Play(ch);
      opened.store->AppendQuarter(playthrough, q, ch, nlohmann::json::object(), play.finished());
    }
  }
  const std::string session = Shell((dir / "session.json").string());
  const std::string result = Shell((dir / "anna.json").string());
  ASSERT_EQ(RunBipgame("session create --case henrik --seed 7 --name 'Team A' --out " + session +
                       content),
            0);
  ASSERT_EQ(RunBipgame("session export-result --db " + Shell(db) + " --playthrough " +
                       std::to_string(playthrough) + " --out " + result + content),
            0);
  ASSERT_EQ(RunBipgame("session import --session " + session + " " + result + content), 0);
  // A foreign file is refused and leaves the session as it was.
  const std::string before = test::ReadText(dir / "session.json");
  test::WriteText(dir / "bad.json", "{\"format\": \"bipgame-team-result\"");
  EXPECT_EQ(RunBipgame("session import --session " + session + " " +
                       Shell((dir / "bad.json").string()) + content),
            1);
  EXPECT_EQ(test::ReadText(dir / "session.json"), before);
  ASSERT_EQ(RunBipgame("session report --session " + session + " --html " +
                       Shell((dir / "r.html").string()) + " --csv " +
                       Shell((dir / "r.csv").string()) + " --lang da" + content),
            0);
  EXPECT_NE(test::ReadText(dir / "r.html").find("Anna"), std::string::npos);
  EXPECT_EQ(test::ReadText(dir / "r.csv").substr(0, 3), "\xEF\xBB\xBF");
  // A session of another seed refuses Anna's file.
  const std::string other = Shell((dir / "other.json").string());
  ASSERT_EQ(RunBipgame("session create --case henrik --seed 8 --name B --out " + other + content),
            0);
  EXPECT_EQ(RunBipgame("session import --session " + other + " " + result + content), 1);
}

TEST(TeamCli, RoomReportOfTheExampleFile) {
  const auto dir = test::TempDir();
  const std::string content = " --content " + Shell(BIPGAME_SOURCE_CONTENT_DIR);
  const std::string example =
      std::string(BIPGAME_SOURCE_CONTENT_DIR) + "/../docs/team/room-example.json";
  ASSERT_EQ(RunBipgame("room report --room " + Shell(example) + " --html " +
                       Shell((dir / "day.html").string()) + " --lang da" + content),
            0);
  const std::string html = test::ReadText(dir / "day.html");
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("Finsam temadag"), std::string::npos);
  test::WriteText(dir / "bad.json", "{\"format\": \"bipgame-room\", \"format_version\": 1}");
  EXPECT_EQ(RunBipgame("room report --room " + Shell((dir / "bad.json").string()) + " --html " +
                       Shell((dir / "x.html").string()) + content),
            2);
  EXPECT_FALSE(std::filesystem::exists(dir / "x.html"));
}

TEST(TeamSessionFile, OtherContentVersionIsRefused) {
  TeamSession s = test::EmptySession();
  s.content_version += 1;
  const auto path = (test::TempDir() / "old.json").string();
  SaveSessionFile(s, path);
  std::string error;
  EXPECT_FALSE(LoadSessionFile(test::Kit(), path, &error));
  EXPECT_NE(error.find(path + ": /content_version"), std::string::npos) << error;
}

}  // namespace
}  // namespace bip
