// The reports' line chart: a legend wide enough for its longest name, and
// the colours a series asks for (the theme-day report uses the game's).
#include <gtest/gtest.h>

#include <regex>

#include "team_report.hpp"

namespace bip {
namespace {

int Attribute(const std::string& svg, const std::string& name) {
  std::smatch m;
  EXPECT_TRUE(std::regex_search(svg, m, std::regex(name + "=\"([0-9]+)\""))) << name;
  return m.empty() ? 0 : std::stoi(m[1]);
}

TEST(ReportChartTest, TheLegendFitsItsLongestName) {
  const std::string longest = "Trappstegsmodellens väg";  // 23 letters, 24 bytes
  const std::string svg = SvgLineChart({{"Salen", {50, 60}, {}}, {longest, {50, 48}, {}}}, 2, "t");
  const int width = Attribute(svg, "width");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(
      svg, m, std::regex("<text x=\"([0-9]+)\" y=\"[0-9]+\" font-size=\"11\">" + longest)));
  EXPECT_GE(width, std::stoi(m[1]) + 7 * 23) << "the name ends inside the picture";
}

TEST(ReportChartTest, ASeriesKeepsItsColour) {
  const std::string svg =
      SvgLineChart({{"Salen", {50, 60}, "#E07A1F"}, {"Karen", {50, 70}, {}}}, 2, "t");
  EXPECT_NE(svg.find("stroke=\"#E07A1F\""), std::string::npos);
  EXPECT_NE(svg.find("fill=\"#E07A1F\""), std::string::npos) << "the legend's swatch too";
}

}  // namespace
}  // namespace bip
