#pragma once
// Shared by the UI tests: the content, temporary folders, scripts generated
// from a headless run, and running the game binary headless.
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "content.hpp"
#include "playthrough.hpp"

namespace bip::test {

// The source tree's content, loaded once (the test fails when it does not load).
const Content& TestContent();

// A fresh folder under the system's temp folder, removed with the object.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// A whole playthrough of `policy` on `case_id` with `seed`, played headless
// with the command API. The GUI must reach the same result.
struct HeadlessRun {
  std::vector<QuarterChoices> choices;
  std::vector<std::vector<std::string>> events;  // events up each quarter
  bool employed = false;
  int quarters = 0;
};
// `content` null: the source tree's.
HeadlessRun PlayHeadless(const std::string& case_id, const std::string& policy, std::uint64_t seed,
                         int max_quarters = 1000, const Content* content = nullptr);

// The script intents that play `run` through the screens: for each quarter
// the belief, the responses, the plan and the sparring move, moving with
// "next" exactly as a player would.
nlohmann::json ScriptFor(const std::string& case_id, std::uint64_t seed, const HeadlessRun& run,
                         const std::string& alias, const std::string& lang);

struct ProcessResult {
  int exit_code = -1;
  std::string err;  // stderr
};
// Runs the game binary with SDL's offscreen driver and waits for it.
ProcessResult RunGame(const std::vector<std::string>& args);
// Starts it without waiting; returns the pid.
int StartGame(const std::vector<std::string>& args, const std::string& stderr_file);

std::string WriteFile(const std::string& path, const std::string& text);
std::string ReadFile(const std::string& path);

struct Image {
  int width = 0, height = 0;
  std::vector<unsigned char> rgb;      // 3 bytes per pixel
  unsigned Pixel(int x, int y) const;  // 0xRRGGBB
};
bool LoadPng(const std::string& path, Image& out);

}  // namespace bip::test
