// A policy file (`bipgame play --policy FILE`, check-content --policy).
#include <cstddef>
#include <cstdint>

#include "fuzz_support.hpp"
#include "load_content.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const bip::Content& content = bip::fuzz::SourceContent();
  const std::string path = bip::fuzz::WriteScratch("policy.json", data, size);
  bip::Problems problems;
  (void)bip::LoadPolicyFile(path, content, *content.FindCase("henrik"), problems);
  return 0;
}
