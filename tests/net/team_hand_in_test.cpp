// The team session's hand-in over the network on 127.0.0.1 with a real HTTP
// client: the session's case and game number for a colleague, a result
// file handed in (validated and replayed like a file import, in the session
// file before "received"), replaced by the same device only, hostile
// bodies refused with a reason and the session file untouched, and all of
// it kept across a restart of the server.
#include "team_hand_in.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>

#include "http_client.hpp"
#include "team_fixture.hpp"
#include "team_hand_in_server.hpp"

namespace bip::net {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kAnnasLaptop = "annas-laptop-0123456789";
const std::string kBosLaptop = "bos-laptop-0123456789ab";

// The refusal's text key and the session's name stand in for the game's texts.
std::string Say(const std::string& key, const std::vector<std::pair<std::string, std::string>>&,
                const std::string& lang) {
  return lang + ":" + key;
}

json Result(const std::string& policy, const std::string& alias) {
  const TeamSession s = test::EmptySession();
  return ResultToJson(test::PlayedPolicy(policy, alias), s.case_id, s.content_version, s.seed);
}

class TeamHandInTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SaveSessionFile(test::EmptySession(), path.string());
    Open();
  }
  // The desk opens the session file and starts the hand-in (again).
  void Open() {
    server.reset();
    hub.reset();
    std::string error;
    auto loaded = LoadSessionFile(test::Kit(), path.string(), &error);
    ASSERT_TRUE(loaded) << error;
    hub = std::make_unique<TeamHandInHub>(test::Kit(), *loaded, path.string(), &Say);
    server = std::make_unique<TeamHandInServer>(*hub);
    TeamHandInOptions o;
    o.port = 0;
    o.web_dir = BIPGAME_WEB_DIR;
    ASSERT_TRUE(server->Start(o, &error)) << error;
  }
  HttpResult HandIn(const std::string& body, const std::string& token,
                    const std::string& code = {}) {
    return HttpRequest("127.0.0.1", server->port(), "POST",
                       "/" + (code.empty() ? hub->code() : code) + "/api/hand-in?t=" + token +
                           "&lang=sv&file=anna.json",
                       body, {}, 20000);
  }
  TeamSession OnDisk() {
    std::string error;
    auto s = LoadSessionFile(test::Kit(), path.string(), &error);
    EXPECT_TRUE(s) << error;
    return s ? *s : TeamSession{};
  }

  fs::path path = test::TempDir() / "team-a.json";
  std::unique_ptr<TeamHandInHub> hub;
  std::unique_ptr<TeamHandInServer> server;
};

TEST_F(TeamHandInTest, ColleagueGetsTheCaseAndHandsIn) {
  // The join code was made and saved with the session: links outlive a restart.
  EXPECT_EQ(OnDisk().lan_code, hub->code());
  EXPECT_EQ(HttpRequest("127.0.0.1", server->port(), "GET", "/" + hub->code() + "/", {}).status,
            200);
  const HttpResult info = HttpRequest("127.0.0.1", server->port(), "GET",
                                      "/" + hub->code() + "/api/session?lang=da", {});
  ASSERT_EQ(info.status, 200) << info.body;
  const json i = json::parse(info.body);
  EXPECT_EQ(i["case"], "henrik");
  EXPECT_EQ(i["seed"], "7");
  EXPECT_EQ(i["session"], "Team A");
  EXPECT_EQ(i["case_name"], "da:case.henrik.name");

  const HttpResult r = HandIn(Result("karen", "Anna").dump(2), kAnnasLaptop);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body)["message"], "sv:team_lan.received");
  EXPECT_EQ(json::parse(r.body)["replaced"], false);
  const TeamSession s = OnDisk();
  ASSERT_EQ(s.participants.size(), 1u);
  EXPECT_EQ(s.participants[0].alias, "Anna");
  ASSERT_EQ(s.lan_hand_ins.size(), 1u);
  EXPECT_EQ(s.lan_hand_ins[0].token, kAnnasLaptop);
  EXPECT_EQ(s.roster, std::vector<std::string>{"Anna"});
  EXPECT_EQ(hub->version(), 1u);
  ASSERT_EQ(hub->Events().size(), 1u);
  EXPECT_TRUE(hub->Events()[0].accepted);
}

TEST_F(TeamHandInTest, SamePersonReplacesNobodyElseTakesTheAliasOver) {
  ASSERT_EQ(HandIn(Result("karen", "Anna").dump(), kAnnasLaptop).status, 200);
  // Anna plays again and hands in from the same laptop: replaced.
  const HttpResult again = HandIn(Result("none", "anna").dump(), kAnnasLaptop);
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(json::parse(again.body)["replaced"], true);
  EXPECT_EQ(json::parse(again.body)["message"], "sv:team_lan.received_again");
  TeamSession s = OnDisk();
  ASSERT_EQ(s.participants.size(), 1u);
  const ParticipantResult none = test::PlayedPolicy("none", "anna");
  EXPECT_EQ(s.participants[0].quarters.back().line_after, none.quarters.back().line_after);
  // Bo's laptop cannot hand in as Anna.
  const std::string before = test::ReadText(path);
  const HttpResult taken = HandIn(Result("karen", "ANNA").dump(), kBosLaptop);
  EXPECT_EQ(taken.status, 409) << taken.body;
  EXPECT_EQ(json::parse(taken.body)["key"], "team.refusal.taken");
  EXPECT_EQ(json::parse(taken.body)["message"], "sv:team.refusal.taken");
  EXPECT_EQ(test::ReadText(path), before) << "a refused hand-in changed the session file";
  // ... but as Bo.
  EXPECT_EQ(HandIn(Result("karen", "Bo").dump(), kBosLaptop).status, 200);
  EXPECT_EQ(OnDisk().participants.size(), 2u);
  // An alias the team leader added at the desk stays the desk's to replace.
  {
    auto lock = hub->Lock();
    AddParticipant(hub->session(), test::PlayedPolicy("karen", "Cem"));
  }
  EXPECT_EQ(HandIn(Result("karen", "Cem").dump(), kBosLaptop).status, 409);
}

TEST_F(TeamHandInTest, HostileHandInsAreRefusedWithAReasonAndChangeNothing) {
  ASSERT_EQ(HandIn(Result("karen", "Anna").dump(), kAnnasLaptop).status, 200);
  const std::string before = test::ReadText(path);
  const auto refused = [&](const std::string& body, int status, const std::string& key) {
    const HttpResult r = HandIn(body, kBosLaptop);
    EXPECT_EQ(r.status, status) << body.substr(0, 80) << " -> " << r.body;
    if (!key.empty() && r.status == status) {
      const json j = json::parse(r.body);
      EXPECT_EQ(j["key"], key);
      EXPECT_FALSE(j["error"].get<std::string>().empty());
    }
  };
  refused("{not json", 422, "team.refusal.damaged");
  refused("[]", 422, "team.refusal.not_result");
  refused(R"({"format": "bipgame-team-result", "format_version": 1, "alias": "<script>"})", 422,
          "");
  json wrong_seed = Result("karen", "Bo");
  wrong_seed["seed"] = "8";
  refused(wrong_seed.dump(), 422, "team.refusal.seed");
  json tampered = Result("karen", "Bo");
  tampered["quarters"][0]["line_after"] = 99.0;
  refused(tampered.dump(), 422, "team.refusal.changed");
  json extra = Result("karen", "Bo");
  extra["quarters"][0]["choices"]["rm -rf"] = true;
  refused(extra.dump(), 422, "");
  refused(std::string(kMaxResultFileBytes + 1, ' '), 413, "team.refusal.too_big");
  // No device token, a wrong code, another method.
  EXPECT_EQ(HandIn(Result("karen", "Bo").dump(), "short").status, 400);
  EXPECT_EQ(HandIn(Result("karen", "Bo").dump(), kBosLaptop, "WRONG1").status, 403);
  EXPECT_EQ(HttpRequest("127.0.0.1", server->port(), "GET", "/" + hub->code() + "/api/hand-in", {})
                .status,
            405);
  EXPECT_EQ(test::ReadText(path), before) << "a refused hand-in changed the session file";
  EXPECT_EQ(hub->version(), 1u);
  // The desk sees every refusal, with its reason.
  std::size_t refusals = 0;
  for (const HandInEvent& e : hub->Events()) refusals += !e.accepted && !e.refusal.key.empty();
  EXPECT_EQ(refusals, 7u);
}

TEST_F(TeamHandInTest, HandInsAndWhoHandedInSurviveARestart) {
  ASSERT_EQ(HandIn(Result("karen", "Anna").dump(), kAnnasLaptop).status, 200);
  const std::string code = hub->code();
  Open();  // the team leader's game was closed and the session opened again
  EXPECT_EQ(hub->code(), code) << "colleagues' links still reach the session";
  {
    auto lock = hub->Lock();
    ASSERT_EQ(hub->session().participants.size(), 1u);
  }
  EXPECT_EQ(HandIn(Result("karen", "Anna").dump(), kBosLaptop).status, 409);
  EXPECT_EQ(HandIn(Result("none", "Anna").dump(), kAnnasLaptop).status, 200);
  // Stopped: nothing listens.
  const int port = server->port();
  server->Stop();
  EXPECT_EQ(HttpRequest("127.0.0.1", port, "GET", "/" + code + "/", {}).status, -1);
}

}  // namespace
}  // namespace bip::net
