'use client';
// The architecture the editor shows and its edit history. Every edit is shown at once and pushed as a
// browser history entry (the new code in the path, `vs` kept), so Back/Forward walk the edits and
// undo/redo are history.back()/forward() within the session (editHistory.ts). Pushes go one at a time:
// Next discards a navigation still in flight when the next one starts, so rapid edits pushed together
// would lose entries; the queued ones follow as each arrives, while the page already shows the newest.
// `apply` marks `edit` for the latency the bench reads; `pendingEditRef` holds the edit still waiting
// to be painted. The first edit also records where editing started (`vs`, editorParams.ts).
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatArchitectureCode, parseArchitectureCode } from '@/core/space/architectureCode';
import type { Architecture } from '@/core/space/searchSpace';
import {
  canRedo,
  canUndo,
  HISTORY_STATE_KEY,
  locateEntry,
  parseStoredCodes,
  previousCode,
  readStamp,
  recordEdit,
  startHistory,
  STORAGE_PREFIX,
  type EditHistory,
} from './editHistory';

interface QueuedPush {
  code: string;
  index: number;
  href: string;
}

const newSessionId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

function loadCodes(session: string): string[] | null {
  try {
    return parseStoredCodes(sessionStorage.getItem(STORAGE_PREFIX + session));
  } catch {
    return null; // storage disabled: Undo/Redo still work until a reload
  }
}

/** Writes the entry's position beside Next's keys; with them present Next passes the call straight through. */
function stampEntry(session: string, index: number) {
  window.history.replaceState({ ...window.history.state, [HISTORY_STATE_KEY]: { session, index } }, '', window.location.href);
}

export interface EditHistoryView {
  /** The entry shown, 0-based, and how many the session has. */
  position: number;
  length: number;
  /** The architecture before this one in the history, null at its first entry. */
  previous: string | null;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

export function useEditedArchitecture(pathCode: string) {
  const router = useRouter();
  // Query-only changes (nuqs replaces the entry) drop the stamp from history.state: re-stamp on each.
  const search = useSearchParams().toString();
  const [code, setCode] = useState(pathCode);
  const codeRef = useRef(pathCode);
  const [history, setHistory] = useState<EditHistory | null>(null);
  const historyRef = useRef<EditHistory | null>(null);
  /** Edits not yet in the browser's history; the first is being pushed. */
  const queue = useRef<QueuedPush[]>([]);
  const [pushing, setPushing] = useState(false);
  /** Position an Undo/Redo already asked the browser for, until it arrives (two quick clicks go two steps). */
  const goingTo = useRef<number | null>(null);
  const traversed = useRef(false);
  const seenPath = useRef<string | null>(null);
  const pendingEditRef = useRef<string | null>(null);

  const show = useCallback((c: string) => {
    codeRef.current = c;
    setCode(c);
  }, []);
  const commit = useCallback((h: EditHistory) => {
    historyRef.current = h;
    setHistory(h);
    try {
      sessionStorage.setItem(STORAGE_PREFIX + h.session, JSON.stringify(h.codes));
    } catch {
      // Full or disabled storage: the history works for this page's life.
    }
  }, []);

  useEffect(() => {
    const onPop = () => {
      traversed.current = true;
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    const inFlight = queue.current[0];
    if (inFlight && pathCode === inFlight.code) {
      // Our push arrived (Next has written its entry): mark it, then push the next queued edit.
      stampEntry(historyRef.current!.session, inFlight.index);
      queue.current.shift();
      if (queue.current[0]) router.push(queue.current[0].href, { scroll: false });
      else setPushing(false);
    } else if (pathCode !== seenPath.current) {
      // The first render, a reload, Back/Forward, or a link to another code.
      queue.current = [];
      setPushing(false);
      goingTo.current = null;
      const h =
        locateEntry(historyRef.current, readStamp(window.history.state), loadCodes, pathCode, traversed.current) ??
        startHistory(newSessionId(), pathCode);
      commit(h);
      stampEntry(h.session, h.index);
      show(pathCode);
    } else if (queue.current.length === 0 && historyRef.current) {
      stampEntry(historyRef.current.session, historyRef.current.index);
    }
    traversed.current = false;
    seenPath.current = pathCode;
  }, [pathCode, search, router, commit, show]);

  const arch = useMemo(() => {
    const r = parseArchitectureCode(code);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }, [code]);

  const apply = useCallback(
    (next: Architecture) => {
      const nextCode = formatArchitectureCode(next);
      const h = historyRef.current;
      if (!h || nextCode === codeRef.current) return;
      // The query of the newest address asked for: a queued edit's, or the page's.
      const last = queue.current.at(-1)?.href;
      const query = new URLSearchParams(last ? last.slice(last.indexOf('?') + 1) : window.location.search);
      if (!query.has('vs')) query.set('vs', codeRef.current);
      const href = `/arch/${nextCode}?${query}`;
      // Only the latest edit's marks are kept.
      performance.clearMarks('edit');
      performance.mark('edit');
      pendingEditRef.current = nextCode;
      const recorded = recordEdit(h, nextCode);
      commit(recorded);
      show(nextCode);
      queue.current.push({ code: nextCode, index: recorded.index, href });
      if (queue.current.length === 1) {
        setPushing(true);
        router.push(href, { scroll: false });
      }
    },
    [router, commit, show],
  );

  const step = useCallback((by: -1 | 1) => {
    const h = historyRef.current;
    if (!h || queue.current.length > 0) return;
    const to = (goingTo.current ?? h.index) + by;
    if (to < 0 || to >= h.codes.length) return;
    goingTo.current = to;
    if (by < 0) window.history.back();
    else window.history.forward();
  }, []);
  const undo = useCallback(() => step(-1), [step]);
  const redo = useCallback(() => step(1), [step]);

  const view: EditHistoryView | null = history
    ? {
        position: history.index,
        length: history.codes.length,
        previous: previousCode(history),
        canUndo: !pushing && canUndo(history),
        canRedo: !pushing && canRedo(history),
        undo,
        redo,
      }
    : null;

  return { code, arch, apply, pendingEditRef, history: view };
}
