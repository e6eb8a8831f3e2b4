#pragma once
// The machine's IPv4 interfaces, for the facilitator to choose where the
// phone server listens (the venue's Wi-Fi, not a VPN or the loopback).
#include <string>
#include <vector>

namespace bip::net {

struct NetInterface {
  std::string name;     // e.g. wlp2s0
  std::string address;  // e.g. 192.168.1.23
  bool loopback = false;
};

// Up interfaces with an IPv4 address; the loopback last.
std::vector<NetInterface> ListInterfaces();

}  // namespace bip::net
