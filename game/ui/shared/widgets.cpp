#include "widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

#include "panel.hpp"

namespace bip::ui {
namespace {

struct CardFrame {
  ImDrawListSplitter split;
  ImVec2 start;
  float width = 0;
  ImVec2 pad;
  ImU32 fill = 0;
  ImU32 border = 0;
  float saved_work_max = 0;
  float saved_content_max = 0;
};
std::vector<std::unique_ptr<CardFrame>> g_cards;
bool g_decimal_comma = false;

std::string Decimal(std::string s) {
  if (g_decimal_comma)
    for (char& c : s)
      if (c == '.') c = ',';
  return s;
}

}  // namespace

void FillRounded(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float r) {
  r = std::min(r, std::min(b.x - a.x, b.y - a.y) * 0.5f);
  if (r < 1.0f) {
    dl->AddRectFilled(a, b, col);
    return;
  }
  dl->AddRectFilled(ImVec2(a.x + r, a.y), ImVec2(b.x - r, b.y), col);
  dl->AddRectFilled(ImVec2(a.x, a.y + r), ImVec2(a.x + r, b.y - r), col);
  dl->AddRectFilled(ImVec2(b.x - r, a.y + r), ImVec2(b.x, b.y - r), col);
  const float pi = 3.14159265f;
  const ImVec2 centres[4] = {ImVec2(a.x + r, a.y + r), ImVec2(b.x - r, a.y + r),
                             ImVec2(b.x - r, b.y - r), ImVec2(a.x + r, b.y - r)};
  for (int k = 0; k < 4; ++k) {
    const float from = pi + static_cast<float>(k) * pi * 0.5f;
    dl->PathLineTo(centres[k]);
    dl->PathArcTo(centres[k], r, from, from + pi * 0.5f, 6);
    dl->PathFillConvex(col);
  }
}

void Title(const Ui& ui, const std::string& text) {
  ImGui::PushFont(ui.fonts.title);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void Heading(const Ui& ui, const std::string& text) {
  ImGui::PushFont(ui.fonts.heading);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void Bold(const Ui& ui, const std::string& text) {
  ImGui::PushFont(ui.fonts.bold);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
}

void Wrapped(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
}

void WrappedColoured(const std::string& text, ImU32 c) {
  ImGui::PushStyleColor(ImGuiCol_Text, c);
  Wrapped(text);
  ImGui::PopStyleColor();
}

void Muted(const std::string& text) {
  WrappedColoured(text, colour::kMuted);
}

void Small(const Ui& ui, const std::string& text, ImU32 c) {
  ImGui::PushFont(ui.fonts.small);
  WrappedColoured(text, c);
  ImGui::PopFont();
}

void BeginCard(const char* id, float width, ImU32 fill, ImU32 border) {
  ImGui::PushID(id);
  auto f = std::make_unique<CardFrame>();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  f->start = ImGui::GetCursorScreenPos();
  f->width = width > 0 ? width : ImGui::GetContentRegionAvail().x;
  f->pad =
      ImVec2(ImGui::GetStyle().WindowPadding.x * 0.9f, ImGui::GetStyle().WindowPadding.y * 0.9f);
  f->fill = fill;
  f->border = border;
  f->split.Split(dl, 2);
  f->split.SetCurrentChannel(dl, 1);
  ImGui::SetCursorScreenPos(ImVec2(f->start.x + f->pad.x, f->start.y + f->pad.y));
  ImGui::BeginGroup();
  const float inner = f->width - 2 * f->pad.x;
  // Everything inside (wrapping, full-width items, tables) ends at the
  // card's inner edge.
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  f->saved_work_max = w->WorkRect.Max.x;
  f->saved_content_max = w->ContentRegionRect.Max.x;
  w->WorkRect.Max.x = f->start.x + f->width - f->pad.x;
  w->ContentRegionRect.Max.x = w->WorkRect.Max.x;
  ImGui::PushItemWidth(inner);
  ImGui::Dummy(ImVec2(inner, 0.0f));
  g_cards.push_back(std::move(f));
}

void EndCard() {
  CardFrame& f = *g_cards.back();
  ImGui::PopItemWidth();
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  w->WorkRect.Max.x = f.saved_work_max;
  w->ContentRegionRect.Max.x = f.saved_content_max;
  ImGui::EndGroup();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(f.start.x + f.width, ImGui::GetItemRectMax().y + f.pad.y);
  f.split.SetCurrentChannel(dl, 0);
  const float rounding = ImGui::GetStyle().ChildRounding;
  FillRounded(dl, f.start, end, f.fill, rounding);
  dl->AddRect(f.start, end, f.border, rounding, 0, f.border == colour::kBorder ? 1.0f : 2.0f);
  f.split.Merge(dl);
  ImGui::SetCursorScreenPos(f.start);
  ImGui::Dummy(ImVec2(end.x - f.start.x, end.y - f.start.y));
  g_cards.pop_back();
  ImGui::PopID();
}

bool Box(const char* id, bool selected, ImVec2 size, ImU32 fill_selected, ImU32 fill_hover,
         ImU32 fill, float rounding, bool enabled) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::PushStyleColor(ImGuiCol_Header, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_HeaderHovered, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_HeaderActive, IM_COL32(0, 0, 0, 0));
  const bool clicked =
      ImGui::Selectable(id, selected, enabled ? 0 : ImGuiSelectableFlags_Disabled, size);
  Focusable();
  ImGui::PopStyleColor(3);
  const bool hot = enabled && (ImGui::IsItemHovered() || ImGui::IsItemActive());
  const ImU32 c = selected ? fill_selected : hot ? fill_hover : fill;
  if (c & IM_COL32_A_MASK)
    FillRounded(ImGui::GetWindowDrawList(), p, ImVec2(p.x + size.x, p.y + size.y), c, rounding);
  return clicked && enabled;
}

void CardSeparator() {
  ImGuiWindow* w = ImGui::GetCurrentWindow();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y), ImVec2(w->WorkRect.Max.x, p.y + 1.0f),
                                            colour::kBorder);
  ImGui::Dummy(ImVec2(1.0f, 1.0f));
}

void Pill(const Ui& ui, const std::string& text, ImU32 fill, ImU32 text_colour) {
  ImGui::PushFont(ui.fonts.small);
  const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
  const ImVec2 pad(ui.Px(8), ui.Px(3));
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const ImVec2 size(ts.x + 2 * pad.x, ts.y + 2 * pad.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), fill, size.y * 0.5f);
  dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), text_colour, text.c_str());
  ImGui::Dummy(size);
  ImGui::PopFont();
}

bool PrimaryButton(const std::string& label, ImVec2 size, bool enabled) {
  ImGui::PushStyleColor(ImGuiCol_Button, colour::Vec(enabled ? colour::kAccent : colour::kFaint));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                        colour::Vec(enabled ? colour::kHeader : colour::kFaint));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive,
                        colour::Vec(enabled ? colour::kHeader : colour::kFaint));
  ImGui::PushStyleColor(ImGuiCol_Text,
                        colour::Vec(enabled ? colour::Rgb(255, 255, 255) : colour::kMuted));
  ImGui::PushStyleColor(ImGuiCol_Border, colour::Vec(enabled ? colour::kHeader : colour::kFaint));
  const bool clicked = ImGui::Button(label.c_str(), size);
  if (enabled) Focusable();
  ImGui::PopStyleColor(5);
  return clicked && enabled;
}

int TabStrip(const Ui& ui, const char* id, const std::vector<std::string>& labels, int selected) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float total_w = ImGui::GetContentRegionAvail().x;
  int clicked = -1;
  for (int t = 0; t < static_cast<int>(labels.size()); ++t) {
    const std::string label = std::to_string(t + 1) + "  " + labels[static_cast<std::size_t>(t)];
    if (t > 0) ImGui::SameLine(0, ui.Px(6));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool sel = t == selected;
    ImGui::PushFont(sel ? ui.fonts.bold : ui.fonts.body);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());  // in the font it is drawn with
    const ImVec2 size(ts.x + ui.Px(28), ts.y + ui.Px(16));
    if (Box((id + std::to_string(t)).c_str(), sel, size, colour::kCard, colour::kAccentSoft, 0,
            ui.Px(4)))
      clicked = t;
    dl->AddText(ImVec2(p.x + ui.Px(14), p.y + ui.Px(8)), sel ? colour::kHeader : colour::kMuted,
                label.c_str());
    ImGui::PopFont();
    if (sel)
      dl->AddRectFilled(ImVec2(p.x, p.y + size.y - ui.Px(4)), ImVec2(p.x + size.x, p.y + size.y),
                        colour::kAccent);
  }
  const float y = ImGui::GetItemRectMax().y;
  dl->AddLine(ImVec2(start.x, y), ImVec2(start.x + total_w, y), colour::kBorder);
  ImGui::Spacing();
  return clicked;
}

bool SecondaryButton(const std::string& label, ImVec2 size) {
  const bool clicked = ImGui::Button(label.c_str(), size);
  Focusable();
  return clicked;
}

bool SaveTyping(Ui& ui, const char* key, bool changed) {
  constexpr double kQuietSeconds = 0.8;  // a pause in typing long enough to save
  const ImGuiID id = ImGui::GetID(key);
  auto& typed = ui.view.typed;
  if (changed) typed[id] = ui.time;
  const bool left = ImGui::IsItemDeactivatedAfterEdit();
  const auto it = typed.find(id);
  if (it == typed.end()) return left;
  const double due = it->second + kQuietSeconds;
  if (left || ui.view.closing || ui.time >= due) {
    typed.erase(it);
    return true;
  }
  ui.view.redraw_at = ui.view.redraw_at > 0.0 ? std::min(ui.view.redraw_at, due) : due;
  return false;
}

bool FocusButton(const char* label, ImVec2 size) {
  const bool clicked = ImGui::Button(label, size);
  Focusable();
  return clicked;
}

bool FocusSelectable(const char* label, bool selected) {
  const bool clicked = ImGui::Selectable(label, selected);
  Focusable();
  return clicked;
}

bool FocusCheckbox(const char* label, bool* value) {
  const bool changed = ImGui::Checkbox(label, value);
  Focusable();
  return changed;
}

bool FocusRadio(const char* label, bool active) {
  const bool clicked = ImGui::RadioButton(label, active);
  Focusable();
  return clicked;
}

std::string WithoutFindings(const std::string& text, std::vector<std::string>& codes) {
  const std::size_t open = text.rfind(" (F-");
  if (open == std::string::npos) return text;
  const std::size_t close = text.find(')', open);
  if (close == std::string::npos) return text;
  // Only a list of codes: "(F-LINE)", "(F-LINE, F-MORE)".
  std::vector<std::string> found;
  std::string inside = text.substr(open + 2, close - open - 2);
  for (std::size_t at = 0; at <= inside.size();) {
    const std::size_t comma = std::min(inside.find(", ", at), inside.size());
    const std::string code = inside.substr(at, comma - at);
    if (code.size() < 3 || code.compare(0, 2, "F-") != 0 ||
        code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != std::string::npos)
      return text;
    found.push_back(code);
    at = comma + 2;
  }
  codes.insert(codes.end(), found.begin(), found.end());
  return text.substr(0, open) + text.substr(close + 1);
}

void FindingRefs(const Ui& ui, const std::vector<std::string>& codes) {
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, ui.Px(4));
    Pill(ui, codes[i], colour::kAccentSoft, colour::kHeader);
    if (ImGui::IsItemHovered() && ui.s.texts().Has(ui.s.lang(), "finding." + codes[i] + ".title"))
      ImGui::SetTooltip("%s", ui.T("finding." + codes[i] + ".title").c_str());
  }
}

std::string FitText(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  const std::string ellipsis = "\xE2\x80\xA6";
  std::string cut = text;
  while (!cut.empty()) {
    // Drop one UTF-8 character (its continuation bytes first).
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
    if (!cut.empty()) cut.pop_back();
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    if (ImGui::CalcTextSize((cut + ellipsis).c_str()).x <= width) break;
  }
  return cut + ellipsis;
}

bool ChosenButton(const std::string& label, bool chosen) {
  if (!chosen) return FocusButton(label.c_str());
  // White text stays on a dark fill when hovered or focused too (the default
  // hover colour is pale blue).
  ImGui::PushStyleColor(ImGuiCol_Button, colour::Vec(colour::kAccent));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour::Vec(colour::kHeader));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour::Vec(colour::kHeader));
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(colour::Rgb(255, 255, 255)));
  const bool clicked = ImGui::Button(label.c_str());
  Focusable();
  ImGui::PopStyleColor(4);
  return clicked;
}

bool ChoiceRow(const Ui& ui, const char* id, const std::string& title,
               const std::string& description, bool selected, Mark mark, ImU32 accent,
               const std::string& badge, bool enabled) {
  const float w = ImGui::GetContentRegionAvail().x;
  const float pad = ui.Px(10);
  const float mark_w = mark == Mark::kNone ? 0.0f : ui.Px(30);
  float badge_w = 0.0f;
  if (!badge.empty()) {
    ImGui::PushFont(ui.fonts.small);
    badge_w = ImGui::CalcTextSize(badge.c_str()).x + ui.Px(24);
    ImGui::PopFont();
  }
  const float text_w = std::max(ui.Px(80), w - 2 * pad - mark_w - badge_w);
  ImGui::PushFont(ui.fonts.bold);
  const ImVec2 th = ImGui::CalcTextSize(title.c_str(), nullptr, false, text_w);
  ImGui::PopFont();
  ImVec2 dh(0, 0);
  if (!description.empty()) {
    ImGui::PushFont(ui.fonts.small);
    dh = ImGui::CalcTextSize(description.c_str(), nullptr, false, text_w);
    ImGui::PopFont();
  }
  const float h = pad + th.y + (description.empty() ? 0.0f : ui.Px(3) + dh.y) + pad;

  ImGui::PushID(id);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float r = ui.Px(6);
  const bool clicked = Box("##row", selected, ImVec2(w, h), colour::kAccentSoft,
                           colour::Rgb(0xEE, 0xF4, 0xF9), 0, r, enabled);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 q(p.x + w, p.y + h);
  dl->AddRect(p, q, selected ? accent : colour::kBorder, r, 0, selected ? ui.Px(2) : 1.0f);
  if (selected)
    dl->AddRectFilled(p, ImVec2(p.x + ui.Px(5), q.y), accent, r, ImDrawFlags_RoundCornersLeft);
  const ImU32 text_col = enabled ? colour::kText : colour::kMuted;
  if (mark != Mark::kNone) {
    const float s = ui.Px(18);
    const ImVec2 c(p.x + pad + ui.Px(4), p.y + pad + ui.Px(2));
    if (mark == Mark::kCheck) {
      dl->AddRectFilled(c, ImVec2(c.x + s, c.y + s), selected ? accent : colour::kCard, ui.Px(3));
      dl->AddRect(c, ImVec2(c.x + s, c.y + s), selected ? accent : colour::kMuted, ui.Px(3), 0,
                  ui.Px(1.5f));
      if (selected) {
        const ImVec2 pts[3] = {ImVec2(c.x + s * 0.22f, c.y + s * 0.52f),
                               ImVec2(c.x + s * 0.42f, c.y + s * 0.72f),
                               ImVec2(c.x + s * 0.78f, c.y + s * 0.28f)};
        dl->AddPolyline(pts, 3, colour::Rgb(255, 255, 255), 0, ui.Px(2.2f));
      }
    } else {
      const ImVec2 m(c.x + s * 0.5f, c.y + s * 0.5f);
      dl->AddCircleFilled(m, s * 0.5f, colour::kCard, 24);
      dl->AddCircle(m, s * 0.5f, selected ? accent : colour::kMuted, 24, ui.Px(1.5f));
      if (selected) dl->AddCircleFilled(m, s * 0.28f, accent, 24);
    }
  }
  const float tx = p.x + pad + mark_w;
  ImGui::PushFont(ui.fonts.bold);
  dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(tx, p.y + pad), text_col,
              title.c_str(), nullptr, text_w);
  ImGui::PopFont();
  if (!description.empty())
    dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(tx, p.y + pad + th.y + ui.Px(3)),
                enabled ? colour::kMuted : colour::kFaint, description.c_str(), nullptr, text_w);
  if (!badge.empty()) {
    ImGui::PushFont(ui.fonts.small);
    const ImVec2 bs = ImGui::CalcTextSize(badge.c_str());
    ImGui::PopFont();
    const ImVec2 b0(q.x - pad - bs.x - ui.Px(16), p.y + pad);
    const ImVec2 b1(q.x - pad, b0.y + bs.y + ui.Px(6));
    dl->AddRectFilled(b0, b1, enabled ? colour::Rgb(0xF0, 0xED, 0xE6) : colour::kGrid,
                      (b1.y - b0.y) * 0.5f);
    dl->AddText(ui.fonts.small, ui.fonts.small->FontSize, ImVec2(b0.x + ui.Px(8), b0.y + ui.Px(3)),
                colour::kMuted, badge.c_str());
  }
  ImGui::PopID();
  return clicked && enabled;
}

int AnswerScale(const Ui& ui, const char* id, const std::string& scale, int value, bool large) {
  int clicked = 0;
  ImGui::PushID(id);
  const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.6f;
  const float w = (ImGui::GetContentRegionAvail().x - 4 * spacing) / 5.0f;
  ImFont* label_font = large ? ui.fonts.body : ui.fonts.small;
  float h = 0;
  for (int a = 1; a <= 5; ++a) {
    const std::string& label = ui.T("scale." + scale + "." + std::to_string(a));
    h = std::max(
        h,
        label_font->CalcTextSizeA(label_font->FontSize, FLT_MAX, w - ui.Px(12), label.c_str()).y);
  }
  h += (large ? ui.fonts.heading->FontSize : ui.fonts.bold->FontSize) + ui.Px(large ? 20 : 12);
  for (int a = 1; a <= 5; ++a) {
    if (a > 1) ImGui::SameLine(0, spacing);
    ImGui::PushID(a);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool sel = value == a;
    if (Box("##a", sel, ImVec2(w, h), colour::kAccent, colour::kAccentSoft, 0, ui.Px(6)))
      clicked = a;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 q(p.x + w, p.y + h);
    dl->AddRect(p, q, sel ? colour::kHeader : colour::kBorder, ui.Px(6));
    const ImU32 tc = sel ? colour::Rgb(255, 255, 255) : colour::kText;
    ImFont* nf = large ? ui.fonts.heading : ui.fonts.bold;
    const std::string n = std::to_string(a);
    const ImVec2 ns = nf->CalcTextSizeA(nf->FontSize, FLT_MAX, 0, n.c_str());
    dl->AddText(nf, nf->FontSize, ImVec2(p.x + (w - ns.x) * 0.5f, p.y + ui.Px(large ? 8 : 5)), tc,
                n.c_str());
    const std::string& label = ui.T("scale." + scale + "." + std::to_string(a));
    const float lw = w - ui.Px(12);
    // Centre each wrapped line of the label.
    float y = p.y + ui.Px(large ? 10 : 6) + ns.y;
    const char* s = label.c_str();
    const char* end = s + label.size();
    while (s < end) {
      const char* line_end = label_font->CalcWordWrapPositionA(1.0f, s, end, lw);
      if (line_end == s) line_end = s + 1;
      const ImVec2 ls = label_font->CalcTextSizeA(label_font->FontSize, FLT_MAX, 0, s, line_end);
      dl->AddText(label_font, label_font->FontSize, ImVec2(p.x + (w - ls.x) * 0.5f, y),
                  sel ? tc : colour::kMuted, s, line_end);
      y += label_font->FontSize;
      s = line_end;
      while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
    ImGui::PopID();
  }
  ImGui::PopID();
  return clicked;
}

void AnswerDots(int value, ImU32 c, float radius) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float h = ImGui::GetTextLineHeight();
  for (int a = 1; a <= 5; ++a) {
    const ImVec2 m(p.x + radius + static_cast<float>(a - 1) * radius * 2.7f, p.y + h * 0.5f);
    if (a <= value)
      dl->AddCircleFilled(m, radius, c, 16);
    else
      dl->AddCircle(m, radius - 0.5f, colour::kFaint, 16, 1.5f);
  }
  ImGui::Dummy(ImVec2(radius * 2.7f * 5, h));
}

void ValueBar(float value, ImVec2 size, ImU32 c) {
  // Centred on the text line, so that a label can follow on the same line.
  const float line = ImGui::GetTextLineHeight();
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const ImVec2 p(top.x, top.y + std::max(0.0f, (line - size.y) * 0.5f));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), colour::kGrid, size.y * 0.5f);
  const float v = std::clamp(value, 0.0f, 1.0f);
  if (v > 0)
    dl->AddRectFilled(p, ImVec2(p.x + std::max(size.y, size.x * v), p.y + size.y), c,
                      size.y * 0.5f);
  ImGui::Dummy(ImVec2(size.x, std::max(size.y, line)));
}

Columns BeginColumns(const Ui& ui, float left_share, float min_two_width) {
  Columns c;
  const float avail = ImGui::GetContentRegionAvail().x;
  c.gap = ui.Px(20);
  c.two = avail >= ui.Px(min_two_width);
  c.left_w = c.two ? (avail - c.gap) * left_share : avail;
  c.right_w = c.two ? avail - c.gap - c.left_w : avail;
  ImGui::BeginGroup();
  return c;
}

void NextColumn(const Columns& c) {
  ImGui::EndGroup();
  if (c.two)
    ImGui::SameLine(0, c.gap);
  else
    ImGui::Spacing();
  ImGui::BeginGroup();
}

void EndColumns() {
  ImGui::EndGroup();
}

void SetDecimalComma(bool comma) {
  g_decimal_comma = comma;
}

// Rounds to what will be shown, so a value that prints as zero carries no sign ("0,0", never
// "−0,0").
static double Shown(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double r = std::round(v * scale) / scale;
  return r == 0.0 ? 0.0 : r;
}

std::string Number(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, Shown(v, decimals));
  return Decimal(buf);
}

std::string Signed(double v, int decimals) {
  const double r = Shown(v, decimals);
  char buf[32];
  std::snprintf(buf, sizeof buf, r == 0.0 ? "%.*f" : "%+.*f", decimals, r);
  std::string s = Decimal(buf);
  if (!s.empty() && s[0] == '-') s.replace(0, 1, "\xE2\x88\x92");  // a real minus sign
  return s;
}

std::string ShownChange(double before, double after, int decimals) {
  return Signed(Shown(after, decimals) - Shown(before, decimals), decimals);
}

std::string Percent(double share, int decimals) {
  return Number(100.0 * share, decimals) + " %";
}

}  // namespace bip::ui
