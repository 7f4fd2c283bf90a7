#!/usr/bin/env node
// validate.js - checks SARIF files against the OASIS SARIF 2.1.0 schema that
// ships beside this script (sarif-schema-2.1.0.json, JSON Schema draft-04),
// with ajv + ajv-draft-04 + ajv-formats (versions pinned in package-lock.json;
// node-modules.sh installs them). Needs nothing outside the repository.
//
// Usage: NODE_PATH=<node_modules> node validate.js FILE.sarif...
// Exit: 0 all valid, 1 some file invalid (errors on stdout), 2 setup error.
'use strict';

const fs = require('fs');
const path = require('path');

function load(name) {
  try {
    return require(name);
  } catch (e) {
    process.stderr.write(`validate.js: cannot load '${name}' (set NODE_PATH): ${e.message}\n`);
    process.exit(2);
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: validate.js FILE.sarif...\n');
  process.exit(2);
}
const draft04 = load('ajv-draft-04');
const Ajv04 = draft04.default || draft04;
const formats = load('ajv-formats');
const addFormats = formats.default || formats;

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'sarif-schema-2.1.0.json'), 'utf8'));
// strict:false: the OASIS schema uses draft-04 idioms that ajv's strict mode flags.
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let bad = 0;
for (const f of files) {
  let log;
  try {
    log = JSON.parse(fs.readFileSync(f, 'utf8'));
  } catch (e) {
    process.stdout.write(`${f}: INVALID: ${e.message}\n`);
    bad++;
    continue;
  }
  if (validate(log)) {
    process.stdout.write(`${f}: valid SARIF 2.1.0 (OASIS schema)\n`);
    continue;
  }
  bad++;
  process.stdout.write(`${f}: INVALID\n`);
  for (const e of validate.errors) {
    const extra = e.params && e.params.additionalProperty ? ` ('${e.params.additionalProperty}')` : '';
    process.stdout.write(`  ${e.instancePath || '/'}: ${e.message}${extra}\n`);
  }
}
process.exit(bad ? 1 : 0);
