/**
 * Function words and relation phrases of French, Spanish and German, with the English words the
 * planner reads. Phrases (several words) are replaced before single words; keys are lower case
 * without accents, as the planner compares them. Nouns live in domains-data.ts and field-words-data.ts.
 */
export const grammarSource: Readonly<Record<'fr' | 'es' | 'de', string>> = {
  fr: String.raw`
appartient a=belongs to; appartiennent a=belong to; est lie a=is linked to; sont lies a=are linked to;
est liee a=is linked to; sont liees a=are linked to; est associe a=is linked to; est associee a=is linked to;
est rattache a=belongs to; est rattachee a=belongs to; sont rattaches a=belong to; fait partie de=belongs to;
est assigne a=is assigned to; est assignee a=is assigned to; relie un=links a; relie une=links a;
a lieu a=takes place on; a lieu le=takes place on; ont lieu a=take place on; ont lieu le=take place on; a lieu=takes place;
ont lieu=take place; se deroule=takes place; se deroulent=take place; vient de=comes from; viennent de=come from; provient de=comes from; proviennent de=come from; vient d'un=comes from a;
vient d'une=comes from a; viennent d'un=come from a; viennent d'une=come from a; provient d'un=comes from a;
provient d'une=comes from a; proviennent d'un=come from a; proviennent d'une=come from a;
plusieurs=many; beaucoup de=many; une liste de=a list of; un ou plusieurs=many;
au moins=at least; au plus=at most; par defaut=default; est obligatoire=required; obligatoire=required;
facultatif=optional; facultative=optional; optionnel=optional; optionnelle=optional; unique=unique;
si besoin=optional; le cas echeant=optional; entre=between; et l'heure=and time; date et heure=date and time;
nombre de=number of; combien de=how many; il faut gerer=manage; j'aimerais=i would like; je voudrais=i would like;
le=the; la=the; les=the; l'=the; un=a; une=a; des=some; du=of the; de la=of the; d'=of; au=to the; aux=to the;
et=and; ou=or; avec=with; chaque=each; tout=each; toute=each; tous=all; a=has; ont=have; possede=has; possedent=have;
contient=contains; contiennent=contain; comporte=has; comportent=have; enregistre=records; enregistrent=record;
stocke=stores; stockent=store; indique=stores; indiquent=store; peut=can; peuvent=can; doit=must; doivent=must;
est=is; sont=are; pour=for; de=of; en=in; dans=in; par=per; sur=on; leur=their; leurs=their; son=its; sa=its; ses=its;
qui=which; quel=which; quels=which; quelle=which; quelles=which; que=that; mais=but; aussi=also; ainsi que=and; je=i; nous=we; on=we; mon=my; ma=my; mes=my; notre=our; nos=our;
veux=want; voudrais=would like; besoin=need; voulons=want; on est=we are; faut=need; salut=hi; coucou=hi; voulez=want; veulent=want; souhaite=would like; souhaitons=would like; aimerais=would like; aimerions=would like; une api=an api; api=api; backend=backend;
se connectent=log in; se connecte=logs in; ne voient que=see only; ne voit que=sees only; propres=own; propre=own; indicateur=flag; minutes=minutes; heures=hours; jours=days; semaines=weeks; litres=liters; bonjour=hello; merci=thanks; concerne=is for; concernent=are for; gestion=management; seule=single; seul=single; juste=just; simple=simple;
il nous faut=we need; il me faut=i need; il nous faudrait=we need; il me faudrait=i need; j'ai besoin de=i need; j'ai besoin d'=i need;
nous avons besoin de=we need; nous avons besoin d'=we need; on a besoin de=we need; il y a=there are; a besoin de=needs; a besoin d'=needs; ont besoin de=need; ont besoin d'=need; je suis=i am; nous sommes=we are; en ligne=online; si=whether; pas=not; il=it; elle=it; ils=they; elles=they; avoir=have; un ou deux=one or two; une ou deux=one or two; deux=2; trois=3; quatre=4; cinq=5; sept=7; huit=8; dix=10; pouvez-vous=can you; peux-tu=can you; pourriez-vous=could you; me=me; moi=me; on a=we have; nous avons=we have; j'ai=i have; vous avez=you have; nb de=number of; nbre de=number of; soit=either;
par jour=per day; par nuit=per night; par semaine=per week; par mois=per month; par an=per year; par heure=per hour;
numero de serie=serial number; compris entre=between; comprise entre=between; etre=be; doit etre=must be`,
  es: String.raw`
pertenece a=belongs to; pertenecen a=belong to; esta vinculado a=is linked to; esta vinculada a=is linked to;
tiene lugar en=takes place on; tienen lugar en=take place on; tiene lugar=takes place; tienen lugar=take place;
se celebra en=is held at; se celebran en=are held at; se celebra=is held; se celebran=are held; viene de=comes from; vienen de=come from; proviene de=comes from; provienen de=come from; procede de=comes from;
estan vinculados a=are linked to; esta asociado a=is linked to; esta asociada a=is linked to; se asigna a=is assigned to;
se asignan a=are assigned to; esta asignado a=is assigned to; esta asignada a=is assigned to; asignado=assigned;
forma parte de=belongs to;
varios=many; varias=many; muchos=many; muchas=many; una lista de=a list of; uno o mas=many;
al menos=at least; como maximo=at most; por defecto=default; es obligatorio=required; obligatorio=required;
obligatoria=required; opcional=optional; unico=unique; unica=unique; entre=between;
cuantos=how many; cuantas=how many;
el=the; la=the; los=the; las=the; lo=the; un=a; una=a; unos=some; unas=some; del=of the; al=to the;
y=and; e=and; o=or; u=or; con=with; cada=each; todo=each; toda=each; todos=all; tiene=has; tienen=have; posee=has;
contiene=contains; contienen=contain; registra=records; registran=record; guarda=stores; guardan=store;
incluye=includes; incluyen=include; puede=can; pueden=can; debe=must; deben=must; es=is; son=are; esta=is; estan=are;
para=for; de=of; en=in; por=per; sobre=on; su=their; sus=their; que=that; cual=which; cuales=which; pero=but; tambien=also;
yo=i; nosotros=we; mi=my; mis=my; nuestro=our; nuestra=our; nuestros=our; nuestras=our; tenemos=we have;
quiero=i want; necesito=i need; necesitamos=we need; queremos=we want; somos=we are; soy=i am; estamos=we are; gestion=management; quisiera=i would like; quisieramos=we would like; me gustaria=i would like; nos gustaria=we would like; inician sesion=log in; inicia sesion=logs in; iniciar sesion=log in; solo ven=see only; propias=own; propios=own; indicador=flag; minutos=minutes; horas=hours; dias=days; semanas=weeks; litros=liters; a un=to a; a una=to a; a la=to the; a los=to the; a las=to the; hola=hello; gracias=thanks;
solo=just; sola=just; simple=simple; tengo=i have; hay=there are; si=whether; no=not; se=; es de un=belongs to a; es de una=belongs to a;
numero de serie=serial number; estar=be; ser=be; o bien=either; por dia=per day; al dia=per day; por noche=per night; por semana=per week; por mes=per month; al mes=per month; por ano=per year; al ano=per year; por hora=per hour;
fue=was; fueron=were; era=was; uno o dos=one or two; una o dos=one or two; dos=2; tres=3; cuatro=4; cinco=5; seis=6; siete=7; ocho=8; nueve=9; diez=10;
pedir prestado=borrow; pedir prestados=borrow; piden prestado=borrow; piden prestados=borrow; puedes=can you; podrias=could you; puede usted=can you; hacerme=make me; crearme=create me`,
  de: String.raw`
gehort zu=belongs to; gehoren zu=belong to; gehort zu einem=belongs to a; gehort zu einer=belongs to a;
ist verknupft mit=is linked to; sind verknupft mit=are linked to; ist zugeordnet=is assigned to;
ist einem=is assigned to a; ist einer=is assigned to a; basiert auf=is based on; basieren auf=are based on;
kommt von=comes from; kommen von=come from; stammt von=comes from; stammen von=come from; stammt aus=comes from;
stammen aus=come from; bezieht sich auf=is linked to; viele=many; mehrere=many; eine liste von=a list of; ein oder mehrere=many;
mindestens=at least; hochstens=at most; standardmassig=default; standard=default; pflichtfeld=required;
erforderlich=required; pflicht=required; optional=optional; eindeutig=unique; einzigartig=unique; zwischen=between;
anzahl der=number of; wie viele=how many;
der=the; die=the; das=the; den=the; dem=the; des=of the; ein=a; eine=a; einen=a; einem=a; einer=a; eines=a;
und=and; oder=or; mit=with; jeder=each; jede=each; welche=which; welcher=which; welches=which; welchen=which; welchem=which; jedes=each; jeden=each; jedem=each; alle=all; hat=has; haben=have; besitzt=has;
enthalt=contains; enthalten=contain; speichert=stores; speichern=store; erfassen=record;
kann=can; konnen=can; muss=must; mussen=must; ist=is; sind=are; fur=for; von=of; vom=of the; zum=to the; zur=to the;
zu=to; in=in; im=in the; pro=per; je=per; auf=on; ihr=their; ihre=their; sein=its; seine=its; sowie=and; auch=also;
aber=but; ich=i; wir=we; mein=my; meine=my; unser=our; unsere=our; unseren=our; unserer=our; brauchen=need; brauche=need;
wollen=want; mochten=would like; ich mochte=i would like; wir mochten=we would like; mochte=would like; ich will=i want; wir wollen=we want; benotigen=need; benotige=need; hatten gerne=would like; hatte gerne=would like; melden sich an=log in; meldet sich an=logs in; nur ihre eigenen=only their own; eigenen=own; kennzeichen fur=flag for; minuten=minutes; stunden=hours; tage=days; tagen=days; wochen=weeks; liter=liters; litern=liters; hallo=hello; danke=thanks; gehort=belongs to; gehoren=belong to; verwaltung=management; werkstatt=workshop;
einfach=simple; nicht=not; ob=whether; wird=is; werden=are; wurde=was; wurden=were; es gibt=there are; gibt es=there are; liegen=be; liegt=is; entweder=either; gegebenenfalls=optional; ggf=optional; braucht=needs; ein oder zwei=one or two; eine oder zwei=one or two; zwei=2; drei=3; vier=4; funf=5; sechs=6; sieben=7; acht=8; neun=9; zehn=10; vielen=many; mehreren=many; allen=all; einigen=some; pro tag=per day; je tag=per day; pro nacht=per night; pro woche=per week; pro monat=per month; pro jahr=per year; pro stunde=per hour; an=in; am=on the; meinen=my; meinem=my; meiner=my; deinen=your; sie haben=they have; sie sind=they are; sie gehoren=they belong; sie enthalten=they contain; sie=it; er=it; es=it; nur=just; gewunschte=desired; gewunschten=desired; gewunschter=desired`,
};
