import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, waitFor } from 'storybook/test';
import { ContactCard, en } from '../src/components';
import { de } from '../src/locales/de';
import { PHONE_VIEWPORT } from '../.storybook/storyGlobals';
import {
  ANY_CONTACT_ENDPOINT,
  createOutage,
  invalidTokenHandler,
  missingScopeHandler,
  notFoundHandler,
  offlineHandler,
  pendingForeverHandler,
  rateLimitedHandler,
  serverErrorHandler,
  slowNetworkHandler,
} from '../test/mocks/failureHandlers';
import { mockContactIds, mockCustomerIds, seedContact } from '../test/mocks/mockStore';

const meta = {
  title: 'Components/ContactCard',
  component: ContactCard,
  args: { customerId: mockCustomerIds.seed, contactId: seedContact.id },
  parameters: {
    localeArgs: true,
    docs: {
      // Each story in its own iframe: MSW handlers live per page, so one story's failure
      // handler must not break its neighbours on the docs page.
      story: { inline: false, iframeHeight: 180 },
      description: {
        component: [
          'Loads one contact with `useCustomerContact` and shows it, or a state in the same box: a',
          'skeleton while loading, and a plain message for each failure (not found, missing',
          '`read_customers` scope, invalid token, rate limited, anything else with a **Retry** button).',
          'Needs a `QueryClientProvider` and an `EcwidProvider` above it (or the `client` and',
          '`queryClient` props). These stories run against the mock Ecwid API of store 1003.',
        ].join(' '),
      },
    },
  },
} satisfies Meta<typeof ContactCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed contact, loaded from the (mock) Ecwid API. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    const link = await canvas.findByRole('link', { name: seedContact.contact });
    await expect(link).toHaveAttribute('href', `mailto:${seedContact.contact}`);
    await expect(canvas.getByText(en.defaultBadge)).toBeVisible();
  },
};

/** A social contact with a handle and a note. */
export const LoadedWithNote: Story = {
  args: { customerId: mockCustomerIds.notes, contactId: mockContactIds.emojiNote },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('link', { name: /@max\.bakes/ })).toBeVisible();
    await expect(canvas.getByRole('button', { name: en.noteButton })).toBeVisible();
  },
};

/** While the request runs: a skeleton the size of the card, marked `aria-busy`. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(pendingForeverHandler());
  },
  play: async ({ canvas }) => {
    const skeleton = canvas.getByRole('group', { name: en.loading });
    await expect(skeleton).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.queryByRole('article')).toBeNull();
  },
};

/** A slow network: the skeleton first, then the card, with no layout shift in between. */
export const SlowNetwork: Story = {
  beforeEach({ msw }) {
    msw.use(slowNetworkHandler({ delayMs: 800 }));
  },
  play: async ({ canvas }) => {
    const skeleton = canvas.getByRole('group', { name: en.loading });
    const loadingHeight = skeleton.getBoundingClientRect().height;
    const card = await canvas.findByRole('article', {}, { timeout: 5000 });
    await expect(Math.abs(card.getBoundingClientRect().height - loadingHeight)).toBeLessThanOrEqual(1);
  },
};

/** A contact that does not exist (here, a real 404 from the mock store). */
export const NotFound: Story = {
  args: { contactId: 999 },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(en.notFound)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: en.retry })).toBeNull();
  },
};

/** 404 from the failure handler, for a contact the store would otherwise have. */
export const NotFoundFromHandler: Story = {
  beforeEach({ msw }) {
    msw.use(notFoundHandler());
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(en.notFound)).toBeVisible();
  },
};

/** 403 INSUFFICIENT_APP_SCOPE: the app lacks `read_customers`. No retry: only the owner can fix it. */
export const MissingScope: Story = {
  beforeEach({ msw }) {
    msw.use(missingScopeHandler());
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(en.missingScope);
    await expect(alert).toHaveTextContent('read_customers');
    await expect(canvas.queryByRole('button', { name: en.retry })).toBeNull();
  },
};

/** 403 INVALID_API_TOKEN. The token itself appears nowhere on the page. */
export const InvalidToken: Story = {
  beforeEach({ msw }) {
    msw.use(invalidTokenHandler());
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.invalidToken);
    await expect(document.body.innerHTML).not.toContain('secret_storybook_demo');
    await expect(canvasElement.textContent).not.toContain('secret_');
  },
};

/** The mock store's own token check: a public token cannot read customers (403, missing scope). */
export const PublicTokenRefused: Story = {
  parameters: { ecwidClient: { token: 'public_storybook_demo' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent(en.missingScope);
  },
};

/** 429 with Retry-After: while the retry is scheduled the card says it will retry by itself. */
export const RateLimitedRetrying: Story = {
  parameters: { queryClient: { retryDelay: 60_000 } },
  beforeEach({ msw }) {
    msw.use(rateLimitedHandler({ retryAfterSeconds: 30 }));
  },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(en.rateLimited));
    await expect(canvas.getByRole('group', { name: en.loading })).toHaveAttribute('aria-busy', 'true');
  },
};

/** 429 that outlasts the automatic retries: the card says so and offers Retry. */
export const RateLimitedGaveUp: Story = {
  beforeEach({ msw }) {
    msw.use(rateLimitedHandler({ retryAfterSeconds: 1 }));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(en.rateLimitedGaveUp, {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByRole('button', { name: en.retry })).toBeVisible();
  },
};

/** 500 INTERNAL_ERROR after the automatic retries: a plain message and a Retry button. */
export const ServerError: Story = {
  args: { onError: fn() },
  beforeEach({ msw }) {
    msw.use(serverErrorHandler());
  },
  play: async ({ args, canvas }) => {
    await expect(await canvas.findByText(en.loadFailed, {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByRole('button', { name: en.retry })).toBeVisible();
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'server', status: 500 }));
  },
};

/** Offline (fetch rejects): the same message and Retry. */
export const Offline: Story = {
  beforeEach({ msw }) {
    msw.use(offlineHandler());
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(en.loadFailed, {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByRole('button', { name: en.retry })).toBeVisible();
  },
};

/** The client's own timeout (here 300 ms) on a slow network: the generic message and Retry. */
export const Timeout: Story = {
  parameters: { ecwidClient: { timeoutMs: 300 } },
  beforeEach({ msw }) {
    msw.use(slowNetworkHandler({ delayMs: 5000 }));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(en.loadFailed, {}, { timeout: 8000 })).toBeVisible();
    await expect(canvas.getByRole('button', { name: en.retry })).toBeVisible();
  },
};

/** A 200 whose body is not a contact: rejected by the parser, shown as a load failure, never rendered. */
export const InvalidResponse: Story = {
  beforeEach({ msw }) {
    msw.use(http.get(ANY_CONTACT_ENDPOINT, () => HttpResponse.json({ id: 'not-a-number', contact: 42 })));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(en.loadFailed, {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.queryByRole('article')).toBeNull();
  },
};

const outage = { current: createOutage() };

/** The retry flow: the server fails until it recovers; then Retry loads the contact. */
export const RetryAfterError: Story = {
  beforeEach({ msw }) {
    outage.current = createOutage();
    msw.use(outage.current.handler);
  },
  play: async ({ canvas, userEvent }) => {
    const retry = await canvas.findByRole('button', { name: en.retry }, { timeout: 5000 });
    const failedBeforeRetry = outage.current.failedRequests;
    await expect(failedBeforeRetry).toBeGreaterThan(0);
    outage.current.end();
    await userEvent.click(retry);
    await expect(await canvas.findByRole('link', { name: seedContact.contact })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: en.retry })).toBeNull();
  },
};

/** German, right to left, dark and on a 320 px phone at once: the hardest combination. */
export const GermanDarkRtlPhone: Story = {
  globals: {
    locale: 'de',
    theme: 'dark',
    direction: 'rtl',
    viewport: { value: PHONE_VIEWPORT, isRotated: false },
  },
  args: { customerId: mockCustomerIds.notes, contactId: mockContactIds.longNote },
  play: async ({ canvas }) => {
    const card = await canvas.findByRole('article');
    await expect(canvas.getByText(de.defaultBadge)).toBeVisible();
    await expect(getComputedStyle(card).direction).toBe('rtl');
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
};

/** Compact cards of one customer in a list, as a customer page might show them. */
export const CompactList: Story = {
  render: (args) => (
    <ul className="sb-story-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {[seedContact.id, mockContactIds.seedPhone, mockContactIds.seedWhatsapp].map((contactId) => (
        <li key={contactId}>
          <ContactCard {...args} compact customerId={mockCustomerIds.seed} contactId={contactId} />
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(3));
  },
};
