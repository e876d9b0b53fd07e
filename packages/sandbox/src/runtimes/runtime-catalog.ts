/**
 * The runtimes generated projects run in, and what each is called on every provider. The definitions
 * ship in this package's `runtimes/<name>/` folder: `e2b.Dockerfile` + `e2b.toml` (an E2B template)
 * and `Dockerfile` (the container image Northflank jobs and Fly machines pull), each holding the same
 * pinned dependency set as the local dependency cache or runtime image.
 */
export const runtimeNames = ['node20-express', 'python-fastapi'] as const;
export type RuntimeName = (typeof runtimeNames)[number];

/** Version of the published templates and images; bumped with any change to their definitions. */
export const RUNTIME_VERSION = '0.1.0';

export interface RuntimeDefinition {
  readonly name: RuntimeName;
  /** E2B template name, built from `runtimes/<name>/e2b.Dockerfile`. */
  readonly e2bTemplate: string;
  /** Container image reference, built from `runtimes/<name>/Dockerfile`. */
  readonly image: string;
  /**
   * Workspace-relative folders the template and image already hold: a mount of the runtime's
   * dependency set at one of these paths needs no upload.
   */
  readonly provides: readonly string[];
}

const definitions: Record<RuntimeName, RuntimeDefinition> = {
  'node20-express': {
    name: 'node20-express',
    e2bTemplate: 'smartapiforge-node20-express',
    image: `ghcr.io/smartapiforge/runtime-node20-express:${RUNTIME_VERSION}`,
    provides: ['node_modules'],
  },
  'python-fastapi': {
    name: 'python-fastapi',
    e2bTemplate: 'smartapiforge-python-fastapi',
    image: `ghcr.io/smartapiforge/runtime-python-fastapi:${RUNTIME_VERSION}`,
    provides: [],
  },
};

export function isRuntimeName(name: string | undefined): name is RuntimeName {
  return name !== undefined && Object.hasOwn(definitions, name);
}

/** The runtime a name stands for, or undefined for anything else (a template id, an image). */
export function runtimeDefinition(name: string | undefined): RuntimeDefinition | undefined {
  return isRuntimeName(name) ? definitions[name] : undefined;
}

/** The runtime whose E2B template or container image this is, if any. */
export function runtimeForTemplate(templateOrImage: string): RuntimeDefinition | undefined {
  return Object.values(definitions).find(
    (definition) => definition.e2bTemplate === templateOrImage || definition.image === templateOrImage,
  );
}
