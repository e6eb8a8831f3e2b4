#pragma once
// `bipgame check-content`: everything an author needs to hear about a
// content directory, one line per problem (`file: /json/pointer: what is
// wrong (expected ...)`):
//   schema  each file against content/schema/*.schema.json
//   loader  the loader's own load / link / check problems
//   logic   events reachable, responses that lead somewhere, no stuck case,
//           every policy plays to the end
//   texts   every key in sv, da and en, the same placeholders, no unused key
//   plays   each case played many times with random choices
#include <cstdint>
#include <string>
#include <vector>

#include "problems.hpp"

namespace bip {

struct CheckOptions {
  std::string dir;                        // the content directory
  std::string schema_dir;                 // "" : <dir>/schema, else the game's own
  int plays = 200;                        // random playthroughs per case
  int policy_seeds = 20;                  // seeds each policy is played with
  std::uint64_t seed = 1;                 // first seed of the random plays
  std::vector<std::string> policy_files;  // also check these policy files (case from their "case")
};

struct CheckReport {
  Problems problems;
  bool loaded = false;         // the loader accepted the content
  bool logic_checked = false;  // the logic checks and plays ran (perhaps with placeholder texts)
  int files = 0;               // JSON files checked against a schema
  int cases = 0;
  int events = 0;
  int responses = 0;
  int policies = 0;
  int text_keys = 0;  // keys per language
  int plays = 0;      // playthroughs run (random and policies)
};

CheckReport CheckContentDir(const CheckOptions& options);

// "content OK: 8 cases, 41 events, ..." or "N problems".
std::string SummaryLine(const CheckReport& report);

}  // namespace bip
