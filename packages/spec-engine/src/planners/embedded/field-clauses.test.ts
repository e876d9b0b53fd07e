import { describe, expect, it } from 'vitest';
import { readField } from './field-reader.js';

const nameOf = (item: string) => readField(item)?.name;

describe('fields described by a wh-clause', () => {
  it('reads "when" as the date of the event its verb names', () => {
    expect(nameOf('when it started')).toBe('started_at');
    expect(nameOf('when it is due back')).toBe('due_date');
    expect(readField('when its due')).toMatchObject({ name: 'due_date', type: 'date' });
    expect(nameOf('when it happened')).toBe('happened_at');
    expect(nameOf('when they picked it up')).toBe('picked_up_at');
  });

  it('reads "where", "why" and the "how" measures as conventional names', () => {
    expect(nameOf('where it happened')).toBe('location');
    expect(nameOf('why they want to adopt')).toBe('reason');
    expect(readField('how far it was')).toMatchObject({ name: 'distance', type: 'number' });
    expect(nameOf('how often it needs doing')).toBe('frequency');
    expect(readField('how old the tree is')).toMatchObject({
      name: 'tree_age',
      type: 'integer',
      measured: 'tree',
    });
    expect(nameOf('how big the lawn is')).toBe('lawn_size');
    expect(nameOf('how old it is')).toBe('age');
    expect(nameOf('how long it lasted')).toBe('duration');
    expect(nameOf('how i felt afterwards')).toBe('feeling');
    expect(nameOf('how much it is worth')).toBe('value');
    expect(nameOf('how much it cost to fix')).toBe('cost');
    expect(nameOf('how much it costs')).toBe('price');
  });

  it('reads "what" by the verb of its clause', () => {
    expect(nameOf('what happened')).toBe('description');
    expect(readField('what the group practiced')).toMatchObject({ name: 'notes', type: 'text' });
    expect(nameOf('what it is called')).toBe('name');
    expect(nameOf('what it is about')).toBe('description');
    expect(nameOf('what it costs')).toBe('price');
    expect(nameOf('what condition it was returned in')).toBe('condition');
  });

  it('reads "what is <fault>" as the problem and "what is the <noun>" as that noun', () => {
    expect(readField('what is wrong')).toMatchObject({ name: 'problem', type: 'text' });
    expect(nameOf('what was faulty')).toBe('problem');
    expect(nameOf('what is the reason')).toBe('reason');
  });

  it('reads "who" as the person who did it, a role the knowledge base knows or <verb>_by', () => {
    expect(readField('who coached it')).toMatchObject({ name: 'coach', doer: true });
    expect(nameOf('who taught it')).toBe('teacher');
    expect(nameOf('who won')).toBe('winner');
    expect(nameOf('who walked it')).toBe('walker');
    expect(nameOf('who owns it')).toBe('owner');
    expect(nameOf('who is responsible for it')).toBe('assignee');
  });

  it('reads a state after an auxiliary as a yes/no', () => {
    expect(readField('whether it has been returned')).toMatchObject({ name: 'returned', type: 'boolean' });
    expect(readField('been returned')).toMatchObject({ name: 'returned', type: 'boolean' });
    expect(readField('whether they checked in')).toMatchObject({ name: 'checked_in', type: 'boolean' });
    expect(nameOf('whether they paid')).toBe('paid');
    expect(nameOf('whether the client paid')).toBe('paid');
    expect(nameOf('whether the guests showed up')).toBe('showed_up');
    expect(nameOf('whether the form was signed')).toBe('form_signed');
    expect(readField('as well as if the client tipped')).toMatchObject({ name: 'tipped', type: 'boolean' });
  });

  it('names a yes/no about what a thing has as has_<thing>', () => {
    expect(readField('whether it has a water tap')).toMatchObject({ name: 'has_water_tap', type: 'boolean' });
    expect(nameOf('whether they have electricity')).toBe('has_electricity');
    expect(nameOf('whether they have paid')).toBe('paid');
  });

  it('reads what was paid for a thing as its price, and how many it serves as servings', () => {
    expect(readField('what i paid for it')).toMatchObject({ name: 'price', type: 'number', format: 'money' });
    expect(readField('how much she paid')).toMatchObject({ name: 'price', format: 'money' });
    expect(nameOf('what we spent')).toBe('amount');
    expect(readField('how many people it serves')).toMatchObject({ name: 'servings', type: 'integer' });
    expect(readField('how many attempts it took')).toMatchObject({ name: 'attempts', type: 'integer' });
    expect(nameOf('how many people showed up')).toBe('people');
    expect(nameOf('how many guests there are')).toBe('guests');
  });

  it('drops a guess before the clause ("roughly", "about")', () => {
    expect(nameOf('roughly what year its from')).toBe('year');
    expect(nameOf('about how long it took')).toBe('duration');
  });

  it('drops the wish before a clause and a chat sign-off after an item', () => {
    expect(nameOf('we need to know when it was borrowed')).toBe('borrowed_at');
    expect(nameOf('we need to know its battery health')).toBe('battery_health');
    expect(nameOf('i want to see the total')).toBe('total');
    expect(nameOf('we know its battery health')).toBe('battery_health');
    expect(nameOf('email thx')).toBe('email');
    expect(nameOf('a phone number pls')).toBe('phone');
  });
});

describe('the noun a field phrase names', () => {
  it('keeps the noun before a phrase that says whose or what for', () => {
    expect(nameOf('the role in the band')).toBe('role');
    expect(nameOf('a message to write on the cake')).toBe('message');
    expect(nameOf('a unit price each')).toBe('unit_price');
    expect(readField('a unit for each pairing')).toMatchObject({ name: 'unit', per: 'pairing' });
  });

  it('reads units, bounds and collections in general wording', () => {
    expect(readField('the weight in kilograms')).toMatchObject({ name: 'weight_kilograms', type: 'number' });
    expect(nameOf('a surface in square metres')).toBe('surface_m2');
    expect(nameOf('a surface in metres carres')).toBe('surface_m2');
    expect(readField('weight in gramos')).toMatchObject({ name: 'weight_grams', type: 'number' });
    expect(readField('the weight in kilos')).toMatchObject({ name: 'weight_kg', type: 'number' });
    expect(nameOf('a weight in stones')).toBe('weight_stones');
    expect(nameOf('an age in years')).toBe('age');
    expect(readField('a price in euros')).toMatchObject({ name: 'price', type: 'number', format: 'money' });
    expect(readField('the deposit in euro')).toMatchObject({ name: 'deposit', minimum: 0 });
    expect(readField('a fine in dollars')).toMatchObject({ name: 'fine', type: 'number', format: 'money' });
    expect(nameOf('interest in music')).toBe('interest_in_music');
    expect(readField('maximum participant number')).toMatchObject({
      name: 'max_participants',
      type: 'integer',
    });
    expect(readField('one or more print jobs')).toMatchObject({ name: 'print_jobs', many: true });
    expect(readField('paid y/n')).toMatchObject({ name: 'paid', type: 'boolean' });
  });

  it('reads whose value it is after "of", with a unit at the end and a clause cut off', () => {
    expect(nameOf('the colour of its roof')).toBe('roof_colour');
    expect(nameOf('the length of the trail in km')).toBe('trail_length_km');
    expect(nameOf('the address where it is delivered')).toBe('address');
    expect(readField('a few photos')).toMatchObject({ name: 'photos', many: true });
  });

  it('drops a verb the list was written after', () => {
    expect(nameOf('teach a subject')).toBe('subject');
    expect(nameOf('a record label')).toBe('record_label');
  });

  it('names a phone number or an email address by its conventional name', () => {
    expect(readField('a phone number')).toMatchObject({ name: 'phone' });
    expect(nameOf('email address')).toBe('email');
    expect(nameOf('phone nr')).toBe('phone');
    expect(nameOf('a card number')).toBe('card_number');
    expect(nameOf('a code number')).toBe('code_number');
    expect(nameOf('code isbn')).toBe('isbn');
    expect(nameOf('the sku number')).toBe('sku');
  });

  it('reads a possessive written without its apostrophe as one owner', () => {
    expect(nameOf('the friends name')).toBe('friend_name');
    expect(nameOf('a parents email')).toBe('parent_email');
    expect(nameOf('the sales name')).toBe('sales_name');
    expect(nameOf('the class name')).toBe('class_name');
  });

  it('reads a German or French "possibly" the translation leaves as optional', () => {
    expect(readField('eventuell allergies')).toMatchObject({ name: 'allergies', required: false });
  });
});

describe('a link written in a typed list', () => {
  it('reads "<thing> ref" as a link named after the thing', () => {
    expect(readField('sensor ref')).toMatchObject({ name: 'sensor', foreignKey: true });
    expect(readField('ref')?.name).toBe('ref');
  });
});

describe('a phrase naming the one thing a row is for', () => {
  it('is a link cue to that thing', () => {
    expect(readField('sent to a client')).toMatchObject({ name: 'client', linkCue: true });
    expect(readField('of a customer')).toMatchObject({ name: 'customer', linkCue: true });
    expect(readField('made by a customer for a car')).toMatchObject({ name: 'customer', linkCue: true });
    expect(readField('a price for the night')?.linkCue).toBeUndefined();
    expect(readField('live in an apartment')).toMatchObject({ name: 'apartment', linkCue: true });
    expect(readField('works at a branch')).toMatchObject({ name: 'branch', linkCue: true });
  });
});

describe('values, bounds and names said in a clause', () => {
  it('reads a value list after "that can be" or "which is either" as an enumeration', () => {
    expect(readField('a status that can be pending, shipped or delivered')).toMatchObject({
      name: 'status',
      type: 'enum',
      enumValues: ['pending', 'shipped', 'delivered'],
    });
    expect(readField('a size which is either S, M or L')?.enumValues).toEqual(['s', 'm', 'l']);
    expect(readField('a genre such as jazz, rock or pop')?.enumValues).toBeUndefined();
  });

  it('reads "out of" as a bound and "whether it\'s <state>" as that state', () => {
    expect(readField('a score out of 10')).toMatchObject({ name: 'score', minimum: 0, maximum: 10 });
    expect(readField("whether it's indoors")).toMatchObject({ name: 'indoors', type: 'boolean' });
  });

  it('names durations, event times, identifiers, links and materials conventionally', () => {
    expect(readField('the time it took')).toMatchObject({ name: 'duration', type: 'integer' });
    expect(nameOf('what time it starts')).toBe('start_time');
    expect(nameOf('what time the shop opens')).toBe('opening_time');
    expect(nameOf('the number of the room')).toBe('room_number');
    expect(nameOf('the number of rooms')).toBe('rooms');
    expect(readField('a link to the menu')).toMatchObject({ name: 'menu_url', type: 'url' });
    expect(nameOf("what it's made of")).toBe('material');
    expect(nameOf('what i sold it for')).toBe('sale_price');
    expect(nameOf('what i paid')).toBe('price');
    expect(readField('# of players')).toMatchObject({ name: 'players', type: 'integer' });
  });

  it('reads a yes/no asked as a question by its state', () => {
    expect(readField('did they escape (y/n)')).toMatchObject({ name: 'escaped', type: 'boolean' });
    expect(nameOf('did they pay')).toBe('paid');
    expect(nameOf('is it vegan')).toBe('vegan');
    expect(nameOf('was it delivered')).toBe('delivered');
  });
});

describe('measures asked with a verb or a unit', () => {
  it('names what a measuring verb measures', () => {
    expect(nameOf('how much it weighs')).toBe('weight');
    expect(nameOf('how many it holds')).toBe('capacity');
    expect(nameOf('how long it lasts')).toBe('duration');
  });

  it('reads "how long … in" a unit of length as a length, and of time as a duration', () => {
    expect(nameOf('how long it is in km')).toBe('length_km');
    expect(nameOf('how long it took in minutes')).toBe('duration_minutes');
    expect(nameOf('how long it is')).toBe('duration');
    expect(nameOf('how much it weighs in kg')).toBe('weight_kg');
    expect(nameOf('how much i made in liters')).toBe('amount_liters');
    expect(nameOf('how much it has cost')).toBe('cost');
  });
});

describe('qualities asked with "how" and an adjective', () => {
  it('names the quality by the noun English makes of the adjective', () => {
    expect(nameOf('how urgent it is')).toBe('urgency');
    expect(nameOf('how difficult it is')).toBe('difficulty');
    expect(nameOf('how spicy it is')).toBe('spiciness');
  });
});
