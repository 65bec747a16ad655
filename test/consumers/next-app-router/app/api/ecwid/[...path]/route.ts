// The host's own proxy: the browser calls /api/ecwid/…, the server adds the secret token.
// A real host also checks here that the signed-in user may see this store's customers.
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const upstream = process.env.ECWID_API_BASE_URL ?? 'https://app.ecwid.com/api/v3';
  const response = await fetch(`${upstream}/${path.map(encodeURIComponent).join('/')}`, {
    headers: { Authorization: `Bearer ${process.env.ECWID_TOKEN ?? ''}`, Accept: 'application/json' },
    signal: request.signal,
  });
  return new Response(response.body, {
    status: response.status,
    headers: { 'Content-Type': response.headers.get('Content-Type') ?? 'application/json' },
  });
}
