import type { ApiDesign, Auth, Field, FieldType, Relation, Resource } from '../design/api-design.js';
import type { LLMUsage } from '../llm/llm-provider.js';
import type { Assumption } from '../planners/planner.js';

/**
 * Names in edits: `resource` is the resource's singular name in the NEW design (after any rename),
 * except for `remove-resource` and `rename-resource.from`, which name the old design's resource.
 * A consumer applying edits in order (renames of resources come before edits to their fields) can
 * therefore always find the table it touches.
 */
export type DesignEdit =
  | { readonly kind: 'add-resource'; readonly resource: string; readonly definition: Resource }
  | { readonly kind: 'remove-resource'; readonly resource: string; readonly previous: Resource }
  | {
      readonly kind: 'rename-resource';
      readonly from: string;
      readonly to: string;
      readonly fromPlural: string;
      readonly toPlural: string;
    }
  | {
      readonly kind: 'add-field';
      readonly resource: string;
      readonly field: string;
      readonly definition: Field;
    }
  | {
      readonly kind: 'remove-field';
      readonly resource: string;
      readonly field: string;
      readonly previous: Field;
    }
  | { readonly kind: 'rename-field'; readonly resource: string; readonly from: string; readonly to: string }
  | {
      readonly kind: 'change-type';
      readonly resource: string;
      readonly field: string;
      readonly from: FieldType;
      readonly to: FieldType;
    }
  | {
      readonly kind: 'change-required';
      readonly resource: string;
      readonly field: string;
      readonly required: boolean;
    }
  | {
      readonly kind: 'change-enum';
      readonly resource: string;
      readonly field: string;
      /** The allowed values before; absent when the field was not an enum. */
      readonly from?: readonly string[];
      readonly to: readonly string[];
    }
  | {
      readonly kind: 'change-constraint';
      readonly resource: string;
      readonly field: string;
      readonly constraint: FieldConstraint;
      /** Absent when the constraint was (or becomes) unset. */
      readonly from?: unknown;
      readonly to?: unknown;
    }
  | { readonly kind: 'add-relation'; readonly relation: Relation }
  | { readonly kind: 'remove-relation'; readonly relation: Relation }
  | { readonly kind: 'change-auth'; readonly from: Auth; readonly to: Auth }
  | {
      readonly kind: 'change-ownership';
      readonly resource: string;
      readonly from: Resource['ownership'];
      readonly to: Resource['ownership'];
    }
  | {
      readonly kind: 'change-options';
      readonly option: keyof ApiDesign['options'];
      readonly from: unknown;
      readonly to: unknown;
    }
  /** Words only (title, descriptions, examples, plural spelling kept): nothing on the wire or in storage. */
  | { readonly kind: 'change-docs'; readonly path: string; readonly from?: unknown; readonly to?: unknown };

export type DesignEditKind = DesignEdit['kind'];

/** A field property whose change is a `change-constraint` edit. */
export type FieldConstraint =
  | 'unique'
  | 'readOnly'
  | 'default'
  | 'minimum'
  | 'maximum'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'references';

/**
 * A rename the user asked for. Without it a differ sees a removal plus an addition (data lost);
 * with it, a rename (data kept). Field renames name the resource as in the new design.
 */
export type DesignRename =
  | { readonly kind: 'resource'; readonly from: string; readonly to: string }
  | { readonly kind: 'field'; readonly resource: string; readonly from: string; readonly to: string };

/** What a planner made of a change request. */
export interface ChangePlan {
  /** The whole new design, valid under `parseDesign`; its `version` is the current one (bump it from the contract diff). */
  readonly design: ApiDesign;
  /** What was understood, in the order it applies. */
  readonly edits: readonly DesignEdit[];
  /** The renames among the edits, for `diffDesigns` and migration writers. */
  readonly renames: readonly DesignRename[];
  /** What was inferred beyond the request's words (types by name, defaults for existing rows…). */
  readonly assumptions: readonly Assumption[];
  /** The id of the planner that read the request (`embedded`, `llm:ollama`…). */
  readonly planner: string;
  readonly durationMs: number;
  /** Tokens the model calls used; only planners that call models set it. */
  readonly usage?: LLMUsage;
}

export interface PlanChangeOptions {
  /** Cancels planning; model calls stop promptly. */
  readonly signal?: AbortSignal;
  /** Who reads the request; the embedded change planner when absent. */
  readonly planner?: ChangePlanner;
}

/** Reads a change request against a current design and answers the whole new design. */
export interface ChangePlanner {
  /** Stable id, e.g. `embedded` or `llm:ollama`. */
  readonly id: string;
  planChange(
    current: ApiDesign,
    request: string,
    options?: { readonly signal?: AbortSignal },
  ): Promise<ChangePlan>;
}

export interface DiffDesignsOptions {
  /** Renames the request stated; any other vanished name is a removal. */
  readonly renames?: readonly DesignRename[];
}

/** One difference between two designs. */
export interface DesignChange {
  /**
   * Where in the design, by names rather than indices so it survives reordering:
   * `/resources/pet/fields/owner_name`, `/relations/pet->owner`, `/auth`, `/options/pagination`.
   */
  readonly path: string;
  readonly kind: DesignEditKind;
  /**
   * Stored data may be lost or rejected: dropping a column or table, narrowing a type, enum or
   * constraint, or making a field required without a default.
   */
  readonly destructive: boolean;
  readonly description: string;
  readonly edit: DesignEdit;
}

export interface DesignDiff {
  /** In a stable order: resource renames, then per resource (old design order, new ones last), then relations, auth, options, docs. */
  readonly changes: readonly DesignChange[];
  /** Whether any change is destructive. */
  readonly destructive: boolean;
}

/**
 * `breaking`: a client written for the old contract may fail; `compatible`: the contract grew or
 * relaxed; `documentation`: only words changed (descriptions, summaries, examples, titles).
 */
export type OpenApiChangeImpact = 'breaking' | 'compatible' | 'documentation';

export type OpenApiChangeKind =
  | 'path-added'
  | 'path-removed'
  | 'operation-added'
  | 'operation-removed'
  | 'operation-id-changed'
  | 'parameter-added'
  | 'parameter-removed'
  | 'parameter-required'
  | 'parameter-optional'
  | 'request-body-added'
  | 'request-body-removed'
  | 'request-body-required'
  | 'request-body-optional'
  | 'media-type-added'
  | 'media-type-removed'
  | 'property-added'
  | 'property-removed'
  | 'property-required'
  | 'property-optional'
  | 'type-changed'
  | 'type-narrowed'
  | 'type-widened'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'constraint-narrowed'
  | 'constraint-widened'
  | 'nullable-added'
  | 'nullable-removed'
  | 'response-added'
  | 'response-removed'
  | 'response-header-added'
  | 'response-header-removed'
  | 'security-added'
  | 'security-removed'
  | 'security-changed'
  | 'security-scheme-changed'
  | 'server-changed'
  | 'webhook-added'
  | 'webhook-removed'
  | 'documentation-changed';

/** One difference between two OpenAPI documents. */
export interface OpenApiChange {
  /**
   * A JSON pointer into the document (the new one, or the old one for removals), walked through
   * resolved local `$ref`s: `/paths/~1pets/post/requestBody/content/application~1json/schema/properties/owner_name`.
   * Parameters, an array in the document, are named by location and name: `/paths/~1pets/get/parameters/query:limit`.
   */
  readonly path: string;
  readonly kind: OpenApiChangeKind;
  /** `impact === 'breaking'`. */
  readonly breaking: boolean;
  readonly impact: OpenApiChangeImpact;
  readonly description: string;
}

export interface OpenApiDiff {
  /** Whether any change is breaking. */
  readonly breaking: boolean;
  /** Sorted by path, then kind: the same documents always give the same list. */
  readonly changes: readonly OpenApiChange[];
}

/** `major` for breaking, `minor` for additive, `patch` for nothing or words only. */
export type VersionBump = 'major' | 'minor' | 'patch';

/** Codes of `ChangeRequestError`. */
export type ChangeRequestErrorCode =
  /** The request is empty or blank. */
  | 'change_empty'
  /** Nothing (or not all) of the request could be read as edits; the error lists what was. */
  | 'change_not_understood'
  /** The request names a resource or field the design does not have. */
  | 'change_unknown_target'
  /** A name fits more than one resource's field; the request must say which. */
  | 'change_ambiguous_target'
  /** The edits read fine but leave an invalid design (a name clash, a resource with no fields…). */
  | 'change_invalid'
  /** The request asks for what the design already is. */
  | 'change_no_effect';
