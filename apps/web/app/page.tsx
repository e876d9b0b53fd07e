import type { Metadata } from 'next';
import { NewApi } from '@/client/new-api';
import { RequireSession } from '@/client/require-session';

export const metadata: Metadata = { title: 'New API' };

export default function NewApiPage() {
  return (
    <RequireSession>
      <NewApi />
    </RequireSession>
  );
}
