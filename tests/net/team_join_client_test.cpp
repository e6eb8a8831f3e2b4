// A participant's game as the team desk's client on 127.0.0.1: the address
// as people type or paste it, the session's case and game number, a hand-in
// received, replaced by the same token, refused with the desk's reason in
// the language asked for, and no answer (nobody listens) told apart from a
// refusal.
#include "team_join_client.hpp"

#include <gtest/gtest.h>
#include <sys/socket.h>

#include <memory>

#include "team_fixture.hpp"
#include "team_hand_in.hpp"
#include "team_hand_in_server.hpp"

namespace bip::net {
namespace {

using nlohmann::json;

std::string Say(const std::string& key, const std::vector<std::pair<std::string, std::string>>&,
                const std::string& lang) {
  return lang + ":" + key;
}

TEST(TeamLink, ReadsTheAddressAsTheDeskShowsItOrInParts) {
  std::string error;
  auto l = ParseTeamLink("  http://192.168.1.23:8090/q4mz7k/ ", "", &error);
  ASSERT_TRUE(l) << error;
  EXPECT_EQ(l->address, "192.168.1.23");
  EXPECT_EQ(l->port, 8090);
  EXPECT_EQ(l->code, "Q4MZ7K");
  EXPECT_EQ(l->Url(), "http://192.168.1.23:8090/Q4MZ7K/");
  l = ParseTeamLink("10.0.0.5:9000", "ab12cd", &error);
  ASSERT_TRUE(l) << error;
  EXPECT_EQ(l->port, 9000);
  EXPECT_EQ(l->code, "AB12CD");
  l = ParseTeamLink("localhost/ABCDEF", "", &error);  // the desk's port unless one is given
  ASSERT_TRUE(l) << error;
  EXPECT_EQ(l->address, "127.0.0.1");
  EXPECT_EQ(l->port, 8090);
  // What cannot be a desk's address says what was expected.
  const auto refused = [&](const std::string& typed, const std::string& code) {
    error.clear();
    EXPECT_FALSE(ParseTeamLink(typed, code, &error)) << typed;
    return error;
  };
  EXPECT_NE(refused("", "ABCDEF").find("expected the address"), std::string::npos);
  EXPECT_NE(refused("team-north.example", "ABCDEF").find("expected the address"),
            std::string::npos);
  EXPECT_NE(refused("https://10.0.0.5:8090/ABCDEF/", "").find("http://"), std::string::npos);
  EXPECT_NE(refused("10.0.0.5:99999/ABCDEF", "").find("port"), std::string::npos);
  EXPECT_NE(refused("10.0.0.5:8090", "").find("no join code"), std::string::npos);
  EXPECT_NE(refused("10.0.0.5:8090/ABCDEF", "QQQQQQ").find("the code typed is QQQQQQ"),
            std::string::npos);
  EXPECT_NE(refused("10.0.0.5:8090/AB<script>", "").find("join code"), std::string::npos);
}

TEST(TeamJoinClient, GetsTheSessionHandsInReplacesAndShowsRefusals) {
  const auto path = test::TempDir() / "team-a.json";
  SaveSessionFile(test::EmptySession(), path.string());
  TeamHandInHub hub(test::Kit(), test::EmptySession(), path.string(), &Say);
  TeamHandInServer server(hub);
  TeamHandInOptions o;
  o.port = 0;
  o.web_dir = BIPGAME_WEB_DIR;
  std::string error;
  ASSERT_TRUE(server.Start(o, &error)) << error;
  const TeamLink link{"127.0.0.1", server.port(), hub.code()};

  RemoteTeamSession remote;
  TeamReply r = FetchTeamSession(link, "da", &remote);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(remote.name, test::EmptySession().name);
  EXPECT_EQ(remote.case_id, "henrik");
  EXPECT_EQ(remote.seed, 7u);
  EXPECT_EQ(remote.content_version, test::EmptySession().content_version);

  const TeamSession s = test::EmptySession();
  const std::string anna =
      ResultToJson(test::PlayedPolicy("karen", "Anna"), s.case_id, s.content_version, s.seed)
          .dump();
  const std::string token = NewHandInToken();
  EXPECT_TRUE(ValidHandInToken(token));
  EXPECT_NE(token, NewHandInToken());
  r = HandInOverNetwork(link, token, "anna.json", anna, "sv");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_FALSE(r.replaced);
  EXPECT_EQ(r.message, "sv:team_lan.received");
  // The same token replaces; another token cannot take Anna over, and is
  // told why in its own language.
  const std::string staircase =
      ResultToJson(test::PlayedPolicy("staircase", "Anna"), s.case_id, s.content_version, s.seed)
          .dump();
  r = HandInOverNetwork(link, token, "anna.json", staircase, "sv");
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_TRUE(r.replaced);
  EXPECT_EQ(r.message, "sv:team_lan.received_again");
  r = HandInOverNetwork(link, NewHandInToken(), "anna.json", anna, "da");
  EXPECT_TRUE(r.reached);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.key, "team.refusal.taken");
  EXPECT_EQ(r.message, "da:team.refusal.taken");
  EXPECT_NE(r.error.find("another device"), std::string::npos) << r.error;
  // Another game number: the desk's refusal key.
  json other = json::parse(anna);
  other["seed"] = "8";
  r = HandInOverNetwork(link, token, "anna.json", other.dump(), "en");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.key, "team.refusal.seed");
  // A wrong code: answered (403), not a session.
  r = FetchTeamSession({"127.0.0.1", server.port(), "WRONG1"}, "en", &remote);
  EXPECT_TRUE(r.reached);
  EXPECT_EQ(r.status, 403);
  EXPECT_FALSE(r.ok);
  // Nobody listens any more: no answer, and a reason.
  server.Stop();
  r = FetchTeamSession(link, "en", &remote, 1000);
  EXPECT_FALSE(r.reached);
  EXPECT_NE(r.error.find("connect"), std::string::npos) << r.error;
}

}  // namespace
}  // namespace bip::net
