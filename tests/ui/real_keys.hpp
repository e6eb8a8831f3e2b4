#pragma once
// The real game window on its own X server (Xvfb), driven with X key events
// (xdotool, through XTEST) at a person's pace: each key is held down for a
// moment, with a pause before the next. What the keys did is read back from
// the save database, the day and session files and the game's log of the
// screens it shows (--screen-log), never assumed; waits poll for that state
// with a deadline instead of sleeping.
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

  // Starts bipgame with `args` on this display (and --screen-log, read by
  // Screen()), waits for its window and its first screen, and makes sure it
  // has the keyboard: F1 must open About (Esc closes it again). False (and
  // problem()) when no window came or the keys never arrived.
  bool Start(const std::vector<std::string>& args);
  // Moves the window to the screen's corner at the screen's size, as a
  // window manager's "maximise" would (there is none on this X server, so
  // the projector view's fullscreen could not take the screen otherwise).
  void FillScreen();
  // Key names as xdotool knows them: "Tab", "shift+Tab", "Down", "space",
  // "Return", "Escape", "Next" (PageDown), "3" …; each pressed, held ~90 ms,
  // released, then ~110 ms before the next.
  void Keys(const std::vector<std::string>& keys);
  void Key(const std::string& key) { Keys({key}); }
  // Types text (UTF-8), about 8 characters a second (a letter the X
  // keyboard lacks, such as å, takes 0.6 s).
  void Type(const std::string& utf8);
  // Presses `keys`, then waits until the game shows another screen; false
  // when none came within `seconds`.
  bool Next(const std::vector<std::string>& keys, double seconds = 20.0);
  // The screen shown now, as the game logs it ("012-plan-q3"); "" before the first.
  std::string Screen() const;
  // How many screens the game has shown.
  std::size_t ScreenCount() const;
  // Waits until the screen's name contains `part`.
  bool WaitForScreen(const std::string& part, double seconds = 20.0) const;
  // Closes the window the way a desktop's close does (SDL_QUIT) and waits
  // for the game to end; its exit code, or -1 when it had to be killed.
  int Close();
  // The game's stderr so far.
  std::string Errors() const;

  // Polls `done` every 50 ms until it holds or `seconds` pass.
  static bool WaitFor(const std::function<bool()>& done, double seconds);

 private:
  std::vector<std::string> Log() const;
  std::string display_;
  std::string problem_;
  std::string err_file_;
  std::string log_file_;
  std::string window_;
  int width_ = 0, height_ = 0;
  int xvfb_pid_ = -1;
  int game_pid_ = -1;
};

}  // namespace bip::test
