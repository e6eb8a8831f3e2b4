// A wrapping multi-line text field: see wrapped_text_field.hpp.
#include "wrapped_text_field.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

#include "soft_wrap.hpp"

namespace bip::ui {
namespace {

struct FieldState {
  SoftWrapped wrapped;  // what the field shows
  float width = -1.0f;  // the width it was wrapped to
  std::string display;  // the buffer ImGui edits
};

// One state per field; a screen has a handful of fields.
std::unordered_map<ImGuiID, FieldState>& States() {
  static std::unordered_map<ImGuiID, FieldState> states;
  return states;
}

SoftWrapped Wrap(const std::string& plain, float width) {
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  return SoftWrap(plain, [&](const char* b, const char* e) {
    return font->CalcWordWrapPositionA(scale, b, e, width);
  });
}

struct Edit {
  FieldState* state;
  float width;
  char* buf;
  std::size_t buf_size;
  bool changed = false;
};

// Every frame while the field is being edited: what was typed goes to `buf`
// without the soft breaks, and the field is wrapped anew.
int OnInput(ImGuiInputTextCallbackData* data) {
  Edit& e = *static_cast<Edit*>(data->UserData);
  FieldState& st = *e.state;
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    st.display.resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = st.display.data();
    return 0;
  }
  const std::string now(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  if (now == st.wrapped.shown && e.width == st.width) return 0;
  const std::size_t cursor = static_cast<std::size_t>(data->CursorPos);
  Unwrapped u;
  if (now == st.wrapped.shown) {  // only the width changed
    u.plain = UnwrapEdit(st.wrapped, now, cursor, false).plain;
    u.cursor = ToPlain(cursor, st.wrapped.breaks);
  } else {
    const bool backspace = ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_Backspace));
    u = UnwrapEdit(st.wrapped, now, cursor, backspace);
  }
  if (u.plain.size() >= e.buf_size) {  // the saved text's room is full
    std::size_t cut = e.buf_size - 1;
    while (cut > 0 && (static_cast<unsigned char>(u.plain[cut]) & 0xC0) == 0x80) --cut;
    u.plain.resize(cut);
    u.cursor = std::min(u.cursor, cut);
  }
  SoftWrapped next = Wrap(u.plain, e.width);
  if (next.shown != now) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, next.shown.data(), next.shown.data() + next.shown.size());
    const int at = static_cast<int>(ToShown(u.cursor, next.breaks));
    data->CursorPos = data->SelectionStart = data->SelectionEnd = at;
  }
  st.wrapped = std::move(next);
  st.width = e.width;
  if (std::strcmp(e.buf, u.plain.c_str()) != 0) {
    std::memcpy(e.buf, u.plain.c_str(), u.plain.size() + 1);
    e.changed = true;
  }
  return 0;
}

}  // namespace

bool WrappedTextField(const char* label, char* buf, std::size_t buf_size, ImVec2 size,
                      ImGuiInputTextFlags flags) {
  const ImGuiID id = ImGui::GetID(label);
  FieldState& st = States()[id];
  const ImGuiStyle& style = ImGui::GetStyle();
  const float frame_w =
      size.x > 0.0f ? size.x : std::max(4.0f, ImGui::GetContentRegionAvail().x + size.x);
  // Room for the text: inside the frame's padding, beside a scrollbar.
  const float width = std::max(1.0f, frame_w - 2.0f * style.FramePadding.x - style.ScrollbarSize);
  if (GImGui->ActiveId != id) {  // not being edited: show the saved text
    st.wrapped = Wrap(buf, width);
    st.width = width;
    st.display = st.wrapped.shown;
  }
  Edit e{&st, width, buf, buf_size};
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::InputTextMultiline(
      label, st.display.data(), st.display.capacity() + 1, ImVec2(frame_w, size.y),
      flags | ImGuiInputTextFlags_CallbackAlways | ImGuiInputTextFlags_CallbackResize, OnInput, &e);
  ImGuiContext& g = *GImGui;
  if (g.LastItemData.ID != id) {
    // Out of view, ImGui 1.86's multi-line field leaves no trace of itself as
    // the last item (it ends a group): put it back, so that the focus ring
    // (Focusable) can reach it with Tab below the fold and scroll to it.
    g.LastItemData.ID = id;
    g.LastItemData.InFlags = g.CurrentItemFlags | ImGuiItemFlags_Inputable;
    g.LastItemData.StatusFlags = ImGuiItemStatusFlags_None;
    // (The height as InputTextMultiline takes it.)
    const ImVec2 frame =
        ImGui::CalcItemSize(ImVec2(frame_w, size.y), frame_w,
                            ImGui::GetTextLineHeight() * 8.0f + style.FramePadding.y * 2.0f);
    g.LastItemData.Rect = ImRect(at, ImVec2(at.x + frame.x, at.y + frame.y));
  }
  return e.changed;
}

}  // namespace bip::ui
