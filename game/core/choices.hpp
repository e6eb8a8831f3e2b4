#pragma once
// One quarter's decisions: the only input that changes a playthrough. The
// game, `bipgame play`, saved games and tests all speak this.
#include <map>
#include <string>
#include <vector>

namespace bip {

struct QuarterChoices {
  std::vector<std::string> interventions;        // intervention ids, several at once
  std::string sparring = "none";                 // sparring move id
  int belief = 3;                                // the caseworker's S12 answer, 1-5
  std::map<std::string, std::string> responses;  // event id -> response id
  bool caseworker_change = false;                // an organisational change this quarter
  bool operator==(const QuarterChoices&) const = default;
};

}  // namespace bip
