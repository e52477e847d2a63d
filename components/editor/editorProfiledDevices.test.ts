import { describe, expect, it } from 'vitest';
import { editorProfiledDevices } from './editorProfiledDevices';

describe('editorProfiledDevices', () => {
  it('shows the linked devices first, then the newest three listed', () => {
    const listed = ['u00000000000a', 'u00000000000b', 'u00000000000c', 'u00000000000d'];
    expect(editorProfiledDevices([], listed)).toEqual(['u00000000000a', 'u00000000000b', 'u00000000000c']);
    expect(editorProfiledDevices(['u00000000000d'], listed)).toEqual(['u00000000000d', 'u00000000000a', 'u00000000000b', 'u00000000000c']);
    // A linked device among the newest is not shown twice; a linked one this server does not list is still asked for.
    expect(editorProfiledDevices(['u00000000000b', 'u0000000000ff'], listed)).toEqual([
      'u00000000000b',
      'u0000000000ff',
      'u00000000000a',
      'u00000000000c',
    ]);
    expect(editorProfiledDevices([], [])).toEqual([]);
  });
});
