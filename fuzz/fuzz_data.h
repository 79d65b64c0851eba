// Shared body of the data targets: load one fuzzed data file, then merge a
// fixed template that walks every node and applies every formatter.
#ifndef CLERK_FUZZ_FUZZ_DATA_H_
#define CLERK_FUZZ_FUZZ_DATA_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace clerk::fuzz {

int FuzzDataFile(const std::string& path, const uint8_t* data, size_t size);

}  // namespace clerk::fuzz

#endif  // CLERK_FUZZ_FUZZ_DATA_H_
