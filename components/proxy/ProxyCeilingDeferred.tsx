'use client';
// The ceiling section of /proxy, loaded and rendered only when scrolled near (it sits below the
// scatter): its chart and table stay out of the page's first seconds.
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { WhenVisible } from '@/components/ui/WhenVisible';

/** The section's height on a desktop screen (heading, text, chart beside the seed-noise table). */
const HEIGHT = '31rem';

const ProxyCeilingSection = dynamic(() => import('./ProxyCeilingSection').then((m) => m.ProxyCeilingSection), {
  ssr: false,
  loading: () => <div style={{ minHeight: HEIGHT }} aria-busy="true" />,
});

export function ProxyCeilingDeferred(props: ComponentProps<typeof ProxyCeilingSection>) {
  return (
    <WhenVisible id="ceiling" minHeight={HEIGHT}>
      <ProxyCeilingSection {...props} />
    </WhenVisible>
  );
}
