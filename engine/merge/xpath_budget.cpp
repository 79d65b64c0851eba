#include "merge/xpath_budget.h"

#include <malloc.h>

#include <cstdlib>
#include <mutex>
#include <new>

#include <pugixml.hpp>

namespace clerk {

namespace {

// Per thread: bytes held by pugixml since the budget opened (may go below
// zero when older blocks are freed), the limit (0: no budget) and whether
// an allocation was refused.
thread_local long long t_used = 0;
thread_local long long t_limit = 0;
thread_local bool t_exceeded = false;

// Past the budget this throws std::bad_alloc rather than return null:
// after a null, pugixml's XPath goes on walking the whole node set (and
// throws only at the end), which for a quadratic path takes minutes. The
// throw happens before pugixml changes any state, and its evaluation stack
// frees its blocks as it unwinds.
void* Allocate(size_t size) {
  if (t_exceeded && t_limit != 0) throw std::bad_alloc();
  void* p = std::malloc(size);
  if (p == nullptr || t_limit == 0) return p;
  long long n = static_cast<long long>(malloc_usable_size(p));
  if (t_used + n > t_limit) {
    std::free(p);
    t_exceeded = true;
    throw std::bad_alloc();
  }
  t_used += n;
  return p;
}

void Deallocate(void* p) {
  if (p == nullptr) return;
  if (t_limit != 0) t_used -= static_cast<long long>(malloc_usable_size(p));
  std::free(p);
}

}  // namespace

void InstallXPathAllocator() {
  static std::once_flag once;
  std::call_once(once, [] {
    pugi::set_memory_management_functions(Allocate, Deallocate);
  });
}

XPathBudget::XPathBudget(size_t limit) {
  InstallXPathAllocator();
  t_used = 0;
  t_limit = static_cast<long long>(limit);
  t_exceeded = false;
}

XPathBudget::~XPathBudget() {
  t_limit = 0;
  t_used = 0;
}

bool XPathBudget::Exceeded() { return t_exceeded; }

}  // namespace clerk
