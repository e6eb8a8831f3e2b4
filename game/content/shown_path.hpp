#pragma once
// How a content file is named in messages: relative to the folder that holds
// the content folder ("content/cases/henrik.json"), worked out on the names
// alone. std::filesystem::relative would resolve symbolic links, naming a
// linked file by its target's folder, and fail on a link that loops.
#include <filesystem>
#include <string>

namespace bip {

std::string ShownPath(const std::filesystem::path& file, const std::filesystem::path& base);

}  // namespace bip
