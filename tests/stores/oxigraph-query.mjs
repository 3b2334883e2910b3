// oxigraph-query.mjs - load N-Quads into an in-process Oxigraph store and
// run SPARQL queries over the union of its named graphs.
//
// Usage: node oxigraph-query.mjs [--distinct-union] DATA.nq OUTDIR QUERY.rq...
//
// Writes OUTDIR/<query name>.csv (SELECT, SPARQL 1.1 CSV), .ask (ASK:
// "true" or "false") or .nt (CONSTRUCT/DESCRIBE, N-Triples), and
// OUTDIR/timings.tsv (what, milliseconds, count).  The file is read in
// 4 MiB chunks so a large corpus never has to fit in one JavaScript string.
//
// policygraph puts every document in its own named graph.  Oxigraph's
// default graph is its own (empty) graph, not the union of the named
// graphs, so every query runs with use_default_graph_as_union: true.  Like
// Virtuoso's, that union is a bag of the quads' triples: a triple stated
// by two documents matches twice (COUNT(*) counts it twice), so queries
// that must not see duplicates say DISTINCT.  On a large corpus that bag
// makes joins on shared entities explode (an initiative named in 1,000
// documents has 1,000 copies of each of its triples, so a three-pattern
// join on it yields 10^9 rows).  --distinct-union copies each distinct
// triple once into the graph UNION_GRAPH after loading and queries with
// that graph as the default graph (set semantics, as SPARQL's RDF merge)
// and the documents' graphs as the named graphs.
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import { openStore } from "./oxigraph-store.mjs";

// The query form: the first of SELECT/ASK/CONSTRUCT/DESCRIBE outside
// comments, IRIs and strings (PREFIX and BASE come before it).
function queryForm(text) {
  const bare = text.replace(/<[^>\s]*>/g, "<>")
                   .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
                   .replace(/#[^\n]*/g, "");
  const m = bare.match(/\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i);
  return m ? m[1].toUpperCase() : "SELECT";
}

const args = process.argv.slice(2);
const distinctUnion = args[0] === "--distinct-union";
if (distinctUnion)
  args.shift();
const [data, outdir, ...queries] = args;
if (!data || !outdir || queries.length === 0) {
  console.error("usage: node oxigraph-query.mjs [--distinct-union] DATA.nq OUTDIR QUERY.rq...");
  process.exit(2);
}
mkdirSync(outdir, { recursive: true });
const timings = [];
const writeTimings = () => writeFileSync(`${outdir}/timings.tsv`,
  timings.map(([w, ms, n]) => `${w}\t${ms.toFixed(1)}\t${n}\n`).join(""));

const { store, base, loadMs, size, unionMs } = openStore(data, distinctUnion);
timings.push(["load", loadMs, size]);
if (distinctUnion)
  timings.push(["distinct union", unionMs, store.size]);
writeTimings();

for (const file of queries) {
  const name = basename(file).replace(/\.rq$/, "");
  const text = readFileSync(file, "utf8");
  const form = queryForm(text);
  const options = { ...base };
  let ext, out, count;
  if (form === "SELECT") {
    options.results_format = "csv";
    ext = "csv";
  } else if (form === "ASK") {
    ext = "ask";
  } else {
    options.results_format = "application/n-triples";
    ext = "nt";
  }
  const t0 = performance.now();
  try {
    out = store.query(text, options);
  } catch (e) {
    console.error(`oxigraph-query: ${file}: ${e.message ?? e}`);
    process.exitCode = 1;
    continue;
  }
  const ms = performance.now() - t0;
  if (form === "ASK")
    out = `${out}\n`;
  count = out.split("\n").filter((l) => l.length > 0).length;
  if (form === "SELECT")
    count -= 1; // header
  timings.push([`query ${name}`, ms, count]);
  writeFileSync(`${outdir}/${name}.${ext}`, out);
  writeTimings(); // after each query, so a run cut short still tells
}
writeTimings();
