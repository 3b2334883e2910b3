// oxigraph-store.mjs - policygraph's N-Quads in an in-process Oxigraph
// store, as oxigraph-query.mjs and bench/stores.sh's runner query it.
//
// openStore(data, distinctUnion) loads DATA.nq (read in 4 MiB chunks, so
// a large corpus never has to fit in one JavaScript string) and returns
// { store, base, loadMs, size, unionMs, unionSize }: base is the query
// options.  Without distinctUnion the default graph is the union of the
// named graphs (use_default_graph_as_union, a bag); with it, each
// distinct triple is copied once into UNION_GRAPH, which becomes the
// default graph, the documents' graphs staying the named graphs (a set).
import { openSync, readSync, closeSync } from "node:fs";
import { performance } from "node:perf_hooks";
import oxigraph from "oxigraph";

export const UNION_GRAPH = "https://w3id.org/policygraph/id/union";

export function* chunks(path) {
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

export function openStore(data, distinctUnion) {
  const store = new oxigraph.Store();
  let t0 = performance.now();
  store.load(chunks(data), { format: "application/n-quads" });
  const r = { store, loadMs: performance.now() - t0, size: store.size,
              base: { use_default_graph_as_union: true } };
  if (distinctUnion) {
    t0 = performance.now();
    const graphs = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
      .map((b) => b.get("g"));
    store.update(`INSERT { GRAPH <${UNION_GRAPH}> { ?s ?p ?o } }
                  WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }`);
    r.base = { default_graph: oxigraph.namedNode(UNION_GRAPH),
               named_graphs: graphs };
    r.unionMs = performance.now() - t0;
    r.unionSize = store.size - r.size;
  }
  return r;
}
