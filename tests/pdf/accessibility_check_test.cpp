// The rule checker finds what a tagging bug would break: each test paints a
// small document whose structure breaks one rule, and the checker names it;
// the same document tagged right passes.
#include "pdf/finishing/accessibility_check.hpp"

#include <gtest/gtest.h>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include "pdf/writer.hpp"
#include "pdf_test_support.hpp"

namespace {

using typeset::Role;

class AccessibilityCheck : public ::testing::Test {
 protected:
  AccessibilityCheck() {
    document_.metadata.title = "Essai";
    document_.metadata.language = "fr-BE";
    document_.pages.resize(1);
    document_.structure.reset();
  }

  int add(Role role, int parent, int level = 0) {
    typeset::StructureElement element;
    element.role = role;
    element.parent = parent;
    element.level = level;
    return document_.structure.add(element);
  }

  void text(const std::string& words, int element, double y) {
    typeset::GlyphRun run;
    run.origin = {60, y};
    run.text = words;
    run.width = 100;
    run.element = element;
    document_.pages[0].glyphs.push_back(run);
  }

  std::vector<std::string> problems() {
    const pdf::RenderResult rendered = pdf::render_pdf(document_, fonts_, {});
    EXPECT_TRUE(rendered.ok());
    return pdf::check_accessibility(rendered.bytes).problems;
  }

  static bool names(const std::vector<std::string>& problems, const std::string& words) {
    for (const std::string& problem : problems) {
      if (problem.find(words) != std::string::npos) return true;
    }
    return false;
  }

  typeset::DocumentBox document_;
  const typeset::FontLibrary& fonts_ = pdf_test::carlito_library();
};

TEST_F(AccessibilityCheck, AWellTaggedPagePasses) {
  text("Titre", add(Role::heading, 0, 1), 100);
  text("Un paragraphe.", add(Role::paragraph, 0), 130);
  const int table = add(Role::table, 0);
  const int row = add(Role::table_row, table);
  text("Code", add(Role::header_cell, row), 160);
  text("T2605", add(Role::data_cell, row), 160);
  text("page 1 / 1", typeset::kArtifact, 800);
  typeset::LinkBox link;
  link.rect = {60, 200, 80, 12};
  link.uri = "https://www.tutorats.org";
  const int paragraph = add(Role::paragraph, 0);
  typeset::StructureElement described;
  described.role = Role::link;
  described.parent = paragraph;
  described.description = "tutorats.org";
  link.element = document_.structure.add(described);
  text("tutorats.org", link.element, 210);
  document_.pages[0].links.push_back(link);
  const std::vector<std::string> found = problems();
  EXPECT_TRUE(found.empty()) << found.front();
}

TEST_F(AccessibilityCheck, AnUntaggedFileIsRefused) {
  document_.structure = {};
  text("Un paragraphe.", typeset::kArtifact, 130);
  EXPECT_TRUE(names(problems(), "pas d'arbre de structure"));
}

TEST_F(AccessibilityCheck, ASkippedHeadingLevelIsFound) {
  text("Titre", add(Role::heading, 0, 1), 100);
  text("Sous-sous-titre", add(Role::heading, 0, 3), 130);
  EXPECT_TRUE(names(problems(), "un titre H3 suit un titre H1"));
}

TEST_F(AccessibilityCheck, TheFirstHeadingMustBeH1) {
  text("Sous-titre", add(Role::heading, 0, 2), 100);
  EXPECT_TRUE(names(problems(), "le premier titre est de niveau 2"));
}

TEST_F(AccessibilityCheck, ACellOutsideARowIsFound) {
  const int table = add(Role::table, 0);
  text("T2605", add(Role::data_cell, table), 160);
  EXPECT_TRUE(names(problems(), "n'est pas dans une ligne TR"));
}

TEST_F(AccessibilityCheck, AnUntaggedLinkIsFound) {
  text("Un paragraphe.", add(Role::paragraph, 0), 130);
  typeset::LinkBox link;  // its element: none
  link.rect = {60, 120, 80, 12};
  link.uri = "https://www.tutorats.org";
  document_.pages[0].links.push_back(link);
  EXPECT_TRUE(names(problems(), "un lien n'est dans aucun élément Link"));
}

// The writer orders the tree by painting order; a tree read in another order
// (two paragraphs swapped in it afterwards) is found.
TEST_F(AccessibilityCheck, AReadingOrderOtherThanThePagesIsFound) {
  text("Premier.", add(Role::paragraph, 0), 100);
  text("Deuxième.", add(Role::paragraph, 0), 130);
  const pdf::RenderResult rendered = pdf::render_pdf(document_, fonts_, {});
  ASSERT_TRUE(rendered.ok());
  EXPECT_TRUE(pdf::check_accessibility(rendered.bytes).ok());
  QPDF pdf;
  pdf.processMemoryFile("essai", rendered.bytes.data(), rendered.bytes.size());
  QPDFObjectHandle kids = pdf.getRoot().getKey("/StructTreeRoot").getKey("/K").getKey("/K");
  ASSERT_TRUE(kids.isArray());
  ASSERT_EQ(kids.getArrayNItems(), 2);
  QPDFObjectHandle first = kids.getArrayItem(0);
  kids.setArrayItem(0, kids.getArrayItem(1));
  kids.setArrayItem(1, first);
  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.write();
  const std::shared_ptr<Buffer> swapped = writer.getBufferSharedPointer();
  const std::vector<std::string> found =
      pdf::check_accessibility(
          std::string(reinterpret_cast<const char*>(swapped->getBuffer()), swapped->getSize()))
          .problems;
  EXPECT_TRUE(names(found, "l'ordre de lecture de l'arbre n'est pas l'ordre du contenu"));
}

}  // namespace
