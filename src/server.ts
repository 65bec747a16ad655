// Server-safe entry (`ecwid-contact-card/server`): the HTTP client, parsing, errors, retry policy,
// the key factory, the query options and withLibraryDefaults, for prefetching in React Server
// Components or any Node code. It must never reach a module with hooks, components or a client
// directive: test/package proves that on the built files, so import the query layer file by file
// here, never through its barrel.
export * from './api/index';
export {
  customerContactKeys,
  type CustomerContactDetailKey,
  type CustomerContactListKey,
} from './query/customerContactKeys';
export { customerContactQueryOptions, type CustomerContactIds } from './query/customerContactQueryOptions';
export { customerContactsQueryOptions, type CustomerContactsIds } from './query/customerContactsQueryOptions';
export { withLibraryDefaults } from './query/withLibraryDefaults';
