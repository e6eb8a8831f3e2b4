// The JSON reader every untrusted file goes through first.
#include <cstddef>
#include <cstdint>
#include <string>

#include "json_read.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  bip::JsonError error;
  const auto json =
      bip::ParseJsonText(std::string(reinterpret_cast<const char*>(data), size), error);
  if (json) (void)json->dump();  // a document we accept can be written back
  return 0;
}
