#include "problems.hpp"

#include <map>
#include <utility>

namespace bip {

std::string Problem::Line() const {
  return file + ": " + (pointer.empty() ? "" : pointer + ": ") + message;
}

void Problems::Add(std::string file, std::string pointer, std::string message) {
  list_.push_back(Problem{std::move(file), std::move(pointer), std::move(message)});
}

std::vector<std::string> Problems::Lines(std::size_t max_alike) const {
  std::vector<std::string> lines;
  std::map<std::pair<std::string, std::string>, std::size_t> seen;  // (file, kind) -> count
  std::vector<std::pair<std::string, std::string>>
      order;  // kinds that overflowed, first seen first
  for (const Problem& p : list_) {
    const auto key = std::make_pair(p.file, p.message.substr(0, p.message.find('"')));
    const std::size_t n = ++seen[key];
    if (n <= max_alike)
      lines.push_back(p.Line());
    else if (n == max_alike + 1)
      order.push_back(key);
  }
  for (const auto& key : order) {
    const std::string kind = key.second.empty() ? "this" : key.second;
    lines.push_back(key.first + ": ... and " + std::to_string(seen[key] - max_alike) +
                    " more like \"" + kind.substr(0, kind.find_last_not_of(' ') + 1) + "\"");
  }
  return lines;
}

}  // namespace bip
