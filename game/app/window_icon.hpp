#pragma once
// The window's icon: the same PNG the menu entry uses, from the icon theme
// folder that `cmake --install` fills (the build tree renders it into
// build/share/icons the same way).
#include <string>

struct SDL_Window;

namespace bip {

// The icon file next to the binary (../share/icons/hicolor/128x128/apps),
// or "" when there is none.
std::string FindWindowIcon();

// Gives the window that icon. False when there is no icon file or it does
// not load; the game runs on without one.
bool SetWindowIcon(SDL_Window* window);

}  // namespace bip
