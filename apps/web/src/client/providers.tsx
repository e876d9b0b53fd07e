'use client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { useEffect, useState, type ReactNode } from 'react';
import superjson from 'superjson';
import { AuthProvider, useAuth } from './auth';
import { TRPCProvider, type AppRouter } from './trpc';

function TrpcProviders({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          // Refusals (auth, not-found, quota) will not change by asking again at once.
          queries: {
            retry: (count, error) => count < 2 && !('data' in error && error.data),
            staleTime: 5_000,
          },
        },
      }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === 'subscription',
          // EventSource cannot send headers: the token goes in tRPC's connectionParams instead.
          true: httpSubscriptionLink({
            url: '/trpc',
            transformer: superjson,
            connectionParams: async () => ({ token: (await auth.token()) ?? '' }),
          }),
          false: httpBatchLink({
            url: '/trpc',
            transformer: superjson,
            headers: async () => {
              const token = await auth.token();
              return token ? { authorization: `Bearer ${token}` } : {};
            },
          }),
        }),
      ],
    }),
  );
  // Nothing one account fetched may show after signing out (or in as someone else).
  const signedOut = auth.credential === null;
  useEffect(() => {
    if (signedOut) queryClient.clear();
  }, [signedOut, queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

export function Providers(props: { supabase: { url: string; anonKey: string } | null; children: ReactNode }) {
  return (
    <AuthProvider supabase={props.supabase}>
      <TrpcProviders>{props.children}</TrpcProviders>
    </AuthProvider>
  );
}
