'use client';
// Delete a profiled device (#12) with the token given when it was saved (tRPC devices.remove): a wrong
// token shows the server's message; the right one deletes it and goes back to /devices.
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '@/lib/trpc/TrpcProvider';

export function DeleteDeviceForm({ id, name }: { id: string; name: string }) {
  const [token, setToken] = useState('');
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(
    trpc.devices.remove.mutationOptions({
      onSuccess: () => {
        router.push('/devices');
        router.refresh();
      },
    }),
  );
  return (
    <section aria-labelledby="delete" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="delete" className="text-xl font-semibold">
        Delete
      </h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          remove.mutate({ id, token: token.trim() });
        }}
      >
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
          <span className="text-muted">Delete token of {name} (given once, when it was saved)</span>
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            className="rounded border border-slate-300 bg-white px-2 py-1 font-mono"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            data-testid="delete-token-input"
          />
        </label>
        <button
          type="submit"
          disabled={remove.isPending || token.trim() === ''}
          className="rounded border border-red-400 bg-white px-4 py-1.5 font-medium text-red-800 disabled:opacity-50"
          data-testid="delete-device"
        >
          {remove.isPending ? 'Deleting…' : 'Delete'}
        </button>
      </form>
      {remove.error && (
        <p role="alert" className="text-sm text-red-800" data-testid="delete-error">
          Not deleted: {remove.error.message}
        </p>
      )}
    </section>
  );
}
