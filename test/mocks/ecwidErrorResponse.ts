import { HttpResponse } from 'msw';
import type { EcwidErrorJson } from './ecwidJson';

/** An error response shaped like Ecwid's: JSON `{ errorMessage, errorCode }` with the matching status. */
export function ecwidErrorResponse(
  status: number,
  body: EcwidErrorJson,
  headers?: HeadersInit,
): HttpResponse<EcwidErrorJson> {
  return HttpResponse.json(body, { status, headers });
}
