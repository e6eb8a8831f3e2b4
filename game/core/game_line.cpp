// The game's line of 100, drawn from a synthetic cohort as practised: where
// BIP participants stand over their follow-up, not only at intake. Kept
// apart from line_of_100.cpp so the line itself needs no cohort.
#include "cohort.hpp"
#include "line_of_100.hpp"

namespace bip {
namespace {

// One cohort of BIP's size over the protocol's 16 quarters: about 40,000
// person-quarters, enough for a smooth line, drawn in a few milliseconds.
CohortProtocol LineProtocol() {
  CohortProtocol p;
  p.cohort = 3000;
  p.replicates = 1;
  return p;
}

constexpr std::uint64_t kLineSeed = 1;

}  // namespace

LineOf100 LineOf100::ForGame(const OutcomeModel& model) {
  CohortRun run = RunCohort(model, LineProtocol(), kLineSeed, Variant::kAsPractised);
  return LineOf100(std::move(run.readiness));
}

}  // namespace bip
