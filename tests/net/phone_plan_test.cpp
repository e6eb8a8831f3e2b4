// The room's own plan composed on the phones (issue 12, point 3), over HTTP
// on 127.0.0.1: picks only from the case's palette, each once, at most
// kMaxPhonePlanPicks, only while the desk lets the phones compose; a second
// plan replaces the first; counts per table and per intervention; every
// acknowledged plan in the day file and back after a restart; the room's
// plan is the most picked, as many as the middle phone picked.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "http_client.hpp"
#include "phone_server.hpp"
#include "room_phone_plans.hpp"

namespace bip::net {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::vector<std::string> kPalette = {"job_search", "mentor", "health_check", "course",
                                           "debt_advice"};

std::string Token(int i) {
  return "plan-phone-token-" + std::to_string(1000 + i);
}

PhoneStage ComposeStage(const std::string& key, int tables) {
  PhoneStage st;
  st.json = json{{"day", "Finsam"}, {"kind", "compose"}}.dump();
  st.quarter = std::stoi(key.substr(0, key.find('-')));
  st.vote_key = key;
  st.vote_open = false;  // the plan vote opens once the room's plan is adopted
  st.options = 3;
  st.tables = tables;
  st.compose_key = key;
  st.palette = kPalette;
  return st;
}

class PhonePlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path dir = fs::temp_directory_path() / ("bip-plan-" + std::to_string(getpid()));
    fs::create_directories(dir);
    day_file = dir / "day.json";
    room.name = "Finsam";
    room.case_id = "henrik";
    room.seed = 7;
    room.tables = 2;
    Open(room);
  }
  void TearDown() override { fs::remove_all(day_file.parent_path()); }
  void Open(const Room& r) {
    server.reset();
    hub = std::make_unique<PhoneHub>(r, day_file.string());
    server = std::make_unique<PhoneServer>(*hub);
    PhoneServerOptions o;
    o.address = "127.0.0.1";
    o.port = 0;
    o.web_dir = BIPGAME_WEB_DIR;
    std::string error;
    ASSERT_TRUE(server->Start(o, &error)) << error;
  }
  HttpResult Plan(int phone, int table, const json& picks, const std::string& key = "2-2") {
    return HttpRequest(
        "127.0.0.1", server->port(), "POST", "/" + hub->code() + "/api/plan",
        json{{"t", Token(phone)}, {"key", key}, {"table", table}, {"picks", picks}}.dump());
  }
  json State(int phone) {
    const HttpResult r = HttpRequest("127.0.0.1", server->port(), "GET",
                                     "/" + hub->code() + "/api/state?t=" + Token(phone), {});
    return json::parse(r.body);
  }

  fs::path day_file;
  Room room;
  std::unique_ptr<PhoneHub> hub;
  std::unique_ptr<PhoneServer> server;
};

TEST_F(PhonePlanTest, OnlyWhileComposingAndWithinTheCasesRules) {
  EXPECT_EQ(Plan(1, 1, {"mentor"}).status, 409) << "before the desk lets the phones compose";
  hub->Publish(ComposeStage("2-2", 2));
  EXPECT_EQ(Plan(1, 1, {"mentor"}, "2-1").status, 409) << "another vote's key";
  EXPECT_EQ(Plan(1, 1, json::array()).status, 400) << "an empty plan";
  EXPECT_EQ(Plan(1, 1, {"mentor", "mentor"}).status, 400) << "the same intervention twice";
  EXPECT_EQ(Plan(1, 1, {"wage_subsidy"}).status, 400) << "not in the case's palette";
  EXPECT_EQ(
      Plan(1, 1, {"job_search", "mentor", "health_check", "course", "debt_advice", "x"}).status,
      400)
      << "more than kMaxPhonePlanPicks";
  EXPECT_EQ(Plan(1, 3, {"mentor"}).status, 400) << "a table the day does not have";
  EXPECT_EQ(Plan(1, 1, {1, 2}).status, 400) << "picks that are not ids";
  EXPECT_EQ(hub->Composed("2-2"), 0u) << "nothing refused was recorded";
  // The phone votes on the plans only after the room's plan was adopted.
  EXPECT_EQ(HttpRequest("127.0.0.1", server->port(), "POST", "/" + hub->code() + "/api/vote",
                        json{{"t", Token(1)}, {"key", "2-2"}, {"table", 1}, {"option", 0}}.dump())
                .status,
            409);
  const HttpResult ok = Plan(1, 1, {"mentor", "job_search"});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(json::parse(ok.body)["picks"], json({"mentor", "job_search"}));
  EXPECT_EQ(State(1)["mine"]["plan"], json({"mentor", "job_search"}));
  EXPECT_TRUE(State(2)["mine"]["plan"].is_null());
}

TEST_F(PhonePlanTest, ReplacedCountedPerTableSavedAndAdopted) {
  hub->Publish(ComposeStage("2-2", 2));
  ASSERT_EQ(Plan(1, 1, {"mentor"}).status, 200);
  ASSERT_EQ(Plan(1, 1, {"mentor", "course"}).status, 200) << "a second plan replaces the first";
  ASSERT_EQ(Plan(1, 1, {"mentor", "course"}).status, 200) << "a double tap";
  ASSERT_EQ(Plan(2, 1, {"course", "health_check"}).status, 200);
  ASSERT_EQ(Plan(3, 2, {"course", "mentor", "debt_advice"}).status, 200);
  ASSERT_EQ(Plan(4, 2, {"job_search"}).status, 200);
  EXPECT_EQ(hub->Composed("2-2"), 4u);
  // Per table, per palette entry (job_search, mentor, health_check, course, debt_advice).
  const auto counts = hub->PlanCounts("2-2", kPalette, 2);
  EXPECT_EQ(counts, (std::vector<std::vector<int>>{{0, 1, 1, 2, 0}, {1, 1, 0, 1, 1}}));

  // Written before the phones were told: the file holds every plan, once.
  std::ifstream in(day_file);
  std::stringstream text;
  text << in.rdbuf();
  const json doc = json::parse(text.str());
  ASSERT_TRUE(doc["phones"].contains("plans"));
  EXPECT_EQ(doc["phones"]["plans"]["2-2"].size(), 4u);
  EXPECT_EQ(doc["phones"]["plans"]["2-2"][Token(1)]["picks"], json({"mentor", "course"}));
  RoomPhones saved;
  std::string error;
  ASSERT_TRUE(PhonesFromJson(doc["phones"], day_file.string(), saved, &error)) << error;

  // The game is killed and the day reopened: the plans come back.
  Room reopened = room;
  reopened.phones = saved;
  Open(reopened);
  hub->Publish(ComposeStage("2-2", 2));
  EXPECT_EQ(hub->PlanCounts("2-2", kPalette, 2), counts);
  EXPECT_EQ(State(3)["mine"]["plan"], json({"course", "mentor", "debt_advice"}));

  // Sizes 1, 2, 2, 3: the middle phone picked 2. Course (4) then mentor (3).
  const auto plans = hub->ClosePlans("2-2");
  EXPECT_EQ(MostPickedPlan(plans, kPalette), (std::vector<std::string>{"course", "mentor"}));
  EXPECT_EQ(Plan(2, 1, {"job_search"}).status, 409) << "closed once the desk took the plans";
  EXPECT_EQ(hub->Composed("2-2"), 4u);
  // A new quarter drops the last one's plans.
  hub->Publish(ComposeStage("3-2", 2));
  EXPECT_EQ(hub->Composed("2-2"), 0u);
}

TEST(MostPickedPlan, TiesGoToThePalettesOrderAndNothingFromNoPlans) {
  EXPECT_TRUE(MostPickedPlan({}, kPalette).empty());
  std::map<std::string, PhonePlan> plans;
  plans[Token(1)] = {0, {"debt_advice", "mentor"}};
  plans[Token(2)] = {0, {"mentor", "debt_advice"}};
  plans[Token(3)] = {0, {"course", "job_search", "health_check"}};
  // Sizes 2, 2, 3 -> 2; mentor and debt_advice 2 each (mentor listed first in the palette).
  EXPECT_EQ(MostPickedPlan(plans, kPalette), (std::vector<std::string>{"mentor", "debt_advice"}));
  plans[Token(4)] = {0, {"wage_subsidy"}};  // not in the palette: never counted
  EXPECT_EQ(MostPickedPlan(plans, kPalette), (std::vector<std::string>{"mentor", "debt_advice"}));
  const auto counts = PhonePlanCounts(plans, kPalette, 0);
  EXPECT_EQ(counts, (std::vector<std::vector<int>>{{1, 2, 1, 1, 2}}));
}

}  // namespace
}  // namespace bip::net
