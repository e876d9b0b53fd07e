import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="card mx-auto max-w-lg space-y-2">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>
        Nothing is here. Go to{' '}
        <Link className="link" href="/projects">
          your projects
        </Link>{' '}
        or{' '}
        <Link className="link" href="/">
          describe a new API
        </Link>
        .
      </p>
    </div>
  );
}
