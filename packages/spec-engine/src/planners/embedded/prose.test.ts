import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { correctSpelling } from './spelling.js';

// Sentences written for these tests; none comes from an eval set.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const fieldNames = (design: ApiDesign, resource: string) =>
  design.resources.find((r) => r.name === resource)?.fields.map((f) => f.name) ?? [];
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);

describe('embedded planner: relations written in prose', () => {
  it('reads a passive agent ("is rented by a member") as a link to it', async () => {
    const design = await plan(
      'Lockers have a code and a size. Each locker is rented by a member. Members have a name and an email.',
    );
    expect(links(design)).toContain('locker belongs-to member');
  });

  it('reads where a thing is placed or works ("set on a wall", "work at one branch") as a link', async () => {
    const placed = await plan(
      'Shelves have a label. Jars are set on a shelf, and each one has a spice name and a weight.',
    );
    expect(links(placed)).toContain('jar belongs-to shelf');
    const works = await plan('Depots have a city. Drivers work at one depot and have a name and a licence.');
    expect(links(works)).toContain('driver belongs-to depot');
    expect(fieldNames(works, 'driver')).toContain('name');
  });

  it('reads "is for one X" and "taught by a Y" in a field list as links, not as field names', async () => {
    const design = await plan(
      'Kennels have a number. Bookings are for one kennel and have a start date and an end date.',
    );
    expect(links(design)).toContain('booking belongs-to kennel');
    expect(fieldNames(design, 'booking').some((f) => f.includes('for_'))).toBe(false);
  });

  it('keeps "for a season" a plain field when the season is no resource', async () => {
    const design = await plan(
      'Allotments have a number. Each allotment is leased by a gardener for a season.',
    );
    expect(names(design)).not.toContain('season');
  });

  it('reads "a customer places an order" as the order belonging to the customer', async () => {
    const design = await plan(
      'A customer places an order and gives their name and email. Orders have a total and a status.',
    );
    expect(links(design)).toContain('order belongs-to customer');
    expect(fieldNames(design, 'customer')).toEqual(expect.arrayContaining(['name', 'email']));
  });

  it('reads many-to-many with a participle ("is used on many") and "carry several"', async () => {
    const design = await plan(
      'Recipes have a title. A recipe can carry several labels and the same label is used on many recipes.',
    );
    expect(design.relations.some((r) => r.kind === 'many-to-many')).toBe(true);
  });

  it('makes the record a verb names ("enrol" → enrolment) the join of its two sides', async () => {
    const design = await plan(
      'Workshops have a title and a date. Pupils enrol in workshops; for each enrolment we keep whether they attended.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['enrolment belongs-to pupil', 'enrolment belongs-to workshop']),
    );
  });

  it('does not make a join of a gerund the request never counts', async () => {
    const design = await plan(
      'Referees rate matches. Matches have a date and a venue; referees have a name.',
    );
    expect(names(design)).not.toContain('rating');
  });
});

describe('embedded planner: clauses and lists', () => {
  it('gives each of two modifiers the plural noun they share ("the start and end dates")', async () => {
    const design = await plan('Each season has a name and the start and end dates.');
    expect(fieldNames(design, 'season')).toEqual(expect.arrayContaining(['start_date', 'end_date']));
  });

  it('reads the word after a plural subject as its verb ("Jobs link …")', async () => {
    const design = await plan(
      'Pets have a name. Sitters have a name. Jobs link a pet to a sitter and store the nightly fee and the notes.',
    );
    expect(fieldNames(design, 'job')).toEqual(expect.arrayContaining(['nightly_fee', 'notes']));
    expect(links(design)).toEqual(expect.arrayContaining(['job belongs-to pet', 'job belongs-to sitter']));
  });

  it('gives the list after "links a X to a Y with" to the linking thing, and makes X and Y resources', async () => {
    const design = await plan('A membership links a climber to a gym with a tier and a renewal date.');
    expect(names(design)).toEqual(expect.arrayContaining(['climber', 'gym', 'membership']));
    expect(fieldNames(design, 'membership')).toEqual(expect.arrayContaining(['tier', 'renewal_date']));
  });

  it('makes a resource the many-to-many sentence describes the join of the two', async () => {
    const design = await plan(
      'Bands have a name and venues have a city. Each band plays many venues and venues host many bands, and for each booking we store the fee.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['booking belongs-to band', 'booking belongs-to venue']),
    );
  });

  it('keeps a noun after an article in a field name ("a hold colour")', async () => {
    const design = await plan('Walls have a name. Routes have a grade and a hold colour.');
    expect(fieldNames(design, 'route')).toContain('hold_colour');
  });
});

describe('embedded planner: records and taking part', () => {
  it('reads "log ascents of a route, recording the date" as a resource of the two', async () => {
    const design = await plan(
      'Trails have a name. Hikers can log hikes of a trail, recording the date and whether it rained.',
    );
    expect(links(design)).toEqual(expect.arrayContaining(['hike belongs-to trail', 'hike belongs-to hiker']));
    expect(fieldNames(design, 'hike')).toEqual(expect.arrayContaining(['date']));
  });

  it('reads "and it is done on one X" with the sentence subject', async () => {
    const design = await plan(
      'Boats have a name. A service has a price and a status, and it is done on one boat.',
    );
    expect(links(design)).toContain('service belongs-to boat');
  });

  it('makes the record the next sentence describes the join of a many-to-many pair', async () => {
    const design = await plan(
      'Singers can join many choirs and each choir has many singers. A seat records the voice part and the start date. Choirs have a name.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['seat belongs-to singer', 'seat belongs-to choir']),
    );
    expect(design.relations.some((r) => r.kind === 'many-to-many')).toBe(false);
  });

  it('links two plurals many-to-many after a verb of taking part ("register for")', async () => {
    const design = await plan('Races have a distance. Runners register for races and we keep their club.');
    expect(links(design)).toContain('race many-to-many runner');
  });

  it('reads "spots per lot" in a list of resources as a link', async () => {
    const design = await plan('marina api: piers, berths per pier (number, length), boats (name, owner)');
    expect(links(design)).toContain('berth belongs-to pier');
  });
});

describe('embedded planner: whose values a clause lists', () => {
  it('gives "for a plot we store …" after "and" to the plot, not to the sentence subject', async () => {
    const design = await plan(
      'We keep every farm with its name and region. Each farm has many plots, and for a plot we store the crop, the area and the soil type.',
    );
    expect(fieldNames(design, 'plot')).toEqual(expect.arrayContaining(['crop', 'area', 'soil_type']));
    expect(fieldNames(design, 'farm')).not.toContain('soil_type');
  });

  it('reads "we keep X on the order itself" as the order\'s field', async () => {
    const design = await plan('Orders have a total. We keep the shipping address on the order itself.');
    expect(fieldNames(design, 'order')).toContain('shipping_address');
  });

  it('adds nothing from what the request rules out ("we don\'t need trucks")', async () => {
    const design = await plan(
      "Depots have a city. We don't need trucks in the first version. Routes have a name.",
    );
    expect(names(design)).not.toContain('truck');
    expect(fieldNames(design, 'depot').some((f) => f.includes('truck'))).toBe(false);
  });

  it('names a date by its event ("the date it was posted") and "the kind of aircraft" a type', async () => {
    const design = await plan(
      'Pilots have a name and the kind of aircraft they fly. Letters have the date it was posted and the time it was sorted.',
    );
    expect(fieldNames(design, 'pilot')).toContain('aircraft_type');
    expect(fieldNames(design, 'letter')).toEqual(expect.arrayContaining(['posted_on', 'sorted_at']));
  });

  it('reads "<plural>, each with …" as that plural\'s fields', async () => {
    const design = await plan('There are a few tiers, each with a name and a monthly fee.');
    expect(fieldNames(design, 'tier')).toEqual(expect.arrayContaining(['name', 'monthly_fee']));
  });

  it('links things placed with or displayed in one other', async () => {
    const placed = await plan('Shops have a name. A sale is placed with one shop and stores the total.');
    expect(links(placed)).toContain('sale belongs-to shop');
    const shown = await plan(
      'Rooms have a floor. A painting is displayed in one room at a time and has a title.',
    );
    expect(links(shown)).toContain('painting belongs-to room');
    expect(fieldNames(shown, 'painting')).toEqual(['title', 'room_id']);
    const which = await plan(
      'Kilns have a name. The potter logs a firing, which belongs to the kiln and records the peak temperature.',
    );
    expect(links(which)).toContain('firing belongs-to kiln');
  });
});

describe('embedded planner: notes people write', () => {
  it('gives what is written down "when i treat one" to the treatment', async () => {
    const design = await plan(
      'i keep goats and wanna track treatments. each goat has a name, and when i treat one i write down the date, the drug and some notes',
    );
    expect(fieldNames(design, 'treatment')).toEqual(expect.arrayContaining(['date', 'drug']));
    expect(fieldNames(design, 'goat')).not.toContain('drug');
  });

  it('reads the record of an occasion ("when we inspect a hive we note …")', async () => {
    const design = await plan(
      'Boilers have a serial. Inspections belong to a boiler. When we inspect a boiler we note the date and the pressure.',
    );
    expect(fieldNames(design, 'inspection')).toEqual(expect.arrayContaining(['date', 'pressure']));
    expect(fieldNames(design, 'boiler')).not.toContain('pressure');
  });

  it('reads "plus feedings for each pen, the food and the amount" as a resource of the pen', async () => {
    const design = await plan(
      'we keep 3 pens. each pen has a name. plus feedings for each pen, the food type, the amount and the time we fed them',
    );
    expect(links(design)).toContain('feeding belongs-to pen');
    expect(fieldNames(design, 'feeding')).toEqual(expect.arrayContaining(['food_type', 'amount', 'fed_at']));
  });

  it('reads "the fish in each pond (…)" as a resource, whatever its plural', async () => {
    const design = await plan(
      'we keep 3 ponds. each pond has a name, then the fish in each pond (species + how many).',
    );
    expect(links(design)).toContain('fish belongs-to pond');
    expect(fieldNames(design, 'pond')).toEqual(['name']);
  });
});

describe('embedded planner: occasions and usual pairs', () => {
  it('reads "log every time i feed them w/ the date" as a record of each feeding', async () => {
    const design = await plan(
      'i want an app for my cats. each cat has a name and a breed. i also wanna log every time i feed them w/ the date and the amount',
    );
    expect(links(design)).toContain('feeding belongs-to cat');
    expect(fieldNames(design, 'feeding')).toEqual(expect.arrayContaining(['date', 'amount']));
  });

  it('makes what is noted "when someone rents gear" a rental the knowledge base knows', async () => {
    const design = await plan(
      'Every kayak has a name. When someone rents a kayak we note the customer and the return date. Customers have a name.',
    );
    expect(fieldNames(design, 'rental')).toContain('return_date');
    expect(links(design)).toContain('rental belongs-to customer');
  });

  it('links two resources the knowledge base pairs through a join entity many-to-many', async () => {
    const design = await plan('backend for a music streaming app');
    expect(links(design)).toContain('playlist many-to-many track');
    const school = await plan('school management system');
    expect(links(school)).toContain('course belongs-to teacher');
  });
});

describe('embedded planner: titles and nested definitions', () => {
  it('reads a titled sentence of definitions, and "each box contains jars — spice and weight"', async () => {
    const design = await plan(
      'Pantry storage for a restaurant: a shelf (label, aisle) holds one or more boxes (colour, size), and each box contains jars — spice and weight.',
    );
    expect(names(design)).toEqual(['box', 'jar', 'shelf']);
    expect(links(design)).toEqual(expect.arrayContaining(['jar belongs-to box', 'box belongs-to shelf']));
    expect(fieldNames(design, 'jar')).toEqual(expect.arrayContaining(['spice', 'weight']));
  });
});

describe('embedded planner: how values are written', () => {
  it('reads "a status of open, paused or closed" as one field with its values', async () => {
    const design = await plan("Tickets store the reporter's name and a status of open, paused or closed.");
    const status = design.resources
      .find((r) => r.name === 'ticket')!
      .fields.find((f) => f.name === 'status')!;
    expect(status.enumValues).toEqual(['open', 'paused', 'closed']);
    expect(fieldNames(design, 'ticket')).not.toContain('paused_or_closed');
  });

  it('keeps "such as" examples out of the name and out of the values', async () => {
    const design = await plan('Paints have a name and a finish such as matte or gloss.');
    expect(fieldNames(design, 'paint')).toEqual(expect.arrayContaining(['name', 'finish']));
  });

  it('reads "a flag for whether it is damaged", "the date it was picked up", "the reason for the outage"', async () => {
    const design = await plan(
      'Bikes have the date it was picked up and a flag for whether it is damaged. Outages have a start and the reason for the outage.',
    );
    expect(fieldNames(design, 'bike')).toEqual(expect.arrayContaining(['picked_up_on', 'damaged']));
    expect(fieldNames(design, 'outage')).toContain('reason');
  });
});

describe('embedded planner: possessives', () => {
  it("does not give another thing's values to the resource named before", async () => {
    const design = await plan(
      "Each kennel has a number and a size. On arrival the keeper writes down the dog's name, breed and age.",
    );
    expect(fieldNames(design, 'kennel')).not.toContain('breed');
    expect(fieldNames(design, 'dog')).toEqual(expect.arrayContaining(['name', 'breed', 'age']));
  });

  it('keeps values a list gave to its own subject ("each viewing records the buyer\'s name and phone")', async () => {
    const design = await plan("Each viewing records the buyer's name and phone and the date.");
    expect(names(design)).toEqual(['viewing']);
  });

  it('makes a thing described by two of its own values a resource', async () => {
    const design = await plan(
      "Clinic API. At check-in the nurse notes the patient's name, birth date and blood type. Visits link a patient to a doctor.",
    );
    expect(names(design)).toContain('patient');
    expect(fieldNames(design, 'patient')).toEqual(expect.arrayContaining(['name', 'blood_type']));
    expect(names(design)).not.toContain('nurse');
  });

  it("ends the owner's list at an item with its own article", async () => {
    const design = await plan("Each parcel has the sender's name, the weight and the destination.");
    expect(fieldNames(design, 'parcel')).toEqual(expect.arrayContaining(['weight', 'destination']));
    expect(names(design)).not.toContain('sender');
  });
});

describe('correctSpelling: possessives without apostrophes', () => {
  it('reads "with there name" as "their name" and "the customers email" as a possessive', () => {
    const { text, fixed } = correctSpelling(
      'guests sign up with there name; each order keeps the customers email',
    );
    expect(text).toBe("guests sign up with their name; each order keeps the customer's email");
    expect(fixed).toEqual([
      ['there', 'their'],
      ['customers email', "customer's email"],
    ]);
  });

  it('keeps "there is" and plurals before a verb', () => {
    const request = 'with there is a limit; the customers name their pets';
    expect(correctSpelling(request).text).toBe(request);
  });
});

describe('knowledge base: domains people name', () => {
  it('proposes agents and viewings for an estate agency, and coaches are known', async () => {
    expect(names(await plan('an API for an estate agency'))).toEqual(['agent', 'property', 'viewing']);
    expect(names(await plan('a sports club with teams, players and coaches'))).toContain('coach');
  });

  it('proposes artists and albums for music streaming', async () => {
    expect(names(await plan('music streaming backend'))).toEqual(
      expect.arrayContaining(['album', 'artist', 'playlist', 'track']),
    );
  });
});

describe('embedded planner: possessives in a field list', () => {
  it("gives a bare contact detail after a possessive to the same person (the owner's name and phone)", async () => {
    const design = await plan("A kayak has a colour, the renter's name and phone, and a length.");
    expect(fieldNames(design, 'kayak')).toEqual(
      expect.arrayContaining(['colour', 'renter_name', 'renter_phone', 'length']),
    );
    const own = await plan("A kayak has a colour, the renter's name and a phone.");
    expect(fieldNames(own, 'kayak')).toEqual(expect.arrayContaining(['renter_name', 'phone']));
  });
});
