#include "http_client.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace bip::net {
namespace {

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) close(fd);
  }
};

bool Wait(int fd, short events, int timeout_ms) {
  pollfd p{fd, events, 0};
  return poll(&p, 1, timeout_ms) == 1;
}

}  // namespace

HttpResult HttpRequest(const std::string& address, int port, const std::string& method,
                       const std::string& path, const std::string& body,
                       const std::string& from_address, int timeout_ms) {
  HttpResult r;
  Fd s{socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)};
  if (s.fd < 0) return r.error = "socket", r;
  if (!from_address.empty()) {
    sockaddr_in from{};
    from.sin_family = AF_INET;
    if (inet_pton(AF_INET, from_address.c_str(), &from.sin_addr) != 1 ||
        bind(s.fd, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0)
      return r.error = "bind " + from_address + ": " + std::strerror(errno), r;
  }
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(static_cast<std::uint16_t>(port));
  if (inet_pton(AF_INET, address.c_str(), &to.sin_addr) != 1) return r.error = "address", r;
  // Connect without blocking, so that an address nobody answers on (another
  // network, a switched-off laptop) fails after timeout_ms, not minutes.
  const int flags = fcntl(s.fd, F_GETFL, 0);
  if (flags < 0 || fcntl(s.fd, F_SETFL, flags | O_NONBLOCK) != 0) return r.error = "fcntl", r;
  if (connect(s.fd, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
    if (errno != EINPROGRESS) return r.error = std::string("connect: ") + std::strerror(errno), r;
    if (!Wait(s.fd, POLLOUT, timeout_ms)) return r.error = "connect: timed out", r;
    int so_error = 0;
    socklen_t len = sizeof so_error;
    if (getsockopt(s.fd, SOL_SOCKET, SO_ERROR, &so_error, &len) != 0 || so_error != 0)
      return r.error = std::string("connect: ") + std::strerror(so_error ? so_error : errno), r;
  }
  std::string req = method + " " + path + " HTTP/1.1\r\nHost: " + address + ":" +
                    std::to_string(port) + "\r\nConnection: close\r\n";
  if (!body.empty() || method == "POST")
    req +=
        "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
  req += "\r\n" + body;
  for (std::size_t sent = 0; sent < req.size();) {
    if (!Wait(s.fd, POLLOUT, timeout_ms)) return r.error = "send timed out", r;
    const ssize_t n = send(s.fd, req.data() + sent, req.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
    if (n <= 0) return r.error = "send", r;
    sent += static_cast<std::size_t>(n);
  }
  std::string in;
  char buf[8192];
  for (;;) {
    if (!Wait(s.fd, POLLIN, timeout_ms)) return r.error = "answer timed out", r;
    const ssize_t n = recv(s.fd, buf, sizeof buf, 0);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) continue;
    if (n < 0) return r.error = "recv", r;
    if (n == 0) break;
    in.append(buf, static_cast<std::size_t>(n));
  }
  const auto head_end = in.find("\r\n\r\n");
  if (in.compare(0, 9, "HTTP/1.1 ") != 0 || head_end == std::string::npos || in.size() < 12)
    return r.error = "not HTTP", r;
  r.status = std::atoi(in.substr(9, 3).c_str());
  r.body = in.substr(head_end + 4);
  return r;
}

}  // namespace bip::net
