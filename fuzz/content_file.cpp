// One content file (BIPGAME_FUZZ_FILE, e.g. model/parameters.json) replaced by
// the input in a copy of the content folder, then loaded as every command
// loads it (all of content/: a model or text file concerns every case), and
// checked against its schema as check-content does. Cases: content_case.cpp.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_support.hpp"
#include "json_reader.hpp"
#include "load_content.hpp"
#include "schema_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fs = std::filesystem;
  static const std::string dir = bip::fuzz::ScratchContentCopy();
  static bip::Problems schema_load_problems;
  static const bip::SchemaSet schemas = bip::SchemaSet::Load(
      (fs::path(BIPGAME_SOURCE_CONTENT_DIR) / "schema").string(), schema_load_problems);
  const fs::path file = fs::path(dir) / BIPGAME_FUZZ_FILE;
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  bip::LoadResult loaded = bip::LoadContent(dir);
  bip::Problems problems;
  if (auto json = bip::ParseFile(file.string(), BIPGAME_FUZZ_FILE, problems)) {
    const std::string name = bip::SchemaNameFor(BIPGAME_FUZZ_FILE);
    if (schemas.Has(name)) schemas.Validate(name, *json, BIPGAME_FUZZ_FILE, problems);
  }
  for (const bip::Problem& p : loaded.problems.list()) (void)p.Line();
  return 0;
}
