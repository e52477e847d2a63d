// The key to the stage drawings and the fixed network around the 7 stages, under the stage editor
// (on a phone after the predictions, which come directly under the gene controls).
import { HEAD_CHANNELS, INPUT_RESOLUTION, STEM_CHANNELS } from './networkStages';

export function StageLegend() {
  return (
    <p className="text-xs text-muted">
      <span className="mr-1 inline-block h-2.5 w-2 rounded-sm bg-blue-300 align-middle" aria-hidden="true" />
      kernel 3×3 <span className="ml-2 mr-1 inline-block h-2.5 w-2 rounded-sm bg-blue-700 align-middle" aria-hidden="true" />
      kernel 5×5 <span className="ml-2 mr-1 inline-block h-2.5 w-2.5 rounded-full bg-amber-500 align-middle" aria-hidden="true" />
      squeeze-excite; one box per layer, taller for a larger expansion. Tab to a gene, arrow keys to change it. The network: input{' '}
      {INPUT_RESOLUTION}×{INPUT_RESOLUTION}×3 → stem 3×3 conv, stride 2, {STEM_CHANNELS} channels ({INPUT_RESOLUTION / 2}×
      {INPUT_RESOLUTION / 2}) → the 7 stages → head 1×1 conv to {HEAD_CHANNELS}, global pool, 1000 classes.
    </p>
  );
}
