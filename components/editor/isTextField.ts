// Whether a key event's target edits text, where Ctrl/Cmd+Z must stay the field's own undo rather
// than the editor's: text-like inputs, textareas, selects and contenteditable elements. Radio groups,
// checkboxes and buttons (the gene controls) are not.
const NOT_TEXT = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** The parts of an element this looks at, so it reads a real event target and a plain object alike. */
interface FieldLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

export function isTextField(target: EventTarget | FieldLike | null): boolean {
  if (target === null || typeof target !== 'object') return false;
  const el = target as FieldLike;
  if (el.isContentEditable) return true;
  const tag = el.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TEXT.has((el.type ?? 'text').toLowerCase());
}
