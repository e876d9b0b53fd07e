/**
 * The domain knowledge base as data: what a competent engineer proposes for common kinds of
 * application. One block per domain:
 *
 *   ## <domain id> | <English cues> | <French cues> | <Spanish cues> | <German cues> | <core entities>
 *   <entity> | <English synonyms> | <French> | <Spanish> | <German> | <fields> | <usual parents>
 *
 * Cues are words or phrases that name the domain ("bookstore", "dental clinic"); core entities are
 * proposed when a request names only the domain, each by its name or a synonym; `room:escape_room`
 * proposes a "room" that the domain means as an escape_room, not a hotel's (its sense there). Synonyms are comma lists (singular; an irregular plural
 * follows a slash: "child/children", "buch/bücher"), and so may the entity's own name. A foreign synonym
 * that means an English word other than the entity's name is written with it, "reserva=reservation"
 * (the English word must be one the knowledge base knows): requests keep the user's word, translated. Fields are written `name`, with `!` for identifying (required) fields,
 * `^` for unique, `:type`, `(a/b/c)` for enum values, `[min..max]` and `=default`; a field without a type
 * is typed by its name (see field-words-data.ts). Parents are resources an entity usually belongs to
 * when both are present. An entity is defined once; later domains may list it as core again.
 */
export const domainsSource = String.raw`
## tasks | todo, to-do, todo list, task manager, task tracker, task list, productivity, kanban, planner | tâches, liste de tâches, gestionnaire de tâches | tareas, lista de tareas, gestor de tareas | aufgaben, aufgabenliste, todo-liste | task
task | todo, to-do, chore, action item, ticket item | tâche | tarea, pendiente | aufgabe | title!, done:bool=false, due_date, priority(low/normal/high)=normal | project, list, user, family_member
project | | projet | proyecto | projekt | name!, description:text |
board | | tableau | tablero | board, brett | name! |
column | lane, stage | colonne | columna | spalte | title!, position:int[0..] | board
card | | carte | tarjeta | karte | title!, description:text, position:int[0..] | column, board
label | | étiquette | etiqueta | etikett, label | name!^, color |
list | checklist | liste | lista | liste | name! |
item | entry | article, élément | artículo, elemento | artikel, eintrag | name!, quantity:int[0..] | list

## notes | note taking, notes app, notebook app, journal, diary, wiki, knowledge base | notes, carnet, journal intime | notas, diario | notizen, tagebuch | note
note | memo | note | nota | notiz | title!, content:text, pinned:bool=false | notebook, user
notebook | folder | carnet, cahier | cuaderno, libreta | notizbuch | title! |
page | | page | página | seite | title!, content:text | notebook
journal_entry | diary entry, log entry | entrée de journal | entrada de diario | tagebucheintrag | title, content:text!, entry_date | user

## blog | blog, blogging, cms, content management, news site, magazine, publication | blog | blog | blog | post comment
post | article, blog post, story | billet, publication | artículo, publicación | beitrag, artikel | title!, body:text, published_at, status(draft/published)=draft | author, user, category
comment | reply, response | commentaire | comentario | kommentar | body:text!, author_name | post, user, article, task, ticket, issue
tag | keyword, hashtag | étiquette, mot-clé, tag | etiqueta, tag | schlagwort, stichwort | name!^ |
category | section, topic | catégorie, rubrique | categoría | kategorie | name!^ , description:text |
author | writer, novelist | auteur, autrice, écrivain=writer | autor, escritor=writer | autor, verfasser, schriftsteller=writer | name!, bio:text, email |

## commerce | shop, store, online store, webshop, web shop, e-commerce, ecommerce, marketplace, retail, boutique, online shop | boutique, boutique en ligne, magasin, commerce | tienda, tienda online, tienda en línea, comercio | shop, laden, onlineshop, geschäft | product order order_item customer
product | goods, merchandise, article for sale | produit, article | producto, artículo | produkt, artikel, ware | name!, description:text, price:money!, sku^, stock:int[0..]=0 | category, vendor, seller, store
order | purchase order | commande | pedido, orden | bestellung, auftrag | status(pending/paid/shipped/delivered/cancelled)=pending, total:money, ordered_at | customer, user
order_item | line item, order line, line | ligne de commande | línea de pedido | bestellposition, position | quantity:int[1..]!, unit_price:money | order, product, menu_item, book, wine, nursery_plant, coffee_bean
customer | client, buyer, shopper | client, cliente | cliente, comprador=buyer | kunde, kundin | name!, email^, phone |
cart | basket, shopping cart | panier | carrito, cesta | warenkorb | status(open/checked_out)=open | customer, user
cart_item | basket item | article du panier, ligne de panier | artículo del carrito, línea del carrito | warenkorbposition, warenkorbartikel | quantity:int[1..]! | cart, product
payment | transaction payment | paiement | pago | zahlung | amount:money!, method(card/cash/transfer), status(pending/completed/failed/refunded)=pending, paid_at | order, invoice, customer
review | rating, testimonial, feedback | avis, critique | reseña, opinión, valoración | bewertung, rezension | rating:int[1..5]!, comment:text, author_name | product, movie, book, restaurant, customer, user
coupon | discount code, voucher, promo code | coupon, bon de réduction | cupón | gutschein=voucher | code!^, discount_percent:int[1..100], expires_at |
supplier | vendor company, distributor | fournisseur | proveedor | lieferant | name!, email, phone |
vendor | seller, merchant, stallholder | vendeur=seller, marchand | vendedor=seller, comerciante | verkäufer, händler | name!, email, phone |
shipment | delivery, parcel shipment | expédition, livraison=delivery | envío | sendung, lieferung=delivery | carrier, tracking_number, shipped_at, status(pending/shipped/delivered)=pending | order
wishlist | wish list | liste de souhaits | lista de deseos | wunschliste | name! | customer, user

## bookstore | bookstore, bookshop, book store, book shop, reading list, books | librairie | librería | buchhandlung | book
book | novel | livre | libro | buch/bücher | title!, author, isbn^, price:money, published_year:int | author, publisher, shelf
publisher | | éditeur | editorial | verlag | name! |
loan | borrowing, checkout | emprunt, prêt | préstamo | ausleihe | borrowed_at!, due_date, returned_at | book, tool, member, borrower
shelf | bookshelf | étagère | estante | regal | name! |
library | | bibliothèque | biblioteca | bibliothek, bücherei | name!, address |

## lending_library | library, public library, school library, library system, lending library, library management, book lending | bibliothèque, médiathèque, bibliothèque municipale | biblioteca, biblioteca pública | bibliothek, bücherei, stadtbibliothek, ausleihe | book member loan
library_card | library card, card | carte de bibliothèque, carte de lecteur | carné de biblioteca | bibliotheksausweis, leseausweis | number!^, issued_on, expires_on | member

## clinic | clinic, dental clinic, dentist, dental practice, medical practice, doctor's office, doctors office, hospital, healthcare, health clinic, physiotherapy, physio, therapist practice, chiropractor, chiropractic, chiropractic clinic, osteopath, osteopathy, osteopathy practice, podiatrist, podiatry, chiropodist, acupuncture, acupuncturist, dermatologist, dermatology clinic, hearing clinic, hearing aid clinic, audiologist, audiology | clinique, cabinet, cabinet médical, cabinet dentaire, dentiste, hôpital, kiné, kinésithérapeute | clínica, clínica dental, consultorio, dentista, hospital | klinik, praxis, zahnarztpraxis, arztpraxis, krankenhaus | patient appointment
patient | | patient | paciente | patient | name!, phone, email, date_of_birth |
appointment | booking slot, visit, consultation, session | rendez-vous, rdv, consultation=consultation, séance=session | cita, consulta=consultation | termin, behandlung=treatment | scheduled_at!, duration_minutes:int[1..], reason, status(scheduled/completed/cancelled)=scheduled | patient, pet, dog, doctor, dentist, vet, client, customer, artist, tattoo_artist, stylist, nail_technician, therapist, service
doctor | physician, practitioner | médecin, docteur | médico, doctor | arzt, ärztin | name!, specialty |
dentist | | dentiste | dentista | zahnarzt | name!, specialty |
nurse | nursing staff, registered nurse | infirmier, infirmière | enfermero, enfermera | krankenpfleger, krankenpflegerin, krankenschwester, pflegefachkraft | name!, phone, ward |
prescription | | ordonnance | receta | rezept verordnung | medication!, dosage, issued_on | patient, doctor, customer, pharmacy_product
treatment | procedure | traitement, soin | tratamiento | behandlung | name!, price:money |
medical_record | health record, chart | dossier médical | historial médico | krankenakte | notes:text!, recorded_at | patient

## school | school, high school, university, college, academy, course platform, e-learning, elearning, online courses, lms, learning platform, gradebook, language school | école, université, lycée, collège, académie | escuela, colegio, universidad, academia | schule, universität, hochschule, akademie | student teacher course enrollment
student | pupil, learner | élève, étudiant | alumno, estudiante | schüler, student, studierende | name!, email, student_number^ |
teacher | instructor, tutor, professor, lecturer, trainer, educator | professeur, enseignant, enseignante, formateur=trainer, formatrice=trainer, moniteur=instructor, monitrice=instructor, instituteur, institutrice, éducateur=educator, éducatrice=educator | profesor, profesora, maestro, maestra, docente, instructora=instructor, educador=educator, educadora=educator | lehrer, lehrerin, lehrkraft/lehrkräfte, dozent=lecturer, dozentin=lecturer, ausbilder=trainer, ausbilderin=trainer, erzieher=educator, erzieherin=educator | name!, email, subject |
course | module | cours, formation | curso, asignatura | kurs, lehrgang | title!, code^, description:text, credits:int[0..] | teacher, instructor
lesson | lecture, class session | leçon | lección, clase=class | lektion, unterrichtsstunde, stunde | title!, scheduled_at, position:int[0..] | course, teacher, student
enrollment | registration, enrolment | inscription | inscripción | einschreibung, anmeldung | enrolled_at, status(active/completed/dropped)=active | student, diver, course
grade | mark | note scolaire | calificación, nota | note | score:num[0..100]!, subject, term | student, course
assignment | homework | devoir | tarea escolar | hausaufgabe | title!, due_date, max_points:int[0..] | course
classroom | | salle de classe | aula | klassenzimmer | name!, capacity:int[0..] |
group | cohort | groupe | grupo | gruppe | name!, level | teacher, course

## crm | crm, customer relationship, sales pipeline, sales team, leads | crm, gestion de la relation client | crm, gestión de clientes | crm, kundenverwaltung | company contact deal
company | organization, organisation, account, business, firm, employer | entreprise, société | empresa, compañía | firma, unternehmen | name!, website:url, industry |
contact | lead, prospect | contact | contacto | kontakt, ansprechpartner | name!, email, phone | company
deal | opportunity | affaire, opportunité | oportunidad, trato | deal, geschäft, verkaufschance | title!, amount:money, stage(lead/qualified/proposal/won/lost)=lead, close_date | company, contact
activity | interaction, touchpoint | activité | actividad | aktivität | type(call/email/meeting/note)!, occurred_at, notes:text | contact, deal

## hr | hr, human resources, payroll, staff management, employee directory, recruiting, hiring, applicant tracking | rh, ressources humaines, recrutement | recursos humanos, rrhh, reclutamiento | personalverwaltung, personalabteilung | employee department
employee | staff member, worker, staffer | employé, salarié, collaborateur | empleado, trabajador=worker | mitarbeiter, mitarbeitende, angestellter, angestellte, beschäftigte | name!, email^, job_title, hired_on, salary:money | department, company
department | division | département, service | departamento | abteilung | name!^ |
job | job posting, position, vacancy, opening, role posting | offre d'emploi, poste | oferta de empleo, puesto | stelle, stellenangebot, job | title!, description:text, location, salary:money | company
application | job application, candidacy | candidature | candidatura, solicitud | bewerbung | status(applied/interview/offer/rejected)=applied, applied_at, cover_letter:text | job, candidate
candidate | applicant | candidat, postulant=applicant | candidato, aspirante, postulante=applicant | bewerber=applicant, kandidat | name!, email^, resume_url:url |
leave_request | time off request, vacation request, absence | demande de congé, congé | solicitud de vacaciones | urlaubsantrag=vacation request | start_date!, end_date!, status(pending/approved/rejected)=pending | employee
shift | work shift, rota slot | créneau, poste de travail | turno | schicht | date!, start_time!, end_time | employee, volunteer, location, guard, site

## events | events, event management, ticketing, conference, meetup, festival, concert | événement, événements, billetterie, conférence | eventos, evento, conferencia | veranstaltung, veranstaltungen, konferenz | event ticket attendee
event | happening | événement | evento | veranstaltung, event | name!, starts_at!, venue, capacity:int[0..] | organizer
ticket | pass | billet, ticket | entrada, boleto | eintrittskarte, ticket | price:money, seat_number, buyer_email:email | event, screening, stage_performance, attendee
attendee | participant attendee | participant | asistente | teilnehmer | name!, email |
registration | signup, sign-up, rsvp | inscription | inscripción, registro | anmeldung | status(registered/cancelled)=registered | event, attendee, participant, outing, member
guest | invitee | invité | invitado, huésped | gast/gäste | name!, email, rsvp_status(pending/yes/no)=pending |
venue | hall | lieu, salle | lugar, local | veranstaltungsort | name!, address, capacity:int[0..] |
speaker | presenter | intervenant, orateur, conférencier | ponente, orador, conferenciante | sprecher, referent, redner, vortragender, vortragende | name!, bio:text |
session_talk | talk, presentation | présentation | charla, ponencia | vortrag | title!, starts_at | event, speaker
organizer | organiser | organisateur | organizador | veranstalter, organisator | name!, email |

## weddings | wedding, weddings, wedding planning, wedding planner, party planning, guest list, rsvp | mariage, organisation de mariage, liste d'invités | boda, bodas, lista de invitados | hochzeit, hochzeitsplanung, gästeliste | guest
seating_table | reception table | table de réception | mesa de banquete | tisch | name!, capacity:int[1..] |
wedding_vendor | wedding supplier | prestataire | proveedor de boda | dienstleister | name!, service, phone, price:money |

## bookings | booking, reservations, reservation system, room booking, restaurant reservations, table booking, booking system | réservation, réservations | reservas, reservaciones | buchung, buchungen, reservierung | room booking
booking | reservation, stay | réservation=reservation | reserva=reservation | buchung, reservierung=reservation | check_in_date!, check_out_date!, status(pending/confirmed/cancelled)=pending | guest, room, rental_property, customer, user, table, flight, dog, pet, trip
room | suite | chambre, salle | habitación, cuarto, sala | zimmer, raum | number!^, type(single/double/suite), nightly_rate:money, capacity:int[1..] | hotel
hotel | inn, lodge | hôtel | hotel | hotel | name!, city, stars:int[1..5] |
table | restaurant table | table | mesa | tisch | number!^, capacity:int[1..] |
reservation | | réservation | reservación | reservierung | customer_name!, phone, reserved_for!:datetime, party_size:int[1..] | table, room, spot, restaurant
service | | prestation, service | servicio | leistung, dienstleistung | name!, price:money, duration_minutes:int[1..] |
stylist | barber, hairdresser | coiffeur=hairdresser | peluquero=hairdresser, estilista | friseur=hairdresser | name!, phone |

## restaurant | restaurant, cafe, café, coffee shop, bakery, food delivery, takeaway, pizzeria, bar, food truck, menu | restaurant, café, boulangerie, pizzeria | restaurante, cafetería, panadería | restaurant, café, bäckerei, pizzeria | menu_item order order_item
menu_item | dish, meal, menu entry | plat=dish | plato=dish | gericht=dish, speise=dish | name!, price:money!, category, available:bool=true | restaurant, menu
menu | | menu, carte | menú, carta | speisekarte | name! | restaurant
restaurant | eatery, diner | restaurant | restaurante | restaurant, lokal | name!, address, cuisine |

## recipes | recipe, recipes, cooking, cookbook, meal planner, meal planning, kitchen | recette, recettes, cuisine | receta, recetas, cocina | rezept, rezepte, kochbuch | recipe ingredient
recipe | | recette | receta | rezept | title!, instructions:text, servings:int[1..], prep_minutes:int[0..] |
ingredient | | ingrédient | ingrediente | zutat | name!, quantity:num[0..], unit | recipe
meal_plan | | plan de repas, planning des repas | plan de comidas, menú semanal | essensplan, speiseplan | date!, meal_type(breakfast/lunch/dinner) | recipe

## fitness | fitness, workout, workout tracker, training log, personal trainer, crossfit, running log | fitness, musculation | fitness | fitness | workout exercise workout_set
member | subscriber member, club member | membre, adhérent | miembro, socio | mitglied | name!, email^, joined_on, phone |
workout | training session, exercise session | séance d'entraînement, entraînement | entrenamiento | training, trainingseinheit | date!, duration_minutes:int[0..], notes:text | member, user
exercise | drill | exercice | ejercicio | übung | name!, muscle_group |
workout_set | set, exercise set | série | serie | satz | reps:int[0..]!, weight_kg:num[0..] | workout, exercise
class_session | fitness class, class | cours collectif | clase=class | kurs | name!, starts_at!, capacity:int[0..] | trainer, teacher
membership_plan | membership tier, plan membership | abonnement | plan de membresía | mitgliedschaft, tarif | name!, monthly_price:money |
run | jog | course à pied | carrera | lauf | date!, distance_km:num[0..], duration_minutes:int[0..] | user

## gym | gym, gyms, fitness club, fitness center, fitness centre, health club, leisure centre, gym membership | salle de sport, club de fitness | gimnasio, club deportivo | fitnessstudio, fitnesscenter | member workout

## habits | habit tracker, habits, streaks, daily check-in, mood tracker, goal tracker | suivi d'habitudes, habitudes | hábitos, seguimiento de hábitos | gewohnheiten, gewohnheitstracker | habit check_in
habit | routine | habitude | hábito | gewohnheit | name!, target_per_week:int[1..7] | user
check_in | checkin, log, completion | pointage | registro | eintrag, check-in | date!, note:text | habit, user
goal | objective, target | objectif | objetivo, meta | ziel | title!, target_date, achieved:bool=false | user
mood_entry | mood | humeur | estado de ánimo | stimmung | mood:int[1..5]!, date!, note:text | user

## music | music, music streaming, music streaming app, streaming music, music player, music library, playlist app, record label | musique, streaming musical, lecteur de musique, bibliothèque musicale, maison de disques | música, streaming de música, reproductor de música, biblioteca musical, sello discográfico | musik, musikstreaming, musikplayer, musikbibliothek, plattenlabel | artist album track playlist

## media | streaming, video platform, video sharing, video streaming, video site | plateforme vidéo | plataforma de vídeo | videoplattform | video channel
track | song, tune | morceau, chanson=song, titre musical | canción=song | lied=song, song=song, musiktitel | title!, artist, duration_seconds:int[0..] | album, artist
album | record album, lp | album | álbum | album | title!, artist, release_year:int | artist
artist | band, musician, performer | artiste, groupe musical | artista, banda=band | künstler, band=band | name! |
playlist | | playlist, liste de lecture | lista de reproducción | playlist, wiedergabeliste | name!, is_public:bool=false | user
playlist_entry | playlist track, playlist item | entrée de playlist | entrada de lista de reproducción | playlist-eintrag | position:int[0..], added_at | playlist, track
podcast | podcast show | émission, podcast | programa, podcast | sendung, podcast | title!, description:text | host
episode | | épisode | episodio | folge, episode | title!, audio_url:url, duration_seconds:int[0..], published_at | podcast, show, season, series
movie | film | film | película | film | title!, release_year:int, genre, director |
video | clip | vidéo | vídeo | video | title!, url!:url, duration_seconds:int[0..] | channel, user
channel | | chaîne | canal | kanal | name!^ | user
photo | picture, image | photo, image | foto, imagen | foto, bild | url!:url, caption, taken_at | album, user, gallery
gallery | | galerie | galería | galerie | name! | user
record | vinyl, vinyl record, lp record | disque, vinyle | disco, vinilo | schallplatte, platte | title!, artist, year:int, condition, price_paid:money | artist
show | tv show, series | série=series | serie=series | serie=series | title!, genre | 
season | | saison | temporada | staffel | number:int[1..]! | show

## podcasts | podcast, podcasts, podcast hosting, podcast app, podcast platform, podcast network | podcast, podcasts | podcast, pódcast | podcast, podcasts | podcast episode

## photos | photo sharing, photo gallery, photo album, photo albums, photo app, photo library, image sharing, image gallery, photo portfolio | partage de photos, galerie photo, album photo | compartir fotos, galería de fotos, álbum de fotos | fotogalerie, fotoalbum, fotos teilen | photo album:photo_album
photo_album | photo album, picture album | album photo | álbum de fotos | fotoalbum | title!, description:text, cover_url:url | user

## chat | chat, messaging, messenger, chat app, community, social network, social media | messagerie, chat, réseau social | mensajería, chat, red social | chat, nachrichten, soziales netzwerk | conversation message
conversation | chat room, chat | conversation | conversación | unterhaltung, gespräch | title, is_group:bool=false |
message | dm, direct message | message | mensaje | nachricht | body:text!, sent_at | conversation, user, thread, channel, sender
thread | discussion | fil, sujet | hilo, tema | thema, thread | title!, body:text | forum, board, user
user | profile | utilisateur | usuario | benutzer, nutzer | email!^, name, username^ |
follow | | abonnement | seguimiento | folgen | | user
like | upvote, reaction | j'aime | me gusta | gefällt mir | | user, post

## iot | iot, sensors, sensor platform, telemetry, smart home, home automation, monitoring, weather station | capteurs, domotique, télémétrie | sensores, domótica, telemetría | sensoren, smart home, hausautomation, telemetrie | device reading
device | sensor, gadget, node device, thermostat | appareil, capteur=sensor | dispositivo, sensor=sensor | gerät, sensor=sensor | name!, type, location, serial_number^ |
reading | measurement, sample, telemetry event, data point | mesure=measurement, relevé | lectura, medición=measurement | messwert, messung=measurement | value:num!, unit, recorded_at! | device, sensor, station
alert | alarm | alerte | alerta | alarm=alarm, warnung | message!, severity(info/warning/critical)=info, triggered_at | device
station | | station | estación | station | name!, latitude:num[-90..90], longitude:num[-180..180] |

## finance | finance, budget, budgeting, expense tracker, expenses, personal finance, accounting, bookkeeping, money tracker, spending | finances, budget, dépenses, comptabilité | finanzas, presupuesto, gastos, contabilidad | finanzen, budget, ausgaben, buchhaltung | expense category
expense | spending, expenditure, cost entry | dépense | gasto | ausgabe | amount:money!, category, date!, note:text | category, user, trip
income | earning, revenue | revenu | ingreso | einnahme, einkommen | amount:money!, source, date! | user
budget | | budget | presupuesto | budget | name!, amount:money!, period(monthly/yearly)=monthly | category, user
account | bank account, wallet | compte | cuenta | konto | name!, balance:money=0, currency=EUR | user
transaction | transfer, bank transaction | transaction, opération | transacción, movimiento | buchung, transaktion | amount:num!, description, occurred_at! | account, category
invoice | bill | facture | factura | rechnung | number!^, issue_date!, due_date, status(draft/sent/paid/overdue)=draft, total:money | client, customer, company
invoice_line | invoice item | ligne de facture | línea de factura | rechnungsposition | description!, quantity:num[0..], unit_price:money | invoice
client | | client | cliente | kunde, klient | name!, email, phone |
subscription | recurring plan | abonnement | suscripción | abonnement | status(active/paused/cancelled)=active, started_on, renews_on | customer, subscriber, plan
plan | pricing plan, tier | formule, offre | plan | tarif, plan | name!, price:money |
donation | gift donation, contribution | don | donación | spende | amount:money!, donor_name, donated_at | campaign, donor, member
campaign | fundraiser, fundraising campaign | campagne, collecte=fundraiser | campaña | kampagne, spendenaktion=fundraiser | title!, goal_amount:money, ends_on |
donor | backer, patron | donateur | donante, donador | spender | name!, email |

## logistics | logistics, delivery, deliveries, shipping, courier, fleet, fleet management, warehouse, inventory, stock management, supply chain, freight | logistique, livraison, entrepôt, inventaire, stock, flotte | logística, envíos, almacén, inventario, flota | logistik, lieferung, lager, lagerverwaltung, inventar, fuhrpark | shipment package
warehouse | depot, storage site | entrepôt | almacén, bodega | lager, lagerhaus | name!, location, capacity:int[0..] |
stock_level | inventory level, stock entry | niveau de stock | nivel de existencias | lagerbestand | quantity:int[0..]! | warehouse, item, product
package | parcel | colis=parcel | paquete | paket | weight_kg:num[0..], dimensions, tracking_number^ | shipment
vehicle | truck, van, lorry, pickup truck | véhicule, camion=truck, camionnette=van | vehículo, camión=truck, furgoneta=van | fahrzeug, lkw=truck, transporter=van | plate_number!^, make, model, year:int |
driver | chauffeur, courier | chauffeur, conducteur, livreur=courier | conductor, chófer, repartidor=courier | fahrer, kurier=courier | name!, license_number, phone |
trip | journey | trajet, voyage | viaje, trayecto | fahrt, reise | date!, origin, destination, distance_km:num[0..] | vehicle, driver
delivery | drop-off | livraison | entrega | zustellung, lieferung | address!, scheduled_for, status(pending/in_transit/delivered/failed)=pending | driver, order, package
route | | itinéraire, route | ruta | route, strecke | name!, origin, destination |

## rental | rental, car rental, car hire, equipment rental, bike rental, bike sharing, scooter sharing, rental business, rentals, leasing, ski rental | location de voitures, location, loueur | alquiler, alquiler de coches, renta de autos | vermietung, autovermietung, verleih | car customer rental
car | automobile, auto | voiture, auto | coche, carro, auto | auto, wagen | make!, model!, year:int, plate_number^, daily_rate:money |
rental | hire, rental agreement, lease | location | alquiler, renta | vermietung, ausleihe | start_date!, end_date!, total_price:money | car, customer, equipment, bike, vehicle, boat, storage_unit
boat | kayak, canoe, sailboat, motorboat, yacht, paddle board, pedal boat | bateau, kayak=kayak, canoë=canoe | barco, kayak=kayak, canoa=canoe | boot, kajak=kayak, kanu=canoe | name!, type(sailboat/motorboat/kayak/canoe/paddleboard), capacity:int[1..], hourly_rate:money |
bike | bicycle, e-bike, scooter, pushbike, push bike | vélo, bicyclette=bicycle | bicicleta=bicycle, bici | fahrrad=bicycle, rad | serial!^, electric:bool=false | station
equipment/equipment | gear | équipement, matériel | equipamiento, material | ausrüstung, gerät | type!, size, brand, daily_price:money, available:bool=true |
ride | | trajet, course | viaje, carrera | fahrt | started_at!, ended_at, distance_km:num[0..] | bike, driver, user

## real_estate | real estate, property management, realty, rentals listings, apartments, landlord, tenants | immobilier, gestion locative | bienes raíces, alquileres, administración de fincas | immobilien, hausverwaltung | property tenant lease
property | listing, house, apartment, flat, unit | bien, logement, appartement=apartment, maison=house | propiedad, inmueble, piso=flat, casa=house, apartamento=apartment | immobilie, wohnung=apartment, haus=house, objekt | address!, type(house/apartment/commercial), rent:money, bedrooms:int[0..] | landlord, owner, agent
tenant | renter, lessee | locataire | inquilino | mieter | name!, email, phone | room
lease | rental contract, tenancy | bail | contrato de alquiler | mietvertrag | start_date!, end_date, monthly_rent:money! | property, tenant
viewing | property viewing, showing, open house, visit | visite=visit | visita=visit | besichtigung | scheduled_at!, visitor_name, visitor_phone:phone, notes:text | property, agent
landlord | property owner | bailleur, propriétaire bailleur | casero, arrendador | vermieter | name!, email, phone |
maintenance_request | repair request, work order | demande d'intervention | solicitud de mantenimiento | reparaturauftrag | description:text!, status(open/in_progress/done)=open, reported_at | property, tenant

## estate_agency | real estate agency, estate agency, estate agent, real estate agent, realtor, property listings, property portal | agence immobilière, agent immobilier, annonces immobilières | inmobiliaria, agencia inmobiliaria, agente inmobiliario, portal inmobiliario | makler, immobilienmakler, maklerbüro, immobilienportal | property agent viewing

## travel | travel, trip planner, travel agency, airline, flights, tours, tourism, itinerary | voyage, agence de voyage, compagnie aérienne | viajes, agencia de viajes, aerolínea | reisen, reisebüro, fluggesellschaft | trip booking
flight | | vol | vuelo | flug | flight_number!, departure_time!, arrival_time, origin, destination | airline, airport
airport | | aéroport | aeropuerto | flughafen | iata_code!^, name!, city, country |
airline | | compagnie aérienne | aerolínea | fluggesellschaft, airline | name!, code^ |
passenger | traveler, traveller | passager, voyageur=traveler | pasajero, viajero=traveler | passagier, reisender=traveler | name!, email, passport_number |
tour | excursion, guided tour | visite guidée=guided tour, excursion=excursion | excursión=excursion, tour | führung=guided tour, ausflug=excursion, tour | name!, date, price:money, capacity:int[0..] | guide
destination | | destination | destino | reiseziel, ziel | name!, country |
itinerary | travel plan | itinéraire | itinerario | reiseplan | name!, start_date, end_date | user

## support | helpdesk, help desk, support desk, customer support, ticketing system, issue tracker, bug tracker, service desk, feedback tool | support client, assistance, suivi de bugs | soporte, mesa de ayuda, gestor de incidencias | kundendienst, helpdesk, bugtracker, support | ticket agent comment
issue | bug, defect, incident | ticket, anomalie, bogue=bug, bug=bug | incidencia=incident, error, bug=bug | fehler=bug, bug=bug, problem, vorgang | title!, description:text, status(open/in_progress/closed)=open, priority(low/medium/high)=medium | project, user, milestone
support_ticket | ticket, support request, case | demande | solicitud de soporte | anfrage | subject!, description:text, status(open/pending/closed)=open, priority(low/normal/high/urgent)=normal | customer, client, agent
milestone | sprint, release | jalon, version | hito | meilenstein | name!, due_date |
agent | support agent, operator | agent | agente | agent, sachbearbeiter | name!, email |

## pets | pet store, pet shop, pets | animalerie | tienda de mascotas | zoohandlung | pet
shelter | animal shelter, rescue | refuge | refugio, protectora | tierheim | name!, city, phone |
pet | animal, companion animal | animal=animal, animal de compagnie | mascota, animal=animal | haustier, tier=animal | name!, species!, breed, age:int[0..], status(available/pending/adopted)=available | owner, shelter
owner | pet owner, keeper | propriétaire | dueño, propietario | besitzer, halter | name!, phone, email |
dog | puppy, pup, doggo | chien, chiot=puppy | perro, cachorro=puppy | hund, welpe=puppy | name!, breed, age:int[0..] | owner
cat | kitten | chat | gato | katze | name!, breed, age:int[0..] | owner
adoption | | adoption | adopción | adoption | adopted_on!, status(pending/approved/completed)=pending | pet, adopter
walk | dog walk | promenade | paseo | spaziergang, gassi | walked_at!, duration_minutes:int[0..], walker | dog, pet
visit | vet visit, checkup | visite | visita | besuch | visited_on!, reason, notes:text | pet, patient

## hobbies | collection, collecting, collector, collectibles, stamps, stamp collection, coins, coin collection, trading cards, memorabilia | collection, philatélie, numismatique | colección, coleccionismo, filatelia | sammlung, briefmarkensammlung, münzsammlung | collection item:collection_item
plant | houseplant | plante | planta | pflanze | name!, species, location, watering_interval_days:int[1..] |
watering | | arrosage | riego | gießen | watered_at! | plant
tank | aquarium | aquarium=aquarium | acuario=aquarium, pecera | aquarium=aquarium, becken | name!, volume_liters:num[0..] |
fish/fish | | poisson | pez | fisch | species!, count:int[0..] | tank
sighting | observation, spotting | observation=observation | avistamiento | sichtung, beobachtung=observation | species!, location, observed_on!, count:int[0..], photo_url:url | location
game | board game, boardgame | jeu, jeu de société=board game | juego, juego de mesa=board game | spiel, brettspiel=board game | name!, max_players:int[1..] |
play | game session | partie | partida | partie | played_on!, winner | game
collection | collector's collection | collection | colección | sammlung | name!, category, description:text | user
collection_item | collectible, figurine | objet de collection | artículo de colección | sammlerstück | name!, condition(mint/good/fair/poor), year:int, acquired_on, price_paid:money | collection
wine | | vin | vino | wein | name!, winery, vintage:int, color(red/white/rose), bottle_count:int[0..], rating:int[1..5] | rack
rack | | casier | estantería | regal | label!^, capacity:int[0..] |
hive | beehive | ruche | colmena | bienenstock | name!, location |
inspection | check, examination | inspection | inspección | inspektion, kontrolle | inspected_on!, notes:text | hive, property, vehicle
brew | beer batch | brassin | lote de cerveza | brauvorgang, sud | brew_date!, volume_liters:num[0..], status(fermenting/conditioning/bottled)=fermenting | recipe
batch | lot | lot | lote | charge | brew_date, quantity:num[0..], status | beer, recipe, product

## sports | sports league, league, sports club, team management, tournament, club, football club, soccer club, football, soccer, basketball, rugby, hockey, volleyball, handball, baseball, cricket, netball, sunday league, youth football, score keeping | ligue, club sportif, tournoi, club de football, club de foot, club de basket, club de rugby | liga, club deportivo, torneo, club de fútbol, club de futbol, club de baloncesto | liga, sportverein, turnier, verein, fußballverein, fussballverein, fußballclub | team player match
team | squad | équipe | equipo | mannschaft, team | name!, city | league, hackathon
player | athlete | joueur | jugador | spieler | name!, position, jersey_number:int[0..99] | team
coach | head coach, assistant coach | entraîneur, entraîneuse | entrenador, entrenadora | cheftrainer, trainerin=coach | name!, email, phone | team, club
match | fixture | match, rencontre | partido | spiel, partie | date!, home_score:int[0..], away_score:int[0..] | league, tournament
league | | ligue, championnat | liga | liga | name!^, season |
tournament | competition, cup | tournoi, compétition=competition | torneo, competición=competition | turnier, wettbewerb=competition | name!, start_date, city |
round | | manche, tour | ronda | runde | date!, score:int | course, tournament, player
golf_course | links | parcours | campo de golf | golfplatz | name!, par:int[1..] |
court | pitch, tennis court, squash court, padel court, badminton court | court, court de tennis, terrain | pista, cancha | tennisplatz, spielfeld, platz | name!^, number:int[0..], surface(clay/grass/hard/synthetic), indoor:bool=false | club

## lost_and_found | lost and found, lost property, lost-and-found | objets trouvés | objetos perdidos | fundbüro, fundsachen | found_item claim
found_item | lost item, found object, lost property item | objet trouvé | objeto perdido | fundsache, fundstück | description!:text, found_at:datetime, found_location, status(found/claimed/returned)=found |
claim | | réclamation | reclamación | abholung | claimant_name!, claimant_contact, claimed_at | found_item

## crowdfunding | crowdfunding, crowd funding, kickstarter, fundraising platform, fundraising | financement participatif, cagnotte | micromecenazgo, financiación colectiva | schwarmfinanzierung | campaign pledge
pledge | backing | promesse de don | promesa de aporte | zusage | amount:money!, pledged_at, status(pending/collected/refunded)=pending | campaign, donor, user
reward | perk, reward tier | contrepartie | recompensa | dankeschön | title!, minimum_amount:money, quantity:int[0..] | campaign

## community | volunteering, nonprofit, charity, association, club membership, neighborhood, community center | bénévolat, association | voluntariado, asociación, ong | ehrenamt, verein | volunteer shift
volunteer | helper | bénévole | voluntario | freiwilliger, freiwillige, ehrenamtlicher, ehrenamtliche | name!, phone, email |
signup_slot | volunteer signup | créneau d'inscription, créneau de bénévolat | turno de voluntariado | helferschicht, anmeldeslot | | volunteer, shift
meeting | assembly | réunion | reunión | treffen, sitzung | date!, location, agenda:text |

## surveys | survey, polls, poll, quiz, questionnaire, voting, feedback form, forms | sondage, quiz, questionnaire, vote | encuesta, cuestionario, votación | umfrage, quiz, fragebogen, abstimmung | survey question
survey | form, questionnaire | sondage, questionnaire | encuesta, formulario=form | umfrage, formular=form | title!, closes_at |
poll | | sondage | encuesta | umfrage | question:text!, closes_at |
question | | question | pregunta | frage | text:text!, position:int[0..] | survey, quiz, poll
answer | | réponse | respuesta | antwort | text:text!, is_correct:bool=false | question
option | choice, poll option | option, choix | opción | option, auswahl | label!, position:int[0..] | poll, question
vote | ballot | vote | voto | stimme | voter_email:email | option, poll, member, meeting
quiz | test quiz | quiz | cuestionario | quiz | title!, published:bool=false |

## links | url shortener, link shortener, bookmarks, bookmark manager, link sharing, short links | raccourcisseur d'url, favoris | acortador de urls, marcadores | url-kürzer, lesezeichen | link
link | short link, shortened url, bookmark | lien, favori=bookmark | enlace, marcador=bookmark | link, lesezeichen=bookmark | original_url!:url, short_code!^, clicks:int[0..]=0 | user
click | | clic | clic | klick | clicked_at!, referrer | link

## newsletter | newsletter, mailing list, email list, email marketing, waitlist, signup form | lettre d'information, newsletter, liste de diffusion | boletín, newsletter, lista de correo | newsletter, verteiler | subscriber
subscriber | signup, mailing list member | abonné | suscriptor | abonnent | email!^, name, subscribed_at, confirmed:bool=false | plan, newsletter, list
newsletter_issue | newsletter edition, mailing, email campaign | numéro de newsletter, envoi | edición, envío | ausgabe | subject!, body:text, sent_at |

## parking | parking, parking garage, car park, parking lot, parking spaces | parking, stationnement | aparcamiento, estacionamiento | parkhaus, parkplatz | spot reservation
spot | parking spot, space, bay, desk, parking space | place, emplacement | plaza, lugar, puesto | stellplatz, platz | number!^, level, type(standard/compact/ev/disabled)=standard |

## manufacturing | manufacturing, factory, production line, maintenance, asset management, machines, robots | usine, fabrication, maintenance | fábrica, mantenimiento | fabrik, wartung | machine work_order
machine | robot, asset | machine | máquina | maschine | name!, model, serial_number^, firmware_version | 
work_order | job order, maintenance job | ordre de travail | orden de trabajo | arbeitsauftrag | title!, status(open/in_progress/done)=open, due_date | machine

## legal | law firm, legal, contracts, case management, notary | cabinet d'avocats, juridique, contrats | bufete, despacho de abogados, contratos | kanzlei, anwaltskanzlei, verträge | client case document
case | lawsuit | dossier, affaire | caso, expediente | fall, akte | title!, status(open/closed)=open, opened_on | client
document | | document | documento | dokument | title!, url:url, uploaded_at | case, user, project
contract | agreement | contrat | contrato | vertrag | title!, signed_on, value:money | client, company

## research | research, academic papers, publications, citations, lab, laboratory, experiments, reference manager | recherche, publications, laboratoire | investigación, publicaciones, laboratorio | forschung, publikationen, labor | paper author
paper | publication | article scientifique | artículo científico | aufsatz, publikation | title!, doi^, year:int, venue |
experiment | trial, study | expérience | experimento | experiment, versuch | name!, started_on, status(planned/running/done)=planned | project
dataset | | jeu de données | conjunto de datos | datensatz | name!, url:url, size_mb:num[0..] | project

## farming | farm, farming, agriculture, orchard, livestock, greenhouse | ferme, marché, agriculture | granja, mercado, agricultura | bauernhof, hofladen, markt, landwirtschaft | product vendor
field_plot | plot, parcel of land | parcelle=plot | parcela=plot | feld, parzelle=plot | name!, area_hectares:num[0..], crop |
harvest | | récolte | cosecha | ernte | harvested_on!, quantity_kg:num[0..] | field_plot, garden_plot, crop
animal | livestock animal | animal | animal | tier | name!, species!, born_on | shelter, farm, enclosure

## auto_service | garage, car repair, mechanic, auto shop, car service, workshop | garage, atelier mécanique | taller, taller mecánico | werkstatt, autowerkstatt | customer car:vehicle repair
repair | service job, fix | réparation | reparación | reparatur | date!, description:text, status(received/in_progress/ready/collected)=received, cost:money | vehicle, car, customer_bike, repair_device, repair_item, customer

## gigs | band, gigs, musician bookings, dj bookings, freelance, freelancing, time tracking, timesheets, agency | groupe, concerts, freelance | banda, conciertos, autónomo | band, auftritte, freiberufler, zeiterfassung | gig
gig | concert | concert=concert, date de concert | concierto=concert, bolo | auftritt, konzert=concert, gig | venue!, city, date!, fee:money, paid:bool=false |
time_entry | timesheet entry, time log | saisie de temps | registro de horas | zeiteintrag | date!, hours:num[0..24]!, description | project, employee

## hackathon | hackathon, game jam, competition entries, contest | hackathon, concours | hackathon, concurso | hackathon, wettbewerb | participant team submission
participant | entrant, contestant | participant | participante | teilnehmer | name!, email^ | team
submission | | soumission, dépôt | envío, entrega | einreichung, abgabe | title!, description:text, repo_url:url | team, participant, assignment

## carpool | carpool, ride sharing, ridesharing, taxi, ride hailing, car sharing | covoiturage, taxi, vtc | compartir coche, taxi | mitfahrgelegenheit, fahrgemeinschaft, taxi | ride driver
ride_request | ride booking | demande de place | solicitud de viaje | mitfahranfrage | status(pending/accepted/declined)=pending, requester_name!, requester_email | ride, passenger

## translation | translation memory, localization, translations, i18n | traduction, localisation | traducción, localización | übersetzung, lokalisierung | project segment
segment | translation unit | segment | segmento | segment | source_text:text!, target_text:text, approved:bool=false | project
language | locale | langue | idioma, lengua | sprache | code!^, name! |

## inventory_tools | inventory, stock, stock control, asset tracking, home inventory | inventaire, gestion de stock | inventario, control de stock | inventar, bestandsverwaltung | item warehouse
location | place, site | lieu=place, emplacement | ubicación, lugar=place | standort, ort=place | name!, address |

## salon | salon, hair salon, beauty salon, barbershop, barber shop, barber, hairdresser, beautician | salon de beauté, salon de coiffure, coiffeur, barbier, institut de beauté | salón de belleza, peluquería, barbería | kosmetikstudio, friseursalon, friseur, barbier | appointment service stylist customer
therapist | masseur, practitioner therapist | thérapeute | terapeuta | therapeut | name!, specialty |

## studio | yoga studio, pilates studio, dance studio, dance school, martial arts school, dojo, boxing gym, climbing gym, spin studio, pottery studio, art classes, cooking school, cooking classes, cookery school, cooking studio, art school, painting classes, drawing classes, sewing classes, ceramics studio | studio de yoga, cours de yoga, école de danse, cours de danse | estudio de yoga, clases de yoga, escuela de baile, academia de baile | yogastudio, tanzschule, kampfsportschule | instructor:teacher class:class_session member booking:class_booking
class_booking | class booking, class reservation, class signup | réservation de cours, inscription au cours | reserva de clase, inscripción a clase | kursbuchung, kursanmeldung | booked_at, status(booked/cancelled/attended)=booked | class_session, member

## trades | plumbing, plumber, plumbing business, tree surgeon, tree surgery, arborist, gardening service, gardener business, pool cleaning, pool cleaner, appliance installer, boiler engineer, gas engineer, electrician, electrical contractor, handyman, hvac, heating and cooling, roofing, roofer, painter and decorator, landscaping, pest control, locksmith, home services, field service, solar installer, solar panel installer, solar installation company, carpet fitter, flooring company, kitchen fitter, kitchen fitting, kitchen fitting company, bathroom fitter, bathroom fitting, glazier, tiler, bricklayer, carpenter, joiner, chimney sweep, gutter repair | plomberie, plombier, électricien, dépannage | fontanería, fontanero, plomería, electricista, empresa de limpieza | klempner, installateur, sanitär, elektriker, handwerker, reinigungsfirma | customer job:service_job quote
service_job | job, service call, callout, call-out, site visit, work visit | intervention | intervención, servicio a domicilio | einsatz, auftrag | scheduled_at!, address!, description:text, status(scheduled/in_progress/done/cancelled)=scheduled, price:money | customer, technician
quote | estimate, quotation | devis | cotización | kostenvoranschlag=estimate, angebot | amount:money!, status(draft/sent/accepted/declined)=draft, valid_until:date | customer, service_job
technician | tradesperson, fitter, installer | technicien, artisan | técnico, operario | techniker, monteur | name!, phone, trade |

## housing | hostel, dorm, student housing, coliving | résidence, foyer | residencia | wohnheim | room tenant

## government | city services, permits, municipality, public services, complaints, service requests | mairie, permis, services publics | ayuntamiento, permisos | stadtverwaltung, genehmigungen | permit
permit | authorization | permis, autorisation | permiso, licencia | genehmigung, erlaubnis | type!, status(submitted/approved/rejected)=submitted, issued_on | applicant, citizen
citizen | resident | citoyen, habitant=resident | ciudadano, vecino | bürger, einwohner=resident | name!, email, address |

## library_catalogue | archive, museum, catalogue, catalog, gallery collection | musée, archives, catalogue | museo, archivo, catálogo | museum, archiv, katalog | artwork
artwork | piece, painting, artifact | œuvre, tableau=painting | obra, cuadro=painting | kunstwerk, gemälde=painting | title!, artist, year:int, medium | artist
exhibition | exhibit | exposition | exposición | ausstellung | title!, starts_on, ends_on | museum

## education_admin | daycare, daycare center, day care, kindergarten, nursery, childcare, preschool, after school club, summer camp | crèche, garderie, colonie | guardería, campamento | kita, kindergarten, ferienlager | child guardian attendance:child_attendance
child_attendance | drop-off, attendance | présence=attendance | asistencia=attendance | anwesenheit=attendance | date!, checked_in_at:datetime, checked_out_at:datetime, picked_up_by | child
child/children | kid/kids, kiddo, toddler, little one, grandchild/grandchildren, grandkid | enfant, gamin, petit-enfant | niño, niña, nieto, nieta | kind/kinder, enkel, enkelkind | name!, date_of_birth, allergies:text | guardian, group
guardian | parent, caregiver, mum, mom, dad, mother, father | parent=parent, tuteur | padre=parent, tutor | elternteil=parent, erziehungsberechtigter | name!, phone!, email |

## hotel | hotel, hostel, motel, bnb, b&b, bed and breakfast, guest house, guesthouse, inn | hôtel, auberge, gîte, chambre d'hôte | hotel, hostal, posada, casa rural | hotel, pension, herberge, gasthaus, ferienwohnung | room guest booking
hotel_guest | guest, hotel guest, lodger | client, hôte=guest | huésped=guest, cliente | gast=guest, hotelgast | name!, email, phone |

## veterinary | vet, vets, vet clinic, vet practice, veterinary, veterinary clinic, veterinarian, animal hospital | vétérinaire, clinique vétérinaire, cabinet vétérinaire | veterinaria, veterinario, clínica veterinaria | tierarzt, tierarztpraxis, tierklinik | pet owner appointment
vet | veterinarian, veterinary surgeon | vétérinaire | veterinario, veterinaria | tierarzt, tierärztin | name!, specialty |

## escape_rooms | escape room, escape rooms, escape game, escape games, puzzle room | escape game, jeu d'évasion, salle d'évasion | escape room, sala de escape, juego de escape | escape room, escape-room, escape game, rätselraum | room:escape_room booking:group_booking customer
escape_room | game room, puzzle room, room | salle de jeu | sala de juego |  | name!, theme, capacity:int[1..], duration_minutes:int[1..], difficulty(easy/medium/hard) | 
group_booking | group reservation, party booking, lane booking, booking | réservation de groupe | reserva de grupo | gruppenbuchung | starts_at!:datetime, party_size:int[1..]!, status(booked/played/cancelled)=booked, price:money | escape_room, activity_session, lane, customer

## bowling | bowling alley, bowling, bowling center, ten-pin bowling, skittles | bowling, salle de bowling | bolera, boliche | bowlingbahn, bowlingcenter, kegelbahn | lane booking:group_booking customer
lane | bowling lane, alley lane | piste de bowling | pista de bolos | bowlingbahn | number!^, active:bool=true | 

## dog_grooming | dog grooming, pet grooming, grooming salon, dog groomer, groomer, grooming, dog salon | toilettage, toilettage canin, toiletteur, salon de toilettage | peluquería canina, peluquería de mascotas | hundesalon, hundefriseur, hundepflege, tierpflegesalon | dog owner appointment:grooming_appointment
grooming_appointment | grooming appointment, appointment | toilettage | cita de peluquería | pflegetermin | scheduled_at!, service(bath/haircut/nails/full_groom), price:money, status(scheduled/done/cancelled)=scheduled, notes:text | dog, pet, owner

## dog_walking | dog walking, dog walker, dog walkers, dog sitting | promenade de chiens, promeneur de chiens | paseo de perros, paseador de perros | gassi-service, hundeausführservice, hundesitter | dog owner walk

## pet_boarding | dog daycare, doggy daycare, dog boarding, pet boarding, boarding kennel, kennel, kennels, cattery, pet hotel, dog hotel | pension canine, garderie pour chiens, pension pour chats, pension pour animaux | guardería canina, residencia canina, hotel para perros | hundepension, hundetagesstätte, tierpension, katzenpension | dog owner booking

## bike_repair | bike repair, bike repairs, bicycle repair, bike shop, bicycle shop, cycle shop, bike workshop, bike mechanic | réparation de vélos, atelier vélo, atelier de réparation de vélos, vélociste | taller de bicicletas, reparación de bicicletas, tienda de bicicletas | fahrradwerkstatt, fahrradladen, radwerkstatt, fahrradreparatur | bike:customer_bike customer repair
customer_bike | bike, bicycle |  |  |  | brand, model!, color, serial_number | customer

## device_repair | phone repair, phone repairs, cell phone repair, computer repair, laptop repair, electronics repair, device repair, screen repair | réparation de téléphones, réparation d'ordinateurs, réparation informatique | reparación de móviles, reparación de celulares, reparación de ordenadores | handyreparatur, computerreparatur, elektronikreparatur | device:repair_device customer repair
repair_device | customer device, device |  | dispositivo=device |  | brand, model!, serial_number, issue:text | customer

## repairs | repair shop, repair service, repair cafe, repair café, shoe repair, cobbler, watch repair, jewelry repair, appliance repair, tailor, alterations | atelier de réparation, cordonnier, cordonnerie, horloger, retouches | taller de reparación, zapatero, relojero, arreglos de ropa | reparaturwerkstatt, schuster, schuhmacher, uhrmacher, änderungsschneiderei | item:repair_item customer repair
repair_item | item for repair, repair item | objet à réparer | artículo a reparar | reparaturgegenstand | description!, brand, condition | customer

## driving_school | driving school, driving lessons, driving instructor, driving instructors | auto-école, auto école, école de conduite, moniteur d'auto-école | autoescuela, auto escuela, escuela de manejo, escuela de conducir | fahrschule, fahrlehrer | student instructor lesson:driving_lesson
driving_lesson | driving lesson, lesson | leçon de conduite | clase de manejo, clase de conducir | fahrstunde | scheduled_at!, duration_minutes:int[1..], pickup_location, status(scheduled/done/cancelled)=scheduled | student, teacher, vehicle

## photography | photography, photographer, photography studio, photo studio, photography business, wedding photography, photo shoots, portrait studio, videographer, videography, wedding videographer, wedding videography | photographe, studio photo, studio de photographie | fotógrafo, estudio de fotografía, estudio fotográfico | fotograf, fotostudio, fotografie | client photographer booking:photo_shoot
photographer | videographer | photographe, vidéaste=videographer | fotógrafo, videógrafo=videographer | fotograf, videograf=videographer | name!, email, phone | 
photo_shoot | shoot, photo session, photoshoot | séance photo | sesión de fotos | fotoshooting | starts_at!:datetime, location, package, price:money, status(booked/shot/delivered/cancelled)=booked | client, photographer

## florist | florist, florists, flower shop, flower store, flower delivery, flower business | fleuriste, boutique de fleurs, magasin de fleurs | floristería, florería, tienda de flores | blumenladen, blumengeschäft, florist, floristik | bouquet customer order:flower_order
bouquet | flower arrangement | bouquet, composition florale=flower arrangement | ramo, arreglo floral=flower arrangement | blumenstrauß, strauß | name!, description:text, price:money!, available:bool=true | 
flower_order | flower order | commande de fleurs | pedido de flores | blumenbestellung | delivery_date!, delivery_address, recipient_name, card_message:text, status(pending/delivered/cancelled)=pending, total:money | customer, bouquet

## cake_shop | cake shop, cake maker, custom cakes, patisserie, pastry shop, cake business, home bakery | pâtisserie, pâtissier | pastelería, repostería | konditorei, tortenbäckerei | cake customer order:cake_order
cake | pastry, cupcake | gâteau | pastel, tarta | torte, kuchen | name!, flavor, size, price:money! | 
cake_order | custom order | commande de gâteau | pedido de tarta | tortenbestellung | pickup_date!, status(pending/baking/ready/collected)=pending, message:text, total:money | customer, cake

## laundry | dry cleaning, dry cleaner, dry cleaners, laundromat, laundry service, laundry, laundrette, ironing service | pressing, blanchisserie, laverie | tintorería, lavandería | reinigung, textilreinigung, wäscherei, waschsalon | customer order:laundry_order garment
laundry_order | laundry ticket | commande de pressing | pedido de lavandería | reinigungsauftrag | dropped_off_at, ready_on, status(received/cleaning/ready/collected)=received, total:money | customer
garment | clothing item, piece of clothing | vêtement | prenda | kleidungsstück | type!, color, service(wash/dry_clean/iron), price:money | laundry_order

## moving | moving company, movers, removals, removal company, relocation service, moving business | déménagement, déménageur, entreprise de déménagement | mudanzas, empresa de mudanzas | umzug, umzugsunternehmen, umzugsfirma, umzugsservice | customer move:moving_job truck
moving_job | relocation, removal job |  |  |  | move_date!, origin!, destination!, volume_m3:num[0..], status(quoted/booked/done/cancelled)=quoted, price:money | customer, vehicle

## tool_library | tool library, tool lending, tool share, tool sharing, library of things | outilthèque, bibliothèque d'outils, prêt d'outils | biblioteca de herramientas, préstamo de herramientas | werkzeugbibliothek, werkzeugverleih, leihladen | tool:library_tool member loan
library_tool | power tool, hand tool |  |  |  | name!, category, condition(good/fair/poor)=good, available:bool=true | 

## makerspace | makerspace, maker space, hackerspace, fab lab, fablab, community workshop, shared workshop | fablab, atelier partagé | espacio maker, taller comunitario | offene werkstatt, fablab | member equipment reservation:equipment_booking
equipment_booking | machine booking, equipment reservation | réservation de machine | reserva de equipo | gerätebuchung | starts_at!:datetime, ends_at:datetime | equipment, machine, member

## community_garden | community garden, allotment, allotments, garden plots, urban garden, shared garden | jardin partagé, jardins familiaux, jardin communautaire | huerto comunitario, huertos urbanos | gemeinschaftsgarten, kleingarten, schrebergarten, kleingartenverein | gardener plot:garden_plot
gardener | plot holder | jardinier | hortelano, jardinero | gärtner | name!, email, phone | 
garden_plot | allotment plot, garden bed | parcelle de jardin | parcela de huerto | gartenparzelle | number!^, size_m2:num[0..], status(free/assigned)=free | gardener

## choir | choir, chorus, choral society, choir management, orchestra, ensemble, brass band, marching band | chorale, chœur, orchestre, fanfare | coro, coral, orquesta, banda de música | chor, orchester, gesangverein, blaskapelle | singer rehearsal attendance
singer | chorister, choir member | choriste, chanteur | corista, cantante | sänger, chorsänger | name!, voice_part(soprano/alto/tenor/bass), email, phone | 
rehearsal | practice session | répétition | ensayo | probe, chorprobe | date!, starts_at:time, location, notes:text | 
attendance | attendance record, roll call | présence | asistencia | anwesenheit | present:bool=true, note | singer, rehearsal, member, student, class_session, lesson, event

## campground | campground, campsite, campsites, camping, caravan park, rv park, glamping, holiday park | camping, terrain de camping | camping, área de acampada | campingplatz, zeltplatz, wohnmobilstellplatz | campsite guest:camper reservation:camp_reservation
campsite | pitch, site, camping pitch | emplacement de camping=pitch | parcela de camping | stellplatz=pitch, zeltplatz | number!^, type(tent/rv/cabin), nightly_rate:money, capacity:int[1..] | 
camper | camping guest, guest | campeur | campista | camper, campinggast | name!, email, phone, vehicle_plate | 
camp_reservation | reservation, booking | réservation d'emplacement | reserva de parcela | platzreservierung | check_in_date!, check_out_date!, guests:int[1..], status(pending/confirmed/cancelled)=pending | campsite, camper

## brewery | brewery, craft brewery, microbrewery, brewpub, taproom, homebrew, homebrewing, home brewing, brewing | brasserie artisanale, microbrasserie, brassage amateur | cervecería, cervecería artesanal, cerveza artesanal | brauerei, craft-brauerei, hausbrauerei, heimbrauen | beer batch
beer | craft beer | bière | cerveza | bier | name!, style, abv:num[0..100], ibu:int[0..] | 

## winery | winery, vineyard, wine estate, wine shop, wine club, wine cellar, cellar book | domaine viticole, vignoble, cave à vin, caviste | viñedo, vinoteca, bodega de vinos | weingut, weinhandlung, weinkeller | wine customer order order_item

## music_lessons | piano teacher, music teacher, guitar teacher, violin teacher, singing teacher, music lessons, piano lessons, guitar lessons, private lessons, voice lessons | professeur de piano, cours de musique, cours de piano, cours particuliers | profesor de piano, clases de música, clases de piano, clases particulares | klavierlehrer, musikunterricht, klavierunterricht, gitarrenunterricht, privatunterricht | student lesson:private_lesson
private_lesson | private lesson, music lesson | cours particulier | clase particular | privatstunde | scheduled_at!, duration_minutes:int[1..], price:money, paid:bool=false, notes:text | student, teacher

## tutoring | tutoring, tutor, tutors, tutoring agency, tutoring service, private tutoring, homework help | soutien scolaire, cours de soutien, tuteur | tutorías, clases de refuerzo, tutor | nachhilfe, nachhilfeinstitut, nachhilfelehrer | tutor student session:tutoring_session
tutoring_session | tutoring session, session | séance de soutien | sesión de tutoría | nachhilfestunde | scheduled_at!, duration_minutes:int[1..], subject, notes:text | teacher, student

## riding_stable | riding stable, riding school, riding stables, equestrian centre, equestrian center, horse stable, stables, livery yard, horse boarding | centre équestre, écurie, club hippique, poney club | hípica, centro ecuestre, escuela de equitación | reitstall, reitschule, reiterhof, pferdestall, pferdepension | horse rider lesson:riding_lesson
horse | pony | cheval, poney=pony | caballo, poni=pony | pferd, pony=pony | name!, breed, age:int[0..], owner_name | 
rider |  | cavalier | jinete | reiter | name!, phone, level(beginner/intermediate/advanced) | 
riding_lesson | riding lesson, lesson | leçon d'équitation | clase de equitación | reitstunde | scheduled_at!, duration_minutes:int[1..] | horse, rider, teacher

## diving | scuba diving, dive school, dive shop, dive center, dive centre, diving school, diving club, freediving | plongée, école de plongée, club de plongée, centre de plongée | buceo, escuela de buceo, centro de buceo | tauchschule, tauchbasis, tauchclub, tauchen | diver course enrollment
diver | scuba diver | plongeur | buzo, buceador | taucher | name!, email, certification_level(none/open_water/advanced/rescue/divemaster)=none | 

## sports_school | surf school, ski school, sailing school, climbing school, kitesurf school, snowboard school, swim school, swimming lessons, surf lessons, ski lessons, tennis lessons, golf lessons | école de surf, école de ski, école de voile, cours de natation | escuela de surf, escuela de esquí, escuela de vela, clases de natación | surfschule, skischule, segelschule, schwimmschule, schwimmkurs | student instructor lesson:sports_lesson
sports_lesson | group lesson, lesson | cours collectif | clase grupal, clase colectiva | kursstunde | starts_at!:datetime, level(beginner/intermediate/advanced), capacity:int[1..], price:money | teacher, student

## secondhand | thrift store, thrift shop, charity shop, secondhand store, second-hand shop, second hand shop, consignment store, consignment shop, vintage store, vintage shop, antique shop, antiques, pawn shop, flea market | friperie, dépôt-vente, brocante, ressourcerie, antiquaire | tienda de segunda mano, rastro, tienda de antigüedades | secondhand-laden, gebrauchtwarenladen, flohmarkt, trödelladen, antiquitätenladen | item:secondhand_item sale
secondhand_item | used item, item | article d'occasion | artículo de segunda mano | gebrauchtartikel | name!, category, condition(like_new/good/fair/poor), price:money, status(available/sold)=available | 
sale | sold item, sale record | vente | venta | verkauf | sold_at!:datetime, price:money!, payment_method(cash/card/other) | secondhand_item, car, customer, product

## self_storage | self storage, self-storage, storage units, storage unit rental, storage facility, mini storage | garde-meubles, self-stockage, box de stockage | trasteros, guardamuebles, alquiler de trasteros | selfstorage, self-storage, lagerraum, lagerabteil | unit:storage_unit customer rental
storage_unit | locker, storage box | box de stockage, garde-meuble | trastero | lagerabteil, lagerbox | number!^, size_m2:num[0..], monthly_rate:money, status(free/rented)=free | 

## car_wash | car wash, car washes, car valeting, valeting, auto detailing, car detailing, mobile car wash | lavage auto, station de lavage, lavage de voitures | lavado de autos, autolavado, lavadero de coches | autowäsche, waschanlage, autopflege, fahrzeugaufbereitung | customer vehicle:client_vehicle wash:wash_job
client_vehicle | customer car, vehicle, car |  |  |  | plate_number!^, make, model, color | customer
wash_job | car wash job, detailing job |  |  |  | washed_at!:datetime, package(basic/deluxe/premium)=basic, price:money | client_vehicle, customer

## chess_club | chess club, chess, chess tournament, chess league, chess school | club d'échecs, échecs | club de ajedrez, ajedrez | schachclub, schachverein, schach | member game:chess_game tournament
chess_game | chess game, game, match | partie d'échecs | partida de ajedrez | schachpartie | played_on!, white_player!, black_player!, result(white/black/draw), round:int[1..] | tournament, member

## cinema | cinema, cinemas, movie theater, movie theaters, movie theatre, movie theatres, film screenings, drive-in, picture house, film festival, film festivals, movie festival | cinéma, salle de cinéma, ciné-club | cine, sala de cine, cineclub | kino, lichtspielhaus, filmtheater | movie screening ticket
screening | showtime, movie showing | projection, séance de cinéma | proyección, sesión de cine | vorführung, filmvorführung | starts_at!:datetime, hall, price:money | movie

## theatre | theatre company, theater company, theatre, theater, playhouse, drama club, amateur dramatics, opera house, theatre group | théâtre, compagnie de théâtre, troupe de théâtre | teatro, compañía de teatro, grupo de teatro | theater, schauspielhaus, theatergruppe, theaterverein | production:stage_production performance:stage_performance ticket
stage_production | stage production | mise en scène | montaje, puesta en escena | inszenierung | title!, director, opening_date, closing_date | 
stage_performance | show date | représentation=performance | representación=performance | aufführung=performance | starts_at!:datetime, venue | stage_production

## food_bank | food bank, food pantry, food banks, soup kitchen, community fridge, food drive | banque alimentaire, épicerie solidaire, aide alimentaire | banco de alimentos, comedor social, despensa solidaria | tafel, lebensmittelbank, suppenküche, lebensmittelausgabe | food_item household distribution:food_distribution
food_item | donated food | produit alimentaire | alimento, producto alimenticio | lebensmittel | name!, category, quantity:int[0..], expires_on | 
household | family household, client household | foyer, ménage | hogar, familia beneficiaria | haushalt | name!, size:int[1..], address, phone | 
food_distribution | food parcel | colis alimentaire | entrega de alimentos | lebensmittelpaket | date!, items:text | household

## craft_projects | knitting, crochet, sewing, quilting, woodworking, cross stitch, embroidery, yarn stash, craft projects, crafting, diy projects, maker projects | tricot, crochet, couture, broderie, menuiserie | tejido, ganchillo, costura, bordado, carpintería | stricken, häkeln, nähen, sticken, holzarbeiten | project:craft_project pattern:craft_pattern material:craft_material
craft_project | craft project, project | projet de couture | proyecto de costura | handarbeitsprojekt | name!, status(planned/in_progress/finished)=planned, started_on, finished_on, notes:text | craft_pattern
craft_pattern | knitting pattern, sewing pattern | patron de couture, patron de tricot | patrón de costura, patrón de punto | schnittmuster, strickmuster | name!, designer, difficulty(easy/medium/hard), source_url:url | 
craft_material | yarn, fabric |  |  |  | name!, color, quantity:num[0..], unit | craft_project

## home_chores | chore chart, chores, chore tracker, household chores, family organizer, family planner, family app, allowance tracker | tâches ménagères, organisation familiale, planning familial | tareas domésticas, tareas del hogar, organizador familiar | haushaltsplan, putzplan, familienplaner, ämtliplan | family_member chore
family_member | household member, family member | membre de la famille | miembro de la familia | familienmitglied | name!, role(parent/child/other), birth_date | 
roommate | flatmate, housemate | colocataire, coloc | compañero de piso, compañera de piso | mitbewohner, mitbewohnerin | name!, phone | 
friend | buddy, pal, mate | ami, amie | amigo, amiga | freund, freundin | name!, phone, email | 

## home_maintenance | home maintenance, house maintenance, home repairs, appliance tracker, warranty tracker, home upkeep | entretien de la maison, entretien du logement | mantenimiento del hogar, mantenimiento de la casa | hauswartung, instandhaltung, gerätewartung | appliance maintenance_log
appliance | household appliance | appareil électroménager | electrodoméstico | haushaltsgerät | name!, brand, model, purchased_on, warranty_until:date | 
maintenance_log | service record, maintenance record |  | registro de mantenimiento | wartungseintrag | performed_on!, description!, cost:money, next_due_on | appliance, vehicle, machine, property

## vehicle_log | car maintenance, car log, mileage log, mileage tracker, fuel log, fuel tracker, vehicle log, car expenses | carnet d'entretien, suivi de carburant | registro de combustible, mantenimiento del coche | fahrtenbuch, tankbuch, kfz-kosten | vehicle fuel_entry maintenance_log
fuel_entry | fill-up, refuel, fuel log entry | plein d'essence | repostaje | tankvorgang | filled_on!, liters:num[0..], price:money, odometer_km:int[0..] | vehicle

## medication | medication tracker, medication reminder, pill reminder, pill tracker, medicine tracker, symptom tracker, health tracker, health journal | suivi des médicaments, rappel de médicaments, suivi de santé | control de medicamentos, recordatorio de pastillas, diario de salud | medikamentenplan, tablettenerinnerung, gesundheitstagebuch | medication:tracked_medication dose
tracked_medication | pill |  |  |  | name!, dosage, frequency, start_date, end_date | user, patient
dose | intake, dose taken | dose, prise de médicament | dosis | dosis | taken_at!:datetime, skipped:bool=false | tracked_medication

## pharmacy | pharmacy, drugstore, chemist, apothecary | pharmacie | farmacia, droguería | apotheke, drogerie | medication:pharmacy_product customer prescription
pharmacy_product | medicine, medication product | produit pharmaceutique | producto farmacéutico | arzneimittel | name!, price:money!, stock:int[0..]=0, prescription_required:bool=false | 

## care_home | care home, nursing home, elderly care, senior living, assisted living, home care, home care agency, retirement home | maison de retraite, ehpad, aide à domicile, soins à domicile | residencia de ancianos, cuidado de mayores, ayuda a domicilio | pflegeheim, altenheim, seniorenheim, pflegedienst, ambulante pflege | resident:care_resident caregiver:care_worker visit:care_visit
care_resident | care recipient |  |  |  | name!, date_of_birth, room_number, emergency_contact | 
care_worker | carer, caregiver, care assistant | aide-soignant, aide-soignante, auxiliaire de vie | cuidador, cuidadora, auxiliar de enfermería | pflegekraft, altenpfleger, altenpflegerin, pflegehelfer, pflegehelferin | name!, phone, role | 
care_visit | care visit, visit, care note | visite de soin | visita de cuidado | pflegebesuch | visited_at!:datetime, notes:text, duration_minutes:int[0..] | care_resident, care_worker

## congregation | church, parish, congregation, mosque, synagogue, temple, ministry | église, paroisse, mosquée, synagogue | iglesia, parroquia, mezquita, sinagoga | kirchengemeinde, pfarrei, gemeinde, moschee, synagoge | member donation event

## scouts | scout troop, scouts, scouting, cub scouts, girl guides, youth club, youth group | scouts, troupe scoute, mouvement de jeunesse | scouts, grupo scout, club juvenil | pfadfinder, pfadfindergruppe, jugendgruppe | scout badge event
scout | cub scout | scout, louveteau | scout, lobato | pfadfinder | name!, date_of_birth, patrol, guardian_phone:phone | 
badge | merit badge | badge, insigne | insignia | abzeichen | name!^, description:text | 
scout_badge | awarded badge | insigne obtenu | insignia obtenida | verliehenes abzeichen | awarded_on! | scout, badge

## outdoor_club | hiking club, hiking group, running club, cycling club, bicycle club, bike club, walking club, walking group, ramblers, outdoor club, climbing club, ski club, mountaineering club | club de randonnée, club de course, club de vélo, club cycliste, club alpin | club de senderismo, club de ciclismo, club de running, club de montaña | wanderverein, wandergruppe, laufgruppe, lauftreff, radsportverein, alpenverein | member outing registration
outing | hike, group ride, group run, club outing, excursion | randonnée=hike | caminata=hike | wanderung=hike | title!, date!, meeting_point, distance_km:num[0..], difficulty(easy/moderate/hard) | 

## catering | catering, caterer, catering company, event catering, private chef | traiteur, service traiteur | catering, servicio de catering, banquetes | catering, partyservice | client event:catering_event menu_item
catering_event | catering job, catered event, event | prestation traiteur | evento de catering | cateringauftrag | event_date!, guests:int[1..], venue, status(inquiry/confirmed/done/cancelled)=inquiry, total:money | client

## babysitting | babysitting, babysitter, babysitters, nanny, nannies, nanny agency, au pair, childminder, childminding | baby-sitting, nounou, garde d'enfants, assistante maternelle | niñera, canguro, cuidado de niños | babysitter, babysitten, kinderbetreuung, tagesmutter | babysitter family booking:sitting_booking
babysitter | nanny, sitter, childminder | baby-sitter, nounou | niñera, canguro | babysitter, tagesmutter | name!, phone, hourly_rate:money, bio:text | 
family | client family | famille | familia | familie | name!, address, phone, children_count:int[0..] | 
sitting_booking | babysitting booking |  | servicio de niñera | betreuungstermin | starts_at!:datetime, ends_at:datetime, status(requested/confirmed/done/cancelled)=requested | family, babysitter

## zoo | zoo, wildlife park, animal park, safari park, animal sanctuary, farm sanctuary, aquarium park | zoo, parc animalier, parc zoologique, refuge pour animaux | zoológico, zoo, santuario de animales | zoo, tierpark, wildpark, gnadenhof | animal enclosure keeper:zoo_keeper feeding
enclosure | paddock | enclos | recinto, cercado | gehege | name!, habitat, capacity:int[0..] | 
zoo_keeper | zookeeper, animal keeper | soigneur animalier, soigneuse animalière | cuidador de zoo, cuidadora de zoo | tierpfleger, tierpflegerin | name!, phone | 
feeding | feed log | nourrissage | alimentación | fütterung | fed_at!:datetime, food, quantity:num[0..] | animal, zoo_keeper

## plant_nursery | plant nursery, garden centre, garden center, greenhouse business, nursery business, plant shop | pépinière, jardinerie | vivero, centro de jardinería | gärtnerei, gartencenter, baumschule | plant:nursery_plant customer order order_item
nursery_plant | plant for sale, seedling, plant | plante en pot | planta en venta | topfpflanze | name!, species, pot_size, price:money!, stock:int[0..]=0 | 

## plants | plant care, houseplants, house plants, plant tracker, plant watering, garden, gardening, vegetable garden, garden planner | plantes d'intérieur, jardinage, jardin, potager | plantas de interior, jardinería, jardín, huerto | zimmerpflanzen, garten, gartenarbeit, gemüsegarten | plant watering

## aquarium | aquarium, aquariums, fish tank, fish tanks, aquarium keeping, fishkeeping | aquariophilie | acuariofilia | aquaristik | tank fish water_test
water_test | water parameter test, water reading | test d'eau | prueba de agua | wassertest | tested_at!:datetime, ph:num[0..14], temperature_c:num, ammonia:num[0..], nitrate:num[0..] | tank

## birding | birdwatching, bird watching, birding, bird sightings, wildlife sightings, nature log, wildlife spotting | ornithologie, observation des oiseaux | observación de aves, ornitología | vogelbeobachtung, vogelkunde | sighting location

## board_games | board games, board game, boardgames, game night, board game collection, tabletop games | jeux de société, soirée jeux | juegos de mesa, noche de juegos | brettspiele, gesellschaftsspiele, spieleabend | game play

## record_collection | vinyl collection, record collection, vinyl records, record store, record shop | collection de vinyles, disquaire | colección de vinilos, tienda de discos | plattensammlung, schallplattensammlung, plattenladen | record artist

## beekeeping | beekeeping, beekeeper, apiary, bee hives | apiculture, rucher, apiculteur | apicultura, apicultor, colmenar | imkerei, imker, bienenstand | hive inspection

## fishing | fishing log, fishing journal, fishing trips, angling club, catch log, angling, fishing club | pêche, journal de pêche, club de pêche | pesca, diario de pesca, club de pesca | angeln, fangbuch, angelverein | trip:fishing_trip catch:fishing_catch
fishing_trip | fishing trip, outing, trip | sortie de pêche | salida de pesca | angelausflug | date!, location, weather, notes:text | 
fishing_catch | fish caught, catch |  |  |  | species!, weight_kg:num[0..], length_cm:num[0..], caught_at:datetime, bait | fishing_trip

## venue_hire | event venue, venue hire, venue rental, banquet hall, wedding venue, function room, party venue | salle des fêtes, location de salle, salle de réception | salón de eventos, alquiler de salones, salón de fiestas | eventlocation, festsaal, saalvermietung | venue client booking:venue_booking
venue_booking | venue reservation, event booking | réservation de salle | reserva de salón | saalbuchung | event_date!, starts_at:time, ends_at:time, guests:int[1..], event_type, status(inquiry/confirmed/cancelled)=inquiry, price:money | venue, client

## recording_studio | recording studio, rehearsal studio, rehearsal space, music studio, rehearsal rooms | studio d'enregistrement, studio de répétition, local de répétition | estudio de grabación, sala de ensayo, local de ensayo | tonstudio, proberaum, aufnahmestudio | room:studio_room client booking:studio_booking
studio_room | recording room, live room | salle de studio | sala de estudio | studioraum | name!, hourly_rate:money, capacity:int[1..] | 
studio_booking | studio session, session booking | réservation de studio | reserva de estudio | studiobuchung | starts_at!:datetime, hours:num[0..24], engineer, status(booked/done/cancelled)=booked | studio_room, client, artist

## car_dealership | car dealership, car dealer, used car dealer, used cars, auto dealer, dealership | concession automobile, concessionnaire, voitures d'occasion | concesionario, concesionario de coches, coches de segunda mano | autohaus, autohändler, gebrauchtwagenhändler | car customer test_drive sale
test_drive | test drive | essai routier | prueba de conducción | probefahrt | scheduled_at!, notes:text | car, customer

## coffee_roastery | coffee roastery, coffee roaster, roastery, coffee roasting | torréfaction, torréfacteur | tostador de café, tostadero | kaffeerösterei, rösterei | coffee:coffee_bean roast order order_item
coffee_bean | green coffee | café vert, grain de café | café verde, grano de café | kaffeebohne | name!, origin, process, price_per_kg:money, stock_kg:num[0..] | 
roast | roast batch, roasting batch | torréfaction | tueste | röstung | roasted_on!, weight_kg:num[0..], roast_level(light/medium/dark) | coffee_bean

## racket_club | tennis club, tennis, squash club, squash, padel club, padel, badminton club, badminton, pickleball, table tennis club, court booking, court bookings, court reservations | club de tennis, tennis, club de squash, squash, club de padel, padel, badminton | club de tenis, tenis, club de pádel, pádel, padel, club de squash, bádminton | tennisclub, tennisverein, tennis, squashclub, padelclub, badmintonverein | court member booking:racket_booking
racket_booking | booking | réservation de court | reserva de pista | platzreservierung | starts_at!:datetime, duration_minutes:int[15..]=60, status(booked/cancelled)=booked | court, member

## golf_club | golf club, golf, golf course, country club, tee times, tee time booking | club de golf, golf | club de golf, golf | golfclub, golfplatz, golf | member tee_time
tee_time | tee time, tee booking, tee-time | heure de départ | hora de salida | startzeit, abschlagzeit | starts_at!:datetime, players:int[1..4], holes:int[9..18]=18 | member, golf_course

## book_club | book club, reading group, reading club, book group, literary circle | club de lecture, cercle de lecture | club de lectura, club de libros, tertulia literaria | buchclub, lesekreis, literaturkreis | book member meeting:book_meeting
book_meeting | book club meeting, meetup | réunion du club | reunión del club | lesekreistreffen | date!, location, notes:text | book

## forum | forum, message board, discussion board, discussion forum, bulletin board, community forum, q&a site, question and answer site | forum, forum de discussion | foro, foro de discusión | forum, diskussionsforum | user thread post:forum_post
forum_post | reply, forum post, post | message, réponse | mensaje, respuesta | beitrag, antwort | body:text!, posted_at:datetime | thread, user

## job_board | job board, jobs board, job site, job portal, job listings, careers site, career site, recruitment platform, job marketplace | site d'emploi, site de recrutement, offres d'emploi | bolsa de trabajo, portal de empleo | jobbörse, stellenbörse, stellenportal | job company candidate application

## tattoo_studio | tattoo studio, tattoo parlour, tattoo parlor, tattoo shop, tattoo artist, tattoos, piercing studio, tattooing | salon de tatouage, tatoueur, tatouage | estudio de tatuajes, tatuador, tatuajes | tattoostudio, tätowierer, tattoo | artist:tattoo_artist client appointment
tattoo_artist | tattooist | tatoueur | tatuador | tätowierer | name!, style, hourly_rate:money, email |

## nail_salon | nail salon, nail bar, nail studio, nails, manicure, pedicure, nail technician, lash studio, brow bar | onglerie, bar à ongles, manucure | salón de uñas, manicura, uñas | nagelstudio, maniküre | service technician:nail_technician client appointment
nail_technician | nail tech, manicurist | prothésiste ongulaire, manucure | manicurista | nageldesignerin, nageldesigner | name!, phone |

## spa | spa, day spa, massage, massage therapy, massage studio, wellness center, wellness centre, beauty spa | spa, massage, institut de massage | spa, masajes, centro de bienestar | spa, massage, wellness, massagepraxis | service therapist client appointment

## cleaning | cleaning service, cleaning company, house cleaning, home cleaning, office cleaning, maid service, janitorial service, cleaners, cleaning business, window cleaning, window cleaner, window cleaners, carpet cleaning, gutter cleaning | entreprise de nettoyage, ménage, société de nettoyage | empresa de limpieza, servicio de limpieza | reinigungsfirma, putzfirma, gebäudereinigung, reinigungsdienst | customer cleaner booking:cleaning_booking
cleaner | maid, housekeeper, cleaning staff | agent d'entretien, femme de ménage | limpiador, limpiadora | reinigungskraft, putzkraft | name!, phone, hourly_rate:money |
cleaning_booking | cleaning job, cleaning visit | intervention de ménage | limpieza | reinigungstermin | date!, start_time:time, hours:num[0..24], address, status(scheduled/done/cancelled)=scheduled, price:money | customer, cleaner

## courier | courier service, courier company, courier business, same-day delivery, parcel delivery, messenger service, bike courier | coursier, messagerie, service de coursiers | mensajería, mensajero, servicio de mensajería | kurierdienst, kurier, botendienst | courier customer delivery:parcel_delivery
courier | bike courier, delivery rider | coursier | mensajero | kurier | name!, phone, vehicle_type(bike/scooter/car/van) |
parcel_delivery | delivery, courier job | course | entrega | zustellung | pickup_address!, dropoff_address!, status(requested/picked_up/delivered/cancelled)=requested, scheduled_at:datetime, price:money | courier, customer

## vacation_rental | vacation rental, vacation rentals, holiday rental, holiday rentals, holiday let, holiday lets, airbnb, short-term rental, short term rental, holiday home, holiday cottage, cabin rental | location de vacances, gîte, locations saisonnières | alquiler vacacional, casa rural, apartamento turístico | ferienwohnung, ferienhaus, ferienvermietung | host:property_host property:rental_property guest booking
property_host | property host, holiday let owner | hôte | anfitrión | gastgeber | name!, email^, phone |
rental_property | holiday home, holiday cottage, rental cabin | gîte | alojamiento turístico | ferienhaus=holiday home | title!, address, nightly_rate:money!, bedrooms:int[0..], max_guests:int[1..] | property_host

## coworking | coworking, coworking space, co-working, co-working space, shared office, hot desking, desk booking, desk sharing, flex office | espace de coworking, coworking | espacio de coworking, coworking | coworking, coworking-space, büroplatzbuchung | desk member booking:workspace_booking
desk | hot desk, workstation | bureau, poste de travail | escritorio, puesto | schreibtisch, arbeitsplatz | name!^, zone, has_monitor:bool=false |
workspace_booking | booking | réservation de bureau | reserva de escritorio | schreibtischbuchung | date!, status(booked/cancelled)=booked | desk, member

## party_rooms | karaoke, karaoke bar, karaoke rooms, party rooms, private rooms, meeting room hire, meeting rooms, room hire | karaoké, salle de karaoké | karaoke, sala de karaoke | karaoke, karaokebar | room:hire_room customer booking:room_booking
hire_room | karaoke room, party room, private room, meeting room | salle | sala | raum | name!^, capacity:int[1..], hourly_rate:money |
room_booking | booking | réservation de salle | reserva de sala | raumbuchung | starts_at!:datetime, hours:num[0..24], party_size:int[1..], status(booked/cancelled)=booked | hire_room, customer

## freelance_marketplace | freelance marketplace, freelancer marketplace, freelance platform, freelancer platform, freelancing platform, gig marketplace, bidding platform, tender platform, services marketplace | plateforme de freelances, plateforme freelance | plataforma de freelancers, plataforma de autónomos | freelancer-plattform, freelancer-marktplatz | client project:freelance_project freelancer bid
freelancer | freelance worker | freelance, indépendant | autónomo, freelancer | freiberufler, freelancer | name!, email^, skills:text, hourly_rate:money |
freelance_project | project posting, job posting | projet, mission | proyecto | projekt, auftrag | title!, description:text, budget:money, deadline, status(open/in_progress/closed)=open | client
bid | tender bid | enchère | puja | gebot | amount:money!, message:text, status(pending/accepted/rejected)=pending | freelance_project, auction, freelancer, user

## auction | auction, auctions, auction site, online auction, online auctions, bidding site, auction house, silent auction | enchères, vente aux enchères, hôtel des ventes | subasta, subastas, casa de subastas | auktion, auktionen, versteigerung, auktionshaus | user auction bid
auction | auction item, auction lot | enchère | subasta | auktion | title!, description:text, starting_price:money, ends_at!:datetime, status(open/closed)=open | user

## music_festival | music festival, festival lineup, festival app, open air festival, line-up | festival de musique | festival de música | musikfestival, open-air | artist stage:festival_stage performance:festival_performance
festival_stage | festival stage | scène | escenario | bühne | name!^, capacity:int[0..] |
festival_performance | performance, festival set | concert, passage | actuación, concierto | auftritt | starts_at!:datetime, ends_at:datetime | artist, festival_stage

## therapy_practice | therapy practice, therapist, therapy, speech therapy, occupational therapy, counselling, counseling, psychotherapy, psychologist, mental health practice, counselling service | cabinet de psychologue, orthophoniste, orthophonie, psychothérapeute | psicólogo, terapeuta, logopeda, psicoterapia | psychotherapie, logopädie, ergotherapie, psychotherapeut | patient therapist appointment

## pet_sitting | pet sitting, pet sitter, pet-sitting, pet sitters, cat sitting, cat sitter, house sitting, pet care service | garde d'animaux, pet-sitter, pet sitting | cuidado de mascotas, cuidador de mascotas | tierbetreuung, tiersitter, katzensitter | owner pet booking:sitting_visit
sitting_visit | pet sitting booking, pet sitting visit | garde d'animal | cuidado de mascota | tierbetreuungstermin | start_date!, end_date, visits_per_day:int[1..], status(requested/confirmed/done/cancelled)=requested, price:money | pet

## animal_shelter | animal shelter, animal rescue, pet adoption, dog rescue, cat rescue, rescue shelter, humane society, adoption center | refuge, refuge animalier, adoption d'animaux | refugio de animales, protectora, adopción de mascotas | tierheim, tierschutzverein, tiervermittlung | animal:pet adopter adoption
adopter | adoptive family, applicant adopter | adoptant | adoptante | adoptant | name!, email, phone, address |

## boat_rental | boat rental, boat hire, boat charter, yacht charter, kayak rental, canoe rental, marina, paddle board rental | location de bateaux, location de kayaks | alquiler de barcos, alquiler de kayaks | bootsverleih, kajakverleih | boat customer rental

## activity_park | trampoline park, laser tag, go-kart track, go karting, karting, paintball, mini golf, adventure park, arcade, axe throwing, climbing park, soft play | parc de trampolines, laser game, karting, paintball, accrobranche | parque de trampolines, karting, paintball | trampolinpark, lasertag, kartbahn, paintball, kletterpark | session:activity_session customer booking:group_booking
activity_session | activity session, time slot | créneau | turno | zeitfenster | starts_at!:datetime, duration_minutes:int[1..], capacity:int[1..], price:money |

## invoicing | invoicing, invoice app, invoicing app, billing, billing system, quotes and invoices, freelance invoicing | facturation, factures | facturación, facturas | rechnungsstellung, rechnungen, fakturierung | client invoice invoice_line

## insurance | insurance, insurance agency, insurance broker, insurance company, policy management, claims management | assurance, courtier en assurance | seguros, aseguradora, corredor de seguros | versicherung, versicherungsmakler | client policy claim:insurance_claim
policy | insurance policy, contract | police d'assurance, contrat=contract | póliza | police, versicherungspolice | policy_number!^, type(auto/home/life/health), premium:money, start_date!, end_date | client
insurance_claim | claim | sinistre=claim, déclaration de sinistre | siniestro=claim, reclamación=claim | schadensfall=claim, schadensmeldung | filed_on!, description:text, amount:money, status(open/approved/rejected/paid)=open | policy

## banking | banking, bank, online banking, credit union, core banking, wallet app | banque, banque en ligne | banco, banca en línea | bank, onlinebanking | customer account transaction

## classifieds | classifieds, classified ads, classified listings, buy and sell, second-hand marketplace, swap shop, listings site | petites annonces, annonces | anuncios clasificados, compraventa | kleinanzeigen, anzeigenportal | user listing:classified_listing message
classified_listing | classified ad, classified | petite annonce=classified ad | anuncio clasificado | kleinanzeige=classified ad, inserat | title!, description:text, price:money, category, status(active/sold/expired)=active | user

## dating | dating app, dating site, matchmaking, online dating | site de rencontre, application de rencontre | app de citas, citas en línea | dating-app, partnervermittlung | profile:dating_profile like:dating_like match:dating_match message
dating_profile | dating profile, profile | profil | perfil | profil | display_name!, birth_date, gender, bio:text, city | user
dating_like | swipe, like | like | me gusta | like | liked_at:datetime | dating_profile
dating_match | mutual match, match | match | match | match | matched_at!:datetime | dating_profile

## food_diary | food diary, food log, calorie counter, calorie tracker, nutrition tracker, meal tracker, diet tracker, macro tracker | journal alimentaire, suivi des calories | diario de comidas, contador de calorías | ernährungstagebuch, kalorienzähler | meal:logged_meal food_entry
logged_meal | logged meal | repas consigné | comida registrada | mahlzeiteintrag | date!, meal_type(breakfast/lunch/dinner/snack)! | user
food_entry | food log entry, logged food | aliment consommé | alimento consumido | lebensmitteleintrag | name!, calories:int[0..], protein_g:num[0..], quantity:num[0..] | logged_meal

## body_tracking | weight tracker, weight log, body measurements, weight loss tracker, sleep tracker, sleep log, water intake tracker | suivi du poids, suivi du sommeil | control de peso, registro de sueño | gewichtstagebuch, schlaftagebuch | weigh_in
weigh_in | weight entry, weight log entry | pesée | pesaje | wiegen | date!, weight_kg:num[0..]!, body_fat_percent:num[0..100], notes:text | user

## ev_charging | ev charging, charging stations, charge points, electric vehicle charging, charging network | bornes de recharge, recharge électrique | estaciones de carga, puntos de carga | ladestationen, ladesäulen, e-ladestationen | station:charging_station charger charging_session
charging_station | charging station, charge point site | borne de recharge | estación de carga | ladestation | name!, address, latitude:num[-90..90], longitude:num[-180..180] |
charger | charge point, connector | borne, connecteur | cargador, conector | ladepunkt, ladesäule | connector_type(type2/ccs/chademo)!, power_kw:num[0..], status(available/in_use/out_of_order)=available | charging_station
charging_session | charging event | session de recharge | sesión de carga | ladevorgang | started_at!:datetime, ended_at:datetime, energy_kwh:num[0..], cost:money | charger, user

## tailoring | tailor, tailoring, alterations, alteration service, seamstress, dressmaker | retouches, couturière, tailleur | sastrería, arreglos de ropa, costurera | schneiderei, änderungsschneiderei | customer order:alteration_order garment
alteration_order | alteration, alteration job, tailoring order | retouche | arreglo | änderungsauftrag | received_on!, ready_on, status(received/in_progress/ready/collected)=received, price:money | customer

## subscription_box | subscription box, meal kit, meal kits, box subscription, monthly box, subscription service | box par abonnement, box mensuelle | caja de suscripción | abo-box, kochbox | subscriber plan subscription delivery:box_delivery
box_delivery | box delivery, monthly box | livraison de box | entrega de caja | boxlieferung | ship_date!, status(scheduled/shipped/delivered)=scheduled | subscription, subscriber

## collectibles | coin collecting, numismatics, stamp collecting, philately, comic collecting, comics, trading card collecting, sneaker collecting, camera gear, photography gear | numismatique, philatélie, bandes dessinées | numismática, filatelia, cómics | numismatik, philatelie, comics | item:collection_item
coin | | pièce de monnaie | moneda | münze | country!, year:int, denomination, condition(mint/fine/good/poor), acquired_on, price_paid:money |
stamp | postage stamp | timbre | sello | briefmarke | country!, year:int, face_value, condition(mint/used), catalog_number |
comic_book | comic, comic book issue | bande dessinée, bd | cómic, historieta | comic, comicheft | title!, issue_number:int[0..], publisher, year:int, condition(mint/near_mint/good/fair/poor) |
trading_card | card collectible, sports card, pokemon card | carte à collectionner | carta coleccionable | sammelkarte | name!, set_name, card_number, rarity, condition(mint/near_mint/played/damaged) |
sneaker | trainer shoe | basket | zapatilla | sneaker, turnschuh | brand!, model!, size:num[0..], colorway, purchased_on, price_paid:money |
camera | camera body | appareil photo | cámara | kamera | brand!, model!, serial_number^, purchased_on |
lens/lenses | camera lens | objectif | objetivo | objektiv | brand!, model, focal_length, max_aperture, mount |
action_figure | figure | figurine articulée | figura de acción | actionfigur | name!, series, manufacturer, year:int, boxed:bool=false |
lego_set | lego set, building set | set lego | set de lego | lego-set | set_number!^, name!, pieces:int[0..], theme, built:bool=false |
stock_item | stocked item, inventory item | article en stock | artículo en stock | lagerartikel | name!, quantity:int[0..]=0, location, notes:text |
tracked_item | tracked thing, log item | élément suivi | elemento registrado | erfasster eintrag | name!, date, notes:text |

## movies | movie database, film database, movie review site, movie reviews, film reviews, movies, films, watchlist, movie tracker, film club | films, critiques de films, base de données de films | películas, reseñas de películas | filme, filmdatenbank, filmkritiken | movie review

## personal_training | personal training business, personal trainer business, pt studio, online coaching, fitness coaching | coach sportif, coaching sportif | entrenador personal, entrenamiento personal | personal trainer, personaltraining | client trainer:coach session:training_session
training_session | pt session, coaching session | séance de coaching | sesión de entrenamiento | trainingstermin | scheduled_at!:datetime, duration_minutes:int[1..]=60, focus, notes:text, status(booked/done/cancelled)=booked | client, coach

## print_shop | print shop, printing service, print on demand, copy shop, printing business | imprimerie, reprographie | imprenta, copistería | druckerei, copyshop | customer order:print_order
print_order | print job | commande d'impression | pedido de impresión | druckauftrag | product_type!, quantity:int[1..]!, paper, due_date, status(received/printing/ready/collected)=received, price:money | customer

## accounting_firm | accounting firm, accountancy practice, bookkeeping service, tax preparer, tax preparation, accountant office | cabinet comptable, expert-comptable | asesoría, gestoría, despacho contable | steuerberatung, steuerkanzlei | client engagement:accounting_engagement document
accounting_engagement | tax return job | mission comptable | encargo | mandat | type(bookkeeping/tax_return/payroll/audit)!, period, due_date, fee:money, status(open/in_progress/done)=open | client

## condo_association | homeowners association, hoa, condo association, condominium, building management, residents association, strata | copropriété, syndic | comunidad de vecinos, administración de fincas | hausverwaltung, eigentümergemeinschaft, wohnungseigentümergemeinschaft | unit:housing_unit owner:unit_owner fee:association_fee
housing_unit | apartment unit, condo unit | lot de copropriété | vivienda | wohneinheit | number!^, floor:int, size_m2:num[0..] | 
unit_owner | condo owner, homeowner | copropriétaire | propietario de vivienda | eigentümer | name!, email, phone | housing_unit
association_fee | dues, hoa fee, service charge | charges de copropriété | cuota de comunidad | hausgeld | period!, amount:money!, due_date, paid:bool=false | housing_unit

## construction | construction company, building contractor, general contractor, renovation company, builders | entreprise de construction, entreprise du bâtiment, rénovation | constructora, empresa de reformas | bauunternehmen, baufirma, renovierung | client project:building_project quote
building_project | construction project, renovation project | chantier | obra | baustelle, bauprojekt | name!, address, start_date, end_date, budget:money, status(planned/in_progress/done)=planned | client

## funeral_home | funeral home, funeral homes, funeral director, funeral directors, funeral parlour, funeral parlor, funeral services, undertaker, undertakers, mortuary | pompes funèbres, funérarium, entreprise de pompes funèbres | funeraria, servicios funerarios, tanatorio | bestattungsinstitut, bestatter, bestattungsunternehmen | client funeral
funeral | funeral service, memorial service | obsèques, funérailles | funeral, sepelio | beerdigung, trauerfeier | deceased_name!, date_of_death:date, service_date!:date, venue, type(burial/cremation)!, status(planned/held)=planned, price:money | client

## optician | optician, opticians, optometrist, optometrists, optometry, eye clinic, eye care clinic, eyewear shop, eyewear store, glasses shop, spectacles shop | opticien, magasin d'optique | óptica, óptico, optometrista | optiker, augenoptiker, brillengeschäft | customer eye_exam glasses_order
eye_exam | eye test, sight test, eye examination, vision test | examen de la vue | examen de la vista, examen visual | sehtest, augenuntersuchung | exam_date!:date, right_eye_sphere:num, left_eye_sphere:num, notes:text | customer, patient
glasses_order | spectacles order, eyewear order | commande de lunettes | pedido de gafas | brillenbestellung | frame!, lens_type(single_vision/bifocal/progressive), price:money, status(ordered/ready/collected)=ordered | customer, eye_exam

## ice_rink | ice rink, skating rink, ice arena, ice skating, roller rink, roller skating, roller disco | patinoire | pista de hielo, pista de patinaje | eisbahn, eishalle, eislaufbahn, rollschuhbahn | skating_session customer booking:skating_booking
skating_session | skating session, public skating session, skate session | séance de patinage | sesión de patinaje | eislaufzeit | starts_at!:datetime, ends_at:datetime, capacity:int[1..], price:money | 
skating_booking | skating booking, skate booking | réservation de patinage | reserva de patinaje | eislaufbuchung | skaters:int[1..]=1, skate_rental:bool=false, status(booked/cancelled)=booked | skating_session, customer

## cemetery | cemetery, cemeteries, graveyard, burial ground, churchyard, memorial park | cimetière | cementerio, camposanto | friedhof | plot:grave_plot burial
grave_plot | grave, burial plot, grave site | tombe, concession funéraire, sépulture | tumba, sepultura | grab, grabstelle | section!, row, number!, status(available/reserved/occupied)=available | owner
burial | interment | inhumation | inhumación | beisetzung | deceased_name!, date_of_death:date, burial_date!:date | grave_plot

## radio_station | radio station, radio stations, community radio, community radio station, internet radio, internet radio station, college radio, college radio station, student radio, student radio station, campus radio, radio broadcaster | station de radio, radio associative | emisora, emisora de radio, radio comunitaria | radiosender, bürgerradio, radiostation | show:radio_show presenter episode
radio_show | radio programme, radio program, programme | émission, émission de radio | programa de radio | sendung, radiosendung | title!, weekday(monday/tuesday/wednesday/thursday/friday/saturday/sunday), start_time:time, duration_minutes:int[1..] | presenter
presenter | radio host, radio presenter, announcer | animateur, présentateur | locutor, presentador | moderator, moderatorin | name!, email |

## running_race | marathon, marathons, half marathon, fun run, running race, road race, race series, triathlon, race timing, race organiser, race organizer, trail race | marathon, semi-marathon, course à pied | maratón, media maratón, carrera popular | marathon, halbmarathon, volkslauf, laufveranstaltung | race:running_race runner registration:race_entry result:race_result
running_race | road race, race event | course à pied | carrera | rennen, lauf | name!, date!:date, distance_km:num[0..], location | 
runner | athlete | coureur | corredor | läufer | name!, email, date_of_birth | 
race_entry | race registration, race entry | inscription à la course | inscripción a la carrera | startplatz | bib_number^:int[1..], category, paid:bool=false | running_race, race, runner
race_result | finish time, race result | résultat de course | resultado de carrera | zielzeit | finish_time!, position:int[1..] | race_entry, runner, running_race, race

## costume_rental | costume rental, costume rentals, costume hire, costume shop, fancy dress shop, fancy dress hire, dress hire, formal wear rental, formalwear rental | location de costumes, location de déguisements | alquiler de disfraces, tienda de disfraces | kostümverleih | costume customer rental:fancy_dress_rental
costume | fancy dress outfit, costume outfit | costume, déguisement | disfraz | kostüm, verkleidung | name!, size!, daily_rate:money, deposit:money, condition(good/worn/damaged)=good | 
fancy_dress_rental | costume hire, hire | location de costume | alquiler de disfraz | kostümausleihe | pickup_date!, return_date!, deposit:money, returned:bool=false | costume, customer

## boating_club | sailing club, yacht club, rowing club, canoe club, kayak club, boat club, sailing association, rowing association | club de voile, club nautique, club d'aviron, club de canoë | club de vela, club náutico, club de remo | segelverein, segelclub, ruderverein, ruderclub, kanuverein, yachtclub | member boat outing:crew_outing
crew_outing | boat trip, outing on the water | sortie en mer=outing, sortie en bateau=outing | salida en barco=outing, travesía=outing | ausfahrt=outing, bootsausfahrt=outing, törn=outing | date!:date, departs_at:time, returns_at:time, crew_size:int[1..] | boat, member

## blood_bank | blood bank, blood donation, blood donation centre, blood donation center, blood donor, blood donors, blood drive, plasma donation | don du sang, banque de sang, centre de don du sang | banco de sangre, donación de sangre | blutspende, blutbank, blutspendedienst | blood_donor blood_donation
blood_donor | donor of blood | donneur de sang | donante de sangre | blutspender | name!, date_of_birth, blood_type, phone, email | 
blood_donation | donation of blood | don de sang | donación de sangre | blutspende | donated_on!:date, volume_ml:int[1..] | blood_donor

## bridal_shop | bridal shop, bridal boutique, bridal store, bridal salon, bridal wear, wedding dress shop, wedding dress boutique | boutique de mariage, boutique de robes de mariée | tienda de novias | brautmodengeschäft, brautladen, brautmoden | dress:bridal_dress customer fitting
bridal_dress | wedding dress, wedding gown, bridal gown | robe de mariée | vestido de novia | brautkleid | designer, style!, size, price:money, status(in_stock/ordered/sold)=in_stock | 
fitting | dress fitting, fitting appointment | essayage | prueba de vestido | anprobe | scheduled_at!:datetime, notes:text, status(scheduled/done/cancelled)=scheduled | customer, bride, bridal_dress, dress

## art_gallery | art gallery, art galleries, commercial gallery, art dealer, art dealership, contemporary art gallery | galerie d'art | galería de arte | kunstgalerie | artist artwork exhibition

## translation_agency | translation agency, translation services, translation company, translation bureau, interpreting agency, interpreting service | agence de traduction, cabinet de traduction | agencia de traducción | übersetzungsbüro, übersetzungsagentur, dolmetscherdienst | client translator job:translation_job
translator | interpreter | traducteur, traductrice, interprète | traductor, traductora, intérprete | übersetzer, übersetzerin, dolmetscher | name!, email, language_pairs, rate_per_word:money |
translation_job | translation order | travail de traduction | encargo de traducción | übersetzungsauftrag | source_language!, target_language!, word_count:int[0..], due_date, status(quoted/in_progress/delivered)=quoted, price:money | client, translator

## recruitment_agency | recruitment agency, recruiting agency, staffing agency, temp agency, employment agency, headhunter, headhunting firm, executive search | cabinet de recrutement, agence d'intérim, agence de placement | agencia de empleo, agencia de colocación, empresa de trabajo temporal | personalvermittlung, zeitarbeitsfirma, personalagentur | candidate company job placement
placement | job placement, candidate placement | placement | colocación | vermittlung | start_date!, fee:money, status(proposed/interviewing/placed/rejected)=proposed | candidate, job, company

## creative_agency | design agency, web agency, web design agency, digital agency, creative agency, branding agency, marketing agency, advertising agency, video production company | agence de design, agence web, agence digitale, agence de communication, agence de publicité | agencia de diseño, agencia web, agencia digital, agencia de publicidad, agencia de marketing | designagentur, webagentur, digitalagentur, werbeagentur, marketingagentur | client project:client_project deliverable
client_project | agency project, client project | projet client | proyecto de cliente | kundenprojekt | name!, brief:text, start_date, deadline:date, budget:money, status(proposed/active/delivered/cancelled)=proposed | client
deliverable | project deliverable | livrable | entregable | liefergegenstand | title!, due_date, status(todo/in_review/approved)=todo, file_url:url | client_project, project

## it_services | it services company, it support company, managed service provider, msp, computer support business, it consultancy, it support business | société de services informatiques, infogérance, support informatique | empresa de servicios informáticos, soporte informático | it-dienstleister, systemhaus, it-support | client device:managed_device ticket:support_ticket
managed_device | client device, managed device, workstation | poste client | equipo gestionado | betreutes gerät | name!, type(laptop/desktop/server/printer/router/phone), serial_number, purchased_on, warranty_until:date | client

## security_company | security company, security guards, security guard company, guarding company, security firm, security services | société de sécurité, agence de sécurité, gardiennage | empresa de seguridad, vigilancia privada | sicherheitsdienst, wachdienst, sicherheitsfirma | guard site shift
guard | security guard, watchman | agent de sécurité, vigile | vigilante, guardia | wachmann, sicherheitsmitarbeiter | name!, licence_number, phone |
site | guarded site, client site, premises | site client | instalación | objekt, einsatzort | name!, address!, client_name | 

## homeless_shelter | homeless shelter, night shelter, emergency shelter, women's shelter, refuge, hostel for the homeless | centre d'hébergement, foyer d'accueil, hébergement d'urgence | albergue, albergue para personas sin hogar, refugio | obdachlosenunterkunft, notunterkunft, frauenhaus | resident:shelter_guest bed stay:shelter_stay
shelter_guest | shelter resident, guest | résident, personne hébergée | residente, persona alojada | bewohner, gast | first_name!, last_name, date_of_birth, needs:text | 
bed | shelter bed, bunk | lit | cama | bett | number!^, room, available:bool=true | 
shelter_stay | stay, night stay | séjour, nuitée | estancia | aufenthalt, übernachtung | check_in_date!, check_out_date | shelter_guest, bed

## planetarium | planetarium, observatory, public observatory, astronomy centre, astronomy center, star theatre | planétarium, observatoire | planetario, observatorio | planetarium, sternwarte, volkssternwarte | show:sky_show customer booking:show_booking
sky_show | planetarium show, star show, stargazing night, observing night | séance de planétarium | función de planetario | planetariumsvorführung | title!, starts_at!:datetime, capacity:int[1..], price:money | 
show_booking | show booking, seat booking | réservation de séance | reserva de función | vorstellungsbuchung | seats:int[1..]=1, status(booked/cancelled)=booked | sky_show, customer

## food_shop | bread shop, butcher, butchers, butcher shop, butcher's shop, butchery, fishmonger, fish shop, greengrocer, greengrocers, fruit and veg shop, delicatessen, deli, farm shop, farm store, grocery store, corner shop | boucherie, boucher, poissonnerie, primeur, épicerie, épicerie fine, traiteur de quartier | carnicería, carnicero, pescadería, frutería, verdulería, tienda de ultramarinos, charcutería | metzgerei, metzger, fleischerei, fischladen, gemüseladen, feinkostladen, hofladen | product customer order:shop_order order_item
shop_order | pre-order, preorder, advance order, click and collect order | commande à retirer, précommande | encargo, pedido para recoger | vorbestellung, abholbestellung | pickup_date!:date, status(pending/ready/collected/cancelled)=pending, total:money, notes:text | customer

## astronomy_club | astronomy club, astronomy society, astronomical society, amateur astronomy, amateur astronomers, stargazing club, stargazing group, astronomy group, astronomy association | club d'astronomie, société d'astronomie, association d'astronomie, astronomie amateur | club de astronomía, sociedad astronómica, agrupación astronómica, asociación astronómica | astronomieverein, astronomischer verein, sternfreunde, astronomie-club | member observing_session observation
observing_session | star party, observing night, observing session, viewing night, stargazing session | soirée d'observation, nuit d'observation | noche de observación, sesión de observación | beobachtungsabend, beobachtungsnacht | date!:date, location, sky_conditions | 
observation | observing log entry, observing log | observation | observación | beobachtung | target!, observed_at, notes:text | observing_session, member
telescope | scope, refractor, reflector | télescope, lunette astronomique | telescopio | teleskop, fernrohr | name!, aperture_mm:int[1..], type(refractor/reflector/catadioptric) | member

## archery_club | archery club, archery, archers, bowmen, archery range | club de tir à l'arc, tir à l'arc | club de tiro con arco, tiro con arco | bogenschützenverein, bogenschießen, bogensportverein | member shooting_round
shooting_round | archery round, scorecard | manche de tir | tirada | wertungsrunde | shot_on!:date, distance_m:int[1..], score:int[0..], bow_type(recurve/compound/longbow/barebow) | member

## quiz_league | pub quiz, quiz night, quiz league, trivia night, trivia league, quiz team | soirée quiz, quiz au bar | noche de trivia, liga de trivia | kneipenquiz, quizabend, quizliga | team quiz_night quiz_score
quiz_night | trivia night, quiz evening | soirée quiz | noche de trivia | quizabend | date!:date, venue, theme | 
quiz_score | team score | score d'équipe | puntuación del equipo | mannschaftspunkte | points:int[0..]!, position:int[1..] | quiz_night, team

## camera_club | camera club, photography club, photo club, photographic society, photography society | club photo, club de photographie | club de fotografía, fotoclub | fotoclub, fotoverein, fotografieverein | member photo_competition competition_entry
photo_competition | photography competition, photo contest, set subject | concours photo | concurso de fotografía | fotowettbewerb | title!, theme, closes_on:date, judge | 
competition_entry | photo entry, submission | participation au concours | participación, obra presentada | wettbewerbsbeitrag | title!, image_url:url, score:int[0..] | photo_competition, member

## amateur_radio | amateur radio club, ham radio club, ham radio, amateur radio, radio amateurs, ham operators | radioamateur, club de radioamateurs | radioaficionados, club de radioaficionados | amateurfunk, funkamateure, amateurfunkclub | member radio_contact
radio_contact | qso, contact log entry, radio log entry | contact radio, qso | contacto de radio, comunicado | funkverbindung, qso | callsign!, contacted_at!:datetime, frequency_mhz:num[0..], mode(ssb/cw/fm/ft8/other), signal_report | member

## bridge_club | bridge club, duplicate bridge, bridge league, card club, whist drive | club de bridge | club de bridge | bridgeclub, bridgeverein | member bridge_session session_result
bridge_session | bridge evening, duplicate session, card night | séance de bridge, tournoi de bridge | sesión de bridge | bridgeabend, bridgeturnier | date!:date, venue, boards:int[1..] | 
session_result | pair result, bridge result | résultat de paire | resultado de pareja | paarergebnis | score_percent:num[0..100]!, position:int[1..] | bridge_session, member

## classic_car_club | classic car club, vintage car club, car club, owners club, motor club, motoring club, classic car owners | club de voitures anciennes, club automobile, club de véhicules de collection | club de coches clásicos, club de automóviles antiguos | oldtimerclub, oldtimer-club, automobilclub | member classic_car club_event
classic_car | vintage car, club car, classic | voiture ancienne, voiture de collection | coche clásico, coche antiguo | oldtimer | make!, model!, year:int, registration^ | member
club_event | rally, car show, club run | rassemblement | concentración, quedada | rallye, oldtimertreffen | name!, date!:date, location | 

## piano_tuning | piano tuner, piano tuning, piano technician, piano tuning business, instrument technician | accordeur de piano, accordage de piano | afinador de pianos, afinación de pianos | klavierstimmer, klavierstimmung | client piano piano_service
piano | upright piano, grand piano | piano | piano | klavier, flügel | brand!, model, serial_number, location | client
piano_service | piano tuning, tuning visit, tuning appointment, piano service visit | accordage | afinación | stimmtermin, stimmung | visited_on!:date, price:money, pitch_hz:int[400..460], notes:text | piano, client

## farrier | farrier, farriery, horseshoeing, horse shoeing, equine podiatrist | maréchal-ferrant, maréchalerie | herrador | hufschmied, hufpfleger | client horse shoeing
shoeing | hoof trim, horseshoeing visit, trim | ferrage, parage | herraje | beschlag, hufbeschlag | done_on!:date, work(trim/front_shoes/full_set/remedial), price:money, next_due:date | horse, client

## picture_framing | picture framer, picture framing, framing shop, frame shop, custom framing, framer | encadreur, atelier d'encadrement, encadrement | enmarcador, tienda de marcos, enmarcación | bilderrahmen, rahmenwerkstatt, einrahmung | customer framing_order
framing_order | framing job, frame order | commande d'encadrement | pedido de enmarcado | rahmenauftrag | artwork_description!, width_cm:num[0..], height_cm:num[0..], moulding, glass(standard/uv/anti_reflective), price:money, status(ordered/in_progress/ready/collected)=ordered, due_date | customer

## farmers_market | farmers market, farmers' market, farmer's market, craft market, market stalls, street market, market organiser, flea market organiser | marché de producteurs, marché fermier, marché artisanal | mercado de agricultores, mercadillo, mercado artesanal | bauernmarkt, wochenmarkt, handwerkermarkt | vendor market_day stall_booking
market_day | market date, market | jour de marché | día de mercado | markttag | date!:date, location, opens_at:time, closes_at:time | 
stall_booking | stall, pitch booking, stall rental | réservation d'emplacement | reserva de puesto | standbuchung, standplatz | pitch_number, fee:money, paid:bool=false | market_day, vendor

## youth_club | youth club, youth group, youth centre, youth center, kids club, after-school club, after school club, holiday club | maison des jeunes, centre de loisirs, club de jeunes | club juvenil, centro juvenil, ludoteca | jugendclub, jugendzentrum, jugendtreff, ferienbetreuung | child guardian club_session
club_session | club night, activity session | séance du club | sesión del club | gruppenstunde | date!:date, activity, leader | 
`;
