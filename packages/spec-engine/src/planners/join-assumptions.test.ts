import { describe, expect, it } from 'vitest';
import { pairedDesign } from '../design/paired-design.test-util.js';
import { parseDesign } from '../design/validate-design.js';
import { createEmbeddedPlanner } from './embedded-planner.js';
import { addedJoinAssumptions } from './join-assumptions.js';

const planned = pairedDesign;

describe('assumptions about join resources', () => {
  it('says which join resources parseDesign added, and not the ones the design declared', () => {
    expect(addedJoinAssumptions(planned, parseDesign(planned))).toEqual([
      {
        path: 'post_tag',
        text: 'added post_tag to store which posts go with which tags, each pair once (/post-tags; /posts/{id}/tags lists them)',
      },
    ]);
  });

  it('is part of what the embedded planner returns', async () => {
    const result = await createEmbeddedPlanner().plan(
      'Posts have a title and tags have a label. A post has many tags and a tag has many posts.',
    );
    const joins = result.design.relations.filter((r) => r.kind === 'many-to-many').map((r) => r.through);
    expect(joins).toEqual(['post_tag']);
    expect(result.assumptions!.filter((a) => a.path === 'post_tag')).toHaveLength(1);
  });
});
