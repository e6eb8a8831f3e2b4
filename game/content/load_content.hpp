#pragma once
// Loads a content directory in three phases: load (parse and read every
// file), link (resolve ids between files), check (texts in every language,
// consistency). Problems are collected, not thrown, so an author sees all.
#include <memory>
#include <optional>
#include <string>

#include "content.hpp"
#include "problems.hpp"

namespace bip {

struct LoadResult {
  std::unique_ptr<Content> content;  // null when there were problems
  Problems problems;
};

LoadResult LoadContent(const std::string& dir);

// One case file read and checked as LoadContent reads each file in cases/
// (its texts in every language, its reference play staying finite), against
// content already loaded, without reading every other file again. The
// case's id must be its file name. Null when there were problems.
std::optional<CaseDef> LoadCaseFile(const std::string& path, const Content& loaded,
                                    Problems& problems);

// A policy file (`bipgame play --policy FILE`) for one case.
std::optional<Policy> LoadPolicyFile(const std::string& path, const Content& content,
                                     const CaseDef& c, Problems& problems);

// The keys every language must have for this content (model, cases, UI).
std::vector<std::string> RequiredTextKeys(const Content& content);

}  // namespace bip
