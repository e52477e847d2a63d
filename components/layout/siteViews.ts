// The app's views with a line on what each is for: what the not-found page offers instead of the
// address that matched nothing.
import { formatArchitectureCode } from '@/core/space/architectureCode';
import { EFFICIENTNET_B0 } from '@/core/space/searchSpace';

export interface SiteView {
  href: string;
  label: string;
  description: string;
}

export const SITE_VIEWS: readonly SiteView[] = [
  { href: '/', label: 'Overview', description: 'What Accel-NASBench is, its counts and the six accelerators' },
  { href: '/tour', label: 'Guided tour', description: 'Six steps from the search space to a live search' },
  { href: '/pareto', label: 'Pareto explorer', description: 'Accuracy against throughput or latency, measured and predicted' },
  { href: '/compare', label: 'Accelerators', description: 'How the devices rank the same architectures' },
  {
    href: `/arch/${formatArchitectureCode(EFFICIENTNET_B0)}`,
    label: 'Architecture editor',
    description: 'Edit the 7 stages and see every target predicted',
  },
  { href: '/search', label: 'Search', description: 'Race optimizers on the surrogate in your browser' },
  { href: '/searches', label: 'Stored searches', description: 'Proxy-search results stored on the server' },
  { href: '/proxy', label: 'Proxy fidelity', description: 'How well the cheap training proxy ranks architectures' },
  { href: '/surrogates', label: 'Surrogates', description: 'How accurate the predictions are, per target' },
  { href: '/data', label: 'Data', description: 'Every measured record, filterable and exportable' },
];
