// Ctrl/Cmd+Z belongs to the editor on the gene controls and buttons, to the field in text inputs.
import { describe, expect, it } from 'vitest';
import { isTextField } from './isTextField';

describe('isTextField', () => {
  it('leaves undo to text inputs, textareas, selects and contenteditable', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTextField({ tagName: 'input', type: 'text' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT' })).toBe(true);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'SELECT' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('takes it for the gene radios, checkboxes, buttons and the page', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextField({ tagName: 'BUTTON', type: 'button' })).toBe(false);
    expect(isTextField({ tagName: 'BODY' })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
