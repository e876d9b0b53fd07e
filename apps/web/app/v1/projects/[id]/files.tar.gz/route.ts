import { proxyToForge } from '@/lib/proxy';

// A project's archive, streamed from the reference server's REST API (the browser sends the bearer).
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return proxyToForge(request, `/v1/projects/${encodeURIComponent((await params).id)}/files.tar.gz`);
}
