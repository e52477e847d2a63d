// Surrogate predictions (onnxruntime-node on the server; the browser runs the same model itself).
import 'server-only';
import { predictArchitectures, predictInput } from '../services/predictArchitectures';
import { surrogateValidation } from '../services/surrogateValidation';
import { publicProcedure, router } from '../trpc/init';

export const predictRouter = router({
  predict: publicProcedure.input(predictInput).query(({ ctx, input }) => predictArchitectures(ctx.db, input.codes)),
  validation: publicProcedure.query(({ ctx }) => surrogateValidation(ctx.db)),
});
