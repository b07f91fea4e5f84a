// Guards the one fallback in .ci/run from `npm ci` to `npm install --no-save`.
//
//   node .ci/lockfile.mjs only-unresolvable-optional <npm-ci-log>
//     exit 0 when every complaint of the failed `npm ci` is "Missing: <name>@ from lock file" for a
//     package that package-lock.json names only as an optional dependency and never placed (the
//     registry answers 404 for it, so `npm install` left it out). Any other complaint exits 1.
//   node .ci/lockfile.mjs installed-matches-lock
//     exit 0 when node_modules holds exactly the packages and versions of package-lock.json
//     (optional ones may be absent), so the fallback installed what `npm ci` would have.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages;
const [mode, logPath] = process.argv.slice(2);

function fail(message) {
  console.error(`.ci/lockfile.mjs: ${message}`);
  process.exit(1);
}

if (mode === 'only-unresolvable-optional') {
  const log = readFileSync(logPath, 'utf8');
  const complaints = log.split('\n').filter((line) => /^npm error (Missing|Invalid): /.test(line));
  if (complaints.length === 0) fail('npm ci failed for another reason than lockfile sync');
  const optionalNames = new Set(
    Object.values(lock).flatMap((entry) => Object.keys(entry.optionalDependencies ?? {})),
  );
  const placed = new Set(Object.keys(lock).map((path) => path.replace(/^.*node_modules\//, '')));
  for (const line of complaints) {
    const name = /^npm error Missing: (.+?)@\S* from lock file$/.exec(line)?.[1];
    if (!name || !optionalNames.has(name) || placed.has(name)) fail(`lockfile out of sync: ${line}`);
    console.error(`.ci/lockfile.mjs: ${name} is an optional dependency the registry does not have; installing from the lockfile without it`);
  }
} else if (mode === 'installed-matches-lock') {
  const installed = JSON.parse(readFileSync('node_modules/.package-lock.json', 'utf8')).packages;
  const problems = [];
  for (const [path, entry] of Object.entries(lock)) {
    if (!path) continue;
    const got = installed[path];
    if (!got) {
      if (!entry.optional) problems.push(`missing ${path}`);
    } else if (got.version !== entry.version) {
      problems.push(`${path}: ${got.version} installed, ${entry.version} locked`);
    }
  }
  for (const path of Object.keys(installed)) if (!lock[path]) problems.push(`not in lockfile: ${path}`);
  if (problems.length) fail(`node_modules differs from package-lock.json:\n  ${problems.join('\n  ')}`);
} else {
  fail(`unknown mode ${mode ?? '(none)'}`);
}
