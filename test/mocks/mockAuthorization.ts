import type { HttpResponse } from 'msw';
import { ecwidErrorResponse } from './ecwidErrorResponse';
import type { EcwidErrorJson } from './ecwidJson';

/** The app scopes the contact endpoints need. */
export type EcwidScope = 'read_customers' | 'create_customers' | 'update_customers';

const EVERY_SCOPE: readonly EcwidScope[] = ['read_customers', 'create_customers', 'update_customers'];

/** A storefront's public token: Ecwid lets it read no customers. */
const PUBLIC_TOKEN_PREFIX = 'public_';
/** The mock's own convention for an app installed with `read_customers` only. */
export const READ_ONLY_TOKEN_PREFIX = 'secret_readonly_';

/**
 * Tokens the mock store tells apart by prefix. Any other Bearer token has every scope, so tests and
 * stories may use any `secret_…` value.
 */
export const mockTokens = {
  /** Reads and all three writes. */
  full: 'secret_test',
  /** Reads; every write answers 403 INSUFFICIENT_APP_SCOPE naming the scope it needs. */
  readOnly: `${READ_ONLY_TOKEN_PREFIX}test`,
  /** Nothing: every contact endpoint answers 403 INSUFFICIENT_APP_SCOPE. */
  public: `${PUBLIC_TOKEN_PREFIX}test`,
} as const;

function grantedScopes(token: string): readonly EcwidScope[] {
  if (token.startsWith(PUBLIC_TOKEN_PREFIX)) return [];
  if (token.startsWith(READ_ONLY_TOKEN_PREFIX)) return ['read_customers'];
  return EVERY_SCOPE;
}

/** 403 INSUFFICIENT_APP_SCOPE, with a message that names the missing scope as Ecwid's does. */
export function missingScopeResponse(scope: EcwidScope): HttpResponse<EcwidErrorJson> {
  return ecwidErrorResponse(403, {
    errorMessage: `This app does not have the ${scope} scope`,
    errorCode: 'INSUFFICIENT_APP_SCOPE',
  });
}

/**
 * What Ecwid checks before it looks at the path: a Bearer token (there is no 401, a bad or missing
 * token is 403 INVALID_API_TOKEN) and the scope the endpoint needs.
 */
export function authorizationError(request: Request, scope: EcwidScope): HttpResponse<EcwidErrorJson> | null {
  const match = /^Bearer\s+(\S+)$/.exec(request.headers.get('Authorization') ?? '');
  const token = match?.[1];
  if (token === undefined) {
    return ecwidErrorResponse(403, { errorMessage: 'Invalid token', errorCode: 'INVALID_API_TOKEN' });
  }
  return grantedScopes(token).includes(scope) ? null : missingScopeResponse(scope);
}
