// Theme-day files as the game writes them (format version 2): the votes a
// quarter is made of, the quarter in progress, round trips, old files, bad
// files, and the room CSV read back.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <sstream>

#include "playthrough.hpp"
#include "room.hpp"
#include "team_fixture.hpp"
#include "team_report.hpp"

namespace bip {
namespace {

using nlohmann::json;

RoomStep Step(std::string kind, std::vector<std::string> options, std::vector<int> votes,
              std::string event = {}) {
  RoomStep s;
  s.kind = std::move(kind);
  s.event = std::move(event);
  s.options = std::move(options);
  s.tally.votes = std::move(votes);
  DecideTally(s.tally, s.options);
  return s;
}

// A day of `quarters` quarters on Henrik, seed 7, as the desk records it:
// belief 4 (or 2 in quarter 2), the first response to each event, the plan
// between karen's and none (karen wins, overridden in quarter 3), sparring.
Room PlayedRoom(int quarters, int tables) {
  const ReplayKit& kit = test::Kit();
  const CaseDef& c = *kit.content.FindCase("henrik");
  Room room;
  room.name = "Finsam; \"dag\"";
  room.case_id = "henrik";
  room.seed = 7;
  room.tables = tables;
  Playthrough play(kit.content, kit.model, kit.line, c, 7);
  for (int q = 1; q <= quarters && !play.finished(); ++q) {
    RoomDecision d;
    d.quarter = q;
    d.steps.push_back(
        Step("belief", {"1", "2", "3", "4", "5"},
             q == 2 ? std::vector<int>{1, 9, 3, 2, 0} : std::vector<int>{0, 1, 3, 11, 2}));
    QuarterChoices ch;
    ch.belief = q == 2 ? 2 : 4;
    for (const Event* e : play.pending_events()) {
      std::vector<std::string> ids;
      for (const Response& r : e->responses) ids.push_back(r.id);
      std::vector<int> votes(ids.size(), 1);
      votes[0] = 10;
      d.steps.push_back(Step("response", ids, votes, e->id));
      ch.responses[e->id] = ids[0];
    }
    d.steps.push_back(
        Step("sparring", {"colleague_sounding_board", "astral_body", "none"}, {7, 3, 2}));
    ch.sparring = "colleague_sounding_board";
    QuarterChoices karen = ch, none = ch;
    karen.interventions = PolicyChoices(*c.FindPolicy("karen"), play).interventions;
    d.options = {{"karen", karen}, {"none", none}};
    if (tables > 0) {
      d.tables = {{6, 2}, {5, 3}};
      d.votes = {11, 5};
    } else {
      d.votes = {12, 4};
    }
    if (q == 3) d.override_id = "none";
    Decide(d);
    play.Play(d.options[d.played].choices);
    room.decisions.push_back(std::move(d));
  }
  room.pauses = {{1,
                  "Why does it go backwards without an intervention?",
                  "Table 2: the staircase feels safe.\nTable 1: no.",
                  180,
                  {}}};
  room.survey.ratings = {{{5, 4}, {4}, {3, 5}, {5}}};
  room.survey.open = {"More cases; please"};
  room.finished = true;
  return room;
}

std::optional<Room> Read(const json& doc, std::string* error) {
  return RoomFromJson(test::TeamContent(), doc, "day.json", error);
}

TEST(RoomV2, RoundTripKeepsEveryVote) {
  const Room room = PlayedRoom(4, 2);
  const json doc = RoomToJson(room);
  EXPECT_EQ(doc["format_version"], 2);
  std::string error;
  const auto back = Read(doc, &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(RoomToJson(*back), doc);
  ASSERT_EQ(back->decisions.size(), 4u);
  EXPECT_EQ(back->tables, 2);
  EXPECT_EQ(back->decisions[2].played, 1u) << "the override in quarter 3";
  EXPECT_EQ(back->decisions[1].steps[0].Played(), "2");
  EXPECT_EQ(back->pauses[0].seconds, 180);
  EXPECT_TRUE(back->finished);
}

TEST(RoomV2, QuarterInProgressIsKept) {
  Room room = PlayedRoom(2, 0);
  room.finished = false;
  room.current = RoomCurrent{3,
                             {"company_internship", "health_coping_course"},
                             {Step("belief", {"1", "2", "3", "4", "5"}, {0, 0, 2, 5, 1})}};
  std::string error;
  const auto back = Read(RoomToJson(room), &error);
  ASSERT_TRUE(back) << error;
  ASSERT_TRUE(back->current);
  EXPECT_EQ(back->current->quarter, 3);
  EXPECT_EQ(back->current->room_plan.size(), 2u);
  EXPECT_EQ(back->current->steps[0].tally.majority, 3u);
  // A new day has no decision yet.
  Room fresh;
  fresh.name = "New";
  fresh.case_id = "henrik";
  fresh.seed = 3;
  fresh.current = RoomCurrent{1, {}, {}};
  EXPECT_TRUE(Read(RoomToJson(fresh), &error)) << error;
}

TEST(RoomV2, VersionOneFilesStillLoad) {
  std::string error;
  const auto room = LoadRoomFile(
      test::TeamContent(),
      std::string(BIPGAME_SOURCE_CONTENT_DIR) + "/../docs/team/room-example.json", &error);
  ASSERT_TRUE(room) << error;
  EXPECT_FALSE(room->decisions.empty());
  EXPECT_TRUE(room->decisions[0].steps.empty());
  // Version 1 knows none of the new keys, and needs a decision.
  json doc = RoomToJson(PlayedRoom(1, 0));
  doc["format_version"] = 1;
  std::string e1;
  EXPECT_FALSE(Read(doc, &e1));
  EXPECT_NE(e1.find("unknown key"), std::string::npos) << e1;
}

std::string Error(json doc) {
  std::string error;
  EXPECT_FALSE(Read(doc, &error));
  EXPECT_EQ(error.rfind("day.json: /", 0), 0u) << error;
  return error;
}

TEST(RoomV2, BadFilesNameThePlaceAndWhatWasExpected) {
  const json good = RoomToJson(PlayedRoom(3, 0));
  json doc = good;
  doc["format_version"] = 3;
  EXPECT_NE(Error(doc).find("/format_version: expected 1 to 2"), std::string::npos);
  doc = good;
  doc["decisions"][0]["steps"][0]["options"][0] = "6";
  EXPECT_NE(Error(doc).find("/decisions/0/steps/0/options/0: expected a belief answer"),
            std::string::npos);
  doc = good;
  doc["decisions"][0]["steps"][0]["kind"] = "mood";
  EXPECT_NE(Error(doc).find("/decisions/0/steps/0/kind"), std::string::npos);
  doc = good;
  doc["decisions"][1]["steps"][0]["votes"] = {1, 2, 3, 4, 50};  // now "5" wins, but the plan says 2
  EXPECT_NE(Error(doc).find("/decisions/1/steps/0: expected the played option's choices to hold "
                            "what this vote decided (5)"),
            std::string::npos);
  doc = good;
  doc["decisions"][0]["steps"][1]["event"] = "no_such_event";
  EXPECT_NE(Error(doc).find("/decisions/0/steps/1/event"), std::string::npos);
  doc = good;
  doc["decisions"][0]["steps"][0]["override"] = "9";
  EXPECT_NE(Error(doc).find("/decisions/0/steps/0/override"), std::string::npos);
  doc = good;
  doc["current"] = {{"quarter", 2}, {"steps", json::array()}};
  EXPECT_NE(Error(doc).find("/current/quarter: expected a whole number 4-4"), std::string::npos);
  doc = good;
  doc["current"] = {{"quarter", 4}, {"steps", json::array()}, {"room_plan", {"teleport"}}};
  EXPECT_NE(Error(doc).find("/current/room_plan/0"), std::string::npos);
  doc = good;
  doc["tables"] = 101;
  EXPECT_NE(Error(doc).find("/tables"), std::string::npos);
  doc = good;
  doc["pauses"][0]["seconds"] = -5;
  EXPECT_NE(Error(doc).find("/pauses/0/seconds"), std::string::npos);
}

// Splits CSV text made by the report (semicolons, quotes doubled, CRLF).
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"')
        field += text[++i];
      else if (ch == '"')
        quoted = false;
      else
        field += ch;
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == ';') {
      rows.back().push_back(field);
      field.clear();
    } else if (ch == '\r') {
      EXPECT_EQ(text[i + 1], '\n');
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      EXPECT_NE(ch, '\n') << "a bare LF at " << i;
      field += ch;
    }
  }
  rows.pop_back();  // after the last CRLF
  return rows;
}

double Comma(const std::string& s) {
  std::string t = s;
  for (char& c : t)
    if (c == ',') c = '.';
  return std::stod(t);
}

TEST(RoomV2, CsvReadsBackVotesPathAndSurvey) {
  const Room room = PlayedRoom(4, 2);
  std::string error;
  const auto paths = PlayRoom(test::Kit(), room, &error);
  ASSERT_TRUE(paths) << error;
  const std::string csv = RoomReportCsv(test::TeamContent(), room, *paths, "sv");
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u);
  const auto rows = ParseCsv(csv.substr(3));
  // Block 1: a row per option of every vote.
  std::size_t expected = 0;
  for (const RoomDecision& d : room.decisions) {
    expected += d.options.size();
    for (const RoomStep& s : d.steps) expected += s.options.size();
  }
  ASSERT_GT(rows.size(), expected + 1);
  const auto& header = rows[0];
  ASSERT_EQ(header.size(),
            9u);  // quarter, vote, option, table 1, table 2, votes, share, majority, played
  EXPECT_EQ(header[3], "Bord 1");
  std::size_t played = 0;
  for (std::size_t r = 1; r <= expected; ++r) {
    ASSERT_EQ(rows[r].size(), header.size()) << r;
    if (rows[r][8] == "ja") ++played;
  }
  std::size_t votes = 0;
  for (const RoomDecision& d : room.decisions) votes += 1 + d.steps.size();
  EXPECT_EQ(played, votes) << "one option played per vote";
  // The plan row of quarter 3: the facilitator played "none", not the majority.
  bool override_seen = false;
  for (std::size_t r = 1; r <= expected; ++r)
    if (rows[r][0] == "3" &&
        rows[r][2] == test::TeamContent().texts.Get("sv", "room.policy.none")) {
      EXPECT_EQ(rows[r][7], "nej");
      EXPECT_EQ(rows[r][8], "ja");
      EXPECT_EQ(rows[r][5], "5");
      EXPECT_EQ(rows[r][6], DecimalComma(100.0 * 5 / 16, 1));
      override_seen = true;
    }
  EXPECT_TRUE(override_seen);
  // Block 2 after an empty line: the path, decimal commas, as played.
  std::size_t at = expected + 1;
  ASSERT_TRUE(rows[at].size() == 1 && rows[at][0].empty());
  ++at;
  EXPECT_EQ(rows[at].size(), 1u + 2 * (1 + paths->policies.size()));
  for (std::size_t q = 0; q < room.decisions.size(); ++q) {
    const auto& row = rows[at + 1 + q];
    EXPECT_EQ(row[0], std::to_string(q + 1));
    EXPECT_NEAR(Comma(row[1]), paths->room.quarters[q].line_after, 0.05);
    EXPECT_NEAR(Comma(row[2]), 100 * paths->room.quarters[q].job_within_year_after, 0.05);
  }
  at += 1 + room.decisions.size();
  // Block 3: the survey, counts per rating and the mean; the open answer quoted.
  ASSERT_TRUE(rows[at].size() == 1 && rows[at][0].empty());
  const auto& useful = rows[at + 2];
  EXPECT_EQ(useful[4], "1");  // one 4
  EXPECT_EQ(useful[5], "1");  // one 5
  EXPECT_EQ(useful[6], "2");
  EXPECT_EQ(useful[7], "4,50");
  EXPECT_EQ(rows.back()[1], "More cases; please");
  EXPECT_NE(csv.find("\"More cases; please\""), std::string::npos);
}

TEST(RoomV2, HtmlShowsEveryVote) {
  const Room room = PlayedRoom(3, 0);
  std::string error;
  const auto paths = PlayRoom(test::Kit(), room, &error);
  ASSERT_TRUE(paths) << error;
  for (const std::string lang : {"sv", "da", "en"}) {
    const std::string html = RoomReportHtml(test::TeamContent(), room, *paths, lang);
    std::size_t tables = 0;
    for (std::size_t at = html.find("<table class=\"step\">"); at != std::string::npos;
         at = html.find("<table class=\"step\">", at + 1))
      ++tables;
    EXPECT_EQ(tables, room.decisions[0].steps.size() + room.decisions[1].steps.size() +
                          room.decisions[2].steps.size())
        << lang;
    EXPECT_NE(html.find(test::TeamContent().texts.Get(lang, "room_desk.step.belief")),
              std::string::npos);
    EXPECT_NE(html.find(HtmlEscape(test::TeamContent().texts.Get(lang, "room.policy.karen"))),
              std::string::npos);
    EXPECT_EQ(html.find("[room"), std::string::npos) << "a text key without text";
  }
}

std::string Shell(const std::string& s) {
  std::string out = "'";
  for (char ch : s) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

TEST(RoomV2, CliWritesCsvAndRefusesNothingToWrite) {
  const auto dir = test::TempDir();
  const std::string day = (dir / "day.json").string(), csv = (dir / "day.csv").string();
  SaveRoomFile(PlayedRoom(3, 2), day);
  const std::string base = std::string(BIPGAME_BINARY) + " room report --content " +
                           Shell(BIPGAME_SOURCE_CONTENT_DIR) + " --room " + Shell(day);
  int rc = std::system((base + " --csv " + Shell(csv) + " --lang da >/dev/null 2>&1").c_str());
  ASSERT_TRUE(WIFEXITED(rc) && WEXITSTATUS(rc) == 0);
  const std::string text = test::ReadText(csv);
  EXPECT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_NE(text.find("Bord 2"), std::string::npos);
  rc = std::system((base + " >/dev/null 2>&1").c_str());
  EXPECT_TRUE(WIFEXITED(rc) && WEXITSTATUS(rc) == 2) << "neither --html nor --csv";
}

}  // namespace
}  // namespace bip
