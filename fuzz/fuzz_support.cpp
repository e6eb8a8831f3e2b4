#include "fuzz_support.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>

#include "json_reader.hpp"
#include "schema_check.hpp"

namespace bip::fuzz {
namespace fs = std::filesystem;

namespace {

const fs::path& ScratchDir() {
  static const fs::path dir = [] {
    const fs::path d = fs::temp_directory_path() / ("bipgame-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(d);
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(fs::temp_directory_path() / ("bipgame-fuzz-" + std::to_string(::getpid())),
                     ec);
    });
    return d;
  }();
  return dir;
}

}  // namespace

const Content& SourceContent() {
  static const std::unique_ptr<Content> content = [] {
    LoadResult r = LoadContent(BIPGAME_SOURCE_CONTENT_DIR);
    if (!r.content) {
      for (const Problem& p : r.problems.list()) std::fprintf(stderr, "%s\n", p.Line().c_str());
      std::abort();
    }
    return std::move(r.content);
  }();
  return *content;
}

std::string WriteScratch(const std::string& name, const std::uint8_t* data, std::size_t size) {
  const fs::path p = ScratchDir() / name;
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return p.string();
}

std::string ScratchContentCopy() {
  static const std::string copy = [] {
    const fs::path c = ScratchDir() / "content";
    fs::copy(BIPGAME_SOURCE_CONTENT_DIR, c, fs::copy_options::recursive);
    return c.string();
  }();
  return copy;
}

const LoadResult& ScratchContentLoaded() {
  static const LoadResult loaded = [] {
    LoadResult r = LoadContent(ScratchContentCopy());
    if (!r.content) {
      for (const Problem& p : r.problems.list()) std::fprintf(stderr, "%s\n", p.Line().c_str());
      std::abort();
    }
    return r;
  }();
  return loaded;
}

std::string WriteContentFile(const std::string& relative, const std::uint8_t* data,
                             std::size_t size) {
  const fs::path file = fs::path(ScratchContentCopy()) / relative;
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return file.string();
}

void CheckSchema(const std::string& path, const std::string& relative, Problems& problems) {
  static Problems schema_load_problems;
  static const SchemaSet schemas = SchemaSet::Load(
      (fs::path(BIPGAME_SOURCE_CONTENT_DIR) / "schema").string(), schema_load_problems);
  if (auto json = ParseFile(path, relative, problems)) {
    const std::string name = SchemaNameFor(relative);
    if (schemas.Has(name)) schemas.Validate(name, *json, relative, problems);
  }
}

}  // namespace bip::fuzz
