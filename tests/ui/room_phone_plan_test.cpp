// The room composes its own plan on the phones (issue 12, point 3): with the
// desk's setting on, the plan vote first shows the phones Henrik's palette in
// its groups; three phones at three tables send plans (one changes its own,
// one sends an intervention the case does not offer); the desk draws the
// picks per table; A adopts the most picked as the room's plan, which the
// phones then vote on and which is played and carried into the next quarter.
#include <SDL_scancode.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>

#include "gui_store.hpp"
#include "headless_imgui.hpp"
#include "http_client.hpp"
#include "room_desk.hpp"
#include "room_intent.hpp"
#include "room_phone_link.hpp"
#include "session.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using nlohmann::json;
using test::Room;
using ui::Intent;
using ui::IntentKind;
using ui::RoomPhase;

int Port() {
  return 20000 + static_cast<int>((getpid() + 7919) % 20000);
}

struct Phone {
  std::string token, base;
  json State() const {
    const auto r = net::HttpRequest("127.0.0.1", Port(), "GET", base + "api/state?t=" + token);
    return r.status == 200 ? json::parse(r.body) : json{{"status", r.status}};
  }
  int Post(const std::string& what, json body) const {
    body["t"] = token;
    return net::HttpRequest("127.0.0.1", Port(), "POST", base + "api/" + what, body.dump()).status;
  }
};

TEST(RoomPhonePlan, TheRoomComposesItsPlanOnThePhonesAndTheDeskAdoptsIt) {
  test::TempDir tmp;
  std::string problem;
  auto store = OpenGameStore(tmp.path() + "/bipgame.db", problem);
  ui::SessionOptions o;
  o.lang = "en";
  o.persist_settings = false;
  ui::GameSession s(test::TestContent(), *store, "", o);
  const auto Do = [&](const Intent& i) {
    std::string error;
    ASSERT_TRUE(s.Apply(i, &error)) << i.text << ": " << error;
  };
  const ui::RoomDesk& desk = s.room();
  Do(Room("open"));
  Do(Room("new", "Finsam", 0, {"henrik", "7", "3"}));
  Do(Room("phones_start", "127.0.0.1", Port()));
  Do(Room("phones_compose", {}, 1));
  const std::string url = desk.phones().Url();
  const std::string base = url.substr(url.find('/', 7));
  std::vector<Phone> phones;
  for (int i = 0; i < 3; ++i)
    phones.push_back({"plan-desk-phone-" + std::to_string(1000 + i), base});
  // Belief and the events by hand, up to the plan vote.
  const auto close_by_hand = [&] {
    Do(Room("close_vote", {}, 0, std::vector<std::string>(desk.vote()->options.size() * 3, "1")));
  };
  while (desk.vote()->kind != "plan") {
    EXPECT_NE(phones[0].State()["stage"]["kind"], "compose");
    close_by_hand();
    Do(Room("next"));
  }
  std::string error;
  EXPECT_FALSE(s.Apply(Room("phones_adopt"), &error)) << "no plan from the phones yet";

  // The phones see the palette in its groups, labelled in three languages.
  const json st = phones[0].State()["stage"];
  ASSERT_EQ(st["kind"], "compose") << st.dump();
  const json& c = st["compose"];
  EXPECT_EQ(c["max"], kMaxPhonePlanPicks);
  std::size_t offered = 0;
  for (const json& g : c["groups"]) {
    EXPECT_FALSE(g["title"]["da"].get<std::string>().empty());
    for (const json& opt : g["options"]) {
      ++offered;
      EXPECT_FALSE(opt["label"]["sv"].get<std::string>().empty()) << opt["id"];
      EXPECT_FALSE(opt["hint"]["en"].get<std::string>().empty()) << opt["id"];
    }
  }
  EXPECT_EQ(offered, desk.play()->case_def().palette.size()) << "every palette entry, once";
  const std::string key = ui::RoomPhoneLink::VoteKey(desk);
  const auto plan = [&](int i, int table, json picks) {
    return phones[static_cast<std::size_t>(i)].Post(
        "plan", {{"key", key}, {"table", table}, {"picks", std::move(picks)}});
  };
  EXPECT_EQ(plan(0, 1, {"wage_subsidy"}), 400) << "not an intervention of Henrik's palette";
  EXPECT_EQ(phones[0].Post("vote", {{"key", key}, {"table", 1}, {"option", 0}}), 409)
      << "the plans are voted on once the room's plan is adopted";
  EXPECT_EQ(plan(0, 1, {"workplace_mentor", "health_coping_course"}), 200);
  EXPECT_EQ(plan(1, 2, {"workplace_mentor"}), 200);
  EXPECT_EQ(plan(1, 2, {"workplace_mentor", "social_mentor"}), 200);  // changed
  EXPECT_EQ(plan(2, 3, {"social_mentor", "workplace_mentor", "diet_exercise"}), 200);
  EXPECT_EQ(desk.phones().Composed(key), 3u);
  const auto counts =
      desk.phones().PlanCounts(key, {"workplace_mentor", "social_mentor", "diet_exercise"}, 3);
  EXPECT_EQ(counts, (std::vector<std::vector<int>>{{1, 0, 0}, {1, 1, 0}, {1, 1, 1}}));

  // The desk draws the picks per table; A adopts the most picked.
  test::Headless h;
  ui::ViewState view;
  h.Frames(s, view, 2);
  const auto intents = h.Key(s, view, SDL_SCANCODE_A);
  ASSERT_TRUE(std::any_of(intents.begin(), intents.end(),
                          [](const Intent& i) { return i.text == "phones_adopt"; }));
  for (const Intent& i : intents) Do(i);
  // Sizes 2, 2, 3: two interventions, workplace mentor (3) and social mentor (2).
  const std::vector<std::string> adopted = {"workplace_mentor", "social_mentor"};
  EXPECT_EQ(desk.room()->current->room_plan, adopted);
  ASSERT_EQ(desk.vote()->options[0], "room");
  EXPECT_EQ(desk.plan_interventions()[0], adopted);
  EXPECT_EQ(plan(0, 1, {"diet_exercise"}), 409) << "composing closed once adopted";

  // The phones now vote on the plans, the room's own first.
  const json vote = phones[1].State()["stage"];
  ASSERT_EQ(vote["kind"], "vote");
  EXPECT_TRUE(vote["vote"]["open"].get<bool>());
  EXPECT_NE(vote["vote"]["options"][0]["en"].get<std::string>().find("mentor"), std::string::npos);
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(phones[static_cast<std::size_t>(i)].Post(
                  "vote", {{"key", key}, {"table", i + 1}, {"option", 0}}),
              200);
  Do(Room("close_vote", {}, 0, std::vector<std::string>(desk.vote()->options.size() * 3, "")));
  EXPECT_EQ(desk.vote()->Played(), "room");
  Do(Room("next"));
  while (desk.phase() == RoomPhase::kVote) {
    if (!desk.vote_closed()) close_by_hand();
    Do(Room("next"));
  }
  ASSERT_EQ(desk.room()->decisions.size(), 1u);
  const RoomDecision& played = desk.room()->decisions[0];
  EXPECT_EQ(played.options[played.played].id, "room");
  EXPECT_EQ(played.options[played.played].choices.interventions, adopted);
  // The next quarter: the room's plan is on offer again, and the phones compose anew.
  Do(Room("next"));
  while (desk.vote()->kind != "plan") {
    close_by_hand();
    Do(Room("next"));
  }
  EXPECT_EQ(desk.room()->current->room_plan, adopted);
  EXPECT_EQ(desk.vote()->options[0], "room");
  EXPECT_EQ(phones[2].State()["stage"]["kind"], "compose");
  EXPECT_TRUE(phones[2].State()["mine"]["plan"].is_null()) << "a new plan vote, a new plan";
  Do(Room("phones_stop"));
}

}  // namespace
}  // namespace bip
