'use client';
// The architecture the editor shows: the path's code, replaced on every edit (without a scroll jump)
// and taken over when a navigation the editor did not make brings another code in. `apply` marks
// `edit` for the latency the bench reads; `pendingEditRef` holds the edit still waiting to be painted.
// The first edit also records where editing started (`vs`, editorParams.ts), so every later state is
// compared with it until the user picks another reference.
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatArchitectureCode, parseArchitectureCode } from '@/core/space/architectureCode';
import type { Architecture } from '@/core/space/searchSpace';

export function useEditedArchitecture(pathCode: string) {
  const router = useRouter();
  const [code, setCode] = useState(pathCode);
  /** Codes this editor navigated to itself: their arrival in the path is no news. */
  const ownEdits = useRef(new Set<string>([pathCode]));
  const pendingEditRef = useRef<string | null>(null);

  // A navigation the editor did not make (a link elsewhere on the page) brings another code in.
  useEffect(() => {
    if (!ownEdits.current.has(pathCode)) {
      ownEdits.current = new Set([pathCode]);
      setCode(pathCode);
    }
  }, [pathCode]);

  const arch = useMemo(() => {
    const r = parseArchitectureCode(code);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }, [code]);

  const apply = useCallback(
    (next: Architecture) => {
      const nextCode = formatArchitectureCode(next);
      const search = new URLSearchParams(window.location.search);
      if (!search.has('vs')) search.set('vs', code);
      // Only the latest edit's marks are kept.
      performance.clearMarks('edit');
      performance.mark('edit');
      pendingEditRef.current = nextCode;
      ownEdits.current.add(nextCode);
      setCode(nextCode);
      router.replace(`/arch/${nextCode}?${search}`, { scroll: false });
    },
    [router, code],
  );

  return { code, arch, apply, pendingEditRef };
}
