// Reading a <registration> block (of the catalogue or of a session):
//
//   <registration website="https://www.tutorats.org" mention-code="true"
//                 email="…" phone="…" deadline="2026-09-10" price="Gratuit">
//     Inscription en ligne, places limitées.          <!-- optional, inline markup -->
//   </registration>
//
// Each attribute is checked where it is written (a malformed e-mail or web
// address is an error at its line and column).
#pragma once

#include <pugixml.hpp>

#include "base/xml_source.hpp"
#include "catalogue/registration.hpp"

namespace catalogue {

Registration read_registration(base::XmlSource& source, pugi::xml_node element);

}  // namespace catalogue
