import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

// Requests written for these tests; none comes from the eval sets.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} > ${r.to}`).sort();

describe('businesses named without their entities', () => {
  it('proposes what a practitioner of each business keeps, linked', async () => {
    const cases: [string, string[], string[]][] = [
      ['an undertaker needs some software', ['client', 'funeral'], ['funeral > client']],
      ['software for an optometrist', ['customer', 'eye_exam', 'glasses_order'], ['eye_exam > customer']],
      ['roller rink app', ['booking', 'customer', 'skating_session'], ['booking > skating_session']],
      ['a churchyard register', ['burial', 'plot'], ['burial > plot']],
      [
        'app for a student radio station',
        ['episode', 'presenter', 'show'],
        ['episode > show', 'show > presenter'],
      ],
      [
        'we organise a triathlon every summer',
        ['race', 'registration', 'result', 'runner'],
        ['registration > race', 'registration > runner'],
      ],
      ['fancy dress hire business', ['costume', 'customer', 'hire'], ['hire > costume', 'hire > customer']],
      ['a canoe club backend', ['canoe', 'member', 'outing'], ['outing > canoe', 'outing > member']],
      ['blood donation centre software', ['blood_donation', 'blood_donor'], ['blood_donation > blood_donor']],
      [
        'a bridal salon wants an api',
        ['customer', 'dress', 'fitting'],
        ['fitting > customer', 'fitting > dress'],
      ],
      ['an interpreting agency', ['client', 'job', 'translator'], ['job > client', 'job > translator']],
      [
        'staffing agency backend',
        ['candidate', 'company', 'job', 'placement'],
        ['placement > candidate', 'placement > job'],
      ],
      ['an app for a contemporary art gallery', ['artist', 'artwork', 'exhibition'], ['artwork > artist']],
      [
        'a branding agency needs an api',
        ['client', 'deliverable', 'project'],
        ['deliverable > project', 'project > client'],
      ],
      [
        'backend for our it consultancy',
        ['client', 'device', 'ticket'],
        ['device > client', 'ticket > client'],
      ],
      ['software for a guarding company', ['guard', 'shift', 'site'], ['shift > guard', 'shift > site']],
      ['an emergency shelter app', ['bed', 'resident', 'stay'], ['stay > bed', 'stay > resident']],
      ['the public observatory needs a booking api', ['booking', 'customer', 'show'], ['booking > show']],
      ['api for a tiler', ['customer', 'job', 'quote'], ['job > customer']],
    ];
    for (const [prompt, resources, relations] of cases) {
      const design = await plan(prompt);
      expect(names(design), prompt).toEqual(resources);
      expect(links(design), prompt).toEqual(expect.arrayContaining(relations));
    }
  });

  it('reads a kind of practice, class or cleaning by its practitioner or its activity', async () => {
    expect(names(await plan('booking backend for a podiatrist'))).toEqual(['appointment', 'patient']);
    expect(names(await plan('a cookery school app'))).toEqual(
      expect.arrayContaining(['booking', 'class', 'instructor']),
    );
    expect(names(await plan('api for my window cleaning round'))).toContain('cleaner');
  });

  it('keeps a charity’s donors and a French breed out of the new businesses', async () => {
    const charity = await plan('our charity records gifts: each donation has a donor and an amount');
    expect(charity.resources.find((r) => r.name === 'donation')?.fields.map((f) => f.name)).not.toContain(
      'volume_ml',
    );
    const stable = await plan('Pension pour chevaux : chaque cheval a un nom, un âge et une race.');
    expect(stable.resources.find((r) => r.name === 'horse')?.fields.map((f) => f.name)).toContain('breed');
  });

  it('links a German record to what its relative clause says it belongs to', async () => {
    const design = await plan(
      'Unser Kanuverein: Kanus mit Nummer und Farbe, Mitglieder mit Name. Jede Ausfahrt, die zu einem Kanu gehört, hat ein Datum und eine Dauer.',
    );
    expect(links(design)).toContain('outing > canoe');
  });

  it('proposes no resource named after the place of a business it does not know', async () => {
    const names_ = names(await plan('backend for a taxidermy centre'));
    expect(names_).not.toContain('centre');
    expect(names_.length).toBeGreaterThan(0);
  });

  it('knows the businesses in French, Spanish and German', async () => {
    expect(names(await plan('Une API pour nos pompes funèbres'))).toEqual(['client', 'funeral']);
    expect(names(await plan('Una API para nuestro club de remo'))).toEqual(['boat', 'member', 'outing']);
    expect(names(await plan('Eine API für unseren Ruderverein'))).toEqual(['boat', 'member', 'outing']);
  });
});

describe('clubs and small food shops the knowledge base knows', () => {
  it('proposes their usual records, never the body that runs them or the place it is in', async () => {
    const cases: [string, string[]][] = [
      ['an api for the town astronomical society', ['member', 'observation', 'observing_session']],
      ['our village archery club needs a backend', ['member', 'shooting_round']],
      ['software for a fishmonger', ['customer', 'order', 'order_item', 'product']],
      ['backend for a camera club', ['competition_entry', 'member', 'photo_competition']],
      ['pub quiz league app', ['quiz_night', 'quiz_score', 'team']],
      ['backend for our ham radio club', ['member', 'radio_contact']],
      ['duplicate bridge club software', ['bridge_session', 'member', 'session_result']],
      ['I run a vintage car club', ['club_event', 'member', 'vintage_car']],
      ['software for a classic car owners club', ['classic_car', 'club_event', 'member']],
      ['app for a piano tuner', ['client', 'piano', 'piano_service']],
      ['software for my farrier business', ['client', 'horse', 'shoeing']],
      ['we are a picture framing shop', ['customer', 'framing_order']],
      ['an api for the monthly farmers market', ['market', 'stall_booking', 'vendor']],
    ];
    for (const [prompt, expected] of cases) expect(names(await plan(prompt)), prompt).toEqual(expected);
  });

  it('keeps a business it lacks to its own words, without the society that runs it', async () => {
    const design = await plan('an api for our heraldry society');
    expect(names(design)).not.toContain('society');
  });
});
