#include "ui_text_keys.hpp"

namespace bip {
namespace {

// Every key the game's screens (game/ui) look up.
constexpr std::string_view kKeys[] = {
    "app.title",
};

}  // namespace

std::span<const std::string_view> ScreenTextKeys() { return kKeys; }

}  // namespace bip
