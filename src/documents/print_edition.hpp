// The brochure made for a print shop (issue 12): single pages in reading
// order with their bleed, TrimBox and BleedBox, crop marks on request, the
// template's CMYK colours, no link or bookmark; and, on request, the same
// pages imposed as a saddle-stitched booklet (pdf/booklet.hpp). What the shop
// needs to know (trim size, bleed, pages, colours) is summed up for the
// console.
//
//   documents::PrintRendering made = documents::render_print(catalogue, tmpl, resources,
//                                                            options, {.crop_marks = true});
//   for (const std::string& line : documents::describe_print(made.summary)) …
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "catalogue/model.hpp"
#include "documents/resources.hpp"
#include "pdf/booklet.hpp"
#include "pdf/writer.hpp"
#include "typeset/boxes.hpp"
#include "typeset/template.hpp"

namespace documents {

struct PrintRequest {
  bool crop_marks = false;  // --marks
  bool booklet = false;     // --booklet: the imposed booklet too
};

// What a print shop asks before it takes a file.
struct PrintSummary {
  double trim_width = 0;  // points: the finished page
  double trim_height = 0;
  double bleed = 0;  // points, on every side
  int pages = 0;
  bool crop_marks = false;
  std::string profile;  // the output intent's printing condition; empty: device CMYK
  std::optional<pdf::BookletPlan> booklet;
};

// The summary as French lines for the console ("Format fini : 210 × 297 mm (A4)"…).
std::vector<std::string> describe_print(const PrintSummary& summary);

// "a4", "a5", "a3", or "148x200mm" for another size (points in, rounded to mm).
std::string trim_format_name(double width, double height);

// out/2026-2027/print/brochure-2026-2027-impression.pdf for A4 (what shops get
// by default), brochure-2026-2027-a5-impression.pdf for another format, and
// brochure-2026-2027-a5-livret.pdf for the booklet.
std::filesystem::path print_file_path(const std::filesystem::path& directory,
                                      std::string_view edition, std::string_view format);
std::filesystem::path booklet_file_path(const std::filesystem::path& directory,
                                        std::string_view edition, std::string_view format);

struct PrintRendering {
  typeset::DocumentBox layout;  // the print pages, as laid out
  std::string print_pdf;        // empty on error
  std::string booklet_pdf;      // empty unless asked, or on error
  PrintSummary summary;
  std::string format;  // trim_format_name of the pages
  // Errors (nothing is to be written then) and warnings: each colour the
  // template gives no CMYK value for, once, at its place in the template.
  base::Diagnostics diagnostics;
};

// Lays out and renders the brochure for print with `tmpl` (every page of one
// trim size), finishing it without PDF/A (pdf::FinishingProfile::print): the
// template's <print-profile> as output intent when it has one, else none.
PrintRendering render_print(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl,
                            const Resources& resources, const pdf::WriteOptions& options,
                            const PrintRequest& request);

}  // namespace documents
