import { HttpResponse } from 'msw';
import type { EcwidCreateCountJson, EcwidDeleteCountJson, EcwidUpdateCountJson } from './ecwidJson';
import type { EcwidScope } from './mockAuthorization';

/** The three contact writes, by HTTP method. */
export const ECWID_WRITE_METHODS = ['POST', 'PUT', 'DELETE'] as const;
export type EcwidWriteMethod = (typeof ECWID_WRITE_METHODS)[number];

/** The scope each write needs. Ecwid has no delete scope: a delete needs `update_customers`. */
export const ecwidWriteScopes: Record<EcwidWriteMethod, EcwidScope> = {
  POST: 'create_customers',
  PUT: 'update_customers',
  DELETE: 'update_customers',
};

export type EcwidWriteCountJson = EcwidCreateCountJson | EcwidUpdateCountJson | EcwidDeleteCountJson;

/** The documented success body of a write: how many contacts it created, updated or deleted. */
export function writeCountResponse(
  method: EcwidWriteMethod,
  count: number,
): HttpResponse<EcwidWriteCountJson> {
  switch (method) {
    case 'POST':
      return HttpResponse.json({ createCount: count });
    case 'PUT':
      return HttpResponse.json({ updateCount: count });
    case 'DELETE':
      return HttpResponse.json({ deleteCount: count });
    default:
      return method satisfies never;
  }
}

/** The write a request method names, or undefined for a read or any other method. */
export function writeMethodOf(request: Request): EcwidWriteMethod | undefined {
  return ECWID_WRITE_METHODS.find((method) => method === request.method);
}
