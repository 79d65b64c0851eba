#include "render_pdf/struct_probe.h"

#include <unistd.h>

#include <regex>
#include <sstream>

#include "render_pdf/pdf_probe.h"

namespace clerk::testing {

std::vector<StructElemInfo> ReadStructText(const std::string& pdf) {
  std::string out = RunCommand("pdfinfo -struct-text '" + pdf + "'");
  std::vector<StructElemInfo> elems;
  static const std::regex kElem(R"re(^( *)([A-Za-z0-9]+)( \((block|inline)\))?:?$)re");
  static const std::regex kText(R"re(^ *"(.*)"$)re");
  static const std::regex kScope(R"re(^ */Scope /(\w+)$)re");
  std::istringstream in(out);
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_match(line, m, kElem)) {
      StructElemInfo e;
      e.depth = static_cast<int>(m[1].length()) / 2;
      e.role = m[2];
      elems.push_back(e);
    } else if (!elems.empty() && std::regex_match(line, m, kText)) {
      elems.back().text += m[1];
    } else if (!elems.empty() && std::regex_match(line, m, kScope)) {
      elems.back().scope = m[1];
    }
  }
  return elems;
}

std::vector<std::string> ReadStructAttrs(const std::string& pdf) {
  std::string script = WriteTemp("struct_attrs.py", R"PY(
import json, subprocess, sys
j = json.loads(subprocess.check_output(['qpdf', '--json=2', sys.argv[1]]))
objs = j['qpdf'][1]
def val(x):
    if isinstance(x, str) and x.endswith(' R'):
        o = objs['obj:' + x]
        return o['value'] if 'value' in o else o['stream']['dict']
    return x
def s(x):
    x = val(x)
    return x[2:] if isinstance(x, str) and x[:2] in ('u:', 'b:') else (x or '')
root = val(val(objs['trailer']['value']['/Root'])['/StructTreeRoot'])
back = {}
def walk(ref, depth):
    e = val(ref)
    kids = e.get('/K', [])
    if not isinstance(kids, list):
        kids = [kids]
    objr = 0
    for k in kids:
        kv = val(k)
        if isinstance(kv, dict) and kv.get('/Type') == '/OBJR':
            objr += 1
            back.setdefault(kv['/Obj'], []).append(ref)
    print('%s|%s|%s|%d' % (e['/S'][1:], s(e.get('/Alt')), s(e.get('/Lang')), objr))
    for k in kids:
        if isinstance(k, str) and k.endswith(' R') and val(k).get('/Type') != '/OBJR' and '/S' in val(k):
            walk(k, depth + 1)
walk(root['/K'], 0)
nums = val(val(root['/ParentTree'])['/Nums'])
tree = {nums[i]: nums[i + 1] for i in range(0, len(nums), 2)}
for p in j['pages']:
    for a in val(val(p['object']).get('/Annots', [])):
        ad = val(a)
        if ad.get('/Subtype') != '/Link':
            continue
        parent = tree.get(ad.get('/StructParent'))
        role = val(parent)['/S'][1:] if parent else ''
        print('ANNOT|%s|%s|%d' % (s(ad.get('/Contents')), role, 1 if parent in back.get(a, []) else 0))
)PY");
  std::string out = RunCommand("/usr/bin/python3 '" + script + "' '" + pdf + "'");
  std::vector<std::string> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::string CheckPdfUaTool() {
  std::string tool = std::string(CLERK_SOURCE_DIR) + "/../shared/tools/check-pdf-ua";
  return access(tool.c_str(), X_OK) == 0 ? tool : "";
}

std::vector<std::string> MatterhornFailures(const std::string& pdf) {
  std::string tool = CheckPdfUaTool();
  if (tool.empty()) return {"missing"};
  std::string out = RunCommand("'" + tool + "' '" + pdf + "'");
  std::vector<std::string> ids;
  static const std::regex kFail(R"(^  (\d\d-\d\d\d) )");
  std::istringstream in(out);
  std::string line;
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, kFail)) ids.push_back(m[1]);
  }
  return ids;
}

std::vector<std::string> UnexpectedMatterhornFailures(const std::string& pdf) {
  // None is expected: every failed checkpoint is returned.
  if (CheckPdfUaTool().empty()) return {};
  return MatterhornFailures(pdf);
}

}  // namespace clerk::testing
