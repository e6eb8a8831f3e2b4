#include "ui_text_keys.hpp"

namespace bip {
namespace {

// Every key the game's screens (game/ui) look up, including the ones built
// from a fixed list at run time (person.*, debrief.tab.*, strategy.*, ...).
// Content-derived keys (case.*, indicator.*, intervention.*, ...) are
// required by the loader from the content itself.
constexpr std::string_view kKeys[] = {
    // about
    "about.back", "about.disclaimer", "about.findings", "about.game", "about.intro", "about.model",
    "about.model_title", "about.source", "about.source.F-BELIEF", "about.source.F-CHANGE",
    "about.source.F-DATA", "about.source.F-EFFECT", "about.source.F-EVENT", "about.source.F-HENRIK",
    "about.source.F-IND", "about.source.F-INT", "about.source.F-LINE", "about.source.F-MIX",
    "about.source.F-MORE", "about.source.F-POP", "about.source.F-POWER", "about.source.F-S12",
    "about.source.F-SCALE", "about.source.F-SHAPE", "about.source.F-SPAR", "about.source.F-STRONG",
    "about.sources", "about.sources.1", "about.sources.2", "about.sources.3", "about.sources.4",
    "about.sources.5", "about.sources.6", "about.sources.7", "about.title",
    // app
    "app.title",
    // briefing
    "briefing.back_to_quarter", "briefing.background", "briefing.begin",
    "briefing.first_measurement", "briefing.first_measurement_hint", "briefing.how.1",
    "briefing.how.2", "briefing.how.3", "briefing.how.4", "briefing.how.5", "briefing.how_keys",
    "briefing.how_title", "briefing.start_chance", "briefing.start_place", "briefing.story",
    "briefing.team_leader", "briefing.title", "briefing.to_debrief",
    // chart
    "chart.at_end", "chart.at_start", "chart.now", "chart.quarter_short",
    "chart.short.caseworker_belief", "chart.short.concentration", "chart.short.contact_ability",
    "chart.short.cooperation", "chart.short.everyday_coping", "chart.short.goal_directedness",
    "chart.short.health_coping", "chart.short.job_search", "chart.short.labour_market_knowledge",
    "chart.short.network_support", "chart.short.self_belief", "chart.start",
    // common
    "common.no", "common.start_screen", "common.yes",
    // debrief
    "debrief.after_job", "debrief.again", "debrief.again_hint", "debrief.again_tip",
    "debrief.branch_note", "debrief.chance_chart", "debrief.chance_chart_hint",
    "debrief.col_belief", "debrief.col_job", "debrief.col_place", "debrief.col_quarter",
    "debrief.col_score", "debrief.col_sparring", "debrief.col_strategy", "debrief.cumulative",
    "debrief.job_in", "debrief.line_chart", "debrief.line_chart_hint", "debrief.no_job",
    "debrief.notes", "debrief.notes_hint", "debrief.part_not_applied", "debrief.radar",
    "debrief.reflect_hint", "debrief.reflect_title", "debrief.same_seed", "debrief.same_seed_hint",
    "debrief.score_hint", "debrief.score_title", "debrief.spread", "debrief.spread_hint",
    "debrief.spread_note", "debrief.summary_job", "debrief.summary_no_job", "debrief.summary_score",
    "debrief.summary_unfinished", "debrief.tab.plan", "debrief.tab.progress", "debrief.tab.reflect",
    "debrief.tab.score", "debrief.tab.what_if", "debrief.timeline", "debrief.timeline_hint",
    "debrief.timeline_others", "debrief.timeline_others_hint", "debrief.title",
    "debrief.why.belief", "debrief.why.combined", "debrief.why.continuity", "debrief.why.no_empty",
    "debrief.why.responses", "debrief.why.sparring", "debrief.why.fit", "debrief.why.load", "debrief.score_not",
    // end
    "end.chance", "end.chance_detail", "end.debrief_hint", "end.job_text", "end.job_title",
    "end.no_job_text", "end.no_job_title", "end.path", "end.place", "end.place_detail", "end.score",
    "end.score_detail", "end.to_debrief",
    // footer
    "footer.keys",
    // header
    "header.about", "header.case", "header.language_tip", "header.larger_tip", "header.player",
    "header.quarter_of", "header.smaller_tip",
    // language
    "language.da", "language.en", "language.sv",
    // line
    "line.far", "line.near",
    // meeting
    "meeting.belief_hint", "meeting.belief_title", "meeting.branch_note", "meeting.chance",
    "meeting.chart_hint", "meeting.chart_title", "meeting.citizen_answers",
    "meeting.citizen_answers_hint", "meeting.intro", "meeting.place", "meeting.situation_waiting",
    "meeting.title", "meeting.to_plan", "meeting.to_situation", "meeting.your_answers",
    "meeting.your_answers_hint",
    // notice
    "notice.alias_empty", "notice.alias_taken", "notice.answer_belief", "notice.bad_answer",
    "notice.bad_branch", "notice.bad_language", "notice.bad_response", "notice.bad_scale",
    "notice.bad_sparring", "notice.branched", "notice.cannot_play", "notice.case_over",
    "notice.export_failed", "notice.exported", "notice.need_profile", "notice.no_case",
    "notice.no_playthrough", "notice.no_profile", "notice.not_now", "notice.not_offered",
    "notice.nothing_to_continue", "notice.profile_created", "notice.profile_erased",
    "notice.replay_failed", "notice.content_problems", "notice.not_author_mode", "notice.content_reloaded", "author.problems_title", "author.problems_hint", "author.header", "notice.case_changed", "notice.case_changed_cannot_open", "start.case_changed", "notice.save_failed", "notice.store_error",
    // person
    "person.addiction", "person.age", "person.age_value", "person.caseworkers", "person.conviction",
    "person.education", "person.education.higher", "person.education.unskilled",
    "person.education.vocational", "person.family", "person.family.couple",
    "person.family.couple_children", "person.family.single", "person.family.single_parent",
    "person.health", "person.health.addiction", "person.health.musculoskeletal",
    "person.health.none", "person.health.psychiatric", "person.health.somatic", "person.immigrant",
    "person.sex", "person.sex.female", "person.sex.male", "person.support", "person.support_value",
    "person.work", "person.work_value",
    // plan
    "plan.carried_over", "plan.chosen", "plan.chosen_none", "plan.from_branch", "plan.intro",
    "plan.not_offered", "plan.status.combined", "plan.status.job_alone", "plan.status.no_job",
    "plan.status.none", "plan.status.paused", "plan.title", "plan.to_sparring",
    "plan.status.no_barrier", "plan.status.overloaded", "plan.barriers", "plan.load",
    "plan.load.over", "plan.misfits",
    // result
    "result.caseworker_changed", "result.chance", "result.chance_detail", "result.changes",
    "result.changes_hint", "result.debrief_so_far", "result.debrief_so_far_hint", "result.job",
    "result.job_text", "result.line", "result.line_down", "result.line_same", "result.line_up",
    "result.next_quarter", "result.of_100", "result.opening", "result.points", "result.score",
    "result.situations", "result.title", "result.to_end",
    // situation
    "situation.default", "situation.intro", "situation.key", "situation.keys_hint",
    "situation.time_critical", "situation.title", "situation.to_plan", "situation.what_do_you_do",
    // sparring_screen
    "sparring_screen.belief", "sparring_screen.by_default", "sparring_screen.intro",
    "sparring_screen.kind_hint.bad", "sparring_screen.kind_hint.good",
    "sparring_screen.kind_hint.narrative", "sparring_screen.kind_hint.none", "sparring_screen.plan",
    "sparring_screen.run", "sparring_screen.summary", "sparring_screen.title",
    // start
    "start.alias_hint", "start.branch_of", "start.choose_case", "start.choose_case_hint",
    "start.continue", "start.continue_badge", "start.continue_case", "start.create",
    "start.data_of", "start.erase", "start.erase_cancel", "start.erase_confirm",
    "start.erase_question", "start.erase_title", "start.export", "start.exported_to",
    "start.finished", "start.finished_item", "start.intro", "start.keys_hint", "start.language",
    "start.new_profile", "start.no_profiles", "start.quarters", "start.saved_detail",
    "start.saved_in", "start.start_case", "start.store_problem", "start.store_problem_title",
    "start.title", "start.who", "start.who_hint",
    // step
    "step.briefing", "step.debrief", "step.meeting", "step.plan", "step.result", "step.situation",
    "step.sparring",
    // strategy
    "strategy.karen", "strategy.karen_with_changes", "strategy.none", "strategy.staircase",
    "strategy.trainee",
};

}  // namespace

std::span<const std::string_view> ScreenTextKeys() { return kKeys; }

}  // namespace bip
