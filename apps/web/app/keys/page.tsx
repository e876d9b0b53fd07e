import type { Metadata } from 'next';
import { ApiKeys } from '@/client/api-keys';
import { RequireSession } from '@/client/require-session';
import { UsageSummary } from '@/client/usage-summary';

export const metadata: Metadata = { title: 'API keys and usage' };

export default function KeysPage() {
  return (
    <RequireSession>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <ApiKeys />
        <aside aria-label="Your usage">
          <UsageSummary />
        </aside>
      </div>
    </RequireSession>
  );
}
