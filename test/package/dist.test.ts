// What ships: reads dist/ after `vite build`, so a packaging mistake fails here even when
// every source-level test passes. Runs in plain Node (project `package`).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  peerDependencies: Record<string, string>;
  dependencies: Record<string, string>;
  sideEffects: string[];
  files: string[];
};

const USE_CLIENT_FIRST = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*['"]use client['"]/;
const IMPORT_SPECIFIER =
  /(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bexport\s*[\w*{}\s,$]*\s*from\s*|\bimport\s*\()\s*['"]([^'"]+)['"]/g;

function read(file: string): string {
  return readFileSync(file, 'utf8');
}

function specifiers(code: string): string[] {
  return [...code.matchAll(IMPORT_SPECIFIER)].map((match) => match[1] ?? '');
}

/** Every built file `entry` loads, itself included, following relative imports only. */
function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (graph.has(file)) continue;
    const imports = specifiers(read(file));
    graph.set(file, imports);
    for (const specifier of imports) {
      if (specifier.startsWith('.')) pending.push(path.resolve(path.dirname(file), specifier));
    }
  }
  return graph;
}

function builtJsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return builtJsFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

const localeCodes = readdirSync(path.join(root, 'src/locales'))
  .filter((file) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(file))
  .map((file) => file.replace(/\.ts$/, ''));

describe('dist/ layout', () => {
  const entries = ['index', 'server', ...localeCodes.map((code) => `locales/${code}`)];

  it.each(entries)('%s has its module, bundled types and a source map', (entry) => {
    expect(existsSync(path.join(dist, `${entry}.js`))).toBe(true);
    expect(existsSync(path.join(dist, `${entry}.d.ts`))).toBe(true);
    const code = read(path.join(dist, `${entry}.js`));
    // A pure re-export module has nothing to map; anything with code of its own must point at its map.
    if (!/^(?:['"]use client['"];\s*)?(?:(?:import|export)\s[^;]*;\s*)*$/.test(code)) {
      expect(code).toMatch(/\/\/# sourceMappingURL=/);
      expect(existsSync(path.join(dist, `${entry}.js.map`))).toBe(true);
    }
  });

  it('types each locale with a type that index.d.ts exports', () => {
    const indexTypes = read(path.join(dist, 'index.d.ts'));
    for (const code of localeCodes) {
      const types = read(path.join(dist, `locales/${code}.d.ts`));
      expect(types, code).toMatch(/export declare const \w+: \w+;/);
      for (const [, names] of types.matchAll(/import type \{([^}]+)\} from '\.\.\/index\.js'/g)) {
        for (const name of (names ?? '').split(',').map((part) => part.trim())) {
          expect(indexTypes, `${code} imports ${name}`).toMatch(
            new RegExp(`export declare (?:interface|type) ${name}\\b|export \\{[^}]*\\b${name}\\b`),
          );
        }
      }
    }
  });

  it('ships a locale module per file in src/locales', () => {
    const built = existsSync(path.join(dist, 'locales'))
      ? readdirSync(path.join(dist, 'locales')).filter((file) => file.endsWith('.js'))
      : [];
    expect(built.sort()).toEqual(localeCodes.map((code) => `${code}.js`).sort());
  });

  it('emits styles.css and a styles.layer.css that wraps the same rules in one @layer', () => {
    const css = read(path.join(dist, 'styles.css'));
    const layered = read(path.join(dist, 'styles.layer.css'));
    expect(css).toContain('.ecc-');
    expect(layered.trimStart().startsWith('@layer ecwid-contact-card {')).toBe(true);
    expect(layered).toContain(css.trim());
  });

  it('never ships the mock API, tests or the MSW worker', () => {
    const all = builtJsFiles(dist);
    expect(
      all.filter((file) => /(?:^|[/_-])(?:mocks?|tests?|msw)(?:[/._-]|$)/i.test(path.relative(dist, file))),
    ).toEqual([]);
    for (const file of all) expect(read(file)).not.toMatch(/from\s*['"]msw/);
  });
});

describe('package.json', () => {
  it('maps every export to a file that exists, with types first', () => {
    const targets: string[] = [];
    for (const [subpath, target] of Object.entries(packageJson.exports)) {
      if (typeof target === 'string') {
        targets.push(target);
        continue;
      }
      expect(Object.keys(target)[0], subpath).toBe('types');
      targets.push(...Object.values(target));
    }
    for (const target of targets) {
      if (target.includes('*')) {
        for (const code of localeCodes) {
          expect(existsSync(path.join(root, target.replace('*', code))), target).toBe(true);
        }
      } else {
        expect(existsSync(path.join(root, target)), target).toBe(true);
      }
    }
    expect(Object.keys(packageJson.exports)).toEqual(
      expect.arrayContaining([
        '.',
        './server',
        './styles.css',
        './styles.layer.css',
        './locales/*',
        './package.json',
      ]),
    );
  });

  it('declares peers, dependencies, side effects and files as the host expects', () => {
    expect(packageJson.peerDependencies).toEqual({
      '@tanstack/react-query': '^5',
      react: '^18.2 || ^19',
      'react-dom': '^18.2 || ^19',
    });
    expect(Object.keys(packageJson.dependencies).sort()).toEqual([
      '@radix-ui/react-tooltip',
      '@tabler/icons-react',
    ]);
    expect(packageJson.sideEffects).toEqual(['**/*.css']);
    expect(packageJson.files).toEqual(['dist']);
  });
});

describe('bundling', () => {
  const external = [
    'react',
    'react-dom',
    'react/jsx-runtime',
    '@tanstack/react-query',
    '@radix-ui/',
    '@tabler/icons-react',
  ];

  it('keeps peers and dependencies as imports instead of bundling them', () => {
    for (const file of builtJsFiles(dist)) {
      const code = read(file);
      // Each of these libraries leaves a recognisable mark when inlined.
      expect(code, file).not.toMatch(
        /react\.element|__SECRET_INTERNALS|QueryClient\s*=\s*class|data-radix-popper/i,
      );
      for (const specifier of specifiers(code)) {
        const isRelative = specifier.startsWith('.');
        const isExternal = external.some((name) => specifier === name || specifier.startsWith(name));
        expect(isRelative || isExternal, `${path.relative(dist, file)} imports ${specifier}`).toBe(true);
      }
    }
  });
});

describe('"use client" and the server entry', () => {
  const serverGraph = moduleGraph(path.join(dist, 'server.js'));

  it('index.js starts with "use client"', () => {
    expect(read(path.join(dist, 'index.js'))).toMatch(USE_CLIENT_FIRST);
  });

  it('every built module that holds hooks or components starts with "use client"', () => {
    const clientMarks =
      /from\s*['"](?:react\/jsx-runtime|react-dom|@radix-ui\/[^'"]+|@tabler\/icons-react)['"]|\buse(?:State|Effect|LayoutEffect|Ref|Context|Id|Callback|Memo|Reducer|SyncExternalStore|Query|SuspenseQuery|QueryClient)\b/;
    const clientModules = builtJsFiles(dist).filter((file) => clientMarks.test(read(file)));
    expect(clientModules.length).toBeGreaterThan(0);
    for (const file of clientModules) expect(read(file), path.relative(dist, file)).toMatch(USE_CLIENT_FIRST);
  });

  it('server.js and every module it loads have no "use client", no client libraries and no hooks', () => {
    expect(serverGraph.size).toBeGreaterThan(0);
    for (const [file, imports] of serverGraph) {
      const code = read(file);
      const name = path.relative(dist, file);
      expect(code, name).not.toMatch(/['"]use client['"]/);
      expect(code, name).not.toMatch(/\buse[A-Z]\w*\s*\(/);
      for (const specifier of imports) {
        expect(specifier, name).not.toMatch(
          /^(?:react|react-dom|react\/jsx-runtime|@radix-ui\/.*|@tabler\/.*)$/,
        );
      }
    }
  });

  it('server.js loads in plain Node and exports the prefetching toolkit', () => {
    const output = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(path.join(dist, 'server.js'))}); console.log(JSON.stringify(Object.keys(m).sort()));`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const names = JSON.parse(output) as string[];
    expect(names).toEqual(
      expect.arrayContaining([
        'CONTACT_TYPES',
        'EcwidApiError',
        'createEcwidClient',
        'customerContactKeys',
        'customerContactQueryOptions',
        'customerContactsQueryOptions',
        'ecwidRetryDelay',
        'isContactType',
        'isEcwidApiError',
        'parseCustomerContact',
        'parseEcwidTimestamp',
        'shouldRetryEcwidError',
      ]),
    );
    expect(names.some((name) => /^use[A-Z]|Provider$|^Contact(Card|Icon)/.test(name))).toBe(false);
  });
});
