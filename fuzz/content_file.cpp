// One content file (BIPGAME_FUZZ_FILE: sparring.json) replaced by the input
// in a copy of the content folder, then loaded as every command loads it
// (all of content/: the sparring moves concern every case), and checked
// against its schema as check-content does. Cases, the model's parameters
// and text files have one-file harnesses (content_case.cpp,
// content_model.cpp, content_i18n.cpp).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "load_content.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string file = bip::fuzz::WriteContentFile(BIPGAME_FUZZ_FILE, data, size);
  bip::LoadResult loaded = bip::LoadContent(bip::fuzz::ScratchContentCopy());
  bip::Problems problems;
  bip::fuzz::CheckSchema(file, BIPGAME_FUZZ_FILE, problems);
  for (const bip::Problem& p : loaded.problems.list()) (void)p.Line();
  return 0;
}
