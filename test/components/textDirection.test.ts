import { textDirection } from '../../src/components/textDirection';

describe('textDirection', () => {
  it.each([
    ['+44 7700 900123', 'ltr'],
    ['@myshop', 'ltr'],
    ['ec.apps@lightspeedhq.com', 'ltr'],
    ['https://t.me/shop', 'ltr'],
    ['', 'ltr'],
    ['اتصل بالمتجر', 'rtl'],
    ['@שלום', 'rtl'],
    ['123 متجر', 'rtl'],
    ['Привет', 'ltr'],
  ])('reads %j as %s', (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});
