#include "police_areas.hpp"

#include <utility>

namespace examples::police {
namespace {

// The outcomes extract leaves off " LPU" and " BCU", as the force's own staff write them.
std::string_view without_suffix(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return name.substr(0, space);
}

}  // namespace

const std::vector<Lpu>& lpus() {
  static const std::vector<Lpu> kLpus = {
      {"Beaumont Leys LPU", Bcu::city},
      {"City Centre LPU", Bcu::city},
      {"Braunstone LPU", Bcu::city},
      {"Keyham LPU", Bcu::city},
      {"Blaby LPU", Bcu::counties},
      {"Charnwood LPU", Bcu::counties},
      {"Harborough LPU", Bcu::counties},
      {"Hinckley LPU", Bcu::counties},
      {"Melton and Rutland LPU", Bcu::counties},
      {"North West Leicestershire LPU", Bcu::counties},
      {"Oadby and Wigston LPU", Bcu::counties},
  };
  return kLpus;
}

std::vector<std::size_t> lpus_in(Bcu bcu) {
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < lpus().size(); ++i) {
    if (lpus()[i].bcu == bcu) {
      indices.push_back(i);
    }
  }
  return indices;
}

const std::vector<ReportingArea>& reporting_areas() {
  static const std::vector<ReportingArea> kAreas = [] {
    std::vector<std::size_t> all(lpus().size());
    for (std::size_t i = 0; i < all.size(); ++i) {
      all[i] = i;
    }
    std::vector<ReportingArea> areas = {{"Force total", "Force", all}};
    for (const auto& [bcu, name] : {std::pair{Bcu::city, std::string_view("City BCU")},
                                    std::pair{Bcu::counties, std::string_view("Counties BCU")}}) {
      areas.push_back({name, without_suffix(name), lpus_in(bcu)});
      for (const std::size_t lpu : lpus_in(bcu)) {
        areas.push_back({lpus()[lpu].name, without_suffix(lpus()[lpu].name), {lpu}});
      }
    }
    return areas;
  }();
  return kAreas;
}

}  // namespace examples::police
