// What a typical host imports: the card, the provider and the client (the rest tree-shaken).
export { ContactCard, EcwidProvider, createEcwidClient } from '../../src/index';
