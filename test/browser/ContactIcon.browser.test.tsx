import { render } from '@testing-library/react';
import { ContactIcon } from '../../src';

describe('ContactIcon in Chromium', () => {
  it('lays out at the requested size', () => {
    const { getByRole } = render(<ContactIcon type="TELEGRAM" size={32} />);
    const box = getByRole('img', { name: 'Telegram' }).getBoundingClientRect();
    expect(box.width).toBe(32);
    expect(box.height).toBe(32);
  });
});
