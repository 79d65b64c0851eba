// The meeting file: what it reads, and a located error for every mistake.
#include <gtest/gtest.h>

#include "load/meeting.h"

namespace clerk {
namespace {

struct Loaded {
  std::optional<Meeting> m;
  std::string diags;
};

Loaded Load(const std::string& items,
            const std::string& root_attrs =
                "committee=\"Cabinet\" date=\"2025-01-30\" first-minute=\"84\"") {
  MemoryFileSystem fs;
  fs.Add("m/wsoa/report.xml", "<job/>");
  fs.Add("m/closed/report.xml", "<job/>");
  fs.Add("outside.xml", "<job/>");
  fs.Add("m/meeting.xml", "<meeting " + root_attrs + ">\n" + items +
                              "</meeting>\n");
  Diagnostics diags;
  Loaded l;
  l.m = LoadMeeting(fs, "m/meeting.xml", &diags);
  l.diags = diags.ToString();
  return l;
}

TEST(Meeting, ReadsItemsInOrder) {
  Loaded l = Load(
      "  <contact name=\"Ann Clerk\" phone=\"03000 416000\" "
      "email=\"dem@example.gov.uk\"/>\n"
      "  <membership><member>Cllr A</member><member>Cllr B</member>"
      "</membership>\n"
      "  <item title=\"Apologies\"/>\n"
      "  <item id=\"wsoa\" paper=\"wsoa/report.xml\" decision=\"24/00108\"/>\n"
      "  <item paper=\"closed/report.xml\" exempt=\"true\" paragraph=\"3\"/>\n",
      "council=\"Kent\" committee=\"Cabinet\" date=\"2025-01-30\" "
      "time=\"10.00 am\" venue=\"Council Chamber\" first-minute=\"84\"");
  ASSERT_TRUE(l.m) << l.diags;
  EXPECT_EQ(l.m->committee, "Cabinet");
  EXPECT_EQ(l.m->first_minute, 84);
  EXPECT_EQ(l.m->members.size(), 2u);
  EXPECT_EQ(l.m->contact_email, "dem@example.gov.uk");
  ASSERT_EQ(l.m->items.size(), 3u);
  EXPECT_EQ(l.m->items[0].number, 1);
  EXPECT_EQ(l.m->items[0].id, "item-1");
  EXPECT_EQ(l.m->items[0].paper, "");
  EXPECT_EQ(l.m->items[1].id, "wsoa");
  EXPECT_EQ(l.m->items[1].paper, "m/wsoa/report.xml");
  EXPECT_EQ(l.m->items[1].decision, "24/00108");
  EXPECT_TRUE(l.m->items[2].exempt);
  EXPECT_EQ(l.m->items[2].paragraph, 3);
}

TEST(Meeting, MissingPaperIsLocated) {
  Loaded l = Load("  <item paper=\"nothere.xml\"/>\n");
  EXPECT_FALSE(l.m);
  EXPECT_EQ(l.diags,
            "m/meeting.xml:2:9: error: paper 'nothere.xml' not found\n");
}

TEST(Meeting, PaperOutsideTheMeetingDirectoryIsRefused) {
  Loaded l = Load("  <item paper=\"../outside.xml\"/>\n");
  EXPECT_FALSE(l.m);
  EXPECT_EQ(l.diags,
            "m/meeting.xml:2:9: error: paper '../outside.xml' is outside the "
            "meeting's directory m (put the papers beside the meeting file)\n");
}

TEST(Meeting, ExemptWithoutParagraph) {
  Loaded l = Load("  <item paper=\"closed/report.xml\" exempt=\"true\"/>\n");
  EXPECT_FALSE(l.m);
  EXPECT_EQ(l.diags,
            "m/meeting.xml:2:3: error: exempt item 'item-1' needs "
            "paragraph=\"1\"…\"7\": the paragraph of Schedule 12A that "
            "exempts it, cited in the public pack\n");
}

TEST(Meeting, ParagraphOutOfRangeAndWithoutExempt) {
  Loaded l = Load(
      "  <item paper=\"closed/report.xml\" exempt=\"true\" paragraph=\"9\"/>\n"
      "  <item paper=\"wsoa/report.xml\" paragraph=\"3\"/>\n");
  EXPECT_FALSE(l.m);
  EXPECT_EQ(l.diags,
            "m/meeting.xml:2:49: error: paragraph '9' is not a paragraph of "
            "Schedule 12A to the Local Government Act 1972: write 1 to 7\n"
            "m/meeting.xml:3:33: error: paragraph is only for an exempt item: "
            "add exempt=\"true\", or remove the paragraph\n");
}

TEST(Meeting, DuplicateItemAndPaper) {
  Loaded l = Load(
      "  <item id=\"a\" paper=\"wsoa/report.xml\"/>\n"
      "  <item id=\"a\" paper=\"wsoa/report.xml\"/>\n");
  EXPECT_FALSE(l.m);
  EXPECT_EQ(l.diags,
            "m/meeting.xml:3:16: error: paper 'wsoa/report.xml' is already "
            "item m/meeting.xml:2:3; each report is one item\n"
            "m/meeting.xml:3:3: error: duplicate item 'a' (first at "
            "m/meeting.xml:2:3)\n");
}

TEST(Meeting, BadDateAndFirstMinute) {
  Loaded l = Load("  <item title=\"Apologies\"/>\n",
                  "committee=\"Cabinet\" date=\"30/01/2025\" "
                  "first-minute=\"eighty\"");
  EXPECT_FALSE(l.m);
  EXPECT_EQ(l.diags,
            "m/meeting.xml:1:30: error: date '30/01/2025' is not a date: "
            "write it as yyyy-mm-dd (2025-01-30)\n"
            "m/meeting.xml:1:48: error: first-minute 'eighty' is not a minute "
            "number: write a whole number from 1 (the number of this "
            "meeting's first minute)\n");
}

TEST(Meeting, ItemNeedsTitleOrPaperAndUnknownElement) {
  Loaded l = Load("  <item/>\n  <iten title=\"x\"/>\n");
  EXPECT_FALSE(l.m);
  EXPECT_EQ(l.diags,
            "m/meeting.xml:2:3: error: <item> needs a title (a standing item "
            "such as Apologies) or a paper (the report's job file)\n"
            "m/meeting.xml:3:3: error: unknown element <iten>; did you mean "
            "<item>?\n");
}

TEST(Meeting, NeedsCommitteeDateAndItems) {
  Loaded l = Load("", "first-minute=\"1\"");
  EXPECT_FALSE(l.m);
  EXPECT_EQ(l.diags,
            "m/meeting.xml:1:1: error: <meeting> needs a committee attribute\n"
            "m/meeting.xml:1:1: error: <meeting> needs a date attribute\n"
            "m/meeting.xml:1:1: error: the meeting has no <item>: list the "
            "agenda items in order\n");
}

}  // namespace
}  // namespace clerk
