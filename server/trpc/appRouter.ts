// The root router: one router per noun. Client code imports only its type.
import 'server-only';
import { architecturesRouter } from '../routers/architecturesRouter';
import { devicesRouter } from '../routers/devicesRouter';
import { paretoRouter } from '../routers/paretoRouter';
import { proxyFidelityRouter } from '../routers/proxyFidelityRouter';
import { createCallerFactory, router } from './init';

export const appRouter = router({
  architectures: architecturesRouter,
  devices: devicesRouter,
  pareto: paretoRouter,
  proxyFidelity: proxyFidelityRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
