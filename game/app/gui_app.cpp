#include "gui_app.hpp"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <vector>

#include "gui_reload.hpp"
#include "gui_script.hpp"
#include "gui_store.hpp"
#include "loaded_content.hpp"
#include "panel.hpp"
#include "session.hpp"
#include "team_desk.hpp"
#include "theme.hpp"
#include "window_icon.hpp"

namespace bip {
namespace {

bool SaveScreenshot(SDL_Renderer* ren, const std::string& path) {
  int w = 0, h = 0;
  if (SDL_GetRendererOutputSize(ren, &w, &h) != 0 || w <= 0 || h <= 0) return false;
  std::vector<unsigned char> px(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
  if (SDL_RenderReadPixels(ren, nullptr, SDL_PIXELFORMAT_RGB24, px.data(), w * 3) != 0)
    return false;
  stbi_write_png_compression_level = 9;
  return stbi_write_png(path.c_str(), w, h, 3, px.data(), w * 3) != 0;
}

std::string ShotName(const ui::GameSession& s, int counter) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%03d-", counter);
  std::string name = buf;
  name += ui::ScreenName(s.screen());
  if (s.screen() == ui::Screen::kDebrief) {
    name += '-';
    name += ui::DebriefTabName(s.debrief_tab());
  }
  if (s.screen() == ui::Screen::kTeam) {
    name += '-';
    name += ui::TeamTabName(s.team().tab());
  }
  if (s.play() && s.screen() != ui::Screen::kStart && s.screen() != ui::Screen::kAbout &&
      s.screen() != ui::Screen::kDebrief && s.screen() != ui::Screen::kEnd)
    name += "-q" + std::to_string(s.screen() == ui::Screen::kResult
                                      ? s.play()->history().size()
                                      : static_cast<std::size_t>(s.play()->quarter()));
  return name;
}

// --screen-log: a line for every screen shown, named as its screenshot would
// be. A program driving the window reads it to know the screen has changed
// (a screenshot takes far longer to write, and one is skipped while another
// is pending).
void LogScreen(const std::string& path, const std::string& name) {
  if (path.empty()) return;
  std::ofstream out(path, std::ios::app);
  out << name << '\n';
}

// Where the game is and what a script still has to do.
struct ScriptRun {
  const std::vector<ScriptEntry>* entries = nullptr;
  std::size_t next = 0;
  int wait_frames = 0;
  Uint64 wait_until = 0;     // SDL ticks
  int next_steps = 0;        // steps taken by a "next" with "to"
  Uint64 file_deadline = 0;  // "wait" with "until_file": when it gives up (0: not waiting)
  bool Active() const { return entries && next < entries->size(); }
};

}  // namespace

int RunGui(const GuiOptions& o) {
  LoadedScript script;
  if (!o.script.empty()) {
    script = LoadScript(o.script);
    if (!script.error.empty()) {
      std::cerr << "error: " << script.error << "\n";
      return 2;
    }
  }
  if (!o.screenshots.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(o.screenshots, ec);
    if (ec || !std::filesystem::is_directory(o.screenshots)) {
      std::cerr << "error: --screenshots " << o.screenshots << ": cannot create the folder\n";
      return 2;
    }
  }
  auto content = LoadContentOrReport(o.content_dir);
  if (!content) return 2;
  std::string problem;
  std::unique_ptr<ui::SessionStore> store = OpenGameStore(o.db_path, problem);
  if (!problem.empty())
    std::cerr << "warning: " << problem << "\nwarning: the game runs without saving this time\n";

  // With the software renderer, present the window's pixels directly: SDL
  // would otherwise load an OpenGL driver (llvmpipe: +60 MB, more CPU) only
  // to copy them to the screen.
  const char* driver_env = std::getenv("SDL_VIDEODRIVER");
  const bool want_software = o.software || (driver_env && (std::string(driver_env) == "offscreen" ||
                                                           std::string(driver_env) == "dummy"));
  if (want_software) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::cerr << "error: cannot start the window system: " << SDL_GetError() << "\n";
    return 2;
  }
  SDL_Window* win = SDL_CreateWindow("bipgame", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                     o.width, o.height, SDL_WINDOW_RESIZABLE);
  if (!win) {
    std::cerr << "error: cannot open a window: " << SDL_GetError() << "\n";
    SDL_Quit();
    return 2;
  }
  SDL_SetWindowMinimumSize(win, 800, 560);
  SetWindowIcon(win);
  const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
  const bool headless = driver == "offscreen" || driver == "dummy";
  SDL_Renderer* ren = nullptr;
  if (!o.software && !headless)
    ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
  if (!ren) {
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
  }
  if (!ren) {
    std::cerr << "error: cannot create a renderer: " << SDL_GetError() << "\n";
    SDL_DestroyWindow(win);
    SDL_Quit();
    return 2;
  }

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to remember
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;

  ui::SessionOptions so;
  so.lang = o.lang;
  so.font_scale = o.font_scale;
  so.author_mode = o.author;
  auto session = std::make_unique<ui::GameSession>(*content, *store, problem, so);
  double scale = session->display_scale();
  bool fullscreen = false;
  ui::Fonts fonts = ui::LoadFonts(io, static_cast<float>(scale));
  ui::ApplyStyle(static_cast<float>(scale));
  ImGui_ImplSDL2_InitForSDLRenderer(win);
  ImGui_ImplSDLRenderer_Init(ren);
  std::string title_lang;

  ui::ViewState view;
  ScriptRun run;
  if (!script.entries.empty()) run.entries = &script.entries;
  const bool scripted = run.entries != nullptr;
  int exit_code = 0;
  int busy_frames = 3;
  int shot_counter = 0;
  int shot_in = -1;  // frames until the pending screenshot
  std::string shot_name;
  ui::Screen last_screen = session->screen();
  ui::DebriefTab last_tab = session->debrief_tab();
  ui::TeamTab last_team_tab = session->team().tab();
  std::string last_lang = session->lang();
  bool first_frame = true;
  Uint64 last_frame_ticks = SDL_GetTicks64();
  bool running = true;
  // The window is closing: one last frame saves what was typed, then the loop ends.
  bool closing = false;
  if (!o.screenshots.empty()) {  // the first screen
    shot_in = 3;
    shot_name = ShotName(*session, ++shot_counter);
  }
  int logged_screens = 0;

  // A key pressed and released before the next frame would never be seen
  // down (ImGui 1.86 keeps only each key's state): a quick tap on a busy
  // machine did nothing. Such a release, and what came after it, waits for
  // the next frame. So does a key pressed again after a release in the same
  // frame (it would look held, not pressed: the second Tab was lost).
  std::vector<SDL_Event> held_back;
  std::vector<SDL_Scancode> pressed_in_batch, released_in_batch;
  bool hold_rest = false;
  const auto in = [](const std::vector<SDL_Scancode>& v, SDL_Scancode c) {
    return std::find(v.begin(), v.end(), c) != v.end();
  };
  const auto feed = [&](SDL_Event& e) {
    if (!hold_rest && e.type == SDL_KEYUP && in(pressed_in_batch, e.key.keysym.scancode))
      hold_rest = true;
    if (!hold_rest && e.type == SDL_KEYDOWN && in(released_in_batch, e.key.keysym.scancode))
      hold_rest = true;
    if (hold_rest) {
      held_back.push_back(e);
      return;
    }
    if (e.type == SDL_KEYDOWN) pressed_in_batch.push_back(e.key.keysym.scancode);
    if (e.type == SDL_KEYUP) released_in_batch.push_back(e.key.keysym.scancode);
    ImGui_ImplSDL2_ProcessEvent(&e);
    if (e.type == SDL_QUIT) closing = true;
  };

  while (running) {
    // Wait for something to happen unless a script, an animation or the
    // frames after an input need drawing (idle costs no CPU).
    SDL_Event ev;
    bool got = false;
    pressed_in_batch.clear();
    released_in_batch.clear();
    hold_rest = false;
    std::vector<SDL_Event> earlier;
    earlier.swap(held_back);
    for (SDL_Event& e : earlier) feed(e);
    if (!earlier.empty()) got = true;
    // A script waiting for wall-clock time ("wait" with "ms") idles like a player would.
    const Uint64 now = SDL_GetTicks64();
    const bool script_due = run.Active() && run.wait_until <= now;
    const bool busy = got || script_due || run.wait_frames > 0 || busy_frames > 0 || shot_in >= 0 ||
                      ImGui::GetTime() < view.animate_until ||
                      (scripted && !run.Active() && run.wait_until <= now);
    Uint32 timeout = run.wait_until > now
                         ? static_cast<Uint32>(std::min<Uint64>(500, run.wait_until - now))
                         : 500;
    // ImGui's clock only moves when a frame is drawn.
    const double imgui_now =
        ImGui::GetTime() + static_cast<double>(now - last_frame_ticks) / 1000.0;
    if (view.redraw_at > 0.0)
      timeout = std::min<Uint32>(
          timeout, static_cast<Uint32>(std::max(0.0, (view.redraw_at - imgui_now) * 1000.0)) + 1);
    if (busy) {
      while (SDL_PollEvent(&ev)) {
        feed(ev);
        got = true;
      }
    } else {
      bool woke = false;
      if (headless) {
        // The offscreen driver cannot block on events: poll gently.
        for (Uint32 waited = 0; waited < timeout && !woke; waited += 50) {
          woke = SDL_PollEvent(&ev) != 0;
          if (!woke) SDL_Delay(std::min<Uint32>(50, timeout - waited));
        }
      } else {
        woke = SDL_WaitEventTimeout(&ev, static_cast<int>(timeout)) != 0;
      }
      if (woke) {
        feed(ev);
        while (SDL_PollEvent(&ev)) feed(ev);
        got = true;
      } else {
        const double t =
            ImGui::GetTime() + static_cast<double>(SDL_GetTicks64() - last_frame_ticks) / 1000.0;
        const bool due = (view.redraw_at > 0.0 && t >= view.redraw_at) ||
                         (run.Active() && SDL_GetTicks64() >= run.wait_until);
        if (!due) continue;  // nothing happened and nothing is due: draw nothing
      }
    }
    if (!running) break;
    if (got) busy_frames = 3;

    // The script's next step.
    if (run.Active() && run.wait_frames <= 0 && SDL_GetTicks64() >= run.wait_until && shot_in < 0) {
      const ScriptEntry& e = (*run.entries)[run.next];
      const std::size_t index = run.next++;
      if (e.intent.kind == ui::IntentKind::kScreenshot) {
        if (!o.screenshots.empty()) {
          shot_in = 2;
          shot_name = e.intent.text;
        }
      } else if (e.intent.kind == ui::IntentKind::kWait && !e.intent.text.empty()) {
        // Until a program driving the game (a test, a browser's phones)
        // made the file: the game draws and serves meanwhile.
        const Uint64 ticks = SDL_GetTicks64();
        if (run.file_deadline == 0)
          run.file_deadline = ticks + static_cast<Uint64>(e.wait_ms > 0 ? e.wait_ms : 60000);
        std::error_code ec;
        if (std::filesystem::exists(e.intent.text, ec)) {
          run.file_deadline = 0;
        } else if (ticks >= run.file_deadline) {
          std::cerr << "error: " << o.script << ": entry " << index << " (wait): no file "
                    << e.intent.text << " in time\n";
          exit_code = 1;
          break;
        } else {
          --run.next;  // look again in a moment
          run.wait_until = ticks + 50;
        }
      } else if (e.intent.kind == ui::IntentKind::kWait) {
        run.wait_frames = static_cast<int>(e.intent.number);
        run.wait_until = SDL_GetTicks64() + static_cast<Uint64>(std::max(0, e.wait_ms));
      } else {
        std::string error;
        // "next" with "to" never walks out of a finished case unless asked to.
        const bool past_end =
            !e.next_to.empty() && e.next_to != "end" && e.next_to != "debrief" &&
            (session->screen() == ui::Screen::kEnd || session->screen() == ui::Screen::kDebrief);
        bool ok = !past_end && session->Apply(e.intent, &error);
        if (past_end) error = "the case has ended";
        // "next" with "to": keep going (a screen per frame step) until there.
        if (ok && !e.next_to.empty() && ui::ScreenName(session->screen()) != e.next_to) {
          if (++run.next_steps > 12) {
            ok = false;
            error = "did not reach the screen '" + e.next_to + "'";
          } else {
            --run.next;  // the same entry again after this screen is drawn
          }
        } else {
          run.next_steps = 0;
        }
        if (!ok && e.optional) session->DismissNotice();
        if (!ok && !e.optional) {
          std::cerr << "error: " << o.script << ": entry " << index << " ("
                    << ui::IntentName(e.intent.kind) << "): " << error << "\n";
          exit_code = 1;
          break;
        }
        run.wait_frames = 2;
      }
    }
    if (run.wait_frames > 0) --run.wait_frames;

    // Font size changes rebuild the font atlas between frames.
    if (session->display_scale() != scale) {
      scale = session->display_scale();
      ImGui_ImplSDLRenderer_DestroyFontsTexture();
      fonts = ui::LoadFonts(io, static_cast<float>(scale));
      ui::ApplyStyle(static_cast<float>(scale));
    }
    // The projector view fills the screen; leaving it gives the window back.
    if (session->presenting() != fullscreen) {
      fullscreen = session->presenting();
      if (!headless) SDL_SetWindowFullscreen(win, fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
      busy_frames = 3;
    }
    if (title_lang != session->lang()) {
      title_lang = session->lang();
      SDL_SetWindowTitle(win, session->texts().Get(title_lang, "app.title").c_str());
    }

    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    view.closing = closing;
    const std::vector<ui::Intent> intents = ui::DrawGame(*session, fonts, view, !scripted);
    ImGui::Render();
    const ImU32 clear =
        session->presenting() ? ui::colour::kProjectorBackground : ui::colour::kBackground;
    SDL_SetRenderDrawColor(ren, clear & 0xFF, (clear >> 8) & 0xFF, (clear >> 16) & 0xFF, 0xFF);
    SDL_RenderClear(ren);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    if (shot_in == 0) {
      const std::string path =
          (std::filesystem::path(o.screenshots) / (shot_name + ".png")).string();
      if (!SaveScreenshot(ren, path))
        std::cerr << "warning: cannot save " << path << ": " << SDL_GetError() << "\n";
    }
    if (shot_in >= 0) --shot_in;
    SDL_RenderPresent(ren);
    last_frame_ticks = SDL_GetTicks64();
    if (first_frame) {
      first_frame = false;
      LogScreen(o.screen_log, ShotName(*session, ++logged_screens));
      if (o.report_timing)
        std::cerr << "first frame: "
                  << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                               o.started)
                         .count()
                  << " ms\n";
    }
    if (busy_frames > 0) --busy_frames;

    for (const ui::Intent& i : intents) session->Apply(i);
    if (!intents.empty()) busy_frames = 3;
    if (session->reload_requested()) {
      ReloadContent(o.content_dir, content, session, *store, problem, so);
      view = ui::ViewState{};
    }
    if (session->quit_requested() || closing) running = false;
    // A new screen (or debrief tab, or language): a screenshot of it.
    if (session->screen() != last_screen || session->debrief_tab() != last_tab ||
        session->team().tab() != last_team_tab || session->lang() != last_lang) {
      last_screen = session->screen();
      last_tab = session->debrief_tab();
      last_team_tab = session->team().tab();
      last_lang = session->lang();
      busy_frames = 3;
      LogScreen(o.screen_log, ShotName(*session, ++logged_screens));
      if (!o.screenshots.empty() && shot_in < 0) {
        shot_in = 3;
        shot_name = ShotName(*session, ++shot_counter);
      }
    }
    if (scripted && !run.Active() && run.wait_frames <= 0 && SDL_GetTicks64() >= run.wait_until &&
        shot_in < 0)
      running = false;
  }

  ImGui_ImplSDLRenderer_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_DestroyRenderer(ren);
  SDL_DestroyWindow(win);
  SDL_Quit();
  return exit_code;
}

}  // namespace bip
