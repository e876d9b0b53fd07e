'use client';
import Link from 'next/link';
import { useAuth } from './auth';

interface TrpcErrorLike {
  readonly message: string;
  readonly data?: {
    readonly code?: string;
    readonly httpStatus?: number;
    readonly problem?: { readonly code: string; readonly retryAfterSeconds: number | null } | null;
  } | null;
}

/** What the person can do about an error, by its kind. */
function advice(error: TrpcErrorLike): { text: string; href?: string; link?: string; signIn?: boolean } {
  const retry = error.data?.problem?.retryAfterSeconds;
  switch (error.data?.code) {
    case 'UNAUTHORIZED':
      return { text: 'Your session has ended or the key was revoked.', signIn: true };
    case 'NOT_FOUND':
      return {
        text: 'It may have been deleted, or it belongs to another account.',
        href: '/projects',
        link: 'Go to your projects',
      };
    case 'TOO_MANY_REQUESTS':
      return {
        text:
          retry && retry > 120
            ? `Try again after ${new Date(Date.now() + retry * 1000).toLocaleString()}.`
            : `Try again in ${retry ?? 10} seconds.`,
      };
    case 'BAD_REQUEST':
      return { text: 'Change what you entered and submit again.' };
    case 'BAD_GATEWAY':
      return { text: 'Check that the SmartAPIForge server is running, then reload this page.' };
    case undefined:
      return { text: 'The server could not be reached. Check your connection and reload the page.' };
    default:
      return { text: 'Try again; if it keeps failing, the server’s logs say why.' };
  }
}

/** An error shown as a message and what to do next, announced to screen readers. */
export function ErrorMessage({ error, title }: { error: TrpcErrorLike; title?: string }) {
  const auth = useAuth();
  const next = advice(error);
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{title ?? 'Something went wrong'}</p>
      <p className="mt-1">{error.message}</p>
      <p className="mt-1">
        {next.text}{' '}
        {next.signIn && (
          // Drops the refused session or key first, so the sign-in page does not send the person back.
          <button type="button" className="font-medium underline" onClick={() => void auth.signOut()}>
            Sign in again
          </button>
        )}
        {next.href && (
          <Link className="font-medium underline" href={next.href}>
            {next.link}
          </Link>
        )}
      </p>
    </div>
  );
}
