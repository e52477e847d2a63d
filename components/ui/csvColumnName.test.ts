import { describe, expect, it } from 'vitest';
import { csvColumnName } from './csvColumnName';

describe('csvColumnName', () => {
  it('appends each unit of the app as identifier characters', () => {
    expect(csvColumnName('val_top1', '%')).toBe('val_top1_pct');
    expect(csvColumnName('throughput_a100_mean', 'img/s')).toBe('throughput_a100_mean_img_per_s');
    expect(csvColumnName('latency_zcu102_std', 'ms')).toBe('latency_zcu102_std_ms');
    expect(csvColumnName('train_time', 's')).toBe('train_time_s');
    expect(csvColumnName('macs', 'M')).toBe('macs_M');
    expect(csvColumnName('hypervolume', '% × img/s')).toBe('hypervolume_pct_x_img_per_s');
  });

  it('leaves a unitless column as it is', () => {
    expect(csvColumnName('best_reward', '')).toBe('best_reward');
  });
});
