// ASCII-only link addresses.
#include <gtest/gtest.h>

#include "pdf/navigation.hpp"

namespace {

TEST(AsciiUri, PercentEncodesWhatAPdfUriCannotHold) {
  EXPECT_EQ(pdf::ascii_uri("https://www.example.be/inscription?nom=Élève&x=a b"),
            "https://www.example.be/inscription?nom=%C3%89l%C3%A8ve&x=a%20b");
  EXPECT_EQ(pdf::ascii_uri("mailto:formation@example.be?subject=Demande%20d'inscription"),
            "mailto:formation@example.be?subject=Demande%20d'inscription");
}

}  // namespace
