#pragma once
// Loads content for a command and prints every problem, one per line.
#include <memory>
#include <string>

#include "content.hpp"

namespace bip {

std::unique_ptr<Content> LoadContentOrReport(const std::string& given_dir);

}  // namespace bip
