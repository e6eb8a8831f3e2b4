// The phone server on 127.0.0.1 with a real HTTP client: the join code on
// every request, caps on bodies, texts and phones, per-address rate limits,
// one vote per phone (replaced, double taps once), and every acknowledged
// answer in the day file, restored when the day is opened again.
#include "phone_server.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "http_client.hpp"

namespace bip::net {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path TempDay() {
  static int n = 0;
  const fs::path dir = fs::temp_directory_path() /
                       ("bip-net-" + std::to_string(getpid()) + "-" + std::to_string(++n));
  fs::create_directories(dir);
  return dir / "day.json";
}

Room SmallRoom(int tables) {
  Room r;
  r.name = "Finsam";
  r.case_id = "henrik";
  r.seed = 7;
  r.tables = tables;
  return r;
}

json ReadJson(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return json::parse(s.str());
}

std::string Token(int i) {
  return "phone-token-000000" + std::to_string(1000 + i);
}

PhoneStage VoteStage(const std::string& key, std::size_t options, int tables, bool open = true) {
  PhoneStage st;
  st.json = json{{"day", "Finsam"}, {"kind", "vote"}, {"key", key}}.dump();
  st.quarter = std::stoi(key.substr(0, key.find('-')));
  st.vote_key = key;
  st.vote_open = open;
  st.options = options;
  st.tables = tables;
  return st;
}

class PhoneServerTest : public ::testing::Test {
 protected:
  void StartServer(PhoneServerOptions o = {}) {
    o.address = "127.0.0.1";
    o.port = 0;
    o.web_dir = BIPGAME_WEB_DIR;
    std::string error;
    ASSERT_TRUE(server->Start(o, &error)) << error;
  }
  HttpResult Get(const std::string& path, const std::string& from = {}) {
    return HttpRequest("127.0.0.1", server->port(), "GET", path, {}, from);
  }
  HttpResult Post(const std::string& path, const json& body, const std::string& from = {}) {
    return HttpRequest("127.0.0.1", server->port(), "POST", path, body.dump(), from);
  }
  std::string P(const std::string& rest) const { return "/" + hub->code() + "/" + rest; }

  fs::path day_file = TempDay();
  Room room = SmallRoom(2);
  std::unique_ptr<PhoneHub> hub = std::make_unique<PhoneHub>(room, day_file.string());
  std::unique_ptr<PhoneServer> server = std::make_unique<PhoneServer>(*hub);
};

TEST_F(PhoneServerTest, NothingListensBeforeStartOrAfterStop) {
  EXPECT_FALSE(server->running());
  StartServer();
  const int port = server->port();
  EXPECT_EQ(Get(P("")).status, 200);
  server->Stop();
  const HttpResult r = HttpRequest("127.0.0.1", port, "GET", P(""), {});
  EXPECT_EQ(r.status, -1) << "still answering after Stop";
}

TEST_F(PhoneServerTest, EveryRequestNeedsTheJoinCode) {
  StartServer();
  hub->Publish(VoteStage("1-0", 5, 2));
  EXPECT_EQ(Get("/").status, 403);
  EXPECT_EQ(Get("/WRONG1/").status, 403);
  EXPECT_EQ(Get("/WRONG1/api/state?t=" + Token(1)).status, 403);
  EXPECT_EQ(Post("/WRONG1/api/vote", {{"t", Token(1)}, {"key", "1-0"}, {"table", 1}, {"option", 2}})
                .status,
            403);
  EXPECT_EQ(hub->Answered("1-0"), 0u);
  // The right code in any letter case; the page and the state.
  std::string lower = hub->code();
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(Get("/" + lower + "/").status, 200);
  const HttpResult page = Get(P(""));
  EXPECT_NE(page.body.find("<html"), std::string::npos);
  const HttpResult state = Get(P("api/state?t=" + Token(1)));
  ASSERT_EQ(state.status, 200) << state.body;
  EXPECT_EQ(json::parse(state.body)["stage"]["key"], "1-0");
}

TEST_F(PhoneServerTest, VotesOnePerPhoneReplacedAndDoubleTapsOnce) {
  StartServer();
  hub->Publish(VoteStage("1-0", 5, 2));
  const auto vote = [&](int phone, int table, int option) {
    return Post(P("api/vote"),
                {{"t", Token(phone)}, {"key", "1-0"}, {"table", table}, {"option", option}});
  };
  EXPECT_EQ(vote(1, 1, 3).status, 200);
  EXPECT_EQ(vote(1, 1, 3).status, 200);  // a double tap
  EXPECT_EQ(vote(2, 2, 0).status, 200);
  EXPECT_EQ(vote(3, 2, 4).status, 200);
  EXPECT_EQ(vote(3, 2, 1).status, 200);  // changed their mind
  // Same address for all three: never deduplicated by IP.
  EXPECT_EQ(hub->Answered("1-0"), 3u);
  const auto counts = hub->Counts("1-0", 5, 2);
  EXPECT_EQ(counts, (std::vector<std::vector<int>>{{0, 0, 0, 1, 0}, {1, 1, 0, 0, 0}}));
  // Bad options, tables, tokens, closed votes.
  EXPECT_EQ(vote(4, 1, 5).status, 400);
  EXPECT_EQ(vote(4, 3, 1).status, 400);
  EXPECT_EQ(vote(4, 0, 1).status, 400);
  EXPECT_EQ(
      Post(P("api/vote"), {{"t", "short"}, {"key", "1-0"}, {"table", 1}, {"option", 1}}).status,
      400);
  EXPECT_EQ(
      Post(P("api/vote"), {{"t", Token(4)}, {"key", "1-1"}, {"table", 1}, {"option", 1}}).status,
      409);
  hub->Publish(VoteStage("1-0", 5, 2, false));
  EXPECT_EQ(vote(1, 1, 0).status, 409);
  EXPECT_EQ(hub->Counts("1-0", 5, 2)[0][3], 1) << "a closed vote cannot be changed";
  // The phone sees its own answer after a refresh.
  const json state = json::parse(Get(P("api/state?t=" + Token(3))).body);
  EXPECT_EQ(state["mine"]["vote"], 1);
  EXPECT_EQ(state["mine"]["table"], 2);
}

TEST_F(PhoneServerTest, BodiesTextsAndPhonesAreCapped) {
  StartServer();
  PhoneStage st;
  st.quarter = 1;
  st.pause = 0;
  hub->Publish(st);
  EXPECT_EQ(
      Post(P("api/text"),
           {{"t", Token(1)}, {"pause", 0}, {"text", std::string(kMaxPhoneTextBytes + 1, 'a')}})
          .status,
      413);
  EXPECT_EQ(Post(P("api/text"),
                 {{"t", Token(1)}, {"pause", 0}, {"text", std::string(kMaxPhoneBodyBytes, 'a')}})
                .status,
            413);
  EXPECT_EQ(Post(P("api/text"), {{"t", Token(1)}, {"pause", 0}, {"text", "   "}}).status, 400);
  EXPECT_EQ(HttpRequest("127.0.0.1", server->port(), "POST", P("api/text"), "{not json").status,
            400);
  EXPECT_EQ(Post(P("api/text"), {{"t", Token(1)}, {"pause", 1}, {"text", "late"}}).status, 409);
  EXPECT_EQ(
      Post(P("api/text"), {{"t", Token(1)}, {"pause", 0}, {"text", "<script>alert(1)</script>"}})
          .status,
      200);
  EXPECT_EQ(hub->Phones().written.size(), 1u);
  EXPECT_EQ(hub->Phones().written[0].text, "<script>alert(1)</script>")
      << "stored as typed; escaped where it is shown";
  // The 301st phone is turned away; the first 300 are not.
  for (int i = 0; i < static_cast<int>(kMaxPhones) - 1; ++i)
    ASSERT_EQ(hub->State(Token(100 + i)).status, 200) << i;
  EXPECT_EQ(hub->State(Token(999)).status, 503);
  EXPECT_EQ(hub->State(Token(1)).status, 200);
}

TEST_F(PhoneServerTest, OneAddressIsRateLimited) {
  PhoneServerOptions o;
  o.per_ip_rate = 1.0;
  o.per_ip_burst = 5.0;
  StartServer(o);
  int refused = 0;
  for (int i = 0; i < 10; ++i)
    refused += Get(P("api/state?t=" + Token(1)), "127.0.0.2").status == 429;
  EXPECT_GE(refused, 4);
  // Another address is not held back by the first.
  EXPECT_EQ(Get(P("api/state?t=" + Token(2)), "127.0.0.3").status, 200);
}

TEST_F(PhoneServerTest, AcknowledgedAnswersAreInTheDayFileAndComeBack) {
  StartServer();
  hub->Publish(VoteStage("2-1", 3, 2));
  ASSERT_EQ(
      Post(P("api/vote"), {{"t", Token(1)}, {"key", "2-1"}, {"table", 2}, {"option", 2}}).status,
      200);
  // Written before the phone was told: read the file now, as after a kill.
  RoomPhones saved;
  std::string error;
  const json doc = ReadJson(day_file);
  ASSERT_TRUE(doc.contains("phones"));
  ASSERT_TRUE(PhonesFromJson(doc["phones"], day_file.string(), saved, &error)) << error;
  EXPECT_EQ(saved.code, hub->code());
  EXPECT_EQ(saved.ballots["2-1"][Token(1)], (PhoneBallot{2, 2}));
  EXPECT_EQ(doc["name"], "Finsam") << "the day itself is still in the file";
  // The desk saving the day keeps the phones' answers.
  room.name = "Finsam 2";
  hub->SaveDay(room);
  EXPECT_EQ(ReadJson(day_file)["phones"]["ballots"]["2-1"][Token(1)], json({2, 2}));

  // The game is restarted: the day comes back with its phones.
  server.reset();
  Room reopened = room;
  reopened.phones = saved;
  hub = std::make_unique<PhoneHub>(reopened, day_file.string());
  server = std::make_unique<PhoneServer>(*hub);
  StartServer();
  hub->Publish(VoteStage("2-1", 3, 2));
  EXPECT_EQ(hub->code(), saved.code) << "phones that scanned the code still reach the day";
  EXPECT_EQ(hub->Answered("2-1"), 1u);
  EXPECT_EQ(json::parse(Get(P("api/state?t=" + Token(1))).body)["mine"]["vote"], 2);
  // A new quarter drops the last one's ballots (they are in the day's counts).
  hub->Publish(VoteStage("3-0", 5, 2));
  EXPECT_EQ(hub->Answered("2-1"), 0u);
}

TEST_F(PhoneServerTest, SurveyOncePerPhone) {
  StartServer();
  PhoneStage st;
  st.quarter = 8;
  EXPECT_EQ(
      Post(P("api/survey"), {{"t", Token(1)}, {"ratings", {5, 4, 3, 2}}, {"open", "bra"}}).status,
      409);
  st.survey_open = true;
  hub->Publish(st);
  EXPECT_EQ(
      Post(P("api/survey"), {{"t", Token(1)}, {"ratings", {5, 4, 3, 2}}, {"open", "bra"}}).status,
      200);
  EXPECT_EQ(
      Post(P("api/survey"), {{"t", Token(1)}, {"ratings", {5, 5, 5, 0}}, {"open", "mycket bra"}})
          .status,
      200);
  EXPECT_EQ(Post(P("api/survey"), {{"t", Token(2)}, {"ratings", {6, 5, 5, 0}}}).status, 400);
  ASSERT_EQ(hub->Phones().survey.size(), 1u);
  EXPECT_EQ(hub->Phones().survey[0].open, "mycket bra");
  EXPECT_EQ(json::parse(Get(P("api/state?t=" + Token(1))).body)["mine"]["surveyed"], true);
}

}  // namespace
}  // namespace bip::net
