#include "render/sparklines.hpp"

#include <memory>

#include <fmt/format.h>
#include <zip.h>

namespace scdash::render {
namespace {

// The extension's identifier for sparkline groups, fixed by MS-XLSX.
constexpr const char* kSparklineExtensionUri = "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}";
// The DOS date of 1 January 1980, which libxlsxwriter gives every entry.
constexpr zip_uint16_t kDosDate1980 = (0 << 9) | (1 << 5) | 1;

std::string escape_xml(const std::string& text) {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '\'':
        escaped += "&apos;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

core::Expected<std::string, std::string> read_entry(zip_t* archive, zip_uint64_t index) {
  zip_stat_t stat;
  if (zip_stat_index(archive, index, 0, &stat) != 0) {
    return core::unexpected(std::string(zip_strerror(archive)));
  }
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(archive, index, 0),
                                                          &zip_fclose);
  if (!file) {
    return core::unexpected(std::string(zip_strerror(archive)));
  }
  std::string contents(static_cast<std::size_t>(stat.size), '\0');
  if (zip_fread(file.get(), contents.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
    return core::unexpected(std::string("cannot read ") + stat.name);
  }
  return contents;
}

}  // namespace

std::string sparkline_extension(const std::vector<Sparkline>& sparklines) {
  std::string xml = fmt::format(
      "<extLst><ext xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\" "
      "uri=\"{}\"><x14:sparklineGroups "
      "xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">"
      "<x14:sparklineGroup displayEmptyCellsAs=\"gap\" high=\"1\" low=\"1\" last=\"1\">"
      "<x14:colorSeries rgb=\"FF1F3864\"/><x14:colorNegative rgb=\"FFC00000\"/>"
      "<x14:colorAxis rgb=\"FF000000\"/><x14:colorMarkers rgb=\"FF1F3864\"/>"
      "<x14:colorFirst rgb=\"FF1F3864\"/><x14:colorLast rgb=\"FF1F3864\"/>"
      "<x14:colorHigh rgb=\"FF00B050\"/><x14:colorLow rgb=\"FFC00000\"/><x14:sparklines>",
      kSparklineExtensionUri);
  for (const auto& sparkline : sparklines) {
    xml += fmt::format("<x14:sparkline><xm:f>{}</xm:f><xm:sqref>{}</xm:sqref></x14:sparkline>",
                       escape_xml(sparkline.data_range), core::to_a1(sparkline.cell));
  }
  xml += "</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>";
  return xml;
}

core::Expected<void, std::string> add_sparklines(const std::filesystem::path& path,
                                                 const std::string& part,
                                                 const std::vector<Sparkline>& sparklines) {
  if (sparklines.empty()) {
    return {};
  }
  int error = 0;
  Archive archive(zip_open(path.string().c_str(), 0, &error));
  if (!archive) {
    return core::unexpected(fmt::format("cannot reopen the workbook (libzip error {})", error));
  }
  const zip_int64_t index = zip_name_locate(archive.get(), part.c_str(), 0);
  if (index < 0) {
    return core::unexpected(fmt::format("the workbook has no part {}", part));
  }
  auto xml = read_entry(archive.get(), static_cast<zip_uint64_t>(index));
  if (!xml) {
    return core::unexpected(xml.error());
  }
  // extLst is the last child a worksheet may have, so it goes just before the closing tag.
  const auto end = xml->rfind("</worksheet>");
  if (end == std::string::npos || xml->find("<extLst>") != std::string::npos) {
    return core::unexpected(fmt::format("{} is not a worksheet this renderer wrote", part));
  }
  xml->insert(end, sparkline_extension(sparklines));
  zip_source_t* source = zip_source_buffer(archive.get(), xml->data(), xml->size(), 0);
  if (source == nullptr ||
      zip_file_replace(archive.get(), static_cast<zip_uint64_t>(index), source, 0) != 0) {
    zip_source_free(source);
    return core::unexpected(std::string(zip_strerror(archive.get())));
  }
  if (zip_file_set_dostime(archive.get(), static_cast<zip_uint64_t>(index), 0, kDosDate1980, 0) !=
      0) {
    return core::unexpected(std::string(zip_strerror(archive.get())));
  }
  // zip_close writes the archive; the buffer must live until then.
  if (zip_close(archive.get()) != 0) {
    return core::unexpected(std::string(zip_strerror(archive.get())));
  }
  static_cast<void>(archive.release());
  return {};
}

}  // namespace scdash::render
