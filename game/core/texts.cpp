#include "texts.hpp"

namespace bip {

void Texts::Set(const std::string& lang, const std::string& key, std::string text) {
  by_lang_[lang][key] = std::move(text);
}

bool Texts::Has(const std::string& lang, const std::string& key) const {
  const auto l = by_lang_.find(lang);
  return l != by_lang_.end() && l->second.count(key) > 0;
}

const std::string& Texts::Get(const std::string& lang, const std::string& key) const {
  const auto l = by_lang_.find(lang);
  if (l != by_lang_.end()) {
    const auto t = l->second.find(key);
    if (t != l->second.end()) return t->second;
  }
  auto [it, inserted] = missing_.try_emplace(key, "[" + key + "]");
  return it->second;
}

std::string Texts::Format(const std::string& lang, const std::string& key,
                          const std::vector<std::pair<std::string, std::string>>& args) const {
  std::string out = Get(lang, key);
  for (const auto& [name, value] : args) {
    const std::string mark = "{" + name + "}";
    for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + value.size()))
      out.replace(at, mark.size(), value);
  }
  return out;
}

const std::map<std::string, std::string>& Texts::All(const std::string& lang) const {
  static const std::map<std::string, std::string> kEmpty;
  const auto l = by_lang_.find(lang);
  return l == by_lang_.end() ? kEmpty : l->second;
}

}  // namespace bip
