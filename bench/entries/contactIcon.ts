// One icon component alone: must not pull in the client, the hooks or the card.
export { ContactIcon } from '../../src/index';
