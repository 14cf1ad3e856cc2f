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

std::vector<OutputJob> plan_edition(const catalogue::Catalogue& catalogue,
                                    const std::vector<catalogue::SessionRef>& sessions,
                                    const EditionPaths& paths, bool brochure, bool flyers) {
  std::vector<OutputJob> jobs;
  if (brochure) {
    jobs.push_back({OutputJob::Kind::brochure, {}, paths.brochure(catalogue.edition)});
  }
  if (flyers) {
    for (const catalogue::SessionRef& session : sessions) {
      jobs.push_back({OutputJob::Kind::flyer, session,
                      paths.flyer(session.session->code, session.course->title)});
    }
  }
  return jobs;
}

OutputResult produce(const OutputJob& job, const EditionInputs& inputs) {
  OutputResult result;
  result.path = job.path;
  const typeset::DocumentBox document = lay_out(job, inputs, result.diagnostics);
  if (result.diagnostics.has_errors()) return result;
  pdf::WriteOptions options = inputs.write_options;
  if (options.directory_syncs == nullptr) options.directory_syncs = inputs.directory_syncs.get();
  const pdf::WriteResult written =
      pdf::write_pdf(document, inputs.resources->fonts(), job.path.string(), options);
  result.diagnostics.append(std::move(written.diagnostics));
  result.written = written.ok();
  result.pages = static_cast<int>(document.pages.size());
  result.bytes = written.size;
  return result;
}

}  // namespace documents
