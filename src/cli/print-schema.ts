import fs from 'node:fs';
import { printSortedSchema } from '../graphql/schema.js';

/** `npm run schema:print` writes schema/schema.graphql; `-- --check` fails when it differs from the code. */
const file = new URL('../../schema/schema.graphql', import.meta.url);
const sdl = printSortedSchema();
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed !== sdl) {
    console.error('schema/schema.graphql is out of date: run `npm run schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema/schema.graphql matches the code');
} else {
  fs.writeFileSync(file, sdl);
  console.log('wrote schema/schema.graphql');
}
