import 'ecwid-contact-card/styles.css';
import type { ReactNode } from 'react';
import { Providers } from './Providers';

export const metadata = { title: 'Consumer: Next.js App Router' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
