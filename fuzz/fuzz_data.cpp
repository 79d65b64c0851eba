#include "fuzz_data.h"

#include "fuzz_common.h"
#include "load/data_source.h"
#include "merge/merger.h"
#include "merge/template.h"
#include "model/style.h"
#include "number/numberer.h"
#include "render/text/text_renderer.h"

namespace clerk::fuzz {

namespace {

const char kTemplate[] = R"(<report xmlns="urn:clerk:template:1">
  <meta title="{string($d/*[1])}" date="{string($d/@date)}"/>
  <title>{name($d)}</title>
  <section title="Values" id="values">
    <for-each select="$d//*[not(*)] | $d//@*" sort="." sort-type="text">
      <p>{name()}: <value select="."/> / {integer(.)} / {money(., 2)} /
        {percent(., 1)} / {long-date(.)} / {ordinal-date(.)} / {short-date(.)}
        / {month-year(.)} / {rag(.)} / {plural(., 'x', 'xs')} / {upper(.)}</p>
    </for-each>
  </section>
  <section title="Sorted">
    <for-each select="$d/*">
      <sort select="*[1]" type="number"/>
      <sort select="*[2]" type="date" order="descending"/>
      <p numbered="true">{count(*)} <ref to="values"/></p>
    </for-each>
  </section>
  <table caption="Rows">
    <for-each select="$d/*[position() &lt; 50]">
      <row><for-each select="*"><cell rag="{.}">{.}</cell></for-each></row>
    </for-each>
  </table>
</report>
)";

}  // namespace

int FuzzDataFile(const std::string& path, const uint8_t* data, size_t size) {
  FuzzFileSystem fs;
  fs.Add(path, std::string(reinterpret_cast<const char*>(data), size));
  Diagnostics diags;
  auto src = LoadDataSource(fs, "d", path, SourceLoc{}, &diags);
  if (!src) return 0;
  CompileOptions opts;
  opts.data_names.push_back("d");
  auto tmpl = CompileTemplateText(fs, "/fuzz/t.xml", kTemplate, opts, &diags);
  if (!tmpl) __builtin_trap();  // the fixed template must compile
  MergeInput in;
  in.data.push_back(src);
  in.mode = Mode::kDraft;
  model::Style style = model::DefaultStyle();
  model::Document doc = Merge(*tmpl, in, style, &diags);
  if (diags.has_errors()) return 0;
  NumberDocument(&doc, style, &diags);
  if (diags.has_errors()) return 0;
  std::string text = render::RenderText(doc, style);
  return 0;
}

}  // namespace clerk::fuzz
