// How to register for a session: the edition's block (<registration> under
// <catalogue>), which a session may complete or override with its own
// (<registration> in <session>). Every part is optional; the documents print
// what is given and nothing else (no address, phone or price is ever made up).
//
//   const Registration how = effective_registration(catalogue, session);
//   if (how.mention_code) … "mentionnez le code T2605" …
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "catalogue/date.hpp"
#include "catalogue/rich_text.hpp"

namespace catalogue {

struct Catalogue;
struct Session;

struct Registration {
  Paragraph text;                    // how to register, in the fund's words; may be empty
  std::string website;               // "https://www.tutorats.org": where to register
  std::string email;                 // "inscriptions@example.org"
  std::string phone;                 // as printed: "02 123 45 67"
  std::optional<Date> deadline;      // last day to register
  std::string price;                 // as printed: "Gratuit", "25 € par jour"
  std::optional<bool> mention_code;  // registrants give the session's code
  base::SourcePosition position;
  base::SourcePosition deadline_position;

  // Nothing to say: no part is given.
  bool empty() const;
};

// The edition's block with every part the session's own block gives put in
// its place; an empty block when neither gives anything.
Registration effective_registration(const Catalogue& catalogue, const Session& session);

// The edition's block, or an empty one.
Registration edition_registration(const Catalogue& catalogue);

// "tel:+3221234567" from a phone number as printed ("+32 (0)2 123 45 67"):
// its digits, with a leading '+' kept and the trunk "(0)" of an international
// number left out.
std::string phone_link(std::string_view phone);

}  // namespace catalogue
