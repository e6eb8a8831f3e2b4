// Text keys of the team sparring and theme-day reports (game/team/).
#include "ui_text_keys.hpp"

namespace bip {
namespace {

constexpr std::string_view kKeys[] = {
    // Team sparring report (team/team_report.cpp).
    "team.report.title", "team.report.summary", "team.report.quarter", "team.col.participant",
    "team.col.quarter", "team.col.plan", "team.col.sparring", "team.col.belief", "team.col.line",
    "team.col.job_chance", "team.col.job", "team.plan.none", "team.plan.job_only",
    "team.plan.other_only", "team.plan.combined", "team.same_path", "team.diverged",
    "team.question.line", "team.question.belief", "team.question.sparring", "team.beliefs.title",
    "team.beliefs.team", "team.beliefs.bip", "team.beliefs.no", "team.beliefs.varies",
    "team.beliefs.good", "team.beliefs.yes", "team.chart.line", "team.participant_n", "team.ended",
    "team.ended_job", "team.yes", "team.no", "team.refusal.damaged", "team.refusal.not_result",
    "team.refusal.version", "team.refusal.case", "team.refusal.content_version",
    "team.refusal.seed", "team.refusal.changed",
    // Theme-day report (team/room.cpp).
    "room.report.title", "room.report.summary", "room.decision", "room.col.option",
    "room.col.votes", "room.col.share", "room.played.majority", "room.played.override", "room.tie",
    "room.pause", "room.notes", "room.path.title", "room.path.room", "room.policy.karen",
    "room.policy.staircase", "room.policy.none", "room.job_at", "room.no_job", "room.survey.title",
    "room.survey.q.useful", "room.survey.q.relevant", "room.survey.q.confident",
    "room.survey.q.recommend", "room.survey.mean", "room.survey.open"};

}  // namespace

std::span<const std::string_view> TeamTextKeys() {
  return kKeys;
}

}  // namespace bip
