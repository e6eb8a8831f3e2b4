#pragma once
// A minimal blocking HTTP/1.1 client (one request per connection, IPv4
// addresses only): a participant's game handing in to the team desk
// (team_join_client.*), the phone server's tests and bench_phones, where it
// lets each simulated phone come from its own loopback address (127.0.0.x),
// as phones on a Wi-Fi do. Connecting, sending and each wait for the answer
// give up after timeout_ms.
#include <string>

namespace bip::net {

struct HttpResult {
  int status = -1;  // -1: no answer (refused, timed out, cut off)
  std::string body;
  std::string error;  // why there was no answer
};

HttpResult HttpRequest(const std::string& address, int port, const std::string& method,
                       const std::string& path, const std::string& body = {},
                       const std::string& from_address = {}, int timeout_ms = 5000);

}  // namespace bip::net
