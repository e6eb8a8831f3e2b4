#pragma once
// The headless subcommands. Each returns the process exit code.
#include <cstdint>
#include <string>
#include <vector>

namespace bip {

struct SimulateOptions {
  std::string content_dir;
  std::uint64_t seed = 1;
  int cohort = 0;  // 0: the protocol's default
  int replicates = 0;
  int case_seeds = 0;             // 0: calibration.json's
  int threads = 0;                // 0: one per core
  std::vector<std::string> rows;  // empty: the whole table
  bool json = false;
};

struct PlayOptions {
  std::string content_dir;
  std::string case_id;
  std::string policy;
  std::uint64_t seed = 1;
  std::string lang = "en";
  bool json = false;
};

struct CompareOptions {
  std::string content_dir;
  std::string case_id;  // empty: every case
  int seeds = 1000;
  std::uint64_t seed = 1;
  bool json = false;
};

int RunSimulate(const SimulateOptions& options);
int RunCompare(const CompareOptions& options);
int RunPlay(const PlayOptions& options);

}  // namespace bip
