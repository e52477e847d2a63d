'use client';
// Scalar's API reference of /api/openapi.json, loaded only on /api-docs and only in the browser (it is a
// large bundle with its own styles), configured so that nothing is fetched from another host.
import dynamic from 'next/dynamic';
import '@scalar/api-reference-react/style.css';
import { useResolvedTheme } from '@/lib/theme/useTheme';
import { SCALAR_CSS } from './scalarCss';

const ScalarReference = dynamic(() => import('@scalar/api-reference-react').then((m) => m.ApiReferenceReact), {
  ssr: false,
  loading: () => (
    <p role="status" className="min-h-[60vh] text-muted">
      Loading the API reference…
    </p>
  ),
});

export function ApiReference() {
  // Scalar has its own light and dark styles: it follows the site's theme (the header's switch), not a toggle of its own.
  const theme = useResolvedTheme();
  return (
    <div className="min-h-[60vh] overflow-hidden rounded border border-slate-200">
      <ScalarReference
        configuration={{
          url: '/api/openapi.json',
          // Nothing leaves this server: no font CDN, no telemetry, no hosted AI agent, SDK or deploy toolbar.
          withDefaultFonts: false,
          telemetry: false,
          agent: { disabled: true },
          showDeveloperTools: 'never',
          documentDownloadType: 'json',
          hideClientButton: true,
          showSidebar: true,
          layout: 'modern',
          hideDarkModeToggle: true,
          forceDarkModeState: theme,
          darkMode: theme === 'dark',
          customCss: SCALAR_CSS,
        }}
      />
    </div>
  );
}
