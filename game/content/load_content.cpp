#include "load_content.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>

#include "consistency_checks.hpp"
#include "finite_check.hpp"
#include "json_reader.hpp"
#include "population.hpp"
#include "shown_path.hpp"
#include "ui_text_keys.hpp"

namespace bip {
namespace fs = std::filesystem;

namespace {

constexpr int kFormatVersion = 1;
const std::set<std::string> kFindings = {"F-DATA",   "F-SCALE",  "F-POWER",  "F-POP",   "F-IND",
                                         "F-STRONG", "F-INT",    "F-MIX",    "F-LINE",  "F-S12",
                                         "F-BELIEF", "F-CHANGE", "F-EFFECT", "F-SHAPE", "F-SPAR",
                                         "F-HENRIK", "F-MORE",   "F-EVENT"};

// A parameter's source: an F-id, an F-id with a reason ("F-INT: 2-4 at
// once"), or "modelling assumption: <reason>".
bool IsSource(const std::string& source) {
  if (source.rfind("modelling assumption: ", 0) == 0) return source.size() > 22;
  const std::size_t colon = source.find(": ");
  return kFindings.count(source.substr(0, colon)) &&
         (colon == std::string::npos || source.size() > colon + 2);
}

Policy ReadPolicy(Reader& r, const std::string& name, const ModelContent& model, const CaseDef& c) {
  Problems& problems = r.problems();
  Policy p;
  p.name = name;
  const std::set<std::string> palette(c.palette.begin(), c.palette.end());
  if (const Json* rules = r.Array("rules")) {
    for (std::size_t i = 0; i < rules->size(); ++i) {
      Reader rr((*rules)[i], r.file(), PointerJoin(r.At("rules"), i), problems);
      PolicyRule rule;
      if (const Json* qs = rr.Array("quarters")) {
        if (qs->size() != 2 || !IntIn((*qs)[0], 1, c.quarters) || !IntIn((*qs)[1], 1, c.quarters) ||
            *IntIn((*qs)[1], 1, c.quarters) < *IntIn((*qs)[0], 1, c.quarters))
          rr.Problem("quarters",
                     "expected [from, to] with 1 <= from <= to <= " + std::to_string(c.quarters));
        else {
          rule.from = *IntIn((*qs)[0], 1, c.quarters);
          rule.to = *IntIn((*qs)[1], 1, c.quarters);
        }
      }
      rule.interventions = rr.StringList("interventions");
      std::set<std::string> in_rule;
      for (std::size_t k = 0; k < rule.interventions.size(); ++k)
        if (!in_rule.insert(rule.interventions[k]).second)
          problems.Add(r.file(), PointerJoin(rr.At("interventions"), k),
                       "duplicate intervention \"" + rule.interventions[k] +
                           "\" in one rule (expected each once)");
        else if (!palette.count(rule.interventions[k]))
          problems.Add(r.file(), PointerJoin(rr.At("interventions"), k),
                       "\"" + rule.interventions[k] + "\" is not in this case's palette");
      rule.sparring = rr.String("sparring", "none");
      if (model.SparringIndex(rule.sparring) >= model.sparring.size())
        rr.Problem("sparring", "unknown sparring move \"" + rule.sparring +
                                   "\" (expected an id from sparring.json)");
      rule.belief = rr.Integer("belief", 1, 5);
      p.rules.push_back(rule);
    }
  }
  if (const Json* resp = r.Object("responses", false)) {
    for (const auto& [event_id, value] : resp->items()) {
      const std::string at = PointerJoin(r.At("responses"), event_id);
      const bip::Event* e = c.FindEvent(event_id);
      if (!e)
        problems.Add(r.file(), at, "unknown event \"" + event_id + "\" in case " + c.id);
      else if (!value.is_string() || !e->Find(value.get<std::string>()))
        problems.Add(
            r.file(), at,
            "expected a response id of event \"" + event_id + "\", found " + Describe(value));
      else
        p.responses[event_id] = value.get<std::string>();
    }
  }
  if (const Json* ch = r.Array("caseworker_changes", false)) {
    for (std::size_t i = 0; i < ch->size(); ++i) {
      const Json& q = (*ch)[i];
      if (!IntIn(q, 1, c.quarters))
        problems.Add(r.file(), PointerJoin(r.At("caseworker_changes"), i),
                     "expected a quarter from 1 to " + std::to_string(c.quarters));
      else
        p.caseworker_changes.push_back(*IntIn(q, 1, c.quarters));
    }
  }
  return p;
}

// The texts one case needs in every language (part of RequiredTextKeys).
std::vector<std::string> CaseTextKeys(const CaseDef& cd) {
  std::vector<std::string> keys;
  const std::string base = "case." + cd.id;
  for (const char* k : {".name", ".summary", ".story", ".team_leader", ".skilled_note"})
    keys.push_back(base + k);
  for (const Event& e : cd.events) {
    keys.push_back(base + ".event." + e.id + ".title");
    keys.push_back(base + ".event." + e.id + ".text");
    for (const Response& r : e.responses) {
      keys.push_back(base + ".event." + e.id + ".response." + r.id);
      keys.push_back(base + ".event." + e.id + ".response." + r.id + ".feedback");
    }
  }
  for (const std::string& q : cd.reflection_questions) keys.push_back(base + ".reflection." + q);
  return keys;
}

// The loader's folder as problems name it: normalised, no trailing slash.
std::string LoaderDir(const std::string& dir) {
  std::string d = fs::path(dir).lexically_normal().string();
  if (!d.empty() && d.back() == '/') d.pop_back();
  return d;
}

struct Loader {
  std::string dir;
  Problems& problems;
  Content& out;
  std::set<std::string> event_ids = {};             // of the case being read
  std::set<std::string> unreadable_languages = {};  // reported once, not key by key
  // Per language: each key's file name, and the files that could not be
  // read (their keys are summarised once, not listed key by key).
  TextHomes text_file = {};
  std::map<std::string, std::set<std::string>> unread_text_files = {};

  std::string Shown(const fs::path& p) const { return ShownPath(p, fs::path(dir).parent_path()); }

  void Version(Reader& r) {
    const int v = r.Integer("format_version", 1, 1000);
    if (v != kFormatVersion && r.Has("format_version"))
      r.Problem("format_version", "this game reads format_version " +
                                      std::to_string(kFormatVersion) + ", found " +
                                      std::to_string(v));
  }

  std::string Finding(Reader& r, const std::string& key) {
    const std::string f = r.String(key);
    if (!f.empty() && !kFindings.count(f))
      r.Problem(key,
                "unknown finding \"" + f + "\" (expected an id from FINDINGS.md such as F-LINE)");
    return f;
  }

  std::size_t IndicatorId(Reader& r, const std::string& pointer_key, const std::string& id) {
    const std::size_t i = IndicatorIndex(id);
    if (i == kIndicatorCount)
      r.Problem(pointer_key, "unknown indicator \"" + id +
                                 "\" (expected one of the 11 ids in model/indicators.json)");
    return i;
  }

  IndicatorValues IndicatorMap(const Json& obj, const std::string& file, const std::string& ptr,
                               double lo, double hi, bool all_required) {
    IndicatorValues v{};
    Reader r(obj, file, ptr, problems);
    if (!r.ok()) return v;
    for (std::size_t i = 0; i < kIndicatorCount; ++i) {
      const std::string id(kIndicatorIds[i]);
      if (all_required || r.Has(id)) v[i] = r.Number(id, lo, hi);
    }
    return v;
  }

  void Indicators() {
    const fs::path path = fs::path(dir) / "model" / "indicators.json";
    const std::string file = Shown(path);
    auto json = ParseFile(path.string(), file, problems);
    if (!json) return;
    Reader r(*json, file, "", problems);
    if (!r.ok()) return;
    Version(r);
    if (const Json* scales = r.Array("scales")) {
      for (std::size_t i = 0; i < scales->size(); ++i) {
        Reader s((*scales)[i], file, PointerJoin("/scales", i), problems);
        const std::string id = s.String("id");
        if (id != "agree" && id != "belief")
          s.Problem("id", "expected \"agree\" or \"belief\", found \"" + id + "\"");
        s.Integer("points", 5, 5);
      }
    }
    if (const Json* arr = r.Array("indicators")) {
      if (arr->size() != kIndicatorCount)
        r.Problem("indicators",
                  "expected the 11 BIP indicators, found " + std::to_string(arr->size()));
      for (std::size_t i = 0; i < arr->size(); ++i) {
        Reader e((*arr)[i], file, PointerJoin("/indicators", i), problems);
        IndicatorDef d;
        d.id = e.String("id");
        if (i < kIndicatorCount && d.id != kIndicatorIds[i])
          e.Problem("id", "expected \"" + std::string(kIndicatorIds[i]) +
                              "\" at this place (F-IND order), found \"" + d.id + "\"");
        const std::string s = e.String("strength");
        if (s != "strong" && s != "weak")
          e.Problem("strength", "expected \"strong\" or \"weak\", found \"" + s + "\"");
        d.strength = s == "strong" ? Strength::kStrong : Strength::kWeak;
        d.finding = Finding(e, "finding");
        out.model.indicators.push_back(d);
      }
    }
    if (const Json* arr = r.Array("questions")) {
      std::set<std::string> ids;
      int citizen = 0, caseworker = 0;
      for (std::size_t i = 0; i < arr->size(); ++i) {
        Reader e((*arr)[i], file, PointerJoin("/questions", i), problems);
        QuestionDef q;
        q.id = e.String("id");
        if (!ids.insert(q.id).second) e.Problem("id", "duplicate question id \"" + q.id + "\"");
        const std::string who = e.String("asked_to");
        if (who != "citizen" && who != "caseworker")
          e.Problem("asked_to", "expected \"citizen\" or \"caseworker\", found \"" + who + "\"");
        q.asked_to = who == "citizen" ? Respondent::kCitizen : Respondent::kCaseworker;
        (q.asked_to == Respondent::kCitizen ? citizen : caseworker) += 1;
        q.indicator = IndicatorId(e, "indicator", e.String("indicator"));
        q.scale = e.String("scale");
        if (q.scale != "agree" && q.scale != "belief")
          e.Problem("scale", "expected \"agree\" or \"belief\", found \"" + q.scale + "\"");
        out.model.questions.push_back(q);
      }
      if (citizen != 9 || caseworker != 11)
        r.Problem("questions", "expected 9 citizen and 11 caseworker questions (F-STRONG), found " +
                                   std::to_string(citizen) + " and " + std::to_string(caseworker));
    }
  }

  void Interventions() {
    const fs::path path = fs::path(dir) / "model" / "interventions.json";
    const std::string file = Shown(path);
    auto json = ParseFile(path.string(), file, problems);
    if (!json) return;
    Reader r(*json, file, "", problems);
    if (!r.ok()) return;
    Version(r);
    if (const Json* groups = r.Array("groups")) {
      if (groups->size() != kGroupCount)
        r.Problem("groups", "expected the 4 BIP groups, found " + std::to_string(groups->size()));
      for (std::size_t i = 0; i < groups->size(); ++i) {
        Reader g((*groups)[i], file, PointerJoin("/groups", i), problems);
        const std::string id = g.String("id");
        if (i < kGroupCount && id != kGroupIds[i])
          g.Problem("id", std::string("expected \"") + kGroupIds[i] + "\" at this place, found \"" +
                              id + "\"");
        const bool job = g.Bool("job_focused");
        if (job != (i == 0))
          g.Problem("job_focused", "only the first group, job_focused, is job-focused");
      }
    }
    if (const Json* arr = r.Array("barriers")) Barriers(*arr, file);
    if (const Json* arr = r.Array("interventions")) {
      if (arr->size() > kMaxInterventions)
        r.Problem("interventions", "at most 32 interventions are supported");
      std::set<std::string> ids;
      for (std::size_t i = 0; i < arr->size() && i < kMaxInterventions; ++i) {
        const std::string ptr = PointerJoin("/interventions", i);
        Reader e((*arr)[i], file, ptr, problems);
        InterventionDef d;
        d.id = e.String("id");
        if (!ids.insert(d.id).second) e.Problem("id", "duplicate intervention id \"" + d.id + "\"");
        const std::string g = e.String("group");
        const auto gi = std::find(kGroupIds.begin(), kGroupIds.end(), g);
        if (gi == kGroupIds.end())
          e.Problem("group", "unknown group \"" + g +
                                 "\" (expected job_focused, upskilling, social or health)");
        else
          d.group = static_cast<Group>(gi - kGroupIds.begin());
        if (const Json* prof = e.Object("profile"))
          d.profile = IndicatorMap(*prof, file, e.At("profile"), 0.0, 1.0, false);
        if (d.profile[kCaseworkerBelief] != 0.0)
          e.Problem("profile", "an intervention cannot move the caseworker's belief directly");
        e.String("profile_source");
        d.load = e.Number("load", 0.1, 5);
        e.String("load_source");
        const std::vector<std::string> addresses = e.StringList("addresses");
        for (std::size_t b = 0; b < addresses.size(); ++b) {
          const std::size_t bi = out.model.BarrierIndex(addresses[b]);
          if (bi >= out.model.barriers.size())
            problems.Add(
                file, PointerJoin(e.At("addresses"), b),
                "unknown barrier \"" + addresses[b] + "\" (expected an id from /barriers)");
          else if (d.addresses & (BarrierSet{1} << bi))
            problems.Add(file, PointerJoin(e.At("addresses"), b),
                         "barrier \"" + addresses[b] + "\" listed twice");
          else
            d.addresses |= BarrierSet{1} << bi;
        }
        out.model.interventions.push_back(d);
      }
    }
  }

  // The barriers an intervention can address, each with the rule that
  // derives it for a drawn citizen: a person trait or an indicator below a value.
  void Barriers(const Json& arr, const std::string& file) {
    if (arr.size() > kMaxBarriers)
      problems.Add(file, "/barriers", "at most 32 barriers are supported");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < arr.size() && i < kMaxBarriers; ++i) {
      Reader b(arr[i], file, PointerJoin("/barriers", i), problems);
      if (!b.ok()) continue;
      BarrierDef d;
      d.id = b.String("id");
      if (!ids.insert(d.id).second) b.Problem("id", "duplicate barrier id \"" + d.id + "\"");
      b.String("source");
      if (const Json* from = b.Object("from")) {
        Reader f(*from, file, b.At("from"), problems);
        if (f.Has("person") == f.Has("indicator_below")) {
          f.Problem("", "expected exactly one of \"person\" and \"indicator_below\"");
        } else if (f.Has("person")) {
          const std::string trait = f.String("person");
          const auto t = std::find(kPersonTraitIds.begin(), kPersonTraitIds.end(), trait);
          if (t == kPersonTraitIds.end())
            f.Problem("person", "unknown person trait \"" + trait +
                                    "\" (expected psychiatric, somatic, addiction, unskilled, "
                                    "little_recent_work or conviction)");
          else
            d.trait = static_cast<PersonTrait>(t - kPersonTraitIds.begin());
        } else if (const Json* below = f.Object("indicator_below")) {
          Reader ib(*below, file, f.At("indicator_below"), problems);
          d.from_person = false;
          const std::string ind = ib.String("indicator");
          d.indicator = IndicatorIndex(ind);
          if (d.indicator >= kIndicatorCount) {
            ib.Problem("indicator", "unknown indicator \"" + ind + "\"");
            d.indicator = 0;
          }
          d.below = ib.Number("value", kScaleMin, kScaleMax);
        }
      }
      out.model.barriers.push_back(d);
    }
  }

  void Parameters(const fs::path& path) {
    const std::string file = Shown(path);
    auto json = ParseFile(path.string(), file, problems);
    if (!json) return;
    Reader r(*json, file, "", problems);
    if (!r.ok()) return;
    Version(r);
    const Json* params = r.Object("parameters");
    if (!params) return;
    Reader pr(*params, file, "/parameters", problems);
    for (const ParameterSlot& slot : ParameterRegistry()) {
      const std::string name(slot.name);
      const Json* entry = pr.Object(name);
      if (!entry) continue;
      Reader e(*entry, file, pr.At(name), problems);
      const std::string source = e.String("source");
      if (!source.empty() && !IsSource(source))
        e.Problem("source",
                  "expected an F-id from FINDINGS.md (optionally \"F-ID: why\") or \"modelling "
                  "assumption: <reason>\", found \"" +
                      source + "\"");
      if (slot.scalar) {
        out.model.params.*slot.scalar = e.Number("value", slot.min, slot.max);
      } else if (const Json* v = e.Object("value")) {
        out.model.params.*slot.per_indicator =
            IndicatorMap(*v, file, e.At("value"), slot.min, slot.max, false);
      }
    }
  }

  void Calibration() {
    const fs::path path = fs::path(dir) / "model" / "calibration.json";
    const std::string file = Shown(path);
    auto json = ParseFile(path.string(), file, problems);
    if (!json) return;
    Reader r(*json, file, "", problems);
    if (!r.ok()) return;
    Version(r);
    CalibrationSpec& spec = out.calibration;
    if (const Json* p = r.Object("protocol")) {
      Reader pr(*p, file, "/protocol", problems);
      spec.protocol.cohort = pr.Integer("cohort", 1, 1000000);
      spec.protocol.replicates = pr.Integer("replicates", 1, 100);
      spec.protocol.caseworkers = pr.Integer("caseworkers", 4, 100000);
      spec.protocol.job_centres = pr.Integer("job_centres", 1, 1000);
      spec.protocol.quarters = pr.Integer("quarters", 1, 100);
      spec.protocol.window = pr.Integer("window", 1, 100);
      if (spec.protocol.caseworkers % spec.protocol.job_centres != 0 ||
          spec.protocol.caseworkers / spec.protocol.job_centres < 2)
        pr.Problem("caseworkers",
                   "expected at least two caseworkers per job centre, the same number in each");
    }
    if (const Json* c = r.Object("cases")) {
      Reader cr(*c, file, "/cases", problems);
      spec.case_id = cr.String("case");
      spec.case_seeds = cr.Integer("seeds", 1, 1000000);
      if (const Json* m = cr.Object("reference_beats")) {
        Reader mr(*m, file, cr.At("reference_beats"), problems);
        spec.reference_margins.staircase = mr.Number("staircase", 0, 1);
        spec.reference_margins.none = mr.Number("none", 0, 1);
      }
    }
    const Json* arr = r.Array("targets");
    if (!arr) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      Reader t((*arr)[i], file, PointerJoin("/targets", i), problems);
      CalibrationTarget ct;
      ct.id = t.String("id");
      if (!ids.insert(ct.id).second) t.Problem("id", "duplicate target id \"" + ct.id + "\"");
      ct.finding = Finding(t, "finding");
      t.String("what");
      ct.measure = t.String("measure");
      ct.shape = t.String("shape", "");
      ct.policy = t.String("policy", "");
      ct.versus = t.String("versus", "");
      if (t.Has("target")) ct.targets = {t.Number("target", -1000, 1000)};
      if (const Json* ts = t.Array("targets", false))
        for (std::size_t k = 0; k < ts->size(); ++k) {
          if (!(*ts)[k].is_number())
            t.Problem("targets", "expected numbers");
          else
            ct.targets.push_back((*ts)[k].get<double>());
        }
      if (t.Has("tolerance")) ct.tolerances = {t.Number("tolerance", 0, 1000)};
      if (const Json* ts = t.Array("tolerances", false))
        for (std::size_t k = 0; k < ts->size(); ++k) {
          if (!(*ts)[k].is_number())
            t.Problem("tolerances", "expected numbers");
          else
            ct.tolerances.push_back((*ts)[k].get<double>());
        }
      ct.tolerance_points = t.Number("tolerance_points", 0, 1000, 0.0);
      ct.tolerance_relative = t.Number("tolerance_relative", 0, 10, 0.0);
      if (t.Has("min")) ct.min = t.Number("min", -1000, 1000);
      if (t.Has("max")) ct.max = t.Number("max", -1000, 1000);
      ct.ratio_to = t.String("ratio_to", "");
      if (!ct.ratio_to.empty() && !ids.count(ct.ratio_to))
        t.Problem("ratio_to", "expected the id of an earlier row, found \"" + ct.ratio_to + "\"");
      ct.strictly_increasing = t.Bool("strictly_increasing", false);
      spec.targets.push_back(ct);
    }
  }

  void Sparring() {
    const fs::path path = fs::path(dir) / "sparring.json";
    const std::string file = Shown(path);
    auto json = ParseFile(path.string(), file, problems);
    if (!json) return;
    Reader r(*json, file, "", problems);
    if (!r.ok()) return;
    Version(r);
    const Json* arr = r.Array("moves");
    if (!arr) return;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      Reader m((*arr)[i], file, PointerJoin("/moves", i), problems);
      SparringMove s;
      s.id = m.String("id");
      if (!ids.insert(s.id).second) m.Problem("id", "duplicate sparring move \"" + s.id + "\"");
      const std::string kind = m.String("kind");
      if (kind == "none")
        s.kind = SparringKind::kNone;
      else if (kind == "good")
        s.kind = SparringKind::kGood;
      else if (kind == "narrative")
        s.kind = SparringKind::kNarrative;
      else if (kind == "bad")
        s.kind = SparringKind::kBad;
      else
        m.Problem("kind", "expected none, good, narrative or bad, found \"" + kind + "\"");
      s.belief_shift = m.Number("belief_shift", -2, 2);
      s.grounding_shift = m.Number("grounding_shift", -1, 1);
      s.finding = Finding(m, "finding");
      m.String("source");
      out.model.sparring.push_back(s);
    }
    if (!ids.count("none")) r.Problem("moves", "expected a move with id \"none\" (no sparring)");
  }

  void Texts() {
    for (std::string_view lang : kLanguages) TextLanguage(std::string(lang));
  }

  // One language's folder: its .json text files in name order.
  void TextLanguage(const std::string& lang) {
    const fs::path ldir = fs::path(dir) / "i18n" / lang;
    std::error_code ec;
    if (!fs::is_directory(ldir, ec)) {
      problems.Add(
          Shown(ldir), "",
          "missing language directory (expected i18n/" + lang + "/ with .json text files)");
      unreadable_languages.insert(lang);
      return;
    }
    std::vector<fs::path> files;
    for (fs::directory_iterator it(ldir, ec), end; !ec && it != end; it.increment(ec))
      if (it->path().extension() == ".json") files.push_back(it->path());
    if (ec) {  // one line, not a "missing text" for every key of the language
      problems.Add(Shown(ldir), "",
                   "cannot read the folder: " + ec.message() +
                       " (expected a readable folder of .json text files)");
      unreadable_languages.insert(lang);
      return;
    }
    std::sort(files.begin(), files.end());
    std::map<std::string, std::string> where;
    for (const fs::path& path : files) TextFile(lang, path, where);
  }

  // One text file of a language. `where`: the keys of the language's files
  // read before this one and their file (a key read twice is reported where
  // it repeats); this file's keys are added to it.
  void TextFile(const std::string& lang, const fs::path& path,
                std::map<std::string, std::string>& where) {
    const std::string file = Shown(path);
    auto json = ParseFile(path.string(), file, problems);
    if (!json || !json->is_object()) {
      if (json)
        problems.Add(file, "",
                     "expected an object of \"key\": \"text\" pairs, found " + Describe(*json));
      unread_text_files[lang].insert(path.filename().string());
      return;
    }
    for (const auto& [key, value] : json->items()) {
      if (!value.is_string() || value.get<std::string>().empty()) {
        problems.Add(file, PointerJoin("", key),
                     "expected a non-empty text, found " + Describe(value));
        continue;
      }
      if (where.count(key)) {
        problems.Add(file, PointerJoin("", key), "duplicate key, already in " + where[key]);
        continue;
      }
      where[key] = file;
      text_file[lang][key] = path.filename().string();
      out.texts.Set(lang, key, value.get<std::string>());
    }
  }

  void Event(Reader& parent, const Json& json, const std::string& file, const std::string& ptr,
             CaseDef& c) {
    Reader r(json, file, ptr, problems);
    if (!r.ok()) return;
    bip::Event e;
    e.id = r.String("id");
    e.time_critical = r.Bool("time_critical", false);
    e.finding = Finding(r, "finding");
    if (const Json* t = r.Object("trigger")) {
      Reader tr(*t, file, r.At("trigger"), problems);
      const std::string type = tr.String("type");
      Trigger& g = e.trigger;
      g.from_quarter = tr.Integer("from_quarter", 1, c.quarters, 1);
      g.to_quarter = tr.Integer("to_quarter", 1, c.quarters, c.quarters);
      if (type == "quarter") {
        g.type = TriggerType::kQuarter;
        g.quarter = tr.Integer("quarter", 1, c.quarters);
      } else if (type == "after_group") {
        g.type = TriggerType::kAfterGroup;
        const std::string group = tr.String("group");
        const auto gi = std::find(kGroupIds.begin(), kGroupIds.end(), group);
        if (gi == kGroupIds.end())
          tr.Problem("group", "unknown group \"" + group + "\"");
        else
          g.group = static_cast<Group>(gi - kGroupIds.begin());
      } else if (type == "quarters_without_intervention") {
        g.type = TriggerType::kQuartersWithoutIntervention;
        g.count = tr.Integer("count", 1, c.quarters);
      } else if (type == "indicator_below" || type == "indicator_above") {
        g.type =
            type == "indicator_below" ? TriggerType::kIndicatorBelow : TriggerType::kIndicatorAbove;
        g.indicator = IndicatorId(tr, "indicator", tr.String("indicator"));
        g.value = tr.Number("value", kScaleMin, kScaleMax);
      } else if (type == "random") {
        g.type = TriggerType::kRandom;
        g.chance = tr.Number("chance", 0.0, 1.0);
      } else {
        tr.Problem("type", "unknown trigger \"" + type +
                               "\" (expected quarter, after_group, quarters_without_intervention, "
                               "indicator_below, indicator_above or random)");
      }
      if (g.to_quarter < g.from_quarter)
        tr.Problem("to_quarter", "expected to_quarter at or after from_quarter");
    }
    const Json* arr = r.Array("responses");
    if (arr) {
      if (arr->size() < 2 || arr->size() > 4)
        r.Problem("responses", "expected 2 to 4 responses, found " + std::to_string(arr->size()));
      std::set<std::string> ids;
      int defaults = 0;
      for (std::size_t i = 0; i < arr->size(); ++i) {
        Reader rr((*arr)[i], file, PointerJoin(r.At("responses"), i), problems);
        Response resp;
        resp.id = rr.String("id");
        if (!ids.insert(resp.id).second)
          rr.Problem("id", "duplicate response id \"" + resp.id + "\"");
        const std::string practice = rr.String("practice");
        if (practice == "good")
          resp.practice = Practice::kGood;
        else if (practice == "mixed")
          resp.practice = Practice::kMixed;
        else if (practice == "poor")
          resp.practice = Practice::kPoor;
        else
          rr.Problem("practice", "expected good, mixed or poor, found \"" + practice + "\"");
        resp.is_default = rr.Bool("default", false);
        defaults += resp.is_default;
        resp.finding = Finding(rr, "finding");
        if (const Json* fx = rr.Object("effects")) {
          Reader f(*fx, file, rr.At("effects"), problems);
          ResponseEffects& ef = resp.effects;
          if (const Json* ind = f.Object("indicators", false))
            ef.indicators = IndicatorMap(*ind, file, f.At("indicators"), -1.0, 1.0, false);
          ef.belief = f.Number("belief", -2, 2, 0.0);
          ef.grounding = f.Number("grounding", -1, 1, 0.0);
          if (const Json* op = f.Object("opening", false)) {
            Reader o(*op, file, f.At("opening"), problems);
            ef.opening_log_hazard = o.Number("log_hazard", 0, 5);
            ef.opening_quarters = o.Integer("quarters", 1, 8);
          }
          ef.caseworker_change = f.Bool("caseworker_change", false);
          ef.pause_interventions = f.Bool("pause_interventions", false);
        }
        e.responses.push_back(resp);
      }
      if (defaults != 1)
        r.Problem("responses",
                  "expected exactly one response with \"default\": true (what happens when nobody "
                  "acts), found " +
                      std::to_string(defaults));
    }
    if (!event_ids.insert(e.id).second) r.Problem("id", "duplicate event id \"" + e.id + "\"");
    (void)parent;
    c.events.push_back(std::move(e));
  }

  void Case(const fs::path& path) {
    const std::string file = Shown(path);
    auto json = ParseFile(path.string(), file, problems);
    if (!json) return;
    Reader r(*json, file, "", problems);
    if (!r.ok()) return;
    Version(r);
    CaseDef c;
    c.file = file;
    c.id = r.String("id");
    if (!c.id.empty() && c.id != path.stem().string())
      r.Problem("id", "expected the file name \"" + path.stem().string() + "\" as id, found \"" +
                          c.id + "\"");
    c.content_version = r.Integer("content_version", 1, 1000000);
    const std::size_t problems_before = problems.size();
    c.quarters = r.Integer("quarters", 1, 40);
    // A missing or bad length is reported once; quarter numbers elsewhere in
    // the file are then judged against the longest case rather than echo it.
    if (problems.size() != problems_before) c.quarters = 40;
    if (const Json* p = r.Object("person")) {
      Reader pr(*p, file, "/person", problems);
      Person& person = c.person;
      person.age = pr.Integer("age", 16, 70);
      auto one_of = [&](const std::string& key, std::initializer_list<const char*> allowed) {
        const std::string v = pr.String(key);
        for (const char* a : allowed)
          if (v == a) return v;
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        pr.Problem(key, "expected one of " + list + ", found \"" + v + "\"");
        return v;
      };
      person.sex = one_of("sex", {"male", "female"});
      person.education = one_of("education", {"unskilled", "vocational", "higher"});
      person.family = one_of("family", {"single", "couple", "single_parent", "couple_children"});
      person.main_health =
          one_of("main_health", {"none", "psychiatric", "musculoskeletal", "somatic", "addiction"});
      person.work_months_last_3_years = pr.Integer("work_months_last_3_years", 0, 36);
      person.years_on_support = pr.Integer("years_on_support", 0, 50);
      person.non_western_immigrant = pr.Bool("non_western_immigrant");
      person.conviction = pr.Bool("conviction");
      person.addiction = pr.Bool("addiction");
    }
    if (const Json* s = r.Object("start"))
      c.start = IndicatorMap(*s, file, "/start", kScaleMin, kScaleMax, true);
    if (const Json* cw = r.Object("caseworker")) {
      Reader cr(*cw, file, "/caseworker", problems);
      c.caseworker_effectiveness = cr.Number("effectiveness", -3, 3);
      c.grounding = cr.Number("grounding", 0, 1);
    }
    c.previous_caseworker_changes = r.Integer("previous_caseworker_changes", 0, 50);
    c.palette = r.StringList("palette");
    std::set<std::string> in_palette;  // one pass: 100,000 repeats must not take minutes
    for (std::size_t i = 0; i < c.palette.size(); ++i) {
      if (out.model.InterventionIndex(c.palette[i]) >= out.model.interventions.size())
        problems.Add(file, PointerJoin("/palette", i),
                     "unknown intervention \"" + c.palette[i] +
                         "\" (expected an id from model/interventions.json)");
      if (!in_palette.insert(c.palette[i]).second)
        problems.Add(file, PointerJoin("/palette", i),
                     "duplicate intervention \"" + c.palette[i] + "\"");
    }
    CaseBarriers(r, c);
    event_ids.clear();
    if (const Json* evs = r.Array("events"))
      for (std::size_t i = 0; i < evs->size(); ++i)
        Event(r, (*evs)[i], file, PointerJoin("/events", i), c);
    c.reflection_questions = r.StringList("reflection_questions");
    if (const Json* pols = r.Object("policies")) {
      for (const auto& [name, value] : pols->items()) {
        Reader pr(value, file, PointerJoin("/policies", name), problems);
        if (pr.ok()) c.policies[name] = ReadPolicy(pr, name, out.model, c);
      }
    }
    c.reference_policy = r.String("reference_policy");
    if (!c.reference_policy.empty() && !c.policies.count(c.reference_policy))
      r.Problem("reference_policy", "expected the name of one of this case's policies, found \"" +
                                        c.reference_policy + "\"");
    for (const Policy* needed :
         {c.FindPolicy("karen"), c.FindPolicy("staircase"), c.FindPolicy("none")})
      if (!needed) {
        r.Problem("policies", "expected at least the policies karen, staircase and none");
        break;
      }
    out.cases.push_back(std::move(c));
  }

  // The citizen's barriers: known ids, and at least those the person data
  // implies by the barrier rules, so a case and a drawn citizen with the
  // same background face the same barriers.
  void CaseBarriers(Reader& r, CaseDef& c) {
    const std::vector<std::string> ids = r.StringList("barriers");
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::size_t bi = out.model.BarrierIndex(ids[i]);
      if (bi >= out.model.barriers.size())
        problems.Add(r.file(), PointerJoin("/barriers", i),
                     "unknown barrier \"" + ids[i] +
                         "\" (expected an id from model/interventions.json /barriers)");
      else if (c.barriers & (BarrierSet{1} << bi))
        problems.Add(r.file(), PointerJoin("/barriers", i),
                     "barrier \"" + ids[i] + "\" listed twice");
      else
        c.barriers |= BarrierSet{1} << bi;
    }
    const Background b = BackgroundOf(c.person);
    for (std::size_t bi = 0; bi < out.model.barriers.size(); ++bi) {
      const BarrierDef& d = out.model.barriers[bi];
      if (!d.from_person || !HasTrait(b, d.trait) || (c.barriers & (BarrierSet{1} << bi))) continue;
      r.Problem("barriers", "expected \"" + d.id + "\": the person data says " +
                                kPersonTraitIds[static_cast<std::size_t>(d.trait)]);
    }
    bool addressed = false;
    for (const std::string& id : c.palette) {
      const std::size_t k = out.model.InterventionIndex(id);
      if (k < out.model.interventions.size() &&
          out.model.interventions[k].group != Group::kJobFocused &&
          (out.model.interventions[k].addresses & c.barriers))
        addressed = true;
    }
    if (!c.palette.empty() && c.barriers != 0 && !addressed)
      r.Problem("palette",
                "no non-job intervention in the palette addresses any of the citizen's barriers, "
                "so no plan can be coordinated (F-LINE)");
  }

  void Cases() {
    const fs::path cdir = fs::path(dir) / "cases";
    std::error_code ec;
    std::vector<fs::path> files;
    if (fs::is_directory(cdir, ec))
      for (const auto& entry : fs::directory_iterator(cdir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty())
      problems.Add(Shown(cdir), "", "no cases (expected at least one cases/<id>.json)");
    for (const fs::path& f : files) Case(f);
  }

  // The file name a missing key belongs in: where another language keeps it
  // (empty when no language has it).
  std::string HomeOf(const std::string& key) const {
    for (std::string_view other : kLanguages) {
      const auto files = text_file.find(std::string(other));
      if (files == text_file.end()) continue;
      const auto it = files->second.find(key);
      if (it != files->second.end()) return it->second;
    }
    return {};
  }

  // Check: the texts `required` are there in every language (and, with
  // across_languages, that every key of one language is in the others).
  void CheckTexts(const bip::Texts& texts, const std::vector<std::string>& required,
                  bool across_languages) {
    std::map<std::pair<std::string, std::string>, int> in_unread_files;  // (lang, file) -> keys
    std::set<std::pair<std::string, std::string>> reported;  // (lang, key): one line each
    auto missing = [&](const std::string& lang, const std::string& key, const std::string& why) {
      if (unreadable_languages.count(lang)) return;  // the folder's one line says it
      if (!reported.emplace(lang, key).second) return;
      const std::string home = HomeOf(key);
      const auto unread = unread_text_files.find(lang);
      if (!home.empty() && unread != unread_text_files.end() && unread->second.count(home)) {
        in_unread_files[{lang, home}] += 1;
        return;
      }
      const fs::path where = fs::path(dir) / "i18n" / lang / home;
      problems.Add(Shown(home.empty() ? where.parent_path() : where), PointerJoin("", key), why);
    };
    // Where the other languages keep a key, as check-content says it.
    auto present_in = [&](const std::string& key) {
      std::string where;
      for (std::string_view other : kLanguages) {
        const auto files = text_file.find(std::string(other));
        if (files == text_file.end() || !files->second.count(key)) continue;
        where += (where.empty() ? "; present in " : ", ") +
                 Shown(fs::path(dir) / "i18n" / std::string(other) / files->second.at(key));
      }
      return where;
    };
    for (const std::string& key : required)
      for (std::string_view lang : kLanguages)
        if (!texts.Has(std::string(lang), key))
          missing(std::string(lang), key,
                  "missing text (expected it in sv, da and en" + present_in(key) + ")");
    // A key in one language must be in the others too.
    if (across_languages)
      for (std::string_view a : kLanguages)
        for (const auto& [key, text] : texts.All(std::string(a)))
          for (std::string_view b : kLanguages)
            if (!texts.Has(std::string(b), key))
              missing(std::string(b), key,
                      "missing text (expected it in sv, da and en" + present_in(key) + ")");
    for (const auto& [where, count] : in_unread_files)
      problems.Add(Shown(fs::path(dir) / "i18n" / where.first / where.second), "",
                   std::to_string(count) +
                       " texts missing because this file could not be read (see the line above)");
  }

  // The cohort draws plans from every group (F-MIX): a group nobody belongs
  // to would be drawn from nothing.
  void CheckGroupsHaveMembers() {
    if (out.model.interventions.empty()) return;  // reported where they are read
    for (std::size_t g = 0; g < kGroupCount; ++g) {
      const bool any = std::any_of(
          out.model.interventions.begin(), out.model.interventions.end(),
          [&](const InterventionDef& d) { return static_cast<std::size_t>(d.group) == g; });
      if (!any)
        problems.Add(Shown(fs::path(dir) / "model" / "interventions.json"), "/interventions",
                     std::string("no intervention in the group \"") + kGroupIds[g] +
                         "\" (expected at least one in each of the 4 groups: the cohort draws "
                         "plans from every group)");
    }
  }

  void CheckCalibration() {
    if (!out.calibration.case_id.empty() && !out.FindCase(out.calibration.case_id))
      problems.Add("model/calibration.json", "/cases/case",
                   "unknown case \"" + out.calibration.case_id + "\"");
  }
};

}  // namespace

std::vector<std::string> RequiredTextKeys(const Content& c) {
  std::vector<std::string> keys;
  for (const IndicatorDef& d : c.model.indicators) {
    keys.push_back("indicator." + d.id + ".name");
    keys.push_back("indicator." + d.id + ".description");
  }
  for (const QuestionDef& q : c.model.questions) keys.push_back("question." + q.id + ".text");
  for (int i = 1; i <= 5; ++i) {
    keys.push_back("scale.agree." + std::to_string(i));
    keys.push_back("scale.belief." + std::to_string(i));
  }
  for (const char* g : kGroupIds) {
    keys.push_back(std::string("group.") + g + ".name");
    keys.push_back(std::string("group.") + g + ".description");
  }
  for (const BarrierDef& d : c.model.barriers) keys.push_back("barrier." + d.id + ".name");
  for (const InterventionDef& d : c.model.interventions) {
    keys.push_back("intervention." + d.id + ".name");
    keys.push_back("intervention." + d.id + ".description");
  }
  for (const SparringMove& m : c.model.sparring) {
    keys.push_back("sparring." + m.id + ".name");
    keys.push_back("sparring." + m.id + ".description");
  }
  for (const char* k : {"none", "good", "narrative", "bad"})
    keys.push_back(std::string("sparring.kind.") + k);
  for (const char* f : {"F-DATA", "F-SCALE", "F-POWER", "F-POP", "F-IND", "F-STRONG", "F-INT",
                        "F-MIX", "F-LINE", "F-S12", "F-BELIEF", "F-CHANGE", "F-EFFECT", "F-SHAPE",
                        "F-SPAR", "F-HENRIK", "F-MORE", "F-EVENT"}) {
    keys.push_back(std::string("finding.") + f + ".title");
    keys.push_back(std::string("finding.") + f + ".summary");
  }
  for (const CaseDef& cd : c.cases) {
    const std::vector<std::string> case_keys = CaseTextKeys(cd);
    keys.insert(keys.end(), case_keys.begin(), case_keys.end());
  }
  for (std::string_view k : UiTextKeys()) keys.emplace_back(k);
  return keys;
}

std::optional<Policy> LoadPolicyFile(const std::string& path, const Content& content,
                                     const CaseDef& c, Problems& problems) {
  auto json = ParseFile(path, path, problems);
  if (!json) return std::nullopt;
  Reader r(*json, path, "", problems);
  if (!r.ok()) return std::nullopt;
  const int v = r.Integer("format_version", 1, 1000);
  if (r.Has("format_version") && v != kFormatVersion)
    r.Problem("format_version", "expected " + std::to_string(kFormatVersion));
  const std::string case_id = r.String("case");
  if (!case_id.empty() && case_id != c.id)
    r.Problem("case", "this policy is for case \"" + case_id + "\", not \"" + c.id + "\"");
  Policy p = ReadPolicy(r, fs::path(path).stem().string(), content.model, c);
  r.Finish();
  if (!problems.empty()) return std::nullopt;
  return p;
}

LoadResult LoadContent(const std::string& dir) {
  LoadResult result;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    result.problems.Add(
        dir, "",
        "not a content directory (expected a folder with model/, cases/, i18n/ and sparring.json)");
    return result;
  }
  auto content = std::make_unique<Content>();
  content->dir = dir;
  Loader loader{LoaderDir(dir), result.problems, *content};
  // Load.
  loader.Indicators();
  loader.Interventions();
  loader.Parameters(fs::path(loader.dir) / "model" / "parameters.json");
  loader.Calibration();
  loader.Sparring();
  loader.Texts();
  // Link (cases refer to interventions, sparring moves and indicators).
  loader.Cases();
  // Check.
  loader.CheckTexts(content->texts, RequiredTextKeys(*content), true);
  loader.CheckGroupsHaveMembers();
  loader.CheckCalibration();
  CheckModelConsistency(*content, loader.Shown(fs::path(loader.dir) / "model" / "parameters.json"),
                        loader.Shown(fs::path(loader.dir) / "model" / "calibration.json"),
                        result.problems);
  if (result.problems.empty())
    CheckModelStaysFinite(*content,
                          loader.Shown(fs::path(loader.dir) / "model" / "parameters.json"),
                          result.problems);
  if (result.problems.empty()) result.content = std::move(content);
  result.text_homes = std::move(loader.text_file);
  return result;
}

std::optional<CaseDef> LoadCaseFile(const std::string& path, const Content& loaded,
                                    Problems& problems) {
  // The loaded model with this case alone: the case's own checks, not
  // every other case's again.
  Content one;
  one.dir = loaded.dir;
  one.model = loaded.model;
  one.calibration = loaded.calibration;
  Loader loader{LoaderDir(loaded.dir), problems, one};
  const std::size_t before = problems.size();
  loader.Case(path);
  if (one.cases.empty()) return std::nullopt;  // not an object of a case: reported
  loader.CheckTexts(loaded.texts, CaseTextKeys(one.cases.front()), false);
  if (problems.size() == before)
    CheckModelStaysFinite(one, loader.Shown(fs::path(loader.dir) / "model" / "parameters.json"),
                          problems);
  if (problems.size() != before) return std::nullopt;
  return std::move(one.cases.front());
}

std::optional<Parameters> LoadParametersFile(const std::string& path, const Content& loaded,
                                             Problems& problems) {
  // The loaded model and cases with the parameters read again from their
  // defaults, as LoadContent starts; texts are not needed for the checks.
  Content one;
  one.dir = loaded.dir;
  one.model = loaded.model;
  one.model.params = ModelContent{}.params;
  one.cases = loaded.cases;
  one.calibration = loaded.calibration;
  Loader loader{LoaderDir(loaded.dir), problems, one};
  const std::size_t before = problems.size();
  loader.Parameters(path);
  const std::string file = loader.Shown(path);
  CheckModelConsistency(
      one, file, loader.Shown(fs::path(loader.dir) / "model" / "calibration.json"), problems);
  if (problems.size() == before) CheckModelStaysFinite(one, file, problems);
  if (problems.size() != before) return std::nullopt;
  return one.model.params;
}

bool LoadTextFile(const std::string& path, const Content& loaded, const TextHomes& homes,
                  Problems& problems) {
  const fs::path p(path);
  const std::string lang = p.parent_path().filename().string();
  const std::string name = p.filename().string();
  if (std::find(std::begin(kLanguages), std::end(kLanguages), lang) == std::end(kLanguages)) {
    problems.Add(path, "", "expected a text file in i18n/sv, i18n/da or i18n/en");
    return false;
  }
  Content one;
  one.dir = loaded.dir;
  Loader loader{LoaderDir(loaded.dir), problems, one};
  const std::size_t before = problems.size();
  // Every text as loaded but this file's. Of this language's other files,
  // those named before it are read before it (a key it repeats is reported
  // here), those after it after (a key they repeat is reported there).
  std::map<std::string, std::string> earlier, later;  // key -> file as problems name it
  for (std::string_view language : kLanguages) {
    const std::string other(language);
    const auto other_homes = homes.find(other);
    for (const auto& [key, text] : loaded.texts.All(other)) {
      std::string home;
      if (other_homes != homes.end()) {
        const auto h = other_homes->second.find(key);
        if (h != other_homes->second.end()) home = h->second;
      }
      if (other == lang && home == name) continue;
      one.texts.Set(other, key, text);
      loader.text_file[other][key] = home;
      if (other == lang)
        (home < name ? earlier : later)[key] =
            loader.Shown(fs::path(loader.dir) / "i18n" / lang / home);
    }
  }
  loader.TextFile(lang, p, earlier);
  for (const auto& [key, file] : later)
    if (loader.text_file[lang][key] == name)
      problems.Add(file, PointerJoin("", key), "duplicate key, already in " + loader.Shown(p));
  loader.CheckTexts(one.texts, RequiredTextKeys(loaded), true);
  return problems.size() == before;
}

}  // namespace bip
