import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { TrpcProvider } from '@/lib/trpc/TrpcProvider';
import { publicUrl } from '@/server/publicUrl';

/** Read per request, not at build: PUBLIC_URL is the deployment's (README, "Running for many users"). */
export const generateMetadata = (): Metadata => ({
  metadataBase: publicUrl(),
  title: { default: 'ANB Explorer — Accel-NASBench', template: '%s · ANB Explorer' },
  description:
    'Explore Accel-NASBench: 5,138 ImageNet-trained architectures with measured throughput and latency on GPUs, TPUs and FPGAs, Pareto fronts per accelerator, and surrogates in the browser.',
});

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
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
