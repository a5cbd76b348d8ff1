// Windows: CreateProcessW, with the arguments quoted as the C runtime parses them back.
#include "platform/child_process.hpp"

#include <cstdlib>
#include <string_view>

#include <windows.h>

namespace scdash::platform {

namespace fs = std::filesystem;

namespace {

// `argument` quoted for CommandLineToArgvW and the C runtime: in quotes, with each quote escaped
// and the backslashes before a quote (or the closing one) doubled.
std::wstring quoted(const std::wstring& argument) {
  std::wstring text = L"\"";
  std::size_t backslashes = 0;
  for (const wchar_t c : argument) {
    if (c == L'\\') {
      ++backslashes;
      continue;
    }
    text.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
    backslashes = 0;
    text += c;
  }
  text.append(backslashes * 2, L'\\');
  return text + L"\"";
}

}  // namespace

fs::path find_program(const std::string& name, const std::vector<fs::path>& also_in) {
  const wchar_t* path = _wgetenv(L"PATH");
  std::vector<fs::path> folders;
  for (std::wstring_view left = path == nullptr ? L"" : path; !left.empty();) {
    const auto semicolon = left.find(L';');
    folders.emplace_back(left.substr(0, semicolon));
    left.remove_prefix(semicolon == std::wstring_view::npos ? left.size() : semicolon + 1);
  }
  folders.insert(folders.end(), also_in.begin(), also_in.end());
  for (const fs::path& folder : folders) {
    for (const char* extension : {".exe", ".com", ""}) {
      std::error_code error;
      const fs::path candidate = folder / fs::u8path(name + extension);
      if (!folder.empty() && fs::is_regular_file(candidate, error)) {
        return candidate;
      }
    }
  }
  return {};
}

int run_quietly(const std::vector<std::string>& arguments) {
  if (arguments.empty()) {
    return -1;
  }
  std::wstring command_line;
  for (const auto& argument : arguments) {
    command_line += (command_line.empty() ? L"" : L" ") + quoted(fs::u8path(argument).wstring());
  }
  SECURITY_ATTRIBUTES inherited{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
  HANDLE nothing =
      CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                  &inherited, OPEN_EXISTING, 0, nullptr);
  STARTUPINFOW startup{};
  startup.cb = sizeof startup;
  startup.dwFlags = STARTF_USESTDHANDLES;
  startup.hStdInput = startup.hStdOutput = startup.hStdError = nothing;
  PROCESS_INFORMATION child{};
  const std::wstring program = fs::u8path(arguments.front()).wstring();
  const BOOL started = CreateProcessW(program.c_str(), command_line.data(), nullptr, nullptr, TRUE,
                                      CREATE_NO_WINDOW, nullptr, nullptr, &startup, &child);
  if (nothing != INVALID_HANDLE_VALUE) {
    CloseHandle(nothing);
  }
  if (!started) {
    return -1;
  }
  WaitForSingleObject(child.hProcess, INFINITE);
  DWORD status = 0;
  const BOOL known = GetExitCodeProcess(child.hProcess, &status);
  CloseHandle(child.hThread);
  CloseHandle(child.hProcess);
  return known ? static_cast<int>(status) : -1;
}

}  // namespace scdash::platform
