import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { ContactCard, createEcwidClient, en, type EcwidApiError } from '../../src';
import { CONTACT_DETAIL_PATH } from '../mocks/ecwidApi';
import { mockCustomerIds, seedContact } from '../mocks/mockStore';
import { server } from '../mocks/server';

const TOKEN = 'secret_token_that_must_never_show';
const SEED_CARD_NAME = `${en.types.EMAIL} ${seedContact.contact}`;

function renderCard(props: Partial<Parameters<typeof ContactCard>[0]> = {}, retry = false) {
  const client = createEcwidClient({ storeId: 1003, token: TOKEN });
  // Host defaults: no automatic retries unless a test asks for the library's policy.
  const queryClient = new QueryClient({ defaultOptions: { queries: retry ? {} : { retry: false } } });
  const result = render(
    <ContactCard
      customerId={mockCustomerIds.seed}
      contactId={seedContact.id}
      client={client}
      queryClient={queryClient}
      {...props}
    />,
  );
  return { ...result, client, queryClient };
}

function expectNoToken() {
  expect(document.body.innerHTML).not.toContain(TOKEN);
  expect(document.body.innerHTML).not.toContain('secret_');
}

function deferred() {
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe('ContactCard', () => {
  it('shows a busy skeleton in the card box, then the contact from the API', async () => {
    const { container } = renderCard({ 'data-testid': 'card' });
    const skeleton = screen.getByTestId('card');
    expect(skeleton).toHaveAttribute('aria-busy', 'true');
    expect(skeleton).toHaveClass('ecc-card', 'ecc-skeleton');
    expect(skeleton).toHaveAccessibleName(en.loading);
    const card = await screen.findByRole('article', { name: SEED_CARD_NAME });
    expect(card).toHaveAttribute('data-testid', 'card');
    expect(within(card).getByRole('link')).toHaveAttribute('href', `mailto:${seedContact.contact}`);
    expect(within(card).getByText(en.defaultBadge)).toBeInTheDocument();
    expect(container.querySelector('[aria-busy]')).toBeNull();
    expectNoToken();
  });

  it('passes locale, labels, compact and className through to the view', async () => {
    renderCard({ locale: 'fr', labels: { defaultBadge: 'Par défaut' }, className: 'mine' });
    const card = await screen.findByRole('article');
    expect(card).toHaveClass('mine');
    expect(card).toHaveTextContent('Par défaut');
    expect(card.querySelector('time')).toHaveTextContent('26 mars 2025');
  });

  it.each([
    [
      'not found',
      () => HttpResponse.json({ errorMessage: 'Contact not found' }, { status: 404 }),
      en.notFound,
      false,
    ],
    [
      'missing scope',
      () =>
        HttpResponse.json(
          { errorMessage: 'Token does not have read_customers', errorCode: 'INSUFFICIENT_APP_SCOPE' },
          { status: 403 },
        ),
      en.missingScope,
      false,
    ],
    [
      'invalid token',
      () =>
        HttpResponse.json(
          { errorMessage: `Invalid token ${TOKEN}`, errorCode: 'INVALID_API_TOKEN' },
          { status: 403 },
        ),
      en.invalidToken,
      false,
    ],
    [
      'server error',
      () =>
        HttpResponse.json({ errorMessage: `boom ${TOKEN}`, errorCode: 'INTERNAL_ERROR' }, { status: 500 }),
      en.loadFailed,
      true,
    ],
    ['network failure', () => HttpResponse.error(), en.loadFailed, true],
    [
      'rate limit after retries',
      () =>
        HttpResponse.json(
          { errorMessage: 'Too many requests', errorCode: 'RATE_LIMITED' },
          { status: 429, headers: { 'Retry-After': '1' } },
        ),
      en.rateLimitedGaveUp,
      true,
    ],
  ])('shows the %s state in its own words, never the token', async (_name, resolver, message, canRetry) => {
    server.use(http.get(CONTACT_DETAIL_PATH, resolver));
    renderCard();
    const shown = await screen.findByText(message);
    // An alert for what someone must act on; a missing contact is plain news.
    expect(shown).toHaveRole(message === en.notFound ? 'status' : 'alert');
    expect(screen.queryByRole('button', { name: en.retry }) !== null).toBe(canRetry);
    expect(screen.queryByRole('article')).toBeNull();
    expectNoToken();
  });

  it('keeps showing a loaded contact when a later refetch fails', async () => {
    const onError = vi.fn();
    const { queryClient } = renderCard({ onError });
    await screen.findByRole('article', { name: SEED_CARD_NAME });
    server.use(
      http.get(CONTACT_DETAIL_PATH, () => HttpResponse.json({ errorMessage: 'boom' }, { status: 500 })),
    );
    await act(() => queryClient.refetchQueries());
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('article', { name: SEED_CARD_NAME })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: en.retry })).toBeNull();
  });

  it('Retry refetches and shows the contact once the API answers', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get(CONTACT_DETAIL_PATH, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ errorMessage: 'boom' }, { status: 500 })
          : HttpResponse.json(seedContact);
      }),
    );
    renderCard();
    await user.click(await screen.findByRole('button', { name: en.retry }));
    expect(await screen.findByRole('article', { name: SEED_CARD_NAME })).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('calls onError once per error, with the typed error', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(CONTACT_DETAIL_PATH, () => HttpResponse.json({ errorMessage: 'boom' }, { status: 500 })),
    );
    const onError = vi.fn<(error: EcwidApiError) => void>();
    const { rerender, client, queryClient } = renderCard({ onError });
    await screen.findByRole('button', { name: en.retry });
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ name: 'EcwidApiError', kind: 'server', status: 500 });
    expect(JSON.stringify(onError.mock.calls[0]?.[0])).not.toContain(TOKEN);

    // A new callback on re-render is not told about the error already reported.
    const onErrorLater = vi.fn();
    rerender(
      <ContactCard
        customerId={mockCustomerIds.seed}
        contactId={seedContact.id}
        client={client}
        queryClient={queryClient}
        onError={onErrorLater}
      />,
    );
    expect(screen.getByRole('button', { name: en.retry })).toBeInTheDocument();
    expect(onErrorLater).not.toHaveBeenCalled();
    // The next failure goes to the current callback only.
    await user.click(screen.getByRole('button', { name: en.retry }));
    await waitFor(() => expect(onErrorLater).toHaveBeenCalledTimes(1));
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('a second failure after Retry is a new error and is reported again', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(CONTACT_DETAIL_PATH, () => HttpResponse.json({ errorMessage: 'boom' }, { status: 500 })),
    );
    const onError = vi.fn();
    renderCard({ onError });
    await user.click(await screen.findByRole('button', { name: en.retry }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('button', { name: en.retry })).toBeInTheDocument();
  });

  it('says it will retry while Ecwid throttles, then shows the contact', async () => {
    const second = deferred();
    let calls = 0;
    server.use(
      http.get(CONTACT_DETAIL_PATH, async () => {
        calls += 1;
        if (calls === 1) {
          return HttpResponse.json(
            { errorMessage: 'Too many requests', errorCode: 'RATE_LIMITED' },
            { status: 429, headers: { 'Retry-After': '0' } },
          );
        }
        await second.promise;
        return HttpResponse.json(seedContact);
      }),
    );
    const onError = vi.fn();
    renderCard({ onError }, true);
    expect(await screen.findByText(en.rateLimited)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: en.loading })).toHaveAttribute('aria-busy', 'true');
    second.release();
    expect(await screen.findByRole('article', { name: SEED_CARD_NAME })).toBeInTheDocument();
    // A retry that succeeded is not an error for the host.
    expect(onError).not.toHaveBeenCalled();
  });

  it.each([
    [0, seedContact.id],
    [mockCustomerIds.seed, -1],
    [Number.NaN, seedContact.id],
    [mockCustomerIds.seed, 1.5],
  ])(
    'shows "not found" without a request for ids that cannot exist (%s, %s)',
    async (customerId, contactId) => {
      let requests = 0;
      server.use(
        http.get('https://app.ecwid.com/api/v3/*', () => {
          requests += 1;
          return HttpResponse.json(seedContact);
        }),
      );
      renderCard({ customerId, contactId });
      expect(screen.getByRole('status')).toHaveTextContent(en.notFound);
      expect(screen.queryByRole('group', { name: en.loading })).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(requests).toBe(0);
    },
  );
});
