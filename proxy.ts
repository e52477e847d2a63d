// Per-request Content-Security-Policy with a script nonce (server/http/contentSecurityPolicy.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/server/http/contentSecurityPolicy';

export function proxy(request: NextRequest) {
  const { nonce, policy: csp } = contentSecurityPolicy(process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|models/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
