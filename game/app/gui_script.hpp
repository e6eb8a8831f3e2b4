#pragma once
// `bipgame --script FILE`: a JSON list of intents, the same ones the panels
// emit, e.g. [{"intent": "create_profile", "alias": "Trainee"},
// {"intent": "start_case", "case": "henrik", "seed": 7}, {"intent": "next"}].
#include <string>
#include <vector>

#include "intent.hpp"

namespace bip {

struct ScriptEntry {
  ui::Intent intent;
  int wait_ms = 0;        // "wait" with "ms": wall-clock time (with "until_file": at most)
  std::string next_to;    // "next" with "to": go on until this screen
  bool optional = false;  // "optional": true: a failure is skipped, not an error
};

struct LoadedScript {
  std::vector<ScriptEntry> entries;
  std::string error;  // one line naming the entry, empty when loaded
};

LoadedScript LoadScript(const std::string& path);
LoadedScript ParseScript(const std::string& text, const std::string& name);

}  // namespace bip
