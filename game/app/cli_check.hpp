#pragma once
// `bipgame check-content [DIR]`: schema, loader, logic, texts and random
// plays over a content directory; one line per problem, a summary line,
// exit 0 only when clean.
#include <cstdint>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace bip {

struct CheckContentOptions {
  std::string dir;         // default: the game's own content
  std::string schema_dir;  // default: the game's own content/schema
  int plays = 200;
  std::uint64_t seed = 1;
  std::vector<std::string> policy_files;
};

// Adds the subcommand to the app; returns it so main can see if it ran.
CLI::App* AddCheckContentCommand(CLI::App& app, CheckContentOptions& options);
int RunCheckContent(const CheckContentOptions& options);

}  // namespace bip
