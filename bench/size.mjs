// Size: what a host downloads for this package, gzip and brotli, per case.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { transform } from 'lightningcss';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundle, PEERS, RADIX, ROOT, TMP } from './bundle.mjs';

const CSS = path.join(ROOT, 'src/components/styles.css');

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

const CASES = [
  {
    id: 'ownCodeIconsCss',
    label: 'own code + icons + CSS (React, React Query, Radix external)',
    entry: 'everything.ts',
    external: [...PEERS, RADIX],
    css: true,
  },
  {
    id: 'withRadix',
    label: 'own code + icons + CSS + Radix Tooltip (React, React Query external)',
    entry: 'everything.ts',
    external: PEERS,
    css: true,
  },
  {
    id: 'typicalApp',
    label: 'typical host: ContactCard + EcwidProvider + createEcwidClient + CSS (Radix external)',
    entry: 'typicalApp.ts',
    external: [...PEERS, RADIX],
    css: true,
  },
  {
    id: 'contactIconAlone',
    label: '`ContactIcon` alone (+ its icons)',
    entry: 'contactIcon.ts',
    external: [...PEERS, RADIX],
    css: false,
    // Tree-shaking works when none of the client's or the card's code comes along.
    mustNotContain: ['Bearer', '/customers/', 'QueryClient', '@radix-ui', 'role:"tooltip"'],
  },
  {
    id: 'ecwidClientAlone',
    label: '`createEcwidClient` alone',
    entry: 'ecwidClient.ts',
    external: [...PEERS, RADIX],
    css: false,
    mustNotContain: ['tabler', 'jsx', 'react', 'ecc-'],
  },
];

export async function measureSize() {
  // Minified as the build ships it (scripts/cssBundlePlugin.ts): no targets, comments dropped.
  const css = compressed(transform({ filename: CSS, code: await readFile(CSS), minify: true }).code);
  const results = [];
  for (const c of CASES) {
    let files;
    let modules;
    try {
      ({ files, modules } = await bundle({
        entry: path.join(ROOT, 'bench/entries', c.entry),
        outDir: path.join(TMP, 'size', c.id),
        external: c.external,
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
    const imports = [
      ...new Set([...code.matchAll(/from\s*["']([^"'.][^"']*)["']/g)].map((m) => m[1])),
    ].sort();
    results.push({
      id: c.id,
      label: c.label,
      js: jsSize,
      css: c.css ? css : null,
      total: c.css ? sum([jsSize, css]) : jsSize,
      externalImports: imports,
      composition: composition(modules),
      ...(c.mustNotContain ? { treeShaken: leaks.length === 0, leakedMarkers: leaks } : {}),
    });
  }
  return results;
}
