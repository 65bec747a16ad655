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

/**
 * The code without its block comments and whole-line comments: dist/ is unminified and keeps the
 * source's doc comments, which may name a hook the module never calls.
 */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
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
    const clientModules = builtJsFiles(dist).filter((file) => clientMarks.test(withoutComments(read(file))));
    expect(clientModules.length).toBeGreaterThan(0);
    for (const file of clientModules) expect(read(file), path.relative(dist, file)).toMatch(USE_CLIENT_FIRST);
  });

  it('server.js and every module it loads have no "use client", no client libraries and no hooks', () => {
    expect(serverGraph.size).toBeGreaterThan(0);
    for (const [file, imports] of serverGraph) {
      const code = withoutComments(read(file));
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

describe('readable dist/', () => {
  interface ExportedComponent {
    exportName: string;
    /** `function` for a plain component (or a class), `exotic` for memo/forwardRef/lazy objects. */
    kind: 'function' | 'exotic';
    name: string | null;
    displayName: string | null;
  }

  // Every export that React treats as a component: an upper-case name holding a function, or a
  // memo/forwardRef object (`$$typeof`). Read in a child Node, the way a host's server would load it.
  const components = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(path.join(dist, 'index.js'))});
         const found = [];
         for (const [exportName, value] of Object.entries(m)) {
           if (!/^[A-Z]/.test(exportName)) continue;
           const isFunction = typeof value === 'function';
           const isExotic = typeof value === 'object' && value !== null && typeof value.$$typeof === 'symbol';
           if (!isFunction && !isExotic) continue;
           found.push({
             exportName,
             kind: isFunction ? 'function' : 'exotic',
             name: typeof value.name === 'string' ? value.name : null,
             displayName: typeof value.displayName === 'string' ? value.displayName : null,
           });
         }
         console.log(JSON.stringify(found));`,
      ],
      { cwd: root, encoding: 'utf8' },
    ),
  ) as ExportedComponent[];
  const indexGraph = moduleGraph(path.join(dist, 'index.js'));
  const shippedCode = [...indexGraph.keys()].map(read).join('\n');

  it('exports the components the README documents, found by shape', () => {
    expect(components.map((component) => component.exportName)).toEqual(
      expect.arrayContaining(['ContactCard', 'ContactCardView', 'ContactIcon', 'EcwidProvider']),
    );
  });

  it('gives every exported component its export name, as DevTools and component stacks show it', () => {
    for (const component of components) {
      const shownName = component.displayName ?? component.name;
      expect(shownName, component.exportName).toBe(component.exportName);
    }
  });

  it('declares each of them under its real name in the shipped code', () => {
    for (const component of components.filter((entry) => entry.kind === 'function')) {
      const name = component.exportName;
      expect(shippedCode, name).toMatch(
        new RegExp(`\\b(?:(?:function|class) ${name}\\b|(?:var|let|const) ${name} =)`),
      );
    }
  });

  it('ships unminified ESM: shared chunks are imported under their real names, not letters', () => {
    for (const file of indexGraph.keys()) {
      const code = read(file);
      for (const match of code.matchAll(/\bimport\s*\{([^}]*)\}\s*from\s*['"](\.[^'"]+)['"]/g)) {
        const aliases = (match[1] ?? '').split(',').filter((part) => /\bas\s+[a-zA-Z]\b/.test(part));
        expect(aliases, `${path.relative(dist, file)} imports from ${match[2]}`).toEqual([]);
      }
    }
  });
});
