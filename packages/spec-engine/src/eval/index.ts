// `@smartapiforge/spec-engine/eval`: scoring planners against eval files. Kept out of the main entry,
// which applications load, since only the eval script and tests need it.
export {
  runDesignEval,
  scoreDesign,
  parseEvalCases,
  formatEvalReport,
  percentile,
  type EvalCase,
  type EvalScore,
  type EvalFigures,
  type EvalReport,
  type EvalPromptResult,
} from './design-eval.js';
