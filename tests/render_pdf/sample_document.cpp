#include "render_pdf/sample_document.h"

namespace clerk::testing {

using model::Node;
using model::NodeKind;

model::Run Text(std::string s, bool bold, bool italic) {
  model::Run r;
  r.text = std::move(s);
  r.bold = bold;
  r.italic = italic;
  return r;
}

model::Run Link(std::string text, std::string url) {
  model::Run r;
  r.kind = model::RunKind::kLink;
  r.text = std::move(text);
  r.target = std::move(url);
  return r;
}

model::Run Xref(std::string text, std::string target) {
  model::Run r;
  r.kind = model::RunKind::kXref;
  r.text = std::move(text);
  r.target = std::move(target);
  return r;
}

Node Para(std::string label, model::Runs runs, int level, std::string id) {
  Node n;
  n.kind = NodeKind::kParagraph;
  n.level = level;
  n.numbered = !label.empty();
  n.number.label = std::move(label);
  n.runs = std::move(runs);
  n.id = std::move(id);
  return n;
}

Node Section(std::string label, std::string title, std::vector<Node> children,
             std::string id) {
  Node n;
  n.kind = NodeKind::kSection;
  n.level = 1;
  n.numbered = !label.empty();
  n.number.label = std::move(label);
  n.title = {Text(std::move(title))};
  n.children = std::move(children);
  n.id = std::move(id);
  return n;
}

namespace {

Node Field(std::string label, std::string key, std::vector<std::string> values) {
  Node f;
  f.kind = NodeKind::kCoverField;
  f.title = {Text(std::move(label))};
  f.key = std::move(key);
  for (auto& v : values) f.children.push_back(Para("", {Text(std::move(v))}));
  return f;
}

Node Title(std::string text, int level) {
  Node n;
  n.kind = NodeKind::kTitle;
  n.level = level;
  n.runs = {Text(std::move(text))};
  return n;
}

Node List(model::ListKind kind, std::string title,
          std::vector<std::pair<std::string, std::string>> items) {
  Node l;
  l.kind = NodeKind::kList;
  l.list.kind = kind;
  if (!title.empty()) l.title = {Text(std::move(title), true)};
  for (auto& [label, text] : items) {
    Node i;
    i.kind = NodeKind::kListItem;
    i.number.label = label;
    i.runs = {Text(text)};
    l.children.push_back(std::move(i));
  }
  return l;
}

const char* kActions[] = {
    "Establish a multi-agency SEND Improvement Board with independent chair and published terms of reference",
    "Review the EHCP assessment pathway so that 20-week timescales are met for at least 60% of new plans",
    "Publish the Local Offer refresh with co-produced content from parents & carers",
    "Commission an independent audit of EHCP quality (sample of 10%) and report findings to the Board",
    "Recruit additional educational psychologists – 4 FTE – to reduce assessment waiting times",
    "Agree a joint commissioning strategy with Health for speech and language therapy / occupational therapy",
    "Deliver training on the graduated approach to all SENCOs, with follow-up surgeries each half term",
    "Introduce a quality assurance framework for annual reviews, including £½ million transition funding",
};
const char* kOwners[] = {"Director of Education", "Head of SEND", "Assistant Director, Health",
                         "Principal Educational Psychologist", "Commissioning Manager"};
const model::Rag kRags[] = {model::Rag::kComplete, model::Rag::kGreen, model::Rag::kAmber,
                            model::Rag::kRed, model::Rag::kGreen};

Node Cell(std::string text, model::Rag rag = model::Rag::kNone) {
  Node c;
  c.kind = NodeKind::kCell;
  c.runs = {Text(std::move(text))};
  c.rag = rag;
  return c;
}

Node ActionTable(int rows) {
  Node t;
  t.kind = NodeKind::kTable;
  t.id = "action-table";
  t.number.label = "Table 1";
  t.title = {Text("SEND Improvement Action Plan")};
  t.table.continued_caption = true;
  for (const char* w : {"9%", "43%", "22%", "14%", "12%"}) {
    model::Column c;
    c.width = w;
    t.table.columns.push_back(c);
  }
  Node header;
  header.kind = NodeKind::kRow;
  header.row_header = true;
  for (const char* h : {"Ref", "Action", "Owner", "Due date", "RAG status"}) {
    header.children.push_back(Cell(h));
  }
  t.children.push_back(header);
  for (int i = 0; i < rows; ++i) {
    Node row;
    row.kind = NodeKind::kRow;
    char ref[16];
    std::snprintf(ref, sizeof ref, "W%d.%02d", i % 6 + 1, i + 1);
    row.children.push_back(Cell(ref));
    std::string action = kActions[i % 8];
    if (i % 7 == 3) action += ". " + action + ". " + action;  // tall rows
    row.children.push_back(Cell(action));
    row.children.push_back(Cell(kOwners[i % 5]));
    row.children.push_back(Cell(std::to_string(i % 28 + 1) + " March 2020"));
    model::Rag rag = kRags[i % 5];
    row.children.push_back(Cell(model::RagName(rag), rag));
    t.children.push_back(row);
  }
  return t;
}

std::string LongText(int i) {
  std::string s = "Long paragraph " + std::to_string(i) +
                  ": the Local Area has continued to monitor progress against the Written "
                  "Statement of Action through the SEND Improvement Board, which meets monthly.";
  for (int k = 0; k < 4 + i % 5; ++k) {
    s += " Evidence from the quarterly review meetings led by the DfE/NHS shows that the "
         "agencies involved are using their best endeavours to achieve the agreed targets, "
         "although timeliness of Education, Health and Care Plans remains a concern.";
  }
  return s + " Endmark" + std::to_string(i) + ".";
}

}  // namespace

model::Document SampleReport(const SampleOptions& o) {
  model::Document doc;
  doc.meta.title = "SEND 'Written Statement of Action' Update";
  doc.meta.subject = "SEND Written Statement of Action and the Informal Member Group";
  doc.meta.author = "Kent County Council";
  doc.meta.council = "Kent County Council";
  doc.meta.committee = "Children's, Young People and Education Cabinet Committee";
  doc.meta.date = "1 October 2019";
  doc.meta.reference = "CYPE/2019/059";
  doc.meta.classification = "Unrestricted";
  doc.meta.keywords = "SEND, WSoA";
  Node& root = doc.root;
  root.kind = NodeKind::kDocument;
  root.children.push_back(Title("Kent County Council", 0));
  root.children.push_back(Title("Children's, Young People and Education Cabinet Committee – 1 October 2019", 1));

  Node cover;
  cover.kind = NodeKind::kCover;
  cover.children.push_back(Field("From", "from",
      {"Roger Gough, Cabinet Member for Children, Young People and Education",
       "Matt Dunkley CBE, Corporate Director of Children, Young People and Education"}));
  cover.children.push_back(Field("To", "to",
      {"Children's, Young People and Education Cabinet Committee – 1 October 2019"}));
  cover.children.push_back(Field("Subject", "subject", {"SEND ‘Written Statement of Action’ Update"}));
  cover.children.push_back(Field("Classification", "classification", {"Unrestricted"}));
  cover.children.push_back(Field("Summary", "summary",
      {"This report updates Members on the SEND Written Statement of Action and the Informal Member Group."}));
  Node recs = Field("Recommendations", "recommendations", {});
  recs.children.push_back(List(model::ListKind::kRecommendations, "",
      {{"1.", "The Children's, Young People and Education Cabinet Committee are invited to note the content of the report."}}));
  cover.children.push_back(recs);
  root.children.push_back(cover);

  root.children.push_back(Section("1.", "Introduction", {
      Para("1.1", {Text("As members will be aware from previous meetings the outcome of the Ofsted/CQC Local Area Inspection of SEND that took place earlier this year required KCC and Health to submit a Written Statement of Action setting out how all the relevant agencies would address the issues raised by Ofsted/CQC and improve the provision and outcomes for children and young people with SEND.")}, 1, "p1-1")},
      "s1"));

  std::vector<Node> s2;
  s2.push_back(Para("2.1", {Text("The Written Statement of Action (WSOA) was approved by Ofsted on 3 September 2019 and a copy of the approved document is attached as "),
                            Xref("Appendix 1", o.appendix ? "app1" : "s5"),
                            Text(". The approval of the WSOA means that the Local Area will be subject to a re-inspection within 12-18 months, so we can expect this to take place during the period September 2020 to March 2021. Whilst the re-inspection will not expect to see all the issues resolved they will be assessing whether sufficient progress has been made against the targets detailed in the WSOA.")}, 1, "p2-1"));
  s2.push_back(Para("2.2", {Text("The WSOA sets out the governance structure that has been established to ensure that the required improvements are delivered. Alongside this the CYPE Cabinet Committee established an "),
                            Text("Informal Member Group", true),
                            Text(" (IMG) to support the Committee in its oversight of this activity within the Directorate. This is chaired by "),
                            Text("Mr Cooke", false, true), Text(".")}, 1, "p2-2"));
  Node p23 = Para("2.3", {Text("By the time of this meeting the IMG will have held two meetings and a verbal update on the work of the group and progress against the WSoA will be given at the meeting (see "),
                          Xref("paragraph 3.1", "p3-1"), Text(").")}, 1, "p2-3");
  p23.children.push_back(Para("(a)", {Text("the first meeting considered the governance structure;")}, 2));
  p23.children.push_back(Para("(b)", {Text("the second meeting considered the timeliness of Education, Health and Care Plans, which remains the area of greatest concern to parents & carers.")}, 2));
  s2.push_back(p23);
  for (int i = 0; i < o.long_paragraphs; ++i) {
    s2.push_back(Para("2." + std::to_string(4 + i), {Text(LongText(i))}));
  }
  if (o.welsh) {
    s2.push_back(Para("2." + std::to_string(4 + o.long_paragraphs),
                      {Text("Welsh place names such as Llanfair Caereinion, Bryn Tŵr and Dyffryn Ŷd print with their circumflexes; the fee is £1,250 – payable to the café.")}));
  }
  if (o.action_rows > 0) s2.push_back(ActionTable(o.action_rows));
  root.children.push_back(Section("2.", "Current Position", std::move(s2), "s2"));

  root.children.push_back(Section("3.", "Next Steps", {
      Para("3.1", {Text("Regular reports on the work of the IMG and progress against the WSoA will be provided to this committee.")}, 1, "p3-1")},
      "s3"));

  Node s4 = Section("4.", "Recommendation(s)", {});
  s4.children.push_back(List(model::ListKind::kRecommendations, "Recommendation(s):",
      {{"1.", "The Children's, Young People and Education Cabinet Committee are invited to note the content of the report."}}));
  Node res = List(model::ListKind::kResolutions, "Resolved –",
      {{"(a)", "That the statutory direction made by the Secretary of State for Education set out at Appendix 3 be noted."},
       {"(b)", "That the progress made to date, including the position as at July 2023 contained in Appendix 2 be noted."},
       {"(c)", "To receive SEND update reports on a quarterly basis."}});
  s4.children.push_back(res);
  root.children.push_back(s4);

  Node s5 = Section("5.", "Background Documents", {}, "s5");
  s5.children.push_back(List(model::ListKind::kBulleted, "",
      {{"", "Ofsted/CQC Local Area SEND Inspection report, Kent, 2019"},
       {"", "Written Statement of Action, approved 3 September 2019"}}));
  Node web = Para("", {Text("Published at "), Link("www.kent.gov.uk/send", "https://www.kent.gov.uk/send"), Text(".")});
  s5.children.push_back(web);
  root.children.push_back(s5);

  Node s6 = Section("6.", "Contact details", {}, "s6");
  Node contact;
  contact.kind = NodeKind::kContact;
  contact.contact.role = "Relevant Director";
  contact.contact.name = "Keith Abbott";
  contact.contact.job_title = "Director, Education, Planning and Access";
  contact.contact.phone = "03000 417008";
  contact.contact.email = "keith.abbott@kent.gov.uk";
  s6.children.push_back(contact);
  root.children.push_back(s6);

  if (o.appendix) {
    Node app;
    app.kind = NodeKind::kAppendix;
    app.id = "app1";
    app.landscape = true;
    app.number.label = "Appendix 1";
    app.title = {Text("Action plan summary")};
    app.children.push_back(Para("", {Text("This appendix is printed on A4 landscape.")}));
    app.children.push_back(ActionTable(12));
    app.children.back().id = "app-table";
    root.children.push_back(app);
  }
  return doc;
}

std::vector<std::pair<std::string, std::string>> SampleParagraphs(const SampleOptions& o) {
  std::vector<std::pair<std::string, std::string>> p = {
      {"1.1", "As members will be aware"},
      {"2.1", "The Written Statement of Action"},
      {"2.2", "The WSOA sets out"},
      {"2.3", "By the time of this meeting"},
      {"(a)", "the first meeting considered"},
      {"(b)", "the second meeting considered"}};
  for (int i = 0; i < o.long_paragraphs; ++i) {
    p.push_back({"2." + std::to_string(4 + i), "Long paragraph " + std::to_string(i) + ":"});
  }
  p.push_back({"3.1", "Regular reports on the work"});
  return p;
}

}  // namespace clerk::testing
