// The parts of wink-eng-lite-web-model the planner loads one by one (nlp.ts); the package types only
// its whole model.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
