#include "render_html/html_sample.h"

namespace clerk::testing_html {

namespace {

using model::Node;
using model::NodeKind;

model::Run Text(std::string s) {
  model::Run r;
  r.text = std::move(s);
  return r;
}

Node Make(NodeKind k, std::string label = "", std::string text = "") {
  Node n;
  n.kind = k;
  n.number.label = std::move(label);
  if (!text.empty()) n.runs.push_back(Text(std::move(text)));
  return n;
}

Node Section(std::string label, std::string title) {
  Node s = Make(NodeKind::kSection, std::move(label));
  s.title.push_back(Text(std::move(title)));
  return s;
}

Node List(model::ListKind kind, std::string heading, std::vector<std::string> labels) {
  Node l = Make(NodeKind::kList);
  l.list.kind = kind;
  if (!heading.empty()) l.title.push_back(Text(std::move(heading)));
  for (std::string& lab : labels) {
    l.children.push_back(Make(NodeKind::kListItem, lab, "That item " + lab + " be agreed."));
  }
  return l;
}

}  // namespace

model::Document SampleReport() {
  model::Document doc;
  doc.meta.title = "SEND Update";
  doc.meta.subject = "SEND Update";
  doc.meta.council = "Kent County Council";
  doc.meta.classification = "Unrestricted";
  doc.meta.language = "en-GB";
  Node& root = doc.root;
  root.kind = NodeKind::kDocument;

  Node kicker = Make(NodeKind::kTitle, "", "Agenda item 5");
  kicker.level = 1;
  root.children.push_back(kicker);
  Node title = Make(NodeKind::kTitle, "", "SEND Update");
  title.level = 0;
  root.children.push_back(title);

  Node cover = Make(NodeKind::kCover);
  Node subject = Make(NodeKind::kCoverField);
  subject.key = "subject";
  subject.title.push_back(Text("Subject"));
  subject.children.push_back(Make(NodeKind::kParagraph, "", "SEND Update"));
  subject.children.back().numbered = false;
  cover.children.push_back(subject);
  Node recs = Make(NodeKind::kCoverField);
  recs.key = "recommendations";
  recs.title.push_back(Text("Recommendations"));
  recs.children.push_back(List(model::ListKind::kRecommendations, "", {"1.", "2."}));
  cover.children.push_back(recs);
  root.children.push_back(cover);

  Node s1 = Section("1.", "Introduction");
  s1.children.push_back(Make(NodeKind::kParagraph, "1.1", "This report updates Members."));
  root.children.push_back(s1);

  Node s2 = Section("2.", "Current Position");
  s2.id = "current-position";
  Node p21 = Make(NodeKind::kParagraph, "2.1", "As set out in ");
  model::Run xref;
  xref.kind = model::RunKind::kXref;
  xref.target = "plan";
  xref.text = "paragraph 2.3";
  p21.runs.push_back(xref);
  p21.runs.push_back(Text(", see "));
  model::Run link;
  link.kind = model::RunKind::kLink;
  link.target = "https://www.kent.gov.uk/send";
  link.text = "the SEND pages on kent.gov.uk";
  p21.runs.push_back(link);
  p21.runs.push_back(Text(" & <more>."));
  s2.children.push_back(p21);
  s2.children.push_back(Make(NodeKind::kParagraph, "2.2", "Progress is monitored."));
  Node p23 = Make(NodeKind::kParagraph, "2.3", "The plan has two parts:");
  p23.id = "plan";
  Node a = Make(NodeKind::kParagraph, "(a)", "assessments;");
  a.level = 2;
  Node b = Make(NodeKind::kParagraph, "(b)", "reviews.");
  b.level = 2;
  p23.children = {a, b};
  s2.children.push_back(p23);
  Node sub = Make(NodeKind::kHeading, "", "Actions");
  sub.level = 2;
  s2.children.push_back(sub);
  Node table = Make(NodeKind::kTable, "Table 1");
  table.title.push_back(Text("Actions and RAG status"));
  table.table.columns = {{"", model::Align::kLeft}, {"", model::Align::kCenter}};
  Node head = Make(NodeKind::kRow);
  head.row_header = true;
  head.children = {Make(NodeKind::kCell, "", "Action"), Make(NodeKind::kCell, "", "RAG")};
  table.children.push_back(head);
  const std::pair<const char*, model::Rag> rows[] = {
      {"Red", model::Rag::kRed}, {"Amber", model::Rag::kAmber},
      {"On track", model::Rag::kGreen}, {"", model::Rag::kComplete}};
  for (const auto& [word, rag] : rows) {
    Node row = Make(NodeKind::kRow);
    Node cell = Make(NodeKind::kCell, "", word);
    cell.rag = rag;
    row.children = {Make(NodeKind::kCell, "", "An action"), cell};
    table.children.push_back(row);
  }
  s2.children.push_back(table);
  root.children.push_back(s2);

  Node s3 = Section("3.", "Recommendations");
  s3.children.push_back(List(model::ListKind::kRecommendations, "", {"1.", "2."}));
  s3.children.push_back(List(model::ListKind::kResolutions, "Resolved \xE2\x80\x93", {"(a)", "(b)"}));
  Node contact = Make(NodeKind::kContact);
  contact.contact.role = "Report author";
  contact.contact.name = "Keith Abbott";
  contact.contact.phone = "03000 417008";
  contact.contact.email = "keith.abbott@kent.gov.uk";
  s3.children.push_back(contact);
  root.children.push_back(s3);

  Node app = Make(NodeKind::kAppendix, "Appendix 1");
  app.title.push_back(Text("Action plan"));
  app.children.push_back(Make(NodeKind::kParagraph, "", "The plan in full."));
  app.children.back().numbered = false;
  root.children.push_back(app);
  return doc;
}

std::vector<std::string> AttributeValues(const std::string& html, const std::string& attr) {
  std::vector<std::string> out;
  std::string key = " " + attr + "=\"";
  size_t at = 0;
  while ((at = html.find(key, at)) != std::string::npos) {
    at += key.size();
    size_t end = html.find('"', at);
    out.push_back(html.substr(at, end - at));
    at = end;
  }
  return out;
}

int Count(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

std::vector<int> HeadingLevels(const std::string& html) {
  std::vector<int> out;
  for (size_t at = html.find("<h"); at != std::string::npos; at = html.find("<h", at + 1)) {
    char c = at + 2 < html.size() ? html[at + 2] : '\0';
    char next = at + 3 < html.size() ? html[at + 3] : '\0';
    if (c >= '1' && c <= '6' && (next == '>' || next == ' ')) out.push_back(c - '0');
  }
  return out;
}

}  // namespace clerk::testing_html
