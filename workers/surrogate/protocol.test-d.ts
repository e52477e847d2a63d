// The surrogate protocol's types are what keep the page and the worker in step: every request type has
// exactly one result type, a request is narrowed by its `type`, and a result must be checked before use.
import { describe, expectTypeOf, it } from 'vitest';
import type { GeneFilter } from '@/core/space/geneFilter';
import type { SurrogateClient } from './client';
import type {
  Cloud,
  CloudProgress,
  FrontPair,
  ModelOutput,
  PeerReply,
  Prediction,
  SurrogateError,
  SurrogateInfo,
  SurrogateRequest,
  SurrogateRequestOf,
  SurrogateRequestType,
  SurrogateResult,
  SurrogateResults,
  WorkerReply,
} from './protocol';

describe('SurrogateRequest', () => {
  it('has four types, each with its own payload', () => {
    expectTypeOf<SurrogateRequestType>().toEqualTypeOf<'info' | 'predict' | 'sampleAndPredict' | 'cloudFronts'>();
    expectTypeOf<SurrogateRequestOf<'info'>>().toEqualTypeOf<{ type: 'info' }>();
    expectTypeOf<SurrogateRequestOf<'predict'>>().toEqualTypeOf<{ type: 'predict'; genes: Uint8Array; count: number; members?: boolean }>();
    expectTypeOf<SurrogateRequestOf<'sampleAndPredict'>>().toEqualTypeOf<{
      type: 'sampleAndPredict';
      n: number;
      seed: number;
      filter: GeneFilter;
      fronts: readonly FrontPair[];
    }>();
    expectTypeOf<SurrogateRequestOf<'cloudFronts'>>().toEqualTypeOf<{
      type: 'cloudFronts';
      cloudId: number;
      fronts: readonly FrontPair[];
    }>();
  });

  it('rejects unknown types and incomplete payloads', () => {
    // @ts-expect-error: 'train' is not a request type the worker knows.
    expectTypeOf<SurrogateRequestOf<'train'>>().toBeNever();
    // @ts-expect-error: predict needs the count of packed architectures.
    const _incomplete: SurrogateRequest = { type: 'predict', genes: new Uint8Array(28) };
    // @ts-expect-error: architectures travel as packed gene indices, never as codes.
    const _codes: SurrogateRequest = { type: 'predict', genes: ['1311-6321-6521-6331-6531-6541-6311'], count: 1 };
  });

  it('narrows on `type`', () => {
    expectTypeOf<Extract<SurrogateRequest, { type: 'cloudFronts' }>['cloudId']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<SurrogateRequest, { type: 'info' }>>().not.toHaveProperty('genes');
  });
});

describe('SurrogateResults', () => {
  it('answers every request type, and nothing else', () => {
    expectTypeOf<keyof SurrogateResults>().toEqualTypeOf<SurrogateRequestType>();
    expectTypeOf<SurrogateResults['info']>().toEqualTypeOf<SurrogateInfo>();
    expectTypeOf<SurrogateResults['predict']>().toEqualTypeOf<Prediction>();
    expectTypeOf<SurrogateResults['sampleAndPredict']>().toEqualTypeOf<Cloud>();
    expectTypeOf<SurrogateResults['cloudFronts']>().toEqualTypeOf<{ cloudId: number; fronts: Int32Array[] }>();
  });

  it('is a cloud that is also a prediction', () => {
    expectTypeOf<Cloud>().toExtend<Prediction>();
    expectTypeOf<Prediction>().not.toExtend<Cloud>();
  });
});

describe('SurrogateResult', () => {
  it('holds a value only once `ok` is checked', () => {
    const r = {} as SurrogateResult<Prediction>;
    // @ts-expect-error: without checking `ok`, the value may be an error.
    void r.value;
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Prediction>();
    else expectTypeOf(r.error).toEqualTypeOf<SurrogateError>();
  });

  it('carries only the documented error codes', () => {
    expectTypeOf<'superseded'>().toExtend<SurrogateError['code']>();
    expectTypeOf<'timeout'>().not.toExtend<SurrogateError['code']>();
  });
});

describe('WorkerReply and PeerReply', () => {
  it('narrow on `kind` and `ok`', () => {
    const reply = {} as WorkerReply;
    if (reply.kind === 'progress') expectTypeOf(reply.progress).toEqualTypeOf<CloudProgress>();
    else expectTypeOf(reply.result).toEqualTypeOf<SurrogateResult<SurrogateResults[SurrogateRequestType]>>();
    const peer = {} as PeerReply;
    if (peer.ok) expectTypeOf(peer.prediction).toEqualTypeOf<ModelOutput>();
    else expectTypeOf(peer.error).toEqualTypeOf<SurrogateError>();
  });
});

describe('SurrogateClient', () => {
  it('answers each call with the result map entry of its request type', () => {
    expectTypeOf<SurrogateClient['info']>().returns.toEqualTypeOf<Promise<SurrogateResult<SurrogateResults['info']>>>();
    expectTypeOf<SurrogateClient['predict']>().returns.toEqualTypeOf<Promise<SurrogateResult<SurrogateResults['predict']>>>();
    expectTypeOf<SurrogateClient['sampleAndPredict']>().returns.toEqualTypeOf<
      Promise<SurrogateResult<SurrogateResults['sampleAndPredict']>>
    >();
    expectTypeOf<SurrogateClient['cloudFronts']>().returns.toEqualTypeOf<Promise<SurrogateResult<SurrogateResults['cloudFronts']>>>();
    expectTypeOf<SurrogateClient['predict']>().parameter(0).toEqualTypeOf<Uint8Array>();
  });
});
