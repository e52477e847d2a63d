import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import './globals.css';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { TrpcProvider } from '@/lib/trpc/TrpcProvider';
import { publicUrl } from '@/server/publicUrl';
import { themeScript } from '@/lib/theme/themeScript';

/** Read per request, not at build: PUBLIC_URL is the deployment's (README, "Running for many users"). */
export const generateMetadata = (): Metadata => ({
  metadataBase: publicUrl(),
  title: { default: 'ANB Explorer — Accel-NASBench', template: '%s · ANB Explorer' },
  description:
    'Explore Accel-NASBench: 5,138 ImageNet-trained architectures with measured throughput and latency on GPUs, TPUs and FPGAs, Pareto fronts per accelerator, and surrogates in the browser.',
});

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts's per-request nonce: the CSP lets no inline script run without it.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    // applyStoredTheme sets data-theme before React hydrates, so React must not flag it as a mismatch.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* The colour theme before first paint (lib/theme/applyStoredTheme.ts); browsers hide a script's nonce
            attribute from the DOM, hence the second suppressHydrationWarning. */}
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen">
        <NuqsAdapter>
          <TrpcProvider>
            <SiteHeader />
            {/* At least a window tall, so the footer starts below the fold and the content that streams in
                after the loading skeleton does not push a visible footer down (a layout shift). */}
            <main className="mx-auto min-h-screen max-w-6xl px-4 py-8">{children}</main>
            <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-muted">
              Data: Accel-NASBench (Ahmad et al., DAC 2024, arXiv:2404.08005), Apache-2.0.
            </footer>
          </TrpcProvider>
        </NuqsAdapter>
      </body>
    </html>
  );
}
