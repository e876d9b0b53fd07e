import { formatDuration, stageLabels, stagesOf, type JobProgress, type StageState } from './job-progress';

const stateText: Record<StageState, string> = {
  pending: 'waiting',
  running: 'running',
  done: 'done',
  skipped: 'skipped',
  failed: 'failed',
};

const stateStyle: Record<StageState, string> = {
  pending: 'border-slate-300 bg-white text-slate-700',
  running: 'border-indigo-400 bg-indigo-50 text-indigo-900',
  done: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  skipped: 'border-slate-300 bg-slate-100 text-slate-700',
  failed: 'border-red-300 bg-red-50 text-red-900',
};

const marker: Record<StageState, string> = {
  pending: '○',
  running: '◐',
  done: '✓',
  skipped: '–',
  failed: '✕',
};

/** The pipeline's stages with their state and time, as they happen. */
export function StageList({ progress }: { progress: JobProgress }) {
  return (
    <ol className="space-y-2" aria-label="Stages">
      {stagesOf(progress).map((stage) => {
        const state = progress.stages[stage]!;
        return (
          <li
            key={stage}
            data-stage={stage}
            data-state={state.state}
            className={`flex flex-wrap items-center gap-x-3 rounded-md border px-3 py-2 ${stateStyle[state.state]}`}
          >
            <span aria-hidden="true" className={state.state === 'running' ? 'animate-pulse' : ''}>
              {marker[state.state]}
            </span>
            <span className="font-medium">{stageLabels[stage]}</span>
            <span className="ml-auto text-sm">
              {stateText[state.state]}
              {state.durationMs !== undefined && ` · ${formatDuration(state.durationMs)}`}
            </span>
            {state.note && state.state !== 'done' && <span className="w-full text-sm">{state.note}</span>}
          </li>
        );
      })}
    </ol>
  );
}
