#include "team_desk.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "file_stem.hpp"
#include "session.hpp"
#include "team_join.hpp"
#include "team_lan_link.hpp"
#include "team_report.hpp"

namespace bip::ui {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFolderFiles = 500;  // a folder listing stays quick

std::string Trim(std::string s) {
  s.erase(0, s.find_first_not_of(" \t\r\n"));
  s.erase(s.find_last_not_of(" \t\r\n") + 1);
  return s;
}

// A refusal's case ids as the case names the desk's language uses.
ImportRefusal NamedCases(const GameSession& s, ImportRefusal r) {
  for (auto& [name, value] : r.args)
    if ((name == "case" || name == "value") && s.texts().Has(s.lang(), "case." + value + ".name"))
      value = s.texts().Get(s.lang(), "case." + value + ".name");
  return r;
}

// Team text from the window or a script: bounded, and without control
// characters other than line breaks and tabs, so the file always loads again.
std::string CleanText(const std::string& text, std::size_t max_bytes) {
  std::string out;
  for (unsigned char ch : text) {
    if (ch == '\r') continue;
    out += (ch < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7f ? ' ' : static_cast<char>(ch);
  }
  if (out.size() > max_bytes) {
    out.resize(max_bytes);
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
      out.pop_back();  // whole characters
    if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  }
  return out;
}

std::vector<std::string> NarrativeCards(const Content& c) {
  std::vector<std::string> ids;
  for (const SparringMove& m : c.model.sparring)
    if (m.kind == SparringKind::kNarrative) ids.push_back(m.id);
  return ids;
}

}  // namespace

std::string_view TeamTabName(TeamTab t) {
  switch (t) {
    case TeamTab::kSessions:
      return "sessions";
    case TeamTab::kParticipants:
      return "participants";
    case TeamTab::kCompare:
      return "compare";
    case TeamTab::kRounds:
      return "rounds";
    case TeamTab::kExport:
      return "export";
  }
  return "sessions";
}

double SteadySeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// --- the countdown

void SparringTimer::Start(double now) {
  if (running_ || Over(now)) return;
  running_ = true;
  started_ = now;
}

void SparringTimer::Pause(double now) {
  if (!running_) return;
  banked_ += now - started_;
  running_ = false;
}

void SparringTimer::Reset() {
  running_ = false;
  banked_ = 0.0;
}

void SparringTimer::SetMinutes(int minutes) {
  minutes_ = std::clamp(minutes, 1, 60);
  Reset();
}

double SparringTimer::Elapsed(double now) const {
  return banked_ + (running_ ? now - started_ : 0.0);
}

double SparringTimer::Remaining(double now) const {
  return std::max(0.0, 60.0 * minutes_ - Elapsed(now));
}

// --- the desk

TeamDesk::TeamDesk() : lan_(std::make_unique<TeamLanLink>()), join_(std::make_unique<TeamJoin>()) {}
TeamDesk::~TeamDesk() = default;

void TeamDesk::PutAwayPlaythrough(GameSession& s) {
  // The desk is no step of a case: the participant's playthrough stays
  // saved in the store (Continue on the start screen), and no case's
  // stepper or player shows over the desk.
  s.play_.reset();
  s.playthrough_id_ = 0;
  s.branched_from_ = 0;
  s.branch_quarter_ = 0;
  s.debrief_.reset();
  s.draft_ = Draft{};
}

const ReplayKit& TeamDesk::Kit(const GameSession& s) {
  if (!kit_) kit_ = std::make_unique<ReplayKit>(s.content());
  return *kit_;
}

std::string TeamDesk::DefaultFolder(const GameSession& s) const {
  // Next to the save database; the current folder when the store is in memory.
  const fs::path base =
      s.store_location().empty() ? fs::current_path() : fs::path(s.store_location()).parent_path();
  return (base / "team-sessions").string();
}

std::string TeamDesk::InFolder(const std::string& name_or_path) const {
  const fs::path p(name_or_path);
  return p.has_parent_path() || p.is_absolute() ? p.string() : (fs::path(folder_) / p).string();
}

bool TeamDesk::CanHandIn(const GameSession& s) const {
  const Playthrough* play = s.play();
  return session_ && play && play->finished() && !play->history().empty() && s.profile() &&
         play->case_def().id == session_->case_id && play->seed() == session_->seed &&
         play->case_def().content_version == session_->content_version;
}

const ParticipantResult* TeamDesk::Participant(const std::string& alias) const {
  if (!session_) return nullptr;
  for (const ParticipantResult& p : session_->participants)
    if (SameAlias(p.alias, alias)) return &p;
  return nullptr;
}

void TeamDesk::Refresh() {
  files_.clear();
  std::error_code ec;
  if (folder_.empty() || !fs::is_directory(folder_, ec)) return;
  std::vector<fs::path> paths;
  for (fs::directory_iterator it(folder_, ec), end;
       !ec && it != end && paths.size() < kMaxFolderFiles; it.increment(ec))
    if (it->path().extension() == ".json" && it->is_regular_file(ec)) paths.push_back(it->path());
  std::sort(paths.begin(), paths.end());
  for (const fs::path& p : paths) {
    TeamFolderEntry e;
    e.path = p.string();
    e.file = p.filename().string();
    // Only a look at the header: a file that does not read or parse is
    // listed anyway, so that importing it says what is wrong with it.
    std::string ignored;
    if (auto text = ReadLimited(e.path, kMaxSessionFileBytes, &ignored)) {
      const nlohmann::json doc = nlohmann::json::parse(*text, nullptr, false);
      if (doc.is_object()) {
        const auto str = [&](const char* k) {
          return doc.contains(k) && doc[k].is_string() ? doc[k].get<std::string>() : "";
        };
        e.session = str("format") == kSessionFormat;
        e.name = e.session ? str("name") : str("alias");
        e.case_id = str("case");
        if (e.session && doc.contains("participants") && doc["participants"].is_array())
          e.participants = static_cast<int>(doc["participants"].size());
      }
    }
    files_.push_back(std::move(e));
  }
}

bool TeamDesk::Save(GameSession& s, std::string* error) {
  try {
    SaveSessionFile(*session_, session_path_);
  } catch (const std::exception& e) {
    return s.Fail(error, "team_desk.notice.save_failed", e.what());
  }
  Refresh();
  return true;
}

bool TeamDesk::Create(GameSession& s, const Intent& in, std::string* error) {
  const std::string name = Trim(in.text2);
  if (!ValidTeamAlias(name))
    return s.Fail(error, "team_desk.notice.bad_name", "the session's name must be 1-80 bytes");
  if (in.number < 1)
    return s.Fail(error, "team_desk.notice.bad_seed",
                  "the seed must be a whole number of at least 1");
  if (in.list.empty())
    return s.Fail(error, "team_desk.notice.no_case", "no case given", {{"case", ""}});
  const CaseDef* c = s.content().FindCase(in.list.front());
  if (!c)
    return s.Fail(error, "team_desk.notice.no_case", "no case '" + in.list.front() + "'",
                  {{"case", in.list.front()}});
  TeamSession t;
  t.name = name;
  t.case_id = c->id;
  t.seed = static_cast<std::uint64_t>(in.number);
  t.content_version = c->content_version;
  t.created_at = NowIso8601();
  for (std::size_t i = 1; i < in.list.size(); ++i) {
    const std::string alias = Trim(in.list[i]);
    if (alias.empty()) continue;
    if (!ValidTeamAlias(alias))
      return s.Fail(error, "team_desk.notice.bad_alias", "alias '" + alias + "' must be 1-80 bytes",
                    {{"alias", alias}});
    if (std::none_of(t.roster.begin(), t.roster.end(),
                     [&](const std::string& a) { return SameAlias(a, alias); }))
      t.roster.push_back(alias);
  }
  std::error_code ec;
  fs::create_directories(folder_, ec);
  const std::string stem = FileStem(name, "session", 60);
  fs::path path = fs::path(folder_) / (stem + ".json");
  for (int n = 2; fs::exists(path, ec) && n < 1000; ++n)
    path = fs::path(folder_) / (stem + "-" + std::to_string(n) + ".json");
  try {
    SaveSessionFile(t, path.string());
  } catch (const std::exception& e) {
    return s.Fail(error, "team_desk.notice.save_failed", e.what());
  }
  session_ = std::move(t);
  session_path_ = path.string();
  quarter_ = 0;
  selected_round_ = -1;
  import_error_.clear();
  last_import_.clear();
  last_html_.clear();
  last_csv_.clear();
  tab_ = TeamTab::kParticipants;
  Refresh();
  s.Info("team_desk.notice.created", {{"name", name}, {"path", session_path_}});
  return true;
}

bool TeamDesk::OpenSession(GameSession& s, const std::string& file, std::string* error) {
  const std::string path = InFolder(file);
  std::string why;
  auto loaded = LoadSessionFile(Kit(s), path, &why);
  if (!loaded) return s.Fail(error, "team_desk.notice.open_failed", why);
  session_ = std::move(*loaded);
  session_path_ = path;
  quarter_ = 0;
  selected_round_ = session_->rounds.empty() ? -1 : static_cast<int>(session_->rounds.size()) - 1;
  import_error_.clear();
  last_import_.clear();
  last_html_.clear();
  last_csv_.clear();
  tab_ = TeamTab::kParticipants;
  s.Info("team_desk.notice.opened", {{"name", session_->name}});
  return true;
}

bool TeamDesk::Play(GameSession& s, const std::string& raw_alias, std::string* error) {
  if (!session_)
    return s.Fail(error, "team_desk.notice.no_session", "open or create a session first");
  const std::string alias = Trim(raw_alias);
  if (!ValidTeamAlias(alias))
    return s.Fail(error, "team_desk.notice.bad_alias", "alias '" + alias + "' must be 1-80 bytes",
                  {{"alias", alias}});
  // The participant's own profile, made on first play; their saves stay theirs.
  std::int64_t id = 0;
  for (const ProfileInfo& p : s.profiles())
    if (SameAlias(p.alias, alias)) id = p.id;
  if (id == 0) {
    try {
      id = s.store_.CreateProfile(alias);
      s.store_.SetProfileSetting(id, "language", s.lang());
    } catch (const std::exception& e) {
      return s.Fail(error, "notice.store_error", e.what());
    }
    s.RefreshProfiles();
  }
  if (std::none_of(session_->roster.begin(), session_->roster.end(),
                   [&](const std::string& a) { return SameAlias(a, alias); })) {
    session_->roster.push_back(alias);
    if (!Save(s, error)) return false;
  }
  if (!s.SelectProfile(id, error)) return false;
  return s.StartCase(session_->case_id, session_->seed, error);
}

std::optional<ParticipantResult> TeamDesk::CurrentResult(GameSession& s, std::string* error) {
  const Playthrough* play = s.play();
  if (!play || play->history().empty() || !s.profile()) {
    s.Fail(error, "team_desk.notice.nothing_played", "no quarter has been played");
    return std::nullopt;
  }
  std::string alias = s.profile()->alias;
  if (!ValidTeamAlias(alias)) alias = CleanText(alias, kMaxTeamAliasBytes);
  std::vector<QuarterChoices> choices;
  for (const QuarterRecord& r : play->history()) choices.push_back(r.choices);
  // The same replay an import runs: what is handed in is what a file would say.
  std::string why;
  auto r = Replay(Kit(s), play->case_def(), play->seed(), alias, choices, &why);
  if (!r) s.Fail(error, "team_desk.notice.cannot_hand_in", why);
  return r;
}

bool TeamDesk::HandIn(GameSession& s, std::string* error) {
  if (!session_)
    return s.Fail(error, "team_desk.notice.no_session", "open or create a session first");
  if (!CanHandIn(s))
    return s.Fail(error, "team_desk.notice.cannot_hand_in",
                  "the playthrough must be finished and of the session's case " +
                      session_->case_id + " with seed " + std::to_string(session_->seed));
  auto r = CurrentResult(s, error);
  if (!r) return false;
  const std::string alias = r->alias;
  const std::string quarters = std::to_string(r->quarters.size());
  if (!AddAndSave(s, std::move(*r), error)) return false;
  PutAwayPlaythrough(s);
  s.screen_ = Screen::kTeam;
  tab_ = TeamTab::kCompare;
  s.Info("team_desk.notice.handed_in", {{"alias", alias}, {"n", quarters}});
  return true;
}

bool TeamDesk::AddAndSave(GameSession& s, ParticipantResult participant, std::string* error) {
  const std::string alias = participant.alias;
  TeamSession before = *session_;
  try {
    AddParticipant(*session_, std::move(participant));
  } catch (const std::invalid_argument& e) {  // a full session: refused, not a crash
    return s.Fail(error, "team_desk.notice.import_failed", e.what());
  }
  if (std::none_of(session_->roster.begin(), session_->roster.end(),
                   [&](const std::string& a) { return SameAlias(a, alias); }))
    session_->roster.push_back(alias);
  if (!Save(s, error)) {
    session_ = std::move(before);  // what is shown stays what the file holds
    return false;
  }
  return true;
}

bool TeamDesk::ExportResult(GameSession& s, const std::string& path_arg, std::string* error) {
  auto r = CurrentResult(s, error);
  if (!r) return false;
  const CaseDef& c = s.play()->case_def();
  std::string path = path_arg;
  if (path.empty()) {
    const fs::path dir = s.store_location().empty() ? fs::current_path()
                                                    : fs::path(s.store_location()).parent_path();
    path = (dir / ("bipgame-result-" + FileStem(r->alias, "participant", 60) + "-" + c.id + "-" +
                   std::to_string(s.play()->seed()) + ".json"))
               .string();
  }
  try {
    WriteFileAtomic(path,
                    ResultToJson(*r, c.id, c.content_version, s.play()->seed()).dump(2) + "\n");
  } catch (const std::exception& e) {
    return s.Fail(error, "team_desk.notice.export_failed", e.what());
  }
  last_result_ = path;
  last_result_playthrough_ = s.playthrough_id();
  s.Info("team_desk.notice.result_exported", {{"path", path}});
  return true;
}

bool TeamDesk::Import(GameSession& s, const std::string& file, std::string* error) {
  if (!session_)
    return s.Fail(error, "team_desk.notice.no_session", "open or create a session first");
  if (Trim(file).empty()) return s.Fail(error, "team_desk.notice.no_file", "no file given");
  const std::string path = InFolder(Trim(file));
  std::string why;
  ImportRefusal refusal;
  auto r = ImportResultFile(Kit(s), *session_, path, &why, &refusal);
  if (!r) {
    import_error_ = why;
    import_refusal_ = NamedCases(s, refusal);
    last_import_.clear();
    std::cerr << "import refused: " << why << "\n";  // the technical line, for the log
    return s.Fail(error, import_refusal_.key, why, import_refusal_.args);
  }
  const std::string alias = r->alias;
  const bool replaces = Participant(alias) != nullptr;
  const std::string quarters = std::to_string(r->quarters.size());
  if (!AddAndSave(s, std::move(*r), error)) return false;
  import_error_.clear();
  last_import_ = alias;
  s.Info(replaces ? "team_desk.notice.replaced" : "team_desk.notice.imported",
         {{"alias", alias}, {"n", quarters}});
  return true;
}

bool TeamDesk::NewRound(GameSession& s, const std::string& card_arg, const std::string& situation,
                        std::string* error) {
  if (!session_)
    return s.Fail(error, "team_desk.notice.no_session", "open or create a session first");
  if (session_->rounds.size() >= kMaxRounds)
    return s.Fail(error, "team_desk.notice.too_many_rounds",
                  "a session holds at most " + std::to_string(kMaxRounds) + " rounds");
  SparringRound round;
  round.situation = CleanText(situation, kMaxSituationBytes);
  if (card_arg != "own") {
    const std::vector<std::string> cards = NarrativeCards(s.content());
    if (!card_arg.empty()) {
      if (std::find(cards.begin(), cards.end(), card_arg) == cards.end())
        return s.Fail(error, "team_desk.notice.no_card", "no narrative card '" + card_arg + "'");
      round.card = card_arg;
    } else if (!cards.empty()) {
      // The next card not drawn yet in this session (all again once every
      // card is used), picked by the session's seed: the same deck for the
      // same session, a different order for another.
      std::vector<std::string> left;
      for (const std::string& c : cards)
        if (std::none_of(session_->rounds.begin(), session_->rounds.end(),
                         [&](const SparringRound& r) { return r.card == c; }))
          left.push_back(c);
      if (left.empty()) left = cards;
      const std::uint64_t pick =
          (session_->seed * 2654435761u + session_->rounds.size() * 40503u) % left.size();
      round.card = left[static_cast<std::size_t>(pick)];
    }
  }
  const TeamSession before = *session_;
  session_->rounds.push_back(std::move(round));
  if (!Save(s, error)) {
    session_ = before;
    return false;
  }
  selected_round_ = static_cast<int>(session_->rounds.size()) - 1;
  timer_.Reset();
  tab_ = TeamTab::kRounds;
  return true;
}

bool TeamDesk::SetRoundText(GameSession& s, const Intent& in, bool notes, std::string* error) {
  if (!session_)
    return s.Fail(error, "team_desk.notice.no_session", "open or create a session first");
  const int index = in.number > 0 ? static_cast<int>(in.number) - 1 : selected_round_;
  if (index < 0 || index >= static_cast<int>(session_->rounds.size()))
    return s.Fail(error, "team_desk.notice.no_round",
                  "no sparring round " + std::to_string(index + 1));
  const TeamSession before = *session_;
  SparringRound& r = session_->rounds[static_cast<std::size_t>(index)];
  (notes ? r.notes : r.situation) =
      CleanText(in.text2, notes ? kMaxRoundNotesBytes : kMaxSituationBytes);
  if (!Save(s, error)) {
    session_ = before;
    return false;
  }
  return true;
}

bool TeamDesk::ExportReport(GameSession& s, const std::string& path_arg, bool html,
                            std::string* error) {
  if (!session_)
    return s.Fail(error, "team_desk.notice.no_session", "open or create a session first");
  std::string path = path_arg;
  if (path.empty()) {
    fs::path p(session_path_);
    path =
        (p.parent_path() / (p.stem().string() + (html ? "-report.html" : "-report.csv"))).string();
  }
  const TeamComparison cmp = Compare(s.content(), *session_, s.texts(), s.lang(), anonymous_);
  try {
    WriteFileAtomic(path, html ? TeamReportHtml(s.content(), *session_, cmp, s.lang())
                               : TeamReportCsv(s.content(), cmp, s.lang()));
  } catch (const std::exception& e) {
    return s.Fail(error, "team_desk.notice.export_failed", e.what());
  }
  (html ? last_html_ : last_csv_) = path;
  s.Info("team_desk.notice.report_exported", {{"path", path}});
  return true;
}

bool TeamDesk::Apply(GameSession& s, const Intent& in, std::string* error) {
  const std::string& a = in.text;
  if (a.rfind("lan_", 0) == 0 && a != "lan_sync") return ApplyLan(s, in, error);
  if (a.rfind("join", 0) == 0) return ApplyJoin(s, in, error);  // a participant's game
  if (a == "close" || a == "create" || a == "open_session") {
    // The hand-in stops with the session (what arrived is in the file).
    std::unique_lock<std::mutex> hold = lan_->Hold();
    if (session_ && hold.owns_lock()) lan_->TakeOver(*session_);
    if (hold.owns_lock()) hold.unlock();
    lan_->Stop();
  }
  // While colleagues hand in over the network the session is shared with the
  // server's threads: the desk holds it for the action, starting from what
  // arrived and giving its changes back.
  std::unique_lock<std::mutex> hold = lan_->Hold();
  if (session_ && hold.owns_lock() && lan_->TakeOver(*session_)) {
    Refresh();
    s.Info("team_lan.notice.arrived");
  }
  const bool ok = ApplyAction(s, in, error);
  if (session_ && hold.owns_lock()) lan_->GiveBack(*session_);
  return ok;
}

bool TeamDesk::ApplyAction(GameSession& s, const Intent& in, std::string* error) {
  const std::string& a = in.text;
  if (a == "open") {
    if (folder_.empty()) folder_ = DefaultFolder(s);
    Refresh();
    PutAwayPlaythrough(s);
    s.screen_ = Screen::kTeam;
    return true;
  }
  if (a == "close") {
    s.screen_ = Screen::kStart;
    s.RefreshSaved();
    return true;
  }
  if (a == "tab") {
    for (int t = 0; t < kTeamTabCount; ++t)
      if (TeamTabName(static_cast<TeamTab>(t)) == in.text2) {
        tab_ = static_cast<TeamTab>(t);
        return true;
      }
    return s.Fail(error, "notice.not_now", "no team tab '" + in.text2 + "'");
  }
  if (a == "folder") {
    if (Trim(in.text2).empty()) return s.Fail(error, "team_desk.notice.no_file", "no folder given");
    folder_ = Trim(in.text2);
    Refresh();
    return true;
  }
  if (a == "refresh") {
    Refresh();
    return true;
  }
  if (a == "lan_sync") return true;  // Apply has taken the hand-ins over
  if (a == "create") return Create(s, in, error);
  if (a == "open_session") return OpenSession(s, in.text2, error);
  if (a == "add_alias" || a == "remove_alias") {
    if (!session_)
      return s.Fail(error, "team_desk.notice.no_session", "open or create a session first");
    const std::string alias = Trim(in.text2);
    if (!ValidTeamAlias(alias))
      return s.Fail(error, "team_desk.notice.bad_alias", "alias '" + alias + "' must be 1-80 bytes",
                    {{"alias", alias}});
    auto& roster = session_->roster;
    const auto same = [&](const std::string& x) { return SameAlias(x, alias); };
    const TeamSession before = *session_;
    if (a == "add_alias" && std::none_of(roster.begin(), roster.end(), same))
      roster.push_back(alias);
    if (a == "remove_alias")
      roster.erase(std::remove_if(roster.begin(), roster.end(), same), roster.end());
    if (!Save(s, error)) {
      session_ = before;
      return false;
    }
    return true;
  }
  if (a == "play") return Play(s, in.text2, error);
  if (a == "hand_in") return HandIn(s, error);
  if (a == "export_result") return ExportResult(s, Trim(in.text2), error);
  if (a == "import") return Import(s, in.text2, error);
  if (a == "anonymous") {
    anonymous_ = in.number != 0;
    return true;
  }
  if (a == "quarter") {
    const CaseDef* c = session_ ? s.content().FindCase(session_->case_id) : nullptr;
    if (!c || in.number < 0 || in.number > c->quarters)
      return s.Fail(error, "notice.not_now",
                    "no quarter " + std::to_string(in.number) + " to compare");
    quarter_ = static_cast<int>(in.number);
    tab_ = TeamTab::kCompare;
    return true;
  }
  if (a == "draw") return NewRound(s, Trim(in.text2), "", error);
  if (a == "own_round") return NewRound(s, "own", in.text2, error);
  if (a == "select_round") {
    if (!session_ || in.number < 1 ||
        in.number > static_cast<std::int64_t>(session_->rounds.size()))
      return s.Fail(error, "team_desk.notice.no_round",
                    "no sparring round " + std::to_string(in.number));
    selected_round_ = static_cast<int>(in.number) - 1;
    return true;
  }
  if (a == "situation") return SetRoundText(s, in, false, error);
  if (a == "note") return SetRoundText(s, in, true, error);
  if (a == "timer_start") {
    timer_.Start(SteadySeconds());
    return true;
  }
  if (a == "timer_pause") {
    timer_.Pause(SteadySeconds());
    return true;
  }
  if (a == "timer_reset") {
    timer_.Reset();
    return true;
  }
  if (a == "timer_minutes") {
    if (in.number < 1 || in.number > 60)
      return s.Fail(error, "team_desk.notice.bad_minutes", "minutes must be 1-60");
    timer_.SetMinutes(static_cast<int>(in.number));
    return true;
  }
  if (a == "export_html" || a == "export_csv")
    return ExportReport(s, Trim(in.text2), a == "export_html", error);
  return s.Fail(error, "notice.not_now", "unknown team action '" + a + "'");
}

}  // namespace bip::ui
