// An edition is replaced as a whole: the real program, on the 2026-2027
// catalogue, made to fail half-way (its flyers folder unwritable), stopped by
// Ctrl-C and SIGTERM, and killed outright — the previous edition stays byte
// for byte as it was, and no temporary file is left (the next run clears a
// killed one's). And the folder's files: those the program no longer makes
// go, those it did not write stay.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "cli_test_support.hpp"
#include "pdf/atomic_file.hpp"

namespace {

using cli_test::read_file;
using cli_test::TempDir;
namespace fs = std::filesystem;

const std::string kEdition = std::string(BROCHURE_SOURCE_DIR) + "/xml/2026-2027.xml";

std::vector<std::string> temporaries(const fs::path& directory) {
  std::vector<std::string> found;
  std::error_code error;
  for (auto entry = fs::recursive_directory_iterator(directory, error);
       entry != fs::recursive_directory_iterator(); entry.increment(error))
    if (pdf::temporary_file_owner(entry->path().filename().string()))
      found.push_back(entry->path().string());
  return found;
}

// The program started in the background, its output going to files.
class Running {
 public:
  Running(const TempDir& scratch, const std::vector<std::string>& arguments)
      : out_(scratch.path() / "sortie.txt"), err_(scratch.path() / "erreurs.txt") {
    pid_ = ::fork();
    if (pid_ == 0) {
      const int out = ::open(out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      const int err = ::open(err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(out, 1);
      ::dup2(err, 2);
      std::vector<std::string> words{BROCHURE_BINARY};
      words.insert(words.end(), arguments.begin(), arguments.end());
      std::vector<char*> argv;
      for (std::string& word : words) argv.push_back(word.data());
      argv.push_back(nullptr);
      ::execv(BROCHURE_BINARY, argv.data());
      ::_exit(127);
    }
  }
  pid_t pid() const { return pid_; }
  // The exit status, or 128 + n when ended by signal n.
  int wait() {
    int status = 0;
    ::waitpid(pid_, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  std::string out() const { return read_file(out_); }
  std::string err() const { return read_file(err_); }

 private:
  fs::path out_;
  fs::path err_;
  pid_t pid_ = -1;
};

// Waits until the program has staged at least one file under `directory`
// (it is then half-way: staged, nothing replaced yet).
bool wait_for_a_temporary(const fs::path& directory, pid_t pid) {
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < give_up) {
    for (const std::string& path : temporaries(directory))
      if (pdf::temporary_file_owner(fs::path(path).filename().string()) == pid) return true;
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) return false;  // finished first
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
  return false;
}

const std::string kEarlierDate = "SOURCE_DATE_EPOCH=1700000000";

class EditionReplacement : public ::testing::Test {
 protected:
  void SetUp() override {
    out_ = dir_.path() / "out";
    // Dated otherwise than the runs below (which have no SOURCE_DATE_EPOCH):
    // every file of theirs differs, so that none is left unchanged unstaged.
    const cli_test::CliResult first =
        cli_test::run_binary(dir_, {"render", kEdition, "--out", out_.string()}, kEarlierDate);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    before_ = cli_test::files_under(out_);
    // 17 PDFs, 16 sessions' calendars and the edition's, the list of files written.
    ASSERT_EQ(before_.size(), 35u);
  }

  TempDir dir_;
  fs::path out_;
  std::map<std::string, std::string> before_;
};

TEST_F(EditionReplacement, AFlyersFolderUnwritableHalfWayLeavesThePreviousEdition) {
  fs::permissions(out_ / "flyers",
                  fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                  fs::perm_options::remove);
  // Root ignores permissions; without the capability to override them it
  // does not (util-linux's setpriv, part of every Debian system).
  const std::string unprivileged =
      ::geteuid() == 0 ? "setpriv --bounding-set=-dac_override,-dac_read_search,-fowner" : "";
  const cli_test::CliResult second = cli_test::run_binary(
      dir_, {"render", kEdition, "--out", out_.string(), "--jobs", "1"}, unprivileged);
  fs::permissions(out_ / "flyers", fs::perms::owner_write, fs::perm_options::add);

  EXPECT_EQ(second.exit_code, 1) << second.out << second.err;
  // The brochure was made and staged; the first flyer could not be written.
  EXPECT_NE(second.err.find("flyers/T2604-echange-et-change-renforcer.pdf: error: impossible "
                            "d'écrire"),
            std::string::npos)
      << second.err;
  EXPECT_NE(second.err.find("permission refusée"), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("aucun fichier remplacé, ceux de " + out_.string() +
                            " sont restés tels quels"),
            std::string::npos)
      << second.err;
  EXPECT_EQ(second.out, "");
  EXPECT_TRUE(cli_test::files_under(out_) == before_)
      << "a failed render changed the previous edition";
  EXPECT_TRUE(temporaries(out_).empty());
}

TEST_F(EditionReplacement, CtrlCLeavesNoTemporaryAndThePreviousEdition) {
  Running run(dir_, {"render", kEdition, "--out", out_.string(), "--jobs", "1"});
  ASSERT_TRUE(wait_for_a_temporary(out_, run.pid())) << "the run ended before staging";
  ::kill(run.pid(), SIGINT);
  EXPECT_EQ(run.wait(), 128 + SIGINT) << run.err();
  EXPECT_NE(run.err().find("brochure : interrompu par Ctrl-C (SIGINT) : "), std::string::npos)
      << run.err();
  EXPECT_NE(run.err().find("aucun fichier remplacé dans " + out_.string()), std::string::npos)
      << run.err();
  EXPECT_TRUE(temporaries(out_).empty()) << temporaries(out_).front();
  EXPECT_TRUE(cli_test::files_under(out_) == before_);
}

TEST_F(EditionReplacement, SigtermToo) {
  Running run(dir_, {"render", kEdition, "--out", out_.string(), "--jobs", "2"});
  ASSERT_TRUE(wait_for_a_temporary(out_, run.pid())) << "the run ended before staging";
  ::kill(run.pid(), SIGTERM);
  EXPECT_EQ(run.wait(), 128 + SIGTERM) << run.err();
  EXPECT_NE(run.err().find("interrompu par SIGTERM"), std::string::npos) << run.err();
  EXPECT_TRUE(temporaries(out_).empty());
  EXPECT_TRUE(cli_test::files_under(out_) == before_);
}

TEST_F(EditionReplacement, AKilledRunsTemporariesAreClearedByTheNextRun) {
  Running killed(dir_, {"render", kEdition, "--out", out_.string(), "--jobs", "1"});
  ASSERT_TRUE(wait_for_a_temporary(out_, killed.pid()));
  ::kill(killed.pid(), SIGKILL);
  EXPECT_EQ(killed.wait(), 128 + SIGKILL);
  EXPECT_FALSE(temporaries(out_).empty()) << "nothing to clear: the test proves nothing";
  EXPECT_TRUE(cli_test::files_under(out_).size() > before_.size());  // the debris

  const cli_test::CliResult next =
      cli_test::run_binary(dir_, {"render", kEdition, "--out", out_.string()}, kEarlierDate);
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_NE(next.out.find("d'une exécution interrompue dans " + out_.string()), std::string::npos)
      << next.out;
  EXPECT_TRUE(temporaries(out_).empty());
  EXPECT_TRUE(cli_test::files_under(out_) == before_) << "same catalogue, same bytes";
}

TEST(EditionFiles, FilesNoLongerMadeGoThoseOfOthersStay) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", cli_test::kSmallCatalogue);
  const fs::path out = dir.path() / "pdf";
  ASSERT_EQ(cli_test::run_in_process({"render", catalogue, "--out", out.string()}).exit_code, 0);
  dir.write("pdf/notes.txt", "mes notes");
  dir.write("pdf/flyers/mon-affiche.pdf", "%PDF à moi");

  const std::string renamed = dir.write(
      "renomme.xml", cli_test::replaced(cli_test::kSmallCatalogue, "Bâtir une culture de tutorat",
                                        "Construire une culture de tutorat"));
  const cli_test::CliResult second =
      cli_test::run_in_process({"render", renamed, "--out", out.string()});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  for (const char* old :
       {"T2610-batir-une-culture-de-tutorat.pdf", "T2703-batir-une-culture-de-tutorat.pdf"}) {
    EXPECT_FALSE(fs::exists(out / "flyers" / old)) << old;
    EXPECT_NE(second.out.find("retiré " + (out / "flyers" / old).string() +
                              " (plus produit par ce catalogue)"),
              std::string::npos)
        << second.out;
  }
  EXPECT_TRUE(fs::exists(out / "flyers/T2610-construire-une-culture-de-tutorat.pdf"));
  EXPECT_EQ(read_file(out / "notes.txt"), "mes notes");
  EXPECT_EQ(read_file(out / "flyers/mon-affiche.pdf"), "%PDF à moi");

  // --only brochure makes no flyer, and removes none.
  const cli_test::CliResult brochure_only =
      cli_test::run_in_process({"render", catalogue, "--out", out.string(), "--only", "brochure"});
  ASSERT_EQ(brochure_only.exit_code, 0) << brochure_only.err;
  EXPECT_TRUE(fs::exists(out / "flyers/T2610-construire-une-culture-de-tutorat.pdf"));
}

TEST(EditionFiles, AFlyerWrittenAloneIsAddedToItsEditionsList) {
  TempDir dir;
  const std::string catalogue = dir.write("petit.xml", cli_test::kSmallCatalogue);
  const fs::path previous = fs::current_path();
  fs::current_path(dir.path());
  const cli_test::CliResult made = cli_test::run_in_process({"flyer", catalogue, "T2605"});
  fs::current_path(previous);
  ASSERT_EQ(made.exit_code, 0) << made.err;
  const std::string record = read_file(dir.path() / "out/2026-2027/.brochure-fichiers");
  EXPECT_NE(record.find("flyers/T2605-anticiper-la-venue-d-un-stagiaire.pdf"), std::string::npos)
      << record;
}

}  // namespace
