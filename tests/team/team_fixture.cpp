#include "team_fixture.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "load_content.hpp"
#include "playthrough.hpp"

namespace bip::test {

const Content& TeamContent() {
  static const std::unique_ptr<Content> content = [] {
    LoadResult r = LoadContent(BIPGAME_SOURCE_CONTENT_DIR);
    if (!r.content) {
      for (const Problem& p : r.problems.list()) ADD_FAILURE() << p.Line();
      std::abort();
    }
    return std::move(r.content);
  }();
  return *content;
}

const ReplayKit& Kit() {
  static const ReplayKit kit(TeamContent());
  return kit;
}

TeamSession EmptySession() {
  TeamSession s;
  s.name = "Team A";
  s.case_id = "henrik";
  s.seed = 7;
  s.content_version = TeamContent().FindCase("henrik")->content_version;
  s.created_at = "2026-01-01T00:00:00Z";
  return s;
}

ParticipantResult PlayedPolicy(const std::string& policy, const std::string& alias) {
  const CaseDef& c = *TeamContent().FindCase("henrik");
  const ReplayKit& kit = Kit();
  Playthrough play(kit.content, kit.model, kit.line, c, 7);
  std::vector<QuarterChoices> choices;
  while (!play.finished()) {
    choices.push_back(PolicyChoices(*c.FindPolicy(policy), play));
    play.Play(choices.back());
  }
  std::string error;
  auto r = Replay(kit, c, 7, alias, choices, &error);
  EXPECT_TRUE(r) << error;
  return *r;
}

std::filesystem::path TempDir() {
  static const std::filesystem::path root = [] {
    auto p =
        std::filesystem::temp_directory_path() / ("bip-team-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(p);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(
          std::filesystem::temp_directory_path() / ("bip-team-test-" + std::to_string(::getpid())),
          ec);
    });
    return p;
  }();
  static int n = 0;
  auto p = root / std::to_string(++n);
  std::filesystem::create_directories(p);
  return p;
}

void WriteText(const std::filesystem::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

std::string ReadText(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace bip::test
