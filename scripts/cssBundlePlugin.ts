import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

interface CssBundleOptions {
  /** A stylesheet of the library (plain CSS, no preprocessor). */
  source: string;
  /** The emitted files' name: `<fileBase>.css` and `<fileBase>.layer.css`. */
  fileBase: string;
  /** Cascade layer name for the `@layer` variant. */
  layer: string;
}

/**
 * Minified because a host may link the file as it is. No `targets`, so nothing is lowered or
 * prefixed: light-dark() and logical properties stay as written.
 */
export function minifyCss(css: string, filename: string): string {
  return transform({ filename, code: Buffer.from(css), minify: true }).code.toString();
}

/**
 * Emits `<fileBase>.css` and `<fileBase>.layer.css` with the same rules inside one `@layer`, so a
 * host's own unlayered styles always win over ours without `!important`. Components never import
 * CSS: the host imports one of the two files of each stylesheet it needs.
 */
export function cssBundlePlugin({ source, fileBase, layer }: CssBundleOptions): Plugin {
  return {
    name: `ecwid-contact-card:css-bundle:${fileBase}`,
    apply: 'build',
    buildStart() {
      this.addWatchFile(source);
    },
    generateBundle() {
      const css = minifyCss(readFileSync(source, 'utf8'), source);
      this.emitFile({ type: 'asset', fileName: `${fileBase}.css`, source: css });
      this.emitFile({
        type: 'asset',
        fileName: `${fileBase}.layer.css`,
        source: `@layer ${layer} {\n${css}\n}\n`,
      });
    },
  };
}
