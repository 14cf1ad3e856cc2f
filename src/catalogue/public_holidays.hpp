// The days off a Belgian French-speaking training programme must avoid: the
// ten legal public holidays of Belgium (three of them follow Easter) and the
// Fédération Wallonie-Bruxelles' own day, 27 September, when its schools and
// public services are closed. School holidays are not here: their calendar is
// decided each year, and a person checks it.
#pragma once

#include <optional>
#include <string_view>

#include "catalogue/date.hpp"

namespace catalogue {

// Easter Sunday of `year` (Gregorian calendar).
Date easter_sunday(int year);

// The holiday's French name ("Armistice", "lundi de Pâques") when `date` is
// one; nullopt otherwise.
std::optional<std::string_view> public_holiday(const Date& date);

}  // namespace catalogue
