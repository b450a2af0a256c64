// compile.js compiles src/*.sol with the pinned solcjs (offline) and writes
// build/<Contract>.abi and build/<Contract>.bin for every contract in src/.
// Usage: node compile.js [outdir]   (default: build)
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const here = __dirname;
const srcDir = path.join(here, "src");
const outDir = path.resolve(process.argv[2] || path.join(here, "build"));

const sources = {};
for (const f of fs.readdirSync(srcDir).sort()) {
  if (f.endsWith(".sol")) {
    sources["src/" + f] = { content: fs.readFileSync(path.join(srcDir, f), "utf8") };
  }
}

const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    viaIR: true,
    evmVersion: "cancun",
    metadata: { bytecodeHash: "none", appendCBOR: false },
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
  },
};

function findImports(p) {
  const candidates = [path.join(here, "node_modules", p), path.join(here, p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, "utf8") };
  }
  return { error: "not found: " + p + " (run npm ci in marketplace/contracts)" };
}

const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of out.errors || []) {
  process.stderr.write(e.formattedMessage + "\n");
  if (e.severity === "error") failed = true;
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
for (const file of Object.keys(sources)) {
  for (const [name, c] of Object.entries(out.contracts[file] || {})) {
    fs.writeFileSync(path.join(outDir, name + ".abi"), JSON.stringify(c.abi) + "\n");
    fs.writeFileSync(path.join(outDir, name + ".bin"), c.evm.bytecode.object + "\n");
  }
}
process.stderr.write("solc " + solc.version() + ": wrote " + outDir + "\n");
