// Flags of `npm run import`: what is accepted, and that a bad flag is named.
import { describe, expect, it } from 'vitest';
import { parseImportArgs } from './parseImportArgs';

describe('parseImportArgs', () => {
  it('reads the flags', () => {
    expect(parseImportArgs([])).toEqual({ ok: true, value: { dataDir: undefined, skipInvalid: false, help: false } });
    expect(parseImportArgs(['--data', '/d', '--skip-invalid'])).toEqual({
      ok: true,
      value: { dataDir: '/d', skipInvalid: true, help: false },
    });
    expect(parseImportArgs(['--data=/d'])).toMatchObject({ ok: true, value: { dataDir: '/d' } });
    expect(parseImportArgs(['-h'])).toMatchObject({ ok: true, value: { help: true } });
  });

  it('names what is wrong', () => {
    expect(parseImportArgs(['--skip'])).toEqual({
      ok: false,
      error: { code: 'bad_arguments', message: expect.stringContaining("'--skip'") },
    });
    expect(parseImportArgs(['--data'])).toEqual({
      ok: false,
      error: { code: 'bad_arguments', message: expect.stringContaining('--data') },
    });
    expect(parseImportArgs(['--data', '--skip-invalid'])).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('--data') },
    });
    expect(parseImportArgs(['/some/dir'])).toEqual({
      ok: false,
      error: { code: 'bad_arguments', message: expect.stringContaining('--data /some/dir') },
    });
  });
});
