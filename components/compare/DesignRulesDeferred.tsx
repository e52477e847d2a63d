'use client';
// The design-rules panel, loaded and rendered only when scrolled near (it is the last panel of
// /compare): its chart, nine-column table and method text stay out of the page's first seconds.
import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { WhenVisible } from '@/components/ui/WhenVisible';

/** The panel's height on a desktop screen (rule picker, chart, per-block table, method). */
const HEIGHT = '89rem';

const DesignRulesPanel = dynamic(() => import('./DesignRulesPanel').then((m) => m.DesignRulesPanel), {
  ssr: false,
  loading: () => <div style={{ minHeight: HEIGHT }} aria-busy="true" />,
});

export function DesignRulesDeferred(props: ComponentProps<typeof DesignRulesPanel>) {
  return (
    <WhenVisible id="design-rules" minHeight={HEIGHT}>
      <DesignRulesPanel {...props} />
    </WhenVisible>
  );
}
