import { handleRest } from '@/server/rest/handleRest';
import { proxyFidelityRoute } from '@/server/rest/routes';

export const dynamic = 'force-dynamic';
export const GET = (req: Request) => handleRest(proxyFidelityRoute, req);
