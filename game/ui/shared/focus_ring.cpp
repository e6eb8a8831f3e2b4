// The game's own keyboard focus: see focus_ring.hpp for the keys.
#include "focus_ring.hpp"

#include <imgui_internal.h>

#include <cfloat>
#include <cmath>

namespace bip::ui {
namespace {

enum Move { kNone = 0, kNext, kPrev, kUp, kDown, kLeft, kRight };

FocusRing* g_ring = nullptr;  // the ring of the frame being drawn

bool Pressed(ImGuiKey key, bool repeat = true) {
  return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat);
}

// A key handled here is not seen again by the screen or by ImGui's widgets
// this frame (held, not just pressed), nor next frame.
void Consume(ImGuiKey key) {
  ImGuiIO& io = ImGui::GetIO();
  const int k = ImGui::GetKeyIndex(key);
  if (k >= 0 && k < IM_ARRAYSIZE(io.KeysDownDuration)) io.KeysDownDuration[k] = 1e-4f;
}

// ImGui's selectables reach half the item spacing past what they draw, so
// two boxes side by side overlap by up to that much: it does not count.
float Slack() {
  return ImGui::GetStyle().ItemSpacing.x + 1.0f;
}

bool Overlap(float a0, float a1, float b0, float b1) {
  return a0 < b1 - Slack() && b0 < a1 - Slack();
}

float Gap(float a0, float a1, float b0, float b1) {
  return a1 < b0 ? b0 - a1 : b1 < a0 ? a0 - b1 : 0.0f;
}

// The nearest control from `cur` in a direction; -1 when there is none.
int Nearest(const std::vector<FocusItem>& items, int cur, int move) {
  const FocusItem& c = items[static_cast<std::size_t>(cur)];
  const float cx = (c.min.x + c.max.x) * 0.5f, cy = (c.min.y + c.max.y) * 0.5f;
  int best = -1;
  float best_main = FLT_MAX, best_cross = FLT_MAX;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (static_cast<int>(i) == cur) continue;
    const FocusItem& o = items[i];
    const float ox = (o.min.x + o.max.x) * 0.5f, oy = (o.min.y + o.max.y) * 0.5f;
    float main = 0, cross = 0;
    if (move == kUp || move == kDown) {
      // The same column: the two overlap horizontally.
      if (!Overlap(c.min.x, c.max.x, o.min.x, o.max.x)) continue;
      if (move == kDown ? oy <= cy + 0.5f : oy >= cy - 0.5f) continue;
      main = std::fabs(oy - cy);
      cross = std::fabs(ox - cx);
    } else {
      // Another column: wholly to that side.
      if (move == kRight ? o.min.x < c.max.x - Slack() : o.max.x > c.min.x + Slack()) continue;
      main = Gap(c.min.y, c.max.y, o.min.y, o.max.y);  // 0 on the same line
      cross = std::fabs(ox - cx) + std::fabs(oy - cy) * 0.01f;
    }
    if (main < best_main - 0.5f || (main < best_main + 0.5f && cross < best_cross)) {
      best = static_cast<int>(i);
      best_main = main;
      best_cross = cross;
    }
  }
  return best;
}

bool InView(const FocusItem& it) {
  const ImRect& r = it.window->InnerRect;
  return it.min.y >= r.Min.y - 1.0f && it.max.y <= r.Max.y + 1.0f;
}

void Register(bool text, bool preferred) {
  if (!g_ring) return;
  ImGuiContext& g = *GImGui;
  if (g.LastItemData.ID == 0 || (g.LastItemData.InFlags & ImGuiItemFlags_Disabled)) return;
  if (preferred) g_ring->preferred = g.LastItemData.ID;
  if (!g_ring->items.empty() && g_ring->items.back().id == g.LastItemData.ID)
    return;  // a widget registered it
  FocusItem it;
  it.id = g.LastItemData.ID;
  it.min = ImGui::GetItemRectMin();
  it.max = ImGui::GetItemRectMax();
  it.window = ImGui::GetCurrentWindow();
  it.text = text;
  g_ring->items.push_back(it);
}

// A key that moves the focus, pressed in the very frame in which a field
// asked for earlier opens (a quick hand on a busy machine): the field would
// take the focus back as it opens, and the move was lost.
void CancelPendingActivation() {
  ImGuiContext& g = *GImGui;
  g.NavActivateId = g.NavActivateDownId = g.NavActivatePressedId = g.NavActivateInputId = 0;
}

}  // namespace

void Focusable(bool text_field) {
  Register(text_field, false);
}
void DefaultFocus() {
  Register(false, true);
}

void KeepTypedTextOnEscape() {
  ImGuiContext& g = *GImGui;
  if (!ImGui::GetIO().WantTextInput || g.ActiveId == 0 || !Pressed(ImGuiKey_Escape, false)) return;
  // Esc leaves the field and keeps the text (ImGui would restore the old text).
  Consume(ImGuiKey_Escape);
  ImGui::ClearActiveID();
  g.NavDisableHighlight = false;
}

void HideFocus() {
  GImGui->NavDisableHighlight = true;
}

void BeginFocusFrame(FocusRing& ring, bool screen_changed) {
  ImGuiContext& g = *GImGui;
  const ImGuiIO& io = ImGui::GetIO();
  g_ring = &ring;
  ring.window = ImGui::GetCurrentWindow();
  ring.items.clear();
  ring.preferred = 0;
  ring.move = kNone;
  ring.page = 0;
  if (screen_changed) {
    ring.entering = true;
    ring.focused = 0;
    ring.follow_scroll = false;
  }
  // ImGui's own moves (arrows, Tab between text fields, PageUp …) would
  // fight the ring's; requests made during the frame (SetKeyboardFocusHere)
  // come later and are kept.
  if (g.NavMoveSubmitted && !(g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi))
    ImGui::NavMoveRequestCancel();
  if (io.KeyCtrl || io.KeyAlt) return;
  const bool typing = io.WantTextInput && g.ActiveId != 0;
  if (Pressed(ImGuiKey_Tab)) {
    ring.move = io.KeyShift ? kPrev : kNext;
    Consume(ImGuiKey_Tab);
    if (typing) ImGui::ClearActiveID();  // Tab leaves the field; what was typed stays
    CancelPendingActivation();
  }
  if (typing) return;  // the arrows and page keys belong to the text
  // Enter is the footer's primary action everywhere, also on a focused text
  // field (ImGui would start editing it: Space or Tab does that).
  if (Pressed(ImGuiKey_Enter, false) || Pressed(ImGuiKey_KeyPadEnter, false))
    g.NavActivateInputId = 0;
  const struct {
    ImGuiKey key;
    int move;
  } arrows[] = {{ImGuiKey_UpArrow, kUp},
                {ImGuiKey_DownArrow, kDown},
                {ImGuiKey_LeftArrow, kLeft},
                {ImGuiKey_RightArrow, kRight}};
  for (const auto& a : arrows)
    if (Pressed(a.key)) {
      ring.move = a.move;
      Consume(a.key);
      CancelPendingActivation();
    }
  if (Pressed(ImGuiKey_PageUp)) ring.page = -1;
  if (Pressed(ImGuiKey_PageDown)) ring.page = 1;
  if (Pressed(ImGuiKey_Home, false)) ring.page = -2;
  if (Pressed(ImGuiKey_End, false)) ring.page = 2;
  // Space on a control whose focus frame the mouse had hidden: ImGui
  // activates only a visible focus, so show it and activate it next frame.
  if (Pressed(ImGuiKey_Space, false) && g.NavDisableHighlight && ring.focused != 0 &&
      g.NavId == ring.focused) {
    g.NavDisableHighlight = false;
    ImGui::ActivateItem(ring.focused);
  }
}

void EndFocusFrame(FocusRing& ring) {
  ImGuiContext& g = *GImGui;
  g_ring = nullptr;
  // The controls of the window that has the focus (a dialog over the screen
  // takes the keys), else all.
  std::vector<FocusItem> items;
  if (g.NavWindow)
    for (const FocusItem& it : ring.items)
      if (it.window->RootWindow == g.NavWindow->RootWindow) items.push_back(it);
  if (items.empty()) items = ring.items;

  // PageUp/PageDown/Home/End scroll the view (a screen without controls too).
  ImGuiWindow* view = ring.window;
  for (const FocusItem& it : items)
    if (it.id == ring.focused) view = it.window;
  if (ring.page != 0 && view) {
    const float page = view->InnerRect.GetHeight() * 0.85f;
    float y = view->Scroll.y;
    if (ring.page == -1) y -= page;
    if (ring.page == 1) y += page;
    if (ring.page == -2) y = 0.0f;
    if (ring.page == 2) y = view->ScrollMax.y;
    ImGui::SetScrollY(view, ImClamp(y, 0.0f, view->ScrollMax.y));
  }
  // Up/Down with nothing more that way read on: the view scrolls a few lines
  // (a table or a chart below the last control comes into view).
  const auto read_on = [&]() {
    if (!view || (ring.move != kUp && ring.move != kDown)) return;
    const float step = ImGui::GetFontSize() * 4.0f * (ring.move == kUp ? -1.0f : 1.0f);
    ImGui::SetScrollY(view, ImClamp(view->Scroll.y + step, 0.0f, view->ScrollMax.y));
  };
  if (items.empty()) {
    read_on();
    return;
  }

  auto find = [&](ImGuiID id) {
    for (std::size_t i = 0; i < items.size(); ++i)
      if (items[i].id == id) return static_cast<int>(i);
    return -1;
  };
  // A click moved ImGui's focus: the ring follows. (ImGui also moves it by
  // itself, e.g. to a window's first item as it appears: that it undoes.)
  const bool clicked =
      ImGui::IsMouseDown(ImGuiMouseButton_Left) || ImGui::IsMouseReleased(ImGuiMouseButton_Left);
  if (clicked && g.NavId != 0 && g.NavId != ring.focused && find(g.NavId) >= 0)
    ring.focused = g.NavId;
  int cur = find(ring.focused);
  int target = -1;
  bool show = false, scroll = false, edit = false;
  auto fallback = [&]() {
    const int p = find(ring.preferred);
    return p >= 0 ? p : 0;
  };

  if (ring.entering) {
    // A screen opens at its top (its text is read first): the focus shows
    // but does not scroll the view; the first key brings it into view.
    target = fallback();
    show = true;
    ring.entering = false;
    // A key already pressed as the screen appears (a quick hand, a busy
    // machine) moves on from there instead of being lost.
    if (ring.move != kNone) cur = target;
  } else if (cur < 0) {
    target = fallback();
  }

  if (ring.page != 0) {
    ring.follow_scroll = true;  // next frame, once the view has moved
  } else if (ring.follow_scroll) {
    // The view has moved: if the focus is out of it, the first control in it.
    ring.follow_scroll = false;
    if (cur >= 0 && !InView(items[static_cast<std::size_t>(cur)]))
      for (std::size_t i = 0; i < items.size(); ++i)
        if (InView(items[i])) {
          target = static_cast<int>(i);
          show = true;
          break;
        }
  }

  if (ring.move != kNone && cur >= 0) {
    const int n = static_cast<int>(items.size());
    int to = -1;
    if (ring.move == kNext)
      to = (cur + 1) % n;
    else if (ring.move == kPrev)
      to = (cur + n - 1) % n;
    else
      to = Nearest(items, cur, ring.move);
    show = true;
    if (to >= 0) {
      target = to;
      edit = (ring.move == kNext || ring.move == kPrev) && items[static_cast<std::size_t>(to)].text;
      scroll = true;
    } else {
      target = cur;  // nothing that way: the focus stays, and shows
      read_on();
    }
  } else if (ring.move != kNone) {
    show = true;
    scroll = true;
  }

  if (target < 0) target = cur;
  if (target < 0) return;
  const FocusItem& t = items[static_cast<std::size_t>(target)];
  ring.focused = t.id;
  ring.focused_text = t.text;
  if (g.NavId != t.id || g.NavWindow != t.window) {
    ImGui::SetFocusID(t.id, t.window);
    t.window->NavRectRel[0] = ImRect(ImVec2(t.min.x - t.window->Pos.x, t.min.y - t.window->Pos.y),
                                     ImVec2(t.max.x - t.window->Pos.x, t.max.y - t.window->Pos.y));
  }
  if (show) {
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
  }
  if (scroll) ImGui::ScrollToBringRectIntoView(t.window, ImRect(t.min, t.max));
  if (edit) {
    ImGui::ActivateItem(t.id);
    g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
  }
}

}  // namespace bip::ui
