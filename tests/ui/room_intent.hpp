#pragma once
// The theme-day desk's intents as the room tests send them.
#include <cstdint>
#include <string>
#include <vector>

#include "intent.hpp"

namespace bip::test {

inline ui::Intent Room(std::string action, std::string arg = {}, std::int64_t n = 0,
                       std::vector<std::string> list = {}) {
  return ui::Intent{ui::IntentKind::kRoom, std::move(action), std::move(arg), n, 0.0,
                    std::move(list)};
}

}  // namespace bip::test
