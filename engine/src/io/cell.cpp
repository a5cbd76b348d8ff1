#include "scdash/io/cell.hpp"

namespace scdash::io {

std::string_view cell_type_name(CellType type) {
  switch (type) {
    case CellType::empty:
      return "empty";
    case CellType::number:
      return "number";
    case CellType::string:
      return "string";
    case CellType::boolean:
      return "bool";
    case CellType::error:
      return "error";
    case CellType::date:
      return "date";
  }
  return "empty";
}

}  // namespace scdash::io
