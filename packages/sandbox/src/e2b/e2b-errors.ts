import { ForgeError } from '@smartapiforge/errors';
import { SandboxTimeoutError, SandboxUnavailableError } from '../errors.js';

/**
 * Translates the SDK's errors (recognised by name: the SDK is loaded lazily, and injected clients
 * have their own classes) into ours, with what to do next in the message.
 */
export function mapE2BError(error: unknown, action: string): Error {
  if (ForgeError.isInstance(error)) return error;
  const name = error instanceof Error ? error.name : '';
  const reason = error instanceof Error ? error.message : String(error);
  if ((error as { statusCode?: unknown }).statusCode === 404 && action.startsWith('create')) {
    return new SandboxUnavailableError(
      `E2B could not ${action}: ${reason}. Build the template first: \`e2b template create <name> -d e2b.Dockerfile\` in @smartapiforge/sandbox's runtimes/<runtime>/ folder.`,
      { cause: error, details: { provider: 'e2b' } },
    );
  }
  switch (name) {
    case 'AuthenticationError':
      return new SandboxUnavailableError(
        `E2B refused the API key while trying to ${action}: ${reason}. Set E2B_API_KEY (or pass apiKey) to a key from https://e2b.dev/dashboard.`,
        { cause: error, details: { provider: 'e2b' } },
      );
    case 'TimeoutError':
      return new SandboxTimeoutError(`E2B timed out while trying to ${action}: ${reason}.`, {
        cause: error,
        details: { provider: 'e2b' },
      });
    case 'RateLimitError':
      return new SandboxUnavailableError(`E2B rate-limited the request to ${action}; retry later.`, {
        cause: error,
        isRetryable: true,
        details: { provider: 'e2b' },
      });
    case 'NotFoundError':
    case 'FileNotFoundError':
      return new Error(`E2B could not ${action}: ${reason}`, { cause: error });
    default:
      return new SandboxUnavailableError(`E2B could not ${action}: ${reason}`, {
        cause: error,
        isRetryable: true,
        details: { provider: 'e2b' },
      });
  }
}
