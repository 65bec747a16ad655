import { http, type HttpHandler } from 'msw';
import { findContact, findCustomer } from './contactLookup';
import { parseContactChanges, parseNewContact, readJsonBody } from './contactWriteBody';
import { CONTACT_DETAIL_PATH, CONTACT_LIST_PATH, type ContactPathParams } from './ecwidApi';
import type { EcwidErrorJson } from './ecwidJson';
import { ecwidWriteScopes, writeCountResponse, type EcwidWriteCountJson } from './ecwidWrites';
import { authorizationError } from './mockAuthorization';
import { createMockContact, deleteMockContact, updateMockContact } from './mockStore';

/**
 * The three writes, applied to the live store with Ecwid's documented answers. Checks run in
 * Ecwid's order: token and scope, then the path, then the body.
 */
export const writeHandlers: HttpHandler[] = [
  http.post<ContactPathParams, never, EcwidWriteCountJson | EcwidErrorJson>(
    CONTACT_LIST_PATH,
    async ({ request, params }) => {
      const denied = authorizationError(request, ecwidWriteScopes.POST);
      if (denied) return denied;
      const customer = findCustomer(params);
      if (customer instanceof Response) return customer;
      const fields = parseNewContact(await readJsonBody(request));
      if (fields instanceof Response) return fields;
      createMockContact(customer.customerId, fields);
      return writeCountResponse('POST', 1);
    },
  ),
  http.put<ContactPathParams, never, EcwidWriteCountJson | EcwidErrorJson>(
    CONTACT_DETAIL_PATH,
    async ({ request, params }) => {
      const denied = authorizationError(request, ecwidWriteScopes.PUT);
      if (denied) return denied;
      const found = findContact(params);
      if (found instanceof Response) return found;
      const changes = parseContactChanges(await readJsonBody(request));
      if (changes instanceof Response) return changes;
      updateMockContact(found.customerId, found.contact.id, changes);
      return writeCountResponse('PUT', 1);
    },
  ),
  http.delete<ContactPathParams, never, EcwidWriteCountJson | EcwidErrorJson>(
    CONTACT_DETAIL_PATH,
    ({ request, params }) => {
      const denied = authorizationError(request, ecwidWriteScopes.DELETE);
      if (denied) return denied;
      const found = findContact(params);
      if (found instanceof Response) return found;
      deleteMockContact(found.customerId, found.contact.id);
      return writeCountResponse('DELETE', 1);
    },
  ),
];
