// The top of a shareable view: title, what it shows, the copy-link button and the dataset-version
// banner. Shared by every view.
import type { ReactNode } from 'react';
import { CopyLinkButton } from '@/components/layout/CopyLinkButton';
import { VersionBanner } from '@/components/layout/VersionBanner';
import { DATASET_VERSION_PREFIX } from '@/lib/url/datasetVersionParam';

export interface ViewHeaderProps {
  title: string;
  children: ReactNode;
  /** Full hash of the dataset version the page shows. */
  version: string;
  /** The URL's `dv`, null when absent. */
  dv: string | null;
}

export function ViewHeader({ title, children, version, dv }: ViewHeaderProps) {
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <CopyLinkButton version={version.slice(0, DATASET_VERSION_PREFIX)} />
      </div>
      <div className="max-w-3xl space-y-2 text-muted">{children}</div>
      <VersionBanner dv={dv} />
    </header>
  );
}
