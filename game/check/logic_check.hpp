#pragma once
// The logic of a loaded case, beyond what the loader checks: can every
// event come up, does every response make a difference, can the case be
// played from start to end, does every policy cover the case and play it
// to the end, and does the game survive random choices.
#include <cstdint>
#include <string>

#include "content.hpp"
#include "line_of_100.hpp"
#include "outcome_model.hpp"
#include "problems.hpp"

namespace bip {

// Why an event's trigger can never fire in this case, or "" when it can.
std::string UnreachableReason(const CaseDef& c, const Event& e, const ModelContent& model);

// Static checks of one case (reachability, responses, palette, policy rules).
void CheckCaseLogic(const Content& content, const CaseDef& c, Problems& problems);

// What a set of playthroughs found.
struct PlayStats {
  int plays = 0;
};

// Plays a policy with `seeds` seeds (from seed 1): every quarter's choices
// must be accepted, no exception, a finished case, finite numbers. `file` and
// `pointer` name the policy in messages.
void PlayPolicy(const Content& content, const OutcomeModel& model, const LineOf100& line,
                const CaseDef& c, const Policy& policy, int seeds, const std::string& file,
                const std::string& pointer, Problems& problems, PlayStats& stats);

// Plays the case `plays` times with random choices: a random subset of the
// palette, a random sparring move and belief, random responses (or none),
// now and then a caseworker change. Seeds seed, seed+1, ...
void PlayRandom(const Content& content, const OutcomeModel& model, const LineOf100& line,
                const CaseDef& c, int plays, std::uint64_t seed, Problems& problems,
                PlayStats& stats);

}  // namespace bip
