import { handleRest } from '@/server/rest/handleRest';
import { architectureRoute } from '@/server/rest/routes';

export const dynamic = 'force-dynamic';
export const GET = async (req: Request, ctx: { params: Promise<{ code: string }> }) => handleRest(architectureRoute, req, await ctx.params);
