/**
 * Test helpers for adapter authors: the LLMProvider conformance suite and loopback fakes that speak
 * Ollama's and OpenAI's chat wire formats. Import from `@smartapiforge/spec-engine/testing` (needs vitest).
 */
export { testLLMProvider, type ProviderFactorySettings } from './testing/test-llm-provider.js';
export {
  createOllamaFake,
  createOpenAIChatFake,
  FAKE_USAGE,
  type ChatRequestView,
  type FakeReply,
  type LLMFake,
} from './testing/llm-fakes.js';
export { startFakeServer, type FakeServer, type RecordedRequest } from './testing/fake-server.js';
export { fixtureDesigns } from './openapi/fixtures.js';
