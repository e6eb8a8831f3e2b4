#pragma once
// What the game session needs from persistence. The SQLite save store is
// adapted to this in game/app; tests and a game whose database cannot be
// opened use the in-memory one, so the game always starts.
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "choices.hpp"

namespace bip::ui {

struct ProfileInfo {
  std::int64_t id = 0;
  std::string alias;
};

struct PlaythroughInfo {
  std::int64_t id = 0;
  std::string case_id;
  std::uint64_t seed = 0;
  int quarters = 0;  // quarters committed
  bool finished = false;
  std::int64_t branched_from = 0;
  int branch_quarter = 0;
  // The case's content version it was played with ("" when unknown).
  std::string content_version;
};

// Every call may throw std::exception with a message for the player.
class SessionStore {
 public:
  virtual ~SessionStore() = default;
  virtual std::vector<ProfileInfo> Profiles() = 0;
  virtual std::int64_t CreateProfile(const std::string& alias) = 0;
  virtual void EraseProfile(std::int64_t profile) = 0;
  virtual nlohmann::json ExportProfile(std::int64_t profile) = 0;
  virtual std::optional<std::string> Setting(const std::string& key) = 0;
  virtual void SetSetting(const std::string& key, const std::string& value) = 0;
  virtual std::optional<std::string> ProfileSetting(std::int64_t profile,
                                                    const std::string& key) = 0;
  virtual void SetProfileSetting(std::int64_t profile, const std::string& key,
                                 const std::string& value) = 0;
  virtual std::int64_t CreatePlaythrough(std::int64_t profile, const std::string& case_id,
                                         std::uint64_t seed, int content_version,
                                         std::int64_t branched_from, int branch_quarter) = 0;
  // One transaction: the quarter is saved completely or not at all.
  virtual void AppendQuarter(std::int64_t playthrough, int quarter, const QuarterChoices& choices,
                             const nlohmann::json& snapshot, bool finished) = 0;
  virtual std::vector<QuarterChoices> Quarters(std::int64_t playthrough) = 0;
  virtual std::vector<PlaythroughInfo> Playthroughs(std::int64_t profile) = 0;
  virtual std::optional<std::int64_t> LatestUnfinished(std::int64_t profile) = 0;
  virtual std::string Note(std::int64_t playthrough) = 0;
  virtual void SetNote(std::int64_t playthrough, const std::string& text) = 0;
  virtual std::map<std::string, std::string> ReflectionAnswers(std::int64_t playthrough) = 0;
  virtual void SetReflectionAnswer(std::int64_t playthrough, const std::string& question,
                                   const std::string& text) = 0;
  // Where the data lives, for messages ("" when nowhere).
  virtual std::string Location() const = 0;
};

// Keeps everything in memory; lost when the game closes.
std::unique_ptr<SessionStore> MakeMemoryStore();

}  // namespace bip::ui
