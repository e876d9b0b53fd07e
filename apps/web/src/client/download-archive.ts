/** Fetches the project's archive with the caller's credentials and saves it under the server's file name. */
export async function downloadArchive(projectId: string, token: string | null): Promise<void> {
  const response = await fetch(`/v1/projects/${projectId}/files.tar.gz`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as {
      detail?: string;
      error?: { json?: { message?: string } };
    };
    throw new Error(
      problem.detail ?? problem.error?.json?.message ?? `The server answered ${response.status}.`,
    );
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    `${projectId}.tar.gz`;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
