#!/usr/bin/env node
// The `imr` command line, built by `npm run build:cli` into dist/cli/imr.js.
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const built = process.env.IMR_CLI_BUNDLE || path.join(__dirname, "..", "dist", "cli", "imr.js");
if (!fs.existsSync(built)) {
  process.stderr.write(
    "imr: the command line is not built yet: run `npm run build:cli` (or use `npm run --silent imr -- <command>`).\n",
  );
  process.exit(2);
}
const { main, processIO } = require(built);
main(process.argv.slice(2), processIO).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`imr: unexpected failure: ${e && e.message ? e.message : String(e)}\n`);
    process.exit(3);
  },
);
