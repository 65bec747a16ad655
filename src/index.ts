// The one public entry. Each layer lists its public names in its own index.ts.
export * from './api/index';
export * from './query/index';
export * from './components/index';
