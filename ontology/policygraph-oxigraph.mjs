// policygraph-oxigraph.mjs - `policygraph query --engine oxigraph`: one
// SPARQL query answered by Oxigraph (npm package "oxigraph") over a
// graph's N-Quads.
//
// Usage: node policygraph-oxigraph.mjs DATA.nq QUERY.rq FORMAT
//   FORMAT: csv, tsv, json or xml (SPARQL 1.1 results); CONSTRUCT and
//   DESCRIBE answers are N-Triples whatever FORMAT says.
//
// policygraph runs it with the query already prefixed with the contract's
// PREFIX declarations and the store (or --data files) written as N-Quads.
// The default graph is the RDF merge of the documents' named graphs: each
// distinct triple once (a set, as SPARQL's dataset semantics and
// policygraph's own engine have it), the documents' graphs staying
// available by name to GRAPH ?g { ... }.
//
// The package is found by Node's resolution from this file's folder, then
// from $PG_OXIGRAPH_DIR (a folder holding node_modules/oxigraph, e.g. the
// one `npm install oxigraph` was run in) and $NODE_PATH.  Exit status: 0,
// 1 (query or data error, message on stderr), 3 (oxigraph not installed).
import { createRequire } from "node:module";
import { openSync, readSync, closeSync, readFileSync } from "node:fs";
import { join } from "node:path";

const UNION_GRAPH = "https://w3id.org/policygraph/id/union";

function loadOxigraph() {
  const tries = [import.meta.url];
  if (process.env.PG_OXIGRAPH_DIR)
    tries.push(join(process.env.PG_OXIGRAPH_DIR, "noop.js"));
  tries.push(join(process.cwd(), "noop.js"));
  for (const from of tries) {
    try {
      return createRequire(from)("oxigraph");
    } catch (e) {
      if (e.code !== "MODULE_NOT_FOUND")
        throw e;
    }
  }
  return null;
}

function* chunks(path) {
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(4 << 20);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0)
        return;
      yield Uint8Array.prototype.slice.call(buf, 0, n);
    }
  } finally {
    closeSync(fd);
  }
}

const [data, queryFile, format] = process.argv.slice(2);
if (!data || !queryFile || !format) {
  console.error("usage: node policygraph-oxigraph.mjs DATA.nq QUERY.rq csv|tsv|json|xml");
  process.exit(2);
}
const oxigraph = loadOxigraph();
if (!oxigraph) {
  console.error("the npm package oxigraph is not installed: run `npm install " +
                "oxigraph` in a folder and set PG_OXIGRAPH_DIR to it");
  process.exit(3);
}
const mime = { csv: "text/csv", tsv: "text/tab-separated-values",
               json: "application/sparql-results+json",
               xml: "application/sparql-results+xml" }[format];
if (!mime) {
  console.error(`unknown results format '${format}'`);
  process.exit(2);
}
try {
  const store = new oxigraph.Store();
  store.load(chunks(data), { format: "application/n-quads" });
  const graphs = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
    .map((b) => b.get("g"));
  store.update(`INSERT { GRAPH <${UNION_GRAPH}> { ?s ?p ?o } }
                WHERE { { ?s ?p ?o } UNION
                        { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } } }`);
  const text = readFileSync(queryFile, "utf8");
  const options = { default_graph: oxigraph.namedNode(UNION_GRAPH),
                    named_graphs: graphs, results_format: mime };
  let out;
  try {
    out = store.query(text, options);
  } catch (e) {
    if (!/format/i.test(String(e.message ?? e)))
      throw e;
    // a graph answer: N-Triples
    out = store.query(text, { ...options,
                              results_format: "application/n-triples" });
  }
  process.stdout.write(typeof out === "string" ? out : String(out));
} catch (e) {
  console.error(String(e.message ?? e));
  process.exit(1);
}
