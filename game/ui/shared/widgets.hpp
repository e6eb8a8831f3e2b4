#pragma once
// Small building blocks the panels share: cards, headings, choice rows,
// answer scales, pills. All keyboard-navigable.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "focus_ring.hpp"
#include "theme.hpp"

namespace bip::ui {

struct Ui;

void Title(const Ui& ui, const std::string& text);
void Heading(const Ui& ui, const std::string& text);
void Bold(const Ui& ui, const std::string& text);
void Wrapped(const std::string& text);
void WrappedColoured(const std::string& text, ImU32 colour);
void Muted(const std::string& text);
void Small(const Ui& ui, const std::string& text, ImU32 colour = colour::kMuted);

// A white card with a border around what is drawn between Begin and End.
// `width` 0 takes the rest of the line.
void BeginCard(const char* id, float width = 0.0f, ImU32 fill = colour::kCard,
               ImU32 border = colour::kBorder);
void EndCard();

// Two columns side by side when there is room (else stacked): the left
// takes `left_share` of the width. Between Begin and Next the left column is
// drawn, between Next and End the right one.
struct Columns {
  bool two = false;
  float left_w = 0, right_w = 0, gap = 0;
};
Columns BeginColumns(const Ui& ui, float left_share, float min_two_width);
void NextColumn(const Columns& c);
void EndColumns();

// A filled rounded rectangle made of plain rectangles and four small corner
// fans: SDL's software renderer draws plain rectangles far faster than one
// large triangle fan.
void FillRounded(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float r);

// A selectable box filled exactly within `size` (ImGui's own selectable
// highlight spills into the item spacing). Colours with alpha 0 draw nothing.
bool Box(const char* id, bool selected, ImVec2 size, ImU32 fill_selected, ImU32 fill_hover,
         ImU32 fill = 0, float rounding = 0.0f, bool enabled = true);

// A line across the card (or window) at the cursor.
void CardSeparator();

// A rounded label.
void Pill(const Ui& ui, const std::string& text, ImU32 fill, ImU32 text_colour);

// A primary (filled) button.
// A row of numbered tabs ("1  Name"), the selected one bold and underlined;
// returns the index clicked, or -1. Shared by the debrief and the team desk.
int TabStrip(const Ui& ui, const char* id, const std::vector<std::string>& labels, int selected);
bool PrimaryButton(const std::string& label, ImVec2 size = ImVec2(0, 0), bool enabled = true);
bool SecondaryButton(const std::string& label, ImVec2 size = ImVec2(0, 0));
// A text's finding codes: "… bäst (F-LINE)." gives "… bäst." and F-LINE, so
// the code can be shown as a small reference (FindingRefs) and not inline.
std::string WithoutFindings(const std::string& text, std::vector<std::string>& codes);
// Small pills with the codes; a code's title shows on hover.
void FindingRefs(const Ui& ui, const std::vector<std::string>& codes);
// `text` cut to `width` pixels with "…" at the end (whole when it fits).
std::string FitText(const std::string& text, float width);
// A button in a row of choices (language, quarter): the chosen one filled dark.
bool ChosenButton(const std::string& label, bool chosen);

// What a person types is saved while they type (a moment after the last
// key), when they leave the field and when the game closes. Call right after
// the text field with its return value; true: save the text now. `key` names
// the field within the current ImGui ID scope.
bool SaveTyping(Ui& ui, const char* key, bool changed);

// ImGui's own controls, registered with the keyboard focus ring.
bool FocusButton(const char* label, ImVec2 size = ImVec2(0, 0));
bool FocusSelectable(const char* label, bool selected = false);
bool FocusCheckbox(const char* label, bool* value);
bool FocusRadio(const char* label, bool active);

// A selectable row with a title and a wrapped description; `mark` draws a
// check box (multi-choice) or a radio dot (single choice) in front.
enum class Mark { kNone, kCheck, kRadio };
bool ChoiceRow(const Ui& ui, const char* id, const std::string& title,
               const std::string& description, bool selected, Mark mark,
               ImU32 accent = colour::kAccent, const std::string& badge = "", bool enabled = true);

// A row of five answer buttons (1-5) labelled with the scale's texts.
// Returns the answer clicked, or 0.
int AnswerScale(const Ui& ui, const char* id, const std::string& scale, int value, bool large);

// Five dots showing an answer 1-5 (read only).
void AnswerDots(int value, ImU32 colour, float radius);

// A horizontal bar for a 0..1 value.
void ValueBar(float value, ImVec2 size, ImU32 colour);

// Numbers as the trainee's language writes them (a decimal comma in Swedish
// and Danish); DrawGame sets the convention each frame.
void SetDecimalComma(bool comma);
std::string Percent(double share_0_to_1, int decimals = 0);
std::string Number(double v, int decimals);
std::string Signed(double v, int decimals);  // no sign when it rounds to zero
// The change between two values as they are shown ("4,2 → 4,3" is +0,1), so the figures add up.
std::string ShownChange(double before, double after, int decimals);

// Puts `text` into a fixed text field's buffer (cut to fit, always ended).
template <std::size_t N>
void FillBuffer(std::array<char, N>& buf, const std::string& text) {
  buf.fill('\0');
  std::memcpy(buf.data(), text.data(), std::min(text.size(), N - 1));
}

}  // namespace bip::ui
