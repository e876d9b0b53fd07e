// Shared by the FastAPI e2e test and the throughput bench (plain JS, so the bench can import it as is).

/**
 * bwrap arguments running a generated project's command with the Python runtime image as a read-only
 * `/` and the project at /workspace. Without a port it gets no network at all; with one it serves on
 * the host's loopback (its own user, pid, ipc and uts namespaces, but the host's network), reading
 * PORT and HOST plus any extra `env`. `binds` mounts host folders (a PostgreSQL socket directory) at
 * paths under /run, which the sandbox gets as an empty tmpfs of its own.
 *
 * @param {string} rootDir runtime image root
 * @param {string} projectDir host folder of the project
 * @param {{ command: string, args: readonly string[] }} command
 * @param {{ port?: number, env?: Readonly<Record<string, string>>, binds?: Readonly<Record<string, string>> }} [options]
 *   `binds`: sandbox path (under /run) → host folder
 * @returns {string[]}
 */
export function runtimeSandboxArgs(rootDir, projectDir, command, options = {}) {
  const env = ['--setenv', 'PATH', '/usr/bin:/bin', '--setenv', 'HOME', '/tmp'];
  const serving = options.port !== undefined;
  if (serving) env.push('--setenv', 'PORT', String(options.port), '--setenv', 'HOST', '127.0.0.1');
  for (const [key, value] of Object.entries(options.env ?? {})) env.push('--setenv', key, value);
  const namespaces = serving
    ? ['--unshare-user', '--unshare-pid', '--unshare-ipc', '--unshare-uts']
    : ['--unshare-all'];
  const binds = Object.entries(options.binds ?? {});
  // The image's / is read-only and has no mount point for them; /var/run links to /run there.
  const mounts = binds.length > 0 ? ['--tmpfs', '/run'] : [];
  for (const [inside, host] of binds) mounts.push('--bind', host, inside);
  // prettier-ignore
  return [
    '--ro-bind', rootDir, '/',
    '--dev', '/dev',
    '--proc', '/proc',
    '--tmpfs', '/tmp',
    '--bind', projectDir, '/workspace',
    ...mounts,
    '--chdir', '/workspace',
    ...namespaces,
    '--die-with-parent',
    '--clearenv',
    ...env,
    command.command,
    ...command.args,
  ];
}
