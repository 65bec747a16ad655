/** `data-*` attributes a host adds for tests or analytics; they land on the root element. */
export type DataAttributes = { [name: `data-${string}`]: string | number | boolean | undefined };
