/** The pipeline's stages, in the order they run. */
export const stages = ['plan', 'compile', 'validate', 'scaffold', 'write', 'dependencies', 'test', 'deploy'] as const;
export type Stage = (typeof stages)[number];

/** Progress reported while `generate()` runs; the same events feed the CLI and the reference server. */
export type ForgeEvent =
  | { readonly type: 'stage-start'; readonly stage: Stage; readonly at: string }
  | { readonly type: 'stage-end'; readonly stage: Stage; readonly durationMs: number }
  | { readonly type: 'stage-skip'; readonly stage: Stage; readonly reason: string }
  | { readonly type: 'stage-retry'; readonly stage: Stage; readonly attempt: number; readonly error: string }
  | { readonly type: 'stage-error'; readonly stage: Stage; readonly code: string; readonly message: string }
  | { readonly type: 'log'; readonly stage: Stage; readonly line: string };
