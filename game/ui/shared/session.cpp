#include "session.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

#include "file_stem.hpp"
#include "room_desk.hpp"
#include "team_desk.hpp"

namespace bip::ui {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string FormatNumber(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

bool IsLanguage(const std::string& lang) {
  return std::find(std::begin(kLanguages), std::end(kLanguages), lang) != std::end(kLanguages);
}

}  // namespace

std::string_view ScreenName(Screen s) {
  switch (s) {
    case Screen::kStart:
      return "start";
    case Screen::kAbout:
      return "about";
    case Screen::kBriefing:
      return "briefing";
    case Screen::kMeeting:
      return "meeting";
    case Screen::kSituation:
      return "situation";
    case Screen::kPlan:
      return "plan";
    case Screen::kSparring:
      return "sparring";
    case Screen::kResult:
      return "result";
    case Screen::kEnd:
      return "end";
    case Screen::kDebrief:
      return "debrief";
    case Screen::kTeam:
      return "team";
    case Screen::kRoom:
      return "room";
  }
  return "start";
}

std::string_view DebriefTabName(DebriefTab t) {
  switch (t) {
    case DebriefTab::kProgress:
      return "progress";
    case DebriefTab::kPlan:
      return "plan";
    case DebriefTab::kScore:
      return "score";
    case DebriefTab::kWhatIf:
      return "what_if";
    case DebriefTab::kReflect:
      return "reflect";
  }
  return "progress";
}

std::string SystemLanguage() {
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (!v || !*v) continue;
    const std::string s(v);
    if (s.rfind("sv", 0) == 0) return "sv";
    if (s.rfind("da", 0) == 0) return "da";
    return "en";
  }
  return "en";
}

GameSession::GameSession(const Content& content, SessionStore& store, std::string store_problem,
                         SessionOptions options)
    : content_(content),
      store_(store),
      store_problem_(std::move(store_problem)),
      store_location_(store.Location()),
      options_(std::move(options)),
      model_(content.model),
      line_(LineOf100::ForGame(model_)),
      team_(std::make_unique<TeamDesk>()),
      room_(std::make_unique<RoomDesk>()) {
  std::optional<std::string> saved_lang, saved_scale, last_profile;
  try {
    saved_lang = store_.Setting("language");
    saved_scale = store_.Setting("font_scale");
    last_profile = store_.Setting("last_profile");
  } catch (const std::exception& e) {
    store_problem_ = store_problem_.empty() ? e.what() : store_problem_;
  }
  if (IsLanguage(options_.lang))
    lang_ = options_.lang;
  else if (saved_lang && IsLanguage(*saved_lang))
    lang_ = *saved_lang;
  else
    lang_ = SystemLanguage();
  font_scale_ = options_.font_scale > 0 ? options_.font_scale : 1.0;
  if (options_.font_scale <= 0 && saved_scale)
    font_scale_ = std::clamp(std::atof(saved_scale->c_str()), 0.75, 2.0);
  if (font_scale_ <= 0) font_scale_ = 1.0;
  RefreshProfiles();
  if (last_profile) {
    const std::int64_t id = std::atoll(last_profile->c_str());
    for (const ProfileInfo& p : profiles_)
      if (p.id == id) SelectProfile(id, nullptr);
  }
}

GameSession::~GameSession() = default;

bool GameSession::presenting() const {
  return screen_ == Screen::kRoom && room_->presenting();
}

double GameSession::display_scale() const {
  return presenting() ? font_scale_ * room_->presentation_scale() : font_scale_;
}

const ProfileInfo* GameSession::profile() const {
  for (const ProfileInfo& p : profiles_)
    if (p.id == profile_id_) return &p;
  return nullptr;
}

const QuarterRecord* GameSession::last_record() const {
  if (!play_ || play_->history().empty()) return nullptr;
  return &play_->history().back();
}

std::vector<Screen> GameSession::Steps() const {
  std::vector<Screen> s{Screen::kMeeting};
  if (play_ && !play_->pending_events().empty()) s.push_back(Screen::kSituation);
  s.push_back(Screen::kPlan);
  s.push_back(Screen::kSparring);
  s.push_back(Screen::kResult);
  return s;
}

bool GameSession::InQuarter() const {
  return play_ && !play_->finished() &&
         (screen_ == Screen::kMeeting || screen_ == Screen::kSituation ||
          screen_ == Screen::kPlan || screen_ == Screen::kSparring);
}

int GameSession::MeasuredAnswer(std::size_t indicator) const {
  if (!play_) return 3;
  return AnswerFor(play_->state().x[indicator]);
}

std::string GameSession::NextBlocked() const {
  switch (screen_) {
    case Screen::kStart:
      return profile() ? "" : "notice.need_profile";
    case Screen::kMeeting:
      return draft_.belief_answered ? "" : "notice.answer_belief";
    default:
      return "";
  }
}

void GameSession::ShowContentProblems(std::vector<std::string> lines) {
  reload_requested_ = false;
  content_problems_ = std::move(lines);
  Fail(nullptr, "notice.content_problems", std::to_string(content_problems_.size()),
       {{"n", std::to_string(content_problems_.size())}});
}

void GameSession::ContentReloaded(const std::string& dir, std::int64_t playthrough) {
  // A playthrough that cannot be replayed on the new content leaves its own
  // notice (why); one that can shows the case-changed notice or this one.
  if (playthrough != 0 && profile() && !LoadPlaythrough(playthrough, nullptr)) return;
  if (notice_.key != "notice.case_changed")
    Info("notice.content_reloaded",
         {{"dir", dir}, {"cases", std::to_string(content_.cases.size())}});
}

bool GameSession::Fail(std::string* error, const std::string& key, const std::string& detail,
                       std::vector<std::pair<std::string, std::string>> args) {
  args.emplace_back("detail", detail);
  notice_ = Notice{key, std::move(args), true, notice_.serial + 1};
  if (error) *error = detail;
  return false;
}

void GameSession::Info(const std::string& key,
                       std::vector<std::pair<std::string, std::string>> args) {
  notice_ = Notice{key, std::move(args), false, notice_.serial + 1};
}

void GameSession::RefreshProfiles() {
  try {
    profiles_ = store_.Profiles();
  } catch (const std::exception& e) {
    profiles_.clear();
    Fail(nullptr, "notice.store_error", e.what());
  }
}

void GameSession::RefreshSaved() {
  saved_.clear();
  if (profile_id_ == 0) return;
  try {
    saved_ = store_.Playthroughs(profile_id_);
  } catch (const std::exception& e) {
    Fail(nullptr, "notice.store_error", e.what());
  }
}

bool GameSession::SelectProfile(std::int64_t id, std::string* error) {
  const auto it = std::find_if(profiles_.begin(), profiles_.end(),
                               [&](const ProfileInfo& p) { return p.id == id; });
  if (it == profiles_.end())
    return Fail(error, "notice.no_profile", "no profile " + std::to_string(id));
  profile_id_ = id;
  try {
    if (options_.persist_settings) store_.SetSetting("last_profile", std::to_string(id));
    if (!IsLanguage(options_.lang))
      if (auto l = store_.ProfileSetting(id, "language"); l && IsLanguage(*l)) lang_ = *l;
  } catch (const std::exception& e) {
    Fail(nullptr, "notice.store_error", e.what());
  }
  RefreshSaved();
  return true;
}

void GameSession::SetLanguage(const std::string& lang) {
  lang_ = lang;
  try {
    if (options_.persist_settings) store_.SetSetting("language", lang);
    if (profile_id_ != 0) store_.SetProfileSetting(profile_id_, "language", lang);
  } catch (const std::exception& e) {
    Fail(nullptr, "notice.store_error", e.what());
  }
}

void GameSession::NewDraft(const QuarterChoices* previous_choice) {
  draft_ = Draft{};
  if (!play_) return;
  const CaseDef& c = play_->case_def();
  const auto& h = play_->history();
  if (previous_choice) {
    // The choices made at this quarter before a branch, as a starting point.
    draft_.choices.interventions = previous_choice->interventions;
    draft_.choices.sparring = previous_choice->sparring;
    draft_.choices.belief = previous_choice->belief;
    for (const auto& [event, response] : previous_choice->responses)
      for (const Event* e : play_->pending_events())
        if (e->id == event && e->Find(response)) draft_.choices.responses[event] = response;
    draft_.from_branch = true;
  } else if (!h.empty()) {
    // A plan runs on until it is changed: carry last quarter's interventions.
    for (const std::string& id : h.back().choices.interventions)
      if (Contains(c.palette, id)) draft_.choices.interventions.push_back(id);
    draft_.choices.belief = h.back().choices.belief;
    draft_.carried_over = !draft_.choices.interventions.empty();
  } else {
    draft_.choices.belief = AnswerFor(play_->state().x[kCaseworkerBelief]);
  }
  for (const QuestionDef& q : content_.model.questions)
    if (q.asked_to == Respondent::kCaseworker && q.indicator != kCaseworkerBelief)
      draft_.assessment[q.indicator] = MeasuredAnswer(q.indicator);
}

bool GameSession::StartCase(const std::string& case_id, std::uint64_t seed, std::string* error) {
  if (!profile()) return Fail(error, "notice.need_profile", "choose or create a profile first");
  const CaseDef* c = content_.FindCase(case_id);
  if (!c) return Fail(error, "notice.no_case", "no case '" + case_id + "'", {{"case", case_id}});
  if (seed == 0) seed = std::random_device{}() % 1000000 + 1;
  std::int64_t id = 0;
  try {
    id = store_.CreatePlaythrough(profile_id_, c->id, seed, c->content_version, 0, 0);
  } catch (const std::exception& e) {
    return Fail(error, "notice.store_error", e.what());
  }
  play_ = std::make_unique<Playthrough>(content_, model_, line_, *c, seed);
  playthrough_id_ = id;
  branched_from_ = 0;
  branch_quarter_ = 0;
  debrief_.reset();
  note_.clear();
  reflections_.clear();
  debrief_tab_ = DebriefTab::kProgress;
  NewDraft(nullptr);
  screen_ = Screen::kBriefing;
  RefreshSaved();
  return true;
}

bool GameSession::LoadPlaythrough(std::int64_t id, std::string* error) {
  RefreshSaved();
  const auto info = std::find_if(saved_.begin(), saved_.end(),
                                 [&](const PlaythroughInfo& p) { return p.id == id; });
  if (info == saved_.end())
    return Fail(error, "notice.no_playthrough", "no saved playthrough " + std::to_string(id));
  const CaseDef* c = content_.FindCase(info->case_id);
  if (!c)
    return Fail(error, "notice.no_case",
                "the case '" + info->case_id + "' is no longer in the content",
                {{"case", info->case_id}});
  std::vector<QuarterChoices> quarters;
  try {
    quarters = store_.Quarters(id);
    note_ = store_.Note(id);
    reflections_ = store_.ReflectionAnswers(id);
  } catch (const std::exception& e) {
    return Fail(error, "notice.store_error", e.what());
  }
  // A case edited since (its content version differs) is replayed on the
  // new version; the player is told, and when a saved choice no longer fits
  // the playthrough stays in the database untouched and is not opened.
  const std::string now_version = std::to_string(c->content_version);
  const bool changed = !info->content_version.empty() && info->content_version != now_version;
  const std::string case_name = content_.texts.Get(lang_, "case." + c->id + ".name");
  auto play = std::make_unique<Playthrough>(content_, model_, line_, *c, info->seed);
  for (std::size_t i = 0; i < quarters.size() && !play->finished(); ++i) {
    if (auto problem = play->Check(quarters[i])) {
      const std::string q = std::to_string(i + 1);
      if (changed)
        return Fail(error, "notice.case_changed_cannot_open",
                    "the case changed since (version " + info->content_version + ", now " +
                        now_version + ") and quarter " + q +
                        "'s choices no longer fit: " + *problem,
                    {{"case", case_name},
                     {"old", info->content_version},
                     {"new", now_version},
                     {"quarter", q}});
      return Fail(error, "notice.replay_failed", "quarter " + q + ": " + *problem,
                  {{"quarter", q}});
    }
    play->Play(quarters[i]);
  }
  play_ = std::move(play);
  playthrough_id_ = id;
  branched_from_ = info->branched_from;
  branch_quarter_ = info->branch_quarter;
  debrief_.reset();
  debrief_tab_ = DebriefTab::kProgress;
  NewDraft(nullptr);
  if (play_->finished())
    OpenDebrief();
  else
    screen_ = play_->history().empty() ? Screen::kBriefing : Screen::kMeeting;
  if (changed)
    Info("notice.case_changed",
         {{"case", case_name}, {"old", info->content_version}, {"new", now_version}});
  return true;
}

bool GameSession::Branch(int quarter, std::string* error) {
  if (!play_) return Fail(error, "notice.no_playthrough", "no playthrough to branch from");
  const auto& h = play_->history();
  if (quarter < 1 || quarter > static_cast<int>(h.size()))
    return Fail(error, "notice.bad_branch",
                "quarter " + std::to_string(quarter) + " has not been played",
                {{"quarter", std::to_string(quarter)}});
  std::vector<QuarterChoices> old;
  for (const QuarterRecord& r : h) old.push_back(r.choices);
  const CaseDef& c = play_->case_def();
  const std::uint64_t seed = play_->seed();
  std::int64_t id = 0;
  auto play = std::make_unique<Playthrough>(content_, model_, line_, c, seed);
  try {
    id = store_.CreatePlaythrough(profile_id_, c.id, seed, c.content_version, playthrough_id_,
                                  quarter);
    for (int q = 1; q < quarter; ++q) {
      const QuarterRecord& r = play->Play(old[static_cast<std::size_t>(q - 1)]);
      store_.AppendQuarter(id, q, r.choices, Snapshot(r), play->finished());
    }
  } catch (const std::exception& e) {
    return Fail(error, "notice.store_error", e.what());
  }
  play_ = std::move(play);
  branched_from_ = playthrough_id_;
  branch_quarter_ = quarter;
  playthrough_id_ = id;
  debrief_.reset();
  note_.clear();
  reflections_.clear();
  NewDraft(&old[static_cast<std::size_t>(quarter - 1)]);
  screen_ = Screen::kMeeting;
  RefreshSaved();
  Info("notice.branched", {{"quarter", std::to_string(quarter)}});
  return true;
}

nlohmann::json GameSession::Snapshot(const QuarterRecord& r) const {
  nlohmann::json j;
  j["quarter"] = r.quarter;
  j["events"] = r.events;
  j["line_before"] = r.line_before;
  j["line_after"] = r.line_after;
  j["job_within_year_before"] = r.year_before;
  j["job_within_year_after"] = r.year_after;
  j["job"] = r.outcome.job;
  j["score"] = r.score.Total();
  for (std::size_t i = 0; i < kIndicatorCount; ++i) {
    j["indicators"][std::string(kIndicatorIds[i])] = r.outcome.after[i];
    if (draft_.assessment[i] > 0)
      j["assessment"][std::string(kIndicatorIds[i])] = draft_.assessment[i];
  }
  j["caseworker_changes"] = r.state_after.caseworker_changes;
  j["grounding"] = r.state_after.grounding;
  return j;
}

bool GameSession::PlayQuarter(std::string* error) {
  if (!play_ || play_->finished()) return Fail(error, "notice.case_over", "the case has ended");
  if (!draft_.belief_answered) {
    screen_ = Screen::kMeeting;
    return Fail(error, "notice.answer_belief", "answer the belief question (S12) first");
  }
  if (auto problem = play_->Check(draft_.choices))
    return Fail(error, "notice.cannot_play", *problem);
  const QuarterRecord& r = play_->Play(draft_.choices);
  try {
    store_.AppendQuarter(playthrough_id_, r.quarter, r.choices, Snapshot(r), play_->finished());
  } catch (const std::exception& e) {
    Fail(nullptr, "notice.save_failed", e.what());
  }
  screen_ = Screen::kResult;
  RefreshSaved();
  return true;
}

bool GameSession::Next(std::string* error) {
  switch (screen_) {
    case Screen::kStart:
      if (!profile()) return Fail(error, "notice.need_profile", "choose or create a profile first");
      if (content_.cases.empty()) return Fail(error, "notice.no_case", "no cases", {{"case", ""}});
      return StartCase(content_.cases.front().id, 0, error);
    case Screen::kAbout:
      screen_ = about_return_;
      return true;
    case Screen::kBriefing:
      if (!play_) return false;
      screen_ = play_->finished() ? Screen::kDebrief : Screen::kMeeting;
      if (screen_ == Screen::kDebrief) OpenDebrief();
      return true;
    case Screen::kMeeting:
      if (!draft_.belief_answered)
        return Fail(error, "notice.answer_belief", "answer the belief question (S12) first");
      screen_ = play_->pending_events().empty() ? Screen::kPlan : Screen::kSituation;
      return true;
    case Screen::kSituation:
      screen_ = Screen::kPlan;
      return true;
    case Screen::kPlan:
      screen_ = Screen::kSparring;
      return true;
    case Screen::kSparring:
      return PlayQuarter(error);
    case Screen::kResult:
      if (play_->finished()) {
        screen_ = Screen::kEnd;
      } else {
        NewDraft(nullptr);
        screen_ = Screen::kMeeting;
      }
      return true;
    case Screen::kEnd:
      OpenDebrief();
      return true;
    case Screen::kDebrief:
      return true;
    case Screen::kTeam:
    case Screen::kRoom:
      return true;  // the desks move on by their own actions
  }
  return true;
}

void GameSession::Back() {
  switch (screen_) {
    case Screen::kAbout:
      screen_ = about_return_;
      break;
    case Screen::kBriefing:
      screen_ = Screen::kStart;
      break;
    case Screen::kMeeting:
      screen_ = Screen::kBriefing;
      break;
    case Screen::kSituation:
      screen_ = Screen::kMeeting;
      break;
    case Screen::kPlan:
      screen_ = play_->pending_events().empty() ? Screen::kMeeting : Screen::kSituation;
      break;
    case Screen::kSparring:
      screen_ = Screen::kPlan;
      break;
    case Screen::kDebrief:
      screen_ = Screen::kStart;
      break;
    default:
      break;
  }
}

void GameSession::OpenDebrief() {
  if (!play_) return;
  const auto t0 = std::chrono::steady_clock::now();
  debrief_ = MakeDebrief(content_, model_, line_, *play_, 1000, 1);
  debrief_ms_ =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  screen_ = Screen::kDebrief;
}

bool GameSession::Apply(const Intent& in, std::string* error) {
  try {
    switch (in.kind) {
      case IntentKind::kCreateProfile: {
        std::string alias = in.text;
        alias.erase(0, alias.find_first_not_of(" \t"));
        alias.erase(alias.find_last_not_of(" \t") + 1);
        if (alias.empty()) return Fail(error, "notice.alias_empty", "the alias is empty");
        for (const ProfileInfo& p : profiles_)
          if (p.alias == alias)
            return Fail(error, "notice.alias_taken", "a profile named '" + alias + "' exists",
                        {{"alias", alias}});
        const std::int64_t id = store_.CreateProfile(alias);
        RefreshProfiles();
        store_.SetProfileSetting(id, "language", lang_);
        SelectProfile(id, nullptr);
        Info("notice.profile_created", {{"alias", alias}});
        return true;
      }
      case IntentKind::kSelectProfile: {
        if (!in.text.empty()) {
          for (const ProfileInfo& p : profiles_)
            if (p.alias == in.text) return SelectProfile(p.id, error);
          return Fail(error, "notice.no_profile", "no profile named '" + in.text + "'");
        }
        return SelectProfile(in.number, error);
      }
      case IntentKind::kEraseProfile: {
        const std::int64_t id = in.number != 0 ? in.number : profile_id_;
        const ProfileInfo* p = nullptr;
        for (const ProfileInfo& q : profiles_)
          if (q.id == id) p = &q;
        if (!p) return Fail(error, "notice.no_profile", "no profile " + std::to_string(id));
        const std::string alias = p->alias;
        store_.EraseProfile(id);
        if (id == profile_id_) {
          profile_id_ = 0;
          play_.reset();
          playthrough_id_ = 0;
          debrief_.reset();
          saved_.clear();
          if (options_.persist_settings) store_.SetSetting("last_profile", "");
        }
        RefreshProfiles();
        screen_ = Screen::kStart;
        Info("notice.profile_erased", {{"alias", alias}});
        return true;
      }
      case IntentKind::kExportProfile: {
        const ProfileInfo* p = profile();
        if (!p) return Fail(error, "notice.need_profile", "choose or create a profile first");
        std::filesystem::path path = in.text;
        if (path.empty()) {
          std::filesystem::path dir = store_location_.empty()
                                          ? std::filesystem::current_path()
                                          : std::filesystem::path(store_location_).parent_path();
          path = dir / ("bipgame-" + FileStem(p->alias, "profile", 60) + ".json");
        }
        const nlohmann::json j = store_.ExportProfile(p->id);
        std::ofstream out(path);
        out << j.dump(2) << "\n";
        out.close();
        if (!out)
          return Fail(error, "notice.export_failed", "cannot write " + path.string(),
                      {{"path", path.string()}});
        last_export_ = path.string();
        Info("notice.exported", {{"path", path.string()}});
        return true;
      }
      case IntentKind::kSetLanguage:
        if (!IsLanguage(in.text))
          return Fail(error, "notice.bad_language",
                      "unknown language '" + in.text + "' (expected sv, da or en)");
        SetLanguage(in.text);
        return true;
      case IntentKind::kCycleLanguage: {
        const auto it = std::find(std::begin(kLanguages), std::end(kLanguages), lang_);
        const auto next = (it == std::end(kLanguages) || it + 1 == std::end(kLanguages))
                              ? std::begin(kLanguages)
                              : it + 1;
        SetLanguage(std::string(*next));
        return true;
      }
      case IntentKind::kSetFontScale:
        if (in.real < 0.75 || in.real > 2.0)
          return Fail(error, "notice.bad_scale", "font scale must be 0.75-2.0");
        font_scale_ = in.real;
        if (options_.persist_settings)
          store_.SetSetting("font_scale", FormatNumber(font_scale_, 2));
        return true;
      case IntentKind::kStartCase:
        return StartCase(
            in.text.empty() && !content_.cases.empty() ? content_.cases.front().id : in.text,
            static_cast<std::uint64_t>(std::max<std::int64_t>(0, in.number)), error);
      case IntentKind::kContinue: {
        if (!profile())
          return Fail(error, "notice.need_profile", "choose or create a profile first");
        std::int64_t id = in.number;
        if (id == 0) {
          const auto latest = store_.LatestUnfinished(profile_id_);
          if (!latest)
            return Fail(error, "notice.nothing_to_continue", "no unfinished playthrough");
          id = *latest;
        }
        return LoadPlaythrough(id, error);
      }
      case IntentKind::kOpenAbout:
        if (screen_ != Screen::kAbout) about_return_ = screen_;
        screen_ = Screen::kAbout;
        return true;
      case IntentKind::kClose:
        if (!content_problems_.empty())
          content_problems_.clear();
        else if (screen_ == Screen::kAbout)
          screen_ = about_return_;
        return true;
      case IntentKind::kHome:
        screen_ = Screen::kStart;
        RefreshSaved();
        return true;
      case IntentKind::kNext:
        return Next(error);
      case IntentKind::kBack:
        Back();
        return true;
      case IntentKind::kBelief:
        if (!InQuarter()) return Fail(error, "notice.not_now", "no quarter is being prepared");
        if (in.number < 1 || in.number > 5)
          return Fail(error, "notice.bad_answer", "the answer must be 1-5");
        draft_.choices.belief = static_cast<int>(in.number);
        draft_.belief_answered = true;
        return true;
      case IntentKind::kAssess: {
        if (!InQuarter()) return Fail(error, "notice.not_now", "no quarter is being prepared");
        if (in.number < 1 || in.number > 5)
          return Fail(error, "notice.bad_answer", "the answer must be 1-5");
        for (const QuestionDef& q : content_.model.questions)
          if (q.id == in.text && q.asked_to == Respondent::kCaseworker &&
              q.indicator != kCaseworkerBelief) {
            draft_.assessment[q.indicator] = static_cast<int>(in.number);
            return true;
          }
        return Fail(error, "notice.bad_answer",
                    "no caseworker question '" + in.text + "' (expected S1..S11)");
      }
      case IntentKind::kRespond: {
        if (!InQuarter()) return Fail(error, "notice.not_now", "no quarter is being prepared");
        for (const Event* e : play_->pending_events()) {
          if (e->id != in.text) continue;
          if (!e->Find(in.text2))
            return Fail(error, "notice.bad_response",
                        "event '" + in.text + "' has no response '" + in.text2 + "'");
          draft_.choices.responses[e->id] = in.text2;
          return true;
        }
        return Fail(error, "notice.bad_response", "event '" + in.text + "' is not up this quarter");
      }
      case IntentKind::kToggleIntervention: {
        if (!InQuarter()) return Fail(error, "notice.not_now", "no quarter is being prepared");
        if (!Contains(play_->case_def().palette, in.text))
          return Fail(error, "notice.not_offered",
                      "intervention '" + in.text + "' is not offered in this case");
        auto& v = draft_.choices.interventions;
        const auto it = std::find(v.begin(), v.end(), in.text);
        if (it != v.end())
          v.erase(it);
        else
          v.push_back(in.text);
        draft_.carried_over = false;
        return true;
      }
      case IntentKind::kSetInterventions: {
        if (!InQuarter()) return Fail(error, "notice.not_now", "no quarter is being prepared");
        std::vector<std::string> v;
        for (const std::string& id : in.list) {
          if (!Contains(play_->case_def().palette, id))
            return Fail(error, "notice.not_offered",
                        "intervention '" + id + "' is not offered in this case");
          if (!Contains(v, id)) v.push_back(id);
        }
        draft_.choices.interventions = v;
        draft_.carried_over = false;
        return true;
      }
      case IntentKind::kSparring:
        if (!InQuarter()) return Fail(error, "notice.not_now", "no quarter is being prepared");
        if (content_.model.SparringIndex(in.text) >= content_.model.sparring.size())
          return Fail(error, "notice.bad_sparring", "no sparring move '" + in.text + "'");
        draft_.choices.sparring = in.text;
        return true;
      case IntentKind::kPlayQuarter: {
        if (!InQuarter()) return Fail(error, "notice.not_now", "no quarter is being prepared");
        return PlayQuarter(error);
      }
      case IntentKind::kOpenDebrief:
        if (!play_) return Fail(error, "notice.no_playthrough", "no playthrough");
        OpenDebrief();
        return true;
      case IntentKind::kDebriefTab:
        for (int t = 0; t < kDebriefTabCount; ++t)
          if (DebriefTabName(static_cast<DebriefTab>(t)) == in.text) {
            debrief_tab_ = static_cast<DebriefTab>(t);
            return true;
          }
        return Fail(error, "notice.not_now", "no debrief tab '" + in.text + "'");
      case IntentKind::kBranch:
        return Branch(static_cast<int>(in.number), error);
      case IntentKind::kSetNote:
        if (!play_) return Fail(error, "notice.no_playthrough", "no playthrough");
        note_ = in.text;
        store_.SetNote(playthrough_id_, note_);
        return true;
      case IntentKind::kReflect:
        if (!play_) return Fail(error, "notice.no_playthrough", "no playthrough");
        if (!Contains(play_->case_def().reflection_questions, in.text))
          return Fail(error, "notice.not_now", "no reflection question '" + in.text + "'");
        reflections_[in.text] = in.text2;
        store_.SetReflectionAnswer(playthrough_id_, in.text, in.text2);
        return true;
      case IntentKind::kQuit:
        quit_ = true;
        return true;
      case IntentKind::kReloadContent:
        if (!options_.author_mode)
          return Fail(error, "notice.not_author_mode",
                      "content is reloaded only in author mode (bipgame --author)");
        reload_requested_ = true;
        content_problems_.clear();
        return true;
      case IntentKind::kTeam:
        return team_->Apply(*this, in, error);
      case IntentKind::kRoom:
        return room_->Apply(*this, in, error);
      case IntentKind::kScreenshot:
      case IntentKind::kWait:
        return true;  // the script runner's business
    }
  } catch (const std::exception& e) {
    return Fail(error, "notice.store_error", e.what());
  }
  return true;
}

}  // namespace bip::ui
