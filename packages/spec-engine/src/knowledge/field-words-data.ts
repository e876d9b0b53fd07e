/**
 * Field vocabulary as data: the type, format and constraints a field usually has, by its name, with
 * the names people use for it in English, French, Spanish and German. One line per field:
 *
 *   <canonical name>:<type>[<range>][!] | <English synonyms> | <French> | <Spanish> | <German>
 *
 * `!` marks identifying fields, required unless a request says otherwise. Types: string, text, int,
 * num, money (a decimal of at least 0), bool, date, datetime, time (HH:MM), email, url, phone.
 */
export const fieldWordsSource = String.raw`
name:string! | full name, display name, nickname | nom, nom complet | nombre, nombre completo | name, vollständiger name
first_name:string! | given name, forename | prénom | nombre de pila | vorname
last_name:string! | surname, family name | nom de famille | apellido, apellidos | nachname, familienname
title:string! | heading, headline | titre, intitulé | título | titel, überschrift
label:string! | | libellé | etiqueta | bezeichnung
subject:string! | topic | sujet, objet, matière | asunto, materia | betreff, fach
email:email! | e-mail, email address, mail | courriel, adresse e-mail, adresse mail, mail | correo, correo electrónico | e-mail, e-mail-adresse, mail
phone:phone | phone number, telephone, mobile, cell, mobile number | téléphone, numéro de téléphone, portable | teléfono, número de teléfono, móvil, celular | telefon, telefonnummer, handynummer, handy
sku:string!^ | stock keeping unit, article number | référence | referencia | artikelnummer
number:string | | numéro | número | nummer
code:string! | | code | código | code, kennung
slug:string^ | | slug | slug | slug
username:string!^ | user name, handle, login | identifiant, pseudo | usuario, nombre de usuario | benutzername
description:text | summary, details, desc | description | descripción | beschreibung
body:text | content text, message body | corps, contenu, texte | cuerpo, texto | inhalt, text
content:text | | contenu | contenido | inhalt
notes:text | note, remarks, comments | notes, remarque, remarques | notas, observaciones | notizen, bemerkungen, anmerkungen
bio:text | biography, about | biographie | biografía | biografie
address:string | street address, postal address | adresse | dirección | adresse, anschrift
city:string | town | ville | ciudad | stadt
country:string | | pays | país | land
location:string | place, where | lieu, emplacement, localisation | ubicación, lugar | ort, standort
price:money | cost, rate, fee, charge | prix, tarif, coût | precio, costo, coste, tarifa | preis, kosten, gebühr
amount:money | sum | montant, somme | importe, monto, cantidad de dinero | betrag, summe
total:money | total amount, grand total | total | total | gesamtbetrag, summe
salary:money | pay, wage | salaire | salario, sueldo | gehalt, lohn
hourly_rate:money | hourly wage, hourly pay, rate per hour | taux horaire, salaire horaire | tarifa por hora, salario por hora | stundenlohn, stundensatz
membership_fee:money | membership fee, dues | cotisation | cuota de socio | mitgliedsbeitrag
balance:money | | solde | saldo | saldo, kontostand
budget:money | | budget | presupuesto | budget
deposit:money | | acompte, caution | depósito, fianza | anzahlung, kaution
currency:string | | devise, monnaie | moneda, divisa | währung
payment_method:string | payment type, means of payment | moyen de paiement, mode de paiement | método de pago, forma de pago | zahlungsart, zahlungsmethode, zahlweise
quantity:int[0..] | qty, amount of items | quantité | cantidad | menge, anzahl
count:int[0..] | how many | nombre | cantidad | anzahl
stock:int[0..] | inventory count, units in stock | stock | stock, existencias | bestand, lagerbestand
capacity:int[0..] | seats, max people, maximum capacity | capacité, places, capacité maximale | capacidad, plazas, cupo, cupo máximo, aforo | kapazität, plätze, höchstteilnehmerzahl
guest_count:int[0..] | number of guests | nombre d'invités | número de invitados | gästezahl, anzahl der gäste
age:int[0..] | | âge | edad | alter
year:int | | année, an | año | jahr
year_built:int | construction year, built in | année de construction | año de construcción | baujahr
position:int[0..] | order, rank, sort order | position, ordre, rang | posición, orden | position, reihenfolge
rating:int[1..5] | stars, score out of five | note, évaluation | puntuación, valoración, calificación | bewertung, sterne
score:num | points | score, points | puntuación, puntos | punktzahl, punkte
priority:string | | priorité | prioridad | priorität
status:string | state | statut, état | estado | status, zustand
type:string | kind | type, genre | tipo | typ, art
fuel_type:string | fuel | type de carburant, carburant | tipo de combustible, combustible | kraftstoffart, kraftstoff, treibstoff
category:string | | catégorie | categoría | kategorie
level:string | | niveau | nivel | niveau, stufe
color:string | colour | couleur | color | farbe
size:string | | taille | talla, tamaño | größe
weight:num[0..] | | poids | peso | gewicht
height:num[0..] | | hauteur, taille | altura | höhe
length:num[0..] | | longueur | longitud | länge
width:num[0..] | | largeur | ancho | breite
duration:int[0..] | length of time, how long | durée | duración | dauer
distance:num[0..] | | distance | distancia | entfernung, strecke, distanz
latitude:num[-90..90] | lat | latitude | latitud | breitengrad
longitude:num[-180..180] | lng, lon | longitude | longitud | längengrad
date:date | day | date, jour | fecha, día | datum, tag
weekday:string | | jour de la semaine | día de la semana | wochentag
time:time | hour, time of day | heure | hora | uhrzeit, zeit
date_of_birth:date | birthday, birth date, dob | date de naissance, anniversaire | fecha de nacimiento, cumpleaños | geburtsdatum, geburtstag
due_date:date | deadline, due | échéance, date limite, date d'échéance | fecha límite, vencimiento | fälligkeitsdatum, frist, fällig
check_in_date:date | check-in date, arrival date | date d'arrivée, date d'entrée | fecha de entrada, fecha de llegada | anreisedatum, ankunftsdatum
check_out_date:date | check-out date, departure date | date de départ, date de sortie | fecha de salida | abreisedatum
start_date:date | starts on, begin date | date de début | fecha de inicio | startdatum, beginn
start_time:time | starts at time, begin time | heure de début | hora de inicio | startzeit, beginnzeit, uhrzeit
end_date:date | ends on | date de fin | fecha de fin | enddatum
return_date:date | returned on, date returned | date de retour | fecha de devolución | rückgabedatum
delivery_date:date | delivered on, date of delivery | date de livraison | fecha de entrega | lieferdatum, liefertermin
order_date:date | ordered on, date of order | date de commande | fecha de pedido | bestelldatum
payment_date:date | paid on, date of payment | date de paiement | fecha de pago | zahlungsdatum
preparation_time:int[0..] | prep time, preparation time, cooking time | temps de préparation | tiempo de preparación | zubereitungszeit, kochzeit
difficulty(easy/medium/hard) | difficulty level | difficulté, niveau de difficulté | dificultad | schwierigkeit, schwierigkeitsgrad
end_date:date | ends on | date de fin | fecha de fin | enddatum, ende
scheduled_at:datetime | date and time, appointment time, when | date et heure | fecha y hora | datum und uhrzeit, termin
timestamp:datetime | | horodatage | marca de tiempo | zeitstempel
done:bool=false | completed, complete, finished, checked | fait, faite, terminé, terminée, fini, finie | hecho, hecha, completado, completada, terminado, terminada | erledigt, fertig, abgeschlossen
active:bool=true | enabled | actif, active | activo, activa | aktiv
published:bool=false | | publié, publiée | publicado, publicada | veröffentlicht
paid:bool=false | | payé, payée | pagado, pagada | bezahlt
attended:bool | showed up, present | présent, présente, venu | asistió, asistido, asistida, presente | erschienen, anwesend
available:bool=true | in stock | disponible | disponible | verfügbar
gluten_free:bool | gluten free | sans gluten | sin gluten | glutenfrei
damaged:bool | broken | endommagé, endommagée, abîmé, abîmée | dañado, dañada, roto, rota | beschädigt, kaputt
url:url | link, website, web address, homepage | lien, site web, url | enlace, sitio web, url | link, webseite, url
photo_url:url | photo, picture, image, image url, photo link, picture link | photo, image | foto, imagen | foto, bild
avatar_url:url | avatar, profile picture | avatar | avatar | avatar, profilbild
password:string | | mot de passe | contraseña | passwort
role:string | | rôle | rol | rolle
job_title:string | job, position title | poste, intitulé de poste | puesto, cargo | stellenbezeichnung, berufsbezeichnung
hired_on:date | hire date, hiring date, date hired | date d'embauche | fecha de contratación | einstellungsdatum
language:string | locale | langue | idioma | sprache
reason:string | motive, purpose | motif, raison | motivo, razón | grund, anlass
license_plate:string! | plate, plate number, registration number | immatriculation, plaque | matrícula, placa | kennzeichen, nummernschild
make:string! | manufacturer | | | hersteller
model:string | | modèle | modelo | modell
brand:string | | marque | marca | marke
isbn:string^ | | isbn | isbn | isbn
author:string | writer | auteur | autor | autor, verfasser
artist:string | | artiste | artista | künstler
genre:string | | genre | género | genre
species:string! | | espèce | especie | art, spezies
breed:string | | race | raza | rasse
variety:string | cultivar | variété | variedad | sorte
gender:string | sex | sexe, genre | sexo, género | geschlecht
health_insurer:string | health insurance, insurer | mutuelle, caisse d'assurance maladie | aseguradora, mutua | krankenkasse, krankenversicherung
nationality:string | | nationalité | nacionalidad | nationalität
company_name:string | | raison sociale, nom de l'entreprise | razón social, nombre de la empresa | firmenname
website:url | | site web | sitio web | webseite
vat_number:string | vat id, tax id | numéro de tva | número de iva, nif | umsatzsteuer-id, ust-id
iban:string | | iban | iban | iban
percentage:num[0..100] | percent | pourcentage | porcentaje | prozent, prozentsatz
discount:num[0..100] | | remise, réduction | descuento | rabatt
tax_rate:num[0..100] | vat rate | taux de tva | tipo de iva | steuersatz
unit:string | | unité | unidad | einheit
volume:num[0..] | | volume | volumen | volumen, menge
temperature:num | temp | température | temperatura | temperatur
value:num | reading value | valeur | valor | wert
style:string | | style | estilo | stil
schedule:string | timetable | horaire, emploi du temps | horario | stundenplan, zeitplan
joined_on:date | join date, joined at, membership date | date d'adhésion, date d'inscription | fecha de alta, fecha de ingreso | beitrittsdatum, eintrittsdatum
volume_liters:num[0..] | volume in liters | volume en litres | volumen en litros | volumen in litern
duration_minutes:int[0..] | | durée en minutes | duración en minutos | dauer in minuten
instructions:text | steps, method | instructions, étapes | instrucciones, pasos | anleitung, zubereitung
servings:int[1..] | portions | portions | porciones, raciones | portionen
seats:int[0..] | number of seats | sièges | asientos | sitze, sitzplätze
crop:string | | culture | cultivo | feldfrucht, anbaufrucht
`;
