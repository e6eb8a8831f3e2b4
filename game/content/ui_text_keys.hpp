#pragma once
// Every text key the program itself uses (CLI, explanations, scores, screens).
// The loader requires each in sv, da and en, and a test checks that every
// key in content/i18n is either here or derived from content ids.
#include <span>
#include <string_view>

namespace bip {

std::span<const std::string_view> UiTextKeys();

}  // namespace bip
