'use client';
// The one public entry. Each layer lists its public names in its own index.ts. It is a client
// module as a whole; server code imports `ecwid-contact-card/server`.
export * from './api/index';
export * from './query/index';
export * from './components/index';
