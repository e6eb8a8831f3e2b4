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

RealKeys::RealKeys(int width, int height) {
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
        "Xvfb",      "-displayfd", std::to_string(pipe_fd[1]),
        "-screen",   "0",          std::to_string(width) + "x" + std::to_string(height) + "x24",
        "-nolisten", "tcp"};
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
}

bool RealKeys::Start(const std::vector<std::string>& args) {
  if (!ok()) return false;
  char name[] = "/tmp/bipgame-realkeys-XXXXXX";
  const int fd = mkstemp(name);
  if (fd >= 0) close(fd);
  err_file_ = name;
  const pid_t pid = fork();
  if (pid == 0) {
    setenv("DISPLAY", display_.c_str(), 1);
    setenv("SDL_VIDEODRIVER", "x11", 1);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    const int err = open(err_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (err >= 0) dup2(err, STDERR_FILENO);
    const int devnull = open("/dev/null", O_WRONLY);
    if (devnull >= 0) dup2(devnull, STDOUT_FILENO);
    std::vector<std::string> all = {BIPGAME_EXE};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv = Argv(all);
    execv(BIPGAME_EXE, argv.data());
    _exit(127);
  }
  game_pid_ = pid;
  // Its window (SDL sets _NET_WM_PID), then the keyboard to it.
  std::string window;
  const bool found = WaitFor(
      [&] {
        window.clear();
        Run(display_, {"xdotool", "search", "--onlyvisible", "--pid", std::to_string(pid)},
            &window);
        return window.find_first_of("0123456789") != std::string::npos;
      },
      30.0);
  if (!found) {
    problem_ = "no game window within 30 s: " + Errors();
    return false;
  }
  window = window.substr(0, window.find('\n'));
  // SDL sets up the window's input after it is mapped; a focus given before
  // that is not seen. (No state to poll from outside: a fixed settle.)
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  // A click on an empty part of the screen (nothing there to press): SDL
  // gives a window the keyboard only once a pointer has focused it.
  Run(display_, {"xdotool", "mousemove", "--window", window, "300", "700", "click", "1"});
  if (Run(display_, {"xdotool", "windowfocus", "--sync", window}) != 0) {
    problem_ = "the game window did not take the keyboard";
    return false;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(400));  // the click's frames drawn
  return true;
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
  Run(display_, {"xdotool", "type", "--delay", "120", "--", utf8});
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

std::vector<std::string> Shots(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".png") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string LatestShot(const std::string& dir) {
  const std::vector<std::string> shots = Shots(dir);
  return shots.empty() ? std::string() : shots.back();
}

bool WaitForShot(const std::string& dir, const std::string& part, double seconds) {
  return RealKeys::WaitFor([&] { return LatestShot(dir).find(part) != std::string::npos; },
                           seconds);
}

}  // namespace bip::test
