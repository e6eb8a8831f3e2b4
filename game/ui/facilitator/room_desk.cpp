#include "room_desk.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <random>

#include "file_stem.hpp"
#include "room_phone_link.hpp"
#include "session.hpp"

namespace bip::ui {
namespace {

namespace fs = std::filesystem;

constexpr int kDefaultPauseSeconds = 180;

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// A whole number typed by the facilitator: digits only, at most `max`.
std::optional<long long> Whole(const std::string& s, long long max) {
  if (s.empty() || s.size() > 12 ||
      !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const long long v = std::stoll(s);
  if (v > max) return std::nullopt;
  return v;
}

std::string Today() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// The sparring moves the room chooses between: the policies' moves this
// quarter, good collegial sparring, and the astral body (F-SPAR: not all
// sparring is good sparring), then none.
std::vector<std::string> SparringOptions(const Content& content, const Playthrough& play) {
  std::vector<std::string> out;
  const auto add = [&](const std::string& id) {
    if (content.model.SparringIndex(id) < content.model.sparring.size() && !Contains(out, id) &&
        out.size() < 5)
      out.push_back(id);
  };
  for (const char* name : {"karen", "staircase"})
    if (const Policy* p = play.case_def().FindPolicy(name)) {
      const std::string m = PolicyChoices(*p, play).sparring;
      if (m != "none") add(m);
    }
  add("colleague_sounding_board");
  add("astral_body");
  add("none");
  return out;
}

}  // namespace

std::string_view RoomPhaseName(RoomPhase p) {
  switch (p) {
    case RoomPhase::kSetup:
      return "setup";
    case RoomPhase::kVote:
      return "vote";
    case RoomPhase::kResult:
      return "result";
    case RoomPhase::kPause:
      return "pause";
    case RoomPhase::kEnd:
      return "end";
    case RoomPhase::kSurvey:
      return "survey";
    case RoomPhase::kCompare:
      return "compare";
  }
  return "setup";
}

RoomDesk::RoomDesk() : phones_(std::make_unique<RoomPhoneLink>()) {}
RoomDesk::~RoomDesk() = default;

std::string RoomDesk::Folder(const GameSession& s) const {
  const fs::path base =
      s.store_location_.empty() ? fs::current_path() : fs::path(s.store_location_).parent_path();
  return (base / "theme-days").string();
}

void RoomDesk::RefreshDays(const GameSession& s) {
  std::vector<RoomFileInfo>& out = days_;
  out.clear();
  std::error_code ec;
  const fs::path dir = Folder(s);
  if (!fs::is_directory(dir, ec)) return;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() != ".json") continue;
    RoomFileInfo info;
    info.path = e.path().string();
    std::string error;
    if (auto r = LoadRoomFile(s.content_, info.path, &error)) {
      info.name = r->name;
      info.quarters = static_cast<int>(r->decisions.size());
      info.finished = r->finished;
    } else {
      info.name = e.path().filename().string();
      info.error = error;
    }
    out.push_back(std::move(info));
  }
  std::sort(out.begin(), out.end(),
            [](const RoomFileInfo& a, const RoomFileInfo& b) { return a.path > b.path; });
}

std::size_t RoomDesk::vote_index() const {
  return room_ && room_->current ? room_->current->steps.size() : 0;
}

std::size_t RoomDesk::vote_count() const {
  if (!play_) return 0;
  return 3 + play_->pending_events().size();  // belief, each response, plan, sparring
}

const RoomPause* RoomDesk::pause() const {
  return room_ && !room_->pauses.empty() ? &room_->pauses.back() : nullptr;
}

void RoomDesk::Reset() {
  phones_->Detach();  // the day's server stops with it
  surveyed_ = 0;
  room_.reset();
  path_.clear();
  play_.reset();
  vote_.reset();
  vote_closed_ = false;
  plan_interventions_.clear();
  paths_.reset();
  last_export_.clear();
  phase_ = RoomPhase::kSetup;
}

bool RoomDesk::Save(GameSession& s, std::string* error) {
  try {
    phones_->Save(*room_, path_);  // with what the phones answered
  } catch (const std::exception& e) {
    // The day stays in memory; the facilitator sees where it could not go.
    return s.Fail(error, "room_desk.notice.save_failed", std::string(e.what()), {{"path", path_}});
  }
  return true;
}

// The votes of the quarter in order: belief, each event's response, the
// plan, sparring. The next one not yet closed becomes the open vote.
void RoomDesk::NextVote() {
  const RoomCurrent& cur = *room_->current;
  const std::size_t done = cur.steps.size();
  const auto& events = play_->pending_events();
  RoomStep v;
  if (done == 0) {
    v.kind = "belief";
    v.options = {"1", "2", "3", "4", "5"};
  } else if (done <= events.size()) {
    const Event* e = events[done - 1];
    v.kind = "response";
    v.event = e->id;
    for (const Response& r : e->responses) v.options.push_back(r.id);
  } else if (done == events.size() + 1) {
    v.kind = "plan";
  } else {
    v.kind = "sparring";
    v.options = SparringOptions(*content_, *play_);
  }
  vote_ = std::move(v);
  vote_closed_ = false;
  if (vote_->kind == "plan") BuildPlanOptions();
  // Too many options for the room (a case with a long response list) are cut at the format's limit.
  if (vote_->options.size() > kMaxRoomOptions) vote_->options.resize(kMaxRoomOptions);
  phase_ = RoomPhase::kVote;
}

// The room's own plan first (when composed), then the case's karen,
// staircase and none plans for this quarter; the same plan is offered once.
void RoomDesk::BuildPlanOptions() {
  vote_->options.clear();
  plan_interventions_.clear();
  const auto add = [&](const std::string& id, std::vector<std::string> interventions) {
    std::vector<std::string> sorted = interventions;
    std::sort(sorted.begin(), sorted.end());
    for (const auto& seen : plan_interventions_) {
      std::vector<std::string> s2 = seen;
      std::sort(s2.begin(), s2.end());
      if (s2 == sorted) return;
    }
    vote_->options.push_back(id);
    plan_interventions_.push_back(std::move(interventions));
  };
  if (!room_->current->room_plan.empty()) add("room", room_->current->room_plan);
  for (const char* name : {"karen", "staircase", "none"})
    if (const Policy* p = play_->case_def().FindPolicy(name))
      add(name, PolicyChoices(*p, *play_).interventions);
}

// The room's own plan (composed on the desk or adopted from the phones)
// becomes the plan vote's first option.
bool RoomDesk::SetRoomPlan(GameSession& s, const std::vector<std::string>& ids,
                           std::string* error) {
  std::vector<std::string> plan;
  for (const std::string& id : ids) {
    if (!Contains(play_->case_def().palette, id))
      return s.Fail(error, "notice.not_offered",
                    "intervention '" + id + "' is not offered in this case");
    if (!Contains(plan, id)) plan.push_back(id);
  }
  room_->current->room_plan = plan;
  const std::vector<std::string> before = vote_->options;
  BuildPlanOptions();
  if (vote_->options != before)
    phones_->ClearVote(RoomPhoneLink::VoteKey(*this));  // other options: phones vote again
  return Save(s, error);
}

void RoomDesk::StartQuarter() {
  if (!room_->current) {
    RoomCurrent cur{static_cast<int>(room_->decisions.size()) + 1, {}, {}};
    // The room's own plan stays on offer the next quarter (R changes it).
    if (!room_->decisions.empty())
      for (const RoomOption& o : room_->decisions.back().options)
        if (o.id == "room") cur.room_plan = o.choices.interventions;
    room_->current = std::move(cur);
  }
  NextVote();
}

bool RoomDesk::New(GameSession& s, const Intent& in, std::string* error) {
  std::string name = in.text2;
  name.erase(0, name.find_first_not_of(" \t"));
  name.erase(name.find_last_not_of(" \t") + 1);
  if (name.empty() || name.size() > kMaxTeamAliasBytes)
    return s.Fail(error, "room_desk.notice.bad_name", "the day's name: expected 1-80 characters");
  // A second day under the same name would look the same in the list:
  // Enter on the setup must never quietly make one.
  RefreshDays(s);
  for (const RoomFileInfo& f : days_)
    if (f.error.empty() && f.name == name)
      return s.Fail(error, "room_desk.notice.name_taken",
                    "a day called '" + name + "' exists: " + f.path, {{"name", name}});
  const std::string case_id = in.list.size() > 0 ? in.list[0] : "";
  const CaseDef* c = s.content_.FindCase(case_id);
  if (!c) return s.Fail(error, "notice.no_case", "no case '" + case_id + "'", {{"case", case_id}});
  const std::string seed_text = in.list.size() > 1 ? in.list[1] : "";
  std::uint64_t seed = 0;
  if (seed_text.empty()) {
    seed = std::random_device{}() % 1000000 + 1;
  } else if (auto v = Whole(seed_text, 999999999999LL); v && *v > 0) {
    seed = static_cast<std::uint64_t>(*v);
  } else {
    return s.Fail(error, "room_desk.notice.bad_seed",
                  "seed '" + seed_text + "': expected a whole number 1-999999999999",
                  {{"value", seed_text}});
  }
  const std::string tables_text = in.list.size() > 2 ? in.list[2] : "";
  int tables = 0;
  if (!tables_text.empty()) {
    auto v = Whole(tables_text, static_cast<long long>(kMaxRoomTables));
    if (!v)
      return s.Fail(error, "room_desk.notice.bad_tables",
                    "tables '" + tables_text + "': expected 0 (votes in total) to 100",
                    {{"value", tables_text}});
    tables = static_cast<int>(*v);
  }
  const fs::path dir = Folder(s);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir, ec))
    return s.Fail(error, "room_desk.notice.save_failed", "cannot create the folder " + dir.string(),
                  {{"path", dir.string()}});
  fs::path file = dir / (Today() + "-" + FileStem(name, "day", 40) + ".json");
  for (int n = 2; fs::exists(file, ec); ++n)
    file = dir / (Today() + "-" + FileStem(name, "day", 40) + "-" + std::to_string(n) + ".json");
  Reset();
  content_ = &s.content_;
  room_ = Room{};
  room_->name = name;
  room_->case_id = c->id;
  room_->seed = seed;
  room_->tables = tables;
  path_ = file.string();
  play_ = std::make_unique<Playthrough>(s.content_, s.model_, s.line_, *c, seed);
  phones_->Attach(*room_, path_);
  StartQuarter();
  if (!Save(s, error)) return false;
  s.Info("room_desk.notice.created", {{"path", path_}});
  return true;
}

bool RoomDesk::Reopen(GameSession& s, const std::string& path, std::string* error) {
  std::string why;
  auto room = LoadRoomFile(s.content_, path, &why);
  if (!room) return s.Fail(error, "room_desk.notice.bad_file", why);
  const CaseDef& c = *s.content_.FindCase(room->case_id);
  auto play = std::make_unique<Playthrough>(s.content_, s.model_, s.line_, c, room->seed);
  for (const RoomDecision& d : room->decisions) {
    if (play->finished()) break;
    const QuarterChoices& ch = d.options[d.played].choices;
    if (auto problem = play->Check(ch))
      return s.Fail(error, "room_desk.notice.bad_file",
                    path + ": /decisions/" + std::to_string(d.quarter - 1) +
                        ": expected choices the case can play (" + *problem + ")");
    play->Play(ch);
  }
  Reset();
  content_ = &s.content_;
  room_ = std::move(*room);
  path_ = path;
  play_ = std::move(play);
  phones_->Attach(*room_, path_);
  if (room_->finished || play_->finished()) {
    room_->current.reset();
    return Finish(s, error);
  }
  // The closed votes of the quarter in progress must still fit the case.
  if (room_->current) {
    std::vector<RoomStep> closed = std::move(room_->current->steps);
    room_->current->steps.clear();
    StartQuarter();
    for (RoomStep& st : closed) {
      if (vote_closed_ || st.kind != vote_->kind || st.event != vote_->event ||
          st.options != vote_->options)
        break;
      room_->current->steps.push_back(st);
      if (room_->current->steps.size() < vote_count()) {
        NextVote();
      } else {
        vote_ = st;  // every vote of the quarter was closed: it waits to be played
        vote_closed_ = true;
      }
    }
    // A vote that no longer fits (other content) is taken again.
    if (room_->current->steps.size() < closed.size()) {
      s.Info("room_desk.notice.vote_redone", {{"path", path_}});
      return true;
    }
  } else {
    StartQuarter();
  }
  s.Info("room_desk.notice.reopened", {{"path", path_}});
  return true;
}

bool RoomDesk::CloseVote(GameSession& s, const Intent& in, std::string* error) {
  if (phase_ != RoomPhase::kVote || !vote_ || vote_closed_)
    return s.Fail(error, "notice.not_now", "no vote is open");
  const std::size_t n = vote_->options.size();
  const std::size_t rows = room_->tables > 0 ? static_cast<std::size_t>(room_->tables) : 1;
  // No counts at all: the phones' votes only (a script need not know the options).
  const std::vector<std::string> typed =
      in.list.empty() ? std::vector<std::string>(n * rows) : in.list;
  if (typed.size() != n * rows)
    return s.Fail(error, "room_desk.notice.bad_count",
                  "expected " + std::to_string(n * rows) + " counts (" + std::to_string(rows) +
                      " × " + std::to_string(n) + "), got " + std::to_string(typed.size()),
                  {{"n", std::to_string(n * rows)}});
  RoomTally t;
  t.votes.assign(n, 0);
  for (std::size_t r = 0; r < rows; ++r) {
    std::vector<int> row(n, 0);
    for (std::size_t k = 0; k < n; ++k) {
      const std::string& cell = typed[r * n + k];
      const auto v = cell.empty() ? std::optional<long long>(0) : Whole(cell, kMaxVotes);
      if (!v)
        return s.Fail(
            error, "room_desk.notice.bad_number",
            "table " + std::to_string(r + 1) + ", option " + std::to_string(k + 1) + ": '" + cell +
                "' is not a whole number 0-" + std::to_string(kMaxVotes),
            {{"table", std::to_string(r + 1)}, {"option", std::to_string(k + 1)}, {"value", cell}});
      row[k] = static_cast<int>(*v);
      t.votes[k] += row[k];
    }
    if (room_->tables > 0) t.tables.push_back(std::move(row));
  }
  phones_->AddCounts(RoomPhoneLink::VoteKey(*this), room_->tables,
                     t);  // the phones' votes with the typed ones
  if (std::all_of(t.votes.begin(), t.votes.end(), [](int v) { return v == 0; }))
    return s.Fail(error, "room_desk.notice.no_votes", "no votes entered");
  DecideTally(t, vote_->options);
  vote_->tally = std::move(t);
  vote_closed_ = true;
  // Saved with the quarter's closed votes at once: a crash keeps this vote.
  room_->current->steps.push_back(*vote_);
  return Save(s, error);
}

bool RoomDesk::PlayQuarter(GameSession& s, std::string* error) {
  RoomCurrent& cur = *room_->current;
  QuarterChoices ch;
  const RoomStep* plan = nullptr;
  for (const RoomStep& st : cur.steps) {
    if (st.kind == "belief") ch.belief = std::stoi(st.Played());
    if (st.kind == "response") ch.responses[st.event] = st.Played();
    if (st.kind == "sparring") ch.sparring = st.Played();
    if (st.kind == "plan") plan = &st;
  }
  if (!plan) return s.Fail(error, "notice.not_now", "the plan has not been voted on");
  // The plan vote becomes the decision: each plan completed with the other votes.
  RoomDecision d;
  d.quarter = cur.quarter;
  for (std::size_t i = 0; i < plan->options.size(); ++i) {
    QuarterChoices o = ch;
    o.interventions =
        i < plan_interventions_.size() ? plan_interventions_[i] : std::vector<std::string>{};
    d.options.push_back({plan->options[i], o});
  }
  d.votes = plan->tally.votes;
  d.tables = plan->tally.tables;
  d.override_id = plan->tally.override_id;
  Decide(d);
  for (const RoomStep& st : cur.steps)
    if (st.kind != "plan") d.steps.push_back(st);
  const QuarterChoices& played = d.options[d.played].choices;
  if (auto problem = play_->Check(played)) return s.Fail(error, "notice.cannot_play", *problem);
  play_->Play(played);
  room_->decisions.push_back(std::move(d));
  room_->current.reset();
  vote_.reset();
  phase_ = RoomPhase::kResult;
  return Save(s, error);
}

bool RoomDesk::NextStep(GameSession& s, std::string* error) {
  switch (phase_) {
    case RoomPhase::kVote:
      if (!vote_closed_)
        return s.Fail(error, "room_desk.notice.close_first", "close the vote first (Enter)");
      if (room_->current->steps.size() < vote_count()) {
        NextVote();
        return true;
      }
      return PlayQuarter(s, error);
    case RoomPhase::kResult:
      if (play_->finished()) return Finish(s, error);
      StartQuarter();
      return Save(s, error);
    case RoomPhase::kPause:
      if (before_pause_ == RoomPhase::kResult) {
        phase_ = RoomPhase::kResult;
        return NextStep(s, error);
      }
      phase_ = before_pause_;
      return true;
    default:
      return s.Fail(error, "notice.not_now", "nothing to go on to here");
  }
}

bool RoomDesk::StartPause(GameSession& s, const Intent& in, std::string* error) {
  const bool at_result = phase_ == RoomPhase::kResult;
  const bool before_votes =
      phase_ == RoomPhase::kVote && room_->current && room_->current->steps.empty();
  if (!at_result && !before_votes)
    return s.Fail(error, "room_desk.notice.pause_when",
                  "a pause comes between quarters (at a result or before the first vote)");
  RoomPause p;
  p.after_quarter = static_cast<int>(room_->decisions.size());
  p.seconds = kDefaultPauseSeconds;
  if (!in.list.empty()) {
    const auto v = Whole(in.list[0], kMaxPauseSeconds);
    if (!v || *v < 10)
      return s.Fail(error, "room_desk.notice.bad_seconds",
                    "pause length '" + in.list[0] + "': expected 10-3600 seconds");
    p.seconds = static_cast<int>(*v);
  }
  const CaseDef& c = play_->case_def();
  if (!in.text2.empty()) {
    p.question = in.text2;
  } else {
    // Unless told otherwise: the case's next question not asked yet today.
    std::size_t k =
        in.number > 0 ? static_cast<std::size_t>(in.number - 1) : c.reflection_questions.size();
    if (in.number <= 0)
      for (std::size_t i = 0;
           i < c.reflection_questions.size() && k == c.reflection_questions.size(); ++i) {
        const std::string q =
            s.texts().Get(s.lang(), "case." + c.id + ".reflection." + c.reflection_questions[i]);
        if (std::none_of(room_->pauses.begin(), room_->pauses.end(),
                         [&](const RoomPause& rp) { return rp.question == q; }))
          k = i;
      }
    if (k >= c.reflection_questions.size()) k = 0;
    if (c.reflection_questions.empty() ||
        (in.number > 0 && static_cast<std::size_t>(in.number) > c.reflection_questions.size()))
      return s.Fail(error, "room_desk.notice.no_question",
                    "the case has no reflection question " + std::to_string(in.number));
    p.question =
        s.texts().Get(s.lang(), "case." + c.id + ".reflection." + c.reflection_questions[k]);
  }
  room_->pauses.push_back(std::move(p));
  before_pause_ = phase_;
  phase_ = RoomPhase::kPause;
  return Save(s, error);
}

bool RoomDesk::Finish(GameSession& s, std::string* error) {
  room_->finished = true;
  room_->current.reset();
  vote_.reset();
  if (!kit_) kit_ = std::make_unique<ReplayKit>(s.content_);
  std::string why;
  auto paths = PlayRoom(*kit_, *room_, &why);
  if (!paths) return s.Fail(error, "room_desk.notice.bad_file", path_ + ": " + why);
  paths_ = std::move(*paths);
  phase_ = RoomPhase::kEnd;
  return Save(s, error);
}

bool RoomDesk::Export(GameSession& s, std::string* error) {
  if (!room_ || !paths_) return s.Fail(error, "notice.not_now", "the day has not ended");
  fs::path base = fs::path(path_).replace_extension();
  const std::string html = base.string() + ".html", csv = base.string() + ".csv";
  try {
    const Room day =
        WithPhoneAnswers(*room_, phones_->Phones());  // the hand-entered answers and the phones'
    WriteFileAtomic(html, RoomReportHtml(s.content_, day, *paths_, s.lang()));
    WriteFileAtomic(csv, RoomReportCsv(s.content_, day, *paths_, s.lang()));
  } catch (const std::exception& e) {
    return s.Fail(error, "room_desk.notice.export_failed", e.what(), {{"path", html}});
  }
  last_export_ = html;
  s.Info("room_desk.notice.exported", {{"html", html}, {"csv", csv}});
  return true;
}

bool RoomDesk::Compare(GameSession& s, const Intent& in, std::string* error) {
  std::vector<std::string> files = in.list;
  if (files.empty())
    for (const RoomFileInfo& f : days_)
      if (f.error.empty()) files.push_back(f.path);
  if (files.empty())
    return s.Fail(error, "room_desk.notice.nothing_to_compare", "no day files to compare");
  if (!kit_) kit_ = std::make_unique<ReplayKit>(s.content_);
  std::vector<RoomCompared> out;
  for (const std::string& f : files) {
    std::string why;
    auto room = LoadRoomFile(s.content_, f, &why);
    if (!room) return s.Fail(error, "room_desk.notice.bad_file", why);
    auto paths = PlayRoom(*kit_, *room, &why);
    if (!paths) return s.Fail(error, "room_desk.notice.bad_file", f + ": " + why);
    const Playthrough start(s.content_, s.model_, s.line_, *s.content_.FindCase(room->case_id),
                            room->seed);
    out.push_back({f, std::move(*room), std::move(*paths), start.LinePercentile(),
                   start.JobProbabilityNextYear()});
  }
  compared_ = std::move(out);
  phase_ = RoomPhase::kCompare;
  return true;
}

// Every action, then the phones are shown what the desk shows now.
bool RoomDesk::Apply(GameSession& s, const Intent& in, std::string* error) {
  const bool ok =
      in.text.rfind("phones_", 0) == 0 ? ApplyPhones(s, in, error) : ApplyAction(s, in, error);
  if (room_) phones_->Publish(s.content_, *this);
  return ok;
}

bool RoomDesk::ApplyAction(GameSession& s, const Intent& in, std::string* error) {
  const std::string& a = in.text;
  if (a == "open") {
    s.screen_ = Screen::kRoom;
    RefreshDays(s);
    return true;
  }
  if (a == "close") {
    phones_->Stop();  // nothing listens once the facilitator leaves the day
    presenting_ = false;
    s.screen_ = Screen::kStart;
    return true;
  }
  if (a == "present") {
    presenting_ = in.number != 0;
    return true;
  }
  if (a == "controls") {
    controls_ = in.number != 0;
    return true;
  }
  if (a == "new") return New(s, in, error);
  if (a == "reopen") return Reopen(s, in.text2, error);
  if (a == "setup") {
    phase_ = RoomPhase::kSetup;
    RefreshDays(s);
    return true;
  }
  if (a == "compare") return Compare(s, in, error);
  if (!room_)
    return s.Fail(error, "room_desk.notice.no_day",
                  "no theme day is open (set one up or reopen one)");
  if (a == "compose") {
    if (phase_ != RoomPhase::kVote || !vote_ || vote_->kind != "plan" || vote_closed_)
      return s.Fail(error, "notice.not_now",
                    "the room composes its plan while the plan vote is open");
    return SetRoomPlan(s, in.list, error);
  }
  if (a == "close_vote") return CloseVote(s, in, error);
  if (a == "reopen_vote") {
    if (phase_ != RoomPhase::kVote || !vote_closed_)
      return s.Fail(error, "notice.not_now", "no closed vote to reopen");
    room_->current->steps.pop_back();
    vote_closed_ = false;
    return Save(s, error);
  }
  if (a == "override") {
    if (phase_ != RoomPhase::kVote || !vote_closed_)
      return s.Fail(error, "notice.not_now", "close the vote before overriding it");
    if (in.number < 1 || in.number > static_cast<std::int64_t>(vote_->options.size()))
      return s.Fail(error, "room_desk.notice.bad_option",
                    "option " + std::to_string(in.number) + ": expected 1-" +
                        std::to_string(vote_->options.size()));
    const std::size_t k = static_cast<std::size_t>(in.number - 1);
    vote_->tally.override_id = k == vote_->tally.majority ? "" : vote_->options[k];
    DecideTally(vote_->tally, vote_->options);
    room_->current->steps.back() = *vote_;
    return Save(s, error);
  }
  if (a == "next") return NextStep(s, error);
  if (a == "pause") return StartPause(s, in, error);
  if (a == "pause_question" || a == "pause_time" || a == "notes") {
    if (phase_ != RoomPhase::kPause)
      return s.Fail(error, "notice.not_now", "no reflection pause is running");
    RoomPause& p = room_->pauses.back();
    if (a == "notes") {
      p.notes = in.text2.substr(0, 60000);
    } else if (a == "pause_time") {
      p.seconds = static_cast<int>(std::clamp<std::int64_t>(in.number, 10, kMaxPauseSeconds));
    } else if (!in.text2.empty()) {
      p.question = in.text2;
    } else {
      const CaseDef& c = play_->case_def();
      if (in.number < 1 || in.number > static_cast<std::int64_t>(c.reflection_questions.size()))
        return s.Fail(error, "room_desk.notice.no_question",
                      "the case has no reflection question " + std::to_string(in.number));
      p.question = s.texts().Get(
          s.lang(), "case." + c.id + ".reflection." +
                        c.reflection_questions[static_cast<std::size_t>(in.number - 1)]);
    }
    return Save(s, error);
  }
  if (a == "end_pause") {
    if (phase_ != RoomPhase::kPause)
      return s.Fail(error, "notice.not_now", "no reflection pause is running");
    return NextStep(s, error);
  }
  if (a == "finish") return Finish(s, error);
  if (a == "end") {
    if (!paths_) return s.Fail(error, "notice.not_now", "the day has not ended");
    phase_ = RoomPhase::kEnd;
    return true;
  }
  if (a == "survey") {
    if (phase_ != RoomPhase::kEnd && phase_ != RoomPhase::kSurvey)
      return s.Fail(error, "notice.not_now", "the survey comes at the end of the day");
    if (in.list.empty() && in.text2.empty()) {
      phase_ = RoomPhase::kSurvey;  // open the survey
      return true;
    }
    if (in.list.size() != kSurveyQuestions.size())
      return s.Fail(error, "room_desk.notice.bad_rating",
                    "expected 4 ratings 1-5 (0 or empty: not answered)");
    std::array<int, kSurveyQuestions.size()> r{};
    for (std::size_t q = 0; q < r.size(); ++q) {
      const auto v = in.list[q].empty() ? std::optional<long long>(0) : Whole(in.list[q], 5);
      if (!v)
        return s.Fail(
            error, "room_desk.notice.bad_rating",
            "question " + std::to_string(q + 1) + ": '" + in.list[q] + "' is not a rating 1-5");
      r[q] = static_cast<int>(*v);
    }
    for (std::size_t q = 0; q < r.size(); ++q)
      if (r[q] > 0) room_->survey.ratings[q].push_back(r[q]);
    if (!in.text2.empty()) room_->survey.open.push_back(in.text2.substr(0, 60000));
    phase_ = RoomPhase::kSurvey;
    if (!Save(s, error)) return false;
    ++surveyed_;
    s.Info("room_desk.notice.survey_saved", {{"n", std::to_string(surveyed_)}});
    return true;
  }
  if (a == "export") return Export(s, error);
  return s.Fail(error, "notice.not_now", "unknown room action '" + a + "'");
}

}  // namespace bip::ui
