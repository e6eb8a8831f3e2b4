#pragma once
// `bipgame session ...` (team sparring) and `bipgame room ...` (theme day).
#include <cstdint>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace bip {

struct TeamOptions {
  std::string content_dir;
  // session create
  std::string case_id;
  std::uint64_t seed = 1;
  std::string name;
  std::string out;  // create: the session file; export-result: the result file
  // session export-result
  std::string db;
  std::int64_t playthrough = 0;
  std::string alias;  // default: the profile's alias
  // session import / report
  std::string session;
  std::vector<std::string> files;
  std::string html;
  std::string csv;
  bool anonymous = false;
  std::string lang = "sv";
  // room report
  std::string room;
};

struct TeamCommands {
  CLI::App* create = nullptr;
  CLI::App* export_result = nullptr;
  CLI::App* import = nullptr;
  CLI::App* report = nullptr;
  CLI::App* room_report = nullptr;
};

TeamCommands AddTeamCommands(CLI::App& app, TeamOptions& options);
// Runs whichever of the commands was parsed; -1 when none was.
int RunTeamCommand(const TeamCommands& commands, const TeamOptions& options);

}  // namespace bip
