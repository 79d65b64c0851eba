// The draft minutes from the sample meeting: minute numbers running on
// from first-minute, "(Item N)" as on the agenda, resolutions equal to the
// report's recommendations re-lettered in the house form, placeholders.
#include <gtest/gtest.h>

#include "model/walk.h"
#include "pack/minutes.h"
#include "render/text/text_renderer.h"

namespace clerk {
namespace {

struct Minutes {
  std::optional<MeetingPapers> m;
  std::optional<model::Document> doc;
  model::Style style;
  std::string diags;
};

Minutes Draft(const std::string& mode = "") {
  auto fs = NewRealFileSystem();
  Diagnostics diags;
  Minutes out;
  out.m = PrepareMeeting(*fs, "samples/cabinet-meeting/meeting.xml", "",
                         &diags);
  if (out.m) {
    out.doc = BuildMinutesDocument(*fs, *out.m, mode, &out.style, &diags);
  }
  out.diags = diags.ToString();
  return out;
}

std::vector<const model::Node*> Sections(const model::Document& d) {
  std::vector<const model::Node*> out;
  for (const model::Node& n : d.root.children) {
    if (n.kind == model::NodeKind::kSection) out.push_back(&n);
  }
  return out;
}

TEST(Minutes, NumbersRunOnAndItemsMatchTheAgenda) {
  Minutes mn = Draft();
  ASSERT_TRUE(mn.doc) << mn.diags;
  auto secs = Sections(*mn.doc);
  ASSERT_EQ(secs.size(), mn.m->meeting.items.size());
  for (size_t i = 0; i < secs.size(); ++i) {
    EXPECT_EQ(secs[i]->number.label, std::to_string(84 + i) + ".");
    std::string title = model::PlainText(secs[i]->title);
    EXPECT_EQ(title, ItemTitle(*mn.m, i) + " (Item " +
                         std::to_string(mn.m->meeting.items[i].number) + ")");
  }
  EXPECT_EQ(model::PlainText(secs[4]->title),
            "Response to the SEND statutory direction – progress against the "
            "SEND Improvement Plan (Item 5)");
}

TEST(Minutes, ResolutionsAreTheRecommendationsReLettered) {
  Minutes mn = Draft();
  ASSERT_TRUE(mn.doc) << mn.diags;
  auto secs = Sections(*mn.doc);
  for (size_t i = 0; i < secs.size(); ++i) {
    std::vector<std::string> recs = ItemRecommendations(*mn.m, i);
    const model::Node* res = nullptr;
    model::Walk(*secs[i], [&](const model::Node& n, model::Event e) {
      if (e == model::Event::kEnter && n.kind == model::NodeKind::kList &&
          n.list.kind == model::ListKind::kResolutions) {
        res = &n;
      }
      return true;
    });
    if (recs.empty()) {
      EXPECT_EQ(res, nullptr) << i;
      continue;
    }
    ASSERT_NE(res, nullptr) << i;
    EXPECT_EQ(model::PlainText(res->title), "RESOLVED:");
    ASSERT_EQ(res->children.size(), recs.size());
    for (size_t k = 0; k < recs.size(); ++k) {
      EXPECT_EQ(res->children[k].number.label,
                "(" + std::to_string(k + 1) + ")");
      EXPECT_EQ(model::PlainText(res->children[k].runs), recs[k]);
    }
  }
  // The statutory direction's four recommendations, the exempt report's two.
  EXPECT_EQ(ItemRecommendations(*mn.m, 4).size(), 4u);
  EXPECT_EQ(ItemRecommendations(*mn.m, 6).front(),
            "That Cabinet agrees the sale of the former highways depot at "
            "Westbrook Lane to Harbourside Homes Limited for £2,350,000.");
  // A single recommendation printed as the cover's paragraph counts too.
  EXPECT_EQ(ItemRecommendations(*mn.m, 3).size(), 1u);
}

TEST(Minutes, DiscussionIsADraftPlaceholder) {
  Minutes mn = Draft();
  ASSERT_TRUE(mn.doc) << mn.diags;
  EXPECT_TRUE(mn.doc->draft);
  int placeholders = 0;
  model::Walk(mn.doc->root, [&](const model::Node& n, model::Event e) {
    if (e == model::Event::kEnter) {
      for (const model::Run& r : n.runs) {
        placeholders += r.kind == model::RunKind::kPlaceholder;
      }
    }
    return true;
  });
  EXPECT_EQ(placeholders, 8);  // attendance and one per item
}

TEST(Minutes, KentFormFromTheMinutesStyle) {
  auto fs = NewRealFileSystem();
  Diagnostics diags;
  auto m = PrepareMeeting(*fs, "samples/cabinet-meeting/meeting.xml", "",
                          &diags);
  ASSERT_TRUE(m) << diags.ToString();
  m->meeting.minutes_style = "styles/kent-minutes.xml";
  model::Style style;
  auto doc = BuildMinutesDocument(*fs, *m, "", &style, &diags);
  ASSERT_TRUE(doc) << diags.ToString();
  std::string text = render::RenderText(*doc, style);
  // The decision is a numbered paragraph of the minute, lettered inside,
  // each recommendation's own "That" dropped after the shared stem.
  EXPECT_NE(text.find("(2)   RESOLVED that\n\n"
                      "      (a)   Cabinet notes the statutory direction and "
                      "the council’s response\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("88. Response to the SEND statutory direction"),
            std::string::npos);
}

TEST(Minutes, FinalModeRefusesPlaceholders) {
  Minutes mn = Draft("final");
  EXPECT_FALSE(mn.doc);
  EXPECT_EQ(mn.diags,
            "templates/draft-minutes.xml: error: final minutes still hold "
            "discussion placeholders: write the minutes in the DOCX, or "
            "render them with --mode draft\n");
}

}  // namespace
}  // namespace clerk
