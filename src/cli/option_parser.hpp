// A small table-driven parser for the arguments of one command: each command
// describes its positional arguments and options in a table, and the same
// table drives both the parsing and the command's help text.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/suggest.hpp"

namespace cli {

// A command line the user got wrong; the message is in French, for stderr.
struct UsageError {
  std::string message;
};

// `brochure --help`, `brochure help [COMMAND]`, `brochure COMMAND --help`.
struct HelpRequest {
  std::string command;  // empty: the general help
};

template <class Options>
struct PositionalRule {
  std::string_view name;  // as shown in help and errors: "FICHIER"
  std::string_view description;
  void (*store)(Options&, std::string value);
  // May be left out (only after the required ones); shown as [FICHIER].
  bool optional = false;
};

// "FICHIER", or "[FICHIER]" when it may be left out.
template <class Options>
std::string positional_term(const PositionalRule<Options>& positional) {
  return positional.optional ? fmt::format("[{}]", positional.name) : std::string(positional.name);
}

// An option takes a value, given as `--out DIR` or `--out=DIR`, or is a flag
// (`--preview`), when its value name is empty.
template <class Options>
struct OptionRule {
  std::string_view name;        // "--out"
  std::string_view alias;       // "-o", or empty
  std::string_view value_name;  // empty: a flag, stored with an empty value
  std::string_view description;
  // Stores the value; returns a French message when the value is not acceptable.
  std::optional<std::string> (*store)(Options&, std::string_view value);
  bool is_flag() const { return value_name.empty(); }
};

template <class Options>
struct CommandRules {
  std::string_view command;  // "render"
  std::string_view summary;  // one French sentence for the help
  std::span<const PositionalRule<Options>> positionals;
  std::span<const OptionRule<Options>> options;
};

template <class Options>
using ParsedCommand = std::variant<Options, HelpRequest, UsageError>;

// " (vouliez-vous dire « list » ?)" when a known name is close to `wrong`, else "".
inline std::string did_you_mean(std::string_view wrong, std::span<const std::string_view> known) {
  const std::optional<std::string> closest = base::closest_name(wrong, known);
  return closest ? fmt::format(" (vouliez-vous dire « {} » ?)", *closest) : std::string();
}

inline bool is_help_flag(std::string_view argument) {
  return argument == "--help" || argument == "-h";
}

// Parses the arguments that follow the command name.
template <class Options>
ParsedCommand<Options> parse_command(const CommandRules<Options>& rules,
                                     std::span<const std::string> arguments) {
  // Help wins over any other mistake on the line: the user is asking how to fix it.
  if (std::any_of(arguments.begin(), arguments.end(),
                  [](const std::string& argument) { return is_help_flag(argument); })) {
    return HelpRequest{std::string(rules.command)};
  }
  Options options;
  std::size_t positionals_seen = 0;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string_view argument = arguments[i];
    const bool is_option = argument.size() > 1 && argument.front() == '-';
    if (!is_option) {
      if (positionals_seen == rules.positionals.size()) {
        return UsageError{
            fmt::format("argument en trop pour « brochure {} » : « {} »", rules.command, argument)};
      }
      rules.positionals[positionals_seen++].store(options, std::string(argument));
      continue;
    }
    const std::size_t equals = argument.starts_with("--") ? argument.find('=') : argument.npos;
    const std::string_view name = argument.substr(0, equals);
    const auto rule = std::find_if(
        rules.options.begin(), rules.options.end(), [&](const OptionRule<Options>& candidate) {
          return candidate.name == name || (!candidate.alias.empty() && candidate.alias == name);
        });
    if (rule == rules.options.end()) {
      std::vector<std::string_view> known;
      for (const auto& option : rules.options) known.push_back(option.name);
      return UsageError{fmt::format("option inconnue pour « brochure {} » : {}{}", rules.command,
                                    name, did_you_mean(name, known))};
    }
    std::string_view value;
    if (rule->value_name.empty()) {
      if (equals != argument.npos) {
        return UsageError{fmt::format("l'option {} ne prend pas de valeur", name)};
      }
    } else if (equals != argument.npos) {
      value = argument.substr(equals + 1);
    } else if (i + 1 < arguments.size()) {
      value = arguments[++i];
    } else {
      return UsageError{fmt::format("l'option {} attend une valeur ({})", name, rule->value_name)};
    }
    if (std::optional<std::string> problem = rule->store(options, value)) {
      return UsageError{std::move(*problem)};
    }
  }
  if (positionals_seen < rules.positionals.size() &&
      !rules.positionals[positionals_seen].optional) {
    return UsageError{fmt::format("argument manquant pour « brochure {} » : {}", rules.command,
                                  rules.positionals[positionals_seen].name)};
  }
  return options;
}

// The help of one command, generated from its table so that it cannot drift.
template <class Options>
std::string describe_command(const CommandRules<Options>& rules) {
  std::string usage = fmt::format("brochure {}", rules.command);
  for (const auto& positional : rules.positionals) {
    usage += fmt::format(" {}", positional_term(positional));
  }
  if (!rules.options.empty()) usage += " [options]";

  // Every term with its description, then one column wide enough for the
  // widest term (at least 26, as in the general help).
  std::vector<std::pair<std::string, std::string>> arguments;
  for (const auto& positional : rules.positionals) {
    arguments.emplace_back(positional.name, positional.description);
  }
  std::vector<std::pair<std::string, std::string>> options;
  for (const auto& option : rules.options) {
    std::string term = option.alias.empty() ? std::string(option.name)
                                            : fmt::format("{}, {}", option.alias, option.name);
    if (!option.value_name.empty()) term += fmt::format(" {}", option.value_name);
    options.emplace_back(std::move(term), option.description);
  }
  options.emplace_back("-h, --help", "affiche cette aide");
  std::size_t column = 26;
  for (const auto* list : {&arguments, &options}) {
    // Terms are ASCII, so their byte length is their width on screen.
    for (const auto& [term, description] : *list) column = std::max(column, term.size() + 4);
  }

  std::string text = fmt::format("Utilisation : {}\n\n{}\n", usage, rules.summary);
  const auto section = [&](std::string_view title, const auto& entries) {
    text += fmt::format("\n{} :\n", title);
    for (const auto& [term, description] : entries) {
      text +=
          fmt::format("  {}{}{}\n", term, std::string(column - term.size() - 2, ' '), description);
    }
  };
  if (!arguments.empty()) section("Arguments", arguments);
  section("Options", options);
  return text;
}

}  // namespace cli
