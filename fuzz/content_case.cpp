// A case file (cases/henrik.json) replaced by the input and read as every
// command reads a case, against the rest of the content loaded once: the
// case parser and the checks of that one case, and its schema check as
// check-content runs it. Loading all of content/ for every input (as the
// model and text harnesses must) made this harness too slow to fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "fuzz_support.hpp"
#include "json_reader.hpp"
#include "load_content.hpp"
#include "schema_check.hpp"

namespace {

// The scratch copy, loaded before any input replaces the case.
const bip::Content& Loaded(const std::string& dir) {
  static const std::unique_ptr<bip::Content> content = [&dir] {
    bip::LoadResult r = bip::LoadContent(dir);
    if (!r.content) {
      for (const bip::Problem& p : r.problems.list())
        std::fprintf(stderr, "%s\n", p.Line().c_str());
      std::abort();
    }
    return std::move(r.content);
  }();
  return *content;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fs = std::filesystem;
  static const std::string dir = bip::fuzz::ScratchContentCopy();
  static const bip::Content& loaded = Loaded(dir);
  static bip::Problems schema_load_problems;
  static const bip::SchemaSet schemas = bip::SchemaSet::Load(
      (fs::path(BIPGAME_SOURCE_CONTENT_DIR) / "schema").string(), schema_load_problems);
  const fs::path file = fs::path(dir) / BIPGAME_FUZZ_FILE;
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  bip::Problems problems;
  (void)bip::LoadCaseFile(file.string(), loaded, problems);
  if (auto json = bip::ParseFile(file.string(), BIPGAME_FUZZ_FILE, problems)) {
    const std::string name = bip::SchemaNameFor(BIPGAME_FUZZ_FILE);
    if (schemas.Has(name)) schemas.Validate(name, *json, BIPGAME_FUZZ_FILE, problems);
  }
  for (const bip::Problem& p : problems.list()) (void)p.Line();
  return 0;
}
