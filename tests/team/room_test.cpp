// Theme days: votes, majority and override, pauses, survey, the report.
#include "room.hpp"

#include <gtest/gtest.h>

#include "team_fixture.hpp"
#include "team_report.hpp"

namespace bip {
namespace {

using nlohmann::json;

json Option(const std::string& id, std::vector<std::string> interventions, int belief = 4) {
  return {{"id", id},
          {"choices",
           {{"interventions", interventions},
            {"sparring", "none"},
            {"belief", belief},
            {"responses", json::object()},
            {"caseworker_change", false}}}};
}

json RoomDoc() {
  json d1 = {{"quarter", 1},
             {"options",
              {Option("combined", {"company_internship", "health_coping_course"}),
               Option("health", {"health_coping_course"})}},
             {"votes", {5, 12}}};
  json d2 = {{"quarter", 2},
             {"options",
              {Option("combined", {"company_internship", "health_coping_course"}),
               Option("health", {"health_coping_course"})}},
             {"votes", {4, 9}},
             {"override", "combined"}};
  json d3 = {{"quarter", 3},
             {"options", {Option("A", {"company_internship"}), Option("B", {}, 2)}},
             {"tables", {{3, 1}, {0, 2}, {1, 1}}}};
  return {{"format", "bipgame-room"},
          {"format_version", 1},
          {"name", "Finsam <day>"},
          {"case", "henrik"},
          {"seed", "7"},
          {"decisions", {d1, d2, d3}},
          {"pauses",
           {{{"after_quarter", 1},
             {"question", "Why does it go backwards without an intervention?"},
             {"notes", "Table 2: the staircase."}}}},
          {"survey",
           {{"ratings", {{"useful", {5, 4, 4}}, {"relevant", {3, 5}}}},
            {"open", {"More cases, please"}}}}};
}

std::string RoomError(const json& doc) {
  std::string error;
  EXPECT_FALSE(RoomFromJson(test::TeamContent(), doc, "room.json", &error));
  EXPECT_EQ(error.rfind("room.json: ", 0), 0u) << error;
  return error;
}

TEST(Room, MajorityOverrideAndTables) {
  std::string error;
  const auto room = RoomFromJson(test::TeamContent(), RoomDoc(), "room.json", &error);
  ASSERT_TRUE(room) << error;
  ASSERT_EQ(room->decisions.size(), 3u);
  const RoomDecision& d1 = room->decisions[0];
  EXPECT_EQ(d1.majority, 1u);
  EXPECT_EQ(d1.played, 1u);
  const RoomDecision& d2 = room->decisions[1];
  EXPECT_EQ(d2.majority, 1u);
  EXPECT_EQ(d2.played, 0u) << "the facilitator's override is played";
  EXPECT_EQ(d2.votes, (std::vector<int>{4, 9})) << "the distribution is kept";
  const RoomDecision& d3 = room->decisions[2];
  EXPECT_EQ(d3.votes, (std::vector<int>{4, 4}));
  EXPECT_EQ(d3.tables.size(), 3u);
  EXPECT_TRUE(d3.tie);
  EXPECT_EQ(d3.played, 0u) << "a tie plays the option listed first";
}

TEST(Room, DecideAlone) {
  RoomDecision d;
  d.options = {{"a", {}}, {"b", {}}, {"c", {}}};
  d.votes = {1, 7, 3};
  Decide(d);
  EXPECT_EQ(d.majority, 1u);
  EXPECT_FALSE(d.tie);
  d.override_id = "c";
  Decide(d);
  EXPECT_EQ(d.majority, 1u);
  EXPECT_EQ(d.played, 2u);
}

TEST(Room, BadFilesAreRefusedWithTheirPointer) {
  json doc = RoomDoc();
  doc["decisions"][1]["override"] = "teleport";
  EXPECT_NE(RoomError(doc).find("/decisions/1/override"), std::string::npos);
  doc = RoomDoc();
  doc["decisions"][0]["votes"] = {1};
  EXPECT_NE(RoomError(doc).find("/decisions/0/votes"), std::string::npos);
  doc = RoomDoc();
  doc["decisions"][0]["votes"][0] = -1;
  EXPECT_NE(RoomError(doc).find("/decisions/0/votes/0"), std::string::npos);
  doc = RoomDoc();
  doc["decisions"][2]["votes"] = {1, 2};
  EXPECT_NE(RoomError(doc).find("either"), std::string::npos);
  doc = RoomDoc();
  doc["decisions"][0]["options"][0]["choices"]["belief"] = 0;
  EXPECT_NE(RoomError(doc).find("/decisions/0/options/0/choices"), std::string::npos);
  doc = RoomDoc();
  doc["survey"]["ratings"]["useful"][0] = 6;
  EXPECT_NE(RoomError(doc).find("/survey/ratings/useful/0"), std::string::npos);
  doc = RoomDoc();
  doc["survey"]["ratings"]["fun"] = {3};
  EXPECT_NE(RoomError(doc).find("/survey/ratings/fun"), std::string::npos);
  doc = RoomDoc();
  doc["extra"] = 1;
  EXPECT_NE(RoomError(doc).find("unknown key"), std::string::npos);
  doc = RoomDoc();
  doc["decisions"][1]["quarter"] = 3;
  EXPECT_NE(RoomError(doc).find("/decisions/1/quarter"), std::string::npos);
  doc = RoomDoc();
  doc["case"] = "nobody";
  EXPECT_NE(RoomError(doc).find("/case"), std::string::npos);
}

TEST(Room, PlaysThePathAgainstThePoliciesAndReports) {
  std::string error;
  const auto room = RoomFromJson(test::TeamContent(), RoomDoc(), "room.json", &error);
  ASSERT_TRUE(room) << error;
  const auto paths = PlayRoom(test::Kit(), *room, &error);
  ASSERT_TRUE(paths) << error;
  EXPECT_EQ(paths->room.quarters.size(), 3u);
  EXPECT_EQ(paths->room.quarters[1].choices, room->decisions[1].options[0].choices);
  ASSERT_EQ(paths->policies.size(), 3u);
  EXPECT_EQ(paths->policies[0].first, "karen");
  for (const auto& [name, p] : paths->policies) EXPECT_LE(p.quarters.size(), 3u) << name;

  const Content& c = test::TeamContent();
  for (const std::string lang : {"sv", "da", "en"}) {
    const std::string html = RoomReportHtml(c, *room, *paths, lang);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("Finsam &lt;day&gt;"), std::string::npos);
    EXPECT_NE(html.find("Table 2: the staircase."), std::string::npos);
    EXPECT_NE(html.find("More cases, please"), std::string::npos);
    EXPECT_NE(html.find(c.texts.Get(lang, "room.policy.staircase")), std::string::npos);
    EXPECT_EQ(html.find("[room."), std::string::npos);
    EXPECT_EQ(html.find("[team."), std::string::npos);
  }
  const std::string en = RoomReportHtml(c, *room, *paths, "en");
  EXPECT_NE(en.find("mean 4.3 (n = 3)"), std::string::npos);
  EXPECT_NE(en.find("not the majority&#39;s (health)"), std::string::npos);
  EXPECT_NE(RoomReportHtml(c, *room, *paths, "sv").find("medel 4,3 (n = 3)"), std::string::npos);
}

TEST(Room, FileIsSizeLimited) {
  const auto path = test::TempDir() / "room.json";
  std::string text = RoomDoc().dump();
  text += std::string(kMaxRoomFileBytes + 1 - text.size(), ' ');
  test::WriteText(path, text);
  std::string error;
  EXPECT_FALSE(LoadRoomFile(test::TeamContent(), path.string(), &error));
  EXPECT_NE(error.find("too large"), std::string::npos);
}

}  // namespace
}  // namespace bip
