#pragma once
// Shared by the harnesses: the content they parse against, and a scratch
// file for parsers that read from a path.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content.hpp"
#include "load_content.hpp"
#include "problems.hpp"

namespace bip::fuzz {

// The project's content, loaded once (aborts when it does not load: the
// harness would test nothing).
const Content& SourceContent();
// Writes the input to a file of this name in a scratch folder; returns its path.
std::string WriteScratch(const std::string& name, const std::uint8_t* data, std::size_t size);
// A scratch copy of the content folder, made once.
std::string ScratchContentCopy();
// That copy loaded once, before any input replaces a file in it: the rest of
// the content a one-file harness reads its input against (aborts when it
// does not load).
const LoadResult& ScratchContentLoaded();
// Writes the input over `relative` (e.g. cases/henrik.json) in that copy;
// returns its path.
std::string WriteContentFile(const std::string& relative, const std::uint8_t* data,
                             std::size_t size);
// Parses the file and checks it against its schema, as check-content does.
void CheckSchema(const std::string& path, const std::string& relative, Problems& problems);

}  // namespace bip::fuzz
