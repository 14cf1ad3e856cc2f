// Running `brochure` in tests: in-process through cli::run, or as the built
// program (BROCHURE_BINARY) for what only a real process shows (exit codes,
// environment), with catalogues written to a temporary directory.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../support/process.hpp"
#include "../support/temp_dir.hpp"
#include "cli/app.hpp"

namespace cli_test {

namespace fs = std::filesystem;

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline CliResult run_in_process(const std::vector<std::string>& arguments,
                                std::size_t terminal_width = 120) {
  std::ostringstream out;
  std::ostringstream err;
  cli::Environment environment;
  environment.terminal_width = terminal_width;
  CliResult result;
  result.exit_code = cli::run(arguments, environment, out, err);
  result.out = out.str();
  result.err = err.str();
  return result;
}

using test_support::TempDir;

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

inline std::string read_file(const fs::path& path) {
  return test_support::read_file(path.string());
}

// Every file under `directory` (hidden ones included), by path relative to
// it ('/' separated), with its bytes.
inline std::map<std::string, std::string> files_under(const fs::path& directory) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(directory))
    if (entry.is_regular_file())
      files[entry.path().lexically_relative(directory).generic_string()] = read_file(entry.path());
  return files;
}
using test_support::shell_quoted;

// Runs the built program with `arguments` (and `environment`, "NAME=value"
// words put before it), from the source root; captures both streams.
inline CliResult run_binary(const TempDir& scratch, const std::vector<std::string>& arguments,
                            const std::string& environment = "") {
  const fs::path out_file = scratch.path() / "stdout.txt";
  const fs::path err_file = scratch.path() / "stderr.txt";
  // Appended piece by piece: GCC 12 warns wrongly (-Wrestrict) about " " + text.
  std::string command = "cd ";
  command += shell_quoted(BROCHURE_SOURCE_DIR);
  command += " && ";
  command += environment;
  command += ' ';
  command += shell_quoted(BROCHURE_BINARY);
  for (const std::string& argument : arguments) {
    command += ' ';
    command += shell_quoted(argument);
  }
  command += " >" + shell_quoted(out_file.string()) + " 2>" + shell_quoted(err_file.string());
  const int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out_file);
  result.err = read_file(err_file);
  return result;
}

// The 2026-2027 edition as the built program renders it without
// SOURCE_DATE_EPOCH, into `scratch`/out/2026-2027, and the layout demo: the
// PDFs every screen reader and validator test reads.
struct RenderedEdition {
  fs::path out;                // the edition's folder
  fs::path demo;               // demo.pdf
  std::vector<fs::path> pdfs;  // every PDF of the edition, sorted, then the demo
};

inline RenderedEdition render_edition_and_demo(const TempDir& scratch) {
  RenderedEdition edition;
  edition.out = scratch.path() / "out/2026-2027";
  const CliResult rendered =
      run_binary(scratch,
                 {"render", std::string(BROCHURE_SOURCE_DIR) + "/xml/2026-2027.xml", "--out",
                  edition.out.string()},
                 "env -u SOURCE_DATE_EPOCH");
  EXPECT_EQ(rendered.exit_code, 0) << rendered.err;
  edition.demo = scratch.path() / "demo.pdf";
  EXPECT_EQ(run_binary(scratch, {"demo", "-o", edition.demo.string()}).exit_code, 0);
  if (fs::exists(edition.out)) {
    for (const auto& entry : fs::recursive_directory_iterator(edition.out))
      if (entry.path().extension() == ".pdf") edition.pdfs.push_back(entry.path());
  }
  std::sort(edition.pdfs.begin(), edition.pdfs.end());
  edition.pdfs.push_back(edition.demo);
  return edition;
}

// The files under `directory` (recursively) whose name ends with
// `extension`; every file when it is empty.
inline std::size_t count_files(const fs::path& directory, std::string_view extension = {}) {
  std::size_t count = 0;
  if (!fs::exists(directory)) return 0;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    count += entry.is_regular_file() && (extension.empty() || entry.path().extension() == extension)
                 ? 1
                 : 0;
  }
  return count;
}

// The sessions of kSmallCatalogue (below), in date order, as their files are named.
inline const std::vector<std::string> kSmallSessions = {
    "T2604-echange-et-change",
    "T2605-anticiper-la-venue-d-un-stagiaire",
    "T2610-batir-une-culture-de-tutorat",
    "T2703-batir-une-culture-de-tutorat",
};

// A small valid catalogue: two sections, three courses, four sessions given out
// of date order (one course with two sessions, one session of four mornings).
inline const std::string kSmallCatalogue = R"(<?xml version="1.0" encoding="UTF-8"?>
<catalogue edition="2026-2027" start="2026-09-01" end="2027-06-30">
  <title>Ateliers &amp; Intervisions Tutorat</title>
  <publisher website="https://www.tutorats.org">Fonds social des Milieux d'Accueil d'Enfants</publisher>
  <operators>
    <operator id="le-grain">Le Grain</operator>
    <operator id="cerso">CERSO</operator>
  </operators>
  <section kind="atelier" title="Ateliers">
    <course operator="le-grain" open-to-schools="true">
      <title>Anticiper la venue d'un stagiaire au sein de l'équipe du milieu d'accueil</title>
      <session code="T2605" start="09:30" end="16:30">
        <day date="2026-09-24"/>
        <place city="Bruxelles">Le Grain : Rue du Marteau 19 – 1000 Bruxelles</place>
      </session>
    </course>
    <course operator="cerso">
      <title>Bâtir une culture de tutorat</title>
      <session code="T2703" start="09:30" end="16:30">
        <day date="2027-03-18"/>
        <place city="Louvain-la-Neuve">Institut Cardijn</place>
      </session>
      <session code="T2610" start="09:30" end="16:30">
        <day date="2026-11-16"/>
        <place city="Namur">Namur</place>
      </session>
    </course>
  </section>
  <section kind="intervision" title="Intervisions">
    <course operator="cerso">
      <title>Échange et... change</title>
      <session code="T2604" start="09:30" end="12:30">
        <day date="2026-09-22"/>
        <day date="2026-10-13"/>
        <day date="2026-11-17"/>
        <day date="2026-12-15"/>
        <place city="Namur">Namur</place>
      </session>
    </course>
  </section>
</catalogue>
)";

// Returns `text` with the first `from` replaced by `to` (the test fails when
// `from` is missing, so a changed fixture cannot silently test nothing).
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "absent du catalogue : " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

}  // namespace cli_test
