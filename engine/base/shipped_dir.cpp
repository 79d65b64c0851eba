#include "base/shipped_dir.h"

#include <cstdlib>

namespace clerk {

std::string ShippedDir(std::string_view name) {
  const char* home = std::getenv("CLERK_HOME");
  std::string dir = home != nullptr && *home ? home : CLERK_SHIPPED_ROOT;
  if (!dir.empty() && dir.back() != '/') dir += '/';
  dir += name;
  return dir;
}

}  // namespace clerk
