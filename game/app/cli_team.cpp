#include "cli_team.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

#include "loaded_content.hpp"
#include "room.hpp"
#include "save_store.hpp"
#include "team_report.hpp"
#include "team_session.hpp"
#include "text_checks.hpp"

namespace bip {
namespace {

int Error(const std::string& line) {
  std::cerr << "error: " << line << "\n";
  return 2;
}

int Create(const Content& content, const TeamOptions& o) {
  const CaseDef* c = content.FindCase(o.case_id);
  if (!c) return Error("--case " + o.case_id + ": no such case");
  // Written into JSON: invalid UTF-8 would fail there as a raw type_error.316.
  if (o.name.empty() || o.name.size() > kMaxTeamAliasBytes || !IsValidUtf8(o.name))
    return Error("--name: expected 1-80 bytes of UTF-8 text");
  TeamSession s;
  s.name = o.name;
  s.case_id = c->id;
  s.seed = o.seed;
  s.content_version = c->content_version;
  s.created_at = NowIso8601();
  SaveSessionFile(s, o.out);
  std::cout << o.out << "\n";
  return 0;
}

int ExportResult(const Content& content, const TeamOptions& o) {
  auto opened = SaveStore::Open(o.db);
  if (!opened.store) return Error(opened.error);
  SaveStore& store = *opened.store;
  const auto row = store.FindPlaythrough(o.playthrough);
  if (!row) return Error(o.db + ": no playthrough " + std::to_string(o.playthrough));
  const CaseDef* c = content.FindCase(row->case_id);
  if (!c)
    return Error("playthrough " + std::to_string(o.playthrough) + ": case " + row->case_id +
                 " is not in this content");
  if (row->content_version != std::to_string(c->content_version))
    return Error("playthrough " + std::to_string(o.playthrough) + ": played with content version " +
                 row->content_version + ", the installed case has " +
                 std::to_string(c->content_version));
  std::string alias = o.alias;
  if (!IsValidUtf8(alias)) return Error("--alias: expected UTF-8 text");
  if (alias.empty())
    for (const ProfileRow& p : store.Profiles())
      if (p.id == row->profile_id) alias = p.alias;
  const ReplayKit kit(content);
  std::string error;
  auto r = Replay(kit, *c, row->seed, alias, store.Quarters(o.playthrough), &error);
  if (!r) return Error("playthrough " + std::to_string(o.playthrough) + ": " + error);
  if (r->quarters.empty())
    return Error("playthrough " + std::to_string(o.playthrough) + ": no quarter played yet");
  WriteFileAtomic(o.out, ResultToJson(*r, c->id, c->content_version, row->seed).dump(2) + "\n");
  std::cout << o.out << "\n";
  return 0;
}

int Import(const Content& content, const TeamOptions& o) {
  const ReplayKit kit(content);
  std::string error;
  auto s = LoadSessionFile(kit, o.session, &error);
  if (!s) return Error(error);
  int bad = 0;
  for (const std::string& f : o.files) {
    auto p = ImportResultFile(kit, *s, f, &error);
    if (!p) {
      std::cerr << "error: " << error << "\n";
      ++bad;
      continue;
    }
    const ParticipantResult* same = nullptr;
    for (const ParticipantResult& q : s->participants)
      if (SameAlias(q.alias, p->alias)) same = &q;
    if (!same && s->participants.size() >= kMaxParticipants) {
      std::cerr << "error: " << f << ": refused: the session already holds " << kMaxParticipants
                << " participants (at most " << kMaxParticipants << ")\n";
      ++bad;
      continue;
    }
    std::cout << "imported " << p->alias << " (" << p->quarters.size() << " quarters) from " << f;
    if (same)
      std::cout << ", replacing " << same->alias
                << " (aliases that differ only in letter case are one participant)";
    std::cout << "\n";
    AddParticipant(*s, std::move(*p));
  }
  if (bad == 0 || bad < static_cast<int>(o.files.size())) SaveSessionFile(*s, o.session);
  return bad ? 1 : 0;
}

int Report(const Content& content, const TeamOptions& o) {
  if (o.html.empty() && o.csv.empty())
    return Error("session report: give --html FILE and/or --csv FILE");
  const ReplayKit kit(content);
  std::string error;
  auto s = LoadSessionFile(kit, o.session, &error);
  if (!s) return Error(error);
  const TeamComparison cmp = Compare(content, *s, content.texts, o.lang, o.anonymous);
  if (!o.html.empty()) WriteFileAtomic(o.html, TeamReportHtml(content, *s, cmp, o.lang));
  if (!o.csv.empty()) WriteFileAtomic(o.csv, TeamReportCsv(content, cmp, o.lang));
  return 0;
}

int RoomReport(const Content& content, const TeamOptions& o) {
  if (o.html.empty() && o.csv.empty())
    return Error("room report: give --html FILE and/or --csv FILE");
  std::string error;
  auto room = LoadRoomFile(content, o.room, &error);
  if (!room) return Error(error);
  const ReplayKit kit(content);
  auto paths = PlayRoom(kit, *room, &error);
  if (!paths) return Error(o.room + ": " + error);
  const Room day = WithPhoneAnswers(*room, room->phones);  // with what the room's phones answered
  if (!o.html.empty()) WriteFileAtomic(o.html, RoomReportHtml(content, day, *paths, o.lang));
  if (!o.csv.empty()) WriteFileAtomic(o.csv, RoomReportCsv(content, day, *paths, o.lang));
  return 0;
}

}  // namespace

TeamCommands AddTeamCommands(CLI::App& app, TeamOptions& o) {
  TeamCommands t;
  CLI::App* session = app.add_subcommand(
      "session",
      "team sparring: one case and seed, participants' result files, a comparison report");
  session->require_subcommand(1);
  const auto content = [&](CLI::App* cmd) {
    cmd->add_option("--content", o.content_dir, "content directory (default: the game's own)");
  };

  t.create = session->add_subcommand("create", "start a session file for a case and seed");
  content(t.create);
  t.create->add_option("--case", o.case_id, "case id, e.g. henrik")->required();
  t.create->add_option("--seed", o.seed, "seed everyone plays")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  t.create->add_option("--name", o.name, "the session's name, e.g. \"Team A\"")->required();
  t.create->add_option("--out", o.out, "session file to write")->required();

  t.export_result = session->add_subcommand(
      "export-result", "write a participant's result file from a saved playthrough");
  content(t.export_result);
  t.export_result->add_option("--db", o.db, "save database")->required();
  t.export_result->add_option("--playthrough", o.playthrough, "playthrough id")->required();
  t.export_result->add_option("--alias", o.alias,
                              "name in the team (default: the profile's alias)");
  t.export_result->add_option("--out", o.out, "result file to write")->required();

  t.import =
      session->add_subcommand("import", "validate, replay and add result files to a session");
  content(t.import);
  t.import->add_option("--session", o.session, "session file")->required();
  t.import->add_option("files", o.files, "result files")->required();

  const auto lang = [&](CLI::App* cmd) {
    cmd->add_option("--lang", o.lang, "language of the report")
        ->check(CLI::IsMember({"sv", "da", "en"}))
        ->capture_default_str();
  };
  t.report = session->add_subcommand("report", "the comparison as HTML and/or CSV");
  content(t.report);
  t.report->add_option("--session", o.session, "session file")->required();
  t.report->add_option("--html", o.html, "HTML report to write");
  t.report->add_option("--csv", o.csv, "CSV (semicolons, decimal commas) to write");
  t.report->add_flag("--anonymous", o.anonymous, "participants as \"Participant 1, 2, ...\"");
  lang(t.report);

  CLI::App* room = app.add_subcommand("room", "theme day: the room's votes, pauses and survey");
  room->require_subcommand(1);
  t.room_report = room->add_subcommand(
      "report", "play the room's decisions and write the day's HTML report and/or CSV");
  content(t.room_report);
  t.room_report->add_option("--room", o.room, "theme-day JSON file (format bipgame-room)")
      ->required();
  t.room_report->add_option("--html", o.html, "HTML report to write");
  t.room_report->add_option(
      "--csv", o.csv,
      "CSV of every vote, the path and the survey (semicolons, decimal commas) to write");
  lang(t.room_report);
  return t;
}

int RunTeamCommand(const TeamCommands& t, const TeamOptions& o) {
  const bool any = t.create->parsed() || t.export_result->parsed() || t.import->parsed() ||
                   t.report->parsed() || t.room_report->parsed();
  if (!any) return -1;
  auto content = LoadContentOrReport(o.content_dir);
  if (!content) return 2;
  try {
    if (t.create->parsed()) return Create(*content, o);
    if (t.export_result->parsed()) return ExportResult(*content, o);
    if (t.import->parsed()) return Import(*content, o);
    if (t.report->parsed()) return Report(*content, o);
    return RoomReport(*content, o);
  } catch (const std::exception& e) {
    return Error(e.what());
  }
}

}  // namespace bip
