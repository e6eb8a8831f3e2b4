#pragma once
// The outcome model's numbers. Values come only from
// content/model/parameters.json, where each carries its source (an F-id or
// "modelling assumption: why"). The registry below maps JSON names to members
// so the loader can require every one and reject unknown names.
#include <span>
#include <string_view>

#include "indicators.hpp"

namespace bip {

struct Parameters {
  // Who the synthetic participants are (F-POP).
  double share_unskilled = 0;
  double share_psychiatric = 0;
  double share_musculoskeletal = 0;
  double share_somatic = 0;
  double share_non_western = 0;
  double share_male = 0;
  double share_conviction_men = 0;
  double share_addiction = 0;
  double mean_recent_work = 0;
  double indicator_mean = 0;
  double latent_sd = 0;
  double indicator_noise_sd = 0;
  double recent_work_lift = 0;
  IndicatorValues indicator_offset{};
  double mean_years_on_support = 0;
  double age_min = 0;
  double age_max = 0;
  IndicatorValues shift_unskilled{};
  IndicatorValues shift_psychiatric{};
  IndicatorValues shift_musculoskeletal{};
  IndicatorValues shift_somatic{};
  IndicatorValues shift_non_western{};
  IndicatorValues shift_conviction{};
  IndicatorValues shift_addiction{};

  // Intervention mix as practised in BIP (F-MIX), per quarter.
  double mix_none = 0;
  double mix_single_job = 0;
  double mix_single_health = 0;
  double mix_single_social = 0;
  double mix_single_upskilling = 0;
  double mix_combined_with_job = 0;
  double mix_combined_without_job = 0;

  // How a quarter moves the indicators (F-LINE, F-INT, F-BELIEF).
  double decay_no_intervention = 0;
  double drift_without_job = 0;
  double strength_job_focused = 0;
  double strength_upskilling = 0;
  double strength_social = 0;
  double strength_health = 0;
  double alone_factor_job = 0;
  double alone_factor_other = 0;
  double synergy = 0;
  IndicatorValues synergy_profile{};
  double noise_sd = 0;
  double reversion = 0;
  double headroom_span = 0;
  double pace_limit = 0;
  double belief_push_self = 0;
  double belief_push_search = 0;
  double grounding_default = 0;
  double belief_carry = 0;
  double grounding_from_fit = 0;

  // Load and capacity, need and fit (F-INT, F-MORE, F-HENRIK).
  double capacity_base = 0;
  double capacity_slope = 0;
  double capacity_min = 0;
  double overload_cost = 0;
  double overload_dropout = 0;
  double need_top = 0;
  double need_span = 0;
  double fit_without_barrier = 0;
  double misfit_threshold = 0;
  double misfit_cost = 0;
  double fit_practised = 0;

  // How a caseworker's belief in one citizen forms (F-S12, F-BELIEF).
  double belief_center = 0;
  double belief_trait_weight = 0;
  double belief_trait_cap = 0;
  double belief_evidence_weight = 0;
  double belief_adjust_rate = 0;
  double belief_noise_sd = 0;
  double belief_compression = 0;
  double belief_unmeasured_weight = 0;

  // The job hazard per quarter (F-STRONG, F-CHANGE, F-EFFECT).
  double hazard_intercept = 0;
  double background_recent_work = 0;
  double background_years_on_support = 0;
  double background_age = 0;
  double hazard_floor = 0;
  double hazard_floor_readiness = 0;
  double belief_conviction_weight = 0;
  double unmeasured_sd = 0;
  IndicatorValues hazard_weights{};
  double change_hazard_factor = 0;
  double change_interruption = 0;
  double exit_hazard = 0;

  // Caseworkers (F-EFFECT, F-CHANGE).
  double effectiveness_scale = 0;
  double effectiveness_skew = 0;
  double effectiveness_direct = 0;
  double effectiveness_progress = 0;
  double assignment_sorting = 0;
  double caseworker_change_rate = 0;

  // The practice score: what each part weighs, and what counts as grounded
  // and as fitted (what BIP values; the weights are the game's teaching choice).
  double score_weight_combined = 0;
  double score_weight_fit = 0;
  double score_weight_load = 0;
  double score_weight_no_empty = 0;
  double score_weight_belief = 0;
  double score_weight_continuity = 0;
  double score_weight_responses = 0;
  double score_weight_sparring = 0;
  double fit_full = 0;
  double score_grounded = 0;
  double overload_disconnects = 0;
  double score_all_new = 0;
};

struct ParameterSlot {
  std::string_view name;
  double Parameters::*scalar = nullptr;                  // set for a single number
  IndicatorValues Parameters::*per_indicator = nullptr;  // set for {indicator: number}
  double min = 0;
  double max = 0;
};

// Every parameter the model reads, with the range the loader accepts.
std::span<const ParameterSlot> ParameterRegistry();

}  // namespace bip
