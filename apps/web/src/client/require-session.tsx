'use client';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useAuth } from './auth';

/** Renders its children for a signed-in person; sends everyone else to sign in, then back here. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { credential, signedOut } = useAuth();
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (credential === null)
      router.replace(signedOut ? '/sign-in?signedOut=1' : `/sign-in?next=${encodeURIComponent(pathname)}`);
  }, [credential, signedOut, router, pathname]);
  if (!credential)
    return (
      <p role="status" className="text-slate-700">
        Checking your session…
      </p>
    );
  return <>{children}</>;
}
