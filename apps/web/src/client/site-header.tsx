'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useAuth } from './auth';

const links = [
  { href: '/', label: 'New API' },
  { href: '/projects', label: 'Projects' },
  { href: '/keys', label: 'API keys & usage' },
];

export function SiteHeader() {
  const auth = useAuth();
  const pathname = usePathname();
  const current = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href));
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900">
          SmartAPIForge
        </Link>
        {auth.credential && (
          <nav aria-label="Main" className="flex flex-wrap gap-1">
            {links.map((link) => (
              <Link
                key={link.href}
                href={link.href}
                aria-current={current(link.href) ? 'page' : undefined}
                className="rounded px-3 py-2 text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-indigo-50 aria-[current=page]:font-semibold aria-[current=page]:text-indigo-800"
              >
                {link.label}
              </Link>
            ))}
          </nav>
        )}
        {auth.credential && (
          <div className="ml-auto flex items-center gap-3">
            <span className="max-w-[16rem] truncate text-sm text-slate-700" data-testid="signed-in-as">
              {auth.label}
            </span>
            <button
              type="button"
              className="btn-secondary"
              // The page's session guard then moves to the sign-in page, saying the person signed out.
              onClick={() => void auth.signOut()}
            >
              Sign out
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
