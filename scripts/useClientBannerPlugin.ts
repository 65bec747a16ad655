import type { Plugin } from 'vite';

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

/**
 * Bundlers drop module-level directives when they merge modules into a chunk, so the
 * `"use client"` in a source file never reaches dist/. This re-adds it to every output
 * chunk that contains at least one module which declared it, and to no other chunk,
 * so the server entry stays importable from React Server Components.
 */
export function useClientBannerPlugin(): Plugin {
  const clientModules = new Set<string>();
  return {
    name: 'ecwid-contact-card:use-client-banner',
    enforce: 'pre',
    transform(code, id) {
      if (USE_CLIENT.test(code)) clientModules.add(id);
      return null;
    },
    renderChunk(code, chunk) {
      if (!chunk.moduleIds.some((id) => clientModules.has(id))) return null;
      return { code: `'use client';\n${code}`, map: null };
    },
    onLog(level, log) {
      // The directive is re-added above; the bundler's "directive ignored" notice is expected.
      if (log.code === 'MODULE_LEVEL_DIRECTIVE') return false;
      return undefined;
    },
  };
}
