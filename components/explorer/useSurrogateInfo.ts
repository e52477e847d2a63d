'use client';
// The surrogate's description (version, targets, threads) from the page's worker, loading the model on
// first use. One request per page: the client caches the answer.
import { useEffect, useState } from 'react';
import { getSurrogateClient } from '@/workers/surrogate/client';
import type { SurrogateError, SurrogateInfo } from '@/workers/surrogate/protocol';

export type SurrogateInfoState =
  { status: 'loading' } | { status: 'ready'; info: SurrogateInfo } | { status: 'error'; error: SurrogateError };

export function useSurrogateInfo(): SurrogateInfoState & { retry: () => void } {
  const [state, setState] = useState<SurrogateInfoState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    getSurrogateClient()
      .info()
      .then((r) => {
        if (live) setState(r.ok ? { status: 'ready', info: r.value } : { status: 'error', error: r.error });
      });
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    ...state,
    retry: () => {
      setState({ status: 'loading' });
      setAttempt((a) => a + 1);
    },
  };
}
