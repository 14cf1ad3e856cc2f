// The `brochure` command: everything is in src/cli.
#include "cli/app.hpp"

int main(int argc, char** argv) {
  return cli::run(argc, argv);
}
