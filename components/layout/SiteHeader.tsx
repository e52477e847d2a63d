// Top navigation shared by every view; wraps on phones.
import Link from 'next/link';

const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/pareto', label: 'Pareto' },
  { href: '/compare', label: 'Accelerators' },
  { href: '/arch/1311-6321-6521-6331-6531-6541-6311', label: 'Editor' },
  { href: '/search', label: 'Search' },
  { href: '/proxy', label: 'Proxy fidelity' },
  { href: '/surrogates', label: 'Surrogates' },
  { href: '/data', label: 'Data' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          ANB Explorer
        </Link>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          {NAV.map((n) => (
            <li key={n.href}>
              <Link href={n.href} className="hover:text-ink">
                {n.label}
              </Link>
            </li>
          ))}
          <li>
            <a href="/api/openapi.json" className="hover:text-ink">
              API
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
