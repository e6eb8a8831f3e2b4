#include "ui_text_keys.hpp"

namespace bip {
namespace {

constexpr std::string_view kKeys[] = {
    // Why an indicator moved (core/explain.cpp).
    "cause.intervention", "cause.combination", "cause.no_intervention", "cause.no_job_focus",
    "cause.belief_push", "cause.belief_shift", "cause.event", "cause.caseworker_change",
    "cause.caseworker", "cause.reversion", "cause.chance", "cause.scale_limit", "cause.misfit",
    "cause.overload", "cause.dropout", "cause.belief_carry", "cause.pace",
    // The quarter's practice score (core/scoring.cpp, core/playthrough.cpp).
    "score.part.combined", "score.part.no_empty", "score.part.belief", "score.part.continuity",
    "score.part.responses", "score.part.sparring", "score.combined.good",
    "score.combined.job_alone", "score.combined.no_job", "score.empty.ok", "score.empty.none",
    "score.empty.paused", "score.belief.held", "score.belief.ungrounded", "score.belief.varies",
    "score.belief.low", "score.continuity.lost", "score.continuity.kept", "score.responses.fast",
    "score.responses.good", "score.responses.mixed", "score.responses.poor", "score.sparring.good",
    "score.sparring.none", "score.sparring.bad", "score.part.fit", "score.part.load",
    "score.combined.too_many", "score.combined.all_new", "score.combined.no_barrier",
    "score.fit.good", "score.fit.misfit", "score.fit.partly", "score.load.ok", "score.load.over",
    "score.belief.evidence",
    // `bipgame play` output (app/cli_play.cpp).
    "play.header", "play.quarter", "play.interventions", "play.no_interventions", "play.sparring",
    "play.belief", "play.event", "play.line", "play.job_chance", "play.score", "play.job",
    "play.no_job", "play.caseworker_change"};

}  // namespace

std::span<const std::string_view> CoreTextKeys() {
  return kKeys;
}

std::vector<std::string_view> UiTextKeys() {
  std::vector<std::string_view> all(std::begin(kKeys), std::end(kKeys));
  for (std::string_view k : ScreenTextKeys()) all.push_back(k);
  for (std::string_view k : TeamTextKeys()) all.push_back(k);
  for (std::string_view k : TeamDeskTextKeys()) all.push_back(k);
  for (std::string_view k : RoomDeskTextKeys()) all.push_back(k);
  for (std::string_view k : RoomPhonesTextKeys()) all.push_back(k);
  for (std::string_view k : TeamLanTextKeys()) all.push_back(k);
  for (std::string_view k : TeamJoinTextKeys()) all.push_back(k);
  return all;
}

}  // namespace bip
