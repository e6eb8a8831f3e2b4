// Playthroughs and their quarters.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

#include "choices_json.hpp"
#include "save_store.hpp"
#include "store_detail.hpp"

namespace bip {
namespace {

using nlohmann::json;
using store_detail::kNowSql;

// quarters_played is counted rather than stored, so it cannot drift.
constexpr const char* kSelectPlaythrough =
    "SELECT p.id, p.profile_id, p.case_id, p.seed, p.content_version,"
    " (SELECT count(*) FROM quarters q WHERE q.playthrough_id = p.id),"
    " p.finished, p.branched_from, p.branch_quarter, p.created_at, p.updated_at"
    " FROM playthroughs p ";

PlaythroughRow ReadPlaythrough(SQLite::Statement& q) {
  PlaythroughRow r;
  r.id = q.getColumn(0).getInt64();
  r.profile_id = q.getColumn(1).getInt64();
  r.case_id = q.getColumn(2).getString();
  r.seed = store_detail::SeedFromText(q.getColumn(3).getString(), r.id);
  r.content_version = q.getColumn(4).getString();
  r.quarters_played = q.getColumn(5).getInt();
  r.finished = q.getColumn(6).getInt() != 0;
  if (!q.getColumn(7).isNull()) r.branched_from = q.getColumn(7).getInt64();
  r.branch_quarter = q.getColumn(8).getInt();
  r.created_at = q.getColumn(9).getString();
  r.updated_at = q.getColumn(10).getString();
  return r;
}

std::string DumpJson(const json& value, const std::string& what) {
  try {
    return value.dump();
  } catch (const json::exception& e) {  // strings that are not UTF-8
    throw std::invalid_argument(what + " cannot be saved: " + e.what());
  }
}

std::string Quarter(std::int64_t playthrough_id, int quarter) {
  return "quarter " + std::to_string(quarter) + " of saved playthrough " +
         std::to_string(playthrough_id);
}

// The stored JSON texts of a playthrough's quarters, in order.
std::vector<std::pair<int, std::string>> QuarterColumn(SQLite::Database& db,
                                                       std::int64_t playthrough_id,
                                                       const char* column) {
  SQLite::Statement q(db, std::string("SELECT quarter, ") + column +
                              " FROM quarters WHERE playthrough_id = ? ORDER BY quarter");
  q.bind(1, playthrough_id);
  std::vector<std::pair<int, std::string>> rows;
  while (q.executeStep()) rows.emplace_back(q.getColumn(0).getInt(), q.getColumn(1).getString());
  return rows;
}

}  // namespace

std::int64_t SaveStore::CreatePlaythrough(std::int64_t profile_id, const std::string& case_id,
                                          std::uint64_t seed, const std::string& content_version,
                                          std::optional<std::int64_t> branched_from,
                                          int branch_quarter) {
  store_detail::RequireText("a case id", case_id, 1, kMaxKeyBytes);
  store_detail::RequireText("a content version", content_version, 0, kMaxKeyBytes);
  if (!branched_from && branch_quarter != 0)
    throw std::invalid_argument("a branch quarter needs the playthrough it branches from");

  SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  RequireProfile(profile_id);
  if (branched_from) {
    const std::optional<PlaythroughRow> origin = FindPlaythrough(*branched_from);
    if (!origin || origin->profile_id != profile_id)
      throw std::invalid_argument("profile " + std::to_string(profile_id) + " has no playthrough " +
                                  std::to_string(*branched_from) + " to branch from");
    if (branch_quarter < 0 || branch_quarter > origin->quarters_played)
      throw std::invalid_argument("a branch of playthrough " + std::to_string(*branched_from) +
                                  " must start after quarter 0 to " +
                                  std::to_string(origin->quarters_played) + ", got " +
                                  std::to_string(branch_quarter));
  }
  SQLite::Statement insert(
      *db_, std::string("INSERT INTO playthroughs (profile_id, case_id, seed, content_version,"
                        " branched_from, branch_quarter, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ") +
                kNowSql + ", " + kNowSql + ")");
  insert.bind(1, profile_id);
  insert.bind(2, case_id);
  insert.bind(3, store_detail::SeedToText(seed));
  insert.bind(4, content_version);
  if (branched_from) insert.bind(5, *branched_from);  // else stays NULL
  insert.bind(6, branch_quarter);
  insert.exec();
  const std::int64_t id = db_->getLastInsertRowid();
  tx.commit();
  return id;
}

void SaveStore::AppendQuarter(std::int64_t playthrough_id, int quarter,
                              const QuarterChoices& choices, const json& result_snapshot,
                              bool finished) {
  // Only what reads back may be written, so a saved game always loads.
  const json choices_json = ChoicesToJson(choices);
  std::string error;
  if (!ChoicesFromJson(choices_json, &error))
    throw std::invalid_argument("the choices for " + Quarter(playthrough_id, quarter) +
                                " cannot be saved: " + error);
  const std::string choices_text = DumpJson(choices_json, "the choices");
  const std::string result_text = DumpJson(result_snapshot, "the quarter's result");

  SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  const std::optional<PlaythroughRow> play = FindPlaythrough(playthrough_id);
  if (!play)
    throw std::invalid_argument("no playthrough with id " + std::to_string(playthrough_id));
  if (play->finished)
    throw std::invalid_argument("playthrough " + std::to_string(playthrough_id) +
                                " has finished; no quarter can follow");
  if (quarter != play->quarters_played + 1)
    throw std::invalid_argument("playthrough " + std::to_string(playthrough_id) +
                                " expects quarter " + std::to_string(play->quarters_played + 1) +
                                " next, got " + std::to_string(quarter));

  SQLite::Statement insert(
      *db_, std::string("INSERT INTO quarters (playthrough_id, quarter, choices, result, played_at)"
                        " VALUES (?, ?, ?, ?, ") +
                kNowSql + ")");
  insert.bind(1, playthrough_id);
  insert.bind(2, quarter);
  insert.bind(3, choices_text);
  insert.bind(4, result_text);
  insert.exec();
  SQLite::Statement update(
      *db_, std::string("UPDATE playthroughs SET finished = ?, updated_at = ") + kNowSql +
                " WHERE id = ?");
  update.bind(1, finished ? 1 : 0);
  update.bind(2, playthrough_id);
  update.exec();
  tx.commit();
}

std::vector<QuarterChoices> SaveStore::Quarters(std::int64_t playthrough_id) {
  std::vector<QuarterChoices> quarters;
  for (const auto& [quarter, text] : QuarterColumn(*db_, playthrough_id, "choices")) {
    const json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
    std::string error = "the stored text is not JSON";
    std::optional<QuarterChoices> choices;
    if (!parsed.is_discarded()) choices = ChoicesFromJson(parsed, &error);
    if (!choices)
      throw std::runtime_error("the choices of " + Quarter(playthrough_id, quarter) +
                               " are damaged: " + error);
    quarters.push_back(std::move(*choices));
  }
  return quarters;
}

std::vector<json> SaveStore::QuarterSnapshots(std::int64_t playthrough_id) {
  std::vector<json> snapshots;
  for (const auto& [quarter, text] : QuarterColumn(*db_, playthrough_id, "result")) {
    json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded())
      throw std::runtime_error("the result of " + Quarter(playthrough_id, quarter) +
                               " is damaged: the stored text is not JSON");
    snapshots.push_back(std::move(parsed));
  }
  return snapshots;
}

std::vector<PlaythroughRow> SaveStore::Playthroughs(std::int64_t profile_id) {
  SQLite::Statement q(*db_, std::string(kSelectPlaythrough) +
                                "WHERE p.profile_id = ? ORDER BY p.updated_at DESC, p.id DESC");
  q.bind(1, profile_id);
  std::vector<PlaythroughRow> rows;
  while (q.executeStep()) rows.push_back(ReadPlaythrough(q));
  return rows;
}

std::optional<PlaythroughRow> SaveStore::LatestUnfinished(std::int64_t profile_id) {
  SQLite::Statement q(*db_, std::string(kSelectPlaythrough) +
                                "WHERE p.profile_id = ? AND p.finished = 0"
                                " ORDER BY p.updated_at DESC, p.id DESC LIMIT 1");
  q.bind(1, profile_id);
  if (!q.executeStep()) return std::nullopt;
  return ReadPlaythrough(q);
}

std::optional<PlaythroughRow> SaveStore::FindPlaythrough(std::int64_t id) {
  SQLite::Statement q(*db_, std::string(kSelectPlaythrough) + "WHERE p.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return ReadPlaythrough(q);
}

void SaveStore::DeletePlaythrough(std::int64_t id) {
  SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
  RequirePlaythrough(id);
  // Quarters, notes and answers cascade; branches of it keep going, unlinked.
  SQLite::Statement erase(*db_, "DELETE FROM playthroughs WHERE id = ?");
  erase.bind(1, id);
  erase.exec();
  tx.commit();
}

}  // namespace bip
