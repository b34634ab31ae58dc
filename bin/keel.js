#!/usr/bin/env node
// The `keel` command: runs the compiled CLI (npm ci / npm run build compiles it into dist/).
import { main } from '../dist/src/cli/main.js';

const code = await main(process.argv.slice(2));
process.exitCode = code;
