// numbering.xml and the w:numPr of each paragraph: Word must show exactly
// the labels of the numbering pass, restart lettered lists per instance and
// start a section from data.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "model/walk.h"
#include "render_docx/docx_reader.h"
#include "render_docx/docx_test_util.h"
#include "render_docx/sample_docs.h"

namespace clerk::testing {
namespace {

struct Rendered {
  Package pkg;
  std::vector<Paragraph> paras;
  Diagnostics diags;
};

Rendered Render(const model::Document& doc, const model::Style& style = TestStyle()) {
  Rendered r;
  std::string out;
  Status st = render::RenderDocx(doc, style, FixedOptions(), &r.diags, &out);
  EXPECT_TRUE(st.ok()) << st.message();
  r.pkg = Unzip(out);
  r.paras = Paragraphs(r.pkg.parts["word/document.xml"]);
  return r;
}

// A reading of numbering.xml, independent of the renderer: what a consumer
// counts for each numbered paragraph (one counter set per w:num; a level
// restarts after any higher level; w:startOverride sets a level's start).
class WordCounter {
 public:
  explicit WordCounter(const std::string& numbering) {
    static const std::regex kLvl(
        "<w:lvl w:ilvl=\"(\\d+)\"><w:start w:val=\"(\\d+)\"/><w:numFmt w:val=\"(\\w+)\"/>"
        "(?:<w:lvlRestart w:val=\"0\"/>)?(?:<w:pStyle w:val=\"\\w+\"/>)?(?:<w:suff w:val=\"\\w+\"/>)?"
        "<w:lvlText w:val=\"([^\"]*)\"/>");
    static const std::regex kOverride(
        "<w:lvlOverride w:ilvl=\"(\\d+)\"><w:startOverride w:val=\"(\\d+)\"/></w:lvlOverride>");
    static const std::regex kNumber("\"(\\d+)\"");
    // Elements are cut out with find(): std::regex recurses per character.
    for (const std::string& body : Elements(numbering, "<w:abstractNum ", "</w:abstractNum>")) {
      std::smatch id;
      std::regex_search(body, id, kNumber);
      auto& levels = abstract_[std::stoi(id[1])];
      for (const std::string& lvl : Elements(body, "<w:lvl ", "</w:lvl>")) {
        std::smatch l;
        if (std::regex_search(lvl, l, kLvl)) levels.push_back({std::stoi(l[2]), l[3], l[4]});
      }
    }
    for (const std::string& body : Elements(numbering, "<w:num ", "</w:num>")) {
      std::smatch id, abstract;
      std::regex_search(body, id, kNumber);
      Num& num = nums_[std::stoi(id[1])];
      std::string rest = id.suffix();
      std::regex_search(rest, abstract, kNumber);
      num.abstract = std::stoi(abstract[1]);
      for (std::sregex_iterator o(body.begin(), body.end(), kOverride), e; o != e; ++o) {
        num.start[std::stoi((*o)[1])] = std::stoi((*o)[2]);
      }
    }
  }

  std::string Next(int num_id, int ilvl) {
    Num& num = nums_.at(num_id);
    const auto& levels = abstract_.at(num.abstract);
    auto start = [&](int l) { return num.start.count(l) ? num.start[l] : levels[l].start; };
    num.value[ilvl] = num.used[ilvl] ? num.value[ilvl] + 1 : start(ilvl);
    num.used[ilvl] = true;
    for (size_t l = ilvl + 1; l < levels.size(); ++l) num.used[l] = false;
    std::string text = levels[ilvl].text, out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '%' && i + 1 < text.size()) {
        int l = text[++i] - '1';
        int v = num.used[l] ? num.value[l] : start(l);
        out += Format(v, levels[l].fmt);
      } else {
        out += text[i];
      }
    }
    return out;
  }

 private:
  static std::vector<std::string> Elements(const std::string& s, const std::string& open,
                                           const std::string& close) {
    std::vector<std::string> out;
    for (size_t at = s.find(open); at != std::string::npos; at = s.find(open, at + 1)) {
      out.push_back(s.substr(at, s.find(close, at) - at));
    }
    return out;
  }
  static std::string Format(int v, const std::string& fmt) {
    if (fmt == "lowerLetter") return std::string(1, static_cast<char>('a' + v - 1));
    if (fmt == "lowerRoman") {
      static const char* kRoman[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
      return kRoman[v];
    }
    return std::to_string(v);
  }
  struct Level {
    int start;
    std::string fmt, text;
  };
  struct Num {
    int abstract = 0;
    std::map<int, int> start;
    int value[9] = {};
    bool used[9] = {};
  };
  std::map<int, std::vector<Level>> abstract_;
  std::map<int, Num> nums_;
};

// Labels of the numbered nodes of `doc`, in document order.
std::vector<std::string> ModelLabels(const model::Document& doc) {
  std::vector<std::string> out;
  model::Walk(doc.root, [&](const model::Node& n, model::Event e) {
    if (e == model::Event::kEnter && n.numbered && !n.number.label.empty()) {
      out.push_back(n.number.label);
    }
    return true;
  });
  return out;
}

std::vector<std::string> WordLabels(const Rendered& r) {
  WordCounter counter(r.pkg.parts.at("word/numbering.xml"));
  std::vector<std::string> out;
  for (const Paragraph& p : r.paras) {
    if (p.has_num && p.num_id != 0) out.push_back(counter.Next(p.num_id, p.ilvl));
    // Table captions are numbered by a SEQ field: Word shows the label's
    // words and the field's result ("Table 1").
    if (p.style == "Caption" && !p.instr.empty() && p.instr[0].starts_with(" SEQ ")) {
      out.push_back(p.text.substr(0, p.text.find(':')));
    }
  }
  return out;
}

TEST(DocxNumbering, WordCountsTheModelsLabels) {
  model::Document doc = WsoaReport();
  Rendered r = Render(doc);
  EXPECT_EQ(r.diags.ToString(), "");
  EXPECT_EQ(WordLabels(r), ModelLabels(doc));
  model::Document minutes = Minutes();
  Rendered m = Render(minutes);
  EXPECT_EQ(m.diags.ToString(), "");
  EXPECT_EQ(WordLabels(m), ModelLabels(minutes));
}

TEST(DocxNumbering, StylesAndLevelsPerParagraph) {
  Rendered r = Render(WsoaReport());
  struct Want {
    const char* text;
    const char* style;
    int ilvl;  // -1: no w:numPr
  };
  const Want wants[] = {
      {"SEND 'Written Statement of Action' Update", "Title", -1},
      {"Children's, Young People and Education Cabinet Committee \xE2\x80\x93 1 October 2019", "Subtitle", -1},
      {"Introduction", "Heading1", 0},
      {"As members will be aware", "NumberedParagraph", 1},
      {"the governance structure", "SubParagraph", 2},
      {"Informal Member Group", "Heading2", -1},
      {"By the time of this meeting", "NumberedParagraph", 1},
      {"That the progress made to date be noted.", "Recommendation", 0},
      {"Resolved \xE2\x80\x93", "ListHeading", -1},
      {"That the draft plan be noted.", "Resolution", 0},
      {"Table 1: Action plan progress", "Caption", -1},  // SEQ field, no list
      {"Keith Abbott", "", -1},
      {"\xE2\x80\x93 Written Statement of Action", "Heading1", 0},
  };
  for (const Want& w : wants) {
    const Paragraph* p = Find(r.paras, w.text);
    ASSERT_NE(p, nullptr) << w.text;
    EXPECT_EQ(p->style, w.style) << w.text;
    EXPECT_EQ(p->has_num, w.ilvl >= 0) << w.text;
    if (w.ilvl >= 0) {
      EXPECT_EQ(p->ilvl, w.ilvl) << w.text;
    }
  }
  // One body list for sections, paragraphs and sub-paragraphs.
  int body = Find(r.paras, "Introduction")->num_id;
  EXPECT_EQ(Find(r.paras, "As members")->num_id, body);
  EXPECT_EQ(Find(r.paras, "the governance structure")->num_id, body);
  EXPECT_EQ(Find(r.paras, "Meeting of 5 September")->num_id, body);
  // The body list is the one the heading style is bound to.
  const std::string& styles = r.pkg.parts["word/styles.xml"];
  EXPECT_NE(styles.find("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"),
            std::string::npos);
  EXPECT_NE(styles.find("<w:numPr><w:numId w:val=\"" + std::to_string(body) + "\"/></w:numPr>"),
            std::string::npos);
  EXPECT_NE(styles.find("<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"" + std::to_string(body) +
                        "\"/></w:numPr>"),
            std::string::npos);
}

TEST(DocxNumbering, UnnumberedNodesAreNotNumbered) {
  Rendered r = Render(WsoaReport());
  // A paragraph without a number has no w:numPr at all.
  for (const char* text : {"Relevant Director:", "None.", "The approved Written Statement",
                           "Informal Member Group", "The Cabinet is recommended:"}) {
    const Paragraph* p = Find(r.paras, text);
    ASSERT_NE(p, nullptr) << text;
    EXPECT_FALSE(p->has_num) << text;
  }
  // An unnumbered section keeps Heading 1 (navigation pane, TOC) and turns
  // off the list that style carries: w:numId 0, Word's "no list".
  const Paragraph* bg = Find(r.paras, "Background Documents");
  EXPECT_EQ(bg->style, "Heading1");
  EXPECT_TRUE(bg->has_num);
  EXPECT_EQ(bg->num_id, 0);
}

TEST(DocxNumbering, LetteredListsRestartPerInstance) {
  Rendered r = Render(WsoaReport());
  int first = Find(r.paras, "That the statutory direction be noted.")->num_id;
  int second = Find(r.paras, "That the terms of reference be agreed.")->num_id;
  int third = Find(r.paras, "That the dashboard be adopted.")->num_id;
  EXPECT_NE(first, second);
  EXPECT_NE(second, third);
  EXPECT_EQ(Find(r.paras, "That the group meet monthly.")->num_id, second);
  const std::string& numbering = r.pkg.parts["word/numbering.xml"];
  for (int id : {second, third}) {
    std::regex num("<w:num w:numId=\"" + std::to_string(id) +
                   "\"><w:abstractNumId w:val=\"(\\d+)\"/><w:lvlOverride w:ilvl=\"0\">"
                   "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
    std::smatch m;
    EXPECT_TRUE(std::regex_search(numbering, m, num)) << id;
  }
  // All three point at the one resolutions abstractNum, "(%1)" lower letter.
  EXPECT_NE(numbering.find("<w:name w:val=\"resolutions\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                           "<w:numFmt w:val=\"lowerLetter\"/><w:pStyle w:val=\"Resolution\"/>"
                           "<w:lvlText w:val=\"(%1)\"/>"),
            std::string::npos);
}

TEST(DocxNumbering, SectionNumberedFromData) {
  Rendered r = Render(Minutes());
  const Paragraph* m84 = Find(r.paras, "Minute 84");
  ASSERT_NE(m84, nullptr);
  EXPECT_EQ(m84->style, "Heading1");
  EXPECT_EQ(Find(r.paras, "Minute 86")->num_id, m84->num_id);
  const std::string& numbering = r.pkg.parts["word/numbering.xml"];
  EXPECT_NE(numbering.find("<w:num w:numId=\"" + std::to_string(m84->num_id) +
                           "\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
                           "<w:startOverride w:val=\"84\"/></w:lvlOverride></w:num>"),
            std::string::npos);
  // Each minute's resolutions are a w:num of their own.
  std::set<int> ids;
  for (const Paragraph& p : r.paras) {
    if (p.text == "That the report be noted.") ids.insert(p.num_id);
  }
  EXPECT_EQ(ids.size(), 3u);
}

TEST(DocxNumbering, BodySchemeFromTheStyle) {
  model::Style style = TestStyle();
  style.schemes["body"].levels[1].text = "%1.%2.";
  style.schemes["body"].levels[1].right_align_number = true;
  style.schemes["body"].levels[1].restart = model::Restart::kNever;
  model::Document doc = WsoaReport();
  model::Walk(doc.root, [](model::Node& n, model::Event e) {
    if (e == model::Event::kEnter && n.number.scheme == "body" && n.number.level == 1) {
      n.number.label += ".";
    }
    return true;
  });
  Rendered r = Render(doc, style);
  const std::string& numbering = r.pkg.parts["word/numbering.xml"];
  EXPECT_NE(numbering.find("<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                           "<w:lvlRestart w:val=\"0\"/><w:pStyle w:val=\"NumberedParagraph\"/>"
                           "<w:lvlText w:val=\"%1.%2.\"/><w:lvlJc w:val=\"right\"/>"),
            std::string::npos);
  // Never restarting, 2.1 would be "2.2." in Word: the renderer gives those
  // paragraphs fresh lists with explicit starts, so the labels still hold.
  EXPECT_EQ(WordLabels(r), ModelLabels(doc));
  EXPECT_EQ(r.diags.ToString(), "");
}

model::Node ListItem(std::string scheme, int level, int value, std::string label, int instance,
                     bool restart, std::string text) {
  model::Node n;
  n.kind = model::NodeKind::kListItem;
  n.number.scheme = std::move(scheme);
  n.number.level = level;
  n.number.value = value;
  n.number.label = std::move(label);
  n.number.instance = instance;
  n.number.restart = restart;
  model::Run r;
  r.text = std::move(text);
  n.runs.push_back(r);
  return n;
}

TEST(DocxNumbering, NestedAndBulletedLists) {
  model::Document doc;
  doc.root.kind = model::NodeKind::kDocument;
  model::Node list;
  list.kind = model::NodeKind::kList;
  list.list.kind = model::ListKind::kNumbered;
  model::Node one = ListItem("numbered", 0, 1, "1.", 1, true, "One");
  model::Node sub;
  sub.kind = model::NodeKind::kList;
  sub.list.kind = model::ListKind::kNumbered;
  sub.children.push_back(ListItem("numbered", 1, 1, "(a)", 1, false, "One a"));
  sub.children.push_back(ListItem("numbered", 1, 2, "(b)", 1, false, "One b"));
  one.children.push_back(sub);
  list.children.push_back(one);
  model::Node two = ListItem("numbered", 0, 2, "2.", 1, false, "Two");
  model::Node sub2 = sub;
  sub2.children[0].runs[0].text = "Two a";
  sub2.children.pop_back();
  two.children.push_back(sub2);
  list.children.push_back(two);
  doc.root.children.push_back(list);
  model::Node bullets;
  bullets.kind = model::NodeKind::kList;
  bullets.list.kind = model::ListKind::kBulleted;
  bullets.children.push_back(ListItem("bullet", 0, 1, "\xE2\x80\xA2", 1, true, "Point"));
  doc.root.children.push_back(bullets);
  model::Node again = list;  // a second numbered list restarts at 1.
  for (model::Node& item : again.children) item.number.instance = 2;
  doc.root.children.push_back(again);

  Rendered r = Render(doc);
  EXPECT_EQ(r.diags.ToString(), "");
  EXPECT_EQ(WordLabels(r), (std::vector<std::string>{"1.", "(a)", "(b)", "2.", "(a)", "\xE2\x80\xA2",
                                                      "1.", "(a)", "(b)", "2.", "(a)"}));
  EXPECT_EQ(Find(r.paras, "One a")->style, "ListNumber2");
  EXPECT_EQ(Find(r.paras, "One a")->ilvl, 1);
  EXPECT_EQ(Find(r.paras, "Point")->style, "ListBullet");
  EXPECT_GT(Find(r.paras, "Point")->num_id, 0);
}

TEST(DocxNumbering, StylesBindOnlyToLevelsTheSchemeHas) {
  model::Style style = TestStyle();
  style.schemes["body"].levels.resize(3);  // no (i) level
  Rendered r = Render(WsoaReport(), style);
  const std::string& styles = r.pkg.parts["word/styles.xml"];
  size_t at = styles.find("w:styleId=\"SubSubParagraph\"");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(styles.substr(at, styles.find("</w:style>", at) - at).find("<w:numPr>"), std::string::npos);
  EXPECT_NE(styles.find("<w:numPr><w:ilvl w:val=\"2\"/>"), std::string::npos);
}

TEST(DocxNumbering, LabelWordCannotMakeIsPlainText) {
  model::Document doc = WsoaReport();
  // A label no list level can print ("2.3bis") and an unknown scheme.
  model::Walk(doc.root, [](model::Node& n, model::Event e) {
    if (e != model::Event::kEnter) return true;
    if (n.number.label == "2.3") n.number.label = "2.3bis";
    if (n.number.scheme == "appendix") n.number.scheme = "annex";
    return true;
  });
  Rendered r = Render(doc);
  const Paragraph* p = Find(r.paras, "2.3bis");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text.rfind("2.3bis\tBy the time", 0), 0u) << p->text;
  EXPECT_EQ(p->num_id, 0);  // the style's list turned off
  const Paragraph* app = Find(r.paras, "Appendix 1 ");
  ASSERT_NE(app, nullptr);
  EXPECT_EQ(app->text, "Appendix 1 \xE2\x80\x93 Written Statement of Action");
  ASSERT_EQ(r.diags.all().size(), 2u) << r.diags.ToString();
  EXPECT_NE(r.diags.all()[0].message.find("Word cannot number \"2.3bis\""), std::string::npos);
  EXPECT_NE(r.diags.all()[1].message.find("numbering scheme \"annex\" is not in the style"),
            std::string::npos);
}

}  // namespace
}  // namespace clerk::testing
