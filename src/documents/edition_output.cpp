#include "documents/edition_output.hpp"

#include "documents/brochure.hpp"
#include "documents/flyer.hpp"

namespace documents {

namespace {

typeset::DocumentBox lay_out(const OutputJob& job, const EditionInputs& inputs,
                             base::Diagnostics& diagnostics) {
  if (job.kind == OutputJob::Kind::brochure) {
    return build_brochure(*inputs.catalogue, *inputs.brochure_template, *inputs.resources,
                          diagnostics);
  }
  return build_flyer(*inputs.catalogue, job.session, *inputs.flyer_template, *inputs.flyer_settings,
                     *inputs.resources, diagnostics);
}

}  // namespace

std::string output_group(OutputJob::Kind kind) {
  return kind == OutputJob::Kind::brochure ? "brochure" : "flyers";
}

std::int64_t seconds_since_epoch(const catalogue::Date& date) {
  // Days from the civil date (H. Hinnant's algorithm), proleptic Gregorian.
  const int year = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (year >= 0 ? year : year - 399) / 400;
  const int year_of_era = year - era * 400;
  const int month = date.month;
  const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  const std::int64_t days = static_cast<std::int64_t>(era) * 146097 + day_of_era - 719468;
  return days * 86400;
}

pdf::WriteOptions edition_write_options(const catalogue::Catalogue& catalogue,
                                        base::Diagnostics& diagnostics, std::string* date_origin) {
  pdf::WriteOptions options = pdf::WriteOptions::from_environment(diagnostics);
  const bool from_environment = options.date.has_value();
  if (!from_environment) options.date = seconds_since_epoch(catalogue.period_start);
  if (date_origin != nullptr)
    *date_origin = from_environment ? "SOURCE_DATE_EPOCH" : "edition-start";
  return options;
}

std::vector<OutputJob> plan_edition(const catalogue::Catalogue& catalogue,
                                    const std::vector<catalogue::SessionRef>& sessions,
                                    const EditionPaths& paths, bool brochure, bool flyers) {
  std::vector<OutputJob> jobs;
  if (brochure) {
    jobs.push_back({OutputJob::Kind::brochure, {}, paths.brochure(catalogue.edition), nullptr});
  }
  if (flyers) {
    for (const catalogue::SessionRef& session : sessions) {
      jobs.push_back({OutputJob::Kind::flyer, session,
                      paths.flyer(session.session->code, session.course->title), nullptr});
    }
  }
  return jobs;
}

RenderedOutput render_output(const OutputJob& job, const EditionInputs& inputs) {
  RenderedOutput rendered;
  OutputResult& result = rendered.result;
  result.path = job.path;
  const typeset::DocumentBox document = lay_out(job, inputs, result.diagnostics);
  if (result.diagnostics.has_errors()) return rendered;
  pdf::WriteOptions options = inputs.write_options;
  if (job.finishing != nullptr) options.finishing = *job.finishing;
  pdf::RenderResult pdf =
      pdf::render_pdf(document, inputs.resources->fonts(), options, job.path.string());
  const bool ok = pdf.ok();
  result.diagnostics.append(std::move(pdf.diagnostics));
  if (!ok) return rendered;
  result.pages = static_cast<int>(document.pages.size());
  result.bytes = pdf.bytes.size();
  rendered.bytes = std::move(pdf.bytes);
  return rendered;
}

OutputResult produce(const OutputJob& job, const EditionInputs& inputs, OutputStaging& staging) {
  RenderedOutput rendered = render_output(job, inputs);
  OutputResult& result = rendered.result;
  if (result.diagnostics.has_errors()) return std::move(result);
  const StageResult staged = staging.stage(job.path, rendered.bytes, output_group(job.kind));
  if (!staged.ok) {
    result.diagnostics.error(job.path.string(), {}, staged.error);
    result.staging_failed = true;
    return std::move(result);
  }
  result.written = true;
  return std::move(result);
}

}  // namespace documents
