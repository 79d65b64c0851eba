// clerk --version: the version, the commit the build was configured at and
// the versions of the libraries compiled in.
#include <boost/version.hpp>
#include <hpdf.h>
#include <png.h>
#include <pugixml.hpp>
#include <zip.h>
#include <zlib.h>

#include <string>

#include "cli/commands.h"

#ifndef CLERK_COMMIT
#define CLERK_COMMIT "unknown"
#endif

namespace clerk::cli {

std::string VersionText() {
  std::string boost = BOOST_LIB_VERSION;
  for (char& c : boost) {
    if (c == '_') c = '.';
  }
  return std::string("clerk ") + CLERK_VERSION + " (commit " + CLERK_COMMIT +
         ")\n"
         "  pugixml " + std::to_string(PUGIXML_VERSION / 1000) + "." +
         std::to_string(PUGIXML_VERSION % 1000 / 10) + "\n"
         "  libharu " HPDF_VERSION_TEXT "\n"
         "  libzip " LIBZIP_VERSION "\n"
         "  libpng " PNG_LIBPNG_VER_STRING "\n"
         "  zlib " ZLIB_VERSION "\n"
         "  boost " + boost + "\n";
}

}  // namespace clerk::cli
