// Text keys of the facilitator's theme-day desk (ui/room_desk.cpp,
// ui/panel_room*.cpp) and of the theme-day exports' additions (team/room*.cpp).
#include "ui_text_keys.hpp"

namespace bip {
namespace {

constexpr std::string_view kKeys[] = {
    "room_desk.open", "room_desk.title", "room_desk.intro",
    "room_desk.close", "room_desk.setup.new", "room_desk.setup.name",
    "room_desk.setup.case", "room_desk.setup.seed", "room_desk.setup.seed_hint",
    "room_desk.setup.tables", "room_desk.setup.tables_hint", "room_desk.setup.create",
    "room_desk.setup.saved", "room_desk.setup.folder", "room_desk.setup.none_saved",
    "room_desk.setup.damaged", "room_desk.setup.finished", "room_desk.setup.unfinished",
    "room_desk.setup.compare", "room_desk.keys.setup", "room_desk.keys.saved",
    "room_desk.vote.count", "room_desk.question.belief", "room_desk.question.belief_hint",
    "room_desk.question.response", "room_desk.question.plan", "room_desk.question.plan_hint",
    "room_desk.question.sparring", "room_desk.question.sparring_hint", "room_desk.step.belief",
    "room_desk.step.response", "room_desk.step.plan", "room_desk.step.sparring",
    "room_desk.plan.room", "room_desk.vote.majority", "room_desk.vote.tie",
    "room_desk.vote.override", "room_desk.vote.total", "room_desk.entry.total",
    "room_desk.entry.tables", "room_desk.entry.room", "room_desk.entry.table",
    "room_desk.entry.sum", "room_desk.keys.entry", "room_desk.keys.entry_plan",
    "room_desk.keys.closed", "room_desk.keys.compose", "room_desk.compose.title",
    "room_desk.compose.done", "room_desk.button.close_vote", "room_desk.button.compose",
    "room_desk.button.next", "room_desk.button.reopen_vote", "room_desk.button.present",
    "room_desk.button.next_quarter", "room_desk.button.to_end", "room_desk.button.pause",
    "room_desk.button.finish", "room_desk.button.end_pause", "room_desk.button.more_time",
    "room_desk.button.less_time", "room_desk.button.survey", "room_desk.button.export",
    "room_desk.button.compare", "room_desk.button.setup", "room_desk.button.save_answer",
    "room_desk.result.title", "room_desk.result.place", "room_desk.result.chance",
    "room_desk.result.job", "room_desk.keys.result", "room_desk.keys.result_last",
    "room_desk.pause.title", "room_desk.pause.over", "room_desk.pause.notes",
    "room_desk.pause.own_question", "room_desk.pause.case_questions", "room_desk.keys.pause",
    "room_desk.end.title", "room_desk.end.chart_line", "room_desk.end.chart_chance",
    "room_desk.end.summary", "room_desk.end.summary_job", "room_desk.end.survey_count",
    "room_desk.end.exported", "room_desk.keys.end", "room_desk.survey.intro",
    "room_desk.survey.open_question", "room_desk.survey.private", "room_desk.survey.count",
    "room_desk.keys.survey", "room_desk.compare.title", "room_desk.compare.same",
    "room_desk.compare.different", "room_desk.keys.compare", "room_desk.csv.vote",
    "room_desk.csv.table", "room_desk.csv.share", "room_desk.csv.majority",
    "room_desk.csv.played", "room_desk.csv.line", "room_desk.csv.job_chance",
    "room_desk.csv.question", "room_desk.csv.mean", "room_desk.notice.save_failed",
    "room_desk.notice.bad_name", "room_desk.notice.bad_seed", "room_desk.notice.bad_tables",
    "room_desk.notice.created", "room_desk.notice.reopened", "room_desk.notice.vote_redone",
    "room_desk.notice.bad_file", "room_desk.notice.bad_count", "room_desk.notice.bad_number",
    "room_desk.notice.no_votes", "room_desk.notice.close_first", "room_desk.notice.pause_when",
    "room_desk.notice.bad_seconds", "room_desk.notice.no_question", "room_desk.notice.export_failed",
    "room_desk.notice.exported", "room_desk.notice.nothing_to_compare", "room_desk.notice.no_day",
    "room_desk.notice.bad_option", "room_desk.notice.bad_rating", "room_desk.notice.survey_saved"};

}  // namespace

std::span<const std::string_view> RoomDeskTextKeys() { return kKeys; }

}  // namespace bip
