// A case file (cases/henrik.json) replaced by the input and read as every
// command reads a case, against the rest of the content loaded once: the
// case parser and the checks of that one case, and its schema check as
// check-content runs it. Loading all of content/ for every input (as the
// model and text harnesses must) made this harness too slow to fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "fuzz_support.hpp"
#include "load_content.hpp"

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
  static const bip::Content& loaded = Loaded(bip::fuzz::ScratchContentCopy());
  const std::string file = bip::fuzz::WriteContentFile(BIPGAME_FUZZ_FILE, data, size);
  bip::Problems problems;
  (void)bip::LoadCaseFile(file, loaded, problems);
  bip::fuzz::CheckSchema(file, BIPGAME_FUZZ_FILE, problems);
  for (const bip::Problem& p : problems.list()) (void)p.Line();
  return 0;
}
