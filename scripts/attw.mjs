// Runs "Are the types wrong?" on the packed package. The CSS subpaths have no types by nature, so
// they are left out; the locale wildcard is expanded so that every shipped locale is checked.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const locales = readdirSync('src/locales')
  .filter((file) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(file))
  .map((file) => `./locales/${file.replace(/\.ts$/, '')}`);

try {
  execFileSync(
    'attw',
    [
      '--pack',
      '.',
      '--profile',
      'esm-only',
      '--exclude-entrypoints',
      './styles.css',
      './styles.layer.css',
      './customer-contacts.css',
      './customer-contacts.layer.css',
      ...(locales.length > 0 ? ['--include-entrypoints', ...locales] : []),
    ],
    { stdio: 'inherit' },
  );
} catch {
  process.exit(1);
}
