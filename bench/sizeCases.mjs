// The size cases of `npm run bench`. A case is what a host imports from the package's main entry;
// size.mjs writes that import into an entry file, bundles it from src/ and compresses the result.
// To measure a new host (one that also writes, one that shows CustomerContacts, …) add an object
// here: the table, results.json and the tree-shaking goals pick it up.

/** What a host that only shows contacts imports; size-limit guards the same set in dist/. */
export const READ_ONLY_HOST = ['ContactCard', 'EcwidProvider', 'createEcwidClient'];

/** What a host that also edits contacts adds (issue 13). */
export const WRITE_HOOKS = [
  'useUpdateCustomerContact',
  'useCreateCustomerContact',
  'useDeleteCustomerContact',
];

/**
 * @typedef {object} SizeCase
 * @property {string} id key in results.json
 * @property {string} label row in the printed table
 * @property {string[] | '*'} imports names imported from src/index.ts, or '*' for all of it
 * @property {string[]} css the stylesheets (in src/components) the host also loads, each counted as its own file
 * @property {boolean} [bundleRadix] bundle @radix-ui/* instead of leaving it external
 * @property {string[]} [mustNotContain] markers of code the case must not pull in: a tree-shaking goal
 * @property {boolean} [breakdown] also report JS / CSS and each layer's share of the JS
 */

/** @type {SizeCase[]} */
export const SIZE_CASES = [
  {
    id: 'readOnlyHost',
    label: 'read-only host: ContactCard + EcwidProvider + createEcwidClient + CSS',
    imports: READ_ONLY_HOST,
    css: ['styles.css'],
    // Neither the suspense hook nor the write hooks (useMutation) it does not import.
    mustNotContain: ['useSuspenseQuery', 'useMutation'],
  },
  {
    // Issue 13: importing the write hooks costs what they are; not importing them costs nothing, so
    // this row minus the read-only host is their price and the read-only host row must not move.
    id: 'readOnlyHostWithWriteHooks',
    label: 'read-only host + write hooks (useUpdate/Create/DeleteCustomerContact) + CSS',
    imports: [...READ_ONLY_HOST, ...WRITE_HOOKS],
    css: ['styles.css'],
  },
  {
    // Issue 14: a host that shows a customer's contacts editable in place.
    id: 'customerContactsHost',
    label:
      'host with <CustomerContacts editable>: CustomerContacts + EcwidProvider + createEcwidClient + CSS',
    imports: ['CustomerContacts', 'EcwidProvider', 'createEcwidClient'],
    css: ['styles.css', 'customerContacts.css'],
  },
  {
    id: 'readOnlyHostWithRadix',
    label: 'read-only host + Radix Tooltip bundled',
    imports: READ_ONLY_HOST,
    css: ['styles.css'],
    bundleRadix: true,
  },
  {
    id: 'contactIconAlone',
    label: '`ContactIcon` alone (+ its icons)',
    imports: ['ContactIcon'],
    css: [],
    // Nothing of the client, the hooks or the card's tooltip.
    mustNotContain: ['Bearer', '/customers/', 'QueryClient', '@radix-ui', 'role:"tooltip"'],
  },
  {
    id: 'ecwidClientAlone',
    label: '`createEcwidClient` alone',
    imports: ['createEcwidClient'],
    css: [],
    // Nothing of React, the icons or the components.
    mustNotContain: ['tabler', 'jsx', 'react', 'ecc-'],
  },
  {
    id: 'wholeEntry',
    label: 'whole main entry (everything src/index.ts exports) + CSS',
    imports: '*',
    css: ['styles.css', 'customerContacts.css'],
    breakdown: true,
  },
];
