#include "window_icon.hpp"

#include <SDL.h>
#include <stb/stb_image.h>

#include <filesystem>

namespace bip {
namespace fs = std::filesystem;

std::string FindWindowIcon() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  // Installed: PREFIX/bin/bipgame; built: build/game/bipgame. Either way the
  // icons are under share/ one level up.
  const fs::path icon = exe.parent_path().parent_path() / "share" / "icons" / "hicolor" /
                        "128x128" / "apps" / (std::string(BIPGAME_APP_ID) + ".png");
  return fs::is_regular_file(icon, ec) ? icon.string() : "";
}

bool SetWindowIcon(SDL_Window* window) {
  const std::string path = FindWindowIcon();
  if (path.empty()) return false;
  int w = 0, h = 0, channels = 0;
  stbi_uc* px = stbi_load(path.c_str(), &w, &h, &channels, 4);
  if (!px) return false;
  SDL_Surface* icon =
      SDL_CreateRGBSurfaceWithFormatFrom(px, w, h, 32, w * 4, SDL_PIXELFORMAT_RGBA32);
  if (icon) {
    SDL_SetWindowIcon(window, icon);  // SDL keeps a copy of its own
    SDL_FreeSurface(icon);
  }
  stbi_image_free(px);
  return icon != nullptr;
}

}  // namespace bip
