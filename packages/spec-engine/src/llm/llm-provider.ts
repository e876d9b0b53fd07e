/** A JSON Schema (draft 2020-12) object describing the structured output wanted from a model. */
export type JsonSchema = Record<string, unknown>;

export interface LLMGenerateObjectOptions {
  /** What the model is asked for, in plain language. */
  readonly prompt: string;
  /** Instructions that frame the task; sent as the system message where the API has one. */
  readonly system?: string;
  /** The shape the answer must take; providers pass it to the model's structured-output feature. */
  readonly schema: JsonSchema;
  /** A short name for the schema, for APIs that require one (OpenAI's `json_schema.name`). */
  readonly schemaName?: string;
  /** Cancels the request; providers must stop network work promptly when it fires. */
  readonly signal?: AbortSignal;
  /** Sampling temperature; providers default to 0 for reproducible designs. */
  readonly temperature?: number;
  /**
   * When given, the provider streams the answer and calls this with each piece of text as it arrives
   * (for progress display); the promise still resolves to the whole parsed object.
   */
  readonly onTextDelta?: (delta: string) => void;
}

export interface LLMUsage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
}

export interface LLMGenerateObjectResult {
  /** The parsed JSON object the model returned (not yet validated against the schema). */
  readonly object: unknown;
  /** The raw text, kept for repair prompts and debugging. */
  readonly text: string;
  readonly usage: LLMUsage;
  /** The model that answered, as the provider reports it. */
  readonly modelId: string;
}

/**
 * Turns a prompt and a JSON Schema into a structured object. Version 1 of the interface: adapters
 * declare `specificationVersion: 'v1'` so callers can detect incompatible future versions.
 */
export interface LLMProviderV1 {
  readonly specificationVersion: 'v1';
  /** Stable provider id, e.g. `ollama`, `huggingface`, `openai-compatible`, `embedded`. */
  readonly provider: string;
  /** The model this instance calls. */
  readonly modelId: string;
  generateObject(options: LLMGenerateObjectOptions): Promise<LLMGenerateObjectResult>;
}

export type LLMProvider = LLMProviderV1;
