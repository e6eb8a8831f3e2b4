#pragma once
// Charts drawn with ImDrawList: the star (radar) chart of the 11
// indicators, the line of 100 figures, line charts over quarters, a legend.
#include <imgui.h>

#include <string>
#include <vector>

#include "indicators.hpp"

namespace bip::ui {

struct Ui;

struct RadarSeries {
  IndicatorValues values{};
  ImU32 colour = 0;
  bool fill = false;
  float thickness = 2.0f;
};
// `labels` has one entry per indicator. Values on the 1-5 scale.
void RadarChart(const Ui& ui, const char* id, const std::vector<std::string>& labels,
                const std::vector<RadarSeries>& series, ImVec2 size);

// 100 figures in a row; the citizen moves from place `from` to `to` (1-100)
// as `t` goes from 0 to 1.
void DrawLineOf100(const Ui& ui, const char* id, double from, double to, float t, float height);

struct LineSeries {
  std::string label;
  std::vector<double> y;  // index 0 = start, then one per quarter
  ImU32 colour = 0;
  float thickness = 2.0f;
  int job_at = 0;  // index where a job came (0: none)
};
// x runs over 0..x_count-1 ("Start", "Q1", ...). `percent` labels the y axis in %.
void LineChart(const Ui& ui, const char* id, const std::vector<LineSeries>& series, double y_min,
               double y_max, int x_count, bool percent, ImVec2 size);

// One colour swatch and label per series, on one line (wrapping).
void Legend(const Ui& ui, const std::vector<std::pair<std::string, ImU32>>& items);

// A place 1-100 from a percentile on the line.
int PlaceOf(double percentile);

}  // namespace bip::ui
