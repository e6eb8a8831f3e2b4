#include "problems.hpp"

namespace bip {

std::string Problem::Line() const {
  return file + ": " + (pointer.empty() ? "" : pointer + ": ") + message;
}

void Problems::Add(std::string file, std::string pointer, std::string message) {
  list_.push_back(Problem{std::move(file), std::move(pointer), std::move(message)});
}

}  // namespace bip
