// One profile's data as a JSON document the player can take away.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

#include "save_store.hpp"
#include "schema.hpp"
#include "store_detail.hpp"

namespace bip {
namespace {

using nlohmann::json;

// A damaged stored text still goes out, as text: the export is the player's
// way to get their data, so it must not fail on one bad row.
json ParseOrText(const std::string& text) {
  json parsed = json::parse(text, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? json(text) : parsed;
}

json QuartersOf(SQLite::Database& db, std::int64_t playthrough_id) {
  SQLite::Statement q(db,
                      "SELECT quarter, choices, result, played_at FROM quarters"
                      " WHERE playthrough_id = ? ORDER BY quarter");
  q.bind(1, playthrough_id);
  json quarters = json::array();
  while (q.executeStep())
    quarters.push_back({{"quarter", q.getColumn(0).getInt()},
                        {"choices", ParseOrText(q.getColumn(1).getString())},
                        {"result", ParseOrText(q.getColumn(2).getString())},
                        {"played_at", q.getColumn(3).getString()}});
  return quarters;
}

}  // namespace

json SaveStore::ExportProfile(std::int64_t id) {
  // One read transaction: a consistent picture even if another instance writes.
  SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::DEFERRED);
  SQLite::Statement profile(*db_, "SELECT alias, created_at FROM profiles WHERE id = ?");
  profile.bind(1, id);
  if (!profile.executeStep())
    throw std::invalid_argument("no profile with id " + std::to_string(id));

  json doc = {{"format", "bipgame-profile-export"},
              {"format_version", 1},
              {"schema_version", kSchemaVersion},
              {"profile",
               {{"id", id},
                {"alias", profile.getColumn(0).getString()},
                {"created_at", profile.getColumn(1).getString()}}}};

  SQLite::Statement settings(*db_,
                             "SELECT key, value FROM profile_settings WHERE profile_id = ?"
                             " ORDER BY key");
  settings.bind(1, id);
  doc["settings"] = json::object();
  while (settings.executeStep())
    doc["settings"][settings.getColumn(0).getString()] = settings.getColumn(1).getString();

  doc["playthroughs"] = json::array();
  for (const PlaythroughRow& p : Playthroughs(id)) {
    doc["playthroughs"].push_back(
        {{"id", p.id},
         {"case_id", p.case_id},
         {"seed", store_detail::SeedToText(p.seed)},
         {"content_version", p.content_version},
         {"quarters_played", p.quarters_played},
         {"finished", p.finished},
         {"branched_from", p.branched_from ? json(*p.branched_from) : json(nullptr)},
         {"branch_quarter", p.branch_quarter},
         {"created_at", p.created_at},
         {"updated_at", p.updated_at},
         {"note", Note(p.id)},
         {"reflection_answers", ReflectionAnswers(p.id)},
         {"quarters", QuartersOf(*db_, p.id)}});
  }
  doc["exported_at"] = db_->execAndGet(std::string("SELECT ") + store_detail::kNowSql).getString();
  return doc;  // the read transaction rolls back: nothing was written
}

}  // namespace bip
