// The app's views with a line on what each is for: one list for the header's navigation (short labels),
// the landing page's "Start here" and what the not-found page offers instead of an address that matched nothing.
import { formatArchitectureCode } from '@/core/space/architectureCode';
import { EFFICIENTNET_B0 } from '@/core/space/searchSpace';

export interface SiteView {
  href: string;
  label: string;
  /** The header's shorter name for the view. */
  navLabel: string;
  description: string;
}

export const SITE_VIEWS: readonly SiteView[] = [
  { href: '/', label: 'Overview', navLabel: 'Overview', description: 'What Accel-NASBench is, its counts and the six accelerators' },
  { href: '/tour', label: 'Guided tour', navLabel: 'Tour', description: 'Six steps from the search space to a live search' },
  {
    href: '/pareto',
    label: 'Pareto explorer',
    navLabel: 'Pareto',
    description: 'Accuracy against throughput or latency, measured and predicted',
  },
  { href: '/compare', label: 'Accelerators', navLabel: 'Accelerators', description: 'How the devices rank the same architectures' },
  { href: '/devices', label: 'Devices', navLabel: 'Devices', description: "ANB's six accelerators and devices profiled in a browser" },
  {
    href: `/arch/${formatArchitectureCode(EFFICIENTNET_B0)}`,
    label: 'Architecture editor',
    navLabel: 'Editor',
    description: 'Edit the 7 stages and see every target predicted',
  },
  { href: '/search', label: 'Search', navLabel: 'Search', description: 'Race optimizers on the surrogate in your browser' },
  { href: '/searches', label: 'Stored searches', navLabel: 'Stored searches', description: 'Proxy-search results stored on the server' },
  {
    href: '/proxy',
    label: 'Proxy fidelity',
    navLabel: 'Proxy fidelity',
    description: 'How well the cheap training proxy ranks architectures',
  },
  { href: '/surrogates', label: 'Surrogates', navLabel: 'Surrogates', description: 'How accurate the predictions are, per target' },
  { href: '/data', label: 'Data', navLabel: 'Data', description: 'Every measured record, filterable and exportable' },
];
