// The session file's roster and sparring rounds (added with the game's desk):
// files without them still load, they round-trip, bad ones are refused with
// the place named, and the report prints the rounds' notes.
#include <gtest/gtest.h>

#include "team_fixture.hpp"
#include "team_report.hpp"
#include "team_session.hpp"

namespace bip {
namespace {

using nlohmann::json;
using test::Kit;

TeamSession WithRounds() {
  TeamSession s = test::EmptySession();
  AddParticipant(s, test::PlayedPolicy("karen", "Anna"));
  s.roster = {"Anna", "Bo"};
  s.rounds.push_back(
      {"challenge_not_ready", "", "Everyone is ready for <something>.\nEven Henrik."});
  s.rounds.push_back({"", "Our citizen with five internships", ""});
  return s;
}

std::string LoadError(const json& doc) {
  const auto path = test::TempDir() / "session.json";
  test::WriteText(path, doc.dump());
  std::string error;
  if (LoadSessionFile(Kit(), path.string(), &error)) return "";
  EXPECT_EQ(error.rfind(path.string() + ": ", 0), 0u) << error;
  return error;
}

TEST(TeamSessionRounds, RosterAndRoundsRoundTrip) {
  const TeamSession s = WithRounds();
  const auto path = test::TempDir() / "rounds.json";
  SaveSessionFile(s, path.string());
  std::string error;
  const auto back = LoadSessionFile(Kit(), path.string(), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->roster, s.roster);
  ASSERT_EQ(back->rounds.size(), 2u);
  EXPECT_EQ(back->rounds[0].card, "challenge_not_ready");
  EXPECT_EQ(back->rounds[0].notes, s.rounds[0].notes);
  EXPECT_EQ(back->rounds[1].card, "");
  EXPECT_EQ(back->rounds[1].situation, "Our citizen with five internships");
  ASSERT_EQ(back->participants.size(), 1u);
}

// A file written before the desk (no "roster", no "rounds") loads as before,
// and a session without them is written without them.
TEST(TeamSessionRounds, OlderFilesLoadAndPlainSessionsStayPlain) {
  json doc = SessionToJson(test::EmptySession());
  EXPECT_FALSE(doc.contains("roster"));
  EXPECT_FALSE(doc.contains("rounds"));
  doc["participants"].push_back({{"alias", "Anna"},
                                 {"quarters", ResultToJson(test::PlayedPolicy("karen", "Anna"),
                                                           "henrik", 1, 7)["quarters"]}});
  EXPECT_EQ(LoadError(doc), "");
}

TEST(TeamSessionRounds, BadRosterAndRoundsAreRefusedWithTheirPlace) {
  json doc = SessionToJson(WithRounds());
  json bad = doc;
  bad["rounds"][1]["card"] = "astral_projection";
  EXPECT_NE(LoadError(bad).find("/rounds/1/card: unknown sparring move \"astral_projection\""),
            std::string::npos)
      << LoadError(bad);
  bad = doc;
  bad["rounds"][0]["notes"] = std::string(kMaxRoundNotesBytes + 1, 'x');
  EXPECT_NE(LoadError(bad).find("/rounds/0/notes: expected text of at most"), std::string::npos);
  bad = doc;
  bad["rounds"][0]["mood"] = "fine";
  EXPECT_NE(LoadError(bad).find("/rounds/0: unknown key \"mood\""), std::string::npos);
  bad = doc;
  bad["rounds"][0].erase("situation");
  EXPECT_NE(LoadError(bad).find("/rounds/0/situation: missing"), std::string::npos);
  bad = doc;
  bad["roster"] = json::array({"Anna", "ANNA"});
  EXPECT_NE(LoadError(bad).find("/roster/1: the alias is listed twice"), std::string::npos);
  bad = doc;
  bad["roster"] = json::array({"Anna", std::string("B\x01o")});
  EXPECT_NE(LoadError(bad).find("/roster/1: expected an alias"), std::string::npos);
  bad = doc;
  bad["rounds"] = "many";
  EXPECT_NE(LoadError(bad).find("/rounds: expected an array"), std::string::npos);
}

TEST(TeamSessionRounds, TheReportPrintsTheRoundsEscaped) {
  const TeamSession s = WithRounds();
  const Content& c = test::TeamContent();
  for (const char* lang : {"sv", "da", "en"}) {
    const std::string html = TeamReportHtml(c, s, Compare(c, s, c.texts, lang, false), lang);
    EXPECT_NE(html.find(c.texts.Get(lang, "team_desk.report.rounds")), std::string::npos) << lang;
    EXPECT_NE(html.find(HtmlEscape(c.texts.Get(lang, "sparring.challenge_not_ready.name"))),
              std::string::npos)
        << lang;
    EXPECT_NE(html.find("Everyone is ready for &lt;something&gt;.<br>Even Henrik."),
              std::string::npos)
        << lang;
    EXPECT_NE(html.find(c.texts.Get(lang, "team_desk.report.own_situation")), std::string::npos)
        << lang;
    EXPECT_NE(html.find(c.texts.Get(lang, "team_desk.report.no_notes")), std::string::npos) << lang;
  }
  // No rounds, no section.
  const TeamSession plain = test::EmptySession();
  const std::string html = TeamReportHtml(c, plain, Compare(c, plain, c.texts, "en", false), "en");
  EXPECT_EQ(html.find("class=\"rounds\""), std::string::npos);
}

}  // namespace
}  // namespace bip
