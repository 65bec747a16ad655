// One programmatic Vite (rolldown) build per bench case, from src/ through a small entry file,
// so the figures never depend on a stale dist/. The project's vite.config.ts is not loaded:
// its dts and CSS plugins are for the published package, not for measuring.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TMP = path.join(ROOT, 'bench/.tmp');

/** What a host app already has: React, React DOM and React Query are peers, never ours to count. */
export const PEERS = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/];
export const RADIX = /^@radix-ui\//;

/**
 * @param {{ entry: string, outDir: string, external?: RegExp[], minify?: boolean, production?: boolean }} options
 * @returns {Promise<{ files: string[], modules: Record<string, number> }>} absolute paths of the
 *   emitted .js and .css files, and each bundled module's rendered length (after tree-shaking,
 *   before minifying)
 */
export async function bundle({ entry, outDir, external = [], minify = true, production = true }) {
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    plugins: [react()],
    // Library mode leaves process.env alone for the consumer; the bench is that consumer.
    define: production ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      minify,
      cssCodeSplit: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => 'index.js', cssFileName: 'index' },
      rolldownOptions: {
        external,
        onLog(level, log, handler) {
          // Bundling drops "use client" directives; harmless for a measurement.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  });
  const modules = {};
  for (const result of Array.isArray(output) ? output : [output]) {
    for (const chunk of result.output ?? []) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, info] of Object.entries(chunk.modules)) {
        modules[path.relative(ROOT, id)] = info.renderedLength;
      }
    }
  }
  const files = [];
  for (const name of await readdir(outDir, { recursive: true })) {
    const file = path.join(outDir, name);
    if (/\.(js|css)$/.test(name) && (await stat(file)).isFile()) files.push(file);
  }
  return { files, modules };
}
