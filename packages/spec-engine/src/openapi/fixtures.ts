import type { ApiDesignInput } from '../design/api-design.js';

/**
 * Designs the golden and validation tests compile, and every scaffolder builds, tests and contract-checks;
 * each exercises a different part of the contract. Exported from `@smartapiforge/spec-engine/testing`.
 */
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
          { name: 'born_at', type: 'datetime' },
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
        ownership: 'owner',
        fields: [
          { name: 'robot_id', type: 'reference', references: 'robot', required: true },
          { name: 'battery_percent', type: 'number', minimum: 0, maximum: 100 },
          { name: 'recorded_at', type: 'datetime', required: true },
        ],
      },
    ],
    auth: { type: 'api-key', apiKeyHeader: 'X-Robot-Key' },
  },
  'library-chain': {
    name: 'library',
    title: 'Library API',
    description:
      'A belongs-to chain three links deep: branches hold shelves, shelves hold books, books have loans.',
    resources: [
      {
        name: 'branch',
        plural: 'branches',
        fields: [
          { name: 'name', type: 'string', required: true, minLength: 2, maxLength: 120 },
          { name: 'opened_on', type: 'date' },
        ],
      },
      {
        name: 'shelf',
        plural: 'shelves',
        fields: [
          { name: 'code', type: 'string', required: true, unique: true, maxLength: 12 },
          { name: 'capacity', type: 'integer', minimum: 1, maximum: 500, default: 100 },
        ],
      },
      {
        name: 'book',
        plural: 'books',
        fields: [
          { name: 'title', type: 'string', required: true },
          {
            name: 'isbn',
            type: 'string',
            unique: true,
            pattern: '^[0-9-]{10,17}$',
            example: '978-0-13-468599-1',
          },
          { name: 'published_on', type: 'date' },
        ],
      },
      {
        name: 'loan',
        plural: 'loans',
        fields: [
          { name: 'borrower_email', type: 'email', required: true },
          { name: 'due_on', type: 'date', required: true },
          { name: 'returned', type: 'boolean', default: false },
        ],
      },
    ],
    relations: [
      { kind: 'belongs-to', from: 'shelf', to: 'branch', required: true },
      { kind: 'belongs-to', from: 'book', to: 'shelf' },
      { kind: 'belongs-to', from: 'loan', to: 'book', required: true },
    ],
    options: { maxPageSize: 200 },
  },
  'every-field-type': {
    name: 'field-types',
    title: 'Field Types API',
    description: 'One resource with a field of every type, required and optional, with defaults.',
    resources: [
      {
        name: 'collection',
        plural: 'collections',
        fields: [{ name: 'label', type: 'string', required: true }],
      },
      {
        name: 'specimen',
        plural: 'specimens',
        description: 'A catalogued specimen.',
        fields: [
          { name: 'label', type: 'string', required: true, maxLength: 40 },
          { name: 'notes', type: 'text', description: 'free-form notes' },
          { name: 'legs', type: 'integer', minimum: 0, default: 0 },
          { name: 'weight_grams', type: 'number', minimum: 0, maximum: 100000 },
          { name: 'endangered', type: 'boolean', required: true },
          { name: 'found_on', type: 'date' },
          { name: 'catalogued_at', type: 'datetime', required: true },
          { name: 'curator_email', type: 'email' },
          { name: 'photo_url', type: 'url' },
          { name: 'external_id', type: 'uuid', unique: true },
          { name: 'kingdom', type: 'enum', enumValues: ['animalia', 'plantae', 'fungi'], required: true },
          { name: 'measurements', type: 'json' },
          { name: 'collection_id', type: 'reference', references: 'collection', required: true },
        ],
      },
    ],
  },
  'blog-api-key': {
    name: 'blog',
    title: 'Blog API',
    version: '3.0.0',
    description: 'Authors have many posts, comments belong to posts, posts and tags are many-to-many.',
    resources: [
      {
        name: 'author',
        plural: 'authors',
        fields: [
          { name: 'display_name', type: 'string', required: true },
          { name: 'email', type: 'email', required: true, unique: true },
          { name: 'homepage', type: 'url' },
        ],
      },
      {
        name: 'post',
        plural: 'posts',
        fields: [
          { name: 'title', type: 'string', required: true },
          { name: 'body', type: 'text', required: true },
          {
            name: 'state',
            type: 'enum',
            enumValues: ['draft', 'published', 'archived'],
            default: 'draft',
            required: true,
          },
          { name: 'published_at', type: 'datetime' },
        ],
      },
      { name: 'comment', plural: 'comments', fields: [{ name: 'body', type: 'text', required: true }] },
      {
        name: 'tag',
        plural: 'tags',
        fields: [{ name: 'label', type: 'string', required: true, unique: true }],
      },
    ],
    relations: [
      { kind: 'has-many', from: 'author', to: 'post', required: true },
      { kind: 'belongs-to', from: 'comment', to: 'post', required: true },
      { kind: 'many-to-many', from: 'post', to: 'tag' },
    ],
    auth: { type: 'api-key' },
  },
  'shop-owned-jwt': {
    name: 'shop',
    title: 'Shop API',
    description: 'Products are public; carts and orders belong to the signed-in customer.',
    resources: [
      {
        name: 'product',
        plural: 'products',
        fields: [
          { name: 'sku', type: 'string', required: true, unique: true, maxLength: 32 },
          { name: 'name', type: 'string', required: true },
          { name: 'price', type: 'number', required: true, minimum: 0 },
          { name: 'stock', type: 'integer', minimum: 0, default: 0 },
        ],
      },
      {
        name: 'order',
        plural: 'orders',
        ownership: 'owner',
        fields: [
          {
            name: 'status',
            type: 'enum',
            enumValues: ['pending', 'paid', 'shipped', 'cancelled'],
            default: 'pending',
          },
          { name: 'total', type: 'number', readOnly: true },
          { name: 'placed_at', type: 'datetime' },
        ],
      },
      {
        name: 'order_line',
        plural: 'order_lines',
        ownership: 'owner',
        fields: [{ name: 'quantity', type: 'integer', required: true, minimum: 1, maximum: 99 }],
      },
    ],
    relations: [
      { kind: 'belongs-to', from: 'order_line', to: 'order', required: true },
      { kind: 'belongs-to', from: 'order_line', to: 'product', required: true },
    ],
    auth: { type: 'bearer-jwt' },
    options: { maxPageSize: 1000 },
  },
  'tickets-api-key-owned': {
    name: 'helpdesk',
    title: 'Helpdesk API',
    description: 'Tickets owned by the API key that created them.',
    resources: [
      {
        name: 'ticket',
        plural: 'tickets',
        ownership: 'owner',
        fields: [
          { name: 'subject', type: 'string', required: true, maxLength: 200 },
          {
            name: 'priority',
            type: 'enum',
            enumValues: ['low', 'normal', 'high', 'urgent'],
            default: 'normal',
          },
          { name: 'due_on', type: 'date' },
        ],
      },
      {
        name: 'reply',
        plural: 'replies',
        ownership: 'owner',
        fields: [
          { name: 'message', type: 'text', required: true },
          { name: 'internal', type: 'boolean', default: false },
        ],
      },
    ],
    relations: [{ kind: 'has-many', from: 'ticket', to: 'reply', required: true }],
    auth: { type: 'api-key', apiKeyHeader: 'X-Helpdesk-Key' },
    options: { maxPageSize: 25 },
  },
  'minimal-advanced': {
    name: 'counter',
    title: 'Counter API',
    resources: [
      { name: 'counter', plural: 'counters', fields: [{ name: 'value', type: 'integer', required: true }] },
    ],
    options: { advanced: true, maxPageSize: 1 },
  },
  'courses-many-to-many': {
    name: 'school',
    title: 'School API',
    description: 'Students and courses are many-to-many; lessons belong to courses and rooms.',
    resources: [
      {
        name: 'student',
        plural: 'students',
        fields: [
          { name: 'full_name', type: 'string', required: true },
          { name: 'student_number', type: 'string', required: true, unique: true, maxLength: 20 },
          { name: 'born_on', type: 'date' },
        ],
      },
      {
        name: 'course',
        plural: 'courses',
        fields: [
          { name: 'title', type: 'string', required: true },
          {
            name: 'level',
            type: 'enum',
            enumValues: ['beginner', 'intermediate', 'advanced'],
            required: true,
          },
          { name: 'credits', type: 'integer', minimum: 1, maximum: 30 },
        ],
      },
      {
        name: 'room',
        plural: 'rooms',
        fields: [
          { name: 'code', type: 'string', required: true, unique: true },
          { name: 'seats', type: 'integer', minimum: 1 },
        ],
      },
      {
        name: 'lesson',
        plural: 'lessons',
        fields: [
          { name: 'starts_at', type: 'datetime', required: true },
          { name: 'ends_at', type: 'datetime', required: true },
        ],
      },
    ],
    relations: [
      { kind: 'many-to-many', from: 'student', to: 'course' },
      { kind: 'belongs-to', from: 'lesson', to: 'course', required: true },
      { kind: 'belongs-to', from: 'lesson', to: 'room' },
    ],
  },
};
