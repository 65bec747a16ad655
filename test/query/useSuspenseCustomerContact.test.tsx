import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Suspense } from 'react';
import { isEcwidApiError, parseCustomerContact, type CustomerContact } from '../../src/api/index';
import { customerContactKeys, useSuspenseCustomerContact } from '../../src/query/index';
import { CONTACT_DETAIL_PATH } from '../mocks/ecwidApi';
import { seedContact } from '../mocks/mockStore';
import { server } from '../mocks/server';
import {
  CaptureErrors,
  contactJson,
  createTestClient,
  createTestQueryClient,
  createWrapper,
  recordRequestsInEachTest,
  SEED,
} from './queryTestHarness';

const requests = recordRequestsInEachTest();
afterEach(() => {
  vi.restoreAllMocks();
});

function SuspenseContact({ ids }: { ids: { customerId?: number; contactId?: number } }) {
  const { data } = useSuspenseCustomerContact(ids);
  expectTypeOf(data).toEqualTypeOf<CustomerContact>();
  return <p>{data.contact}</p>;
}

function renderSuspense(ids: { customerId?: number; contactId?: number }) {
  const queryClient = createTestQueryClient();
  const onError = vi.fn();
  render(
    <CaptureErrors onError={onError}>
      <Suspense fallback={<p>Loading contact</p>}>
        <SuspenseContact ids={ids} />
      </Suspense>
    </CaptureErrors>,
    { wrapper: createWrapper(queryClient, createTestClient()) },
  );
  return { queryClient, onError };
}

describe('useSuspenseCustomerContact', () => {
  it('suspends, then renders the contact', async () => {
    const { queryClient } = renderSuspense(SEED);

    expect(screen.getByText('Loading contact')).toBeInTheDocument();
    expect(await screen.findByText(seedContact.contact)).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it('does not suspend when the customer list is cached', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(customerContactKeys.list(SEED.storeId, SEED.customerId), [
      parseCustomerContact(contactJson(SEED.contactId, { contact: 'from-list@example.com' })),
    ]);
    render(
      <Suspense fallback={<p>Loading contact</p>}>
        <SuspenseContact ids={SEED} />
      </Suspense>,
      { wrapper: createWrapper(queryClient, createTestClient()) },
    );

    expect(screen.getByText('from-list@example.com')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
    queryClient.clear();
  });

  it('sends a 404 to the error boundary as not-found', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    server.use(http.get(CONTACT_DETAIL_PATH, () => HttpResponse.json({}, { status: 404 })));
    const { queryClient, onError } = renderSuspense(SEED);

    expect(await screen.findByText('Something went wrong')).toBeInTheDocument();
    const error: unknown = onError.mock.calls[0]?.[0];
    expect(isEcwidApiError(error) && error.kind).toBe('not-found');
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it.each([
    ['missing ids', {}],
    ['a missing contact id', { customerId: SEED.customerId }],
    ['a negative id', { customerId: -1, contactId: SEED.contactId }],
  ])('throws invalid-argument for %s, with no request', (_name, ids) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { queryClient, onError } = renderSuspense(ids);

    expect(screen.getByText('Something went wrong')).toBeInTheDocument();
    const error: unknown = onError.mock.calls[0]?.[0];
    expect(isEcwidApiError(error) && error.kind).toBe('invalid-argument');
    expect(requests).toHaveLength(0);
    queryClient.clear();
  });
});
