#include "render_docx/sample_docs.h"

#include <utility>

namespace clerk::testing {

namespace {

using model::Node;
using model::NodeKind;
using model::Run;
using model::RunKind;

Run T(std::string text, bool bold = false) {
  Run r;
  r.text = std::move(text);
  r.bold = bold;
  return r;
}

Run Xref(std::string target, std::string text,
         model::XrefForm form = model::XrefForm::kFull) {
  Run r;
  r.kind = RunKind::kXref;
  r.target = std::move(target);
  r.text = std::move(text);
  r.xref_form = form;
  return r;
}

Run Link(std::string url, std::string text) {
  Run r;
  r.kind = RunKind::kLink;
  r.target = std::move(url);
  r.text = std::move(text);
  return r;
}

model::Number Num(std::string scheme, int level, int value, std::string label,
                  int instance = 0, bool restart = false) {
  model::Number n;
  n.scheme = std::move(scheme);
  n.level = level;
  n.value = value;
  n.label = std::move(label);
  n.instance = instance;
  n.restart = restart;
  return n;
}

Node Make(NodeKind kind, int level = 1) {
  Node n;
  n.kind = kind;
  n.level = level;
  return n;
}

Node Section(int value, std::string title, std::string id = "",
             bool restart = false) {
  Node n = Make(NodeKind::kSection);
  n.number = Num("body", 0, value, std::to_string(value) + ".", 0, restart);
  n.title = {T(std::move(title))};
  n.id = std::move(id);
  return n;
}

Node Para(int section, int value, model::Runs runs, std::string id = "") {
  Node n = Make(NodeKind::kParagraph);
  n.number = Num("body", 1, value,
                 std::to_string(section) + "." + std::to_string(value));
  n.runs = std::move(runs);
  n.id = std::move(id);
  return n;
}

Node SubPara(int value, std::string text) {
  Node n = Make(NodeKind::kParagraph, 2);
  std::string letter(1, static_cast<char>('a' + value - 1));
  n.number = Num("body", 2, value, "(" + letter + ")");
  n.runs = {T(std::move(text))};
  return n;
}

Node Plain(model::Runs runs) {
  Node n = Make(NodeKind::kParagraph);
  n.numbered = false;
  n.runs = std::move(runs);
  return n;
}

Node List(model::ListKind kind, std::string title = "") {
  Node n = Make(NodeKind::kList);
  n.list.kind = kind;
  if (!title.empty()) n.title = {T(std::move(title))};
  return n;
}

Node Item(std::string scheme, int value, std::string label, std::string text,
          int instance, bool restart, std::string id = "") {
  Node n = Make(NodeKind::kListItem);
  n.number = Num(std::move(scheme), 0, value, std::move(label), instance, restart);
  n.runs = {T(std::move(text))};
  n.id = std::move(id);
  return n;
}

Node Letters(int instance, std::vector<std::string> texts,
             std::string title = "Resolved \xE2\x80\x93") {
  Node list = List(model::ListKind::kResolutions, std::move(title));
  for (size_t i = 0; i < texts.size(); ++i) {
    int v = static_cast<int>(i) + 1;
    std::string label = std::string("(") + static_cast<char>('a' + i) + ")";
    list.children.push_back(Item("resolutions", v, label, texts[i], instance,
                                 i == 0 && instance > 0,
                                 instance == 0 && i == 1 ? "res-b" : ""));
  }
  return list;
}

Node Field(std::string label, std::string key, std::string value) {
  Node f = Make(NodeKind::kCoverField);
  f.title = {T(std::move(label))};
  f.key = std::move(key);
  f.children.push_back(Plain({T(std::move(value))}));
  return f;
}

Node Cell(std::string text, model::Rag rag = model::Rag::kNone) {
  Node c = Make(NodeKind::kCell);
  c.runs = {T(std::move(text))};
  c.rag = rag;
  return c;
}

Node Row(std::vector<Node> cells, bool header = false) {
  Node r = Make(NodeKind::kRow);
  r.row_header = header;
  r.children = std::move(cells);
  return r;
}

}  // namespace

model::Style TestStyle() {
  model::Style s = model::DefaultStyle();
  s.header.right = "{classification}";
  s.footer.center = "Page {page} of {pages}";
  return s;
}

model::Document WsoaReport() {
  model::Document doc;
  doc.meta.title = "SEND 'Written Statement of Action' Update";
  doc.meta.subject = "SEND Written Statement of Action and the Informal Member Group";
  doc.meta.author = "Kent County Council";
  doc.meta.council = "Kent County Council";
  doc.meta.committee = "Children's, Young People and Education Cabinet Committee";
  doc.meta.date = "1 October 2019";
  doc.meta.reference = "CYPE/2019/059";
  doc.meta.classification = "Unrestricted";
  doc.meta.keywords = "SEND; WSoA";

  Node& root = doc.root;
  root.kind = NodeKind::kDocument;
  Node title = Make(NodeKind::kTitle, 0);
  title.runs = {T("SEND 'Written Statement of Action' Update")};
  root.children.push_back(title);
  Node kicker = Make(NodeKind::kTitle, 1);
  kicker.runs = {T("Children's, Young People and Education Cabinet Committee \xE2\x80\x93 1 October 2019")};
  root.children.push_back(kicker);

  Node cover = Make(NodeKind::kCover);
  cover.children.push_back(Field("From", "from",
      "Roger Gough, Cabinet Member for Children, Young People and Education"));
  cover.children.push_back(Field("To", "to",
      "Children's, Young People and Education Cabinet Committee \xE2\x80\x93 1 October 2019"));
  cover.children.push_back(Field("Subject", "subject", "SEND 'Written Statement of Action' Update"));
  cover.children.push_back(Field("Classification", "classification", "Unrestricted"));
  cover.children.push_back(Field("Summary", "summary",
      "This report updates Members on the SEND Written Statement of Action & the Informal Member Group."));
  root.children.push_back(cover);

  Node s1 = Section(1, "Introduction", "intro");
  s1.children.push_back(Para(1, 1, {T("As members will be aware, the Ofsted/CQC Local Area Inspection "
                                      "required a Written Statement of Action (see "),
                                    Xref("p-2-3", "paragraph 2.3"), T(" and "),
                                    Xref("app-1", "Appendix 1"), T(").")}));
  root.children.push_back(s1);

  Node s2 = Section(2, "Current Position", "current");
  Node p21 = Para(2, 1, {T("The WSOA was approved by Ofsted on 3 September 2019 and sets out:")}, "p-2-1");
  p21.children.push_back(SubPara(1, "the governance structure that has been established;"));
  p21.children.push_back(SubPara(2, "the quarterly review meetings led by the DfE/NHS."));
  s2.children.push_back(p21);
  s2.children.push_back(Para(2, 2, {T("Progress is published at "),
                                    Link("https://www.kent.gov.uk/send", "www.kent.gov.uk/send"),
                                    T(" each quarter.")}));
  Node sub = Make(NodeKind::kHeading, 2);
  sub.numbered = false;
  sub.runs = {T("Informal Member Group")};
  s2.children.push_back(sub);
  s2.children.push_back(Para(2, 3, {T("By the time of this meeting the IMG will have held two meetings "
                                      "(see "), Xref("p-2-1", "paragraph 2.1"), T(").")}, "p-2-3"));
  root.children.push_back(s2);

  Node s3 = Section(3, "Progress against the Action Plan");
  s3.children.push_back(Para(3, 1, {T("The table below shows the status of each action; "),
                                    Xref("tbl-1", "Table 1"), T(" is updated quarterly.")}));
  Node table = Make(NodeKind::kTable);
  table.id = "tbl-1";
  table.title = {T("Action plan progress")};
  table.number = Num("table", 0, 1, "Table 1");
  for (const char* w : {"9%", "43%", "22%", "14%", "12%"}) {
    model::Column c;
    c.width = w;
    table.table.columns.push_back(c);
  }
  table.table.columns[4].align = model::Align::kCenter;
  table.table.alt = "Actions with owner, due date and RAG status";
  table.children.push_back(Row({Cell("Ref"), Cell("Action"), Cell("Owner"), Cell("Due date"),
                                Cell("RAG status")}, true));
  table.children.push_back(Row({Cell("W1.01"), Cell("Publish the Local Offer"), Cell("Head of SEN"),
                                Cell("31/10/2019"), Cell("Green", model::Rag::kGreen)}));
  table.children.push_back(Row({Cell("W1.02"), Cell("Train 120 SENCOs & advisers"), Cell("Director"),
                                Cell("30/11/2019"), Cell("Amber", model::Rag::kAmber)}));
  table.children.push_back(Row({Cell("W1.03"), Cell("Review EHCP timeliness <20 weeks>"),
                                Cell("Head of SEN"), Cell("31/12/2019"), Cell("Red", model::Rag::kRed)}));
  table.children.push_back(Row({Cell("W1.04"), Cell("Launch parent survey"), Cell("Director"),
                                Cell("31/08/2019"), Cell("Complete", model::Rag::kComplete)}));
  s3.children.push_back(table);
  root.children.push_back(s3);

  Node s4 = Section(4, "Recommendation(s)", "recs-section");
  Node recs = List(model::ListKind::kRecommendations, "The Cabinet is recommended:");
  recs.id = "recs";
  const char* rec_texts[] = {
      "That the statutory direction set out at Appendix 3 be noted.",
      "That the progress made to date be noted.",
      "That the draft SEND Improvement Action Plan at Appendix 1 be noted.",
      "That a report on the financial implications be received in November.",
      "To receive SEND update reports on a quarterly basis."};
  for (int i = 0; i < 5; ++i) {
    recs.children.push_back(Item("recommendations", i + 1, std::to_string(i + 1) + ".",
                                 rec_texts[i], 0, false, i == 1 ? "rec-2" : ""));
  }
  s4.children.push_back(recs);
  s4.children.push_back(Para(4, 1, {T("Recommendation 2 ("), Xref("rec-2", "recommendation 2"),
                                    T(") follows from "), Xref("intro", "section 1"),
                                    T("; see also "), Xref("res-b", "resolution (b)"), T(".")}));
  s4.children.push_back(Letters(0, {"That the statutory direction be noted.",
                                    "That the progress made to date be noted.",
                                    "That the draft plan be noted.",
                                    "That a financial report be received.",
                                    "To receive quarterly update reports."}));
  root.children.push_back(s4);

  Node s5 = Section(5, "Informal Member Group meetings");
  s5.children.push_back(Para(5, 1, {T("Meeting of 4 July 2019.")}));
  s5.children.push_back(Letters(1, {"That the terms of reference be agreed.",
                                    "That Mr Cooke chair the group.",
                                    "That the group meet monthly."}, "Agreed:"));
  s5.children.push_back(Para(5, 2, {T("Meeting of 5 September 2019.")}));
  s5.children.push_back(Letters(2, {"That the dashboard be adopted.",
                                    "That the next meeting review Table 1."}, "Agreed:"));
  root.children.push_back(s5);

  Node s6 = Section(6, "Contact details");
  Node contact = Make(NodeKind::kContact);
  contact.contact.role = "Relevant Director";
  contact.contact.name = "Keith Abbott";
  contact.contact.job_title = "Director, Education, Planning and Access";
  contact.contact.phone = "03000 417008";
  contact.contact.email = "keith.abbott@kent.gov.uk";
  s6.children.push_back(contact);
  root.children.push_back(s6);

  Node bg = Make(NodeKind::kSection);
  bg.numbered = false;
  bg.title = {T("Background Documents")};
  Node none = List(model::ListKind::kPlain);
  Node none_item = Make(NodeKind::kListItem);
  none_item.runs = {T("None.")};
  none.children.push_back(none_item);
  bg.children.push_back(none);
  root.children.push_back(bg);

  Node app = Make(NodeKind::kAppendix);
  app.id = "app-1";
  app.number = Num("appendix", 0, 1, "Appendix 1");
  app.title = {T("Written Statement of Action")};
  app.children.push_back(Plain({T("The approved Written Statement of Action is attached (back to "),
                                Xref("current", "Current Position", model::XrefForm::kTitle),
                                T(").")}));
  root.children.push_back(app);
  return doc;
}

model::Document BenchReport() {
  model::Document doc;
  doc.meta.title = "Quarterly SEND Improvement Plan update";
  doc.meta.council = "Calderbrook Metropolitan Borough Council";
  doc.meta.classification = "Public";
  doc.root.kind = NodeKind::kDocument;
  Node title = Make(NodeKind::kTitle, 0);
  title.runs = {T("Calderbrook Metropolitan Borough Council")};
  doc.root.children.push_back(title);
  Node cover = Make(NodeKind::kCover);
  for (const char* f : {"From", "To", "Subject", "Classification"}) {
    cover.children.push_back(Field(f, "", "Value of the field with an en dash \xE2\x80\x93 & \xC2\xA3 sign"));
  }
  doc.root.children.push_back(cover);
  const char* titles[] = {"Introduction", "Background", "Current Position",
                          "Progress against the Action Plan", "Next Steps", "Recommendation(s)"};
  for (int s = 1; s <= 6; ++s) {
    Node sec = Section(s, titles[s - 1]);
    for (int p = 1; p <= 3; ++p) {
      sec.children.push_back(Para(s, p, {T("The local area partnership's response to the statutory "
                                           "direction & the Written Statement of Action: \xC2\xBD of the "
                                           "actions (\xC2\xA3 1.2m) are on track \xE2\x80\x93 see the plan.")}));
    }
    if (s == 4) {
      Node table = Make(NodeKind::kTable);
      for (const char* w : {"9%", "43%", "22%", "14%", "12%"}) {
        model::Column c;
        c.width = w;
        table.table.columns.push_back(c);
      }
      table.children.push_back(Row({Cell("Ref"), Cell("Action"), Cell("Owner"), Cell("Due date"),
                                    Cell("RAG status")}, true));
      const model::Rag rags[] = {model::Rag::kComplete, model::Rag::kGreen, model::Rag::kAmber,
                                 model::Rag::kRed};
      for (int a = 1; a <= 40; ++a) {
        model::Rag rag = rags[a % 4];
        table.children.push_back(Row({Cell("W1." + std::to_string(a)),
                                      Cell("Improve the timeliness of EHC plans & annual reviews"),
                                      Cell("Head of SEND Services"), Cell("31/03/2024"),
                                      Cell(model::RagName(rag), rag)}));
      }
      sec.children.push_back(table);
    }
    if (s == 6) {
      sec.children.push_back(Letters(0, {"That the progress be noted.", "That the plan be agreed.",
                                         "That the budget be noted.", "That reports be received.",
                                         "That the board be thanked."}));
    }
    doc.root.children.push_back(sec);
  }
  Node contact = Make(NodeKind::kContact);
  contact.contact.name = "Jane Doe";
  contact.contact.email = "jane.doe@calderbrook.gov.uk";
  doc.root.children.push_back(contact);
  return doc;
}

model::Document Minutes() {
  model::Document doc;
  doc.meta.title = "Cabinet minutes";
  doc.meta.classification = "Unrestricted";
  doc.root.kind = NodeKind::kDocument;
  Node title = Make(NodeKind::kTitle, 0);
  title.runs = {T("Minutes of the Cabinet")};
  doc.root.children.push_back(title);
  for (int m = 0; m < 3; ++m) {
    int value = 84 + m;
    Node s = Section(value, "Minute " + std::to_string(value), "", m == 0);
    s.children.push_back(Para(value, 1, {T("The Lead Member introduced the report.")}));
    s.children.push_back(Para(value, 2, {T("Members discussed the report.")}));
    s.children.push_back(Letters(m, {"That the report be noted.", "That an update be received."}));
    doc.root.children.push_back(s);
  }
  return doc;
}

}  // namespace clerk::testing
