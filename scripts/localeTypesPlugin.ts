import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

interface LocaleTypesOptions {
  /** Entry name (`locales/de`) → source file, as given to `build.lib.entry`. */
  entries: Record<string, string>;
  /** The public type every locale module's strings satisfy, exported from the main entry. */
  labelsType: string;
}

/**
 * Writes `dist/locales/<code>.d.ts` for each locale entry. Bundling each locale's types through API
 * Extractor took more than half of the build, only to restate a strings object whose public type
 * already ships in index.d.ts; each declaration here says `export declare const de: ContactCardLabels`.
 * Runs after vite-plugin-dts (which is told to skip src/locales) has written its files.
 */
export function localeTypesPlugin({ entries, labelsType }: LocaleTypesOptions): Plugin {
  let outDir = 'dist';
  return {
    name: 'ecwid-contact-card:locale-types',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      handler() {
        for (const [entry, source] of Object.entries(entries)) {
          const code = readFileSync(source, 'utf8');
          const names = [...code.matchAll(/^export const (\w+)\b/gm)].map((match) => match[1] as string);
          if (names.length === 0) throw new Error(`${source} exports no \`export const\` strings object`);
          if (!code.includes(`satisfies ${labelsType}`)) {
            throw new Error(`${source} must end its strings object with \`satisfies ${labelsType}\``);
          }
          const defaultName = /^export default (\w+);/m.exec(code)?.[1];
          const relativeIndex = path.posix.relative(path.posix.dirname(entry), 'index.js');
          const lines = [
            `import type { ${labelsType} } from '${relativeIndex.startsWith('.') ? relativeIndex : `./${relativeIndex}`}';`,
            ...names.map((name) => `export declare const ${name}: ${labelsType};`),
            ...(defaultName ? [`export default ${defaultName};`] : []),
            '',
          ];
          writeFileSync(path.join(outDir, `${entry}.d.ts`), lines.join('\n'));
        }
      },
    },
  };
}
