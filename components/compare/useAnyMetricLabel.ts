'use client';
// anyMetricLabel with the profiled devices this server lists (tRPC devices.profiles, cached for the page).
import { useCallback } from 'react';
import { useUserDevices } from '@/components/devices/useUserDevices';
import { anyMetricLabel } from './anyMetricLabel';

export function useAnyMetricLabel(): (name: string, style?: 'short' | 'long') => string {
  const { metrics } = useUserDevices();
  return useCallback((name: string, style: 'short' | 'long' = 'short') => anyMetricLabel(name, metrics, style), [metrics]);
}
