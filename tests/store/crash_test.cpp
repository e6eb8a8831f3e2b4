// A process killed while saving loses nothing it reported saved, and leaves
// a database that opens and passes integrity_check.
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <thread>

#include "save_store.hpp"
#include "test_files.hpp"

namespace bip {
namespace {

// Reads the helper's output until it reports `want` quarters or goes quiet.
int ReadCommitted(int fd, int want) {
  std::string buffer;
  int committed = 0;
  while (committed < want) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 5000) <= 0) break;  // silent for 5 s: give up
    char chunk[256];
    const ssize_t n = read(fd, chunk, sizeof chunk);
    if (n <= 0) break;
    buffer.append(chunk, static_cast<std::size_t>(n));
    for (std::size_t end; (end = buffer.find('\n')) != std::string::npos; buffer.erase(0, end + 1))
      committed = std::stoi(buffer.substr(0, end));
  }
  return committed;
}

TEST(SaveStoreCrash, KilledWhileSavingKeepsEveryCommittedQuarter) {
  test::TempDir dir;
  const std::string path = dir.File("bipgame.db");
  for (int round = 0; round < 3; ++round) {
    std::remove(path.c_str());
    int pipe_fds[2];
    ASSERT_EQ(pipe(pipe_fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      dup2(pipe_fds[1], STDOUT_FILENO);
      close(pipe_fds[0]);
      close(pipe_fds[1]);
      execl(STORE_CRASH_HELPER, STORE_CRASH_HELPER, path.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    close(pipe_fds[1]);
    // Each round kills at another moment: right after a commit, or a little
    // later, when the next quarter may be half written.
    const int committed = ReadCommitted(pipe_fds[0], 3 + 4 * round);
    std::this_thread::sleep_for(std::chrono::microseconds(1500 * round));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    close(pipe_fds[0]);
    ASSERT_GE(committed, 3) << "the helper did not get going";
    ASSERT_TRUE(WIFSIGNALED(status));

    auto opened = SaveStore::Open(path);
    ASSERT_TRUE(opened.store) << opened.error;
    EXPECT_EQ(opened.store->IntegrityCheck(), "ok");
    const auto profiles = opened.store->Profiles();
    ASSERT_EQ(profiles.size(), 1u);
    const auto play = opened.store->LatestUnfinished(profiles[0].id);
    ASSERT_TRUE(play);
    const auto quarters = opened.store->Quarters(play->id);
    EXPECT_GE(static_cast<int>(quarters.size()), committed);
    EXPECT_EQ(play->quarters_played, static_cast<int>(quarters.size()));
  }
}

}  // namespace
}  // namespace bip
