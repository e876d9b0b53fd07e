import { asRead } from './read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import type { ApiDesign } from '../../design/api-design.js';
import { createEmbeddedPlanner } from '../embedded-planner.js';
import { readField } from './field-reader.js';
import { withoutWishes } from './reader.js';

// Sentences written for these tests, several per phrasing class and across domains; none comes from
// an eval set.
const planner = createEmbeddedPlanner();
const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
const names = (design: ApiDesign) => design.resources.map((r) => r.name).sort();
const field = (design: ApiDesign, resource: string, name: string) =>
  design.resources.find((r) => r.name === resource)?.fields.find((f) => f.name === name);
const fieldNames = (design: ApiDesign, resource: string) =>
  design.resources.find((r) => r.name === resource)?.fields.map((f) => f.name) ?? [];
const links = (design: ApiDesign) => design.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);

describe('a title, a list of things with their fields, then clauses that link them', () => {
  it('reads each listed thing as a resource and the trailing dash clause as links', async () => {
    const design = await plan(
      'Bakery orders: customers (name, phone), cakes (flavour, size), orders (pickup date, message) - each order is for a cake and placed by a customer.',
    );
    expect(names(design)).toEqual(['cake', 'customer', 'order']);
    expect(fieldNames(design, 'cake')).toEqual(expect.arrayContaining(['flavour', 'size']));
    expect(links(design)).toEqual(
      expect.arrayContaining(['order belongs-to cake', 'order belongs-to customer']),
    );
  });

  it('keeps things without fields in the list and reads clauses after a comma', async () => {
    const design = await plan(
      'Kayak club: members, kayaks (hull number, colour), trips (date, river) - each kayak belongs to a member, each trip for a kayak.',
    );
    expect(names(design)).toEqual(['kayak', 'member', 'trip']);
    expect(links(design)).toEqual(
      expect.arrayContaining(['kayak belongs-to member', 'trip belongs-to kayak']),
    );
  });

  it('reads a value list with a colon inside a field list as that field’s values', async () => {
    const design = await plan(
      'Stables: horses (name, coat: bay/grey/chestnut, height), riders (name, phone) - each horse is ridden by a rider.',
    );
    expect(names(design)).toEqual(['horse', 'rider']);
    expect(field(design, 'horse', 'coat')?.enumValues).toEqual(['bay', 'grey', 'chestnut']);
  });
});

describe('bounds written next to a field', () => {
  it('keeps the name clean and reads the bound as a constraint', async () => {
    const design = await plan(
      'Wine cellar: bottles with a vintage year >= 1900, a quantity (integer >= 0), a price min 0, a stock count of at least 1 and a rating up to 100.',
    );
    expect(fieldNames(design, 'bottle')).toEqual(
      expect.arrayContaining(['vintage_year', 'quantity', 'price', 'stock_count', 'rating']),
    );
    expect(field(design, 'bottle', 'vintage_year')?.minimum).toBe(1900);
    expect(field(design, 'bottle', 'stock_count')?.minimum).toBe(1);
    expect(field(design, 'bottle', 'rating')?.maximum).toBe(100);
  });

  it('reads "name type >= n" in a parenthesized list', () => {
    expect(readField('price decimal >= 0')).toMatchObject({ name: 'price', type: 'number', minimum: 0 });
    expect(readField('pages integer > 0')).toMatchObject({ name: 'pages', type: 'integer', minimum: 1 });
    expect(readField('a fee > 5')).toMatchObject({ name: 'fee', minimum: 5 });
  });
});

describe('a field phrase that names another resource', () => {
  it('reads a noun with a relative clause or participle as a link to that resource', async () => {
    const made = await plan(
      'Kitchen: each dish has a name and the chef who created it. Chefs have a name and a station.',
    );
    expect(links(made)).toContain('dish belongs-to chef');
    const sits = await plan(
      'Warehouse: pallets have a weight and the bay they sit in. Bays have a code and an aisle.',
    );
    expect(links(sits)).toContain('pallet belongs-to bay');
    const discussed = await plan(
      'Reading group: sessions have a date and the novel being read. Novels have a title and a page count.',
    );
    expect(links(discussed)).toContain('session belongs-to novel');
  });

  it('names the field by the noun, not by its clause', () => {
    expect(readField('the student who made it')?.name).toBe('student');
    expect(readField('the book being discussed')?.name).toBe('book');
    expect(readField('the tutor running it')?.name).toBe('tutor');
    expect(readField("the room it's in")?.name).toBe('room');
  });

  it('reads "every X references a Y" after a title as a sentence with a link', async () => {
    const design = await plan(
      'Refunds: every refund references a payment and has an amount and a reason. Payments have a total.',
    );
    expect(names(design)).toEqual(['payment', 'refund']);
    expect(links(design)).toContain('refund belongs-to payment');
  });
});

describe('records introduced mid-paragraph', () => {
  it('keeps the compound name, links the record to what it is for, and leaves the earlier resource alone', async () => {
    const design = await plan(
      'Observatory: telescopes have a name and an aperture. We also log observation sessions for a telescope: the target, the seeing and when it started.',
    );
    expect(names(design)).toEqual(['observation_session', 'telescope']);
    expect(links(design)).toContain('observation_session belongs-to telescope');
    expect(fieldNames(design, 'telescope')).not.toContain('target');
    const harvests = await plan(
      'Vineyard: plots have a name and an area. We also record grape harvests for a plot: the weight, the sugar level and the date.',
    );
    expect(links(harvests)).toContain('grape_harvest belongs-to plot');
    expect(fieldNames(harvests, 'grape_harvest')).toEqual(
      expect.arrayContaining(['weight', 'sugar_level', 'date']),
    );
  });
});

describe('relative clauses on a listed thing', () => {
  it('gives the parenthesized fields to the thing and links it to the one it is in', async () => {
    const design = await plan(
      'School trip app with groups (name, year) and pupils who are in exactly one group (name, allergy notes, parent phone).',
    );
    expect(fieldNames(design, 'pupil')).toEqual(
      expect.arrayContaining(['name', 'allergy_notes', 'parent_phone']),
    );
    expect(links(design)).toContain('pupil belongs-to group');
  });

  it('reads "who can <verb> …" as a clause, not as the name of what the fields belong to', async () => {
    const design = await plan(
      'Toy library: families who can borrow toys (surname, phone), toys that belong to exactly one shelf (name, age range), shelves (label).',
    );
    expect(fieldNames(design, 'family')).toEqual(expect.arrayContaining(['surname', 'phone']));
    expect(links(design)).toContain('toy belongs-to shelf');
  });
});

describe('field names from common paraphrases', () => {
  it('reads "max number of", "where it is kept" and "how much" as conventional names', () => {
    expect(readField('a max number of attendees')?.name).toBe('max_attendees');
    expect(readField('the max number of days on loan')?.name).toBe('max_days');
    expect(readField('where it is held')?.name).toBe('location');
    expect(readField('where each one lives')?.name).toBe('location');
    expect(readField('how much water i used')?.name).toBe('amount');
    expect(readField('how much it costs')?.name).not.toBe('amount');
  });

  it('keeps "where it is held" in a sentence’s field list', async () => {
    const design = await plan('Choir: each rehearsal has a date, where it is held and when it ends.');
    expect(fieldNames(design, 'rehearsal')).toEqual(expect.arrayContaining(['date', 'location']));
  });
});

describe('subjects taking part in another resource', () => {
  it('reads a phrasal verb of taking part ("sign up for") as many-to-many', async () => {
    const design = await plan(
      'Choir: members sign up for concerts. Concerts have a venue and a date. Members have a name and a voice part.',
    );
    expect(links(design)).toContain('concert many-to-many member');
  });
});

describe('"owned by" a resource', () => {
  it('links to the owner resource instead of making rows owned by their creator', async () => {
    const design = await plan(
      'Pet clinic: pets (name, species), owners (name, phone) - each pet is owned by an owner.',
    );
    expect(links(design)).toContain('pet belongs-to owner');
    expect(design.auth.type).toBe('none');
  });
});

describe('values after an attribute word', () => {
  it('reads a parenthesized or slashed list after status, size, category or medium as the field’s values', async () => {
    const design = await plan(
      'Print shop: each poster has a title, a size A4/A3/A2, a finish glossy/matte and a category (event, film, art, other).',
    );
    expect(names(design)).toEqual(['poster']);
    expect(field(design, 'poster', 'size')?.enumValues).toEqual(['a4', 'a3', 'a2']);
    expect(field(design, 'poster', 'category')?.enumValues).toEqual(['event', 'film', 'art', 'other']);
    const nursery = await plan(
      'Plant nursery: seedlings with a variety, a stage (seed, sprout, transplant) and a tray number.',
    );
    expect(names(nursery)).toEqual(['seedling']);
    expect(field(nursery, 'seedling', 'stage')?.enumValues).toEqual(['seed', 'sprout', 'transplant']);
  });
});

describe('two verbs sharing one place', () => {
  it('links twice, once for each verb ("starts and ends at a station")', async () => {
    const ride = await plan(
      'Bike share: stations have a name and a capacity. A ride starts and ends at a station and has a start time and a price.',
    );
    expect(fieldNames(ride, 'ride')).toEqual(expect.arrayContaining(['start_station_id', 'end_station_id']));
    const flight = await plan(
      'flights depart from and arrive at an airport. flight: number, departure time. airport: code, city',
    );
    expect(fieldNames(flight, 'flight')).toEqual(
      expect.arrayContaining(['departure_airport_id', 'arrival_airport_id']),
    );
  });
});

describe('"with" values after an object that is for another resource', () => {
  it('gives the values to the object, which belongs to the other one', async () => {
    const walks = await plan(
      'i book walks for a dog with a time and duration. dogs have a name and an owner phone',
    );
    expect(fieldNames(walks, 'walk')).toEqual(expect.arrayContaining(['time', 'duration']));
    expect(fieldNames(walks, 'dog')).not.toContain('time');
    expect(links(walks)).toContain('walk belongs-to dog');
    const repairs = await plan(
      'we log repairs for a bike with a date and a cost. bikes have a frame number.',
    );
    expect(fieldNames(repairs, 'repair')).toEqual(expect.arrayContaining(['date', 'cost']));
    expect(links(repairs)).toContain('repair belongs-to bike');
  });
});

describe('many-to-many with values of each pairing', () => {
  it('makes the pairing a record of its own that holds them', async () => {
    const recipes = await plan(
      'Cookbook: a recipe uses many ingredients and an ingredient appears in many recipes, with an amount and a unit for each pairing. Recipes have a title; ingredients have a name.',
    );
    expect(names(recipes)).toContain('recipe_ingredient');
    expect(fieldNames(recipes, 'recipe_ingredient')).toEqual(expect.arrayContaining(['amount', 'unit']));
    expect(links(recipes)).toEqual(
      expect.arrayContaining([
        'recipe_ingredient belongs-to recipe',
        'recipe_ingredient belongs-to ingredient',
      ]),
    );
    const shop = await plan(
      'Shop: an order has many products and a product is in many orders, with the quantity and the unit price for each combination. Orders have a date.',
    );
    expect(fieldNames(shop, 'order_product')).toEqual(expect.arrayContaining(['quantity', 'unit_price']));
    expect(fieldNames(shop, 'order')).not.toContain('unit_price_combination');
  });

  it('reads "we keep the X of each A in the B" as the pairing’s value', async () => {
    const design = await plan(
      'Albums have a title and photos have a caption. An album contains many photos and a photo can be in many albums, and we store the position of each photo in the album.',
    );
    expect(names(design)).toContain('album_photo');
    expect(fieldNames(design, 'album_photo')).toContain('position');
    expect(fieldNames(design, 'album')).not.toContain('photo_position');
  });
});

describe('coordinated predicates and chained prepositions', () => {
  it('gives a predicate without a subject the subject before it', async () => {
    const design = await plan(
      'Courier app: depots (city), parcels (weight, label), couriers (name). Each parcel is stored at a depot and delivered by a courier.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['parcel belongs-to depot', 'parcel belongs-to courier']),
    );
  });

  it('reads a second parent after another preposition ("for a dog in a kennel")', async () => {
    const design = await plan(
      'Allotments: gardeners (name), plots (number), plantings (crop, sown on) - each planting for a plot by a gardener.',
    );
    expect(links(design)).toEqual(
      expect.arrayContaining(['planting belongs-to plot', 'planting belongs-to gardener']),
    );
    const rides = await plan('Riders have an email; each ride is by one rider and has a price.');
    expect(links(rides)).toContain('ride belongs-to rider');
  });
});

describe('chatty wishes before what is stored', () => {
  it('drops the wish and keeps the doing', () => {
    expect(withoutWishes('i want to track hikes with the trail')).toBe('i track hikes with the trail');
    expect(withoutWishes('we need to be able to record donations')).toBe('we record donations');
    expect(withoutWishes("I'd like to keep track of my plants")).toBe('I keep track of my plants');
    expect(withoutWishes('also want to mark if a bill is paid')).toBe('mark if a bill is paid');
    expect(withoutWishes('i want an app for my cats')).toBe('i want an app for my cats');
  });

  it('never names a resource or a field after the wish', async () => {
    for (const prompt of [
      'i wanna log hikes with the trail, the distance and the date',
      'i want to track hikes with the trail, the distance and the date',
      'we would like to be able to store hikes with the trail, the distance and the date',
    ]) {
      const design = await plan(prompt);
      expect(names(design)).toEqual(['hike']);
      expect(fieldNames(design, 'hike')).toEqual(expect.arrayContaining(['trail', 'distance', 'date']));
    }
  });
});

describe('a subject acting on another resource', () => {
  it('gives the "with" values to what is made, which belongs to the thing it is on', async () => {
    const design = await plan(
      'recipe site where cooks publish recipes (title, steps) and visitors leave reviews on recipes with a score and a comment',
    );
    expect(fieldNames(design, 'review')).toEqual(expect.arrayContaining(['score', 'comment']));
    expect(fieldNames(design, 'recipe')).not.toContain('score');
    expect(links(design)).toContain('review belongs-to recipe');
  });
});

describe('fields said in prose', () => {
  it('names a measure by what it measures, and a measure of the row itself by the measure alone', async () => {
    const design = await plan(
      'i cut hedges for neighbours. for each neighbour i keep a name and how tall the hedge is. hedges? no, just the neighbours. also trees: each tree has a species and how old the tree is.',
    );
    expect(fieldNames(design, 'neighbour')).toEqual(expect.arrayContaining(['name', 'hedge_height']));
    expect(fieldNames(design, 'tree')).toEqual(expect.arrayContaining(['species', 'age']));
  });

  it('reads money given in a currency, a possessive without its apostrophe and a guessed year', async () => {
    const design = await plan(
      'An app for my stamp collection: each stamp has the country, roughly what year its from, what i paid for it and the sellers name. Each auction has a fee in dollars.',
    );
    expect(fieldNames(design, 'stamp')).toEqual(
      expect.arrayContaining(['country', 'year', 'price', 'seller_name']),
    );
    expect(field(design, 'auction', 'fee')).toMatchObject({ type: 'number', minimum: 0 });
  });
});
