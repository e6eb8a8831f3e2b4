#include "web_dir.hpp"

#include <filesystem>

namespace bip::net {
namespace fs = std::filesystem;

std::string FindWebDir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "bipgame" / "web";
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  return BIPGAME_SOURCE_WEB_DIR;
}

}  // namespace bip::net
