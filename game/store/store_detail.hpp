#pragma once
// Pieces the SaveStore source files share; not part of the store's API.
#include <cstddef>
#include <cstdint>
#include <string>

namespace bip::store_detail {

// The current time as ISO-8601 UTC with milliseconds, in SQL, so a row's
// timestamps come from one clock and sort as text.
inline constexpr const char* kNowSql = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

// Throws std::invalid_argument naming `what` unless text is valid UTF-8 of
// min_bytes..max_bytes.
void RequireText(const std::string& what, const std::string& text, std::size_t min_bytes,
                 std::size_t max_bytes);

// Seeds are stored as decimal text: SQLite integers are signed 64-bit.
std::string SeedToText(std::uint64_t seed);
// Throws std::runtime_error naming the playthrough when the text is damaged.
std::uint64_t SeedFromText(const std::string& text, std::int64_t playthrough_id);

}  // namespace bip::store_detail
