// The guided tour as data: one entry per step, in order. Each step says what to look at in the live
// piece of UI it highlights, in a few sentences a presenter can read aloud.

export interface TourStep {
  slug: string;
  title: string;
  /** Two or three short paragraphs. */
  text: string[];
  /** What the highlighted UI shows; the callout on its frame. */
  lookAt: string;
  /** The full view this step comes from. */
  view: { href: string; label: string };
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    slug: 'search-space',
    title: 'The search space',
    text: [
      'Every network here is a MnasNet/EfficientNet-style stack of seven blocks. Each block picks an expansion ratio (1, 4 or 6), a kernel (3×3 or 5×5), a number of layers (1–3, block 5 up to 4) and whether it uses squeeze-and-excite.',
      'Twenty-eight genes give about 10^11 architectures. Accel-NASBench trained 5,138 of them on ImageNet and measured them on six accelerators.',
    ],
    lookAt: 'The genes per block and their allowed values; an architecture code is these genes written block by block.',
    view: { href: '/arch/1311-6321-6521-6331-6531-6541-6311', label: 'the architecture editor' },
  },
  {
    slug: 'surrogates',
    title: 'Surrogates',
    text: [
      'Nobody can train 10^11 networks. A surrogate model learns accuracy, training time, throughput and latency from the 5,138 measured ones and predicts any other architecture in microseconds.',
      'It is only as good as its ranking: Kendall τ near 1 on the held-out test split means it orders architectures almost as the measurements do.',
    ],
    lookAt: 'Per target, how well the surrogate predicts the test split it never saw (R², Kendall τ).',
    view: { href: '/surrogates', label: 'surrogates' },
  },
  {
    slug: 'pareto-fronts',
    title: 'Pareto fronts',
    text: [
      'Accuracy costs speed. An architecture is Pareto-optimal when no other one is both more accurate and faster; together they form the front, the menu of best trade-offs.',
      'Everything below the staircase is beaten by something on it.',
    ],
    lookAt: 'All measured architectures on the VCK190 FPGA: throughput against top-1 accuracy, the front as a staircase.',
    view: { href: '/pareto', label: 'Pareto' },
  },
  {
    slug: 'hardware-awareness',
    title: 'Hardware awareness',
    text: [
      'The fastest network on a GPU is not the fastest on an FPGA: accelerators reward different operations. A search that optimises for one device finds architectures that are mediocre on another.',
      'Here are the winners of searches run separately per device, and what each one would achieve on the others.',
    ],
    lookAt: 'Each device’s winner predicted on every device: off the diagonal, the percentage of that device’s own winner.',
    view: { href: '/searches', label: 'stored searches' },
  },
  {
    slug: 'proxies',
    title: 'Training proxies',
    text: [
      'Even the 5,138 networks could not be trained with the full ImageNet recipe. ANB searched for a cheap training proxy that keeps the architectures’ ranking, and checked it against the full recipe.',
      'A benchmark built on a proxy is only as trustworthy as that rank agreement.',
    ],
    lookAt: 'How many architectures were trained both ways, how alike the rankings are, and how much cheaper the proxy is.',
    view: { href: '/proxy', label: 'proxy fidelity' },
  },
  {
    slug: 'search',
    title: 'Search',
    text: [
      'Now search: random search, regularized evolution and REINFORCE propose architectures, the surrogate scores them in a Web Worker, and each learns from a reward that trades accuracy against the device metric.',
      'Watch evolution’s population climb past the measured front of typical architectures while random search stays scattered.',
    ],
    lookAt: 'The race live: best reward and hypervolume against evaluations, and the population moving on the Pareto plane.',
    view: { href: '/search', label: 'the search race' },
  },
];
