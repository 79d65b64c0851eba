// A memory budget for XPath evaluation (issue 9).
//
// pugixml's XPath has no bound of its own: count(//row/following::*) over
// 400 KB of data built node sets past 4 GB. pugixml takes its memory from
// global allocation functions (pugi::set_memory_management_functions);
// clerk's count the bytes each thread holds while a budget is open, and
// refuse an allocation past it, which pugixml reports as std::bad_alloc.
// The count is thread_local, so each batch worker has its own budget.
#ifndef CLERK_MERGE_XPATH_BUDGET_H_
#define CLERK_MERGE_XPATH_BUDGET_H_

#include <cstddef>

namespace clerk {

// Installs the counting allocation functions (once; later calls do
// nothing). Call it before starting threads that use pugixml: the CLI does
// so first thing. Blocks allocated before it are plain malloc blocks, which
// the counting functions free correctly.
void InstallXPathAllocator();

// While alive, pugixml allocations on this thread may hold at most `limit`
// bytes more than when it opened. Not nestable.
class XPathBudget {
 public:
  explicit XPathBudget(size_t limit);
  ~XPathBudget();
  XPathBudget(const XPathBudget&) = delete;
  XPathBudget& operator=(const XPathBudget&) = delete;

  // True once an allocation on this thread was refused by the budget (a
  // std::bad_alloc from pugixml is then the budget, not the machine).
  static bool Exceeded();
};

}  // namespace clerk

#endif  // CLERK_MERGE_XPATH_BUDGET_H_
