// A namespace import lets the bundler drop what the package never uses of zod (its 40 locales).
import * as z from 'zod';

/**
 * Identifiers that reach generated code (tables, columns, routes, class names) are restricted to
 * lower snake_case so nothing from a prompt can inject code, SQL or paths.
 */
export const identifierSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be lower snake_case: a letter, then letters, digits or _ (max 63)');

/** The kebab-case name of the API: its folder, package and deployment name. */
export const apiNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, 'must be kebab-case: a letter, then letters, digits or - (max 63)');

export const fieldTypes = [
  'string',
  'text',
  'integer',
  'number',
  'boolean',
  'date',
  'datetime',
  'email',
  'url',
  'uuid',
  'enum',
  'json',
  'reference',
] as const;

export const fieldTypeSchema = z.enum(fieldTypes);
export type FieldType = z.infer<typeof fieldTypeSchema>;

const scalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One typed property of a resource. `id`, `created_at` and `updated_at` are implicit on every resource. */
export const fieldSchema = z
  .object({
    name: identifierSchema.describe('snake_case property name'),
    type: fieldTypeSchema,
    description: z.string().max(500).optional(),
    required: z.boolean().default(false).describe('must be present when creating'),
    unique: z.boolean().default(false),
    readOnly: z.boolean().default(false).describe('set by the server, never accepted from clients'),
    default: z.union([scalarSchema, z.array(scalarSchema), z.record(z.string(), z.unknown())]).optional(),
    enumValues: z
      .array(z.string().min(1).max(100))
      .min(1)
      .optional()
      .describe('allowed values when type is enum'),
    references: identifierSchema.optional().describe('target resource name when type is reference'),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('longest accepted value; unset: string 255, text 10000, email 254, url 2048'),
    pattern: z.string().max(500).optional(),
    example: z.unknown().optional(),
  })
  .strict();
export type Field = z.infer<typeof fieldSchema>;
export type FieldInput = z.input<typeof fieldSchema>;

/** A collection exposed as REST routes: `/plural`, `/plural/{id}`. */
export const resourceSchema = z
  .object({
    name: identifierSchema.describe('singular snake_case name, e.g. pet'),
    plural: identifierSchema.describe('plural snake_case name used in paths, e.g. pets'),
    description: z.string().max(500).optional(),
    fields: z.array(fieldSchema).min(1),
    ownership: z
      .enum(['none', 'owner'])
      .default('none')
      .describe('owner: rows belong to the authenticated caller, who alone may see or change them'),
  })
  .strict();
export type Resource = z.infer<typeof resourceSchema>;

/**
 * Links between resources. `belongs-to` adds a `<to>_id` reference on `from` and a nested list route
 * `/<to plural>/{id}/<from plural>`; `has-many` is the same link stated from the parent's side.
 * `many-to-many` pairs two resources freely: normalisation stores the pairs in a join resource (`through`,
 * by default `<from>_<to>`) with a required reference to each side, each pair at most once, so the join
 * gets its own routes and a nested list under either side. A resource linked with itself is not stored
 * that way (its join would need two links to one parent); the forge warns that it is not served.
 */
export const relationSchema = z
  .object({
    kind: z.enum(['belongs-to', 'has-many', 'many-to-many']),
    from: identifierSchema,
    to: identifierSchema,
    field: identifierSchema.optional().describe('foreign key property on the child; defaults to <parent>_id'),
    required: z.boolean().default(false),
    through: identifierSchema
      .optional()
      .describe(
        'many-to-many only: the resource that stores one row per linked pair; defaults to <from>_<to>, created when absent',
      ),
  })
  .strict();
export type Relation = z.infer<typeof relationSchema>;

export const authSchema = z
  .object({
    type: z.enum(['none', 'api-key', 'bearer-jwt']).default('none'),
    apiKeyHeader: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/)
      .optional(),
  })
  .strict();
export type Auth = z.infer<typeof authSchema>;

/** Everything SmartAPIForge needs to know about an API; planners produce it, compilers consume it. */
export const apiDesignSchema = z
  .object({
    name: apiNameSchema,
    title: z.string().min(1).max(120),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0')
      .default('1.0.0'),
    description: z.string().max(2000).default(''),
    resources: z.array(resourceSchema).min(1),
    relations: z.array(relationSchema).default([]),
    auth: authSchema.default({ type: 'none' }),
    options: z
      .object({
        pagination: z.enum(['offset', 'cursor']).default('offset'),
        maxPageSize: z.number().int().min(1).max(1000).default(100),
        advanced: z.boolean().default(false).describe('also emit a Prisma schema'),
      })
      .strict()
      .default({ pagination: 'offset', maxPageSize: 100, advanced: false }),
  })
  .strict();

export type ApiDesign = z.infer<typeof apiDesignSchema>;
export type ApiDesignInput = z.input<typeof apiDesignSchema>;
