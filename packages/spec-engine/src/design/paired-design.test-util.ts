import type { ApiDesignInput } from './api-design.js';

/** A design with one many-to-many link left to normalisation (posts ↔ tags) and one through a declared join. */
export const pairedDesign: ApiDesignInput = {
  name: 'blog',
  title: 'Blog API',
  resources: [
    { name: 'post', plural: 'posts', fields: [{ name: 'title', type: 'string' }] },
    { name: 'tag', plural: 'tags', fields: [{ name: 'label', type: 'string' }] },
    { name: 'reader', plural: 'readers', fields: [{ name: 'name', type: 'string' }] },
    { name: 'subscription', plural: 'subscriptions', fields: [{ name: 'since', type: 'date' }] },
  ],
  relations: [
    { kind: 'many-to-many', from: 'post', to: 'tag' },
    { kind: 'many-to-many', from: 'reader', to: 'tag', through: 'subscription' },
  ],
};
