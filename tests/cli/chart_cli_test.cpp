// The quarterly sample's RAG summary chart through `clerk render` (issue
// 15): the numbers drawn in each format are the counts the text prints.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "clerk_process.h"

namespace {

namespace fs = std::filesystem;

using clerk::testing_support::Outcome;
using clerk::testing_support::RunClerk;
using clerk::testing_support::Slurp;

std::vector<std::string> All(const std::string& s, const std::string& pattern) {
  std::regex re(pattern);
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) {
    out.push_back((*it)[1].str());
  }
  return out;
}

TEST(ChartCli, TheRagSummaryShowsTheCountsTheTextPrints) {
  fs::path dir = fs::temp_directory_path() / "clerk-chart-cli";
  fs::remove_all(dir);
  fs::create_directories(dir);
  Outcome r = RunClerk("render samples/quarterly-update/report.xml --format text,flat,html "
                       "--out " + dir.string(), dir);
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string base = (dir / "send-quarterly-update-2023-q3").string();
  std::string text = Slurp(base + ".txt");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(
      text, m, std::regex(R"((\d+) of (\d+) actions complete; (\d+) Green, (\d+) Amber, (\d+) Red\.)")));
  const std::vector<std::string> counts = {m[1], m[3], m[4], m[5]};
  EXPECT_EQ(counts, (std::vector<std::string>{"16", "14", "10", "7"}));
  // Text: the chart's table and its alt text.
  EXPECT_NE(text.find("[Chart: Of " + m[2].str() + " actions: " + counts[0] + " complete, " +
                      counts[1] + " green, " + counts[2] + " amber, " + counts[3] + " red.]"),
            std::string::npos);
  // Word: the cached values of the chart part whose one series is
  // "Actions" (the RAG summary; the trend over quarters comes before it).
  std::string flat = Slurp(base + ".flat.xml");
  std::string chart;
  for (size_t part = flat.find("pkg:name=\"/word/charts/chart"); part != std::string::npos;
       part = flat.find("pkg:name=\"/word/charts/chart", part + 1)) {
    std::string candidate = flat.substr(part, flat.find("</pkg:part>", part) - part);
    if (candidate.find("<c:v>Actions</c:v>") != std::string::npos) chart = candidate;
  }
  ASSERT_FALSE(chart.empty());
  std::string cache = chart.substr(chart.find("<c:numCache>"));
  EXPECT_EQ(All(cache, "<c:v>([^<]*)</c:v>"), counts);
  // HTML: the labels drawn on the bars (after the four axis ticks) and the
  // data table's cells.
  std::string html = Slurp(base + ".html");
  size_t alt = html.find("aria-label=\"Of " + m[2].str() + " actions:");
  ASSERT_NE(alt, std::string::npos);
  size_t fig = html.rfind("<figure class=\"clerk-chart", alt);
  ASSERT_NE(fig, std::string::npos);
  std::string figure = html.substr(fig, html.find("</figure>", fig) - fig);
  std::string svg = figure.substr(0, figure.find("</svg>"));
  std::vector<std::string> drawn =
      All(svg.substr(svg.find("<rect")), "<text [^>]*text-anchor=\"middle\">([0-9]+)</text>");
  EXPECT_EQ(drawn, counts);
  EXPECT_EQ(All(figure, "<td class=\"[^\"]*\">([0-9]+)</td>"), counts);
  fs::remove_all(dir);
}

}  // namespace
