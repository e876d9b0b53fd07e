import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ForgeEvent } from './events.js';
import type { Forge, ForgeSettings, GenerateInput, GenerateResult } from './forge-types.js';
import { recordGeneration } from './generation-recorder.js';
import { Generation } from './generation.js';
import { runChange } from './stages/change-pipeline.js';
import { runGenerate } from './stages/generate-pipeline.js';
import { redeployProject } from './stages/deploy-stage.js';
import { planAndBuild } from './stages/plan-stage.js';
import { createPipeline } from './stages/pipeline.js';
import { scaffoldFrom } from './stages/scaffold-stage.js';
import { specFrom } from './stages/spec-stage.js';
import type { GenerationRecord } from './store/forge-store.js';
import { createMemoryStore } from './store/memory-store.js';

/** Creates the pipeline with embedded, offline defaults for every stage. */
export function createForge(settings: ForgeSettings = {}): Forge {
  const pipeline = createPipeline(settings);
  const store = settings.store ?? createMemoryStore();

  return {
    store,
    generate(input, options = {}) {
      const id = randomUUID();
      const recorder = recordGeneration(store, {
        id,
        input: recordedInput(input),
        stack: options.stack ?? 'express',
      });
      return new Generation(
        async (emit) => {
          const timings: Record<string, number> = {};
          const ctx = pipeline.context((event) => {
            // A stage that ran again in a repair round counts all its time.
            if (event.type === 'stage-end')
              timings[event.stage] = (timings[event.stage] ?? 0) + event.durationMs;
            recorder.onEvent(event);
            emit(event);
          }, options.signal);
          let result: GenerateResult;
          try {
            const { sandboxHops, ...generated } = await runGenerate(pipeline, ctx, input, options);
            result = {
              ...generated,
              id,
              timings,
              providerHops: {
                llm: generated.hops,
                sandbox: sandboxHops,
                deployer: generated.deployment?.hops ?? [],
              },
            };
          } catch (error) {
            // The stage's error is the one to report; a store failing as well must not hide it.
            await recorder.finish({ error, repairs: ctx.repairs }).catch(() => undefined);
            throw error;
          }
          await recorder.finish({
            warnings: result.warnings,
            hops: result.providerHops,
            repairs: result.repairs,
          });
          return result;
        },
        options.onProgress,
        id,
      );
    },
    change(projectDir, request, options = {}) {
      return new Generation(async (emit) => {
        const timings: Record<string, number> = {};
        const ctx = pipeline.context((event) => {
          if (event.type === 'stage-end')
            timings[event.stage] = (timings[event.stage] ?? 0) + event.durationMs;
          emit(event);
        }, options.signal);
        const changed = await runChange(pipeline, ctx, projectDir, request, options);
        return { ...changed, timings };
      }, options.onProgress);
    },
    async redeploy(deploymentId, projectDir, options = {}) {
      const ctx = pipeline.context((event) => options.onProgress?.(event), options.signal);
      return redeployProject(pipeline, ctx, deploymentId, path.resolve(projectDir));
    },
    spec(input, options = {}) {
      const ctx = pipeline.context((event: ForgeEvent) => options.onProgress?.(event), options.signal);
      return planAndBuild(pipeline, ctx, input, options.maxRepairs, (planned) => specFrom(ctx, planned));
    },
    async scaffold(input, options = {}) {
      const ctx = pipeline.context((event) => options.onProgress?.(event), options.signal);
      const { project, contents, ...result } = await planAndBuild(
        pipeline,
        ctx,
        input,
        options.maxRepairs,
        (planned) => scaffoldFrom(ctx, planned, options),
      );
      return result;
    },
    async stop(deploymentId) {
      pipeline.deployments.delete(deploymentId);
      await (await pipeline.deployedWith())?.destroy(deploymentId);
    },
    async close() {
      const ids = [...pipeline.deployments];
      pipeline.deployments.clear();
      const target = await pipeline.deployedWith();
      await Promise.all([...ids.map((id) => target?.destroy(id)), pipeline.close()]);
    },
  };
}

/** The input as a store keeps it (plain JSON). */
function recordedInput(input: GenerateInput): GenerationRecord['input'] {
  return typeof input === 'string' ? { prompt: input } : input;
}
