# Finds Nettle (Debian's nettle-dev), GnuTLS's low-level cryptographic
# library: SHA-256 for the archive's manifest and the output folders' lists.
# Defines Nettle_FOUND and the imported target Nettle::Nettle.
find_path(Nettle_INCLUDE_DIR NAMES nettle/sha2.h)
find_library(Nettle_LIBRARY NAMES nettle)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Nettle REQUIRED_VARS Nettle_LIBRARY Nettle_INCLUDE_DIR)
if(Nettle_FOUND AND NOT TARGET Nettle::Nettle)
  add_library(Nettle::Nettle UNKNOWN IMPORTED)
  set_target_properties(Nettle::Nettle PROPERTIES
    IMPORTED_LOCATION "${Nettle_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Nettle_INCLUDE_DIR}")
endif()
mark_as_advanced(Nettle_INCLUDE_DIR Nettle_LIBRARY)
