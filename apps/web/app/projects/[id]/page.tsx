import type { Metadata } from 'next';
import { ProjectView } from '@/client/project-view';
import { RequireSession } from '@/client/require-session';

export const metadata: Metadata = { title: 'Project' };

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireSession>
      <ProjectView projectId={id} />
    </RequireSession>
  );
}
