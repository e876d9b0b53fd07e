/** A program invocation, run from the generated project's root without a shell. */
export interface Command {
  readonly command: string;
  readonly args: string[];
}

/**
 * Where the project's dependencies come from: for 'express', the committed npm recipe its
 * `node_modules` is linked from (see `ensureDependencyCache`); for 'python-fastapi', the runtime image
 * the sandbox uses as its root (see `ensureRuntimeImage`).
 */
export type DependencyRecipe = 'express' | 'python-fastapi';

/**
 * How to work with a generated project, each run from its root without a shell. `test` runs the
 * project's own tests from its sources; `build` makes what `start` runs; `typecheck` and `lint`, where
 * the stack has them, are static checks that need neither.
 */
export interface ProjectCommands {
  readonly build: Command;
  readonly test: Command;
  readonly start: Command;
  readonly typecheck?: Command;
  readonly lint?: Command;
  /** Where `test` writes its JUnit XML report (one entry per test), relative to the project root. */
  readonly testReport?: string;
}

/** Everything a scaffolder produces: files to write plus how to build, test and start them. */
export interface GeneratedProject {
  readonly stack: 'express' | 'fastapi';
  /** The API's kebab-case name, also the package and folder name. */
  readonly name: string;
  /** Relative POSIX path → file content; keys are sorted so output is byte-for-byte reproducible. */
  readonly files: Record<string, string>;
  readonly commands: ProjectCommands;
  readonly dependencyRecipe: DependencyRecipe;
}
