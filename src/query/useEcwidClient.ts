'use client';
import { useContext } from 'react';
import type { EcwidClient } from '../api/index';
import { EcwidClientContext } from './EcwidClientContext';

/**
 * The client a hook should use: the one passed in, else the nearest EcwidProvider's. With neither,
 * it throws an error that says how to provide one.
 */
export function useEcwidClient(client?: EcwidClient): EcwidClient {
  const contextClient = useContext(EcwidClientContext);
  const resolved = client ?? contextClient;
  if (!resolved) {
    throw new Error(
      'No EcwidClient: wrap in <EcwidProvider client={createEcwidClient({ storeId, token })}> or pass { client }.',
    );
  }
  return resolved;
}
