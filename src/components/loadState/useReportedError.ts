'use client';
import { useEffect, useRef } from 'react';
import type { EcwidApiError } from '../../api/ecwidApiError';

/**
 * Hands each error to `onError` once, to the callback current when it arrives; a re-render does not
 * repeat it. For the components' `onError` prop (logging).
 */
export function useReportedError(
  error: EcwidApiError | null,
  onError: ((error: EcwidApiError) => void) | undefined,
): void {
  const reported = useRef<unknown>(null);
  useEffect(() => {
    if (error && reported.current !== error) {
      reported.current = error;
      onError?.(error);
    }
  });
}
