#pragma once
// Loads a content directory in three phases: load (parse and read every
// file), link (resolve ids between files), check (texts in every language,
// consistency). Problems are collected, not thrown, so an author sees all.
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "content.hpp"
#include "problems.hpp"

namespace bip {

// Where each text was read: language -> key -> its file's name in i18n/<language>/.
using TextHomes = std::map<std::string, std::map<std::string, std::string>>;

struct LoadResult {
  std::unique_ptr<Content> content;  // null when there were problems
  Problems problems;
  TextHomes text_homes;  // what LoadTextFile needs to read one text file again
};

LoadResult LoadContent(const std::string& dir);

// One case file read and checked as LoadContent reads each file in cases/
// (its texts in every language, its reference play staying finite), against
// content already loaded, without reading every other file again. The
// case's id must be its file name. Null when there were problems.
std::optional<CaseDef> LoadCaseFile(const std::string& path, const Content& loaded,
                                    Problems& problems);

// The model's parameter file (model/parameters.json) read and checked as
// LoadContent reads and checks it (the shares that must add up, the model
// staying finite in the cohort and every case's reference play), against
// content already loaded, whose parameters it replaces. Null when there
// were problems.
std::optional<Parameters> LoadParametersFile(const std::string& path, const Content& loaded,
                                             Problems& problems);

// One text file (i18n/<language>/<name>.json, inside the loaded folder)
// read as LoadContent reads each text file, and the texts checked as
// LoadContent checks them, with this file's texts in place of those it held
// when `loaded` was read (`homes` from the same load says which those were).
// False when there were problems.
bool LoadTextFile(const std::string& path, const Content& loaded, const TextHomes& homes,
                  Problems& problems);

// A policy file (`bipgame play --policy FILE`) for one case.
std::optional<Policy> LoadPolicyFile(const std::string& path, const Content& content,
                                     const CaseDef& c, Problems& problems);

// The keys every language must have for this content (model, cases, UI).
std::vector<std::string> RequiredTextKeys(const Content& content);

}  // namespace bip
