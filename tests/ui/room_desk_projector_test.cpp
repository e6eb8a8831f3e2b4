// The projector view drawn to pixels at the sizes projectors have (1920×1080
// and 1280×720) with SDL's software renderer, the game's own: every phase of
// a day, checked for the dark high-contrast look and large type. With
// BIPGAME_ROOM_SHOTS=DIR the pictures are kept (docs/make_room_screenshots.sh).
#include <SDL.h>
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb/stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>

#include "gui_store.hpp"
#include "panel.hpp"
#include "room_desk.hpp"
#include "room_intent.hpp"
#include "session.hpp"
#include "ui_test_support.hpp"

namespace bip {
namespace {

using test::Room;
using ui::Intent;
using ui::IntentKind;

// The game's frame drawn into a surface instead of a window.
class Canvas {
 public:
  Canvas(int w, int h) : w_(w), h_(h) {
    surface_ = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    renderer_ = SDL_CreateSoftwareRenderer(surface_);
    ctx_ = ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui_ImplSDLRenderer_Init(renderer_);
  }
  ~Canvas() {
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui::DestroyContext(ctx_);
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
  }
  // Draws a few frames (fonts at the session's scale, as the game does) and
  // returns the last one's pixels.
  test::Image Draw(const ui::GameSession& s, ui::ViewState& view) {
    if (scale_ != s.display_scale()) {
      scale_ = s.display_scale();
      ImGui_ImplSDLRenderer_DestroyFontsTexture();
      fonts_ = ui::LoadFonts(ImGui::GetIO(), static_cast<float>(scale_));
      ui::ApplyStyle(static_cast<float>(scale_));
    }
    for (int i = 0; i < 3; ++i) {
      ImGui_ImplSDLRenderer_NewFrame();
      ImGui::NewFrame();
      ui::DrawGame(s, fonts_, view, false);
      ImGui::Render();
      const ImU32 clear =
          s.presenting() ? ui::colour::kProjectorBackground : ui::colour::kBackground;
      SDL_SetRenderDrawColor(renderer_, clear & 0xFF, (clear >> 8) & 0xFF, (clear >> 16) & 0xFF,
                             0xFF);
      SDL_RenderClear(renderer_);
      ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
      SDL_RenderPresent(renderer_);
    }
    test::Image img;
    img.width = w_;
    img.height = h_;
    img.rgb.resize(static_cast<std::size_t>(w_) * static_cast<std::size_t>(h_) * 3);
    const auto* px = static_cast<const unsigned char*>(surface_->pixels);
    for (int y = 0; y < h_; ++y)
      for (int x = 0; x < w_; ++x)
        for (int c = 0; c < 3; ++c)
          img.rgb[(static_cast<std::size_t>(y) * w_ + x) * 3 + c] =
              px[y * surface_->pitch + x * 4 + c];
    return img;
  }

 private:
  int w_, h_;
  SDL_Surface* surface_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  ImGuiContext* ctx_ = nullptr;
  ui::Fonts fonts_;
  double scale_ = 0.0;
};

void Keep(const test::Image& img, const std::string& name) {
  const char* dir = std::getenv("BIPGAME_ROOM_SHOTS");
  if (!dir || !*dir) return;
  std::filesystem::create_directories(dir);
  const std::string path = std::string(dir) + "/" + name + ".png";
  stbi_write_png_compression_level = 9;
  ASSERT_TRUE(stbi_write_png(path.c_str(), img.width, img.height, 3, img.rgb.data(), img.width * 3))
      << path;
}

// Share of pixels in the projector's background, and the height of the
// tallest run of rows that hold bright text (the largest type on screen).
struct Look {
  double background = 0, light_theme = 0;
  int tallest_text = 0;
};
Look Measure(const test::Image& img) {
  Look l;
  std::size_t bg = 0, light = 0;
  int run = 0;
  for (int y = 0; y < img.height; ++y) {
    bool bright = false;
    for (int x = 0; x < img.width; ++x) {
      const unsigned p = img.Pixel(x, y);
      if (p == 0x10141A) ++bg;
      if (p == 0xF5F3EE) ++light;
      const unsigned r = p >> 16, g = (p >> 8) & 0xFF, b = p & 0xFF;
      bright = bright || (r > 235 && g > 235 && b > 235);
    }
    run = bright ? run + 1 : 0;
    l.tallest_text = std::max(l.tallest_text, run);
  }
  const double n = static_cast<double>(img.width) * img.height;
  l.background = static_cast<double>(bg) / n;
  l.light_theme = static_cast<double>(light) / n;
  return l;
}

class ProjectorDay {
 public:
  explicit ProjectorDay(const std::string& dir, const std::string& lang) {
    std::string problem;
    store_ = OpenGameStore(dir + "/bipgame.db", problem);
    ui::SessionOptions o;
    o.lang = lang;
    o.persist_settings = false;
    s = std::make_unique<ui::GameSession>(test::TestContent(), *store_, "", o);
  }
  void Do(const Intent& i) {
    std::string error;
    ASSERT_TRUE(s->Apply(i, &error)) << i.text << ": " << error;
  }
  // Closes the open vote with `winner` far ahead, two tables.
  void Vote(std::size_t winner) {
    const std::size_t n = s->room().vote()->options.size();
    const bool two = s->room().room()->tables == 2;
    std::vector<std::string> cells((two ? 2 : 1) * n, "2");
    cells[winner] = "14";
    cells[(winner + 1) % n] = "5";
    if (two) cells[n + winner] = "9";
    Do(Room("close_vote", {}, 0, cells));
  }
  // Votes through a quarter (the first option wins) and plays it.
  void Quarter() {
    for (int guard = 0; guard < 20 && s->room().phase() == ui::RoomPhase::kVote; ++guard) {
      if (!s->room().vote_closed()) Vote(0);
      Do(Room("next"));
    }
  }
  std::unique_ptr<ui::GameSession> s;
  ui::ViewState view;

 private:
  std::unique_ptr<ui::SessionStore> store_;
};

void Shoot(int w, int h, const std::string& lang, const std::string& prefix) {
  test::TempDir tmp;
  ProjectorDay day(tmp.path(), lang);
  Canvas canvas(w, h);
  const auto check = [&](const std::string& name, bool projector) {
    const test::Image img = canvas.Draw(*day.s, day.view);
    Keep(img, prefix + name);
    const Look l = Measure(img);
    if (projector) {
      EXPECT_GT(l.background, 0.45) << name << ": the projector's dark background";
      EXPECT_EQ(l.light_theme, 0.0) << name << ": nothing of the light theme";
      // The largest type at least 1/30 of the screen height: readable from the back.
      EXPECT_GE(l.tallest_text, h / 30) << name;
    }
  };
  day.Do(Room("open"));
  check("setup", false);
  day.Do(Room("new", "Finsam Helsingborg", 0, {"henrik", "7", "2"}));
  day.Do(Room("present", {}, 1));
  check("belief", true);
  day.Do(Room("controls", {}, 0));
  check("belief-room", true);
  day.Vote(3);
  check("belief-votes", true);
  day.Do(Room("next"));
  while (day.s->room().vote()->kind == "response") {
    day.Vote(0);
    day.Do(Room("next"));
  }
  day.Do(Room("controls", {}, 1));
  day.Do(Room("compose", {}, 0, {"company_internship", "health_coping_course"}));
  check("plan", true);
  day.Vote(0);
  day.Do(Room("controls", {}, 0));
  check("plan-votes", true);
  day.Do(Room("next"));
  day.Vote(0);
  day.Do(Room("next"));
  check("result", true);
  day.Do(Room("pause"));
  day.Do(Room("notes",
              "Table 2: the staircase feels safe – but he loses a year.\nTable 4: what does Henrik "
              "want himself?"));
  check("pause", true);
  day.Do(Room("controls", {}, 1));
  check("pause-controls", true);
  day.Do(Room("end_pause"));
  // Five more quarters, so that the paths have a shape.
  for (int q = 0; q < 5 && day.s->room().phase() == ui::RoomPhase::kVote; ++q) {
    day.Quarter();
    if (day.s->room().phase() == ui::RoomPhase::kResult && !day.s->room().play()->finished())
      day.Do(Room("next"));
  }
  day.Do(Room("finish"));
  day.Do(Room("controls", {}, 0));
  check("end", true);
  // A second table on the same case and seed, compared with the first.
  const std::string first = day.s->room().path();
  day.Do(Room("new", "Table B", 0, {"henrik", "7", ""}));
  for (int q = 0; q < 6 && day.s->room().phase() == ui::RoomPhase::kVote; ++q) {
    day.Quarter();
    if (day.s->room().phase() == ui::RoomPhase::kResult && !day.s->room().play()->finished())
      day.Do(Room("next"));
  }
  day.Do(Room("finish"));
  day.Do(Room("compare", {}, 0, {first, day.s->room().path()}));
  check("compare", true);
  day.Do(Room("end"));
  day.Do(Room("controls", {}, 1));
  day.Do(Room("survey"));
  check("survey", true);
  day.Do(Room("present", {}, 0));
  check("survey-window", false);
}

TEST(RoomDeskProjector, FullHd) {
  Shoot(1920, 1080, "en", "room-1080-");
}
TEST(RoomDeskProjector, Hd720InSwedish) {
  Shoot(1280, 720, "sv", "room-720-sv-");
}

// With the phones on (the server on 127.0.0.1), the projector keeps the join
// box (QR code, address, code, who has answered) in a column of its own at
// the right: the QR's white square is there, at least 1/9 of the height and
// wholly inside the right third, and the vote's options stay left of it.
// With BIPGAME_ROOM_SHOTS=DIR the pictures are kept.
void ShootJoinCorner(int w, int h, const std::string& lang, const std::string& name) {
  test::TempDir tmp;
  ProjectorDay day(tmp.path(), lang);
  Canvas canvas(w, h);
  day.Do(Room("open"));
  day.Do(Room("new", "Finsam Helsingborg", 0, {"henrik", "7", "3"}));
  // A port of this process's own: test binaries run side by side.
  day.Do(Room("phones_start", "127.0.0.1", 40000 + static_cast<int>(getpid() % 20000) + w % 7));
  day.Do(Room("present", {}, 1));
  day.Do(Room("controls", {}, 0));
  const test::Image img = canvas.Draw(*day.s, day.view);
  Keep(img, name);
  // The QR's quiet zone: the largest pure white square, found row by row.
  int top = -1, bottom = -1, left = w, right = -1;
  for (int y = 0; y < h; ++y) {
    int run = 0;
    for (int x = 0; x < w; ++x) {
      run = img.Pixel(x, y) == 0xFFFFFF ? run + 1 : 0;
      if (run >= h / 12) {
        if (top < 0) top = y;
        bottom = y;
        left = std::min(left, x - run + 1);
        right = std::max(right, x);
      }
    }
  }
  ASSERT_GE(top, 0) << name << ": no QR code on the projector";
  EXPECT_GE(bottom - top, h / 9) << name << ": the QR code is too small to scan from the room";
  EXPECT_GE(left, w * 2 / 3) << name << ": the join box must keep to the right";
  EXPECT_LT(right, w) << name;
  // Left of the join column the vote's options are drawn (bright text).
  std::size_t bright_left = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < left - w / 50; ++x) {
      const unsigned p = img.Pixel(x, y);
      if ((p >> 16) > 235 && ((p >> 8) & 0xFF) > 235 && (p & 0xFF) > 235) ++bright_left;
    }
  EXPECT_GT(bright_left, 2000u) << name << ": the options left of the join box";
  const Look l = Measure(img);
  EXPECT_GT(l.background, 0.45) << name;
  day.Do(Room("phones_stop"));
}

TEST(RoomDeskProjector, JoinCornerWithPhonesFullHd) {
  ShootJoinCorner(1920, 1080, "en", "room-phones-1080-belief");
}
TEST(RoomDeskProjector, JoinCornerWithPhones720InSwedish) {
  ShootJoinCorner(1280, 720, "sv", "room-phones-720-sv-belief");
}

}  // namespace
}  // namespace bip
