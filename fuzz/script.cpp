// A `--script` file of intents for the game window.
#include <cstddef>
#include <cstdint>
#include <string>

#include "gui_script.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)bip::ParseScript(std::string(reinterpret_cast<const char*>(data), size), "script.json");
  return 0;
}
