import type { HttpHandler } from 'msw';
import { readHandlers } from './readHandlers';
import { writeHandlers } from './writeHandlers';

export { ECWID_API } from './ecwidApi';
export { seedContact } from './mockStore';

/**
 * The default mock Ecwid store: the two reads and the three writes of the contact endpoints, on one
 * in-memory store (see `mockStore.ts`; `resetMockStore()` restores its seed). Every store id serves
 * the same customers, so stories and tests may use any positive store id; the demo uses 1003, the
 * seed's.
 */
export const handlers: HttpHandler[] = [...readHandlers, ...writeHandlers];
