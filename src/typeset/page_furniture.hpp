// Headers and footers, painted once the page count is known: their texts'
// fields ({page}, {pages}, {mark}) are filled in, then set in the zone's style.
#pragma once

#include <string>

#include "typeset/boxes.hpp"
#include "typeset/layout_context.hpp"
#include "typeset/styles.hpp"

namespace typeset {

struct PageFields {
  int page = 1;
  int pages = 1;
  std::string mark;
};

void paint_furniture(const PageMaster& master, const PageFields& fields, LayoutContext& context,
                     PageBox& page);

}  // namespace typeset
