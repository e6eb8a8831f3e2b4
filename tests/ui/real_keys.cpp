#include "real_keys.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace bip::test {
namespace {

namespace fs = std::filesystem;

std::vector<char*> Argv(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return argv;
}

// Runs a program on `display` and waits for it; its stdout in `out`.
int Run(const std::string& display, std::vector<std::string> args, std::string* out = nullptr) {
  int pipe_fd[2];
  if (pipe(pipe_fd) != 0) return -1;
  const pid_t pid = fork();
  if (pid == 0) {
    setenv("DISPLAY", display.c_str(), 1);
    dup2(pipe_fd[1], STDOUT_FILENO);
    close(pipe_fd[0]);
    close(pipe_fd[1]);
    const int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, STDERR_FILENO);
    std::vector<char*> argv = Argv(args);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  close(pipe_fd[1]);
  std::string text;
  char buf[256];
  for (ssize_t n; (n = read(pipe_fd[0], buf, sizeof buf)) > 0;)
    text.append(buf, static_cast<std::size_t>(n));
  close(pipe_fd[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (out) *out = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Ends a child: SIGTERM, then SIGKILL after `seconds`. Its exit code, or -1.
int Stop(int pid, double seconds) {
  if (pid <= 0) return -1;
  kill(pid, SIGTERM);
  int status = 0;
  const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < until) {
    if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return -1;
}

}  // namespace

RealKeys::RealKeys(int width, int height) : width_(width), height_(height) {
  // Xvfb picks a free display and writes its number to the pipe.
  int pipe_fd[2];
  if (pipe(pipe_fd) != 0) {
    problem_ = "no pipe";
    return;
  }
  const pid_t pid = fork();
  if (pid == 0) {
    close(pipe_fd[0]);
    const int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) {
      dup2(devnull, STDOUT_FILENO);
      dup2(devnull, STDERR_FILENO);
    }
    std::vector<std::string> args = {
        "Xvfb", "-displayfd", std::to_string(pipe_fd[1]), "-screen", "0",
        std::to_string(width) + "x" + std::to_string(height) + "x24", "-nolisten", "tcp",
        // No autorepeat: xdotool stalled by a busy machine between a key's
        // press and release must not turn one Tab into two.
        "-ardelay", "60000"};
    std::vector<char*> argv = Argv(args);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  close(pipe_fd[1]);
  xvfb_pid_ = pid;
  std::string number;
  pollfd p{pipe_fd[0], POLLIN, 0};
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (number.find('\n') == std::string::npos && std::chrono::steady_clock::now() < until) {
    if (poll(&p, 1, 200) <= 0) continue;
    char c[16];
    const ssize_t n = read(pipe_fd[0], c, sizeof c);
    if (n <= 0) break;
    number.append(c, static_cast<std::size_t>(n));
  }
  close(pipe_fd[0]);
  number.erase(std::remove(number.begin(), number.end(), '\n'), number.end());
  if (number.empty()) {
    problem_ = "Xvfb did not start (is the xvfb package installed? scripts/setup.sh)";
    return;
  }
  display_ = ":" + number;
  if (Run(display_, {"xdotool", "version"}) != 0)
    problem_ = "xdotool does not run (scripts/setup.sh installs it)";
  // A Swedish keyboard: å, ä and ö are keys of their own (xdotool would
  // otherwise remap a spare key for them, which SDL may not notice in time).
  if (Run(display_, {"setxkbmap", "se"}) != 0)
    problem_ = "setxkbmap does not run (scripts/setup.sh installs it)";
}

RealKeys::~RealKeys() {
  Stop(game_pid_, 5.0);
  Stop(xvfb_pid_, 5.0);
  if (!err_file_.empty()) fs::remove(err_file_);
  if (!log_file_.empty()) fs::remove(log_file_);
}

bool RealKeys::Start(const std::vector<std::string>& args) {
  if (!ok()) return false;
  char err_name[] = "/tmp/bipgame-realkeys-err-XXXXXX";
  char log_name[] = "/tmp/bipgame-realkeys-screens-XXXXXX";
  for (char* name : {err_name, log_name}) {
    const int fd = mkstemp(name);
    if (fd >= 0) close(fd);
  }
  err_file_ = err_name;
  log_file_ = log_name;
  const pid_t pid = fork();
  if (pid == 0) {
    setenv("DISPLAY", display_.c_str(), 1);
    setenv("SDL_VIDEODRIVER", "x11", 1);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    const int err = open(err_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (err >= 0) dup2(err, STDERR_FILENO);
    const int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, STDOUT_FILENO);
    std::vector<std::string> all = {BIPGAME_EXE, "--screen-log", log_file_};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv = Argv(all);
    execv(BIPGAME_EXE, argv.data());
    _exit(127);
  }
  game_pid_ = pid;
  // Its window (SDL sets _NET_WM_PID) and the first screen drawn in it.
  const bool found = WaitFor(
      [&] {
        window_.clear();
        Run(display_, {"xdotool", "search", "--onlyvisible", "--pid", std::to_string(pid)},
            &window_);
        return window_.find_first_of("0123456789") != std::string::npos && ScreenCount() > 0;
      },
      30.0);
  if (!found) {
    problem_ = "no game window within 30 s: " + Errors();
    return false;
  }
  window_ = window_.substr(0, window_.find('\n'));
  // The keyboard: with no window manager SDL takes it once a pointer has
  // entered and clicked the window, and only once its window is fully set
  // up, which nothing outside shows. So: a click on an empty spot, then F1
  // must open About; else again, until it does.
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  bool keys_arrive = false;
  while (!keys_arrive && std::chrono::steady_clock::now() < until) {
    Run(display_, {"xdotool", "mousemove", "--window", window_, "300", "700", "click", "1"});
    Run(display_, {"xdotool", "windowfocus", "--sync", window_});
    Key("F1");
    keys_arrive = WaitForScreen("about", 2.0);
  }
  if (!keys_arrive) {
    problem_ = "the game window never took the keyboard (F1 did not open About)";
    return false;
  }
  if (!Next({"Escape"})) {
    problem_ = "Esc did not close About";
    return false;
  }
  return true;
}

void RealKeys::FillScreen() {
  Run(display_, {"xdotool", "windowmove", "--sync", window_, "0", "0"});
  Run(display_, {"xdotool", "windowsize", "--sync", window_, std::to_string(width_),
                 std::to_string(height_)});
}

void RealKeys::Keys(const std::vector<std::string>& keys) {
  std::vector<std::string> args = {"xdotool"};
  for (const std::string& k : keys) {
    for (const char* part :
         {"keydown", k.c_str(), "sleep", "0.09", "keyup", k.c_str(), "sleep", "0.11"})
      args.push_back(part);
  }
  Run(display_, args);
}

void RealKeys::Type(const std::string& utf8) {
  // A letter the X keyboard lacks (setxkbmap does not take on every Xvfb)
  // xdotool types by binding it to a spare key for the length of its delay:
  // a game busy with a frame that long reads the key after the binding is
  // gone and gets nothing. Such letters go one by one, held longer.
  std::string run;
  const auto flush = [&](const char* delay) {
    if (!run.empty()) Run(display_, {"xdotool", "type", "--delay", delay, "--", run});
    run.clear();
  };
  for (std::size_t i = 0; i < utf8.size();) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    len = std::min(len, utf8.size() - i);
    if (len == 1) {
      run += utf8[i];
    } else {
      flush("120");
      run = utf8.substr(i, len);
      flush("600");
    }
    i += len;
  }
  flush("120");
}

int RealKeys::Close() {
  const int code = Stop(game_pid_, 15.0);
  game_pid_ = -1;
  return code;
}

std::string RealKeys::Errors() const {
  std::ifstream in(err_file_);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool RealKeys::WaitFor(const std::function<bool()>& done, double seconds) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  for (;;) {
    if (done()) return true;
    if (std::chrono::steady_clock::now() >= until) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

std::vector<std::string> RealKeys::Log() const {
  std::vector<std::string> lines;
  std::ifstream in(log_file_);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string RealKeys::Screen() const {
  const std::vector<std::string> lines = Log();
  return lines.empty() ? std::string() : lines.back();
}

std::size_t RealKeys::ScreenCount() const {
  return Log().size();
}

bool RealKeys::WaitForScreen(const std::string& part, double seconds) const {
  return WaitFor([&] { return Screen().find(part) != std::string::npos; }, seconds);
}

bool RealKeys::Next(const std::vector<std::string>& keys, double seconds) {
  const std::size_t before = ScreenCount();
  Keys(keys);
  return WaitFor([&] { return ScreenCount() > before; }, seconds);
}

}  // namespace bip::test
