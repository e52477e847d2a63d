// The edit history's rules: an edit after Undo drops the entries ahead (as the browser does), Back and
// Forward land on the entry their stamp names, a lost stamp falls back to the neighbouring entry, and
// anything else starts a new session.
import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  locateEntry,
  parseStoredCodes,
  previousCode,
  readStamp,
  recordEdit,
  startHistory,
  type EditHistory,
} from './editHistory';

const B0 = '1311-6321-6521-6331-6531-6541-6311';
const K5 = '1311-6321-6521-6531-6531-6541-6311'; // stage 3 kernel 5×5
const SE0 = '1311-6320-6521-6531-6531-6541-6311'; // and squeeze-excite off in stage 1
const L1 = '1311-6310-6521-6531-6531-6541-6311'; // and one layer in stage 1

describe('recordEdit', () => {
  it('appends edits and moves to the newest; the first has no previous and cannot be undone', () => {
    const h0 = startHistory('s1', B0);
    expect(previousCode(h0)).toBeNull();
    expect([canUndo(h0), canRedo(h0)]).toEqual([false, false]);
    const h2 = recordEdit(recordEdit(h0, K5), SE0);
    expect(h2).toEqual({ session: 's1', codes: [B0, K5, SE0], index: 2 });
    expect(previousCode(h2)).toBe(K5);
    expect([canUndo(h2), canRedo(h2)]).toEqual([true, false]);
  });

  it('drops the entries ahead when editing after an undo', () => {
    const back: EditHistory = { session: 's1', codes: [B0, K5, SE0], index: 1 };
    expect([canUndo(back), canRedo(back)]).toEqual([true, true]);
    expect(recordEdit(back, L1)).toEqual({ session: 's1', codes: [B0, K5, L1], index: 2 });
  });
});

describe('readStamp', () => {
  it("reads the editor's key beside Next's and ignores anything else", () => {
    expect(readStamp({ __NA: true, anbEdit: { session: 's1', index: 2 } })).toEqual({ session: 's1', index: 2 });
    expect(readStamp({ __NA: true })).toBeNull();
    expect(readStamp(null)).toBeNull();
    expect(readStamp({ anbEdit: { session: 's1', index: -1 } })).toBeNull();
    expect(readStamp({ anbEdit: { session: '', index: 0 } })).toBeNull();
  });
});

describe('parseStoredCodes', () => {
  it('takes a non-empty list of codes and nothing else', () => {
    expect(parseStoredCodes(JSON.stringify([B0, K5]))).toEqual([B0, K5]);
    expect(parseStoredCodes(null)).toBeNull();
    expect(parseStoredCodes('[]')).toBeNull();
    expect(parseStoredCodes('{"codes":[]}')).toBeNull();
    expect(parseStoredCodes('not json')).toBeNull();
  });
});

describe('locateEntry', () => {
  const current: EditHistory = { session: 's1', codes: [B0, K5, SE0], index: 2 };
  const none = () => null;

  it('follows the stamp of the entry Back or Forward landed on', () => {
    expect(locateEntry(current, { session: 's1', index: 0 }, none, B0, true)).toEqual({ ...current, index: 0 });
    expect(locateEntry({ ...current, index: 0 }, { session: 's1', index: 2 }, none, SE0, true)).toEqual(current);
  });

  it("resumes another session's entry from its stored codes (a reload, or Back into an earlier session)", () => {
    const stored = (s: string) => (s === 's0' ? [L1, B0] : null);
    expect(locateEntry(current, { session: 's0', index: 1 }, stored, B0, true)).toEqual({ session: 's0', codes: [L1, B0], index: 1 });
    expect(locateEntry(null, { session: 's0', index: 0 }, stored, L1, false)).toEqual({ session: 's0', codes: [L1, B0], index: 0 });
  });

  it('does not trust a stamp whose list disagrees with the address', () => {
    expect(locateEntry(current, { session: 's1', index: 1 }, none, L1, false)).toBeNull();
    expect(locateEntry(current, { session: 'gone', index: 0 }, none, B0, false)).toBeNull();
  });

  it('falls back to the neighbouring entry after Back/Forward when the stamp was lost, never after a link', () => {
    expect(locateEntry(current, null, none, K5, true)).toEqual({ ...current, index: 1 });
    expect(locateEntry({ ...current, index: 1 }, null, none, SE0, true)).toEqual(current);
    expect(locateEntry(current, null, none, K5, false)).toBeNull();
    expect(locateEntry(current, null, none, L1, true)).toBeNull();
  });
});
