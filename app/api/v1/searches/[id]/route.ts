import { handleRest } from '@/server/rest/handleRest';
import { searchRoute } from '@/server/rest/searchRoutes';

export const dynamic = 'force-dynamic';
export const GET = async (req: Request, ctx: { params: Promise<{ id: string }> }) => handleRest(searchRoute, req, await ctx.params);
