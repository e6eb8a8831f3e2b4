#include "ui_test_support.hpp"

#include <fcntl.h>
#include <stb/stb_image.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "line_of_100.hpp"
#include "load_content.hpp"
#include "outcome_model.hpp"

namespace bip::test {

const Content& TestContent() {
  static std::unique_ptr<Content> content = [] {
    LoadResult r = LoadContent(BIPGAME_SOURCE_CONTENT_DIR);
    if (!r.content) {
      std::string all;
      for (const Problem& p : r.problems.list()) all += p.Line() + "\n";
      throw std::runtime_error("content does not load:\n" + all);
    }
    return std::move(r.content);
  }();
  return *content;
}

TempDir::TempDir() {
  std::random_device rd;
  const auto base = std::filesystem::temp_directory_path();
  for (int i = 0; i < 100; ++i) {
    const auto p = base / ("bipgame-ui-test-" + std::to_string(rd()));
    std::error_code ec;
    if (std::filesystem::create_directory(p, ec)) {
      path_ = p.string();
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary folder");
}

TempDir::~TempDir() {
  std::error_code ec;
  // An unwritable folder made by a test must become writable to go.
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, ec);
  for (const auto& e : std::filesystem::recursive_directory_iterator(path_, ec))
    if (e.is_directory())
      std::filesystem::permissions(e.path(), std::filesystem::perms::owner_all,
                                   std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

HeadlessRun PlayHeadless(const std::string& case_id, const std::string& policy_name,
                         std::uint64_t seed, int max_quarters, const Content* content) {
  const Content& c = content ? *content : TestContent();
  const OutcomeModel model(c.model);
  const LineOf100 line(model, 4000, 1);
  const CaseDef* cd = c.FindCase(case_id);
  if (!cd) throw std::runtime_error("no case " + case_id);
  const Policy* policy = cd->FindPolicy(policy_name);
  if (!policy) throw std::runtime_error("no policy " + policy_name);
  Playthrough play(c, model, line, *cd, seed);
  HeadlessRun run;
  while (!play.finished() && run.quarters < max_quarters) {
    std::vector<std::string> up;
    for (const Event* e : play.pending_events()) up.push_back(e->id);
    const QuarterChoices ch = PolicyChoices(*policy, play);
    play.Play(ch);
    run.choices.push_back(ch);
    run.events.push_back(up);
    ++run.quarters;
  }
  run.employed = play.employed();
  return run;
}

nlohmann::json ScriptFor(const std::string& case_id, std::uint64_t seed, const HeadlessRun& run,
                         const std::string& alias, const std::string& lang) {
  using nlohmann::json;
  json s = json::array();
  s.push_back({{"intent", "create_profile"}, {"alias", alias}});
  s.push_back({{"intent", "set_language"}, {"lang", lang}});
  s.push_back({{"intent", "start_case"}, {"case", case_id}, {"seed", seed}});
  s.push_back({{"intent", "next"}});  // briefing -> meeting
  for (std::size_t q = 0; q < run.choices.size(); ++q) {
    const QuarterChoices& ch = run.choices[q];
    s.push_back({{"intent", "belief"}, {"answer", ch.belief}});
    s.push_back({{"intent", "next"}});  // -> situation or plan
    if (!run.events[q].empty()) {
      for (const auto& [event, response] : ch.responses)
        s.push_back({{"intent", "respond"}, {"event", event}, {"response", response}});
      s.push_back({{"intent", "next"}});  // situation -> plan
    }
    s.push_back({{"intent", "set_interventions"}, {"ids", ch.interventions}});
    s.push_back({{"intent", "next"}});  // -> sparring
    s.push_back({{"intent", "sparring"}, {"id", ch.sparring}});
    s.push_back({{"intent", "play_quarter"}});
    s.push_back({{"intent", "next"}});  // -> next meeting, or the end
  }
  return s;
}

namespace {

pid_t Spawn(const std::vector<std::string>& args, const std::string& stderr_file) {
  const pid_t pid = fork();
  if (pid != 0) return pid;
  setenv("SDL_VIDEODRIVER", "offscreen", 1);
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  const int fd = open(stderr_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    dup2(fd, STDERR_FILENO);
    close(fd);
  }
  const int devnull = open("/dev/null", O_WRONLY);
  if (devnull >= 0) dup2(devnull, STDOUT_FILENO);
  std::vector<char*> argv;
  std::string exe = BIPGAME_EXE;
  argv.push_back(exe.data());
  std::vector<std::string> copy = args;
  for (std::string& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  execv(BIPGAME_EXE, argv.data());
  _exit(127);
}

}  // namespace

ProcessResult RunGame(const std::vector<std::string>& args) {
  TempDir tmp;
  const std::string err = tmp.File("stderr.txt");
  const pid_t pid = Spawn(args, err);
  int status = 0;
  waitpid(pid, &status, 0);
  ProcessResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.err = ReadFile(err);
  return r;
}

int StartGame(const std::vector<std::string>& args, const std::string& stderr_file) {
  return static_cast<int>(Spawn(args, stderr_file));
}

std::string WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return path;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

unsigned Image::Pixel(int x, int y) const {
  const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                         static_cast<std::size_t>(x)) *
                        3;
  return (static_cast<unsigned>(rgb[i]) << 16) | (static_cast<unsigned>(rgb[i + 1]) << 8) |
         rgb[i + 2];
}

bool LoadPng(const std::string& path, Image& out) {
  int w = 0, h = 0, n = 0;
  unsigned char* data = stbi_load(path.c_str(), &w, &h, &n, 3);
  if (!data) return false;
  out.width = w;
  out.height = h;
  out.rgb.assign(data, data + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
  stbi_image_free(data);
  return true;
}

}  // namespace bip::test
