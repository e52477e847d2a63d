// /arch/[code]'s frame. The editor lives here, above the [code] segment, so it stays mounted while
// each edit replaces the path (router.replace re-renders only the page: header, title, metadata) —
// a page-level editor would be remounted on every edit and lose its state and keyboard focus.
import type { ReactNode } from 'react';
import { ArchitectureEditor } from '@/components/editor/ArchitectureEditor';

export default function ArchitectureLayout({ children }: { children: ReactNode }) {
  return (
    <div className="space-y-6">
      {children}
      <ArchitectureEditor />
    </div>
  );
}
