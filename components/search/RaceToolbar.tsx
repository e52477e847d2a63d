// The race's heading and its controls: pause or resume while it runs, step while paused, and the
// evaluation speed; once the race is done, a "Race finished" mark in their place. Presentational: the
// status and the actions come from the panel.
import { LabelledSelect } from '@/components/ui/LabelledSelect';
import type { RaceStatus } from './useRace';

const SPEEDS = [
  { value: 0, label: 'max' },
  { value: 2000, label: '2,000/s' },
  { value: 200, label: '200/s' },
  { value: 20, label: '20/s' },
];

export interface RaceToolbarProps {
  heading: string;
  status: RaceStatus;
  speed: number;
  onPause: () => void;
  onResume: () => void;
  onStep: () => void;
  onSpeed: (speed: number) => void;
}

/** Disabled buttons look disabled: the browser's default leaves them looking pressable. */
const BUTTON =
  'rounded border border-slate-300 bg-white px-3 py-1 text-sm disabled:cursor-not-allowed disabled:border-slate-200 disabled:bg-slate-100 disabled:text-slate-500';

export function RaceToolbar({ heading, status, speed, onPause, onResume, onStep, onSpeed }: RaceToolbarProps) {
  const running = status.phase === 'running';
  return (
    <div className="flex flex-wrap items-center gap-3">
      <h2 id="race-heading" className="text-xl font-semibold">
        {heading}
      </h2>
      {status.phase === 'done' ? (
        // Nothing left to pause, resume or step: say so instead of offering controls that do nothing.
        <span className="rounded-full bg-emerald-100 px-3 py-1 text-sm font-medium text-emerald-900" data-testid="race-finished">
          Race finished
        </span>
      ) : (
        <>
          <button
            type="button"
            className={BUTTON}
            disabled={status.phase !== 'running' && status.phase !== 'paused'}
            onClick={() => (running ? onPause() : onResume())}
          >
            {running ? 'Pause' : 'Resume'}
          </button>
          <button type="button" className={BUTTON} disabled={status.phase !== 'paused'} onClick={onStep}>
            Step
          </button>
          <LabelledSelect
            label="Speed"
            value={speed}
            options={SPEEDS}
            onChange={onSpeed}
            className="flex items-center gap-1 text-sm"
            selectClassName="rounded border border-slate-300 px-2 py-1"
          />
        </>
      )}
    </div>
  );
}
