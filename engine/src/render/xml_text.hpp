// Text in the XML parts scdash writes itself (the sparklines' extension, the board report).
#pragma once

#include <string>
#include <string_view>

namespace scdash::render {

// `text` with the five characters XML reserves written as entities, so that it may stand in
// element content and in attribute values quoted either way.
std::string escape_xml(std::string_view text);

}  // namespace scdash::render
