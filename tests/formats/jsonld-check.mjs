// jsonld-check.mjs - a JSON-LD file read back by two processors.
//   node jsonld-check.mjs FILE.jsonld OUT-jsonld.nq OUT-oxigraph.nq
// Writes the triples jsonld.js (toRDF: expansion, then RDF) and Oxigraph's
// own JSON-LD parser read from FILE, as N-Quads, for the test to compare
// with policygraph's N-Triples.  The document embeds its @context, so no
// network is needed: jsonld.js gets a document loader that refuses any.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.cwd() + "/");
const jsonld = require("jsonld");
const ox = require("oxigraph");
const [file, outJ, outO] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(file, "utf8"));

const documentLoader = async (url) => {
  throw new Error("no network: refused to load " + url);
};
const nq = await jsonld.toRDF(doc, { format: "application/n-quads",
                                     documentLoader });
writeFileSync(outJ, nq);
const store = new ox.Store();
store.load(readFileSync(file, "utf8"), { format: "application/ld+json" });
writeFileSync(outO, store.dump({ format: "application/n-quads" }));
