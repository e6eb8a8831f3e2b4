#pragma once
// The texts of a content directory, read file by file so every problem
// names the file to edit: keys missing in a language, placeholders that
// differ between languages, and keys nothing uses.
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "problems.hpp"

namespace bip {

struct TextFiles {
  // lang -> key -> file (as shown) and text
  std::map<std::string, std::map<std::string, std::string>> file;
  std::map<std::string, std::map<std::string, std::string>> text;
  std::map<std::string, std::vector<std::string>> files;  // lang -> files, sorted
  // What could not be read: a language's missing folder, a file that is not
  // a JSON object (lang -> file names). Their keys are not listed one by one.
  std::set<std::string> missing_languages;
  std::map<std::string, std::set<std::string>> unread;
};

// Reads i18n/<lang>/*.json; unreadable files are skipped (the loader and
// the schema report them).
TextFiles ReadTextFiles(const std::string& dir,
                        const std::function<std::string(const std::string&)>& shown);

// The keys the content needs, from the ids in the raw files (so it works
// even when the loader refuses the content), plus the program's own keys.
struct RequiredKeys {
  std::vector<std::string> keys;
  // Key prefixes whose ids could not be read ("sparring." when sparring.json
  // is not JSON): keys under them are neither required nor unused.
  std::vector<std::string> unknown_prefixes;
};
RequiredKeys RequiredKeysFromFiles(const std::string& dir);

// Missing, unused and inconsistent keys; returns the number of keys.
int CheckTexts(const TextFiles& texts, const RequiredKeys& required, const std::string& shown_dir,
               Problems& problems);

}  // namespace bip
