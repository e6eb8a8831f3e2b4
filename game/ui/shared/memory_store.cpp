// The in-memory SessionStore: for tests, and for a game whose database could
// not be opened (the player is told their progress is not being kept).
#include <algorithm>
#include <stdexcept>

#include "session_store.hpp"

namespace bip::ui {
namespace {

struct MemPlaythrough {
  PlaythroughInfo info;
  std::int64_t profile = 0;
  std::vector<QuarterChoices> quarters;
  std::vector<nlohmann::json> snapshots;
  std::string note;
  std::map<std::string, std::string> reflections;
};

class MemoryStore final : public SessionStore {
 public:
  std::vector<ProfileInfo> Profiles() override { return profiles_; }
  std::int64_t CreateProfile(const std::string& alias) override {
    for (const ProfileInfo& p : profiles_)
      if (p.alias == alias)
        throw std::invalid_argument("a profile named '" + alias + "' already exists");
    profiles_.push_back({next_id_++, alias});
    return profiles_.back().id;
  }
  void EraseProfile(std::int64_t profile) override {
    std::erase_if(profiles_, [&](const ProfileInfo& p) { return p.id == profile; });
    std::erase_if(plays_, [&](const MemPlaythrough& p) { return p.profile == profile; });
    std::erase_if(profile_settings_, [&](const auto& kv) { return kv.first.first == profile; });
  }
  nlohmann::json ExportProfile(std::int64_t profile) override {
    nlohmann::json j;
    for (const ProfileInfo& p : profiles_)
      if (p.id == profile) j["alias"] = p.alias;
    j["playthroughs"] = nlohmann::json::array();
    for (const MemPlaythrough& p : plays_) {
      if (p.profile != profile) continue;
      nlohmann::json pj{{"case", p.info.case_id},
                        {"seed", p.info.seed},
                        {"note", p.note},
                        {"reflections", p.reflections},
                        {"quarters", nlohmann::json::array()}};
      for (std::size_t i = 0; i < p.quarters.size(); ++i) {
        const QuarterChoices& c = p.quarters[i];
        pj["quarters"].push_back({{"quarter", i + 1},
                                  {"interventions", c.interventions},
                                  {"sparring", c.sparring},
                                  {"belief", c.belief},
                                  {"responses", c.responses},
                                  {"caseworker_change", c.caseworker_change},
                                  {"snapshot", p.snapshots[i]}});
      }
      j["playthroughs"].push_back(pj);
    }
    return j;
  }
  std::optional<std::string> Setting(const std::string& key) override {
    const auto it = settings_.find(key);
    return it == settings_.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  void SetSetting(const std::string& key, const std::string& value) override {
    settings_[key] = value;
  }
  std::optional<std::string> ProfileSetting(std::int64_t profile, const std::string& key) override {
    const auto it = profile_settings_.find({profile, key});
    return it == profile_settings_.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  void SetProfileSetting(std::int64_t profile, const std::string& key,
                         const std::string& value) override {
    profile_settings_[{profile, key}] = value;
  }
  std::int64_t CreatePlaythrough(std::int64_t profile, const std::string& case_id,
                                 std::uint64_t seed, int content_version,
                                 std::int64_t branched_from, int branch_quarter) override {
    MemPlaythrough p;
    p.info = {next_id_++, case_id,       seed,           0,
              false,      branched_from, branch_quarter, std::to_string(content_version)};
    p.profile = profile;
    plays_.push_back(std::move(p));
    return plays_.back().info.id;
  }
  void AppendQuarter(std::int64_t playthrough, int quarter, const QuarterChoices& choices,
                     const nlohmann::json& snapshot, bool finished) override {
    MemPlaythrough& p = Find(playthrough);
    if (quarter != static_cast<int>(p.quarters.size()) + 1)
      throw std::invalid_argument("quarter " + std::to_string(quarter) + " is out of order");
    p.quarters.push_back(choices);
    p.snapshots.push_back(snapshot);
    p.info.quarters = quarter;
    p.info.finished = finished;
  }
  std::vector<QuarterChoices> Quarters(std::int64_t playthrough) override {
    return Find(playthrough).quarters;
  }
  std::vector<PlaythroughInfo> Playthroughs(std::int64_t profile) override {
    std::vector<PlaythroughInfo> out;
    for (const MemPlaythrough& p : plays_)
      if (p.profile == profile) out.push_back(p.info);
    std::reverse(out.begin(), out.end());  // newest first
    return out;
  }
  std::optional<std::int64_t> LatestUnfinished(std::int64_t profile) override {
    for (auto it = plays_.rbegin(); it != plays_.rend(); ++it)
      if (it->profile == profile && !it->info.finished) return it->info.id;
    return std::nullopt;
  }
  std::string Note(std::int64_t playthrough) override { return Find(playthrough).note; }
  void SetNote(std::int64_t playthrough, const std::string& text) override {
    Find(playthrough).note = text;
  }
  std::map<std::string, std::string> ReflectionAnswers(std::int64_t playthrough) override {
    return Find(playthrough).reflections;
  }
  void SetReflectionAnswer(std::int64_t playthrough, const std::string& question,
                           const std::string& text) override {
    Find(playthrough).reflections[question] = text;
  }
  std::string Location() const override { return ""; }

 private:
  MemPlaythrough& Find(std::int64_t id) {
    for (MemPlaythrough& p : plays_)
      if (p.info.id == id) return p;
    throw std::invalid_argument("no playthrough " + std::to_string(id));
  }

  std::int64_t next_id_ = 1;
  std::vector<ProfileInfo> profiles_;
  std::vector<MemPlaythrough> plays_;
  std::map<std::string, std::string> settings_;
  std::map<std::pair<std::int64_t, std::string>, std::string> profile_settings_;
};

}  // namespace

std::unique_ptr<SessionStore> MakeMemoryStore() {
  return std::make_unique<MemoryStore>();
}

}  // namespace bip::ui
