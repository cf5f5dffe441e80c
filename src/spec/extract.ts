import fs from 'node:fs';
import path from 'node:path';
import { build, outDir, specDir } from './extract/build.js';
import { crossCheck } from './extract/crosscheck.js';
import { renderReview } from './extract/review.js';

/**
 * `npm run spec:extract` writes src/spec/stripe/*.json (and the generated lists in src/spec/README.md)
 * from the `stripe` package's .d.ts/.js files and src/spec/overlays/. `npm run spec:check` builds the
 * same in memory and fails when a checked-in file differs. `-- --crosscheck <resources.json>` compares
 * the result with an earlier one-level extraction (a one-off review aid; CI does not run it).
 */

const args = process.argv.slice(2);
const check = args.includes('--check');
const crossIndex = args.indexOf('--crosscheck');

const result = build();
const readmeFile = path.join(specDir, 'README.md');
const readme = fs.existsSync(readmeFile) ? fs.readFileSync(readmeFile, 'utf8') : '';
const newReadme = renderReview(readme, result);

if (crossIndex >= 0) {
  const file = args[crossIndex + 1];
  if (!file) throw new Error('--crosscheck needs the path of resources.json');
  console.log(crossCheck(result.specs, JSON.parse(fs.readFileSync(file, 'utf8'))));
  process.exit(0);
}

const existing = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((f) => f.endsWith('.json')) : [];
if (check) {
  const problems: string[] = [];
  for (const [name, content] of result.files) {
    const file = path.join(outDir, name);
    if (!fs.existsSync(file)) problems.push(`missing ${name}`);
    else if (fs.readFileSync(file, 'utf8') !== content) problems.push(`out of date: ${name}`);
  }
  for (const name of existing) if (!result.files.has(name)) problems.push(`not produced by the extractor: ${name}`);
  if (newReadme !== readme) problems.push('out of date: the generated lists in src/spec/README.md');
  if (problems.length) {
    console.error(`src/spec/stripe differs from the extractor's output (run \`npm run spec:extract\` and commit):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`src/spec/stripe matches the extractor (${result.files.size} files)`);
} else {
  fs.mkdirSync(outDir, { recursive: true });
  for (const name of existing) if (!result.files.has(name)) fs.rmSync(path.join(outDir, name));
  for (const [name, content] of result.files) fs.writeFileSync(path.join(outDir, name), content);
  if (readme) fs.writeFileSync(readmeFile, newReadme);
  const r = result.review;
  console.log(`wrote ${result.files.size} files to src/spec/stripe`);
  console.log(`timestamps (${r.timestamps.length} object fields, ${r.paramTimestamps.length} params fields):`);
  for (const t of [...r.timestamps, ...r.paramTimestamps]) console.log(`  ${t}`);
  if (r.unknowns.length) console.warn(`WARNING: ${r.unknowns.length} fields have unknown types (see overlays/unknowns.json):\n  ${r.unknowns.join('\n  ')}`);
  if (result.warnings.length) console.warn(`notes:\n  ${result.warnings.join('\n  ')}`);
}
