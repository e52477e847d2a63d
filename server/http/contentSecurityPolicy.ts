// The Content-Security-Policy with a fresh script nonce, for every response proxy.ts sees and the API
// responses the server answers before Next.js (server/http/directApiHandler.ts): no 'unsafe-inline'
// scripts. 'wasm-unsafe-eval' lets the ONNX runtime compile its WebAssembly; workers load from 'self' and blob:.

export function contentSecurityPolicy(dev: boolean): { nonce: string; policy: string } {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ''}`,
    // React and visx set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { nonce, policy };
}
