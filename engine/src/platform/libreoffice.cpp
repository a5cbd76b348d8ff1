#include "scdash/platform/libreoffice.hpp"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "platform/child_process.hpp"
#include "scdash/platform/temporary_folder.hpp"

namespace scdash::platform {

namespace {

// Calc's PDF export, tagged (the structure a screen reader follows) and marked PDF/UA, in the
// filter options' JSON form (LibreOffice 7.4 and later).
constexpr const char* kTaggedPdf =
    "pdf:calc_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},"
    "\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}}";

// The fresh profile's settings: its locale, which Calc gives the PDF as its language, since an
// .xlsx cannot say in what language its cells are.
std::string profile_settings(const std::string& language) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
      "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
      "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooSetupSystemLocale\" "
      "oor:op=\"fuse\"><value>{}</value></prop></item>\n"
      "</oor:items>\n",
      language);
}

// Where LibreOffice's installer puts it on Windows, which leaves it off the PATH; no such
// variables are set elsewhere.
std::vector<std::filesystem::path> installed_places() {
  std::vector<std::filesystem::path> places;
  for (const char* variable : {"ProgramFiles", "ProgramFiles(x86)"}) {
    if (const char* folder = std::getenv(variable); folder != nullptr && *folder != '\0') {
      places.push_back(std::filesystem::u8path(folder) / "LibreOffice" / "program");
    }
  }
  return places;
}

// `path` as a file URL, as LibreOffice takes its profile's place: file:///tmp/x, or
// file:///C:/Users/x on Windows, each byte but the unreserved ones percent-encoded.
std::string file_url(const std::filesystem::path& path) {
  const std::u8string utf8 = path.generic_u8string();
  const std::string generic(utf8.begin(), utf8.end());
  std::string url = generic.starts_with('/') ? "file://" : "file:///";
  for (const unsigned char c : generic) {
    if (std::isalnum(c) != 0 ||
        std::string_view("-._~/:").find(static_cast<char>(c)) != std::string_view::npos) {
      url += static_cast<char>(c);
    } else {
      url += fmt::format("%{:02X}", c);
    }
  }
  return url;
}

}  // namespace

core::Expected<std::string, std::string> print_to_pdf(const std::string& workbook,
                                                      const std::string& language) {
  const std::filesystem::path soffice = find_program("soffice", installed_places());
  if (soffice.empty()) {
    return core::unexpected<std::string>(
        "LibreOffice is needed to print the dashboard to PDF, and 'soffice' is neither on the "
        "PATH nor where LibreOffice installs it (install it from libreoffice.org; on Debian: "
        "apt-get install libreoffice-calc-nogui)");
  }
  // A profile of its own lets LibreOffice run while the analyst has it open.
  const TemporaryFolder folder("scdash-pdf");
  if (!folder.made()) {
    return core::unexpected(folder.error());
  }
  const std::filesystem::path source = folder.path() / "dashboard.xlsx";
  std::ofstream(source, std::ios::binary) << workbook;
  const std::filesystem::path profile = folder.path() / "profile";
  std::error_code ignored;
  std::filesystem::create_directories(profile / "user", ignored);
  std::ofstream(profile / "user" / "registrymodifications.xcu") << profile_settings(language);
  const int status = run_quietly({soffice.string(), "--headless", "--norestore",
                                  "-env:UserInstallation=" + file_url(profile), "--convert-to",
                                  kTaggedPdf, "--outdir", folder.path().string(), source.string()});
  std::ifstream printed(folder.path() / "dashboard.pdf", std::ios::binary);
  if (status != 0 || !printed) {
    return core::unexpected(
        fmt::format("LibreOffice ({}) could not print the dashboard to PDF", soffice.string()));
  }
  return std::string(std::istreambuf_iterator<char>(printed), std::istreambuf_iterator<char>());
}

}  // namespace scdash::platform
