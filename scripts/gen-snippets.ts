// Regenerates snippets/thethuc.json from the templates (server/src/templates).
// Usage: npx tsx scripts/gen-snippets.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snippetFileText } from '../server/src/templates';

const out = join(__dirname, '..', 'snippets', 'thethuc.json');
writeFileSync(out, snippetFileText());
console.log(`wrote ${out}`);
