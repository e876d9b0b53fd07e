import { proxyToForge } from '@/lib/proxy';

// The reference server's tRPC API, reached through this app's origin.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ trpc: string }> };

const forward = async (request: Request, { params }: Context) =>
  proxyToForge(request, `/trpc/${encodeURIComponent((await params).trpc)}`);

export { forward as GET, forward as POST };
