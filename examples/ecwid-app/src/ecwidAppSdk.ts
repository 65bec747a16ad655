/** The parts of the admin's app SDK (ecwid-app.js) this page uses, when the page loads it. */
export interface EcwidAppSdk {
  init(options: { app_id: string; autoloadedflag?: boolean; autoheight?: boolean }): unknown;
  getPayload(): unknown;
  setSize(size: { height: number }): void;
}

declare global {
  interface Window {
    EcwidApp?: EcwidAppSdk;
  }
}

export function ecwidAppSdk(): EcwidAppSdk | undefined {
  return window.EcwidApp;
}
