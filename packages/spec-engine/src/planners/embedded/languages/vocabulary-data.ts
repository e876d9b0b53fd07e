/**
 * Everyday French, Spanish and German words that requests use around the knowledge base's entity and
 * field names: common nouns, adjectives and verbs, each with an English rendering. Entries are
 * dictionary forms, lower case without accents (as the planner compares words); morphology.ts derives
 * plurals, feminine forms and conjugations. A verb may list irregular forms after its infinitive with
 * `|`, and `base/participle` gives its English participle where it is not the base plus "-ed".
 * Knowledge-base synonyms win over these words, so a noun here never renames a known entity.
 */
export interface VocabularySource {
  readonly nouns: string;
  readonly adjectives: string;
  readonly verbs: string;
}

export const vocabularySource: Readonly<Record<'fr' | 'es' | 'de', VocabularySource>> = {
  fr: {
    nouns: String.raw`
bouteille=bottle; millesime=vintage; cave=cellar;
systeme=system; application=application; plateforme=platform; site=site; outil=tool; logiciel=software;
centre=center; agence=agency; association=association; entreprise=company; societe=company; cabinet=practice;
etablissement=establishment; organisme=organization; structure=organization; equipe=team; groupe=group;
ville=city; pays=country; region=region; quartier=district; rue=street; code postal=postal code;
jour=day; semaine=week; mois=month; annee=year; heure=hour; minute=minute; nuit=night; soir=evening; matin=morning;
depart=departure; arrivee=arrival; vente=sale; achat=purchase; location=rental; paiement=payment; livraison=delivery;
retour=return; entree=entry; sortie=exit; naissance=birth; deces=death; creation=creation; inscription=registration;
modification=update; mise a jour=update; publication=publication; fin=end; debut=start; ouverture=opening; fermeture=closing;
diagnostic=diagnosis; traitement=treatment; ordonnance=prescription; symptome=symptom; sante=health; soin=care;
superficie=area; piece=room; etage=floor; loyer=rent; charges=charges; caution=deposit;
place=seat; siege=seat; numero=number; nombre=count; valeur=value; taux=rate; poids=weight; taille=size;
unite=unit; montant=amount; somme=amount; solde=balance; frais=fee; remise=discount; taxe=tax;
auteur=author; editeur=publisher; titre=title; resume=summary; contenu=content; texte=text; sujet=subject;
nom=name; prenom=first name; surnom=nickname; civilite=title; age=age; sexe=gender; langue=language;
statut=status; etat=status; niveau=level; rang=rank; ordre=order; priorite=priority; visibilite=visibility;
couleur=color; marque=brand; modele=model; version=version; format=format; duree=duration; distance=distance;
lien=link; photo=photo; image=image; fichier=file; document=document; piece jointe=attachment; pays d'origine=country of origin;
destination=destination; itineraire=route; trajet=trip; voyage=trip; sejour=stay; hebergement=accommodation; logement=accommodation;
stade=stadium; terrain=field; salle=room; adversaire=opponent; score=score; resultat=result; maillot=jersey;
poste=position; salaire=salary; contrat=contract; service=department; departement=department; competence=skill;
specialite=specialty; diplome=degree; experience=experience; disponibilite=availability; horaire=schedule;
benevole=volunteer; activite=activity; mission=mission; don=donation; donateur=donor; adherent=member;
randonnee=hike; ecole=school; universite=university; college=school; lycee=high school; hopital=hospital; clinique=clinic; bibliotheque=library; classe=class; matiere=subject; eleve=student; etudiant=student; balade=walk; parcours=route; etape=step; chapitre=chapter; lecon=lesson;
vehicule=vehicle; voiture=car; velo=bicycle; camion=truck; chauffeur=driver; conducteur=driver; passager=passenger;
entrepot=warehouse; magasin=store; rayon=aisle; fournisseur=supplier; livreur=courier; colis=parcel;
ligne=line; ligne de commande=order item; facture=invoice; devis=quote; recu=receipt; panier=cart;
proprietaire=owner; locataire=tenant; client=customer; utilisateur=user; membre=member; participant=participant;
animal=animal; espece=species; race=breed; vaccin=vaccine; vaccination=vaccination;
plat=dish; boisson=drink; menu=menu; table=table; couvert=cover; cuisine=cooking; repas=meal;
objectif=goal; but=goal; budget=budget; depense=expense; revenu=income; categorie=category;
commentaire=comment; avis=review; note=rating; message=message; notification=notification; question=question; reponse=answer;
serie=serial; brouillon=draft; presence=attendance; absence=absence; allergie=allergy; flotte=fleet; kilometrage=mileage; permis=license; inventaire=inventory; tableau=table; lecture=reading; etoile=star; personne=person; gens=people; exemple=example; retrait=pickup; gestion=management; jour de la semaine=weekday; horaires d'ouverture=opening hours; horaire d'ouverture=opening hours; acteur=actor; realisateur=director; musique=music; exemplaire=copy; parent=parent; atelier=workshop; oui=yes; non=no; vrai=true; faux=false`,
    adjectives: String.raw`
ht=net; reel=actual; final=final; ttc=gross; hors taxe=net; toutes taxes comprises=gross; positif=positive; agricole=agricultural; latin=latin; commun=common; adulte=adult; industriel=industrial; commercial=commercial; technique=technical; juridique=legal; financier=financial; administratif=administrative; municipal=municipal; regional=regional; europeen=european; associatif=nonprofit; sanitaire=health; alimentaire=food; touristique=tourist; hotelier=hotel; immobiliere=real estate; logistique=logistics; informatique=it; culturelle=cultural; musical=musical; artistique=artistic; religieux=religious; scientifique=scientific; rouge=red; bleu=blue; vert=green; jaune=yellow; noir=black; blanc=white; gris=grey; electrique=electric; thermique=thermal; hybride=hybrid; manuel=manual; automatique=automatic; mobile=mobile; fixe=fixed; temporaire=temporary; permanent=permanent; saisonnier=seasonal; partiel=partial; plein=full; vide=empty; libre=free; occupe=occupied; negatif=negative; entier=integer; decimal=decimal; booleen=boolean; requis=required;
eventuel=optional; fixe=fixed; variable=variable; particulier=private; actif=active; inactif=inactive; disponible=available; termine=done; fini=done; fait=done; complet=complete;
paye=paid; gratuit=free; payant=paid; publie=published; archive=archived; valide=valid; verifie=verified;
obligatoire=required; facultatif=optional; optionnel=optional; unique=unique; principal=main; secondaire=secondary;
public=public; prive=private; visible=visible; cache=hidden; urgent=urgent; important=important;
mensuel=monthly; annuel=yearly; hebdomadaire=weekly; quotidien=daily; journalier=daily;
unitaire=unit; total=total; maximal=maximum; maximum=maximum; minimal=minimum; minimum=minimum; moyen=average;
nouveau=new; ancien=former; dernier=last; premier=first; prochain=next; courant=current; actuel=current;
petit=small; grand=large; long=long; court=short; haut=high; faible=low; eleve=high;
facile=easy; difficile=hard; debutant=beginner; intermediaire=intermediate; avance=advanced;
collectif=group; individuel=individual; personnel=personal; professionnel=professional; medical=medical;
veterinaire=veterinary; dentaire=dental; scolaire=school; sportif=sports; culturel=cultural; immobilier=real estate;
en ligne=online; electronique=electronic; numerique=digital; postal=postal; fiscal=tax; bancaire=bank;
national=national; international=international; local=local; social=social; familial=family;
vegetarien=vegetarian; bio=organic; neuf=new; utilise=used; rembourse=refunded; annule=cancelled; confirme=confirmed;
livre=delivered; envoye=sent; recu=received; lu=read; ouvert=open; ferme=closed; vendu=sold; loue=rented; rendu=returned`,
    verbs: String.raw`
chercher=look for/looked for; ranger=store/stored; couter=cost/cost; fabriquer=make/made; commencer=start; reparer=repair; accepter=accept; refuser=reject; prendre|prend|prennent|pris|prise|prises=take/taken; gerer=manage; suivre|suit|suivent|suivi|suivie=track/tracked; stocker=store; enregistrer=record; garder=keep/kept;
organiser=organize; planifier=plan/planned; programmer=schedule; prevoir|prevoit|prevoient|prevu|prevue|prevus|prevues=plan/planned;
apporter=bring/brought; amener=bring/brought; ramener=bring back/brought back; deposer=drop off/dropped off;
venir|vient|viennent|venu|venue|venus|venues=come/come; reserver=reserve; louer=rent; acheter=buy/bought; vendre|vend|vendent|vendu|vendue|vendus|vendues=sell/sold;
commander=order; payer=pay/paid; livrer=deliver; envoyer=send/sent; recevoir|recoit|recoivent|recu|recue|recus|recues=receive;
creer=create; ajouter=add; modifier=edit; supprimer=delete; publier=publish; ecrire|ecrit|ecrivent|ecrite|ecrits|ecrites=write/written;
rediger=write/written; lire|lit|lisent|lu|lue=read/read; noter=rate; evaluer=rate; commenter=comment;
inscrire|inscrit|inscrivent|inscrite|inscrits|inscrites=register; abonner=subscribe; participer=take part;
encadrer=lead/led; animer=lead/led; diriger=lead/led; enseigner=teach/taught; donner=give/given; attribuer=assign;
affecter=assign; assigner=assign; associer=link; relier=link; lier=link; rattacher=attach; regrouper=group;
appartenir|appartient|appartiennent|appartenu=belong; contenir|contient|contiennent|contenu=contain; comprendre|comprend|comprennent|compris=include;
utiliser=use; accueillir|accueille|accueillent|accueilli=host; servir|sert|servent|servi=serve; proposer=offer; offrir|offre|offrent|offert=offer;
soigner=treat; traiter=handle; consulter=consult; prescrire|prescrit|prescrivent=prescribe; vacciner=vaccinate;
conduire|conduit|conduisent=drive/driven; transporter=carry; emprunter=borrow; rendre|rend|rendent|rendu|rendue|rendus|rendues=return;
expedier=ship/shipped; distribuer=distribute; collecter=collect; recolter=harvest; planter=plant; semer=sow/sown; arroser=water;
nourrir|nourrit|nourrissent|nourri|nourrie=feed/fed; adopter=adopt; promener=walk; heberger=host; loger=house; accompagner=accompany;
former=train; entrainer=train; corriger=correct; valider=approve; approuver=approve; signer=sign; facturer=invoice; rembourser=refund;
encaisser=collect; verser=pay/paid; deposer=deposit; retirer=withdraw/withdrawn; transferer=transfer/transferred; mesurer=measure; surveiller=monitor;
controler=check; inspecter=inspect; entretenir|entretient|entretiennent|entretenu|entretenue=maintain; installer=install; deplacer=move; demenager=move;
nettoyer=clean; laver=wash; remplacer=replace; emballer=pack; annuler=cancel/cancelled; confirmer=confirm; partager=share; inviter=invite;
visiter=visit; rencontrer=meet/met; contacter=contact; appeler=call; repondre|repond|repondent|repondu=answer; demander=ask; choisir=choose/chosen;
selectionner=select; voter=vote; telecharger=upload; trier=sort; classer=classify/classified; etiqueter=tag/tagged; afficher=display;
rechercher=search; filtrer=filter; exporter=export; importer=import; imprimer=print; preter=lend/lent; restituer=return; echanger=exchange;
peser=weigh; compter=count; calculer=calculate; estimer=estimate; embaucher=hire; recruter=recruit; licencier=dismiss; superviser=supervise;
diagnostiquer=diagnose; hospitaliser=hospitalize; vendanger=harvest; brasser=brew; embouteiller=bottle; adresser=address; declarer=report; signaler=report; emettre|emet|emettent|emis|emise=issue/issued; elever=raise; ouvrir|ouvre|ouvrent|ouvert|ouverte=open; fermer=close; jouer=play; habiter=live; travailler=work; concerner=concern`,
  },
  es: {
    nouns: String.raw`
sistema=system; aplicacion=application; plataforma=platform; sitio=site; herramienta=tool; programa=program;
centro=center; agencia=agency; asociacion=association; empresa=company; compania=company; consultorio=practice;
oficina=office; organizacion=organization; ong=nonprofit; grupo=group; equipo=team; club=club;
ciudad=city; pais=country; region=region; barrio=district; calle=street; codigo postal=postal code;
dia=day; semana=week; mes=month; ano=year; hora=hour; minuto=minute; noche=night; tarde=afternoon; manana=morning;
salida=departure; llegada=arrival; venta=sale; compra=purchase; alquiler=rental; pago=payment; entrega=delivery;
devolucion=return; entrada=entry; nacimiento=birth; creacion=creation; inscripcion=registration;
publicacion=publication; fin=end; inicio=start; comienzo=start; apertura=opening; cierre=closing;
diagnostico=diagnosis; tratamiento=treatment; receta medica=prescription; sintoma=symptom; salud=health;
superficie=area; habitacion=room; planta=floor; piso=floor; metros cuadrados=square meters;
plaza=seat; asiento=seat; numero=number; valor=value; tasa=rate; peso=weight; tamano=size;
unidad=unit; importe=amount; monto=amount; saldo=balance; cuota=fee; descuento=discount; impuesto=tax;
autor=author; editorial=publisher; titulo=title; resumen=summary; contenido=content; texto=text; asunto=subject;
nombre=name; apellido=last name; apellidos=last name; apodo=nickname; edad=age; sexo=gender; idioma=language;
estado=status; nivel=level; rango=rank; orden=order; prioridad=priority;
color=color; marca=brand; modelo=model; version=version; formato=format; duracion=duration; distancia=distance;
enlace=link; foto=photo; imagen=image; archivo=file; documento=document; adjunto=attachment;
destino=destination; ruta=route; trayecto=trip; viaje=trip; estancia=stay; alojamiento=accommodation;
estadio=stadium; campo=field; cancha=court; sala=room; rival=opponent; adversario=opponent; resultado=result;
dorsal=shirt number; camiseta=jersey; posicion=position; puesto=position; salario=salary; sueldo=salary; contrato=contract;
departamento=department; habilidad=skill; especialidad=specialty; titulo universitario=degree; experiencia=experience;
disponibilidad=availability; horario=schedule; voluntario=volunteer; actividad=activity; donacion=donation; donante=donor;
excursion=hike; gimnasio=gym; escuela=school; colegio=school; universidad=university; hospital=hospital; clinica=clinic; biblioteca=library; soporte=support; asignatura=subject; alumno=student; estudiante=student; caminata=hike; etapa=step; capitulo=chapter; leccion=lesson; clase=class;
vehiculo=vehicle; coche=car; carro=car; auto=car; bicicleta=bicycle; camion=truck; conductor=driver; chofer=driver; pasajero=passenger;
almacen=warehouse; bodega=warehouse; tienda=store; proveedor=supplier; repartidor=courier; paquete=parcel;
linea=line; linea de pedido=order item; factura=invoice; cotizacion=quote; recibo=receipt; carrito=cart;
dueno=owner; propietario=owner; inquilino=tenant; cliente=customer; usuario=user; miembro=member; socio=member; participante=participant;
especie=species; raza=breed; vacuna=vaccine; plato=dish; bebida=drink; menu=menu; mesa=table; comida=meal;
objetivo=goal; meta=goal; presupuesto=budget; gasto=expense; ingreso=income; categoria=category;
comentario=comment; resena=review; opinion=review; mensaje=message; notificacion=notification; pregunta=question; respuesta=answer;
colegiado=registered professional; dni=national id; documento de identidad=national id;
serie=serial; borrador=draft; asistencia=attendance; ausencia=absence; alergia=allergy; flota=fleet; kilometraje=mileage; permiso=license; licencia=license; inventario=inventory; tabla=table; lectura=reading; estrella=star; persona=person; gente=people; ejemplo=example; recogida=pickup; gestion=management; dia de la semana=weekday; horario de apertura=opening hours; actor=actor; director=director; musica=music; ejemplar=copy; padre=parent; taller=workshop; verdadero=true; falso=false`,
    adjectives: String.raw`
positivo=positive; agricola=agricultural; latino=latin; comun=common; adulto=adult; industrial=industrial; comercial=commercial; juridico=legal; financiero=financial; administrativo=administrative; municipal=municipal; regional=regional; europeo=european; sanitario=health; alimentario=food; turistico=tourist; hotelero=hotel; logistico=logistics; informatico=it; musical=musical; artistico=artistic; religioso=religious; cientifico=scientific; rojo=red; azul=blue; verde=green; amarillo=yellow; negro=black; blanco=white; gris=grey; electrico=electric; hibrido=hybrid; manual=manual; automatico=automatic; movil=mobile; temporal=temporary; permanente=permanent; parcial=partial; lleno=full; vacio=empty; libre=free; ocupado=occupied; final=final; negativo=negative; entero=integer; decimal=decimal; booleano=boolean; requerido=required;
fijo=fixed; variable=variable; activo=active; inactivo=inactive; disponible=available; terminado=done; hecho=done; completado=done; completo=complete;
pagado=paid; gratuito=free; gratis=free; publicado=published; archivado=archived; valido=valid; verificado=verified;
obligatorio=required; opcional=optional; unico=unique; principal=main; secundario=secondary;
publico=public; privado=private; visible=visible; oculto=hidden; urgente=urgent; importante=important;
mensual=monthly; anual=yearly; semanal=weekly; diario=daily; total=total; maximo=maximum; minimo=minimum; medio=average;
unitario=unit; nuevo=new; antiguo=former; ultimo=last; primero=first; proximo=next; actual=current;
pequeno=small; grande=large; largo=long; corto=short; alto=high; bajo=low;
facil=easy; dificil=hard; principiante=beginner; intermedio=intermediate; avanzado=advanced;
colectivo=group; individual=individual; personal=personal; profesional=professional; medico=medical;
veterinario=veterinary; dental=dental; escolar=school; deportivo=sports; cultural=cultural; inmobiliario=real estate;
electronico=electronic; digital=digital; postal=postal; fiscal=tax; bancario=bank; nacional=national; internacional=international;
local=local; social=social; familiar=family; vegetariano=vegetarian; organico=organic; usado=used;
reembolsado=refunded; cancelado=cancelled; confirmado=confirmed; entregado=delivered; enviado=sent; recibido=received;
leido=read; abierto=open; cerrado=closed; vendido=sold; alquilado=rented; devuelto=returned; pendiente=pending`,
    verbs: String.raw`
buscar=look for/looked for; necesitar=need; apuntar|apunta|apuntan=sign up/signed up; empezar|empieza|empiezan|empezado=start; reparar=repair; proponer|propone|proponen|propuesto=propose; celebrar=hold/held; aceptar=accept; rechazar=reject; gestionar=manage; administrar=manage; controlar=track; seguir|sigue|siguen|seguido=track/tracked; guardar=store; almacenar=store; registrar=record;
traer|trae|traen|traido=bring/brought;
organizar=organize; planificar=plan/planned; programar=schedule; reservar=reserve; alquilar=rent; comprar=buy/bought;
vender=sell/sold; pedir|pide|piden|pedido=order; pagar=pay/paid; entregar=deliver; enviar=send/sent; recibir=receive;
crear=create; anadir=add; agregar=add; editar=edit; borrar=delete; eliminar=delete; publicar=publish; escribir|escrito|escrita|escribio=write/written;
leer|leido=read/read; valorar=rate; puntuar=rate; comentar=comment; inscribir|inscrito|inscrita=register; matricular=enroll; suscribir=subscribe;
participar=take part; dirigir=lead/led; guiar=lead/led; ensenar=teach/taught; impartir=teach/taught; dar|da|dan|dado|dada=give/given;
asignar=assign; vincular=link; asociar=link; relacionar=link; agrupar=group; clasificar=sort;
pertenecer|pertenece|pertenecen=belong; contener|contiene|contienen=contain; incluir|incluye|incluyen=include;
usar=use; utilizar=use; indicar=indicate; acoger=host; servir|sirve|sirven=serve; ofrecer|ofrece|ofrecen=offer;
tratar=treat; atender|atiende|atienden=attend; recetar=prescribe; vacunar=vaccinate;
conducir|conduce|conducen=drive/driven; transportar=carry; prestar=lend/lent; devolver|devuelve|devuelven|devuelto=return;
despachar=ship/shipped; distribuir|distribuye|distribuyen=distribute; recoger|recoge|recogen=collect; cosechar=harvest; plantar=plant;
sembrar|siembra|siembran=sow/sown; regar|riega|riegan=water; alimentar=feed/fed; adoptar=adopt; pasear=walk; alojar=host; hospedar=host;
acompanar=accompany; formar=train; entrenar=train; corregir|corrige|corrigen=correct; aprobar|aprueba|aprueban=approve; validar=approve;
firmar=sign; facturar=invoice; reembolsar=refund; cobrar=charge; depositar=deposit; retirar=withdraw/withdrawn; transferir|transfiere|transfieren=transfer/transferred;
medir|mide|miden=measure; vigilar=monitor; supervisar=supervise; revisar=check; inspeccionar=inspect; mantener|mantiene|mantienen=maintain;
instalar=install; mover|mueve|mueven=move; mudar=move; limpiar=clean; lavar=wash; reemplazar=replace; sustituir|sustituye|sustituyen=replace;
empaquetar=pack; cancelar=cancel/cancelled; anular=cancel/cancelled; confirmar=confirm; compartir=share; invitar=invite; visitar=visit;
contactar=contact; llamar=call; responder=answer; contestar=answer; preguntar=ask; elegir|elige|eligen=choose/chosen; escoger|escoge|escogen=choose/chosen;
seleccionar=select; votar=vote; subir=upload; descargar=download; etiquetar=tag/tagged; mostrar|muestra|muestran=display; filtrar=filter;
exportar=export; importar=import; imprimir|impreso|impresa=print; intercambiar=exchange; pesar=weigh; calcular=calculate; estimar=estimate;
contratar=hire; reclutar=recruit; despedir|despide|despiden=dismiss; diagnosticar=diagnose; operar=operate; ingresar=admit/admitted;
elaborar=make/made; fabricar=make/made; producir|produce|producen=produce; embotellar=bottle; unir|une|unen|unido|unida=link; recorrer|recorrido|recorridos|recorrida|recorridas=travel/traveled; reportar=report; denunciar=report; emitir=issue/issued; criar=raise; abrir|abierto=open; cerrar|cierra|cierran=close; jugar|juega|juegan=play; vivir=live; trabajar=work; hacer|hace|hacen|hecho=make/made;
tener|tiene|tienen|tengo|tenemos=have/had`,
  },
  de: {
    nouns: String.raw`
besucher=visitor; besucherin=visitor;
schuh=shoe;
system=system; anwendung=application; app=app; plattform=platform; webseite=website; werkzeug=tool; programm=program;
zentrum=center; agentur=agency; verein=club; unternehmen=company; firma=company; praxis=practice; buro=office;
organisation=organization; gruppe=group; team=team; mannschaft=team;
stadt=city; land=country; region=region; viertel=district; strasse=street; postleitzahl=postal code;
tag=day; woche=week; wochentag=weekday; monat=month; jahr=year; stunde=hour; minute=minute; nacht=night; abend=evening; morgen=morning;
abfahrt=departure; abreise=departure; ankunft=arrival; anreise=arrival; verkauf=sale; kauf=purchase; einkauf=purchase; verleih=rental; vermietung=rental;
zahlung=payment; lieferung=delivery; ruckgabe=return; eingang=entry; ausgang=exit; geburt=birth; erstellung=creation;
anmeldung=registration; eintritt=entry; einzug=move-in; auszug=move-out; veroffentlichung=publication; ende=end; anfang=start; beginn=start; start=start;
diagnose=diagnosis; behandlung=treatment; rezept=recipe; symptom=symptom; gesundheit=health; versicherung=insurance;
flache=area; wohnflache=living area; zimmer=room; raum=room; stockwerk=floor; etage=floor; miete=rent; kaution=deposit;
sitzplatz=seat; platz=place; nummer=number; wert=value; rate=rate; gewicht=weight; grosse=size;
einheit=unit; betrag=amount; summe=amount; saldo=balance; gebuhr=fee; rabatt=discount; steuer=tax;
autor=author; verfasser=author; verlag=publisher; titel=title; zusammenfassung=summary; inhalt=content; text=text; betreff=subject;
name=name; vorname=first name; nachname=last name; spitzname=nickname; alter=age; geschlecht=gender; sprache=language;
status=status; zustand=status; stufe=level; rang=rank; reihenfolge=order; prioritat=priority;
farbe=color; marke=brand; modell=model; version=version; format=format; dauer=duration; entfernung=distance;
link=link; foto=photo; bild=image; datei=file; dokument=document; anhang=attachment;
ziel=destination; reiseziel=destination; route=route; strecke=route; fahrt=trip; reise=trip; aufenthalt=stay; unterkunft=accommodation;
stadion=stadium; feld=field; gegner=opponent; ergebnis=result; trikot=jersey; trikotnummer=shirt number; rahmen=frame;
position=position; gehalt=salary; lohn=salary; vertrag=contract; abteilung=department; fahigkeit=skill;
fachgebiet=specialty; abschluss=degree; erfahrung=experience; verfugbarkeit=availability; zeitplan=schedule;
ehrenamtlicher=volunteer; freiwilliger=volunteer; aktivitat=activity; spende=donation; spender=donor;
wanderung=hike; schule=school; universitat=university; krankenhaus=hospital; klinik=clinic; bibliothek=library; belag=surface; support=support; tour=tour; etappe=stage; kapitel=chapter; lektion=lesson; unterrichtsstunde=lesson;
fahrzeug=vehicle; auto=car; wagen=car; fahrrad=bicycle; rad=bicycle; lastwagen=truck; fahrer=driver; passagier=passenger;
lager=warehouse; laden=store; lieferant=supplier; kurier=courier; paket=parcel;
zeile=line; bestellposition=order item; rechnung=invoice; angebot=quote; quittung=receipt; warenkorb=cart;
besitzer=owner; eigentumer=owner; halter=owner; mieter=tenant; kunde=customer; benutzer=user; nutzer=user; mitglied=member; teilnehmer=participant;
tierart=species; art=kind; rasse=breed; impfung=vaccination; gericht=dish; getrank=drink; speisekarte=menu; tisch=table; mahlzeit=meal;
budget=budget; ausgabe=expense; einnahme=income; kategorie=category;
kommentar=comment; bewertung=review; nachricht=message; benachrichtigung=notification; frage=question; antwort=answer;
gebaude=building; wohnung=apartment; haus=house; tier=animal; note=grade; schuler=student; klasse=class; fach=subject; lehrer=teacher;
serie=serial; seriennummer=serial number; entwurf=draft; ganzzahl=integer; zahl=number; dezimalzahl=decimal; anwesenheit=attendance; abwesenheit=absence; allergie=allergy; flotte=fleet; kilometerstand=mileage; fuhrerschein=license; inventar=inventory; tabelle=table; lesen=reading; stern=star; person=person; leute=people; beispiel=example; offnungszeiten=opening hours; abholung=pickup; schauspieler=actor; regisseur=director; musik=music; exemplar=copy; eltern=parent; erzieher=educator; betreuer=caretaker; ja=yes; nein=no; wahr=true; falsch=false`,
    adjectives: String.raw`
positiv=positive; landwirtschaftlich=agricultural; lateinisch=latin; gemeinsam=shared; erwachsen=adult; industriell=industrial; kommerziell=commercial; gewerblich=commercial; technisch=technical; rechtlich=legal; juristisch=legal; finanziell=financial; stadtisch=municipal; regional=regional; europaisch=european; kirchlich=church; musikalisch=musical; kunstlerisch=artistic; religios=religious; wissenschaftlich=scientific; rot=red; blau=blue; grun=green; gelb=yellow; schwarz=black; weiss=white; grau=grey; elektrisch=electric; hybrid=hybrid; manuell=manual; automatisch=automatic; mobil=mobile; befristet=temporary; unbefristet=permanent; dauerhaft=permanent; saisonal=seasonal; teilweise=partial; voll=full; leer=empty; frei=free; belegt=occupied; reserviert=reserved; geschatzt=estimated; unterschrieben=signed; endgultig=final; negativ=negative; ganzzahlig=integer; dezimal=decimal;
fest=fixed; variabel=variable; aktiv=active; inaktiv=inactive; verfugbar=available; erledigt=done; fertig=done; abgeschlossen=done; vollstandig=complete;
bezahlt=paid; kostenlos=free; veroffentlicht=published; archiviert=archived; gultig=valid; verifiziert=verified;
erforderlich=required; optional=optional; eindeutig=unique; einzigartig=unique; haupt=main;
offentlich=public; privat=private; sichtbar=visible; versteckt=hidden; dringend=urgent; wichtig=important;
monatlich=monthly; jahrlich=yearly; wochentlich=weekly; taglich=daily; gesamt=total; maximal=maximum; minimal=minimum; durchschnittlich=average;
neu=new; alt=old; letzt=last; erst=first; nachst=next; aktuell=current;
klein=small; gross=large; lang=long; kurz=short; hoch=high; niedrig=low; mittel=medium;
leicht=easy; einfach=easy; schwer=hard; schwierig=hard; anfanger=beginner; fortgeschritten=advanced;
individuell=individual; personlich=personal; beruflich=professional; medizinisch=medical; online=online;
elektronisch=electronic; digital=digital; national=national; international=international; lokal=local; sozial=social;
vegetarisch=vegetarian; gebraucht=used; erstattet=refunded; storniert=cancelled; bestatigt=confirmed; geliefert=delivered;
versendet=sent; erhalten=received; gelesen=read; offen=open; geschlossen=closed; verkauft=sold; vermietet=rented;
zuruckgegeben=returned; ausstehend=pending; privat versichert=privately insured`,
    verbs: String.raw`
suchen=look for/looked for; giessen|gegossen=water/watered; stattfinden|stattgefunden=take place/taken place; beginnen|begonnen=start/started; reparieren|repariert=repair/repaired; vorschlagen|schlagt vor|vorgeschlagen=propose; annehmen|angenommen=accept/accepted; ablehnen|abgelehnt=reject/rejected; abholen|abgeholt=pick up/picked up; betreuen=look after/looked after; verwalten=manage; betreiben|betreibt|betrieben=run/run; verfolgen=track/tracked; speichern=store; erfassen=record; aufbewahren=keep/kept;
bringen|bringt|gebracht=bring/brought; vorbeibringen|bringt vorbei|bringen vorbei|vorbeigebracht=bring/brought; mitbringen|bringt mit|bringen mit|mitgebracht=bring/brought; abgeben|gibt ab|geben ab|abgegeben=drop off/dropped off;
kommen|kommt|gekommen=come/come; notieren|notiert=note; organisieren=organize; planen=plan/planned; buchen=book; mieten=rent; kaufen=buy/bought; verkaufen=sell/sold;
bestellen=order; bezahlen=pay/paid; liefern=deliver; senden|gesendet|gesandt=send/sent; erhalten|erhalt=receive;
erstellen=create; anlegen|angelegt=create; hinzufugen=add; bearbeiten=edit; loschen=delete; veroffentlichen=publish;
schreiben|schreibt|geschrieben=write/written; lesen|liest|gelesen=read/read; bewerten=rate; kommentieren=comment;
anmelden|angemeldet=register; abonnieren=subscribe; teilnehmen|teilgenommen=take part;
leiten=lead/led; fuhren=lead/led; unterrichten=teach/taught; lehren=teach/taught; geben|gibt|gegeben=give/given; vergeben|vergibt=give/given;
zuordnen|zugeordnet=assign; zuweisen|zugewiesen=assign; verknupfen=link; verbinden|verbindet|verbunden=link;
gruppieren=group; sortieren=sort; gehoren|gehort|gehorte=belong; enthalten|enthalt=contain; umfassen=include;
nutzen=use; benutzen=use; verwenden=use; anbieten|angeboten=offer; behandeln=treat; impfen=vaccinate;
fahren|fahrt|gefahren=drive/driven; transportieren=carry; ausleihen|ausgeliehen=borrow; zuruckgeben|geben zuruck=return;
versenden|versandt=ship/shipped; verschicken=send/sent; verteilen=distribute; sammeln=collect; saen=sow/sown;
futtern=feed/fed; adoptieren=adopt; beherbergen=host; unterbringen|untergebracht=house; begleiten=accompany; ausbilden=train; trainieren=train;
korrigieren=correct; genehmigen=approve; freigeben|freigegeben=approve; unterschreiben|unterschrieben=sign; unterzeichnen=sign; abrechnen=bill;
erstatten=refund; einzahlen=deposit; abheben|abgehoben=withdraw/withdrawn; uberweisen|uberwiesen=transfer/transferred; uberwachen=monitor; kontrollieren=check; prufen=check; installieren=install; reinigen=clean; putzen=clean; waschen|wascht|gewaschen=wash;
ersetzen=replace; austauschen=replace; verpacken=pack; stornieren=cancel/cancelled; absagen=cancel/cancelled; bestatigen=confirm; teilen=share;
einladen|eingeladen=invite; besuchen=visit; treffen|trifft|getroffen=meet/met; kontaktieren=contact; anrufen|angerufen=call; beantworten=answer;
auswahlen=select; abstimmen=vote; hochladen|hochgeladen=upload; herunterladen|heruntergeladen=download;
markieren=tag/tagged; filtern=filter; exportieren=export; importieren=import; drucken=print; tauschen=exchange;
wiegen|wiegt|gewogen=weigh; berechnen=calculate; schatzen=estimate; einstellen=hire; rekrutieren=recruit; entlassen|entlasst=dismiss;
diagnostizieren=diagnose; operieren=operate; herstellen=make/made; produzieren=produce; abfullen=bottle; vermieten=rent out/rented out;
verleihen|verliehen=lend/lent; stammen|stammt=come/come; laufen|lauft|gelaufen=run/run; angeben|gibt an|geben an|angegeben=state;
schwimmen|geschwommen=swim/swum; melden|meldet|gemeldet=report; erbringen|erbracht=provide/provided; ausstellen|ausgestellt=issue/issued; zuchten=breed/bred; offnen=open; schliessen|geschlossen=close; spielen=play; wohnen=live; arbeiten=work; machen=make/made; haben|hat=have/had`,
  },
};
