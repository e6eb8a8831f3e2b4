#pragma once
// The real game window on its own X server (Xvfb), driven with X key events
// (xdotool, through XTEST) at a person's pace: each key is held down for a
// moment, with a pause before the next. What the keys did is read back from
// the save database, the day files and the screenshots the game writes, never
// assumed; waits poll for that state with a deadline instead of sleeping.
#include <functional>
#include <string>
#include <vector>

namespace bip::test {

class RealKeys {
 public:
  // Starts Xvfb at width x height on a free display. ok() says whether it
  // runs (else why in problem()).
  RealKeys(int width, int height);
  ~RealKeys();
  RealKeys(const RealKeys&) = delete;
  RealKeys& operator=(const RealKeys&) = delete;
  bool ok() const { return problem_.empty(); }
  const std::string& problem() const { return problem_; }

  // Starts bipgame with `args` on this display, waits for its window and
  // gives it the keyboard. False (and problem()) when no window came.
  bool Start(const std::vector<std::string>& args);
  // Key names as xdotool knows them: "Tab", "shift+Tab", "Down", "space",
  // "Return", "Escape", "Next" (PageDown), "3" …; each pressed, held ~90 ms,
  // released, then ~110 ms before the next.
  void Keys(const std::vector<std::string>& keys);
  void Key(const std::string& key) { Keys({key}); }
  // Types text (UTF-8), about 8 characters a second.
  void Type(const std::string& utf8);
  // Closes the window the way a desktop's close does (SDL_QUIT) and waits
  // for the game to end; its exit code, or -1 when it had to be killed.
  int Close();
  // The game's stderr so far.
  std::string Errors() const;

  // Polls `done` every 50 ms until it holds or `seconds` pass.
  static bool WaitFor(const std::function<bool()>& done, double seconds);

 private:
  void Xdotool(const std::string& args) const;
  std::string display_;
  std::string problem_;
  std::string err_file_;
  int xvfb_pid_ = -1;
  int game_pid_ = -1;
};

// The screenshots the game wrote into `dir` (--screenshots), in order.
std::vector<std::string> Shots(const std::string& dir);
// Waits until the latest screenshot's name contains `part` (e.g. "plan-q2").
bool WaitForShot(const std::string& dir, const std::string& part, double seconds = 15.0);
// The latest screenshot's name, "" when none.
std::string LatestShot(const std::string& dir);

}  // namespace bip::test
