import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { CONTACT_TYPES } from '../src/api';
import { ContactCardView } from '../src/components';
import { useCustomerContacts } from '../src/query';
import { mockCustomerIds } from '../test/mocks/mockStore';

interface CustomerContactsListProps {
  customerId: number;
}

/**
 * A recipe, not a library component: every contact of one customer from `useCustomerContacts`,
 * one request for the whole list, each shown with `<ContactCardView compact>`.
 */
function CustomerContactsList({ customerId }: CustomerContactsListProps) {
  const { data, error, isPending } = useCustomerContacts({ customerId });
  if (isPending) return <p aria-busy="true">Loading contacts…</p>;
  if (error) return <p role="alert">Contacts could not be loaded ({error.kind}).</p>;
  if (data.length === 0) return <p>This customer has no contacts.</p>;
  return (
    <ul className="sb-story-stack" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {data.map((contact) => (
        <li key={contact.id}>
          <ContactCardView contact={contact} compact />
        </li>
      ))}
    </ul>
  );
}

const meta = {
  title: 'Recipes/Customer contacts list',
  component: CustomerContactsList,
  args: { customerId: mockCustomerIds.seed },
  parameters: {
    docs: {
      description: {
        component:
          'All contacts of a customer with one request: `useCustomerContacts({ customerId })` returns them ' +
          'parsed and sorted by `orderBy`, and each renders as a compact `ContactCardView`. A ' +
          '`useCustomerContact` for one of them afterwards is answered from this list without a request.',
      },
      source: { type: 'code' },
    },
  },
} satisfies Meta<typeof CustomerContactsList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed customer: e-mail, phone and WhatsApp, all default, and an Instagram profile. */
export const SeedCustomer: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(4));
  },
};

/** A customer with one contact of every type. */
export const EveryType: Story = {
  args: { customerId: mockCustomerIds.everyType },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(CONTACT_TYPES.length));
  },
};

/** Ecwid answers `{ "items": [] }` for a customer without contacts. */
export const NoContacts: Story = {
  args: { customerId: mockCustomerIds.noContacts },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('This customer has no contacts.')).toBeVisible();
  },
};
