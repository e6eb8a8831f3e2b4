#include "cli_check.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "check_content.hpp"
#include "content_dir.hpp"

namespace bip {

CLI::App* AddCheckContentCommand(CLI::App& app, CheckContentOptions& o) {
  CLI::App* cmd = app.add_subcommand("check-content",
                                     "check a content directory: schemas, ids, texts in sv/da/en, "
                                     "events, policies, random test plays");
  cmd->add_option("dir", o.dir, "content directory (default: the game's own)");
  cmd->add_option("--schemas", o.schema_dir,
                  "folder with the *.schema.json files (default: the game's own content/schema)");
  cmd->add_option("--plays", o.plays, "random playthroughs per case")
      ->check(CLI::Range(0, 100000))
      ->capture_default_str();
  cmd->add_option("--seed", o.seed, "seed of the first random playthrough")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  cmd->add_option("--policy", o.policy_files,
                  "also check a policy file (bipgame play --policy FILE); may be repeated");
  return cmd;
}

int RunCheckContent(const CheckContentOptions& o) {
  CheckOptions options;
  options.dir = FindContentDir(o.dir);
  options.schema_dir = o.schema_dir;
  if (options.schema_dir.empty()) {
    // The format is the program's: its own schemas, not a copy's.
    const std::filesystem::path own = std::filesystem::path(FindContentDir("")) / "schema";
    std::error_code ec;
    options.schema_dir = std::filesystem::is_directory(own, ec)
                             ? own.string()
                             : (std::filesystem::path(options.dir) / "schema").string();
  }
  options.plays = o.plays;
  options.seed = o.seed;
  options.policy_files = o.policy_files;
  const CheckReport report = CheckContentDir(options);
  for (const std::string& line : report.problems.Lines()) std::cout << line << "\n";
  std::cout << SummaryLine(report) << "\n";
  return report.problems.empty() && report.loaded ? 0 : 1;
}

}  // namespace bip
