#include "gui_store.hpp"

#include "save_store.hpp"

namespace bip {
namespace {

ui::PlaythroughInfo Info(const PlaythroughRow& r) {
  ui::PlaythroughInfo i;
  i.id = r.id;
  i.case_id = r.case_id;
  i.seed = r.seed;
  i.quarters = r.quarters_played;
  i.finished = r.finished;
  i.branched_from = r.branched_from.value_or(0);
  // The store counts the quarters kept from the original; the game names
  // the quarter played again.
  i.branch_quarter = r.branched_from ? r.branch_quarter + 1 : 0;
  i.content_version = r.content_version;
  return i;
}

class SqliteSessionStore final : public ui::SessionStore {
 public:
  explicit SqliteSessionStore(std::unique_ptr<SaveStore> store) : s_(std::move(store)) {}

  std::vector<ui::ProfileInfo> Profiles() override {
    std::vector<ui::ProfileInfo> out;
    for (const ProfileRow& p : s_->Profiles()) out.push_back({p.id, p.alias});
    return out;
  }
  std::int64_t CreateProfile(const std::string& alias) override { return s_->CreateProfile(alias); }
  void EraseProfile(std::int64_t profile) override { s_->EraseProfile(profile); }
  nlohmann::json ExportProfile(std::int64_t profile) override { return s_->ExportProfile(profile); }
  std::optional<std::string> Setting(const std::string& key) override { return s_->Setting(key); }
  void SetSetting(const std::string& key, const std::string& value) override {
    s_->SetSetting(key, value);
  }
  std::optional<std::string> ProfileSetting(std::int64_t profile, const std::string& key) override {
    return s_->ProfileSetting(profile, key);
  }
  void SetProfileSetting(std::int64_t profile, const std::string& key,
                         const std::string& value) override {
    s_->SetProfileSetting(profile, key, value);
  }
  std::int64_t CreatePlaythrough(std::int64_t profile, const std::string& case_id,
                                 std::uint64_t seed, int content_version,
                                 std::int64_t branched_from, int branch_quarter) override {
    std::optional<std::int64_t> from;
    if (branched_from != 0) from = branched_from;
    return s_->CreatePlaythrough(profile, case_id, seed, std::to_string(content_version), from,
                                 from ? branch_quarter - 1 : 0);
  }
  void AppendQuarter(std::int64_t playthrough, int quarter, const QuarterChoices& choices,
                     const nlohmann::json& snapshot, bool finished) override {
    s_->AppendQuarter(playthrough, quarter, choices, snapshot, finished);
  }
  std::vector<QuarterChoices> Quarters(std::int64_t playthrough) override {
    return s_->Quarters(playthrough);
  }
  std::vector<ui::PlaythroughInfo> Playthroughs(std::int64_t profile) override {
    std::vector<ui::PlaythroughInfo> out;
    for (const PlaythroughRow& r : s_->Playthroughs(profile)) out.push_back(Info(r));
    return out;
  }
  std::optional<std::int64_t> LatestUnfinished(std::int64_t profile) override {
    if (auto r = s_->LatestUnfinished(profile)) return r->id;
    return std::nullopt;
  }
  std::string Note(std::int64_t playthrough) override { return s_->Note(playthrough); }
  void SetNote(std::int64_t playthrough, const std::string& text) override {
    s_->SetNote(playthrough, text);
  }
  std::map<std::string, std::string> ReflectionAnswers(std::int64_t playthrough) override {
    return s_->ReflectionAnswers(playthrough);
  }
  void SetReflectionAnswer(std::int64_t playthrough, const std::string& question,
                           const std::string& text) override {
    s_->SetReflectionAnswer(playthrough, question, text);
  }
  std::string Location() const override { return s_->path(); }

 private:
  std::unique_ptr<SaveStore> s_;
};

}  // namespace

std::unique_ptr<ui::SessionStore> OpenGameStore(const std::string& path, std::string& problem) {
  problem.clear();
  std::string where = path;
  try {
    if (where.empty()) where = SaveStore::DefaultPath();
    SaveStore::OpenResult r = SaveStore::Open(where);
    if (r.store) return std::make_unique<SqliteSessionStore>(std::move(r.store));
    problem = r.error;
  } catch (const std::exception& e) {
    problem = where + ": " + e.what();
  }
  return ui::MakeMemoryStore();
}

}  // namespace bip
