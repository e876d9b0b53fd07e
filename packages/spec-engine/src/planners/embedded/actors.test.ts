import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';

// Sentences written for these tests; none comes from an eval set.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);

describe('embedded planner: who acts on the records a request describes', () => {
  it('makes a doer named once a resource when it acts on a described record, whatever its word', async () => {
    const design = await plan(
      'Surveyors take readings at wells. A reading has a depth and a date. Wells have a name and a location.',
    );
    expect(names(design)).toContain('surveyor');
    expect(links(design)).toEqual(
      expect.arrayContaining(['reading belongs-to surveyor', 'reading belongs-to well']),
    );
  });

  it('reads a doer of an intransitive verb at a described place the same way', async () => {
    const design = await plan('Jugglers perform at circuses. A circus has a name and a home town.');
    expect(names(design)).toContain('juggler');
    expect(design.relations.some((r) => [r.from, r.to].sort().join() === 'circus,juggler')).toBe(true);
  });

  it('keeps the one business a request is for, and audiences, out of the resources', async () => {
    const shop = await plan('The shop sells bikes. Bikes have a brand and a price.');
    expect(names(shop)).toEqual(['bike']);
    const blog = await plan('Readers leave comments on posts. Posts have a title; comments have a text.');
    expect(names(blog)).not.toContain('reader');
  });

  it('links nothing a sentence says is handled outside the application', async () => {
    const design = await plan(
      'Kayaks have a colour and a length. Guides have a name. Guides inspect kayaks every week, but we keep the inspections on paper.',
    );
    expect(names(design)).not.toContain('inspection');
    expect(links(design)).not.toContain('kayak belongs-to guide');
  });

  it('reads a dated record after "for" or "to" as the occasion a thing is brought or booked for', async () => {
    const visit = await plan(
      'Families bring their cats to checkups. Cats have a name and a breed. Each checkup has a date and a weight.',
    );
    expect(links(visit)).toContain('checkup belongs-to cat');
    const gig = await plan(
      'Bands rent halls for gigs. Halls have a name and a capacity. A gig has a date and a ticket price.',
    );
    expect(links(gig)).toEqual(expect.arrayContaining(['gig belongs-to hall', 'gig belongs-to band']));
    expect(links(gig)).not.toContain('hall belongs-to gig');
    const tickets = await plan(
      'Passengers buy tickets for crossings. A crossing has a departure time and a route. Each ticket has a seat class and a price.',
    );
    expect(links(tickets)).toContain('ticket belongs-to crossing');
    const bouquets = await plan(
      'Florists arrange bouquets for weddings; every bouquet has a style and a price. Weddings have a date and a venue.',
    );
    expect(links(bouquets)).toContain('bouquet belongs-to wedding');
  });

  it('keeps a dated record the object of a verb the record of the place after "for"', async () => {
    const design = await plan(
      'Tenants sign leases for flats. Leases have a start date and a rent. Flats have an address.',
    );
    expect(links(design)).toContain('lease belongs-to flat');
  });

  it('reads the thing a possessive holds as a record of its holder when a clause describes it', async () => {
    const design = await plan("Each teacher's classroom has a number and a floor. Teachers have a name.");
    expect(links(design)).toContain('classroom belongs-to teacher');
    const teacher = design.resources.find((r) => r.name === 'teacher')!;
    expect(teacher.fields.map((f) => f.name).some((n) => n.includes('classroom_has'))).toBe(false);
    const lockers = await plan(
      "Members' lockers have a number and a size. Members have a name and an email.",
    );
    expect(links(lockers)).toContain('locker belongs-to member');
  });

  it('reads a relative clause as whose the thing is, next to who else acts on it', async () => {
    const design = await plan(
      'Editors review articles that writers submit. Articles have a title and a word count. Writers have a name.',
    );
    expect(links(design)).toContain('article belongs-to writer');
    expect(design.relations.some((r) => r.kind === 'many-to-many')).toBe(false);
  });

  it('reads a plural after "for" as a noun even where the tagger takes it for a verb', async () => {
    const design = await plan(
      'Owners leave cats for stays. Each stay has a start date and an end date. Cats have a name.',
    );
    expect(links(design)).toContain('stay belongs-to cat');
  });

  it('reads the record made on an occasion as the record of what the occasion names', async () => {
    const report = await plan(
      'Whenever we service a boiler we write a report: the date, the pressure and the technician notes. Boilers have a serial number and an address.',
    );
    expect(names(report)).toEqual(['boiler', 'report']);
    expect(links(report)).toContain('report belongs-to boiler');
    const loan = await plan(
      'When a member borrows a tool we open a loan with the due date. Tools have a name. Members have a name and a phone.',
    );
    expect(links(loan)).toEqual(expect.arrayContaining(['loan belongs-to member', 'loan belongs-to tool']));
    const repairs = await plan(
      'Hail often damages the sheds, so we log repairs. Sheds have a name and a size. Each repair has a date and a cost.',
    );
    expect(links(repairs)).toContain('repair belongs-to shed');
  });

  it('reads prose after a title and a colon as prose, the title making no resource', async () => {
    const design = await plan(
      'Allotments: the gardeners can rent plots and log harvests on them. A plot has a number and a size; each harvest has a crop, a weight and a date.',
    );
    expect(names(design)).toEqual(['gardener', 'harvest', 'plot']);
    expect(links(design)).toEqual(
      expect.arrayContaining(['plot belongs-to gardener', 'harvest belongs-to plot']),
    );
  });

  it('takes only someone who does things for a doer: an agent noun or the maker in a relative clause', async () => {
    const storms = await plan(
      'Storms often damage the sheds, so we log repairs. Sheds have a name and a size. Each repair has a date and a cost.',
    );
    expect(names(storms)).not.toContain('storm');
    const cousins = await plan(
      'We keep the recipes that cousins send to the family. Recipes have a title and a number of servings.',
    );
    expect(links(cousins)).toContain('recipe belongs-to cousin');
  });

  it('keeps an activity on a value as the record the next sentence describes', async () => {
    const design = await plan(
      'Cleaners log hours at offices, each entry has a date and a number of hours. Offices have an address and a floor count.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['entry belongs-to cleaner', 'entry belongs-to office']),
    );
  });

  it('gives the record a clause makes the values it lists after "with", not its maker', async () => {
    const ratings = await plan(
      'Passengers leave ratings for drivers, with a score and a comment. Drivers have a name and a licence number.',
    );
    const rating = ratings.resources.find((r) => r.name === 'rating');
    expect(rating?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['score', 'comment']));
    expect(links(ratings)).toEqual(
      expect.arrayContaining(['rating belongs-to passenger', 'rating belongs-to driver']),
    );
    const passenger = ratings.resources.find((r) => r.name === 'passenger');
    expect(passenger?.fields.map((f) => f.name)).not.toContain('score');
    const flights = await plan(
      'Instructors log flights in planes, with the date and the duration. Planes have a registration and a model.',
    );
    const flight = flights.resources.find((r) => r.name === 'flight');
    expect(flight?.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['date', 'duration']));
  });

  it('reads who asks for the application as no resource ("our quiz team needs a tiny app")', async () => {
    const design = await plan(
      'so our quiz team needs a tiny app for our quiz nights lol. pub name, date, our score and the prize',
    );
    expect(names(design)).not.toContain('quiz_team');
    expect(design.resources.flatMap((r) => r.fields.map((f) => f.name))).not.toContain('tiny_app');
    const trees = await plan(
      'my bonsai trees need a tracker haha. trees have a species and an age, and for each pruning i note the date and what i cut',
    );
    expect(names(trees)).not.toContain('bonsai_tree');
  });

  it('reads "get busy" and "keep losing" as how things go, not as lists of values', async () => {
    const design = await plan(
      'Weekends get really busy, so members reserve lanes ahead. Lanes have a number and a length. Each reservation has a date and an hour.',
    );
    expect(names(design)).not.toContain('weekend');
  });

  it('counts a thing named once where its word only modifies another ("grape variety") as named once', async () => {
    const design = await plan(
      'Pickers harvest grapes from rows every autumn. Each row has a number and a grape variety; every harvest records the weight and the date.',
    );
    expect(names(design)).not.toContain('grape');
    expect(links(design)).toEqual(
      expect.arrayContaining(['harvest belongs-to row', 'harvest belongs-to picker']),
    );
  });

  it('takes a subject acting on its own things ("hosts bring their guests") for someone who acts', async () => {
    const design = await plan(
      'Hosts bring their guests to tastings. Each tasting has a date and a theme. Guests have a name and an allergy note.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['tasting belongs-to guest', 'tasting belongs-to host']),
    );
  });

  it('pairs two sides through the record the request names for the pairing, even after a many-to-many reading', async () => {
    const design = await plan(
      'Singers sign up for concerts; for each signup we keep the voice part they sing. Concerts have a date and a venue. Singers have a name and an email.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['signup belongs-to singer', 'signup belongs-to concert']),
    );
    expect(design.relations.some((r) => r.kind === 'many-to-many')).toBe(false);
  });

  it('reads a record with a start time as dated, the occasion a thing is reserved for', async () => {
    const design = await plan(
      'Makers reserve printers for print jobs. A print job has a file name, a start time and a filament colour. Printers have a model and a nozzle size.',
    );
    expect(links(design)).toContain('print_job belongs-to printer');
  });

  it('reads "where i store X (…)" and "the Ys from each X (…)" as two resources, each with its fields', async () => {
    const design = await plan(
      'i need an api where i store shoots (date, location, price) and the photos from each shoot (file url, caption).',
    );
    expect(names(design)).toEqual(['photo', 'shoot']);
    expect(links(design)).toContain('photo belongs-to shoot');
    const photo = design.resources.find((r) => r.name === 'photo')!;
    expect(photo.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['file_url', 'caption']));
  });

  it('reads "copies per branch (…)" as copies each belonging to a branch, as "in each branch" is', async () => {
    const design = await plan(
      'library api: branches, copies per branch (barcode, condition), loans w/ due date',
    );
    expect(links(design)).toContain('copy belongs-to branch');
  });

  it("proposes a domain's usual resources when a vague title's other words all name values", async () => {
    const design = await plan('Title: url shortener');
    expect(design.resources.length).toBeGreaterThan(0);
  });

  it('reads a colon after a clause that lists resources with their values as that list', async () => {
    const design = await plan(
      'We want to run a sailing school: boats with a name and a length; sailors with a name and a level.',
    );
    expect(names(design)).toEqual(['boat', 'sailor']);
  });

  it('reads "lots" as parking lots unless "of" follows it', async () => {
    const parking = await plan('Car park app: lots (name, address) and spots (number, lot)');
    expect(names(parking)).toEqual(['lot', 'spot']);
    const many = await plan('we have lots of books and a lot of members. books have a title');
    expect(names(many)).not.toContain('lot');
  });
});
