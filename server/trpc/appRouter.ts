// The root router: one router per noun. Client code imports only its type.
import 'server-only';
import { architecturesRouter } from '../routers/architecturesRouter';
import { compareRouter } from '../routers/compareRouter';
import { devicesRouter } from '../routers/devicesRouter';
import { paretoRouter } from '../routers/paretoRouter';
import { predictRouter } from '../routers/predictRouter';
import { proxyFidelityRouter } from '../routers/proxyFidelityRouter';
import { searchesRouter } from '../routers/searchesRouter';
import { createCallerFactory, router } from './init';

export const appRouter = router({
  architectures: architecturesRouter,
  devices: devicesRouter,
  pareto: paretoRouter,
  predict: predictRouter,
  proxyFidelity: proxyFidelityRouter,
  compare: compareRouter,
  searches: searchesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
