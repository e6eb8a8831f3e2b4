#pragma once
// Team sparring sessions: one case and seed, several participants who each
// play it and hand in a result file. A session is a JSON file the team leader
// keeps (see README "Team sparring"); result files come from outside and are
// validated strictly, then replayed through Playthrough before they count.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "choices.hpp"
#include "content.hpp"
#include "line_of_100.hpp"
#include "outcome_model.hpp"

namespace bip {

inline constexpr const char* kResultFormat = "bipgame-team-result";
inline constexpr int kResultFormatVersion = 1;
inline constexpr const char* kSessionFormat = "bipgame-team-session";
inline constexpr int kSessionFormatVersion = 1;
inline constexpr std::size_t kMaxResultFileBytes = 1024 * 1024;  // checked before parsing
inline constexpr std::size_t kMaxSessionFileBytes = 16 * 1024 * 1024;
inline constexpr std::size_t kMaxParticipants = 200;
inline constexpr std::size_t kMaxTeamAliasBytes = 80;
inline constexpr std::size_t kMaxRounds = 100;
inline constexpr std::size_t kMaxSituationBytes = 2000;
inline constexpr std::size_t kMaxRoundNotesBytes = 20000;
// Recorded outcomes must match the replay this closely (they are doubles
// printed by nlohmann::json, which round-trips exactly).
inline constexpr double kOutcomeTolerance = 1e-9;

// What a quarter came to, as recorded in a result file and checked on import.
struct QuarterResult {
  QuarterChoices choices;
  std::vector<std::string> events;  // filled by the replay, not read from files
  double line_after = 0.0;          // percentile on the line of 100
  double job_within_year_after = 0.0;
  bool job = false;
};

struct ParticipantResult {
  std::string alias;
  std::vector<QuarterResult> quarters;
};

// One sparring round of the team: a narrative card drawn (a sparring move
// of kind "narrative", F-SPAR) or the team's own situation, and the notes.
struct SparringRound {
  std::string card;       // sparring move id, or "" for the team's own situation
  std::string situation;  // the team's own words (may be empty with a card)
  std::string notes;
};

// A hand-in over the local network: the alias and the random token of the
// device (the colleague's game or browser) that handed it in; only that
// device may replace it.
struct LanHandIn {
  std::string alias;
  std::string token;
};

struct TeamSession {
  std::string name;
  std::string case_id;
  std::uint64_t seed = 0;
  int content_version = 1;
  std::string created_at;  // ISO-8601 UTC
  std::vector<ParticipantResult> participants;
  // Added with the game's desk; both optional in files, so older files load.
  std::vector<std::string> roster;  // aliases expected to play (hot seat or a file)
  std::vector<SparringRound> rounds;
  // Added with the hand-in over the local network (optional key "lan"): the
  // join code colleagues were given (kept, so their link works after a
  // restart) and who handed in from which device.
  std::string lan_code;
  std::vector<LanHandIn> lan_hand_ins;
};

// Everything a replay needs; build once per command (the line takes a moment).
struct ReplayKit {
  explicit ReplayKit(const Content& c);
  const Content& content;
  OutcomeModel model;
  LineOf100 line;
};

// Plays the choices in order; nothing (with *error) when a quarter cannot be
// played. The result holds the replayed outcomes.
std::optional<ParticipantResult> Replay(const ReplayKit& kit, const CaseDef& c, std::uint64_t seed,
                                        const std::string& alias,
                                        const std::vector<QuarterChoices>& quarters,
                                        std::string* error, std::size_t* failed_index = nullptr);

// A result file's document for a played participant.
nlohmann::json ResultToJson(const ParticipantResult& r, const std::string& case_id,
                            int content_version, std::uint64_t seed);

// What a refused import says to the person who imported it (filled only when
// it is refused): a text key ("team.refusal.*") and its values; case ids are
// left for the caller to name in its language.
struct ImportRefusal {
  std::string key;
  std::vector<std::pair<std::string, std::string>> args;
};

// Reads and checks one result file against the session: size (before
// parsing), format and version, case, content version, seed, quarter count,
// each quarter's choices, unknown keys, and the recorded outcomes against a
// replay. Errors are one line: "<file>: <json pointer>: <what was expected>".
std::optional<ParticipantResult> ImportResultFile(const ReplayKit& kit, const TeamSession& session,
                                                  const std::string& path, std::string* error,
                                                  ImportRefusal* refusal = nullptr);
// The same for a document already in memory (`source` names it in errors).
std::optional<ParticipantResult> ImportResultJson(const ReplayKit& kit, const TeamSession& session,
                                                  const nlohmann::json& doc,
                                                  const std::string& source, std::string* error,
                                                  ImportRefusal* refusal = nullptr);

// Adds or replaces (same alias, ASCII case ignored) a participant.
void AddParticipant(TeamSession& session, ParticipantResult participant);
// The same comparison of aliases as AddParticipant (ASCII case ignored).
bool SameAlias(const std::string& a, const std::string& b);
// An alias or session name: 1-80 bytes, no control characters.
bool ValidTeamAlias(const std::string& a);
// A device's hand-in token: 16-64 letters, digits, '-' or '_'.
bool ValidHandInToken(const std::string& t);
// A join code: 4-12 capital letters or digits.
bool ValidJoinCode(const std::string& c);

nlohmann::json SessionToJson(const TeamSession& s);
// Session files are the team leader's own, but are read as strictly, and
// every participant is replayed again, so an edited file cannot lie.
std::optional<TeamSession> LoadSessionFile(const ReplayKit& kit, const std::string& path,
                                           std::string* error);
// Writes via a temporary file and rename: a crash leaves the old file whole.
void SaveSessionFile(const TeamSession& s, const std::string& path);

// Reads a file of at most max_bytes, or nothing with *error.
std::optional<std::string> ReadLimited(const std::string& path, std::size_t max_bytes,
                                       std::string* error);
// Writes text atomically (temporary file + rename); throws std::runtime_error.
void WriteFileAtomic(const std::string& path, const std::string& text);
std::string NowIso8601();

}  // namespace bip
