import type { Metadata } from 'next';
import { JobView } from '@/client/job-view';
import { RequireSession } from '@/client/require-session';

export const metadata: Metadata = { title: 'Building your API' };

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireSession>
      <JobView jobId={id} />
    </RequireSession>
  );
}
