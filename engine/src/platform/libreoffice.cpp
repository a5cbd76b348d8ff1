#include "scdash/platform/libreoffice.hpp"

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

}  // namespace

core::Expected<std::string, std::string> print_to_pdf(const std::string& workbook,
                                                      const std::string& language) {
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
  const std::filesystem::path profile = folder.path() / "profile";
  std::error_code ignored;
  std::filesystem::create_directories(profile / "user", ignored);
  std::ofstream(profile / "user" / "registrymodifications.xcu") << profile_settings(language);
  const int status =
      run_quietly({soffice.string(), "--headless", "--norestore",
                   "-env:UserInstallation=file://" + profile.string(), "--convert-to", kTaggedPdf,
                   "--outdir", folder.path().string(), source.string()});
  std::ifstream printed(folder.path() / "dashboard.pdf", std::ios::binary);
  if (status != 0 || !printed) {
    return core::unexpected(
        fmt::format("LibreOffice ({}) could not print the dashboard to PDF", soffice.string()));
  }
  return std::string(std::istreambuf_iterator<char>(printed), std::istreambuf_iterator<char>());
}

}  // namespace scdash::platform
