#pragma once
// A multi-line text field whose lines wrap at its width, as notes and
// reflections need (Dear ImGui 1.86's own multi-line field runs every line
// off to the right). The line breaks it adds for that are only shown: they
// never reach the text saved (soft_wrap.hpp).
#include <imgui.h>

#include <cstddef>

namespace bip::ui {

// Like ImGui::InputTextMultiline on `buf` (zero-terminated, `buf_size`
// bytes), with its `flags`; `size.x` <= 0 takes the rest of the line. True
// when the text in `buf` changed this frame.
bool WrappedTextField(const char* label, char* buf, std::size_t buf_size, ImVec2 size,
                      ImGuiInputTextFlags flags = 0);

}  // namespace bip::ui
