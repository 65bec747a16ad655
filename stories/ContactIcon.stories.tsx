import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { CONTACT_TYPES, ContactIcon } from '../src';

const meta = {
  title: 'Components/ContactIcon',
  component: ContactIcon,
  args: { type: 'WHATSAPP', size: 24 },
  argTypes: { type: { control: 'select', options: CONTACT_TYPES } },
  parameters: {
    docs: {
      description: {
        component: [
          'The icon of one of the 15 contact types (Tabler icons, one static map, so only these 15 are',
          "bundled). Its accessible name is the type's label; pass `label` in another language, or",
          '`label=""` when visible text already names it. Unknown types get the OTHER icon. It uses',
          '`currentColor`, so it follows the text colour and both themes.',
        ].join(' '),
      },
    },
  },
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

/** The `size` prop, in CSS pixels. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      {[16, 20, 24, 32, 48].map((size) => (
        <ContactIcon key={size} type={args.type} size={size} label={`${args.type} ${size} px`} />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const icon = canvas.getByRole('img', { name: 'WHATSAPP 48 px' });
    const svg = icon.querySelector('svg');
    await expect(svg).toHaveAttribute('width', '48');
  },
};
