import type { ApiDesignInput } from '../design/api-design.js';

/** Designs the golden and validation tests compile; each exercises a different part of the contract. */
export const fixtureDesigns: Record<string, ApiDesignInput> = {
  'pet-store': {
    name: 'pet-store',
    title: 'Pet Store API',
    description: 'Pets and their owners.',
    resources: [
      {
        name: 'owner',
        plural: 'owners',
        fields: [
          { name: 'name', type: 'string', required: true, maxLength: 80 },
          { name: 'email', type: 'email', required: true, unique: true },
        ],
      },
      {
        name: 'pet',
        plural: 'pets',
        fields: [
          { name: 'name', type: 'string', required: true },
          { name: 'species', type: 'enum', enumValues: ['dog', 'cat', 'bird'], default: 'dog' },
          { name: 'age', type: 'integer', minimum: 0, maximum: 40 },
          { name: 'bio', type: 'text' },
          { name: 'attributes', type: 'json' },
        ],
      },
    ],
    relations: [{ kind: 'belongs-to', from: 'pet', to: 'owner', required: true }],
  },
  'notes-jwt': {
    name: 'notes',
    title: 'Notes API',
    version: '2.1.0',
    resources: [
      {
        name: 'notebook',
        plural: 'notebooks',
        ownership: 'owner',
        fields: [{ name: 'title', type: 'string', required: true }],
      },
      {
        name: 'note',
        plural: 'notes',
        ownership: 'owner',
        fields: [
          { name: 'title', type: 'string', required: true },
          { name: 'content', type: 'text' },
          { name: 'pinned', type: 'boolean', default: false },
          { name: 'due_on', type: 'date' },
          { name: 'reminded_at', type: 'datetime' },
          { name: 'slug', type: 'string', pattern: '^[a-z0-9-]+$', example: 'my-note', unique: true },
          { name: 'word_count', type: 'integer', readOnly: true },
        ],
      },
      {
        name: 'tag',
        plural: 'tags',
        fields: [{ name: 'label', type: 'string', required: true, unique: true }],
      },
    ],
    relations: [
      { kind: 'has-many', from: 'notebook', to: 'note' },
      { kind: 'many-to-many', from: 'note', to: 'tag' },
    ],
    auth: { type: 'bearer-jwt' },
    options: { maxPageSize: 50 },
  },
  'telemetry-api-key': {
    name: 'robot-telemetry',
    title: 'Robot Telemetry API',
    resources: [
      {
        name: 'robot',
        plural: 'robots',
        fields: [
          { name: 'name', type: 'string', required: true },
          { name: 'homepage', type: 'url' },
          { name: 'serial', type: 'uuid', unique: true },
        ],
      },
      {
        name: 'telemetry_event',
        plural: 'telemetry_events',
        fields: [
          { name: 'robot_id', type: 'reference', references: 'robot', required: true },
          { name: 'battery_percent', type: 'number', minimum: 0, maximum: 100 },
          { name: 'recorded_at', type: 'datetime', required: true },
        ],
      },
    ],
    auth: { type: 'api-key', apiKeyHeader: 'X-Robot-Key' },
  },
};
