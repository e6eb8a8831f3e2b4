// One frame of the game: header, the current screen, the footer with the
// primary action, and the keys that work everywhere.
#include <SDL_scancode.h>

#include <algorithm>

#include "panel.hpp"
#include "team_desk.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;

bool Pressed(int scancode) {
  return ImGui::IsKeyPressed(scancode, false);
}

// The case's stepper belongs to the trainee's screens, not to the desks.
bool ShowsStepper(const GameSession& s) {
  return s.play() && s.screen() != Screen::kStart && s.screen() != Screen::kAbout &&
         s.screen() != Screen::kTeam && s.screen() != Screen::kRoom;
}

bool DigitPressed(int d) {
  return Pressed(SDL_SCANCODE_1 + d - 1) || Pressed(SDL_SCANCODE_KP_1 + d - 1);
}

void GlobalKeys(Ui& ui) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool typing = io.WantTextInput;
  if (Pressed(SDL_SCANCODE_F1))
    ui.Emit(ui.s.screen() == Screen::kAbout ? IntentKind::kClose : IntentKind::kOpenAbout);
  if (ui.s.author_mode() && Pressed(SDL_SCANCODE_F5)) ui.Emit(IntentKind::kReloadContent);
  if (io.KeyCtrl && Pressed(SDL_SCANCODE_L)) ui.Emit(IntentKind::kCycleLanguage);
  if (io.KeyCtrl && (Pressed(SDL_SCANCODE_EQUALS) || Pressed(SDL_SCANCODE_KP_PLUS))) {
    Intent i{IntentKind::kSetFontScale, {}, {}, 0, std::min(2.0, ui.s.font_scale() + 0.1), {}};
    ui.Emit(i);
  }
  if (io.KeyCtrl && (Pressed(SDL_SCANCODE_MINUS) || Pressed(SDL_SCANCODE_KP_MINUS))) {
    Intent i{IntentKind::kSetFontScale, {}, {}, 0, std::max(0.75, ui.s.font_scale() - 0.1), {}};
    ui.Emit(i);
  }
  if (io.KeyCtrl && Pressed(SDL_SCANCODE_0))
    ui.Emit(Intent{IntentKind::kSetFontScale, {}, {}, 0, 1.0, {}});
  if (typing || io.KeyCtrl) return;
  // Number keys: answers on the screens that ask a question.
  for (int d = 1; d <= 9; ++d) {
    if (!DigitPressed(d)) continue;
    switch (ui.s.screen()) {
      case Screen::kMeeting:
        if (d <= 5) ui.Emit(Intent{IntentKind::kBelief, {}, {}, d, 0.0, {}});
        break;
      case Screen::kSituation: {
        // The first event that has no answer yet, else the first one.
        const auto& events = ui.s.play()->pending_events();
        const Event* target = events.empty() ? nullptr : events.front();
        for (const Event* e : events)
          if (!ui.s.draft().choices.responses.count(e->id)) {
            target = e;
            break;
          }
        if (target && d <= static_cast<int>(target->responses.size()))
          ui.Emit(Intent{IntentKind::kRespond,
                         target->id,
                         target->responses[static_cast<std::size_t>(d - 1)].id,
                         0,
                         0.0,
                         {}});
        break;
      }
      case Screen::kDebrief:
        if (d <= kDebriefTabCount)
          ui.Emit(Intent{IntentKind::kDebriefTab,
                         std::string(DebriefTabName(static_cast<DebriefTab>(d - 1))),
                         {},
                         0,
                         0.0,
                         {}});
        break;
      default:
        break;
    }
  }
}

void Stepper(Ui& ui, ImVec2 p, float w, float h) {
  const GameSession& s = ui.s;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), colour::kCard);
  dl->AddLine(ImVec2(p.x, p.y + h - 1), ImVec2(p.x + w, p.y + h - 1), colour::kBorder);
  const Playthrough* play = s.play();
  if (!play) return;
  const float pad = ui.Px(24);
  ImFont* f = ui.fonts.body;
  ImFont* fb = ui.fonts.bold;
  const Screen cur = s.screen();
  // The quarter: "Quarter 3 of 12" and a segment bar, on the right.
  const int total = play->case_def().quarters;
  const int shown_q = cur == Screen::kResult || cur == Screen::kEnd || cur == Screen::kDebrief
                          ? static_cast<int>(play->history().size())
                          : std::min(total, play->quarter());
  const std::string qtext = ui.F("header.quarter_of", {{"n", std::to_string(std::max(1, shown_q))},
                                                       {"total", std::to_string(total)}});
  const ImVec2 qs = fb->CalcTextSizeA(fb->FontSize, FLT_MAX, 0, qtext.c_str());
  const float seg_w = ui.Px(14), seg_gap = ui.Px(3);
  const float bar_w = static_cast<float>(total) * seg_w + static_cast<float>(total - 1) * seg_gap;
  const float right = p.x + w - pad;
  const float bar_x = right - bar_w;
  const float mid = p.y + h * 0.5f;
  for (int q = 1; q <= total; ++q) {
    const float x = bar_x + static_cast<float>(q - 1) * (seg_w + seg_gap);
    ImU32 col = colour::kGrid;
    if (q <= static_cast<int>(play->history().size()))
      col = colour::kAccent;
    else if (q == play->quarter() && !play->finished())
      col = colour::kFocus;
    dl->AddRectFilled(ImVec2(x, mid - ui.Px(5)), ImVec2(x + seg_w, mid + ui.Px(5)), col, ui.Px(2));
    if (play->employed() && q == static_cast<int>(play->history().size()))
      dl->AddRectFilled(ImVec2(x, mid - ui.Px(5)), ImVec2(x + seg_w, mid + ui.Px(5)), colour::kGood,
                        ui.Px(2));
  }
  dl->AddText(fb, fb->FontSize, ImVec2(bar_x - qs.x - ui.Px(14), mid - qs.y * 0.5f), colour::kText,
              qtext.c_str());

  // The steps of the quarter.
  struct Step {
    Screen screen;
    std::string key;
  };
  std::vector<Step> steps = {
      {Screen::kBriefing, "step.briefing"},   {Screen::kMeeting, "step.meeting"},
      {Screen::kSituation, "step.situation"}, {Screen::kPlan, "step.plan"},
      {Screen::kSparring, "step.sparring"},   {Screen::kResult, "step.result"},
      {Screen::kDebrief, "step.debrief"}};
  const bool looking_back = cur == Screen::kEnd || cur == Screen::kDebrief;
  const bool has_situation = looking_back || !play->pending_events().empty() ||
                             (cur == Screen::kResult && !play->history().empty() &&
                              !play->history().back().events.empty());
  int cur_index = -1;
  for (std::size_t i = 0; i < steps.size(); ++i)
    if (steps[i].screen == cur || (cur == Screen::kEnd && steps[i].screen == Screen::kResult))
      cur_index = static_cast<int>(i);
  float x = p.x + pad;
  const float avail = bar_x - qs.x - ui.Px(40) - x;
  // When the labels do not fit: smaller labels, then only the current one.
  auto need = [&](ImFont* font, float sep) {
    float n = 0;
    for (const Step& st : steps)
      n +=
          font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, ui.T(st.key).c_str()).x + ui.Px(32) + sep;
    return n;
  };
  float sep = ui.Px(30);
  if (need(f, sep) > avail) {
    f = ui.fonts.small;
    fb = ui.fonts.small;
    sep = ui.Px(18);
  }
  const bool compact = need(f, sep) > avail;
  int number = 0;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const Step& st = steps[i];
    const bool skipped = st.screen == Screen::kSituation && !has_situation;
    ++number;
    const bool done = cur_index > static_cast<int>(i);
    const bool active = cur_index == static_cast<int>(i);
    const float r = ui.Px(12);
    const ImVec2 c(x + r, mid);
    ImU32 circle = colour::kGrid, text = colour::kMuted;
    if (active)
      circle = colour::kAccent, text = colour::kText;
    else if (done && !skipped)
      circle = colour::kGood, text = colour::kText;
    dl->AddCircleFilled(c, r, circle, 24);
    const std::string num = done && !skipped ? "\xE2\x9C\x93" : std::to_string(number);
    const ImVec2 ns =
        ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize * 0.85f, FLT_MAX, 0, num.c_str());
    dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize * 0.85f,
                ImVec2(c.x - ns.x * 0.5f, c.y - ns.y * 0.5f),
                active || (done && !skipped) ? colour::Rgb(255, 255, 255) : colour::kMuted,
                num.c_str());
    x += 2 * r + ui.Px(8);
    if (!compact || active) {
      const std::string& label = ui.T(st.key);
      ImFont* lf = active ? fb : f;
      const ImVec2 ls = lf->CalcTextSizeA(lf->FontSize, FLT_MAX, 0, label.c_str());
      dl->AddText(lf, lf->FontSize, ImVec2(x, mid - ls.y * 0.5f), skipped ? colour::kFaint : text,
                  label.c_str());
      if (skipped) dl->AddLine(ImVec2(x, mid), ImVec2(x + ls.x, mid), colour::kFaint);
      x += ls.x;
    }
    if (i + 1 < steps.size()) {
      dl->AddLine(ImVec2(x + ui.Px(6), mid), ImVec2(x + sep - ui.Px(6), mid), colour::kFaint,
                  ui.Px(2));
      x += sep;
    }
  }
}

// Author mode: what a reload (F5) found wrong, over the screen, one line per
// problem exactly as `bipgame check-content` prints it.
void ContentProblems(Ui& ui, float W, float H) {
  ImGui::SetNextWindowPos(ImVec2(W * 0.08f, H * 0.1f));
  ImGui::SetNextWindowSize(ImVec2(W * 0.84f, H * 0.8f));
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleColor(ImGuiCol_WindowBg, colour::Vec(colour::kCard));
  ImGui::PushStyleColor(ImGuiCol_Border, colour::Vec(colour::kBad));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, ui.Px(2));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.Px(24), ui.Px(20)));
  ImGui::Begin("##content_problems", nullptr, kFixed & ~ImGuiWindowFlags_NoBringToFrontOnFocus);
  Title(ui, ui.F("author.problems_title", {{"n", std::to_string(ui.s.content_problems().size())}}));
  Wrapped(ui.T("author.problems_hint"));
  ImGui::Spacing();
  ImGui::PushFont(ui.fonts.small);
  for (const std::string& line : ui.s.content_problems()) WrappedColoured(line, colour::kBad);
  ImGui::PopFont();
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(2);
}

}  // namespace

void DrawHeader(Ui& ui) {
  const GameSession& s = ui.s;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetWindowWidth();
  const float band = ui.Px(58);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(0, 0), ImVec2(w, p.y + band), colour::kHeader);
  // Title on the left, the case and profile next to it.
  ImFont* hf = ui.fonts.heading;
  const std::string& title = ui.T("app.title");
  const float ty = p.y + (band - hf->FontSize) * 0.5f;
  dl->AddText(hf, hf->FontSize, ImVec2(p.x + ui.Px(24), ty), colour::Rgb(255, 255, 255),
              title.c_str());
  float x =
      p.x + ui.Px(24) + hf->CalcTextSizeA(hf->FontSize, FLT_MAX, 0, title.c_str()).x + ui.Px(24);
  std::string who;
  if (const CaseDef* c = s.case_def(); c && s.screen() != Screen::kStart &&
                                       s.screen() != Screen::kAbout &&
                                       s.screen() != Screen::kTeam && s.screen() != Screen::kRoom)
    who = ui.F("header.case", {{"case", ui.T("case." + c->id + ".name")}});
  if (const ProfileInfo* pr = s.profile())
    who += (who.empty() ? "" : "   ·   ") + ui.F("header.player", {{"alias", pr->alias}});
  if (!who.empty()) {
    ImFont* bf = ui.fonts.body;
    dl->AddText(bf, bf->FontSize, ImVec2(x, p.y + (band - bf->FontSize) * 0.5f),
                colour::Rgb(0xD6, 0xE4, 0xEF), who.c_str());
  }
  if (s.author_mode()) {
    // A reminder that F5 reads the content again, under the title.
    ImFont* sf = ui.fonts.small;
    dl->AddText(sf, sf->FontSize, ImVec2(p.x + ui.Px(24), p.y + band - sf->FontSize - ui.Px(2)),
                colour::kFocus, ui.T("author.header").c_str());
  }
  // On the right: languages, text size, About.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.Px(10), ui.Px(5)));
  ImGui::PushStyleColor(ImGuiCol_Button, colour::Vec(colour::Rgb(0x24, 0x52, 0x78)));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour::Vec(colour::Rgb(0x2E, 0x66, 0x94)));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, colour::Vec(colour::Rgb(0x3A, 0x78, 0xA8)));
  ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(colour::Rgb(255, 255, 255)));
  ImGui::PushStyleColor(ImGuiCol_Border, colour::Vec(colour::Rgb(0x3A, 0x6A, 0x90)));
  const std::string about = ui.T("header.about") + "  F1";
  std::vector<std::string> buttons = {"SV", "DA", "EN", "A\xE2\x88\x92", "A+", about};
  float bw = 0;
  for (const std::string& b : buttons)
    bw += ImGui::CalcTextSize(b.c_str()).x + ui.Px(20) + ui.Px(6);
  bw += ui.Px(18) * 2;
  const float by = p.y + (band - ImGui::GetFrameHeight()) * 0.5f;
  ImGui::SetCursorScreenPos(ImVec2(p.x + w - bw - ui.Px(16), by));
  const char* langs[3] = {"sv", "da", "en"};
  for (int i = 0; i < 3; ++i) {
    const bool cur = s.lang() == langs[i];
    if (cur) ImGui::PushStyleColor(ImGuiCol_Button, colour::Vec(colour::kFocus));
    if (ImGui::Button(buttons[static_cast<std::size_t>(i)].c_str()))
      ui.Emit(Intent{IntentKind::kSetLanguage, langs[i], {}, 0, 0.0, {}});
    if (cur) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.T("header.language_tip").c_str());
    ImGui::SameLine(0, ui.Px(6));
  }
  ImGui::SameLine(0, ui.Px(18));
  if (ImGui::Button(buttons[3].c_str()))
    ui.Emit(Intent{IntentKind::kSetFontScale, {}, {}, 0, std::max(0.75, s.font_scale() - 0.1), {}});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.T("header.smaller_tip").c_str());
  ImGui::SameLine(0, ui.Px(6));
  if (ImGui::Button(buttons[4].c_str()))
    ui.Emit(Intent{IntentKind::kSetFontScale, {}, {}, 0, std::min(2.0, s.font_scale() + 0.1), {}});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.T("header.larger_tip").c_str());
  ImGui::SameLine(0, ui.Px(18));
  if (ImGui::Button(about.c_str()))
    ui.Emit(s.screen() == Screen::kAbout ? IntentKind::kClose : IntentKind::kOpenAbout);
  ImGui::PopStyleColor(5);
  ImGui::PopStyleVar();

  const bool stepper = ShowsStepper(s);
  if (stepper) Stepper(ui, ImVec2(0, p.y + band), w, ui.Px(50));
}

namespace {

void DrawFooter(Ui& ui, float height) {
  const GameSession& s = ui.s;
  const ImVec2 p = ImGui::GetWindowPos();
  const float w = ImGui::GetWindowWidth();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + height), colour::kCard);
  dl->AddLine(ImVec2(p.x, p.y + 1), ImVec2(p.x + w, p.y + 1), colour::kBorder, 1.0f);
  const Footer& f = ui.footer;
  const float bh = ImGui::GetFrameHeight() + ui.Px(8);
  const float y = p.y + (height - bh) * 0.5f;
  float left_end = p.x + ui.Px(24);
  if (f.has_back) {
    ImGui::SetCursorScreenPos(ImVec2(p.x + ui.Px(24), y));
    const std::string label = "\xE2\x86\x90  " + f.back_label + "   Esc";
    if (SecondaryButton(label, ImVec2(0, bh))) ui.Emit(f.back);
    left_end = ImGui::GetItemRectMax().x + ui.Px(20);
  }
  float right_start = p.x + w - ui.Px(24);
  if (f.has_primary) {
    const std::string label = f.primary_label + "   \xE2\x86\xB5 Enter";
    const float bw =
        ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + ui.Px(16);
    right_start -= bw;
    ImGui::SetCursorScreenPos(ImVec2(right_start, y));
    if (PrimaryButton(label, ImVec2(bw, bh), f.primary_enabled)) ui.Emit(f.primary);
  }
  // The middle: the latest notice for a while, else why the primary action
  // waits, else the keys.
  std::string text;
  ImU32 col = colour::kMuted;
  const Notice& n = s.notice();
  if (n.serial != 0 && n.serial != ui.view.notice_serial) {
    ui.view.notice_serial = n.serial;
    ui.view.notice_time = ui.time;
  }
  // Long notices stay long enough to be read (about 12 characters a second).
  const std::string notice_text = n.key.empty() ? std::string() : ui.F(n.key, n.args);
  const double notice_for =
      std::max(n.error ? 12.0 : 8.0, static_cast<double>(notice_text.size()) / 12.0);
  if (n.serial != 0 && !n.key.empty() && ui.time - ui.view.notice_time < notice_for) {
    const double ends = ui.view.notice_time + notice_for + 0.05;
    ui.view.redraw_at = ui.view.redraw_at > 0.0 ? std::min(ui.view.redraw_at, ends) : ends;
    text = notice_text;
    col = n.error ? colour::kBad : colour::kGood;
  } else if (!f.primary_enabled && !f.blocked_hint.empty()) {
    text = f.blocked_hint;
    col = colour::kWarn;
  } else {
    text = f.keys.empty() ? ui.T("footer.keys") : f.keys;
  }
  ImFont* sf = ui.fonts.small;
  const float avail = right_start - left_end - ui.Px(20);
  if (avail > ui.Px(60)) {
    const ImVec2 ts = sf->CalcTextSizeA(sf->FontSize, FLT_MAX, avail, text.c_str());
    dl->AddText(sf, sf->FontSize, ImVec2(left_end, p.y + (height - ts.y) * 0.5f), col, text.c_str(),
                nullptr, avail);
  }
}

}  // namespace

std::vector<Intent> DrawGame(const GameSession& s, const Fonts& fonts, ViewState& view,
                             bool animate) {
  std::vector<Intent> out;
  // Panels and the footer ask for a redraw at a time (a countdown's next
  // second, a notice's end) by taking the minimum with this.
  view.redraw_at = 0.0;
  Ui ui{s, fonts, view, out, Footer{}, animate, ImGui::GetTime()};
  SetDecimalComma(s.lang() != "en");
  const ImGuiIO& io = ImGui::GetIO();
  const float W = io.DisplaySize.x, H = io.DisplaySize.y;
  BeginTypingCarry(view.typing);
  KeepTypedTextOnEscape();
  const bool screen_changed = view.last_screen != s.screen();
  if (screen_changed) {
    view.last_screen = s.screen();
    view.focus_body = true;
    // A notice already shown belongs to the screen left behind; one that
    // came with this change (e.g. "the case has changed") is new and stays.
    if (s.notice().serial == view.notice_serial) view.notice_time = -1e9;
  }
  if (s.presenting()) {
    // The projector: one window, the room's panel draws and handles its keys.
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(W, H));
    if (view.focus_body) ImGui::SetNextWindowFocus();
    view.focus_body = false;
    // No fill of its own: the renderer clears to the projector's background.
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
    ImGui::Begin("##projector", nullptr, kFixed);
    HideFocus();
    DrawRoom(ui);
    ImGui::End();
    ImGui::PopStyleColor();
    EndTypingCarry(view.typing);
    return out;
  }
  const bool stepper = ShowsStepper(s);
  const float header_h = ui.Px(58) + (stepper ? ui.Px(50) : 0.0f);
  const float footer_h = ui.Px(68);

  // The screen body first, so that the footer knows its actions.
  ImGui::SetNextWindowPos(ImVec2(0, header_h));
  ImGui::SetNextWindowSize(ImVec2(W, std::max(10.0f, H - header_h - footer_h)));
  if (view.focus_body) ImGui::SetNextWindowFocus();
  const float max_w = ui.Px(1180);
  const float pad_x = std::max(ui.Px(28), (W - max_w) * 0.5f);
  // The renderer clears to the background colour: windows draw no background
  // of their own (a full-window fill costs the software renderer dearly).
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad_x, ui.Px(22)));
  ImGui::Begin("##body", nullptr,
               kFixed & ~ImGuiWindowFlags_NoScrollbar & ~ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  // A tab (the debrief's, the team desk's) is a page of its own: from its
  // top, the focus on its first control.
  const int tab = s.screen() == Screen::kDebrief ? static_cast<int>(s.debrief_tab())
                  : s.screen() == Screen::kTeam  ? 100 + static_cast<int>(s.team().tab())
                                                 : -1;
  const bool page_changed = screen_changed || tab != view.last_tab;
  view.last_tab = tab;
  if (page_changed) ImGui::SetScrollY(0.0f);
  view.focus_body = false;
  // The theme day's desk has keys of its own (room_desk); every other screen
  // moves its focus with the ring.
  const bool ring = s.screen() != Screen::kRoom;
  if (ring) BeginFocusFrame(view.focus, page_changed);
  switch (s.screen()) {
    case Screen::kStart:
      DrawStart(ui);
      break;
    case Screen::kAbout:
      DrawAbout(ui);
      break;
    case Screen::kBriefing:
      DrawBriefing(ui);
      break;
    case Screen::kMeeting:
      DrawMeeting(ui);
      break;
    case Screen::kSituation:
      DrawSituation(ui);
      break;
    case Screen::kPlan:
      DrawPlan(ui);
      break;
    case Screen::kSparring:
      DrawSparring(ui);
      break;
    case Screen::kResult:
      DrawResult(ui);
      break;
    case Screen::kEnd:
      DrawEnd(ui);
      break;
    case Screen::kDebrief:
      DrawDebrief(ui);
      break;
    case Screen::kTeam:
      DrawTeam(ui);
      break;
    case Screen::kRoom:
      HideFocus();
      DrawRoom(ui);
      break;
  }
  ImGui::Dummy(ImVec2(1, ui.Px(12)));
  if (ring) EndFocusFrame(view.focus);
  ImGui::End();

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(W, header_h));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  // Header and footer never keep the keyboard focus: it belongs to the body,
  // where every step can be reached with Tab and the arrow keys.
  constexpr ImGuiWindowFlags kBar = kFixed | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollbar |
                                    ImGuiWindowFlags_NoFocusOnAppearing;
  ImGui::Begin("##header", nullptr, kBar);
  DrawHeader(ui);
  const bool header_focused = ImGui::IsWindowFocused();
  ImGui::End();

  ImGui::SetNextWindowPos(ImVec2(0, H - footer_h));
  ImGui::SetNextWindowSize(ImVec2(W, footer_h));
  ImGui::Begin("##footer", nullptr, kBar);
  DrawFooter(ui, footer_h);
  const bool footer_focused = ImGui::IsWindowFocused();
  ImGui::End();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();

  if (!s.content_problems().empty()) ContentProblems(ui, W, H);

  // Keys: Enter runs the primary action, Escape goes back.
  const bool typing = io.WantTextInput;
  if (!typing && !io.KeyCtrl) {
    if (ui.footer.has_primary && ui.footer.primary_enabled &&
        (Pressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
         Pressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter))))
      ui.Emit(ui.footer.primary);
    if (Pressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
      if (s.screen() == Screen::kAbout || !s.content_problems().empty())
        ui.Emit(IntentKind::kClose);
      else if (ui.footer.has_back)
        ui.Emit(ui.footer.back);
    }
  }
  GlobalKeys(ui);
  // A click in the header or footer takes focus from the body; give it back.
  if (!out.empty() || ((header_focused || footer_focused) && !ImGui::IsAnyMouseDown()))
    view.focus_body = true;
  EndTypingCarry(view.typing);
  return out;
}

}  // namespace bip::ui
