export function runtimeSandboxArgs(
  rootDir: string,
  projectDir: string,
  command: { command: string; args: readonly string[] },
  options?: {
    port?: number;
    env?: Readonly<Record<string, string>>;
    binds?: Readonly<Record<string, string>>;
  },
): string[];
