// Links: symbolic links, and on Windows junctions too. The standard library sees them on POSIX
// systems only; libstdc++ on Windows reads neither, so there the system is asked itself. A link
// not seen would let a return outside the returns folder be read, and a link to a folder above
// be walked without end.
#pragma once

#include <filesystem>

namespace scdash::platform {

// `path`, absolute, with every link on it followed as far as it exists and the rest appended;
// `path` made absolute when even that cannot be found.
std::filesystem::path resolve_links(const std::filesystem::path& path);

// Whether `path` itself (not a folder it is in) is a link.
bool is_link(const std::filesystem::path& path);

}  // namespace scdash::platform
