#include "charts.hpp"

#include <algorithm>
#include <cmath>

#include "panel.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

constexpr float kPi = 3.14159265358979f;

// A filled polygon that is star-shaped around `centre`, as a triangle fan
// (ImGui 1.86 fills convex polygons only).
void FanFill(ImDrawList* dl, ImVec2 centre, const std::vector<ImVec2>& pts, ImU32 col) {
  const int n = static_cast<int>(pts.size());
  if (n < 3) return;
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  dl->PrimReserve(n * 3, n + 1);
  const auto base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
  dl->PrimWriteVtx(centre, uv, col);
  for (const ImVec2& p : pts) dl->PrimWriteVtx(p, uv, col);
  for (int i = 0; i < n; ++i) {
    dl->PrimWriteIdx(base);
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1 + i));
    dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1 + (i + 1) % n));
  }
}

ImU32 WithAlpha(ImU32 c, unsigned a) {
  return (c & 0x00FFFFFFu) | (a << 24);
}

void DrawFigure(ImDrawList* dl, ImVec2 foot, float w, float h, ImU32 col) {
  const float head_r = std::max(1.5f, w * 0.26f);
  const ImVec2 head(foot.x, foot.y - h + head_r);
  dl->AddCircleFilled(head, head_r, col, 12);
  const float body_top = head.y + head_r + std::max(1.0f, h * 0.04f);
  const float half = std::max(1.0f, w * 0.34f);
  dl->AddRectFilled(ImVec2(foot.x - half, body_top), ImVec2(foot.x + half, foot.y - h * 0.28f), col,
                    half * 0.6f);
  const float leg = std::max(0.6f, w * 0.12f);
  dl->AddRectFilled(ImVec2(foot.x - half + 0.2f, foot.y - h * 0.3f),
                    ImVec2(foot.x - half + 0.2f + leg * 1.6f, foot.y), col);
  dl->AddRectFilled(ImVec2(foot.x + half - 0.2f - leg * 1.6f, foot.y - h * 0.3f),
                    ImVec2(foot.x + half - 0.2f, foot.y), col);
}

}  // namespace

int PlaceOf(double percentile) {
  return std::clamp(static_cast<int>(std::lround(percentile)), 1, 100);
}

void RadarChart(const Ui& ui, const char* id, const std::vector<std::string>& labels,
                const std::vector<RadarSeries>& series, ImVec2 size) {
  ImGui::PushID(id);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 c(p.x + size.x * 0.5f, p.y + size.y * 0.5f);
  const float label_room = ui.Px(104);
  const float radius =
      std::max(ui.Px(40), std::min(size.x * 0.5f - label_room, size.y * 0.5f - ui.Px(34)));
  const int n = static_cast<int>(kIndicatorCount);
  auto at = [&](int i, double v) {
    const float a = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
    const float r = radius * static_cast<float>(std::clamp(v, 0.0, 5.0) / 5.0);
    return ImVec2(c.x + std::cos(a) * r, c.y + std::sin(a) * r);
  };
  // Rings at answers 1-5 and the spokes.
  for (int ring = 1; ring <= 5; ++ring) {
    std::vector<ImVec2> pts;
    for (int i = 0; i < n; ++i) pts.push_back(at(i, ring));
    dl->AddPolyline(pts.data(), n, ring == 5 ? colour::kFaint : colour::kGrid, ImDrawFlags_Closed,
                    ring == 5 ? 1.5f : 1.0f);
  }
  for (int i = 0; i < n; ++i) dl->AddLine(c, at(i, 5), colour::kGrid, 1.0f);
  ImFont* small = ui.fonts.small;
  for (int ring = 1; ring <= 5; ++ring) {
    const std::string s = std::to_string(ring);
    const ImVec2 q = at(0, ring);
    dl->AddText(small, small->FontSize * 0.85f,
                ImVec2(q.x + ui.Px(3), q.y - small->FontSize * 0.9f), colour::kMuted, s.c_str());
  }
  // Series: fills first, outlines on top.
  for (const RadarSeries& s : series) {
    std::vector<ImVec2> pts;
    for (int i = 0; i < n; ++i) pts.push_back(at(i, s.values[static_cast<std::size_t>(i)]));
    if (s.fill) FanFill(dl, c, pts, WithAlpha(s.colour, 60));
  }
  for (const RadarSeries& s : series) {
    std::vector<ImVec2> pts;
    for (int i = 0; i < n; ++i) pts.push_back(at(i, s.values[static_cast<std::size_t>(i)]));
    dl->AddPolyline(pts.data(), n, s.colour, ImDrawFlags_Closed, ui.Px(s.thickness));
    for (const ImVec2& q : pts) dl->AddCircleFilled(q, ui.Px(s.thickness + 1.2f), s.colour, 10);
  }
  // Labels around the outside, wrapped.
  for (int i = 0; i < n && i < static_cast<int>(labels.size()); ++i) {
    const float a = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
    const float ca = std::cos(a), sa = std::sin(a);
    const std::string& text = labels[static_cast<std::size_t>(i)];
    // Wrap between words only: a long Danish or Swedish compound stays whole.
    float wrap = label_room - ui.Px(8);
    for (std::size_t from = 0; from < text.size();) {
      const std::size_t to = std::min(text.find(' ', from), text.size());
      wrap = std::max(wrap, small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, text.data() + from,
                                                 text.data() + to)
                                    .x +
                                1);
      from = to + 1;
    }
    const ImVec2 ts = small->CalcTextSizeA(small->FontSize, FLT_MAX, wrap, text.c_str());
    ImVec2 anchor(c.x + ca * (radius + ui.Px(10)), c.y + sa * (radius + ui.Px(10)));
    ImVec2 pos;
    if (ca > 0.25f)
      pos.x = anchor.x;
    else if (ca < -0.25f)
      pos.x = anchor.x - ts.x;
    else
      pos.x = anchor.x - ts.x * 0.5f;
    if (sa > 0.25f)
      pos.y = anchor.y;
    else if (sa < -0.25f)
      pos.y = anchor.y - ts.y;
    else
      pos.y = anchor.y - ts.y * 0.5f;
    // Centre each line within the label's box.
    const char* s = text.c_str();
    const char* end = s + text.size();
    float y = pos.y;
    while (s < end) {
      const char* le = small->CalcWordWrapPositionA(1.0f, s, end, wrap);
      if (le == s) le = s + 1;
      const ImVec2 ls = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, s, le);
      float x = pos.x + (ts.x - ls.x) * 0.5f;
      if (ca > 0.25f)
        x = pos.x;
      else if (ca < -0.25f)
        x = pos.x + ts.x - ls.x;
      dl->AddText(small, small->FontSize, ImVec2(x, y), colour::kText, s, le);
      y += small->FontSize;
      s = le;
      while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
  }
  ImGui::PopID();
}

void DrawLineOf100(const Ui& ui, const char* id, double from, double to, float t, float height) {
  ImGui::PushID(id);
  const float w = ImGui::GetContentRegionAvail().x;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImFont* small = ui.fonts.small;
  const float label_h = small->FontSize + ui.Px(4);
  // Rows: the end labels, the arrow, the figures, the scale; the arrow has a
  // row of its own so it never covers "about to start" at places 98-100.
  ImGui::Dummy(ImVec2(w, height + 2 * label_h + ui.Px(18)));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float step = w / 100.0f;
  const float fig_w = step * 0.8f;
  const float top = p.y + label_h + ui.Px(16);
  const float foot = top + height;
  const float e = t <= 0 ? 0.0f : t >= 1 ? 1.0f : 1.0f - std::pow(1.0f - t, 3.0f);
  const double now = from + (to - from) * e;
  const int now_place = std::clamp(static_cast<int>(std::lround(now)), 1, 100);
  const int from_place = std::clamp(static_cast<int>(std::lround(from)), 1, 100);
  for (int i = 1; i <= 100; ++i) {
    const float x = p.x + step * (static_cast<float>(i) - 0.5f);
    ImU32 col = colour::kFaint;
    if (i == from_place && from_place != now_place) col = colour::kStart;
    if (i != now_place) DrawFigure(dl, ImVec2(x, foot), fig_w, height * 0.72f, col);
  }
  // The citizen: larger, in the accent colour, with a marker above.
  const float x_now = p.x + step * (static_cast<float>(now) - 0.5f);
  const float x_from = p.x + step * (static_cast<float>(from) - 0.5f);
  if (std::abs(to - from) >= 0.5) {
    const float y = top - ui.Px(6);
    const ImU32 col = to > from ? colour::kGood : colour::kBad;
    dl->AddLine(ImVec2(x_from, y), ImVec2(x_now, y), col, ui.Px(3));
    const float dir = to > from ? 1.0f : -1.0f;
    dl->AddTriangleFilled(ImVec2(x_now + dir * ui.Px(7), y),
                          ImVec2(x_now - dir * ui.Px(2), y - ui.Px(6)),
                          ImVec2(x_now - dir * ui.Px(2), y + ui.Px(6)), col);
    dl->AddCircleFilled(ImVec2(x_from, y), ui.Px(4), colour::kStart, 12);
  }
  DrawFigure(dl, ImVec2(x_now, foot), std::max(fig_w * 1.7f, ui.Px(12)), height, colour::kFocus);
  // Scale underneath: 1, 25, 50, 75, 100 and the citizen's place.
  dl->AddLine(ImVec2(p.x, foot + ui.Px(3)), ImVec2(p.x + w, foot + ui.Px(3)), colour::kBorder,
              1.0f);
  for (int mark : {1, 25, 50, 75, 100}) {
    const std::string s = std::to_string(mark);
    const ImVec2 ts = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, s.c_str());
    float x = p.x + step * (static_cast<float>(mark) - 0.5f) - ts.x * 0.5f;
    x = std::clamp(x, p.x, p.x + w - ts.x);
    dl->AddText(small, small->FontSize, ImVec2(x, foot + ui.Px(6)), colour::kMuted, s.c_str());
  }
  const std::string left = ui.T("line.far");
  const std::string right = ui.T("line.near");
  dl->AddText(small, small->FontSize, ImVec2(p.x, p.y), colour::kMuted, left.c_str());
  const ImVec2 rs = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, right.c_str());
  dl->AddText(small, small->FontSize, ImVec2(p.x + w - rs.x, p.y), colour::kMuted, right.c_str());
  ImGui::PopID();
}

void LineChart(const Ui& ui, const char* id, const std::vector<LineSeries>& series, double y_min,
               double y_max, int x_count, bool percent, ImVec2 size) {
  ImGui::PushID(id);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* small = ui.fonts.small;
  const float left = ui.Px(percent ? 52 : 40);
  const float bottom = small->FontSize + ui.Px(10);
  const ImVec2 a(p.x + left, p.y + ui.Px(8));
  const ImVec2 b(p.x + size.x - ui.Px(10), p.y + size.y - bottom);
  if (y_max <= y_min) y_max = y_min + 1;
  const int xs = std::max(2, x_count);
  auto X = [&](double i) { return a.x + static_cast<float>(i / (xs - 1)) * (b.x - a.x); };
  auto Y = [&](double v) {
    return b.y - static_cast<float>((v - y_min) / (y_max - y_min)) * (b.y - a.y);
  };
  // Grid: five lines with labels.
  for (int k = 0; k <= 4; ++k) {
    const double v = y_min + (y_max - y_min) * k / 4.0;
    const float y = Y(v);
    dl->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), k == 0 ? colour::kFaint : colour::kGrid, 1.0f);
    const std::string s = percent ? Number(v, y_max - y_min < 10 ? 1 : 0) + " %" : Number(v, 0);
    const ImVec2 ts = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, s.c_str());
    dl->AddText(small, small->FontSize, ImVec2(a.x - ts.x - ui.Px(6), y - ts.y * 0.5f),
                colour::kMuted, s.c_str());
  }
  // x labels: Start, then quarters (thinned when crowded).
  const float min_gap = ui.Px(42);
  const int every = std::max(
      1, static_cast<int>(std::ceil(min_gap / ((b.x - a.x) / static_cast<float>(xs - 1)))));
  for (int i = 0; i < xs; ++i) {
    if (i % every != 0 && i != xs - 1) continue;
    const std::string s =
        i == 0 ? ui.T("chart.start") : ui.F("chart.quarter_short", {{"n", std::to_string(i)}});
    const ImVec2 ts = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, s.c_str());
    dl->AddText(small, small->FontSize,
                ImVec2(std::min(X(i) - ts.x * 0.5f, b.x - ts.x + ui.Px(8)), b.y + ui.Px(5)),
                colour::kMuted, s.c_str());
  }
  dl->PushClipRect(ImVec2(a.x - ui.Px(6), a.y - ui.Px(6)), ImVec2(b.x + ui.Px(8), b.y + ui.Px(6)),
                   true);
  for (const LineSeries& s : series) {
    std::vector<ImVec2> pts;
    for (std::size_t i = 0; i < s.y.size(); ++i)
      pts.push_back(ImVec2(X(static_cast<double>(i)), Y(s.y[i])));
    if (pts.size() >= 2)
      dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), s.colour, 0, ui.Px(s.thickness));
    for (const ImVec2& q : pts) dl->AddCircleFilled(q, ui.Px(s.thickness + 1.0f), s.colour, 10);
    if (s.job_at > 0 && s.job_at < static_cast<int>(pts.size())) {
      const ImVec2 q = pts[static_cast<std::size_t>(s.job_at)];
      dl->AddCircleFilled(q, ui.Px(8), colour::kGood, 16);
      dl->AddCircle(q, ui.Px(8), colour::Rgb(255, 255, 255), 16, ui.Px(2));
    }
  }
  dl->PopClipRect();
  ImGui::PopID();
}

void Legend(const Ui& ui, const std::vector<std::pair<std::string, ImU32>>& items) {
  ImGui::PushFont(ui.fonts.small);
  bool first = true;
  for (const auto& [label, col] : items) {
    const float sw = ui.Px(14);
    const float w = sw + ui.Px(6) + ImGui::CalcTextSize(label.c_str()).x;
    if (!first) {
      ImGui::SameLine(0, ui.Px(18));
      if (ImGui::GetContentRegionAvail().x < w) ImGui::NewLine();
    }
    first = false;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.5f - ui.Px(3)),
                                              ImVec2(p.x + sw, p.y + h * 0.5f + ui.Px(3)), col,
                                              ui.Px(3));
    ImGui::Dummy(ImVec2(sw, h));
    ImGui::SameLine(0, ui.Px(6));
    ImGui::TextUnformatted(label.c_str());
  }
  ImGui::PopFont();
}

}  // namespace bip::ui
