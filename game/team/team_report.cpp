#include "team_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace bip {
namespace {

const InterventionDef* FindIntervention(const Content& c, const std::string& id) {
  for (const InterventionDef& d : c.model.interventions)
    if (d.id == id) return &d;
  return nullptr;
}

}  // namespace

const char* PlanKindKey(PlanKind k) {
  switch (k) {
    case PlanKind::kNone:
      return "team.plan.none";
    case PlanKind::kJobOnly:
      return "team.plan.job_only";
    case PlanKind::kOtherOnly:
      return "team.plan.other_only";
    case PlanKind::kCombinedWithJob:
      return "team.plan.combined";
  }
  return "team.plan.none";
}

int LinePlace(double percentile) {
  return std::clamp(static_cast<int>(std::lround(percentile)), 1, 100);
}

namespace {

constexpr std::array<const char*, 4> kBandKeys = {"team.beliefs.no", "team.beliefs.varies",
                                                  "team.beliefs.good", "team.beliefs.yes"};

std::string Names(const Content& c, const std::string& lang, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids)
    out += (out.empty() ? "" : ", ") + c.texts.Get(lang, "intervention." + id + ".name");
  return out;
}

constexpr std::array<const char*, 8> kColours = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd",
                                                 "#ff7f0e", "#17becf", "#8c564b", "#e377c2"};

std::string Pct(double v, const std::string& lang) {
  const std::string s = fmt::format("{:.1f}", v);
  return lang == "en" ? s : DecimalComma(v, 1);
}

std::string SvgBeliefBars(const BeliefProfile& team, const Texts& t, const std::string& lang) {
  // Two bars per band: the team and BIP's caseworkers.
  const int w = 520, h = 220, left = 40, bottom = 180, band_w = 115;
  std::string s = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img"><title>{}</title>)",
      w, h, w, h, HtmlEscape(t.Get(lang, "team.beliefs.title")));
  s += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#444"/>)", left, bottom, w - 10,
                   bottom);
  for (int p = 0; p <= 100; p += 25) {
    const double y = bottom - p * 1.6;
    s += fmt::format(R"(<text x="{}" y="{:.1f}" font-size="10" text-anchor="end">{}%</text>)",
                     left - 4, y + 3, p);
  }
  for (std::size_t b = 0; b < 4; ++b) {
    const double x = left + 10 + static_cast<double>(b) * band_w;
    const double tv = team.Share(b), bv = kBipBeliefShares[b];
    s += fmt::format(
        R"(<rect class="team" x="{:.1f}" y="{:.1f}" width="40" height="{:.1f}" fill="#1f77b4"><title>{}: {}%</title></rect>)",
        x, bottom - tv * 1.6, tv * 1.6, HtmlEscape(t.Get(lang, "team.beliefs.team")),
        Pct(tv, lang));
    s += fmt::format(
        R"(<rect class="bip" x="{:.1f}" y="{:.1f}" width="40" height="{:.1f}" fill="#aaaaaa"><title>BIP: {}%</title></rect>)",
        x + 44, bottom - bv * 1.6, bv * 1.6, Pct(bv, lang));
    s += fmt::format(R"(<text x="{:.1f}" y="{}" font-size="10" text-anchor="middle">{}</text>)",
                     x + 42, bottom + 14, HtmlEscape(t.Get(lang, kBandKeys[b])));
  }
  s += fmt::format(
      R"(<rect x="{}" y="200" width="10" height="10" fill="#1f77b4"/><text x="{}" y="209" font-size="10">{}</text>)",
      left, left + 14, HtmlEscape(t.Get(lang, "team.beliefs.team")));
  s += fmt::format(
      R"(<rect x="{}" y="200" width="10" height="10" fill="#aaaaaa"/><text x="{}" y="209" font-size="10">{}</text>)",
      left + 120, left + 134, HtmlEscape(t.Get(lang, "team.beliefs.bip")));
  return s + "</svg>";
}

// Text with its line breaks kept.
std::string HtmlLines(const std::string& text) {
  std::string out;
  for (char ch : HtmlEscape(text)) out += ch == '\n' ? std::string("<br>") : std::string(1, ch);
  return out;
}

// The team's sparring rounds (F-SPAR): the card or situation, and the notes.
std::string RoundsHtml(const TeamSession& session, const Texts& t, const std::string& lang) {
  if (session.rounds.empty()) return "";
  std::string h = "<section class=\"rounds\">\n<h2>" +
                  HtmlEscape(t.Get(lang, "team_desk.report.rounds")) + "</h2>\n";
  for (std::size_t i = 0; i < session.rounds.size(); ++i) {
    const SparringRound& r = session.rounds[i];
    h += "<h3>" +
         HtmlEscape(t.Format(lang, "team_desk.report.round", {{"n", std::to_string(i + 1)}})) +
         ": " +
         HtmlEscape(r.card.empty() ? t.Get(lang, "team_desk.report.own_situation")
                                   : t.Get(lang, "sparring." + r.card + ".name")) +
         "</h3>\n";
    if (!r.card.empty())
      h += "<p class=\"card\">" + HtmlEscape(t.Get(lang, "sparring." + r.card + ".description")) +
           "</p>\n";
    if (!r.situation.empty()) h += "<blockquote>" + HtmlLines(r.situation) + "</blockquote>\n";
    h += "<p><strong>" + HtmlEscape(t.Get(lang, "team_desk.report.notes")) + ":</strong> " +
         (r.notes.empty() ? "<em>" + HtmlEscape(t.Get(lang, "team_desk.report.no_notes")) + "</em>"
                          : HtmlLines(r.notes)) +
         "</p>\n";
  }
  return h + "</section>\n";
}

}  // namespace

std::size_t BeliefBand(int belief) {
  if (belief <= 2) return 0;
  if (belief == 3) return 1;
  if (belief == 4) return 2;
  return 3;
}

std::string EndedText(const Texts& texts, const std::string& lang, int job_quarter) {
  return job_quarter > 0
             ? texts.Format(lang, "team.ended_job", {{"n", std::to_string(job_quarter)}})
             : texts.Get(lang, "team.ended");
}

TeamComparison Compare(const Content& content, const TeamSession& session, const Texts& texts,
                       const std::string& lang, bool anonymous) {
  TeamComparison cmp;
  int longest = 0;
  for (std::size_t i = 0; i < session.participants.size(); ++i) {
    const ParticipantResult& p = session.participants[i];
    cmp.names.push_back(
        anonymous ? texts.Format(lang, "team.participant_n", {{"n", std::to_string(i + 1)}})
                  : p.alias);
    longest = std::max(longest, static_cast<int>(p.quarters.size()));
  }
  for (int q = 1; q <= longest; ++q) {
    QuarterComparison qc;
    qc.quarter = q;
    for (const ParticipantResult& p : session.participants) {
      ParticipantQuarter pq;
      if (q <= static_cast<int>(p.quarters.size())) {
        const QuarterResult& r = p.quarters[static_cast<std::size_t>(q - 1)];
        pq.played = true;
        bool job = false, other = false;
        for (const std::string& id : r.choices.interventions) {
          const InterventionDef* d = FindIntervention(content, id);
          const std::size_t g = d ? static_cast<std::size_t>(d->group) : 0;
          pq.by_group[g].push_back(id);
          (g == static_cast<std::size_t>(Group::kJobFocused) ? job : other) = true;
        }
        pq.plan = job && other ? PlanKind::kCombinedWithJob
                  : job        ? PlanKind::kJobOnly
                  : other      ? PlanKind::kOtherOnly
                               : PlanKind::kNone;
        pq.sparring = r.choices.sparring;
        pq.belief = r.choices.belief;
        pq.line_after = r.line_after;
        pq.job_within_year_after = r.job_within_year_after;
        pq.job = r.job;
        ++cmp.beliefs.counts[BeliefBand(pq.belief)];
        ++cmp.beliefs.total;
      } else if (!p.quarters.empty() && p.quarters.back().job) {
        pq.job_quarter = static_cast<int>(p.quarters.size());
      }
      qc.participants.push_back(std::move(pq));
    }
    // Divergence among those still playing.
    std::set<PlanKind> plans;
    std::set<std::string> sparrings;
    std::set<std::vector<std::string>> sets;
    int lo = 5, hi = 1, playing = 0;
    for (const ParticipantQuarter& pq : qc.participants) {
      if (!pq.played) continue;
      ++playing;
      plans.insert(pq.plan);
      sparrings.insert(pq.sparring);
      std::vector<std::string> all;
      for (const auto& g : pq.by_group) all.insert(all.end(), g.begin(), g.end());
      std::sort(all.begin(), all.end());
      sets.insert(all);
      lo = std::min(lo, pq.belief);
      hi = std::max(hi, pq.belief);
    }
    if (playing > 1) {
      if (plans.size() > 1) qc.question_keys.push_back("team.question.line");
      if (BeliefBand(lo) != BeliefBand(hi)) qc.question_keys.push_back("team.question.belief");
      if (sparrings.size() > 1) qc.question_keys.push_back("team.question.sparring");
      qc.diverged = sets.size() > 1 || plans.size() > 1 || sparrings.size() > 1 || lo != hi;
    }
    cmp.quarters.push_back(std::move(qc));
  }
  return cmp;
}

std::string HtmlEscape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

std::string DecimalComma(double v, int decimals) {
  std::string s = fmt::format("{:.{}f}", v, decimals);
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

std::string HtmlPageStart(const std::string& lang, const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"" + HtmlEscape(lang) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + HtmlEscape(title) +
         "</title>\n<style>\n"
         "body{font-family:system-ui,sans-serif;margin:2em "
         "auto;max-width:60em;color:#222;line-height:1.4}\n"
         "table{border-collapse:collapse;margin:.5em 0 1em;width:100%}th,td{border:1px solid "
         "#bbb;padding:.25em .5em;text-align:left;vertical-align:top}\n"
         "th{background:#eee;font-size:.9em}.rounds .card{font-style:italic}blockquote{margin:.5em "
         "0;padding-left:1em;border-left:3px solid #bbb}\n"
         "th{background:#eee}.diverged{color:#a00;font-weight:bold}.question{background:#fff6d5;"
         "padding:.5em;border-left:4px solid #e0b000}\n"
         "section{page-break-inside:avoid}svg{max-width:100%;height:auto}\n"
         "@media "
         "print{body{margin:0;max-width:none;font-size:10pt}section{break-inside:avoid}a{color:"
         "inherit}}\n"
         "</style>\n</head>\n<body>\n<h1>" +
         HtmlEscape(title) + "</h1>\n";
}

std::string HtmlPageEnd() {
  return "</body>\n</html>\n";
}

std::string SvgLineChart(const std::vector<SvgSeries>& series, int quarters,
                         const std::string& title) {
  std::size_t longest = 0;  // letters, not bytes: "Trappstegsmodellen", "Salen"
  for (const SvgSeries& sr : series)
    longest = std::max(
        longest, static_cast<std::size_t>(std::count_if(sr.name.begin(), sr.name.end(), [](char c) {
          return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        })));
  const int left = 40, top = 10, bottom = 230, h = 260;
  const int right = std::max(130, 34 + 7 * static_cast<int>(longest));
  const int w = 430 + right;
  const double plot_w = w - left - right, plot_h = bottom - top;
  const auto x_of = [&](int q) {
    return left + (quarters > 1 ? plot_w * (q - 1) / (quarters - 1) : plot_w / 2);
  };
  const auto y_of = [&](double v) { return bottom - plot_h * std::clamp(v, 0.0, 100.0) / 100.0; };
  std::string s = fmt::format(
      R"(<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img"><title>{}</title>)",
      w, h, w, h, HtmlEscape(title));
  for (int p = 0; p <= 100; p += 25)
    s += fmt::format(
        R"(<line x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}" stroke="#ddd"/><text x="{}" y="{:.1f}" font-size="10" text-anchor="end">{}</text>)",
        left, y_of(p), w - right, y_of(p), left - 4, y_of(p) + 3, p);
  for (int q = 1; q <= quarters; ++q)
    s += fmt::format(R"(<text x="{:.1f}" y="{}" font-size="10" text-anchor="middle">{}</text>)",
                     x_of(q), bottom + 14, q);
  for (std::size_t i = 0; i < series.size(); ++i) {
    const std::string colour =
        series[i].colour.empty() ? kColours[i % kColours.size()] : series[i].colour;
    std::string pts;
    for (std::size_t q = 0; q < series[i].values.size(); ++q)
      pts += fmt::format("{}{:.1f},{:.1f}", pts.empty() ? "" : " ", x_of(static_cast<int>(q) + 1),
                         y_of(series[i].values[q]));
    s += fmt::format(
        R"(<polyline class="series" fill="none" stroke="{}" stroke-width="2" points="{}"><title>{}</title></polyline>)",
        colour, pts, HtmlEscape(series[i].name));
    s += fmt::format(
        R"(<rect x="{}" y="{}" width="10" height="10" fill="{}"/><text x="{}" y="{}" font-size="11">{}</text>)",
        w - right + 10, top + 16 * static_cast<int>(i), colour, w - right + 24,
        top + 9 + 16 * static_cast<int>(i), HtmlEscape(series[i].name));
  }
  return s + "</svg>";
}

std::string TeamReportHtml(const Content& content, const TeamSession& session,
                           const TeamComparison& cmp, const std::string& lang) {
  const Texts& t = content.texts;
  std::string h =
      HtmlPageStart(lang, t.Format(lang, "team.report.title", {{"name", session.name}}));
  h += "<p>" +
       HtmlEscape(t.Format(lang, "team.report.summary",
                           {{"case", t.Get(lang, "case." + session.case_id + ".name")},
                            {"seed", std::to_string(session.seed)},
                            {"n", std::to_string(cmp.names.size())}})) +
       "</p>\n";
  // Line of 100 after each quarter.
  std::vector<SvgSeries> series;
  int quarters = static_cast<int>(cmp.quarters.size());
  for (std::size_t i = 0; i < cmp.names.size(); ++i) {
    SvgSeries sr{cmp.names[i], {}, {}};
    for (const QuarterComparison& q : cmp.quarters)
      if (q.participants[i].played) sr.values.push_back(q.participants[i].line_after);
    series.push_back(std::move(sr));
  }
  h += "<section>\n<h2>" + HtmlEscape(t.Get(lang, "team.chart.line")) + "</h2>\n" +
       SvgLineChart(series, std::max(quarters, 1), t.Get(lang, "team.chart.line")) +
       "\n</section>\n";
  h += "<section>\n<h2>" + HtmlEscape(t.Get(lang, "team.beliefs.title")) + "</h2>\n" +
       SvgBeliefBars(cmp.beliefs, t, lang) + "\n<table><tr><th></th>";
  for (const char* k : kBandKeys) h += "<th>" + HtmlEscape(t.Get(lang, k)) + "</th>";
  h += "</tr>\n<tr><th>" + HtmlEscape(t.Get(lang, "team.beliefs.team")) + "</th>";
  for (std::size_t b = 0; b < 4; ++b) h += "<td>" + Pct(cmp.beliefs.Share(b), lang) + " %</td>";
  h += "</tr>\n<tr><th>" + HtmlEscape(t.Get(lang, "team.beliefs.bip")) + "</th>";
  for (double v : kBipBeliefShares) h += "<td>" + Pct(v, lang) + " %</td>";
  h += "</tr></table>\n</section>\n";

  for (const QuarterComparison& q : cmp.quarters) {
    h += "<section>\n<h2>" +
         HtmlEscape(t.Format(lang, "team.report.quarter", {{"n", std::to_string(q.quarter)}})) +
         "</h2>\n";
    h += std::string("<p class=\"") + (q.diverged ? "diverged" : "same") + "\">" +
         HtmlEscape(t.Get(lang, q.diverged ? "team.diverged" : "team.same_path")) + "</p>\n";
    h += "<table><tr><th>" + HtmlEscape(t.Get(lang, "team.col.participant")) + "</th>";
    for (const char* g : kGroupIds)
      h += "<th>" + HtmlEscape(t.Get(lang, std::string("group.") + g + ".name")) + "</th>";
    h += "<th>" + HtmlEscape(t.Get(lang, "team.col.plan")) + "</th><th>" +
         HtmlEscape(t.Get(lang, "team.col.sparring")) + "</th><th>" +
         HtmlEscape(t.Get(lang, "team.col.belief")) + "</th><th>" +
         HtmlEscape(t.Get(lang, "team.col.line")) + "</th><th>" +
         HtmlEscape(t.Get(lang, "team.col.job_chance")) + "</th></tr>\n";
    for (std::size_t i = 0; i < q.participants.size(); ++i) {
      const ParticipantQuarter& p = q.participants[i];
      h += "<tr><td>" + HtmlEscape(cmp.names[i]) + "</td>";
      if (!p.played) {
        h += "<td colspan=\"9\">" + HtmlEscape(EndedText(t, lang, p.job_quarter)) + "</td></tr>\n";
        continue;
      }
      for (const auto& g : p.by_group)
        h += "<td>" + HtmlEscape(g.empty() ? "–" : Names(content, lang, g)) + "</td>";
      h += "<td>" + HtmlEscape(t.Get(lang, PlanKindKey(p.plan))) + "</td><td>" +
           HtmlEscape(t.Get(lang, "sparring." + p.sparring + ".name")) + "</td><td>" +
           HtmlEscape(t.Get(lang, "scale.belief." + std::to_string(p.belief))) + "</td><td>" +
           std::to_string(LinePlace(p.line_after)) + "</td><td>" +
           Pct(100 * p.job_within_year_after, lang) + " %" +
           (p.job ? " – " + HtmlEscape(t.Get(lang, "team.col.job")) : "") + "</td></tr>\n";
    }
    h += "</table>\n";
    for (const std::string& k : q.question_keys)
      h += "<p class=\"question\">" + HtmlEscape(t.Get(lang, k)) + "</p>\n";
    h += "</section>\n";
  }
  h += RoundsHtml(session, t, lang);
  return h + HtmlPageEnd();
}

std::string TeamReportCsv(const Content& content, const TeamComparison& cmp,
                          const std::string& lang) {
  const Texts& t = content.texts;
  std::string out = "\xEF\xBB\xBF";
  std::vector<std::string> header = {t.Get(lang, "team.col.participant"),
                                     t.Get(lang, "team.col.quarter")};
  for (const char* g : kGroupIds)
    header.push_back(t.Get(lang, std::string("group.") + g + ".name"));
  for (const char* k : {"team.col.plan", "team.col.sparring", "team.col.belief", "team.col.line",
                        "team.col.job_chance", "team.col.job"})
    header.push_back(t.Get(lang, k));
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (i) out += ';';
    out += CsvField(header[i]);
  }
  out += "\r\n";
  for (const QuarterComparison& q : cmp.quarters)
    for (std::size_t i = 0; i < q.participants.size(); ++i) {
      const ParticipantQuarter& p = q.participants[i];
      if (!p.played) continue;
      std::vector<std::string> row = {cmp.names[i], std::to_string(q.quarter)};
      for (const auto& g : p.by_group) row.push_back(Names(content, lang, g));
      row.push_back(t.Get(lang, PlanKindKey(p.plan)));
      row.push_back(t.Get(lang, "sparring." + p.sparring + ".name"));
      row.push_back(std::to_string(p.belief));
      row.push_back(DecimalComma(p.line_after, 1));
      row.push_back(DecimalComma(100 * p.job_within_year_after, 1));
      row.push_back(t.Get(lang, p.job ? "team.yes" : "team.no"));
      for (std::size_t c = 0; c < row.size(); ++c) {
        if (c) out += ';';
        out += CsvField(row[c]);
      }
      out += "\r\n";
    }
  return out;
}

}  // namespace bip
