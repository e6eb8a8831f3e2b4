// A vote of the room: the question and the options large; the facilitator
// types the counts (per table when the day has tables) and closes the vote;
// then the distribution is shown and the facilitator may play another option.
#include <SDL_scancode.h>
#include <imgui_internal.h>

#include <algorithm>
#include <numeric>

#include "panel_room.hpp"
#include "widgets.hpp"

namespace bip::ui {
namespace {

constexpr std::size_t kMaxDigits = 6;

std::string VoteKey(const RoomDesk& d, const RoomStep& v) {
  std::string key = std::to_string(d.play()->quarter()) + "/" + std::to_string(d.vote_index()) +
                    "/" + v.kind + "/" + v.event;
  for (const std::string& o : v.options) key += "/" + o;
  return key;
}

std::size_t Rows(const Room& r) {
  return r.tables > 0 ? static_cast<std::size_t>(r.tables) : 1;
}

void EntryKeys(Ui& ui, const RoomDesk& d, const RoomStep& vote) {
  RoomView& v = ui.view.room;
  const std::size_t n = vote.options.size(), cells = v.cells.size();
  std::string& cell = v.cells[v.cursor];
  if (const int digit = DigitHit(); digit >= 0 && cell.size() < kMaxDigits) {
    if (cell == "0") cell.clear();
    cell += static_cast<char>('0' + digit);
  }
  if (KeyHit(SDL_SCANCODE_BACKSPACE, true) && !cell.empty()) cell.pop_back();
  if (KeyHit(SDL_SCANCODE_DELETE)) cell.clear();
  const bool back = ImGui::GetIO().KeyShift;
  if ((KeyHit(SDL_SCANCODE_TAB, true) && !back) || KeyHit(SDL_SCANCODE_RIGHT, true))
    v.cursor = (v.cursor + 1) % cells;
  if ((KeyHit(SDL_SCANCODE_TAB, true) && back) || KeyHit(SDL_SCANCODE_LEFT, true))
    v.cursor = (v.cursor + cells - 1) % cells;
  if (KeyHit(SDL_SCANCODE_DOWN, true) && v.cursor + n < cells) v.cursor += n;
  if (KeyHit(SDL_SCANCODE_UP, true) && v.cursor >= n) v.cursor -= n;
  if (EnterHit()) ui.Emit(RoomIntent("close_vote", {}, 0, v.cells));
  if (vote.kind == "plan" && KeyHit(SDL_SCANCODE_R)) {
    v.composing = true;
    v.compose = d.room()->current ? d.room()->current->room_plan : std::vector<std::string>{};
    v.compose_cursor = 0;
  }
  const bool untouched =
      std::all_of(v.cells.begin(), v.cells.end(), [](const std::string& c) { return c.empty(); });
  if (KeyHit(SDL_SCANCODE_P) && d.vote_index() == 0 && untouched) ui.Emit(RoomIntent("pause"));
  if (KeyHit(SDL_SCANCODE_ESCAPE)) AskLeave(ui);
}

void ComposeKeys(Ui& ui, const CaseDef& c) {
  RoomView& v = ui.view.room;
  const std::size_t n = c.palette.size();
  if (n == 0) return;
  if (KeyHit(SDL_SCANCODE_DOWN, true)) v.compose_cursor = (v.compose_cursor + 1) % n;
  if (KeyHit(SDL_SCANCODE_UP, true)) v.compose_cursor = (v.compose_cursor + n - 1) % n;
  if (KeyHit(SDL_SCANCODE_HOME)) v.compose_cursor = 0;
  if (KeyHit(SDL_SCANCODE_END)) v.compose_cursor = n - 1;
  if (KeyHit(SDL_SCANCODE_DOWN, true) || KeyHit(SDL_SCANCODE_UP, true) ||
      KeyHit(SDL_SCANCODE_HOME) || KeyHit(SDL_SCANCODE_END))
    v.compose_follow = true;
  if (KeyHit(SDL_SCANCODE_SPACE)) {
    const std::string& id = c.palette[v.compose_cursor];
    const auto it = std::find(v.compose.begin(), v.compose.end(), id);
    if (it == v.compose.end())
      v.compose.push_back(id);
    else
      v.compose.erase(it);
  }
  if (EnterHit()) {
    ui.Emit(RoomIntent("compose", {}, 0, v.compose));
    v.composing = false;
  }
  if (KeyHit(SDL_SCANCODE_ESCAPE)) v.composing = false;
}

void ClosedKeys(Ui& ui, const RoomDesk& d, const RoomStep& vote) {
  const int digit = DigitHit();
  if (digit >= 1 && digit <= static_cast<int>(vote.options.size()))
    ui.Emit(RoomIntent("override", {}, digit));
  if (EnterHit()) ui.Emit(RoomIntent("next"));
  if (KeyHit(SDL_SCANCODE_ESCAPE)) ui.Emit(RoomIntent("reopen_vote"));
  (void)d;
}

void Question(Ui& ui, const RoomDesk& d, const RoomStep& vote, const RoomLook& look) {
  const CaseDef& c = d.play()->case_def();
  const std::string name = ui.T("case." + c.id + ".name");
  ImFont* tf = ui.fonts.title;
  if (vote.kind == "belief") {
    BigText(tf, tf->FontSize, ui.F("room_desk.question.belief", {{"name", name}}), look.text);
    WrappedColoured(ui.T("room_desk.question.belief_hint"), look.muted);
  } else if (vote.kind == "response") {
    const std::string base = "case." + c.id + ".event." + vote.event;
    BigText(tf, tf->FontSize, ui.T(base + ".title"), look.text);
    WrappedColoured(ui.T(base + ".text"), look.muted);
    ImGui::Spacing();
    Heading(ui, ui.T("room_desk.question.response"));
  } else if (vote.kind == "plan") {
    BigText(tf, tf->FontSize, ui.F("room_desk.question.plan", {{"name", name}}), look.text);
    WrappedColoured(ui.T("room_desk.question.plan_hint"), look.muted);
  } else {
    BigText(tf, tf->FontSize, ui.T("room_desk.question.sparring"), look.text);
    WrappedColoured(ui.T("room_desk.question.sparring_hint"), look.muted);
  }
}

// The options as large rows; after the vote each with its bar and share.
void Options(Ui& ui, const RoomDesk& d, const RoomStep& vote, const RoomLook& look) {
  const bool closed = d.vote_closed();
  const int total =
      closed ? std::accumulate(vote.tally.votes.begin(), vote.tally.votes.end(), 0) : 0;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float w = ImGui::GetContentRegionAvail().x;
  ImFont* hf = ui.fonts.heading;
  ImFont* bf = ui.fonts.body;
  for (std::size_t i = 0; i < vote.options.size(); ++i) {
    const std::string label =
        RoomStepOptionLabel(ui.s.content(), d.play()->case_def().id, vote, i, ui.s.lang());
    // A plan's interventions under its name (none: the name says it).
    const bool has_detail = vote.kind == "plan" && i < d.plan_interventions().size() &&
                            !d.plan_interventions()[i].empty();
    const std::string detail = has_detail ? PlanNames(ui, d.plan_interventions()[i]) : "";
    const bool played = closed && i == vote.tally.played;
    const float pad = ui.Px(6), badge = hf->FontSize * 1.25f;
    const float text_x = badge + pad * 3;
    const float text_w = w * (closed ? 0.55f : 1.0f) - text_x - pad;
    const ImVec2 ls = hf->CalcTextSizeA(hf->FontSize, FLT_MAX, text_w, label.c_str());
    const ImVec2 ds = detail.empty()
                          ? ImVec2(0, 0)
                          : bf->CalcTextSizeA(bf->FontSize, FLT_MAX, text_w, detail.c_str());
    const float h = std::max(badge, ls.y + (detail.empty() ? 0 : ds.y + ui.Px(2))) + pad * 2;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    // A click plays this option (the keyboard: its number) once the vote is closed.
    if (ImGui::InvisibleButton("##option", ImVec2(w, h)) && closed)
      ui.Emit(RoomIntent("override", {}, static_cast<std::int64_t>(i + 1)));
    ImGui::PopItemFlag();
    ImGui::PopID();
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), look.card, ui.Px(8));
    dl->AddRect(p, ImVec2(p.x + w, p.y + h), played ? look.played : look.border, ui.Px(8), 0,
                played ? ui.Px(4) : ui.Px(1));
    const ImVec2 bc(p.x + pad + badge * 0.5f, p.y + h * 0.5f);
    dl->AddCircleFilled(bc, badge * 0.5f, played ? look.played : look.bar, 32);
    const std::string num = std::to_string(i + 1);
    const ImVec2 ns = hf->CalcTextSizeA(hf->FontSize, FLT_MAX, 0, num.c_str());
    dl->AddText(hf, hf->FontSize, ImVec2(bc.x - ns.x * 0.5f, bc.y - ns.y * 0.5f),
                colour::Rgb(0x10, 0x14, 0x1A), num.c_str());
    const float ty = p.y + (h - ls.y - (detail.empty() ? 0 : ds.y + ui.Px(2))) * 0.5f;
    dl->AddText(hf, hf->FontSize, ImVec2(p.x + text_x, ty), look.text, label.c_str(), nullptr,
                text_w);
    if (!detail.empty())
      dl->AddText(bf, bf->FontSize, ImVec2(p.x + text_x, ty + ls.y + ui.Px(2)), look.muted,
                  detail.c_str(), nullptr, text_w);
    if (closed) {
      // The distribution: a bar per option and its count and share, large.
      const float bx = p.x + w * 0.57f, bw = w * 0.25f, bh = h * 0.42f;
      const float share =
          total ? static_cast<float>(vote.tally.votes[i]) / static_cast<float>(total) : 0.0f;
      dl->AddRectFilled(ImVec2(bx, p.y + (h - bh) * 0.5f), ImVec2(bx + bw, p.y + (h + bh) * 0.5f),
                        look.dark ? colour::kProjectorBorder : colour::kGrid, ui.Px(3));
      if (share > 0)
        dl->AddRectFilled(ImVec2(bx, p.y + (h - bh) * 0.5f),
                          ImVec2(bx + bw * share, p.y + (h + bh) * 0.5f),
                          played ? look.played : look.bar, ui.Px(3));
      const std::string figure = std::to_string(vote.tally.votes[i]) + "  ·  " + Percent(share);
      const ImVec2 fs = hf->CalcTextSizeA(hf->FontSize, FLT_MAX, 0, figure.c_str());
      dl->AddText(hf, hf->FontSize, ImVec2(p.x + w - pad * 2 - fs.x, p.y + (h - fs.y) * 0.5f),
                  look.text, figure.c_str());
    }
    ImGui::Dummy(ImVec2(1, ui.Px(1)));
  }
  if (!closed) return;
  std::string outcome;
  const std::string played = RoomStepOptionLabel(ui.s.content(), d.play()->case_def().id, vote,
                                                 vote.tally.played, ui.s.lang());
  if (vote.tally.played != vote.tally.majority)
    outcome = ui.F("room_desk.vote.override",
                   {{"option", played},
                    {"majority", RoomStepOptionLabel(ui.s.content(), d.play()->case_def().id, vote,
                                                     vote.tally.majority, ui.s.lang())}});
  else
    outcome = ui.F(vote.tally.tie ? "room_desk.vote.tie" : "room_desk.vote.majority",
                   {{"option", played}});
  ImGui::Spacing();
  BigText(ui.fonts.heading, ui.fonts.heading->FontSize,
          outcome + "  " + ui.F("room_desk.vote.total", {{"n", std::to_string(total)}}),
          look.played);
}

// The facilitator's grid: a row per table (or one for the whole room), a
// column per option; the cell being typed into is marked.
void Entry(Ui& ui, const RoomDesk& d, const RoomStep& vote, const RoomLook& look) {
  RoomView& v = ui.view.room;
  const std::size_t n = vote.options.size(), rows = Rows(*d.room());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* f = ui.fonts.bold;
  const float label_w = ui.Px(120), cw = ui.Px(86), ch = f->FontSize + ui.Px(14), gap = ui.Px(8);
  Bold(ui, ui.T(rows > 1 ? "room_desk.entry.tables" : "room_desk.entry.total"));
  std::vector<int> sums(n, 0);
  const std::size_t shown = std::min<std::size_t>(rows, 12);
  // With many tables only the rows around the cursor fit.
  const std::size_t first =
      std::min(rows - shown, (v.cursor / n) >= shown ? v.cursor / n - shown + 1 : 0);
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t k = 0; k < n; ++k)
      sums[k] += v.cells[r * n + k].empty() ? 0 : std::atoi(v.cells[r * n + k].c_str());
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  for (std::size_t k = 0; k < n; ++k) {
    const std::string h = std::to_string(k + 1);
    dl->AddText(f, f->FontSize,
                ImVec2(p0.x + label_w + static_cast<float>(k) * (cw + gap) + ui.Px(8), p0.y),
                look.muted, h.c_str());
  }
  ImGui::Dummy(ImVec2(1, f->FontSize + ui.Px(4)));
  for (std::size_t r = first; r < first + shown; ++r) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const std::string rl = rows > 1 ? ui.F("room_desk.entry.table", {{"n", std::to_string(r + 1)}})
                                    : ui.T("room_desk.entry.room");
    dl->AddText(f, f->FontSize, ImVec2(p.x, p.y + ui.Px(7)), look.text, rl.c_str());
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t idx = r * n + k;
      const ImVec2 a(p.x + label_w + static_cast<float>(k) * (cw + gap), p.y);
      const ImVec2 b(a.x + cw, a.y + ch);
      ImGui::SetCursorScreenPos(a);
      ImGui::PushID(static_cast<int>(idx));
      ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
      if (ImGui::InvisibleButton("##cell", ImVec2(cw, ch))) v.cursor = idx;
      ImGui::PopItemFlag();
      ImGui::PopID();
      const bool cur = idx == v.cursor;
      dl->AddRectFilled(a, b, look.dark ? colour::Rgb(0x2A, 0x35, 0x44) : colour::kCard, ui.Px(4));
      dl->AddRect(a, b, cur ? colour::kFocus : look.border, ui.Px(4), 0, cur ? ui.Px(3) : ui.Px(1));
      const std::string& text = v.cells[idx];
      const std::string shown_text = text.empty() ? (cur ? "_" : "0") : text + (cur ? "_" : "");
      dl->AddText(f, f->FontSize, ImVec2(a.x + ui.Px(8), a.y + ui.Px(7)),
                  text.empty() && !cur ? look.muted : look.text, shown_text.c_str());
    }
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + ch + gap));
  }
  if (rows > 1) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddText(f, f->FontSize, p, look.muted, ui.T("room_desk.entry.sum").c_str());
    for (std::size_t k = 0; k < n; ++k) {
      const std::string s = std::to_string(sums[k]);
      dl->AddText(f, f->FontSize,
                  ImVec2(p.x + label_w + static_cast<float>(k) * (cw + gap) + ui.Px(8), p.y),
                  look.text, s.c_str());
    }
    ImGui::Dummy(ImVec2(1, f->FontSize + ui.Px(4)));
  }
  ImGui::Dummy(ImVec2(1, ui.Px(4)));
}

void Composer(Ui& ui, const CaseDef& c, const RoomLook& look) {
  RoomView& v = ui.view.room;
  Bold(ui, ui.T("room_desk.compose.title"));
  // The keys first: a long list at 1080p would push them below the fold.
  KeysLine(ui, ui.T("room_desk.keys.compose"));
  for (std::size_t i = 0; i < c.palette.size(); ++i) {
    const std::string& id = c.palette[i];
    const bool on = std::find(v.compose.begin(), v.compose.end(), id) != v.compose.end();
    const bool cur = i == v.compose_cursor;
    const std::string label =
        std::string(on ? "[x] " : "[ ] ") + ui.T("intervention." + id + ".name");
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    ImGui::PushStyleColor(ImGuiCol_Text, colour::Vec(cur ? colour::kFocus : look.text));
    if (ImGui::Selectable(label.c_str(), cur)) {
      v.compose_cursor = i;
      const auto it = std::find(v.compose.begin(), v.compose.end(), id);
      if (it == v.compose.end())
        v.compose.push_back(id);
      else
        v.compose.erase(it);
    }
    ImGui::PopStyleColor();
    ImGui::PopItemFlag();
    // The cursor stays in view as the arrows move it.
    if (cur && v.compose_follow) {
      ImGui::ScrollToBringRectIntoView(ImGui::GetCurrentWindow(),
                                       ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
      v.compose_follow = false;
    }
    ImGui::PopID();
  }
  if (MouseButton(ui.T("room_desk.compose.done"))) {
    ui.Emit(RoomIntent("compose", {}, 0, v.compose));
    v.composing = false;
  }
}

}  // namespace

void DrawRoomVote(Ui& ui) {
  const RoomDesk& d = ui.s.room();
  if (!d.vote() || !d.play() || !d.room()) return;
  const RoomStep& vote = *d.vote();
  const RoomLook look = LookOf(ui);
  RoomView& v = ui.view.room;
  const std::string key = VoteKey(d, vote);
  if (v.vote_key != key) {
    v.vote_key = key;
    v.cells.assign(vote.options.size() * Rows(*d.room()), "");
    v.cursor = 0;
    v.composing = false;
  }
  if (v.composing)
    ComposeKeys(ui, d.play()->case_def());
  else if (!d.vote_closed())
    EntryKeys(ui, d, vote);
  else
    ClosedKeys(ui, d, vote);

  RoomTopLine(ui);
  Small(ui,
        ui.F("room_desk.vote.count",
             {{"n", std::to_string(d.vote_index() + (d.vote_closed() ? 0 : 1))},
              {"total", std::to_string(d.vote_count())}}),
        look.muted);
  Question(ui, d, vote, look);
  ImGui::Spacing();
  Options(ui, d, vote, look);
  DrawRoomPhonePlan(ui);
  if (!d.controls()) return;
  ImGui::Spacing();
  if (v.composing) {
    Composer(ui, d.play()->case_def(), look);
    return;
  }
  if (!d.vote_closed()) {
    Entry(ui, d, vote, look);
    KeysLine(ui, ui.T(vote.kind == "plan" ? "room_desk.keys.entry_plan" : "room_desk.keys.entry"));
    if (MouseButton(ui.T("room_desk.button.close_vote")))
      ui.Emit(RoomIntent("close_vote", {}, 0, v.cells));
    if (vote.kind == "plan") {
      ImGui::SameLine();
      if (MouseButton(ui.T("room_desk.button.compose"))) {
        v.composing = true;
        v.compose = d.room()->current ? d.room()->current->room_plan : std::vector<std::string>{};
      }
    }
  } else {
    KeysLine(ui, ui.T("room_desk.keys.closed"));
    if (MouseButton(ui.T("room_desk.button.next"))) ui.Emit(RoomIntent("next"));
    ImGui::SameLine();
    if (MouseButton(ui.T("room_desk.button.reopen_vote"))) ui.Emit(RoomIntent("reopen_vote"));
  }
}

}  // namespace bip::ui
