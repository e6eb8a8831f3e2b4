#pragma once
// The game window: SDL2 + SDL_Renderer + Dear ImGui around the session.
#include <chrono>
#include <string>

namespace bip {

struct GuiOptions {
  std::string content_dir;
  std::string db_path;      // "" = the default in the user's data folder
  std::string lang;         // "" = remembered, else the system locale
  std::string script;       // a JSON list of intents to play, then quit
  std::string screenshots;  // folder for a PNG of every screen passed
  std::string screen_log;   // file that gets a line for every screen shown
  double font_scale = 0.0;  // 0 = remembered, else 1
  bool software = false;    // force the software renderer
  bool author = false;      // author mode: F5 reads the content folder again
  int width = 1280;
  int height = 800;
  // Printed to stderr as "first frame: N ms" when set (benchmarks).
  bool report_timing = false;
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

// Runs the game until the window closes (or the script ends). Returns the
// process exit code.
int RunGui(const GuiOptions& options);

}  // namespace bip
