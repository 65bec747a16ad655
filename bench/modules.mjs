// Where the bytes are: every module of `src/index.ts` as bundled for a host (minified, peers and
// Radix external), its minified length, each layer's share, and the JS's gzip. Run it after a
// change to see what the change cost; size-limit (`.size-limit.json`) holds the budget.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', '@radix-ui/*'];

const result = await build({
  entryPoints: [path.join(ROOT, 'src/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  outfile: path.join(ROOT, 'bench/.tmp/modules.js'),
  external: EXTERNAL,
  loader: { '.css': 'empty' },
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const js = result.outputFiles[0].contents;
const css = await build({
  entryPoints: [path.join(ROOT, 'src/components/styles.css')],
  bundle: true,
  minify: true,
  write: false,
  outfile: path.join(ROOT, 'bench/.tmp/modules.css'),
  logLevel: 'error',
});
const cssBytes = css.outputFiles[0].contents;

const inputs = Object.values(result.metafile.outputs)[0].inputs;
const layerOf = (id) =>
  /^src\/(\w+)\//.exec(id)?.[1] ?? (id.includes('@tabler/icons-react') ? 'icons' : 'other');
const layers = {};
const rows = [];
for (const [id, { bytesInOutput }] of Object.entries(inputs)) {
  if (bytesInOutput === 0) continue;
  rows.push([bytesInOutput, id.replace(/^node_modules\/@tabler\/icons-react\/dist\/esm\//, 'tabler/')]);
  layers[layerOf(id)] = (layers[layerOf(id)] ?? 0) + bytesInOutput;
}
rows.sort((a, b) => b[0] - a[0]);
for (const [bytes, id] of rows) console.log(String(bytes).padStart(6), id);
console.log('\nminified bytes per layer:', layers);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
console.log(
  `JS ${js.length} B min, ${gzip(js)} B gzip; CSS ${cssBytes.length} B min, ${gzip(cssBytes)} B gzip; ` +
    `sum ${gzip(js) + gzip(cssBytes)} B gzip (budget 8000)`,
);
