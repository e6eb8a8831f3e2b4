// A room of 200 phones on loopback against the theme day's phone server
// (issue 12): each phone comes from its own address (127.0.1.x, as phones on
// a Wi-Fi do), loads the page, polls every second and votes when a vote
// opens; some tap twice, some change their mind, some sleep and come back;
// a few clients are slow (a request trickling in a byte at a time) or malformed (wrong code,
// bad JSON, oversize bodies). The server and a desk loop run in a child
// process, as in the game: the desk opens five votes one after the other,
// looks at the counts every 250 ms (the desk's redraw while phones are on),
// and closes a vote when every phone has answered (at most 15 s).
//
// Prints: vote-to-count latency (sent -> the desk's loop sees it counted)
// and vote-to-"received" latency, p50/p99; requests per second; the server
// process's CPU and peak memory; lost and doubled votes, checked against the
// day file. Bounded: at most 5 × 15 s of votes.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

#include "http_client.hpp"
#include "phone_server.hpp"

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr int kPhones = 200;
constexpr int kRounds = 5;
constexpr int kOptions = 5;
constexpr int kTables = 3;

double Now() {
  return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}
std::string Token(int i) {
  return "bench-phone-" + std::to_string(100000 + i);
}
std::string Key(int round) {
  return "1-" + std::to_string(round);
}

double Pct(std::vector<double> v, double p) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

long PeakKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  return 0;
}

// The child: server + desk loop. Writes what it saw to `out` (JSON).
int RunServer(const fs::path& day, const std::string& web_dir, int port_pipe, const fs::path& out) {
  bip::Room room;
  room.name = "Bench";
  room.case_id = "henrik";
  room.seed = 7;
  room.tables = kTables;
  bip::net::PhoneHub hub(room, day.string());
  bip::net::PhoneServer server(hub);
  bip::net::PhoneServerOptions o;
  o.port = 0;
  o.web_dir = web_dir;
  std::string error;
  if (!server.Start(o, &error)) {
    std::fprintf(stderr, "bench_phones: %s\n", error.c_str());
    return 1;
  }
  const std::string head = std::to_string(server.port()) + " " + hub.code() + "\n";
  if (write(port_pipe, head.data(), head.size()) != static_cast<ssize_t>(head.size())) return 1;
  close(port_pipe);
  const double t0 = Now();
  json seen = json::array();  // per round: token -> [first seen, last change]
  for (int r = 0; r < kRounds; ++r) {
    bip::net::PhoneStage st;
    st.quarter = 1;
    st.vote_key = Key(r);
    st.vote_open = true;
    st.options = kOptions;
    st.tables = kTables;
    st.json = json{{"day", "Bench"}, {"kind", "vote"}, {"vote", {{"key", Key(r)}, {"open", true}}}}
                  .dump();
    hub.Publish(st);
    std::map<std::string, std::pair<double, std::size_t>> first, last;  // token -> (time, option)
    const double opened = Now();
    while (Now() - opened < 15.0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(250));  // the desk's redraw
      const bip::RoomPhones p = hub.Phones();
      const double now = Now();
      if (auto it = p.ballots.find(Key(r)); it != p.ballots.end())
        for (const auto& [token, b] : it->second) {
          if (!first.count(token)) first[token] = {now, b.option};
          if (!last.count(token) || last[token].second != b.option) last[token] = {now, b.option};
        }
      if (first.size() >= kPhones && now - opened > 3.0)
        break;  // everyone, and time to change one's mind
    }
    // Closed and counted in one step, as the desk does; what the last look
    // missed is counted now.
    const auto counts = hub.CloseVote(Key(r), kOptions, kTables);
    st.vote_open = false;
    hub.Publish(st);
    const bip::RoomPhones p = hub.Phones();
    const double now = Now();
    int counted = 0;
    for (const auto& row : counts)
      for (int c : row) counted += c;
    if (auto it = p.ballots.find(Key(r)); it != p.ballots.end()) {
      if (static_cast<std::size_t>(counted) != it->second.size())
        std::fprintf(stderr, "bench_phones: counts and ballots differ\n");
      for (const auto& [token, b] : it->second) {
        if (!first.count(token)) first[token] = {now, b.option};
        if (!last.count(token) || last[token].second != b.option) last[token] = {now, b.option};
      }
    }
    json round = json::object();
    for (const auto& [token, f] : first)
      round[token] = {f.first, last[token].first, last[token].second};
    seen.push_back(round);
  }
  const double wall = Now() - t0;
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  const double cpu = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                     1e-6 * static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec);
  std::ofstream(out) << json{
      {"seen", seen},
      {"wall", wall},
      {"cpu", cpu},
      {"peak_kb", PeakKb()},
      {"requests", server.requests()},
      {"refused", server.refused()},
      {"stopped_at", Now()}}.dump();  // the server stops right after
  server.Stop();
  return 0;
}

struct Sent {
  double first = 0, last = 0;
  int option = -1;  // the last acknowledged
  bool acked = false;
};

}  // namespace

int main(int argc, char** argv) {
  const std::string web_dir = argc > 1 ? argv[1] : BIPGAME_SOURCE_WEB_DIR;
  const fs::path dir = fs::temp_directory_path() / ("bench-phones-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const fs::path day = dir / "day.json", seen_file = dir / "seen.json";
  int fds[2];
  if (pipe(fds) != 0) return 1;
  const pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    _exit(RunServer(day, web_dir, fds[1], seen_file));
  }
  close(fds[1]);
  char buf[64] = {};
  const ssize_t n = read(fds[0], buf, sizeof buf - 1);
  close(fds[0]);
  if (n <= 0) return 1;
  int port = 0;
  char code_c[17] = {};
  if (std::sscanf(buf, "%d %16s", &port, code_c) != 2) return 1;
  const std::string code = code_c, base = "/" + code + "/";
  const auto from = [](int net, int i) {
    return "127.0." + std::to_string(net) + "." + std::to_string(i + 1);
  };

  std::vector<std::array<Sent, kRounds>> sent(kPhones);
  std::atomic<int> errors{0}, requests{0};
  std::map<std::string, int>
      error_status;  // HTTP status or why there was no answer -> count, under acks_mu
  std::atomic<bool> done{false};
  std::vector<double> acks;
  std::mutex acks_mu;
  std::vector<std::pair<double, std::string>> failures;  // when, why (under acks_mu)
  const auto fail = [&](const bip::net::HttpResult& r) {
    std::lock_guard lock(acks_mu);
    failures.emplace_back(Now(), r.status < 0 ? r.error : std::to_string(r.status));
  };
  const double t0 = Now();
  std::vector<std::thread> phones;
  for (int i = 0; i < kPhones; ++i)
    phones.emplace_back([&, i] {
      std::mt19937 rng(static_cast<unsigned>(i) * 7919u + 1u);
      const auto get = [&](const std::string& path) {
        ++requests;
        return bip::net::HttpRequest("127.0.0.1", port, "GET", base + path, {}, from(1, i));
      };
      for (const char* f : {"", "common.js", "app.js", "style.css"})
        if (const auto r = get(f); r.status != 200) fail(r);
      const bool sleeper = i % 10 == 3, doubler = i % 10 == 5, changer = i % 10 == 7;
      std::string voted_key;
      while (!done) {
        std::this_thread::sleep_for(std::chrono::milliseconds(800 + rng() % 400));
        const auto st = get("api/state?t=" + Token(i));
        if (st.status != 200) {
          fail(st);
          continue;
        }
        const json j = json::parse(st.body, nullptr, false);
        if (!j.is_object() || !j["stage"].contains("vote")) continue;
        const std::string key = j["stage"]["vote"]["key"];
        if (!j["stage"]["vote"]["open"].get<bool>() || key == voted_key) continue;
        const int round = std::stoi(key.substr(2));
        if (sleeper && round % 2 == 1)
          std::this_thread::sleep_for(std::chrono::seconds(2));               // the phone slept
        std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 500));  // reading the options
        const auto vote = [&](int option) {
          const json body = {
              {"t", Token(i)}, {"key", key}, {"table", i % kTables + 1}, {"option", option}};
          const double t = Now();
          ++requests;
          const auto r = bip::net::HttpRequest("127.0.0.1", port, "POST", base + "api/vote",
                                               body.dump(), from(1, i));
          if (r.status != 200) {
            fail(r);
            return;
          }
          Sent& s = sent[static_cast<std::size_t>(i)][static_cast<std::size_t>(round)];
          if (!s.acked) s.first = t;
          if (!s.acked || s.option != option) s.last = t;  // a double tap changes nothing
          s.option = option, s.acked = true;
          std::lock_guard lock(acks_mu);
          acks.push_back(Now() - t);
        };
        const int option = static_cast<int>(rng() % kOptions);
        vote(option);
        if (doubler) vote(option);  // a double tap
        if (changer) vote((option + 1) % kOptions);
        voted_key = key;
      }
    });
  // Slow and malformed clients from other addresses.
  std::atomic<int> bad_answered{0}, bad_refused{0}, bad_cut{0};
  std::vector<std::thread> bad;
  for (int i = 0; i < 5; ++i)
    bad.emplace_back([&, i] {
      while (!done) {
        const std::vector<std::pair<std::string, std::string>> tries = {
            {"/WRONG1/api/state?t=" + Token(900 + i), ""},
            {base + "api/vote", "{not json"},
            {base + "api/vote", std::string(8000, 'x')},
            {base + "api/state?t=%00%01", ""}};
        for (const auto& [path, body] : tries) {
          const auto r = bip::net::HttpRequest("127.0.0.1", port, body.empty() ? "GET" : "POST",
                                               path, body, from(2, i));
          (r.status >= 400 ? bad_refused : r.status < 0 ? bad_cut : bad_answered)++;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
      }
    });
  for (int i = 0; i < 5; ++i)
    bad.emplace_back([&, i] {  // slow: a request trickling in, a byte every 200 ms
      while (!done) {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        inet_pton(AF_INET, from(3, i).c_str(), &a.sin_addr);
        bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
        a.sin_port = htons(static_cast<std::uint16_t>(port));
        inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
        if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) {
          const std::string req =
              "GET " + base + "api/state?t=" + Token(950 + i) + " HTTP/1.1\r\nHost: x\r\nX-Slow: ";
          for (std::size_t k = 0; k < req.size() + 40 && !done; ++k) {
            const char c = k < req.size() ? req[k] : 'z';
            if (send(fd, &c, 1, MSG_NOSIGNAL) != 1) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
          }
        }
        close(fd);
      }
    });
  int status = 0;
  waitpid(child, &status, 0);
  done = true;
  for (auto& t : phones) t.join();
  for (auto& t : bad) t.join();
  const double wall = Now() - t0;

  std::ifstream in(seen_file);
  std::stringstream ss;
  ss << in.rdbuf();
  const json seen = json::parse(ss.str(), nullptr, false);
  if (!seen.is_object()) {
    std::fprintf(stderr, "bench_phones: the server process did not report (exit %d)\n", status);
    return 1;
  }
  std::ifstream day_in(day);
  std::stringstream ds;
  ds << day_in.rdbuf();
  const json file = json::parse(ds.str(), nullptr, false);
  std::vector<double> to_count;
  int lost = 0, doubled = 0, votes = 0;
  for (int r = 0; r < kRounds; ++r) {
    const json& round = seen["seen"][static_cast<std::size_t>(r)];
    const json& ballots = file["phones"]["ballots"][Key(r)];
    std::size_t counted = 0;
    for (const auto& [token, b] : ballots.items()) counted += b.is_array() ? 1 : 0;
    int acked = 0;
    for (int i = 0; i < kPhones; ++i) {
      const Sent& s = sent[static_cast<std::size_t>(i)][static_cast<std::size_t>(r)];
      if (!s.acked) continue;
      ++acked;
      ++votes;
      const std::string token = Token(i);
      // Acknowledged but not in the file with the last answer, or not seen by the desk: lost.
      if (!ballots.contains(token) || ballots[token][1].get<int>() != s.option ||
          !round.contains(token) || round[token][2].get<int>() != s.option) {
        ++lost;
        continue;
      }
      to_count.push_back(round[token][0].get<double>() - s.first);
      if (s.last != s.first) to_count.push_back(round[token][1].get<double>() - s.last);
    }
    if (counted > static_cast<std::size_t>(acked)) doubled += static_cast<int>(counted) - acked;
  }
  const double server_wall = seen["wall"].get<double>(), cpu = seen["cpu"].get<double>();
  std::printf("bench_phones: %d phones, %d votes in %d rounds, %.1f s\n", kPhones, votes, kRounds,
              wall);
  std::printf(
      "  vote -> counted on the desk (250 ms redraw): p50 %.0f ms, p99 %.0f ms (%zu samples)\n",
      1000 * Pct(to_count, 0.5), 1000 * Pct(to_count, 0.99), to_count.size());
  std::printf("  vote -> phone told \"received\" (in the day file): p50 %.1f ms, p99 %.1f ms\n",
              1000 * Pct(acks, 0.5), 1000 * Pct(acks, 0.99));
  std::printf("  requests: %.0f per second (%llu served, %llu refused by code, rate or size)\n",
              static_cast<double>(seen["requests"].get<unsigned long long>()) / server_wall,
              seen["requests"].get<unsigned long long>(),
              seen["refused"].get<unsigned long long>());
  std::printf(
      "  server process: CPU %.2f s in %.1f s (%.0f %% of one core), peak memory %.1f MiB\n", cpu,
      server_wall, 100 * cpu / server_wall, seen["peak_kb"].get<double>() / 1024.0);
  // Polls after the server process ended (the phones are told to stop
  // only once it has) are not the server's doing.
  const double stopped_at = seen["stopped_at"].get<double>();
  for (const auto& [when, what] : failures)
    if (when < stopped_at) {
      ++errors;
      ++error_status[what];
    }
  std::string why;
  for (const auto& [what, count] : error_status)
    why += (why.empty() ? " " : ", ") + std::to_string(count) + " × " + what;
  std::printf(
      "  phone requests not served: %d (%s); malformed requests refused %d, cut off %d, answered "
      "%d\n",
      errors.load(), why.empty() ? "none" : why.c_str() + 1, bad_refused.load(), bad_cut.load(),
      bad_answered.load());
  std::printf("  lost votes %d, doubled votes %d\n", lost, doubled);
  fs::remove_all(dir);
  return lost == 0 && doubled == 0 ? 0 : 1;
}
