// <resolutions>: their form from the style and the template, items from
// data (select), derived from a list (from), picked, merged and shaped
// (resolution_forms.h).
#include <sstream>

#include "merge/merger_impl.h"

namespace clerk::merge_internal {

namespace {

Node* FindId(Node* n, const std::string& id) {
  if (n->id == id) return n;
  for (Node& c : n->children) {
    if (Node* f = FindId(&c, id)) return f;
  }
  return nullptr;
}

long CountTree(const Node& n) {
  long count = 1;
  for (const Node& c : n.children) count += CountTree(c);
  return count;
}

void CollectListIds(const Node& n, std::vector<std::string>* ids) {
  if (n.kind == NodeKind::kList && !n.id.empty()) ids->push_back(n.id);
  for (const Node& c : n.children) CollectListIds(c, ids);
}

// The lists still marked as resolutions, in document order (a list before
// the lists inside it).
void CollectResolutionLists(Node* n, std::vector<Node*>* out) {
  if (n->kind == NodeKind::kList &&
      n->key.rfind(std::string(kResolutionKey), 0) == 0) {
    out->push_back(n);
  }
  for (Node& c : n->children) CollectResolutionLists(&c, out);
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace

ResolutionForm Merger::ResolutionFormOf(const TNode& t, pugi::xpath_node ctx,
                                        const Out& out) {
  ResolutionForm f;
  f.stem = style_.resolutions_stem;
  f.run_in = style_.resolutions_run_in;
  f.letter_single = style_.resolutions_letter_single;
  f.as_paragraph = style_.resolutions_as_paragraph;
  f.drop_that = style_.resolutions_drop_that;
  const model::TextStyle& head = style_.Text("list-heading");
  f.heading_bold = head.bold;
  f.heading_italic = head.italic;
  auto words = style_.xref_words.find("and");
  if (words != style_.xref_words.end()) f.and_word = words->second;
  if (t.Attr("stem")) f.stem = std::string(Trim(Attr(t, "stem", ctx)));
  f.run_in = BoolAttr(t, "run-in", ctx).value_or(f.run_in);
  f.letter_single = BoolAttr(t, "letter-single", ctx).value_or(f.letter_single);
  f.drop_that = BoolAttr(t, "drop-that", ctx).value_or(f.drop_that);
  f.merge = BoolAttr(t, "merge", ctx).value_or(false);
  if (t.Attr("form")) {
    std::string v(Trim(Attr(t, "form", ctx)));
    if (v == "list" || v == "paragraph") {
      f.as_paragraph = v == "paragraph";
    } else {
      Report(Severity::kError, t, t.AttrLoc("form"),
             "invalid value '" + v + "' for 'form': write list or paragraph",
             ctx);
    }
  }
  if (t.Attr("items")) f.items = SplitWords(Attr(t, "items", ctx));
  f.numbered_context = out.numbered_context;
  f.para_level = out.para_level;
  return f;
}

void Merger::SelectedResolutions(const TNode& t, pugi::xpath_node ctx,
                                 Node* list) {
  pugi::xpath_node_set nodes;
  try {
    nodes = t.query->evaluate_node_set(ctx);
  } catch (const pugi::xpath_exception& ex) {
    Report(Severity::kError, t, t.loc,
           "cannot evaluate '" + t.query_text + "': " + ex.what(), ctx);
    return;
  }
  if (!CountNodes(t, static_cast<long>(nodes.size()))) return;
  for (const pugi::xpath_node& x : nodes) {
    Node item;
    item.kind = NodeKind::kListItem;
    item.loc = t.loc;
    std::string text(Trim(CollapseSpace(StringValue(x))));
    if (TooLong(t, t.loc, t.query_text, text)) return;
    item.runs.push_back(TextRun(text, Fmt{}, t.loc));
    NormalizeRuns(&item.runs);
    list->children.push_back(std::move(item));
  }
}

void Merger::DeriveResolutions(Node* root) {
  std::vector<Node*> lists;
  CollectResolutionLists(root, &lists);
  // From the innermost out: a list's items are copied or moved only after
  // the lists inside them are done, so no pointer in `lists` dangles.
  for (auto it = lists.rbegin(); it != lists.rend(); ++it) {
    Node* res = *it;
    const ResolutionForm& form =
        resolution_forms_[std::stoul(res->key.substr(kResolutionKey.size()))];
    res->key.clear();
    long before = 0;  // nodes already counted (a typed list's own items)
    for (const Node& item : res->children) before += CountTree(item);
    std::vector<Node> picked;
    std::string error;
    bool ok = true;
    if (!res->list.derived_from.empty()) {
      Node* src = FindId(root, res->list.derived_from);
      if (!src || src->kind != NodeKind::kList) {
        std::vector<std::string> ids;
        CollectListIds(*root, &ids);
        std::vector<std::string_view> views(ids.begin(), ids.end());
        std::string msg = "resolutions from '" + res->list.derived_from +
                          "': no list has that id";
        std::string sug = Suggest(res->list.derived_from, views);
        if (!sug.empty()) msg += "; did you mean '" + sug + "'?";
        diags_->Error(res->loc, msg);
        continue;
      }
      if (form.items.empty()) {
        picked = src->children;
      } else {
        ok = PickItems(src->children, form.items,
                       "'" + res->list.derived_from + "'", &picked, &error);
      }
      for (Node& copy : picked) {
        copy.id.clear();
        copy.number = model::Number{};
      }
    } else if (!form.items.empty()) {
      ok = PickItems(res->children, form.items, "the list", &picked, &error);
    } else {
      picked = std::move(res->children);
    }
    if (!ok) {
      diags_->Error(res->loc, "resolutions " + error);
      continue;
    }
    // Copies count against the node limit (items="1 1 1 …" too).
    long after = 0;
    for (const Node& item : picked) after += CountTree(item);
    nodes_ += after - before;
    if (nodes_ > limits::kMaxNodes) {
      diags_->Error(res->loc,
                    "the report has more than " +
                        std::to_string(limits::kMaxNodes) +
                        " paragraphs, items, rows and other blocks (the "
                        "limit)");
      stopped_ = true;
      return;
    }
    if (form.merge) MergeItems(&picked, form.and_word);
    res->children = std::move(picked);
    ShapeResolutions(res, form);
  }
}

}  // namespace clerk::merge_internal
