// /arch/[code] with a code that does not parse: what is wrong (the codec's own message), what a code
// looks like, and a link to a valid one.
import Link from 'next/link';

export interface InvalidArchitectureProps {
  code: string;
  message: string;
  example: string;
}

export function InvalidArchitecture({ code, message, example }: InvalidArchitectureProps) {
  return (
    <div className="space-y-4" data-testid="invalid-architecture">
      <h1 className="text-3xl font-bold tracking-tight">Not an architecture code</h1>
      <div role="alert" className="space-y-2 rounded-lg border border-red-200 bg-red-50 p-4 text-red-950">
        <p>
          <code className="break-all font-mono">{code}</code> is not a valid architecture code.
        </p>
        <p className="font-medium" data-testid="invalid-message">
          {message}
        </p>
      </div>
      <p className="max-w-3xl text-muted">
        A code is seven dash-separated groups of four digits, one group per stage, block 0 first: expansion (1, 4 or 6), kernel (3 or 5),
        layers (1–3; block 5: 1–4) and squeeze-excite (1 on, 0 off).
      </p>
      <p>
        <Link
          href={`/arch/${example}`}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium shadow-sm hover:border-accent"
        >
          Open EfficientNet-B0’s stages, <code className="font-mono">{example}</code>
        </Link>
      </p>
    </div>
  );
}
