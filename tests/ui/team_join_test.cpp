// A participant's game joins a team session over the loopback network and
// hands in to a real team desk (two game sessions, each with its own save
// database, in one process): the start screen's "Join a team session" by
// keyboard, the session's case and game number played, "Hand in over the
// network" on the end card, the desk's answer in the player's language, the
// same profile replacing its hand-in, another computer refused with the
// desk's reason, and no answer when the desk has stopped.
#include "team_join.hpp"

#include <SDL_scancode.h>
#include <gtest/gtest.h>
#include <imgui.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

#include "gui_script.hpp"
#include "gui_store.hpp"
#include "headless_imgui.hpp"
#include "session.hpp"
#include "team_desk.hpp"
#include "team_lan_link.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using nlohmann::json;
using ui::GameSession;
using ui::Intent;
using ui::IntentKind;
using ui::Screen;

constexpr std::uint64_t kSeed = 7;

int FreePort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

// A game on its own computer: its own save database, its own window.
struct Game {
  Game(const std::string& dir, const std::string& lang, test::Headless* imgui = nullptr)
      : h(imgui) {
    std::string problem;
    store = OpenGameStore(dir + "/bipgame.db", problem);
    EXPECT_EQ(problem, "");
    ui::SessionOptions o;
    o.lang = lang;
    o.persist_settings = false;
    s = std::make_unique<GameSession>(test::TestContent(), *store, "", o);
  }
  // A desk action; the error (English, one line) or "" when it was applied.
  std::string Team(const std::string& action, const std::string& arg = {}, std::int64_t n = 0,
                   std::vector<std::string> list = {}) {
    Intent in = ui::TeamIntent(action, arg, n);
    in.list = std::move(list);
    std::string error;
    if (s->Apply(in, &error)) return "";
    return error.empty() ? "failed without a reason" : error;
  }
  void Frame() {
    for (const Intent& i : h->Frames(*s, view, 1)) {
      std::string error;
      if (!s->Apply(i, &error)) errors.push_back(error);
    }
  }
  void Press(int scancode) {
    ImGui::GetIO().KeysDown[scancode] = true;
    Frame();
    ImGui::GetIO().KeysDown[scancode] = false;
    Frame();
  }
  void Type(const std::string& text) {
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    Frame();
  }
  // Plays the session's case from its briefing as a player at the keyboard would.
  void Play(const std::string& policy) {
    json script = test::ScriptFor("henrik", kSeed, test::PlayHeadless("henrik", policy, kSeed),
                                  "unused", s->lang());
    script.erase(script.begin(), script.begin() + 3);  // create_profile, set_language, start_case
    const LoadedScript loaded = ParseScript(script.dump(), "generated");
    ASSERT_EQ(loaded.error, "");
    for (const ScriptEntry& e : loaded.entries) {
      std::string error;
      ASSERT_TRUE(s->Apply(e.intent, &error)) << ui::IntentName(e.intent.kind) << ": " << error;
    }
  }
  const ui::TeamJoin& joined() const { return s->team().joined(); }

  std::unique_ptr<ui::SessionStore> store;
  std::unique_ptr<GameSession> s;
  ui::ViewState view;
  std::vector<std::string> errors;
  test::Headless* h = nullptr;  // one ImGui for the whole test (a context is process-wide)
};

TEST(TeamJoin, AParticipantsGameJoinsPlaysAndHandsInToARealDesk) {
  test::TempDir dir;
  std::filesystem::create_directories(dir.File("leader"));
  std::filesystem::create_directories(dir.File("cecilie"));
  std::filesystem::create_directories(dir.File("other"));
  Game leader(dir.File("leader"), "en");
  ASSERT_EQ(leader.Team("open"), "");
  ASSERT_EQ(leader.Team("folder", dir.File("leader/team-sessions")), "");
  ASSERT_EQ(leader.Team("create", "Team North", kSeed, {"henrik", "Anna"}), "");
  const int port = FreePort();
  ASSERT_EQ(leader.Team("lan_start", "127.0.0.1", port), "");
  const std::string url = leader.s->team().lan().Url();
  const std::string code = leader.s->team().lan().code();
  ASSERT_EQ(url, "http://127.0.0.1:" + std::to_string(port) + "/" + code + "/");
  const std::string session_file = leader.s->team().session_path();

  // Cecilie's game, in Swedish. Without a profile the game cannot join.
  test::Headless imgui(ImVec2(1280, 800), 1.0f);
  Game cecilie(dir.File("cecilie"), "sv", &imgui);
  EXPECT_NE(cecilie.Team("join", url), "");
  EXPECT_EQ(cecilie.s->notice().key, "notice.need_profile");
  ASSERT_TRUE(cecilie.s->Apply(Intent{IntentKind::kCreateProfile, "Cecilie", {}, 0, 0.0, {}}));
  // A wrong code and an address that is not one: said in her words.
  EXPECT_NE(cecilie.Team("join", "127.0.0.1:" + std::to_string(port), {}, {"WRONG1"}), "");
  EXPECT_EQ(cecilie.s->notice().key, "team_join.notice.wrong_code");
  EXPECT_NE(cecilie.Team("join", "teamets dator"), "");
  EXPECT_EQ(cecilie.s->notice().key, "team_join.notice.bad_address");
  EXPECT_FALSE(cecilie.joined().link);

  // By keyboard: Tab to the address field (the third text field of the
  // start screen: the alias, the game number, then the address), type the
  // address and the code apart, Enter joins and the case starts.
  cecilie.Frame();
  cecilie.Frame();
  std::vector<ImGuiID> fields;
  for (const ui::FocusItem& i : cecilie.view.focus.items)
    if (i.text) fields.push_back(i.id);
  ASSERT_GE(fields.size(), 4u);
  for (int tabs = 0; tabs < 40 && cecilie.view.focus.focused != fields[2]; ++tabs)
    cecilie.Press(SDL_SCANCODE_TAB);
  ASSERT_EQ(cecilie.view.focus.focused, fields[2]);
  cecilie.Type("127.0.0.1:" + std::to_string(port));
  cecilie.Press(SDL_SCANCODE_TAB);
  ASSERT_EQ(cecilie.view.focus.focused, fields[3]);
  cecilie.Type(code);
  cecilie.Press(SDL_SCANCODE_RETURN);
  cecilie.Frame();
  ASSERT_EQ(cecilie.errors, std::vector<std::string>{});
  ASSERT_TRUE(cecilie.joined().link);
  EXPECT_EQ(cecilie.joined().link->Url(), url);
  EXPECT_EQ(cecilie.joined().session.name, "Team North");
  EXPECT_EQ(cecilie.s->notice().key, "team_join.notice.joined");
  ASSERT_EQ(cecilie.s->screen(), Screen::kBriefing);
  EXPECT_EQ(cecilie.s->play()->case_def().id, "henrik");
  EXPECT_EQ(cecilie.s->play()->seed(), kSeed);

  // She plays the case; the end card offers the hand-in over the network,
  // focused, and Space hands in. The desk answers in Swedish.
  cecilie.Play("none");
  ASSERT_EQ(cecilie.s->screen(), Screen::kEnd);
  EXPECT_TRUE(cecilie.s->team().CanHandInOverNetwork(*cecilie.s));
  cecilie.Frame();
  cecilie.Frame();
  cecilie.Press(SDL_SCANCODE_SPACE);
  ASSERT_EQ(cecilie.errors, std::vector<std::string>{});
  ASSERT_TRUE(cecilie.joined().answer);
  EXPECT_TRUE(cecilie.joined().answer->ok);
  EXPECT_FALSE(cecilie.joined().answer->replaced);
  EXPECT_EQ(cecilie.joined().answer->message,
            "Mottaget: Cecilie är inlämnad till sessionen ”Team North”.");
  EXPECT_EQ(cecilie.s->notice().key, "team_join.notice.received");
  EXPECT_EQ(cecilie.s->texts().Format("sv", cecilie.s->notice().key, cecilie.s->notice().args),
            "Inlämnat över nätverket till ”Team North”.");
  // The desk takes it over: Cecilie is in the session, its file and the comparison.
  ASSERT_EQ(leader.Team("lan_sync"), "");
  ASSERT_NE(leader.s->team().Participant("Cecilie"), nullptr);
  EXPECT_EQ(leader.s->team().Participant("Cecilie")->quarters.size(),
            cecilie.s->play()->history().size());
  EXPECT_NE(test::ReadFile(session_file).find("\"Cecilie\""), std::string::npos);

  // The same person hands in again: her earlier hand-in is replaced.
  ASSERT_EQ(cecilie.Team("join_hand_in"), "");
  EXPECT_TRUE(cecilie.joined().answer->replaced);
  EXPECT_EQ(
      cecilie.joined().answer->message,
      "Mottaget: den tidigare inlämningen från Cecilie till sessionen ”Team North” ersattes.");
  const std::string token =
      cecilie.store->ProfileSetting(cecilie.s->profile_id(), ui::kHandInTokenSetting).value();
  const std::int64_t played = cecilie.s->playthrough_id();

  // Her game closes and opens again: joining brings her finished case back
  // (its debrief), and her profile's token still replaces her hand-in.
  cecilie.s.reset();
  cecilie.store.reset();
  Game reopened(dir.File("cecilie"), "sv", &imgui);
  ASSERT_TRUE(reopened.s->Apply(Intent{IntentKind::kSelectProfile, "Cecilie", {}, 0, 0.0, {}}));
  ASSERT_EQ(reopened.Team("join", url), "");
  EXPECT_EQ(reopened.s->playthrough_id(), played);
  EXPECT_EQ(reopened.s->screen(), Screen::kDebrief);
  reopened.Frame();  // the debrief's card offers the hand-in too
  ASSERT_EQ(reopened.Team("join_hand_in"), "");
  EXPECT_TRUE(reopened.joined().answer->replaced);
  EXPECT_EQ(reopened.store->ProfileSetting(reopened.s->profile_id(), ui::kHandInTokenSetting),
            token);

  // Another computer, a profile also called Cecilie, in Danish: refused with
  // the desk's reason in Danish; the session file is not touched.
  ASSERT_EQ(leader.Team("lan_sync"), "");
  const std::string before = test::ReadFile(session_file);
  Game other(dir.File("other"), "da", &imgui);
  ASSERT_TRUE(other.s->Apply(Intent{IntentKind::kCreateProfile, "Cecilie", {}, 0, 0.0, {}}));
  ASSERT_EQ(other.Team("join", url), "");
  other.Play("karen");
  ASSERT_EQ(other.s->screen(), Screen::kEnd);
  EXPECT_NE(other.Team("join_hand_in").find("another device"), std::string::npos);
  EXPECT_EQ(other.s->notice().key, "team_join.notice.refused");
  ASSERT_TRUE(other.joined().answer);
  EXPECT_FALSE(other.joined().answer->ok);
  EXPECT_EQ(other.joined().answer->key, "team.refusal.taken");
  EXPECT_EQ(other.joined().answer->message,
            test::TestContent().texts.Format("da", "team.refusal.taken", {{"alias", "Cecilie"}}));
  other.Frame();  // the refusal on the end card
  EXPECT_EQ(test::ReadFile(session_file), before);

  // The desk stops: no answer, said as such (not as a refusal).
  ASSERT_EQ(leader.Team("lan_stop"), "");
  EXPECT_NE(reopened.Team("join_hand_in").find("connect"), std::string::npos);
  EXPECT_EQ(reopened.s->notice().key, "team_join.notice.unreachable");
  EXPECT_EQ(test::ReadFile(session_file), before);
}

}  // namespace
}  // namespace bip
