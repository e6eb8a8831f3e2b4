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

namespace {

// "1" (or −1) takes the singular in Swedish, Danish and English; 0, 2 and
// decimals take the plural ("1 plats", "0 platser", "1,5 procentenheter").
bool IsOne(const std::string& value) {
  return value == "1" || value == "-1" ||
         value ==
             "\xE2\x88\x92"
             "1";
}

// {name|one|other}: the form that fits the count in `name`. Anything else
// in braces is left as written (check-content reports a malformed choice).
std::string ChoosePlurals(std::string text,
                          const std::vector<std::pair<std::string, std::string>>& args) {
  for (const auto& [name, value] : args) {
    const std::string open = "{" + name + "|";
    for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at)) {
      const std::size_t bar = text.find('|', at + open.size());
      const std::size_t close = text.find('}', at + open.size());
      if (bar == std::string::npos || close == std::string::npos || bar > close) {
        at += open.size();
        continue;
      }
      const std::size_t from = IsOne(value) ? at + open.size() : bar + 1;
      const std::size_t to = IsOne(value) ? bar : close;
      const std::string form = text.substr(from, to - from);
      text.replace(at, close + 1 - at, form);
      at += form.size();
    }
  }
  return text;
}

}  // namespace

std::string Texts::Format(const std::string& lang, const std::string& key,
                          const std::vector<std::pair<std::string, std::string>>& args) const {
  std::string out = ChoosePlurals(Get(lang, key), args);
  for (const auto& [name, value] : args) {
    const std::string mark = "{" + name + "}";
    for (std::size_t at = out.find(mark); at != std::string::npos;
         at = out.find(mark, at + value.size()))
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
