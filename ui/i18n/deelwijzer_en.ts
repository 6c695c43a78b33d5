<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>Alles in een melding is in te zien voor de ouders en voor kinderen vanaf 12 jaar. Wat Veilig Thuis moet weten maar het gezin niet mag lezen, zet u niet in de melding: u geeft het apart, nadat u met Veilig Thuis hebt afgesproken hoe zij dat deel buiten de inzage houden.</source>
        <translation>Parents, and children aged 12 and over, can read everything in a report. What Veilig Thuis needs to know but the family may not read does not go into the report: you give it separately, after agreeing with Veilig Thuis how they keep that part out of the family&apos;s access.</translation>
    </message>
    <message>
        <source>Niet voor het gezin</source>
        <translation>Not for the family</translation>
    </message>
    <message>
        <source>Bijvoorbeeld wat een ander u in vertrouwen vertelde en wie dat was. Leeg laten als er niets apart hoeft.</source>
        <translation>For example what someone told you in confidence and who that was. Leave empty if nothing needs to be kept separate.</translation>
    </message>
    <message>
        <source>Wat Veilig Thuis moet weten, maar het gezin niet mag lezen</source>
        <translation>What Veilig Thuis must know, but the family may not read</translation>
    </message>
    <message>
        <source>Bijvoorbeeld de veiligheid van een ander, of uw eigen veiligheid</source>
        <translation>For example the safety of someone else, or your own safety</translation>
    </message>
    <message>
        <source>Waarom mag het gezin dit niet lezen?</source>
        <translation>Why may the family not read this?</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee, nog niet</source>
        <translation>No, not yet</translation>
    </message>
    <message>
        <source>Hebt u met Veilig Thuis afgesproken dat dit apart blijft?</source>
        <translation>Have you agreed with Veilig Thuis that this stays separate?</translation>
    </message>
    <message>
        <source>met wie en wanneer</source>
        <translation>with whom and when</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Anonimiteit tegenover het gezin</source>
        <translation>Anonymity towards the family</translation>
    </message>
    <message>
        <source>Veilig Thuis kan u toezeggen uw naam niet aan het gezin te noemen, bijvoorbeeld voor uw veiligheid; dan schermt Veilig Thuis bij inzage af wat naar u leidt. Vraag het bij de melding.</source>
        <translation>Veilig Thuis can promise not to give your name to the family, for example for your safety; Veilig Thuis then withholds what leads to you when the family asks for access. Ask for it when you report.</translation>
    </message>
    <message>
        <source>Ik vraag Veilig Thuis mijn naam niet aan het gezin te noemen (anonimiteit)</source>
        <translation>I ask Veilig Thuis not to give my name to the family (anonymity)</translation>
    </message>
    <message>
        <source>Waarom wilt u anoniem blijven tegenover het gezin?</source>
        <translation>Why do you want to stay anonymous towards the family?</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Wat u met de melding meestuurt, met de datum van elk stuk.</source>
        <translation>What you send with the report, with the date of each document.</translation>
    </message>
    <message>
        <source>&amp;Verder met concept</source>
        <translation>&amp;Continue draft</translation>
    </message>
    <message>
        <source>&amp;PDF maken…</source>
        <translation>Make &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Contact toevoegen…</source>
        <translation>Add con&amp;tact…</translation>
    </message>
    <message>
        <source>&amp;Dossierverslag kopiëren (voor uw EPD)</source>
        <translation>Copy dossier r&amp;ecord (for your EHR)</translation>
    </message>
    <message>
        <source>Dossierverslag als PD&amp;F…</source>
        <translation>Dossier report as PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Toegangslog van deze casus…</source>
        <translation>&amp;Access log of this case…</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen op verzoek van de cliënt…</source>
        <translation>&amp;Delete at the client&apos;s request…</translation>
    </message>
    <message>
        <source>Concept ve&amp;rwijderen…</source>
        <translation>De&amp;lete draft…</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Inzage…</source>
        <translation>Right of acc&amp;ess…</translation>
    </message>
    <message>
        <source>&amp;Toegangslog…</source>
        <translation>&amp;Access log…</translation>
    </message>
    <message>
        <source>&amp;Reservekopie…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>&amp;Organisaties…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <source>&amp;Praktijkgegevens…</source>
        <translation>&amp;Practice details…</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change pass&amp;phrase…</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Dossier (Alt+D in de menubalk)</source>
        <translation>Dossier (Alt+D in the menu bar)</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Casus</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Handbook</translation>
    </message>
    <message>
        <source>De hele handleiding, per stap en met zoeken (F1).</source>
        <translation>The whole handbook, step by step and searchable (F1).</translation>
    </message>
    <message>
        <source>&amp;Rondleiding</source>
        <translation>&amp;Tour</translation>
    </message>
    <message>
        <source>&amp;Over Deelwijzer</source>
        <translation>&amp;About Deelwijzer</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Deelwijzer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Leidt u als behandelaar stap voor stap door de handleiding informatie-uitwisseling bij (vermoedens van) kindermishandeling. Werkt altijd offline; het dossier staat versleuteld op deze computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Deelwijzer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Guides you as a practitioner step by step through the handbook on sharing information about (suspected) child abuse. Always works offline; the dossier is stored encrypted on this computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over Deelwijzer</source>
        <translation>About Deelwijzer</translation>
    </message>
    <message>
        <source>Noem per feit wat er is gebeurd, wanneer, en of u het zelf hebt waargenomen. Heeft een ander het waargenomen of verteld, noem dan de bron. Noem ook feiten die uw zorg ontkrachten (6.2).</source>
        <translation>For each fact, say what happened, when, and whether you observed it yourself. If someone else observed or told it, name the source. Also name facts that refute your concern (6.2).</translation>
    </message>
    <message>
        <source>Feit toevoegen</source>
        <translation>Add fact</translation>
    </message>
    <message>
        <source>Wat hebt u niet zelf gezien, en waarover kunt u geen uitspraak doen?</source>
        <translation>What did you not see yourself, and what can you not say anything about?</translation>
    </message>
    <message>
        <source>Grenzen van uw waarneming</source>
        <translation>Limits of your observation</translation>
    </message>
    <message>
        <source>Uw zorg in één of twee zinnen, zonder oordeel over de ouders</source>
        <translation>Your concern in one or two sentences, without judging the parents</translation>
    </message>
    <message>
        <source>Uw zorg</source>
        <translation>Your concern</translation>
    </message>
    <message>
        <source>Datum van het laatste contact met de cliënt</source>
        <translation>Date of the last contact with the client</translation>
    </message>
    <message>
        <source>Informatie die niet op actuele contacten berust, krijgt in het document een vermelding dat zij niet actueel is (stap 2).</source>
        <translation>Information that does not rest on current contacts is marked in the document as not current (step 2).</translation>
    </message>
    <message>
        <source>Niet actueel na</source>
        <translation>Not current after</translation>
    </message>
    <message>
        <source>Standaard uit uw praktijkgegevens; hier aan te passen voor deze casus.</source>
        <translation>Default from your practice details; can be changed here for this case.</translation>
    </message>
    <message>
        <source> — alleen in een crisis (voetnoot 3)</source>
        <translation> — only in a crisis (footnote 3)</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>Naam van de organisatie of vestiging</source>
        <translation>Name of the organisation or branch</translation>
    </message>
    <message>
        <source>met wie sprak u?</source>
        <translation>whom did you speak to?</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Mondeling (telefonisch)</source>
        <translation>Orally (by telephone)</translation>
    </message>
    <message>
        <source>Schriftelijk</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Wijze van melden</source>
        <translation>How you report</translation>
    </message>
    <message>
        <source>Datum van de melding</source>
        <translation>Date of the report</translation>
    </message>
    <message>
        <source>kenmerk van de ontvanger, als u dat hebt</source>
        <translation>the recipient&apos;s reference, if you have it</translation>
    </message>
    <message>
        <source>Kenmerk ontvanger (optioneel)</source>
        <translation>Recipient&apos;s reference (optional)</translation>
    </message>
    <message>
        <source>Postadres, voor de brief</source>
        <translation>Postal address, for the letter</translation>
    </message>
    <message>
        <source>Adres (optioneel)</source>
        <translation>Address (optional)</translation>
    </message>
    <message>
        <source>Adviesgesprek met Veilig Thuis</source>
        <translation>Advice consultation with Veilig Thuis</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Hebt u vooraf advies gevraagd bij Veilig Thuis?</source>
        <translation>Did you ask Veilig Thuis for advice beforehand?</translation>
    </message>
    <message>
        <source>Datum van het adviesgesprek</source>
        <translation>Date of the advice consultation</translation>
    </message>
    <message>
        <source>bijvoorbeeld ‘adviseur van Veilig Thuis Utrecht (telefonisch)’</source>
        <translation>for example ‘adviser at Veilig Thuis Utrecht (by telephone)’</translation>
    </message>
    <message>
        <source>Met wie voerde u het adviesgesprek?</source>
        <translation>With whom did you have the advice consultation?</translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Wat adviseerde Veilig Thuis?</source>
        <translation>What did Veilig Thuis advise?</translation>
    </message>
    <message>
        <source>Het advies van Veilig Thuis</source>
        <translation>The advice of Veilig Thuis</translation>
    </message>
    <message>
        <source>Het advies</source>
        <translation>The advice</translation>
    </message>
    <message>
        <source>Volgens uw praktijkgegevens is een adviesgesprek met Veilig Thuis verplicht vóór een schriftelijke melding (voor artsen: de KNMG-meldcode). Die instelling staat in de praktijkgegevens.</source>
        <translation>According to your practice details, an advice consultation with Veilig Thuis is required before a written report (for doctors: the KNMG reporting code). That setting is in the practice details.</translation>
    </message>
    <message>
        <source>Volgens uw praktijkgegevens is een adviesgesprek vooraf niet verplicht. Hebt u advies gevraagd, leg het dan hier vast.</source>
        <translation>According to your practice details, an advice consultation beforehand is not required. If you did ask for advice, record it here.</translation>
    </message>
    <message>
        <source>Heeft de ontvanger u de werkwijze en de termijn van het onderzoek uitgelegd? (4.ontvanger.1)</source>
        <translation>Did the recipient explain the procedure and the deadline of the investigation to you? (4.ontvanger.1)</translation>
    </message>
    <message>
        <source>Wat is u verteld over werkwijze en termijn?</source>
        <translation>What were you told about the procedure and the deadline?</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Termijn voor bericht of de melding wordt onderzocht (4.ontvanger.3)</source>
        <translation>Deadline for word on whether the report will be investigated (4.ontvanger.3)</translation>
    </message>
    <message>
        <source>De handleiding noemt tien dagen; pas dit aan als u regionaal iets anders hebt afgesproken.</source>
        <translation>The handbook says ten days; change this if you have agreed something else regionally.</translation>
    </message>
    <message>
        <source>Wat kunt u binnen uw behandeling doen om de kinderen te beschermen? (4.ontvanger.4)</source>
        <translation>What can you do within your treatment to protect the children? (4.ontvanger.4)</translation>
    </message>
    <message>
        <source>Wat u intussen doet</source>
        <translation>What you do in the meantime</translation>
    </message>
    <message>
        <source>Als de melding niet wordt onderzocht: wanneer meldt u opnieuw?</source>
        <translation>If the report is not investigated: when do you report again?</translation>
    </message>
    <message>
        <source>Opnieuw melden als…</source>
        <translation>Report again if…</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Feiten</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Terugkoppeling uiterlijk</source>
        <translation>Feedback by</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Hebt u uw zorgen en de signalen feitelijk met de cliënt besproken?</source>
        <translation>Have you discussed your concerns and the signs factually with the client?</translation>
    </message>
    <message>
        <source>Ik wijk af van openheid in verband met de veiligheid (1a.3)</source>
        <translation>I deviate from openness for reasons of safety (1a.3)</translation>
    </message>
    <message>
        <source>Afwijken van openheid</source>
        <translation>Deviating from openness</translation>
    </message>
    <message>
        <source>Waarom is openheid niet mogelijk? Waarop baseert u die inschatting?</source>
        <translation>Why is openness not possible? What do you base that assessment on?</translation>
    </message>
    <message>
        <source>Weet de cliënt van {exchange}?</source>
        <translation>Does the client know about {exchange}?</translation>
    </message>
    <message>
        <source>Datum waarop u de cliënt informeerde</source>
        <translation>Date on which you informed the client</translation>
    </message>
    <message>
        <source>Waarom u informatie wilt delen, met wie, en om welke informatie het gaat</source>
        <translation>Why you want to share information, with whom, and which information it is</translation>
    </message>
    <message>
        <source>Wat hebt u uitgelegd? (1a.2)</source>
        <translation>What did you explain? (1a.2)</translation>
    </message>
    <message>
        <source>Wanneer en hoe; wat zei de cliënt? Niet besproken: waarom niet?</source>
        <translation>When and how; what did the client say? Not discussed: why not?</translation>
    </message>
    <message>
        <source>‘Wat vindt u daarvan?’</source>
        <translation>‘What do you think of that?’</translation>
    </message>
    <message>
        <source>Reactie van de cliënt</source>
        <translation>The client&apos;s reaction</translation>
    </message>
    <message>
        <source>Welke vragen of bezwaren had de cliënt, en wat hebt u daarover besproken? (1a.2)</source>
        <translation>Which questions or objections did the client have, and what did you discuss about them? (1a.2)</translation>
    </message>
    <message>
        <source>Vragen en bezwaren van de cliënt</source>
        <translation>The client&apos;s questions and objections</translation>
    </message>
    <message>
        <source>Toestemming gegeven</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Niet gevraagd</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Toestemming (‘Dus u bent het er (niet) mee eens dat ik…’)</source>
        <translation>Consent (‘So you (do not) agree that I…’)</translation>
    </message>
    <message>
        <source>Uw besluit over de informatie-uitwisseling</source>
        <translation>Your decision on the exchange of information</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Hebt u de cliënt over dit besluit geïnformeerd?</source>
        <translation>Have you informed the client of this decision?</translation>
    </message>
    <message>
        <source>Is het mogelijk en gewenst dat de cliënt aanwezig is? (1a.2)</source>
        <translation>Is it possible and desirable for the client to be present? (1a.2)</translation>
    </message>
    <message>
        <source>Aanwezigheid van de cliënt</source>
        <translation>Presence of the client</translation>
    </message>
    <message>
        <source>Waarom is de uitwisseling toch nodig? (stap 7)</source>
        <translation>Why is the exchange needed anyway? (step 7)</translation>
    </message>
    <message>
        <source>Waarom u toch doorgaat zonder toestemming</source>
        <translation>Why you go ahead without consent</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ja, ik nam het initiatief</source>
        <translation>Yes, I took the initiative</translation>
    </message>
    <message>
        <source>Nee, de ander</source>
        <translation>No, the other person</translation>
    </message>
    <message>
        <source>Nam u het initiatief voor dit overleg?</source>
        <translation>Did you take the initiative for this consultation?</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mondeling of telefonisch</source>
        <translation>Orally or by telephone</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>bv. ‘ik me zorgen maak over haar driejarige dochter’</source>
        <translation>e.g. ‘I am worried about her three-year-old daughter’</translation>
    </message>
    <message>
        <source>Waarom overlegt u? (‘Ik wil met jou overleggen omdat …’)</source>
        <translation>Why are you consulting? (‘I want to consult you because …’)</translation>
    </message>
    <message>
        <source>bv. ‘iets over haar stoornis en haar behandeling vertelt’</source>
        <translation>e.g. ‘tells something about her disorder and her treatment’</translation>
    </message>
    <message>
        <source>Wat wilt u weten of delen? (‘… en dat jij mij …’)</source>
        <translation>What do you want to know or share? (‘… and that you …’)</translation>
    </message>
    <message>
        <source>Vertel uw gesprekspartner meteen bij het begin of uw cliënt van dit overleg weet en of hij of zij toestemming gaf; zo niet, waarom u het toch noodzakelijk vindt (1b). Deelwijzer stelt die zin op uit wat u vastlegde; pas hem gerust aan.</source>
        <translation>Tell the person you talk to right at the start whether your client knows about this consultation and whether they gave consent; if not, why you consider it necessary anyway (1b). Deelwijzer drafts that sentence from what you recorded; feel free to change it.</translation>
    </message>
    <message>
        <source>Openingszin opstellen</source>
        <translation>Draft opening sentence</translation>
    </message>
    <message>
        <source>De zin die u voorleest of plakt</source>
        <translation>The sentence you read out or paste</translation>
    </message>
    <message>
        <source>Openingszin</source>
        <translation>Opening sentence</translation>
    </message>
    <message>
        <source>Wat is besproken? Feiten, met wie ze waarnam.</source>
        <translation>What was discussed? Facts, with who observed them.</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Wie doet wat, en wanneer?</source>
        <translation>Who does what, and when?</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Datum van uw laatste contact met de cliënt</source>
        <translation>Date of your last contact with the client</translation>
    </message>
    <message>
        <source>Waarop berust wat u deelde? Is dat contact oud, dan vermeldt het verslag dat de informatie niet actueel is (stap 2).</source>
        <translation>What does what you shared rest on? If that contact is old, the record states that the information is not current (step 2).</translation>
    </message>
    <message>
        <source>Een ontvanger vraagt mijn informatie voor een ander doel te gebruiken</source>
        <translation>A recipient asks to use my information for another purpose</translation>
    </message>
    <message>
        <source>Ik wil informatie van een ander voor een ander doel gebruiken</source>
        <translation>I want to use information from someone else for another purpose</translation>
    </message>
    <message>
        <source>Wie wil de informatie anders gebruiken?</source>
        <translation>Who wants to use the information differently?</translation>
    </message>
    <message>
        <source>Datum van het verzoek</source>
        <translation>Date of the request</translation>
    </message>
    <message>
        <source>Welke informatie precies?</source>
        <translation>Which information exactly?</translation>
    </message>
    <message>
        <source>Welke informatie</source>
        <translation>Which information</translation>
    </message>
    <message>
        <source>Wanneer gegeven (optioneel)</source>
        <translation>When given (optional)</translation>
    </message>
    <message>
        <source>Waarvoor is de informatie destijds gegeven?</source>
        <translation>What was the information given for at the time?</translation>
    </message>
    <message>
        <source>Oorspronkelijk doel</source>
        <translation>Original purpose</translation>
    </message>
    <message>
        <source>Waarvoor wil men haar nu gebruiken?</source>
        <translation>What does someone want to use it for now?</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New purpose</translation>
    </message>
    <message>
        <source>U vroeg de ander om de informatie voor een ander doel te gebruiken. Die neemt contact op met zijn of haar cliënt en beslist (3.2). Noteer hier het antwoord; is het er nog niet, laat dan leeg: een vervolgactie wacht erop.</source>
        <translation>You asked the other professional to use the information for another purpose. They contact their client and decide (3.2). Record the answer here; if it has not come yet, leave this empty: a follow-up waits for it.</translation>
    </message>
    <message>
        <source>Het besluit (bij uw eigen vraag: het antwoord van de ander)</source>
        <translation>The decision (for your own request: the other professional&apos;s answer)</translation>
    </message>
    <message>
        <source>Wat vertelde de ander over het contact met zijn of haar cliënt?</source>
        <translation>What did the other professional say about the contact with their client?</translation>
    </message>
    <message>
        <source>Contact van de ander met de cliënt</source>
        <translation>The other professional&apos;s contact with the client</translation>
    </message>
    <message>
        <source>Waarom? Noem ook wat de cliënt ervan vond.</source>
        <translation>Why? Also say what the client thought of it.</translation>
    </message>
    <message>
        <source>Datum van het besluit of het antwoord</source>
        <translation>Date of the decision or the answer</translation>
    </message>
    <message>
        <source>Wat is er gebeurd of gezegd? Beschrijf feitelijk, zonder oordeel.</source>
        <translation>What happened or was said? Describe it factually, without judgement.</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>dd-mm-jjjj of een periode, bv. ‘sinds maanden’</source>
        <translation>dd-mm-yyyy or a period, e.g. ‘for months’</translation>
    </message>
    <message>
        <source>Waargenomen door</source>
        <translation>Observed by</translation>
    </message>
    <message>
        <source>mijzelf</source>
        <translation>myself</translation>
    </message>
    <message>
        <source>een ander:</source>
        <translation>someone else:</translation>
    </message>
    <message>
        <source>wie? bv. ‘cliënte zelf’, ‘de school’</source>
        <translation>who? e.g. ‘the client herself’, ‘the school’</translation>
    </message>
    <message>
        <source>Gekregen voor een ander doel?</source>
        <translation>Received for another purpose?</translation>
    </message>
    <message>
        <source>Kreeg u dit van een andere instelling, voor een ander doel? Welk doel? (3.1)</source>
        <translation>Did you get this from another institution, for another purpose? Which purpose? (3.1)</translation>
    </message>
    <message>
        <source>welk doel? (3.1)</source>
        <translation>which purpose? (3.1)</translation>
    </message>
    <message>
        <source>Kinderen om wie het gaat</source>
        <translation>Children concerned</translation>
    </message>
    <message>
        <source>Kind toevoegen</source>
        <translation>Add child</translation>
    </message>
    <message>
        <source>Uw relatie tot de cliënt en de kinderen</source>
        <translation>Your relationship with the client and the children</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: ik ben de behandelaar van de moeder, niet van de kinderen; ik heb de kinderen nooit gezien.</source>
        <translation>For example: I am the mother&apos;s practitioner, not the children&apos;s; I have never seen the children.</translation>
    </message>
    <message>
        <source>Ouders en gezag</source>
        <translation>Parents and parental authority</translation>
    </message>
    <message>
        <source>Ouder toevoegen</source>
        <translation>Add parent</translation>
    </message>
    <message>
        <source>Ook uw cliënt, als die een ouder is. Gezag: wie over de kinderen beslist.</source>
        <translation>Your client too, if they are a parent. Parental authority: who decides about the children.</translation>
    </message>
    <message>
        <source>Anderen in het huishouden</source>
        <translation>Others in the household</translation>
    </message>
    <message>
        <source>Huisgenoot toevoegen</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <source>Bijvoorbeeld een nieuwe partner, of een grootouder die inwoont.</source>
        <translation>For example a new partner, or a grandparent who lives in.</translation>
    </message>
    <message>
        <source>Andere professionals</source>
        <translation>Other professionals</translation>
    </message>
    <message>
        <source>Professional toevoegen</source>
        <translation>Add professional</translation>
    </message>
    <message>
        <source>Huisarts, wijkteam, school, jeugdhulp, kinderopvang, consultatiebureau…</source>
        <translation>GP, neighbourhood team, school, youth care, childcare, child health clinic…</translation>
    </message>
    <message>
        <source>Netwerk van het gezin</source>
        <translation>The family&apos;s network</translation>
    </message>
    <message>
        <source>Persoon toevoegen</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Familie, vrienden of buren die het gezin steunen of de kinderen opvangen.</source>
        <translation>Family, friends or neighbours who support the family or look after the children.</translation>
    </message>
    <message>
        <source>voor- en achternaam</source>
        <translation>first name and surname</translation>
    </message>
    <message>
        <source>Wat de lijst van zaken toont, tenzij u in de praktijkgegevens voor volledige namen kiest. Leeg gelaten: de initialen van de naam.</source>
        <translation>What the list of cases shows, unless you choose full names in the practice details. Left empty: the initials of the name.</translation>
    </message>
    <message>
        <source>Volledige naam van de cliënt</source>
        <translation>Client&apos;s full name</translation>
    </message>
    <message>
        <source>Label in de lijst</source>
        <translation>Label in the list</translation>
    </message>
    <message>
        <source>Label in de lijst (bijvoorbeeld initialen)</source>
        <translation>Label in the list (for example initials)</translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation>telephone number</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geboortedatum van de cliënt</source>
        <translation>Client&apos;s date of birth</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Telefoon van de cliënt</source>
        <translation>Client&apos;s telephone</translation>
    </message>
    <message>
        <source>straat, huisnummer, postcode en plaats</source>
        <translation>street, house number, postcode and town</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Adres van de cliënt</source>
        <translation>Client&apos;s address</translation>
    </message>
    <message>
        <source>alleen als u geen adres van de cliënt of de kinderen weet</source>
        <translation>only if you know no address of the client or the children</translation>
    </message>
    <message>
        <source>Waarom geen adres</source>
        <translation>Why no address</translation>
    </message>
    <message>
        <source>Waarom er geen adres is</source>
        <translation>Why there is no address</translation>
    </message>
    <message>
        <source>ten opzichte van de kinderen, bijvoorbeeld ‘moeder’</source>
        <translation>towards the children, for example ‘mother’</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Rol van de cliënt ten opzichte van de kinderen</source>
        <translation>The client&apos;s role towards the children</translation>
    </message>
    <message>
        <source>Naam van kind {n}</source>
        <translation>Name of child {n}</translation>
    </message>
    <message>
        <source>Geboortedatum van kind {n}</source>
        <translation>Date of birth of child {n}</translation>
    </message>
    <message>
        <source>bij wie; het adres als dat anders is</source>
        <translation>with whom; the address if it is different</translation>
    </message>
    <message>
        <source>school en groep, of de opvang</source>
        <translation>school and class, or the childcare</translation>
    </message>
    <message>
        <source>Woont</source>
        <translation>Lives</translation>
    </message>
    <message>
        <source>Waar kind {n} woont</source>
        <translation>Where child {n} lives</translation>
    </message>
    <message>
        <source>School of opvang</source>
        <translation>School or childcare</translation>
    </message>
    <message>
        <source>School of opvang van kind {n}</source>
        <translation>School or childcare of child {n}</translation>
    </message>
    <message>
        <source>bijvoorbeeld ‘vader van A. en R.’</source>
        <translation>for example ‘father of A. and R.’</translation>
    </message>
    <message>
        <source>bijvoorbeeld ‘partner van moeder’</source>
        <translation>for example ‘mother&apos;s partner’</translation>
    </message>
    <message>
        <source>bijvoorbeeld ‘grootmoeder’, ‘buurvrouw’</source>
        <translation>for example ‘grandmother’, ‘neighbour’</translation>
    </message>
    <message>
        <source>Naam van {who}</source>
        <translation>Name of {who}</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Relatie van {who}</source>
        <translation>Relationship of {who}</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Telefoon van {who}</source>
        <translation>Telephone of {who}</translation>
    </message>
    <message>
        <source>Geboortedatum van {who}</source>
        <translation>Date of birth of {who}</translation>
    </message>
    <message>
        <source>Gezag</source>
        <translation>Parental authority</translation>
    </message>
    <message>
        <source>Heeft {who} het gezag?</source>
        <translation>Does {who} have parental authority?</translation>
    </message>
    <message>
        <source>Adres van {who}</source>
        <translation>Address of {who}</translation>
    </message>
    <message>
        <source>kies of typ</source>
        <translation>choose or type</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Rol van professional {n}</source>
        <translation>Role of professional {n}</translation>
    </message>
    <message>
        <source>Naam van professional {n}</source>
        <translation>Name of professional {n}</translation>
    </message>
    <message>
        <source>praktijk, school of organisatie</source>
        <translation>practice, school or organisation</translation>
    </message>
    <message>
        <source>telefoon of e-mail</source>
        <translation>telephone or email</translation>
    </message>
    <message>
        <source>Organisatie van professional {n}</source>
        <translation>Organisation of professional {n}</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact van professional {n}</source>
        <translation>Contact details of professional {n}</translation>
    </message>
    <message>
        <source>bijvoorbeeld ‘verslag van de intake’</source>
        <translation>for example ‘intake report’</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Omschrijving van bijlage {n}</source>
        <translation>Description of attachment {n}</translation>
    </message>
    <message>
        <source>Datum van bijlage {n}</source>
        <translation>Date of attachment {n}</translation>
    </message>
    <message>
        <source>Adviesgesprek met Veilig Thuis verplicht vóór een schriftelijke melding</source>
        <translation>Advice consultation with Veilig Thuis required before a written report</translation>
    </message>
    <message>
        <source>Standaard aan voor artsen (de KNMG-meldcode). Een melding die nog concept is, volgt deze instelling.</source>
        <translation>On by default for doctors (the KNMG reporting code). A report that is still a draft follows this setting.</translation>
    </message>
    <message>
        <source>label (bijvoorbeeld initialen)</source>
        <translation>label (for example initials)</translation>
    </message>
    <message>
        <source>volledige naam</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>In de lijst van zaken tonen</source>
        <translation>Show in the list of cases</translation>
    </message>
    <message>
        <source>De tekst van uw melding. Gebruik ‘Tekst van de melding’ rechts voor een opzet uit uw gegevens.</source>
        <translation>The text of your report. Use ‘Report text’ on the right for a draft from your details.</translation>
    </message>
    <message>
        <source>Inhoud van de melding (7.melder.1)</source>
        <translation>Content of the report (7.melder.1)</translation>
    </message>
    <message>
        <source>Wat u verder wilt vastleggen over het overleg (optioneel)</source>
        <translation>Anything else you want to record about the consultation (optional)</translation>
    </message>
    <message>
        <source>Aanvullende opmerkingen voor het verslag</source>
        <translation>Additional remarks for the record</translation>
    </message>
    <message>
        <source>Een korte toelichting bij uw besluit over het verzoek (optioneel)</source>
        <translation>A short explanation of your decision on the request (optional)</translation>
    </message>
    <message>
        <source>Toelichting bij uw besluit</source>
        <translation>Explanation of your decision</translation>
    </message>
    <message>
        <source>Een korte inleiding bij uw antwoord, bijvoorbeeld over de actualiteit van uw informatie (optioneel)</source>
        <translation>A short introduction to your answer, for example about how current your information is (optional)</translation>
    </message>
    <message>
        <source>Toelichting bij uw antwoord</source>
        <translation>Explanation of your answer</translation>
    </message>
    <message>
        <source>Andere contacten naar aanleiding hiervan, bv. met de huisarts</source>
        <translation>Other contacts as a result, e.g. with the GP</translation>
    </message>
    <message>
        <source>Andere contacten (optioneel)</source>
        <translation>Other contacts (optional)</translation>
    </message>
    <message>
        <source>Wat u vastlegt in uw dossier (stap 7)</source>
        <translation>What you record in your dossier (step 7)</translation>
    </message>
    <message>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Niet van toepassing; geef een reden</source>
        <translation>Not applicable; give a reason</translation>
    </message>
    <message>
        <source>Niet van toepassing: {item}</source>
        <translation>Not applicable: {item}</translation>
    </message>
    <message>
        <source>reden</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Reden waarom niet van toepassing: {item}</source>
        <translation>Reason why not applicable: {item}</translation>
    </message>
    <message>
        <source>Openstaande bevindingen</source>
        <translation>Open findings</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Deelwijzer — nieuw dossier</source>
        <translation>Deelwijzer — new dossier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welkom bij Deelwijzer.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Uw dossier wordt versleuteld opgeslagen op deze computer. Kies een wachtwoord: een zin van vier of meer woorden is sterk en goed te onthouden.&lt;br&gt;&lt;br&gt;&lt;b&gt;Let op:&lt;/b&gt; zonder dit wachtwoord kan niemand het dossier openen, ook u niet en ook ondersteuning niet; alleen de herstelcode die u hierna krijgt, kan het vervangen. &lt;b&gt;Zonder wachtwoord en herstelcode is het dossier verloren.&lt;/b&gt; Bewaar beide op een veilige plek.</source>
        <translation>&lt;b&gt;Welcome to Deelwijzer.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Your dossier is stored encrypted on this computer. Choose a passphrase: a sentence of four or more words is strong and easy to remember.&lt;br&gt;&lt;br&gt;&lt;b&gt;Note:&lt;/b&gt; without this passphrase nobody can open the dossier, not you and not support either; only the recovery code you get next can stand in for it. &lt;b&gt;Without the passphrase and the recovery code the dossier is lost.&lt;/b&gt; Keep both in a safe place.</translation>
    </message>
    <message>
        <source>Het dossier komt in: {path}</source>
        <translation>The dossier goes into: {path}</translation>
    </message>
    <message>
        <source>wachtwoord (minstens {n} tekens)</source>
        <translation>passphrase (at least {n} characters)</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>nogmaals hetzelfde wachtwoord</source>
        <translation>the same passphrase again</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord, nogmaals</source>
        <translation>New passphrase, again</translation>
    </message>
    <message>
        <source>Ik begrijp dat het dossier zonder wachtwoord en herstelcode verloren is.</source>
        <translation>I understand that without the passphrase and the recovery code the dossier is lost.</translation>
    </message>
    <message>
        <source>Dossier maken</source>
        <translation>Create dossier</translation>
    </message>
    <message>
        <source>Dossier van een andere computer? Reservekopie terugzetten…</source>
        <translation>Dossier from another computer? Restore a backup…</translation>
    </message>
    <message>
        <source>Wachtwoord van de reservekopie</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Het wachtwoord waarmee u het dossier op de andere computer opende (of de herstelcode):</source>
        <translation>The passphrase you used to open the dossier on the other computer (or the recovery code):</translation>
    </message>
    <message>
        <source>Dossier teruggezet</source>
        <translation>Dossier restored</translation>
    </message>
    <message>
        <source>Het dossier van de andere computer staat nu op deze computer ({n} casus(sen)). U opent het voortaan met hetzelfde wachtwoord, en de herstelcode blijft dezelfde.</source>
        <translation>The dossier from the other computer is now on this computer ({n} case(s)). From now on you open it with the same passphrase, and the recovery code stays the same.</translation>
    </message>
    <message>
        <source>De reservekopie is niet teruggezet.</source>
        <translation>The backup was not restored.</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>Reservekopie van {when}: {n} casus(sen), laatste wijziging {last}.

Dit wordt het dossier op deze computer. Terugzetten?</source>
        <translation>Backup of {when}: {n} case(s), last changed {last}.

This becomes the dossier on this computer. Restore it?</translation>
    </message>
    <message>
        <source>De reservekopie wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>De reservekopie wordt gecontroleerd…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Wie vraagt de informatie?</source>
        <translation>Who is asking for the information?</translation>
    </message>
    <message>
        <source>Ja, er is een ondertoezichtstelling</source>
        <translation>Yes, there is a supervision order</translation>
    </message>
    <message>
        <source>Is er een ondertoezichtstelling (OTS)?</source>
        <translation>Is there a supervision order (OTS)?</translation>
    </message>
    <message>
        <source>Naam van de aanvrager</source>
        <translation>Requester&apos;s name</translation>
    </message>
    <message>
        <source>bv. raadsonderzoeker, jeugdbeschermer</source>
        <translation>e.g. Raad investigator, child protection worker</translation>
    </message>
    <message>
        <source>Deskundigheid van wie de antwoorden interpreteert (5.3)</source>
        <translation>Expertise of whoever interprets the answers (5.3)</translation>
    </message>
    <message>
        <source>Waarom heeft de aanvrager de informatie nodig?</source>
        <translation>Why does the requester need the information?</translation>
    </message>
    <message>
        <source>Waarom is de informatie nodig? (5.1)</source>
        <translation>Why is the information needed? (5.1)</translation>
    </message>
    <message>
        <source>Om welk type informatie gaat het?</source>
        <translation>What type of information is it about?</translation>
    </message>
    <message>
        <source>Welk type informatie? (5.1)</source>
        <translation>What type of information? (5.1)</translation>
    </message>
    <message>
        <source>Hoe antwoordt u? (5.2)</source>
        <translation>How do you answer? (5.2)</translation>
    </message>
    <message>
        <source>Afgesproken termijn (5.2)</source>
        <translation>Agreed deadline (5.2)</translation>
    </message>
    <message>
        <source>Deze datum staat als termijn in de lijst van casussen.</source>
        <translation>This date appears as the deadline in the list of cases.</translation>
    </message>
    <message>
        <source>Kenmerk aanvrager (optioneel)</source>
        <translation>Requester&apos;s reference (optional)</translation>
    </message>
    <message>
        <source>De vraag zoals u die kreeg</source>
        <translation>The question as you received it</translation>
    </message>
    <message>
        <source>Wat deed u met deze vraag?</source>
        <translation>What did you do with this question?</translation>
    </message>
    <message>
        <source>bv. teruggelegd bij de aanvrager; gevraagd naar gedrag in plaats van een oordeel</source>
        <translation>e.g. handed back to the requester; asked about behaviour instead of a judgement</translation>
    </message>
    <message>
        <source>Noteer elke vraag die u kreeg. Een vraag naar een oordeel (over de ouder als opvoeder, de veiligheid thuis of een maatregel) wordt gemarkeerd: dat oordeel is aan de vrager. U kunt de vraag terugleggen of beantwoorden met feiten en gedrag.</source>
        <translation>Note down every question you received. A question asking for a judgement (about the parent as a carer, safety at home or a measure) is marked: that judgement is for the person asking. You can hand the question back or answer it with facts and behaviour.</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>Vraag {n}: {q}</source>
        <translation>Question {n}: {q}</translation>
    </message>
    <message>
        <source>Uw antwoord</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Feiten, gedrag en symptomen; het oordeel laat u aan de vrager</source>
        <translation>Facts, behaviour and symptoms; leave the judgement to the person asking</translation>
    </message>
    <message>
        <source>Binnen uw deskundigheid: hoe kan een stoornis het gedrag tegenover de kinderen beïnvloeden? (6.4, optioneel)</source>
        <translation>Within your expertise: how can a disorder affect behaviour towards the children? (6.4, optional)</translation>
    </message>
    <message>
        <source>bv. ‘Deze stoornis kan leiden tot apathisch gedrag …’</source>
        <translation>e.g. ‘This disorder can lead to apathetic behaviour …’</translation>
    </message>
    <message>
        <source>Volledigheid (6.2)</source>
        <translation>Completeness (6.2)</translation>
    </message>
    <message>
        <source>Feiten die het vermoeden bevestigen, met bron</source>
        <translation>Facts that confirm the suspicion, with source</translation>
    </message>
    <message>
        <source>Feiten die de zorg bevestigen</source>
        <translation>Facts that confirm the concern</translation>
    </message>
    <message>
        <source>Feiten die het vermoeden ontkrachten, met bron — of ‘geen bekend’</source>
        <translation>Facts that refute the suspicion, with source — or ‘none known’</translation>
    </message>
    <message>
        <source>Feiten die de zorg ontkrachten</source>
        <translation>Facts that refute the concern</translation>
    </message>
    <message>
        <source>Actualiteit (stap 2)</source>
        <translation>How current (step 2)</translation>
    </message>
    <message>
        <source>Datum van uw antwoord</source>
        <translation>Date of your answer</translation>
    </message>
    <message>
        <source>Aanvrager</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Vraag {n}</source>
        <translation>Question {n}</translation>
    </message>
    <message>
        <source>Voetnoot</source>
        <translation>Footnote</translation>
    </message>
    <message>
        <source>Sinds de handleiding</source>
        <translation>Since the handbook (2013)</translation>
    </message>
    <message>
        <source>Wat de handleiding vraagt</source>
        <translation>What the handbook asks</translation>
    </message>
    <message>
        <source>Voorbeelden</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Stap {step}</source>
        <translation>Step {step}</translation>
    </message>
    <message>
        <source>Doel van de handleiding</source>
        <translation>Purpose of the handbook</translation>
    </message>
    <message>
        <source>Stap {step}: {title}</source>
        <translation>Step {step}: {title}</translation>
    </message>
    <message>
        <source>Voetnoten</source>
        <translation>Footnotes</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Niet zo</source>
        <translation>Not like this</translation>
    </message>
    <message>
        <source>Maar zo</source>
        <translation>But like this</translation>
    </message>
    <message>
        <source>Open in de handleiding (F1)</source>
        <translation>Open in the handbook (F1)</translation>
    </message>
    <message>
        <source>De hele handleiding, op de plaats van deze stap (F1)</source>
        <translation>The whole handbook, at this step (F1)</translation>
    </message>
    <message>
        <source>Open in de handleiding</source>
        <translation>Open in the handbook</translation>
    </message>
    <message>
        <source>(nog geen naam)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Concept verwijderen?</source>
        <translation>Delete the draft?</translation>
    </message>
    <message>
        <source>Het concept ‘{client}’ ({flow}, laatst gewijzigd op {date}) wordt definitief verwijderd, met alles wat u erin invulde.

In het toegangslog blijft alleen staan dat dit concept is verwijderd. Reservekopieën van vóór vandaag bevatten het nog.

Het concept verwijderen?</source>
        <translation>The draft ‘{client}’ ({flow}, last changed on {date}) will be deleted for good, with everything you filled in.

The access log keeps only that this draft was deleted. Backups from before today still contain it.

Delete the draft?</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Het concept is verwijderd.</source>
        <translation>The draft has been deleted.</translation>
    </message>
    <message>
        <source>Wat Deelwijzer doet, en wat niet</source>
        <translation>What Deelwijzer does, and what it does not</translation>
    </message>
    <message>
        <source>Deelwijzer leidt u stap voor stap door de handleiding informatie-uitwisseling bij (vermoedens van) kindermishandeling: bij een melding, een informatieverzoek, een overleg en een verzoek voor een ander doel. Het wijst u op wat de handleiding vraagt en wat nog ontbreekt, legt vast wat stap 7 voor uw dossier vraagt en maakt de brief als PDF.&lt;br&gt;&lt;br&gt;&lt;b&gt;Deelwijzer beslist niets voor u.&lt;/b&gt; Of u meldt of informatie verstrekt, besluit u zelf, met de meldcode. Deelwijzer helpt u het zorgvuldig te doen en vast te leggen.</source>
        <translation>Deelwijzer guides you step by step through the handbook on exchanging information about (suspected) child abuse: for a report, a request for information, a consultation and a request for another purpose. It points out what the handbook asks and what is still missing, records what step 7 asks for your file and makes the letter as a PDF.&lt;br&gt;&lt;br&gt;&lt;b&gt;Deelwijzer decides nothing for you.&lt;/b&gt; Whether you report or share information is your decision, made with the reporting code. Deelwijzer helps you do it carefully and record it.</translation>
    </message>
    <message>
        <source>Niets verlaat deze computer vanzelf</source>
        <translation>Nothing leaves this computer by itself</translation>
    </message>
    <message>
        <source>Deelwijzer werkt altijd offline. Het verstuurt niets: geen gegevens, geen statistieken, geen updates.&lt;br&gt;&lt;br&gt;Een brief of een dossierverslag verlaat deze computer alleen als &lt;b&gt;u&lt;/b&gt; de PDF verstuurt, afdrukt of kopieert. Wat u naar het klembord kopieert, wordt na twee minuten weer leeggemaakt.</source>
        <translation>Deelwijzer always works offline. It sends nothing: no data, no statistics, no updates.&lt;br&gt;&lt;br&gt;A letter or a file report leaves this computer only when &lt;b&gt;you&lt;/b&gt; send, print or copy the PDF. What you copy to the clipboard is cleared again after two minutes.</translation>
    </message>
    <message>
        <source>De handleiding bij de hand</source>
        <translation>The handbook at hand</translation>
    </message>
    <message>
        <source>Naast elke stap staat de regel uit de handleiding die erbij hoort, met de voorbeeldformuleringen; die kunt u als opzet invoegen.&lt;br&gt;&lt;br&gt;De hele handleiding opent u met &lt;b&gt;F1&lt;/b&gt; of via &lt;b&gt;Help &amp;gt; Handleiding&lt;/b&gt;. Vanuit een stap opent hij op de plaats van die stap. U kunt erin zoeken, en naast de stappen staat wat er sinds de handleiding in de wet veranderde.</source>
        <translation>Beside every step is the rule of the handbook that belongs to it, with its example wording (in Dutch), which you can insert as a draft.&lt;br&gt;&lt;br&gt;You open the whole handbook with &lt;b&gt;F1&lt;/b&gt; or &lt;b&gt;Help &amp;gt; Handbook&lt;/b&gt;. From a step it opens at that step&apos;s place. You can search it, and beside the steps you see what has changed in the law since the handbook.</translation>
    </message>
    <message>
        <source>Uw dossier is versleuteld</source>
        <translation>Your dossier is encrypted</translation>
    </message>
    <message>
        <source>Alles staat versleuteld op deze computer; alleen uw wachtwoord opent het. Na een paar minuten zonder gebruik vergrendelt Deelwijzer zich; een minuut ervoor ziet u een waarschuwing.&lt;br&gt;&lt;br&gt;&lt;b&gt;Bewaar uw herstelcode goed&lt;/b&gt;, op papier en op een veilige plek. Bent u uw wachtwoord vergeten, dan is de herstelcode de enige weg terug naar uw dossier: niemand anders kan het openen, ook ondersteuning niet. Maak daarnaast af en toe een reservekopie op een externe schijf (Dossier &amp;gt; Reservekopie).</source>
        <translation>Everything is stored encrypted on this computer; only your passphrase opens it. After a few minutes without use Deelwijzer locks itself; a minute before, you see a warning.&lt;br&gt;&lt;br&gt;&lt;b&gt;Keep your recovery code safe&lt;/b&gt;, on paper and in a safe place. If you forget your passphrase, the recovery code is the only way back into your dossier: nobody else can open it, support included. Also make a backup on an external disk now and then (Dossier &amp;gt; Backup).</translation>
    </message>
    <message>
        <source>Sinds 2019 weegt u met het afwegingskader van de meldcode of u meldt. De handleiding begint na dat besluit. Legt u uw afweging hier vast, dan staat zij in uw dossier en in het dossierverslag, niet in de melding. Deze pagina mag leeg blijven.</source>
        <translation>Since 2019 you weigh whether to report with the meldcode&apos;s assessment framework (afwegingskader). The handbook starts after that decision. If you record your weighing here, it is kept in your dossier and in the dossier report, not in the report to Veilig Thuis. This page may stay empty.</translation>
    </message>
    <message>
        <source>Bron: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>De vragen in de woorden van de KNMG-meldcode</source>
        <translation>Questions in the KNMG meldcode&apos;s own words (in Dutch)</translation>
    </message>
    <message>
        <source>Datum van uw afweging</source>
        <translation>Date of your weighing</translation>
    </message>
    <message>
        <source>Afwegingsvraag {n}: {name}</source>
        <translation>Weighing question {n}: {name}</translation>
    </message>
    <message>
        <source>Waarop baseert u dit antwoord?</source>
        <translation>What do you base this answer on?</translation>
    </message>
    <message>
        <source>Toelichting bij afwegingsvraag {n}</source>
        <translation>Reasoning for weighing question {n}</translation>
    </message>
    <message>
        <source>Verwijderen?</source>
        <translation>Delete?</translation>
    </message>
    <message>
        <source>{what} verwijderen? Met ‘Ongedaan maken’ zet u het daarna terug, met wat u invulde.</source>
        <translation>Delete {what}? With ‘Undo’ you can put it back afterwards, with what you filled in.</translation>
    </message>
    <message>
        <source>Ongedaan maken: {what} terugzetten</source>
        <translation>Undo: restore {what}</translation>
    </message>
    <message>
        <source>Zet de verwijderde rij terug met wat u invulde (Ctrl+Z)</source>
        <translation>Restore the deleted row with what you filled in (Ctrl+Z)</translation>
    </message>
    <message>
        <source>De gegevens over de fout staan in {log}.</source>
        <translation>The details of the error are in {log}.</translation>
    </message>
    <message>
        <source>Er ging herhaaldelijk iets mis in Deelwijzer ({kind}). Deelwijzer sluit nu af; wat u al had opgeslagen is bewaard. Start Deelwijzer opnieuw en meld dit aan ondersteuning.</source>
        <translation>Something went wrong in Deelwijzer repeatedly ({kind}). Deelwijzer will now close; what you had already saved is kept. Start Deelwijzer again and report this to support.</translation>
    </message>
    <message>
        <source>Er ging iets mis in Deelwijzer ({kind}). Wat u al had opgeslagen is bewaard. Meld dit aan ondersteuning.</source>
        <translation>Something went wrong in Deelwijzer ({kind}). What you had already saved is kept. Please report this to support.</translation>
    </message>
    <message>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>het venster en alles wat u ziet</source>
        <translation>the window and everything you see</translation>
    </message>
    <message>
        <source>het versleutelde dossier</source>
        <translation>the encrypted dossier</translation>
    </message>
    <message>
        <source>de sleutel uit uw wachtwoord</source>
        <translation>the key from your passphrase</translation>
    </message>
    <message>
        <source>het sleutelbestand</source>
        <translation>the key file</translation>
    </message>
    <message>
        <source>de brieven en verslagen (PDF)</source>
        <translation>the letters and reports (PDF)</translation>
    </message>
    <message>
        <source>het voorbeeld van een PDF</source>
        <translation>the preview of a PDF</translation>
    </message>
    <message>
        <source>een PDF met een wachtwoord</source>
        <translation>a PDF with a password</translation>
    </message>
    <message>
        <source>Arabisch en Hebreeuws in een PDF</source>
        <translation>Arabic and Hebrew in a PDF</translation>
    </message>
    <message>
        <source>afbreken van lange woorden in een PDF</source>
        <translation>hyphenating long words in a PDF</translation>
    </message>
    <message>
        <source>de sterkte van een wachtwoord</source>
        <translation>the strength of a passphrase</translation>
    </message>
    <message>
        <source>de map van uw dossier</source>
        <translation>the folder of your dossier</translation>
    </message>
    <message>
        <source>afbeeldingen in een PDF (ReportLab gebruikt het)</source>
        <translation>images in a PDF (ReportLab uses it)</translation>
    </message>
    <message>
        <source>tekst in elke taal: sorteren, woordgrenzen</source>
        <translation>text in any language: sorting, word boundaries</translation>
    </message>
    <message>
        <source>de versleuteling</source>
        <translation>the encryption</translation>
    </message>
    <message>
        <source>beeldformaten</source>
        <translation>image formats</translation>
    </message>
    <message>
        <source>de programmeertaal</source>
        <translation>the programming language</translation>
    </message>
    <message>
        <source>Over Deelwijzer</source>
        <translation>About Deelwijzer</translation>
    </message>
    <message>
        <source>Het pictogram van Deelwijzer</source>
        <translation>Deelwijzer&apos;s icon</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deelwijzer&lt;/b&gt; versie {version}</source>
        <translation>&lt;b&gt;Deelwijzer&lt;/b&gt; version {version}</translation>
    </message>
    <message>
        <source>Informatie delen bij zorgen over kindermishandeling, stap voor stap volgens de handleiding.</source>
        <translation>Sharing information when you are worried about child abuse, step by step as the handbook says.</translation>
    </message>
    <message>
        <source>Licentie van het lettertype DejaVu</source>
        <translation>Licence of the DejaVu font</translation>
    </message>
    <message>
        <source>&amp;Over</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Licenties en bronnen</source>
        <translation>&amp;Licences and sources</translation>
    </message>
    <message>
        <source>Licentie &amp;lettertype</source>
        <translation>&amp;Font licence</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Deelwijzer leidt u als behandelaar stap voor stap door de handleiding informatie-uitwisseling bij (vermoedens van) kindermishandeling: bij een melding, een informatieverzoek, een overleg en een verzoek voor een ander doel. Het legt vast wat stap 7 voor uw dossier vraagt en maakt de brief als PDF.</source>
        <translation>Deelwijzer guides you as a clinician step by step through the handbook on exchanging information about (suspected) child abuse: for a report, a request for information, a consultation and a request for another purpose. It records what step 7 asks for your file and makes the letter as a PDF.</translation>
    </message>
    <message>
        <source>Het besluit blijft bij u.</source>
        <translation>The decision stays with you.</translation>
    </message>
    <message>
        <source>Deelwijzer wijst op wat de handleiding vraagt en wat nog ontbreekt; of u meldt of informatie verstrekt, besluit u zelf.</source>
        <translation>Deelwijzer points out what the handbook asks and what is still missing; whether you report or share information is your own decision.</translation>
    </message>
    <message>
        <source>Deelwijzer werkt altijd offline en verstuurt niets. Het dossier staat versleuteld op deze computer; het verlaat die alleen als u zelf een PDF verstuurt, afdrukt of kopieert.</source>
        <translation>Deelwijzer always works offline and sends nothing. The dossier is stored encrypted on this computer; it leaves it only when you yourself send, print or copy a PDF.</translation>
    </message>
    <message>
        <source>De handleiding</source>
        <translation>The handbook</translation>
    </message>
    <message>
        <source>De tekst wordt woordelijk aangehaald, in het Nederlands, uit het bronbestand {file} dat met Deelwijzer wordt meegeleverd. Wat sinds de handleiding in de wet veranderde (Veilig Thuis, de meldcode, de Jeugdwet) staat er als ‘Sinds de handleiding’ naast; dat is informatie, geen juridisch advies.</source>
        <translation>Its text is quoted word for word, in Dutch, from the source file {file} that comes with Deelwijzer. What has changed in the law since the handbook (Veilig Thuis, the reporting code, the Youth Act) stands beside it as ‘Since the handbook (2013)’; that is information, not legal advice.</translation>
    </message>
    <message>
        <source>Versie {version}. Python-pakketten: zie ‘Licenties en bronnen’.</source>
        <translation>Version {version}. Python packages: see ‘Licences and sources’.</translation>
    </message>
    <message>
        <source>nog niet vastgelegd</source>
        <translation>not yet stated</translation>
    </message>
    <message>
        <source>dit programma</source>
        <translation>this program</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Waarvoor</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Gebouwd met</source>
        <translation>Built with</translation>
    </message>
    <message>
        <source>Qt en PySide6 worden gebruikt onder de LGPL-3.0: u mag ze vervangen door een eigen versie.</source>
        <translation>Qt and PySide6 are used under the LGPL-3.0: you may replace them with a version of your own.</translation>
    </message>
    <message>
        <source>Lettertype</source>
        <translation>Font</translation>
    </message>
    <message>
        <source>DejaVu Sans (in de PDF&apos;s): Bitstream Vera-licentie; de wijzigingen van DejaVu zijn publiek domein. De volledige tekst staat onder ‘Licentie lettertype’.</source>
        <translation>DejaVu Sans (in the PDFs): Bitstream Vera licence; DejaVu&apos;s changes are in the public domain. The full text is under ‘Font licence’.</translation>
    </message>
    <message>
        <source>Woordenlijst van de oordeelcontrole</source>
        <translation>Word list of the judgement check</translation>
    </message>
    <message>
        <source>Licentie: {licence}</source>
        <translation>Licence: {licence}</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Toegangslog</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>De keten van het toegangslog is gecontroleerd en intact.</source>
        <translation>The chain of the access log has been checked and is intact.</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Het hele dossier</source>
        <translation>The whole dossier</translation>
    </message>
    <message>
        <source>Casus {n}</source>
        <translation>Case {n}</translation>
    </message>
    <message>
        <source>PDF voor de cliënt…</source>
        <translation>PDF for the client…</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Casus / toelichting</source>
        <translation>Case / explanation</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>casus {id}</source>
        <translation>case {id}</translation>
    </message>
    <message>
        <source>Toegangslog opslaan</source>
        <translation>Save access log</translation>
    </message>
</context>
<context>
    <name>AnswersPage</name>
    <message>
        <source>Geef per vraag bij voorkeur feiten, gedrag en symptomen die u zelf waarnam; vermeld de bron als een ander ze waarnam (6.1). Laat het oordeel over de ouder als opvoeder en over een maatregel aan de vrager (6.4).</source>
        <translation>For each question, preferably give facts, behaviour and symptoms you observed yourself; state the source if someone else observed them (6.1). Leave the judgement about the parent as a carer and about any measure to the person asking (6.4).</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Bijlage</source>
        <translation>Attachment</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Kies een casus in de lijst.</source>
        <translation>Choose a case in the list.</translation>
    </message>
    <message>
        <source>Verder met concept</source>
        <translation>Continue draft</translation>
    </message>
    <message>
        <source>Concept verwijderen…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <source>PDF maken…</source>
        <translation>Make PDF…</translation>
    </message>
    <message>
        <source>Contact toevoegen…</source>
        <translation>Add contact…</translation>
    </message>
    <message>
        <source>Dossierverslag</source>
        <translation>Dossier report</translation>
    </message>
    <message>
        <source>Kopiëren als tekst (voor uw EPD)</source>
        <translation>Copy as text (for your EHR)</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Toegangslog van deze casus…</source>
        <translation>Access log of this case…</translation>
    </message>
    <message>
        <source>Verwijderen op verzoek van de cliënt…</source>
        <translation>Delete at the client&apos;s request…</translation>
    </message>
    <message>
        <source>{client} — {flow} — {status}</source>
        <translation>{client} — {flow} — {status}</translation>
    </message>
    <message>
        <source>(nog geen naam)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>afgerond</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>Bewaren tot {date} (WGBO: twintig jaar na de laatste wijziging; Deelwijzer verwijdert nooit zelf).</source>
        <translation>Keep until {date} (WGBO: twenty years after the last change; Deelwijzer never deletes anything itself).</translation>
    </message>
    <message>
        <source>{doc}-PDF maken…</source>
        <translation>Make {doc} PDF (in Dutch)…</translation>
    </message>
    <message>
        <source>Dit is nog niet voltooid. Alles wat u invulde is bewaard; ga verder waar u was.</source>
        <translation>This is not finished yet. Everything you filled in has been saved; carry on where you were.</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Afhandelen…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <source>Document maken…</source>
        <translation>Make document…</translation>
    </message>
    <message>
        <source> (verlopen)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <source>Vastgelegd in uw dossier (stap 7)</source>
        <translation>Recorded in your dossier (step 7)</translation>
    </message>
    <message>
        <source>Openstaande bevindingen bij afronding</source>
        <translation>Open findings at finishing</translation>
    </message>
    <message>
        <source>terzijde gelegd: {reason}</source>
        <translation>set aside: {reason}</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>(nog geen naam)</source>
        <translation>(no name yet)</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>huidig wachtwoord</source>
        <translation>current passphrase</translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>ChildRow</name>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Uit een eerder concept, dat alleen de leeftijd vroeg: {age} jaar.</source>
        <translation>From an earlier draft, which asked only for the age: {age} years.</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>leeg: {initials}</source>
        <translation>empty: {initials}</translation>
    </message>
    <message>
        <source>bijvoorbeeld initialen</source>
        <translation>for example initials</translation>
    </message>
</context>
<context>
    <name>CompactRow</name>
    <message>
        <source>{row} verwijderen</source>
        <translation>Delete {row}</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact toevoegen</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Leg de contacten vast die er naar aanleiding van de melding of de informatieverstrekking zijn geweest (7.melder.5).</source>
        <translation>Record the contacts there have been following the report or the provision of information (7.melder.5).</translation>
    </message>
    <message>
        <source>Datum *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Met wie, en wat is besproken of afgesproken?</source>
        <translation>With whom, and what was discussed or agreed?</translation>
    </message>
    <message>
        <source>Inhoud *</source>
        <translation>Content *</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Bevestig dat u het risico van een vergeten wachtwoord begrijpt.</source>
        <translation>Confirm that you understand the risk of a forgotten passphrase.</translation>
    </message>
    <message>
        <source>Dossier wordt gemaakt…</source>
        <translation>Creating the dossier…</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Deelwijzer-reservekopie (*.dwbackup)</source>
        <translation>Deelwijzer backup (*.dwbackup)</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>Het dossier is beschadigd</source>
        <translation>The dossier is damaged</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Tot de volgende controle; de beschadiging blijft</source>
        <translation>Until the next check; the damage remains</translation>
    </message>
    <message>
        <source>{first} Wat u ziet kan daardoor onvolledig zijn; er is niets verwijderd of overschreven. Wat u kunt doen: zet de nieuwste reservekopie terug met ‘Reservekopie terugzetten…’ (Deelwijzer vergrendelt eerst; typ dan uw wachtwoord). Het beschadigde dossier wordt daarbij apart bewaard. Zolang het beschadigd is, maakt Deelwijzer er geen reservekopie van, zodat uw goede reservekopieën bewaard blijven.</source>
        <translation>{first} What you see may therefore be incomplete; nothing has been removed or overwritten. What you can do: put the newest backup back with ‘Restore backup…’ (Deelwijzer locks first; then type your passphrase). The damaged dossier is kept aside. While it is damaged, Deelwijzer makes no backup of it, so your good backups are kept.</translation>
    </message>
    <message>
        <source>Beschadiging in het dossier</source>
        <translation>Damage in the dossier</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Termijn van het verzoek</source>
        <translation>Deadline of the request</translation>
    </message>
    <message>
        <source>Niets te doen.</source>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <source>Alleen de {n} vroegste staan hier.</source>
        <translation>Only the earliest {n} are shown here.</translation>
    </message>
    <message>
        <source>Termijnen ({n} verlopen)</source>
        <translation>Deadlines ({n} overdue)</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <source>Casus verwijderen op verzoek</source>
        <translation>Delete case on request</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verwijderen is definitief.&lt;/b&gt; De cliënt kan vragen het dossier te vernietigen (WGBO; antwoord binnen een maand). Normaal wordt een dossier bewaard tot {date}. Alles van deze casus wordt verwijderd; in het toegangslog blijft alleen staan dat casus {id} op verzoek is verwijderd, met de reden. Reservekopieën van vóór vandaag bevatten de casus nog.</source>
        <translation>&lt;b&gt;Deleting is final.&lt;/b&gt; The client may ask for the dossier to be destroyed (WGBO; reply within a month). Normally a dossier is kept until {date}. Everything of this case is deleted; the access log keeps only that case {id} was deleted on request, with the reason. Backups made before today still contain the case.</translation>
    </message>
    <message>
        <source>Reden (bijvoorbeeld: verzoek van de cliënt van …)</source>
        <translation>Reason (for example: request from the client of …)</translation>
    </message>
    <message>
        <source>Typ ter bevestiging de naam van de cliënt: {p}</source>
        <translation>To confirm, type the client&apos;s name: {p}</translation>
    </message>
    <message>
        <source>Definitief verwijderen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Dossierverslag</source>
        <translation>Dossier report</translation>
    </message>
    <message>
        <source>Reservekopie opslaan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Reservekopie wordt gemaakt…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>De reservekopie is gemaakt en gecontroleerd:
{p}

U opent hem met het wachtwoord van dit moment.</source>
        <translation>The backup has been made and checked:
{p}

You open it with the passphrase you use now.</translation>
    </message>
    <message>
        <source>De reservekopie kon niet worden gemaakt ({kind}).</source>
        <translation>The backup could not be made ({kind}).</translation>
    </message>
    <message>
        <source>Reservekopie niet gemaakt</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Right of access</translation>
    </message>
    <message>
        <source>Dossierverslag gekopieerd. Plak het in uw EPD; het klembord wordt over twee minuten weer leeggemaakt.</source>
        <translation>Dossier report copied. Paste it into your EHR; the clipboard will be cleared again in two minutes.</translation>
    </message>
    <message>
        <source>Het document kon niet worden gemaakt ({kind}). Uw gegevens zijn bewaard.</source>
        <translation>The document could not be made ({kind}). Your details have been kept.</translation>
    </message>
    <message>
        <source>PDF niet gemaakt</source>
        <translation>PDF not made</translation>
    </message>
    <message>
        <source>Deelwijzer-reservekopie (*.dwbackup)</source>
        <translation>Deelwijzer backup (*.dwbackup)</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt.</source>
        <translation>Backup made.</translation>
    </message>
    <message>
        <source>Niet gekopieerd</source>
        <translation>Not copied</translation>
    </message>
    <message>
        <source>Document wordt gemaakt…</source>
        <translation>Making the document…</translation>
    </message>
    <message>
        <source>Apart deel, niet voor het gezin</source>
        <translation>Separate part, not for the family</translation>
    </message>
    <message>
        <source>{doc} afgedrukt</source>
        <translation>{doc} printed</translation>
    </message>
    <message>
        <source>{doc}: apart deel afgedrukt</source>
        <translation>{doc}: separate part printed</translation>
    </message>
    <message>
        <source>Afgedrukt; geen PDF opgeslagen.</source>
        <translation>Printed; no PDF saved.</translation>
    </message>
    <message>
        <source>Geen PDF gemaakt. Dat kan later opnieuw.</source>
        <translation>No PDF made. You can try again later.</translation>
    </message>
    <message>
        <source>{doc}-PDF opslaan</source>
        <translation>Save {doc} PDF</translation>
    </message>
    <message>
        <source>Niet opgeslagen.</source>
        <translation>Not saved.</translation>
    </message>
    <message>
        <source>De PDF is opgeslagen.</source>
        <translation>The PDF has been saved.</translation>
    </message>
    <message>
        <source>Het document is opgeslagen als
{path}

Nu openen?</source>
        <translation>The document has been saved as
{path}

Open it now?</translation>
    </message>
    <message>
        <source>Twee bestanden opgeslagen: de melding en het aparte deel, niet voor het gezin.</source>
        <translation>Two files saved: the report and the separate part, not for the family.</translation>
    </message>
    <message>
        <source>Er zijn twee bestanden opgeslagen.

De melding:
{path}
Het gezin kan alles hierin inzien: de ouders, en kinderen vanaf 12 jaar.

Het aparte deel, NIET VOOR HET GEZIN:
{apart}
Stuur dit alleen aan de ontvanger van de melding, los van de melding. Geef het nooit aan het gezin.{protected}

De melding nu openen?</source>
        <translation>Two files have been saved.

The report:
{path}
The family can read everything in it: the parents, and children aged 12 and over.

The separate part, NOT FOR THE FAMILY:
{apart}
Send this only to the recipient of the report, apart from the report. Never give it to the family.{protected}

Open the report now?</translation>
    </message>
    <message>
        <source>

Beide bestanden zijn beveiligd met hetzelfde wachtwoord.</source>
        <translation>

Both files are protected with the same password.</translation>
    </message>
    <message>
        <source>PDF opgeslagen</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>PDF niet opgeslagen</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>PDF wordt opgeslagen…</source>
        <translation>Saving the PDF…</translation>
    </message>
</context>
<context>
    <name>ExpectationsPage</name>
    <message>
        <source>Bericht of de melding wordt onderzocht: uiterlijk &lt;b&gt;{date}&lt;/b&gt;.</source>
        <translation>Word on whether the report will be investigated: by &lt;b&gt;{date}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>U meldde mondeling: u ontvangt een schriftelijke of digitale weergave. Controleer die, en laat zo nodig corrigeren.</source>
        <translation>You reported orally: you will receive a written or digital record of it. Check it, and have it corrected if necessary.</translation>
    </message>
    <message>
        <source>Beide worden vervolgacties in uw dossier.</source>
        <translation>Both become follow-up actions in your dossier.</translation>
    </message>
</context>
<context>
    <name>FactRow</name>
    <message>
        <source>Wat is er gebeurd</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Bron (wie nam het waar)</source>
        <translation>Source (who observed it)</translation>
    </message>
    <message>
        <source>{row} verwijderen</source>
        <translation>Delete {row}</translation>
    </message>
    <message>
        <source>Feit {n}</source>
        <translation>Fact {n}</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>Geen: er zijn geen oordelen of bronloze feiten gevonden.</source>
        <translation>None: no judgements or facts without a source were found.</translation>
    </message>
    <message>
        <source>Dit blokkeert het afronden niet. Leg een bevinding terzijde als het een vals alarm of een bewuste keuze is; uw reden wordt bij het dossier bewaard, niet in verzonden documenten.</source>
        <translation>This does not block finishing. Set a finding aside if it is a false alarm or a deliberate choice; your reason is kept with the dossier, not in documents that are sent.</translation>
    </message>
    <message>
        <source>{kind} in {where}</source>
        <translation>{kind} in {where}</translation>
    </message>
    <message>
        <source>terzijde gelegd: {reason}</source>
        <translation>set aside: {reason}</translation>
    </message>
    <message>
        <source>Open: {finding}</source>
        <translation>Open: {finding}</translation>
    </message>
    <message>
        <source>Terzijde gelegd</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Weer openen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Bevinding weer openen: {text}</source>
        <translation>Reopen finding: {text}</translation>
    </message>
    <message>
        <source>Terzijde leggen…</source>
        <translation>Set aside…</translation>
    </message>
    <message>
        <source>Bevinding terzijde leggen: {text}</source>
        <translation>Set finding aside: {text}</translation>
    </message>
    <message>
        <source>Bevinding terzijde leggen</source>
        <translation>Set finding aside</translation>
    </message>
    <message>
        <source>Waarom laat u ‘{text}’ staan? Bijvoorbeeld: ‘vals alarm: dit is een citaat van moeder’ of ‘bewuste keuze’.</source>
        <translation>Why do you leave ‘{text}’ in? For example: ‘false alarm: this is a quotation from the mother’ or ‘deliberate choice’.</translation>
    </message>
    <message>
        <source>Reden ontbreekt</source>
        <translation>Reason missing</translation>
    </message>
</context>
<context>
    <name>FlowPage</name>
    <message>
        <source>Voegt de voorbeeldformulering in bij het veld; [ … ] vult u zelf aan.</source>
        <translation>Inserts the example wording into the field; you fill in [ … ] yourself.</translation>
    </message>
    <message>
        <source>Past niet bij wat u hebt vastgelegd (bijvoorbeeld over openheid of toestemming).</source>
        <translation>Does not match what you recorded (for example about openness or consent).</translation>
    </message>
    <message>
        <source> dagen zonder contact</source>
        <translation> days without contact</translation>
    </message>
</context>
<context>
    <name>FlowWizard</name>
    <message>
        <source>{flow} — Deelwijzer</source>
        <translation>{flow} — Deelwijzer</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Vo&amp;rige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Voltooien</source>
        <translation>Fi&amp;nish</translation>
    </message>
    <message>
        <source>&amp;Sluiten (concept blijft bewaard)</source>
        <translation>&amp;Close (draft is kept)</translation>
    </message>
    <message>
        <source>Volgende stap (Alt+V)</source>
        <translation>Next step (Alt+N)</translation>
    </message>
    <message>
        <source>Vorige stap (Alt+R)</source>
        <translation>Previous step (Alt+B)</translation>
    </message>
    <message>
        <source>Vastleggen en het document maken (Alt+V)</source>
        <translation>Record it and make the document (Alt+N)</translation>
    </message>
    <message>
        <source>Sluiten; het concept blijft bewaard (Alt+S of Esc)</source>
        <translation>Close; the draft is kept (Alt+C or Esc)</translation>
    </message>
    <message>
        <source>Concept niet opgeslagen</source>
        <translation>Draft not saved</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>HandbookPanel</name>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Niet zo</source>
        <translation>Not like this</translation>
    </message>
    <message>
        <source>Maar zo</source>
        <translation>But like this</translation>
    </message>
    <message>
        <source>Handleiding</source>
        <translation>Handbook text (in Dutch)</translation>
    </message>
    <message>
        <source>Voorbeeldtekst invoegen (aangevuld uit de casus):</source>
        <translation>Insert example wording, in Dutch (filled in from the case):</translation>
    </message>
    <message>
        <source>Voegt de voorbeeldformulering in bij het veld; [ … ] vult u zelf aan.</source>
        <translation>Inserts the example wording into the field; you fill in [ … ] yourself.</translation>
    </message>
</context>
<context>
    <name>HandbookViewer</name>
    <message>
        <source>Handleiding — Deelwijzer</source>
        <translation>Handbook — Deelwijzer</translation>
    </message>
    <message>
        <source>&amp;Zoeken in de handleiding:</source>
        <translation>&amp;Search the handbook:</translation>
    </message>
    <message>
        <source>een woord of een paar woorden</source>
        <translation>a word or a few words</translation>
    </message>
    <message>
        <source>Zoeken in de handleiding</source>
        <translation>Search the handbook</translation>
    </message>
    <message>
        <source>&lt; Vo&amp;rige</source>
        <translation>&lt; P&amp;revious</translation>
    </message>
    <message>
        <source>Vorige vindplaats (Shift+Enter of Shift+F3)</source>
        <translation>Previous match (Shift+Enter or Shift+F3)</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Volgende vindplaats (Enter of F3)</source>
        <translation>Next match (Enter or F3)</translation>
    </message>
    <message>
        <source>S&amp;tappen</source>
        <translation>S&amp;teps</translation>
    </message>
    <message>
        <source>Stappen van de handleiding</source>
        <translation>Steps of the handbook</translation>
    </message>
    <message>
        <source>Tekst van de handleiding</source>
        <translation>Handbook text (in Dutch)</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Niet gevonden</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>{i} van {n}</source>
        <translation>{i} of {n}</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <source>Een deel van het bestand kon niet worden gelezen.</source>
        <translation>Part of the file could not be read.</translation>
    </message>
    <message>
        <source>Het dossier is beschadigd. Typ uw wachtwoord en kies ‘Reservekopie terugzetten…’: de nieuwste reservekopie die opent wordt teruggezet, het beschadigde dossier apart bewaard.</source>
        <translation>The dossier is damaged. Type your passphrase and choose ‘Restore backup…’: the newest backup that opens is put back, and the damaged dossier is kept aside.</translation>
    </message>
</context>
<context>
    <name>InzageDialog</name>
    <message>
        <source>Inzage: afschrift voor de cliënt</source>
        <translation>Right of access: copy for the client</translation>
    </message>
    <message>
        <source>Maak een afschrift van het dossier van een cliënt. Scherm per onderdeel af wat een ander betreft (bijvoorbeeld een melder aan wie anonimiteit is toegezegd), met een reden. Afgeschermde tekst komt niet in het afschrift. Onderdelen die een andere vastgelegde betrokkene noemen (een ouder, de grootmoeder, de huisarts …) of apart aan Veilig Thuis zijn gegeven, zijn al aangevinkt met de reden: controleer elk voorstel. Onderdelen met een oranje achtergrond noemen mogelijk een ander.</source>
        <translation>Make a copy of a client&apos;s dossier. Withhold, item by item, what concerns someone else (for example a reporter who was promised anonymity), with a reason. Withheld text does not go into the copy. The copy and its items are in Dutch, as the dossier is. Items that name another recorded person (a parent, the grandmother, the GP …) or that were given separately to Veilig Thuis are already ticked with the reason: check every proposal. Items with an orange background may name someone else.</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Verzocht door</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Onderdelen van het afschrift</source>
        <translation>Parts of the copy</translation>
    </message>
    <message>
        <source>Afschermen</source>
        <translation>Withhold</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>PDF maken…</source>
        <translation>Make PDF…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Voorstel: {reason}</source>
        <translation>Proposal: {reason}</translation>
    </message>
    <message>
        <source>Deze cliënt heeft nog geen afgeronde uitwisselingen.</source>
        <translation>This client has no finished exchanges yet.</translation>
    </message>
    <message>
        <source>Geef bij elk afgeschermd onderdeel een reden ({n} ontbreken).</source>
        <translation>Give a reason for each withheld item ({n} missing).</translation>
    </message>
    <message>
        <source>{n} van {total} onderdelen afgeschermd.</source>
        <translation>{n} of {total} items withheld.</translation>
    </message>
</context>
<context>
    <name>LockNotice</name>
    <message>
        <source>&amp;Nog niet vergrendelen</source>
        <translation>&amp;Not yet, stay unlocked</translation>
    </message>
    <message>
        <source>Elke toets of muisbeweging stelt het vergrendelen ook uit</source>
        <translation>Any key or mouse movement postpones the lock too</translation>
    </message>
    <message>
        <source>Deelwijzer vergrendelt over 1 minuut als u niets doet. Wat u invulde, blijft bewaard.</source>
        <translation>Deelwijzer locks in 1 minute if you do nothing. What you filled in is kept.</translation>
    </message>
    <message>
        <source>Deelwijzer vergrendelt over {n} seconden als u niets doet. Wat u invulde, blijft bewaard.</source>
        <translation>Deelwijzer locks in {n} seconds if you do nothing. What you filled in is kept.</translation>
    </message>
</context>
<context>
    <name>LockWaitDialog</name>
    <message>
        <source>Deelwijzer — vergrendeld</source>
        <translation>Deelwijzer — locked</translation>
    </message>
    <message>
        <source>Deelwijzer is vergrendeld.</source>
        <translation>Deelwijzer is locked.</translation>
    </message>
    <message>
        <source>De reservekopie wordt gemaakt…</source>
        <translation>The backup is being made…</translation>
    </message>
    <message>
        <source>Daarna vraagt Deelwijzer weer om uw wachtwoord.</source>
        <translation>After that, Deelwijzer will ask for your passphrase again.</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>Reservekopie niet gemaakt</source>
        <translation>Backup not made</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Nieuwe &amp;melding</source>
        <translation>New &amp;report</translation>
    </message>
    <message>
        <source>&amp;Informatieverzoek beantwoorden</source>
        <translation>Answer a request for &amp;information</translation>
    </message>
    <message>
        <source>&amp;Overleg vastleggen</source>
        <translation>Record a c&amp;onsultation</translation>
    </message>
    <message>
        <source>Verzoek &amp;ander doel</source>
        <translation>Request for a&amp;nother purpose</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Deelwijzer</source>
        <translation>Deelwijzer</translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Zoeken op cliënt, organisatie of tekst…</source>
        <translation>Search by client, organisation or text…</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Toon casussen van soort</source>
        <translation>Show cases of kind</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Toon casussen met status</source>
        <translation>Show cases with status</translation>
    </message>
    <message>
        <source>Nog geen casussen. Begin met ‘Nieuwe melding’ of ‘Informatieverzoek beantwoorden’.</source>
        <translation>No cases yet. Start with ‘New report’ or ‘Answer a request for information’.</translation>
    </message>
    <message>
        <source>Dossier: {path}</source>
        <translation>Dossier: {path}</translation>
    </message>
    <message>
        <source>{n} casus(sen)</source>
        <translation>{n} case(s)</translation>
    </message>
    <message>
        <source>{n}+ casussen</source>
        <translation>{n}+ cases</translation>
    </message>
    <message>
        <source>meer dan {n} casussen</source>
        <translation>more than {n} cases</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Niet gelukt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Geen PDF gemaakt</source>
        <translation>No PDF made</translation>
    </message>
    <message>
        <source>Niet verwijderd</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>De casus is verwijderd.</source>
        <translation>The case has been deleted.</translation>
    </message>
    <message>
        <source>Het wachtwoord is gewijzigd.</source>
        <translation>The passphrase has been changed.</translation>
    </message>
    <message>
        <source>Nieuwe sleutel</source>
        <translation>New key</translation>
    </message>
    <message>
        <source>Het dossier is opnieuw versleuteld met een nieuwe sleutel: het oude wachtwoord en de oude herstelcode openen het niet meer. Bewaar nu de nieuwe herstelcode.

Oudere reservekopieën openen nog met het oude wachtwoord (ze bevatten het dossier zoals het toen was). Lekte het wachtwoord, verwijder die dan zodra er een nieuwe reservekopie is gemaakt.</source>
        <translation>The dossier has been encrypted again with a new key: the old passphrase and the old recovery code no longer open it. Keep the new recovery code now.

Older backups still open with the old passphrase (they contain the dossier as it was then). If the passphrase leaked, delete them as soon as a new backup has been made.</translation>
    </message>
</context>
<context>
    <name>NumberedRow</name>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisaties en regionale afspraken</source>
        <translation>Organisations and regional agreements</translation>
    </message>
    <message>
        <source>Adresboek</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Regionale afspraken</source>
        <translation>Regional agreements</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Toon organisaties van soort</source>
        <translation>Show organisations of type</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Organisaties in het adresboek</source>
        <translation>Organisations in the address book</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>bv. bereikbaarheid, vaste aandachtsfunctionaris</source>
        <translation>e.g. availability, permanent contact person</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Contactpersoon toevoegen</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Fill in the name of the organisation.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Organisatie verwijderen?</source>
        <translation>Remove organisation?</translation>
    </message>
    <message>
        <source>Deze organisatie en haar contactpersonen uit het adresboek verwijderen? Casussen waarin zij voorkomt blijven ongewijzigd.</source>
        <translation>Remove this organisation and its contact persons from the address book? Cases in which it appears stay unchanged.</translation>
    </message>
    <message>
        <source>Het model is bedoeld als basis voor regionale afspraken. Leg hier vast wat u met de organisaties in uw regio afsprak; nieuwe casussen gaan ervan uit.</source>
        <translation>The model is meant as a basis for regional agreements. Record here what you agreed with the organisations in your region; new cases start from it.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Termijn voor bericht of een melding wordt onderzocht</source>
        <translation>Deadline for word on whether a report will be investigated</translation>
    </message>
    <message>
        <source>Geen voorkeur</source>
        <translation>No preference</translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation>Orally</translation>
    </message>
    <message>
        <source>Schriftelijk</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Voorkeur voor melden of informeren</source>
        <translation>Preference for reporting or informing</translation>
    </message>
    <message>
        <source>Andere afspraken</source>
        <translation>Other agreements</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Afspraak opslaan</source>
        <translation>Save agreement</translation>
    </message>
</context>
<context>
    <name>OverdueBanner</name>
    <message>
        <source>&amp;Termijnen tonen</source>
        <translation>Show the &amp;deadlines</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Tot de volgende keer dat u het dossier opent</source>
        <translation>Until the next time you open the dossier</translation>
    </message>
    <message>
        <source>1 termijn verlopen</source>
        <translation>1 deadline overdue</translation>
    </message>
    <message>
        <source>{n} termijnen verlopen</source>
        <translation>{n} deadlines overdue</translation>
    </message>
    <message>
        <source>Termijn van het verzoek</source>
        <translation>Deadline of the request</translation>
    </message>
    <message>
        <source>De oudste: {what} ({client}), verwacht op {date}.</source>
        <translation>The oldest: {what} ({client}), expected on {date}.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Pagina’s van {name}</source>
        <translation>Pages of {name}</translation>
    </message>
    <message>
        <source>Pagina {i} van {n}</source>
        <translation>Page {i} of {n}</translation>
    </message>
</context>
<context>
    <name>PdfPasswordDialog</name>
    <message>
        <source>PDF beveiligen?</source>
        <translation>Protect the PDF?</translation>
    </message>
    <message>
        <source>Verstuurt u het document per e-mail? Beveilig het dan met een wachtwoord (AES-256) en geef dat wachtwoord telefonisch door. Deelwijzer bewaart het wachtwoord niet.</source>
        <translation>Are you sending the document by email? Then protect it with a password (AES-256) and give that password by telephone. Deelwijzer does not keep the password.</translation>
    </message>
    <message>
        <source>wachtwoord (minstens {n} tekens)</source>
        <translation>passphrase (at least {n} characters)</translation>
    </message>
    <message>
        <source>nogmaals</source>
        <translation>again</translation>
    </message>
    <message>
        <source>Wachtwoord voor de PDF</source>
        <translation>Password for the PDF</translation>
    </message>
    <message>
        <source>Wachtwoord voor de PDF, nogmaals</source>
        <translation>Password for the PDF, again</translation>
    </message>
    <message>
        <source>Zonder wachtwoord</source>
        <translation>No password</translation>
    </message>
    <message>
        <source>Beveiligen</source>
        <translation>Protect</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Minstens {n} tekens.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <source>Gezag van {who}: {answer}</source>
        <translation>Parental authority of {who}: {answer}</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Huisgenoot</source>
        <translation>Household member</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Voorbeeld: {doc}</source>
        <translation>Preview: {doc}</translation>
    </message>
    <message>
        <source>Zo ziet het document eruit. Lees het na voordat het de praktijk verlaat. Met Terug wordt niets opgeslagen of afgedrukt.</source>
        <translation>This is what the document looks like. Read it through before it leaves the practice. Back saves and prints nothing.</translation>
    </message>
    <message>
        <source>NIET VOOR HET GEZIN. Dit aparte deel is alleen voor de ontvanger van de melding. Het wordt als eigen bestand opgeslagen en apart afgedrukt; geef het nooit aan het gezin.</source>
        <translation>NOT FOR THE FAMILY. This separate part is only for the recipient of the report. It is saved as its own file and printed separately; never give it to the family.</translation>
    </message>
    <message>
        <source>Er zijn twee documenten: de melding en, in het tweede tabblad, het aparte deel dat niet voor het gezin is. Opslaan bewaart ze als twee bestanden; afdrukken gaat per document.</source>
        <translation>There are two documents: the report and, in the second tab, the separate part that is not for the family. Saving keeps them as two files; printing goes one document at a time.</translation>
    </message>
    <message>
        <source>{title} ({n} pagina’s)</source>
        <translation>{title} ({n} pages)</translation>
    </message>
    <message>
        <source>{title} (1 pagina)</source>
        <translation>{title} (1 page)</translation>
    </message>
    <message>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Uitzoomen (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Inzoomen (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Passend op de breedte</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>&amp;Passend</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <source>De pagina zo breed als het venster (Ctrl+0)</source>
        <translation>The page as wide as the window (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Terug</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Terug zonder op te slaan of af te drukken (Esc)</source>
        <translation>Back without saving or printing (Esc)</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Opslaan…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kies waar het document komt en of het een wachtwoord krijgt</source>
        <translation>Choose where the document goes and whether it gets a password</translation>
    </message>
    <message>
        <source>Kies waar de documenten komen en of ze een wachtwoord krijgen (twee bestanden)</source>
        <translation>Choose where the documents go and whether they get a password (two files)</translation>
    </message>
    <message>
        <source>&amp;Apart deel afdrukken…</source>
        <translation>&amp;Print separate part…</translation>
    </message>
    <message>
        <source>Alleen het aparte deel, niet voor het gezin, als eigen afdruk</source>
        <translation>Only the separate part, not for the family, as its own printout</translation>
    </message>
    <message>
        <source>Het getoonde document afdrukken</source>
        <translation>Print the document shown</translation>
    </message>
    <message>
        <source>Pagina {i} van {n}</source>
        <translation>Page {i} of {n}</translation>
    </message>
    <message>
        <source>Zoom {z} procent</source>
        <translation>Zoom {z} percent</translation>
    </message>
    <message>
        <source>Niet afgedrukt.</source>
        <translation>Not printed.</translation>
    </message>
    <message>
        <source>Niet afgedrukt</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Het document kon niet worden afgedrukt ({kind}). Controleer de printer en probeer het opnieuw.</source>
        <translation>The document could not be printed ({kind}). Check the printer and try again.</translation>
    </message>
    <message>
        <source>Afgedrukt: {title}, {n} pagina’s.</source>
        <translation>Printed: {title}, {n} pages.</translation>
    </message>
    <message>
        <source>Afgedrukt: {title}, 1 pagina.</source>
        <translation>Printed: {title}, 1 page.</translation>
    </message>
    <message>
        <source>{title} afdrukken</source>
        <translation>Print {title}</translation>
    </message>
</context>
<context>
    <name>ProfessionalRow</name>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Praktijkgegevens</source>
        <translation>Practice details</translation>
    </message>
    <message>
        <source>Deze gegevens staan als afzender op elk document en in uw dossier (naam, functie en contactgegevens van de melder).</source>
        <translation>These details appear as the sender on every document and in your dossier (name, role and contact details of the reporter).</translation>
    </message>
    <message>
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Discipline / functie *</source>
        <translation>Profession / role *</translation>
    </message>
    <message>
        <source>BIG-nummer</source>
        <translation>BIG number</translation>
    </message>
    <message>
        <source>Praktijk *</source>
        <translation>Practice *</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Informatie niet actueel na</source>
        <translation>Information not current after</translation>
    </message>
    <message>
        <source>Zonder contact met de cliënt in deze periode krijgt een document de vermelding dat de informatie niet actueel is (stap 2).</source>
        <translation>Without contact with the client in this period, a document states that the information is not current (step 2).</translation>
    </message>
    <message>
        <source> minuten zonder gebruik</source>
        <translation> minutes of inactivity</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen na</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <source> reservekopieën</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Automatisch bewaren: de laatste</source>
        <translation>Keep automatically: the last</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Volgt het systeem</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Taal / Language</source>
        <translation>Language / Taal</translation>
    </message>
    <message>
        <source>Gaat in bij de volgende start van Deelwijzer.</source>
        <translation>Takes effect the next time Deelwijzer starts.</translation>
    </message>
    <message>
        <source>Voor deze sessie is de taal vastgezet op {language} door een instelling bij het starten (bijvoorbeeld van uw systeembeheerder); zolang die er is, geldt deze keuze niet.</source>
        <translation>For this session the language has been set to {language} by a start-up setting (for example by your system administrator); while that setting is in place, this choice does not apply.</translation>
    </message>
    <message>
        <source>Velden met * zijn nodig voor documenten.</source>
        <translation>Fields marked * are needed for documents.</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>{row} verwijderen</source>
        <translation>Delete {row}</translation>
    </message>
    <message>
        <source>Vraag {n}</source>
        <translation>Question {n}</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Wachtwoord vergeten</source>
        <translation>Forgotten passphrase</translation>
    </message>
    <message>
        <source>Typ de herstelcode van uw herstelblad en kies een nieuw wachtwoord.</source>
        <translation>Type the recovery code from your recovery sheet and choose a new passphrase.</translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Uw herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>&lt;b&gt;Schrijf deze herstelcode op of druk hem af, en bewaar hem op een veilige plek, niet bij de computer.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Bent u uw wachtwoord kwijt, dan opent u uw dossier met deze code. Deelwijzer toont hem maar één keer.</source>
        <translation>&lt;b&gt;Write this recovery code down or print it, and keep it in a safe place, not with the computer.&lt;/b&gt;&lt;br&gt;&lt;br&gt;If you lose your passphrase, you open your dossier with this code. Deelwijzer shows it only once.</translation>
    </message>
    <message>
        <source>Herstelcode, {n} groepen</source>
        <translation>Recovery code, {n} groups</translation>
    </message>
    <message>
        <source>groep {n}: {characters}</source>
        <translation>group {n}: {characters}</translation>
    </message>
    <message>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Kopieert de herstelcode, om hem in een wachtwoordbeheerder te bewaren. Het klembord wordt na twee minuten gewist.</source>
        <translation>Copies the recovery code, to keep it in a password manager. The clipboard is cleared after two minutes.</translation>
    </message>
    <message>
        <source>Herstelcode kopiëren</source>
        <translation>Copy recovery code</translation>
    </message>
    <message>
        <source>Afdrukken als PDF…</source>
        <translation>Print as PDF…</translation>
    </message>
    <message>
        <source>Ik heb de herstelcode opgeschreven of afgedrukt en veilig bewaard.</source>
        <translation>I have written down or printed the recovery code and kept it safe.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Gekopieerd</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>De herstelcode is gekopieerd.</source>
        <translation>The recovery code has been copied.</translation>
    </message>
    <message>
        <source>Herstelcode opslaan</source>
        <translation>Save recovery code</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Druk het blad af en verwijder daarna het bestand: wie het heeft, kan uw dossier openen.
{p}</source>
        <translation>Print the sheet and then delete the file: whoever has it can open your dossier.
{p}</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Openingszin vervangen?</source>
        <translation>Replace the opening sentence?</translation>
    </message>
    <message>
        <source>U hebt de openingszin aangepast. Vervangen door een nieuwe opzet?</source>
        <translation>You have edited the opening sentence. Replace it with a new draft?</translation>
    </message>
</context>
<context>
    <name>TextArea</name>
    <message>
        <source>Beter: {suggestion}</source>
        <translation>Better: {suggestion}</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Welkom bij Deelwijzer</source>
        <translation>Welcome to Deelwijzer</translation>
    </message>
    <message>
        <source>&lt; Vo&amp;rige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>De rondleiding sluiten (Esc); u vindt haar terug onder Help &gt; Rondleiding</source>
        <translation>Close the tour (Esc); you will find it again under Help &gt; Tour</translation>
    </message>
    <message>
        <source>&amp;Aan de slag</source>
        <translation>&amp;Get started</translation>
    </message>
    <message>
        <source>{i} van {n}</source>
        <translation>{i} of {n}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Deelwijzer — dossier ontgrendelen</source>
        <translation>Deelwijzer — unlock dossier</translation>
    </message>
    <message>
        <source>Voer het wachtwoord van uw dossier in.</source>
        <translation>Enter the passphrase of your dossier.</translation>
    </message>
    <message>
        <source>Dossier: {path}</source>
        <translation>Dossier: {path}</translation>
    </message>
    <message>
        <source>Wachtwoord van het dossier</source>
        <translation>Passphrase of the dossier</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wachtwoord vergeten? Gebruik uw herstelcode…</source>
        <translation>Forgotten your passphrase? Use your recovery code…</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Andere reservekopie terugzetten…</source>
        <translation>Restore another backup…</translation>
    </message>
    <message>
        <source>Typ eerst het wachtwoord (of de herstelcode) van de reservekopie.</source>
        <translation>First type the passphrase (or the recovery code) of the backup.</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Deelwijzer-reservekopie (*.dwbackup)</source>
        <translation>Deelwijzer backup (*.dwbackup)</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>Reservekopie van {when}: {n} casus(sen), laatste wijziging {last}.

Het huidige dossier wordt apart bewaard, niet verwijderd. Terugzetten?</source>
        <translation>Backup of {when}: {n} case(s), last change {last}.

The current dossier is kept separately, not deleted. Restore?</translation>
    </message>
    <message>
        <source>De reservekopie wordt gecontroleerd…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Een ander dossier?</source>
        <translation>Another dossier?</translation>
    </message>
    <message>
        <source>Toch dit dossier door het andere vervangen?</source>
        <translation>Replace this dossier with the other one anyway?</translation>
    </message>
    <message>
        <source>De reservekopie wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Dit dossier is ouder dan verwacht</source>
        <translation>This dossier is older than expected</translation>
    </message>
    <message>
        <source>{problems}

Er is niets gewijzigd. Zet de nieuwste reservekopie terug, of gebruik deze versie als u dit dossier bewust zelf heeft teruggezet (dat wordt in het toegangslog vastgelegd).</source>
        <translation>{problems}

Nothing has been changed. Restore the latest backup, or use this version if you deliberately restored this dossier yourself (that is recorded in the access log).</translation>
    </message>
    <message>
        <source>Nieuwste reservekopie terugzetten…</source>
        <translation>Restore the latest backup…</translation>
    </message>
    <message>
        <source>Deze versie gebruiken</source>
        <translation>Use this version</translation>
    </message>
    <message>
        <source>Nieuwste bruikbare reservekopie: {when}, {n} casus(sen), laatste wijziging {last}.

Het beschadigde dossier wordt apart bewaard, niet verwijderd. Terugzetten?</source>
        <translation>Latest usable backup: {when}, {n} case(s), last change {last}.

The damaged dossier is kept separately, not deleted. Restore?</translation>
    </message>
    <message>
        <source>Er is geen reservekopie gevonden die met dit wachtwoord opent. Heeft u een reservekopie op een externe schijf? Zet die terug met ‘deelwijzer restore’ of neem contact op met ondersteuning.</source>
        <translation>No backup was found that opens with this passphrase. Do you have a backup on an external disk? Restore it with ‘deelwijzer restore’ or contact support.</translation>
    </message>
    <message>
        <source>Reservekopieën worden gecontroleerd…</source>
        <translation>Checking the backups…</translation>
    </message>
    <message>
        <source>Het dossier is nog geopend in een ander venster van Deelwijzer, of wordt daar net afgesloten. Het wordt ontgrendeld zodra het vrij is (hooguit {n} seconden); ‘Afsluiten’ stopt het wachten.</source>
        <translation>The dossier is still open in another Deelwijzer window, or is being closed there. It will be unlocked as soon as it is free (at most {n} seconds); ‘Exit’ stops waiting.</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>_DossierDialog</name>
    <message>
        <source>Afsluiten</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Onverwachte fout ({kind}). Er is niets gewijzigd.</source>
        <translation>Unexpected error ({kind}). Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_PassphrasePair</name>
    <message>
        <source>nieuw wachtwoord</source>
        <translation>new passphrase</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>nogmaals het nieuwe wachtwoord</source>
        <translation>the new passphrase again</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord, nogmaals</source>
        <translation>New passphrase, again</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Onverwachte fout ({k}); er is niets gewijzigd.</source>
        <translation>Unexpected error ({k}); nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Reservekopie niet gemaakt</source>
        <translation>Backup not made</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>de uitwisseling</source>
        <translation>the exchange</translation>
    </message>
    <message>
        <source>de melding</source>
        <translation>the report</translation>
    </message>
    <message>
        <source>dit verzoek en uw antwoord</source>
        <translation>this request and your answer</translation>
    </message>
    <message>
        <source>dit overleg</source>
        <translation>this consultation</translation>
    </message>
    <message>
        <source>het gebruik van de informatie voor het nieuwe doel</source>
        <translation>the use of the information for the new purpose</translation>
    </message>
</context>
<context>
    <name>highlight</name>
    <message>
        <source>Oordeel, golvend onderstreept</source>
        <translation>Judgement, wavy underline</translation>
    </message>
    <message>
        <source>Zin die als oordeel leest, gestippeld onderstreept</source>
        <translation>Sentence that reads as a judgement, dotted underline</translation>
    </message>
    <message>
        <source>Bron ontbreekt, gestreept onderstreept</source>
        <translation>Source missing, dashed underline</translation>
    </message>
    <message>
        <source>Beter:</source>
        <translation>Better:</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>Het wachtwoord is te kort: minstens {n} tekens. Een zin van vier woorden werkt goed.</source>
        <translation>The passphrase is too short: at least {n} characters. A sentence of four words works well.</translation>
    </message>
    <message>
        <source>Typ het wachtwoord nogmaals in het tweede veld.</source>
        <translation>Type the passphrase again in the second field.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>where</name>
    <message>
        <source>vraag</source>
        <translation>question</translation>
    </message>
    <message>
        <source>antwoord</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>stoornis en gedrag</source>
        <translation>disorder and behaviour</translation>
    </message>
    <message>
        <source>feit</source>
        <translation>fact</translation>
    </message>
    <message>
        <source>bevestigende feiten</source>
        <translation>confirming facts</translation>
    </message>
    <message>
        <source>ontkrachtende feiten</source>
        <translation>refuting facts</translation>
    </message>
    <message>
        <source>toelichting</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>relatie</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>grenzen</source>
        <translation>limits</translation>
    </message>
    <message>
        <source>zorg</source>
        <translation>concern</translation>
    </message>
    <message>
        <source>inhoud</source>
        <translation>content</translation>
    </message>
    <message>
        <source>aanleiding</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>afspraken</source>
        <translation>agreements</translation>
    </message>
    <message>
        <source>besproken</source>
        <translation>discussed</translation>
    </message>
    <message>
        <source>openingszin</source>
        <translation>opening sentence</translation>
    </message>
    <message>
        <source>reden</source>
        <translation>reason</translation>
    </message>
</context>
</TS>
