// Flags for Debian's Chromium wherever the project drives it (e2e, bench, Lighthouse audit): no sandbox
// (root in CI), no GPU (none here), and nothing that reaches the network on its own.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
