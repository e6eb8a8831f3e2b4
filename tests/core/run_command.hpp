#pragma once
// Runs a shell command and captures what it prints and its exit code.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace bip::test {

struct CommandResult {
  int exit_code = -1;
  std::string out;
};

// `streams` is appended to the command, e.g. "2>/dev/null" or "2>&1".
inline CommandResult RunCommand(const std::string& command, const std::string& streams) {
  CommandResult r;
  FILE* pipe = popen((command + " " + streams).c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  while (std::size_t n = fread(buf.data(), 1, buf.size(), pipe)) r.out.append(buf.data(), n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace bip::test
