// The facilitator's desk with the room's phones (issue 12): a Henrik day
// with three tables; phones on 127.0.0.1 vote and their votes are counted
// per table with the hand-entered ones; the game is killed mid-vote and the
// reopened day still has every acknowledged vote; a pause answer with a
// script tag is picked and exported escaped; the survey from a phone is in
// the report; the desk draws the join box; nothing listens after the day.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

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

namespace fs = std::filesystem;
using nlohmann::json;
using test::Room;
using ui::Intent;
using ui::IntentKind;
using ui::RoomPhase;

struct Day {
  explicit Day(const std::string& dir) {
    std::string problem;
    store = OpenGameStore(dir + "/bipgame.db", problem);
    ui::SessionOptions o;
    o.lang = "en";
    o.persist_settings = false;
    s = std::make_unique<ui::GameSession>(test::TestContent(), *store, "", o);
  }
  const ui::RoomDesk& desk() const { return s->room(); }
  void Do(const Intent& i) {
    std::string error;
    ASSERT_TRUE(s->Apply(i, &error)) << i.text << ": " << error;
  }
  std::unique_ptr<ui::SessionStore> store;
  std::unique_ptr<ui::GameSession> s;
};

// A port of our own: tests run in parallel.
int Port() {
  return 20000 + static_cast<int>(getpid() % 20000);
}

struct Phone {
  std::string token;
  json State() const {
    const auto r = net::HttpRequest("127.0.0.1", port, "GET", base + "api/state?t=" + token);
    return r.status == 200 ? json::parse(r.body) : json{{"status", r.status}};
  }
  int Post(const std::string& what, json body) const {
    body["t"] = token;
    return net::HttpRequest("127.0.0.1", port, "POST", base + "api/" + what, body.dump()).status;
  }
  int Vote(int table, int option) const {
    return Post("vote",
                {{"key", State()["stage"]["vote"]["key"]}, {"table", table}, {"option", option}});
  }
  std::string base;
  int port = 0;
};

TEST(RoomPhonesDesk, ARoomVotesFromPhonesAndLosesNothing) {
  test::TempDir tmp;
  std::string path, base;
  std::vector<int> belief_tables;
  {
    Day day(tmp.path());
    day.Do(Room("open"));
    day.Do(Room("new", "Finsam", 0, {"henrik", "7", "3"}));
    day.Do(Room("phones_start", "127.0.0.1", Port()));
    ASSERT_TRUE(day.desk().phones().running());
    const std::string url = day.desk().phones().Url();
    base = url.substr(url.find('/', 7));
    path = day.desk().path();
    std::vector<Phone> phones;
    for (int i = 0; i < 4; ++i)
      phones.push_back({"desk-test-phone-" + std::to_string(1000 + i), base, Port()});
    // The belief vote as the phones see it: five options in three languages.
    const json st = phones[0].State();
    ASSERT_EQ(st["stage"]["kind"], "vote") << st.dump();
    EXPECT_EQ(st["stage"]["day"], "Finsam");
    EXPECT_EQ(st["stage"]["tables"], 3);
    ASSERT_EQ(st["stage"]["vote"]["options"].size(), 5u);
    EXPECT_FALSE(st["stage"]["vote"]["options"][3]["sv"].get<std::string>().empty());
    EXPECT_EQ(phones[0].Vote(1, 3), 200);
    EXPECT_EQ(phones[1].Vote(2, 3), 200);
    EXPECT_EQ(phones[2].Vote(3, 1), 200);
    EXPECT_EQ(phones[2].Vote(3, 4), 200);  // changed its mind
    EXPECT_EQ(day.desk().phones().Answered(ui::RoomPhoneLink::VoteKey(day.desk())), 3u);
    // The desk draws the join box and the count without trouble.
    test::Headless h;
    ui::ViewState view;
    h.Frames(*day.s, view, 3);
    // Hand entry stays: table 1 raised two hands for option 1 as well.
    std::vector<std::string> cells(15, "");
    cells[0] = "2";
    day.Do(Room("close_vote", {}, 0, cells));
    const RoomStep& belief = day.desk().room()->current->steps.back();
    EXPECT_EQ(belief.tally.tables,
              (std::vector<std::vector<int>>{{2, 0, 0, 1, 0}, {0, 0, 0, 1, 0}, {0, 0, 0, 0, 1}}));
    EXPECT_EQ(belief.tally.votes, (std::vector<int>{2, 0, 0, 2, 1}));
    EXPECT_EQ(phones[0].Vote(1, 0), 409) << "a closed vote cannot be changed";
    // The next vote opens; one phone answers; then the game is killed.
    day.Do(Room("next"));
    EXPECT_EQ(phones[3].Vote(2, 1), 200);
    belief_tables = belief.tally.votes;
  }
  {
    const auto gone = net::HttpRequest("127.0.0.1", Port(), "GET", base);
    EXPECT_EQ(gone.status, -1) << "nothing listens once the day is gone";
  }
  Day day(tmp.path());
  day.Do(Room("open"));
  day.Do(Room("reopen", path));
  ASSERT_EQ(day.desk().phase(), RoomPhase::kVote);
  EXPECT_EQ(day.desk().room()->current->steps[0].tally.votes, belief_tables);
  EXPECT_EQ(day.desk().phones().Answered(ui::RoomPhoneLink::VoteKey(day.desk())), 1u)
      << "the acknowledged vote came back";
  day.Do(Room("phones_start", "127.0.0.1", Port()));
  const Phone p3{"desk-test-phone-1003", base, Port()};
  EXPECT_EQ(p3.State()["mine"]["vote"], 1)
      << "the same code still works and the phone sees its answer";
  const std::size_t n = day.desk().vote()->options.size();
  day.Do(Room("close_vote", {}, 0, std::vector<std::string>(n * 3, "")));
  EXPECT_EQ(day.desk().room()->current->steps.back().tally.tables[1][1], 1);

  // A pause (at the quarter's result) with a written answer, picked for the projector.
  while (day.desk().phase() == RoomPhase::kVote) {
    if (!day.desk().vote_closed()) {
      std::vector<std::string> cells(day.desk().vote()->options.size() * 3, "");
      cells[0] = "1";
      day.Do(Room("close_vote", {}, 0, cells));
    }
    day.Do(Room("next"));
  }
  day.Do(Room("pause"));
  ASSERT_EQ(p3.State()["stage"]["kind"], "pause");
  EXPECT_EQ(p3.Post("text", {{"pause", 0}, {"text", "<script>alert(1)</script> Henrik"}}), 200);
  ASSERT_EQ(day.desk().phones().Phones().written.size(), 1u);
  day.Do(Room("phones_pick", {}, 0));
  EXPECT_TRUE(day.desk().phones().Phones().written[0].picked);
  test::Headless h;
  ui::ViewState view;
  day.Do(Room("controls", {}, 0));
  h.Frames(*day.s, view, 2);
  day.Do(Room("end_pause"));
  // The end, the survey from a phone, the report.
  day.Do(Room("finish"));
  day.Do(Room("survey"));
  EXPECT_EQ(p3.Post("survey", {{"ratings", {5, 4, 0, 3}}, {"open", "=1+1 good"}}), 200);
  day.Do(Room("end"));
  day.Do(Room("export"));
  const std::string html = test::ReadFile(fs::path(path).replace_extension(".html").string());
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; Henrik"), std::string::npos);
  const std::string csv = test::ReadFile(fs::path(path).replace_extension(".csv").string());
  EXPECT_NE(csv.find("'=1+1 good"), std::string::npos) << "no formula from a phone in the CSV";
  day.Do(Room("phones_stop"));
  EXPECT_FALSE(day.desk().phones().running());
}

}  // namespace
}  // namespace bip
