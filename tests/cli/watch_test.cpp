// brochure watch: a save re-renders once, only what changed; a catalogue with
// errors keeps the last good PDFs. The program runs as a real process; the
// tests wait generously (a loaded machine renders slowly) but never for a
// fixed time when the awaited line has come.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "cli_test_support.hpp"

namespace {

namespace fs = std::filesystem;
using cli_test::kSmallCatalogue;
using cli_test::read_file;
using cli_test::replaced;
using cli_test::TempDir;
using test_support::shell_quoted;

constexpr auto kPatience = std::chrono::seconds(120);

class Watch : public testing::Test {
 protected:
  void SetUp() override {
    catalogue_ = dir_.write("c.xml", kSmallCatalogue);
    out_ = dir_.path() / "out";
  }
  void TearDown() override {
    if (!finished())
      std::system(("kill -INT $(cat " + shell_quoted(pid_file().string()) + ")").c_str());
  }
  fs::path pid_file() const { return dir_.path() / "watch.pid"; }
  fs::path log() const { return dir_.path() / "watch.log"; }
  fs::path status_file() const { return dir_.path() / "watch.status"; }
  bool finished() const { return fs::exists(status_file()); }

  // Starts `brochure watch` for `renders` renders after the first.
  void start(int renders) {
    std::string command = "cd " + shell_quoted(BROCHURE_SOURCE_DIR) + " && (";
    command += shell_quoted(BROCHURE_BINARY) + " watch " + shell_quoted(catalogue_) + " --out " +
               shell_quoted(out_.string()) + " --renders " + std::to_string(renders) + " >" +
               shell_quoted(log().string()) + " 2>&1 & echo $! >" +
               shell_quoted(pid_file().string()) + "; wait $!; echo $? >" +
               shell_quoted(status_file().string()) + ") >/dev/null 2>&1 &";
    ASSERT_EQ(std::system(command.c_str()), 0);
  }
  // Waits until the log holds `text` (true), or the patience runs out.
  bool wait_for(const std::string& text) {
    const auto deadline = std::chrono::steady_clock::now() + kPatience;
    while (std::chrono::steady_clock::now() < deadline) {
      if (fs::exists(log()) && read_file(log()).find(text) != std::string::npos) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
  }
  bool wait_for_end() {
    const auto deadline = std::chrono::steady_clock::now() + kPatience;
    while (!finished() && std::chrono::steady_clock::now() < deadline)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return finished();
  }
  // Saves as editors do: a new file renamed over the old one.
  void save(const std::string& content) {
    const std::string temporary = dir_.write(".c.xml.swp", content);
    fs::rename(temporary, catalogue_);
  }
  static int count_of(const std::string& text, const std::string& what) {
    int count = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
      ++count;
    return count;
  }

  TempDir dir_;
  std::string catalogue_;
  fs::path out_;
};

TEST_F(Watch, ASaveRerendersOnceTheBrochureAndTheFlyerOfTheEditedCourse) {
  start(1);
  ASSERT_TRUE(wait_for("surveille")) << read_file(log());
  EXPECT_NE(read_file(log()).find(" rendu : brochure et 4 flyers, en "), std::string::npos)
      << read_file(log());
  const fs::path edited = out_ / "flyers/T2605-anticiper-la-venue-d-un-stagiaire.pdf";
  const fs::path other = out_ / "flyers/T2604-echange-et-change.pdf";
  const std::string edited_before = read_file(edited);
  const auto other_time = fs::last_write_time(other);

  save(replaced(kSmallCatalogue, "Rue du Marteau 19", "Rue du Marteau 21"));
  ASSERT_TRUE(wait_for_end()) << read_file(log());
  const std::string shown = read_file(log());
  EXPECT_EQ(count_of(shown, " rendu : "), 2) << shown;  // the first, and exactly one for the save
  EXPECT_NE(shown.find(" rendu : brochure et 1 flyer (T2605), en "), std::string::npos) << shown;
  EXPECT_NE(read_file(edited), edited_before);
  EXPECT_EQ(fs::last_write_time(other), other_time);  // not laid out again
  EXPECT_EQ(read_file(status_file()), "0\n");
}

TEST_F(Watch, ACatalogueWithErrorsKeepsTheLastGoodFiles) {
  start(1);
  ASSERT_TRUE(wait_for("surveille")) << read_file(log());
  const auto before = cli_test::files_under(out_);
  save(replaced(kSmallCatalogue, R"(date="2026-09-24")", R"(date="24/09/2026")"));
  ASSERT_TRUE(wait_for_end()) << read_file(log());
  const std::string shown = read_file(log());
  EXPECT_NE(shown.find(catalogue_ + ":13:14: error: la date"), std::string::npos) << shown;
  EXPECT_NE(shown.find(catalogue_ + " : 1 erreur ; les PDF précédents sont gardés"),
            std::string::npos)
      << shown;
  EXPECT_EQ(cli_test::files_under(out_), before);
}

}  // namespace
