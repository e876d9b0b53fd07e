import { asRead } from '../read-plan.test-util.js';
import { describe, expect, it } from 'vitest';
import { createEmbeddedPlanner } from '../../embedded-planner.js';
import { detectLanguage, translate } from '../language.js';
import { adjectiveForms, nounForms, verbForms, vocabularyOf } from './morphology.js';

const fr = (text: string) => translate(text, 'fr').replace(/\s+/g, ' ').trim();
const es = (text: string) => translate(text, 'es').replace(/\s+/g, ' ').trim();
const de = (text: string) => translate(text, 'de').replace(/\s+/g, ' ').trim();

describe('morphology', () => {
  it('inflects nouns, adjectives and verbs by the regular patterns of each language', () => {
    expect(nounForms('hopital', 'fr')).toContain('hopitaux');
    expect(nounForms('ciudad', 'es')).toContain('ciudades');
    expect(nounForms('lapiz', 'es')).toContain('lapices');
    expect(adjectiveForms('actif', 'fr')).toEqual(expect.arrayContaining(['active', 'actives', 'actifs']));
    expect(adjectiveForms('mensuel', 'fr')).toContain('mensuelles');
    expect(adjectiveForms('nuevo', 'es')).toEqual(expect.arrayContaining(['nueva', 'nuevos', 'nuevas']));
    expect(adjectiveForms('klein', 'de')).toContain('kleinen');
    expect(verbForms('reserver', 'fr').participles).toContain('reservees');
    expect(verbForms('asignar', 'es').participles).toContain('asignadas');
    expect(verbForms('speichern', 'de').participles).toEqual(['gespeichert']);
    expect(verbForms('verwalten', 'de').participles).toEqual(['verwaltet']);
    expect(verbForms('ablehnen', 'de').participles).toEqual(['abgelehnt']);
  });

  it('reads irregular participles listed in the data as participles', () => {
    expect(vocabularyOf('de').get('angenommen')).toMatchObject({
      isParticiple: true,
      participle: 'accepted',
    });
    expect(vocabularyOf('es').get('escrito')).toMatchObject({ isParticiple: true, participle: 'written' });
    expect(vocabularyOf('fr').get('inscrit')).toMatchObject({ third: true });
  });

  it('reads a form that is both finite and a participle as finite, and a plural noun as plural', () => {
    const french = vocabularyOf('fr');
    expect(french.get('gere')).toMatchObject({ pos: 'verb', english: 'manage' });
    expect(french.get('geree')).toMatchObject({ isParticiple: true, participle: 'managed' });
    expect(french.get('randonnees')).toMatchObject({ pos: 'noun', english: 'hike', plural: true });
  });
});

describe('translation of French, Spanish and German requests', () => {
  it('moves French and Spanish adjectives before their noun, not inside a list of values', () => {
    expect(fr('un loyer mensuel')).toBe('a monthly rent');
    expect(es('un coste unitario')).toMatch(/unit (?:cost|price)/);
    expect(fr('un niveau facile/difficile')).toMatch(/level easy\/hard/);
  });

  it('reads a range of numbers in each language as "between"', () => {
    expect(fr('une note de 1 à 5')).toMatch(/between 1 and 5/);
    expect(fr('une note de 1 a 5')).toMatch(/between 1 and 5/);
    expect(es('una puntuación de 0 a 10')).toMatch(/between 0 and 10/);
    expect(de('eine Stufe von 1 bis 3')).toMatch(/between 1 and 3/);
  });

  it('reads "on a" as "we have" and a German preposition "an" as a preposition', () => {
    expect(fr('on a des membres')).toBe('we have some members');
    expect(de('Mitglieder können an Veranstaltungen teilnehmen.')).toBe('members can take part in events.');
  });

  it('reads an adjective standing for a noun between a determiner and a verb as that noun', () => {
    expect(fr('Les courts ont un numéro.')).toMatch(/^the courts have a number/);
    expect(fr('une petite association')).toBe('a small association');
  });

  it('reads "à" as "to" and an unaccented "a" as "has"', () => {
    expect(fr('Chaque séance est liée à un coach.')).toMatch(/is linked to a coach/);
    expect(fr('Un coach a un nom.')).toMatch(/a coach has a name/);
  });

  it('reads elided articles and prepositions', () => {
    expect(fr("la liste d'une école")).toBe('the list of a school');
    expect(fr("l'heure d'arrivée")).toBe('the arrival time');
    expect(fr('des allergies éventuelles')).toBe('some optional allergies');
  });

  it('reads "nom" beside "prénom" as the family name, and "nombre" beside "apellidos" as the given name', () => {
    expect(fr('Les clients ont un nom et un prénom.')).toMatch(/a last name and a first name/);
    expect(fr('Les clients ont un nom. Les chiens ont un nom et une race.')).not.toMatch(/last name/);
    expect(es('Los socios tienen nombre y apellidos.')).toMatch(/first name and last name/);
    expect(de('Kunden haben Name und Vorname.')).toMatch(/last name and first name/);
  });

  it('reads what "nombre de" counts as a plain noun', () => {
    expect(fr('un nombre de places')).toBe('a number of seats');
    expect(fr('le nombre de pièces')).toBe('the number of rooms');
  });

  it('reads "numéro de X" as an identifier and a counted plural as a number of things', () => {
    expect(es('número de factura')).toBe('invoice number');
    expect(es('número de asientos')).toMatch(/number of seats/);
  });

  it('reads a compound modifier in its plain sense and a sign as a bracketed constraint', () => {
    expect(es('libros con año de publicación')).toBe('books with publication year');
    expect(es('un precio positivo')).toBe('a price (positive)');
    expect(fr('un numéro de série')).toBe('a serial number');
    expect(de('eine Seriennummer')).toBe('a serial number');
  });

  it('turns snake_case compounds of JSON examples and keeps endpoint methods in capitals', () => {
    expect(es('POST /pedidos {"fecha_entrega": "2024-05-01", "precio_total": 3}')).toBe(
      'POST /orders {"delivery_date": "2024-05-01", "total_price": 3}',
    );
    expect(fr('{"date_de_retour": "x"}')).toBe('{"return_date": "x"}');
  });

  it('reads yes/no fields said as "si …", "ob …" or "… ou non"', () => {
    expect(es('Los pedidos tienen un total y si están pagados.')).toMatch(/a paid flag/);
    expect(de('Eine Ausleihe speichert, ob das Buch zurückgegeben wurde.')).toMatch(/a returned flag/);
    expect(fr('une facture payée ou non')).toMatch(/paid flag/);
  });

  it('reads "either X or Y" said of a thing as its status', () => {
    expect(de('Beiträge sind entweder Entwurf oder veröffentlicht.')).toBe(
      'posts have a status (draft, published).',
    );
    expect(fr('Les devis sont soit brouillon soit envoyés.')).toMatch(/have a status \(draft, sent\)/);
  });

  it('reads a passive sentence with its doer as a link to the doer', () => {
    // An English participle stays a passive, which says which side is whose; any other word links.
    expect(fr('Chaque devis est rédigé par un commercial.')).toMatch(/is written by a commercial/);
    expect(es('Cada excursión es dirigida por un guía.')).toMatch(/is led by a/);
    expect(de('Jede Rechnung wird von einem Mitarbeiter erstellt.')).toMatch(/is (?:created by|linked to) a/);
    expect(fr('Chaque équipe est encadrée par un entraîneur.')).toMatch(/is led by a coach/);
    expect(de('Jede Abteilung wird von einem Manager geleitet.')).toBe(
      'each department is led by a manager.',
    );
  });

  it('puts the verb of a German relative clause where English has it', () => {
    expect(de('Jede Reparatur, die zu einem Fahrrad gehoert, hat einen Preis.')).toBe(
      'each repair, that belongs to a bicycle, has a price.',
    );
    expect(de('Ein Auto, das einem Kunden gehört, hat ein Kennzeichen.')).toMatch(
      /, that belongs to a customer,/,
    );
    expect(de('Jeder Kurs hat einen Trainer, der ein Mitglied ist.')).toMatch(
      /a trainer, that is a member\.$/,
    );
    // The clause's own subject ("ein Kunde") makes the pronoun its object.
    expect(de('Termine, die ein Kunde bucht, haben eine Uhrzeit.')).toMatch(
      /^appointments, that a customer books,/,
    );
    // After a comma, an article opening a list's next item is no clause.
    expect(de('Kunden haben einen Namen, die Adresse und das Telefon.')).toBe(
      'customers have a name, the address and the phone.',
    );
  });

  it('renders a third person singular verb with its English -s', () => {
    expect(es('Un préstamo relaciona un libro con un socio.')).toMatch(/a loan links a book with a member/);
    expect(de('Eine Buchung verbindet einen Gast mit einem Zimmer.')).toMatch(/links a/);
  });

  it('gives each coordinated predicate and link of one subject its own sentence', () => {
    expect(es('Cada factura tiene un importe y una fecha, y está asignada a un cliente.')).toMatch(
      /each invoice has an? amount and a date\. each invoice is assigned to a customer/,
    );
    expect(fr('Chaque séance appartient à un coach et à une salle.')).toMatch(
      /each (\S+) belongs to a coach\. each \1 belongs to a \S+\./,
    );
  });

  it('does not take the subject of a new clause for one more link', () => {
    expect(fr('Chaque trajet appartient à un conducteur et un conducteur a plusieurs trajets.')).toBe(
      'each trip belongs to a driver and a driver has many trips.',
    );
  });

  it('reads "there are many Y for each X" and things planned or grouped for another', () => {
    expect(de('Zu jedem Projekt gibt es mehrere Aufgaben.')).toMatch(/each project has many tasks/);
    expect(fr('Les visites sont programmées pour un client.')).toMatch(/are for a client/);
    expect(es('Los libros se agrupan en estanterías.')).toMatch(/books belong to/);
  });

  it('finds feminine nouns by their masculine, and keeps a plural phrase plural', () => {
    expect(fr('Les clientes ont un nom.')).toMatch(/^the customers have a name/);
    expect(es('Las profesoras tienen nombre.')).toMatch(/^the teachers have name/);
    expect(de('Jede Lehrerin hat einen Namen.')).toMatch(/^each teacher has a name/);
    expect(es('Cada jugador juega en un equipo.')).toBe('each player plays in a team.');
    expect(fr('Les cours collectifs ont un nom.')).toMatch(/^the class sessions have/);
  });

  it('renders nouns in the number their determiner gives', () => {
    expect(fr('plusieurs cours')).toBe('many courses');
    expect(fr('les randonnées')).toBe('the hikes');
    expect(de('für einen Patienten')).toBe('for a patient');
    expect(de('Jede Bestellung gehört zu einem Kunden.')).toBe('each order belongs to a customer.');
  });

  it('reads German compounds by both parts, linking elements and verb stems included', () => {
    expect(de('ein Tagespreis')).toBe('a day price');
    expect(de('das Bestelldatum')).toBe('the order date');
    expect(de('die Endzeit')).toBe('the end time');
    expect(de('die Behandlungsart')).toBe('the treatment type');
    expect(de('es gehört')).not.toMatch(/location|city/);
  });

  it('moves a German clause-final infinitive or participle next to its auxiliary', () => {
    expect(de('Kunden können sich für mehrere Kurse anmelden.')).toMatch(
      /customers can register for many courses/,
    );
    expect(de('Rechnungen werden für einen Kunden mit Datum, Betrag und Status erstellt.')).toMatch(
      /are (?:created )?for a customer with date, amount and status\./,
    );
  });

  it('reads a German noun that does not change in the plural as plural before a plural verb', () => {
    expect(de('Lehrer haben einen Namen.')).toMatch(/^teachers have a name/);
    expect(de('Ein Lehrer hat einen Namen.')).toMatch(/^a teacher has a name/);
  });

  it('reads German nouns spelled like English words as German, and pronouns by their verb', () => {
    expect(de('Tiere haben einen Namen.')).toMatch(/^(?:pets|animals) have a name/);
    expect(de('Es gibt Kunden und sie haben Namen.')).toMatch(/they have name/);
  });

  it('keeps the base form after a first person subject', () => {
    expect(fr('Je gère un club.')).toMatch(/^i manage a club/);
  });

  it('reads a German passive with a dative as going to that thing', () => {
    expect(de('Jeder Auftrag wird einem Fahrer zugewiesen.')).toBe('each order is assigned to a driver.');
  });

  it("reads the vocabulary's phrases and plural feminine nouns without a determiner", () => {
    expect(fr('un jour de la semaine et le code postal')).toMatch(/a weekday and the postal code/);
    expect(es('Tengo clientas y profesoras.')).toBe('i have customers and teachers.');
    expect(fr('Pouvez-vous me créer une API ?')).toMatch(/^can you me create an api/);
  });

  it('reads "Tag" as a day and rates per unit of time', () => {
    expect(de('Jeder Tag hat einen Termin.')).not.toMatch(/\btag\b/);
    expect(de('Beiträge haben Tags.')).toBe('posts have tags.');
    expect(de('ein Preis pro Tag')).toBe('a price per day');
    expect(fr('un prix par nuit')).toBe('a price per night');
    expect(es('una cuota al mes')).toBe('a fee per month');
  });

  it('reads a Spanish infinitive with its pronoun attached, and German dative plurals', () => {
    expect(es('Un socio puede inscribirse en varias clases.')).toMatch(/can register in many \w+/);
    expect(de('Ein Schauspieler spielt in vielen Filmen.')).toBe('an actor plays in many movies.');
  });

  it('reads the word after a modal as a verb, with "to" after wanting', () => {
    expect(de('Ich möchte meine Reisen planen.')).toMatch(/i would like to plan my trips/);
    expect(es('Quiero controlar los pedidos.')).toBe('i want to track the orders.');
    expect(fr('Un client peut réserver plusieurs tables.')).toMatch(/can reserve many tables/);
  });

  it('gives a pronoun subject the subject of the clause before, and drops French spaces before colons', () => {
    expect(de('Jede Note gehört zu einem Schüler; sie hat einen Wert.')).toBe(
      'each grade belongs to a student; each grade has a value.',
    );
    expect(fr('une difficulté : facile ou difficile')).toBe('a difficulty: easy or hard');
  });

  it('reads German feminine plurals and compounds, number words and Spanish "fue"', () => {
    expect(de('Erzieherinnen betreuen eine Gruppe. Zahnärztinnen haben Namen.')).toMatch(
      /^educators look after a group\. dentists have name/,
    );
    expect(de('Jedes Kind hat ein oder zwei Elternteile.')).toMatch(/has one or two/);
    expect(es('cada préstamo tiene una fecha y si fue devuelto')).toMatch(/and a returned flag$/);
  });

  it('reads German written without umlauts', () => {
    expect(de('eine API fuer Kunden')).toMatch(/an? api for customers/);
    expect(de('Jede Ausleihe gehoert zu einem Buch.')).toBe('each loan belongs to a book.');
    expect(de('Bücher mit Titel, buecher mit Autor')).toBe('books with title, books with author');
  });

  it('tells the language of a request with few function words by its other words', () => {
    expect(detectLanguage('API de pedidos. Ejemplo: POST /pedidos {"cliente": "Ana", "pagado": false}')).toBe(
      'es',
    );
    expect(
      detectLanguage('API de commandes. Exemple : POST /commandes {"client": "Ana", "payee": true}'),
    ).toBe('fr');
    expect(detectLanguage('Visits\n- client_name: required\n- notes: optional text')).toBe('en');
    expect(detectLanguage('Tasks: title (string, required), status (todo|doing|done, default todo)')).toBe(
      'en',
    );
  });

  it('does not take the column modifier "unique" of an English schema note for French', () => {
    expect(
      detectLanguage('vault: label string unique, principal decimal, opened_on date. owner: handle unique'),
    ).toBe('en');
    expect(detectLanguage('Une API pour un club : chaque membre a un badge unique et un nom.')).toBe('fr');
  });

  it('does not take English "no" or "hay" for Spanish', () => {
    expect(detectLanguage('A farm api with no login: bales of hay have a weight, no price, no owner.')).toBe(
      'en',
    );
    expect(detectLanguage('Cada pedido tiene un total y no tiene descuento.')).toBe('es');
  });

  it('keeps unknown words, without accents', () => {
    expect(fr('les grimpeurs ont une cotation')).toBe('the grimpeurs have a cotation');
  });
});

describe('plans from French, Spanish and German requests', () => {
  const planner = createEmbeddedPlanner();
  const plan = async (prompt: string) => asRead((await planner.plan(prompt)).design);
  const fields = (design: Awaited<ReturnType<typeof plan>>, resource: string) =>
    Object.fromEntries(
      (design.resources.find((r) => r.name === resource)?.fields ?? []).map((f) => [f.name, f]),
    );

  it('names fields in English and types them from the wording', async () => {
    const design = await plan(
      'Une API pour mes dépenses : chaque dépense a un montant, une date et une note. Les catégories ont un nom et un budget mensuel.',
    );
    expect(fields(design, 'category')['monthly_budget']).toBeDefined();
    expect(fields(design, 'expense')['amount']).toMatchObject({ type: 'number', minimum: 0 });
  });

  it('reads a boolean said with "si" and a passive doer in Spanish', async () => {
    const design = await plan(
      'API para un taller: las reparaciones tienen una fecha, un precio y si están pagadas. Cada reparación es realizada por un mecánico. Los mecánicos tienen nombre.',
    );
    expect(fields(design, 'repair')['paid']).toMatchObject({ type: 'boolean' });
    expect(design.relations.some((r) => r.from === 'repair')).toBe(true);
  });
});

describe('German separable verbs', () => {
  const de = (text: string) => translate(text, 'de');

  it('joins a prefix a main clause sends to its end with its verb', () => {
    expect(de('Mitglieder leihen Werkzeuge aus, mit einem Rückgabedatum.')).toBe(
      'members borrow tools, with a return date.',
    );
    expect(de('Leser leihen Bücher aus und wir speichern das Rückgabedatum.')).toMatch(
      /^\S+ borrow books and/,
    );
  });

  it('leaves a clause whose last word makes no known verb with it as written', () => {
    expect(de('Jede Ausleihe gehört zu einem Buch.')).toBe('each loan belongs to a book.');
  });
});

describe('question words opening a field in a list', () => {
  it('renders French, Spanish and German question words and their tenses as English ones', () => {
    expect(fr('des vélos avec une couleur, où il est rangé et quand il a été acheté')).toContain(
      'with a color, where it is stored and when it was bought',
    );
    expect(es('libros con un título, quién lo escribió y cuándo se publicó')).toContain(
      'who write it and when it was published',
    );
    expect(de('Boote mit Namen und wann es repariert wurde')).toContain('when it was repaired');
    expect(es('cuánto cuesta')).toContain('how much');
  });

  it('keeps French "ou" (or) and a relative "qui" apart from the question words', () => {
    expect(fr('un statut actif ou inactif')).toContain('or');
    expect(fr('les membres qui empruntent des livres')).not.toContain('who');
    expect(fr('des pots avec un nom, qui les a faits')).toContain('who');
  });

  it('renders connectives that open a sentence as "also"', () => {
    expect(es('Además, clientes con un nombre')).toMatch(/^also, customers/);
    expect(de('Außerdem Kunden mit Namen')).toMatch(/^also customers/);
  });

  it('reads a Spanish range written with articles ("del 1 al 5")', () => {
    expect(es('una nota del 1 al 5')).toContain('between 1 and 5');
  });
});

describe('plans from question-word fields', () => {
  const planner = createEmbeddedPlanner();
  it('gives the fields a question names', async () => {
    const { design } = await planner.plan(
      'Pour mon atelier : des vélos avec une couleur, où il est rangé et quand il a été acheté.',
    );
    const fields = design.resources.find((r) => r.name === 'bike')?.fields.map((f) => f.name) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['color', 'location', 'bought_at']));
  });
});

describe('people who bring their things, in French, Spanish and German', () => {
  it('renders verbs of bringing and drops the Spanish object marker before a possessive', () => {
    expect(fr('les voisins apportent leurs outils')).toBe('the neighbors bring their tools');
    expect(es('los clientes traen a sus perros')).toBe('the customers bring their dogs');
    expect(de('die Nachbarn bringen ihre Werkzeuge')).toBe('the neighbors bring their tools');
  });

  it('plans the people as a resource that the things they bring belong to', async () => {
    const planner = createEmbeddedPlanner();
    const links = async (prompt: string) =>
      (await planner.plan(prompt)).design.relations.map((r) => `${r.from}>${r.to}`);
    expect(await links('Les voisins apportent leurs vélos à l’atelier. Chaque vélo a une marque.')).toEqual([
      'bike>neighbor',
    ]);
    expect(
      await links('Los clientes traen a sus bicicletas al taller. Cada bicicleta tiene una marca.'),
    ).toEqual(['bicycle>customer']);
    expect(
      await links('Die Nachbarn bringen ihre Fahrräder in die Werkstatt. Jedes Fahrrad hat eine Marke.'),
    ).toEqual(['bicycle>neighbor']);
  });
});

// Sentences written for these tests; none comes from the eval sets.
describe('clauses with subjects of their own, and taking part', () => {
  it('gives a coordinated clause its own subject', () => {
    expect(fr('Les clients ont un nom, et chaque voiture a une couleur et appartient à un client.')).toBe(
      'the clients have a name, and each car has a color. each car belongs to a client.',
    );
  });

  it('takes part in a thing, in every language', () => {
    expect(fr('Les enfants participent à des stages.')).toMatch(/take part in /);
    expect(de('Der Ort des Turniers.')).toMatch(/location/);
  });
});
