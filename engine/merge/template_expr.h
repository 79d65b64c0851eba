// Compiling `{…}` values: text with embedded XPath expressions, and
// expressions wrapped in a formatter (`{money(x, 2)}`). Internal to merge/.
#ifndef CLERK_MERGE_TEMPLATE_EXPR_H_
#define CLERK_MERGE_TEMPLATE_EXPR_H_

#include <memory>
#include <string>

#include <pugixml.hpp>

#include "base/diagnostic.h"
#include "merge/template.h"

namespace clerk {

class ExprCompiler {
 public:
  // Queries bind to `vars` (which must outlive them); problems go to diags.
  // Declares in `vars` the variable the date functions read
  // (date_functions.h).
  ExprCompiler(pugi::xpath_variable_set* vars, Diagnostics* diags);

  // Splits "a {x} b" into pieces, compiling each expression. `loc` is where
  // the text starts; expression locations are offset from it (exact when
  // the text has no entities before the brace). `collapse` folds white
  // space in the literal pieces.
  Interp ParseInterp(const std::string& s, const SourceLoc& loc, bool collapse);
  // One expression, possibly a formatter call; null (reported) on error.
  std::unique_ptr<Expr> CompileExpr(const std::string& raw,
                                    const SourceLoc& loc);
  // One XPath, its date-function calls rewritten (date_functions.h); null
  // (reported, with "did you mean" for formatters and the unknown
  // variable's name) on error.
  std::unique_ptr<pugi::xpath_query> Query(const std::string& text,
                                           const SourceLoc& loc);

 private:
  pugi::xpath_variable_set* vars_;
  Diagnostics* diags_;
};

}  // namespace clerk

#endif  // CLERK_MERGE_TEMPLATE_EXPR_H_
