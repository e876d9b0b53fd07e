import { describe, expect, it } from 'vitest';
import { readPlan } from './read-plan.test-util.js';

describe('records named only as what a verb of keeping keeps', () => {
  it('makes "mark attendance every day" a dated attendance record of the people named', async () => {
    const { resources, links } = await readPlan(
      'our choir has 40 singers with a name and a voice part, and we mark attendance every day',
    );
    expect(Object.keys(resources)).toEqual(expect.arrayContaining(['singer', 'attendance']));
    expect(resources.attendance).toContain('date');
    expect(links).toContain('attendance>singer');
  });

  it('links "their" records to what "their" stands for', async () => {
    const { links } = await readPlan('trainees have a name and a badge number. we track their attendance');
    expect(links).toContain('attendance>trainee');
  });

  it('keeps one value of something as a value, not a record', async () => {
    const { resources } = await readPlan('pupils have a name. i record the grade of each exam');
    expect(Object.keys(resources)).not.toContain('grade');
  });

  it('reads "keep track of" as no record of tracks', async () => {
    const { resources } = await readPlan('members have a name. we keep track of their visits');
    expect(Object.keys(resources)).not.toContain('track');
  });
});

describe('acts said with "who" in chat', () => {
  it('makes "who i lent each one to and when" a dated loan of the thing to the people named', async () => {
    const { resources, links } = await readPlan(
      'i lend my camping gear to neighbours all the time. wanna track the gear items (name, condition) and who i lent each one to and when',
    );
    expect(Object.keys(resources)).toContain('loan');
    expect(links).toEqual(expect.arrayContaining(['loan>neighbour']));
    expect(resources.loan!.some((f) => /^lent/.test(f))).toBe(true);
  });

  it('makes "who did which X on what day" a dated record of the people and the thing', async () => {
    const { resources, links } = await readPlan(
      'my flatmates and i share tasks like bins and dishes. store the tasks (name) and log who did which task on what day',
    );
    const record = Object.keys(resources).find((name) => links.includes(`${name}>task`));
    expect(record).toBeDefined();
    expect(links).toContain(`${record}>flatmate`);
  });

  it('gives "which X verb which Y" on a record\'s own line to that record', async () => {
    const { resources, links } = await readPlan(
      'Allotments\n1. Plots — number, size\n2. Gardeners — name, email\n3. Tenancies — which gardener rents which plot, start date',
    );
    expect(Object.keys(resources).sort()).toEqual(['gardener', 'plot', 'tenancy']);
    expect(links).toEqual(expect.arrayContaining(['tenancy>gardener', 'tenancy>plot']));
  });
});

describe('records the writer makes, said as "every X i do"', () => {
  it('makes "every walk i do" a walk record of the dogs', async () => {
    const { resources, links } = await readPlan(
      'pets here are dogs. dogs have a name. i log every walk i do',
    );
    expect(Object.keys(resources)).toContain('walk');
    expect(links).toContain('walk>dog');
  });

  it('adds nothing where no resource is what the record usually belongs to', async () => {
    const { resources } = await readPlan('plants have a name. i log every walk i do');
    expect(Object.keys(resources)).not.toContain('walk');
  });
});
