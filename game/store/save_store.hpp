#pragma once
// Saved games on disk: profiles, settings, playthroughs with their quarters,
// and the player's notes. One SQLite file per user. Every write is one
// transaction, so a crash loses at most the write under way, never a quarter
// already saved. Notes are personal data and never leave this file except
// through ExportProfile().
//
// Errors: bad arguments and unknown ids on writes throw std::invalid_argument;
// a damaged row or a failing disk throws std::runtime_error. Reads of an
// unknown id return nothing. Not thread-safe: one SaveStore per thread.
#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "choices.hpp"

namespace SQLite {
class Database;
}

namespace bip {

// Global setting holding the id of the profile played last; erasing that
// profile clears it.
inline constexpr const char* kLastProfileSetting = "last_profile";

inline constexpr std::size_t kMaxAliasChars = 40;
inline constexpr std::size_t kMaxKeyBytes = 200;         // setting keys, case and question ids
inline constexpr std::size_t kMaxTextBytes = 64 * 1024;  // setting values, notes, answers

struct ProfileRow {
  std::int64_t id = 0;
  std::string alias;
  std::string created_at;  // ISO-8601 UTC
};

struct PlaythroughRow {
  std::int64_t id = 0;
  std::int64_t profile_id = 0;
  std::string case_id;
  std::uint64_t seed = 0;
  std::string content_version;
  int quarters_played = 0;
  bool finished = false;
  std::optional<std::int64_t> branched_from;  // cleared when that playthrough is deleted
  int branch_quarter = 0;                     // the quarter of branched_from this one started from
  std::string created_at;                     // ISO-8601 UTC
  std::string updated_at;                     // last quarter saved
};

class SaveStore {
 public:
  struct OpenResult {
    std::unique_ptr<SaveStore> store;  // null on failure
    std::string error;                 // names the path and what was expected
  };

  // Opens or creates the database, creating missing parent folders and
  // migrating an older schema. A file that is not ours, damaged or newer
  // than this program is refused and left byte for byte unchanged.
  static OpenResult Open(const std::string& path);
  // $XDG_DATA_HOME/bipgame/bipgame.db, else $HOME/.local/share/bipgame/bipgame.db.
  static std::string DefaultPath();

  ~SaveStore();
  SaveStore(const SaveStore&) = delete;
  SaveStore& operator=(const SaveStore&) = delete;

  const std::string& path() const { return path_; }
  // "ok", or SQLite's list of problems (full integrity_check).
  std::string IntegrityCheck();

  // Profiles. Aliases are 1-40 characters and unique ignoring ASCII case.
  std::int64_t CreateProfile(const std::string& alias);
  std::vector<ProfileRow> Profiles();  // by alias
  // Deletes the profile with its playthroughs, quarters, notes and settings.
  void EraseProfile(std::int64_t id);
  // Everything of one profile, notes included, as a self-describing document
  // ("format": "bipgame-profile-export", "format_version": 1). Seeds are
  // decimal strings there, since JSON readers often hold numbers as doubles.
  nlohmann::json ExportProfile(std::int64_t id);

  // Settings: global (language, font scale, last profile) and per profile.
  void SetSetting(const std::string& key, const std::string& value);
  std::optional<std::string> Setting(const std::string& key);
  void SetProfileSetting(std::int64_t profile_id, const std::string& key, const std::string& value);
  std::optional<std::string> ProfileSetting(std::int64_t profile_id, const std::string& key);

  // Playthroughs. A branch names the playthrough of the same profile it
  // starts from and the quarter it starts after (0..that one's quarters).
  std::int64_t CreatePlaythrough(std::int64_t profile_id, const std::string& case_id,
                                 std::uint64_t seed, const std::string& content_version,
                                 std::optional<std::int64_t> branched_from = {},
                                 int branch_quarter = 0);
  // Saves one quarter atomically. Quarters run 1, 2, 3, ... with no gaps and
  // none after a finished one; anything else throws std::invalid_argument
  // and writes nothing.
  void AppendQuarter(std::int64_t playthrough_id, int quarter, const QuarterChoices& choices,
                     const nlohmann::json& result_snapshot, bool finished);
  std::vector<QuarterChoices> Quarters(std::int64_t playthrough_id);          // in order
  std::vector<nlohmann::json> QuarterSnapshots(std::int64_t playthrough_id);  // in order
  std::vector<PlaythroughRow> Playthroughs(std::int64_t profile_id);          // latest update first
  std::optional<PlaythroughRow> LatestUnfinished(std::int64_t profile_id);
  std::optional<PlaythroughRow> FindPlaythrough(std::int64_t id);
  void DeletePlaythrough(std::int64_t id);

  // The player's own notes and reflection answers; empty text deletes.
  void SetNote(std::int64_t playthrough_id, const std::string& text);
  std::string Note(std::int64_t playthrough_id);
  void SetReflectionAnswer(std::int64_t playthrough_id, const std::string& question_id,
                           const std::string& text);
  std::map<std::string, std::string> ReflectionAnswers(std::int64_t playthrough_id);

 private:
  SaveStore(std::unique_ptr<SQLite::Database> db, std::string path);
  void RequireProfile(std::int64_t id);
  void RequirePlaythrough(std::int64_t id);

  std::unique_ptr<SQLite::Database> db_;
  std::string path_;
};

}  // namespace bip
