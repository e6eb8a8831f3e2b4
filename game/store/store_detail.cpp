#include "store_detail.hpp"

#include <charconv>
#include <stdexcept>

#include "text_checks.hpp"

namespace bip::store_detail {

void RequireText(const std::string& what, const std::string& text, std::size_t min_bytes,
                 std::size_t max_bytes) {
  if (!IsValidUtf8(text)) throw std::invalid_argument(what + " is not valid UTF-8 text");
  if (text.size() < min_bytes || text.size() > max_bytes)
    throw std::invalid_argument(what + " must be " + std::to_string(min_bytes) + " to " +
                                std::to_string(max_bytes) + " bytes long, got " +
                                std::to_string(text.size()));
}

std::string SeedToText(std::uint64_t seed) {
  return std::to_string(seed);
}

std::uint64_t SeedFromText(const std::string& text, std::int64_t playthrough_id) {
  std::uint64_t seed = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, seed);
  if (text.empty() || ec != std::errc() || ptr != end)
    throw std::runtime_error("saved playthrough " + std::to_string(playthrough_id) +
                             " has a damaged seed '" + Abbreviate(text) + "'");
  return seed;
}

}  // namespace bip::store_detail
