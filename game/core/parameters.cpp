#include "parameters.hpp"

#include <array>

namespace bip {
namespace {

using P = Parameters;

constexpr ParameterSlot Scalar(std::string_view name, double P::*member, double lo, double hi) {
  return ParameterSlot{name, member, nullptr, lo, hi};
}
constexpr ParameterSlot Vector(std::string_view name, IndicatorValues P::*member, double lo,
                               double hi) {
  return ParameterSlot{name, nullptr, member, lo, hi};
}

constexpr std::array kRegistry = {
    Scalar("share_unskilled", &P::share_unskilled, 0, 1),
    Scalar("share_psychiatric", &P::share_psychiatric, 0, 1),
    Scalar("share_musculoskeletal", &P::share_musculoskeletal, 0, 1),
    Scalar("share_somatic", &P::share_somatic, 0, 1),
    Scalar("share_non_western", &P::share_non_western, 0, 1),
    Scalar("share_male", &P::share_male, 0, 1),
    Scalar("share_conviction_men", &P::share_conviction_men, 0, 1),
    Scalar("share_addiction", &P::share_addiction, 0, 1),
    Scalar("mean_recent_work", &P::mean_recent_work, 0, 1),
    Scalar("indicator_mean", &P::indicator_mean, 1, 5),
    Scalar("latent_sd", &P::latent_sd, 0, 3),
    Scalar("indicator_noise_sd", &P::indicator_noise_sd, 0, 3),
    Scalar("recent_work_lift", &P::recent_work_lift, 0, 10),
    Vector("indicator_offset", &P::indicator_offset, -2, 2),
    Scalar("mean_years_on_support", &P::mean_years_on_support, 0.5, 30),
    Scalar("age_min", &P::age_min, 16, 40),
    Scalar("age_max", &P::age_max, 40, 70),
    Vector("shift_unskilled", &P::shift_unskilled, -2, 2),
    Vector("shift_psychiatric", &P::shift_psychiatric, -2, 2),
    Vector("shift_musculoskeletal", &P::shift_musculoskeletal, -2, 2),
    Vector("shift_somatic", &P::shift_somatic, -2, 2),
    Vector("shift_non_western", &P::shift_non_western, -2, 2),
    Vector("shift_conviction", &P::shift_conviction, -2, 2),
    Vector("shift_addiction", &P::shift_addiction, -2, 2),
    Scalar("mix_none", &P::mix_none, 0, 1),
    Scalar("mix_single_job", &P::mix_single_job, 0, 1),
    Scalar("mix_single_health", &P::mix_single_health, 0, 1),
    Scalar("mix_single_social", &P::mix_single_social, 0, 1),
    Scalar("mix_single_upskilling", &P::mix_single_upskilling, 0, 1),
    Scalar("mix_combined_with_job", &P::mix_combined_with_job, 0, 1),
    Scalar("mix_combined_without_job", &P::mix_combined_without_job, 0, 1),
    Scalar("decay_no_intervention", &P::decay_no_intervention, 0, 1),
    Scalar("drift_without_job", &P::drift_without_job, -1, 1),
    Scalar("strength_job_focused", &P::strength_job_focused, 0, 4),
    Scalar("strength_upskilling", &P::strength_upskilling, 0, 2),
    Scalar("strength_social", &P::strength_social, 0, 2),
    Scalar("strength_health", &P::strength_health, 0, 2),
    Scalar("alone_factor_job", &P::alone_factor_job, 0, 1),
    Scalar("alone_factor_other", &P::alone_factor_other, 0, 1),
    Scalar("synergy", &P::synergy, 0, 8),
    Vector("synergy_profile", &P::synergy_profile, 0, 1),
    Scalar("noise_sd", &P::noise_sd, 0, 1),
    Scalar("reversion", &P::reversion, 0, 1),
    Scalar("headroom_span", &P::headroom_span, 0.1, 4),
    Scalar("pace_limit", &P::pace_limit, 0, 3),
    Scalar("belief_push_self", &P::belief_push_self, 0, 1),
    Scalar("belief_push_search", &P::belief_push_search, 0, 1),
    Scalar("grounding_default", &P::grounding_default, 0.05, 1),
    Scalar("belief_carry", &P::belief_carry, 0, 1),
    Scalar("grounding_from_fit", &P::grounding_from_fit, 0, 0.5),
    Scalar("capacity_base", &P::capacity_base, 0.5, 10),
    Scalar("capacity_slope", &P::capacity_slope, 0, 5),
    Scalar("capacity_min", &P::capacity_min, 0.25, 5),
    Scalar("overload_cost", &P::overload_cost, 0, 1),
    Scalar("overload_dropout", &P::overload_dropout, 0, 5),
    Scalar("need_top", &P::need_top, 3, 6),
    Scalar("need_span", &P::need_span, 0.5, 5),
    Scalar("fit_without_barrier", &P::fit_without_barrier, 0, 1),
    Scalar("misfit_threshold", &P::misfit_threshold, 0, 1),
    Scalar("misfit_cost", &P::misfit_cost, 0, 1),
    Scalar("fit_practised", &P::fit_practised, 0, 1),
    Scalar("belief_center", &P::belief_center, 1, 5),
    Scalar("belief_trait_weight", &P::belief_trait_weight, 0, 3),
    Scalar("belief_trait_cap", &P::belief_trait_cap, 0.2, 50),
    Scalar("belief_evidence_weight", &P::belief_evidence_weight, 0, 5),
    Scalar("belief_adjust_rate", &P::belief_adjust_rate, 0, 1),
    Scalar("belief_noise_sd", &P::belief_noise_sd, 0, 2),
    Scalar("belief_compression", &P::belief_compression, 0.5, 6),
    Scalar("belief_unmeasured_weight", &P::belief_unmeasured_weight, 0, 3),
    Scalar("hazard_intercept", &P::hazard_intercept, -15, 5),
    Scalar("background_recent_work", &P::background_recent_work, 0, 5),
    Scalar("background_years_on_support", &P::background_years_on_support, -1, 0),
    Scalar("background_age", &P::background_age, -1, 0),
    Scalar("hazard_floor", &P::hazard_floor, 0, 0.1),
    Scalar("hazard_floor_readiness", &P::hazard_floor_readiness, 0, 1),
    Scalar("belief_conviction_weight", &P::belief_conviction_weight, 0, 5),
    Scalar("unmeasured_sd", &P::unmeasured_sd, 0, 3),
    Vector("hazard_weights", &P::hazard_weights, 0, 3),
    Scalar("change_hazard_factor", &P::change_hazard_factor, 0, 1),
    Scalar("change_interruption", &P::change_interruption, 0, 1),
    Scalar("exit_hazard", &P::exit_hazard, 0, 0.5),
    Scalar("effectiveness_scale", &P::effectiveness_scale, 0, 5),
    Scalar("effectiveness_skew", &P::effectiveness_skew, 0, 3),
    Scalar("effectiveness_direct", &P::effectiveness_direct, 0, 2),
    Scalar("effectiveness_progress", &P::effectiveness_progress, 0, 1),
    Scalar("assignment_sorting", &P::assignment_sorting, 0, 1),
    Scalar("caseworker_change_rate", &P::caseworker_change_rate, 0, 1),
    Scalar("score_weight_combined", &P::score_weight_combined, 0, 10),
    Scalar("score_weight_fit", &P::score_weight_fit, 0, 10),
    Scalar("score_weight_load", &P::score_weight_load, 0, 10),
    Scalar("score_weight_no_empty", &P::score_weight_no_empty, 0, 10),
    Scalar("score_weight_belief", &P::score_weight_belief, 0, 10),
    Scalar("score_weight_continuity", &P::score_weight_continuity, 0, 10),
    Scalar("score_weight_responses", &P::score_weight_responses, 0, 10),
    Scalar("score_weight_sparring", &P::score_weight_sparring, 0, 10),
    Scalar("fit_full", &P::fit_full, 0.05, 1),
    Scalar("score_grounded", &P::score_grounded, 0, 1),
    Scalar("overload_disconnects", &P::overload_disconnects, 0, 5),
    Scalar("score_all_new", &P::score_all_new, 0, 1),
};

}  // namespace

std::span<const ParameterSlot> ParameterRegistry() {
  return kRegistry;
}

}  // namespace bip
