// A colour as a canvas can use it: canvas fillStyle/strokeStyle do not resolve CSS variables, so a theme
// colour named var(--race-rs) is read from the page (app/colorThemes.css) at draw time.
export function cssColour(element: Element, colour: string): string {
  const name = /^var\((--[\w-]+)\)$/.exec(colour)?.[1];
  if (!name) return colour;
  return getComputedStyle(element).getPropertyValue(name).trim();
}
