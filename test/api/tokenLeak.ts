import { expect } from 'vitest';

/** Asserts `secret` appears in no way an error is usually shown, logged or serialised. */
export function expectNoSecret(error: unknown, secret: string): void {
  expect(error).toBeInstanceOf(Error);
  const shown = error as Error;
  expect(shown.message).not.toContain(secret);
  expect(String(shown)).not.toContain(secret);
  expect(JSON.stringify(shown)).not.toContain(secret);
  expect(shown.stack ?? '').not.toContain(secret);
  expect(String(shown.cause ?? '')).not.toContain(secret);
}

/** The rejection of `promise`; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
