'use client';
// Scalar's API reference of /api/openapi.json, loaded only on /api-docs and only in the browser (it is a
// large bundle with its own styles), configured so that nothing is fetched from another host.
import dynamic from 'next/dynamic';
import '@scalar/api-reference-react/style.css';
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
          forceDarkModeState: 'light',
          customCss: SCALAR_CSS,
        }}
      />
    </div>
  );
}
