// The machine's own file system, behind core::FileSystem: what the command line and the Windows
// program read returns from and write dashboards to. (The page and the add-in give the engine
// files held in memory instead.)
//
//   const auto disk = scdash::platform::make_disk_file_system();
//   auto text = scdash::core::read_whole_file(*disk, "mappings/marac.yaml");
#pragma once

#include <memory>

#include "scdash/core/file_system.hpp"

namespace scdash::platform {

std::unique_ptr<core::FileSystem> make_disk_file_system();

}  // namespace scdash::platform
