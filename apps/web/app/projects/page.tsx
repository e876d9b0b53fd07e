import type { Metadata } from 'next';
import { ProjectList } from '@/client/project-list';
import { RequireSession } from '@/client/require-session';

export const metadata: Metadata = { title: 'Projects' };

export default function ProjectsPage() {
  return (
    <RequireSession>
      <ProjectList />
    </RequireSession>
  );
}
