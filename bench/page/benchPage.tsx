// The page Chromium loads for the render, request and tooltip measurements. It is bundled for
// production (bench/page.mjs) and driven from Node through `window.bench`.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, useEffect, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SocialIcon } from 'react-social-icons';
import {
  ContactCard,
  ContactCardView,
  ContactIcon,
  EcwidProvider,
  createEcwidClient,
  CustomerContacts,
  customerContactKeys,
  en,
  parseCustomerContact,
  useCustomerContacts,
  useUpdateCustomerContact,
  type CustomerContact,
} from '../../src/index';
import '../../src/components/styles.css';
import { mockContactJson } from '../mockContacts.mjs';

// sameDom is the goal's baseline; bareMarkup, socialIcon and contactIcon (how much of a card's cost
// its type icon is) are context.
export type RenderVariant = 'contactCardView' | 'sameDom' | 'bareMarkup' | 'socialIcon' | 'contactIcon';

const CARD_COUNT = 1000;
const CONTACTS: CustomerContact[] = Array.from({ length: CARD_COUNT }, (_, i) =>
  parseCustomerContact(mockContactJson(i + 1)),
);
const NOTE_BUTTON = `button[aria-label="${en.noteButton}"]`;
const TOOLTIP_NODES = '[role="tooltip"], [data-radix-popper-content-wrapper]';

// The baseline a developer would write by hand: same visible text, plain links, no icons,
// no note button, one shared date formatter.
const bareDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function bareHref(contact: CustomerContact): string | undefined {
  if (contact.type === 'EMAIL') return `mailto:${contact.contact}`;
  if (contact.type === 'PHONE') return `tel:${contact.contact}`;
  return /^https?:\/\//.test(contact.contact) ? contact.contact : undefined;
}

function BareContact({ contact }: { contact: CustomerContact }) {
  return (
    <article>
      <a href={bareHref(contact)}>{contact.handle ? `@${contact.handle}` : contact.contact}</a>
      {contact.default && <strong>Default</strong>}
      {contact.handle && <span>{contact.contact}</span>}
      {contact.createdAt && (
        <span>
          Added <time dateTime={contact.createdAt.toISOString()}>{bareDate.format(contact.createdAt)}</time>
        </span>
      )}
    </article>
  );
}

function socialUrl(contact: CustomerContact): string {
  if (contact.type === 'EMAIL') return `mailto:${contact.contact}`;
  if (contact.type === 'PHONE' || contact.type === 'WHATSAPP' || contact.type === 'VIBER') {
    return `tel:${contact.contact}`;
  }
  return contact.contact;
}

/**
 * A DOM node as data: what `createElement` needs to build the same node again. Made once from the
 * mounted cards, before any timing, so the `sameDom` variant mounts exactly the elements and
 * attributes the cards produce, with none of our components' logic (no hooks, no labels, no
 * Radix, no hrefs or dates computed).
 */
interface StaticNode {
  type: string;
  props: Record<string, unknown>;
  children: (StaticNode | string)[];
}

// DOM attribute names React spells differently; the rest pass through as written (aria-*, data-*).
const REACT_PROP_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  datetime: 'dateTime',
  tabindex: 'tabIndex',
  readonly: 'readOnly',
  maxlength: 'maxLength',
  autocomplete: 'autoComplete',
  spellcheck: 'spellCheck',
  contenteditable: 'contentEditable',
};
const BOOLEAN_ATTRIBUTES = new Set(['hidden', 'disabled', 'checked', 'readonly', 'required', 'open']);

function reactPropName(attribute: string): string {
  const renamed = REACT_PROP_NAMES[attribute];
  if (renamed) return renamed;
  if (attribute.startsWith('aria-') || attribute.startsWith('data-')) return attribute;
  // SVG presentation attributes: stroke-width is strokeWidth to React.
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function styleObject(element: Element): Record<string, string> {
  const style: Record<string, string> = {};
  if (!(element instanceof HTMLElement || element instanceof SVGElement)) return style;
  for (const property of Array.from(element.style)) {
    const name = property.startsWith('--') ? property : reactPropName(property);
    style[name] = element.style.getPropertyValue(property);
  }
  return style;
}

function staticNode(element: Element): StaticNode {
  const props: Record<string, unknown> = {};
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.name === 'style') props.style = styleObject(element);
    else if (BOOLEAN_ATTRIBUTES.has(attribute.name)) props[reactPropName(attribute.name)] = true;
    else props[reactPropName(attribute.name)] = attribute.value;
  }
  const children: (StaticNode | string)[] = [];
  for (const child of Array.from(element.childNodes)) {
    if (child instanceof Element) children.push(staticNode(child));
    else if (child.nodeType === Node.TEXT_NODE && child.textContent) children.push(child.textContent);
  }
  return { type: element.localName, props, children };
}

function staticElement(node: StaticNode | string, key?: number): ReactNode {
  if (typeof node === 'string') return node;
  return createElement(
    node.type,
    key === undefined ? node.props : { ...node.props, key },
    ...node.children.map((child) => staticElement(child)),
  );
}

/** The cards' DOM as data, one StaticNode per card, built once on first use. */
let sameDomCards: StaticNode[] | null = null;

function cardsAsStaticNodes(): StaticNode[] {
  if (sameDomCards) return sameDomCards;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() => root.render(renderVariant('contactCardView', CONTACTS)));
  sameDomCards = Array.from(container.children, staticNode);
  root.unmount();
  container.remove();
  return sameDomCards;
}

/**
 * Builds the sameDom tree and checks it: mounted, it must serialise exactly as the cards do.
 * Returns the markup's size per card, counted from the mounted cards.
 */
function prepareSameDom() {
  const cards = document.createElement('div');
  const copies = document.createElement('div');
  document.body.append(cards, copies);
  const cardsRoot = createRoot(cards);
  const copiesRoot = createRoot(copies);
  const staticCards = cardsAsStaticNodes();
  flushSync(() => cardsRoot.render(renderVariant('contactCardView', CONTACTS)));
  flushSync(() => copiesRoot.render(staticCards.map((card, index) => staticElement(card, index))));
  const identical = cards.innerHTML === copies.innerHTML;
  let firstDifference = -1;
  if (!identical) {
    firstDifference = [...cards.innerHTML].findIndex((char, i) => copies.innerHTML[i] !== char);
  }
  const result = {
    identical,
    firstDifference: identical
      ? null
      : cards.innerHTML.slice(Math.max(0, firstDifference - 80), firstDifference + 80),
    cards: staticCards.length,
    ...markupCounts(cards),
  };
  cardsRoot.unmount();
  copiesRoot.unmount();
  cards.remove();
  copies.remove();
  return result;
}

function markupCounts(container: Element) {
  const elements = container.querySelectorAll('*');
  let attributes = 0;
  for (const element of Array.from(elements)) attributes += element.attributes.length;
  return { elements: elements.length, attributes };
}

function renderVariant(variant: RenderVariant, contacts: readonly CustomerContact[]): ReactNode {
  switch (variant) {
    case 'contactCardView':
      return contacts.map((contact) => <ContactCardView key={contact.id} contact={contact} />);
    case 'sameDom':
      return cardsAsStaticNodes().map((card, index) => staticElement(card, index));
    case 'bareMarkup':
      return contacts.map((contact) => <BareContact key={contact.id} contact={contact} />);
    case 'socialIcon':
      return contacts.map((contact) => <SocialIcon key={contact.id} url={socialUrl(contact)} />);
    case 'contactIcon':
      return contacts.map((contact) => <ContactIcon key={contact.id} type={contact.type} />);
    default:
      return variant satisfies never;
  }
}

interface PerformanceWithMemory extends Performance {
  memory?: { usedJSHeapSize: number };
}

function usedHeap(): number {
  return (performance as PerformanceWithMemory).memory?.usedJSHeapSize ?? Number.NaN;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * One render measurement in three steps, each its own `page.evaluate`, so the driver can read the
 * main thread's CPU time (CDP, thread ticks) around `mount` alone, without the GCs and counting.
 */
let prepared: {
  variant: RenderVariant;
  container: HTMLElement;
  root: ReturnType<typeof createRoot>;
  heapBefore: number;
  ms: number;
} | null = null;

function prepareMount(variant: RenderVariant) {
  collectGarbage();
  const container = document.createElement('div');
  document.body.append(container);
  prepared = { variant, container, root: createRoot(container), heapBefore: usedHeap(), ms: Number.NaN };
}

/** Mounts 1,000 of the prepared variant, timed from render to a forced layout. */
function mount(): number {
  if (!prepared) throw new Error('prepareMount first');
  const { root, variant } = prepared;
  const start = performance.now();
  flushSync(() => root.render(renderVariant(variant, CONTACTS)));
  // Reading a layout property makes the browser compute style and layout now, inside the timing.
  void document.body.offsetHeight;
  prepared.ms = performance.now() - start;
  return prepared.ms;
}

function finishMount() {
  if (!prepared) throw new Error('prepareMount first');
  const { variant, container, root, heapBefore, ms } = prepared;
  prepared = null;
  const heapAfterMount = usedHeap();
  collectGarbage();
  const heapRetained = usedHeap() - heapBefore;
  const result = {
    variant,
    ms,
    ...markupCounts(container),
    tooltipNodes: document.querySelectorAll(TOOLTIP_NODES).length,
    noteButtons: container.querySelectorAll(NOTE_BUTTON).length,
    heapAfterMount,
    heapRetained,
  };
  root.unmount();
  container.remove();
  return result;
}

/**
 * A page of 100 ContactCards over 10 distinct contacts of 2 customers, through the real hook and
 * client against the bench server. With `listsFirst`, the page first shows both customers'
 * contact lists (useCustomerContacts) and mounts the cards once those have arrived.
 */
async function pageOfCards({ storeId, listsFirst }: { storeId: number; listsFirst: boolean }) {
  const queryClient = new QueryClient();
  const client = createEcwidClient({ storeId, token: 'bench-token', baseUrl: `${location.origin}/api/v3` });
  const cards = Array.from({ length: 100 }, (_, i) => {
    const contactId = (i % 10) + 1;
    return { key: i, customerId: Math.ceil(contactId / 5), contactId };
  });
  function CustomerLists() {
    useCustomerContacts({ customerId: 1 });
    useCustomerContacts({ customerId: 2 });
    return null;
  }
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const page = (showCards: boolean) => (
    <QueryClientProvider client={queryClient}>
      <EcwidProvider client={client}>
        {listsFirst && <CustomerLists />}
        {showCards &&
          cards.map((card) => (
            <ContactCard key={card.key} customerId={card.customerId} contactId={card.contactId} />
          ))}
      </EcwidProvider>
    </QueryClientProvider>
  );

  const settled = async () => {
    const deadline = performance.now() + 10_000;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const busy = container.querySelector('[aria-busy="true"]');
      if (queryClient.isFetching() === 0 && !busy) return true;
      if (performance.now() > deadline) return false;
    }
  };

  const start = performance.now();
  let listsSettled = null;
  if (listsFirst) {
    root.render(page(false));
    listsSettled = await settled();
  }
  root.render(page(true));
  const cardsSettled = await settled();
  const ms = performance.now() - start;
  const details = queryClient.getQueryCache().findAll({ predicate: (q) => q.queryKey.length > 4 });
  const result = {
    listsSettled,
    cardsSettled,
    ms,
    cardsShown: container.querySelectorAll('article').length,
    stillLoading: container.querySelectorAll('[aria-busy="true"]').length,
    errorsShown: container.querySelectorAll('[role="alert"]').length,
    queries: queryClient.getQueryCache().getAll().length,
    detailQueriesWithData: details.filter((q) => q.state.data !== undefined).length,
  };
  root.unmount();
  container.remove();
  queryClient.clear();
  return result;
}

const LIST_CONTACTS = 50;
const LIST_STORE_ID = 7001;
const LIST_CUSTOMER_ID = 1;

/**
 * `<CustomerContacts editable>` over 50 contacts already in the cache (staleTime Infinity: no request),
 * so the mount measures the list and its cards, not the network.
 */
function customerContactsList(): ReactNode {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  const client = createEcwidClient({
    storeId: LIST_STORE_ID,
    token: 'bench-token',
    baseUrl: `${location.origin}/api/v3`,
  });
  queryClient.setQueryData(
    customerContactKeys.list(LIST_STORE_ID, LIST_CUSTOMER_ID),
    CONTACTS.slice(0, LIST_CONTACTS).map((contact, orderBy) => ({ ...contact, orderBy })),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <EcwidProvider client={client}>
        <CustomerContacts customerId={LIST_CUSTOMER_ID} editable />
      </EcwidProvider>
    </QueryClientProvider>
  );
}

/** Mounts `element` into a new root, timed from render to a forced layout; returns ms and the DOM. */
function timedMount(element: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() => root.render(element));
  void document.body.offsetHeight;
  const ms = performance.now() - start;
  return { ms, container, root };
}

/**
 * Issue 14: a 50-contact `<CustomerContacts editable>` against the very DOM it renders mounted as
 * static elements (built once and checked identical first, as for the cards). `rounds` alternate
 * which goes first; the ratio is the median of per-round ratios.
 */
function measureListMount({ rounds }: { rounds: number }) {
  const first = timedMount(customerContactsList());
  const staticNodes = Array.from(first.container.childNodes).flatMap((node) =>
    node instanceof Element ? [staticNode(node)] : [],
  );
  const html = first.container.innerHTML;
  const counts = markupCounts(first.container);
  const cards = first.container.querySelectorAll('article').length;
  first.root.unmount();
  first.container.remove();
  const sameDom = () => staticNodes.map((node, index) => staticElement(node, index));
  const copy = timedMount(sameDom());
  const identical = copy.container.innerHTML === html;
  copy.root.unmount();
  copy.container.remove();
  if (!identical) return { identical, cards, ...counts, listMs: [], sameDomMs: [] };

  const listMs: number[] = [];
  const sameDomMs: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? (['list', 'sameDom'] as const) : (['sameDom', 'list'] as const);
    for (const variant of order) {
      collectGarbage();
      const mounted = timedMount(variant === 'list' ? customerContactsList() : sameDom());
      (variant === 'list' ? listMs : sameDomMs).push(mounted.ms);
      mounted.root.unmount();
      mounted.container.remove();
    }
  }
  return { identical, cards, ...counts, listMs, sameDomMs };
}

/** Waits (polling every 20 ms, at most 10 s) until the query client has nothing fetching or writing. */
async function settledQueries(queryClient: QueryClient, container: Element): Promise<boolean> {
  const deadline = performance.now() + 10_000;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const busy = container.querySelector('[aria-busy="true"]');
    if (queryClient.isFetching() === 0 && queryClient.isMutating() === 0 && !busy) return true;
    if (performance.now() > deadline) return false;
  }
}

type UpdateContact = ReturnType<typeof useUpdateCustomerContact>['mutateAsync'];

/** The write bench's page: a customer's list on screen, a card per contact, and the update hook. */
let editPage: {
  storeId: number;
  customerId: number;
  queryClient: QueryClient;
  root: ReturnType<typeof createRoot>;
  container: HTMLElement;
  update: UpdateContact | null;
  /** When the client's fetch for each write (by method) was called and when its response arrived. */
  writeFetches: { method: string; start: number; end: number }[];
} | null = null;

/**
 * Mounts `useCustomerContacts` for one customer with a `ContactCard` for each of its contacts and a
 * `useUpdateCustomerContact`, through the real client against the bench server, and waits until the
 * list and cards have settled. The driver then resets the server's counts and calls `editContacts`.
 */
async function mountEditPage({ storeId, customerId }: { storeId: number; customerId: number }) {
  unmountEditPage();
  const queryClient = new QueryClient();
  const writeFetches: { method: string; start: number; end: number }[] = [];
  const timedFetch: typeof fetch = async (input, init) => {
    const method = init?.method ?? 'GET';
    if (method === 'GET') return fetch(input, init);
    const record = { method, start: performance.now(), end: Number.NaN };
    writeFetches.push(record);
    const response = await fetch(input, init);
    record.end = performance.now();
    return response;
  };
  const client = createEcwidClient({
    storeId,
    token: 'bench-token',
    baseUrl: `${location.origin}/api/v3`,
    fetch: timedFetch,
  });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const page: NonNullable<typeof editPage> = {
    storeId,
    customerId,
    queryClient,
    root,
    container,
    update: null,
    writeFetches,
  };
  editPage = page;

  function ListWithCards() {
    const contacts = useCustomerContacts({ customerId });
    const { mutateAsync } = useUpdateCustomerContact();
    useEffect(() => {
      page.update = mutateAsync;
    }, [mutateAsync]);
    return contacts.data?.map((contact) => (
      <ContactCard key={contact.id} customerId={customerId} contactId={contact.id} />
    ));
  }
  root.render(
    <QueryClientProvider client={queryClient}>
      <EcwidProvider client={client}>
        <ListWithCards />
      </EcwidProvider>
    </QueryClientProvider>,
  );
  const settled = await settledQueries(queryClient, container);
  return {
    settled,
    cardsShown: container.querySelectorAll('article').length,
    contactIds: cachedList(page)?.map((contact) => contact.id) ?? [],
  };
}

function cachedList(page: NonNullable<typeof editPage>): CustomerContact[] | undefined {
  return page.queryClient.getQueryData<CustomerContact[]>(
    customerContactKeys.list(page.storeId, page.customerId),
  );
}

/**
 * Sets a note on each of `contactIds` with one `mutate` each, all in the same task (quick edits),
 * and waits until every write and refetch has settled. Returns whether the refetched list holds
 * every note.
 */
async function editContacts({ contactIds }: { contactIds: number[] }) {
  const page = editPage;
  if (!page?.update) throw new Error('mountEditPage first');
  const { update, customerId } = page;
  const notes = contactIds.map((contactId, index) => ({ contactId, note: `Edited ${Date.now()} #${index}` }));
  const writes = notes.map(({ contactId, note }) => update({ customerId, contactId, patch: { note } }));
  const outcomes = await Promise.allSettled(writes);
  const settled = await settledQueries(page.queryClient, page.container);
  const list = cachedList(page) ?? [];
  return {
    settled,
    writesFailed: outcomes.filter((outcome) => outcome.status === 'rejected').length,
    listShowsEdits: notes.every(({ contactId, note }) =>
      list.some((contact) => contact.id === contactId && contact.note === note),
    ),
    cardsShown: page.container.querySelectorAll('article').length,
  };
}

/**
 * The time from `mutate` to the optimistic note in the cached list, and from `mutate` to the write's
 * response reaching the client's fetch (the round trip a non-optimistic UI waits for), per trial.
 * Each trial edits the customer's first contact and waits until the refetch has settled.
 */
async function optimisticTrials({ trials }: { trials: number }) {
  const page = editPage;
  if (!page?.update) throw new Error('mountEditPage first');
  const { update, customerId, queryClient, storeId } = page;
  const listKey = JSON.stringify(customerContactKeys.list(storeId, customerId));
  const contactId = cachedList(page)?.[0]?.id;
  if (contactId === undefined) throw new Error('the list is empty');
  const results: { optimisticMs: number; roundTripMs: number }[] = [];
  for (let trial = 0; trial < trials; trial += 1) {
    const note = `Optimistic ${Date.now()} #${trial}`;
    let shownAt = Number.NaN;
    const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
      if (!Number.isNaN(shownAt) || event.type !== 'updated') return;
      if (JSON.stringify(event.query.queryKey) !== listKey) return;
      if (cachedList(page)?.some((contact) => contact.id === contactId && contact.note === note)) {
        shownAt = performance.now();
      }
    });
    const fetchesBefore = page.writeFetches.length;
    const start = performance.now();
    await update({ customerId, contactId, patch: { note } });
    unsubscribe();
    await settledQueries(queryClient, page.container);
    const write = page.writeFetches[fetchesBefore];
    results.push({ optimisticMs: shownAt - start, roundTripMs: (write?.end ?? Number.NaN) - start });
  }
  return results;
}

function unmountEditPage() {
  editPage?.root.unmount();
  editPage?.container.remove();
  editPage?.queryClient.clear();
  editPage = null;
}

/** Cards whose note button the tooltip measurement hovers; kept mounted until `unmountTooltipCards`. */
let tooltipRoot: ReturnType<typeof createRoot> | null = null;

function mountTooltipCards(count: number) {
  const container = document.createElement('div');
  container.id = 'tooltip-cards';
  document.body.append(container);
  tooltipRoot = createRoot(container);
  const withNotes = CONTACTS.filter((contact) => contact.note !== undefined).slice(0, count);
  flushSync(() => tooltipRoot?.render(renderVariant('contactCardView', withNotes)));
  return container.querySelectorAll(NOTE_BUTTON).length;
}

function unmountTooltipCards() {
  tooltipRoot?.unmount();
  tooltipRoot = null;
  document.getElementById('tooltip-cards')?.remove();
}

interface TooltipProbe {
  /** When the pointer (or focus) reached the note button, in performance.now() time. */
  start: number;
  /** When the tooltip's nodes were inserted into the DOM. */
  inserted: number;
  /** The next animation frame after insertion: the frame that paints it. */
  frame: number;
}

let probe: TooltipProbe = { start: Number.NaN, inserted: Number.NaN, frame: Number.NaN };
let stopProbe: () => void = () => {};

/** Starts watching for the pointer entering a note button and for a tooltip appearing. */
function armTooltipProbe() {
  stopProbe();
  probe = { start: Number.NaN, inserted: Number.NaN, frame: Number.NaN };
  const current = probe;
  const onPointerOver = (event: PointerEvent) => {
    const target = event.target as Element | null;
    if (Number.isNaN(current.start) && target?.closest(NOTE_BUTTON)) current.start = event.timeStamp;
  };
  const observer = new MutationObserver(() => {
    if (!Number.isNaN(current.inserted) || !document.querySelector(TOOLTIP_NODES)) return;
    current.inserted = performance.now();
    requestAnimationFrame(() => {
      current.frame = performance.now();
    });
  });
  document.addEventListener('pointerover', onPointerOver, true);
  observer.observe(document.body, { childList: true, subtree: true });
  stopProbe = () => {
    document.removeEventListener('pointerover', onPointerOver, true);
    observer.disconnect();
  };
}

function readTooltipProbe(): TooltipProbe {
  return { ...probe };
}

/** Keyboard path: focus the n-th note button and report when its tooltip is in the DOM. */
async function focusNoteButton(index: number) {
  armTooltipProbe();
  const button = document.querySelectorAll<HTMLButtonElement>(`#tooltip-cards ${NOTE_BUTTON}`)[index];
  if (!button) throw new Error(`no note button #${index}`);
  probe.start = performance.now();
  button.focus();
  const deadline = performance.now() + 5_000;
  while (Number.isNaN(probe.frame) && performance.now() < deadline) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  button.blur();
  return readTooltipProbe();
}

const bench = {
  cardCount: CARD_COUNT,
  noteButtonSelector: NOTE_BUTTON,
  tooltipSelector: TOOLTIP_NODES,
  prepareSameDom,
  prepareMount,
  mount,
  finishMount,
  pageOfCards,
  measureListMount,
  mountEditPage,
  editContacts,
  optimisticTrials,
  unmountEditPage,
  mountTooltipCards,
  unmountTooltipCards,
  armTooltipProbe,
  readTooltipProbe,
  focusNoteButton,
};

export type BenchPageApi = typeof bench;
(globalThis as { bench?: BenchPageApi }).bench = bench;
