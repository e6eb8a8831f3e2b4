// The model's parameter file (model/parameters.json) replaced by the input
// and read as every command reads it, against the rest of the content loaded
// once: the parameter parser, the checks across parameters, the model
// staying finite in the cohort and every case's reference play, and the
// file's schema check as check-content runs it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "load_content.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bip::LoadResult& loaded = bip::fuzz::ScratchContentLoaded();
  const std::string file = bip::fuzz::WriteContentFile(BIPGAME_FUZZ_FILE, data, size);
  bip::Problems problems;
  (void)bip::LoadParametersFile(file, *loaded.content, problems);
  bip::fuzz::CheckSchema(file, BIPGAME_FUZZ_FILE, problems);
  for (const bip::Problem& p : problems.list()) (void)p.Line();
  return 0;
}
