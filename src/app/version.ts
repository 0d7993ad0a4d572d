import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.js';

/** tinhso's version, from package.json: one home for the server's /api/version and `tinhso --version`. */
export const version: string = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version;
