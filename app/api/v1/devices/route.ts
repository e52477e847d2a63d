import { handleRest, handleWrite } from '@/server/rest/handleRest';
import { createDeviceRoute } from '@/server/rest/deviceRoutes';
import { devicesRoute } from '@/server/rest/routes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(devicesRoute, req);
export const POST = (req: Request) => handleWrite(createDeviceRoute, req);
