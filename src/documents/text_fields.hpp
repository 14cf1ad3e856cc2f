// Template texts with named fields ("{title}", "{website}"), filled with
// catalogue values; shared by the brochure and the flyer so that both print
// the same things the same way.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diagnostics.hpp"
#include "typeset/paragraph.hpp"

namespace documents {

// A run of plain text, optionally linked ("#anchor" or a URI).
typeset::InlineRun text_run(std::string text, base::SourcePosition position = {},
                            std::string link = {});

using TextFields = std::vector<std::pair<std::string_view, std::string>>;

// `text` with each "{name}" of `fields` replaced; other braces are kept as
// written (the flow fills {page}, {pages}, {mark} later).
std::string fill_fields(std::string_view text, const TextFields& fields);

// "https://www.tutorats.org/" → "tutorats.org": how a reader types it.
std::string website_as_printed(std::string_view url);

// `text` with its fields filled in, as runs: each {website} becomes the
// printed website linked to `website`, so that the reader can click it.
std::vector<typeset::InlineRun> runs_with_linked_website(std::string_view text,
                                                         const TextFields& fields,
                                                         const std::string& website);

}  // namespace documents
