import { handleRest } from '@/server/rest/handleRest';
import { devicesRoute } from '@/server/rest/routes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(devicesRoute, req);
