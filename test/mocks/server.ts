import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** MSW at the network edge for the unit lane: the same handlers Storybook uses. */
export const server = setupServer(...handlers);
