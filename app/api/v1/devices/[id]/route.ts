import { handleDelete, handleRest } from '@/server/rest/handleRest';
import { deleteDeviceRoute, deviceProfileRoute } from '@/server/rest/deviceRoutes';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };
export const GET = async (req: Request, ctx: Ctx) => handleRest(deviceProfileRoute, req, await ctx.params);
export const DELETE = async (req: Request, ctx: Ctx) => handleDelete(deleteDeviceRoute, req, await ctx.params);
