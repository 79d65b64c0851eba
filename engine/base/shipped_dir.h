// Where the templates and styles that come with clerk are: the second
// place a user's <include> is looked for (templates/, with fragments/ for
// the cover, contacts and minute item) and where <style extends> finds a
// shipped house style (styles/).
#ifndef CLERK_BASE_SHIPPED_DIR_H_
#define CLERK_BASE_SHIPPED_DIR_H_

#include <string>
#include <string_view>

namespace clerk {

// `name` ("templates", "styles") under $CLERK_HOME when it is set and not
// empty (an installed clerk points it at its share directory), else under
// the source tree clerk was built from.
std::string ShippedDir(std::string_view name);

}  // namespace clerk

#endif  // CLERK_BASE_SHIPPED_DIR_H_
