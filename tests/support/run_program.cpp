#include "support/run_program.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>

namespace scdash::testing {
namespace {

std::string quoted(const std::string& argument) {
  std::string result = "'";
  for (char c : argument) {
    result += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return result + "'";
}

int decode_status(int status) {
#ifdef _WIN32
  return status;
#else
  // std::system returns a wait status on POSIX: the exit code is in the second byte.
  return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);
#endif
}

// A program's text output as a reader takes it: a Windows program (scdash.exe under Wine) ends
// its lines "\r\n", as its C runtime's text mode writes them.
std::string as_text(std::string output) {
  std::string text;
  text.reserve(output.size());
  for (std::size_t i = 0; i < output.size(); ++i) {
    if (!(output[i] == '\r' && i + 1 < output.size() && output[i + 1] == '\n')) {
      text += output[i];
    }
  }
  return text;
}

}  // namespace

ProgramResult run_program(const std::vector<std::string>& arguments,
                          const std::filesystem::path& directory) {
  const TemporaryFolder capture;
  std::string command = "cd " + quoted(directory.string()) + " &&";
  for (const auto& argument : arguments) {
    command += " " + quoted(argument);
  }
  command += " >" + quoted((capture.path() / "out").string()) + " 2>" +
             quoted((capture.path() / "err").string()) + " </dev/null";
  ProgramResult result;
  result.exit_status = decode_status(std::system(command.c_str()));
  result.out = as_text(read_file(capture.path() / "out"));
  result.err = as_text(read_file(capture.path() / "err"));
  return result;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const std::filesystem::path& path, const std::string& contents) {
  std::ofstream(path, std::ios::binary) << contents;
}

}  // namespace scdash::testing
