#include "theme.hpp"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace bip::ui {
namespace {

// Latin-1 for å ä ö æ ø « », plus the punctuation the texts use (– “ ” …),
// arrows, the euro sign, a check mark and a few shapes.
const ImWchar kRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1
    0x0100, 0x017F,  // Latin Extended-A
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x2030, 0x203A,  // per mille, single angle quotes
    0x20AC, 0x20AC,  // euro
    0x2190, 0x2193,  // arrows
    0x21B5, 0x21B5,  // return arrow
    0x2212, 0x2212,  // minus
    0x2713, 0x2713,  // check mark
    0x25B2, 0x25BC,  // triangles
    0x25CF, 0x25CF,  // black circle
    0,
};

}  // namespace

std::string FontDir() {
  namespace fs = std::filesystem;
  std::vector<fs::path> dirs;
  if (const char* env = std::getenv("BIPGAME_FONT_DIR")) dirs.emplace_back(env);
  dirs.emplace_back("/usr/share/fonts/truetype/dejavu");
  dirs.emplace_back("/usr/share/fonts/TTF");
  dirs.emplace_back("/usr/share/fonts/dejavu");
  for (const fs::path& d : dirs) {
    std::error_code ec;
    if (fs::exists(d / "DejaVuSans.ttf", ec) && fs::exists(d / "DejaVuSans-Bold.ttf", ec))
      return d.string();
  }
  return "";
}

Fonts LoadFonts(ImGuiIO& io, float scale) {
  Fonts f;
  f.scale = scale;
  io.Fonts->Clear();
  const std::string dir = FontDir();
  if (dir.empty()) {
    ImFontConfig cfg;
    cfg.SizePixels = 13.0f * scale;
    f.body = f.bold = f.small = f.heading = f.title = io.Fonts->AddFontDefault(&cfg);
    return f;
  }
  const std::string regular = dir + "/DejaVuSans.ttf";
  const std::string bold = dir + "/DejaVuSans-Bold.ttf";
  ImFontConfig cfg;
  cfg.OversampleH = 2;
  cfg.OversampleV = 1;
  f.body = io.Fonts->AddFontFromFileTTF(regular.c_str(), 18.0f * scale, &cfg, kRanges);
  f.bold = io.Fonts->AddFontFromFileTTF(bold.c_str(), 18.0f * scale, &cfg, kRanges);
  f.small = io.Fonts->AddFontFromFileTTF(regular.c_str(), 15.0f * scale, &cfg, kRanges);
  f.heading = io.Fonts->AddFontFromFileTTF(bold.c_str(), 22.0f * scale, &cfg, kRanges);
  f.title = io.Fonts->AddFontFromFileTTF(bold.c_str(), 30.0f * scale, &cfg, kRanges);
  f.found = f.body && f.bold && f.small && f.heading && f.title;
  if (!f.found) {
    io.Fonts->Clear();
    f.body = f.bold = f.small = f.heading = f.title = io.Fonts->AddFontDefault();
  }
  io.FontDefault = f.body;
  return f;
}

void ApplyStyle(float scale) {
  using namespace colour;
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(20, 16);
  style.FramePadding = ImVec2(12, 7);
  style.ItemSpacing = ImVec2(10, 9);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(8, 5);
  style.IndentSpacing = 22;
  style.ScrollbarSize = 16;
  style.GrabMinSize = 14;
  style.WindowRounding = 0;
  style.ChildRounding = 8;
  style.FrameRounding = 6;
  style.PopupRounding = 6;
  style.GrabRounding = 6;
  style.TabRounding = 6;
  style.ScrollbarRounding = 8;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;
  style.PopupBorderSize = 1;
  style.ScaleAllSizes(scale);
  // Textured thin lines come out cut in half with SDL's software renderer.
  style.AntiAliasedLinesUseTex = false;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = Vec(kText);
  c[ImGuiCol_TextDisabled] = Vec(kMuted);
  c[ImGuiCol_WindowBg] = Vec(kBackground);
  c[ImGuiCol_ChildBg] = Vec(kCard);
  c[ImGuiCol_PopupBg] = Vec(kCard);
  c[ImGuiCol_Border] = Vec(kBorder);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = Vec(Rgb(0xFF, 0xFF, 0xFF));
  c[ImGuiCol_FrameBgHovered] = Vec(kAccentSoft);
  c[ImGuiCol_FrameBgActive] = Vec(Rgb(0xC8, 0xDC, 0xEC));
  c[ImGuiCol_TitleBg] = Vec(kHeader);
  c[ImGuiCol_TitleBgActive] = Vec(kHeader);
  c[ImGuiCol_MenuBarBg] = Vec(kHeader);
  c[ImGuiCol_ScrollbarBg] = Vec(kBackground);
  c[ImGuiCol_ScrollbarGrab] = Vec(kFaint);
  c[ImGuiCol_ScrollbarGrabHovered] = Vec(kStart);
  c[ImGuiCol_ScrollbarGrabActive] = Vec(kMuted);
  c[ImGuiCol_CheckMark] = Vec(kAccent);
  c[ImGuiCol_SliderGrab] = Vec(kAccent);
  c[ImGuiCol_SliderGrabActive] = Vec(kHeader);
  c[ImGuiCol_Button] = Vec(Rgb(0xEC, 0xE9, 0xE2));
  c[ImGuiCol_ButtonHovered] = Vec(kAccentSoft);
  c[ImGuiCol_ButtonActive] = Vec(Rgb(0xC8, 0xDC, 0xEC));
  c[ImGuiCol_Header] = Vec(kAccentSoft);
  c[ImGuiCol_HeaderHovered] = Vec(Rgb(0xE8, 0xF0, 0xF7));
  c[ImGuiCol_HeaderActive] = Vec(Rgb(0xC8, 0xDC, 0xEC));
  c[ImGuiCol_Separator] = Vec(kBorder);
  c[ImGuiCol_Tab] = Vec(Rgb(0xEC, 0xE9, 0xE2));
  c[ImGuiCol_TabHovered] = Vec(kAccentSoft);
  c[ImGuiCol_TabActive] = Vec(kCard);
  c[ImGuiCol_TabUnfocused] = Vec(Rgb(0xEC, 0xE9, 0xE2));
  c[ImGuiCol_TabUnfocusedActive] = Vec(kCard);
  c[ImGuiCol_TableHeaderBg] = Vec(Rgb(0xF0, 0xED, 0xE6));
  c[ImGuiCol_TableBorderStrong] = Vec(kBorder);
  c[ImGuiCol_TableBorderLight] = Vec(kGrid);
  c[ImGuiCol_TableRowBgAlt] = Vec(Rgb(0xFA, 0xF8, 0xF4));
  c[ImGuiCol_NavHighlight] = Vec(kFocus);
  c[ImGuiCol_TextSelectedBg] = Vec(Rgb(0xC8, 0xDC, 0xEC));
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.12f, 0.15f, 0.45f);
  ImGui::GetStyle() = style;
}

}  // namespace bip::ui
