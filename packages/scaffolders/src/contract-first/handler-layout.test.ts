import { readFileSync } from 'node:fs';
import { planContract } from '@smartapiforge/spec-engine';
import { describe, expect, it } from 'vitest';
import { contractHandlerLayouts } from './handler-layout.js';
import { scaffoldContractExpress } from './scaffold-contract-express.js';
import { scaffoldContractFastapi } from './scaffold-contract-fastapi.js';

const realworld = planContract(
  readFileSync(new URL('../../test/fixtures/contracts/realworld/openapi.yml', import.meta.url), 'utf8'),
);
const input = { name: 'conduit', document: realworld.document, plan: realworld.plan };
const custom = realworld.plan.operations.filter((operation) => operation.kind === 'custom');
const projects = { express: scaffoldContractExpress(input), fastapi: scaffoldContractFastapi(input) };

// The layout is what a tool reads instead of the templates; each of its claims is checked against them.
describe.each(['express', 'fastapi'] as const)('the %s handler layout', (stack) => {
  const layout = contractHandlerLayouts[stack];
  const { files } = projects[stack];

  it('names the stub file of every custom operation, which makes the 501 call and declares the entry point', () => {
    expect(custom).toHaveLength(5);
    for (const operation of custom) {
      const stub = files[layout.handlerFile(operation.handler!)];
      expect(stub).toContain(layout.stubMarker);
      expect(stub).toMatch(layout.entryPoint.pattern);
      expect(stub).toContain(layout.entryPoint.signature);
    }
  });

  it('names context files the project holds', () => {
    for (const file of layout.contextFiles) expect(files[file]).toBeDefined();
  });

  it('names each operation test as the project suite writes it', () => {
    const suite = Object.entries(files).find(([file]) =>
      /test_operations\.py$|operations\.test\.ts$/.test(file),
    );
    // Node's runner is given each name as a template literal around the operation; pytest puts the
    // parametrize id in brackets after the test's name.
    const written =
      stack === 'express'
        ? `\`${layout.operationTest('${name}')}\``
        : `def ${layout.operationTest('%s').split('[')[0]}(`;
    expect(suite?.[1]).toContain(written);
  });
});
