#include "check_test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace bip::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  path_ = fs::temp_directory_path() /
          ("bipgame-check-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  fs::remove_all(path_);
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path SourcePath(const std::string& relative) {
  return fs::path(BIPGAME_SOURCE_DIR) / relative;
}

fs::path CopyContent(const fs::path& dir) {
  const fs::path content = dir / "content";
  fs::copy(BIPGAME_SOURCE_CONTENT_DIR, content, fs::copy_options::recursive);
  return content;
}

void ApplyBrokenVariant(const std::string& variant, const fs::path& content) {
  const fs::path from = SourcePath("tests/content_broken") / variant;
  if (!fs::is_directory(from)) throw std::runtime_error("no broken variant " + from.string());
  fs::copy(from, content, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

void AddExampleCase(const fs::path& content) {
  for (const char* part : {"cases", "i18n"})
    fs::copy(SourcePath("docs/example-case") / part, content / part,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

Run RunBipgame(const std::string& args, bool with_stderr) {
  Run r;
  const std::string command =
      std::string("'") + BIPGAME_BINARY + "' " + args + (with_stderr ? " 2>&1" : " 2>/dev/null");
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  while (std::size_t n = fread(buf.data(), 1, buf.size(), pipe)) r.out.append(buf.data(), n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) r.lines.push_back(line);
  return r;
}

bool HasLine(const Run& run, const std::string& line) {
  for (const std::string& l : run.lines)
    if (l == line) return true;
  return false;
}

bool HasLineStartingWith(const Run& run, const std::string& prefix) {
  for (const std::string& l : run.lines)
    if (l.rfind(prefix, 0) == 0) return true;
  return false;
}

std::vector<std::string> SortedLines(const Problems& problems) {
  std::vector<std::string> lines;
  for (const Problem& p : problems.list()) lines.push_back(p.Line());
  std::sort(lines.begin(), lines.end());
  return lines;
}

bool EditFile(const fs::path& p, const std::string& from, const std::string& to) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  std::string text = s.str();
  const std::size_t at = text.find(from);
  if (at == std::string::npos) return false;
  text.replace(at, from.size(), to);
  std::ofstream(p, std::ios::binary | std::ios::trunc) << text;
  return true;
}

}  // namespace bip::test
