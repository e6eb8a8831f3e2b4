// Imports as a hostile colleague sends them (issue 11, point 10): aliases
// that pass for someone else, one participant twice, more files than a
// session holds.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>

#include "team_fixture.hpp"
#include "team_session.hpp"

namespace bip {
namespace {

using nlohmann::json;

TEST(HostileImport, InvisibleAndControlCharactersInAliasesAreRefused) {
  for (const char* spoof : {"\xE2\x80\xAE"
                            "anna",
                            "An\xE2\x80\x8Bna", "Anna\xE2\x81\xA6",
                            "\xEF\xBB\xBF"
                            "Bo",
                            "Bo\xC2\xAD",
                            "\xC2\x85"
                            "Bo",
                            "\xFF"
                            "Bo",
                            "Bo\x7F"})
    EXPECT_FALSE(ValidTeamAlias(spoof)) << spoof;
  for (const char* fine : {"Anna",
                           "\xC3\x85sa \xC3\x96"
                           "berg",
                           "\xE6\x9D\x8E", "Bo-Erik (team 2)"})
    EXPECT_TRUE(ValidTeamAlias(fine)) << fine;
}

json ResultDoc(const std::string& alias) {
  const TeamSession s = test::EmptySession();
  return ResultToJson(test::PlayedPolicy("karen", alias), s.case_id, s.content_version, s.seed);
}

TEST(HostileImport, AResultFileWithARightToLeftOverrideIsRefused) {
  const auto path = test::TempDir() / "spoof.json";
  json doc = ResultDoc("Anna");
  doc["alias"] =
      "\xE2\x80\xAE"
      "annA";
  test::WriteText(path, doc.dump());
  std::string error;
  EXPECT_FALSE(ImportResultFile(test::Kit(), test::EmptySession(), path.string(), &error));
  EXPECT_NE(error.find("/alias"), std::string::npos) << error;
}

TEST(HostileImport, ASessionFileWithTheSameAliasTwiceIsRefused) {
  TeamSession s = test::EmptySession();
  AddParticipant(s, test::PlayedPolicy("karen", "Anna"));
  AddParticipant(s, test::PlayedPolicy("none", "Bo"));
  json doc = SessionToJson(s);
  doc["participants"][1]["alias"] = "anna";
  const auto path = test::TempDir() / "twice.json";
  test::WriteText(path, doc.dump());
  std::string error;
  EXPECT_FALSE(LoadSessionFile(test::Kit(), path.string(), &error));
  EXPECT_EQ(error, path.string() +
                       ": /participants/1/alias: the same alias as /participants/0 (expected each "
                       "participant once; "
                       "letter case does not count)");
}

struct Output {
  int exit_code = -1;
  std::string text;
};

Output RunBipgame(const std::string& args) {
  Output o;
  FILE* pipe = popen((std::string(BIPGAME_BINARY) + " " + args + " 2>&1").c_str(), "r");
  std::array<char, 4096> buf{};
  while (std::size_t n = fread(buf.data(), 1, buf.size(), pipe)) o.text.append(buf.data(), n);
  const int status = pclose(pipe);
  o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return o;
}

TEST(HostileImport, ReplacingAParticipantByLetterCaseIsSaid) {
  const auto dir = test::TempDir() / "replace";
  std::filesystem::create_directories(dir);
  TeamSession s = test::EmptySession();
  AddParticipant(s, test::PlayedPolicy("karen", "Anna"));
  SaveSessionFile(s, (dir / "s.json").string());
  test::WriteText(dir / "r.json", ResultDoc("ANNA").dump());
  const Output o = RunBipgame("session import --content '" +
                              std::string(BIPGAME_SOURCE_CONTENT_DIR) + "' --session '" +
                              (dir / "s.json").string() + "' '" + (dir / "r.json").string() + "'");
  EXPECT_EQ(o.exit_code, 0) << o.text;
  EXPECT_NE(o.text.find("imported ANNA ("), std::string::npos) << o.text;
  EXPECT_NE(o.text.find(" from " + (dir / "r.json").string() +
                        ", replacing Anna (aliases that differ only in letter case"),
            std::string::npos)
      << o.text;
}

// 201 files were all dropped with one line naming none of them.
TEST(HostileImport, MoreFilesThanASessionHoldsImportTheFirstAndNameTheRest) {
  const auto dir = test::TempDir() / "many";
  std::filesystem::create_directories(dir);
  SaveSessionFile(test::EmptySession(), (dir / "s.json").string());
  const json base = ResultDoc("P");
  std::string files;
  for (std::size_t i = 0; i <= kMaxParticipants; ++i) {
    json doc = base;
    doc["alias"] = "P" + std::to_string(i);
    const auto f = dir / ("r" + std::to_string(i) + ".json");
    test::WriteText(f, doc.dump());
    files += " '" + f.string() + "'";
  }
  const Output o =
      RunBipgame("session import --content '" + std::string(BIPGAME_SOURCE_CONTENT_DIR) +
                 "' --session '" + (dir / "s.json").string() + "'" + files);
  EXPECT_EQ(o.exit_code, 1) << o.text.substr(0, 2000);
  const std::string last = (dir / ("r" + std::to_string(kMaxParticipants) + ".json")).string();
  EXPECT_NE(o.text.find("error: " + last +
                        ": refused: the session already holds 200 participants (at most 200)"),
            std::string::npos)
      << o.text.substr(o.text.size() > 2000 ? o.text.size() - 2000 : 0);
  std::string error;
  const auto loaded = LoadSessionFile(test::Kit(), (dir / "s.json").string(), &error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_EQ(loaded->participants.size(), kMaxParticipants);
}

}  // namespace
}  // namespace bip
