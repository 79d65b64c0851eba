// Structure elements: how each template element becomes model nodes.
#include "merge/merger_impl.h"

namespace clerk::merge_internal {

namespace {

// A vocabulary colour class (load/field_types.h) as the model's RAG.
model::Rag RagOf(const std::string& colour) {
  if (colour == "red") return model::Rag::kRed;
  if (colour == "amber") return model::Rag::kAmber;
  if (colour == "green") return model::Rag::kGreen;
  if (colour == "complete") return model::Rag::kComplete;
  if (colour == "not-started") return model::Rag::kNotStarted;
  return model::Rag::kNone;
}

// Moves the inline runs collected for a container into a leading
// unnumbered paragraph (a cover field's value, an item's text stay runs).
void LeadParagraph(Node* n, Runs* runs, const SourceLoc& loc) {
  NormalizeRuns(runs);
  if (runs->empty()) return;
  Node p;
  p.kind = NodeKind::kParagraph;
  p.numbered = false;
  p.loc = loc;
  p.runs = std::move(*runs);
  n->children.insert(n->children.begin(), std::move(p));
}

std::vector<model::Column> ParseWidths(const std::string& s) {
  std::vector<model::Column> cols;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    model::Column c;
    c.width = std::string(Trim(std::string_view(s).substr(start, comma - start)));
    cols.push_back(c);
    start = comma + 1;
  }
  return cols;
}

bool ValidWidth(const std::string& w) {
  if (w.empty()) return true;
  size_t i = 0;
  while (i < w.size() && ((w[i] >= '0' && w[i] <= '9') || w[i] == '.')) ++i;
  if (i == 0) return false;
  std::string unit = w.substr(i);
  return unit == "%" || unit == "*" || unit == "mm" || unit == "cm" ||
         unit == "pt" || unit == "in";
}

}  // namespace

bool Merger::TextAlign(const TNode& t, pugi::xpath_node ctx, Node* n) {
  if (!t.Attr("align")) return true;
  std::string a = Attr(t, "align", ctx);
  if (a == "center") n->align = model::Align::kCenter;
  else if (a == "right") n->align = model::Align::kRight;
  else if (a != "left") {
    Report(Severity::kError, t, t.AttrLoc("align"),
           "unknown align '" + a + "' (left, center or right)", ctx);
    return false;
  }
  if (n->align != model::Align::kLeft && n->numbered) {
    Report(Severity::kError, t, t.AttrLoc("align"),
           "align=\"" + a + "\" is for an unnumbered paragraph or heading; "
           "a numbered one keeps its number column (add numbered=\"false\")",
           ctx);
    return false;
  }
  return true;
}

void Merger::Block(const TNode& t, pugi::xpath_node ctx, Out& out) {
  if (!out.blocks) return;
  Node n;
  std::vector<Node> after;  // paragraphs a multi-paragraph value adds
  n.loc = t.loc;
  n.id = std::string(Trim(Attr(t, "id", ctx)));
  n.lang = std::string(Trim(Attr(t, "xml:lang", ctx)));  // where the schema allows it
  switch (t.op) {
    case Op::kMeta: {
      model::Metadata& m = doc_->meta;
      for (const auto& [name, value] : t.attrs) {
        std::string v(Trim(CollapseSpace(InterpString(value, t, ctx))));
        if (name == "title") m.title = v;
        else if (name == "subject") m.subject = v;
        else if (name == "author") m.author = v;
        else if (name == "keywords") m.keywords = v;
        else if (name == "council") m.council = v;
        else if (name == "committee") m.committee = v;
        else if (name == "date") m.date = v;
        else if (name == "reference") m.reference = v;
        else if (name == "classification") m.classification = v;
        else if (name == "lang") m.language = v;
      }
      return;
    }
    case Op::kTitle: {
      n.kind = NodeKind::kTitle;
      auto kicker = BoolAttr(t, "kicker", ctx);
      n.level = kicker.value_or(false) ? 1 : 0;
      InlineRuns(t, ctx, &n.runs);
      break;
    }
    case Op::kCover: {
      n.kind = NodeKind::kCover;
      BlockChildren(t, ctx, &n.children);
      break;
    }
    case Op::kField: {
      n.kind = NodeKind::kCoverField;
      n.key = std::string(Trim(Attr(t, "name", ctx)));
      n.numbered = false;
      n.run_in = BoolAttr(t, "run-in", ctx).value_or(false);
      if (t.Attr("label")) {
        n.title = TitleRuns(t, "label", ctx);
      } else if (const char* l = DefaultLabel(n.key)) {
        n.title.push_back(TextRun(l, Fmt{}, t.loc));
      } else {
        std::string sug = Suggest(n.key, KnownFieldNames());
        Report(Severity::kError, t, t.loc,
               n.key.empty() ? "<field> needs a name or a label"
               : sug.empty()
                   ? "field '" + n.key +
                         "' is not one clerk knows; give it a label"
                   : "field '" + n.key + "' is not one clerk knows; did you "
                         "mean '" + sug + "'? (or give it a label)",
               ctx);
        return;
      }
      Runs runs;
      Out o;
      o.blocks = &n.children;
      o.runs = &runs;
      o.para_level = 1;  // nested <p> inside a field are plain paragraphs
      EvalChildren(t.children, ctx, o);
      LeadParagraph(&n, &runs, t.loc);
      for (Node& c : n.children) {
        if (c.kind == NodeKind::kParagraph) c.numbered = false, c.level = 1;
      }
      break;
    }
    case Op::kSection:
    case Op::kAppendix: {
      n.kind = t.op == Op::kSection ? NodeKind::kSection : NodeKind::kAppendix;
      n.level = t.op == Op::kSection ? out.section_level + 1 : 1;
      if (n.level > 2) {
        Report(Severity::kError, t, t.loc,
               "sections nest at most 2 deep; use <heading> for a "
               "sub-heading",
               ctx);
        return;
      }
      n.title = TitleRuns(t, "title", ctx);
      n.numbered = BoolAttr(t, "numbered", ctx).value_or(n.level == 1);
      if (t.op == Op::kSection) {
        n.counts = !n.numbered && BoolAttr(t, "counts", ctx).value_or(false);
      }
      n.landscape = BoolAttr(t, "landscape", ctx).value_or(false);
      if (!SelectsNothing(t, "start", ctx)) {
        if (auto s = IntAttr(t, "start", ctx, 0, 1000000)) n.start_at = *s;
      }
      Out o;
      o.blocks = &n.children;
      o.section_level = n.level;
      o.numbered_context =
          t.op == Op::kSection &&
          (n.level == 1 ? n.numbered || n.counts : out.numbered_context);
      EvalChildren(t.children, ctx, o);
      break;
    }
    case Op::kHeading: {
      n.kind = NodeKind::kHeading;
      n.level = IntAttr(t, "level", ctx, 2, 3).value_or(2);
      n.numbered = BoolAttr(t, "numbered", ctx).value_or(false);
      if (!TextAlign(t, ctx, &n)) return;
      InlineRuns(t, ctx, &n.runs);
      break;
    }
    case Op::kP: {
      n.kind = NodeKind::kParagraph;
      n.level = out.para_level + 1;
      if (n.level > 3) {
        Report(Severity::kError, t, t.loc,
               "paragraphs nest at most 3 deep (paragraph, sub-paragraph, "
               "sub-sub-paragraph)",
               ctx);
        return;
      }
      bool dflt = n.level == 1 ? out.numbered_context : true;
      n.numbered = BoolAttr(t, "numbered", ctx).value_or(dflt);
      if (!TextAlign(t, ctx, &n)) return;
      Out o;
      o.blocks = &n.children;
      o.runs = &n.runs;
      o.para_level = n.level;
      o.numbered_context = out.numbered_context;
      EvalChildren(t.children, ctx, o);
      std::vector<Runs> paras = SplitParagraphs(n.runs);
      n.runs = std::move(paras.front());
      NormalizeRuns(&n.runs);
      for (size_t i = 1; i < paras.size(); ++i) {
        // A blank line in a value from data starts the next paragraph,
        // numbered as this one; nested blocks follow the last.
        Node next;
        next.kind = n.kind;
        next.loc = n.loc;
        next.lang = n.lang;
        next.level = n.level;
        next.numbered = n.numbered;
        next.align = n.align;
        next.runs = std::move(paras[i]);
        NormalizeRuns(&next.runs);
        after.push_back(std::move(next));
      }
      if (!after.empty()) std::swap(n.children, after.back().children);
      break;
    }
    case Op::kRecommendations:
    case Op::kResolutions:
    case Op::kList: {
      n.kind = NodeKind::kList;
      if (t.op == Op::kRecommendations) {
        n.list.kind = model::ListKind::kRecommendations;
      } else if (t.op == Op::kResolutions) {
        n.list.kind = model::ListKind::kResolutions;
      } else {
        std::string type = Attr(t, "type", ctx, "numbered");
        if (type == "numbered") n.list.kind = model::ListKind::kNumbered;
        else if (type == "bullet") n.list.kind = model::ListKind::kBulleted;
        else if (type == "plain") n.list.kind = model::ListKind::kPlain;
        else {
          Report(Severity::kError, t, t.AttrLoc("type"),
                 "unknown list type '" + type + "' (numbered, bullet or plain)",
                 ctx);
          return;
        }
      }
      if (t.Attr("heading")) {
        n.title = TitleRuns(t, "heading", ctx);
      } else if (t.op == Op::kResolutions && !style_.resolutions_heading.empty()) {
        n.title.push_back(TextRun(style_.resolutions_heading, Fmt{}, t.loc));
      }
      if (!SelectsNothing(t, "start", ctx)) {
        if (auto s = IntAttr(t, "start", ctx, 0, 1000000)) n.start_at = *s;
      }
      if (t.op == Op::kResolutions && t.Attr("from")) {
        n.list.derived_from = std::string(Trim(Attr(t, "from", ctx)));
        if (!BoolAttr(t, "relabel", ctx).value_or(true)) {
          n.list.scheme = "recommendations";
        }
      }
      if (t.op == Op::kResolutions) {
        n.key = std::string(kResolutionKey) +
                std::to_string(resolution_forms_.size());
        resolution_forms_.push_back(ResolutionFormOf(t, ctx, out));
      }
      if (t.Attr("scheme")) n.list.scheme = std::string(Trim(Attr(t, "scheme", ctx)));
      Out o;
      o.blocks = &n.children;
      EvalChildren(t.children, ctx, o);
      if ((!n.list.derived_from.empty() || t.query) && !n.children.empty()) {
        Report(Severity::kError, t, t.loc,
               t.query ? "<resolutions select=\"…\"> makes its items from "
                         "data; it takes no <item> of its own"
                       : "<resolutions from=\"…\"> copies its items; it "
                         "takes no <item> of its own",
               ctx);
      } else if (t.op == Op::kResolutions && t.query) {
        if (t.Attr("from")) {
          Report(Severity::kError, t, t.loc,
                 "<resolutions> takes from=\"…\" (a list's id) or "
                 "select=\"…\" (data nodes), not both",
                 ctx);
        } else {
          SelectedResolutions(t, ctx, &n);
        }
      }
      break;
    }
    case Op::kItem: {
      n.kind = NodeKind::kListItem;
      Out o;
      o.blocks = &n.children;
      o.runs = &n.runs;
      o.para_level = 1;
      EvalChildren(t.children, ctx, o);
      std::vector<Runs> paras = SplitParagraphs(n.runs);
      n.runs = std::move(paras.front());
      NormalizeRuns(&n.runs);
      // A blank line in a value from data: the item's further paragraphs,
      // unnumbered, at the item's text, before its nested blocks.
      for (size_t i = paras.size(); i-- > 1;) {
        Node next;
        next.kind = NodeKind::kParagraph;
        next.loc = n.loc;
        next.lang = n.lang;
        next.level = 1;
        next.numbered = false;
        next.runs = std::move(paras[i]);
        NormalizeRuns(&next.runs);
        n.children.insert(n.children.begin(), std::move(next));
      }
      for (Node& c : n.children) {
        if (c.kind == NodeKind::kParagraph && c.level == 2) c.numbered = false;
      }
      break;
    }
    case Op::kTable: {
      n.kind = NodeKind::kTable;
      n.title = TitleRuns(t, "caption", ctx);
      if (t.Attr("widths")) {
        n.table.columns = ParseWidths(Attr(t, "widths", ctx));
      }
      n.table.repeat_header = BoolAttr(t, "repeat-header", ctx).value_or(true);
      n.table.continued_caption = BoolAttr(t, "continued", ctx).value_or(false);
      n.table.borders = BoolAttr(t, "borders", ctx).value_or(true);
      n.table.alt = Attr(t, "alt", ctx);
      Out o;
      o.blocks = &n.children;
      o.table = &n;
      EvalChildren(t.children, ctx, o);
      for (const model::Column& c : n.table.columns) {
        if (!ValidWidth(c.width)) {
          Report(Severity::kError, t, t.loc,
                 "invalid column width '" + c.width +
                     "' (write 30%, 2*, 25mm, 2cm or 40pt)",
                 ctx);
          return;
        }
      }
      size_t ncols = n.table.columns.size();
      for (const Node& row : n.children) {
        size_t cells = 0;
        for (const Node& c : row.children) cells += static_cast<size_t>(c.col_span);
        if (ncols == 0) ncols = cells;
        if (cells != ncols) {
          Report(Severity::kError, t, row.loc,
                 "this row has " + std::to_string(cells) +
                     " cells but the table has " + std::to_string(ncols) +
                     " columns",
                 ctx);
          return;
        }
      }
      if (n.table.columns.empty()) n.table.columns.resize(ncols);
      if (n.children.size() > limits::kMaxTableRows) {
        LimitReached(t, t.loc,
                     "the table has more than " +
                         std::to_string(limits::kMaxTableRows) +
                         " rows (the limit)");
        return;
      }
      break;
    }
    case Op::kHeader:
    case Op::kRow: {
      n.kind = NodeKind::kRow;
      n.row_header = t.op == Op::kHeader;
      BlockChildren(t, ctx, &n.children);
      break;
    }
    case Op::kCell: {
      n.kind = NodeKind::kCell;
      std::string rag_word;
      if (t.Attr("rag")) {
        std::string v(Trim(Attr(t, "rag", ctx)));
        if (!v.empty()) {
          auto label = Rag().Canonical(v);
          if (!label) {
            Report(in_.mode == Mode::kDraft ? Severity::kWarning
                                            : Severity::kError,
                   t, t.AttrLoc("rag"),
                   "unknown RAG status '" + v + "' (" + Rag().Describe() + ")",
                   ctx);
          } else {
            n.rag = RagOf(Rag().ColourOf(*label));
            rag_word = *label;
          }
        }
      }
      n.col_span = IntAttr(t, "span", ctx, 1, 50).value_or(1);
      {
        // Text, or paragraphs and lists (never numbered paragraphs).
        Out o;
        o.blocks = &n.children;
        o.runs = &n.runs;
        o.para_level = 0;
        o.numbered_context = false;
        EvalChildren(t.children, ctx, o);
        NormalizeRuns(&n.runs);
        for (Node& c : n.children) {
          if (c.kind == NodeKind::kParagraph) c.numbered = false;
        }
      }
      if (n.runs.empty() && !rag_word.empty()) {
        n.runs.push_back(TextRun(rag_word, Fmt{}, t.loc));
      }
      break;
    }
    case Op::kContact: {
      n.kind = NodeKind::kContact;
      auto v = [&](const char* a) {
        return std::string(Trim(CollapseSpace(Attr(t, a, ctx))));
      };
      n.contact.role = v("role");
      n.contact.name = v("name");
      n.contact.job_title = v("title");
      n.contact.phone = v("phone");
      n.contact.email = v("email");
      n.contact.address = v("address");
      if (n.contact.name.empty()) {
        Report(Severity::kError, t, t.loc, "<contact> needs a name", ctx);
        return;
      }
      break;
    }
    case Op::kPageBreak:
      n.kind = NodeKind::kPageBreak;
      break;
    case Op::kChart:
      if (!Chart(t, ctx, &n)) return;
      break;
    case Op::kContents: {
      // Its entries are made by number/ (contents.h) once all is numbered.
      n.kind = NodeKind::kContents;
      std::string title(Trim(CollapseSpace(Attr(t, "title", ctx, "Contents"))));
      if (!title.empty()) n.title.push_back(TextRun(title, Fmt{}, t.loc));
      break;
    }
    case Op::kImage: {
      n.kind = NodeKind::kImage;
      std::string src(Trim(Attr(t, "src", ctx)));
      if (src.empty()) {
        Report(Severity::kError, t, t.loc, "<image> needs a src", ctx);
        return;
      }
      n.image.path = NormalPath(JoinPath(DirName(t.loc.file), src));
      if (tmpl_.fs && !tmpl_.asset_root.empty() &&
          !IsInside(tmpl_.fs->Canonical(n.image.path), tmpl_.asset_root)) {
        Report(Severity::kError, t, t.AttrLoc("src"),
               "image '" + src + "' is outside the templates directory " +
                   tmpl_.asset_root_shown,
               ctx);
        return;
      }
      if (tmpl_.fs && !tmpl_.fs->Exists(n.image.path)) {
        Report(Severity::kError, t, t.AttrLoc("src"),
               "image file '" + src + "' not found", ctx);
        return;
      }
      if (tmpl_.fs && !tmpl_.fs->IsRegularFile(n.image.path)) {
        Report(Severity::kError, t, t.AttrLoc("src"),
               "image file '" + src + "' is not a regular file", ctx);
        return;
      }
      n.image.alt = Attr(t, "alt", ctx);
      if (n.image.alt.empty()) {
        // Tagged PDF needs it (PDF/UA); a draft may still lack it.
        Report(in_.mode == Mode::kDraft ? Severity::kWarning : Severity::kError,
               t, t.loc,
               "<image> has no alt text; readers of accessible output need it "
               "(write alt=\"…\", a sentence saying what the picture shows)",
               ctx);
      }
      if (t.Attr("width")) {
        std::string w(Trim(Attr(t, "width", ctx)));
        double mm = 0;
        if (w.size() > 2 && w.substr(w.size() - 2) == "mm") {
          mm = ParseNumber(w.substr(0, w.size() - 2)).value_or(-1);
        } else if (w.size() > 2 && w.substr(w.size() - 2) == "cm") {
          mm = ParseNumber(w.substr(0, w.size() - 2)).value_or(-1) * 10;
        } else {
          mm = -1;
        }
        if (mm <= 0) {
          Report(Severity::kError, t, t.AttrLoc("width"),
                 "invalid width '" + w + "' (write e.g. 40mm or 4cm)", ctx);
        } else {
          n.image.width_mm = mm;
        }
      }
      break;
    }
    default:
      return;
  }
  if (stopped_ || !CountNodes(t, 1 + static_cast<long>(after.size()))) return;
  out.blocks->push_back(std::move(n));
  for (Node& a : after) out.blocks->push_back(std::move(a));
}


void Merger::FillMetaDefaults(model::Document* doc) {
  model::Metadata& m = doc->meta;
  for (const Node& n : doc->root.children) {
    if (m.title.empty() && n.kind == NodeKind::kTitle && n.level == 0) {
      m.title = model::PlainText(n.runs);
    }
    if (n.kind != NodeKind::kCover) continue;
    for (const Node& f : n.children) {
      std::string value;
      for (const Node& c : f.children) {
        if (c.kind == NodeKind::kParagraph) {
          if (!value.empty()) value += ' ';
          value += model::PlainText(c.runs);
        }
      }
      if (f.key == "subject" && m.title.empty()) m.title = value;
      if (f.key == "subject" && m.subject.empty()) m.subject = value;
      if (f.key == "classification" && m.classification.empty()) {
        m.classification = value;
      }
      if (f.key == "date" && m.date.empty()) m.date = value;
    }
  }
  if (m.subject.empty()) m.subject = m.title;
  if (m.author.empty()) m.author = m.council;
}

}  // namespace clerk::merge_internal
