// Output names are plain file names (issue 9).
#include "base/output_name.h"

#include <gtest/gtest.h>

namespace clerk {
namespace {

TEST(OutputName, Issue9PlainFileNamesOnly) {
  EXPECT_EQ(OutputNameProblem("kent-2024-q1"), "");
  EXPECT_EQ(OutputNameProblem("Report v1.2 (final)"), "");
  EXPECT_EQ(OutputNameProblem("caf\xC3\xA9"), "");
  EXPECT_EQ(OutputNameProblem(""), "it is empty");
  EXPECT_EQ(OutputNameProblem("../../x"),
            "it contains '/' (an output name is a file name inside --out)");
  EXPECT_EQ(OutputNameProblem("/etc/cron.d/x"),
            "it contains '/' (an output name is a file name inside --out)");
  EXPECT_EQ(OutputNameProblem("a\\b"),
            "it contains '\\' (an output name is a file name inside --out)");
  EXPECT_EQ(OutputNameProblem(".."), "it starts with '.'");
  EXPECT_EQ(OutputNameProblem(".bashrc"), "it starts with '.'");
  EXPECT_EQ(OutputNameProblem("-rf"), "it starts with '-'");
  EXPECT_EQ(OutputNameProblem("a\nb"), "it contains a control character");
  EXPECT_EQ(OutputNameProblem(std::string(201, 'a')),
            "it is longer than 200 bytes");
  EXPECT_EQ(CheckOutputName("-x"),
            "output name '-x' is not a plain file name: it starts with '-'");
  EXPECT_EQ(CheckOutputName("ok"), "");
}

}  // namespace
}  // namespace clerk
