#pragma once
// A policy resolved against one case once: each quarter's choices come as
// the model's indices with no text, which is what runs over many seeds play
// (the calibration's case rows, `compare`). PolicyChoices gives the same
// choices as text for the game and `play`; a test keeps the two equal on
// every case.
#include <cstddef>
#include <vector>

#include "generated_policy.hpp"
#include "playthrough.hpp"

namespace bip {

class PolicyPlan {
 public:
  // A case's scripted policy. Throws std::invalid_argument naming what does
  // not resolve (check-content refuses such content first).
  PolicyPlan(const Policy& policy, const Content& content, const Playthrough& play);
  // One of the generated policies, built from the case's own data.
  PolicyPlan(Generated g, const Content& content, const Playthrough& play);

  // The choices for the playthrough's current quarter.
  void Choose(const Playthrough& play, ResolvedChoices& out) const;

 private:
  struct Rule {
    int from = 1;
    int to = 1;
    InterventionSet plan = 0;
    std::size_t size = 0;  // how many interventions the rule names
    std::size_t sparring = 0;
    int belief = 3;
  };
  void Compile(const Policy& policy, const Playthrough& play);
  InterventionSet Misfits(const CitizenState& s, std::size_t count) const;
  InterventionSet RandomPair(const Playthrough& play) const;

  const Content& content_;
  const CaseDef& case_;
  Generated kind_ = Generated::kReference;
  std::vector<Rule> rules_;
  std::vector<const Response*> responses_;  // per case event, the policy's answer
  std::vector<int> changes_;                // quarters with a forced caseworker change
  std::size_t no_sparring_ = 0;
  InterventionSet palette_ = 0;
  std::vector<std::size_t> job_, other_;  // the palette's model indices, in its order
};

}  // namespace bip
