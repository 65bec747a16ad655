/** `data-*` attributes a host adds for tests or analytics; they land on the root element. */
export type DataAttributes = { [name: `data-${string}`]: string | number | boolean | undefined };

export function pickDataAttributes(props: object): DataAttributes {
  const picked: DataAttributes = {};
  for (const [name, value] of Object.entries(props)) {
    if (name.startsWith('data-'))
      picked[name as `data-${string}`] = value as DataAttributes[`data-${string}`];
  }
  return picked;
}
