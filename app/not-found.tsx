// Any address no route matches (and notFound() outside /arch): HTTP 404 with the app's header, the
// not-found message and links to every view.
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { PageNotFound } from '@/components/layout/PageNotFound';

export const metadata: Metadata = { title: 'Page not found' };

export default async function NotFound() {
  // Rendered per request, never prerendered: proxy.ts sends a fresh script nonce with every response
  // ('strict-dynamic', no 'unsafe-inline'), and Next stamps that nonce on its scripts only when it
  // renders the page for the request. Without this, `next build` prerenders /_not-found once, with no
  // nonce, and the browser refuses every script of the 404 page under the CSP.
  await connection();
  return <PageNotFound />;
}
