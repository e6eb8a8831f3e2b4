// Text keys of the team leader's desk (ui/team_desk.cpp, ui/panel_team*.cpp)
// and of the sparring rounds in the team report (team/team_report.cpp).
#include "ui_text_keys.hpp"

namespace bip {
namespace {

constexpr std::string_view kKeys[] = {
    "team_desk.open", "team_desk.title", "team_desk.intro", "team_desk.close",
    "team_desk.need_session", "team_desk.session_line", "team_desk.refresh",
    "team_desk.tab.sessions", "team_desk.tab.participants", "team_desk.tab.compare",
    "team_desk.tab.rounds", "team_desk.tab.export", "team_desk.sessions.title",
    "team_desk.sessions.folder", "team_desk.sessions.detail", "team_desk.sessions.none",
    "team_desk.sessions.open_badge", "team_desk.sessions.other_folder",
    "team_desk.sessions.use_folder", "team_desk.new.title", "team_desk.new.hint",
    "team_desk.new.name", "team_desk.new.name_hint", "team_desk.new.case", "team_desk.new.seed",
    "team_desk.new.seed_hint", "team_desk.new.aliases", "team_desk.new.aliases_hint",
    "team_desk.new.create", "team_desk.new.need_name", "team_desk.players.title",
    "team_desk.players.hint", "team_desk.players.not_yet", "team_desk.players.done",
    "team_desk.players.done_job", "team_desk.players.play", "team_desk.players.play_again",
    "team_desk.players.remove", "team_desk.players.none", "team_desk.players.add",
    "team_desk.players.add_button", "team_desk.import.title", "team_desk.import.hint",
    "team_desk.import.path_hint", "team_desk.import.button", "team_desk.import.refused",
    "team_desk.import.done", "team_desk.import.in_folder", "team_desk.import.none",
    "team_desk.compare.hide_names", "team_desk.compare.only_diverged",
    "team_desk.compare.belief_hint", "team_desk.compare.nobody", "team_desk.compare.interventions",
    "team_desk.compare.job", "team_desk.rounds.title", "team_desk.rounds.hint",
    "team_desk.rounds.draw", "team_desk.rounds.own", "team_desk.rounds.none",
    "team_desk.rounds.pick", "team_desk.rounds.card_label", "team_desk.rounds.situation",
    "team_desk.rounds.situation_optional", "team_desk.rounds.notes", "team_desk.rounds.notes_hint",
    "team_desk.timer.title", "team_desk.timer.start", "team_desk.timer.pause",
    "team_desk.timer.reset", "team_desk.timer.minutes", "team_desk.timer.over",
    "team_desk.export.title", "team_desk.export.hint", "team_desk.export.html",
    "team_desk.export.csv", "team_desk.export.written", "team_desk.export.local",
    "team_desk.report.rounds", "team_desk.report.round", "team_desk.report.own_situation",
    "team_desk.report.notes", "team_desk.report.no_notes", "team_desk.hand_in.title",
    "team_desk.hand_in.text", "team_desk.hand_in.button", "team_desk.hand_in.export_text",
    "team_desk.hand_in.export", "team_desk.hand_in.back", "team_desk.hand_in.exported",
    "team_desk.notice.no_session", "team_desk.notice.created", "team_desk.notice.opened",
    "team_desk.notice.open_failed", "team_desk.notice.save_failed", "team_desk.notice.bad_name",
    "team_desk.notice.bad_seed", "team_desk.notice.no_case", "team_desk.notice.bad_alias",
    "team_desk.notice.nothing_played", "team_desk.notice.cannot_hand_in",
    "team_desk.notice.handed_in", "team_desk.notice.result_exported",
    "team_desk.notice.export_failed", "team_desk.notice.no_file", "team_desk.notice.import_failed",
    "team_desk.notice.imported", "team_desk.notice.replaced", "team_desk.notice.too_many_rounds",
    "team_desk.notice.no_card", "team_desk.notice.no_round", "team_desk.notice.bad_minutes",
    "team_desk.notice.report_exported",
    "team_desk.players.alias_hint", "team_desk.compare.overview", "team_desk.compare.place",
    "team_desk.compare.job_in", "team_desk.compare.no_job", "team_desk.compare.diverged_in",
    "team_desk.compare.show", "team_desk.compare.all_quarters", "team_desk.compare.star_hint"};

}  // namespace

std::span<const std::string_view> TeamDeskTextKeys() { return kKeys; }

}  // namespace bip
