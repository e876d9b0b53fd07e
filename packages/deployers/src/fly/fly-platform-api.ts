import type { ApiClient } from '../cloud/api-client.js';
import { DeployApiError } from '../errors.js';

/** Fly's logs API pages by token; this many pages is far more than a deploy's log tail needs. */
const MAX_LOG_PAGES = 20;

const ALLOCATE_IP = `mutation($input: AllocateIPAddressInput!) {
  allocateIpAddress(input: $input) { ipAddress { id address type } }
}`;

/**
 * Gives a new app a shared IPv4 and an IPv6 address, which Fly's Machines API cannot do: it is done
 * through the GraphQL API, as `fly ips allocate-v4 --shared` and `fly ips allocate-v6` do.
 */
export async function allocatePublicIps(
  platform: ApiClient,
  app: string,
  signal: AbortSignal | undefined,
): Promise<void> {
  for (const type of ['shared_v4', 'v6']) {
    const { data } = await platform<{ errors?: { message: string }[] }>('/graphql', {
      method: 'POST',
      json: { query: ALLOCATE_IP, variables: { input: { appId: app, type } } },
      signal,
    });
    // GraphQL reports failures with 200 and an `errors` list.
    if (data?.errors?.length) {
      throw new DeployApiError(
        `Fly.io could not allocate a ${type} address for ${app}: ${data.errors[0]?.message}`,
        {
          details: { app, type, errors: data.errors },
        },
      );
    }
  }
}

interface LogsPage {
  readonly data?: readonly { readonly attributes?: { readonly message?: string } }[];
  readonly meta?: { readonly next_token?: string };
}

/** A machine's recent log lines, oldest first, from Fly's logs API (`/api/v1/apps/{app}/logs`). */
export async function readMachineLogs(
  platform: ApiClient,
  app: string,
  machine: string,
  signal?: AbortSignal,
): Promise<string[]> {
  const lines: string[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_LOG_PAGES; page++) {
    const response = await platform<LogsPage>(`/api/v1/apps/${app}/logs`, {
      query: { instance: machine, next_token: token },
      accept: [404],
      signal,
    });
    const entries = response.status === 404 ? [] : (response.data?.data ?? []);
    for (const entry of entries) lines.push(entry.attributes?.message ?? '');
    token = response.data?.meta?.next_token;
    if (entries.length === 0 || !token) break;
  }
  return lines;
}
