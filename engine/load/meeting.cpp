#include "load/meeting.h"

#include <charconv>
#include <map>

#include "load/field_types.h"
#include "load/source_file.h"
#include "load/xml_check.h"

namespace clerk {

namespace {

// A whole decimal number in [lo, hi], or nullopt.
std::optional<int> WholeNumber(std::string_view s, int lo, int hi) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi) {
    return std::nullopt;
  }
  return v;
}

class MeetingLoader {
 public:
  MeetingLoader(const FileSystem& fs, const SourceFile& file,
                Diagnostics* diags)
      : fs_(fs), file_(file), diags_(diags), dir_(DirName(file.path)) {}

  void Load(Meeting* m) {
    pugi::xml_node root = file_.doc.document_element();
    if (LocalName(root) != "meeting") {
      diags_->Error(file_.LocOf(root),
                    "a meeting file's root element is <meeting>, not <" +
                        std::string(LocalName(root)) + ">");
      return;
    }
    CheckAttributes(file_, root,
                    {"council", "committee", "date", "time", "venue",
                     "first-minute"},
                    diags_);
    CheckNoText(file_, root, diags_);
    m->council = root.attribute("council").value();
    m->committee = Required(root, "committee");
    m->date = Required(root, "date");
    if (!m->date.empty() && !ReadIsoDate(m->date)) {
      diags_->Error(file_.LocOf(root, root.attribute("date")),
                    "date '" + m->date +
                        "' is not a date: write it as yyyy-mm-dd "
                        "(2025-01-30)");
    }
    m->time = root.attribute("time").value();
    m->venue = root.attribute("venue").value();
    if (pugi::xml_attribute a = root.attribute("first-minute")) {
      auto v = WholeNumber(a.value(), 1, 1000000);
      if (!v) {
        diags_->Error(file_.LocOf(root, a),
                      "first-minute '" + std::string(a.value()) +
                          "' is not a minute number: write a whole number "
                          "from 1 (the number of this meeting's first minute)");
      } else {
        m->first_minute = *v;
      }
    }
    const std::vector<std::string_view> kElements = {
        "contact", "membership", "agenda", "minutes", "item"};
    for (pugi::xml_node el : root.children()) {
      if (el.type() != pugi::node_element) continue;
      std::string_view n = LocalName(el);
      if (n == "contact") {
        CheckAttributes(file_, el, {"name", "phone", "email"}, diags_);
        m->contact_name = el.attribute("name").value();
        m->contact_phone = el.attribute("phone").value();
        m->contact_email = el.attribute("email").value();
      } else if (n == "membership") {
        CheckAttributes(file_, el, {}, diags_);
        for (pugi::xml_node mem : el.children()) {
          if (mem.type() != pugi::node_element) continue;
          if (LocalName(mem) != "member") {
            UnknownElement(file_, mem, {"member"}, "in <membership>", diags_);
            continue;
          }
          m->members.push_back(mem.text().get());
        }
      } else if (n == "agenda" || n == "minutes") {
        if (n == "agenda") {
          CheckAttributes(file_, el, {"template", "style", "page-label"},
                          diags_);
          if (pugi::xml_attribute a = el.attribute("page-label")) {
            m->page_label = a.value();
          }
        } else {
          CheckAttributes(file_, el, {"template", "style"}, diags_);
        }
        std::string* tmpl = n == "agenda" ? &m->agenda_template
                                          : &m->minutes_template;
        std::string* style = n == "agenda" ? &m->agenda_style
                                           : &m->minutes_style;
        *tmpl = FilePath(el, "template");
        *style = FilePath(el, "style");
      } else if (n == "item") {
        Item(el, m);
      } else {
        UnknownElement(file_, el, kElements, "in a meeting file", diags_);
      }
    }
    if (m->items.empty()) {
      diags_->Error(file_.LocOf(root),
                    "the meeting has no <item>: list the agenda items in "
                    "order");
    }
  }

 private:
  std::string Required(pugi::xml_node el, const char* name) {
    pugi::xml_attribute a = el.attribute(name);
    if (!a || !*a.value()) {
      diags_->Error(file_.LocOf(el), std::string("<")
                                         .append(LocalName(el))
                                         .append("> needs a ")
                                         .append(name)
                                         .append(" attribute"));
      return "";
    }
    return a.value();
  }

  // A template or style path of <agenda>/<minutes>: anywhere, like a job's.
  std::string FilePath(pugi::xml_node el, const char* name) {
    pugi::xml_attribute a = el.attribute(name);
    if (!a) return "";
    std::string p = NormalPath(JoinPath(dir_, a.value()));
    if (!*a.value() || !fs_.Exists(p)) {
      diags_->Error(file_.LocOf(el, a), std::string(name) + " '" + a.value() +
                                            "' not found");
      return "";
    }
    return p;
  }

  void Item(pugi::xml_node el, Meeting* m) {
    CheckAttributes(file_, el,
                    {"id", "title", "paper", "decision", "exempt",
                     "paragraph"},
                    diags_);
    CheckNoText(file_, el, diags_);
    MeetingItem it;
    it.number = static_cast<int>(m->items.size()) + 1;
    it.loc = file_.LocOf(el);
    it.id = el.attribute("id").value();
    if (it.id.empty()) it.id = "item-" + std::to_string(it.number);
    it.title = el.attribute("title").value();
    it.decision = el.attribute("decision").value();
    if (pugi::xml_attribute a = el.attribute("paper")) {
      it.paper_loc = file_.LocOf(el, a);
      std::string p = NormalPath(JoinPath(dir_, a.value()));
      std::string dir = dir_.empty() ? "." : dir_;
      if (!*a.value()) {
        diags_->Error(it.paper_loc, "paper is empty: name the report's job "
                                    "file, or leave paper out for a "
                                    "standing item");
      } else if (!fs_.IsRegularFile(p)) {
        diags_->Error(it.paper_loc,
                      "paper '" + std::string(a.value()) + "' not found");
      } else if (!ResolvesInside(fs_, p, dir)) {
        diags_->Error(it.paper_loc,
                      "paper '" + std::string(a.value()) +
                          "' is outside the meeting's directory " + dir +
                          " (put the papers beside the meeting file)");
      } else {
        it.paper = p;
        auto [at, fresh] = papers_.emplace(p, it.loc);
        if (!fresh) {
          diags_->Error(it.paper_loc, "paper '" + std::string(a.value()) +
                                          "' is already item " +
                                          at->second.ToString() +
                                          "; each report is one item");
        }
      }
    } else if (it.title.empty()) {
      diags_->Error(it.loc, "<item> needs a title (a standing item such as "
                            "Apologies) or a paper (the report's job file)");
    }
    auto [at, fresh] = ids_.emplace(it.id, it.loc);
    if (!fresh) {
      diags_->Error(it.loc, "duplicate item '" + it.id + "' (first at " +
                                at->second.ToString() + ")");
    }
    if (auto b = BoolAttr(file_, el, "exempt", diags_)) it.exempt = *b;
    pugi::xml_attribute para = el.attribute("paragraph");
    if (para) {
      auto v = WholeNumber(para.value(), 1, 7);
      if (!v) {
        diags_->Error(file_.LocOf(el, para),
                      "paragraph '" + std::string(para.value()) +
                          "' is not a paragraph of Schedule 12A to the Local "
                          "Government Act 1972: write 1 to 7");
      } else if (!it.exempt) {
        diags_->Error(file_.LocOf(el, para),
                      "paragraph is only for an exempt item: add "
                      "exempt=\"true\", or remove the paragraph");
      } else {
        it.paragraph = *v;
      }
    } else if (it.exempt) {
      diags_->Error(it.loc, "exempt item '" + it.id +
                                "' needs paragraph=\"1\"…\"7\": the "
                                "paragraph of Schedule 12A that exempts it, "
                                "cited in the public pack");
    }
    if (it.exempt && it.paper.empty() && !el.attribute("paper")) {
      diags_->Error(it.loc, "exempt item '" + it.id +
                                "' has no paper: only a paper can be exempt");
    }
    m->items.push_back(std::move(it));
  }

  const FileSystem& fs_;
  const SourceFile& file_;
  Diagnostics* diags_;
  std::string dir_;
  std::map<std::string, SourceLoc> ids_;
  std::map<std::string, SourceLoc> papers_;
};

}  // namespace

std::optional<Meeting> LoadMeeting(const FileSystem& fs,
                                   const std::string& path,
                                   Diagnostics* diags) {
  auto file = LoadXmlFile(fs, path, "meeting file", SourceLoc{}, diags);
  if (!file) return std::nullopt;
  int before = diags->error_count();
  Meeting m;
  m.file = path;
  MeetingLoader(fs, *file, diags).Load(&m);
  if (diags->error_count() > before) return std::nullopt;
  return m;
}

}  // namespace clerk
