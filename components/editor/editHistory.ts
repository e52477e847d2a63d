// The editor's edit history as the browser keeps it: every edit is a history entry (Back/Forward walk
// the edits), and one editing session's codes are listed in order so Undo/Redo know where the ends are
// and each entry knows the architecture before it. An entry says which session and position it is in
// history.state (`anbEdit`), the session's codes live in sessionStorage (both survive a reload), and
// this file decides, after a navigation the editor did not make itself, where in which session the
// browser now is. Pure: the hook (useEditedArchitecture.ts) does the reading and writing.
import { z } from 'zod';

/** The key of an entry's position in history.state, beside Next's own keys. */
export const HISTORY_STATE_KEY = 'anbEdit';
/** sessionStorage key prefix of a session's codes (per tab, like the history itself). */
export const STORAGE_PREFIX = 'anb-edit-history:';

export interface EditHistory {
  /** Random id of one editing session (one tab's run of edits from a first architecture). */
  session: string;
  /** The architectures of the session's entries, oldest first. */
  codes: readonly string[];
  /** The entry shown now. */
  index: number;
}

export type HistoryStamp = z.infer<typeof stampSchema>;

const stampSchema = z.object({ session: z.string().min(1).max(64), index: z.number().int().nonnegative() });
const codesSchema = z.array(z.string().min(1).max(64)).min(1);

export function startHistory(session: string, code: string): EditHistory {
  return { session, codes: [code], index: 0 };
}

/** An edit from the entry shown: the entries after it are dropped, as the browser drops its forward entries on a push. */
export function recordEdit(h: EditHistory, code: string): EditHistory {
  return { session: h.session, codes: [...h.codes.slice(0, h.index + 1), code], index: h.index + 1 };
}

/** The architecture of the entry before the one shown, null at the session's first. */
export function previousCode(h: EditHistory): string | null {
  return h.index > 0 ? h.codes[h.index - 1] : null;
}

export const canUndo = (h: EditHistory) => h.index > 0;
export const canRedo = (h: EditHistory) => h.index < h.codes.length - 1;

/** An entry's position from history.state; null when it has none or it is not ours. */
export function readStamp(state: unknown): HistoryStamp | null {
  if (typeof state !== 'object' || state === null) return null;
  const r = stampSchema.safeParse((state as Record<string, unknown>)[HISTORY_STATE_KEY]);
  return r.success ? r.data : null;
}

/** A session's codes as stored; null when missing or not a list of codes (another version's, hand-edited). */
export function parseStoredCodes(raw: string | null): string[] | null {
  if (raw === null) return null;
  try {
    const r = codesSchema.safeParse(JSON.parse(raw));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/**
 * Where the browser is after a navigation the editor did not make (Back, Forward, a reload, a link),
 * now showing `code`: the entry's own stamp when its session's list agrees; else, after Back/Forward
 * (`traversed`) onto an entry whose stamp was lost, the neighbouring position of the current session
 * that holds `code`; else null: a new session starts here.
 */
export function locateEntry(
  current: EditHistory | null,
  stamp: HistoryStamp | null,
  storedCodes: (session: string) => string[] | null,
  code: string,
  traversed: boolean,
): EditHistory | null {
  if (stamp) {
    const codes = current && stamp.session === current.session ? current.codes : storedCodes(stamp.session);
    if (codes && codes[stamp.index] === code) return { session: stamp.session, codes, index: stamp.index };
  }
  if (traversed && current) {
    if (current.codes[current.index - 1] === code) return { ...current, index: current.index - 1 };
    if (current.codes[current.index + 1] === code) return { ...current, index: current.index + 1 };
  }
  return null;
}
