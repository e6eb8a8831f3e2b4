// A stand-in for the facilitator's desk, driven line by line on stdin by
// tests/net/phones_browser_test.py: the real hub and server on 127.0.0.1,
// the desk's side reduced to publishing stages and reading counts. Each
// command answers one line of JSON on stdout.
//   vote KEY OPTIONS TABLES   open a vote (options labelled "Option N")
//   close KEY OPTIONS TABLES  close it; answers the counts per table
//   pause INDEX QUESTION...   a reflection pause taking written answers
//   compose KEY TABLES ID...  the room composes its plan for plan vote KEY
//                             from the palette IDs (labelled "Insats ID", ...)
//   adopt KEY TABLES ID...    composing closes; answers the picks per table
//                             and palette entry, and the room's plan
//   survey                    the evaluation
//   phones                    the phones' answers as in the day file
//   restart                   the game is killed and the day reopened from its file
//   quit
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "phone_server.hpp"
#include "room_phone_plans.hpp"

using nlohmann::json;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: phone_desk_driver DAY_FILE WEB_DIR\n";
    return 2;
  }
  const std::string path = argv[1], web = argv[2];
  bip::Room room;
  room.name = "Finsam <b>dag</b>";
  room.case_id = "henrik";
  room.seed = 7;
  room.tables = 3;
  room.pauses.resize(4);
  auto hub = std::make_unique<bip::net::PhoneHub>(room, path);
  auto server = std::make_unique<bip::net::PhoneServer>(*hub);
  bip::net::PhoneServerOptions o;
  o.port = 0;
  o.web_dir = web;
  std::string error;
  if (!server->Start(o, &error)) {
    std::cerr << error << "\n";
    return 1;
  }
  o.port = server->port();
  bip::net::PhoneStage stage;
  stage.json =
      json{{"day", room.name}, {"kind", "wait"}}.dump();  // as the desk does when a day opens
  hub->Publish(stage);
  std::cout << json{{"url", server->Url()}}.dump() << std::endl;
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream in(line);
    std::string cmd;
    in >> cmd;
    json out = {{"ok", true}};
    if (cmd == "vote" || cmd == "close") {
      std::string key;
      std::size_t options = 0;
      int tables = 0;
      in >> key >> options >> tables;
      json labels = json::array();
      for (std::size_t i = 0; i < options; ++i)
        labels.push_back({{"sv", "Alternativ " + std::to_string(i + 1)},
                          {"da", "Mulighed " + std::to_string(i + 1)},
                          {"en", "Option " + std::to_string(i + 1)}});
      stage = {};
      stage.quarter = std::stoi(key.substr(0, key.find('-')));
      stage.vote_key = key;
      stage.vote_open = cmd == "vote";
      stage.options = options;
      stage.tables = tables;
      stage.json = json{
          {"day", room.name},
          {"tables", tables},
          {"kind", "vote"},
          {"vote",
           {{"key", key},
            {"open", stage.vote_open},
            {"title",
             {{"sv", "Fråga " + key}, {"da", "Spørgsmål " + key}, {"en", "Question " + key}}},
            {"options",
             labels}}}}.dump();
      hub->Publish(stage);
      if (cmd == "close") out["counts"] = hub->Counts(key, options, tables);
    } else if (cmd == "compose" || cmd == "adopt") {
      std::string key, id;
      int tables = 0;
      in >> key >> tables;
      std::vector<std::string> palette;
      while (in >> id) palette.push_back(id);
      if (cmd == "adopt") {
        out["counts"] = hub->PlanCounts(key, palette, tables);
        out["plan"] = bip::MostPickedPlan(hub->ClosePlans(key), palette);
      } else {
        json options = json::array();
        for (const std::string& entry : palette)
          options.push_back({{"id", entry},
                             {"label",
                              {{"sv", "Insats " + entry},
                               {"da", "Indsats " + entry},
                               {"en", "Intervention " + entry}}},
                             {"hint", {{"en", "What " + entry + " is"}}}});
        stage = {};
        stage.quarter = std::stoi(key.substr(0, key.find('-')));
        stage.vote_key = key;
        stage.tables = tables;
        stage.compose_key = key;
        stage.palette = palette;
        stage.json =
            json{{"day", room.name},
                 {"tables", tables},
                 {"kind", "compose"},
                 {"compose",
                  {{"key", key},
                   {"max", bip::kMaxPhonePlanPicks},
                   {"title", {{"en", "Compose " + key}, {"sv", "Sätt ihop " + key}}},
                   {"groups",
                    {{{"title", {{"en", "Group A"}}},
                      {"options", json(std::vector<json>(options.begin(),
                                                         options.begin() + options.size() / 2))}},
                     {{"title", {{"en", "Group B"}}},
                      {"options", json(std::vector<json>(options.begin() + options.size() / 2,
                                                         options.end()))}}}}}}}
                .dump();
        hub->Publish(stage);
      }
    } else if (cmd == "pause") {
      int index = 0;
      in >> index;
      std::string question;
      std::getline(in, question);
      stage = {};
      stage.quarter = 1;
      stage.pause = index;
      stage.json = json{{"day", room.name},
                        {"kind", "pause"},
                        {"pause", {{"index", index}, {"question", question.substr(1)}}}}
                       .dump();
      hub->Publish(stage);
    } else if (cmd == "survey") {
      stage = {};
      stage.quarter = 1;
      stage.survey_open = true;
      json st = json::array();
      for (int q = 0; q < 4; ++q) st.push_back({{"en", "Statement " + std::to_string(q + 1)}});
      stage.json =
          json{{"day", room.name},
               {"kind", "survey"},
               {"survey", {{"statements", st}, {"open_question", {{"en", "Anything else?"}}}}}}
              .dump();
      hub->Publish(stage);
    } else if (cmd == "phones") {
      out["phones"] = bip::PhonesToJson(hub->Phones());
    } else if (cmd == "restart") {
      // As after a kill: only what is in the file comes back.
      server.reset();
      hub.reset();
      std::ifstream f(path);
      std::stringstream text;
      text << f.rdbuf();
      const json doc = json::parse(text.str());
      bip::Room reopened = room;
      if (!bip::PhonesFromJson(doc["phones"], path, reopened.phones, &error)) {
        std::cerr << error << "\n";
        return 1;
      }
      hub = std::make_unique<bip::net::PhoneHub>(reopened, path);
      server = std::make_unique<bip::net::PhoneServer>(*hub);
      if (!server->Start(o, &error)) {
        std::cerr << error << "\n";
        return 1;
      }
      hub->Publish(stage);
    } else if (cmd == "quit") {
      break;
    } else {
      out = {{"ok", false}, {"error", "unknown command " + cmd}};
    }
    std::cout << out.dump() << std::endl;
  }
  return 0;
}
