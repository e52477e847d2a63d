// Resolves once the page has loaded and the main thread has a moment to spare (an idle callback, at most
// a second after the load event): the point after which the pages' workers start and fetch the
// surrogate. onnxruntime-web's wasm (14 MB, 3.6 MB gzipped) and the model (1.3 MB) then no longer
// compete with the page's own scripts, data and first paint, which Lighthouse measured as 5–6 MB
// transferred before /pareto, /arch and /search could paint their content.
let settled: Promise<void> | null = null;

export function whenPageSettled(): Promise<void> {
  if (typeof window === 'undefined' || typeof document === 'undefined') return Promise.resolve();
  settled ??= new Promise<void>((resolve) => {
    const idle = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
      else setTimeout(resolve, 50);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
  return settled;
}
