import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { createEcwidClient, type EcwidClientOptions } from '../src/api';
import { EcwidProvider } from '../src/query';
import { createStoryQueryClient, type StoryQueryDefaults } from './storyQueryClient';

/** The demo store every story talks to; the mock Ecwid API in test/mocks answers for it. */
export const STORY_CLIENT_OPTIONS: EcwidClientOptions = { storeId: 1003, token: 'secret_storybook_demo' };

export interface StoryProvidersProps {
  /** Story parameter `queryClient`: query defaults for this story's QueryClient. */
  queryDefaults?: StoryQueryDefaults;
  /** Story parameter `ecwidClient`: options over the demo store's client (e.g. another token). */
  clientOptions?: Partial<EcwidClientOptions>;
  children: ReactNode;
}

/**
 * What a host app provides: a QueryClientProvider and an EcwidProvider with a real client. Both are
 * created once per mounted story, so no story sees another's cache or in-flight requests.
 */
export function StoryProviders({ queryDefaults, clientOptions, children }: StoryProvidersProps) {
  const [queryClient] = useState(() => createStoryQueryClient(queryDefaults));
  const [client] = useState(() => createEcwidClient({ ...STORY_CLIENT_OPTIONS, ...clientOptions }));
  useEffect(() => () => queryClient.clear(), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <EcwidProvider client={client}>{children}</EcwidProvider>
    </QueryClientProvider>
  );
}
