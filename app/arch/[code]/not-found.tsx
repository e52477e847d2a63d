// /arch/[code] with a code that does not parse: the page calls notFound() so the answer is HTTP 404 (a
// page that returns its own markup answers 200), and this boundary says what is wrong and how to fix
// it. It renders within the page's dynamic request, so its scripts carry the CSP nonce.
import type { Metadata } from 'next';
import { InvalidArchitectureFromPath } from '@/components/editor/InvalidArchitectureFromPath';

// A not-found boundary's title replaces the page's generateMetadata, which Next skips for a 404.
export const metadata: Metadata = { title: 'Invalid architecture code' };

export default function ArchitectureNotFound() {
  return <InvalidArchitectureFromPath />;
}
