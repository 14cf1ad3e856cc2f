// A stable text dump of positioned boxes (numbers rounded to 0.01 pt), for
// golden tests and for eyeballing a layout without a PDF viewer.
#pragma once

#include <string>

#include "typeset/boxes.hpp"

namespace typeset {

std::string dump_document(const DocumentBox& document);

}  // namespace typeset
