import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ecwidRetryDelay, shouldRetryEcwidError } from '../src/api';

/** Story parameter `queryClient`: defaults for queries of that story's QueryClient. */
export type StoryQueryDefaults = NonNullable<DefaultOptions['queries']>;

// The library's retry rules, with waits short enough for a story to settle in well under a second.
const STORY_RETRY_DELAY_CAP_MS = 50;

/** A fresh cache per story, so no story sees another's data or errors. */
export function createStoryQueryClient(overrides: StoryQueryDefaults = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryEcwidError,
        retryDelay: (attempt, error) => Math.min(ecwidRetryDelay(attempt, error), STORY_RETRY_DELAY_CAP_MS),
        ...overrides,
      },
    },
  });
}
