// /tour starts at its first step, with the address's parameters: `/tour?large=true`, as the README
// writes it, opens step 1 in large type.
import { redirect } from 'next/navigation';
import { queryString } from '@/lib/url/queryString';

export default async function TourIndex({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  redirect(`/tour/1${queryString(await searchParams)}`);
}
