// Status and Result<T>: system failures (I/O, libharu, libzip), as values.
// User mistakes are Diagnostics (diagnostic.h), not Statuses.
#ifndef CLERK_BASE_STATUS_H_
#define CLERK_BASE_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace clerk {

class Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  // The message; complete enough to print on its own ("cannot write
  // out/report.pdf: Permission denied").
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string m) : failed_(true), message_(std::move(m)) {}
  bool failed_ = false;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok().
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace clerk

#endif  // CLERK_BASE_STATUS_H_
