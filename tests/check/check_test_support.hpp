#pragma once
// Temporary copies of the content directory, broken variants laid over
// them, and running the bipgame binary.
#include <filesystem>
#include <string>
#include <vector>

#include "problems.hpp"

namespace bip::test {

// A fresh folder under the system's temp folder, removed at the end.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Copies the project's content/ to <dir>/content and returns that path.
std::filesystem::path CopyContent(const std::filesystem::path& dir);
// Lays tests/content_broken/<variant>/ over a content directory.
void ApplyBrokenVariant(const std::string& variant, const std::filesystem::path& content);
// Lays docs/example-case/{cases,i18n} over a content directory.
void AddExampleCase(const std::filesystem::path& content);
std::filesystem::path SourcePath(const std::string& relative);

struct Run {
  int exit_code = -1;
  std::string out;                 // stdout
  std::vector<std::string> lines;  // stdout, line by line
};
// Runs `bipgame <args>`; stderr is dropped unless with_stderr.
Run RunBipgame(const std::string& args, bool with_stderr = false);

bool HasLine(const Run& run, const std::string& line);
bool HasLineStartingWith(const Run& run, const std::string& prefix);

// The problems' lines, sorted (two loads compared without their order).
std::vector<std::string> SortedLines(const Problems& problems);
// Replaces the first `from` in a file; returns false when it is not there.
bool EditFile(const std::filesystem::path& p, const std::string& from, const std::string& to);

}  // namespace bip::test
