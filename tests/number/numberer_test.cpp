// The numbering pass on hand-built documents: no XML involved.
#include "number/numberer.h"

#include <gtest/gtest.h>

namespace clerk {
namespace {

using model::Node;
using model::NodeKind;

Node Para(int level = 1, bool numbered = true, std::string id = "") {
  Node n;
  n.kind = NodeKind::kParagraph;
  n.level = level;
  n.numbered = numbered;
  n.id = std::move(id);
  return n;
}

Node Section(std::vector<Node> kids, bool numbered = true) {
  Node n;
  n.kind = NodeKind::kSection;
  n.numbered = numbered;
  n.children = std::move(kids);
  return n;
}

Node List(model::ListKind kind, int items, std::string id = "") {
  Node l;
  l.kind = NodeKind::kList;
  l.list.kind = kind;
  l.id = std::move(id);
  for (int i = 0; i < items; ++i) {
    Node it;
    it.kind = NodeKind::kListItem;
    l.children.push_back(it);
  }
  return l;
}

std::string Labels(const Node& n) {
  std::string out;
  if (!n.number.label.empty()) out += n.number.label + " ";
  for (const Node& c : n.children) out += Labels(c);
  return out;
}

TEST(FormatCounter, AllFormats) {
  using model::NumFormat;
  EXPECT_EQ(model::FormatCounter(4, NumFormat::kDecimal), "4");
  EXPECT_EQ(model::FormatCounter(3, NumFormat::kLowerAlpha), "c");
  EXPECT_EQ(model::FormatCounter(28, NumFormat::kLowerAlpha), "bb");
  EXPECT_EQ(model::FormatCounter(3, NumFormat::kUpperAlpha), "C");
  EXPECT_EQ(model::FormatCounter(14, NumFormat::kLowerRoman), "xiv");
  EXPECT_EQ(model::FormatCounter(1999, NumFormat::kUpperRoman), "MCMXCIX");
}

TEST(ExpandLevelText, UsesEachLevelsOwnFormat) {
  model::Style s = model::DefaultStyle();
  const auto& levels = s.Scheme("body").levels;
  EXPECT_EQ(model::ExpandLevelText("%1.%2", {2, 3}, levels), "2.3");
  EXPECT_EQ(model::ExpandLevelText("(%3)", {2, 3, 1}, levels), "(a)");
  EXPECT_EQ(model::ExpandLevelText("%1.%2(%3)(%4)", {2, 3, 2, 4}, levels),
            "2.3(b)(iv)");
}

TEST(Numberer, SectionsParagraphsSubParagraphs) {
  model::Document doc;
  Node p = Para();
  p.children = {Para(2), Para(2)};
  p.children[1].children = {Para(3), Para(3)};
  doc.root.children = {Section({Para(), p}), Section({Para()})};
  Diagnostics d;
  NumberDocument(&doc, model::DefaultStyle(), &d);
  EXPECT_EQ(d.ToString(), "");
  EXPECT_EQ(Labels(doc.root), "1. 1.1 1.2 (a) (b) (i) (ii) 2. 2.1 ");
}

TEST(Numberer, UnnumberedParagraphsRestartSubParagraphs) {
  model::Document doc;
  Node a = Para(1, false);
  a.children = {Para(2), Para(2)};
  Node b = Para(1, false);
  b.children = {Para(2)};
  doc.root.children = {Section({Para(), a, b, Para()})};
  Diagnostics d;
  NumberDocument(&doc, model::DefaultStyle(), &d);
  EXPECT_EQ(Labels(doc.root), "1. 1.1 (a) (b) (a) 1.2 ");
}

TEST(Numberer, StartValueRestartsTheSectionCounter) {
  model::Document doc;
  Node first = Section({Para(), Para()});
  first.start_at = 84;
  doc.root.children = {first, Section({Para()})};
  Diagnostics d;
  NumberDocument(&doc, model::DefaultStyle(), &d);
  EXPECT_EQ(Labels(doc.root), "84. 84.1 84.2 85. 85.1 ");
  EXPECT_TRUE(doc.root.children[0].number.restart);
  EXPECT_EQ(doc.root.children[0].number.instance, 1);
  EXPECT_EQ(doc.root.children[1].children[0].number.instance, 1);
}

// <section numbered="false" counts="true">: the section number is taken,
// not printed; its paragraphs read 2.1, and the next section is 3.
TEST(Numberer, CountedSectionTakesTheNextNumberUnprinted) {
  model::Document doc;
  Node hidden = Section({Para(), Para()}, false);
  hidden.counts = true;
  doc.root.children = {Section({Para()}), hidden, Section({Para()})};
  Diagnostics d;
  NumberDocument(&doc, model::DefaultStyle(), &d);
  EXPECT_EQ(d.ToString(), "");
  EXPECT_EQ(Labels(doc.root), "1. 1.1 2.1 2.2 3. 3.1 ");
  EXPECT_EQ(doc.root.children[1].number.value, 2);
  EXPECT_EQ(doc.root.children[1].number.scheme, "body");
}

// "0.1" (or a repeat of the last section's number) is never printed.
TEST(Numberer, NumberedParagraphInUnnumberedSectionIsAnError) {
  model::Document doc;
  doc.root.children = {Para(), Section({Para()}), Section({Para()}, false)};
  doc.root.children[2].children[0].numbered = true;
  Diagnostics d;
  NumberDocument(&doc, model::DefaultStyle(), &d);
  EXPECT_EQ(d.error_count(), 2);
  EXPECT_NE(d.ToString().find("would read '0.1'"), std::string::npos);
  EXPECT_NE(d.ToString().find("would read '1.1'"), std::string::npos);
  EXPECT_EQ(Labels(doc.root), "1. 1.1 ");
  // A style whose paragraph numbers leave out the section number is fine.
  model::Style continuous = model::DefaultStyle();
  continuous.schemes["body"].levels[1].text = "%2.";
  continuous.schemes["body"].levels[1].restart = model::Restart::kNever;
  model::Document doc2;
  doc2.root.children = {Para(), Section({Para()})};
  Diagnostics d2;
  NumberDocument(&doc2, continuous, &d2);
  EXPECT_EQ(d2.ToString(), "");
  EXPECT_EQ(Labels(doc2.root), "1. 1. 2. ");
}

TEST(Numberer, ListsRestartPerListOrContinue) {
  model::Style style = model::DefaultStyle();
  model::Document doc;
  doc.root.children = {List(model::ListKind::kResolutions, 2),
                       List(model::ListKind::kResolutions, 3),
                       List(model::ListKind::kRecommendations, 2),
                       List(model::ListKind::kRecommendations, 2)};
  style.schemes["recommendations"].restart_each_list = false;
  Diagnostics d;
  NumberDocument(&doc, style, &d);
  EXPECT_EQ(Labels(doc.root), "(a) (b) (a) (b) (c) 1. 2. 3. 4. ");
  // Word needs to know where a list restarts: a new instance each time.
  EXPECT_EQ(doc.root.children[0].children[0].number.instance, 1);
  EXPECT_EQ(doc.root.children[1].children[0].number.instance, 2);
  EXPECT_TRUE(doc.root.children[1].children[0].number.restart);
  EXPECT_FALSE(doc.root.children[1].children[1].number.restart);
  EXPECT_EQ(doc.root.children[3].children[0].number.instance,
            doc.root.children[2].children[0].number.instance);
}

TEST(Numberer, CrossReferencesForwardBackwardAndErrors) {
  model::Document doc;
  Node refs = Para(1, true, "p1");
  for (const char* target : {"p2", "p1", "recs", "r2", "nope", "plain"}) {
    model::Run r;
    r.kind = model::RunKind::kXref;
    r.target = target;
    refs.runs.push_back(r);
  }
  Node recs = List(model::ListKind::kRecommendations, 2, "recs");
  recs.children[1].id = "r2";
  doc.root.children = {Section({refs, Para(1, true, "p2"),
                                Para(1, false, "plain"), recs})};
  Diagnostics d;
  NumberDocument(&doc, model::DefaultStyle(), &d);
  const model::Runs& runs = doc.root.children[0].children[0].runs;
  EXPECT_EQ(runs[0].text, "paragraph 1.2");
  EXPECT_EQ(runs[1].text, "paragraph 1.1");
  EXPECT_EQ(runs[3].text, "recommendation 2");
  EXPECT_EQ(d.ToString(),
            "error: cross-reference to 'recs', which is a whole list; give "
            "the id to one of its <item>s\n"
            "error: cross-reference to unknown id 'nope'\n"
            "error: cross-reference to 'plain', which has no number\n");
}

TEST(Numberer, DuplicateIds) {
  model::Document doc;
  doc.root.children = {Section({Para(1, true, "x"), Para(1, true, "x")})};
  doc.root.children[0].children[0].loc = SourceLoc{"t.xml", 3, 5};
  doc.root.children[0].children[1].loc = SourceLoc{"t.xml", 4, 5};
  Diagnostics d;
  NumberDocument(&doc, model::DefaultStyle(), &d);
  EXPECT_EQ(d.ToString(),
            "t.xml:4:5: error: duplicate id 'x' (first used at t.xml:3:5)\n");
}

}  // namespace
}  // namespace clerk
