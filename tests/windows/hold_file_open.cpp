// hold_file_open FILE SECONDS: opens FILE as Excel opens a workbook, letting no other program
// write, rename or delete it, and keeps it open for SECONDS; the Wine tests run scdash.exe
// meanwhile. It prints "open" once it holds the file.
#include <windows.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: hold_file_open FILE SECONDS\n");
    return 2;
  }
  const std::filesystem::path path = std::filesystem::u8path(argv[1]);
  HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                            FILE_ATTRIBUTE_NORMAL, nullptr);
  if (file == INVALID_HANDLE_VALUE) {
    std::fprintf(stderr, "hold_file_open: cannot open %s (%lu)\n", argv[1], GetLastError());
    return 1;
  }
  std::printf("open\n");
  std::fflush(stdout);
  Sleep(static_cast<DWORD>(std::atoi(argv[2]) * 1000));
  CloseHandle(file);
  return 0;
}
