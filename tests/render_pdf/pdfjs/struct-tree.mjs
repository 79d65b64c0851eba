// Reads a page's structure tree with pdf.js (getStructTree, what Firefox's
// PDF viewer exposes to screen readers) and checks that the roles given
// are in it.
//   node struct-tree.mjs FILE.pdf PAGE ROLE...
// Prints the roles in tree order; exit 0 when the tree is non-empty and
// holds every ROLE, 1 otherwise.
import { readFileSync } from "node:fs";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";

const [file, pageArg, ...want] = process.argv.slice(2);
if (!file || !pageArg) {
  console.error("usage: node struct-tree.mjs FILE.pdf PAGE ROLE...");
  process.exit(2);
}
const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 })
  .promise;
const page = await doc.getPage(Number(pageArg));
const tree = await page.getStructTree();
const roles = [];
function walk(node, depth) {
  if (!node || !node.role) return;
  roles.push("  ".repeat(depth) + node.role + (node.alt ? ` alt="${node.alt}"` : "") +
             (node.lang ? ` lang=${node.lang}` : ""));
  for (const kid of node.children || []) walk(kid, depth + 1);
}
walk(tree, 0);
console.log(roles.join("\n"));
const have = new Set(roles.map((r) => r.trim().split(" ")[0]));
const missing = want.filter((r) => !have.has(r));
if (roles.length <= 1 || missing.length > 0) {
  console.error(`struct-tree: ${file} page ${pageArg}: ` +
                (roles.length <= 1 ? "no structure tree" : `missing roles: ${missing.join(" ")}`));
  process.exit(1);
}
