// One text file (i18n/en/ui.json) replaced by the input and read as every
// command reads a text file, against the rest of the content loaded once:
// the text file's parser, the keys it repeats from the language's other
// files, every text in every language, and its schema check as
// check-content runs it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "load_content.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bip::LoadResult& loaded = bip::fuzz::ScratchContentLoaded();
  const std::string file = bip::fuzz::WriteContentFile(BIPGAME_FUZZ_FILE, data, size);
  bip::Problems problems;
  (void)bip::LoadTextFile(file, *loaded.content, loaded.text_homes, problems);
  bip::fuzz::CheckSchema(file, BIPGAME_FUZZ_FILE, problems);
  for (const bip::Problem& p : problems.list()) (void)p.Line();
  return 0;
}
