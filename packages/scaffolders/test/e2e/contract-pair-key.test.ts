import { compileOpenApi, parseDesign } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import {
  runContractSuite,
  scaffoldExpress,
  scaffoldFastapi,
  type ContractReport,
  type GeneratedProject,
} from '../../src/index.js';
import { expectPairCasesPassed } from '../support/pair-cases.js';
import { fastapiTools, serveProject } from '../support/serve-project.js';

/**
 * Members and classes linked many to many: the generated join stores each pair once, and each side lists
 * the other through it, and deleting either side removes its pairs. The suite's pair cases pass the
 * project as generated on both stacks, and fail it (those cases, nothing else) once its schema has lost
 * the pair's unique key or its cascading pair keys, or a list of linked records ignores the join, so
 * they check what they claim.
 */
const design = parseDesign({
  name: 'gym',
  title: 'Gym API',
  description: 'Members take classes.',
  resources: [
    { name: 'member', plural: 'members', fields: [{ name: 'name', type: 'string', required: true }] },
    {
      name: 'gym_class',
      plural: 'gym_classes',
      fields: [{ name: 'title', type: 'string', required: true }],
    },
  ],
  relations: [{ kind: 'many-to-many', from: 'member', to: 'gym_class' }],
});
const openapi = compileOpenApi(design);

// The pair key as each stack's schema declares it: the SQL migration (Express), app/tables.py (FastAPI on SQLite).
const pairKey = {
  express: {
    file: 'migrations/001_schema.sql',
    text: '  CONSTRAINT "member_gym_classes_member_id_gym_class_id_key" UNIQUE ("member_id", "gym_class_id"),\n',
  },
  fastapi: {
    file: 'app/tables.py',
    text: '    UniqueConstraint("member_id", "gym_class_id", name="member_gym_classes_member_id_gym_class_id_key"),\n',
  },
};
// The member side's list of linked classes, with the join condition dropped: every class is listed.
const unlinked = {
  express: {
    file: 'src/routes/members.ts',
    text: 'repositories.gym_class.listJson({ ...query, through })',
    replace: 'repositories.gym_class.listJson(query)',
  },
  fastapi: {
    file: 'app/routers/members.py',
    text: 'page_json(list_query(parameters, through))',
    replace: 'page_json(list_query(parameters))',
  },
};
// The join's two keys as each stack's schema declares them, and as they were before pairs cascaded.
const cascading = {
  express: { file: 'migrations/001_schema.sql', text: 'ON DELETE CASCADE', replace: 'ON DELETE RESTRICT' },
  fastapi: { file: 'app/tables.py', text: 'ondelete="CASCADE"', replace: 'ondelete="RESTRICT"' },
};
const scaffold = { express: scaffoldExpress, fastapi: scaffoldFastapi };

describe.each(['express', 'fastapi'] as const)('the contract suite on a join resource (%s)', (stack) => {
  const project = scaffold[stack](design, openapi);

  it.skipIf(stack === 'fastapi' && !fastapiTools)(
    'passes the generated project and fails one whose schema lost the pair key',
    async () => {
      const report = await runSuite(project);
      expect(failedNames(report)).toEqual([]);
      expectPairCasesPassed(design, report);

      const { file, text } = pairKey[stack];
      const source = project.files[file]!;
      expect(source.split(text).length - 1, `${file} declares the pair key exactly once`).toBe(1);
      const broken = await runSuite({
        ...project,
        files: { ...project.files, [file]: source.replace(text, '') },
      });
      expect(failedNames(broken)).toEqual([
        'POST /member-gym-classes: linking the same member_id and gym_class_id twice is answered with 409',
        'PATCH /member-gym-classes/{id}: an update that repeats a linked member_id and gym_class_id is answered with 409',
      ]);
    },
    300_000,
  );

  it.skipIf(stack === 'fastapi' && !fastapiTools)(
    "fails a project whose join keys refuse a side's delete instead of cascading",
    async () => {
      const { file, text, replace } = cascading[stack];
      const source = project.files[file]!;
      expect(source.split(text).length - 1, `${file} cascades exactly the two pair keys`).toBe(2);
      const broken = await runSuite({
        ...project,
        files: { ...project.files, [file]: source.replaceAll(text, replace) },
      });
      expect(failedNames(broken)).toEqual([
        'DELETE /members/{id}: also removes its /member-gym-classes pairs and keeps the linked gym_class_id',
        'DELETE /gym-classes/{id}: also removes its /member-gym-classes pairs and keeps the linked member_id',
      ]);
      // The database refused the delete; the client hears a 409 saying so, never a 500.
      for (const failed of broken.cases.filter((item) => item.status === 'failed'))
        expect(failed.message, failed.name).toMatch(/\b409\b/);
    },
    300_000,
  );

  it.skipIf(stack === 'fastapi' && !fastapiTools)(
    'fails a project whose list of linked records ignores the join',
    async () => {
      const { file, text, replace } = unlinked[stack];
      const source = project.files[file]!;
      expect(source.split(text).length - 1, `${file} reads through the join exactly once`).toBe(1);
      const broken = await runSuite({
        ...project,
        files: { ...project.files, [file]: source.replace(text, replace) },
      });
      expect(failedNames(broken)).toEqual([
        'GET /members/{id}/gym-classes: lists exactly the records linked with one',
      ]);
    },
    300_000,
  );
});

async function runSuite(project: GeneratedProject): Promise<ContractReport> {
  const served = await serveProject(project, {});
  try {
    return await runContractSuite({ openapi, baseUrl: served.baseUrl });
  } finally {
    await served.stop();
  }
}

function failedNames(report: ContractReport): string[] {
  return report.cases.filter((item) => item.status === 'failed').map((item) => item.name);
}
