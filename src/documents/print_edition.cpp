#include "documents/print_edition.hpp"

#include <fmt/format.h>

#include <cmath>

#include "base/message_text.hpp"
#include "documents/brochure.hpp"
#include "documents/output_paths.hpp"
#include "typeset/page_master.hpp"

namespace documents {

namespace {

constexpr std::string_view kPrintFolder = "print";

long millimetres(double points) {
  return std::lround(points / typeset::kMillimetre);
}

// "C 75 % M 37 % J 0 % N 52 %", and the attribute that would fix it.
std::string ink_text(const typeset::Cmyk& ink) {
  return fmt::format("C {} % M {} % J {} % N {} %", std::lround(ink.c * 100),
                     std::lround(ink.m * 100), std::lround(ink.y * 100), std::lround(ink.k * 100));
}
std::string ink_attribute(const typeset::Cmyk& ink) {
  return fmt::format("cmyk=\"{} {} {} {}\"", std::lround(ink.c * 100), std::lround(ink.m * 100),
                     std::lround(ink.y * 100), std::lround(ink.k * 100));
}

std::string hex(const typeset::Color& color) {
  const auto byte = [](double component) { return std::lround(component * 255); };
  return fmt::format("#{:02x}{:02x}{:02x}", byte(color.r), byte(color.g), byte(color.b));
}

// Each colour the template gives no CMYK value for, said once, where it is written.
void report_derived_colors(const typeset::Template& tmpl, base::Diagnostics& diagnostics) {
  for (const typeset::ColorWithoutCmyk& color : tmpl.colors_without_cmyk) {
    const typeset::Cmyk ink = typeset::derived_cmyk(color.color);
    const std::string what =
        color.name.empty()
            ? fmt::format("la couleur {}{}", hex(color.color),
                          color.other_places == 0
                              ? std::string()
                              : fmt::format(" (écrite ici et {} autre{} fois)", color.other_places,
                                            color.other_places > 1 ? "s" : ""))
            : fmt::format("la couleur {} ({})", base::in_guillemets(color.name), hex(color.color));
    diagnostics.warning(
        color.place.file, color.place.position,
        fmt::format("{} n'a pas de valeur CMJN pour l'impression : imprimée en {} (calculée ; "
                    "donnez-la avec {} pour la fixer)",
                    what, ink_text(ink), ink_attribute(ink)));
  }
}

// The output intent the template names, or none (device CMYK).
std::shared_ptr<const pdf::OutputIntent> print_intent(const typeset::Template& tmpl,
                                                      base::Diagnostics& diagnostics) {
  if (!tmpl.print_profile) return nullptr;
  const typeset::PrintProfileSpec& spec = *tmpl.print_profile;
  std::string error;
  std::shared_ptr<const pdf::OutputIntent> intent =
      pdf::load_print_output_intent(spec.path, spec.condition, error);
  if (intent == nullptr) diagnostics.error(spec.place.file, spec.place.position, error);
  return intent;
}

std::string format_label(double width, double height) {
  const std::string name = trim_format_name(width, height);
  return name.ends_with("mm") ? std::string()
                              : fmt::format(" ({})", name == "a4"   ? "A4"
                                                     : name == "a5" ? "A5"
                                                                    : "A3");
}

}  // namespace

std::string trim_format_name(double width, double height) {
  static constexpr struct {
    const char* name;
    long width;
    long height;
  } kFormats[] = {{"a4", 210, 297}, {"a5", 148, 210}, {"a3", 297, 420}};
  const long w = millimetres(width);
  const long h = millimetres(height);
  for (const auto& format : kFormats) {
    if ((w == format.width && h == format.height) || (w == format.height && h == format.width))
      return format.name;
  }
  return fmt::format("{}x{}mm", w, h);
}

std::filesystem::path print_file_path(const std::filesystem::path& directory,
                                      std::string_view edition, std::string_view format) {
  const std::string stem = std::filesystem::path(brochure_file_name(edition)).stem().string();
  return directory / kPrintFolder /
         (format == "a4" ? fmt::format("{}-impression.pdf", stem)
                         : fmt::format("{}-{}-impression.pdf", stem, format));
}

std::filesystem::path booklet_file_path(const std::filesystem::path& directory,
                                        std::string_view edition, std::string_view format) {
  const std::string stem = std::filesystem::path(brochure_file_name(edition)).stem().string();
  return directory / kPrintFolder / fmt::format("{}-{}-livret.pdf", stem, format);
}

std::vector<std::string> describe_print(const PrintSummary& summary) {
  std::vector<std::string> lines;
  lines.push_back(fmt::format("Format fini (coupe) : {} × {} mm{}", millimetres(summary.trim_width),
                              millimetres(summary.trim_height),
                              format_label(summary.trim_width, summary.trim_height)));
  lines.push_back(
      fmt::format("Fond perdu : {} mm de chaque côté (TrimBox et BleedBox sur chaque page){}",
                  fmt::format("{:g}", std::round(summary.bleed / typeset::kMillimetre * 10) / 10),
                  summary.crop_marks ? ", traits de coupe" : ", sans traits de coupe"));
  lines.push_back(
      fmt::format("Pages : {}, une par page du PDF, dans l'ordre de lecture", summary.pages));
  lines.push_back(summary.profile.empty()
                      ? "Couleurs : CMJN sans profil (DeviceCMYK) : l'imprimeur applique le sien ; "
                        "demandez-lui son profil ICC pour <print-profile>"
                      : fmt::format("Couleurs : CMJN, profil de sortie « {} »", summary.profile));
  lines.push_back("Polices : toutes incorporées ; ni liens ni signets");
  if (summary.booklet) {
    const pdf::BookletPlan& plan = *summary.booklet;
    const bool a5 = trim_format_name(summary.trim_width, summary.trim_height) == "a5";
    lines.push_back(fmt::format(
        "Livret : {} pages{} sur {} feuille{} {}, recto verso (retourner sur le bord court), "
        "plier au milieu et agrafer au pli",
        plan.booklet_pages(),
        plan.blanks == 0 ? std::string()
                         : fmt::format(" dont {} blanche{} après la page {}", plan.blanks,
                                       plan.blanks > 1 ? "s" : "", plan.blanks_after),
        plan.sheets(), plan.sheets() > 1 ? "s" : "",
        a5 ? std::string("A4 (297 × 210 mm)")
           : fmt::format("de {} × {} mm", millimetres(2 * summary.trim_width),
                         millimetres(summary.trim_height))));
  }
  return lines;
}

PrintRendering render_print(const catalogue::Catalogue& catalogue, const typeset::Template& tmpl,
                            const Resources& resources, const pdf::WriteOptions& options,
                            const PrintRequest& request) {
  PrintRendering made;
  std::shared_ptr<const pdf::OutputIntent> intent = print_intent(tmpl, made.diagnostics);
  report_derived_colors(tmpl, made.diagnostics);
  if (made.diagnostics.has_errors()) return made;

  BrochureLayout layout = lay_out_brochure(catalogue, tmpl, resources, made.diagnostics,
                                           typeset::PrintSetup{.crop_marks = request.crop_marks});
  if (made.diagnostics.has_errors() || layout.document.pages.empty()) return made;
  made.layout = std::move(layout.document);
  const typeset::PageBox& first = made.layout.pages.front();
  for (const typeset::PageBox& page : made.layout.pages) {
    if (std::abs(page.width - first.width) > 0.5 || std::abs(page.height - first.height) > 0.5) {
      made.diagnostics.error(tmpl.source_file, tmpl.position,
                             "pour l'impression, tous les gabarits de page doivent avoir le même "
                             "format");
      return made;
    }
  }
  made.format = trim_format_name(first.width, first.height);
  made.summary.trim_width = first.width;
  made.summary.trim_height = first.height;
  made.summary.bleed = first.print ? first.print->bleed : 0;
  made.summary.pages = static_cast<int>(made.layout.pages.size());
  made.summary.crop_marks = request.crop_marks;
  made.summary.profile = intent == nullptr ? std::string() : intent->condition_identifier;

  pdf::WriteOptions print_options = options;
  print_options.finishing = pdf::FinishingProfile::print(intent);
  pdf::RenderResult rendered =
      pdf::render_pdf(made.layout, resources.fonts(), print_options, tmpl.source_file);
  const bool ok = rendered.ok();
  made.diagnostics.append(std::move(rendered.diagnostics));
  if (!ok) return made;
  made.print_pdf = std::move(rendered.bytes);

  if (request.booklet) {
    const pdf::BookletPlan plan =
        pdf::plan_booklet(made.summary.pages, tmpl.page_master(kBackCoverMaster) != nullptr);
    pdf::FinishingResult imposed = pdf::impose_booklet(made.print_pdf, plan, options.date);
    if (!imposed.ok()) {
      made.diagnostics.error(tmpl.source_file, {}, imposed.error);
      made.print_pdf.clear();
      return made;
    }
    made.booklet_pdf = std::move(imposed.bytes);
    made.summary.booklet = plan;
  }
  return made;
}

}  // namespace documents
