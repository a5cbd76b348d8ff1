// docs/cli.md stays in step with the program: every option a subcommand's --help lists is in
// the subcommand's section of docs/cli.md (its synopsis or its table of options), and every
// option the section documents is one --help lists.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/program_and_sheets.hpp"

using namespace scdash;
using testing::kSource;
using testing::run_scdash;

namespace {

using Options = std::set<std::string>;

// Every "--name" in `text`.
Options options_in(const std::string& text) {
  static const std::regex option("--[a-z][a-z0-9-]*");
  Options found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), option);
       it != std::sregex_iterator(); ++it) {
    found.insert(it->str());
  }
  return found;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

// The subcommands 'scdash --help' lists: the first word of each line under "commands:".
std::vector<std::string> subcommands() {
  const auto help = run_scdash({"--help"});
  REQUIRE(help.exit_status == 0);
  std::vector<std::string> names;
  bool listing = false;
  for (const auto& line : lines_of(help.out)) {
    if (line == "commands:") {
      listing = true;
    } else if (listing && line.starts_with("  ")) {
      names.push_back(line.substr(2, line.find(' ', 2) - 2));
    } else if (listing) {
      break;
    }
  }
  return names;
}

// The options a subcommand's --help lists: the option that starts each line of its options
// ("  --out arg", "  -h [ --help ]"), not those its descriptions mention.
Options options_in_help(const std::string& name) {
  const auto help = run_scdash({name, "--help"});
  REQUIRE(help.exit_status == 0);
  static const std::regex option_line(R"(^  (-[a-z] \[ )?(--[a-z][a-z0-9-]*))");
  Options found;
  std::smatch match;
  for (const auto& line : lines_of(help.out)) {
    if (std::regex_search(line, match, option_line)) {
      found.insert(match[2].str());
    }
  }
  return found;
}

// The section "## scdash NAME" of docs/cli.md, up to the next "## ".
std::string section(const std::string& document, const std::string& name) {
  const std::string heading = "\n## scdash " + name + "\n";
  const auto begin = document.find(heading);
  REQUIRE(begin != std::string::npos);
  const auto end = document.find("\n## ", begin + heading.size());
  return document.substr(begin, end == std::string::npos ? end : end - begin);
}

// The options a section documents: those of its synopsis (its first code block) and those
// that begin a row of its table of options. Options its prose mentions in passing (watch's
// "every option of scdash run") are not its own.
Options options_in_docs(const std::string& text) {
  const auto open = text.find("```\n");
  REQUIRE(open != std::string::npos);
  const auto close = text.find("```", open + 4);
  Options found = options_in(text.substr(open, close - open));
  static const std::regex table_row(R"(^\| `(--[a-z][a-z0-9-]*))");
  std::smatch match;
  for (const auto& line : lines_of(text)) {
    if (std::regex_search(line, match, table_row)) {
      found.insert(match[1].str());
    }
  }
  return found;
}

}  // namespace

TEST_CASE("docs/cli.md documents every option of every subcommand, and no other") {
  const std::string document = testing::read_file(kSource / "docs/cli.md");
  // --help is documented once, before the subcommands' sections, for all of them.
  CHECK(document.substr(0, document.find("\n## ")).find("--help") != std::string::npos);
  const auto names = subcommands();
  CHECK(names.size() >= 7);
  for (const auto& name : names) {
    INFO("scdash " << name);
    Options in_help = options_in_help(name);
    CHECK(in_help.erase("--help") == 1);
    CHECK_FALSE(in_help.empty());
    const Options in_docs = options_in_docs(section(document, name));
    for (const auto& option : in_help) {
      INFO(option << " is in --help but not in docs/cli.md");
      CHECK(in_docs.count(option) == 1);
    }
    for (const auto& option : in_docs) {
      INFO(option << " is in docs/cli.md but not in --help");
      CHECK(in_help.count(option) == 1);
    }
  }
}
