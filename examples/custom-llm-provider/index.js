// Adds an LLMProvider of our own: a "blueprint" provider that answers from a small library of API
// blueprints instead of a model. Anything speaking the LLMProviderV1 interface plugs in the same way
// (a hosted model behind your own gateway, a fine-tuned local server): the forge wraps it in the LLM
// planner, which validates every answer against the ApiDesign schema and falls back when it fails.
import { createForge } from '@smartapiforge/sdk';

const blueprints = {
  blog: {
    name: 'blog',
    title: 'Blog',
    resources: [
      {
        name: 'post',
        plural: 'posts',
        fields: [
          { name: 'title', type: 'string', required: true },
          { name: 'body', type: 'text' },
          { name: 'published', type: 'boolean', default: false },
        ],
      },
      { name: 'comment', plural: 'comments', fields: [{ name: 'body', type: 'text', required: true }] },
    ],
    relations: [{ kind: 'belongs-to', from: 'comment', to: 'post', required: true }],
  },
};

/** @returns {import('@smartapiforge/spec-engine').LLMProviderV1} */
function createBlueprintProvider() {
  return {
    specificationVersion: 'v1',
    provider: 'blueprints',
    modelId: 'blueprints-v1',
    async generateObject({ prompt, signal }) {
      signal?.throwIfAborted();
      const key = Object.keys(blueprints).find((name) => prompt.toLowerCase().includes(name));
      if (!key) throw new Error(`no blueprint matches "${prompt}"`);
      const object = blueprints[key];
      return { object, text: JSON.stringify(object), usage: {}, modelId: 'blueprints-v1' };
    },
  };
}

const forge = createForge({ llm: createBlueprintProvider() });

const blog = await forge.spec('A blog where readers comment on posts');
console.log(`planned by the blueprint provider: ${blog.design.resources.map((r) => r.plural).join(', ')}`);
console.log(`operations: ${Object.keys(blog.openapi.paths).join(' ')}`);
if (!blog.openapi.paths['/posts/{id}/comments']) throw new Error('expected the nested comments route');

// A prompt the provider cannot answer falls back to the embedded planner; the hops say so.
const shop = await forge.spec('A shop API: products have a name and a price');
console.log(
  `fallback: ${shop.hops.map((hop) => `${hop.planner} ${hop.ok ? 'ok' : `failed (${hop.errorCode})`}`).join(' → ')}`,
);
if (shop.hops.at(-1)?.planner !== 'embedded') throw new Error('expected the embedded planner to answer');
