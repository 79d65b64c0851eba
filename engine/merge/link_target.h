// Which link targets a report may carry into PDF and DOCX: web and e-mail
// addresses only. javascript:, file:, data:, UNC paths (\\server\share) and
// relative targets could run code or open local files in a reader (issue 9).
#ifndef CLERK_MERGE_LINK_TARGET_H_
#define CLERK_MERGE_LINK_TARGET_H_

#include <string>
#include <string_view>

namespace clerk {

// Why `href` is refused as a link target, or "" when it is an http:,
// https: or mailto: address (the scheme in any case) with no control
// character, space or backslash. A place inside the report is a <ref>.
std::string LinkTargetProblem(std::string_view href);

}  // namespace clerk

#endif  // CLERK_MERGE_LINK_TARGET_H_
