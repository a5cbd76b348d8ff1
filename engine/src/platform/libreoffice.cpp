#include "scdash/platform/libreoffice.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "platform/child_process.hpp"
#include "scdash/platform/temporary_folder.hpp"

namespace scdash::platform {

core::Expected<std::string, std::string> print_to_pdf(const std::string& workbook) {
  const std::filesystem::path soffice = find_program("soffice");
  if (soffice.empty()) {
    return core::unexpected<std::string>(
        "LibreOffice is needed to print the dashboard to PDF, and 'soffice' is not on the PATH "
        "(on Debian: apt-get install libreoffice-calc-nogui)");
  }
  // A profile of its own lets LibreOffice run while the analyst has it open.
  const TemporaryFolder folder("scdash-pdf");
  if (!folder.made()) {
    return core::unexpected(folder.error());
  }
  const std::filesystem::path source = folder.path() / "dashboard.xlsx";
  std::ofstream(source, std::ios::binary) << workbook;
  const int status =
      run_quietly({soffice.string(), "--headless", "--norestore",
                   "-env:UserInstallation=file://" + (folder.path() / "profile").string(),
                   "--convert-to", "pdf", "--outdir", folder.path().string(), source.string()});
  std::ifstream printed(folder.path() / "dashboard.pdf", std::ios::binary);
  if (status != 0 || !printed) {
    return core::unexpected(
        fmt::format("LibreOffice ({}) could not print the dashboard to PDF", soffice.string()));
  }
  return std::string(std::istreambuf_iterator<char>(printed), std::istreambuf_iterator<char>());
}

}  // namespace scdash::platform
