#include "shown_path.hpp"

namespace bip {
namespace fs = std::filesystem;

std::string ShownPath(const fs::path& file, const fs::path& base) {
  std::error_code ec;
  const fs::path abs_file = fs::absolute(file, ec).lexically_normal();
  if (ec) return file.string();
  const fs::path abs_base =
      fs::absolute(base.empty() ? fs::path(".") : base, ec).lexically_normal();
  if (ec) return file.string();
  const fs::path rel = abs_file.lexically_relative(abs_base);
  return rel.empty() ? file.string() : rel.string();
}

}  // namespace bip
