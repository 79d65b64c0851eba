// Style loading: the fuzzed input is a house style file; a fixed document
// that uses every numbering scheme is numbered with it and rendered as text.
#include "fuzz_common.h"
#include "load/style_loader.h"
#include "merge/merger.h"
#include "merge/template.h"
#include "number/numberer.h"
#include "render/text/text_renderer.h"

namespace {

const char kTemplate[] = R"(<report xmlns="urn:clerk:template:1">
  <meta title="Fuzz" council="Council" date="2023-11-14"/>
  <title kicker="true">Item 4</title>
  <title>A paper</title>
  <cover><field name="from">Me</field><field name="subject">Things</field></cover>
  <recommendations id="recs"><item>That one.</item><item>That two.</item>
  </recommendations>
  <section title="One" id="s1">
    <p id="p11">First <ref to="p12"/> <ref to="recs-b" form="number"/>.
      <p>Sub (a) <p id="deep">sub-sub</p></p>
    </p>
    <p id="p12">Second, see <ref to="app" form="title"/> and <ref to="t1"/>.</p>
    <heading>Heading</heading>
    <list type="numbered"><item>n1<list type="bullet"><item>b</item></list>
    </item></list>
    <list type="plain"><item>p</item></list>
    <table id="t1" caption="A table" widths="30%,70%">
      <header><cell>A</cell><cell>B</cell></header>
      <row><cell rag="G">1</cell><cell>x</cell></row>
    </table>
  </section>
  <section title="Two" start="5"><section title="Sub"><p>Deep <ref to="deep"/>.</p>
  </section></section>
  <section title="Unnumbered" numbered="false"><p>Plain.</p></section>
  <resolutions from="recs" drop-that="true"/>
  <resolutions><item id="recs-b">Own.</item></resolutions>
  <appendix title="Data" id="app"><p>Appendix text.</p></appendix>
</report>
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace clerk;
  fuzz::FuzzFileSystem fs;
  Diagnostics diags;
  auto style = ParseStyle(
      fs, "/fuzz/style.xml",
      std::string(reinterpret_cast<const char*>(data), size), &diags);
  if (!style) return 0;
  CompileOptions opts;
  auto tmpl = CompileTemplateText(fs, "/fuzz/t.xml", kTemplate, opts, &diags);
  if (!tmpl) __builtin_trap();  // the fixed template must compile
  MergeInput in;
  model::Document doc = Merge(*tmpl, in, *style, &diags);
  if (diags.has_errors()) return 0;
  NumberDocument(&doc, *style, &diags);
  if (diags.has_errors()) return 0;
  std::string text = render::RenderText(doc, *style);
  return 0;
}
