// A case file (cases/henrik.json) replaced by the input and read as every
// command reads a case, against the rest of the content loaded once: the
// case parser and the checks of that one case, and its schema check as
// check-content runs it. Loading all of content/ for every input made this
// harness too slow to fuzz.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "load_content.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bip::LoadResult& loaded = bip::fuzz::ScratchContentLoaded();
  const std::string file = bip::fuzz::WriteContentFile(BIPGAME_FUZZ_FILE, data, size);
  bip::Problems problems;
  (void)bip::LoadCaseFile(file, *loaded.content, problems);
  bip::fuzz::CheckSchema(file, BIPGAME_FUZZ_FILE, problems);
  for (const bip::Problem& p : problems.list()) (void)p.Line();
  return 0;
}
