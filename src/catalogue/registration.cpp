#include "catalogue/registration.hpp"

#include "catalogue/model.hpp"

namespace catalogue {

bool Registration::empty() const {
  return text.runs.empty() && website.empty() && email.empty() && phone.empty() && !deadline &&
         price.empty() && !mention_code.value_or(false);
}

Registration edition_registration(const Catalogue& catalogue) {
  return catalogue.registration.value_or(Registration{});
}

Registration effective_registration(const Catalogue& catalogue, const Session& session) {
  Registration merged = edition_registration(catalogue);
  if (!session.registration) return merged;
  const Registration& own = *session.registration;
  if (!own.text.runs.empty()) merged.text = own.text;
  if (!own.website.empty()) merged.website = own.website;
  if (!own.email.empty()) merged.email = own.email;
  if (!own.phone.empty()) merged.phone = own.phone;
  if (own.deadline) {
    merged.deadline = own.deadline;
    merged.deadline_position = own.deadline_position;
  }
  if (!own.price.empty()) merged.price = own.price;
  if (own.mention_code) merged.mention_code = own.mention_code;
  merged.position = own.position;
  return merged;
}

std::string phone_link(std::string_view phone) {
  std::string link = "tel:";
  std::string written(phone);
  // "+32 (0)2 …": the trunk prefix in brackets is not dialled from abroad.
  if (written.starts_with('+')) {
    for (std::size_t at = written.find("(0)"); at != std::string::npos; at = written.find("(0)")) {
      written.erase(at, 3);
    }
  }
  for (char c : written) {
    if ((c >= '0' && c <= '9') || (c == '+' && link.size() == 4)) link += c;
  }
  return link;
}

}  // namespace catalogue
