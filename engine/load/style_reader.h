// The element reader behind LoadStyle (style_loader.cpp), for the file
// chain of <style extends> (style_files.cpp). Not part of load's interface.
#ifndef CLERK_LOAD_STYLE_READER_H_
#define CLERK_LOAD_STYLE_READER_H_

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "load/source_file.h"
#include "model/style.h"

namespace clerk::load_internal {

// Reads the <style> root of `file` on top of *s: what it names overrides
// what *s holds. Every problem goes to diags at its file:line:col.
void ReadStyleElements(const FileSystem& fs, const SourceFile& file,
                       Diagnostics* diags, model::Style* s);

}  // namespace clerk::load_internal

#endif  // CLERK_LOAD_STYLE_READER_H_
