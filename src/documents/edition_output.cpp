#include "documents/edition_output.hpp"

#include <algorithm>

#include "documents/brochure.hpp"
#include "documents/flyer.hpp"
#include "documents/layouts_left.hpp"
#include "documents/mail_draft.hpp"
#include "pdf/finishing.hpp"
#include "pdf/preview.hpp"

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

// A file made with a job's main one, not yet staged.
struct Companion {
  std::filesystem::path path;
  std::string bytes;
  std::string_view group;
};

// What a flyer's job makes from its finished PDF: preview, calendar, mail
// draft. false after reporting an error in `diagnostics`.
bool make_companions(const OutputJob& job, const EditionInputs& inputs, const std::string& pdf,
                     std::vector<Companion>& made, base::Diagnostics& diagnostics) {
  const std::int64_t stamp = inputs.write_options.date.value_or(0);
  if (!job.preview.empty()) {
    pdf::PreviewResult preview = pdf::render_preview(pdf, {}, job.path.string());
    diagnostics.append(std::move(preview.diagnostics));
    if (diagnostics.has_errors()) return false;
    made.push_back({job.preview, std::move(preview.png), kPreviewsGroup});
  }
  std::optional<MailAttachment> calendar;
  if (!job.calendar.empty()) {
    CalendarFile ics =
        session_calendar(*inputs.catalogue, job.session, *inputs.calendar_settings, stamp);
    diagnostics.append(std::move(ics.diagnostics));
    if (diagnostics.has_errors()) return false;
    calendar = MailAttachment{job.calendar.filename().string(), ics.bytes};
    made.push_back({job.calendar, std::move(ics.bytes), kAgendaGroup});
  }
  if (!job.mail.empty()) {
    MailDraft draft = build_mail_draft({.catalogue = inputs.catalogue,
                                        .session = job.session,
                                        .recipients = inputs.recipients,
                                        .date = stamp,
                                        .flyer = {job.path.filename().string(), pdf},
                                        .calendar = calendar},
                                       *inputs.mail_settings);
    diagnostics.append(std::move(draft.diagnostics));
    if (diagnostics.has_errors()) return false;
    made.push_back({job.mail, std::move(draft.bytes), kMailGroup});
  }
  return true;
}

// The edition's calendar, as a job's output; nullopt after reporting an error.
std::optional<std::string> make_edition_calendar(const EditionInputs& inputs,
                                                 base::Diagnostics& diagnostics) {
  CalendarFile ics = edition_calendar(*inputs.catalogue, inputs.sessions, *inputs.calendar_settings,
                                      inputs.write_options.date.value_or(0));
  diagnostics.append(std::move(ics.diagnostics));
  if (diagnostics.has_errors()) return std::nullopt;
  return std::move(ics.bytes);
}

}  // namespace

std::string output_group(OutputJob::Kind kind) {
  switch (kind) {
    case OutputJob::Kind::brochure:
      return "brochure";
    case OutputJob::Kind::flyer:
      return "flyers";
    case OutputJob::Kind::edition_calendar:
      break;
  }
  return std::string(kAgendaGroup);
}

std::vector<std::string> planned_groups(const EditionPlan& plan) {
  std::vector<std::string> groups;
  if (plan.brochure) groups.push_back(output_group(OutputJob::Kind::brochure));
  if (plan.flyers || plan.mails) groups.push_back(output_group(OutputJob::Kind::flyer));
  if (plan.previews) groups.emplace_back(kPreviewsGroup);
  if (plan.calendars || plan.mails) groups.emplace_back(kAgendaGroup);
  if (plan.mails) groups.emplace_back(kMailGroup);
  return groups;
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
                                    const EditionPaths& paths, const EditionPlan& plan) {
  std::vector<OutputJob> jobs;
  if (plan.brochure) {
    jobs.push_back({.kind = OutputJob::Kind::brochure, .path = paths.brochure(catalogue.edition)});
  }
  if (plan.flyers || plan.mails) {
    for (const catalogue::SessionRef& session : sessions) {
      const std::string& code = session.session->code;
      const std::string& title = session.course->title;
      OutputJob job{
          .kind = OutputJob::Kind::flyer, .session = session, .path = paths.flyer(code, title)};
      if (plan.previews) job.preview = paths.preview(code, title);
      if (plan.calendars || plan.mails) job.calendar = paths.calendar(code, title);
      if (plan.mails) job.mail = paths.mail(code, title);
      jobs.push_back(std::move(job));
    }
  }
  if (plan.calendars || plan.mails) {
    jobs.push_back({.kind = OutputJob::Kind::edition_calendar,
                    .path = paths.edition_calendar(catalogue.edition)});
  }
  return jobs;
}

std::vector<OutputJob> plan_edition(const catalogue::Catalogue& catalogue,
                                    const std::vector<catalogue::SessionRef>& sessions,
                                    const EditionPaths& paths, bool brochure, bool flyers) {
  return plan_edition(catalogue, sessions, paths,
                      EditionPlan{.brochure = brochure, .flyers = flyers});
}

RenderedOutput render_output(const OutputJob& job, const EditionInputs& inputs) {
  RenderedOutput rendered;
  OutputResult& result = rendered.result;
  result.path = job.path;
  typeset::DocumentBox document = lay_out(job, inputs, result.diagnostics);
  if (inputs.layouts_left != nullptr) inputs.layouts_left->one_done();
  if (result.diagnostics.has_errors()) return rendered;
  pdf::WriteOptions options = inputs.write_options;
  if (job.finishing != nullptr) options.finishing = *job.finishing;
  const int pages = static_cast<int>(document.pages.size());
  pdf::RenderResult pdf =
      pdf::render_pdf(std::move(document), inputs.resources->fonts(), options, job.path.string());
  const bool ok = pdf.ok();
  result.diagnostics.append(std::move(pdf.diagnostics));
  if (!ok) return rendered;
  result.pages = pages;
  result.bytes = pdf.bytes.size();
  rendered.bytes = std::move(pdf.bytes);
  return rendered;
}

OutputResult produce(const OutputJob& job, const EditionInputs& inputs, OutputStaging& staging) {
  RenderedOutput rendered;
  OutputResult& result = rendered.result;
  std::vector<Companion> companions;
  if (!job.laid_out()) {
    result.path = job.path;
    std::optional<std::string> bytes = make_edition_calendar(inputs, result.diagnostics);
    if (!bytes) return std::move(result);
    rendered.bytes = std::move(*bytes);
    result.bytes = rendered.bytes.size();
  } else {
    rendered = render_output(job, inputs);
    if (result.diagnostics.has_errors()) return std::move(result);
    if (!make_companions(job, inputs, rendered.bytes, companions, result.diagnostics)) {
      return std::move(result);
    }
  }
  // Staged together: one that cannot be written means none will replace anything.
  const auto stage = [&](const std::filesystem::path& path, const std::string& bytes,
                         const std::string& group) {
    StageResult staged = staging.stage(path, bytes, group);
    if (!staged.ok) {
      result.diagnostics.error(path.string(), {}, staged.error);
      result.staging_failed = true;
    }
    return staged;
  };
  const StageResult main_file = stage(job.path, rendered.bytes, output_group(job.kind));
  if (!main_file.ok) return std::move(result);
  result.unchanged = main_file.unchanged;
  for (const Companion& companion : companions) {
    const StageResult staged = stage(companion.path, companion.bytes, std::string(companion.group));
    if (!staged.ok) return std::move(result);
    result.companions.push_back({companion.path, companion.bytes.size(), staged.unchanged});
  }
  result.written = true;
  return std::move(result);
}

std::string unavailable_outputs(const std::vector<OutputJob>& jobs) {
  const auto any = [&](auto wanted) { return std::any_of(jobs.begin(), jobs.end(), wanted); };
  if (any([](const OutputJob& job) { return job.laid_out(); })) {
    if (std::string why = pdf::finishing_unavailable(); !why.empty()) return why;
  }
  if (any([](const OutputJob& job) { return !job.preview.empty(); })) {
    if (std::string why = pdf::previews_unavailable(); !why.empty()) return why;
  }
  if (any([](const OutputJob& job) { return !job.mail.empty(); })) {
    if (std::string why = mail_drafts_unavailable(); !why.empty()) return why;
  }
  return {};
}

}  // namespace documents
