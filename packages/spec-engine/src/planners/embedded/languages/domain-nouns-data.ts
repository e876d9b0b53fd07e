/**
 * The everyday nouns people use in French, Spanish and German when they describe an application, by
 * the kind of thing they name (people and roles, animals, vehicles and household things, places, things, documents, events, money, time,
 * quantities, states) and by trade (commerce, health, schools, logistics, farming, …), each with its
 * plain English equivalent. Written like a bilingual business glossary, in the format of
 * vocabulary-data.ts: dictionary forms, lower case without accents or umlauts (ß as ss); morphology.ts
 * derives regular plurals and feminine forms, and `singular/plural` lists an irregular plural
 * ("travail/travaux", "museum/museen"). A word keeps its own English word, not a near-synonym entity:
 * "moniteur" is an instructor, "Werkstatt" a workshop.
 */
export type DomainNouns = Readonly<Record<string, string>>;

const fr: DomainNouns = {
  people: String.raw`
homme=man; femme=woman; enfant=child; bebe=baby; adulte=adult; ado=teenager; adolescent=teenager;
senior=senior; personne agee=elderly person; retraite=retiree; famille=family; pere=father; mere=mother; fils=son; fille=daughter;
frere=brother; soeur=sister; epoux=spouse; conjoint=spouse; tuteur=guardian; voisin=neighbor; ami=friend; invite=guest; hote=host;
habitant=resident; resident=resident; citoyen=citizen; visiteur=visitor; usager=user; lecteur=reader;
spectateur=spectator; auditeur=listener; fan=fan; supporter=supporter; contact=contact; interlocuteur=contact;
responsable=manager; directeur=director; gerant=manager; patron=boss; chef=head; chef d'equipe=team leader; chef de projet=project manager;
employe=employee; salarie=employee; collaborateur=employee; agent=agent; stagiaire=intern; apprenti=apprentice; candidat=candidate;
recruteur=recruiter; manager=manager; ouvrier=worker; travailleur=worker; technicien=technician; ingenieur=engineer;
developpeur=developer; designer=designer; consultant=consultant; expert=expert; prestataire=contractor; sous-traitant=subcontractor;
 artisan=craftsman; vendeur=seller; acheteur=buyer; caissier=cashier;
serveur=waiter; cuisinier=cook; chef cuisinier=chef; barman=bartender; receptionniste=receptionist; concierge=concierge; gardien=caretaker;
agent d'entretien=cleaner; femme de menage=cleaner; jardinier=gardener; plombier=plumber; electricien=electrician; menuisier=carpenter;
peintre=painter; macon=mason; mecanicien=mechanic; carrossier=body repairer; garagiste=mechanic; coiffeur=hairdresser; estheticienne=beautician;
photographe=photographer; traducteur=translator; redacteur=editor; journaliste=journalist; artiste=artist; musicien=musician; chanteur=singer;
comedien=actor; danseur=dancer; organisateur=organizer; animateur=host; orateur=speaker; conferencier=speaker; intervenant=speaker;
exposant=exhibitor; sponsor=sponsor; partenaire=partner; mecene=patron; donatrice=donor; beneficiaire=beneficiary; adherente=member;
president=president; tresorier=treasurer; secretaire=secretary; administrateur=administrator; moderateur=moderator; proprietaire=owner;
bailleur=landlord; colocataire=roommate; syndic=property manager; agent immobilier=real estate agent; notaire=notary; avocat=lawyer;
juge=judge; huissier=bailiff; expert-comptable=accountant; comptable=accountant; banquier=banker; conseiller=advisor; assureur=insurer;
assure=policyholder; souscripteur=policyholder; emprunteur=borrower; preteur=lender; creancier=creditor; debiteur=debtor;
medecin=doctor; medecin traitant=family doctor; docteur=doctor; infirmier=nurse; aide-soignant=care assistant; pharmacien=pharmacist; dentiste=dentist; kine=physiotherapist;
kinesitherapeute=physiotherapist; psychologue=psychologist; therapeute=therapist; chirurgien=surgeon; sage-femme=midwife; soignant=caregiver;
aidant=caregiver; malade=patient; patiente=patient; professeur=teacher; prof=teacher; enseignant=teacher; instituteur=teacher; maitre=teacher;
formateur=trainer; moniteur=instructor; entraineur=coach; coach=coach; tuteur scolaire=tutor; directeur d'ecole=principal; surveillant=supervisor;
parent d'eleve=parent; lyceen=high school student; collegien=pupil; apprenant=learner; stagiaire de formation=trainee; diplome=graduate;
joueur=player; athlete=athlete; arbitre=referee; capitaine=captain; gardien de but=goalkeeper; coequipier=teammate;
coureur=runner; nageur=swimmer; cycliste=cyclist; pilote=pilot; conducteur=driver; routier=truck driver; transporteur=carrier;
expediteur=sender; destinataire=recipient; facteur=postman; coursier=courier; manutentionnaire=warehouse worker; magasinier=storekeeper;
agriculteur=farmer; fermier=farmer; eleveur=breeder; viticulteur=winegrower; vigneron=winegrower; apiculteur=beekeeper; berger=shepherd;
 soigneur=keeper; maitre-nageur=lifeguard; guide=guide; accompagnateur=guide; voyageur=traveler; touriste=tourist;
pelerin=pilgrim; campeur=camper; locataire=tenant; occupant=occupant; hote d'accueil=host; auteur=author; ecrivain=writer; illustrateur=illustrator;
realisateur=director; producteur=producer; acteur=actor; personnage=character; createur=creator; utilisatrice=user;
administrateur systeme=system administrator; operateur=operator; superviseur=supervisor; inspecteur=inspector; controleur=inspector; auditeur interne=auditor`,
  home: String.raw`
ane=donkey; anesse=donkey; mule=mule; oie=goose; dinde=turkey; dindon=turkey; caille=quail; perroquet=parrot; perruche=budgie; canari=canary;
cobaye=guinea pig; cochon d'inde=guinea pig; tortue=tortoise; serpent=snake; lezard=lizard; grenouille=frog; souris=mouse; rat=rat;
furet=ferret; alpaga=alpaca; lama=llama; chameau=camel; agneau=lamb; chevreau=kid goat; poussin=chick; etalon=stallion; jument=mare;
poulain=foal; truie=sow; porcelet=piglet; animal de compagnie=pet; maitre du chien=dog owner;
tramway=tram; metro=subway train; fourgon=van; fourgonnette=van; poids lourd=truck; semi-remorque=semi-trailer; minibus=minibus;
ambulance=ambulance; caravane=caravan; camping-car=camper van; quad=quad bike; jet-ski=jet ski; peniche=barge; ferry=ferry;
planche a voile=windsurf board; planche de surf=surfboard; ski=ski; luge=sled; poussette=pushchair; fauteuil roulant=wheelchair;
frigo=fridge; refrigerateur=fridge; congelateur=freezer; four=oven; micro-ondes=microwave; cuisiniere=cooker; plaque de cuisson=hob;
lave-linge=washing machine; machine a laver=washing machine; seche-linge=tumble dryer; lave-vaisselle=dishwasher; aspirateur=vacuum cleaner;
fer a repasser=iron; bouilloire=kettle; cafetiere=coffee maker; grille-pain=toaster; mixeur=blender; televiseur=television; tele=television;
radiateur=radiator; chaudiere=boiler; climatiseur=air conditioner; ventilateur=fan; placard=cupboard; commode=chest of drawers;
bibliotheque murale=bookcase; lit superpose=bunk bed; matelas=mattress; oreiller=pillow; couverture=blanket;
couette=duvet; drap=sheet; serviette=towel; rideau=curtain; miroir=mirror; vaisselle=dishes; assiette=plate; verre=glass; tasse=cup;
bol=bowl; casserole=saucepan; poele=frying pan; marmite=pot; vase=vase; cadre photo=picture frame; coussin=cushion;
tabouret=stool; banc=bench; poubelle=bin; balai=broom; seau=bucket; perceuse=drill; tondeuse=lawn mower; brouette=wheelbarrow`,
  places: String.raw`
lieu=place; endroit=place; adresse=address; emplacement=location; localisation=location; site web=website; batiment=building; immeuble=building;
maison=house; appartement=apartment; studio=studio; chambre=room; bureau=office; salle de reunion=meeting room; salle de classe=classroom;
accueil=reception; hall=hall; couloir=corridor; cour=yard; jardin=garden; parc=park; plage=beach; montagne=mountain; lac=lake; riviere=river;
foret=forest; champ=field; parcelle=plot; prairie=meadow; verger=orchard; vigne=vine; vignoble=vineyard; serre=greenhouse;
etable=barn; ecurie=stable; grange=barn; elevage=breeding; date d'emission=issue date; exploitation=farm; exploitation agricole=farm; enclos=enclosure; box=stall; pature=pasture;
usine=factory; atelier=workshop; chantier=construction site; depot=depot; entrepot=warehouse; quai=dock; port=port; aeroport=airport; gare=station;
station=station; arret=stop; parking=parking lot; garage=garage; boutique=shop; commerce=shop; supermarche=supermarket; marche=market;
pharmacie=pharmacy; boulangerie=bakery; librairie=bookshop; restaurant=restaurant; cafe=cafe; bar=bar; hotel=hotel; auberge=inn; gite=cottage;
camping=campsite; emplacement de camping=pitch; mairie=town hall; prefecture=prefecture; tribunal=court; cabinet d'avocats=law firm;
etude=office; banque=bank; agence bancaire=bank branch; succursale=branch; filiale=subsidiary; siege social=headquarters; antenne=branch;
creche=daycare; garderie=daycare; maternelle=kindergarten; gymnase=gym; piscine=swimming pool; patinoire=ice rink; stade=stadium;
salle de sport=gym; musee=museum; galerie=gallery; theatre=theater; cinema=cinema; salle de concert=concert hall; eglise=church;
mosquee=mosque; cimetiere=cemetery; tombe=grave; chapelle=chapel; refuge=shelter; chenil=kennel; zoo=zoo; aquarium=aquarium;
zone=zone; secteur=sector; allee=aisle; etagere=shelf; casier=locker; emplacement de stockage=storage location; box de stockage=storage unit;
arrondissement=district; commune=municipality; departement=department; province=province; continent=continent`,
  things: String.raw`
chose=thing; article=item; element=item; produit=product; marchandise=goods; piece detachee=spare part; composant=component;
materiel=equipment; equipement=equipment; appareil=device; machine=machine; outil=tool; instrument=instrument; capteur=sensor; sonde=probe;
compteur=meter; thermostat=thermostat; ampoule=light bulb; lampe=lamp; interrupteur=switch; camera=camera; alarme=alarm;
batterie=battery; chargeur=charger; borne=terminal; borne de recharge=charging station; ordinateur=computer; telephone=phone;
tablette=tablet; ecran=screen; imprimante=printer; clavier=keyboard; serveur informatique=server; logiciel=software; licence=license;
meuble=furniture; chaise=chair; bureau de travail=desk; armoire=wardrobe; canape=sofa; tapis=rug; cle=key; badge=badge; carte=card;
vetement=garment; habit=clothing; chemise=shirt; pantalon=trousers; robe=dress; veste=jacket; manteau=coat; chaussure=shoe; bottes=boots;
sac=bag; valise=suitcase; bijou/bijoux=jewel; montre=watch; lunettes=glasses; jouet=toy; jeu=game; jeu de societe=board game; ballon=ball;
raquette=racket; velo electrique=e-bike; trottinette=scooter; moto=motorcycle; scooter=scooter; bus=bus; autocar=coach;
avion=plane; bateau=boat; voilier=sailboat; canoe=canoe; kayak=kayak; remorque=trailer; camionnette=van; tracteur=tractor; pneu=tire;
moteur=engine; frein=brake; essence=petrol; plaque d'immatriculation=license plate; 
carte grise=registration document; carrosserie=bodywork; vidange=oil change; controle technique=inspection; pieces=parts;
 magazine=magazine; revue=journal; journal=newspaper; album=album; disque=record; vinyle=vinyl; chanson=song; morceau=track;
film=film; serie tele=tv series; episode=episode; saison=season; video=video; podcast=podcast; emission=show; spectacle=show; oeuvre=work;
tableau de peinture=painting; sculpture=sculpture; affiche=poster; billet=ticket; ticket=ticket;
plante=plant; fleur=flower; arbre=tree; arbuste=shrub; graine=seed; semence=seed; legume=vegetable; fruit=fruit; cereale=cereal; ble=wheat;
 culture=crop; recolte=harvest; engrais=fertilizer; pesticide=pesticide; foin=hay; paille=straw; bois=wood; terre=soil; sol=soil;
betail=livestock; vache=cow; taureau=bull; veau=calf; cheval=horse; poney=pony; mouton=sheep; brebis=ewe; chevre=goat; cochon=pig; porc=pig;
poule=hen; poulet=chicken; canard=duck; lapin=rabbit; chien=dog; chat=cat; chiot=puppy; chaton=kitten; oiseau=bird; poisson=fish;
ruche=hive; abeille=bee; miel=honey; oeuf=egg; lait=milk; fromage=cheese; vin=wine; biere=beer; cafe en grains=coffee beans;
ingredient=ingredient; recette=recipe; aliment=food; nourriture=food; produit frais=fresh produce; conserve=canned food; denree=foodstuff;
medicament=medication; dose=dose; posologie=dosage; pilule=pill; comprime=tablet; pansement=bandage; seringue=syringe; lit d'hopital=hospital bed`,
  documents: String.raw`
dossier=file; fiche=record; formulaire=form; demande=request; candidature=application; requete=request; reclamation=claim; plainte=complaint;
signalement=report; rapport=report; compte rendu=report; proces-verbal=minutes; bilan=report; releve=statement; attestation=certificate;
certificat=certificate; diplome universitaire=degree; bulletin=report card; bulletin de notes=report card; carnet=logbook; registre=register;
journal de bord=log; historique=history; pieces justificatives=supporting documents; justificatif=proof; preuve=proof;
piece d'identite=id document; carte d'identite=identity card; passeport=passport; visa=visa; permis de conduire=driving license;
contrat de travail=employment contract; avenant=amendment; clause=clause; convention=agreement; accord=agreement; bail=lease; police d'assurance=insurance policy;
 sinistre=claim; devis estimatif=estimate; bon de commande=purchase order; bon de livraison=delivery note;
ticket de caisse=receipt; note de frais=expense report; fiche de paie=payslip; bulletin de salaire=payslip; declaration=declaration;
acte=deed; jugement=judgment; affaire=case; dossier juridique=case file; proces=trial; litige=dispute;
ordonnance medicale=prescription; analyse=analysis; examen=exam; resultat d'analyse=test result; compte-rendu medical=medical report;
carnet de sante=health record; carnet de vaccination=vaccination record; questionnaire=questionnaire; sondage=survey; quiz=quiz;
annonce=listing; petite annonce=classified ad; offre d'emploi=job offer; cv=resume; lettre de motivation=cover letter;
courrier=letter; lettre=letter; mail=email; email=email; sms=text message; newsletter=newsletter; article de blog=blog post; billet de blog=blog post;
fiche produit=product page; catalogue=catalog; inventaire=inventory; liste=list; checklist=checklist; modele de document=template; gabarit=template;
planning=schedule; emploi du temps=timetable; calendrier=calendar; agenda=calendar; ordre du jour=agenda; proces verbal=minutes`,
  events: String.raw`
affectation=assignment; attribution=allocation; jumelage=pairing; appariement=pairing; mise en relation=match; tutorat=mentorship;
evenement=event; manifestation=event; rencontre=meeting; reunion=meeting; rendez-vous=appointment; seance=session; session=session;
cours particulier=private lesson; atelier pratique=workshop; stage=internship; formation=training; conference=conference;
foire=fair; festival=festival; concert=concert; representation=performance; projection=screening; exposition=exhibition; vernissage=opening;
match=match; tournoi=tournament; championnat=championship; competition=competition; course=race; entrainement=training session;
epreuve=event; saison sportive=season; journee=day; finale=final; mariage=wedding; fete=party; soiree=party;
ceremonie=ceremony; voyage organise=tour; excursion=excursion; visite=visit; visite guidee=guided tour; sortie scolaire=school trip;
intervention=intervention; tournee=round; livraison express=express delivery; collecte=collection; ramassage=pickup; depannage=breakdown service;
reparation=repair; entretien=maintenance; maintenance=maintenance; revision=service; panne=breakdown; incident=incident; accident=accident;
alerte=alert; rappel=reminder; relance=reminder; consultation=consultation; hospitalisation=hospital stay; operation=operation; soin dentaire=dental care;
examen medical=medical exam; bilan de sante=checkup; embauche=hiring; entretien d'embauche=job interview; conge=leave; conges=leave;
vacances=vacation; arret maladie=sick leave; demission=resignation; licenciement=dismissal; promotion=promotion; 
mission de travail=assignment; tache=task; projet=project; jalon=milestone; sprint=sprint; vote=vote; election=election; adhesion=membership;
abonnement=subscription; renouvellement=renewal; resiliation=cancellation; annulation=cancellation; emprunt=loan; pret=loan;
depot de garantie=security deposit; transaction=transaction; virement=transfer; versement=payment; remboursement=refund; retrait d'argent=withdrawal;
encaissement=collection; mouvement=movement; mouvement de stock=stock movement; transfert=transfer; expedition=shipment; envoi=shipment;
reception=reception; arrivage=delivery; inventaire annuel=stock take; recensement=census; mesure=measurement; releve de compteur=meter reading;
lecture de capteur=sensor reading; observation=observation; controle=check; inspection=inspection; audit=audit; test=test; essai=trial;
recolte annuelle=harvest; semis=sowing; plantation=planting; velage=calving; mise bas=birth; tonte=shearing; vendange=grape harvest;
adoption=adoption; placement=placement; sauvetage=rescue; promenade=walk; pension=boarding; toilettage=grooming`,
  money: String.raw`
argent=money; prix unitaire=unit price; prix de vente=sale price; prix d'achat=purchase price; tarif horaire=hourly rate;
honoraires=fees; commission=commission; marge=margin; benefice=profit; chiffre d'affaires=revenue; depenses=expenses;
frais de port=shipping cost; frais de livraison=delivery fee; acompte=deposit; arrhes=deposit; credit=credit; debit=debit;
dette=debt; emprunt bancaire=bank loan; interet=interest; taux d'interet=interest rate; echeance=due date; mensualite=monthly payment;
cotisation=membership fee; abonnement mensuel=monthly subscription; prime=premium; franchise=deductible; indemnite=compensation;
salaire brut=gross salary; salaire net=net salary; bonus=bonus; pourboire=tip; reduction=discount; promo=promotion; bon d'achat=voucher;
carte cadeau=gift card; monnaie=currency; devise=currency; euro=euro; dollar=dollar; compte=account; compte bancaire=bank account;
iban=iban; rib=bank details; carte bancaire=bank card; cheque=check; portefeuille=wallet; caisse=till;
tva=vat; impot=tax; taxe de sejour=tourist tax; amende=fine; penalite=penalty; caution bancaire=guarantee; loyer mensuel=monthly rent;
charges locatives=service charges; subvention=grant; collecte de fonds=fundraising; cagnotte=kitty; objectif de collecte=fundraising goal`,
  time: String.raw`
date=date; heure de debut=start time; heure de fin=end time; date de debut=start date; date de fin=end date; date limite=deadline;
delai=deadline; periode=period; trimestre=quarter; semestre=semester; saison haute=high season; creneau=slot; plage horaire=time slot;
horaire=schedule; calendrier scolaire=school calendar; anniversaire de naissance=birthday; age minimum=minimum age;
duree de validite=validity period; date d'expiration=expiry date; expiration=expiry; validite=validity; frequence=frequency; recurrence=recurrence;
moment=moment; instant=instant; horodatage=timestamp; retard=delay; attente=wait; temps=time; temps de trajet=travel time;
week-end=weekend; jour ferie=public holiday; lundi=monday; mardi=tuesday; mercredi=wednesday; jeudi=thursday; vendredi=friday; samedi=saturday;
dimanche=sunday; janvier=january; fevrier=february; mars=march; avril=april; juin=june; juillet=july; aout=august; septembre=september;
octobre=october; novembre=november; decembre=december; printemps=spring; automne=autumn; hiver=winter; siecle=century; decennie=decade`,
  measures: String.raw`
quantite=quantity; nombre de places=number of seats; capacite=capacity; jauge=capacity; effectif=headcount; stock=stock; niveau de stock=stock level;
seuil=threshold; seuil d'alerte=alert threshold; limite=limit; plafond=ceiling;
pourcentage=percentage; proportion=proportion; ratio=ratio; indice=index; score=score; classement=ranking; position=position;
hauteur=height; largeur=width; longueur=length; profondeur=depth; epaisseur=thickness; diametre=diameter; volume=volume; contenance=volume;
surface=surface; aire=area; hectare=hectare; metre=meter; kilometre=kilometer; kilo=kilo; kilogramme=kilogram; gramme=gram; tonne=ton; litre=liter;
temperature=temperature; humidite=humidity; pression=pressure; vitesse=speed; puissance=power; consommation=consumption; energie=energy;
tension=voltage; intensite=current; luminosite=brightness; bruit=noise; pollution=pollution; qualite de l'air=air quality; pluie=rain;
precipitations=rainfall; vent=wind; meteo=weather; calories=calories; pouls=pulse; frequence cardiaque=heart rate; tension arterielle=blood pressure;
glycemie=blood sugar; taille de vetement=clothing size; pointure=shoe size; kilometrage total=total mileage; autonomie=range; charge=charge`,
  states: String.raw`
statut=status; etape=stage; phase=phase; avancement=progress; progression=progress; resultat=result; issue=outcome; decision=decision;
validation=approval; approbation=approval; refus=rejection; acceptation=acceptance; confirmation=confirmation;
brouillon=draft;
urgence=emergency; gravite=severity; severite=severity; importance=importance; niveau d'urgence=urgency; satisfaction=satisfaction;
qualite=quality; qualification=qualification; aptitude=aptitude; niveau de dependance=dependency level; conformite=compliance; presence=attendance; humeur=mood; sentiment=feeling; douleur=pain`,
  fields: String.raw`
nom de famille=last name; nom complet=full name; date de naissance=date of birth; lieu de naissance=place of birth; nationalite=nationality;
situation familiale=marital status; courriel=email; adresse e-mail=email; adresse mail=email; numero de telephone=phone number;
telephone portable=mobile phone; fax=fax; site internet=website; mot de passe=password; pseudo=username;
photo de profil=profile picture; signature=signature; numero de dossier=case number; numero de serie=serial number;
numero de commande=order number; numero de facture=invoice number; numero de suivi=tracking number; numero de securite sociale=social security number;
numero de licence=license number; numero de permis=license number; marque du vehicule=vehicle brand; modele du vehicule=vehicle model;
annee de construction=year built; annee de fabrication=year of manufacture; mise en circulation=first registration; puissance fiscale=tax horsepower;
type de sol=soil type; type=type; sorte=kind; espece animale=species; couleur de robe=coat color; poids vif=live weight;
description=description; observations=remarks; motif=reason; raison=reason; cause=cause; objet du message=subject;
adresse de livraison=delivery address; adresse de facturation=billing address; code=code; code promo=promo code; mot-cle=keyword;
lieu de rendez-vous=meeting point; point de depart=starting point; point d'arrivee=end point; coordonnees=contact details; latitude=latitude;
longitude=longitude; altitude=altitude; fuseau horaire=time zone; devise de paiement=currency; moyen de paiement=payment method;
mode de paiement=payment method; mode de livraison=delivery method; conditions=terms; consentement=consent; compte rendu de visite=visit report`,
  trades: String.raw`
cave a vin=wine cellar; cellier=cellar; bouteille de vin=wine bottle; cepage=grape variety; appellation=appellation; domaine=estate; chateau=chateau;
brasseur=brewer; houblon=hops; malt=malt; levure=yeast; fermentation=fermentation; cuve=tank; tonneau=barrel;
boulanger=baker; patissier=pastry chef; gateau=cake; patisserie=pastry; pain=bread; viennoiserie=pastry; commande speciale=special order;
fleuriste=florist; bouquet=bouquet; composition florale=flower arrangement; pot=pot; jardinerie=garden center;
camping-car=motorhome; caravane=caravan; mobil-home=mobile home; tente=tent; couchage=berth; place de couchage=berth;
piscine municipale=public pool; bassin=pool; ligne d'eau=lane; maillot de bain=swimsuit; brevet de natation=swimming badge; niveau de natation=swimming level;
ski=ski; moniteur de ski=ski instructor; forfait=pass; remontee=lift; piste=slope; surf=surfboard; planche=board; combinaison=wetsuit;
vin rouge=red wine; millesime=vintage; degre=strength; region viticole=wine region; producteur de vin=wine producer;
logiciel libre=open source software; depot de code=repository; bug=bug; anomalie=defect; ticket d'incident=incident ticket; fonctionnalite=feature;
version logicielle=release; deploiement=deployment; environnement=environment; serveur web=web server; base de donnees=database; requete sql=query;
utilisateur final=end user; role=role; droit=right; permission=permission; autorisation=permission; session utilisateur=session; jeton=token;
chantier de construction=construction site; devis de travaux=work estimate; travail/travaux=work; materiau=material; beton=concrete; brique=brick;
echafaudage=scaffolding; grue=crane; plan de construction=blueprint; permis de construire=building permit; metre carre=square meter;
restaurant scolaire=school canteen; cantine=canteen; menu du jour=daily menu; allergene=allergen; regime=diet; plateau=tray;
chambre double=double room; chambre simple=single room; suite=suite; petit-dejeuner=breakfast; demi-pension=half board; sejour linguistique=language stay;
salle des fetes=village hall; location de salle=room hire; traiteur=caterer; decoration=decoration; sono=sound system; animation=entertainment;
electromenager=household appliance; garantie=warranty; facture d'achat=purchase receipt; numero de modele=model number;
bibliotheque de quartier=neighborhood library; lecteur abonne=library member; pret de livre=book loan; reservation de livre=book hold;
hopital de jour=day hospital; service hospitalier=ward; lit de patient=patient bed; urgences=emergency department; garde de nuit=night shift;
securite sociale=social security; assurance=insurance; vol=flight; vol aller=outbound flight; vol retour=return flight; aeroport de depart=departure airport; sejour tout compris=package holiday; voyage organise=package tour; lampadaire=street light; nid-de-poule=pothole; eclairage public=street lighting; famille d'accueil=foster family; pelage=coat; piece de theatre=play; asso=association; tel=phone; velo=bicycle; vtt=mountain bike; troupe=troupe; repetition=rehearsal; spectateurs=spectators; cooperative=cooperative; olive=olive; danse=dance; ecole de danse=dance school; assurance habitation=home insurance; habitation=home; date d'effet=effective date; basket=basketball; pretre=priest; pasteur=pastor; cure=parish priest; bapteme=baptism; messe=mass; paroissien=parishioner; fidele=believer; office religieux=service; remboursement de soins=health refund; arret de travail=sick leave`,
};

const es: DomainNouns = {
  people: String.raw`
hombre=man; mujer=woman; nino=child; bebe=baby; adulto=adult; adolescente=teenager; anciano=elderly person;
jubilado=retiree; familia=family; hijo=son; hija=daughter; hermano=brother; hermana=sister; esposo=husband; esposa=wife; pareja=partner;
tutor=guardian; tutor legal=legal guardian; vecino=neighbor; amigo=friend; invitado=guest; huesped=guest; anfitrion=host; habitante=resident;
residente=resident; ciudadano=citizen; visitante=visitor; suscriptor=subscriber; abonado=subscriber; lector=reader; espectador=spectator;
oyente=listener; aficionado=fan; seguidor=follower; contacto=contact; responsable=manager; gerente=manager; jefe=boss;
encargado=manager; supervisor=supervisor; coordinador=coordinator; empleado=employee; trabajador=worker; colaborador=collaborator;
funcionario=civil servant; agente=agent; becario=intern; aprendiz=apprentice; candidato=candidate; aspirante=applicant; postulante=applicant;
reclutador=recruiter; directivo=executive; obrero=worker; operario=operator; tecnico=technician; ingeniero=engineer; desarrollador=developer;
programador=programmer; disenador=designer; consultor=consultant; asesor=advisor; experto=expert; contratista=contractor; subcontratista=subcontractor;
autonomo=freelancer; freelance=freelancer; artesano=craftsman; vendedor=seller; comprador=buyer; cajero=cashier;
camarero=waiter; mesero=waiter; cocinero=cook; chef=chef; barman=bartender; recepcionista=receptionist; conserje=concierge; portero=doorman;
limpiador=cleaner; jardinero=gardener; fontanero=plumber; plomero=plumber; electricista=electrician; carpintero=carpenter; pintor=painter;
albanil=bricklayer; mecanico=mechanic; peluquero=hairdresser; barbero=barber; estilista=stylist; esteticista=beautician; fotografo=photographer;
traductor=translator; redactor=editor; periodista=journalist; artista=artist; musico=musician; cantante=singer; bailarin=dancer; organizador=organizer;
ponente=speaker; orador=speaker; conferenciante=speaker; expositor=exhibitor; patrocinador=sponsor; socio comercial=business partner;
beneficiario=beneficiary; presidente=president; tesorero=treasurer; secretario=secretary; administrador=administrator; moderador=moderator;
arrendador=landlord; casero=landlord; arrendatario=tenant; companero de piso=roommate; agente inmobiliario=real estate agent; notario=notary;
abogado=lawyer; juez=judge; procurador=solicitor; contable=accountant; banquero=banker; asegurador=insurer; asegurado=policyholder;
prestatario=borrower; prestamista=lender; acreedor=creditor; deudor=debtor; doctora=doctor; medico de cabecera=family doctor; enfermero=nurse; auxiliar=assistant;
farmaceutico=pharmacist; dentista=dentist; odontologo=dentist; fisioterapeuta=physiotherapist; psicologo=psychologist; terapeuta=therapist;
cirujano=surgeon; matrona=midwife; cuidador=caregiver; paciente=patient; enfermo=patient; profesor=teacher; maestro=teacher; docente=teacher;
formador=trainer; instructor=instructor; monitor=instructor; entrenador=coach; director de escuela=principal; tutor escolar=tutor; bedel=caretaker;
padre de alumno=parent; aprendiente=learner; graduado=graduate; egresado=graduate; jugador=player; deportista=athlete; atleta=athlete; arbitro=referee;
capitan=captain; portero de futbol=goalkeeper; corredor=runner; nadador=swimmer; ciclista=cyclist; piloto=pilot; camionero=truck driver;
transportista=carrier; remitente=sender; destinatario=recipient; cartero=postman; mensajero=courier; mozo de almacen=warehouse worker;
agricultor=farmer; ganadero=rancher; viticultor=winegrower; apicultor=beekeeper; pastor=shepherd;
cuidador de animales=animal keeper; socorrista=lifeguard; guia=guide; viajero=traveler; turista=tourist; peregrino=pilgrim; campista=camper;
ocupante=occupant; escritor=writer; ilustrador=illustrator; productor=producer; personaje=character; creador=creator; operador=operator;
inspector=inspector; auditor=auditor; repartidor=courier; conductor=driver`,
  home: String.raw`
burro=donkey; asno=donkey; mula=mule; ganso=goose; oca=goose; pavo=turkey; codorniz=quail; loro=parrot; periquito=budgie; canario=canary;
cobaya=guinea pig; conejillo de indias=guinea pig; tortuga=tortoise; serpiente=snake; lagarto=lizard; rana=frog; raton=mouse; rata=rat;
huron=ferret; alpaca=alpaca; camello=camel; cordero=lamb; cabrito=kid goat; pollito=chick; semental=stallion; potro=foal;
cerda=sow; lechon=piglet; mascota=pet; criador=breeder; criadero=breeding farm;
tranvia=tram; metro=subway train; camioneta=pickup truck; minibus=minibus; ambulancia=ambulance; caravana=caravan; autocaravana=camper van;
quad=quad bike; moto de agua=jet ski; barcaza=barge; ferry=ferry; transbordador=ferry; tabla de surf=surfboard; esqui=ski; trineo=sled;
carrito de bebe=pushchair; silla de ruedas=wheelchair;
nevera=fridge; frigorifico=fridge; refrigerador=fridge; heladera=fridge; congelador=freezer; horno=oven; microondas=microwave;
cocina de gas=cooker; placa de cocina=hob; lavadora=washing machine; secadora=tumble dryer; lavavajillas=dishwasher; aspiradora=vacuum cleaner;
plancha=iron; hervidor=kettle; cafetera=coffee maker; tostadora=toaster; batidora=blender; televisor=television; television=television; tele=television;
radiador=radiator; caldera=boiler; aire acondicionado=air conditioner; ventilador=fan; estanteria=shelving unit; 
aparador=sideboard; librero=bookcase; litera=bunk bed; colchon=mattress; almohada=pillow; manta=blanket; edredon=duvet; sabana=sheet;
toalla=towel; cortina=curtain; espejo=mirror; vajilla=dishes; vaso=glass; taza=cup; cuenco=bowl; 
cacerola=saucepan; sarten=frying pan; olla=pot; jarron=vase; marco de fotos=picture frame; cojin=cushion; taburete=stool; banco de jardin=garden bench;
cubo de basura=bin; escoba=broom; cubo=bucket; escalera de mano=ladder; taladro=drill; cortacesped=lawn mower; carretilla=wheelbarrow`,
  places: String.raw`
lugar=place; sitio web=website; direccion=address; ubicacion=location; localizacion=location; edificio=building; casa=house; vivienda=home;
apartamento=apartment; piso=apartment; estudio=studio; despacho=office; sala de reuniones=meeting room; aula=classroom; recepcion=reception;
pasillo=corridor; patio=yard; jardin=garden; parque=park; playa=beach; montana=mountain; lago=lake; rio=river; bosque=forest;
parcela=plot; finca=farm; granja=farm; huerta=vegetable garden; huerto=vegetable garden; bancal=garden bed; asesoria=advisory firm; gestoria=administrative agency; potrero=paddock; prado=meadow; pasto=pasture; vinedo=vineyard;
invernadero=greenhouse; establo=stable; cuadra=stable; granero=barn; corral=pen; cerco=enclosure; fabrica=factory; obra=construction site;
muelle=dock; puerto=port; aeropuerto=airport; estacion=station; parada=stop; aparcamiento=parking lot; estacionamiento=parking lot;
garaje=garage; supermercado=supermarket; mercado=market; farmacia=pharmacy; panaderia=bakery; libreria=bookshop; restaurante=restaurant;
cafeteria=cafe; bar=bar; hotel=hotel; hostal=hostel; albergue=hostel; casa rural=cottage; camping=campsite; ayuntamiento=town hall;
juzgado=court; tribunal=court; bufete=law firm; despacho de abogados=law firm; banco=bank; sucursal=branch; filial=subsidiary; sede=headquarters;
guarderia=daycare; jardin de infancia=kindergarten; instituto=high school; academia=academy; piscina=swimming pool; pista=court; cancha=court;
polideportivo=sports center; museo=museum; galeria=gallery; teatro=theater; cine=cinema; sala de conciertos=concert hall; iglesia=church;
mezquita=mosque; cementerio=cemetery; refugio=shelter; perrera=kennel; protectora=animal shelter; zoologico=zoo; acuario=aquarium; zona=zone;
sector=sector; pasillo de tienda=aisle; estante=shelf; estanteria=shelving; taquilla=locker; trastero=storage unit; provincia=province;
comunidad=community; municipio=municipality; continente=continent `,
  things: String.raw`
objeto=object; cosa=thing; articulo=item; elemento=item; producto=product; mercancia=goods; pieza=part; repuesto=spare part; componente=component;
material=material; equipamiento=equipment; aparato=device; dispositivo=device; maquina=machine; instrumento=instrument; sensor=sensor;
sonda=probe; medidor=meter; termostato=thermostat; bombilla=light bulb; lampara=lamp; enchufe=plug; interruptor=switch;
camara=camera; alarma=alarm; bateria=battery; cargador=charger; punto de carga=charging point; ordenador=computer; computadora=computer;
portatil=laptop; telefono=phone; tableta=tablet; pantalla=screen; impresora=printer; teclado=keyboard; servidor=server;
software=software; mueble=furniture; silla=chair; escritorio=desk; cama=bed; armario=wardrobe; sofa=sofa; alfombra=rug; llave=key;
tarjeta=card; ropa=clothing; prenda=garment; camisa=shirt; pantalon=trousers; vestido=dress; chaqueta=jacket; abrigo=coat; zapato=shoe;
bota=boot; bolso=bag; maleta=suitcase; joya=jewel; reloj=watch; gafas=glasses; juguete=toy; juego=game; juego de mesa=board game;
balon=ball; pelota=ball; raqueta=racket; patinete=scooter; moto=motorcycle; motocicleta=motorcycle; autobus=bus; tren=train; avion=plane;
barco=boat; velero=sailboat; canoa=canoe; kayak=kayak; remolque=trailer; furgoneta=van; tractor=tractor; neumatico=tire; motor=engine;
freno=brake; gasolina=petrol; placa=license plate; chasis=chassis; carroceria=bodywork;
cambio de aceite=oil change; itv=inspection; libro=book; revista=magazine; periodico=newspaper; album=album; disco=record;
vinilo=vinyl; cancion=song; pelicula=film; serie de television=tv series; episodio=episode; temporada=season; video=video;
podcast=podcast; programa de radio=radio show; espectaculo=show; obra de arte=artwork; cuadro=painting; escultura=sculpture; cartel=poster;
 boleto=ticket; billete=ticket; planta de interior=houseplant; flor=flower; arbol=tree; arbusto=shrub; semilla=seed;
verdura=vegetable; hortaliza=vegetable; fruta=fruit; cereal=cereal; trigo=wheat; maiz=maize; cultivo=crop; cosecha=harvest;
fertilizante=fertilizer; pesticida=pesticide; heno=hay; paja=straw; madera=wood; tierra=soil; suelo=soil; ganado=livestock; vaca=cow; toro=bull;
ternero=calf; caballo=horse; yegua=mare; poni=pony; oveja=sheep; cabra=goat; cerdo=pig; gallina=hen; pollo=chicken; pato=duck; conejo=rabbit;
perro=dog; gato=cat; cachorro=puppy; gatito=kitten; pajaro=bird; ave=bird; pez=fish; pescado=fish; colmena=hive; abeja=bee; miel=honey;
huevo=egg; leche=milk; queso=cheese; vino=wine; cerveza=beer; cafe=coffee; ingrediente=ingredient; alimento=food; comestible=foodstuff;
producto fresco=fresh produce; conserva=canned food; medicamento=medication; medicina=medicine; dosis=dose; posologia=dosage; pastilla=pill;
comprimido=tablet; vendaje=bandage; jeringa=syringe; cama de hospital=hospital bed; crotal=ear tag`,
  documents: String.raw`
expediente=file; ficha=record; formulario=form; solicitud=application; peticion=request; reclamacion=claim; queja=complaint; denuncia=report;
informe=report; reporte=report; acta=minutes; balance=balance sheet; extracto=statement; certificado=certificate; constancia=certificate;
boletin de notas=report card; libreta=logbook; registro=record; bitacora=log; historial=history; archivo historico=archive; comprobante=proof;
justificante=receipt; prueba=test; documento de identidad=identity document; pasaporte=passport; visado=visa; carnet de conducir=driving license; carne de conducir=driving license; ejercicio fiscal=fiscal year; importe a pagar=amount due;
licencia de conducir=driving license; contrato de trabajo=employment contract; anexo=annex; clausula=clause; convenio=agreement; acuerdo=agreement;
contrato de alquiler=lease; poliza=policy; poliza de seguro=insurance policy; siniestro=claim; presupuesto estimado=estimate; orden de compra=purchase order;
albaran=delivery note; nota de credito=credit note; ticket=receipt; nomina=payslip; declaracion=declaration; escritura=deed; sentencia=judgment;
 caso=case; juicio=trial; litigio=dispute; analisis=analysis; examen=exam; radiografia=x-ray; resultado de analisis=analysis result;
informe medico=medical report; historia clinica=medical history; cartilla de vacunacion=vaccination record; cuestionario=questionnaire; encuesta=survey;
anuncio=listing; oferta de empleo=job offer; oferta de trabajo=job offer; oferta=offer; curriculum=resume; cv=resume;
carta de presentacion=cover letter; correo=email; correo electronico=email; sms=text message; boletin=newsletter; entrada de blog=blog post;
catalogo=catalog; listado=list; plantilla=template; planificacion=schedule; calendario=calendar; agenda=calendar; orden del dia=agenda;
orden de trabajo=work order; parte de trabajo=work report; albaran de entrega=delivery note`,
  events: String.raw`
asignacion=assignment; adjudicacion=allocation; emparejamiento=pairing; colocacion=placement; tutoria=mentorship;
evento=event; acontecimiento=event; encuentro=meeting; reunion=meeting; cita=appointment; sesion=session; clase particular=private lesson;
taller practico=workshop; practicas=internship; formacion=training; capacitacion=training; conferencia=conference; congreso=conference; feria=fair;
festival=festival; concierto=concert; representacion=performance; proyeccion=screening; exposicion=exhibition;
inauguracion=opening; partido=match; torneo=tournament; campeonato=championship; liga=league; competicion=competition; competencia=competition;
 entrenamiento=training session; prueba deportiva=event; boda=wedding; fiesta=party;
ceremonia=ceremony; visita=visit; visita guiada=guided tour; salida escolar=school trip; intervencion=job; recogida=pickup;
averia=breakdown; reparacion=repair; mantenimiento=maintenance; revision=service; incidencia=incident; incidente=incident; accidente=accident;
alerta=alert; aviso=notice; recordatorio=reminder; hospitalizacion=hospital stay; operacion=operation; cirugia=surgery; revision medica=checkup;
contratacion=hiring; entrevista=interview; entrevista de trabajo=job interview; vacaciones=vacation; permiso laboral=leave; baja medica=sick leave;
dimision=resignation; despido=dismissal; ascenso=promotion; evaluacion=evaluation; tarea=task; proyecto=project; hito=milestone; votacion=vote;
voto=vote; eleccion=election; afiliacion=membership; suscripcion=subscription; renovacion=renewal; cancelacion=cancellation;
prestamo=loan; transaccion=transaction; transferencia=transfer; reembolso=refund; retirada=withdrawal; cobro=collection;
movimiento=movement; movimiento de stock=stock movement; traslado=transfer; remesa=shipment; recepcion de mercancia=goods receipt;
censo=census; medicion=measurement; medida=measurement; lectura de contador=meter reading; control=check;
inspeccion=inspection; auditoria=audit; ensayo=trial; siembra=sowing; plantacion=planting; ordeno=milking; parto=birth; esquila=shearing;
vendimia=grape harvest; adopcion=adoption; rescate=rescue; paseo=walk; cuidado=care; guarderia canina=dog daycare;
pension=boarding; aseo=grooming; peluqueria canina=dog grooming; ruta=route; excursion=excursion`,
  money: String.raw`
dinero=money; precio unitario=unit price; precio de venta=sale price; precio de compra=purchase price; 
tarifa por hora=hourly rate; honorarios=fees; comision=commission; margen=margin; beneficio=profit; ganancia=profit; facturacion=revenue;
ingresos=revenue; gastos=expenses; gastos de envio=shipping cost; anticipo=advance; fianza=deposit; deposito de garantia=security deposit;
credito=credit; debito=debit; deuda=debt; interes=interest; tipo de interes=interest rate; vencimiento=due date; mensualidad=monthly payment;
cuota mensual=monthly fee; prima=premium; franquicia=deductible; indemnizacion=compensation; salario bruto=gross salary; salario neto=net salary;
bonificacion=bonus; propina=tip; rebaja=discount; promocion=promotion; cupon=coupon; tarjeta regalo=gift card; moneda=currency;
divisa=currency; euro=euro; dolar=dollar; cuenta=account; cuenta bancaria=bank account; iban=iban; tarjeta de credito=credit card; cheque=check;
efectivo=cash; cartera=wallet; caja=till; iva=vat; multa=fine; penalizacion=penalty; aval=guarantee; renta=rent; subvencion=grant;
recaudacion=fundraising; colecta=collection; donativo=donation; aportacion=contribution`,
  time: String.raw`
fecha=date; hora de inicio=start time; hora de fin=end time; hora de llegada=arrival time; hora de salida=departure time; fecha de inicio=start date;
fecha de fin=end date; fecha limite=deadline; plazo=deadline; periodo=period; trimestre=quarter; semestre=semester; temporada alta=high season;
franja horaria=time slot; turno=shift; calendario escolar=school calendar; fecha de caducidad=expiry date; caducidad=expiry; vigencia=validity;
frecuencia=frequency; momento=moment; marca de tiempo=timestamp; retraso=delay; espera=wait; tiempo=time; fin de semana=weekend; festivo=public holiday;
lunes=monday; martes=tuesday; miercoles=wednesday; jueves=thursday; viernes=friday; sabado=saturday; domingo=sunday; enero=january;
febrero=february; marzo=march; abril=april; mayo=may; junio=june; julio=july; agosto=august; septiembre=september; octubre=october;
noviembre=november; diciembre=december; primavera=spring; verano=summer; otono=autumn; invierno=winter; siglo=century; decada=decade`,
  measures: String.raw`
numero de plazas=number of seats; capacidad=capacity; aforo=capacity; plantilla de personal=headcount; existencias=stock;
stock=stock; umbral=threshold; limite=limit; tope=cap; promedio=average; porcentaje=percentage;
proporcion=proportion; indice=index; clasificacion=ranking; altura=height; anchura=width; ancho=width;
profundidad=depth; grosor=thickness; diametro=diameter; volumen=volume; area=area; hectarea=hectare; metro=meter;
kilometro=kilometer; kilo=kilo; kilogramo=kilogram; gramo=gram; tonelada=ton; litro=liter; temperatura=temperature; humedad=humidity;
presion=pressure; velocidad=speed; potencia=power; consumo=consumption; energia=energy; voltaje=voltage; luminosidad=brightness; ruido=noise;
contaminacion=pollution; calidad del aire=air quality; lluvia=rain; precipitacion=rainfall; viento=wind; clima=weather; tiempo atmosferico=weather;
calorias=calories; pulso=pulse; frecuencia cardiaca=heart rate; tension arterial=blood pressure; glucosa=blood sugar; talla=size;
numero de calzado=shoe size; autonomia=range; carga=charge`,
  states: String.raw`
situacion=situation; fase=phase; progreso=progress; avance=progress; desenlace=outcome; decision=decision; aprobacion=approval; rechazo=rejection;
aceptacion=acceptance; confirmacion=confirmation; urgencia=emergency; gravedad=severity; importancia=importance; satisfaccion=satisfaction;
calidad=quality; cualificacion=qualification; titulacion=qualification; grado de dependencia=dependency level; cumplimiento=compliance; animo=mood; estado de animo=mood; sentimiento=feeling; dolor=pain`,
  fields: String.raw`
nombre completo=full name; nombre de pila=first name; fecha de nacimiento=date of birth; lugar de nacimiento=place of birth; nacionalidad=nationality;
estado civil=marital status; numero de telefono=phone number; telefono movil=mobile phone; fax=fax; pagina web=website; identificador=identifier;
contrasena=password; nombre de usuario=username; foto de perfil=profile picture; firma=signature; 
numero de expediente=case number; numero de pedido=order number; numero de factura=invoice number; numero de seguimiento=tracking number;
numero de la seguridad social=social security number; numero de licencia=license number; numero de colegiado=registration number;
ano de construccion=year built; ano de fabricacion=year of manufacture; tipo de suelo=soil type; tipo=type;
descripcion=description; nota=note; motivo=reason; razon=reason; causa=cause; direccion de entrega=delivery address;
direccion de facturacion=billing address; codigo=code; codigo promocional=promo code; palabra clave=keyword; punto de encuentro=meeting point;
punto de partida=starting point; datos de contacto=contact details; latitud=latitude; altitud=altitude; zona horaria=time zone;
metodo de pago=payment method; forma de pago=payment method; medio de pago=payment method; metodo de envio=shipping method; condiciones=terms;
consentimiento=consent; fecha de alta=registration date; fecha de emision=issue date; fecha de baja=cancellation date; fecha de entrada=entry date; fecha de ingreso=admission date`,
  trades: String.raw`
bodega de vinos=wine cellar; botella=bottle; cepa=grape variety; uva=grape; denominacion de origen=designation of origin; vinateria=wine shop;
cervecero=brewer; lupulo=hops; malta=malt; levadura=yeast; fermentacion=fermentation; tanque=tank; barril=barrel; barrica=barrel;
panadero=baker; pastelero=pastry chef; tarta=cake; pastel=cake; pan=bread; bolleria=pastry; encargo=special order;
florista=florist; ramo=bouquet; arreglo floral=flower arrangement; maceta=pot; vivero=plant nursery;
autocaravana=motorhome; caravana=caravan; tienda de campana=tent; litera=bunk; plaza de dormir=berth;
piscina municipal=public pool; calle de piscina=lane; banador=swimsuit; nivel de natacion=swimming level;
esqui=ski; monitor de esqui=ski instructor; forfait=ski pass; remonte=lift; tabla de surf=surfboard; neopreno=wetsuit;
vino tinto=red wine; cosecha de vino=vintage; anada=vintage; graduacion=alcohol content; bodeguero=winemaker;
repositorio=repository; error=bug; fallo=failure; defecto=defect; funcionalidad=feature; version de software=release; despliegue=deployment;
entorno=environment; base de datos=database; consulta sql=query; usuario final=end user; rol=role; derecho=right; permiso de acceso=permission; token=token;
presupuesto de obra=work estimate; obras=works; material de construccion=building material; hormigon=concrete; ladrillo=brick; andamio=scaffolding;
grua=crane; plano=blueprint; licencia de obra=building permit; metro cuadrado=square meter;
comedor escolar=school canteen; comedor=dining room; cantina=canteen; menu del dia=daily menu; alergeno=allergen; dieta=diet; bandeja=tray;
habitacion doble=double room; habitacion individual=single room; suite=suite; desayuno=breakfast; media pension=half board;
salon de eventos=event hall; alquiler de sala=room hire; catering=catering; decoracion=decoration; animacion=entertainment;
electrodomestico=household appliance; garantia=warranty; ticket de compra=purchase receipt; numero de modelo=model number;
urgencias=emergency department; planta de hospital=ward; guardia=on-call shift; seguridad social=social security; seguro=insurance; vuelo=flight; vuelo de ida=outbound flight; vuelo de vuelta=return flight; aeropuerto de salida=departure airport; viaje organizado=package tour; paquete turistico=package holiday; bache=pothole; alumbrado=street lighting; farola=street light; familia de acogida=foster family; pelaje=coat; bici=bike; obra de teatro=play; ensayo general=dress rehearsal; compania de teatro=theater company; butaca=seat; cooperativa=cooperative; aceituna=olive; oliva=olive; liquidacion=settlement; baile=dance; danza=dance; seguro de hogar=home insurance; fecha de efecto=effective date; baloncesto=basketball; sacerdote=priest; cura=priest; bautizo=baptism; bautismo=baptism; misa=mass; feligres=parishioner; parroquiano=parishioner;
baja laboral=sick leave; servicio de comedor=meal service`,
};

const de: DomainNouns = {
  people: String.raw`
mann=man; frau=woman; kind/kinder=child; baby=baby; erwachsene=adult; erwachsener=adult; jugendliche=teenager; jugendlicher=teenager; senior=senior; rentner=retiree; familie=family;
vater=father; mutter=mother; sohn=son; tochter=daughter; bruder=brother; schwester=sister; ehepartner=spouse; partner=partner; vormund=guardian;
erziehungsberechtigte=guardian; erziehungsberechtigter=guardian; nachbar=neighbor; freund=friend; gast=guest; gastgeber=host; bewohner=resident; einwohner=resident; burger=citizen;
abonnent=subscriber; leser=reader; zuschauer=spectator; zuhorer=listener; publikum=audience; fan=fan; kontakt=contact;
ansprechpartner=contact person; verantwortliche=person in charge; verantwortlicher=person in charge; leiter=manager; geschaftsfuhrer=managing director; chef=boss; vorgesetzte=supervisor; vorgesetzter=supervisor;
teamleiter=team leader; projektleiter=project manager; koordinator=coordinator; angestellte=employee; angestellter=employee; mitarbeiter=employee; arbeitnehmer=employee;
arbeitgeber=employer; beamte=civil servant; beamter=civil servant; praktikant=intern; auszubildende=apprentice; auszubildender=apprentice; azubi=apprentice; lehrling=apprentice; bewerber=applicant;
kandidat=candidate; personaler=recruiter; arbeiter=worker; techniker=technician; ingenieur=engineer; entwickler=developer; programmierer=programmer;
designer=designer; berater=consultant; experte=expert; auftragnehmer=contractor; subunternehmer=subcontractor; freiberufler=freelancer;
selbststandige=self-employed person; selbststandiger=self-employed person; handwerker=tradesman; vertreter=sales representative; verkaufer=seller; kaufer=buyer; kassierer=cashier;
kellner=waiter; bedienung=waiter; koch=cook; barkeeper=bartender; rezeptionist=receptionist; hausmeister=caretaker; putzkraft=cleaner;
reinigungskraft=cleaner; gartner=gardener; klempner=plumber; installateur=plumber; elektriker=electrician; tischler=carpenter; schreiner=carpenter;
maler=painter; maurer=bricklayer; mechaniker=mechanic; kfz-mechaniker=car mechanic; friseur=hairdresser; kosmetiker=beautician; fotograf=photographer;
ubersetzer=translator; redakteur=editor; journalist=journalist; kunstler=artist; musiker=musician; helfer=helper; sanger=singer; tanzer=dancer; veranstalter=organizer;
organisator=organizer; redner=speaker; referent=speaker; sprecher=speaker; aussteller=exhibitor; sponsor=sponsor; gonner=patron;
empfanger=recipient; begunstigte=beneficiary; begunstigter=beneficiary; vorsitzende=chair; vorsitzender=chair; vorstand=board; kassenwart=treasurer; schriftfuhrer=secretary; sekretar=secretary;
administrator=administrator; moderator=moderator; vermieter=landlord; mitbewohner=roommate; hausverwalter=property manager; makler=real estate agent;
immobilienmakler=real estate agent; notar=notary; anwalt=lawyer; rechtsanwalt=lawyer; mandant=client; richter=judge; steuerberater=tax advisor;
buchhalter=accountant; bankberater=bank advisor; versicherer=insurer; versicherungsnehmer=policyholder; kreditnehmer=borrower; glaubiger=creditor;
schuldner=debtor; arzt=doctor; hausarzt=family doctor; facharzt=specialist; doktor=doctor; krankenpfleger=nurse; pfleger=carer; pflegekraft=carer; apotheker=pharmacist; zahnarzt=dentist;
physiotherapeut=physiotherapist; psychologe=psychologist; therapeut=therapist; chirurg=surgeon; hebamme=midwife; betreuer=carer; patient=patient;
lehrer=teacher; lehrkraft/lehrkrafte=teacher; dozent=lecturer; ausbilder=trainer; trainer=trainer; ubungsleiter=instructor; coach=coach;
reitlehrer=riding instructor; fahrlehrer=driving instructor; skilehrer=ski instructor; nachhilfelehrer=tutor; tutor=tutor; schulleiter=principal;
rektor=principal; schuler=student; student=student; studierender=student; absolvent=graduate; spieler=player; sportler=athlete;
athlet=athlete; schiedsrichter=referee; kapitan=captain; torwart=goalkeeper; mannschaftskamerad=teammate; laufer=runner; schwimmer=swimmer;
radfahrer=cyclist; pilot=pilot; fahrer=driver; lkw-fahrer=truck driver; spediteur=carrier; absender=sender; zusteller=delivery driver;
paketbote=courier; bote=messenger; lagerist=warehouse worker; landwirt=farmer; bauer=farmer; zuchter=breeder; winzer=winegrower;
schafer=shepherd; tierarzt=veterinarian; tierpfleger=animal keeper; rettungsschwimmer=lifeguard; reiseleiter=tour guide;
reisende=traveler; reisender=traveler; tourist=tourist; pilger=pilgrim; camper=camper; schriftsteller=writer; illustrator=illustrator;
produzent=producer; darsteller=performer; figur=character; urheber=creator; ersteller=creator; bediener=operator; sachbearbeiter=case worker; inspektor=inspector;
prufer=inspector; auditor=auditor; halter=owner; tierhalter=pet owner; eigentumer=owner; inhaber=owner`,
  home: String.raw`
esel=donkey; maultier=mule; gans/ganse=goose; truthahn=turkey; pute=turkey; wachtel=quail; papagei=parrot; wellensittich=budgie;
kanarienvogel=canary; meerschweinchen=guinea pig; schildkrote=tortoise; schlange=snake; eidechse=lizard; frosch/frosche=frog;
maus/mause=mouse; ratte=rat; frettchen=ferret; alpaka=alpaca; lama=llama; kamel=camel; lamm/lammer=lamb; zicklein=kid goat; kuken=chick;
hengst=stallion; fohlen=foal; sau=sow; ferkel=piglet; haustier=pet; herrchen=dog owner; frauchen=dog owner; tierhalter=pet owner;
strassenbahn=tram; tram=tram; u-bahn=subway train; kleinbus=minibus; krankenwagen=ambulance; rettungswagen=ambulance; wohnwagen=caravan;
wohnmobil=camper van; quad=quad bike; jetski=jet ski; lastkahn=barge; surfbrett=surfboard; ski=ski; schlitten=sled;
kinderwagen=pushchair; rollstuhl=wheelchair;
kuhlschrank=fridge; gefrierschrank=freezer; gefriertruhe=chest freezer; ofen=oven; backofen=oven; mikrowelle=microwave; 
kochfeld=hob; waschmaschine=washing machine; trockner=tumble dryer; geschirrspuler=dishwasher; spulmaschine=dishwasher;
staubsauger=vacuum cleaner; bugeleisen=iron; wasserkocher=kettle; kaffeemaschine=coffee maker; toaster=toaster; mixer=blender;
fernseher=television; fernsehgerat=television; heizkorper=radiator; heizung=heating; heizkessel=boiler; klimaanlage=air conditioner;
ventilator=fan; regal=shelf; kommode=chest of drawers; anrichte=sideboard; bucherregal=bookcase; etagenbett=bunk bed; matratze=mattress;
kissen=pillow; kopfkissen=pillow; decke=blanket; bettdecke=duvet; laken=sheet; handtuch/handtucher=towel; vorhang/vorhange=curtain;
spiegel=mirror; geschirr=dishes; teller=plate; glas/glaser=glass; tasse=cup; schussel=bowl; besteck=cutlery; kochtopf=saucepan;
topf/topfe=pot; pfanne=frying pan; vase=vase; bilderrahmen=picture frame; sofakissen=cushion; hocker=stool; mulleimer=bin;
besen=broom; eimer=bucket; bohrmaschine=drill; rasenmaher=lawn mower; schubkarre=wheelbarrow`,
  places: String.raw`
ort=place; adresse=address; anschrift=address; standort=location; gebaude=building; haus/hauser=house; wohnung=apartment;
studio=studio; buro=office; besprechungsraum=meeting room; klassenzimmer=classroom; klassenraum=classroom; empfang=reception; flur=corridor;
hof=yard; garten=garden; park=park; strand=beach; berg=mountain; see=lake; fluss=river; wald=forest; acker=field; parzelle=plot; weide=pasture;
wiese=meadow; obstgarten=orchard; weinberg=vineyard; gewachshaus=greenhouse; stall=stable; scheune=barn; bauernhof=farm; hofladen=farm shop;
koppel=paddock; gehege=enclosure; box=stall; reitstall=riding stable; fabrik=factory; werk=plant; werkstatt=workshop; baustelle=construction site;
depot=depot; lagerhalle=warehouse; hafen=port; flughafen=airport; bahnhof=station; haltestelle=stop; parkplatz=parking space; parkhaus=car park;
garage=garage; geschaft=shop; supermarkt=supermarket; markt=market; apotheke=pharmacy; backerei=bakery; buchhandlung=bookshop; restaurant=restaurant;
cafe=cafe; kneipe=pub; hotel=hotel; pension=guesthouse; ferienwohnung=holiday apartment; ferienhaus=holiday home; campingplatz=campsite;
stellplatz=pitch; rathaus=town hall; amt=office; behorde=authority; gericht=court; kanzlei=law firm; bank=bank; filiale=branch;
niederlassung=branch; zweigstelle=branch; hauptsitz=headquarters; kita=daycare; kindergarten=kindergarten; krippe=nursery; gymnasium/gymnasien=high school;
grundschule=primary school; hochschule=university; turnhalle=gym; fitnessstudio=gym; schwimmbad=swimming pool; hallenbad=indoor pool;
eisbahn=ice rink; sportplatz=sports ground; stadion/stadien=stadium; museum/museen=museum; galerie=gallery; theater=theater; kino=cinema;
konzertsaal=concert hall; kirche=church; moschee=mosque; friedhof=cemetery; grab=grave; tierheim=animal shelter; pflegedienst=home care service; pflegeheim=care home; altenheim=retirement home; imkerei=apiary; zwinger=kennel; zoo=zoo;
aquarium/aquarien=aquarium; zone=zone; bereich=area; regal=shelf; schliessfach=locker; spind=locker;
lagerplatz=storage location; lagerort=storage location; bezirk=district; gemeinde=municipality; landkreis=district; bundesland=state; kontinent=continent`,
  things: String.raw`
gegenstand=object; sache=thing; ding=thing; artikel=item; produkt=product; ersatzteil=spare part; teil=part; bauteil=component;
komponente=component; material=material; ausrustung=equipment; gerat=device; maschine=machine; werkzeug=tool; instrument=instrument; sensor=sensor;
fuhler=probe; zahler=meter; messgerat=measuring device; thermostat=thermostat; gluhbirne=light bulb; lampe=lamp; steckdose=socket; schalter=switch;
kamera=camera; alarm=alarm; akku=battery; batterie=battery; ladegerat=charger; ladesaule=charging station; ladestation=charging station;
computer=computer; rechner=computer; laptop=laptop; telefon=phone; tablet=tablet; bildschirm=screen; monitor=monitor;
drucker=printer; tastatur=keyboard; server=server; software=software; lizenz=license; mobel=furniture; stuhl=chair; schreibtisch=desk; bett=bed;
schrank=cupboard; sofa=sofa; teppich=rug; schlussel=key; ausweis=id card; karte=card; kleidung=clothing; kleidungsstuck=garment; hemd=shirt;
hose=trousers; kleid=dress; jacke=jacket; mantel=coat; stiefel=boot; tasche=bag; koffer=suitcase; schmuck=jewelry; schmuckstuck=piece of jewelry;
 brille=glasses; spielzeug=toy; spiel=game; brettspiel=board game; gesellschaftsspiel=board game; ball=ball; schlager=racket;
e-bike=e-bike; roller=scooter; motorrad=motorcycle; bus=bus; zug=train; flugzeug=plane; boot=boat; schiff=ship; segelboot=sailboat; kanu=canoe;
kajak=kayak; anhanger=trailer; transporter=van; lieferwagen=van; traktor=tractor; lkw=truck; pkw=car; reifen=tire; motor=engine; bremse=brake;
benzin=petrol; diesel=diesel; kennzeichen=license plate; nummernschild=license plate; fahrgestellnummer=vin; karosserie=bodywork;
olwechsel=oil change; hauptuntersuchung=inspection; tuv=inspection; buch/bucher=book; zeitschrift=magazine; magazin=magazine; zeitung=newspaper;
album/alben=album; schallplatte=record; platte=record; lied=song; song=song; titel=title; film=film; folge=episode; episode=episode;
staffel=season; video=video; podcast=podcast; vorstellung=performance; gemalde=painting; skulptur=sculpture; plakat=poster;
eintrittskarte=ticket; ticket=ticket; pflanze=plant; blume=flower; baum=tree; strauch=shrub; busch=bush; samen=seed; saatgut=seed; gemuse=vegetable;
obst=fruit; frucht=fruit; getreide=grain; weizen=wheat; mais=maize; kultur=crop; ernte=harvest; dunger=fertilizer; pflanzenschutzmittel=pesticide;
heu=hay; stroh=straw; holz=wood; erde=soil; boden=ground; vieh=livestock; kuh/kuhe=cow; rind=cattle; stier=bull; kalb/kalber=calf; pferd=horse;
stute=mare; pony=pony; schaf=sheep; ziege=goat; schwein=pig; huhn/huhner=chicken; henne=hen; ente=duck; kaninchen=rabbit; hase=rabbit; hund=dog;
katze=cat; welpe=puppy; katzchen=kitten; vogel=bird; fisch=fish; bienenstock=hive; biene=bee; honig=honey; milch=milk;
kase=cheese; wein=wine; bier=beer; kaffee=coffee; tee=tea; zutat=ingredient; lebensmittel=food; nahrungsmittel=food; konserve=canned food;
medikament=medication; arzneimittel=medicine; dosis=dose; dosierung=dosage; tablette=tablet; pille=pill; verband=bandage; spritze=syringe;
ohrmarke=ear tag; krankenbett=hospital bed; stuck=piece`,
  documents: String.raw`
akte=file; vorgang=case; datensatz=record; formular=form; antrag=application; anfrage=request; bewerbung=job application; reklamation=complaint;
beschwerde=complaint; meldung=report; bericht=report; protokoll=minutes; bilanz=balance sheet; kontoauszug=bank statement; bescheinigung=certificate;
zertifikat=certificate; urkunde=certificate; zeugnis=report card; heft=notebook; logbuch=logbook; fahrtenbuch=logbook; register=register;
verzeichnis=directory; verlauf=history; historie=history; archiv=archive; nachweis=proof; beleg=receipt; personalausweis=identity card;
reisepass=passport; pass=passport; visum/visa=visa; fuhrerschein=driving license; arbeitsvertrag=employment contract; mietvertrag=lease;
klausel=clause; vereinbarung=agreement; abkommen=agreement; police=policy; versicherungspolice=insurance policy; schaden=damage; schadensfall=claim;
kostenvoranschlag=estimate; bestellschein=purchase order; lieferschein=delivery note; gutschrift=credit note; kassenbon=receipt; kassenzettel=receipt;
lohnabrechnung=payslip; gehaltsabrechnung=payslip; spesenabrechnung=expense report; erklarung=declaration; steuererklarung=tax return; urteil=judgment;
verhandlung=hearing; rechtsfall=legal case; prozess=trial; rechtsstreit=dispute; klage=lawsuit; befund=finding; untersuchung=examination;
prufung=exam; klausur=exam; rontgenbild=x-ray; laborwert=lab value; arztbrief=medical report; impfpass=vaccination record; fragebogen=questionnaire;
umfrage=survey; quiz=quiz; anzeige=listing; kleinanzeige=classified ad; inserat=listing; stellenanzeige=job ad; stellenangebot=job offer;
lebenslauf=resume; anschreiben=cover letter; brief=letter; e-mail=email; sms=text message; newsletter=newsletter; blogbeitrag=blog post;
katalog=catalog; liste=list; checkliste=checklist; vorlage=template; dienstplan=duty roster; schichtplan=shift schedule;
fahrplan=timetable; kalender=calendar; terminkalender=calendar; programm=program; tagesordnung=agenda;
arbeitsauftrag=work order; reparaturauftrag=repair order; lieferschein=delivery note`,
  events: String.raw`
zuteilung=assignment; zuweisung=assignment; zuordnung=assignment; paarung=pairing; patenschaft=sponsorship;
veranstaltung=event; ereignis=event; besprechung=meeting; sitzung=session; einzelstunde=private lesson;
workshop=workshop; praktikum=internship; schulung=training; weiterbildung=training; fortbildung=training; ausbildung=apprenticeship;
konferenz=conference; tagung=conference; messe=trade fair; festival=festival; konzert=concert; auffuhrung=performance; vorfuhrung=screening;
ausstellung=exhibition; eroffnung=opening; spiel=game; partie=game; match=match; turnier=tournament; meisterschaft=championship; liga=league;
wettbewerb=competition; wettkampf=competition; rennen=race; training=training session; spieltag=matchday; finale=final; hochzeit=wedding;
feier=party; party=party; zeremonie=ceremony; ausflug=excursion; besuch=visit; besichtigung=viewing; fuhrung=guided tour;
klassenfahrt=school trip; einsatz=job; tour=tour; abholung=pickup; panne=breakdown; reparatur=repair; wartung=maintenance; instandhaltung=maintenance;
inspektion=inspection; storung=fault; vorfall=incident; unfall=accident; warnung=warning; alarmmeldung=alert; erinnerung=reminder; mahnung=reminder;
sprechstunde=consultation; konsultation=consultation; krankenhausaufenthalt=hospital stay; operation=operation; vorsorgeuntersuchung=checkup;
einstellung=setting; vorstellungsgesprach=job interview; gesprach=conversation; urlaub=vacation; urlaubsantrag=vacation request; krankmeldung=sick note;
kundigung=termination; befoerderung=promotion; beforderung=promotion; beurteilung=appraisal; aufgabe=task; projekt=project; meilenstein=milestone;
abstimmung=vote; mitgliedschaft=membership; abonnement=subscription; abo=subscription; verlangerung=renewal; stornierung=cancellation;
storno=cancellation; absage=cancellation; bestellung=order; leihe=loan; darlehen=loan; kredit=loan; transaktion=transaction;
uberweisung=transfer; buchung=booking; ruckerstattung=refund; erstattung=refund; abhebung=withdrawal; einzahlung=deposit; bewegung=movement;
lagerbewegung=stock movement; umlagerung=stock transfer; versand=shipping; wareneingang=goods receipt; warenausgang=goods issue;
inventur=stock take; zahlung=payment; messung=measurement; messwert=measurement; zahlerstand=meter reading; beobachtung=observation;
kontrolle=check; audit=audit; test=test; versuch=trial; aussaat=sowing; pflanzung=planting;
schur=shearing; weinlese=grape harvest; adoption=adoption; vermittlung=placement; rettung=rescue; spaziergang=walk; gassirunde=walk;
betreuung=care; pflege=care; unterbringung=boarding; fellpflege=grooming; reitstunde=riding lesson; fahrstunde=driving lesson;
nachhilfestunde=tutoring session; probe=rehearsal; gottesdienst=service; schicht=shift`,
  money: String.raw`
geld=money; stuckpreis=unit price; einzelpreis=unit price; verkaufspreis=sale price; einkaufspreis=purchase price; tarif=rate;
stundensatz=hourly rate; honorar=fee; provision=commission; marge=margin; gewinn=profit; umsatz=revenue; ertrag=revenue; ausgaben=expenses;
versandkosten=shipping cost; liefergebuhr=delivery fee; anzahlung=deposit; vorschuss=advance; guthaben=credit; lastschrift=direct debit;
schulden=debt; zins=interest; zinssatz=interest rate; falligkeit=due date; monatsrate=monthly payment;
mitgliedsbeitrag=membership fee; pramie=premium; selbstbeteiligung=deductible; entschadigung=compensation; bruttogehalt=gross salary;
nettogehalt=net salary; bonus=bonus; trinkgeld=tip; ermassigung=discount; nachlass=discount; aktion=promotion; gutschein=voucher; coupon=coupon;
geschenkkarte=gift card; wahrung=currency; euro=euro; dollar=dollar; konto/konten=account; bankkonto=bank account; iban=iban; kreditkarte=credit card;
ec-karte=debit card; scheck=check; bargeld=cash; geldborse=wallet; kasse=till; mehrwertsteuer=vat; mwst=vat; bussgeld=fine; strafe=penalty;
 burgschaft=guarantee; kaltmiete=base rent; warmmiete=rent including utilities; nebenkosten=utilities; zuschuss=grant; forderung=receivable;
spendenaktion=fundraiser; spendenziel=fundraising goal; kurtaxe=tourist tax`,
  time: String.raw`
datum/daten=date; startzeit=start time; endzeit=end time; anfangszeit=start time; startdatum=start date; enddatum=end date; 
stichtag=deadline; abgabetermin=deadline; zeitraum=period; periode=period; quartal=quarter; semester=semester; hochsaison=high season;
zeitfenster=time slot; zeitslot=time slot; schulferien=school holidays; ferien=holidays; ablaufdatum=expiry date; verfallsdatum=expiry date;
gultigkeit=validity; haufigkeit=frequency; wiederholung=recurrence; zeitpunkt=point in time; zeitstempel=timestamp; verspatung=delay;
wartezeit=waiting time; zeit=time; fahrzeit=travel time; wochenende=weekend; feiertag=public holiday; montag=monday; dienstag=tuesday;
mittwoch=wednesday; donnerstag=thursday; freitag=friday; samstag=saturday; sonntag=sunday; januar=january; februar=february; marz=march;
april=april; mai=may; juni=june; juli=july; august=august; september=september; oktober=october; november=november; dezember=december;
fruhling=spring; fruhjahr=spring; sommer=summer; herbst=autumn; winter=winter; jahrhundert=century; jahrzehnt=decade; saison=season`,
  measures: String.raw`
stuckzahl=quantity; kapazitat=capacity; bestand=stock; schwellenwert=threshold;
grenzwert=limit; grenze=limit; hochstwert=maximum; mindestwert=minimum; durchschnitt=average; mittelwert=average; prozentsatz=percentage;
anteil=share; verhaltnis=ratio; punktzahl=score; tabellenplatz=position; rangliste=ranking; breite=width;
tiefe=depth; dicke=thickness; durchmesser=diameter; volumen=volume; inhaltsmenge=volume; grundflache=floor area; nutzflache=usable area;
hektar=hectare; meter=meter; kilometer=kilometer; kilo=kilo; kilogramm=kilogram; gramm=gram; tonne=ton; liter=liter; temperatur=temperature;
feuchtigkeit=humidity; luftfeuchtigkeit=humidity; druck=pressure; luftdruck=air pressure; geschwindigkeit=speed; leistung=power; verbrauch=consumption;
stromverbrauch=power consumption; energie=energy; spannung=voltage; stromstarke=current; helligkeit=brightness; larm=noise; gerausch=noise;
luftqualitat=air quality; regen=rain; niederschlag=rainfall; wind=wind; wetter=weather; kalorien=calories; schritte=steps; puls=pulse;
herzfrequenz=heart rate; blutdruck=blood pressure; blutzucker=blood sugar; konfektionsgrosse=clothing size; schuhgrosse=shoe size;
reichweite=range; ladung=charge; ladestand=charge level; fullstand=fill level`,
  states: String.raw`
lage=situation; phase=phase; fortschritt=progress; entscheidung=decision; freigabe=approval; genehmigung=approval;
ablehnung=rejection; zusage=acceptance; bestatigung=confirmation; notfall=emergency; dringlichkeit=urgency; schweregrad=severity;
wichtigkeit=importance; zufriedenheit=satisfaction; qualitat=quality; qualifikation=qualification; pflegegrad=care level; pflegestufe=care level; stimmung=mood; gefuhl=feeling; schmerz=pain`,
  fields: String.raw`
vollstandiger name=full name; geburtsdatum=date of birth; geburtsort=place of birth; staatsangehorigkeit=nationality; nationalitat=nationality;
familienstand=marital status; mobilnummer=mobile number; fax=fax; webseite=website;
website=website; passwort=password; kennwort=password; benutzername=username; 
unterschrift=signature; referenz=reference; aktenzeichen=case number; bestellnummer=order number; rechnungsnummer=invoice number;
sendungsnummer=tracking number; sendungsverfolgungsnummer=tracking number; sozialversicherungsnummer=social security number;
versicherungsnummer=insurance number; steuernummer=tax number; lizenznummer=license number; ruckennummer=jersey number;
baujahr=year built; herstellungsjahr=year of manufacture; erstzulassung=first registration; bodenart=soil type; bodentyp=soil type;
typ=type; sorte=variety; gattung=genus; beschreibung=description; grund=reason; ursache=cause; 
lieferadresse=delivery address; lieferanschrift=delivery address; rechnungsadresse=billing address; code=code; gutscheincode=voucher code;
rabattcode=discount code; stichwort=keyword; schlagwort=keyword; treffpunkt=meeting point; startpunkt=starting point; ausgangspunkt=starting point;
zielort=destination; kontaktdaten=contact details; ausstellungsdatum=issue date; rechnungsdatum=invoice date; breitengrad=latitude; langengrad=longitude; hohenlage=altitude; zeitzone=time zone;
zahlungsart=payment method; zahlungsmethode=payment method; versandart=shipping method; lieferart=delivery method; bedingungen=terms;
einwilligung=consent; zustimmung=consent; austrittsdatum=leaving date; bezeichnung=label; heimmannschaft=home team;
gastmannschaft=away team; auswartsmannschaft=away team; heimspiel=home game; auswartsspiel=away game`,
  trades: String.raw`
weinkeller=wine cellar; keller=cellar; flasche=bottle; rebsorte=grape variety; traube=grape; jahrgang=vintage; weingut=winery; weinhandlung=wine shop;
brauer=brewer; hopfen=hops; malz=malt; hefe=yeast; garung=fermentation; tank=tank; fass/fasser=barrel;
backer=baker; konditor=pastry chef; torte=cake; kuchen=cake; brot=bread; brotchen=bread roll; gebackstuck=pastry; sonderbestellung=special order;
florist=florist; blumenstrauss=bouquet; strauss=bouquet; gesteck=flower arrangement; topf=pot; gartencenter=garden center; gartnerei=plant nursery;
wohnmobil=motorhome; wohnwagen=caravan; zelt=tent; schlafplatz=berth; etagenbett=bunk bed;
schwimmbecken=swimming pool; schwimmbahn=lane; badeanzug=swimsuit; badehose=swim trunks; schwimmabzeichen=swimming badge; seepferdchen=swimming badge;
ski=ski; skipass=ski pass; lift=lift; piste=slope; surfbrett=surfboard; neoprenanzug=wetsuit;
rotwein=red wine; weisswein=white wine; alkoholgehalt=alcohol content; weinregion=wine region; anbaugebiet=growing region;
repository=repository; fehler=bug; bug=bug; defekt=defect; funktion=function; release=release; deployment=deployment; umgebung=environment;
datenbank=database; abfrage=query; endnutzer=end user; rolle=role; recht=right; berechtigung=permission; zugriffsrecht=access right; token=token;
bauvorhaben=building project; bauprojekt=building project; baumaterial=building material; beton=concrete; ziegel=brick; gerust=scaffolding; kran=crane;
bauplan=blueprint; grundriss=floor plan; baugenehmigung=building permit; quadratmeter=square meter;
schulkantine=school canteen; kantine=canteen; mensa=cafeteria; tagesgericht=daily special; allergen=allergen; diat=diet; tablett=tray;
doppelzimmer=double room; einzelzimmer=single room; suite=suite; fruhstuck=breakfast; halbpension=half board; vollpension=full board;
festsaal=banquet hall; saalmiete=room hire; caterer=caterer; dekoration=decoration; unterhaltung=entertainment;
haushaltsgerat=household appliance; garantie=warranty; kaufbeleg=purchase receipt; modellnummer=model number;
notaufnahme=emergency department; nachtdienst=night shift; bereitschaft=on-call duty; 
sozialversicherung=social security; versicherung=insurance; flug=flight; abflug=departure; hinflug=outbound flight; ruckflug=return flight; abflughafen=departure airport; zielflughafen=destination airport; pauschalreise=package holiday; reiseburo=travel agency; schlagloch=pothole; strassenbeleuchtung=street lighting; laterne=street light; sport=sports; verwaltung=management; pflegefamilie=foster family; pflegestelle=foster home; saal/sale=hall; kinosaal=screening room; altersfreigabe=age rating; theaterstuck=play; ensemble=ensemble; sitzreihe=row; reihe=row; bauunternehmen=construction company; bauleiter=site manager; genossenschaft=cooperative; tanz=dance; tanzschule=dance school; hausratversicherung=home insurance; gultig ab=effective from; basketball=basketball; kirchengemeinde=parish; pfarrei=parish; gemeindemitglied=congregation member; pfarrer=pastor; priester=priest; prediger=preacher; taufe=baptism; arbeitsunfahigkeit=sick leave; bedurftige=person in need; bedurftiger=person in need`,
};

/** The glossary of each language, its groups joined in the order written. */
export const domainNouns: Readonly<Record<'fr' | 'es' | 'de', string>> = {
  fr: Object.values(fr).join(';'),
  es: Object.values(es).join(';'),
  de: Object.values(de).join(';'),
};
