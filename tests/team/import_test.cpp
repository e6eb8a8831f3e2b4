// Team sessions: the data model, and result files as untrusted input.
#include <gtest/gtest.h>

#include "choices_json.hpp"
#include "team_fixture.hpp"
#include "team_session.hpp"

namespace bip {
namespace {

using nlohmann::json;
using test::Kit;

json ResultDoc(const std::string& policy = "karen", const std::string& alias = "Anna") {
  const TeamSession s = test::EmptySession();
  return ResultToJson(test::PlayedPolicy(policy, alias), s.case_id, s.content_version, s.seed);
}

// Imports a document from a file and returns the error ("" when accepted).
std::string ImportError(const std::string& text) {
  const auto path = test::TempDir() / "result.json";
  test::WriteText(path, text);
  std::string error;
  const auto r = ImportResultFile(Kit(), test::EmptySession(), path.string(), &error);
  if (r) return "";
  EXPECT_EQ(error.rfind(path.string() + ": ", 0), 0u) << "the error names the file: " << error;
  EXPECT_EQ(error.find('\n'), std::string::npos) << "one line: " << error;
  return error;
}

std::string ImportError(const json& doc) {
  return ImportError(doc.dump());
}
std::string ImportError(const char* text) {
  return ImportError(std::string(text));
}

TEST(TeamSession, ReplayMatchesPlayAndRoundTripsThroughAResultFile) {
  const ParticipantResult karen = test::PlayedPolicy("karen", "Anna");
  ASSERT_FALSE(karen.quarters.empty());
  const auto path = test::TempDir() / "anna.json";
  const TeamSession s = test::EmptySession();
  test::WriteText(path, ResultToJson(karen, s.case_id, s.content_version, s.seed).dump(2));
  std::string error;
  const auto back = ImportResultFile(Kit(), s, path.string(), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->alias, "Anna");
  ASSERT_EQ(back->quarters.size(), karen.quarters.size());
  for (std::size_t i = 0; i < karen.quarters.size(); ++i) {
    EXPECT_EQ(back->quarters[i].choices, karen.quarters[i].choices);
    EXPECT_EQ(back->quarters[i].line_after, karen.quarters[i].line_after);
    EXPECT_EQ(back->quarters[i].job, karen.quarters[i].job);
  }
}

TEST(TeamSession, AddParticipantReplacesTheSameAliasIgnoringCase) {
  TeamSession s = test::EmptySession();
  AddParticipant(s, test::PlayedPolicy("karen", "Anna"));
  AddParticipant(s, test::PlayedPolicy("none", "Bo"));
  AddParticipant(s, test::PlayedPolicy("staircase", "ANNA"));
  ASSERT_EQ(s.participants.size(), 2u);
  EXPECT_EQ(s.participants[0].alias, "ANNA");
  EXPECT_EQ(s.participants[1].alias, "Bo");
}

TEST(TeamSession, SessionFileRoundTripsAndIsReplayedOnLoad) {
  TeamSession s = test::EmptySession();
  AddParticipant(s, test::PlayedPolicy("karen", "Anna"));
  AddParticipant(s, test::PlayedPolicy("none", "Bo"));
  const auto path = (test::TempDir() / "session.json").string();
  SaveSessionFile(s, path);
  std::string error;
  auto back = LoadSessionFile(Kit(), path, &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->name, "Team A");
  EXPECT_EQ(back->seed, 7u);
  ASSERT_EQ(back->participants.size(), 2u);
  EXPECT_EQ(back->participants[1].quarters.size(), s.participants[1].quarters.size());

  // An edited outcome in the session file is caught by the replay too.
  json doc = json::parse(test::ReadText(path));
  doc["participants"][0]["quarters"][0]["job_within_year_after"] = 0.99;
  test::WriteText(path, doc.dump());
  EXPECT_FALSE(LoadSessionFile(Kit(), path, &error));
  EXPECT_NE(error.find("/participants/0/quarters/0"), std::string::npos) << error;
}

TEST(TeamImport, MalformedJsonIsRefused) {
  EXPECT_NE(ImportError("{\"format\": ").find("not valid JSON"), std::string::npos);
  EXPECT_NE(ImportError("").find("not valid JSON"), std::string::npos);
  EXPECT_NE(ImportError("[1, 2]").find("expected a JSON object"), std::string::npos);
  EXPECT_NE(ImportError(json{{"format", "something-else"}}).find("/format"), std::string::npos);
}

TEST(TeamImport, OversizedFileIsRefusedBeforeParsing) {
  // Valid JSON padded past the limit: refused by size, not by content.
  std::string text = ResultDoc().dump();
  text += std::string(kMaxResultFileBytes + 1 - text.size(), ' ');
  EXPECT_NE(ImportError(text).find("too large"), std::string::npos);
}

TEST(TeamImport, WrongFormatVersionIsRefused) {
  json doc = ResultDoc();
  doc["format_version"] = 2;
  EXPECT_NE(ImportError(doc).find("/format_version"), std::string::npos);
}

TEST(TeamImport, OtherCaseIsRefusedWithAClearMessage) {
  json doc = ResultDoc();
  doc["case"] = "mette";
  const std::string e = ImportError(doc);
  EXPECT_NE(e.find("/case"), std::string::npos) << e;
  EXPECT_NE(e.find("henrik"), std::string::npos) << e;
  EXPECT_NE(e.find("mette"), std::string::npos) << e;
}

TEST(TeamImport, OtherContentVersionIsRefused) {
  json doc = ResultDoc();
  doc["content_version"] = doc["content_version"].get<int>() + 1;
  const std::string e = ImportError(doc);
  EXPECT_NE(e.find("/content_version"), std::string::npos) << e;
  EXPECT_NE(e.find("other content"), std::string::npos) << e;
}

TEST(TeamImport, OtherSeedIsRefused) {
  json doc = ResultDoc();
  doc["seed"] = "8";
  EXPECT_NE(ImportError(doc).find("/seed"), std::string::npos);
  doc["seed"] = "-7";
  EXPECT_NE(ImportError(doc).find("/seed"), std::string::npos);
  doc["seed"] = "99999999999999999999999";
  EXPECT_NE(ImportError(doc).find("/seed"), std::string::npos);
}

TEST(TeamImport, TamperedOutcomeIsRefused) {
  json doc = ResultDoc();
  doc["quarters"][1]["line_after"] = doc["quarters"][1]["line_after"].get<double>() + 5.0;
  const std::string e = ImportError(doc);
  EXPECT_NE(e.find("/quarters/1"), std::string::npos) << e;
  EXPECT_NE(e.find("does not match the replay"), std::string::npos) << e;

  json job = ResultDoc("none");
  job["quarters"][0]["job"] = true;
  EXPECT_NE(ImportError(job).find("does not match the replay"), std::string::npos);
}

TEST(TeamImport, TamperedChoicesWithOldOutcomesAreRefused) {
  json doc = ResultDoc();
  const std::size_t last = doc["quarters"].size() - 1;
  const int belief = doc["quarters"][last]["choices"]["belief"].get<int>();
  doc["quarters"][last]["choices"]["belief"] = belief == 1 ? 5 : 1;
  const std::string e = ImportError(doc);
  EXPECT_NE(
      e.find("/quarters/" + std::to_string(last) + ": recorded outcome does not match the replay"),
      std::string::npos)
      << e;

  // Other interventions early on change the events that come up later: the
  // recorded responses no longer fit, and the quarter is named.
  json early = ResultDoc("none");
  early["quarters"][0]["choices"]["interventions"] =
      json::array({"company_internship", "health_coping_course"});
  const std::string e2 = ImportError(early);
  EXPECT_TRUE(e2.find("does not match the replay") != std::string::npos ||
              e2.find("/choices: quarter") != std::string::npos)
      << e2;
}

TEST(TeamImport, UnknownKeysAreRefused) {
  json top = ResultDoc();
  top["score"] = 100;
  EXPECT_NE(ImportError(top).find("unknown key \"score\""), std::string::npos);
  json quarter = ResultDoc();
  quarter["quarters"][0]["bonus"] = 1;
  const std::string e = ImportError(quarter);
  EXPECT_NE(e.find("/quarters/0: unknown key \"bonus\""), std::string::npos) << e;
  json choices = ResultDoc();
  choices["quarters"][0]["choices"]["extra"] = 1;
  EXPECT_NE(ImportError(choices).find("/quarters/0/choices"), std::string::npos);
}

TEST(TeamImport, BadChoicesNameTheirPointer) {
  json doc = ResultDoc();
  doc["quarters"][2]["choices"]["belief"] = 9;
  const std::string e = ImportError(doc);
  EXPECT_NE(e.find("/quarters/2/choices"), std::string::npos) << e;
  EXPECT_NE(e.find("belief"), std::string::npos) << e;

  json unknown = ResultDoc();
  unknown["quarters"][0]["choices"]["interventions"] = json::array({"teleportation"});
  EXPECT_NE(ImportError(unknown).find("cannot be played"), std::string::npos);
}

TEST(TeamImport, QuarterCountAndOrderAreChecked) {
  json doc = ResultDoc();
  doc["quarters"] = json::array();
  EXPECT_NE(ImportError(doc).find("/quarters"), std::string::npos);
  json many = ResultDoc("none");
  while (many["quarters"].size() <= 40) many["quarters"].push_back(many["quarters"][0]);
  EXPECT_NE(ImportError(many).find("expected an array of 1 to"), std::string::npos);
  json order = ResultDoc();
  order["quarters"][1]["quarter"] = 5;
  EXPECT_NE(ImportError(order).find("/quarters/1/quarter"), std::string::npos);
}

TEST(TeamImport, BadAliasIsRefused) {
  json doc = ResultDoc();
  doc["alias"] = "";
  EXPECT_NE(ImportError(doc).find("/alias"), std::string::npos);
  doc["alias"] = std::string(200, 'x');
  EXPECT_NE(ImportError(doc).find("/alias"), std::string::npos);
  doc["alias"] = "a\nb";
  EXPECT_NE(ImportError(doc).find("/alias"), std::string::npos);
}

TEST(TeamImport, MissingFileIsRefused) {
  std::string error;
  EXPECT_FALSE(ImportResultFile(Kit(), test::EmptySession(), "/nonexistent/x.json", &error));
  EXPECT_NE(error.find("/nonexistent/x.json"), std::string::npos);
}

}  // namespace
}  // namespace bip
