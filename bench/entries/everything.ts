// Everything the package exports: own code + icons (CSS is measured as its own file).
export * from '../../src/index';
