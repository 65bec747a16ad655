// The HTTP client alone: must not pull in React, the icons or the card.
export { createEcwidClient } from '../../src/index';
