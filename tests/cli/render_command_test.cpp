// brochure render / brochure flyer, end to end in-process on a small catalogue
// written to a temporary directory: the files written and where (the PDFs,
// the calendars, the previews), the lines
// printed (in a fixed order whatever --jobs), the exit codes, and that a bad
// catalogue or template writes nothing and leaves earlier files as they were.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <sstream>

#include "cli_test_support.hpp"

namespace {

using cli_test::count_files;
using cli_test::kSmallCatalogue;
using cli_test::kSmallSessions;
using cli_test::lines_of;
using cli_test::read_file;
using cli_test::replaced;
using cli_test::run_in_process;
using cli_test::TempDir;
namespace fs = std::filesystem;

const std::vector<std::string> kSmallFlyers = [] {
  std::vector<std::string> names;
  for (const std::string& session : kSmallSessions) names.push_back("flyers/" + session + ".pdf");
  return names;
}();

// "écrit DIR/NAME (1 page, 27 Ko)" → "écrit DIR/NAME (1 page".
std::string without_size(const std::string& line) {
  return line.substr(0, line.rfind(", "));
}

// Every PDF under `directory`, by path relative to it, with its bytes.
std::map<std::string, std::string> pdf_files(const fs::path& directory) {
  std::map<std::string, std::string> files;
  if (!fs::exists(directory)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    if (entry.is_regular_file() && entry.path().extension() == ".pdf") {
      files[fs::relative(entry.path(), directory).string()] = read_file(entry.path());
    }
  }
  return files;
}

TEST(Render, WritesTheBrochureThenOneFlyerPerSessionInDateOrder) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const std::string out_dir = (dir.path() / "pdf").string();
  const cli_test::CliResult result = run_in_process({"render", catalogue, "--out", out_dir});
  ASSERT_EQ(result.exit_code, 0) << result.err;

  // The brochure, each flyer with its calendar, the edition's calendar.
  const std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 11u) << result.out;
  EXPECT_TRUE(lines[0].starts_with("écrit " + out_dir + "/brochure-2026-2027.pdf (")) << lines[0];
  for (std::size_t i = 0; i < kSmallFlyers.size(); ++i) {
    EXPECT_EQ(without_size(lines[2 * i + 1]),
              "écrit " + out_dir + "/" + kSmallFlyers[i] + " (1 page")
        << lines[2 * i + 1];
    EXPECT_TRUE(lines[2 * i + 1].ends_with(" Ko)")) << lines[2 * i + 1];
    EXPECT_TRUE(lines[2 * i + 2].starts_with("écrit " + out_dir + "/agenda/" + kSmallSessions[i] +
                                             ".ics ("))
        << lines[2 * i + 2];
  }
  EXPECT_TRUE(lines[9].starts_with("écrit " + out_dir + "/agenda/2026-2027.ics (")) << lines[9];
  EXPECT_TRUE(lines[10].starts_with("10 fichiers écrits dans " + out_dir + " en ")) << lines[10];
  EXPECT_TRUE(lines[10].ends_with(" s")) << lines[10];

  std::map<std::string, std::string> files = cli_test::files_under(out_dir);
  ASSERT_EQ(files.size(), 11u);  // with the list of the files written
  EXPECT_TRUE(files["agenda/2026-2027.ics"].starts_with("BEGIN:VCALENDAR\r\n"));
  EXPECT_TRUE(files.count("brochure-2026-2027.pdf"));
  for (const std::string& flyer : kSmallFlyers) {
    ASSERT_TRUE(files.count(flyer)) << flyer;
    EXPECT_TRUE(files[flyer].starts_with("%PDF-")) << flyer;
  }
}

// After a small edit, only what it changed is written again: the other
// flyers keep their file (the same inode, the same date), and the lines say
// which files changed, which the staff may have to send again.
TEST(Render, AFileThatWouldBeTheSameIsLeftAsItWas) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const fs::path out_dir = dir.path() / "pdf";
  ASSERT_EQ(run_in_process({"render", catalogue, "--out", out_dir.string()}).exit_code, 0);
  const fs::path untouched = out_dir / kSmallFlyers[0];
  const fs::path edited = out_dir / "flyers/T2703-batir-une-culture-de-tutorat.pdf";
  const auto inode = [](const fs::path& path) {
    struct stat status {};
    EXPECT_EQ(::stat(path.c_str(), &status), 0) << path;
    return status.st_ino;
  };
  const auto untouched_inode = inode(untouched);
  const auto edited_inode = inode(edited);
  const auto untouched_date = fs::last_write_time(untouched) - std::chrono::hours(1);
  fs::last_write_time(untouched, untouched_date);

  dir.write("petit.xml",
            replaced(kSmallCatalogue, "Institut Cardijn", "Institut Cardijn, salle 2"));
  const cli_test::CliResult again =
      run_in_process({"render", catalogue, "--out", out_dir.string()});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  const std::vector<std::string> lines = lines_of(again.out);
  ASSERT_EQ(lines.size(), 11u) << again.out;
  // The T2703 flyer and calendar show the place, and so does the edition's
  // calendar; the brochure names its city alone, the other sessions' files
  // do not show it.
  const std::string out = out_dir.string();
  EXPECT_TRUE(lines[0].starts_with("inchangé " + out + "/brochure-2026-2027.pdf (")) << lines[0];
  for (std::size_t i = 0; i < kSmallSessions.size(); ++i) {
    const std::string verb = kSmallSessions[i].starts_with("T2703") ? "écrit " : "inchangé ";
    EXPECT_TRUE(lines[2 * i + 1].starts_with(verb + out + "/" + kSmallFlyers[i] + " (1 page, "))
        << lines[2 * i + 1];
    EXPECT_TRUE(lines[2 * i + 2].starts_with(verb + out + "/agenda/" + kSmallSessions[i] + ".ics"))
        << lines[2 * i + 2];
  }
  EXPECT_TRUE(lines[9].starts_with("écrit " + out + "/agenda/2026-2027.ics (")) << lines[9];
  EXPECT_TRUE(lines[10].starts_with("3 fichiers écrits, 7 inchangés dans " + out + " en "))
      << lines[10];

  EXPECT_EQ(inode(untouched), untouched_inode);
  EXPECT_EQ(fs::last_write_time(untouched), untouched_date);
  EXPECT_NE(inode(edited), edited_inode);
  EXPECT_NE(read_file(out_dir / "agenda/T2703-batir-une-culture-de-tutorat.ics").find("salle 2"),
            std::string::npos);
  EXPECT_EQ(cli_test::files_under(out_dir).size(), 11u) << "a temporary was left behind";

  // Nothing edited: nothing written.
  const cli_test::CliResult third =
      run_in_process({"render", catalogue, "--out", out_dir.string()});
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_NE(third.out.find("\n0 fichier écrit, 10 inchangés dans " + out + " en "),
            std::string::npos)
      << third.out;
}

TEST(Render, OnlyBrochureOrOnlyFlyers) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const fs::path brochure_dir = dir.path() / "b";
  const fs::path flyers_dir = dir.path() / "f";
  ASSERT_EQ(
      run_in_process({"render", catalogue, "--out", brochure_dir.string(), "--only", "brochure"})
          .exit_code,
      0);
  ASSERT_EQ(run_in_process({"render", catalogue, "--out", flyers_dir.string(), "--only", "flyers"})
                .exit_code,
            0);
  EXPECT_EQ(pdf_files(brochure_dir).size(), 1u);
  EXPECT_FALSE(fs::exists(brochure_dir / "flyers"));
  EXPECT_FALSE(fs::exists(brochure_dir / "agenda"));
  EXPECT_EQ(count_files(flyers_dir, ".pdf"), kSmallFlyers.size());
  EXPECT_EQ(count_files(flyers_dir, ".ics"), kSmallFlyers.size() + 1);
  EXPECT_FALSE(pdf_files(flyers_dir).count("brochure-2026-2027.pdf"));
}

TEST(Render, SameFilesAndSameMessagesWhateverTheNumberOfJobs) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const fs::path one = dir.path() / "one";
  const fs::path two = dir.path() / "two";
  const cli_test::CliResult sequential =
      run_in_process({"render", catalogue, "--out", one.string(), "--jobs", "1"});
  const cli_test::CliResult parallel =
      run_in_process({"render", catalogue, "--out", two.string(), "-j", "2"});
  ASSERT_EQ(sequential.exit_code, 0) << sequential.err;
  ASSERT_EQ(parallel.exit_code, 0) << parallel.err;

  const auto first = cli_test::files_under(one);
  const auto second = cli_test::files_under(two);
  ASSERT_EQ(first.size(), 11u);
  ASSERT_EQ(first.size(), second.size());
  for (const auto& [name, bytes] : first) {
    ASSERT_TRUE(second.count(name)) << name;
    EXPECT_TRUE(bytes == second.at(name)) << name << " differs between --jobs 1 and --jobs 2";
  }
  // Line by line, once the folder is named the same (the summary's time aside).
  std::vector<std::string> a = lines_of(sequential.out);
  std::vector<std::string> b = lines_of(replaced(parallel.out, two.string(), one.string()));
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i + 1 < a.size(); ++i) {
    EXPECT_EQ(a[i], b[i].find(two.string()) == std::string::npos
                        ? b[i]
                        : replaced(b[i], two.string(), one.string()));
  }
}

TEST(Render, CatalogueWithErrorsWritesNothingAndKeepsEarlierFiles) {
  TempDir dir;
  const std::string good = dir.write("bon.xml", kSmallCatalogue);
  const fs::path out_dir = dir.path() / "pdf";
  ASSERT_EQ(run_in_process({"render", good, "--out", out_dir.string()}).exit_code, 0);
  const auto before = pdf_files(out_dir);

  // Same edition, one error: an unknown operator.
  const std::string bad =
      dir.write("mauvais.xml", replaced(kSmallCatalogue, "operator=\"cerso\">\n      <title>Bâtir",
                                        "operator=\"inconnu\">\n      <title>Bâtir"));
  const cli_test::CliResult result = run_in_process({"render", bad, "--out", out_dir.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("error:"), std::string::npos) << result.err;
  EXPECT_TRUE(pdf_files(out_dir) == before) << "a failed render changed the earlier files";

  const fs::path fresh = dir.path() / "nouveau";
  EXPECT_EQ(run_in_process({"render", bad, "--out", fresh.string()}).exit_code, 1);
  EXPECT_FALSE(fs::exists(fresh));
}

TEST(Render, MissingTemplateWritesNothing) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const fs::path out_dir = dir.path() / "pdf";
  const cli_test::CliResult result =
      run_in_process({"render", catalogue, "--out", out_dir.string(), "--flyer-template",
                      (dir.path() / "absent.xml").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("absent.xml"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("aucun fichier écrit"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(out_dir));
}

// The folder cannot be made (a file stands where a folder should be): the
// reason in French with the path, nothing in English from the system.
TEST(Render, OutputFolderThatCannotBeMadeIsExplainedInFrench) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const std::string file = dir.write("fichier", "x");
  const std::string out_dir = file + "/pdf";
  const cli_test::CliResult result = run_in_process({"render", catalogue, "--out", out_dir});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("brochure : impossible de créer le dossier « " + out_dir +
                            " » : un élément du chemin n'est pas un dossier\n"),
            std::string::npos)
      << result.err;
  EXPECT_EQ(result.err.find("Not a directory"), std::string::npos) << result.err;
}

TEST(Render, TemplateLackingAFlyerNameIsRefusedByName) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const std::string flyer_template =
      read_file(std::string(BROCHURE_SOURCE_DIR) + "/templates/flyer.xml");
  const std::string broken = dir.write(
      "flyer.xml", replaced(flyer_template, "<text name=\"label-operator\">", "<text name=\"x\">"));
  const fs::path out_dir = dir.path() / "pdf";
  const cli_test::CliResult result =
      run_in_process({"render", catalogue, "--out", out_dir.string(), "--flyer-template", broken});
  EXPECT_EQ(result.exit_code, 1);
  // Once, at the template's <template> element, with the element to write.
  const std::string template_line = std::to_string(
      1 + std::count(flyer_template.begin(),
                     flyer_template.begin() + flyer_template.find("<template"), '\n'));
  EXPECT_NE(result.err.find(broken + ":" + template_line +
                            ":1: error: le texte « label-operator » manque : le flyer en a "
                            "besoin (à définir par <text name=…>)\n"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(out_dir));
}

// --preview: a PNG of each flyer's first page, in previews/, as poppler draws it.
TEST(Render, PreviewWritesAPictureOfEachFlyer) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const fs::path out_dir = dir.path() / "out";
  const cli_test::CliResult result = run_in_process(
      {"render", catalogue, "--out", out_dir.string(), "--only", "flyers", "--preview"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const std::string& session : kSmallSessions) {
    const fs::path png = out_dir / "previews" / (session + ".png");
    ASSERT_TRUE(fs::exists(png)) << png;
    EXPECT_TRUE(read_file(png).starts_with("\x89PNG\r\n\x1a\n")) << png;
    EXPECT_NE(result.out.find("écrit " + png.string() + " ("), std::string::npos) << result.out;
  }
}

// An output folder that cannot be one (a file has its name): said, and the
// run replaces nothing (the staging's all or nothing covers the calendars).
TEST(Render, AnOutputFolderThatCannotBeOneReplacesNothing) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const fs::path out_dir = dir.path() / "out";
  fs::create_directories(out_dir);
  std::ofstream(out_dir / "agenda") << "pas un dossier";
  const cli_test::CliResult result =
      run_in_process({"render", catalogue, "--out", out_dir.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(
      result.err.find("« " + (out_dir / "agenda").string() + " » existe mais n'est pas un dossier"),
      std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("aucun fichier remplacé"), std::string::npos) << result.err;
  EXPECT_EQ(count_files(out_dir, ".pdf"), 0u);
  EXPECT_EQ(result.out, "");
}

TEST(Flyer, PreviewBesideThePdf) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const fs::path path = dir.path() / "t2605.pdf";
  const cli_test::CliResult result =
      run_in_process({"flyer", catalogue, "T2605", "-o", path.string(), "--preview"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(read_file(dir.path() / "t2605.png").starts_with("\x89PNG"));
  EXPECT_EQ(lines_of(result.out).size(), 3u) << result.out;
}

TEST(Flyer, WritesOneFileWhereAsked) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const fs::path path = dir.path() / "sous-dossier" / "t2605.pdf";
  const cli_test::CliResult result =
      run_in_process({"flyer", catalogue, "t2605", "-o", path.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<std::string> lines = lines_of(result.out);
  ASSERT_EQ(lines.size(), 2u) << result.out;
  EXPECT_EQ(without_size(lines[0]), "écrit " + path.string() + " (1 page");
  EXPECT_TRUE(read_file(path).starts_with("%PDF-"));
}

TEST(Flyer, DefaultsToTheEditionFolderAsRenderDoes) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", kSmallCatalogue);
  const fs::path previous = fs::current_path();
  fs::current_path(dir.path());
  const cli_test::CliResult result = run_in_process({"flyer", catalogue, "T2610"});
  fs::current_path(previous);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(fs::exists(dir.path() / "out/2026-2027" / kSmallFlyers[2])) << result.out;
}

TEST(Flyer, UnknownCodeNamesTheExistingOnes) {
  TempDir dir;
  const std::string path = dir.write("petit.xml", kSmallCatalogue);
  const cli_test::CliResult result = run_in_process({"flyer", path, "T9999"});
  EXPECT_EQ(result.exit_code, 1);
  // After the line counting the catalogue's warnings (sessions without sheet).
  EXPECT_EQ(lines_of(result.err).back(), "brochure : aucune session « T9999 » dans " + path +
                                             " ; les codes sont : T2604, T2605, T2610, T2703");
}

}  // namespace
