// `npm run demo`: serves the example app and the local admin shell that frames it, with the mock
// Ecwid API (the same MSW handlers the tests and Storybook use) answering on /api/v3 of the same
// origin. The app imports the library's source, so no build is needed. Prints the URL to open.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { getResponse } from 'msw';
import { createServer } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

/** The whole body of a Node request. */
async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Answers `/api/v3/…` with the mock store, as if the request had gone to the real API. `extraHandlers`
 * (MSW handlers) take precedence, so a test can add a customer the shared mock store lacks.
 */
function mockEcwidApi(extraHandlers) {
  return {
    name: 'ecwid-contact-card:mock-ecwid-api',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (!request.url?.startsWith('/api/v3/')) return next();
        try {
          const { handlers } = await server.ssrLoadModule(path.join(repo, 'test/mocks/handlers.ts'));
          const headers = new Headers();
          for (const [name, value] of Object.entries(request.headers)) {
            if (typeof value === 'string') headers.set(name, value);
          }
          // A write's JSON body goes along, so POST and PUT reach the mock store as the client sent them.
          const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
          const body = hasBody ? await readBody(request) : undefined;
          const mocked = await getResponse(
            [...extraHandlers, ...handlers],
            new Request(`https://app.ecwid.com${request.url}`, { method: request.method, headers, body }),
          );
          const answer = mocked ?? Response.json({ errorMessage: 'Not found' }, { status: 404 });
          response.writeHead(answer.status, Object.fromEntries(answer.headers));
          response.end(Buffer.from(await answer.arrayBuffer()));
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/**
 * Starts the demo. `port: 0` picks a free port (tests); returns the shell's URL and a `close()`.
 * @param {{ port?: number, host?: string, handlers?: import('msw').RequestHandler[] }} [options]
 */
export async function startDemoServer({ port = 5175, host = '127.0.0.1', handlers = [] } = {}) {
  const server = await createServer({
    configFile: false,
    root: here,
    logLevel: 'warn',
    clearScreen: false,
    plugins: [react(), mockEcwidApi(handlers)],
    resolve: {
      // The app imports the package by name, as a host would; here the names point at the source.
      alias: [
        {
          find: /^ecwid-contact-card\/styles\.css$/,
          replacement: path.join(repo, 'src/components/styles.css'),
        },
        { find: /^ecwid-contact-card\/locales\/(.+)$/, replacement: path.join(repo, 'src/locales/$1.ts') },
        { find: /^ecwid-contact-card$/, replacement: path.join(repo, 'src/index.ts') },
      ],
    },
    define: { 'import.meta.env.VITE_ECWID_API_BASE_URL': JSON.stringify('/api/v3') },
    optimizeDeps: {
      // Pre-bundled up front, so the first page load never triggers a dependency reload.
      entries: ['index.html', 'shell.html'],
      include: [
        'react',
        'react/jsx-runtime',
        'react/jsx-dev-runtime',
        'react-dom/client',
        '@tanstack/react-query',
        '@radix-ui/react-tooltip',
        '@tabler/icons-react',
      ],
    },
    server: { host, port, strictPort: port !== 0, fs: { allow: [repo] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${host}:${actualPort}`;
  return {
    origin,
    shellUrl: `${origin}/shell.html`,
    close: () => server.close(),
  };
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const { name } = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const demo = await startDemoServer({ port: Number(process.env.PORT ?? 5175) });
  console.log(`${name} demo: an app page framed by a local admin shell, on the mock API.`);
  console.log(`  Admin shell:  ${demo.shellUrl}`);
  console.log(`  Other customer or language: ${demo.shellUrl}?customer=177737166&lang=de`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
