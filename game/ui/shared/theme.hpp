#pragma once
// Look of the game: a calm light theme with high-contrast text, the fonts
// (DejaVu Sans with the glyphs Swedish, Danish and English need) and the
// colours shared by the panels and charts.
#include <imgui.h>

#include <string>

namespace bip::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* small = nullptr;
  ImFont* heading = nullptr;  // section titles
  ImFont* title = nullptr;    // screen titles
  bool found = false;         // DejaVu was found (else ImGui's default font)
  float scale = 1.0f;
};

// Clears the atlas and adds the fonts at `scale`. Call before the renderer
// builds its font texture (before the first frame, or after a rebuild).
Fonts LoadFonts(ImGuiIO& io, float scale);
// The directory the fonts are read from ("" when none was found).
std::string FontDir();
// Colours, spacing and rounding, at `scale`.
void ApplyStyle(float scale);

namespace colour {
inline constexpr ImU32 Rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
  return (a << 24) | (b << 16) | (g << 8) | r;
}
inline constexpr ImU32 kBackground = Rgb(0xF5, 0xF3, 0xEE);
inline constexpr ImU32 kCard = Rgb(0xFF, 0xFF, 0xFF);
inline constexpr ImU32 kBorder = Rgb(0xDD, 0xD8, 0xCE);
inline constexpr ImU32 kText = Rgb(0x1E, 0x27, 0x32);
inline constexpr ImU32 kMuted = Rgb(0x55, 0x5F, 0x6B);
inline constexpr ImU32 kFaint = Rgb(0xC9, 0xC4, 0xBA);
inline constexpr ImU32 kGrid = Rgb(0xE6, 0xE2, 0xDA);
inline constexpr ImU32 kAccent = Rgb(0x1D, 0x5C, 0x8C);
inline constexpr ImU32 kAccentSoft = Rgb(0xDC, 0xE9, 0xF3);
inline constexpr ImU32 kHeader = Rgb(0x17, 0x3F, 0x5F);
inline constexpr ImU32 kGood = Rgb(0x2E, 0x7D, 0x4F);
inline constexpr ImU32 kGoodSoft = Rgb(0xDD, 0xF0, 0xE3);
inline constexpr ImU32 kBad = Rgb(0xB3, 0x41, 0x2E);
inline constexpr ImU32 kBadSoft = Rgb(0xF7, 0xE1, 0xDC);
inline constexpr ImU32 kWarn = Rgb(0x9A, 0x62, 0x10);
inline constexpr ImU32 kWarnSoft = Rgb(0xFA, 0xEE, 0xD5);
inline constexpr ImU32 kStart = Rgb(0x9A, 0xA3, 0xAD);  // "at the start" in charts
inline constexpr ImU32 kFocus = Rgb(0xE0, 0x7A, 0x1F);  // keyboard focus
// The four intervention groups (job-focused, upskilling, social, health).
inline constexpr ImU32 kGroup[4] = {Rgb(0x1D, 0x5C, 0x8C), Rgb(0x7B, 0x5E, 0xA7),
                                    Rgb(0xB8, 0x6E, 0x0B), Rgb(0x2A, 0x85, 0x6A)};
// Strategies in comparison charts: trainee, reference, staircase, none.
inline constexpr ImU32 kSeries[4] = {Rgb(0xE0, 0x7A, 0x1F), Rgb(0x1D, 0x5C, 0x8C),
                                     Rgb(0x7B, 0x5E, 0xA7), Rgb(0x8A, 0x8F, 0x96)};
// The projector view (theme days): white on near-black, for rooms with light.
inline constexpr ImU32 kProjectorBackground = Rgb(0x10, 0x14, 0x1A);
inline constexpr ImU32 kProjectorText = Rgb(0xFF, 0xFF, 0xFF);
inline constexpr ImU32 kProjectorMuted = Rgb(0xC4, 0xCD, 0xD6);  // 11:1 on the background
inline constexpr ImU32 kProjectorCard = Rgb(0x1E, 0x27, 0x33);
inline constexpr ImU32 kProjectorBorder = Rgb(0x4A, 0x58, 0x69);
inline constexpr ImU32 kProjectorBar = Rgb(0x5B, 0xA8, 0xF0);     // vote bars
inline constexpr ImU32 kProjectorPlayed = Rgb(0xFF, 0xC8, 0x3D);  // the option played
inline constexpr ImU32 kProjectorGood = Rgb(0x6F, 0xD6, 0x8F);
inline ImVec4 Vec(ImU32 c) {
  return ImGui::ColorConvertU32ToFloat4(c);
}
}  // namespace colour

}  // namespace bip::ui
