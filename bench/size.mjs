// Size: what a host downloads for this package, gzip and brotli, per case.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { transform } from 'lightningcss';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundle, PEERS, RADIX, ROOT, TMP } from './bundle.mjs';
import { SIZE_CASES } from './sizeCases.mjs';

const STYLESHEETS = path.join(ROOT, 'src/components');

function compressed(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Each file is compressed on its own and the sizes summed: that is how a browser receives them. */
function sum(parts) {
  return parts.reduce(
    (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }),
    {
      raw: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}

/** src/<layer>, or the package a module comes from (all of @radix-ui counted as one). */
function groupOf(id) {
  const layer = /^src\/([^/]+)\//.exec(id);
  if (layer) return `src/${layer[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (!pkg) return 'other';
  return pkg[1].startsWith('@radix-ui/') ? '@radix-ui/*' : pkg[1];
}

/** Share of each part in the bundled source (after tree-shaking, before minifying), in percent. */
function composition(modules) {
  const total = Object.values(modules).reduce((a, b) => a + b, 0);
  const shares = {};
  for (const [id, length] of Object.entries(modules)) {
    const group = groupOf(id);
    shares[group] = (shares[group] ?? 0) + length;
  }
  return Object.fromEntries(
    Object.entries(shares)
      .filter(([, length]) => length > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([group, length]) => [group, Math.round((length / total) * 1000) / 10]),
  );
}

/** The entry file for a case: one `export … from` line, as a host's import would be. */
async function writeEntry(sizeCase) {
  const source = JSON.stringify(path.join(ROOT, 'src/index.ts'));
  const exported = sizeCase.imports === '*' ? '*' : `{ ${sizeCase.imports.join(', ')} }`;
  const entry = path.join(TMP, 'entries', `${sizeCase.id}.js`);
  await mkdir(path.dirname(entry), { recursive: true });
  await writeFile(entry, `export ${exported} from ${source};\n`);
  return entry;
}

export async function measureSize() {
  // Minified as the build ships it (scripts/cssBundlePlugin.ts): no targets, comments dropped.
  const stylesheetSize = async (name) => {
    const file = path.join(STYLESHEETS, name);
    return compressed(transform({ filename: file, code: await readFile(file), minify: true }).code);
  };
  const results = [];
  for (const c of SIZE_CASES) {
    let files;
    let modules;
    try {
      ({ files, modules } = await bundle({
        entry: await writeEntry(c),
        outDir: path.join(TMP, 'size', c.id),
        external: c.bundleRadix ? PEERS : [...PEERS, RADIX],
      }));
    } catch (error) {
      // Rolldown puts the useful line after a "Build failed" heading; colours off for the table.
      const message = stripVTControlCharacters(String(error?.message ?? error));
      const useful = message.split('\n').find((l) => l.trim() && !/^Build failed/.test(l)) ?? message;
      results.push({ id: c.id, label: c.label, error: useful.trim() });
      continue;
    }
    const js = files.filter((f) => f.endsWith('.js'));
    const code = (await Promise.all(js.map((f) => readFile(f, 'utf8')))).join('\n');
    const jsSize = sum(await Promise.all(js.map(async (f) => compressed(await readFile(f)))));
    const leaks = (c.mustNotContain ?? []).filter((marker) => code.includes(marker));
    const externalImports = [
      ...new Set([...code.matchAll(/from\s*["']([^"'.][^"']*)["']/g)].map((m) => m[1])),
    ].sort();
    const css = c.css.length > 0 ? sum(await Promise.all(c.css.map(stylesheetSize))) : null;
    results.push({
      id: c.id,
      label: c.label,
      imports: c.imports,
      js: jsSize,
      css,
      total: css ? sum([jsSize, css]) : jsSize,
      externalImports,
      ...(c.breakdown ? { composition: composition(modules) } : {}),
      ...(c.mustNotContain ? { treeShaken: leaks.length === 0, leakedMarkers: leaks } : {}),
    });
  }
  return results;
}
