// /tour starts at its first step.
import { redirect } from 'next/navigation';

export default function TourIndex() {
  redirect('/tour/1');
}
