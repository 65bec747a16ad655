import { render, screen } from '@testing-library/react';
import { CONTACT_TYPES, ContactIcon, contactTypeLabel } from '../../src';

describe('ContactIcon', () => {
  it.each(CONTACT_TYPES)('names the %s icon by its label', (type) => {
    render(<ContactIcon type={type} />);
    const icon = screen.getByRole('img', { name: contactTypeLabel(type) });
    expect(icon.querySelector('svg')).not.toBeNull();
  });

  it('gives every type a distinct icon', () => {
    const { container } = render(
      <>
        {CONTACT_TYPES.map((type) => (
          <ContactIcon key={type} type={type} />
        ))}
      </>,
    );
    const drawings = [...container.querySelectorAll('svg')].map((svg) => svg.innerHTML);
    expect(new Set(drawings).size).toBe(CONTACT_TYPES.length);
  });

  it('is hidden from assistive technology when given an empty label', () => {
    const { container } = render(<ContactIcon type="EMAIL" label="" />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });
});
