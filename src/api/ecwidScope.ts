/** The app scopes the contact endpoints need. */
export type EcwidScope = 'read_customers' | 'create_customers' | 'update_customers';

export type EcwidWriteMethod = 'POST' | 'PUT' | 'DELETE';

export type EcwidMethod = 'GET' | EcwidWriteMethod;

/** The scope each method needs on the contact endpoints. Ecwid has no delete scope: a delete is an update. */
export const SCOPE_BY_METHOD: Record<EcwidMethod, EcwidScope> = {
  GET: 'read_customers',
  POST: 'create_customers',
  PUT: 'update_customers',
  DELETE: 'update_customers',
};
