import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CONTACT_TYPES, ContactIcon } from '../src';

const meta = {
  title: 'Components/ContactIcon',
  component: ContactIcon,
  args: { type: 'WHATSAPP', size: 24 },
  argTypes: { type: { control: 'select', options: CONTACT_TYPES } },
} satisfies Meta<typeof ContactIcon>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Single: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'WhatsApp' })).toBeVisible();
  },
};

/** Every contact type, in the documented order, with its accessible name under it. */
export const Gallery: Story = {
  render: (args) => (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
        gap: 16,
        padding: 0,
        listStyle: 'none',
      }}
    >
      {CONTACT_TYPES.map((type) => (
        <li key={type} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <ContactIcon type={type} size={args.size} label="" />
          <span>{type}</span>
        </li>
      ))}
    </ul>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(CONTACT_TYPES.length);
  },
};
