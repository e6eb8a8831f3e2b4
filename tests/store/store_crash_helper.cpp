// Saves quarters until killed: the crash-safety test SIGKILLs it mid-stream.
// Usage: store_crash_helper DB_PATH. Prints each quarter once it is committed.
#include <chrono>
#include <cstdio>
#include <thread>

#include "save_store.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: store_crash_helper DB_PATH\n");
    return 2;
  }
  auto opened = bip::SaveStore::Open(argv[1]);
  if (!opened.store) {
    std::fprintf(stderr, "%s\n", opened.error.c_str());
    return 1;
  }
  bip::SaveStore& store = *opened.store;
  const auto play = store.CreatePlaythrough(store.CreateProfile("crash"), "henrik", 1, "v");
  const nlohmann::json result = {{"padding", std::string(2000, 'r')}};  // spans pages
  for (int quarter = 1; quarter <= 100000; ++quarter) {
    bip::QuarterChoices choices;
    choices.belief = 1 + quarter % 5;
    store.AppendQuarter(play, quarter, choices, result, false);
    std::printf("%d\n", quarter);
    std::fflush(stdout);
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return 0;
}
