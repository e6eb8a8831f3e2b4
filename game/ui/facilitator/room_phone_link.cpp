#include "room_phone_link.hpp"

#include <chrono>
#include <functional>

#include "room_desk.hpp"
#include "room_phone_plans.hpp"
#include "web_dir.hpp"

namespace bip::ui {
namespace {

using nlohmann::json;

constexpr const char* kLangs[] = {"sv", "da", "en"};

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// One text in the three languages the page can switch between.
json Tri(const std::function<std::string(const std::string&)>& text) {
  json j = json::object();
  for (const char* l : kLangs) j[l] = text(l);
  return j;
}

// The palette in its groups, each option's name and description in the
// three languages, for the phones composing the room's plan.
json ComposeJson(const Content& content, const std::string& key,
                 const std::vector<std::string>& palette) {
  json groups = json::array();
  for (std::size_t g = 0; g < kGroupIds.size(); ++g) {
    json options = json::array();
    for (const std::string& id : palette) {
      const std::size_t k = content.model.InterventionIndex(id);
      if (k >= content.model.interventions.size() ||
          static_cast<std::size_t>(content.model.interventions[k].group) != g)
        continue;
      options.push_back({{"id", id},
                         {"label", Tri([&](const std::string& l) {
                            return content.texts.Get(l, "intervention." + id + ".name");
                          })},
                         {"hint", Tri([&](const std::string& l) {
                            return content.texts.Get(l, "intervention." + id + ".description");
                          })}});
    }
    if (options.empty()) continue;
    const std::string gid = kGroupIds[g];
    groups.push_back({{"title", Tri([&](const std::string& l) {
                         return content.texts.Get(l, "group." + gid + ".name");
                       })},
                      {"options", options}});
  }
  return {{"key", key},
          {"max", kMaxPhonePlanPicks},
          {"title", Tri([&](const std::string& l) {
             return content.texts.Get(l, "room_phones.compose.question");
           })},
          {"groups", groups}};
}

}  // namespace

RoomPhoneLink::RoomPhoneLink() = default;
RoomPhoneLink::~RoomPhoneLink() = default;

void RoomPhoneLink::Attach(const Room& room, const std::string& path) {
  Detach();
  hub_ = std::make_unique<net::PhoneHub>(room, path);
}

void RoomPhoneLink::Detach() {
  Stop();
  hub_.reset();
}

void RoomPhoneLink::Save(const Room& room, const std::string& path) {
  if (hub_)
    hub_->SaveDay(room);
  else
    SaveRoomFile(room, path);
}

bool RoomPhoneLink::Start(const std::string& address, int port, std::string* error) {
  if (!hub_) {
    if (error) *error = "no theme day is open";
    return false;
  }
  Stop();
  server_ = std::make_unique<net::PhoneServer>(*hub_);
  net::PhoneServerOptions o;
  o.address = address;
  o.port = port;
  o.web_dir = net::FindWebDir();
  if (!server_->Start(o, error)) {
    server_.reset();
    return false;
  }
  qr_ = net::MakeQrCode(server_->Url());
  started_ = Now();
  return true;
}

void RoomPhoneLink::Stop() {
  server_.reset();
  qr_ = {};
}

double RoomPhoneLink::RunningSeconds() const {
  return running() ? Now() - started_ : 0.0;
}

std::string RoomPhoneLink::VoteKey(const RoomDesk& desk) {
  const Room* r = desk.room();
  if (desk.phase() != RoomPhase::kVote || !desk.vote() || !r || !r->current) return "";
  const std::size_t closed = r->current->steps.size();
  const std::size_t index = desk.vote_closed() && closed > 0 ? closed - 1 : closed;
  return PhoneVoteKey(r->current->quarter, index);
}

void RoomPhoneLink::Publish(const Content& content, const RoomDesk& desk) {
  if (!hub_) return;
  const Room* r = desk.room();
  net::PhoneStage st;
  json j = {{"day", r ? r->name : ""}, {"tables", r ? r->tables : 0}, {"kind", "wait"}};
  if (r) st.quarter = r->current ? r->current->quarter : static_cast<int>(r->decisions.size()) + 1;
  st.tables = r ? r->tables : 0;
  const std::string key = VoteKey(desk);
  if (!key.empty()) {
    const RoomStep& v = *desk.vote();
    json options = json::array();
    for (std::size_t i = 0; i < v.options.size(); ++i)
      options.push_back(Tri([&](const std::string& l) {
        std::string label = RoomStepOptionLabel(content, r->case_id, v, i, l);
        // A plan says what is in it: the phone has no projector beside it.
        if (v.kind == "plan" && i < desk.plan_interventions().size()) {
          std::string names;
          for (const std::string& id : desk.plan_interventions()[i])
            names +=
                (names.empty() ? "" : ", ") + content.texts.Get(l, "intervention." + id + ".name");
          label += ": " + (names.empty() ? content.texts.Get(l, "play.no_interventions") : names);
        }
        return label;
      }));
    j["kind"] = "vote";
    j["vote"] = {{"key", key},
                 {"open", !desk.vote_closed()},
                 {"title", Tri([&](const std::string& l) {
                    return RoomStepTitle(content, r->case_id, v, l);
                  })},
                 {"options", options}};
    st.vote_key = key;
    st.vote_open = !desk.vote_closed();
    st.options = v.options.size();
    if (Composing(desk)) {
      // The phones compose first; the plan vote opens once the facilitator adopted their plan.
      st.vote_open = false;
      j["vote"]["open"] = false;
      st.compose_key = key;
      st.palette = desk.play()->case_def().palette;
      j["kind"] = "compose";
      j["compose"] = ComposeJson(content, key, st.palette);
    }
  } else if (desk.phase() == RoomPhase::kPause && desk.pause()) {
    st.pause = static_cast<int>(r->pauses.size()) - 1;
    j["kind"] = "pause";
    j["pause"] = {{"index", st.pause}, {"question", desk.pause()->question}};
  } else if (desk.phase() == RoomPhase::kSurvey) {
    st.survey_open = true;
    json statements = json::array();
    for (const char* q : kSurveyQuestions)
      statements.push_back(Tri([&](const std::string& l) {
        return content.texts.Get(l, std::string("room.survey.q.") + q);
      }));
    j["kind"] = "survey";
    j["survey"] = {{"statements", statements}, {"open_question", Tri([&](const std::string& l) {
                                                  return content.texts.Get(
                                                      l, "room_desk.survey.open_question");
                                                })}};
  } else if (desk.phase() == RoomPhase::kEnd) {
    j["kind"] = "end";
  }
  st.json = j.dump();
  hub_->Publish(std::move(st));
}

std::vector<std::vector<int>> RoomPhoneLink::Counts(const std::string& key, std::size_t options,
                                                    int tables) const {
  if (!hub_)
    return std::vector<std::vector<int>>(tables > 0 ? static_cast<std::size_t>(tables) : 1,
                                         std::vector<int>(options, 0));
  return hub_->Counts(key, options, tables);
}

void RoomPhoneLink::AddCounts(const std::string& key, int tables, RoomTally& t) const {
  if (!hub_ || key.empty()) return;
  // Closed for the phones as it is counted: none is acknowledged and left out.
  const auto counts = hub_->CloseVote(key, t.votes.size(), tables);
  for (std::size_t row = 0; row < counts.size(); ++row)
    for (std::size_t k = 0; k < counts[row].size(); ++k) {
      t.votes[k] += counts[row][k];
      if (tables > 0 && row < t.tables.size()) t.tables[row][k] += counts[row][k];
    }
}

bool RoomPhoneLink::Composing(const RoomDesk& desk) const {
  if (!compose || !hub_ || !desk.vote() || desk.vote()->kind != "plan" || desk.vote_closed() ||
      !desk.play())
    return false;
  return adopted != VoteKey(desk);
}

std::vector<std::vector<int>> RoomPhoneLink::PlanCounts(const std::string& key,
                                                        const std::vector<std::string>& palette,
                                                        int tables) const {
  if (!hub_)
    return std::vector<std::vector<int>>(tables > 0 ? static_cast<std::size_t>(tables) : 1,
                                         std::vector<int>(palette.size(), 0));
  return hub_->PlanCounts(key, palette, tables);
}

std::vector<std::string> RoomPhoneLink::AdoptPlan(const std::string& key,
                                                  const std::vector<std::string>& palette) {
  if (!hub_ || key.empty()) return {};
  return MostPickedPlan(hub_->ClosePlans(key), palette);
}

void RoomPhoneLink::ClearVote(const std::string& key) {
  if (hub_) hub_->ClearVote(key);
}

}  // namespace bip::ui
