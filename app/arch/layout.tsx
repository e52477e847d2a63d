// /arch/[code]'s frame. The editor lives here, above the [code] segment, so it stays mounted while
// each edit pushes a new path (router.push re-renders only the page: header, title, metadata), and
// while Back/Forward walk the edits — a page-level editor would be remounted on every edit and lose
// its state, its edit history and keyboard focus.
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
