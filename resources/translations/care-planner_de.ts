<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Activity</name>
    <message>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>%n portion</source>
        <translation>%n Portion</translation>
    </message>
    <message>
        <source>%n portions</source>
        <translation>%n Portionen</translation>
    </message>
    <message>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>benötigt</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>angefragt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>there</source>
        <translation>Hinfahrt</translation>
    </message>
    <message>
        <source>back</source>
        <translation>Rückfahrt</translation>
    </message>
    <message>
        <source>chemotherapy</source>
        <translation>Chemotherapie</translation>
    </message>
    <message>
        <source>infusion</source>
        <translation>Immuntherapie/Infusion</translation>
    </message>
    <message>
        <source>radiation</source>
        <translation>Bestrahlung</translation>
    </message>
    <message>
        <source>surgery</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>dialysis</source>
        <translation>Dialyse</translation>
    </message>
    <message>
        <source>trial visit</source>
        <translation>Studientermin</translation>
    </message>
    <message>
        <source>lab test</source>
        <translation>Labor/Blutabnahme</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Arztgespräch</translation>
    </message>
    <message>
        <source>palliative care</source>
        <translation>Palliativversorgung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>Fahren</translation>
    </message>
    <message>
        <source>cook</source>
        <translation>Kochen</translation>
    </message>
    <message>
        <source>errands</source>
        <translation>Besorgungen</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>Putzen</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <source>childcare</source>
        <translation>Kinderbetreuung</translation>
    </message>
    <message>
        <source>pet care</source>
        <translation>Tierbetreuung</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>Mahlzeiten</translation>
    </message>
    <message>
        <source>oncologist</source>
        <translation>Onkologin/Onkologe</translation>
    </message>
    <message>
        <source>nurse navigator</source>
        <translation>Pflegelotsin/Pflegelotse</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>Sozialdienst</translation>
    </message>
    <message>
        <source>palliative care team</source>
        <translation>Palliativteam</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>transport service</source>
        <translation>Fahrdienst</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>neutrophils</source>
        <translation>Neutrophile</translation>
    </message>
    <message>
        <source>haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <source>platelets</source>
        <translation>Thrombozyten</translation>
    </message>
    <message>
        <source>cooked dish</source>
        <translation>Gekochtes Gericht</translation>
    </message>
    <message>
        <source>soup or stew</source>
        <translation>Suppe oder Eintopf</translation>
    </message>
    <message>
        <source>baking</source>
        <translation>Gebäck</translation>
    </message>
    <message>
        <source>dessert</source>
        <translation>Nachtisch</translation>
    </message>
    <message>
        <source>raw ingredients</source>
        <translation>Rohe Zutaten</translation>
    </message>
    <message>
        <source>fixed times</source>
        <translation>feste Zeiten</translation>
    </message>
    <message>
        <source>every few hours</source>
        <translation>alle paar Stunden</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <source>around treatment</source>
        <translation>rund um die Behandlung</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>taper</source>
        <translation>Ausschleichen</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>genommen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>the appointment {title} on {day}</source>
        <translation>den Termin „{title}“ am {day}</translation>
    </message>
    <message>
        <source>the appointment {title}</source>
        <translation>den Termin „{title}“</translation>
    </message>
    <message>
        <source>the appointment on {day}</source>
        <translation>den Termin am {day}</translation>
    </message>
    <message>
        <source>an appointment</source>
        <translation>einen Termin</translation>
    </message>
    <message>
        <source>the ride there</source>
        <translation>die Hinfahrt</translation>
    </message>
    <message>
        <source>the ride home</source>
        <translation>die Rückfahrt</translation>
    </message>
    <message>
        <source>the ride</source>
        <translation>die Fahrt</translation>
    </message>
    <message>
        <source>the ride there on {day}</source>
        <translation>die Hinfahrt am {day}</translation>
    </message>
    <message>
        <source>the ride home on {day}</source>
        <translation>die Rückfahrt am {day}</translation>
    </message>
    <message>
        <source>the ride on {day}</source>
        <translation>die Fahrt am {day}</translation>
    </message>
    <message>
        <source>the helper {name}</source>
        <translation>Helfer/in {name}</translation>
    </message>
    <message>
        <source>a helper</source>
        <translation>eine Helferin/einen Helfer</translation>
    </message>
    <message>
        <source>the contact {name}</source>
        <translation>den Kontakt {name}</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>einen Kontakt</translation>
    </message>
    <message>
        <source>the place {name}</source>
        <translation>den Ort {name}</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>einen Ort</translation>
    </message>
    <message>
        <source>the course {name}</source>
        <translation>die Behandlungsreihe {name}</translation>
    </message>
    <message>
        <source>a course</source>
        <translation>eine Behandlungsreihe</translation>
    </message>
    <message>
        <source>the medicine {name}</source>
        <translation>das Medikament {name}</translation>
    </message>
    <message>
        <source>a medicine</source>
        <translation>ein Medikament</translation>
    </message>
    <message>
        <source>the support group {name}</source>
        <translation>die Selbsthilfegruppe {name}</translation>
    </message>
    <message>
        <source>a support group</source>
        <translation>eine Selbsthilfegruppe</translation>
    </message>
    <message>
        <source>the freezer meal {name}</source>
        <translation>die Gefriermahlzeit {name}</translation>
    </message>
    <message>
        <source>a freezer meal</source>
        <translation>eine Gefriermahlzeit</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>asked on</source>
        <translation>Gefragt am</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>backup driver</source>
        <translation>Ersatzfahrer/in</translation>
    </message>
    <message>
        <source>capabilities</source>
        <translation>Hilft bei</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>company wanted</source>
        <translation>Begleitung gewünscht</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>course</source>
        <translation>Behandlungsreihe</translation>
    </message>
    <message>
        <source>cycle length in days</source>
        <translation>Zykluslänge in Tagen</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>Fahrer/in</translation>
    </message>
    <message>
        <source>due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>first meeting</source>
        <translation>Erstes Treffen</translation>
    </message>
    <message>
        <source>for the day</source>
        <translation>Für den Tag</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <source>frozen on</source>
        <translation>Eingefroren am</translation>
    </message>
    <message>
        <source>helper</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>pharmacy&apos;s lead days</source>
        <translation>Vorlauf der Apotheke in Tagen</translation>
    </message>
    <message>
        <source>leg id</source>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>made by</source>
        <translation>Gekocht von</translation>
    </message>
    <message>
        <source>meal id</source>
        <translation>Gefriermahlzeit</translation>
    </message>
    <message>
        <source>medicine id</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>must not miss</source>
        <translation>Darf nicht ausfallen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ride needed</source>
        <translation>Fahrt nötig</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>notice in working days</source>
        <translation>Vorlauf in Werktagen</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>pickup place</source>
        <translation>Abholort</translation>
    </message>
    <message>
        <source>pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <source>portions</source>
        <translation>Portionen</translation>
    </message>
    <message>
        <source>portions left</source>
        <translation>Portionen übrig</translation>
    </message>
    <message>
        <source>prescriber</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>recovery days</source>
        <translation>Erholungstage</translation>
    </message>
    <message>
        <source>recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>occurrence</source>
        <translation>Einzeltermin</translation>
    </message>
    <message>
        <source>reheating</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>ask again at</source>
        <translation>Erneut fragen um</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>calendar event</source>
        <translation>Kalendereintrag</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>Beginnzeit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Wirkstärke</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>Genommen um</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>travel time</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <source>treatment days</source>
        <translation>Behandlungstage</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>use-by date</source>
        <translation>Haltbar bis</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{field} {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>%n more</source>
        <translation>%n weitere</translation>
    </message>
    <message>
        <source>{sentence} ({details})</source>
        <translation>{sentence} ({details})</translation>
    </message>
    <message>
        <source>{who} changed {thing}</source>
        <translation>{who} hat {thing} geändert</translation>
    </message>
    <message>
        <source>{who} added {thing}</source>
        <translation>{who} hat {thing} hinzugefügt</translation>
    </message>
    <message>
        <source>{who} removed {thing}</source>
        <translation>{who} hat {thing} entfernt</translation>
    </message>
    <message>
        <source>{who} imported {thing} from a calendar</source>
        <translation>{who} hat {thing} aus einem Kalender importiert</translation>
    </message>
    <message>
        <source>{who} removed {thing} and its rides</source>
        <translation>{who} hat {thing} mit seinen Fahrten entfernt</translation>
    </message>
    <message>
        <source>{who} removed {thing} and its ride</source>
        <translation>{who} hat {thing} mit seiner Fahrt entfernt</translation>
    </message>
    <message>
        <source>{who} moved {thing} from {before} to {after}</source>
        <translation>{who} hat {thing} von {before} auf {after} verschoben</translation>
    </message>
    <message>
        <source>{who} updated {thing} from a calendar</source>
        <translation>{who} hat {thing} aus einem Kalender aktualisiert</translation>
    </message>
    <message>
        <source>{sentence} from a calendar</source>
        <translation>{sentence} (aus einem Kalender)</translation>
    </message>
    <message>
        <source>{who} cancelled {thing}</source>
        <translation>{who} hat {thing} abgesagt</translation>
    </message>
    <message>
        <source>{who} marked {thing} as done</source>
        <translation>{who} hat {thing} als erledigt markiert</translation>
    </message>
    <message>
        <source>{who} put {thing} back on the schedule</source>
        <translation>{who} hat {thing} wieder eingeplant</translation>
    </message>
    <message>
        <source>{sentence}, with rides there and home</source>
        <translation>{sentence}, mit Hin- und Rückfahrt</translation>
    </message>
    <message>
        <source>{sentence}, with a ride there</source>
        <translation>{sentence}, mit Hinfahrt</translation>
    </message>
    <message>
        <source>{sentence}, with a ride home</source>
        <translation>{sentence}, mit Rückfahrt</translation>
    </message>
    <message>
        <source>{sentence}, with a ride</source>
        <translation>{sentence}, mit Fahrt</translation>
    </message>
    <message>
        <source>{who} confirmed {thing}</source>
        <translation>{who} hat {thing} bestätigt</translation>
    </message>
    <message>
        <source>{who} marked {thing} as needed again</source>
        <translation>{who} hat {thing} wieder als benötigt markiert</translation>
    </message>
    <message>
        <source>{who} marked {thing} as asked</source>
        <translation>{who} hat {thing} als angefragt markiert</translation>
    </message>
    <message>
        <source>{who} added {thing}, with {driver} driving</source>
        <translation>{who} hat {thing} hinzugefügt, {driver} fährt</translation>
    </message>
    <message>
        <source>{who} made {name} the driver of {ride}</source>
        <translation>{who} hat {name} als Fahrer/in für {ride} eingetragen</translation>
    </message>
    <message>
        <source>{who} changed the driver of {ride}</source>
        <translation>{who} hat die Fahrerin/den Fahrer für {ride} geändert</translation>
    </message>
    <message>
        <source>{who} took {name} off {thing}</source>
        <translation>{who} hat {name} für {thing} ausgetragen</translation>
    </message>
    <message>
        <source>{who} cleared the driver of {ride}</source>
        <translation>{who} hat die Fahrerin/den Fahrer für {ride} ausgetragen</translation>
    </message>
    <message>
        <source>{who} asked {driver} to drive {ride}</source>
        <translation>{who} hat {driver} gebeten, {ride} zu übernehmen</translation>
    </message>
    <message>
        <source>{who} changed the status of {ride} to {status}</source>
        <translation>{who} hat den Status für {ride} auf {status} geändert</translation>
    </message>
    <message>
        <source>{who} made {name} the backup driver of {ride}</source>
        <translation>{who} hat {name} als Ersatzfahrer/in für {ride} eingetragen</translation>
    </message>
    <message>
        <source>{who} cleared the backup driver of {ride}</source>
        <translation>{who} hat die Ersatzfahrerin/den Ersatzfahrer für {ride} ausgetragen</translation>
    </message>
    <message>
        <source>{who} moved the pickup for {ride} from {before} to {after}</source>
        <translation>{who} hat die Abholung für {ride} von {before} auf {after} verschoben</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>{who} noted {ride} as {status}</source>
        <translation>{who} hat {ride} als {status} notiert</translation>
    </message>
    <message>
        <source>{who} removed the note that {ride} was {status}</source>
        <translation>{who} hat die Notiz entfernt, dass {ride} {status} war</translation>
    </message>
    <message>
        <source>{who} changed a status note of {ride}</source>
        <translation>{who} hat eine Statusnotiz für {ride} geändert</translation>
    </message>
    <message>
        <source>{who} added {thing}, usually free {times}</source>
        <translation>{who} hat {thing} hinzugefügt, meist frei: {times}</translation>
    </message>
    <message>
        <source>{who} changed the usual times of {name}: {times}</source>
        <translation>{who} hat die üblichen Zeiten für {name} geändert: {times}</translation>
    </message>
    <message>
        <source>{who} changed {thing} ({details}) and their usual times: {times}</source>
        <translation>{who} hat {thing} ({details}) und die üblichen Zeiten geändert: {times}</translation>
    </message>
    <message>
        <source>{who} added usual times for {name}: {times}</source>
        <translation>{who} hat übliche Zeiten für {name} hinzugefügt: {times}</translation>
    </message>
    <message>
        <source>{who} removed usual times of {name}: {times}</source>
        <translation>{who} hat übliche Zeiten für {name} entfernt: {times}</translation>
    </message>
    <message>
        <source>{who} changed the usual times of {name}</source>
        <translation>{who} hat die üblichen Zeiten für {name} geändert</translation>
    </message>
    <message>
        <source>added {times}</source>
        <translation>neu: {times}</translation>
    </message>
    <message>
        <source>removed {times}</source>
        <translation>entfernt: {times}</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>{days} {hours}</source>
        <translation>{days} {hours}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>{who} added {thing} ({role})</source>
        <translation>{who} hat {thing} hinzugefügt ({role})</translation>
    </message>
    <message>
        <source>{who} reopened {thing}</source>
        <translation>{who} hat {thing} wieder geöffnet</translation>
    </message>
    <message>
        <source>{who} marked {thing} as claimed</source>
        <translation>{who} hat {thing} als übernommen markiert</translation>
    </message>
    <message>
        <source>the task {title} on {day}</source>
        <translation>die Aufgabe „{title}“ am {day}</translation>
    </message>
    <message>
        <source>the task {title}</source>
        <translation>die Aufgabe „{title}“</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>eine Aufgabe</translation>
    </message>
    <message>
        <source>{who} added {thing} for {helper}</source>
        <translation>{who} hat {thing} für {helper} hinzugefügt</translation>
    </message>
    <message>
        <source>{who} assigned {thing} to {name}</source>
        <translation>{who} hat {name} für {thing} eingetragen</translation>
    </message>
    <message>
        <source>{who} changed the helper of {thing}</source>
        <translation>{who} hat die Helferin/den Helfer für {thing} geändert</translation>
    </message>
    <message>
        <source>{who} unassigned {thing}</source>
        <translation>{who} hat die Zuteilung für {thing} aufgehoben</translation>
    </message>
    <message>
        <source>{who} put {portions} of {name} in the freezer</source>
        <translation>{who} hat {portions} {name} in den Gefrierschrank gelegt</translation>
    </message>
    <message>
        <source>{who} added {name} to the freezer</source>
        <translation>{who} hat {name} in den Gefrierschrank gelegt</translation>
    </message>
    <message>
        <source>a batch</source>
        <translation>einen Vorrat</translation>
    </message>
    <message>
        <source>{who} removed {name} from the freezer</source>
        <translation>{who} hat {name} aus dem Gefrierschrank entfernt</translation>
    </message>
    <message>
        <source>{who} put {portions} of {name} back</source>
        <translation>{who} hat {portions} {name} zurückgelegt</translation>
    </message>
    <message>
        <source>{who} put {portions} back</source>
        <translation>{who} hat {portions} zurückgelegt</translation>
    </message>
    <message>
        <source>{who} added {portions} to {name}</source>
        <translation>{who} hat {name} um {portions} aufgestockt</translation>
    </message>
    <message>
        <source>{who} added {portions}</source>
        <translation>{who} hat {portions} hinzugefügt</translation>
    </message>
    <message>
        <source>{who} took {portions} of {name} for {day}</source>
        <translation>{who} hat {portions} {name} für {day} herausgenommen</translation>
    </message>
    <message>
        <source>{who} took {portions} of {name}</source>
        <translation>{who} hat {portions} {name} herausgenommen</translation>
    </message>
    <message>
        <source>{who} took {portions} for {day}</source>
        <translation>{who} hat {portions} für {day} herausgenommen</translation>
    </message>
    <message>
        <source>{who} took {portions}</source>
        <translation>{who} hat {portions} herausgenommen</translation>
    </message>
    <message>
        <source>{who} put back {portions} of {name} taken for {day}</source>
        <translation>{who} hat {portions} {name} zurückgelegt (für {day} herausgenommen)</translation>
    </message>
    <message>
        <source>{who} put back {portions} of {name}</source>
        <translation>{who} hat {portions} {name} zurückgelegt</translation>
    </message>
    <message>
        <source>{who} put back {portions} taken for {day}</source>
        <translation>{who} hat {portions} zurückgelegt (für {day} herausgenommen)</translation>
    </message>
    <message>
        <source>{who} put back {portions}</source>
        <translation>{who} hat {portions} zurückgelegt</translation>
    </message>
    <message>
        <source>{who} changed a note of portions taken of {name}</source>
        <translation>{who} hat eine Notiz über entnommene Portionen von {name} geändert</translation>
    </message>
    <message>
        <source>{who} changed a note of portions taken</source>
        <translation>{who} hat eine Notiz über entnommene Portionen geändert</translation>
    </message>
    <message>
        <source>rest, {hours} hours</source>
        <translation>Ruhe, {hours} Stunden</translation>
    </message>
    <message>
        <source>mood {mood} of 10</source>
        <translation>Stimmung {mood} von 10</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>{symptom}, severity {severity}</source>
        <translation>{symptom}, Stärke {severity}</translation>
    </message>
    <message>
        <source>{who} added a journal entry of {day} ({entry})</source>
        <translation>{who} hat einen Tagebucheintrag vom {day} hinzugefügt ({entry})</translation>
    </message>
    <message>
        <source>{who} added a journal entry ({entry})</source>
        <translation>{who} hat einen Tagebucheintrag hinzugefügt ({entry})</translation>
    </message>
    <message>
        <source>the journal entry of {day}</source>
        <translation>den Tagebucheintrag vom {day}</translation>
    </message>
    <message>
        <source>a journal entry</source>
        <translation>einen Tagebucheintrag</translation>
    </message>
    <message>
        <source>{who} removed {thing} ({entry})</source>
        <translation>{who} hat {thing} entfernt ({entry})</translation>
    </message>
    <message>
        <source>the question {text}</source>
        <translation>die Frage {text}</translation>
    </message>
    <message>
        <source>a question asked on {day}</source>
        <translation>eine am {day} gestellte Frage</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>eine Frage</translation>
    </message>
    <message>
        <source>{who} added {thing} for {appointment}</source>
        <translation>{who} hat {thing} für {appointment} hinzugefügt</translation>
    </message>
    <message>
        <source>{who} changed the answer to {thing}</source>
        <translation>{who} hat die Antwort auf {thing} geändert</translation>
    </message>
    <message>
        <source>{who} answered {thing}</source>
        <translation>{who} hat {thing} beantwortet</translation>
    </message>
    <message>
        <source>{who} cleared the answer to {thing}</source>
        <translation>{who} hat die Antwort auf {thing} gelöscht</translation>
    </message>
    <message>
        <source>{who} changed the question {before} to {after}</source>
        <translation>{who} hat die Frage {before} geändert in {after}</translation>
    </message>
    <message>
        <source>{who} moved {thing} to {appointment}</source>
        <translation>{who} hat {thing} auf {appointment} verschoben</translation>
    </message>
    <message>
        <source>{who} took {thing} off its appointment</source>
        <translation>{who} hat {thing} von ihrem Termin gelöst</translation>
    </message>
    <message>
        <source>{who} moved {thing} to another appointment</source>
        <translation>{who} hat {thing} auf einen anderen Termin verschoben</translation>
    </message>
    <message>
        <source>their name in the activity list</source>
        <translation>den eigenen Namen in der Änderungsliste</translation>
    </message>
    <message>
        <source>the setting {name}</source>
        <translation>die Einstellung „{name}“</translation>
    </message>
    <message>
        <source>{who} reset {thing}</source>
        <translation>{who} hat {thing} zurückgesetzt</translation>
    </message>
    <message>
        <source>{who} set {thing} to {value}</source>
        <translation>{who} hat {thing} auf {value} gesetzt</translation>
    </message>
    <message>
        <source>{who} set {thing}</source>
        <translation>{who} hat {thing} festgelegt</translation>
    </message>
    <message>
        <source>{who} cleared {thing}</source>
        <translation>{who} hat {thing} geleert</translation>
    </message>
    <message>
        <source>{who} changed {thing} from {before} to {after}</source>
        <translation>{who} hat {thing} von {before} auf {after} geändert</translation>
    </message>
    <message>
        <source>{who} counted the stock of {thing} from {before} to {after}</source>
        <translation>{who} hat den Vorrat für {thing} neu gezählt: {after} statt {before}</translation>
    </message>
    <message>
        <source>{who} noted {thing} as taken</source>
        <translation>{who} hat {thing} als genommen notiert</translation>
    </message>
    <message>
        <source>{who} noted {thing} as skipped</source>
        <translation>{who} hat {thing} als ausgelassen notiert</translation>
    </message>
    <message>
        <source>{who} noted {thing} as put off till later</source>
        <translation>{who} hat {thing} auf später verschoben</translation>
    </message>
    <message>
        <source>the {name} dose of {moment}</source>
        <translation>die Einnahme von {name} am {moment}</translation>
    </message>
    <message>
        <source>the {name} dose</source>
        <translation>die Einnahme von {name}</translation>
    </message>
    <message>
        <source>a dose of {moment}</source>
        <translation>eine Einnahme am {moment}</translation>
    </message>
    <message>
        <source>a dose</source>
        <translation>eine Einnahme</translation>
    </message>
    <message>
        <source>{who} took back the answer for {thing}</source>
        <translation>{who} hat die Antwort für {thing} zurückgenommen</translation>
    </message>
    <message>
        <source>{who} changed the answer for {thing}</source>
        <translation>{who} hat die Antwort für {thing} geändert</translation>
    </message>
    <message>
        <source>{sentence} ({reason})</source>
        <translation>{sentence} ({reason})</translation>
    </message>
    <message>
        <source>a temperature of {value}</source>
        <translation>eine Temperatur von {value}</translation>
    </message>
    <message>
        <source>a weight of {value}</source>
        <translation>ein Gewicht von {value}</translation>
    </message>
    <message>
        <source>a neutrophils of {value}</source>
        <translation>einen Neutrophilen-Wert von {value}</translation>
    </message>
    <message>
        <source>a haemoglobin of {value}</source>
        <translation>einen Hämoglobinwert von {value}</translation>
    </message>
    <message>
        <source>a platelets of {value}</source>
        <translation>einen Thrombozytenwert von {value}</translation>
    </message>
    <message>
        <source>a reading of {value}</source>
        <translation>einen Messwert von {value}</translation>
    </message>
    <message>
        <source>a temperature</source>
        <translation>eine Temperatur</translation>
    </message>
    <message>
        <source>a weight</source>
        <translation>ein Gewicht</translation>
    </message>
    <message>
        <source>a neutrophils</source>
        <translation>einen Neutrophilen-Wert</translation>
    </message>
    <message>
        <source>a haemoglobin</source>
        <translation>einen Hämoglobinwert</translation>
    </message>
    <message>
        <source>a platelets</source>
        <translation>einen Thrombozytenwert</translation>
    </message>
    <message>
        <source>a reading</source>
        <translation>einen Messwert</translation>
    </message>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>a {kind} of {value}</source>
        <translation>einen Messwert ({kind}) von {value}</translation>
    </message>
    <message>
        <source>a {kind}</source>
        <translation>einen Messwert ({kind})</translation>
    </message>
    <message>
        <source>{who} noted {thing} on {day}</source>
        <translation>{who} hat am {day} {thing} notiert</translation>
    </message>
    <message>
        <source>{who} noted {thing}</source>
        <translation>{who} hat {thing} notiert</translation>
    </message>
    <message>
        <source>{who} removed {thing} noted on {day}</source>
        <translation>{who} hat {thing} vom {day} entfernt</translation>
    </message>
    <message>
        <source>{who} added {thing} starting {day}</source>
        <translation>{who} hat {thing} ab {day} hinzugefügt</translation>
    </message>
    <message>
        <source>{who} linked {thing} to a calendar event</source>
        <translation>{who} hat {thing} mit einem Kalendereintrag verknüpft</translation>
    </message>
    <message>
        <source>{who} unlinked {thing} from its calendar event</source>
        <translation>{who} hat {thing} vom Kalendereintrag getrennt</translation>
    </message>
    <message>
        <source>{who} changed the calendar link of {thing}</source>
        <translation>{who} hat die Kalenderverknüpfung für {thing} geändert</translation>
    </message>
    <message>
        <source>{who} added {what} {key}</source>
        <translation>{who} hat {what} {key} hinzugefügt</translation>
    </message>
    <message>
        <source>{who} removed {what} {key}</source>
        <translation>{who} hat {what} {key} entfernt</translation>
    </message>
    <message>
        <source>{who} changed {what} {key}</source>
        <translation>{who} hat {what} {key} geändert</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong in Care Planner, and the last action may not have finished. What was saved before it is kept; please look at it again.</source>
        <translation>In Care Planner ist etwas schiefgegangen, und der letzte Schritt ist vielleicht nicht fertig geworden. Was vorher gespeichert war, bleibt erhalten; bitte sehen Sie es sich noch einmal an.</translation>
    </message>
    <message>
        <source>Where it happened is noted for whoever helps you, in {path}.</source>
        <translation>Wo es passiert ist, steht für die Person, die Ihnen hilft, in {path}.</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
    <message>
        <source>Cancelled in the calendar</source>
        <translation>Im Kalender abgesagt</translation>
    </message>
    <message>
        <source>updates the plan</source>
        <translation>ändert den Plan</translation>
    </message>
    <message>
        <source>Updates the one already in the plan</source>
        <translation>Ändert den Termin, der schon im Plan steht</translation>
    </message>
    <message>
        <source>Added as new</source>
        <translation>Wird neu hinzugefügt</translation>
    </message>
    <message>
        <source>Import calendar {file}</source>
        <translation>Kalender {file} importieren</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the calendar</source>
        <translation>Kalender wird gelesen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Events in the file</source>
        <translation>Termine in der Datei</translation>
    </message>
    <message>
        <source>Kind of the selected events</source>
        <translation>Art der ausgewählten Termine</translation>
    </message>
    <message>
        <source>&amp;Kind of the selected events:</source>
        <translation>&amp;Art der ausgewählten Termine:</translation>
    </message>
    <message>
        <source>Events not imported</source>
        <translation>Nicht importierte Termine</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{count} appointments can be imported ({new} new, {updates} updated).</source>
        <translation>{count} Termine können importiert werden ({new} neu, {updates} geändert).</translation>
    </message>
    <message>
        <source>Events that cannot be read: {count} (see why below).</source>
        <translation>Termine, die nicht gelesen werden können: {count} (Gründe siehe unten).</translation>
    </message>
    <message>
        <source>{count} are left out: outside the coming year, or not appointments.</source>
        <translation>{count} werden ausgelassen: außerhalb des kommenden Jahres oder keine Termine.</translation>
    </message>
    <message>
        <source>&amp;Import {count} appointments</source>
        <translation>{count} Termine &amp;importieren</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>Plan course {name}</source>
        <translation>Behandlungsreihe {name} planen</translation>
    </message>
    <message>
        <source>Delay cycle {cycle} by {days} days</source>
        <translation>Zyklus {cycle} um {days} Tage verschieben</translation>
    </message>
    <message>
        <source>Skip {title}</source>
        <translation>{title} auslassen</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>{title} bearbeiten</translation>
    </message>
    <message>
        <source>Plan a course</source>
        <translation>Behandlungsreihe planen</translation>
    </message>
    <message>
        <source>Cycles of days (e.g. chemotherapy)</source>
        <translation>Zyklen von Tagen (z. B. Chemotherapie)</translation>
    </message>
    <message>
        <source>Radiation series (weekdays)</source>
        <translation>Bestrahlungsserie (werktags)</translation>
    </message>
    <message>
        <source>Dialysis (chosen weekdays)</source>
        <translation>Dialyse (an gewählten Wochentagen)</translation>
    </message>
    <message>
        <source>&amp;Regimen:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>e.g. FOLFOX</source>
        <translation>z. B. FOLFOX</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Course name</source>
        <translation>Name der Behandlungsreihe</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>C&amp;ycle length:</source>
        <translation>&amp;Zykluslänge:</translation>
    </message>
    <message>
        <source>Cycle length in days</source>
        <translation>Zykluslänge in Tagen</translation>
    </message>
    <message>
        <source>Days of each cycle with treatment, e.g. 1, 8</source>
        <translation>Tage jedes Zyklus mit Behandlung, z. B. 1, 8</translation>
    </message>
    <message>
        <source>Treatment &amp;days:</source>
        <translation>Behandlungs&amp;tage:</translation>
    </message>
    <message>
        <source>Treatment days in the cycle</source>
        <translation>Behandlungstage im Zyklus</translation>
    </message>
    <message>
        <source>Number of c&amp;ycles:</source>
        <translation>Anzahl der Z&amp;yklen:</translation>
    </message>
    <message>
        <source>Number of cycles</source>
        <translation>Anzahl der Zyklen</translation>
    </message>
    <message>
        <source>Week&amp;days:</source>
        <translation>Wochen&amp;tage:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>For &amp;how long:</source>
        <translation>Wie &amp;lange:</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Anzahl der Wochen</translation>
    </message>
    <message>
        <source>A ride is &amp;needed there and back</source>
        <translation>Eine Fahrt wird hin und zurück &amp;benötigt</translation>
    </message>
    <message>
        <source>Ride needed</source>
        <translation>Fahrt benötigt</translation>
    </message>
    <message>
        <source>Dates the course makes</source>
        <translation>Termine, die die Behandlungsreihe ergibt</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>{when} (cycle {cycle})</source>
        <translation>{when} (Zyklus {cycle})</translation>
    </message>
    <message>
        <source>Save the course</source>
        <translation>Behandlungsreihe speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsreihe</translation>
    </message>
    <message>
        <source>Saving makes {count} appointments, from {first} to {last}.</source>
        <translation>Beim Speichern entstehen {count} Termine, vom {first} bis zum {last}.</translation>
    </message>
    <message>
        <source>Give the course a name to save it.</source>
        <translation>Geben Sie der Behandlungsreihe einen Namen, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Give the course a name.</source>
        <translation>Geben Sie der Behandlungsreihe einen Namen.</translation>
    </message>
    <message>
        <source>Nothing can be saved yet.</source>
        <translation>Noch kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>Delay cycle {cycle}</source>
        <translation>Zyklus {cycle} verschieben</translation>
    </message>
    <message>
        <source>Cycle {cycle} and every later appointment of the course move by the same number of days; earlier ones and those already done stay. Rides and help tasks move along, and drivers are asked to confirm again.</source>
        <translation>Zyklus {cycle} und alle späteren Termine der Behandlungsreihe verschieben sich um gleich viele Tage; frühere und schon erledigte Termine bleiben. Fahrten und Hilfsaufgaben werden mitverschoben, und die Fahrer/innen werden gebeten, noch einmal zu bestätigen.</translation>
    </message>
    <message>
        <source>Days to delay</source>
        <translation>Tage, um die verschoben wird</translation>
    </message>
    <message>
        <source>Delay &amp;by:</source>
        <translation>Verschieben &amp;um:</translation>
    </message>
    <message>
        <source>&amp;Delay</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Delay the cycle</source>
        <translation>Zyklus verschieben</translation>
    </message>
    <message>
        <source>{title} moves to {date}.</source>
        <translation>{title} wird auf den {date} verschoben.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Termin hinzufügen</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>C&amp;linician:</source>
        <translation>Ä&amp;rztin/Arzt:</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>Hard days expected after the appointment; starts at the kind&apos;s usual number.</source>
        <translation>Schwere Tage, die nach dem Termin zu erwarten sind; anfangs die übliche Zahl für diese Art von Termin.</translation>
    </message>
    <message>
        <source>&amp;Recovery:</source>
        <translation>&amp;Erholung:</translation>
    </message>
    <message>
        <source>Recovery days</source>
        <translation>Tage zur Erholung</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Company wanted</source>
        <translation>Begleitun&amp;g erwünscht</translation>
    </message>
    <message>
        <source>Company wanted</source>
        <translation>Begleitung erwünscht</translation>
    </message>
    <message>
        <source>Save the appointment</source>
        <translation>Termin speichern</translation>
    </message>
    <message>
        <source>{title} ({start} to {end})</source>
        <translation>{title} ({start} bis {end})</translation>
    </message>
    <message>
        <source>At this time there is already: {names}. You can still save it.</source>
        <translation>Zu dieser Zeit gibt es schon: {names}. Sie können trotzdem speichern.</translation>
    </message>
    <message>
        <source>Edit part of a course</source>
        <translation>Teil einer Behandlungsreihe bearbeiten</translation>
    </message>
    <message>
        <source>{title} on {date} belongs to a course. Which appointments does the change apply to?</source>
        <translation>{title} am {date} gehört zu einer Behandlungsreihe. Für welche Termine gilt die Änderung?</translation>
    </message>
    <message>
        <source>For the others, only what you changed is carried over (time of day, duration, place, clinician, ride, company, recovery days, notes); their dates stay.</source>
        <translation>Bei den anderen wird nur übernommen, was Sie geändert haben (Uhrzeit, Dauer, Ort, Ärztin/Arzt, Fahrt, Begleitung, Erholungstage, Notizen); ihre Daten bleiben.</translation>
    </message>
    <message>
        <source>&amp;Only this one</source>
        <translation>&amp;Nur dieser</translation>
    </message>
    <message>
        <source>This and the &amp;following</source>
        <translation>Dieser und alle &amp;folgenden</translation>
    </message>
    <message>
        <source>The &amp;whole course</source>
        <translation>Die &amp;ganze Behandlungsreihe</translation>
    </message>
    <message>
        <source>Filter appointments</source>
        <translation>Termine filtern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>Show all date&amp;s</source>
        <translation>Alle &amp;Daten zeigen</translation>
    </message>
    <message>
        <source>Show all dates</source>
        <translation>Alle Daten zeigen</translation>
    </message>
    <message>
        <source>The From date is after the To date; the list still shows the last valid range.</source>
        <translation>Das Von-Datum liegt nach dem Bis-Datum; die Liste zeigt weiter den letzten gültigen Zeitraum.</translation>
    </message>
    <message>
        <source>Treatments, tests and visits, with where they are and whether a ride is needed.</source>
        <translation>Behandlungen, Untersuchungen und Arzttermine, mit Ort und ob eine Fahrt nötig ist.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation>Behandlungsreihe &amp;planen…</translation>
    </message>
    <message>
        <source>De&amp;lay cycle…</source>
        <translation>Zyklus &amp;verschieben…</translation>
    </message>
    <message>
        <source>S&amp;kip this day…</source>
        <translation>Diesen Tag &amp;auslassen…</translation>
    </message>
    <message>
        <source>&amp;Visit packet…</source>
        <translation>&amp;Unterlagen für den Arzttermin…</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Hard days</source>
        <translation>Schwere Tage</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>Delete {title} on {date}?</source>
        <translation>{title} am {date} löschen?</translation>
    </message>
    <message>
        <source>Its ride legs go with it. Edit &gt; Undo brings it back.</source>
        <translation>Die zugehörigen Fahrten werden mitgelöscht. Bearbeiten &gt; Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Skip a treatment day</source>
        <translation>Behandlungstag auslassen</translation>
    </message>
    <message>
        <source>Skip {title} on {date}?</source>
        <translation>{title} am {date} auslassen?</translation>
    </message>
    <message>
        <source>It is marked cancelled, with its rides; the rest of the course stays. Edit &gt; Undo brings it back.</source>
        <translation>Er wird mit seinen Fahrten als abgesagt markiert; der Rest der Behandlungsreihe bleibt. Bearbeiten &gt; Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Auslassen</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 Termin</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} Termine</translation>
    </message>
    <message>
        <source>{days} (default)</source>
        <translation>{days} (Standard)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Coming days</source>
        <translation>Die nächsten Tage</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>Gefrierschrank</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Helfende</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Care Planner</source>
        <translation>Care Planner</translation>
    </message>
    <message>
        <source>Shows the reminders of your care plan from the tray</source>
        <translation>Zeigt die Erinnerungen aus Ihrem Plan im Infobereich der Taskleiste</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Start Care Planner in the tray when you log in</source>
        <translation>Care Planner beim Anmelden im Infobereich starten</translation>
    </message>
    <message>
        <source>Could not write {path}; Care Planner will not start at login.</source>
        <translation>{path} konnte nicht geschrieben werden; Care Planner startet nicht beim Anmelden.</translation>
    </message>
    <message>
        <source>Could not remove {path}; Care Planner may still start at login.</source>
        <translation>{path} konnte nicht entfernt werden; Care Planner startet vielleicht weiter beim Anmelden.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No changes match.</source>
        <translation>Keine Änderungen passen dazu.</translation>
    </message>
    <message>
        <source>Removed %n change made before {day}.</source>
        <translation>%n Änderung entfernt, die vor {day} gemacht wurde.</translation>
    </message>
    <message>
        <source>Removed %n changes made before {day}.</source>
        <translation>%n Änderungen entfernt, die vor {day} gemacht wurden.</translation>
    </message>
    <message>
        <source>No changes after change {seq}.</source>
        <translation>Keine Änderungen nach Änderung {seq}.</translation>
    </message>
    <message>
        <source>No changes since {day}.</source>
        <translation>Keine Änderungen seit {day}.</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen festgehalten.</translation>
    </message>
    <message>
        <source>New passphrase for the plan: </source>
        <translation>Neue Passphrase für den Plan: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>Encrypted the plan at {plan}. It opens only with its passphrase, which cannot be recovered: keep it somewhere safe.</source>
        <translation>Der Plan in {plan} ist jetzt verschlüsselt. Er öffnet sich nur mit seiner Passphrase, und die lässt sich nicht wiederherstellen: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>A plain copy (not encrypted) is kept in {path}.</source>
        <translation>Eine unverschlüsselte Kopie liegt in {path}.</translation>
    </message>
    <message>
        <source>%n older backup file(s) beside the plan are not encrypted; remove them once you no longer need them.</source>
        <translation>%n ältere Sicherungsdatei(en) neben dem Plan sind nicht verschlüsselt; löschen Sie sie, sobald Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Noted {temperature} at {time}.</source>
        <translation>{temperature} um {time} notiert.</translation>
    </message>
    <message>
        <source>CALL NOW.</source>
        <translation>JETZT ANRUFEN.</translation>
    </message>
    <message>
        <source>Noted a weight of {value} {unit} at {time}.</source>
        <translation>Gewicht von {value} {unit} um {time} notiert.</translation>
    </message>
    <message>
        <source>Noted {count} {value} {unit} on {moment}.</source>
        <translation>{count} {value} {unit} am {moment} notiert.</translation>
    </message>
    <message>
        <source>No doses on {day}.</source>
        <translation>Keine Einnahmen am {day}.</translation>
    </message>
    <message>
        <source>Doses on {day}:</source>
        <translation>Einnahmen am {day}:</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>genommen</translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation>ausgelassen ({reason})</translation>
    </message>
    <message>
        <source>put off; you will be asked again at {time}</source>
        <translation>verschoben; Sie werden um {time} noch einmal gefragt</translation>
    </message>
    <message>
        <source>put off</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>{medicine}, the dose of {day} {time}: {answer}.</source>
        <translation>{medicine}, Einnahme am {day} um {time}: {answer}.</translation>
    </message>
    <message>
        <source>Stock left: {amount}.</source>
        <translation>Noch vorrätig: {amount}.</translation>
    </message>
    <message>
        <source>No medicines in the plan yet.</source>
        <translation>Noch keine Medikamente im Plan.</translation>
    </message>
    <message>
        <source>stock {amount}; runs out {day}</source>
        <translation>Vorrat {amount}; reicht bis {day}</translation>
    </message>
    <message>
        <source>stock {amount}</source>
        <translation>Vorrat {amount}</translation>
    </message>
    <message>
        <source>taken in time: {percent}% of {doses} doses in the last {days} days (below the 95% line)</source>
        <translation>rechtzeitig genommen: {percent} % von {doses} Einnahmen in den letzten {days} Tagen (unter der 95-%-Grenze)</translation>
    </message>
    <message>
        <source>taken in time: {percent}% of {doses} doses in the last {days} days</source>
        <translation>rechtzeitig genommen: {percent} % von {doses} Einnahmen in den letzten {days} Tagen</translation>
    </message>
    <message>
        <source>Red-flag rules (defaults from published guidance; the care team&apos;s own numbers come first):</source>
        <translation>Warnzeichen-Regeln (Standardwerte aus veröffentlichten Empfehlungen; die eigenen Werte Ihres Behandlungsteams gehen vor):</translation>
    </message>
    <message>
        <source>Red-flag rules (the care team&apos;s own numbers; the care team&apos;s own numbers come first):</source>
        <translation>Warnzeichen-Regeln (die eigenen Werte Ihres Behandlungsteams):</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Helfende</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Help tasks</source>
        <translation>Hilfsaufgaben</translation>
    </message>
    <message>
        <source>Freezer meals</source>
        <translation>Gefriermahlzeiten</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Selbsthilfegruppen</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} or more</source>
        <translation>{shown} von {total} oder mehr</translation>
    </message>
    <message>
        <source>{day} {year} {time}</source>
        <translation>{day} {year} {time}</translation>
    </message>
    <message>
        <source>{day} {year}</source>
        <translation>{day} {year}</translation>
    </message>
    <message>
        <source>Nothing found for “{term}”.</source>
        <translation>Nichts gefunden für „{term}“.</translation>
    </message>
    <message>
        <source>an organiser</source>
        <translation>Organisator/in</translation>
    </message>
    <message>
        <source>a helper</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <source>Password for {login} (leave empty for none, on a server that signs people in another way): </source>
        <translation>Passwort für {login} (leer lassen für keines, wenn der Server die Anmeldung anders regelt): </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <source>Took {name} off the team; the login {login} is gone. Their rides and tasks stay in the plan.</source>
        <translation>{name} ist nicht mehr im Team; die Anmeldung {login} ist gelöscht. Die Fahrten und Aufgaben dieser Person bleiben im Plan.</translation>
    </message>
    <message>
        <source>Added {name} to the team as {role}, signing in as {login}.</source>
        <translation>{name} ist jetzt als {role} im Team und meldet sich als {login} an.</translation>
    </message>
    <message>
        <source>Added {name} to the team as {role}, signing in as {login}; in the plan, the helper {helper} (added just now).</source>
        <translation>{name} ist jetzt als {role} im Team und meldet sich als {login} an; im Plan ist das die Helferin/der Helfer {helper} (gerade hinzugefügt).</translation>
    </message>
    <message>
        <source>Added {name} to the team as {role}, signing in as {login}; in the plan, the helper {helper}.</source>
        <translation>{name} ist jetzt als {role} im Team und meldet sich als {login} an; im Plan ist das die Helferin/der Helfer {helper}.</translation>
    </message>
    <message>
        <source>They open the plan with: care-planner --database-url &apos;{address}&apos;</source>
        <translation>So öffnet die Person den Plan: care-planner --database-url &apos;{address}&apos;</translation>
    </message>
    <message>
        <source>Nobody is on the team yet; add people with &apos;care-planner team add NAME --role …&apos;.</source>
        <translation>Noch niemand ist im Team; fügen Sie Personen hinzu mit &apos;care-planner team add NAME --role …&apos;.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14</source>
        <translation>„{text}“ ist kein Datum. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2026-03-14</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of weeks</source>
        <translation>„{text}“ ist keine ganze Zahl von Wochen</translation>
    </message>
    <message>
        <source>--weeks must be between 1 and 52, not {value}</source>
        <translation>--weeks muss zwischen 1 und 52 liegen, nicht bei {value}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ride leg&apos;s id; &apos;care-planner week --json&apos; lists each ride&apos;s id</source>
        <translation>„{text}“ ist keine Nummer einer Fahrt. „care-planner week --json“ zeigt die Nummer jeder Fahrt</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 1000, not {value}</source>
        <translation>--limit muss zwischen 1 und 1000 liegen, nicht bei {value}</translation>
    </message>
    <message>
        <source>the plan&apos;s database (default: $CARE_PLANNER_DATABASE_URL, else the local file in your data folder); e.g. sqlite:///plan.sqlite3 or postgresql://host/plan</source>
        <translation>die Datenbank des Plans (Standard: $CARE_PLANNER_DATABASE_URL, sonst die lokale Datei in Ihrem Datenordner); z. B. sqlite:///plan.sqlite3 oder postgresql://host/plan</translation>
    </message>
    <message>
        <source>Care Planner: rides, meals, helpers and treatment days in one private plan. Without a command, it opens the window.</source>
        <translation>Care Planner: Fahrten, Mahlzeiten, Helfende und Behandlungstage in einem privaten Plan. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>open the window on a fresh demo plan (your own plan is untouched)</source>
        <translation>das Fenster mit einem neuen Beispielplan öffnen (Ihr eigener Plan bleibt unberührt)</translation>
    </message>
    <message>
        <source>start in the system tray with the window closed, to show reminders (where the desktop has a tray; Start at login uses it)</source>
        <translation>im Infobereich starten, mit geschlossenem Fenster, um Erinnerungen zu zeigen (wo die Arbeitsfläche einen Infobereich hat; „Beim Anmelden starten“ nutzt das)</translation>
    </message>
    <message>
        <source>fill an empty plan with a demo month, relative to today</source>
        <translation>einen leeren Plan mit einem Beispielmonat füllen, ab heute gerechnet</translation>
    </message>
    <message>
        <source>show seven days of the plan: today and the six after it</source>
        <translation>sieben Tage des Plans zeigen: heute und die sechs Tage danach</translation>
    </message>
    <message>
        <source>the first day shown (default: today)</source>
        <translation>der erste gezeigte Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>list the gaps in the coming weeks; exit status 1 when any</source>
        <translation>die Lücken der kommenden Wochen auflisten; Rückgabewert 1, wenn es welche gibt</translation>
    </message>
    <message>
        <source>how many weeks ahead to look (default 4)</source>
        <translation>wie viele Wochen vorausgeschaut wird (Standard: 4)</translation>
    </message>
    <message>
        <source>the change log: who changed what and when, one line each</source>
        <translation>die Änderungen: wer was wann geändert hat, je eine Zeile</translation>
    </message>
    <message>
        <source>The change log: who changed what in the plan and when, one line each, oldest first. Without --since: the last 50 changes.</source>
        <translation>Die Änderungen: wer was wann im Plan geändert hat, je eine Zeile, die älteste zuerst. Ohne --since: die letzten 50 Änderungen.</translation>
    </message>
    <message>
        <source>the changes after change number SEQ (the seq --json shows), or those on or after DATE (YYYY-MM-DD); default: the last 50 changes</source>
        <translation>die Änderungen nach der Änderung Nummer SEQ (die seq, die --json zeigt), oder die am oder nach dem Datum DATE (YYYY-MM-DD); Standard: die letzten 50 Änderungen</translation>
    </message>
    <message>
        <source>then keep printing the changes anyone saves, until Ctrl+C</source>
        <translation>danach weiter die Änderungen ausgeben, die jemand speichert, bis Strg+C</translation>
    </message>
    <message>
        <source>print one JSON object per line</source>
        <translation>ein JSON-Objekt je Zeile ausgeben</translation>
    </message>
    <message>
        <source>only the changes NAME made (as the list names them)</source>
        <translation>nur die Änderungen, die NAME gemacht hat (wie die Liste den Namen schreibt)</translation>
    </message>
    <message>
        <source>only the changes in one area of the plan</source>
        <translation>nur die Änderungen in einem Bereich des Plans</translation>
    </message>
    <message>
        <source>remove the changes older than the plan keeps them (Preferences; a year by default) and say how many went</source>
        <translation>die Änderungen entfernen, die älter sind, als der Plan sie aufbewahrt (Einstellungen; standardmäßig ein Jahr), und sagen, wie viele es waren</translation>
    </message>
    <message>
        <source>find records whose words begin with the words of TERM, grouped by kind</source>
        <translation>Einträge finden, deren Wörter mit den Wörtern von TERM beginnen, nach Art geordnet</translation>
    </message>
    <message>
        <source>Find appointments, rides, places, helpers, contacts, tasks, meals, groups, journal entries and questions whose words begin with every word of TERM (accents and case aside), the newest first.</source>
        <translation>Termine, Fahrten, Orte, Helfende, Kontakte, Aufgaben, Mahlzeiten, Gruppen, Tagebucheinträge und Fragen finden, deren Wörter mit jedem Wort von TERM beginnen (ohne Rücksicht auf Akzente und Groß- und Kleinschreibung), die neuesten zuerst.</translation>
    </message>
    <message>
        <source>one or more words</source>
        <translation>ein oder mehrere Wörter</translation>
    </message>
    <message>
        <source>print one JSON list; each item has type, kind, id, title, when and detail</source>
        <translation>eine JSON-Liste ausgeben; jeder Eintrag hat type, kind, id, title, when und detail</translation>
    </message>
    <message>
        <source>how many records of each kind (default 8, at most 1000)</source>
        <translation>wie viele Einträge jeder Art (Standard: 8, höchstens 1000)</translation>
    </message>
    <message>
        <source>write a consistent copy of the local plan file</source>
        <translation>eine stimmige Kopie der lokalen Plandatei schreiben</translation>
    </message>
    <message>
        <source>where to write it (default: the backups folder beside the plan)</source>
        <translation>wohin sie geschrieben wird (Standard: der Sicherungsordner neben dem Plan)</translation>
    </message>
    <message>
        <source>replace the plan with a backup (the current plan is backed up first)</source>
        <translation>den Plan durch eine Sicherung ersetzen (der jetzige Plan wird vorher gesichert)</translation>
    </message>
    <message>
        <source>read files into the plan (.csv freezer stock or medicine list, .vcf, .ics); one line per item that failed</source>
        <translation>Dateien in den Plan einlesen (.csv: Gefriervorrat oder Medikamentenliste, .vcf, .ics); eine Zeile für jeden Eintrag, der nicht ging</translation>
    </message>
    <message>
        <source>write part of the plan to a file</source>
        <translation>einen Teil des Plans in eine Datei schreiben</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die Datei, die geschrieben wird</translation>
    </message>
    <message>
        <source>only what one helper needs</source>
        <translation>nur das, was eine Helferin oder ein Helfer braucht</translation>
    </message>
    <message>
        <source>the fridge sheet of the seven days from this date (default: today)</source>
        <translation>der Kühlschrank-Zettel für die sieben Tage ab diesem Datum (Standard: heute)</translation>
    </message>
    <message>
        <source>for pdf: the ride card of this ride leg (its id as &apos;week --json&apos; shows it)</source>
        <translation>für pdf: der Fahrtzettel dieser Fahrt (ihre id, wie &apos;week --json&apos; sie zeigt)</translation>
    </message>
    <message>
        <source>for pdf: the emergency sheet (name, medicines, allergies, whom to call) and a wallet card</source>
        <translation>für pdf: das Notfallblatt (Name, Medikamente, Allergien, wen man anruft) und eine Karte für den Geldbeutel</translation>
    </message>
    <message>
        <source>for vcf: the vCard version to write (3.0 unless told)</source>
        <translation>für vcf: die vCard-Version, die geschrieben wird (3.0, wenn nichts anderes gesagt)</translation>
    </message>
    <message>
        <source>encrypt the local plan file with a passphrase (SQLCipher; the encryption extra)</source>
        <translation>die lokale Plandatei mit einer Passphrase verschlüsseln (SQLCipher; die Erweiterung „encryption“)</translation>
    </message>
    <message>
        <source>Encrypt the local plan file: from then on it opens only with its passphrase, which cannot be recovered. The passphrase comes from the environment variable CARE_PLANNER_PASSPHRASE, else it is asked for twice at a terminal, else it is the first line of standard input. Other commands open an encrypted plan with CARE_PLANNER_PASSPHRASE. Backups made before stay plain; close the plan in the window first.</source>
        <translation>Die lokale Plandatei verschlüsseln: Danach öffnet sie sich nur noch mit ihrer Passphrase, und die lässt sich nicht wiederherstellen. Die Passphrase kommt aus der Umgebungsvariable CARE_PLANNER_PASSPHRASE, sonst wird sie an einem Terminal zweimal abgefragt, sonst ist sie die erste Zeile der Standardeingabe. Andere Befehle öffnen einen verschlüsselten Plan mit CARE_PLANNER_PASSPHRASE. Frühere Sicherungen bleiben unverschlüsselt; schließen Sie den Plan vorher im Fenster.</translation>
    </message>
    <message>
        <source>keep the plain plan (not encrypted) in the backups folder; by default it is overwritten</source>
        <translation>den unverschlüsselten Plan im Sicherungsordner behalten; sonst wird er überschrieben</translation>
    </message>
    <message>
        <source>put Care Planner in the desktop&apos;s menu: its entry, icon and description</source>
        <translation>Care Planner ins Menü der Arbeitsfläche aufnehmen: Eintrag, Symbol und Beschreibung</translation>
    </message>
    <message>
        <source>Copy Care Planner&apos;s desktop entry to DIR/applications, its icon to DIR/icons/hicolor/scalable/apps and its AppStream description to DIR/metainfo, then update the desktop&apos;s caches where their tools are installed.</source>
        <translation>Den Eintrag von Care Planner nach DIR/applications kopieren, sein Symbol nach DIR/icons/hicolor/scalable/apps und seine AppStream-Beschreibung nach DIR/metainfo, dann die Zwischenspeicher der Arbeitsfläche aktualisieren, wo ihre Werkzeuge installiert sind.</translation>
    </message>
    <message>
        <source>the data folder to install into (default: $XDG_DATA_HOME, else ~/.local/share, for you alone); e.g. /usr/local/share for everyone</source>
        <translation>der Datenordner, in den installiert wird (Standard: $XDG_DATA_HOME, sonst ~/.local/share, nur für Sie); z. B. /usr/local/share für alle</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>the red-flag rules in words: when a temperature or a side effect means call now</source>
        <translation>die Warnzeichen-Regeln in Worten: wann eine Temperatur oder eine Nebenwirkung „Jetzt anrufen“ bedeutet</translation>
    </message>
    <message>
        <source>The red-flag rules the plan follows, one line each, in the plan&apos;s temperature scale: published guidance until the care team&apos;s own numbers are set in the window (Edit &gt; Preferences). Planning help, not medical advice.</source>
        <translation>Die Warnzeichen-Regeln, denen der Plan folgt, je eine Zeile, in der Temperaturskala des Plans: veröffentlichte Empfehlungen, bis die eigenen Werte des Behandlungsteams im Fenster eingetragen sind (Bearbeiten &gt; Einstellungen). Hilfe beim Planen, kein ärztlicher Rat.</translation>
    </message>
    <message>
        <source>note a temperature, a weight or a blood count; exit status 3 (and whom to call) when a temperature sets off a red-flag rule</source>
        <translation>eine Temperatur, ein Gewicht oder einen Blutwert notieren; Rückgabewert 3 (und wen Sie anrufen), wenn eine Temperatur eine Warnzeichen-Regel auslöst</translation>
    </message>
    <message>
        <source>Note a temperature, a weight or a blood count in the journal. When the temperatures set off a red-flag rule (published guidance, or the care team&apos;s own numbers once the plan holds them), it says so with the out-of-hours number and exits with status 3. Planning help, not medical advice.</source>
        <translation>Eine Temperatur, ein Gewicht oder einen Blutwert im Tagebuch notieren. Lösen die Temperaturen eine Warnzeichen-Regel aus (veröffentlichte Empfehlungen, oder die eigenen Werte des Behandlungsteams, sobald der Plan sie hat), sagt Care Planner das mit der Notfallnummer und endet mit Rückgabewert 3. Hilfe beim Planen, kein ärztlicher Rat.</translation>
    </message>
    <message>
        <source>the reading, e.g. 38.2; for a count, which one first: neutrophils|haemoglobin|platelets VALUE</source>
        <translation>der Messwert, z. B. 38,2; bei einem Blutwert zuerst welcher: neutrophils|haemoglobin|platelets VALUE</translation>
    </message>
    <message>
        <source>the scale of VALUE: C or F for a temperature (default: the plan&apos;s, °C unless set), kg or lb for a weight (default: kg)</source>
        <translation>die Skala von VALUE: C oder F für eine Temperatur (Standard: die des Plans, °C, wenn nichts eingestellt ist), kg oder lb für ein Gewicht (Standard: kg)</translation>
    </message>
    <message>
        <source>when it was taken: HH:MM today, or YYYY-MM-DDTHH:MM</source>
        <translation>wann gemessen: HH:MM für heute, oder YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>one day&apos;s medicine doses, each with its id and state</source>
        <translation>die Einnahmen eines Tages, jede mit ihrer id und ihrem Stand</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>der Tag (Standard: heute)</translation>
    </message>
    <message>
        <source>note a dose as taken, skipped (say why with --reason) or later (asked again)</source>
        <translation>eine Einnahme als genommen, ausgelassen (mit --reason sagen, warum) oder später (erneut fragen) notieren</translation>
    </message>
    <message>
        <source>the dose as &apos;doses&apos; lists it, e.g. 12@2026-03-11T08:00</source>
        <translation>die Einnahme, wie &apos;doses&apos; sie auflistet, z. B. 12@2026-03-11T08:00</translation>
    </message>
    <message>
        <source>why the dose was skipped</source>
        <translation>warum die Einnahme ausgelassen wurde</translation>
    </message>
    <message>
        <source>the medicines with their schedules and stock (export medicines -o FILE.csv writes them; import reads such a file back)</source>
        <translation>die Medikamente mit Einnahmeplan und Vorrat (export medicines -o DATEI.csv schreibt sie; import liest so eine Datei wieder ein)</translation>
    </message>
    <message>
        <source>the care team of a shared plan on PostgreSQL: one login per person, with a role</source>
        <translation>das Behandlungsteam eines gemeinsamen Plans auf PostgreSQL: eine Anmeldung je Person, mit einer Rolle</translation>
    </message>
    <message>
        <source>The care team of a shared plan on PostgreSQL: one login per person. An organiser may change everything; a helper may read the plan, claim a ride that needs a driver or an open task, and change only the rides and tasks given to them and their own usual times. The server enforces it. Run by the owner of the plan&apos;s database.</source>
        <translation>Das Behandlungsteam eines gemeinsamen Plans auf PostgreSQL: eine Anmeldung je Person. Eine Organisatorin oder ein Organisator darf alles ändern; Helfende dürfen den Plan lesen, eine Fahrt ohne Fahrer/in oder eine offene Aufgabe übernehmen und nur die Fahrten und Aufgaben ändern, die ihnen gegeben sind, und ihre eigenen üblichen Zeiten. Der Server setzt das durch. Wird von der Eigentümerin oder dem Eigentümer der Datenbank des Plans ausgeführt.</translation>
    </message>
    <message>
        <source>give a person a login of their own, with a role</source>
        <translation>einer Person eine eigene Anmeldung geben, mit einer Rolle</translation>
    </message>
    <message>
        <source>Create a login for NAME with a role. Its password comes from the environment variable CARE_PLANNER_NEW_PASSWORD, else it is asked for (at a terminal; leave it empty for none, on a server that signs people in another way).</source>
        <translation>Eine Anmeldung für NAME mit einer Rolle anlegen. Das Passwort kommt aus der Umgebungsvariable CARE_PLANNER_NEW_PASSWORD, sonst wird es abgefragt (an einem Terminal; leer lassen für keines, wenn der Server die Anmeldung anders regelt).</translation>
    </message>
    <message>
        <source>the name the change log shows, e.g. &apos;Ann Lee&apos;</source>
        <translation>der Name, den die Änderungen zeigen, z. B. &apos;Ann Lee&apos;</translation>
    </message>
    <message>
        <source>what they may change</source>
        <translation>was die Person ändern darf</translation>
    </message>
    <message>
        <source>the login to create (default: from NAME, e.g. ann_lee)</source>
        <translation>die Anmeldung, die angelegt wird (Standard: aus NAME, z. B. ann_lee)</translation>
    </message>
    <message>
        <source>the plan&apos;s helper (a name or an id) this person is (a helper&apos;s default: NAME; added when missing, with --phone or --email)</source>
        <translation>die Helferin oder der Helfer im Plan (ein Name oder eine id), die diese Person ist (Standard für Helfende: NAME; wird angelegt, wenn es sie noch nicht gibt, mit --phone oder --email)</translation>
    </message>
    <message>
        <source>a new helper&apos;s phone number</source>
        <translation>die Telefonnummer einer neuen Helferin oder eines neuen Helfers</translation>
    </message>
    <message>
        <source>a new helper&apos;s email address</source>
        <translation>die E-Mail-Adresse einer neuen Helferin oder eines neuen Helfers</translation>
    </message>
    <message>
        <source>who is on the team, with their role</source>
        <translation>wer im Team ist, mit Rolle</translation>
    </message>
    <message>
        <source>take a person off the team and drop their login</source>
        <translation>eine Person aus dem Team nehmen und ihre Anmeldung löschen</translation>
    </message>
    <message>
        <source>their name or login</source>
        <translation>ihr Name oder ihre Anmeldung</translation>
    </message>
    <message>
        <source>Filled {plan} with the demo month.</source>
        <translation>{plan} ist mit dem Beispielmonat gefüllt.</translation>
    </message>
    <message>
        <source>No gaps in the next %n weeks.</source>
        <translation>In den nächsten %n Wochen fehlt nichts.</translation>
    </message>
    <message>
        <source>Backed up the plan to {path}</source>
        <translation>Plan gesichert in {path}</translation>
    </message>
    <message>
        <source>Restored the plan from {path}; the plan as it was is kept in {kept}</source>
        <translation>Plan aus {path} wiederhergestellt; der Plan, wie er vorher war, liegt in {kept}</translation>
    </message>
    <message>
        <source>Added %n freezer batch from {file}.</source>
        <translation>%n Gefriervorrat aus {file} hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %n freezer batches from {file}.</source>
        <translation>%n Gefriervorräte aus {file} hinzugefügt.</translation>
    </message>
    <message>
        <source>Wrote %n freezer batch to {path}.</source>
        <translation>%n Gefriervorrat in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %n freezer batches to {path}.</source>
        <translation>%n Gefriervorräte in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Added %n medicine from {file}.</source>
        <translation>%n Medikament aus {file} hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %n medicines from {file}.</source>
        <translation>%n Medikamente aus {file} hinzugefügt.</translation>
    </message>
    <message>
        <source>Left out %n row.</source>
        <translation>%n Zeile ausgelassen.</translation>
    </message>
    <message>
        <source>Left out %n rows.</source>
        <translation>%n Zeilen ausgelassen.</translation>
    </message>
    <message>
        <source>Wrote %n medicine to {path}.</source>
        <translation>%n Medikament in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %n medicines to {path}.</source>
        <translation>%n Medikamente in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Added %n person and updated {updated} from {file}.</source>
        <translation>Aus {file}: %n Person hinzugefügt, {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>Added %n people and updated {updated} from {file}.</source>
        <translation>Aus {file}: %n Personen hinzugefügt, {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>Wrote %n card to {path}.</source>
        <translation>%n Karte in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %n cards to {path}.</source>
        <translation>%n Karten in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Added %n appointment and updated {updated} from {file}.</source>
        <translation>Aus {file}: %n Termin hinzugefügt, {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>Added %n appointments and updated {updated} from {file}.</source>
        <translation>Aus {file}: %n Termine hinzugefügt, {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>Left out {outside}: outside the window from three months ago to a year ahead, or not appointments.</source>
        <translation>{outside} ausgelassen: außerhalb des Zeitraums von vor drei Monaten bis in einem Jahr, oder keine Termine.</translation>
    </message>
    <message>
        <source>Wrote %n event to {path}.</source>
        <translation>%n Kalendereintrag in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %n events to {path}.</source>
        <translation>%n Kalendereinträge in {path} geschrieben.</translation>
    </message>
    <message>
        <source>something went wrong, and the command stopped; what it had not saved yet was not saved. Where it happened is noted in {where}. (Set {variable}=1 to see the details.)</source>
        <translation>Etwas ist schiefgegangen, und der Befehl wurde abgebrochen. Was noch nicht gespeichert war, wurde nicht gespeichert. Wo es passiert ist, steht in {where}. (Setzen Sie {variable}=1, um die Einzelheiten zu sehen.)</translation>
    </message>
    <message>
        <source>something went wrong, and the command stopped; what it had not saved yet was not saved. (Set {variable}=1 to see the details.)</source>
        <translation>Etwas ist schiefgegangen, und der Befehl wurde abgebrochen. Was noch nicht gespeichert war, wurde nicht gespeichert. (Setzen Sie {variable}=1, um die Einzelheiten zu sehen.)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} um {time}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Home, 12 Linden Road</source>
        <translation>Zuhause, Lindenstraße 12</translation>
    </message>
    <message>
        <source>City Hospital, Oncology Day Unit, 3rd floor</source>
        <translation>Städtisches Klinikum, Onkologische Tagesklinik, 3. Stock</translation>
    </message>
    <message>
        <source>City Hospital</source>
        <translation>Städtisches Klinikum</translation>
    </message>
    <message>
        <source>Partner; works from home on Tuesdays.</source>
        <translation>Partner; arbeitet dienstags von zu Hause.</translation>
    </message>
    <message>
        <source>Neighbour; free after work.</source>
        <translation>Nachbar; hat nach der Arbeit Zeit.</translation>
    </message>
    <message>
        <source>Salvage chemotherapy</source>
        <translation>Salvage-Chemotherapie</translation>
    </message>
    <message>
        <source>Chemotherapy, cycle {cycle}</source>
        <translation>Chemotherapie, Zyklus {cycle}</translation>
    </message>
    <message>
        <source>Bring the medication list and a warm cardigan.</source>
        <translation>Medikamentenliste und eine warme Strickjacke mitnehmen.</translation>
    </message>
    <message>
        <source>City Hospital, 1 Infirmary Road</source>
        <translation>Städtisches Klinikum, Klinikstraße 1</translation>
    </message>
    <message>
        <source>Drop-off at door C of the Day Unit. Parking in car park B, level 2. A wheelchair waits inside door C.</source>
        <translation>Aussteigen an Eingang C der Tagesklinik. Parken im Parkhaus B, Ebene 2. Hinter Eingang C steht ein Rollstuhl bereit.</translation>
    </message>
    <message>
        <source>Radiation to the chest</source>
        <translation>Bestrahlung des Brustkorbs</translation>
    </message>
    <message>
        <source>City Hospital, Radiotherapy, basement</source>
        <translation>Städtisches Klinikum, Strahlentherapie, Untergeschoss</translation>
    </message>
    <message>
        <source>Radiation, week {week}</source>
        <translation>Bestrahlung, Woche {week}</translation>
    </message>
    <message>
        <source>Short visit; drives there alone.</source>
        <translation>Kurzer Termin; fährt allein hin.</translation>
    </message>
    <message>
        <source>Blood count before chemotherapy</source>
        <translation>Blutbild vor der Chemotherapie</translation>
    </message>
    <message>
        <source>GP practice, Mill Street</source>
        <translation>Hausarztpraxis, Mühlenstraße</translation>
    </message>
    <message>
        <source>CT scan (chest and abdomen)</source>
        <translation>CT (Brustkorb und Bauch)</translation>
    </message>
    <message>
        <source>City Hospital, Imaging</source>
        <translation>Städtisches Klinikum, Radiologie</translation>
    </message>
    <message>
        <source>Nothing to eat 4 hours before.</source>
        <translation>4 Stunden vorher nichts essen.</translation>
    </message>
    <message>
        <source>Review with the oncologist</source>
        <translation>Besprechung bei der Onkologin</translation>
    </message>
    <message>
        <source>Freezer, top drawer</source>
        <translation>Gefrierschrank, oberes Fach</translation>
    </message>
    <message>
        <source>Freezer, middle drawer</source>
        <translation>Gefrierschrank, mittleres Fach</translation>
    </message>
    <message>
        <source>Freezer, bottom drawer</source>
        <translation>Gefrierschrank, unteres Fach</translation>
    </message>
    <message>
        <source>Chicken and rice soup</source>
        <translation>Hühnersuppe mit Reis</translation>
    </message>
    <message>
        <source>Thaw overnight in the fridge; heat until steaming.</source>
        <translation>Über Nacht im Kühlschrank auftauen; erhitzen, bis sie dampft.</translation>
    </message>
    <message>
        <source>Vegetable lasagne</source>
        <translation>Gemüselasagne</translation>
    </message>
    <message>
        <source>Oven 180 °C for 40 minutes from thawed.</source>
        <translation>Aufgetaut 40 Minuten bei 180 °C in den Ofen.</translation>
    </message>
    <message>
        <source>Rice pudding</source>
        <translation>Milchreis</translation>
    </message>
    <message>
        <source>Eat cold or warm gently.</source>
        <translation>Kalt essen oder langsam erwärmen.</translation>
    </message>
    <message>
        <source>Red lentil dal</source>
        <translation>Rotes Linsen-Dal</translation>
    </message>
    <message>
        <source>Microwave 4 minutes, stir halfway.</source>
        <translation>4 Minuten in die Mikrowelle, nach der Hälfte umrühren.</translation>
    </message>
    <message>
        <source>Fish pie</source>
        <translation>Fischauflauf</translation>
    </message>
    <message>
        <source>Oven 190 °C for 30 minutes from thawed.</source>
        <translation>Aufgetaut 30 Minuten bei 190 °C in den Ofen.</translation>
    </message>
    <message>
        <source>Lymphoma support circle</source>
        <translation>Gesprächskreis Lymphom</translation>
    </message>
    <message>
        <source>Community centre, Room 2</source>
        <translation>Gemeindezentrum, Raum 2</translation>
    </message>
    <message>
        <source>Jo (facilitator), {phone}</source>
        <translation>Jo (Gesprächsleitung), {phone}</translation>
    </message>
    <message>
        <source>Carers&apos; evening online</source>
        <translation>Online-Abend für Angehörige</translation>
    </message>
    <message>
        <source>For Sam; camera optional.</source>
        <translation>Für Sam; Kamera nach Wunsch.</translation>
    </message>
    <message>
        <source>Oncology Day Unit</source>
        <translation>Onkologische Tagesklinik</translation>
    </message>
    <message>
        <source>Oncology 24-hour line</source>
        <translation>Onkologie-Notfallnummer (rund um die Uhr)</translation>
    </message>
    <message>
        <source>Fever of 38 °C or more: call at once.</source>
        <translation>Fieber ab 38 °C: sofort anrufen.</translation>
    </message>
    <message>
        <source>Mill Street Pharmacy</source>
        <translation>Mühlen-Apotheke</translation>
    </message>
    <message>
        <source>Bring dinner</source>
        <translation>Abendessen bringen</translation>
    </message>
    <message>
        <source>Afternoon company</source>
        <translation>Nachmittags Gesellschaft leisten</translation>
    </message>
    <message>
        <source>Collect prescriptions</source>
        <translation>Medikamente aus der Apotheke holen</translation>
    </message>
    <message>
        <source>Cleaning: kitchen and bathroom</source>
        <translation>Putzen: Küche und Bad</translation>
    </message>
    <message>
        <source>Can the nausea medicine be taken before the infusion?</source>
        <translation>Darf ich das Mittel gegen Übelkeit schon vor der Infusion nehmen?</translation>
    </message>
    <message>
        <source>Second-line chemotherapy</source>
        <translation>Zweitlinien-Chemotherapie</translation>
    </message>
    <message>
        <source>Second-line chemotherapy, cycle {cycle}</source>
        <translation>Zweitlinien-Chemotherapie, Zyklus {cycle}</translation>
    </message>
    <message>
        <source>Better after ginger tea.</source>
        <translation>Nach Ingwertee besser.</translation>
    </message>
    <message>
        <source>Is the tingling in my fingers something to watch?</source>
        <translation>Muss ich auf das Kribbeln in den Fingern achten?</translation>
    </message>
    <message>
        <source>Can I take paracetamol for the aches?</source>
        <translation>Darf ich Paracetamol gegen die Schmerzen nehmen?</translation>
    </message>
    <message>
        <source>Yes, up to the dose on the leaflet; call if a fever comes with it.</source>
        <translation>Ja, bis zur Dosis auf dem Beipackzettel; anrufen, wenn Fieber dazukommt.</translation>
    </message>
    <message>
        <source>Linden Pharmacy</source>
        <translation>Linden-Apotheke</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Against sickness; swallow whole.</source>
        <translation>Gegen Übelkeit; unzerkaut schlucken.</translation>
    </message>
    <message>
        <source>Nausea after chemotherapy</source>
        <translation>Übelkeit nach der Chemotherapie</translation>
    </message>
    <message>
        <source>Mouthwash (benzydamine)</source>
        <translation>Mundspülung (Benzydamin)</translation>
    </message>
    <message>
        <source>mouthwash</source>
        <translation>Mundspüllösung</translation>
    </message>
    <message>
        <source>Rinse for 30 seconds and spit out; do not swallow.</source>
        <translation>30 Sekunden spülen und ausspucken; nicht schlucken.</translation>
    </message>
    <message>
        <source>Sore mouth on the hard days</source>
        <translation>Wunder Mund an den schweren Tagen</translation>
    </message>
    <message>
        <source>Every day, also on good days.</source>
        <translation>Jeden Tag, auch an guten Tagen.</translation>
    </message>
    <message>
        <source>Keeps shingles and cold sores away while counts are low</source>
        <translation>Schützt vor Gürtelrose und Lippenherpes, solange die Blutwerte niedrig sind</translation>
    </message>
    <message>
        <source>Shivery. Called the 24-hour line: paracetamol, and check again in the morning.</source>
        <translation>Schüttelfrost. Notfallnummer angerufen: Paracetamol nehmen und morgens noch einmal messen.</translation>
    </message>
</context>
<context>
    <name>Demo unit</name>
    <message>
        <source>tablet</source>
        <translation>Tbl.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>The file {path} is missing from this copy of Care Planner, so nothing was installed.</source>
        <translation>Die Datei {path} fehlt in dieser Kopie von Care Planner, deshalb wurde nichts installiert.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}, so nothing was installed; choose another place with --prefix.</source>
        <translation>In {folder} kann nicht geschrieben werden, deshalb wurde nichts installiert; wählen Sie mit --prefix einen anderen Ort.</translation>
    </message>
    <message>
        <source>Installed {path}</source>
        <translation>Installiert: {path}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Before encrypting (not encrypted)</source>
        <translation>Vor dem Verschlüsseln (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <source>{mb:.1f} MB</source>
        <translation>{mb:.1f} MB</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup is made every half hour while the plan changes, and when the window closes; the last ten are kept, one a day for two weeks and one a week for eight weeks. Each is checked before it counts.</source>
        <translation>Solange sich der Plan ändert, wird jede halbe Stunde eine Sicherung angelegt, außerdem beim Schließen des Fensters. Aufbewahrt werden die letzten zehn, zwei Wochen lang eine pro Tag und acht Wochen lang eine pro Woche. Jede Sicherung wird geprüft, bevor sie zählt.</translation>
    </message>
    <message>
        <source>A shared plan is backed up on its server (pg_dump).</source>
        <translation>Ein gemeinsamer Plan wird auf seinem Server gesichert (pg_dump).</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>In {folder}</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the plan with the backup made {made}?</source>
        <translation>Den Plan durch die Sicherung vom {made} ersetzen?</translation>
    </message>
    <message>
        <source>The plan as it is now is backed up first, so this can be taken back too.</source>
        <translation>Der Plan, wie er jetzt ist, wird vorher gesichert. So lässt sich auch das rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{what} (minutes)</source>
        <translation>{what} (Minuten)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>{who} removed this {what} while you were editing it.</source>
        <translation>{who} hat diesen Eintrag ({what}) entfernt, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <source>{who} changed this {what} while you were editing it. Nothing of yours is saved yet. Choose whose values to keep.</source>
        <translation>{who} hat diesen Eintrag ({what}) geändert, während Sie ihn bearbeitet haben. Von Ihren Änderungen ist noch nichts gespeichert. Wählen Sie, wessen Werte gelten sollen.</translation>
    </message>
    <message>
        <source>What was changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Von der anderen Person</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Von Ihnen</translation>
    </message>
    <message>
        <source>{value} ({who}, {at})</source>
        <translation>{value} ({who}, {at})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>Werte der anderen Person &amp;übernehmen</translation>
    </message>
    <message>
        <source>Put &amp;mine on top</source>
        <translation>&amp;Meine Werte behalten</translation>
    </message>
    <message>
        <source>&amp;Back to editing</source>
        <translation>&amp;Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>Connect to a shared plan</source>
        <translation>Mit einem gemeinsamen Plan verbinden</translation>
    </message>
    <message>
        <source>A care team can share one plan on a PostgreSQL server. Whoever looks after the server tells you its name, the database and your login.</source>
        <translation>Ein Team kann einen Plan gemeinsam auf einem PostgreSQL-Server nutzen. Wer den Server betreut, nennt Ihnen seinen Namen, die Datenbank und Ihren Anmeldenamen.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. server.local</source>
        <translation>z. B. server.local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>Passwort im Passwortspeicher dieses Computers &amp;merken</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in, so Care Planner asks for it each time the shared plan opens.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher. Deshalb fragt Care Planner jedes Mal nach dem Passwort, wenn der gemeinsame Plan geöffnet wird.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to {highest} (usually {usual}).</source>
        <translation>Der Port ist eine Zahl von 1 bis {highest} (meist {usual}).</translation>
    </message>
    <message>
        <source>Type the name of the plan&apos;s database.</source>
        <translation>Geben Sie den Namen der Datenbank des Plans ein.</translation>
    </message>
    <message>
        <source>Type your login on the server.</source>
        <translation>Geben Sie Ihren Anmeldenamen auf dem Server ein.</translation>
    </message>
    <message>
        <source>Trying the server {host}…</source>
        <translation>Server {host} wird geprüft…</translation>
    </message>
    <message>
        <source>The server let {login} in, and the plan is ready to open.</source>
        <translation>Der Server hat {login} angemeldet, und der Plan kann geöffnet werden.</translation>
    </message>
    <message>
        <source>The server could not be tried just now; please try again.</source>
        <translation>Der Server konnte gerade nicht geprüft werden; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The keyring did not take the password. Clear “Remember the password” to connect without keeping it.</source>
        <translation>Der Passwortspeicher hat das Passwort nicht angenommen. Entfernen Sie das Häkchen bei „Passwort … merken“, um sich zu verbinden, ohne es zu speichern.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>Zeilen, die nicht importiert werden können:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Zeilen, die nicht importiert werden können</translation>
    </message>
    <message>
        <source>Import the good rows</source>
        <translation>Die fehlerfreien Zeilen importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>&amp;Import {count}</source>
        <translation>{count} &amp;importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved as {text}</source>
        <translation>Wird gespeichert als {text}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Open an encrypted plan</source>
        <translation>Verschlüsselten Plan öffnen</translation>
    </message>
    <message>
        <source>The plan {location} is encrypted. Type its passphrase to open it.</source>
        <translation>Der Plan {location} ist verschlüsselt. Geben Sie seine Passphrase ein, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Type the plan&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Plans ein.</translation>
    </message>
    <message>
        <source>The passphrase does not open this plan. Check it (is Caps Lock on?) and try again.</source>
        <translation>Mit dieser Passphrase lässt sich der Plan nicht öffnen. Prüfen Sie sie (ist die Feststelltaste an?) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Encrypt this plan</source>
        <translation>Diesen Plan verschlüsseln</translation>
    </message>
    <message>
        <source>From now on the plan file opens only with this passphrase, asked for when Care Planner starts. Nobody can recover a lost passphrase, and without it the plan is lost too: keep it somewhere safe. Close this plan in any other window first.</source>
        <translation>Ab jetzt lässt sich die Plandatei nur noch mit dieser Passphrase öffnen; Care Planner fragt beim Start danach. Eine verlorene Passphrase kann niemand wiederherstellen, und ohne sie ist auch der Plan verloren: Bewahren Sie sie gut auf. Schließen Sie diesen Plan vorher in allen anderen Fenstern.</translation>
    </message>
    <message>
        <source>Backups made before now stay unencrypted ({count} in the backups folder), and anyone who gets them can read them: remove them once you no longer need them (the automatic ones go by themselves in time).</source>
        <translation>Bisherige Sicherungen bleiben unverschlüsselt ({count} im Sicherungsordner), und jeder, der sie bekommt, kann sie lesen. Entfernen Sie sie, sobald Sie sie nicht mehr brauchen (die automatischen verschwinden mit der Zeit von selbst).</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Neue &amp;Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>At least {count} characters; a few unrelated words are good.</source>
        <translation>Mindestens {count} Zeichen; gut sind ein paar Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>The &amp;same again:</source>
        <translation>&amp;Noch einmal dieselbe:</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Noch einmal dieselbe Passphrase</translation>
    </message>
    <message>
        <source>&amp;Keep a plain copy (not encrypted) in the backups folder</source>
        <translation>&amp;Unverschlüsselte Kopie im Sicherungsordner behalten</translation>
    </message>
    <message>
        <source>Keep a plain copy, not encrypted</source>
        <translation>Unverschlüsselte Kopie behalten</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <source>At least {count} characters.</source>
        <translation>Mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Die beiden Passphrasen sind verschieden; geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>These settings belong to the plan: everyone who uses it sees the same.</source>
        <translation>Diese Einstellungen gehören zum Plan: Alle, die ihn nutzen, sehen dieselben.</translation>
    </message>
    <message>
        <source>Save the preferences</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Red-flag rules</source>
        <translation>Regeln für Warnzeichen</translation>
    </message>
    <message>
        <source>Red flags: &amp;when to call the care team now</source>
        <translation>Warnzeichen: &amp;wann Sie sofort das Behandlungsteam anrufen</translation>
    </message>
    <message>
        <source>Appearance on this computer</source>
        <translation>Darstellung auf diesem Computer</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>System follows this computer&apos;s light or dark setting. High contrast is white and bright colours on black.</source>
        <translation>System folgt der hellen oder dunklen Einstellung dieses Computers. Hoher Kontrast zeigt Weiß und kräftige Farben auf Schwarz.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect when Care Planner starts again.</source>
        <translation>Gilt ab dem nächsten Start von Care Planner.</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The patient&apos;s details</source>
        <translation>Angaben zur Patientin/zum Patienten</translation>
    </message>
    <message>
        <source>Welcome. Before you start: who is the plan for, and where is home? The ride cards, the fridge sheet and the helpers&apos; packets print these details. Every field may stay empty; you can add them later from Coming days.</source>
        <translation>Willkommen! Bevor es losgeht: Für wen ist der Plan, und wo wohnt diese Person? Diese Angaben stehen auf den Fahrtzetteln, dem Kühlschrank-Zettel und den Unterlagen für Helfende. Jedes Feld darf leer bleiben; Sie können alles später unter „Die nächsten Tage“ ergänzen.</translation>
    </message>
    <message>
        <source>The ride cards, the fridge sheet, the emergency sheet and the helpers&apos; packets print these details; what is left empty is left out.</source>
        <translation>Diese Angaben stehen auf den Fahrtzetteln, dem Kühlschrank-Zettel, dem Notfallblatt und den Unterlagen für Helfende; was leer bleibt, wird weggelassen.</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;name:</source>
        <translation>&amp;Name der Patientin/des Patienten:</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Name der Patientin/des Patienten</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;phone:</source>
        <translation>&amp;Telefon der Patientin/des Patienten:</translation>
    </message>
    <message>
        <source>Patient&apos;s phone</source>
        <translation>Telefon der Patientin/des Patienten</translation>
    </message>
    <message>
        <source>Home &amp;address:</source>
        <translation>&amp;Wohnadresse:</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Wohnadresse</translation>
    </message>
    <message>
        <source>Where the ride there picks the patient up.</source>
        <translation>Hier holt die Hinfahrt die Patientin/den Patienten ab.</translation>
    </message>
    <message>
        <source>Care team&apos;s &amp;out-of-hours number:</source>
        <translation>Not&amp;fallnummer des Behandlungsteams:</translation>
    </message>
    <message>
        <source>Care team&apos;s out-of-hours number</source>
        <translation>Notfallnummer des Behandlungsteams</translation>
    </message>
    <message>
        <source>The number to call at night or at the weekend (the treatment unit&apos;s line).</source>
        <translation>Die Nummer für nachts und am Wochenende (der Anschluss der behandelnden Station).</translation>
    </message>
    <message>
        <source>Protect this plan with a &amp;passphrase (encrypt it)</source>
        <translation>Diesen Plan mit einer &amp;Passphrase schützen (verschlüsseln)</translation>
    </message>
    <message>
        <source>Protect this plan with a passphrase</source>
        <translation>Diesen Plan mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Whoever gets the plan&apos;s file or a backup of it reads nothing without the passphrase. Care Planner asks for it each time it starts; a lost passphrase cannot be recovered.</source>
        <translation>Wer die Plandatei oder eine Sicherung davon bekommt, kann ohne die Passphrase nichts lesen. Care Planner fragt bei jedem Start danach; eine verlorene Passphrase lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>The &amp;treatment, in your words:</source>
        <translation>Die &amp;Behandlung in Ihren Worten:</translation>
    </message>
    <message>
        <source>The treatment</source>
        <translation>Die Behandlung</translation>
    </message>
    <message>
        <source>Printed on the emergency sheet as you write it.</source>
        <translation>Steht so auf dem Notfallblatt, wie Sie es schreiben.</translation>
    </message>
    <message>
        <source>A&amp;llergies:</source>
        <translation>A&amp;llergien:</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>The on&amp;cologist:</source>
        <translation>&amp;Onkolog/in:</translation>
    </message>
    <message>
        <source>The oncologist</source>
        <translation>Onkolog/in</translation>
    </message>
    <message>
        <source>The oncologist&apos;s p&amp;hone:</source>
        <translation>Telefon der On&amp;kologin/des Onkologen:</translation>
    </message>
    <message>
        <source>The oncologist&apos;s phone</source>
        <translation>Telefon der Onkologin/des Onkologen</translation>
    </message>
    <message>
        <source>Ne&amp;xt of kin:</source>
        <translation>&amp;Angehörige/r:</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Angehörige/r</translation>
    </message>
    <message>
        <source>Next of &amp;kin&apos;s phone:</source>
        <translation>Telefon der/des Ange&amp;hörigen:</translation>
    </message>
    <message>
        <source>Next of kin&apos;s phone</source>
        <translation>Telefon der/des Angehörigen</translation>
    </message>
    <message>
        <source>Your care team&apos;s own numbers come first: change these to what they told you.</source>
        <translation>Die Zahlen Ihres eigenen Behandlungsteams haben Vorrang: Ändern Sie diese Regeln so, wie man es Ihnen gesagt hat.</translation>
    </message>
    <message>
        <source>A&amp;dd a rule…</source>
        <translation>Regel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Restore the de&amp;faults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Published guidance for temperatures, and whom to call from severity {n}.</source>
        <translation>Veröffentlichte Empfehlungen für Temperaturen, und ab Stärke {n} wird gezeigt, wen Sie anrufen.</translation>
    </message>
    <message>
        <source>The temperature rules are the defaults from published guidance.</source>
        <translation>Die Temperaturregeln sind die Standardwerte aus veröffentlichten Empfehlungen.</translation>
    </message>
    <message>
        <source>The temperature rules are your own numbers.</source>
        <translation>Die Temperaturregeln enthalten Ihre eigenen Werte.</translation>
    </message>
    <message>
        <source>The severity rule and the last temperature rule stay: change them instead.</source>
        <translation>Die Regel zur Stärke und die letzte Temperaturregel bleiben bestehen: Ändern Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Severity rule</source>
        <translation>Regel zur Stärke</translation>
    </message>
    <message>
        <source>Temperature rule</source>
        <translation>Temperaturregel</translation>
    </message>
    <message>
        <source>Use this rule</source>
        <translation>Diese Regel verwenden</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <source>Show whom to call from &amp;severity:</source>
        <translation>Ab dieser &amp;Stärke zeigen, wen Sie anrufen:</translation>
    </message>
    <message>
        <source>Show whom to call from this severity</source>
        <translation>Ab dieser Stärke zeigen, wen Sie anrufen</translation>
    </message>
    <message>
        <source>A side effect noted this severe or worse shows the care team&apos;s numbers.</source>
        <translation>Wird eine Nebenwirkung mit dieser Stärke oder stärker eingetragen, erscheinen die Nummern des Behandlungsteams.</translation>
    </message>
    <message>
        <source>&amp;Temperature of at least:</source>
        <translation>&amp;Temperatur von mindestens:</translation>
    </message>
    <message>
        <source>Temperature of at least</source>
        <translation>Temperatur von mindestens</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>S&amp;kala:</translation>
    </message>
    <message>
        <source>Scale of the temperature</source>
        <translation>Temperaturskala</translation>
    </message>
    <message>
        <source>&amp;Readings needed:</source>
        <translation>&amp;Benötigte Messungen:</translation>
    </message>
    <message>
        <source>Readings needed</source>
        <translation>Benötigte Messungen</translation>
    </message>
    <message>
        <source>At least this far &amp;apart:</source>
        <translation>&amp;Mindestabstand:</translation>
    </message>
    <message>
        <source>At least this far apart, in minutes</source>
        <translation>Mindestabstand in Minuten</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>All &amp;within:</source>
        <translation>Alle &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>All within, in hours</source>
        <translation>Alle innerhalb von so vielen Stunden</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>This rule is in the table already.</source>
        <translation>Diese Regel steht schon in der Tabelle.</translation>
    </message>
    <message>
        <source>The rule cannot be used yet: see below.</source>
        <translation>Die Regel kann noch nicht verwendet werden: siehe unten.</translation>
    </message>
    <message>
        <source>In words: {rule}</source>
        <translation>In Worten: {rule}</translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>daily at {times}</source>
        <translation>täglich um {times}</translation>
    </message>
    <message>
        <source>every {hours} hours</source>
        <translation>alle {hours} Stunden</translation>
    </message>
    <message>
        <source>{days} at {times}</source>
        <translation>{days} um {times}</translation>
    </message>
    <message>
        <source>around treatment days</source>
        <translation>rund um die Behandlungstage</translation>
    </message>
    <message>
        <source>as needed, at least {hours} hours apart, at most {most} a day</source>
        <translation>bei Bedarf, mindestens {hours} Stunden Abstand, höchstens {most} am Tag</translation>
    </message>
    <message>
        <source>a taper over {days} days, at {times}</source>
        <translation>Stufenplan über {days} Tage, um {times}</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>&amp;Encrypt this plan…</source>
        <translation>Diesen Plan &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>The plan is encrypted; it opens only with its passphrase from now on.</source>
        <translation>Der Plan ist verschlüsselt; er lässt sich ab jetzt nur mit seiner Passphrase öffnen.</translation>
    </message>
    <message>
        <source>A plain copy (not encrypted) is kept in {path}</source>
        <translation>Eine unverschlüsselte Kopie liegt in {path}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This plan is encrypted; set {variable} to its passphrase to use it from the command line.</source>
        <translation>Dieser Plan ist verschlüsselt. Setzen Sie {variable} auf seine Passphrase, um ihn über die Befehlszeile zu verwenden.</translation>
    </message>
    <message>
        <source>{problem} The plan was left as it is.</source>
        <translation>{problem} Der Plan bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>This plan is encrypted already.</source>
        <translation>Dieser Plan ist schon verschlüsselt.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time; write HH:MM for today, or YYYY-MM-DDTHH:MM.</source>
        <translation>„{text}“ ist keine Uhrzeit. Schreiben Sie HH:MM für heute oder JJJJ-MM-TTTHH:MM.</translation>
    </message>
    <message>
        <source>log {what} takes one value, such as {example}.</source>
        <translation>log {what} nimmt einen Wert, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>--unit: {error}</source>
        <translation>--unit: {error}</translation>
    </message>
    <message>
        <source>--unit: give a weight in kg or lb, not &apos;{unit}&apos;.</source>
        <translation>--unit: Geben Sie ein Gewicht in kg oder lb an, nicht in „{unit}“.</translation>
    </message>
    <message>
        <source>the weight</source>
        <translation>das Gewicht</translation>
    </message>
    <message>
        <source>log count takes the count and its value: log count {names} VALUE.</source>
        <translation>log count nimmt den Blutwert und seine Zahl: log count {names} WERT.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a blood count; choose {names}.</source>
        <translation>„{typed}“ ist kein Blutwert. Wählen Sie {names}.</translation>
    </message>
    <message>
        <source>--unit: {kind} are noted in {unit} only, not &apos;{typed}&apos;.</source>
        <translation>--unit: {kind} werden nur in {unit} eingetragen, nicht in „{typed}“.</translation>
    </message>
    <message>
        <source>the {kind} count</source>
        <translation>den Wert für {kind}</translation>
    </message>
    <message>
        <source>--reason goes with skipped: it says why a dose was skipped.</source>
        <translation>--reason gehört zu skipped: Es sagt, warum eine Dosis ausgelassen wurde.</translation>
    </message>
    <message>
        <source>--at says when a dose was taken or skipped; later asks again.</source>
        <translation>--at sagt, wann eine Dosis genommen oder ausgelassen wurde. „later“ fragt später noch einmal.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter sind verschieden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} line {line}: {reason}</source>
        <translation>{file} Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>export csv writes the whole freezer stock; --helper and --week do not apply to it.</source>
        <translation>export csv schreibt den ganzen Vorrat im Gefrierschrank. --helper und --week gelten dafür nicht.</translation>
    </message>
    <message>
        <source>export medicines writes the whole medicine list; --helper and --week do not apply to it.</source>
        <translation>export medicines schreibt die ganze Medikamentenliste. --helper und --week gelten dafür nicht.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>export vcf writes helpers and contacts; --week does not apply to it.</source>
        <translation>export vcf schreibt Helfende und Kontakte. --week gilt dafür nicht.</translation>
    </message>
    <message>
        <source>{file}: {event}: {problem}</source>
        <translation>{file}: {event}: {problem}</translation>
    </message>
    <message>
        <source>export ics writes the coming year; --week does not apply to it.</source>
        <translation>export ics schreibt das kommende Jahr. --week gilt dafür nicht.</translation>
    </message>
    <message>
        <source>Cannot import {path}: {what} are not read (only {known}).</source>
        <translation>{path} lässt sich nicht einlesen: {what} werden nicht gelesen (nur {known}).</translation>
    </message>
    <message>
        <source>Exporting {name} is not available yet (available: {known}).</source>
        <translation>Export als {name} gibt es noch nicht (möglich: {known}).</translation>
    </message>
    <message>
        <source>Cannot import {path}: there is no such file.</source>
        <translation>{path} lässt sich nicht einlesen: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>--ride writes a ride card (export pdf); it does not apply to {format}.</source>
        <translation>--ride schreibt eine Fahrkarte (export pdf). Für {format} gilt es nicht.</translation>
    </message>
    <message>
        <source>--emergency writes the emergency sheet (export pdf); it does not apply to {format}.</source>
        <translation>--emergency schreibt das Notfallblatt (export pdf). Für {format} gilt es nicht.</translation>
    </message>
    <message>
        <source>Give the appointment a title; nothing was saved.</source>
        <translation>Bitte geben Sie dem Termin einen Titel. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>Ärztin oder Arzt</translation>
    </message>
    <message>
        <source>The {name} can have at most {longest_text} characters; this one has {text_length}. Nothing was saved.</source>
        <translation>„{name}“ darf höchstens {longest_text} Zeichen haben, hier sind es {text_length}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>An appointment lasts between 1 minute and 24 hours; nothing was saved.</source>
        <translation>Ein Termin dauert zwischen 1 Minute und 24 Stunden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Recovery days go from 0 to {most_recovery_days}; {days} was not saved.</source>
        <translation>Erholungstage gehen von 0 bis {most_recovery_days}. {days} wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The start is more than {farthest_years} years away; please check the date. Nothing was saved.</source>
        <translation>Der Beginn liegt mehr als {farthest_years} Jahre entfernt. Bitte prüfen Sie das Datum. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Give the course a name.</source>
        <translation>Bitte geben Sie der Behandlungsreihe einen Namen.</translation>
    </message>
    <message>
        <source>Each appointment lasts between 1 minute and 24 hours.</source>
        <translation>Jeder Termin dauert zwischen 1 Minute und 24 Stunden.</translation>
    </message>
    <message>
        <source>A cycle must last between 1 and 365 days.</source>
        <translation>Ein Zyklus dauert zwischen 1 und 365 Tagen.</translation>
    </message>
    <message>
        <source>A course has between 1 and 100 cycles.</source>
        <translation>Eine Behandlungsreihe hat zwischen 1 und 100 Zyklen.</translation>
    </message>
    <message>
        <source>Name at least one treatment day in the cycle.</source>
        <translation>Nennen Sie mindestens einen Behandlungstag im Zyklus.</translation>
    </message>
    <message>
        <source>Treatment day {day} lies outside a {days}-day cycle.</source>
        <translation>Behandlungstag {day} liegt außerhalb eines Zyklus von {days} Tagen.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>Weekdays run from 0 (Monday) to 6 (Sunday).</source>
        <translation>Wochentage gehen von 0 (Montag) bis 6 (Sonntag).</translation>
    </message>
    <message>
        <source>A weekly course lasts between 1 and 104 weeks.</source>
        <translation>Eine wöchentliche Behandlungsreihe dauert zwischen 1 und 104 Wochen.</translation>
    </message>
    <message>
        <source>This course would make {days_length} appointments; one course makes at most {most_appointments}. Check the number of cycles or weeks.</source>
        <translation>Diese Behandlungsreihe ergäbe {days_length} Termine, möglich sind höchstens {most_appointments}. Bitte prüfen Sie die Zahl der Zyklen oder Wochen.</translation>
    </message>
    <message>
        <source>Name at least one treatment day in the cycle, e.g. 1, 8.</source>
        <translation>Nennen Sie mindestens einen Behandlungstag im Zyklus, zum Beispiel 1, 8.</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a day number; write the days as numbers, e.g. 1, 8.</source>
        <translation>„{part}“ ist keine Tageszahl. Schreiben Sie die Tage als Zahlen, zum Beispiel 1, 8.</translation>
    </message>
    <message>
        <source>A cycle can be delayed by 1 to {longest_delay_days} days.</source>
        <translation>Ein Zyklus kann um 1 bis {longest_delay_days} Tage verschoben werden.</translation>
    </message>
    <message>
        <source>Only a scheduled appointment can be skipped.</source>
        <translation>Nur ein geplanter Termin kann ausgelassen werden.</translation>
    </message>
    <message>
        <source>Say why the dose was skipped.</source>
        <translation>Bitte sagen Sie, warum die Dosis ausgelassen wurde.</translation>
    </message>
    <message>
        <source>Keep the reason to {longest_reason} characters.</source>
        <translation>Der Grund darf höchstens {longest_reason} Zeichen haben.</translation>
    </message>
    <message>
        <source>A dose can be noted up to now, not ahead of time.</source>
        <translation>Eine Dosis kann nur bis jetzt eingetragen werden, nicht im Voraus.</translation>
    </message>
    <message>
        <source>Choose when to be asked again.</source>
        <translation>Wählen Sie, wann Sie wieder gefragt werden möchten.</translation>
    </message>
    <message>
        <source>Too soon: {medicine} is taken at least {hours} hours apart, and a dose was noted at {noted}. The next can be taken from {next}.</source>
        <translation>Zu früh: Zwischen zwei Einnahmen von {medicine} liegen mindestens {hours} Stunden, und um {noted} wurde eine Dosis eingetragen. Die nächste ist ab {next} möglich.</translation>
    </message>
    <message>
        <source>{medicine} is taken at most {most} times a day, and {count} doses were noted on {day}.</source>
        <translation>{medicine} wird höchstens {most}-mal am Tag genommen, und am {day} wurden schon {count} Einnahmen eingetragen.</translation>
    </message>
    <message>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
    <message>
        <source>This plan is open read-only (its file cannot be written), so nothing was changed. You can look at it, back it up and export from it.</source>
        <translation>Dieser Plan ist nur zum Lesen geöffnet (seine Datei kann nicht geändert werden). Deshalb wurde nichts geändert. Sie können ihn ansehen, sichern und daraus exportieren.</translation>
    </message>
    <message>
        <source>there is not enough free space on the disk</source>
        <translation>auf dem Datenträger ist nicht genug Platz frei</translation>
    </message>
    <message>
        <source>you may not write there</source>
        <translation>Sie dürfen dort nicht speichern</translation>
    </message>
    <message>
        <source>that disk can only be read</source>
        <translation>dieser Datenträger kann nur gelesen werden</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>das ist ein Ordner</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>the disk refused to write it</source>
        <translation>der Datenträger hat das Speichern verweigert</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>you may not read it</source>
        <translation>Sie dürfen sie nicht lesen</translation>
    </message>
    <message>
        <source>the disk refused to read it</source>
        <translation>der Datenträger hat das Lesen verweigert</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>die Datei kann nicht geändert werden</translation>
    </message>
    <message>
        <source>the file cannot be opened for writing</source>
        <translation>die Datei kann nicht zum Speichern geöffnet werden</translation>
    </message>
    <message>
        <source>the disk could not be written (it may be full, or failing)</source>
        <translation>auf den Datenträger konnte nicht geschrieben werden (vielleicht ist er voll oder defekt)</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; cannot be a tag: use up to {longest_tag} lower-case letters, digits, spaces or hyphens.</source>
        <translation>„{tag}“ kann kein Schlagwort sein. Verwenden Sie bis zu {longest_tag} Kleinbuchstaben, Ziffern, Leerzeichen oder Bindestriche.</translation>
    </message>
    <message>
        <source>A meal needs a name.</source>
        <translation>Eine Mahlzeit braucht einen Namen.</translation>
    </message>
    <message>
        <source>Keep the name to {longest} characters.</source>
        <translation>Der Name darf höchstens {longest} Zeichen haben.</translation>
    </message>
    <message>
        <source>Portions cannot be negative ({portions}).</source>
        <translation>Portionen können nicht weniger als null sein ({portions}).</translation>
    </message>
    <message>
        <source>A batch holds at most {most} portions (not {portions}).</source>
        <translation>Eine Charge hat höchstens {most} Portionen (nicht {portions}).</translation>
    </message>
    <message>
        <source>The use-by date {use_by} is before the date it was frozen ({frozen_on}).</source>
        <translation>Das Haltbarkeitsdatum {use_by} liegt vor dem Tag des Einfrierens ({frozen_on}).</translation>
    </message>
    <message>
        <source>{said}</source>
        <translation>{said}</translation>
    </message>
    <message>
        <source>Take out at least one portion.</source>
        <translation>Nehmen Sie mindestens eine Portion heraus.</translation>
    </message>
    <message>
        <source>Only 1 portion of {meal} is left; {portions} cannot be taken out.</source>
        <translation>Von {meal} ist nur noch 1 Portion da. {portions} können nicht herausgenommen werden.</translation>
    </message>
    <message>
        <source>Only {left} portions of {meal} are left; {portions} cannot be taken out.</source>
        <translation>Von {meal} sind nur noch {left} Portionen da. {portions} können nicht herausgenommen werden.</translation>
    </message>
    <message>
        <source>The {what} can have at most {longest_text} characters; nothing was saved.</source>
        <translation>„{what}“ darf höchstens {longest_text} Zeichen haben. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A weekday goes from Monday to Sunday; nothing was saved.</source>
        <translation>Ein Wochentag ist Montag bis Sonntag. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A usual time ends before it starts ({start} to {end}); nothing was saved.</source>
        <translation>Eine übliche Zeit endet, bevor sie beginnt ({start} bis {end}). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Give the helper a name; nothing was saved.</source>
        <translation>Bitte geben Sie der helfenden Person einen Namen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Give a phone number or an email address for {name}, so that someone can reach them; nothing was saved.</source>
        <translation>Geben Sie für {name} eine Telefonnummer oder E-Mail-Adresse an, damit man sie erreichen kann. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The notice period goes from 0 to {most_notice_days} business days; nothing was saved.</source>
        <translation>Die Vorlaufzeit geht von 0 bis {most_notice_days} Werktagen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Give the contact a name; nothing was saved.</source>
        <translation>Bitte geben Sie dem Kontakt einen Namen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Give a phone number or an email address for {name}, so that you can reach them; nothing was saved.</source>
        <translation>Geben Sie für {name} eine Telefonnummer oder E-Mail-Adresse an, damit Sie sie erreichen können. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not an amount; write it as a number, such as 1 or 0.5.</source>
        <translation>„{typed}“ ist keine Menge. Schreiben Sie eine Zahl, zum Beispiel 1 oder 0,5.</translation>
    </message>
    <message>
        <source>Write the amount as a number, such as 1 or 0.5.</source>
        <translation>Schreiben Sie die Menge als Zahl, zum Beispiel 1 oder 0,5.</translation>
    </message>
    <message>
        <source>Write the {what} as a number, such as 1 or 0.5.</source>
        <translation>Schreiben Sie „{what}“ als Zahl, zum Beispiel 1 oder 0,5.</translation>
    </message>
    <message>
        <source>The {what} must be more than 0, not {value}.</source>
        <translation>„{what}“ muss größer als 0 sein, nicht {value}.</translation>
    </message>
    <message>
        <source>The {what} can be at most {largest}, not {value}.</source>
        <translation>„{what}“ darf höchstens {largest} sein, nicht {value}.</translation>
    </message>
    <message>
        <source>Choose at least one time of day for the doses.</source>
        <translation>Wählen Sie mindestens eine Uhrzeit für die Einnahme.</translation>
    </message>
    <message>
        <source>Each time of day can be listed once.</source>
        <translation>Jede Uhrzeit darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>A schedule names at most {most_times_a_day} times a day.</source>
        <translation>Ein Einnahmeplan hat höchstens {most_times_a_day} Zeiten am Tag.</translation>
    </message>
    <message>
        <source>Doses every N hours must be 1 to {longest_interval_hours} hours apart, not {hours}.</source>
        <translation>Bei Einnahme alle N Stunden liegen 1 bis {longest_interval_hours} Stunden dazwischen, nicht {hours}.</translation>
    </message>
    <message>
        <source>Choose at least one day around the treatment day for a dose.</source>
        <translation>Wählen Sie mindestens einen Tag rund um den Behandlungstag für eine Einnahme.</translation>
    </message>
    <message>
        <source>Doses lie from {before} days before to {after} days after a treatment day.</source>
        <translation>Einnahmen liegen zwischen {before} Tagen vor und {after} Tagen nach einem Behandlungstag.</translation>
    </message>
    <message>
        <source>Doses as needed must be 1 to {longest_interval_hours} hours apart, not {min_hours_apart}.</source>
        <translation>Zwischen Einnahmen bei Bedarf liegen 1 bis {longest_interval_hours} Stunden, nicht {min_hours_apart}.</translation>
    </message>
    <message>
        <source>Allow 1 to {most} doses a day, not {given}.</source>
        <translation>Erlauben Sie 1 bis {most} Einnahmen am Tag, nicht {given}.</translation>
    </message>
    <message>
        <source>A taper needs at least one step (a dose for some days).</source>
        <translation>Ein Ausschleichplan braucht mindestens eine Stufe (eine Dosis für einige Tage).</translation>
    </message>
    <message>
        <source>A taper has at most {most_taper_steps} steps.</source>
        <translation>Ein Ausschleichplan hat höchstens {most_taper_steps} Stufen.</translation>
    </message>
    <message>
        <source>Step {step} of the taper must last at least one day, or the taper never ends.</source>
        <translation>Stufe {step} des Ausschleichplans muss mindestens einen Tag dauern, sonst endet er nie.</translation>
    </message>
    <message>
        <source>dose of step {step}</source>
        <translation>Dosis der Stufe {step}</translation>
    </message>
    <message>
        <source>A taper lasts at most {longest_taper_days} days, not {days}.</source>
        <translation>Ein Ausschleichplan dauert höchstens {longest_taper_days} Tage, nicht {days}.</translation>
    </message>
    <message>
        <source>Keep the {what} to {longest} characters.</source>
        <translation>„{what}“ darf höchstens {longest} Zeichen haben.</translation>
    </message>
    <message>
        <source>Give the medicine a name.</source>
        <translation>Bitte geben Sie dem Medikament einen Namen.</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>The last day ({end}) comes before the first ({start}).</source>
        <translation>Der letzte Tag ({end}) liegt vor dem ersten ({start}).</translation>
    </message>
    <message>
        <source>None of the chosen weekdays falls between the first and the last day, so there would be no dose.</source>
        <translation>Keiner der gewählten Wochentage liegt zwischen dem ersten und dem letzten Tag. Es gäbe also keine Einnahme.</translation>
    </message>
    <message>
        <source>Write the stock as a number, such as 28.</source>
        <translation>Schreiben Sie den Vorrat als Zahl, zum Beispiel 28.</translation>
    </message>
    <message>
        <source>The stock cannot be below 0 (it is {stock}).</source>
        <translation>Der Vorrat kann nicht unter 0 liegen (er ist {stock}).</translation>
    </message>
    <message>
        <source>The stock can be at most {largest_stock}.</source>
        <translation>Der Vorrat darf höchstens {largest_stock} sein.</translation>
    </message>
    <message>
        <source>The pharmacy&apos;s lead time is 0 to {most_lead_days} days, not {lead_days}.</source>
        <translation>Die Vorlaufzeit der Apotheke ist 0 bis {most_lead_days} Tage, nicht {lead_days}.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>prescriber</source>
        <translation>verschreibende Person</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Give the weight in kg or lb, not &apos;{unit}&apos;.</source>
        <translation>Geben Sie das Gewicht in kg oder lb an, nicht in „{unit}“.</translation>
    </message>
    <message>
        <source>A weight lies between {lightest} and {heaviest} {unit}, not {number}; check the reading and the scale.</source>
        <translation>Ein Gewicht liegt zwischen {lightest} und {heaviest} {unit}, nicht bei {number}. Bitte prüfen Sie den Wert und die Einheit.</translation>
    </message>
    <message>
        <source>Give {kind} in {expected}, not {unit}.</source>
        <translation>Geben Sie {kind} in {expected} an, nicht in {unit}.</translation>
    </message>
    <message>
        <source>A {kind} count lies between {low} and {high} {unit}, not {number}; check the result and its unit.</source>
        <translation>Ein Wert für {kind} liegt zwischen {low} und {high} {unit}, nicht bei {number}. Bitte prüfen Sie das Ergebnis und die Einheit.</translation>
    </message>
    <message>
        <source>Write {what} as a number, such as {example}.</source>
        <translation>Schreiben Sie {what} als Zahl, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>A reading can be noted up to now, not ahead of time.</source>
        <translation>Ein Messwert kann nur bis jetzt eingetragen werden, nicht im Voraus.</translation>
    </message>
    <message>
        <source>Choose °C or °F.</source>
        <translation>Wählen Sie °C oder °F.</translation>
    </message>
    <message>
        <source>The repeat rule has a part without a value: &apos;{piece}&apos;.</source>
        <translation>Die Wiederholungsregel hat einen Teil ohne Wert: „{piece}“.</translation>
    </message>
    <message>
        <source>The repeat rule uses {parts}, which a care plan does not need.</source>
        <translation>Die Wiederholungsregel verwendet {parts}. Das braucht ein Pflegeplan nicht.</translation>
    </message>
    <message>
        <source>The rule repeats {frequency}; only daily, weekly, monthly or yearly repeats are read.</source>
        <translation>Die Regel wiederholt sich „{frequency}“. Gelesen werden nur tägliche, wöchentliche, monatliche oder jährliche Wiederholungen.</translation>
    </message>
    <message>
        <source>The rule repeats without a frequency; only daily, weekly, monthly or yearly repeats are read.</source>
        <translation>Die Regel sagt nicht, wie oft sie sich wiederholt. Gelesen werden nur tägliche, wöchentliche, monatliche oder jährliche Wiederholungen.</translation>
    </message>
    <message>
        <source>The repeat interval {interval} is not a whole number from 1 on.</source>
        <translation>Der Abstand {interval} ist keine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>The repeat rule picks a position that may never come (BYSETPOS).</source>
        <translation>Die Wiederholungsregel wählt eine Stelle, die vielleicht nie vorkommt (BYSETPOS).</translation>
    </message>
    <message>
        <source>The repeat rule picks position {position}, which may never come.</source>
        <translation>Die Wiederholungsregel wählt Stelle {position}, die vielleicht nie vorkommt.</translation>
    </message>
    <message>
        <source>The repeat rule names a month that does not exist.</source>
        <translation>Die Wiederholungsregel nennt einen Monat, den es nicht gibt.</translation>
    </message>
    <message>
        <source>The repeat rule asks for day {day} of a month that has no such day.</source>
        <translation>Die Wiederholungsregel verlangt Tag {day} eines Monats, der diesen Tag nicht hat.</translation>
    </message>
    <message>
        <source>Write the temperature as a number, such as 37.2.</source>
        <translation>Schreiben Sie die Temperatur als Zahl, zum Beispiel 37,2.</translation>
    </message>
    <message>
        <source>A temperature lies between {lowest} and {highest} {unit}, not {number}; check the reading and the scale (°C or °F).</source>
        <translation>Eine Temperatur liegt zwischen {lowest} und {highest} {unit}, nicht bei {number}. Bitte prüfen Sie den Wert und die Einheit (°C oder °F).</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a temperature; write it as a number, such as 37.2.</source>
        <translation>„{typed}“ ist keine Temperatur. Schreiben Sie eine Zahl, zum Beispiel 37,2.</translation>
    </message>
    <message>
        <source>A rule counts 1 to {most_readings} readings, not {readings}.</source>
        <translation>Eine Regel zählt 1 bis {most_readings} Messungen, nicht {readings}.</translation>
    </message>
    <message>
        <source>Readings are 0 to 24 hours apart.</source>
        <translation>Zwischen Messungen liegen 0 bis 24 Stunden.</translation>
    </message>
    <message>
        <source>A reading counts for 1 hour to 7 days.</source>
        <translation>Eine Messung zählt 1 Stunde bis 7 Tage lang.</translation>
    </message>
    <message>
        <source>{readings} readings {apart} apart do not fit in {within}.</source>
        <translation>{readings} Messungen im Abstand von {apart} passen nicht in {within}.</translation>
    </message>
    <message>
        <source>{minutes} minutes</source>
        <translation>{minutes} Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} Stunden</translation>
    </message>
    <message>
        <source>at most {most_rules} rules, not {rules_length}</source>
        <translation>höchstens {most_rules} Regeln, nicht {rules_length}</translation>
    </message>
    <message>
        <source>The red-flag rules cannot be read: {error}</source>
        <translation>Die Warnzeichen-Regeln lassen sich nicht lesen: {error}</translation>
    </message>
    <message>
        <source>Give a severity from 1 to 10, not {at_least}.</source>
        <translation>Geben Sie eine Stärke von 1 bis 10 an, nicht {at_least}.</translation>
    </message>
    <message>
        <source>The table holds at most {most_rules} temperature rules.</source>
        <translation>Die Tabelle fasst höchstens {most_rules} Temperaturregeln.</translation>
    </message>
    <message>
        <source>Give the days as two numbers, such as 7-14, or leave it empty.</source>
        <translation>Geben Sie die Tage als zwei Zahlen an, zum Beispiel 7-14, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Give days from 1 to 60 after the treatment, the first one first.</source>
        <translation>Geben Sie Tage von 1 bis 60 nach der Behandlung an, den früheren zuerst.</translation>
    </message>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Geben Sie ein Suchwort ein (Buchstaben oder Ziffern).</translation>
    </message>
    <message>
        <source>Give the group a name; nothing was saved.</source>
        <translation>Bitte geben Sie der Gruppe einen Namen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A meeting lasts between 5 minutes and 12 hours; nothing was saved.</source>
        <translation>Ein Treffen dauert zwischen 5 Minuten und 12 Stunden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&apos;{link}&apos; is not a link; it should start with https:// (or http://).</source>
        <translation>„{link}“ ist kein Link. Er sollte mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>The meeting schedule &apos;{recurrence}&apos; cannot be read; nothing was saved.</source>
        <translation>Die Treffzeiten „{recurrence}“ lassen sich nicht lesen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The repeat rule &apos;{recurrence}&apos; cannot be read.</source>
        <translation>Die Wiederholungsregel „{recurrence}“ lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>Give the task a title; nothing was saved.</source>
        <translation>Bitte geben Sie der Aufgabe einen Titel. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A title has at most {longest_text} characters; nothing was saved.</source>
        <translation>Ein Titel hat höchstens {longest_text} Zeichen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{title} ends ({end}) before it starts ({start}); nothing was saved.</source>
        <translation>{title} endet ({end}), bevor es beginnt ({start}). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A task lasts at most {days} days; nothing was saved.</source>
        <translation>Eine Aufgabe dauert höchstens {days} Tage. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The repeat rule is too long; nothing was saved.</source>
        <translation>Die Wiederholungsregel ist zu lang. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Roles need a shared plan on PostgreSQL: give its address with --database-url (see &apos;A care team on one server&apos; in the README); nothing was changed.</source>
        <translation>Rollen gibt es nur in einem gemeinsamen Plan auf PostgreSQL. Geben Sie seine Adresse mit --database-url an (siehe „A care team on one server“ in der README). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>You may change only the rides and tasks given to you, claim an open one, and change your own usual times; the plan&apos;s organisers change the rest. Nothing was saved.</source>
        <translation>Sie dürfen nur Ihre eigenen Fahrten und Aufgaben ändern, offene übernehmen und Ihre üblichen Zeiten ändern. Alles andere ändern die Verantwortlichen des Plans. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your login may not change this part of the plan; ask the plan&apos;s organiser. Nothing was saved.</source>
        <translation>Mit Ihrer Anmeldung dürfen Sie diesen Teil des Plans nicht ändern. Fragen Sie die verantwortliche Person. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role; a team member is an organiser or a helper. Nothing was changed.</source>
        <translation>„{text}“ ist keine Rolle. Eine Person im Team ist verantwortlich (organiser) oder hilft (helper). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&apos;{login}&apos; cannot be a login: use up to {longest_login} lowercase letters, digits and _, starting with a letter (not pg_ or care_), e.g. --login ann_smith. Nothing was changed.</source>
        <translation>„{login}“ kann kein Anmeldename sein. Verwenden Sie bis zu {longest_login} Kleinbuchstaben, Ziffern und _, am Anfang ein Buchstabe (nicht pg_ oder care_), zum Beispiel --login anna_schmidt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Give the team member&apos;s name; nothing was changed.</source>
        <translation>Bitte geben Sie den Namen der Person im Team an. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That name is longer than 200 characters; nothing was changed.</source>
        <translation>Dieser Name hat mehr als 200 Zeichen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file is {size} MB; a calendar file of up to {most} MB can be imported. Nothing was imported.</source>
        <translation>Die Datei ist {size} MB groß. Eine Kalenderdatei darf höchstens {most} MB groß sein. Es wurde nichts eingelesen.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {start} cannot be read); save the calendar again as UTF-8. Nothing was imported.</source>
        <translation>Die Datei ist kein UTF-8-Text (Byte {start} lässt sich nicht lesen). Speichern Sie den Kalender noch einmal als UTF-8. Es wurde nichts eingelesen.</translation>
    </message>
    <message>
        <source>The file&apos;s text cannot be read. Nothing was imported.</source>
        <translation>Der Text der Datei lässt sich nicht lesen. Es wurde nichts eingelesen.</translation>
    </message>
    <message>
        <source>The file holds no calendar (no BEGIN:VCALENDAR). Nothing was imported.</source>
        <translation>Die Datei enthält keinen Kalender (kein BEGIN:VCALENDAR). Es wurde nichts eingelesen.</translation>
    </message>
    <message>
        <source>The file is not a readable calendar: {error}. Nothing was imported.</source>
        <translation>Die Datei ist kein lesbarer Kalender: {error}. Es wurde nichts eingelesen.</translation>
    </message>
    <message>
        <source>The import ran out of time before it.</source>
        <translation>Für diesen Eintrag reichte die Zeit beim Einlesen nicht mehr.</translation>
    </message>
    <message>
        <source>A file can bring at most {most} appointments.</source>
        <translation>Eine Datei kann höchstens {most} Termine bringen.</translation>
    </message>
    <message>
        <source>It cannot be read ({reason}).</source>
        <translation>Es lässt sich nicht lesen ({reason}).</translation>
    </message>
    <message>
        <source>Its repeats start before {earliest_repeat_year}.</source>
        <translation>Seine Wiederholungen beginnen vor {earliest_repeat_year}.</translation>
    </message>
    <message>
        <source>It repeats more than {most_occurrences} times in the months read; is it an appointment?</source>
        <translation>Es wiederholt sich in den gelesenen Monaten mehr als {most_occurrences}-mal. Ist das wirklich ein Termin?</translation>
    </message>
    <message>
        <source>Its time zone &apos;{zone}&apos; is unknown.</source>
        <translation>Seine Zeitzone „{zone}“ ist unbekannt.</translation>
    </message>
    <message>
        <source>Its start is not a date.</source>
        <translation>Sein Beginn ist kein Datum.</translation>
    </message>
    <message>
        <source>Its {part} cannot be read: {problem}</source>
        <translation>Sein Feld {part} lässt sich nicht lesen: {problem}</translation>
    </message>
    <message>
        <source>A line cannot be read: {problem}</source>
        <translation>Eine Zeile lässt sich nicht lesen: {problem}</translation>
    </message>
    <message>
        <source>It has no start (DTSTART).</source>
        <translation>Es hat keinen Beginn (DTSTART).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day; write it as HH:MM, e.g. 08:00</source>
        <translation>„{text}“ ist keine Uhrzeit. Schreiben Sie HH:MM, zum Beispiel 08:00</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not a weekday (Mon to Sun)</source>
        <translation>„{word}“ ist kein Wochentag (Mon bis Sun)</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>nicht verstanden</translation>
    </message>
    <message>
        <source>schedule &apos;{schedule}&apos;: {reason} (forms: {forms})</source>
        <translation>schedule „{schedule}“: {reason} (mögliche Formen: {forms})</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is no day and time such as 1@08:00</source>
        <translation>„{word}“ ist kein Tag mit Uhrzeit wie 1@08:00</translation>
    </message>
    <message>
        <source>a taper ends with the times of day, e.g. &apos;; at 08:00&apos;</source>
        <translation>ein Ausschleichplan endet mit den Uhrzeiten, zum Beispiel „; at 08:00“</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is no step such as &apos;3 days 2&apos;</source>
        <translation>„{part}“ ist keine Stufe wie „3 days 2“</translation>
    </message>
    <message>
        <source>medicine list</source>
        <translation>Medikamentenliste</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as CSV UTF-8.</source>
        <translation>{path} ist kein UTF-8-Text. Speichern Sie die Datei als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>{column} &apos;{text}&apos; is not a whole number</source>
        <translation>{column} „{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name fehlt</translation>
    </message>
    <message>
        <source>start is empty</source>
        <translation>start fehlt</translation>
    </message>
    <message>
        <source>must_not_miss &apos;{typed}&apos; is not yes or no</source>
        <translation>must_not_miss „{typed}“ ist weder yes noch no</translation>
    </message>
    <message>
        <source>Card {number} ({name}) {reason}</source>
        <translation>Karte {number} ({name}): {reason}</translation>
    </message>
    <message>
        <source>Card {number} {reason}</source>
        <translation>Karte {number}: {reason}</translation>
    </message>
    <message>
        <source>Card {number} ({name}) {reason}.</source>
        <translation>Karte {number} ({name}) {reason}.</translation>
    </message>
    <message>
        <source>Card {number} {reason}.</source>
        <translation>Karte {number} {reason}.</translation>
    </message>
    <message>
        <source>uses the character set &apos;{charset}&apos;, which is unknown</source>
        <translation>verwendet den unbekannten Zeichensatz „{charset}“</translation>
    </message>
    <message>
        <source>is not UTF-8 text and names no character set; save the file as UTF-8</source>
        <translation>ist kein UTF-8-Text und nennt keinen Zeichensatz. Speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>{name} uses the encoding &apos;{encoding}&apos;, which is unknown</source>
        <translation>{name} verwendet die unbekannte Kodierung „{encoding}“</translation>
    </message>
    <message>
        <source>has a broken photo (its picture data cannot be read)</source>
        <translation>hat ein beschädigtes Foto (die Bilddaten lassen sich nicht lesen)</translation>
    </message>
    <message>
        <source>has a broken photo (it is empty)</source>
        <translation>hat ein beschädigtes Foto (es ist leer)</translation>
    </message>
    <message>
        <source>has no name (neither FN nor N)</source>
        <translation>hat keinen Namen (weder FN noch N)</translation>
    </message>
    <message>
        <source>TEL: {error}</source>
        <translation>TEL: {error}</translation>
    </message>
    <message>
        <source>EMAIL: {error}</source>
        <translation>EMAIL: {error}</translation>
    </message>
    <message>
        <source>has no phone number or email address (TEL or EMAIL)</source>
        <translation>hat keine Telefonnummer und keine E-Mail-Adresse (TEL oder EMAIL)</translation>
    </message>
    <message>
        <source>{capabilities}: &apos;{word}&apos; is not something a helper does</source>
        <translation>{capabilities}: „{word}“ ist keine Hilfe, die jemand übernehmen kann</translation>
    </message>
    <message>
        <source>{notice}: &apos;{text}&apos; is not a number of business days from 0 to 60</source>
        <translation>{notice}: „{text}“ ist keine Zahl von Werktagen zwischen 0 und 60</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>lässt sich nicht lesen ({reason})</translation>
    </message>
    <message>
        <source>uses an unknown character set or encoding</source>
        <translation>verwendet einen unbekannten Zeichensatz oder eine unbekannte Kodierung</translation>
    </message>
    <message>
        <source>has text in an unknown encoding</source>
        <translation>hat Text in einer unbekannten Kodierung</translation>
    </message>
    <message>
        <source>The file holds no vCard (no BEGIN:VCARD line).</source>
        <translation>Die Datei enthält keine vCard (keine Zeile BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The file holds more than {most_cards} cards; split it first.</source>
        <translation>Die Datei enthält mehr als {most_cards} Karten. Teilen Sie sie zuerst auf.</translation>
    </message>
    <message>
        <source>the card is {size} MB (a large photo?); at most 0.5 MB</source>
        <translation>die Karte ist {size} MB groß (ein großes Foto?). Erlaubt sind höchstens 0,5 MB</translation>
    </message>
    <message>
        <source>vCard version {version} is not written (only 3.0 or 4.0).</source>
        <translation>vCard-Version {version} wird nicht geschrieben (nur 3.0 oder 4.0).</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the plan itself; choose another file.</source>
        <translation>Eine Sicherung kann nicht den Plan selbst überschreiben. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{target} is a folder; name a file for the backup.</source>
        <translation>{target} ist ein Ordner. Nennen Sie eine Datei für die Sicherung.</translation>
    </message>
    <message>
        <source>Cannot write the backup to {target}: {why}; the plan and earlier backups are as they were.</source>
        <translation>Die Sicherung kann nicht nach {target} geschrieben werden: {why}. Der Plan und frühere Sicherungen sind unverändert.</translation>
    </message>
    <message>
        <source>{source} is not a file.</source>
        <translation>{source} ist keine Datei.</translation>
    </message>
    <message>
        <source>That file is the plan itself; choose a backup file.</source>
        <translation>Diese Datei ist der Plan selbst. Wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>{source} is empty; it holds no plan to restore.</source>
        <translation>{source} ist leer. Sie enthält keinen Plan zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Backups here are for a local plan file; back up a shared PostgreSQL plan with the server&apos;s own tools (pg_dump).</source>
        <translation>Diese Sicherung ist für eine Plandatei auf diesem Computer. Einen gemeinsamen PostgreSQL-Plan sichern Sie mit den Werkzeugen des Servers (pg_dump).</translation>
    </message>
    <message>
        <source>No helper is called &apos;{name}&apos;; the plan&apos;s helpers: {known}.</source>
        <translation>Niemand Helfendes heißt „{name}“. Die Helfenden im Plan: {known}.</translation>
    </message>
    <message>
        <source>{path} could not be written: {why}; anything already there is as it was.</source>
        <translation>{path} konnte nicht gespeichert werden: {why}. Was dort schon war, ist unverändert.</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>This Care Planner was installed without the PostgreSQL driver (psycopg); install it (the postgres extra) to open a shared plan.</source>
        <translation>Dieser Care Planner wurde ohne den PostgreSQL-Treiber (psycopg) installiert. Installieren Sie ihn (das Extra „postgres“), um einen gemeinsamen Plan zu öffnen.</translation>
    </message>
    <message>
        <source>No server named {host} was found: check the server&apos;s name, and that this computer is on the network.</source>
        <translation>Es wurde kein Server namens {host} gefunden. Prüfen Sie den Namen des Servers und ob dieser Computer im Netzwerk ist.</translation>
    </message>
    <message>
        <source>The server {host} does not answer on port {port}: check the server&apos;s name and port, and that this computer is on its network.</source>
        <translation>Der Server {host} antwortet nicht auf Port {port}. Prüfen Sie Namen und Port des Servers und ob dieser Computer in seinem Netzwerk ist.</translation>
    </message>
    <message>
        <source>The server asks a password for {login}; please type it.</source>
        <translation>Der Server verlangt ein Passwort für {login}. Bitte geben Sie es ein.</translation>
    </message>
    <message>
        <source>The server did not accept this password for {login}: check the login and the password.</source>
        <translation>Der Server hat dieses Passwort für {login} nicht angenommen. Prüfen Sie Anmeldenamen und Passwort.</translation>
    </message>
    <message>
        <source>The server does not let {login} in from this computer: check the login, or ask whoever looks after the server.</source>
        <translation>Der Server lässt {login} von diesem Computer aus nicht herein. Prüfen Sie den Anmeldenamen oder fragen Sie, wer den Server betreut.</translation>
    </message>
    <message>
        <source>There is no database {database} on {host}: check the database&apos;s name.</source>
        <translation>Auf {host} gibt es keine Datenbank {database}. Prüfen Sie den Namen der Datenbank.</translation>
    </message>
    <message>
        <source>{login} may not open the database {database}; ask whoever looks after the server.</source>
        <translation>{login} darf die Datenbank {database} nicht öffnen. Fragen Sie, wer den Server betreut.</translation>
    </message>
    <message>
        <source>{login} may not read the plan in {database}; ask whoever looks after the server.</source>
        <translation>{login} darf den Plan in {database} nicht lesen. Fragen Sie, wer den Server betreut.</translation>
    </message>
    <message>
        <source>The database {database} holds no Care Planner plan yet; whoever looks after the server sets it up first.</source>
        <translation>Die Datenbank {database} enthält noch keinen Care-Planner-Plan. Wer den Server betreut, richtet ihn zuerst ein.</translation>
    </message>
    <message>
        <source>The database {database} holds something other than a Care Planner plan.</source>
        <translation>Die Datenbank {database} enthält etwas anderes als einen Care-Planner-Plan.</translation>
    </message>
    <message>
        <source>The plan in {database} was saved by a newer Care Planner; please update Care Planner to open it.</source>
        <translation>Der Plan in {database} wurde von einem neueren Care Planner gespeichert. Bitte aktualisieren Sie Care Planner, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The server {host} did not open the plan {database}; whoever looks after the server can see why in its log.</source>
        <translation>Der Server {host} hat den Plan {database} nicht geöffnet. Wer den Server betreut, sieht den Grund in seinem Protokoll.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>cannot be saved: {reason}</source>
        <translation>kann nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>No helper is called &apos;{helper}&apos;.</source>
        <translation>Niemand Helfendes heißt „{helper}“.</translation>
    </message>
    <message>
        <source>Someone else changed this appointment just now; please look again and retry.</source>
        <translation>Jemand anderes hat diesen Termin gerade geändert. Bitte sehen Sie noch einmal nach und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only an appointment of a course belongs to a cycle that can move.</source>
        <translation>Nur ein Termin einer Behandlungsreihe gehört zu einem Zyklus, der sich verschieben lässt.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {shortest} characters.</source>
        <translation>Eine Passphrase braucht mindestens {shortest} Zeichen.</translation>
    </message>
    <message>
        <source>A passphrase cannot hold a null character.</source>
        <translation>Eine Passphrase darf kein Nullzeichen enthalten.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Die beiden Passphrasen sind verschieden. Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Only a plan file on this computer can be encrypted here; a shared PostgreSQL plan is protected by its server (and its disk&apos;s encryption).</source>
        <translation>Hier lässt sich nur eine Plandatei auf diesem Computer verschlüsseln. Einen gemeinsamen PostgreSQL-Plan schützt sein Server (und die Verschlüsselung seines Datenträgers).</translation>
    </message>
    <message>
        <source>The plan holds too many tags of its own already.</source>
        <translation>Der Plan hat schon zu viele eigene Schlagwörter.</translation>
    </message>
    <message>
        <source>The portions could not be taken out; look again.</source>
        <translation>Die Portionen konnten nicht herausgenommen werden. Bitte sehen Sie noch einmal nach.</translation>
    </message>
    <message>
        <source>unknown tags {tags} (add it to a batch in the window first, or fix the spelling)</source>
        <translation>unbekannte Schlagwörter {tags} (legen Sie sie zuerst im Fenster bei einer Charge an oder korrigieren Sie die Schreibweise)</translation>
    </message>
    <message>
        <source>unknown tag {tags} (add it to a batch in the window first, or fix the spelling)</source>
        <translation>unbekanntes Schlagwort {tags} (legen Sie es zuerst im Fenster bei einer Charge an oder korrigieren Sie die Schreibweise)</translation>
    </message>
    <message>
        <source>{medicine} is already in the plan</source>
        <translation>{medicine} ist schon im Plan</translation>
    </message>
    <message>
        <source>course names the course of doses around treatment days only</source>
        <translation>„course“ nennt nur die Behandlungsreihe für Einnahmen rund um Behandlungstage</translation>
    </message>
    <message>
        <source>the plan has no course named {course}</source>
        <translation>der Plan hat keine Behandlungsreihe namens {course}</translation>
    </message>
    <message>
        <source>Give the place a name (as appointments name their location).</source>
        <translation>Bitte geben Sie dem Ort einen Namen (so, wie Termine ihren Ort nennen).</translation>
    </message>
    <message>
        <source>A place&apos;s name has at most {longest_name} characters and its phone number at most {longest_phone}; nothing was saved.</source>
        <translation>Der Name eines Ortes hat höchstens {longest_name} Zeichen, seine Telefonnummer höchstens {longest_phone}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The plan already has a place called {same_name}.</source>
        <translation>Der Plan hat schon einen Ort namens {same_name}.</translation>
    </message>
    <message>
        <source>Someone else changed this record just now; please look again and retry.</source>
        <translation>Jemand anderes hat das gerade geändert. Bitte sehen Sie noch einmal nach und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The plan could not be read: {why}. Nothing was changed.</source>
        <translation>Der Plan ließ sich nicht lesen: {why}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The plan could not be read just now. Nothing was changed; please try again.</source>
        <translation>Der Plan ließ sich gerade nicht lesen. Es wurde nichts geändert; bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The plan could not be saved: {why}. Nothing of this action was saved.</source>
        <translation>Der Plan konnte nicht gespeichert werden: {why}. Von diesem Schritt wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The plan could not be saved (the database refused the change), so nothing of this action was saved.</source>
        <translation>Der Plan konnte nicht gespeichert werden (die Datenbank hat die Änderung abgelehnt). Von diesem Schritt wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The shared plan&apos;s server cannot be reached just now, so this was not saved yet. What you typed is kept; it is saved as soon as the server answers again.</source>
        <translation>Der Server des gemeinsamen Plans ist gerade nicht erreichbar. Deshalb ist das noch nicht gespeichert. Was Sie eingegeben haben, bleibt erhalten und wird gespeichert, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>The {missing} is no longer in the plan.</source>
        <translation>„{missing}“ ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>Write the question first; an empty question was not saved.</source>
        <translation>Schreiben Sie zuerst die Frage. Eine leere Frage wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>A question can have at most {longest_question} characters; this one has {text_length}. Nothing was saved.</source>
        <translation>Eine Frage darf höchstens {longest_question} Zeichen haben, diese hat {text_length}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>An answer can have at most {longest_answer} characters.</source>
        <translation>Eine Antwort darf höchstens {longest_answer} Zeichen haben.</translation>
    </message>
    <message>
        <source>Give the day the answer was given.</source>
        <translation>Geben Sie den Tag an, an dem die Antwort kam.</translation>
    </message>
    <message>
        <source>Write the answer first; an empty answer was not saved.</source>
        <translation>Schreiben Sie zuerst die Antwort. Eine leere Antwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>angefragt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>The backup driver must be someone else; nothing was saved.</source>
        <translation>Die Ersatzperson am Steuer muss jemand anderes sein. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This ride has no driver yet: choose one before marking it {word}. Nothing was saved.</source>
        <translation>Diese Fahrt hat noch niemanden am Steuer. Wählen Sie jemanden, bevor Sie sie als „{word}“ markieren. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Someone else drives this ride already; nothing was changed.</source>
        <translation>Diese Fahrt übernimmt schon jemand anderes. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This ride has no backup driver to swap to; nothing was changed.</source>
        <translation>Für diese Fahrt gibt es keine Ersatzperson zum Tauschen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The plan has no ride leg {leg_id} (it may have been removed).</source>
        <translation>Der Plan hat keine Teilfahrt {leg_id} (vielleicht wurde sie entfernt).</translation>
    </message>
    <message>
        <source>Someone else does this task already; nothing was changed.</source>
        <translation>Diese Aufgabe übernimmt schon jemand anderes. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This task is done already; nothing was changed.</source>
        <translation>Diese Aufgabe ist schon erledigt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Only the owner of the shared plan&apos;s database, with the right to create logins (createuser --createrole), can change the team; nothing was changed.</source>
        <translation>Nur wem die Datenbank des gemeinsamen Plans gehört und wer Anmeldungen anlegen darf (createuser --createrole), kann das Team ändern. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&apos;{who}&apos; is on the team already; nothing was changed.</source>
        <translation>„{who}“ ist schon im Team. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is a login named &apos;{login}&apos; on this server already; choose another with --login. Nothing was changed.</source>
        <translation>Auf diesem Server gibt es schon eine Anmeldung „{login}“. Wählen Sie mit --login eine andere. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not make a login by itself; give one with --login, e.g. --login ann. Nothing was changed.</source>
        <translation>Aus „{name}“ ergibt sich kein Anmeldename. Geben Sie einen mit --login an, zum Beispiel --login anna. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The plan has no helper {wanted}; nothing was changed.</source>
        <translation>Im Plan gibt es niemanden Helfendes {wanted}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{found_length} helpers are named {tidy}; give the one meant by its id with --helper. Nothing was changed.</source>
        <translation>{found_length} Helfende heißen {tidy}. Geben Sie die gemeinte Person mit ihrer Nummer bei --helper an. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The plan has no helper named {tidy} yet: give their --phone or --email to add them, or name an existing helper with --helper. Nothing was changed.</source>
        <translation>Im Plan gibt es noch niemanden Helfendes namens {tidy}. Geben Sie --phone oder --email an, um die Person hinzuzufügen, oder nennen Sie mit --helper jemanden, der schon im Plan ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nobody called &apos;{who}&apos; is on the team (&apos;care-planner team list&apos; shows who is); nothing was changed.</source>
        <translation>Niemand namens „{who}“ ist im Team („care-planner team list“ zeigt, wer dazugehört). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Give a name of 1 to {longest_name} characters.</source>
        <translation>Geben Sie einen Namen mit 1 bis {longest_name} Zeichen ein.</translation>
    </message>
    <message>
        <source>Keep the name to {longest_name} characters.</source>
        <translation>Der Name darf höchstens {longest_name} Zeichen haben.</translation>
    </message>
    <message>
        <source>A name cannot hold control characters (such as a line break).</source>
        <translation>Ein Name darf keine Steuerzeichen enthalten (zum Beispiel keinen Zeilenumbruch).</translation>
    </message>
    <message>
        <source>A symptom name has at most {longest_symptom} characters.</source>
        <translation>Der Name einer Beschwerde hat höchstens {longest_symptom} Zeichen.</translation>
    </message>
    <message>
        <source>The list holds at most {most_symptoms} symptoms.</source>
        <translation>Die Liste fasst höchstens {most_symptoms} Beschwerden.</translation>
    </message>
    <message>
        <source>An entry can be dated today at the latest, not in the days ahead.</source>
        <translation>Ein Eintrag kann höchstens auf heute datiert werden, nicht auf kommende Tage.</translation>
    </message>
    <message>
        <source>A note has at most {longest_note} characters.</source>
        <translation>Eine Notiz hat höchstens {longest_note} Zeichen.</translation>
    </message>
    <message>
        <source>Name the symptom (for example Nausea).</source>
        <translation>Nennen Sie die Beschwerde (zum Beispiel Übelkeit).</translation>
    </message>
    <message>
        <source>Severity runs from 0 (none) to 10 (worst), not {severity}.</source>
        <translation>Die Stärke geht von 0 (keine) bis 10 (am schlimmsten), nicht {severity}.</translation>
    </message>
    <message>
        <source>Rest runs from 0 to 24 hours, not {hours}.</source>
        <translation>Ruhe geht von 0 bis 24 Stunden, nicht {hours}.</translation>
    </message>
    <message>
        <source>Mood runs from 0 (very low) to 10 (very good), not {mood}.</source>
        <translation>Die Stimmung geht von 0 (sehr schlecht) bis 10 (sehr gut), nicht {mood}.</translation>
    </message>
    <message>
        <source>Give the date as YYYY-MM-DD, such as 1961-04-30, not &apos;{text}&apos;.</source>
        <translation>Geben Sie das Datum als JJJJ-MM-TT an, zum Beispiel 1961-04-30, nicht „{text}“.</translation>
    </message>
    <message>
        <source>Give a date from 1900 on.</source>
        <translation>Geben Sie ein Datum ab 1900 an.</translation>
    </message>
    <message>
        <source>A date of birth cannot be after today.</source>
        <translation>Ein Geburtsdatum kann nicht nach heute liegen.</translation>
    </message>
    <message>
        <source>The patient&apos;s name</source>
        <translation>Der Name der erkrankten Person</translation>
    </message>
    <message>
        <source>The patient&apos;s phone</source>
        <translation>Das Telefon der erkrankten Person</translation>
    </message>
    <message>
        <source>The home address</source>
        <translation>Die Wohnadresse</translation>
    </message>
    <message>
        <source>The out-of-hours number</source>
        <translation>Die Notfallnummer außerhalb der Sprechzeiten</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>Das Geburtsdatum</translation>
    </message>
    <message>
        <source>The treatment</source>
        <translation>Die Behandlung</translation>
    </message>
    <message>
        <source>The allergies</source>
        <translation>Die Allergien</translation>
    </message>
    <message>
        <source>The oncologist</source>
        <translation>Die Onkologin oder der Onkologe</translation>
    </message>
    <message>
        <source>The oncologist&apos;s phone</source>
        <translation>Das Telefon der Onkologie</translation>
    </message>
    <message>
        <source>The next of kin</source>
        <translation>Die nächste angehörige Person</translation>
    </message>
    <message>
        <source>The next of kin&apos;s phone</source>
        <translation>Das Telefon der nächsten angehörigen Person</translation>
    </message>
    <message>
        <source>The date of birth: {error} Nothing was saved.</source>
        <translation>Geburtsdatum: {error} Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{what}: {error} Nothing was saved.</source>
        <translation>{what}: {error} Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}; anything already there is as it was.</source>
        <translation>{path} lässt sich nicht speichern: {why}. Was dort schon war, ist unverändert.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>senkrechten Strichen</translation>
    </message>
    <message>
        <source>{name} is separated by {called}, not commas; save it as comma-separated CSV and import it again.</source>
        <translation>{name} ist mit {called} getrennt, nicht mit Kommas. Speichern Sie die Datei als CSV mit Kommas und lesen Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <source>{name} is empty; its first line must name the columns.</source>
        <translation>{name} ist leer. Die erste Zeile muss die Spalten nennen.</translation>
    </message>
    <message>
        <source>{name}, line 1: {error}.</source>
        <translation>{name}, Zeile 1: {error}.</translation>
    </message>
    <message>
        <source>{name} lacks the columns {missing}; its first line must name at least {required}.</source>
        <translation>In {name} fehlen die Spalten {missing}. Die erste Zeile muss mindestens {required} nennen.</translation>
    </message>
    <message>
        <source>{name} lacks the column {missing}; its first line must name at least {required}.</source>
        <translation>In {name} fehlt die Spalte {missing}. Die erste Zeile muss mindestens {required} nennen.</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({error})</source>
        <translation>lässt sich nicht als CSV lesen ({error})</translation>
    </message>
    <message>
        <source>{name} has more than {most_rows} rows; split it up.</source>
        <translation>{name} hat mehr als {most_rows} Zeilen. Bitte teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>has {cells} cells but the header names {header}</source>
        <translation>hat {cells} Zellen, die Kopfzeile nennt aber {header}</translation>
    </message>
    <message>
        <source>{column} &apos;{text}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14</source>
        <translation>{column} „{text}“ ist kein Datum. Schreiben Sie JJJJ-MM-TT, zum Beispiel 2026-03-14</translation>
    </message>
    <message>
        <source>category &apos;{text}&apos; is not one of {known}</source>
        <translation>category „{text}“ ist keine von {known}</translation>
    </message>
    <message>
        <source>portions &apos;{text}&apos; is not a whole number</source>
        <translation>portions „{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>portions cannot be negative ({portions})</source>
        <translation>portions kann nicht weniger als null sein ({portions})</translation>
    </message>
    <message>
        <source>frozen_on is empty</source>
        <translation>frozen_on fehlt</translation>
    </message>
    <message>
        <source>use_by {use_by} is before frozen_on {frozen_on}</source>
        <translation>use_by {use_by} liegt vor frozen_on {frozen_on}</translation>
    </message>
    <message>
        <source>export pdf writes one page: a week&apos;s fridge sheet (--week), a helper&apos;s packet (--helper), a ride card (--ride) or the emergency sheet (--emergency), not two of them.</source>
        <translation>export pdf schreibt eine Seite: den Kühlschrank-Zettel einer Woche (--week), die Unterlagen für eine Helferin oder einen Helfer (--helper), einen Fahrtzettel (--ride) oder das Notfallblatt (--emergency), nicht zwei davon.</translation>
    </message>
    <message>
        <source>The page could not be written: {why}.</source>
        <translation>Die Seite konnte nicht geschrieben werden: {why}.</translation>
    </message>
    <message>
        <source>--since &apos;{text}&apos; is not a date; write it as 2026-03-14</source>
        <translation>--since „{text}“ ist kein Datum. Schreiben Sie es so: 2026-03-14</translation>
    </message>
    <message>
        <source>--since takes a change&apos;s number (its seq, e.g. 120) or a date (YYYY-MM-DD, e.g. 2026-03-14), not &apos;{text}&apos;</source>
        <translation>--since nimmt die Nummer einer Änderung (seq, zum Beispiel 120) oder ein Datum (JJJJ-MM-TT, zum Beispiel 2026-03-14), nicht „{text}“</translation>
    </message>
    <message>
        <source>{pin_variable}=&apos;{text}&apos; is not a date and time; write it as 2026-12-05T21:30.</source>
        <translation>{pin_variable}=&apos;{text}&apos; ist kein Datum mit Uhrzeit. Schreiben Sie es so: 2026-12-05T21:30.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a phone number: use digits, spaces and a leading + only.</source>
        <translation>„{typed}“ ist keine Telefonnummer. Verwenden Sie nur Ziffern, Leerzeichen und am Anfang ein +.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not a phone number: it has {digits} digits, and a phone number has {fewest_digits} to {most_digits}.</source>
        <translation>„{typed}“ ist keine Telefonnummer: Sie hat {digits} Ziffern, eine Telefonnummer hat {fewest_digits} bis {most_digits}.</translation>
    </message>
    <message>
        <source>&apos;{typed}&apos; is not an email address; it should look like name@example.org.</source>
        <translation>„{typed}“ ist keine E-Mail-Adresse. Sie sollte so aussehen: name@example.org.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a dose; name it as &apos;care-planner doses&apos; lists it, e.g. 12@2026-03-11T08:00.</source>
        <translation>„{text}“ ist keine Dosis. Nennen Sie sie so, wie „care-planner doses“ sie auflistet, zum Beispiel 12@2026-03-11T08:00.</translation>
    </message>
    <message>
        <source>A travel time goes from 0 minutes to one day (1440 minutes), not {minutes} minutes. Nothing was saved.</source>
        <translation>Eine Fahrzeit geht von 0 Minuten bis zu einem Tag (1440 Minuten), nicht {minutes} Minuten. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The pickup at {pickup} is after the appointment starts ({start}); pick up earlier. Nothing was saved.</source>
        <translation>Die Abholung um {pickup} ist erst nach Beginn des Termins ({start}). Bitte früher abholen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The ride home at {pickup} would leave before the appointment starts ({start}). Nothing was saved.</source>
        <translation>Die Heimfahrt um {pickup} würde vor Beginn des Termins ({start}) losfahren. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{helper} does not drive; choose a helper who can. Nothing was saved.</source>
        <translation>{helper} fährt nicht. Wählen Sie jemanden, der fahren kann. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{group}: the meeting schedule is unreadable.</source>
        <translation>{group}: Die Treffzeiten lassen sich nicht lesen.</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Geben Sie eine ganze Zahl von {low} bis {high} an.</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}, not {number}.</source>
        <translation>Geben Sie eine ganze Zahl von {low} bis {high} an, nicht {number}.</translation>
    </message>
    <message>
        <source>Give a time of day such as 18:00, not &apos;{text}&apos;.</source>
        <translation>Geben Sie eine Uhrzeit wie 18:00 an, nicht „{text}“.</translation>
    </message>
    <message>
        <source>Keep it to {longest} characters.</source>
        <translation>Höchstens {longest} Zeichen, bitte.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone; give one such as Europe/London, or leave it empty for this computer&apos;s.</source>
        <translation>„{name}“ ist keine Zeitzone. Geben Sie eine an, zum Beispiel Europe/Berlin, oder lassen Sie das Feld leer für die Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a {kind} file of up to {most} MB can be imported. Nothing was imported.</source>
        <translation>{name} ist {size} MB groß. Eine Datei der Art „{kind}“ darf höchstens {most} MB groß sein. Es wurde nichts eingelesen.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}.</source>
        <translation>{path} lässt sich nicht lesen: {why}.</translation>
    </message>
    <message>
        <source>The plan at {location} already has data; the demo fills only an empty plan.</source>
        <translation>Der Plan unter {location} enthält schon Daten. Die Demo füllt nur einen leeren Plan.</translation>
    </message>
    <message>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The plan has no course {course} for the doses to follow.</source>
        <translation>Der Plan hat keine Behandlungsreihe {course}, nach der sich die Einnahmen richten könnten.</translation>
    </message>
    <message>
        <source>{medicine} has no dose on {due}.</source>
        <translation>{medicine} hat am {due} keine Einnahme.</translation>
    </message>
    <message>
        <source>{medicine} is taken as needed, not on a schedule: note each dose as it is taken.</source>
        <translation>{medicine} wird bei Bedarf genommen, nicht nach Plan. Tragen Sie jede Einnahme ein, wenn sie erfolgt.</translation>
    </message>
    <message>
        <source>{medicine} is taken on its schedule: note its dose as taken instead.</source>
        <translation>{medicine} wird nach Plan genommen. Tragen Sie stattdessen die geplante Dosis als genommen ein.</translation>
    </message>
    <message>
        <source>{medicine} is not taken on {day}.</source>
        <translation>{medicine} wird am {day} nicht genommen.</translation>
    </message>
    <message>
        <source>{why_not} Nothing was noted.</source>
        <translation>{why_not} Es wurde nichts eingetragen.</translation>
    </message>
    <message>
        <source>{medicine} is taken as needed: add a help task for it on the Helpers page instead.</source>
        <translation>{medicine} wird bei Bedarf genommen. Legen Sie dafür stattdessen auf der Seite „Helfende“ eine Hilfsaufgabe an.</translation>
    </message>
    <message>
        <source>Choose a blood count: {counts}; not {kind}.</source>
        <translation>Wählen Sie einen Blutwert: {counts}, nicht {kind}.</translation>
    </message>
    <message>
        <source>--weeks must be between 1 and {max_check_weeks}, not {weeks}.</source>
        <translation>--weeks muss zwischen 1 und {max_check_weeks} liegen, nicht bei {weeks}.</translation>
    </message>
    <message>
        <source>{path} fails its checks (it is damaged, or its records do not fit together); it was not used. Choose another backup.</source>
        <translation>{path} hat die Prüfung nicht bestanden (die Datei ist beschädigt, oder ihre Einträge passen nicht zusammen). Sie wurde nicht verwendet. Bitte wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The backup could not be written to {target}: {disk}; the plan and earlier backups are as they were.</source>
        <translation>Die Sicherung konnte nicht in {target} geschrieben werden: {disk}. Der Plan und frühere Sicherungen sind unverändert.</translation>
    </message>
    <message>
        <source>The plan fails its checks (it is damaged, or its records do not fit together), so no backup was written; keep the plan file as it is and ask for help before changing it.</source>
        <translation>Der Plan hat die Prüfung nicht bestanden (er ist beschädigt, oder seine Einträge passen nicht zusammen). Deshalb wurde keine Sicherung geschrieben. Lassen Sie die Plandatei, wie sie ist, und holen Sie sich Hilfe, bevor Sie etwas daran ändern.</translation>
    </message>
    <message>
        <source>Encrypted plans need the sqlcipher3 package, which is not installed here ({extra}).</source>
        <translation>Verschlüsselte Pläne brauchen das Paket sqlcipher3, das hier nicht installiert ist ({extra}).</translation>
    </message>
    <message>
        <source>The passphrase does not open the plan {path}; check it and try again.</source>
        <translation>Die Passphrase öffnet den Plan {path} nicht. Bitte prüfen Sie sie und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{path} is not an SQLite file: it may be an encrypted plan, and those need the sqlcipher3 package, which is not installed here ({extra}).</source>
        <translation>{path} ist keine SQLite-Datei. Es kann ein verschlüsselter Plan sein; dafür braucht es das Paket sqlcipher3, das hier nicht installiert ist ({extra}).</translation>
    </message>
    <message>
        <source>{path} is an encrypted plan; it opens with its passphrase.</source>
        <translation>{path} ist ein verschlüsselter Plan. Er lässt sich mit seiner Passphrase öffnen.</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a plan.</source>
        <translation>{path} lässt sich nicht als Plan öffnen.</translation>
    </message>
    <message>
        <source>{path} is encrypted, and this plan is not; only an encrypted plan restores an encrypted backup.</source>
        <translation>{path} ist verschlüsselt, dieser Plan aber nicht. Eine verschlüsselte Sicherung lässt sich nur in einem verschlüsselten Plan wiederherstellen.</translation>
    </message>
    <message>
        <source>{path} was encrypted with another passphrase than this plan.</source>
        <translation>{path} wurde mit einer anderen Passphrase verschlüsselt als dieser Plan.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a database URL; use e.g. sqlite:///path/plan.sqlite3</source>
        <translation>„{text}“ ist keine Datenbank-Adresse. Schreiben Sie zum Beispiel sqlite:///path/plan.sqlite3</translation>
    </message>
    <message>
        <source>Care Planner keeps plans in SQLite or PostgreSQL, not &apos;{kind}&apos;.</source>
        <translation>Care Planner speichert Pläne in SQLite oder PostgreSQL, nicht in „{kind}“.</translation>
    </message>
    <message>
        <source>An SQLite plan needs a file: sqlite:///path/plan.sqlite3</source>
        <translation>Ein SQLite-Plan braucht eine Datei: sqlite:///path/plan.sqlite3</translation>
    </message>
    <message>
        <source>{path} is a folder, not a plan file.</source>
        <translation>{path} ist ein Ordner, keine Plandatei.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}.</source>
        <translation>{path} lässt sich nicht lesen: {why}.</translation>
    </message>
    <message>
        <source>{path} is not a Care Planner database.</source>
        <translation>{path} ist keine Datenbank von Care Planner.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file, but not a Care Planner database.</source>
        <translation>{path} ist eine SQLite-Datei, aber keine Datenbank von Care Planner.</translation>
    </message>
    <message>
        <source>{path} holds a plan that does not say which version wrote it (it is damaged); it was left as it is. Restore a backup (care-planner restore FILE).</source>
        <translation>In {path} steht nicht, welche Version den Plan geschrieben hat (die Datei ist beschädigt). Sie wurde nicht verändert. Stellen Sie eine Sicherung wieder her (care-planner restore DATEI).</translation>
    </message>
    <message>
        <source>Cannot create {path}: {why}.</source>
        <translation>{path} lässt sich nicht anlegen: {why}.</translation>
    </message>
    <message>
        <source>Cannot use {url}: Care Planner has no way to reach that database here (its driver is not installed, or the address is wrong).</source>
        <translation>{url} lässt sich nicht verwenden: Care Planner kann diese Datenbank hier nicht erreichen (der Treiber dafür fehlt, oder die Adresse stimmt nicht).</translation>
    </message>
    <message>
        <source>There is no plan at {path}.</source>
        <translation>Unter {path} gibt es keinen Plan.</translation>
    </message>
    <message>
        <source>Only a plan file on this computer can be opened read-only.</source>
        <translation>Nur eine Plandatei auf diesem Computer lässt sich schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>Cannot open the plan at {url}: {why}.</source>
        <translation>Der Plan unter {url} lässt sich nicht öffnen: {why}.</translation>
    </message>
    <message>
        <source>{path} cannot be written, and it holds no plan yet.</source>
        <translation>{path} kann nicht beschrieben werden und enthält noch keinen Plan.</translation>
    </message>
    <message>
        <source>{path} cannot be written, and it was saved by an earlier Care Planner: it must be upgraded before it can be opened, which writes to it. Copy it to a folder of yours and open the copy.</source>
        <translation>{path} kann nicht beschrieben werden und wurde mit einer älteren Version von Care Planner gespeichert. Vor dem Öffnen muss der Plan aktualisiert werden, und dabei wird in die Datei geschrieben. Kopieren Sie die Datei in einen eigenen Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>the server could not be reached, or it refused the login, its password or the database&apos;s name</source>
        <translation>der Server war nicht erreichbar, oder er hat die Anmeldung, ihr Passwort oder den Namen der Datenbank abgelehnt</translation>
    </message>
    <message>
        <source>the database refused it</source>
        <translation>die Datenbank hat es abgelehnt</translation>
    </message>
    <message>
        <source>it is open in another window or command; close it there first</source>
        <translation>er ist in einem anderen Fenster oder Befehl geöffnet; schließen Sie ihn dort zuerst</translation>
    </message>
    <message>
        <source>The encrypted copy lacks records of the plan, so the plan was left as it is (not encrypted).</source>
        <translation>In der verschlüsselten Kopie fehlen Einträge des Plans. Deshalb bleibt der Plan, wie er war (nicht verschlüsselt).</translation>
    </message>
    <message>
        <source>The encrypted copy fails its checks, so the plan was left as it is (not encrypted).</source>
        <translation>Die verschlüsselte Kopie hat die Prüfung nicht bestanden. Deshalb bleibt der Plan, wie er war (nicht verschlüsselt).</translation>
    </message>
    <message>
        <source>The plan could not be encrypted: {why}; it was left as it is.</source>
        <translation>Der Plan konnte nicht verschlüsselt werden: {why}. Er bleibt, wie er war.</translation>
    </message>
    <message>
        <source>The plan could not be encrypted ({why}); it was left as it is.</source>
        <translation>Der Plan konnte nicht verschlüsselt werden ({why}). Er bleibt, wie er war.</translation>
    </message>
    <message>
        <source>the file could not be read or written</source>
        <translation>die Datei ließ sich nicht lesen oder schreiben</translation>
    </message>
    <message>
        <source>Write the stock with at most three decimals.</source>
        <translation>Geben Sie den Vorrat mit höchstens drei Nachkommastellen an.</translation>
    </message>
    <message>
        <source>Write the dose with at most three decimals.</source>
        <translation>Geben Sie die Dosis mit höchstens drei Nachkommastellen an.</translation>
    </message>
    <message>
        <source>Write the dose of step {step} with at most three decimals.</source>
        <translation>Geben Sie die Dosis von Schritt {step} mit höchstens drei Nachkommastellen an.</translation>
    </message>
    <message>
        <source>{where} was saved by a newer Care Planner (schema {revision}); please update Care Planner to open it.</source>
        <translation>{where} wurde mit einer neueren Version von Care Planner gespeichert (Schema {revision}). Bitte aktualisieren Sie Care Planner, um den Plan zu öffnen.</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Dieser Plan</translation>
    </message>
    <message>
        <source>The upgrade would break {count} links between records; nothing was changed.</source>
        <translation>Die Aktualisierung würde {count} Verknüpfungen zwischen Einträgen zerstören. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This shared plan was saved by an earlier Care Planner: the login that created it must open it once with this version before the team can.</source>
        <translation>Dieser gemeinsame Plan wurde mit einer älteren Version von Care Planner gespeichert. Die Anmeldung, die ihn angelegt hat, muss ihn einmal mit dieser Version öffnen, bevor das Team ihn nutzen kann.</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <source>Open the appointment</source>
        <translation>Termin öffnen</translation>
    </message>
    <message>
        <source>Note the dose</source>
        <translation>Einnahme eintragen</translation>
    </message>
    <message>
        <source>Ask for a refill</source>
        <translation>Nachschub anfordern</translation>
    </message>
    <message>
        <source>Plan freezer meals</source>
        <translation>Gefriermahlzeiten planen</translation>
    </message>
    <message>
        <source>Check the batch</source>
        <translation>Vorrat prüfen</translation>
    </message>
    <message>
        <source>Eat it sooner</source>
        <translation>Früher essen</translation>
    </message>
    <message>
        <source>Thaw for tomorrow</source>
        <translation>Für morgen auftauen</translation>
    </message>
    <message>
        <source>Check the schedule</source>
        <translation>Treffzeiten prüfen</translation>
    </message>
    <message>
        <source>Change the helper</source>
        <translation>Helfer/in ändern</translation>
    </message>
    <message>
        <source>Change the driver</source>
        <translation>Fahrer/in ändern</translation>
    </message>
    <message>
        <source>Find a driver</source>
        <translation>Fahrer/in finden</translation>
    </message>
    <message>
        <source>Confirm the driver</source>
        <translation>Fahrer/in bestätigen</translation>
    </message>
    <message>
        <source>Choose another driver</source>
        <translation>Andere Fahrerin/anderen Fahrer wählen</translation>
    </message>
    <message>
        <source>Check the driver</source>
        <translation>Fahrer/in prüfen</translation>
    </message>
    <message>
        <source>Ask the driver</source>
        <translation>Fahrer/in fragen</translation>
    </message>
    <message>
        <source>Add the patient&apos;s details</source>
        <translation>Angaben zur Patientin/zum Patienten ergänzen</translation>
    </message>
    <message>
        <source>Open the ride</source>
        <translation>Fahrt öffnen</translation>
    </message>
    <message>
        <source>Check the times</source>
        <translation>Zeiten prüfen</translation>
    </message>
    <message>
        <source>Note your temperature</source>
        <translation>Temperatur eintragen</translation>
    </message>
    <message>
        <source>Find a helper</source>
        <translation>Helfer/in finden</translation>
    </message>
    <message>
        <source>Check with the helper</source>
        <translation>Mit der Helferin/dem Helfer abklären</translation>
    </message>
</context>
<context>
    <name>Freezer</name>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>freezer batch</source>
        <translation>Gefriervorrat</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Take out {name}</source>
        <translation>{name} entnehmen</translation>
    </message>
    <message>
        <source>Import {count} freezer batches</source>
        <translation>{count} Gefriervorräte importieren</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Short by {portions}</source>
        <translation>Fehlt: {portions}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hard day</source>
        <translation>Schwerer Tag</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <source>Meals planned</source>
        <translation>Eingeplante Mahlzeiten</translation>
    </message>
    <message>
        <source>Hard days ahead</source>
        <translation>Kommende schwere Tage</translation>
    </message>
    <message>
        <source>What to &amp;cook next:</source>
        <translation>Als &amp;Nächstes kochen:</translation>
    </message>
    <message>
        <source>What to cook next</source>
        <translation>Als Nächstes kochen</translation>
    </message>
    <message>
        <source>{name}: {portions}</source>
        <translation>{name}: {portions}</translation>
    </message>
    <message>
        <source>{count} taken out</source>
        <translation>{count} entnommen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No hard days in the coming weeks.</source>
        <translation>In den nächsten Wochen gibt es keine schweren Tage.</translation>
    </message>
    <message>
        <source>{short} of {days} hard days lack freezer portions ({per_day} a day; tags that suit hard days: {tags}).</source>
        <translation>An {short} von {days} schweren Tagen fehlen Gefrierportionen ({per_day} pro Tag; passende Merkmale für schwere Tage: {tags}).</translation>
    </message>
    <message>
        <source>All {days} hard days are covered ({per_day} portions a day; tags that suit hard days: {tags}).</source>
        <translation>Alle {days} schweren Tage sind abgedeckt ({per_day} Portionen pro Tag; passende Merkmale für schwere Tage: {tags}).</translation>
    </message>
    <message>
        <source>Nothing: the freezer covers the coming hard days.</source>
        <translation>Nichts: Der Gefrierschrank reicht für die kommenden schweren Tage.</translation>
    </message>
    <message>
        <source>Frozen: {date}</source>
        <translation>Eingefroren: {date}</translation>
    </message>
    <message>
        <source>Use by: {date}</source>
        <translation>Verbrauchen bis: {date}</translation>
    </message>
    <message>
        <source>Suits: {tags}</source>
        <translation>Merkmale: {tags}</translation>
    </message>
    <message>
        <source>Made by: {name}</source>
        <translation>Gekocht von: {name}</translation>
    </message>
    <message>
        <source>Reheating: {notes}</source>
        <translation>Aufwärmen: {notes}</translation>
    </message>
    <message>
        <source>Freezer labels</source>
        <translation>Gefrier-Etiketten</translation>
    </message>
    <message>
        <source>Cook {portions} by {date}</source>
        <translation>{portions} bis {date} kochen</translation>
    </message>
    <message>
        <source>(best: {tags})</source>
        <translation>(am besten: {tags})</translation>
    </message>
    <message>
        <source>{portions} more that are {tags} would suit the hard days from {date}</source>
        <translation>Gut für die schweren Tage ab {date}: noch {portions} ({tags})</translation>
    </message>
    <message>
        <source>For the hard days of the coming weeks, as of {date}.</source>
        <translation>Für die schweren Tage der nächsten Wochen, Stand {date}.</translation>
    </message>
    <message>
        <source>A batch holds at most {most} portions.</source>
        <translation>Ein Vorrat hat höchstens {most} Portionen.</translation>
    </message>
    <message>
        <source>Add freezer meals</source>
        <translation>Gefriermahlzeiten hinzufügen</translation>
    </message>
    <message>
        <source>Edit freezer meal</source>
        <translation>Gefriermahlzeit bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Meal:</source>
        <translation>&amp;Mahlzeit:</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Mahlzeit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Portions:</source>
        <translation>&amp;Portionen:</translation>
    </message>
    <message>
        <source>Portions left</source>
        <translation>Übrige Portionen</translation>
    </message>
    <message>
        <source>&amp;Frozen on:</source>
        <translation>&amp;Eingefroren am:</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Eingefroren am</translation>
    </message>
    <message>
        <source>&amp;Use by:</source>
        <translation>&amp;Verbrauchen bis:</translation>
    </message>
    <message>
        <source>Use by</source>
        <translation>Verbrauchen bis</translation>
    </message>
    <message>
        <source>Diet and texture tags</source>
        <translation>Merkmale zu Ernährung und Beschaffenheit</translation>
    </message>
    <message>
        <source>Tag {tag}</source>
        <translation>Merkmal {tag}</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Merkmale:</translation>
    </message>
    <message>
        <source>e.g. nut-free, spicy</source>
        <translation>z. B. nussfrei, scharf</translation>
    </message>
    <message>
        <source>&amp;Other tags:</source>
        <translation>&amp;Weitere Merkmale:</translation>
    </message>
    <message>
        <source>Other tags, comma-separated</source>
        <translation>Weitere Merkmale, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Made &amp;by:</source>
        <translation>&amp;Gekocht von:</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gekocht von</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Lagerort:</translation>
    </message>
    <message>
        <source>Where it sits</source>
        <translation>Wo sie im Gefrierschrank liegt</translation>
    </message>
    <message>
        <source>&amp;Reheating:</source>
        <translation>&amp;Aufwärmen:</translation>
    </message>
    <message>
        <source>Reheating notes</source>
        <translation>Hinweise zum Aufwärmen</translation>
    </message>
    <message>
        <source>Save the freezer meal</source>
        <translation>Gefriermahlzeit speichern</translation>
    </message>
    <message>
        <source>{category} keeps {months} months by default.</source>
        <translation>{category} hält sich normalerweise {months} Monate.</translation>
    </message>
    <message>
        <source>In date</source>
        <translation>Haltbar</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>None left</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Reheating</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>Import freezer stock</source>
        <translation>Gefriervorrat importieren</translation>
    </message>
    <message>
        <source>Export freezer stock</source>
        <translation>Gefriervorrat exportieren</translation>
    </message>
    <message>
        <source>Save labels as PDF</source>
        <translation>Etiketten als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Meals ready in the freezer for the days after treatment, first expiring first, and how they cover the hard days ahead.</source>
        <translation>Fertige Mahlzeiten im Gefrierschrank für die Tage nach der Behandlung, die zuerst ablaufenden oben, und wie weit sie für die kommenden schweren Tage reichen.</translation>
    </message>
    <message>
        <source>&amp;Take out…</source>
        <translation>&amp;Entnehmen…</translation>
    </message>
    <message>
        <source>T&amp;haw for tomorrow…</source>
        <translation>Für morgen &amp;auftauen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Print &amp;labels…</source>
        <translation>Eti&amp;ketten drucken…</translation>
    </message>
    <message>
        <source>Save labels as P&amp;DF…</source>
        <translation>Etiketten als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>&amp;Print what to cook next…</source>
        <translation>„Als Nächstes kochen“ d&amp;rucken…</translation>
    </message>
    <message>
        <source>Freezer views</source>
        <translation>Ansichten des Gefrierschranks</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Vorrat</translation>
    </message>
    <message>
        <source>Hard days &amp;ahead</source>
        <translation>Kommende sch&amp;were Tage</translation>
    </message>
    <message>
        <source>Freezer settings</source>
        <translation>Einstellungen für den Gefrierschrank</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <source>Show batches with the tag</source>
        <translation>Vorräte mit diesem Merkmal zeigen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>&amp;Merkmal:</translation>
    </message>
    <message>
        <source>Freezer meals</source>
        <translation>Gefriermahlzeiten</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Merkmale</translation>
    </message>
    <message>
        <source>{total} portions in date.</source>
        <translation>{total} Portionen noch haltbar.</translation>
    </message>
    <message>
        <source>By tag: {list}</source>
        <translation>Nach Merkmal: {list}</translation>
    </message>
    <message>
        <source>Delete freezer meal</source>
        <translation>Gefriermahlzeit löschen</translation>
    </message>
    <message>
        <source>Delete {name} ({count} portions left)?</source>
        <translation>{name} löschen (noch {count} Portionen übrig)?</translation>
    </message>
    <message>
        <source>Wrote {count} batches to {path}</source>
        <translation>{count} Vorräte in {path} gespeichert</translation>
    </message>
    <message>
        <source>Labels saved to {path}</source>
        <translation>Etiketten in {path} gespeichert</translation>
    </message>
    <message>
        <source>Portions per &amp;hard day:</source>
        <translation>Portionen pro &amp;schwerem Tag:</translation>
    </message>
    <message>
        <source>Freezer portions per hard day</source>
        <translation>Gefrierportionen pro schwerem Tag</translation>
    </message>
    <message>
        <source>Tags that &amp;suit hard days:</source>
        <translation>&amp;Passende Merkmale für schwere Tage:</translation>
    </message>
    <message>
        <source>Tags that suit hard days, comma-separated</source>
        <translation>Passende Merkmale für schwere Tage, durch Kommas getrennt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>E&amp;xpiring soon within:</source>
        <translation>Läuft &amp;bald ab innerhalb von:</translation>
    </message>
    <message>
        <source>Expiring soon within days</source>
        <translation>Läuft bald ab innerhalb von so vielen Tagen</translation>
    </message>
    <message>
        <source>&amp;Thaw reminder at:</source>
        <translation>Erinnerung zum &amp;Auftauen um:</translation>
    </message>
    <message>
        <source>Thaw reminder time</source>
        <translation>Uhrzeit der Erinnerung zum Auftauen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>{category} keeps:</source>
        <translation>{category} hält sich:</translation>
    </message>
    <message>
        <source>{category} keeps months</source>
        <translation>Haltbarkeit von {category} in Monaten</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply the freezer settings</source>
        <translation>Einstellungen für den Gefrierschrank übernehmen</translation>
    </message>
    <message>
        <source>These settings travel with the plan: everyone sharing it sees them.</source>
        <translation>Diese Einstellungen gehören zum Plan: Alle, die ihn teilen, sehen sie.</translation>
    </message>
    <message>
        <source>Batches to add</source>
        <translation>Vorräte zum Hinzufügen</translation>
    </message>
    <message>
        <source>{file}: {good} batches can be added; {bad} rows cannot.</source>
        <translation>{file}: {good} Vorräte können hinzugefügt werden, {bad} Zeilen nicht.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Portions</source>
        <translation>Portionen</translation>
    </message>
    <message>
        <source>Thaw for tomorrow</source>
        <translation>Für morgen auftauen</translation>
    </message>
    <message>
        <source>Take out portions</source>
        <translation>Portionen entnehmen</translation>
    </message>
    <message>
        <source>{name}: {count} left, use by {date}.</source>
        <translation>{name}: noch {count} übrig, verbrauchen bis {date}.</translation>
    </message>
    <message>
        <source>Portions to take out</source>
        <translation>Zu entnehmende Portionen</translation>
    </message>
    <message>
        <source>The day they are for</source>
        <translation>Der Tag, für den sie gedacht sind</translation>
    </message>
    <message>
        <source>&amp;For the day:</source>
        <translation>&amp;Für den Tag:</translation>
    </message>
    <message>
        <source>&amp;Thaw</source>
        <translation>&amp;Auftauen</translation>
    </message>
    <message>
        <source>&amp;Take out</source>
        <translation>&amp;Entnehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%n portion</source>
        <translation>%n Portion</translation>
    </message>
    <message>
        <source>%n portions</source>
        <translation>%n Portionen</translation>
    </message>
</context>
<context>
    <name>Gaps</name>
    <message>
        <source>{medicine}: the dose of {at} was not confirmed as taken.</source>
        <translation>{medicine}: Die Einnahme vom {at} ist nicht als genommen eingetragen.</translation>
    </message>
    <message>
        <source>{medicine} runs out on {day}: ask {pharmacy} for more (it needs {days} days).</source>
        <translation>{medicine} geht am {day} zu Ende: Bitten Sie {pharmacy} um Nachschub (das dauert {days} Tage).</translation>
    </message>
    <message>
        <source>the pharmacy</source>
        <translation>die Apotheke</translation>
    </message>
    <message>
        <source>a ride</source>
        <translation>eine Fahrt</translation>
    </message>
    <message>
        <source>Ride to {appointment}</source>
        <translation>Hinfahrt zu {appointment}</translation>
    </message>
    <message>
        <source>Ride home from {appointment}</source>
        <translation>Rückfahrt von {appointment}</translation>
    </message>
    <message>
        <source>{helper} is booked twice: {first} ({first_at}) and {second} ({second_at}).</source>
        <translation>{helper} ist doppelt eingeplant: {first} ({first_at}) und {second} ({second_at}).</translation>
    </message>
    <message>
        <source>A helper</source>
        <translation>Eine Helferin oder ein Helfer</translation>
    </message>
    <message>
        <source>{helper} has {count} tasks and rides within seven days from {day} (the plan&apos;s share is {most}); ask someone else for some of them.</source>
        <translation>{helper} hat ab {day} innerhalb von sieben Tagen {count} Aufgaben und Fahrten (vorgesehen sind höchstens {most}). Fragen Sie für einige davon jemand anderen.</translation>
    </message>
    <message>
        <source>ride to {appointment}</source>
        <translation>Hinfahrt zu {appointment}</translation>
    </message>
    <message>
        <source>ride home from {appointment}</source>
        <translation>Rückfahrt von {appointment}</translation>
    </message>
    <message>
        <source>{ride}, {at} has no driver yet.</source>
        <translation>{ride}, {at}: Es fährt noch niemand.</translation>
    </message>
    <message>
        <source>{driver} was asked but has not confirmed</source>
        <translation>{driver} wurde gefragt, hat aber noch nicht zugesagt</translation>
    </message>
    <message>
        <source>{driver} has not been asked yet</source>
        <translation>{driver} wurde noch nicht gefragt</translation>
    </message>
    <message>
        <source>confirm by {deadline}</source>
        <translation>Zusage nötig bis {deadline}</translation>
    </message>
    <message>
        <source>it was due by {deadline}</source>
        <translation>die Zusage war bis {deadline} fällig</translation>
    </message>
    <message>
        <source>{ride}, {at}: {state}; {by}.</source>
        <translation>{ride}, {at}: {state}; {by}.</translation>
    </message>
    <message>
        <source>{driver} is down to drive two rides at once: {second} ({second_at}) and {first} ({first_at}).</source>
        <translation>{driver} soll zwei Fahrten gleichzeitig übernehmen: {second} ({second_at}) und {first} ({first_at}).</translation>
    </message>
    <message>
        <source>The driver</source>
        <translation>Die Fahrerin oder der Fahrer</translation>
    </message>
    <message>
        <source>{ride}, {at}: {driver} is not usually free then; check with them or choose another driver.</source>
        <translation>{ride}, {at}: {driver} kann zu dieser Zeit meistens nicht. Fragen Sie nach oder wählen Sie eine andere Person zum Fahren.</translation>
    </message>
    <message>
        <source>{driver} needs {days} business days&apos; notice</source>
        <translation>{driver} braucht {days} Werktage Vorlauf</translation>
    </message>
    <message>
        <source>ask by {day}</source>
        <translation>bitte bis {day} fragen</translation>
    </message>
    <message>
        <source>the last day to ask was {day}</source>
        <translation>der letzte Tag zum Fragen war {day}</translation>
    </message>
    <message>
        <source>{ride}, {at}: {need}; {advice}.</source>
        <translation>{ride}, {at}: {need}; {advice}.</translation>
    </message>
    <message>
        <source>Add the patient&apos;s name: the ride cards print it</source>
        <translation>Tragen Sie den Namen der Patientin oder des Patienten ein: Er steht auf den Fahrtzetteln</translation>
    </message>
    <message>
        <source>Add the patient&apos;s phone number: the ride cards print it for the driver</source>
        <translation>Tragen Sie die Telefonnummer der Patientin oder des Patienten ein: Sie steht für die Fahrer/innen auf den Fahrtzetteln</translation>
    </message>
    <message>
        <source>Add the home address: the rides pick the patient up and bring them back there</source>
        <translation>Tragen Sie die Wohnadresse ein: Dort werden Patientin oder Patient abgeholt und wieder hingebracht</translation>
    </message>
    <message>
        <source>{need} (the first ride is on {day}).</source>
        <translation>{need} (die erste Fahrt ist am {day}).</translation>
    </message>
    <message>
        <source>{helper} has not said yes yet</source>
        <translation>{helper} hat noch nicht zugesagt</translation>
    </message>
    <message>
        <source>nobody has taken it on</source>
        <translation>niemand hat sie übernommen</translation>
    </message>
    <message>
        <source>{task} on a hard day ({day}): {state}.</source>
        <translation>{task} an einem schweren Tag ({day}): {state}.</translation>
    </message>
    <message>
        <source>{task} ({at}): {helper} is not usually free then.</source>
        <translation>{task} ({at}): {helper} kann zu dieser Zeit meistens nicht.</translation>
    </message>
    <message>
        <source>Hard day {day}: {planned} of {needed} planned from the freezer.</source>
        <translation>Schwerer Tag {day}: Aus dem Gefrierschrank sind erst {planned} von {needed} eingeplant.</translation>
    </message>
    <message>
        <source>{meal} ({portions}) is past its use-by date of {use_by}.</source>
        <translation>{meal} ({portions}): Das Haltbarkeitsdatum ({use_by}) ist überschritten.</translation>
    </message>
    <message>
        <source>{meal}: {portions} reach the use-by date on {use_by} before a hard day needs them.</source>
        <translation>{meal}: Haltbar bis {use_by}, aber kein schwerer Tag braucht {portions} vorher.</translation>
    </message>
    <message>
        <source>The meeting schedule of {group} cannot be read, so its meetings are not shown.</source>
        <translation>Die Treffzeiten von {group} lassen sich nicht lesen. Deshalb werden die Treffen nicht angezeigt.</translation>
    </message>
    <message>
        <source>{second} ({second_at}) overlaps {first} ({first_at}).</source>
        <translation>{second} ({second_at}) überschneidet sich mit {first} ({first_at}).</translation>
    </message>
    <message>
        <source>{appointment} ({at})</source>
        <translation>{appointment} ({at})</translation>
    </message>
    <message>
        <source>%n appointments on {day} overlap: {appointments}.</source>
        <translation>%n Termine am {day} überschneiden sich: {appointments}.</translation>
    </message>
    <message>
        <source>%n appointments on {day} overlap from {start} to {end}, among them {appointments}.</source>
        <translation>%n Termine am {day} überschneiden sich von {start} bis {end}, darunter {appointments}.</translation>
    </message>
</context>
<context>
    <name>Getting started</name>
    <message>
        <source>Add the patient&apos;s name, phone and home address</source>
        <translation>Name, Telefon und Adresse der Patientin oder des Patienten eintragen</translation>
    </message>
    <message>
        <source>Add the care team&apos;s out-of-hours number (for a fever or a problem at night)</source>
        <translation>Die Notfallnummer des Behandlungsteams eintragen (für Fieber oder Probleme in der Nacht)</translation>
    </message>
    <message>
        <source>Add the next appointment</source>
        <translation>Den nächsten Termin eintragen</translation>
    </message>
    <message>
        <source>List the medicines (what to take, how much and when)</source>
        <translation>Die Medikamente auflisten (was, wie viel und wann)</translation>
    </message>
    <message>
        <source>Add helpers who can drive</source>
        <translation>Helfende eintragen, die fahren können</translation>
    </message>
    <message>
        <source>Stock the freezer</source>
        <translation>Den Gefrierschrank füllen</translation>
    </message>
    <message>
        <source>Record a support group (ask the nurse or social worker about local groups, and about meal and ride services)</source>
        <translation>Eine Selbsthilfegruppe eintragen (fragen Sie Pflege oder Sozialdienst nach Gruppen in der Nähe und nach Essens- und Fahrdiensten)</translation>
    </message>
    <message>
        <source>Note questions for the doctor</source>
        <translation>Fragen an die Ärztin oder den Arzt notieren</translation>
    </message>
</context>
<context>
    <name>Helpers</name>
    <message>
        <source>helper</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>help task</source>
        <translation>Hilfsaufgabe</translation>
    </message>
    <message>
        <source>support group</source>
        <translation>Selbsthilfegruppe</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Do {name}</source>
        <translation>{name} übernehmen</translation>
    </message>
    <message>
        <source>Fill the hard days ({count} tasks)</source>
        <translation>Schwere Tage abdecken ({count} Aufgaben)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <source>{n} tasks</source>
        <translation>{n} Aufgaben</translation>
    </message>
    <message>
        <source>1 ride</source>
        <translation>1 Fahrt</translation>
    </message>
    <message>
        <source>{n} rides</source>
        <translation>{n} Fahrten</translation>
    </message>
    <message>
        <source>Fair share</source>
        <translation>Faire Verteilung</translation>
    </message>
    <message>
        <source>Tasks and rides per week</source>
        <translation>Aufgaben und Fahrten pro Woche</translation>
    </message>
    <message>
        <source>Weeks start on Monday; the first four are past weeks.</source>
        <translation>Die Wochen beginnen am Montag; die ersten vier sind vergangene Wochen.</translation>
    </message>
    <message>
        <source>Most tasks and rides in seven days</source>
        <translation>Höchstzahl an Aufgaben und Fahrten in sieben Tagen</translation>
    </message>
    <message>
        <source>A helper with more than</source>
        <translation>Wer mehr als</translation>
    </message>
    <message>
        <source>tasks and rides in any seven days carries too much.</source>
        <translation>Aufgaben und Fahrten in sieben Tagen übernimmt, trägt zu viel.</translation>
    </message>
    <message>
        <source>⚠ marks a week past that share. Past weeks count what was done.</source>
        <translation>⚠ markiert eine Woche über diesem Anteil. Vergangene Wochen zählen, was getan wurde.</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>All eight weeks</source>
        <translation>Alle acht Wochen</translation>
    </message>
    <message>
        <source>Days of usual time {n}</source>
        <translation>Tage der üblichen Zeit {n}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Usual time {n} from</source>
        <translation>Übliche Zeit {n} von</translation>
    </message>
    <message>
        <source>Usual time {n} to</source>
        <translation>Übliche Zeit {n} bis</translation>
    </message>
    <message>
        <source>Remove usual time {n}</source>
        <translation>Übliche Zeit {n} entfernen</translation>
    </message>
    <message>
        <source>Choose at least one day for these hours.</source>
        <translation>Wählen Sie mindestens einen Tag für diese Uhrzeiten.</translation>
    </message>
    <message>
        <source>Usually free</source>
        <translation>Meist frei</translation>
    </message>
    <message>
        <source>No usual times: counted as free at any time.</source>
        <translation>Keine üblichen Zeiten: gilt als jederzeit frei.</translation>
    </message>
    <message>
        <source>Add a usual &amp;time</source>
        <translation>Übliche &amp;Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Add a usual time</source>
        <translation>Übliche Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Add a helper</source>
        <translation>Helfer/in hinzufügen</translation>
    </message>
    <message>
        <source>Edit helper</source>
        <translation>Helfer/in bearbeiten</translation>
    </message>
    <message>
        <source>Can help with:</source>
        <translation>Kann helfen bei:</translation>
    </message>
    <message>
        <source>Can help with</source>
        <translation>Kann helfen bei</translation>
    </message>
    <message>
        <source>&amp;Usually free:</source>
        <translation>Meist &amp;frei:</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> Werktage</translation>
    </message>
    <message>
        <source>For a volunteer service: how far ahead it must be asked.</source>
        <translation>Für einen ehrenamtlichen Dienst: wie lange vorher er gefragt werden muss.</translation>
    </message>
    <message>
        <source>Noti&amp;ce needed:</source>
        <translation>&amp;Vorlaufzeit:</translation>
    </message>
    <message>
        <source>Notice needed</source>
        <translation>Vorlaufzeit</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>For {name}: {first} to {last}</source>
        <translation>Für {name}: {first} bis {last}</translation>
    </message>
    <message>
        <source>Drive there</source>
        <translation>Hinfahrt</translation>
    </message>
    <message>
        <source>Drive home</source>
        <translation>Rückfahrt</translation>
    </message>
    <message>
        <source>home</source>
        <translation>zu Hause</translation>
    </message>
    <message>
        <source>pick up at {place}</source>
        <translation>Abholung: {place}</translation>
    </message>
    <message>
        <source>go to {destination}</source>
        <translation>Ziel: {destination}</translation>
    </message>
    <message>
        <source>{way}: {steps}</source>
        <translation>{way} – {steps}</translation>
    </message>
    <message>
        <source>Backup driver for {driver} (you drive only if they cannot).</source>
        <translation>Ersatzfahrer/in für {driver} (Sie fahren nur, wenn {driver} nicht kann).</translation>
    </message>
    <message>
        <source>Backup driver (nobody drives it yet).</source>
        <translation>Ersatzfahrer/in (noch fährt niemand).</translation>
    </message>
    <message>
        <source>CANCELLED: {line}</source>
        <translation>ABGESAGT: {line}</translation>
    </message>
    <message>
        <source>please confirm</source>
        <translation>bitte bestätigen</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Thank you for helping {name}.</source>
        <translation>Danke, dass Sie {name} helfen.</translation>
    </message>
    <message>
        <source>us</source>
        <translation>uns</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <source>No rides for you in these weeks.</source>
        <translation>In diesen Wochen haben Sie keine Fahrten.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No tasks for you in these weeks.</source>
        <translation>In diesen Wochen haben Sie keine Aufgaben.</translation>
    </message>
    <message>
        <source>Numbers you may need</source>
        <translation>Wichtige Telefonnummern</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Home: {address}</source>
        <translation>Zu Hause: {address}</translation>
    </message>
    <message>
        <source>The same rides and tasks come as a calendar file for your own calendar.</source>
        <translation>Dieselben Fahrten und Aufgaben bekommen Sie auch als Kalenderdatei für Ihren eigenen Kalender.</translation>
    </message>
    <message>
        <source>Family and friends who help, what they do and when, who carries how much, and the care team to call.</source>
        <translation>Familie und Freunde, die helfen: was sie wann tun, wer wie viel übernimmt, und das Behandlungsteam, das Sie anrufen können.</translation>
    </message>
    <message>
        <source>Helpers, tasks, fair share and contacts</source>
        <translation>Helfende, Aufgaben, faire Verteilung und Kontakte</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Helfende</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Help tasks</source>
        <translation>Hilfsaufgaben</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholt sich</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Care team and contacts</source>
        <translation>Behandlungsteam und Kontakte</translation>
    </message>
    <message>
        <source>&amp;Helpers</source>
        <translation>&amp;Helfende</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Fair share</source>
        <translation>&amp;Faire Verteilung</translation>
    </message>
    <message>
        <source>&amp;Care team</source>
        <translation>&amp;Behandlungsteam</translation>
    </message>
    <message>
        <source>Fill the &amp;hard days…</source>
        <translation>&amp;Schwere Tage abdecken…</translation>
    </message>
    <message>
        <source>Mark &amp;claimed</source>
        <translation>Als über&amp;nommen markieren</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;I&apos;ll do this</source>
        <translation>&amp;Ich übernehme das</translation>
    </message>
    <message>
        <source>{what}</source>
        <translation>{what}</translation>
    </message>
    <message>
        <source>&amp;Import vCard…</source>
        <translation>vCard im&amp;portieren…</translation>
    </message>
    <message>
        <source>E&amp;xport vCard…</source>
        <translation>vCard e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>hard day after {title}</source>
        <translation>schwerer Tag nach {title}</translation>
    </message>
    <message>
        <source>Their tasks and rides will need someone else. Edit &gt; Undo brings them back.</source>
        <translation>Für ihre Aufgaben und Fahrten wird dann jemand anderes gebraucht. Bearbeiten &gt; Rückgängig holt alles zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Any time (ask)</source>
        <translation>Jederzeit (bitte fragen)</translation>
    </message>
    <message>
        <source>{days} {start}–{end}</source>
        <translation>{days} {start}–{end}</translation>
    </message>
    <message>
        <source>Add a help task</source>
        <translation>Hilfsaufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Edit help task</source>
        <translation>Hilfsaufgabe bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Kind of help:</source>
        <translation>&amp;Art der Hilfe:</translation>
    </message>
    <message>
        <source>Kind of help</source>
        <translation>Art der Hilfe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Some time during the &amp;day (no set time)</source>
        <translation>Irgendwann im &amp;Lauf des Tages (keine feste Uhrzeit)</translation>
    </message>
    <message>
        <source>Some time during the day</source>
        <translation>Irgendwann im Lauf des Tages</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Helper:</source>
        <translation>&amp;Helfer/in:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein Termin</translation>
    </message>
    <message>
        <source>{title}, {when}</source>
        <translation>{title}, {when}</translation>
    </message>
    <message>
        <source>For &amp;appointment:</source>
        <translation>Zu&amp;gehöriger Termin:</translation>
    </message>
    <message>
        <source>For appointment</source>
        <translation>Zugehöriger Termin</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>not usually free then</source>
        <translation>dann meist nicht frei</translation>
    </message>
    <message>
        <source>does not usually do this</source>
        <translation>macht das sonst nicht</translation>
    </message>
    <message>
        <source>The task ends before it starts; please check the times.</source>
        <translation>Die Aufgabe endet, bevor sie beginnt; bitte prüfen Sie die Uhrzeiten.</translation>
    </message>
    <message>
        <source>suggested: {name}</source>
        <translation>Vorschlag: {name}</translation>
    </message>
    <message>
        <source>nobody free is known yet</source>
        <translation>noch ist niemand bekannt, der Zeit hat</translation>
    </message>
    <message>
        <source>{when}: {title} ({category}; {who})
{reason}</source>
        <translation>{when}: {title} ({category}; {who})
{reason}</translation>
    </message>
    <message>
        <source>Fill the hard days</source>
        <translation>Schwere Tage abdecken</translation>
    </message>
    <message>
        <source>The coming hard days could use these tasks. Untick any you do not want; the suggested helper still has to say yes (the task starts open).</source>
        <translation>Diese Aufgaben könnten an den kommenden schweren Tagen helfen. Entfernen Sie das Häkchen bei allem, was Sie nicht möchten. Die vorgeschlagene Person muss noch zusagen (die Aufgabe ist zunächst offen).</translation>
    </message>
    <message>
        <source>The coming two weeks&apos; hard days have the help they need.</source>
        <translation>Die schweren Tage der nächsten zwei Wochen haben die Hilfe, die sie brauchen.</translation>
    </message>
    <message>
        <source>Proposed tasks</source>
        <translation>Vorgeschlagene Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Add the ticked tasks</source>
        <translation>Angehakte Aufgaben &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the ticked tasks</source>
        <translation>Angehakte Aufgaben hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import helpers and contacts</source>
        <translation>Helfende und Kontakte importieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-Dateien (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>vCard 3.0 files (*.vcf)</source>
        <translation>vCard-3.0-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 files (*.vcf)</source>
        <translation>vCard-4.0-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Export helpers and contacts</source>
        <translation>Helfende und Kontakte exportieren</translation>
    </message>
    <message>
        <source>Added {added} and updated {updated} from {file}.</source>
        <translation>Aus {file}: {added} hinzugefügt und {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>Wrote {count} cards to {path}.</source>
        <translation>{count} Karten in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Not imported (see below)</source>
        <translation>Nicht importiert (siehe unten)</translation>
    </message>
    <message>
        <source>Updates the one already in the plan</source>
        <translation>Aktualisiert den Eintrag, der schon im Plan steht</translation>
    </message>
    <message>
        <source>Added as new</source>
        <translation>Wird neu hinzugefügt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>{good} of {total} cards can be imported; {bad} cannot (see why below).</source>
        <translation>{good} von {total} Karten können importiert werden; {bad} nicht (Gründe siehe unten).</translation>
    </message>
    <message>
        <source>All {total} cards can be imported.</source>
        <translation>Alle {total} Karten können importiert werden.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Cards in the file</source>
        <translation>Karten in der Datei</translation>
    </message>
    <message>
        <source>Cards not imported</source>
        <translation>Nicht importierte Karten</translation>
    </message>
    <message>
        <source>&amp;Import {count} cards</source>
        <translation>{count} Karten &amp;importieren</translation>
    </message>
</context>
<context>
    <name>Information</name>
    <message>
        <source>Which foods should I eat or avoid during this treatment?</source>
        <translation>Was sollte ich während dieser Behandlung essen, was lieber meiden?</translation>
    </message>
    <message>
        <source>Could a social worker help us set up meals, rides or other help at home?</source>
        <translation>Könnte uns der Sozialdienst helfen, Essen, Fahrten oder andere Hilfe zu Hause zu organisieren?</translation>
    </message>
    <message>
        <source>Would a referral to palliative care help me and my family now?</source>
        <translation>Würde eine Überweisung zur Palliativversorgung mir und meiner Familie jetzt helfen?</translation>
    </message>
    <message>
        <source>There is no topic called “{name}”.</source>
        <translation>Es gibt kein Thema „{name}“.</translation>
    </message>
    <message>
        <source>The topic “{name}” could not be read.</source>
        <translation>Das Thema „{name}“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The rest of Care Planner works as usual; choose another topic.</source>
        <translation>Der Rest von Care Planner funktioniert wie gewohnt; wählen Sie ein anderes Thema.</translation>
    </message>
</context>
<context>
    <name>ItemType</name>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Ride</source>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Mahlzeit</translation>
    </message>
    <message>
        <source>Help task</source>
        <translation>Hilfsaufgabe</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Einnahme</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Who to call</source>
        <translation>Wen anrufen</translation>
    </message>
    <message>
        <source>⚠ You noted {symptom} at severity {severity} of 10.</source>
        <translation>⚠ Sie haben {symptom} mit Stärke {severity} von 10 eingetragen.</translation>
    </message>
    <message>
        <source>Your care team&apos;s own instructions come first: if they told you to call them for this, call now. In an emergency, call the emergency number.</source>
        <translation>Die Anweisungen Ihres Behandlungsteams gehen vor: Wenn es Ihnen gesagt hat, in diesem Fall anzurufen, rufen Sie jetzt an. Im Notfall wählen Sie die Notrufnummer.</translation>
    </message>
    <message>
        <source>No care-team contacts are in the plan yet; add them under Helpers.</source>
        <translation>Im Plan sind noch keine Kontakte des Behandlungsteams; tragen Sie sie unter Helfende ein.</translation>
    </message>
    <message>
        <source>Contacts to call</source>
        <translation>Kontakte zum Anrufen</translation>
    </message>
    <message>
        <source>The severity that shows this is one of the red-flag rules in Edit &gt; Preferences.</source>
        <translation>Die Stärke, ab der dies erscheint, ist eine der Regeln für Warnzeichen unter Bearbeiten &gt; Einstellungen.</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Symptoms to chart</source>
        <translation>Beschwerden im Diagramm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Chart by</source>
        <translation>Diagramm nach</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Cycle day (cycles laid over each other)</source>
        <translation>Zyklustag (Zyklen übereinandergelegt)</translation>
    </message>
    <message>
        <source>Charted values as a table</source>
        <translation>Werte des Diagramms als Tabelle</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>&amp;Beschwerden:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Chart &amp;by:</source>
        <translation>Diagramm &amp;nach:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Cycle day</source>
        <translation>Zyklustag</translation>
    </message>
    <message>
        <source>Treatment day</source>
        <translation>Behandlungstag</translation>
    </message>
    <message>
        <source>Note journal entry</source>
        <translation>Tagebucheintrag notieren</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>Tagebucheintrag bearbeiten</translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Tagebucheintrag löschen</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Answer question</source>
        <translation>Frage beantworten</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Use {days} hard days after {kind}</source>
        <translation>{days} schwere Tage nach {kind} verwenden</translation>
    </message>
    <message>
        <source>Went ahead</source>
        <translation>Hat stattgefunden</translation>
    </message>
    <message>
        <source>Delayed by {days} days</source>
        <translation>Um {days} Tage verschoben</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Blood counts chart</source>
        <translation>Diagramm der Blutwerte</translation>
    </message>
    <message>
        <source>{count}: {n} results, the last {value} {unit} on {day}</source>
        <translation>{count}: {n} Werte, zuletzt {value} {unit} am {day}</translation>
    </message>
    <message>
        <source>No blood counts in this period.</source>
        <translation>Keine Blutwerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>nichts eingetragen</translation>
    </message>
    <message>
        <source>Neutrophils, haemoglobin and platelets from your blood tests, over the same days as the symptom chart. Each treatment cycle is marked: ✓ went ahead, ↻ delayed, ✕ cancelled, ○ planned.</source>
        <translation>Neutrophile, Hämoglobin und Blutplättchen aus Ihren Blutuntersuchungen, über dieselben Tage wie das Beschwerden-Diagramm. Jeder Behandlungszyklus ist markiert: ✓ fand statt, ↻ verschoben, ✕ abgesagt, ○ geplant.</translation>
    </message>
    <message>
        <source>Treatment cycles</source>
        <translation>Behandlungszyklen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Was daraus wurde</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Severity from 0 (none) to 10 (worst)</source>
        <translation>Stärke von 0 (keine) bis 10 (am schlimmsten)</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <source>Hours of sleep and naps</source>
        <translation>Stunden Schlaf und Nickerchen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Mood from 0 (very low) to 10 (very good)</source>
        <translation>Stimmung von 0 (sehr schlecht) bis 10 (sehr gut)</translation>
    </message>
    <message>
        <source>S&amp;ymptom:</source>
        <translation>&amp;Beschwerde:</translation>
    </message>
    <message>
        <source>Se&amp;verity (0 to 10):</source>
        <translation>S&amp;tärke (0 bis 10):</translation>
    </message>
    <message>
        <source>&amp;Hours of rest (sleep and naps):</source>
        <translation>Stunden &amp;Ruhe (Schlaf und Nickerchen):</translation>
    </message>
    <message>
        <source>M&amp;ood (0 low, 10 good):</source>
        <translation>Sti&amp;mmung (0 schlecht, 10 gut):</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Not now: set to &amp;now</source>
        <translation>Nicht jetzt: auf &amp;jetzt setzen</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Zeit auf jetzt setzen</translation>
    </message>
    <message>
        <source>The entry is dated as shown, not now; this sets it to now</source>
        <translation>Der Eintrag hat das angezeigte Datum, nicht jetzt; dies setzt ihn auf jetzt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: what helped, what made it worse</source>
        <translation>Freiwillig: was geholfen hat, was es schlimmer gemacht hat</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>Eintrag &amp;speichern</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Save the entry (Enter)</source>
        <translation>Eintrag speichern (Enter)</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Not now: the entry is dated as shown.</source>
        <translation>Nicht jetzt: Der Eintrag hat das angezeigte Datum.</translation>
    </message>
    <message>
        <source>Hard days learned from the journal</source>
        <translation>Schwere Tage, aus dem Tagebuch gelernt</translation>
    </message>
    <message>
        <source>From at least {n} logged cycles of a kind of treatment, the journal finds the days after it on which side effects were, on average, at or above the level you set. Nothing in the plan changes unless you choose to use a suggestion. This is planning help, not medical advice.</source>
        <translation>Sobald für eine Behandlungsart mindestens {n} Zyklen eingetragen sind, findet das Tagebuch die Tage danach, an denen die Nebenwirkungen im Durchschnitt die von Ihnen gewählte Stärke erreicht oder überschritten haben. Am Plan ändert sich nichts, außer Sie übernehmen einen Vorschlag. Dies ist Hilfe beim Planen, kein ärztlicher Rat.</translation>
    </message>
    <message>
        <source>Severity that makes a day hard</source>
        <translation>Stärke, ab der ein Tag schwer ist</translation>
    </message>
    <message>
        <source>A day is hard from average &amp;severity:</source>
        <translation>Ein Tag ist schwer ab durchschnittlicher &amp;Stärke:</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: no kind of treatment has {n} logged cycles with days at or above this severity.</source>
        <translation>Noch kein Vorschlag: Keine Behandlungsart hat {n} eingetragene Zyklen mit Tagen auf oder über dieser Stärke.</translation>
    </message>
    <message>
        <source>Hard cycle days: {days} (day 1 is the treatment day). Suggested: {new} hard days after each {kind} appointment; the plan now counts {old}.</source>
        <translation>Schwere Zyklustage: {days} (Tag 1 ist der Behandlungstag). Vorschlag: {new} schwere Tage nach jedem Termin „{kind}“; der Plan rechnet jetzt mit {old}.</translation>
    </message>
    <message>
        <source>Based on {n} logged cycles:</source>
        <translation>Auf Grundlage von {n} eingetragenen Zyklen:</translation>
    </message>
    <message>
        <source>Evidence for {kind}</source>
        <translation>Daten zu {kind}</translation>
    </message>
    <message>
        <source>Average worst severity</source>
        <translation>Durchschnittliche höchste Stärke</translation>
    </message>
    <message>
        <source>Cycles noted</source>
        <translation>Eingetragene Zyklen</translation>
    </message>
    <message>
        <source>Hard?</source>
        <translation>Schwer?</translation>
    </message>
    <message>
        <source>Yes, hard</source>
        <translation>Ja, schwer</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&amp;Use {n} hard days after {kind}</source>
        <translation>{n} schwere Tage nach {kind} &amp;übernehmen</translation>
    </message>
    <message>
        <source>✓ The plan already uses this number.</source>
        <translation>✓ Der Plan verwendet diese Zahl bereits.</translation>
    </message>
    <message>
        <source>Visit packet</source>
        <translation>Unterlagen für den Arzttermin</translation>
    </message>
    <message>
        <source>A page to bring along: open questions, side effects since the last visit (table and chart), the medicines and how they were taken, the temperatures noted, rest and mood, and who drives.</source>
        <translation>Eine Seite zum Mitnehmen: offene Fragen, Nebenwirkungen seit dem letzten Termin (Tabelle und Diagramm), die Medikamente und wie sie genommen wurden, die gemessenen Temperaturen, Ruhe und Stimmung, und wer fährt.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Druckvorschau…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the visit packet</source>
        <translation>Unterlagen für den Arzttermin speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>{symptom}, severity {severity} of 10</source>
        <translation>{symptom}, Stärke {severity} von 10</translation>
    </message>
    <message>
        <source>{hours:g} hours of rest</source>
        <translation>{hours:g} Stunden Ruhe</translation>
    </message>
    <message>
        <source>Mood {mood} of 10</source>
        <translation>Stimmung {mood} von 10</translation>
    </message>
    <message>
        <source>Note side effects, rest and mood as they happen (Enter saves); bring them and your questions to your appointments.</source>
        <translation>Tragen Sie Nebenwirkungen, Ruhe und Stimmung ein, wenn sie auftreten (Enter speichert); bringen Sie sie und Ihre Fragen zu Ihren Terminen mit.</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Note how it is going</source>
        <translation>Notieren, wie es geht</translation>
    </message>
    <message>
        <source>&amp;Note an entry</source>
        <translation>Eintrag &amp;notieren</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eintrag lö&amp;schen</translation>
    </message>
    <message>
        <source>Add &amp;question…</source>
        <translation>&amp;Frage hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Antworten…</translation>
    </message>
    <message>
        <source>Delete q&amp;uestion</source>
        <translation>Frage lös&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Visit packet…</source>
        <translation>&amp;Unterlagen für den Arzttermin…</translation>
    </message>
    <message>
        <source>&amp;Hard days learned…</source>
        <translation>Gelernte sc&amp;hwere Tage…</translation>
    </message>
    <message>
        <source>Note &amp;temperature…</source>
        <translation>&amp;Temperatur notieren…</translation>
    </message>
    <message>
        <source>Note &amp;weight…</source>
        <translation>Ge&amp;wicht notieren…</translation>
    </message>
    <message>
        <source>Note &amp;blood count…</source>
        <translation>B&amp;lutwert notieren…</translation>
    </message>
    <message>
        <source>Journal views</source>
        <translation>Ansichten des Tagebuchs</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Readings</source>
        <translation>&amp;Messwerte</translation>
    </message>
    <message>
        <source>&amp;Blood counts</source>
        <translation>Blutwe&amp;rte</translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation>Fragen an die Ärztin/den Arzt</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>Fra&amp;gen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Notiert am</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>For the visit</source>
        <translation>Für den Termin</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>The next visit (none planned yet)</source>
        <translation>Der nächste Termin (noch keiner geplant)</translation>
    </message>
    <message>
        <source>{visit} (carried over)</source>
        <translation>{visit} (übertragen)</translation>
    </message>
    <message>
        <source>Saved: {what}. Edit &gt; Undo takes it back.</source>
        <translation>Gespeichert: {what}. Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>Wählen Sie zuerst einen Eintrag in der Liste.</translation>
    </message>
    <message>
        <source>Entry deleted. Edit &gt; Undo brings it back.</source>
        <translation>Eintrag gelöscht. Bearbeiten &gt; Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>Note temperature</source>
        <translation>Temperatur notieren</translation>
    </message>
    <message>
        <source>Note weight</source>
        <translation>Gewicht notieren</translation>
    </message>
    <message>
        <source>Note blood count</source>
        <translation>Blutwert notieren</translation>
    </message>
    <message>
        <source>Saved: {what} {value}. Edit &gt; Undo takes it back.</source>
        <translation>Gespeichert: {what} {value}. Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Question saved for the visit it is for.</source>
        <translation>Frage für den zugehörigen Termin gespeichert.</translation>
    </message>
    <message>
        <source>Choose a question in the list first.</source>
        <translation>Wählen Sie zuerst eine Frage in der Liste.</translation>
    </message>
    <message>
        <source>Write the answer first; an empty answer was not saved.</source>
        <translation>Schreiben Sie zuerst die Antwort; eine leere Antwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Question deleted. Edit &gt; Undo brings it back.</source>
        <translation>Frage gelöscht. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>{when}: {title}{who}</source>
        <translation>{when}: {title}{who}</translation>
    </message>
    <message>
        <source>Add a question for the doctor</source>
        <translation>Frage an die Ärztin/den Arzt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Question (it waits in the Journal for your next visit):</source>
        <translation>&amp;Frage (sie wartet im Tagebuch auf Ihren nächsten Termin):</translation>
    </message>
    <message>
        <source>The next visit</source>
        <translation>Der nächste Termin</translation>
    </message>
    <message>
        <source>The next visit with {who}</source>
        <translation>Der nächste Termin bei {who}</translation>
    </message>
    <message>
        <source>For the &amp;visit:</source>
        <translation>Für den &amp;Termin:</translation>
    </message>
    <message>
        <source>Answer to a question</source>
        <translation>Antwort auf eine Frage</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Beantwortet &amp;am:</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Neutrophils</source>
        <translation>Neutrophile</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Blutplättchen</translation>
    </message>
    <message>
        <source>the {what}</source>
        <translation>den Wert „{what}“</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Messwert:</translation>
    </message>
    <message>
        <source>Which reading</source>
        <translation>Welcher Messwert</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Taken at:</source>
        <translation>&amp;Gemessen am:</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Gemessen am</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message>
        <source>Unit: {unit}</source>
        <translation>Einheit: {unit}</translation>
    </message>
    <message>
        <source>in {unit}</source>
        <translation>in {unit}</translation>
    </message>
    <message>
        <source>A reading can be noted up to now, not ahead of time.</source>
        <translation>Ein Messwert kann nur bis jetzt eingetragen werden, nicht im Voraus.</translation>
    </message>
    <message>
        <source>A note has at most {count} characters.</source>
        <translation>Eine Notiz hat höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Jetzt anrufen</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>No temperatures, weights or blood counts noted yet. On the days when blood counts are likely low, take your temperature each evening and note it here.</source>
        <translation>Noch keine Temperaturen, Gewichte oder Blutwerte eingetragen. An den Tagen, an denen die Blutwerte wahrscheinlich niedrig sind, messen Sie jeden Abend Ihre Temperatur und tragen sie hier ein.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>{reading}: {value}</source>
        <translation>{reading}: {value}</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>square</source>
        <translation>Quadrat</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>Raute</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>Kreuz</translation>
    </message>
    <message>
        <source>star</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>{cycle} (from {date})</source>
        <translation>{cycle} (ab {date})</translation>
    </message>
    <message>
        <source>Severity (0 none, 10 worst)</source>
        <translation>Stärke (0 keine, 10 am schlimmsten)</translation>
    </message>
    <message>
        <source>Nothing noted for the chosen symptoms in this period.</source>
        <translation>Für die gewählten Beschwerden ist in diesem Zeitraum nichts eingetragen.</translation>
    </message>
    <message>
        <source>Day of the cycle (day 1 is the treatment day)</source>
        <translation>Tag des Zyklus (Tag 1 ist der Behandlungstag)</translation>
    </message>
    <message>
        <source>Severity chart</source>
        <translation>Diagramm der Stärke</translation>
    </message>
    <message>
        <source>Severity of {names} from {first} to {last}; the table below lists each value.</source>
        <translation>Stärke von {names}, {first} bis {last}; die Tabelle darunter nennt jeden Wert.</translation>
    </message>
    <message>
        <source>Visit packet: {title}, {date}</source>
        <translation>Unterlagen für den Arzttermin: {title}, {date}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient/in: {name}</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Fragen, die Sie stellen möchten</translation>
    </message>
    <message>
        <source>No open questions noted.</source>
        <translation>Keine offenen Fragen notiert.</translation>
    </message>
    <message>
        <source>Side effects since {date}</source>
        <translation>Nebenwirkungen seit {date}</translation>
    </message>
    <message>
        <source>Severity (0 to 10)</source>
        <translation>Stärke (0 bis 10)</translation>
    </message>
    <message>
        <source>{symptom}: {shape}</source>
        <translation>{symptom}: {shape}</translation>
    </message>
    <message>
        <source>Chart markers</source>
        <translation>Zeichen im Diagramm</translation>
    </message>
    <message>
        <source>Dashed lines mark treatment days.</source>
        <translation>Gestrichelte Linien markieren Behandlungstage.</translation>
    </message>
    <message>
        <source>No side effects noted in this time.</source>
        <translation>In dieser Zeit sind keine Nebenwirkungen eingetragen.</translation>
    </message>
    <message>
        <source>Rest and mood</source>
        <translation>Ruhe und Stimmung</translation>
    </message>
    <message>
        <source>Rest: {hours:g} hours (noted {when})</source>
        <translation>Ruhe: {hours:g} Stunden (eingetragen: {when})</translation>
    </message>
    <message>
        <source>Rest: nothing noted</source>
        <translation>Ruhe: nichts eingetragen</translation>
    </message>
    <message>
        <source>Mood: {mood} of 10 (noted {when})</source>
        <translation>Stimmung: {mood} von 10 (eingetragen: {when})</translation>
    </message>
    <message>
        <source>Mood: nothing noted</source>
        <translation>Stimmung: nichts eingetragen</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Hinfahrt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückfahrt</translation>
    </message>
    <message>
        <source>no driver yet</source>
        <translation>noch niemand zum Fahren</translation>
    </message>
    <message>
        <source>{name} (confirmed)</source>
        <translation>{name} (bestätigt)</translation>
    </message>
    <message>
        <source>{name} (not confirmed yet)</source>
        <translation>{name} (noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>{way}: pickup at {time}, {who}</source>
        <translation>{way}: Abholung um {time}, {who}</translation>
    </message>
    <message>
        <source>No ride planned for this visit.</source>
        <translation>Für diesen Termin ist keine Fahrt geplant.</translation>
    </message>
    <message>
        <source>Planning help, not medical advice: your care team decides.</source>
        <translation>Hilfe beim Planen, kein ärztlicher Rat: Ihr Behandlungsteam entscheidet.</translation>
    </message>
    <message>
        <source>Taken as needed</source>
        <translation>Bei Bedarf genommen</translation>
    </message>
    <message>
        <source>No doses due in this time</source>
        <translation>In dieser Zeit waren keine Einnahmen fällig</translation>
    </message>
    <message>
        <source>{taken} of {scheduled} doses taken in time ({percent}%)</source>
        <translation>{taken} von {scheduled} Einnahmen rechtzeitig genommen ({percent} %)</translation>
    </message>
    <message>
        <source>⚠ below the {line}% this medicine needs</source>
        <translation>⚠ unter den {line} %, die dieses Medikament braucht</translation>
    </message>
    <message>
        <source>Medicines since {date}</source>
        <translation>Medikamente seit {date}</translation>
    </message>
    <message>
        <source>No medicines in the plan for this time.</source>
        <translation>Für diese Zeit sind keine Medikamente im Plan.</translation>
    </message>
    <message>
        <source>(must not miss)</source>
        <translation>(darf nicht ausgelassen werden)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Temperatures since {date}</source>
        <translation>Temperaturen seit {date}</translation>
    </message>
    <message>
        <source>No temperature noted in this time.</source>
        <translation>In dieser Zeit ist keine Temperatur eingetragen.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>1 portion</source>
        <translation>1 Portion</translation>
    </message>
    <message>
        <source>{count} portions</source>
        <translation>{count} Portionen</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The shared plan&apos;s server cannot be reached just now; what is shown is the plan as last read.</source>
        <translation>Der Server des gemeinsamen Plans ist gerade nicht erreichbar; angezeigt wird der Plan, wie er zuletzt gelesen wurde.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back up plan</source>
        <translation>Plan sichern</translation>
    </message>
    <message>
        <source>Care Planner plans (*.sqlite3)</source>
        <translation>Care-Planner-Pläne (*.sqlite3)</translation>
    </message>
    <message>
        <source>Care Planner</source>
        <translation>Care Planner</translation>
    </message>
    <message>
        <source>Demo plan - Care Planner</source>
        <translation>Beispielplan - Care Planner</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The shared plan&apos;s server answers again.</source>
        <translation>Der Server des gemeinsamen Plans antwortet wieder.</translation>
    </message>
    <message>
        <source>Demo plan (removed when you quit): {location}</source>
        <translation>Beispielplan (wird beim Beenden entfernt): {location}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Off: this plan is open read-only.</source>
        <translation>Aus: Dieser Plan ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Wen anrufen</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared plan…</source>
        <translation>Mit einem &amp;gemeinsamen Plan verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;my local plan</source>
        <translation>&amp;Meinen lokalen Plan öffnen</translation>
    </message>
    <message>
        <source>&amp;Back up plan…</source>
        <translation>Plan &amp;sichern…</translation>
    </message>
    <message>
        <source>Back&amp;ups…</source>
        <translation>Sich&amp;erungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Plan a course…</source>
        <translation>Behandlungsreihe &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>&amp;Information pane</source>
        <translation>&amp;Infobereich</translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation>Zu &amp;heute springen</translation>
    </message>
    <message>
        <source>☎ &amp;Who to call</source>
        <translation>☎ &amp;Wen anrufen</translation>
    </message>
    <message>
        <source>Who to call (Ctrl+Shift+W)</source>
        <translation>Wen anrufen (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Care Planner</source>
        <translation>&amp;Über Care Planner</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>{who} changed the plan; the window shows it as it is now.</source>
        <translation>{who} hat den Plan geändert; das Fenster zeigt ihn jetzt auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>The plan was changed elsewhere; the window shows it as it is now.</source>
        <translation>Der Plan wurde an anderer Stelle geändert; das Fenster zeigt ihn jetzt auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sicherung gespeichert in {path}</translation>
    </message>
    <message>
        <source>Backup restored. The plan as it was is kept in {path}</source>
        <translation>Sicherung wiederhergestellt. Der bisherige Plan liegt in {path}</translation>
    </message>
    <message>
        <source>The plan file fails its checks: it is damaged, or its records do not fit together.</source>
        <translation>Die Plandatei besteht ihre Prüfungen nicht: Sie ist beschädigt, oder ihre Einträge passen nicht zusammen.</translation>
    </message>
    <message>
        <source>No backup passes its checks either. Keep a copy of the plan file ({path}) before changing more.</source>
        <translation>Auch keine Sicherung besteht ihre Prüfungen. Legen Sie eine Kopie der Plandatei ({path}) an, bevor Sie weitere Änderungen machen.</translation>
    </message>
    <message>
        <source>The plan needs attention</source>
        <translation>Der Plan braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Restore the backup made {made}?</source>
        <translation>Die Sicherung vom {made} wiederherstellen?</translation>
    </message>
    <message>
        <source>The plan as it is now is kept as a backup too.</source>
        <translation>Der Plan, wie er jetzt ist, wird ebenfalls als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: {reason}</source>
        <translation>Die automatische Sicherung konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Question saved in the Journal for your next visit.</source>
        <translation>Frage im Tagebuch für Ihren nächsten Arzttermin gespeichert.</translation>
    </message>
    <message>
        <source>Care Planner {version}

Rides, meals, helpers and treatment days in one private plan.

This is planning help, not medical advice; your care team decides.</source>
        <translation>Care Planner {version}

Fahrten, Mahlzeiten, Helfende und Behandlungstage in einem privaten Plan.

Hilfe beim Planen, kein ärztlicher Rat: Ihr Behandlungsteam entscheidet.</translation>
    </message>
    <message>
        <source>About Care Planner</source>
        <translation>Über Care Planner</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Dose taken: {name} at {time}</source>
        <translation>Als genommen eingetragen: {name} um {time}</translation>
    </message>
    <message>
        <source>Dose skipped: {name} at {time}</source>
        <translation>Als ausgelassen eingetragen: {name} um {time}</translation>
    </message>
    <message>
        <source>Dose later: {name} at {time}</source>
        <translation>Auf später verschoben: {name} um {time}</translation>
    </message>
    <message>
        <source>Taken now: {name}</source>
        <translation>Jetzt genommen: {name}</translation>
    </message>
    <message>
        <source>Ask {helper} to give {name}</source>
        <translation>{helper} bitten, {name} zu geben</translation>
    </message>
    <message>
        <source>Import {count} medicines</source>
        <translation>{count} Medikamente importieren</translation>
    </message>
    <message>
        <source>Skip a dose</source>
        <translation>Einnahme auslassen</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Why the dose is skipped</source>
        <translation>Warum die Einnahme ausgelassen wird</translation>
    </message>
    <message>
        <source>e.g. felt too sick, told to stop by the nurse</source>
        <translation>z. B. mir war zu übel, die Pflegekraft sagte: nicht nehmen</translation>
    </message>
    <message>
        <source>S&amp;kip the dose</source>
        <translation>Einnahme &amp;auslassen</translation>
    </message>
    <message>
        <source>Say why the dose was skipped (a few words are enough).</source>
        <translation>Sagen Sie, warum die Einnahme ausgelassen wurde (ein paar Worte genügen).</translation>
    </message>
    <message>
        <source>Ask a helper to give a dose</source>
        <translation>Helfer/in bitten, eine Dosis zu geben</translation>
    </message>
    <message>
        <source>{helper_task} becomes a help task in the helper&apos;s packet and calendar. It names the medicine and the time, nothing about why it is taken.</source>
        <translation>{helper_task} wird eine Hilfsaufgabe in den Unterlagen und im Kalender der Helferin/des Helfers. Darin stehen das Medikament und die Uhrzeit, aber nichts darüber, wofür es genommen wird.</translation>
    </message>
    <message>
        <source>&amp;Helper:</source>
        <translation>&amp;Helfer/in:</translation>
    </message>
    <message>
        <source>Helper who gives the dose</source>
        <translation>Helfer/in, die/der die Dosis gibt</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Bitten</translation>
    </message>
    <message>
        <source>The plan has no helpers yet: add one on the Helpers page.</source>
        <translation>Der Plan hat noch keine Helfenden: Fügen Sie jemanden auf der Seite Helfende hinzu.</translation>
    </message>
    <message>
        <source>Fixed times each day</source>
        <translation>Feste Zeiten jeden Tag</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Alle paar Stunden</translation>
    </message>
    <message>
        <source>On chosen weekdays</source>
        <translation>An gewählten Wochentagen</translation>
    </message>
    <message>
        <source>Around treatment days</source>
        <translation>Rund um die Behandlungstage</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>A taper (the dose changes step by step)</source>
        <translation>Stufenplan (die Dosis ändert sich Schritt für Schritt)</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Edit medicine</source>
        <translation>Medikament bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Medicine:</source>
        <translation>&amp;Medikament:</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>St&amp;rength:</source>
        <translation>&amp;Stärke:</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>as the box says, e.g. 500 mg</source>
        <translation>wie auf der Packung, z. B. 500 mg</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>tablet, liquid, patch…</source>
        <translation>Tablette, Saft, Pflaster…</translation>
    </message>
    <message>
        <source>Dose, how much each time</source>
        <translation>Dosis, wie viel jedes Mal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <source>Instructions, such as with food</source>
        <translation>Hinweise zur Einnahme, z. B. zum Essen</translation>
    </message>
    <message>
        <source>with food, swallow whole, not with…</source>
        <translation>zum Essen, unzerkaut schlucken, nicht mit…</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Wofür:</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Wofür es ist</translation>
    </message>
    <message>
        <source>Prescri&amp;bed by:</source>
        <translation>&amp;Verschrieben von:</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Verschrieben von</translation>
    </message>
    <message>
        <source>P&amp;harmacy:</source>
        <translation>A&amp;potheke:</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>M&amp;ust not miss a dose (shown against the 95% line)</source>
        <translation>Darf &amp;nicht ausgelassen werden (wird an der 95%-Linie gemessen)</translation>
    </message>
    <message>
        <source>Must not miss a dose</source>
        <translation>Darf nicht ausgelassen werden</translation>
    </message>
    <message>
        <source>S&amp;tock on hand:</source>
        <translation>Vorra&amp;t:</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <source>leave empty if not counted</source>
        <translation>leer lassen, wenn nicht gezählt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Pharmacy &amp;needs:</source>
        <translation>Apotheke &amp;braucht:</translation>
    </message>
    <message>
        <source>Days the pharmacy needs</source>
        <translation>Tage, die die Apotheke braucht</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Einnahmeplan:</translation>
    </message>
    <message>
        <source>Kind of schedule</source>
        <translation>Art des Einnahmeplans</translation>
    </message>
    <message>
        <source>Fi&amp;rst day:</source>
        <translation>E&amp;rster Tag:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Has a &amp;last day:</source>
        <translation>Hat einen &amp;letzten Tag:</translation>
    </message>
    <message>
        <source>Has a last day</source>
        <translation>Hat einen letzten Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Save the medicine</source>
        <translation>Medikament speichern</translation>
    </message>
    <message>
        <source>e.g. 08:00, 20:00</source>
        <translation>z. B. 08:00, 20:00</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Uhrzeiten:</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>Every how many hours</source>
        <translation>Abstand in Stunden</translation>
    </message>
    <message>
        <source>First &amp;dose at:</source>
        <translation>Erste Dosis &amp;um:</translation>
    </message>
    <message>
        <source>Time of the first dose</source>
        <translation>Uhrzeit der ersten Dosis</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Every treatment day</source>
        <translation>Alle Behandlungstage</translation>
    </message>
    <message>
        <source>Follo&amp;ws:</source>
        <translation>&amp;Gehört zu:</translation>
    </message>
    <message>
        <source>Course it follows</source>
        <translation>Behandlungsreihe, zu der es gehört</translation>
    </message>
    <message>
        <source>e.g. day -1 at 20:00; days 1-3 at 08:00</source>
        <translation>z. B. day -1 at 20:00; days 1-3 at 08:00</translation>
    </message>
    <message>
        <source>Day 0 is the treatment day, day -1 the day before, day 1 the day after. Separate the parts with a semicolon.</source>
        <translation>Schreiben Sie „day“ für Tag und „at“ für um: day 0 ist der Behandlungstag, day -1 der Tag davor, day 1 der Tag danach. Trennen Sie die Teile mit einem Semikolon.</translation>
    </message>
    <message>
        <source>Doses &amp;on:</source>
        <translation>Einnahmen &amp;an:</translation>
    </message>
    <message>
        <source>Days and times of the doses</source>
        <translation>Tage und Uhrzeiten der Einnahmen</translation>
    </message>
    <message>
        <source>Day 0 is the treatment day, day -1 the day before, day 1 the day after.</source>
        <translation>day 0 ist der Behandlungstag, day -1 der Tag davor, day 1 der Tag danach.</translation>
    </message>
    <message>
        <source>At least &amp;apart:</source>
        <translation>Mindest&amp;abstand:</translation>
    </message>
    <message>
        <source>Hours apart at least</source>
        <translation>Mindestabstand in Stunden</translation>
    </message>
    <message>
        <source>At &amp;most a day:</source>
        <translation>Hö&amp;chstens pro Tag:</translation>
    </message>
    <message>
        <source>Doses a day at most</source>
        <translation>Höchstens so viele Einnahmen pro Tag</translation>
    </message>
    <message>
        <source>e.g. 2 for 3 days; 1 for 3 days</source>
        <translation>z. B. 2 for 3 days; 1 for 3 days</translation>
    </message>
    <message>
        <source>Each step: the dose, then for how many days.</source>
        <translation>Jede Stufe: die Dosis, dann für wie viele Tage („2 for 3 days“ = 2 für 3 Tage).</translation>
    </message>
    <message>
        <source>Ste&amp;ps:</source>
        <translation>St&amp;ufen:</translation>
    </message>
    <message>
        <source>Taper steps</source>
        <translation>Stufen des Stufenplans</translation>
    </message>
    <message>
        <source>A taper&apos;s steps give its doses.</source>
        <translation>Bei einem Stufenplan ergeben die Stufen die Einnahmen.</translation>
    </message>
    <message>
        <source>Import a medicine list</source>
        <translation>Medikamentenliste importieren</translation>
    </message>
    <message>
        <source>Medicines to add</source>
        <translation>Medikamente zum Hinzufügen</translation>
    </message>
    <message>
        <source>{file}: {good} medicines can be added; {bad} rows cannot.</source>
        <translation>{file}: {good} Medikamente können hinzugefügt werden; {bad} Zeilen nicht.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <source>{state} at {time}</source>
        <translation>{state} um {time}</translation>
    </message>
    <message>
        <source>{state}: asks again at {time}</source>
        <translation>{state}: erinnert wieder um {time}</translation>
    </message>
    <message>
        <source>Must not miss</source>
        <translation>Nicht auslassen</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Vorrat</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Aufgebraucht am</translation>
    </message>
    <message>
        <source>Refill</source>
        <translation>Nachschub</translation>
    </message>
    <message>
        <source>Stock not counted</source>
        <translation>Vorrat nicht gezählt</translation>
    </message>
    <message>
        <source>Enough for now</source>
        <translation>Reicht vorerst</translation>
    </message>
    <message>
        <source>Ask for a refill now ({days} days&apos; notice)</source>
        <translation>Jetzt Nachschub anfordern (Apotheke braucht {days} Tage)</translation>
    </message>
    <message>
        <source>Ask for a refill by {date}</source>
        <translation>Nachschub bis {date} anfordern</translation>
    </message>
    <message>
        <source>Steps (see schedule)</source>
        <translation>Stufen (siehe Einnahmeplan)</translation>
    </message>
    <message>
        <source>Cycle from {date}</source>
        <translation>Zyklus ab {date}</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Woche ab {date}</translation>
    </message>
    <message>
        <source>Below {line}%</source>
        <translation>Unter {line}%</translation>
    </message>
    <message>
        <source>At or above {line}%</source>
        <translation>{line}% oder mehr</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Taken in time ÷ scheduled</source>
        <translation>Rechtzeitig genommen ÷ geplant</translation>
    </message>
    <message>
        <source>{taken} of {scheduled}</source>
        <translation>{taken} von {scheduled}</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>95% line</source>
        <translation>95%-Linie</translation>
    </message>
    <message>
        <source>Export the medicine list</source>
        <translation>Medikamentenliste exportieren</translation>
    </message>
    <message>
        <source>Today&apos;s doses, the medicine list with its stock, and how well each medicine is being taken. The care team&apos;s instructions come first.</source>
        <translation>Die Einnahmen von heute, die Medikamentenliste mit dem Vorrat und wie gut jedes Medikament eingenommen wird. Die Anweisungen Ihres Behandlungsteams haben Vorrang.</translation>
    </message>
    <message>
        <source>&amp;Taken</source>
        <translation>&amp;Genommen</translation>
    </message>
    <message>
        <source>S&amp;kipped…</source>
        <translation>&amp;Ausgelassen…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Ask a &amp;helper to give this dose…</source>
        <translation>Eine Helferin/einen Helfer &amp;bitten, diese Dosis zu geben…</translation>
    </message>
    <message>
        <source>Taken &amp;now</source>
        <translation>&amp;Jetzt genommen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Medicines views</source>
        <translation>Ansichten der Medikamente</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Medicines</source>
        <translation>&amp;Medikamente</translation>
    </message>
    <message>
        <source>A&amp;dherence</source>
        <translation>&amp;Einnahmetreue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s doses</source>
        <translation>Einnahmen von heute</translation>
    </message>
    <message>
        <source>No doses are planned for today.</source>
        <translation>Für heute sind keine Einnahmen geplant.</translation>
    </message>
    <message>
        <source>Taken as needed: note each dose when it is taken.</source>
        <translation>Bei Bedarf genommen: Tragen Sie jede Einnahme ein, wenn sie genommen wird.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Medicines taken as needed</source>
        <translation>Medikamente bei Bedarf</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>No medicines yet. Add each one with its dose and times (Add…), or import a list.</source>
        <translation>Noch keine Medikamente. Fügen Sie jedes mit Dosis und Uhrzeiten hinzu (Hinzufügen…) oder importieren Sie eine Liste.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Einnahmetreue</translation>
    </message>
    <message>
        <source>Doses taken in time out of the doses scheduled, for each of the last weeks and treatment cycles. For a medicine that must not be missed, {line}% or more is the aim.</source>
        <translation>Rechtzeitig genommene Einnahmen im Verhältnis zu den geplanten, für jede der letzten Wochen und jeden Behandlungszyklus. Bei einem Medikament, das nicht ausgelassen werden darf, ist das Ziel {line}% oder mehr.</translation>
    </message>
    <message>
        <source>Adherence per week and per cycle</source>
        <translation>Einnahmetreue pro Woche und pro Zyklus</translation>
    </message>
    <message>
        <source>Doses for {day}</source>
        <translation>Einnahmen am {day}</translation>
    </message>
    <message>
        <source>{name}, {amount} at {time}</source>
        <translation>{name}, {amount} um {time}</translation>
    </message>
    <message>
        <source>Asked {helper}: {task}</source>
        <translation>{helper} gebeten: {task}</translation>
    </message>
    <message>
        <source>{name} noted as taken at {time}.</source>
        <translation>{name} um {time} als genommen eingetragen.</translation>
    </message>
    <message>
        <source>Delete medicine</source>
        <translation>Medikament löschen</translation>
    </message>
    <message>
        <source>Delete {name} and the answers noted for its doses?</source>
        <translation>{name} und die Angaben zu seinen Einnahmen löschen?</translation>
    </message>
    <message>
        <source>Wrote {count} medicines to {path}</source>
        <translation>{count} Medikamente in {path} gespeichert</translation>
    </message>
    <message>
        <source>At least {hours} hours apart, at most {most} a day</source>
        <translation>Mindestens {hours} Stunden Abstand, höchstens {most} pro Tag</translation>
    </message>
    <message>
        <source>No doses to count yet.</source>
        <translation>Noch keine Einnahmen zum Zählen.</translation>
    </message>
    <message>
        <source>{name}, {period}: {taken} of {scheduled} taken in time ({percent}%), {line}.</source>
        <translation>{name}, {period}: {taken} von {scheduled} rechtzeitig genommen ({percent}%), {line}.</translation>
    </message>
    <message>
        <source>{text} is not a time of day; write it as HH:MM, such as 08:00.</source>
        <translation>{text} ist keine Uhrzeit; schreiben Sie sie als HH:MM, z. B. 08:00.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>{part} is not understood; write days and times such as day -1 at 20:00; days 1-3 at 08:00.</source>
        <translation>{part} ist nicht verständlich; schreiben Sie Tage und Uhrzeiten in dieser Form: day -1 at 20:00; days 1-3 at 08:00 (day = Tag, at = um).</translation>
    </message>
    <message>
        <source>In {part} the days go backwards; write the earlier day first.</source>
        <translation>In {part} laufen die Tage rückwärts; schreiben Sie den früheren Tag zuerst.</translation>
    </message>
    <message>
        <source>Too many days in {part}.</source>
        <translation>Zu viele Tage in {part}.</translation>
    </message>
    <message>
        <source>{part} is not understood; write each step as a dose for some days, such as 2 for 3 days; 1 for 3 days.</source>
        <translation>{part} ist nicht verständlich; schreiben Sie jede Stufe als Dosis für eine Anzahl Tage, in dieser Form: 2 for 3 days; 1 for 3 days (for = für, days = Tage).</translation>
    </message>
    <message>
        <source>Every day at {times}</source>
        <translation>Täglich um {times}</translation>
    </message>
    <message>
        <source>Every {hours} hours from {time}</source>
        <translation>Alle {hours} Stunden ab {time}</translation>
    </message>
    <message>
        <source>On {days} at {times}</source>
        <translation>{days} um {times}</translation>
    </message>
    <message>
        <source>each treatment</source>
        <translation>jede Behandlung</translation>
    </message>
    <message>
        <source>Around {course}: {offsets}</source>
        <translation>Rund um {course}: {offsets}</translation>
    </message>
    <message>
        <source>As needed, at least {hours} hours apart, at most {most} a day</source>
        <translation>Bei Bedarf, mindestens {hours} Stunden Abstand, höchstens {most} pro Tag</translation>
    </message>
    <message>
        <source>{dose} for {days} days</source>
        <translation>{dose} für {days} Tage</translation>
    </message>
    <message>
        <source>Taper at {times}: {steps}</source>
        <translation>Stufenplan um {times}: {steps}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Care Planner</source>
        <translation>Care Planner</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>Bearbeiten &gt; Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Care Planner cannot open the plan</source>
        <translation>Care Planner kann den Plan nicht öffnen</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Today {time}</source>
        <translation>Heute {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Gestern {time}</translation>
    </message>
    <message>
        <source>New · {when}</source>
        <translation>Neu · {when}</translation>
    </message>
    <message>
        <source>{when}: {summary}</source>
        <translation>{when}: {summary}</translation>
    </message>
    <message>
        <source>New. {text}</source>
        <translation>Neu. {text}</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>{summary}
Enter opens it in {where}.</source>
        <translation>{summary}
Enter öffnet es unter {where}.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Their values were kept; yours were not saved.</source>
        <translation>Die Werte der anderen Person wurden übernommen; Ihre wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Add {title}</source>
        <translation>{title} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>{title} bearbeiten</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>{title} löschen</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>That record is not in the list: it was removed, or its date is not shown.</source>
        <translation>Dieser Eintrag ist nicht in der Liste: Er wurde entfernt, oder sein Datum wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <source>(off: this plan is open read-only)</source>
        <translation>(aus: Dieser Plan ist schreibgeschützt geöffnet)</translation>
    </message>
</context>
<context>
    <name>PlanSwitch</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Shared plan {database} on {server} as {author}</source>
        <translation>Gemeinsamer Plan {database} auf {server} als {author}</translation>
    </message>
    <message>
        <source>Shared plan {database} on {server}</source>
        <translation>Gemeinsamer Plan {database} auf {server}</translation>
    </message>
    <message>
        <source>Your plan on this computer</source>
        <translation>Ihr Plan auf diesem Computer</translation>
    </message>
    <message>
        <source>Plan: {location}</source>
        <translation>Plan: {location}</translation>
    </message>
    <message>
        <source>{plan} (read-only)</source>
        <translation>{plan} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The plan was not opened; the window stays on the plan it shows. {why}</source>
        <translation>Der Plan wurde nicht geöffnet; das Fenster zeigt weiter den bisherigen Plan. {why}</translation>
    </message>
    <message>
        <source>The shared plan {database} was not opened; this is your plan on this computer.</source>
        <translation>Der gemeinsame Plan {database} wurde nicht geöffnet; Sie sehen Ihren Plan auf diesem Computer.</translation>
    </message>
    <message>
        <source>The shared plan {database} could not be opened, so this is your plan on this computer. {why}</source>
        <translation>Der gemeinsame Plan {database} ließ sich nicht öffnen; deshalb sehen Sie Ihren Plan auf diesem Computer. {why}</translation>
    </message>
    <message>
        <source>Care Planner was last on the shared plan {database}. Type the password to open it again, or Cancel for your plan on this computer.</source>
        <translation>Care Planner war zuletzt mit dem gemeinsamen Plan {database} verbunden. Geben Sie das Passwort ein, um ihn wieder zu öffnen, oder wählen Sie Abbrechen für Ihren Plan auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Remind of appointments the day before at:</source>
        <translation>Am Vortag an Termine erinnern &amp;um:</translation>
    </message>
    <message>
        <source>The window (and the system tray) reminds of the next day&apos;s appointments then.</source>
        <translation>Das Fenster (und der Infobereich) erinnert dann an die Termine des nächsten Tages.</translation>
    </message>
    <message>
        <source>Reminders and gaps</source>
        <translation>Erinnerungen und Lücken</translation>
    </message>
    <message>
        <source>&amp;Look for gaps this many days ahead (7 to 56):</source>
        <translation>So viele Tage im Voraus nach &amp;Lücken suchen (7 bis 56):</translation>
    </message>
    <message>
        <source>Coming days lists what is still to arrange from today over this many days.</source>
        <translation>„Die nächsten Tage“ zeigt, was ab heute in so vielen Tagen noch zu organisieren ist.</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;name:</source>
        <translation>&amp;Name der Patientin/des Patienten:</translation>
    </message>
    <message>
        <source>Printed on the ride cards.</source>
        <translation>Wird auf die Fahrtzettel gedruckt.</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;phone:</source>
        <translation>&amp;Telefon der Patientin/des Patienten:</translation>
    </message>
    <message>
        <source>Home &amp;address:</source>
        <translation>&amp;Wohnadresse:</translation>
    </message>
    <message>
        <source>Where the ride there picks up.</source>
        <translation>Hier wird für die Hinfahrt abgeholt.</translation>
    </message>
    <message>
        <source>Arrive &amp;early by (minutes):</source>
        <translation>Früher an&amp;kommen um (Minuten):</translation>
    </message>
    <message>
        <source>The ride there arrives this long before the appointment starts.</source>
        <translation>Die Hinfahrt kommt so viele Minuten vor Beginn des Termins an.</translation>
    </message>
    <message>
        <source>&amp;Travel time to a new place (minutes):</source>
        <translation>&amp;Fahrzeit zu einem neuen Ort (Minuten):</translation>
    </message>
    <message>
        <source>Used until a place has its own travel time (Rides &gt; Place and travel time).</source>
        <translation>Gilt, bis ein Ort eine eigene Fahrzeit hat (Fahrten &gt; Ort und Fahrzeit).</translation>
    </message>
    <message>
        <source>Drivers &amp;confirm the evening before by:</source>
        <translation>Fahrer/innen &amp;bestätigen am Vorabend bis:</translation>
    </message>
    <message>
        <source>An unconfirmed ride is a gap, and the window reminds you to call the driver then.</source>
        <translation>Eine unbestätigte Fahrt ist eine Lücke, und das Fenster erinnert Sie dann daran, die Fahrerin/den Fahrer anzurufen.</translation>
    </message>
    <message>
        <source>Time &amp;zone of the plan&apos;s times:</source>
        <translation>&amp;Zeitzone der Uhrzeiten im Plan:</translation>
    </message>
    <message>
        <source>Written into exported calendars, e.g. Europe/London; empty uses this computer&apos;s.</source>
        <translation>Wird in exportierte Kalender geschrieben, z. B. Europe/Berlin; leer bedeutet die Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Temperat&amp;ures in:</source>
        <translation>Temperaturen &amp;in:</translation>
    </message>
    <message>
        <source>Temperatures are typed and shown in this scale, with the other one beside them.</source>
        <translation>Temperaturen werden in dieser Einheit eingegeben und angezeigt, die andere steht daneben.</translation>
    </message>
    <message>
        <source>°C (Celsius)</source>
        <translation>°C (Celsius)</translation>
    </message>
    <message>
        <source>°F (Fahrenheit)</source>
        <translation>°F (Fahrenheit)</translation>
    </message>
    <message>
        <source>Temperature and red flags</source>
        <translation>Temperatur und Warnzeichen</translation>
    </message>
    <message>
        <source>Red-flag rules:</source>
        <translation>Regeln für Warnzeichen:</translation>
    </message>
    <message>
        <source>When a temperature or a side effect means: call the care team now.</source>
        <translation>Wann eine Temperatur oder eine Nebenwirkung bedeutet: Jetzt das Behandlungsteam anrufen.</translation>
    </message>
    <message>
        <source>Show whom to call from severity:</source>
        <translation>Ab dieser Stärke zeigen, wen Sie anrufen:</translation>
    </message>
    <message>
        <source>A side effect noted this severe (and any fever) shows the care team&apos;s numbers at once.</source>
        <translation>Bei einer so starken Nebenwirkung (und bei jedem Fieber) erscheinen sofort die Nummern des Behandlungsteams.</translation>
    </message>
    <message>
        <source>Even&amp;ing reminder to take the temperature at:</source>
        <translation>&amp;Abendliche Erinnerung zum Temperaturmessen um:</translation>
    </message>
    <message>
        <source>On the infection-risk days the window reminds you then.</source>
        <translation>An den Tagen mit Infektionsgefahr erinnert Sie das Fenster dann daran.</translation>
    </message>
    <message>
        <source>Infection-risk days ({kind}):</source>
        <translation>Tage mit Infektionsgefahr ({kind}):</translation>
    </message>
    <message>
        <source>The days after each treatment day when blood counts are likely low, such as 7-14 (empty: none). Coming days marks them, with an evening reminder to take the temperature.</source>
        <translation>Die Tage nach jedem Behandlungstag, an denen die Blutwerte wahrscheinlich niedrig sind, z. B. 7-14 (leer: keine). „Die nächsten Tage“ markiert sie, mit einer Erinnerung am Abend, die Temperatur zu messen.</translation>
    </message>
    <message>
        <source>None (such as 7-14)</source>
        <translation>Keine (z. B. 7-14)</translation>
    </message>
    <message>
        <source>A dose counts as &amp;missed after (minutes):</source>
        <translation>Eine Einnahme gilt als &amp;verpasst nach (Minuten):</translation>
    </message>
    <message>
        <source>A dose not marked taken or skipped this long after its time is missed (a gap).</source>
        <translation>Eine Einnahme, die so lange nach ihrer Zeit weder als genommen noch als ausgelassen markiert ist, gilt als verpasst (eine Lücke).</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Repeat a dose&apos;s reminder every (minutes):</source>
        <translation>Erinnerung an eine Einnahme wiederholen alle (Minuten):</translation>
    </message>
    <message>
        <source>How often the reminder of an unanswered dose comes again.</source>
        <translation>Wie oft die Erinnerung an eine unbeantwortete Einnahme wiederkommt.</translation>
    </message>
    <message>
        <source>Remind of one dose at most (times):</source>
        <translation>An eine Einnahme höchstens erinnern (Mal):</translation>
    </message>
    <message>
        <source>How many reminders one dose gets in all, the first at its time.</source>
        <translation>Wie viele Erinnerungen eine Einnahme insgesamt bekommt, die erste zu ihrer Zeit.</translation>
    </message>
    <message>
        <source>Later ask&amp;s again after (minutes):</source>
        <translation>„Später“ fragt &amp;erneut nach (Minuten):</translation>
    </message>
    <message>
        <source>How long Later waits before the dose&apos;s reminder asks again.</source>
        <translation>Wie lange „Später“ wartet, bis die Erinnerung an die Einnahme erneut fragt.</translation>
    </message>
    <message>
        <source>A day is &amp;hard from average severity (1 to 10):</source>
        <translation>Ein Tag ist &amp;schwer ab durchschnittlicher Stärke (1 bis 10):</translation>
    </message>
    <message>
        <source>Journal &gt; Hard days learned suggests the days at or above this level.</source>
        <translation>Tagebuch &gt; Gelernte schwere Tage schlägt die Tage auf oder über dieser Stufe vor.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Keep the list of changes for (days, 30 to 3650):</source>
        <translation>Änderungen aufbewa&amp;hren für (Tage, 30 bis 3650):</translation>
    </message>
    <message>
        <source>Older changes leave View &gt; Activity and the change log when the window starts.</source>
        <translation>Ältere Änderungen verschwinden beim Start des Fensters aus Ansicht &gt; Änderungen und aus dem Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Your name in the acti&amp;vity list:</source>
        <translation>Ihr Name in der Liste der Än&amp;derungen:</translation>
    </message>
    <message>
        <source>Yours alone (kept for your login on this computer): your changes carry it in View &gt; Activity.</source>
        <translation>Nur für Sie (gespeichert für Ihre Anmeldung an diesem Computer): Ihre Änderungen tragen ihn unter Ansicht &gt; Änderungen.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The PDF could not be written to {path}: {why}; anything already there is as it was.</source>
        <translation>Das PDF konnte nicht in {path} geschrieben werden: {why}. Was dort schon war, ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Emergency sheet: {name}</source>
        <translation>Notfallblatt: {name}</translation>
    </message>
    <message>
        <source>Emergency sheet</source>
        <translation>Notfallblatt</translation>
    </message>
    <message>
        <source>Out of hours, call the care team:</source>
        <translation>Außerhalb der Sprechzeiten das Behandlungsteam anrufen:</translation>
    </message>
    <message>
        <source>Ask the care team for their 24-hour number.</source>
        <translation>Fragen Sie Ihr Behandlungsteam nach der Nummer, die rund um die Uhr erreichbar ist.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Oncologist</source>
        <translation>Onkolog/in</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Angehörige</translation>
    </message>
    <message>
        <source>No medicines in the plan.</source>
        <translation>Keine Medikamente im Plan.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Made on {date} with Care Planner.</source>
        <translation>Erstellt am {date} mit Care Planner.</translation>
    </message>
    <message>
        <source>Having treatment: tell the staff at once.</source>
        <translation>In Behandlung: Bitte sofort dem Personal sagen.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <source>Medicines I take now</source>
        <translation>Medikamente, die ich zurzeit nehme</translation>
    </message>
    <message>
        <source>Planning help, not medical advice: your care team decides.</source>
        <translation>Hilfe beim Planen, kein ärztlicher Rat: Ihr Behandlungsteam entscheidet.</translation>
    </message>
    <message>
        <source>HAVING TREATMENT: tell the staff at once</source>
        <translation>IN BEHANDLUNG: bitte sofort dem Personal sagen</translation>
    </message>
    <message>
        <source>Out of hours: {number}</source>
        <translation>Außerhalb der Sprechzeiten: {number}</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Cut along the dashed line: the card fits a wallet.</source>
        <translation>An der gestrichelten Linie ausschneiden: Die Karte passt in die Geldbörse.</translation>
    </message>
    <message>
        <source>Fridge sheet, {first} to {last}</source>
        <translation>Kühlschrank-Zettel, {first} bis {last}</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Hinfahrt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückfahrt</translation>
    </message>
    <message>
        <source>{way}: ride cancelled</source>
        <translation>{way}: Fahrt abgesagt</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>{way}: pickup {time}{where}, ⚠ NO DRIVER YET</source>
        <translation>{way}: Abholung {time}{where}, ⚠ NOCH NIEMAND FÄHRT</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>{way}: {driver} picks up at {time}{where}{sure}</source>
        <translation>{way}: Abholung um {time}{where} durch {driver}{sure}</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(abgesagt)</translation>
    </message>
    <message>
        <source>Thaw tonight: {meals}</source>
        <translation>Heute Abend auftauen: {meals}</translation>
    </message>
    <message>
        <source>Coming: {visit}</source>
        <translation>Besuch: {visit}</translation>
    </message>
    <message>
        <source>Support group: {visit}</source>
        <translation>Selbsthilfegruppe: {visit}</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>{name}: {week}</source>
        <translation>{name}: {week}</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Wen anrufen</translation>
    </message>
    <message>
        <source>No numbers in the plan yet (Helpers &gt; Care team).</source>
        <translation>Noch keine Nummern im Plan (Helfende &gt; Behandlungsteam).</translation>
    </message>
    <message>
        <source>Wrote the emergency sheet and wallet card to {path}.</source>
        <translation>Notfallblatt und Karte für die Brieftasche gespeichert: {path}.</translation>
    </message>
    <message>
        <source>Wrote the ride card of ride leg {ride} to {path}.</source>
        <translation>Fahrtzettel der Fahrt {ride} gespeichert: {path}.</translation>
    </message>
    <message>
        <source>Wrote the packet for {name} to {path}.</source>
        <translation>Unterlagen für {name} gespeichert: {path}.</translation>
    </message>
    <message>
        <source>Wrote the fridge sheet for {first} to {last}: {path}.</source>
        <translation>Kühlschrank-Zettel für {first} bis {last} gespeichert: {path}.</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <source>out of hours</source>
        <translation>außerhalb der Sprechzeiten</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The patient&apos;s details are saved.</source>
        <translation>Die Angaben zur Patientin/zum Patienten sind gespeichert.</translation>
    </message>
</context>
<context>
    <name>Red flags</name>
    <message>
        <source>One reading</source>
        <translation>Eine Messung</translation>
    </message>
    <message>
        <source>Two readings</source>
        <translation>Zwei Messungen</translation>
    </message>
    <message>
        <source>Three readings</source>
        <translation>Drei Messungen</translation>
    </message>
    <message>
        <source>Four readings</source>
        <translation>Vier Messungen</translation>
    </message>
    <message>
        <source>{count} readings</source>
        <translation>{count} Messungen</translation>
    </message>
    <message>
        <source>{count} of {temperature} or more, at least {apart} apart, within {within}: call now.</source>
        <translation>{count} von {temperature} oder mehr, mindestens {apart} auseinander, innerhalb von {within}: jetzt anrufen.</translation>
    </message>
    <message>
        <source>{count} of {temperature} or more within {within}: call now.</source>
        <translation>{count} von {temperature} oder mehr innerhalb von {within}: jetzt anrufen.</translation>
    </message>
    <message>
        <source>{temperature} at {time}</source>
        <translation>{temperature} um {time}</translation>
    </message>
    <message>
        <source>Temperature {noted}. Call the care team&apos;s out-of-hours number now; do not wait until the morning.</source>
        <translation>Temperatur {noted}. Rufen Sie jetzt die Notfallnummer des Behandlungsteams an; warten Sie nicht bis zum Morgen.</translation>
    </message>
    <message>
        <source>A side effect noted at severity {severity} of 10 or more (a fever at any severity): show whom to call now.</source>
        <translation>Eine Nebenwirkung mit Stärke {severity} von 10 oder mehr (Fieber bei jeder Stärke): zeigen, wen Sie jetzt anrufen.</translation>
    </message>
    <message>
        <source>The plan has no out-of-hours number yet: add the care team&apos;s number to the patient&apos;s profile. Until then, call the number the care team gave you, or the emergency number.</source>
        <translation>Im Plan steht noch keine Notfallnummer: Tragen Sie die Nummer des Behandlungsteams im Profil ein. Bis dahin rufen Sie die Nummer an, die Ihnen das Behandlungsteam gegeben hat, oder den Notruf.</translation>
    </message>
    <message>
        <source>Out-of-hours number: {number}</source>
        <translation>Notfallnummer: {number}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>{driver} (not confirmed yet)</source>
        <translation>{driver} (noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>{appointment} at {time}</source>
        <translation>{appointment} um {time}</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Wo: {place}</translation>
    </message>
    <message>
        <source>Leave at {time}</source>
        <translation>Losfahren um {time}</translation>
    </message>
    <message>
        <source>Driving there: {driver}</source>
        <translation>Hinfahrt: {driver}</translation>
    </message>
    <message>
        <source>Driving home: {driver}</source>
        <translation>Rückfahrt: {driver}</translation>
    </message>
    <message>
        <source>Tomorrow: {appointment}</source>
        <translation>Morgen: {appointment}</translation>
    </message>
    <message>
        <source>Take your temperature</source>
        <translation>Messen Sie Ihre Temperatur</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open what the reminder is about</source>
        <translation>Öffnen, worum es in der Erinnerung geht</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Erinnerung ausblenden</translation>
    </message>
    <message>
        <source>&amp;Taken</source>
        <translation>&amp;Genommen</translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation>Einnahme genommen</translation>
    </message>
    <message>
        <source>&amp;Skipped…</source>
        <translation>Aus&amp;gelassen…</translation>
    </message>
    <message>
        <source>Dose skipped (asks why)</source>
        <translation>Einnahme ausgelassen (fragt nach dem Grund)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Ask again later</source>
        <translation>Später noch einmal fragen</translation>
    </message>
    <message>
        <source>&amp;Why was it skipped?</source>
        <translation>&amp;Warum ausgelassen?</translation>
    </message>
    <message>
        <source>Why the dose was skipped</source>
        <translation>Warum die Einnahme ausgelassen wurde</translation>
    </message>
    <message>
        <source>e.g. felt sick, none left</source>
        <translation>z. B. übel, keine mehr da</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save: dose skipped</source>
        <translation>Speichern: Einnahme ausgelassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Asked again: not answered yet</source>
        <translation>Erneut gefragt: noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Say in a few words why the dose was skipped.</source>
        <translation>Sagen Sie in wenigen Worten, warum die Einnahme ausgelassen wurde.</translation>
    </message>
    <message>
        <source>&amp;{action}</source>
        <translation>&amp;{action}</translation>
    </message>
    <message>
        <source>{count} more after this one</source>
        <translation>{count} weitere nach dieser</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Während Sie weg waren</translation>
    </message>
    <message>
        <source>Dose taken: {what}</source>
        <translation>Einnahme genommen: {what}</translation>
    </message>
    <message>
        <source>Dose skipped: {what}</source>
        <translation>Einnahme ausgelassen: {what}</translation>
    </message>
    <message>
        <source>Dose put off: {what}</source>
        <translation>Einnahme verschoben: {what}</translation>
    </message>
    <message>
        <source>While you were away (due today at {time})</source>
        <translation>Während Sie weg waren (fällig heute um {time})</translation>
    </message>
    <message>
        <source>While you were away (due yesterday at {time})</source>
        <translation>Während Sie weg waren (fällig gestern um {time})</translation>
    </message>
    <message>
        <source>While you were away (due {when})</source>
        <translation>Während Sie weg waren (fällig {when})</translation>
    </message>
    <message>
        <source>Time for {medicine}</source>
        <translation>Zeit für {medicine}</translation>
    </message>
    <message>
        <source>{dose}, due at {time}.</source>
        <translation>{dose}, fällig um {time}.</translation>
    </message>
    <message>
        <source>Take {portions} from {place} for {weekday}.</source>
        <translation>Nehmen Sie {portions} aus {place} für {weekday} heraus.</translation>
    </message>
    <message>
        <source>Take {portions} for {weekday}.</source>
        <translation>Nehmen Sie {portions} für {weekday} heraus.</translation>
    </message>
    <message>
        <source>Reheating: {how}</source>
        <translation>Aufwärmen: {how}</translation>
    </message>
    <message>
        <source>Thaw tonight: {meal}</source>
        <translation>Heute Abend auftauen: {meal}</translation>
    </message>
    <message>
        <source>Call {driver} about tomorrow&apos;s ride</source>
        <translation>Rufen Sie {driver} wegen der Fahrt morgen an</translation>
    </message>
    <message>
        <source>{ride}, {at}, is not confirmed yet. Call {driver} on {phone} and mark it confirmed.</source>
        <translation>{ride}, {at}, ist noch nicht bestätigt. Rufen Sie {driver} unter {phone} an und markieren Sie die Fahrt als bestätigt.</translation>
    </message>
    <message>
        <source>{ride}, {at}, is not confirmed yet. Call {driver} and mark it confirmed.</source>
        <translation>{ride}, {at}, ist noch nicht bestätigt. Rufen Sie {driver} an und markieren Sie die Fahrt als bestätigt.</translation>
    </message>
</context>
<context>
    <name>Rides</name>
    <message>
        <source>Ride card: to the appointment, {date}</source>
        <translation>Fahrtzettel: zum Termin, {date}</translation>
    </message>
    <message>
        <source>Ride card: home from the appointment, {date}</source>
        <translation>Fahrtzettel: vom Termin nach Hause, {date}</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Abholung</translation>
    </message>
    <message>
        <source>Drive to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Drive home to</source>
        <translation>Ziel (nach Hause)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Expected end</source>
        <translation>Voraussichtliches Ende</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Fahrer/in</translation>
    </message>
    <message>
        <source>Backup driver</source>
        <translation>Ersatzfahrer/in</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Care team: {number}</source>
        <translation>Behandlungsteam: {number}</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>Außerhalb der Sprechzeiten</translation>
    </message>
    <message>
        <source>Thank you for driving. If you cannot make it, please call as early as you can.</source>
        <translation>Danke, dass Sie fahren. Wenn Sie doch nicht können, rufen Sie bitte so früh wie möglich an.</translation>
    </message>
    <message>
        <source>Mark ride needed</source>
        <translation>Fahrt als benötigt markieren</translation>
    </message>
    <message>
        <source>Mark ride asked</source>
        <translation>Fahrt als angefragt markieren</translation>
    </message>
    <message>
        <source>Mark ride confirmed</source>
        <translation>Fahrt als bestätigt markieren</translation>
    </message>
    <message>
        <source>Mark ride done</source>
        <translation>Fahrt als erledigt markieren</translation>
    </message>
    <message>
        <source>Cancel ride</source>
        <translation>Fahrt absagen</translation>
    </message>
    <message>
        <source>Plan this ride</source>
        <translation>Diese Fahrt planen</translation>
    </message>
    <message>
        <source>{kind} at {when}, {where}</source>
        <translation>{kind}, {when}, {where}</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>kein Ort angegeben</translation>
    </message>
    <message>
        <source>{status} {when}</source>
        <translation>{status}: {when}</translation>
    </message>
    <message>
        <source>So far: {steps}</source>
        <translation>Bisher: {steps}</translation>
    </message>
    <message>
        <source>&amp;Pickup:</source>
        <translation>&amp;Abholung:</translation>
    </message>
    <message>
        <source>Pickup time</source>
        <translation>Abholzeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Travel time:</source>
        <translation>&amp;Fahrzeit:</translation>
    </message>
    <message>
        <source>Travel time in minutes</source>
        <translation>Fahrzeit in Minuten</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Kein Ersatz</translation>
    </message>
    <message>
        <source>{name}: free</source>
        <translation>{name}: frei</translation>
    </message>
    <message>
        <source>{name}: busy ({reasons})</source>
        <translation>{name}: nicht frei ({reasons})</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>Fahre&amp;r/in:</translation>
    </message>
    <message>
        <source>&amp;Backup driver:</source>
        <translation>&amp;Ersatzfahrer/in:</translation>
    </message>
    <message>
        <source>Save ride card as PDF</source>
        <translation>Fahrtzettel als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Hinfahrt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückfahrt</translation>
    </message>
    <message>
        <source>Needs a driver</source>
        <translation>Braucht Fahrer/in</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht angefragt</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Pickup place</source>
        <translation>Abholort</translation>
    </message>
    <message>
        <source>Every coming ride, there and back, by day. Choose a driver, ask them, and mark the ride confirmed once they have said yes. Print a ride card for the driver.</source>
        <translation>Alle kommenden Fahrten, hin und zurück, nach Tagen geordnet. Wählen Sie eine Fahrerin oder einen Fahrer, fragen Sie an, und markieren Sie die Fahrt als bestätigt, sobald die Zusage da ist. Drucken Sie einen Fahrtzettel für die Person, die fährt.</translation>
    </message>
    <message>
        <source>Ride legs</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <source>Show rides</source>
        <translation>Fahrten anzeigen</translation>
    </message>
    <message>
        <source>All coming rides</source>
        <translation>Alle kommenden Fahrten</translation>
    </message>
    <message>
        <source>Not yet confirmed</source>
        <translation>Noch nicht bestätigt</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>{what} the selected ride ({keys})</source>
        <translation>{what}: ausgewählte Fahrt ({keys})</translation>
    </message>
    <message>
        <source>Choose &amp;driver…</source>
        <translation>Fahrer/in &amp;wählen…</translation>
    </message>
    <message>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <source>Mark &amp;asked</source>
        <translation>Als &amp;angefragt markieren</translation>
    </message>
    <message>
        <source>Mark &amp;confirmed</source>
        <translation>Als &amp;bestätigt markieren</translation>
    </message>
    <message>
        <source>S&amp;wap to backup</source>
        <translation>Zu &amp;Ersatz wechseln</translation>
    </message>
    <message>
        <source>&amp;Print ride card…</source>
        <translation>Fahrtzettel &amp;drucken…</translation>
    </message>
    <message>
        <source>Save ride card as P&amp;DF…</source>
        <translation>Fahrtzettel als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Place and &amp;travel time…</source>
        <translation>Ort und &amp;Fahrzeit…</translation>
    </message>
    <message>
        <source>&amp;I&apos;ll drive this</source>
        <translation>&amp;Ich fahre</translation>
    </message>
    <message>
        <source>{what}</source>
        <translation>{what}</translation>
    </message>
    <message>
        <source>Rides from today to {last}</source>
        <translation>Fahrten von heute bis {last}</translation>
    </message>
    <message>
        <source>{count} of {total} rides</source>
        <translation>{count} von {total} Fahrten</translation>
    </message>
    <message>
        <source>Every coming ride has a confirmed driver. A new appointment that needs a ride brings its legs here.</source>
        <translation>Für jede kommende Fahrt gibt es eine bestätigte Fahrerin oder einen bestätigten Fahrer. Braucht ein neuer Termin eine Fahrt, erscheinen Hin- und Rückfahrt hier.</translation>
    </message>
    <message>
        <source>Drive this ride</source>
        <translation>Diese Fahrt übernehmen</translation>
    </message>
    <message>
        <source>Swap to the backup driver</source>
        <translation>Zur Ersatzfahrerin/zum Ersatzfahrer wechseln</translation>
    </message>
    <message>
        <source>Plan ride</source>
        <translation>Fahrt planen</translation>
    </message>
    <message>
        <source>Ride card saved to {path}</source>
        <translation>Fahrtzettel gespeichert in {path}</translation>
    </message>
    <message>
        <source>Choose a ride in the table.</source>
        <translation>Wählen Sie eine Fahrt in der Tabelle.</translation>
    </message>
    <message>
        <source>This ride has no driver yet: choose one (Ctrl+Shift+D).</source>
        <translation>Für diese Fahrt gibt es noch keine Fahrerin/keinen Fahrer: Wählen Sie jemanden aus (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Place and travel time</source>
        <translation>Ort und Fahrzeit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>The travel time from home sets when the ride there picks up; the notes are printed on the ride card.</source>
        <translation>Aus der Fahrzeit von zu Hause ergibt sich die Abholzeit für die Hinfahrt; die Hinweise werden auf den Fahrtzettel gedruckt.</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Travel time from home:</source>
        <translation>&amp;Fahrzeit von zu Hause:</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Fahrzeit</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Parking, entrance, wheelchair, where to wait</source>
        <translation>Parken, Eingang, Rollstuhl, wo man warten kann</translation>
    </message>
    <message>
        <source>&amp;Notes for the driver:</source>
        <translation>&amp;Hinweise für die Fahrerin/den Fahrer:</translation>
    </message>
    <message>
        <source>Notes for the driver</source>
        <translation>Hinweise für die Fahrerin/den Fahrer</translation>
    </message>
    <message>
        <source>outside their usual times</source>
        <translation>außerhalb der üblichen Zeiten</translation>
    </message>
    <message>
        <source>driving another ride at {time}</source>
        <translation>fährt um {time} schon eine andere Fahrt</translation>
    </message>
    <message>
        <source>booked for “{task}” at {time}</source>
        <translation>um {time} schon für „{task}“ eingeplant</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation>Im Plan suchen</translation>
    </message>
    <message>
        <source>Search the plan (Ctrl+F)</source>
        <translation>Im Plan suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Appointments, rides, people, meals, groups, journal notes and questions</source>
        <translation>Termine, Fahrten, Personen, Mahlzeiten, Gruppen, Tagebucheinträge und Fragen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Helfende</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Help tasks</source>
        <translation>Hilfsaufgaben</translation>
    </message>
    <message>
        <source>Freezer meals</source>
        <translation>Gefriermahlzeiten</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Selbsthilfegruppen</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>{shown} of {total} or more</source>
        <translation>{shown} von {total} oder mehr</translation>
    </message>
    <message>
        <source>{count}+</source>
        <translation>{count}+</translation>
    </message>
    <message>
        <source>Show more {kind} ({count} more)…</source>
        <translation>Mehr anzeigen: {kind} ({count} weitere)…</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>{kind}: {hit}</source>
        <translation>{kind}: {hit}</translation>
    </message>
    <message>
        <source>{hit}
Enter opens it.</source>
        <translation>{hit}
Mit Enter öffnen.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found for “{term}”.</source>
        <translation>Nichts gefunden für „{term}“.</translation>
    </message>
    <message>
        <source>{first} · {second}</source>
        <translation>{first} · {second}</translation>
    </message>
    <message>
        <source>an appointment</source>
        <translation>einem Termin</translation>
    </message>
    <message>
        <source>Ride to {appointment}</source>
        <translation>Hinfahrt zu {appointment}</translation>
    </message>
    <message>
        <source>Ride home from {appointment}</source>
        <translation>Rückfahrt von {appointment}</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb *.icalendar)</source>
        <translation>Kalenderdateien (*.ics *.ical *.ifb *.icalendar)</translation>
    </message>
    <message>
        <source>&amp;Import calendar…</source>
        <translation>Kalender &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export calendar…</source>
        <translation>Kalender &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print the fridge sheet…</source>
        <translation>Kühlschrank-Zettel &amp;drucken…</translation>
    </message>
    <message>
        <source>Save the fridge sheet as P&amp;DF…</source>
        <translation>Kühlschrank-Zettel als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Print the &amp;emergency sheet…</source>
        <translation>&amp;Notfallblatt drucken…</translation>
    </message>
    <message>
        <source>Save the emergency sheet as PDF…</source>
        <translation>Notfallblatt als PDF speichern…</translation>
    </message>
    <message>
        <source>Helper &amp;packets into a folder…</source>
        <translation>&amp;Unterlagen für Helfende in einen Ordner…</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>Calendar imported: {added} appointments added, {updated} updated.</source>
        <translation>Kalender importiert: {added} Termine hinzugefügt, {updated} aktualisiert.</translation>
    </message>
    <message>
        <source>These events were not imported:
{lines}</source>
        <translation>Diese Termine wurden nicht importiert:
{lines}</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}.</source>
        <translation>{count} Termine in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Save the emergency sheet</source>
        <translation>Notfallblatt speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Emergency sheet saved to {path}.</source>
        <translation>Notfallblatt gespeichert in {path}.</translation>
    </message>
    <message>
        <source>Save the fridge sheet</source>
        <translation>Kühlschrank-Zettel speichern</translation>
    </message>
    <message>
        <source>Fridge sheet saved to {path}.</source>
        <translation>Kühlschrank-Zettel gespeichert in {path}.</translation>
    </message>
    <message>
        <source>Folder for the helper packets</source>
        <translation>Ordner für die Unterlagen der Helfenden</translation>
    </message>
    <message>
        <source>The plan has no helpers yet (see Helpers).</source>
        <translation>Der Plan hat noch keine Helfenden (siehe Helfende).</translation>
    </message>
    <message>
        <source>Writing the helper packets…</source>
        <translation>Unterlagen für Helfende werden gespeichert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the helper packets</source>
        <translation>Unterlagen für Helfende werden gespeichert</translation>
    </message>
    <message>
        <source>Helper packets</source>
        <translation>Unterlagen für Helfende</translation>
    </message>
    <message>
        <source>Wrote packets for {count} helpers to {folder}.</source>
        <translation>Unterlagen für {count} Helfende in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>Helper packets stopped.</source>
        <translation>Speichern der Unterlagen für Helfende abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Type to search, e.g. text size</source>
        <translation>Zum Suchen tippen, z. B. Textgröße</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts by menu and area</source>
        <translation>Tastenkürzel nach Menü und Bereich</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>{what}: {keys}</source>
        <translation>{what}: {keys}</translation>
    </message>
    <message>
        <source>No shortcut matches that.</source>
        <translation>Dazu passt kein Tastenkürzel.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>on the first</source>
        <translation>am ersten</translation>
    </message>
    <message>
        <source>on the second</source>
        <translation>am zweiten</translation>
    </message>
    <message>
        <source>on the third</source>
        <translation>am dritten</translation>
    </message>
    <message>
        <source>on the fourth</source>
        <translation>am vierten</translation>
    </message>
    <message>
        <source>on the last</source>
        <translation>am letzten</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>{which} {day} of each month</source>
        <translation>{which} {day} jedes Monats</translation>
    </message>
    <message>
        <source>Every {day}</source>
        <translation>Jeden {day}</translation>
    </message>
    <message>
        <source>Every {n} weeks on {day}</source>
        <translation>Alle {n} Wochen am {day}</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Alle 2 Wochen</translation>
    </message>
    <message>
        <source>Every 3 weeks</source>
        <translation>Alle 3 Wochen</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>Alle 4 Wochen</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Einmal im Monat</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Welche Woche im Monat</translation>
    </message>
    <message>
        <source>On which weekday</source>
        <translation>An welchem Wochentag</translation>
    </message>
    <message>
        <source>As set elsewhere ({rule})</source>
        <translation>Wie anderswo festgelegt ({rule})</translation>
    </message>
    <message>
        <source>Every {n} weeks</source>
        <translation>Alle {n} Wochen</translation>
    </message>
    <message>
        <source>Add a support group</source>
        <translation>Selbsthilfegruppe hinzufügen</translation>
    </message>
    <message>
        <source>Edit support group</source>
        <translation>Selbsthilfegruppe bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;First meeting:</source>
        <translation>&amp;Erstes Treffen:</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Erstes Treffen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Dauer des Treffens in Minuten</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>Ansprech&amp;partner/in:</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner/in</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The schedule cannot be read</source>
        <translation>Der Terminplan kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>None in the next two months</source>
        <translation>Keins in den nächsten zwei Monaten</translation>
    </message>
    <message>
        <source>Groups for patients and carers, in person, online or by phone.</source>
        <translation>Gruppen für Erkrankte und Angehörige, vor Ort, online oder am Telefon.</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Selbsthilfegruppen</translation>
    </message>
    <message>
        <source>No group recorded yet. Your nurse or social worker usually knows the local groups, and can tell you about meal and ride services too.</source>
        <translation>Noch keine Gruppe eingetragen. Ihre Pflegekraft oder der Sozialdienst kennt meist die Gruppen in der Nähe und kann Ihnen auch von Essens- und Fahrdiensten erzählen.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>support group</source>
        <translation>Selbsthilfegruppe</translation>
    </message>
    <message>
        <source>Delete support group</source>
        <translation>Selbsthilfegruppe löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
</context>
<context>
    <name>Symptoms</name>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Mouth sores</source>
        <translation>Wunde Stellen im Mund</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Durchfall</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>Low mood</source>
        <translation>Gedrückte Stimmung</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>soft</source>
        <translation>weich</translation>
    </message>
    <message>
        <source>bland</source>
        <translation>mild gewürzt</translation>
    </message>
    <message>
        <source>low-fibre</source>
        <translation>ballaststoffarm</translation>
    </message>
    <message>
        <source>high-protein</source>
        <translation>eiweißreich</translation>
    </message>
    <message>
        <source>vegetarian</source>
        <translation>vegetarisch</translation>
    </message>
    <message>
        <source>dairy-free</source>
        <translation>ohne Milchprodukte</translation>
    </message>
    <message>
        <source>gluten-free</source>
        <translation>glutenfrei</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Company at {appointment}</source>
        <translation>Begleitung bei {appointment}</translation>
    </message>
    <message>
        <source>{appointment} would like someone along.</source>
        <translation>Für {appointment} ist Begleitung erwünscht.</translation>
    </message>
    <message>
        <source>Company at home</source>
        <translation>Gesellschaft zu Hause</translation>
    </message>
    <message>
        <source>A hard day after {because}, and company is wanted.</source>
        <translation>Ein schwerer Tag nach {because}, und Gesellschaft ist erwünscht.</translation>
    </message>
    <message>
        <source>Cook or bring a meal</source>
        <translation>Essen kochen oder vorbeibringen</translation>
    </message>
    <message>
        <source>A hard day after {because}, and no freezer portions are set aside for it.</source>
        <translation>Ein schwerer Tag nach {because}, und dafür sind keine Portionen aus dem Gefrierschrank eingeplant.</translation>
    </message>
    <message>
        <source>Errands: pharmacy and shopping</source>
        <translation>Besorgungen: Apotheke und Einkaufen</translation>
    </message>
    <message>
        <source>The first hard day after {because}: nobody should have to go out.</source>
        <translation>Der erste schwere Tag nach {because}: Niemand sollte aus dem Haus müssen.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Only the plan&apos;s organisers can change this.</source>
        <translation>Nur die Organisator/innen des Plans können das ändern.</translation>
    </message>
    <message>
        <source>This ride is given to someone else: only they and the plan&apos;s organisers can change it.</source>
        <translation>Diese Fahrt ist jemand anderem zugeteilt: Nur diese Person und die Organisator/innen des Plans können sie ändern.</translation>
    </message>
    <message>
        <source>This task is given to someone else: only they and the plan&apos;s organisers can change it.</source>
        <translation>Diese Aufgabe ist jemand anderem zugeteilt: Nur diese Person und die Organisator/innen des Plans können sie ändern.</translation>
    </message>
    <message>
        <source>Say &quot;I&apos;ll do this&quot; first: then the task is yours to mark.</source>
        <translation>Wählen Sie zuerst „Ich übernehme das“: Dann können Sie die Aufgabe selbst markieren.</translation>
    </message>
    <message>
        <source>Only this helper and the plan&apos;s organisers can change their details.</source>
        <translation>Nur diese Helferin/dieser Helfer und die Organisator/innen des Plans können diese Angaben ändern.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open Care Planner</source>
        <translation>Care Planner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray</source>
        <translation>Im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Care Planner</source>
        <translation>Care Planner</translation>
    </message>
    <message>
        <source>Keep Care Planner in the tray to show reminders?</source>
        <translation>Care Planner im Infobereich lassen, damit Erinnerungen erscheinen?</translation>
    </message>
    <message>
        <source>Reminders then still come when the window is closed. File &gt; Keep running in the tray changes this later; Quit in the tray&apos;s menu ends the program.</source>
        <translation>Erinnerungen kommen dann auch, wenn das Fenster geschlossen ist. Datei &gt; Im Infobereich weiterlaufen ändert das später; „Beenden“ im Menü des Infobereichs beendet das Programm.</translation>
    </message>
    <message>
        <source>&amp;Keep in tray</source>
        <translation>Im Infobereich &amp;lassen</translation>
    </message>
    <message>
        <source>Care Planner is still running</source>
        <translation>Care Planner läuft weiter</translation>
    </message>
    <message>
        <source>Reminders appear here. Quit from this icon&apos;s menu.</source>
        <translation>Erinnerungen erscheinen hier. Beenden über das Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückfahrt</translation>
    </message>
    <message>
        <source>Baking</source>
        <translation>Gebäck</translation>
    </message>
    <message>
        <source>C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>Calendar link</source>
        <translation>Kalenderverknüpfung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Chemotherapy</source>
        <translation>Chemotherapie</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderbetreuung</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Putzen</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>Clinical-trial visit</source>
        <translation>Studientermin</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Gesellschaft leisten</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Arztgespräch</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Kochen</translation>
    </message>
    <message>
        <source>Cooked dish</source>
        <translation>Gekochtes Gericht</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsreihe</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Dessert</source>
        <translation>Nachtisch</translation>
    </message>
    <message>
        <source>Dialysis</source>
        <translation>Dialyse</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Fahren</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Errands</source>
        <translation>Besorgungen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>F</source>
        <translation>°F</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Dieser und folgende</translation>
    </message>
    <message>
        <source>Freezer</source>
        <translation>Gefrierschrank</translation>
    </message>
    <message>
        <source>Freezer meal</source>
        <translation>Gefriermahlzeit</translation>
    </message>
    <message>
        <source>Fresh</source>
        <translation>Frisch</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>Hämoglobin</translation>
    </message>
    <message>
        <source>Help task</source>
        <translation>Hilfsaufgabe</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <source>Helper availability</source>
        <translation>Verfügbarkeit der Helfenden</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>Helfende</translation>
    </message>
    <message>
        <source>Immunotherapy / infusion</source>
        <translation>Immuntherapie / Infusion</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Neu angelegt</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <source>Kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Lab / blood test</source>
        <translation>Labor / Blutabnahme</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Mahlzeit</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Mahlzeiten</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Neutrophils</source>
        <translation>Neutrophile</translation>
    </message>
    <message>
        <source>Nurse navigator</source>
        <translation>Pflegelotse/-lotsin</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Oncologist</source>
        <translation>Onkolog/in</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Nur dieser Termin</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisator/in</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Palliative care team</source>
        <translation>Palliativteam</translation>
    </message>
    <message>
        <source>Palliative-care visit</source>
        <translation>Palliativbesuch</translation>
    </message>
    <message>
        <source>Pet care</source>
        <translation>Tierbetreuung</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>Thrombozyten</translation>
    </message>
    <message>
        <source>Portions taken</source>
        <translation>Entnommene Portionen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Radiation</source>
        <translation>Bestrahlung</translation>
    </message>
    <message>
        <source>Raw ingredients</source>
        <translation>Rohe Zutaten</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <source>Ride</source>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>Ride leg</source>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>Ride leg status</source>
        <translation>Fahrtstatus</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Fahrten</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Zu wenig</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Sozialarbeiter/in</translation>
    </message>
    <message>
        <source>Soup or stew</source>
        <translation>Suppe oder Eintopf</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Selbsthilfegruppe</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>There</source>
        <translation>Hinfahrt</translation>
    </message>
    <message>
        <source>Transport service</source>
        <translation>Fahrdienst</translation>
    </message>
    <message>
        <source>Unsuited</source>
        <translation>Unpassend</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>Week</name>
    <message>
        <source>Blood counts are likely low: take your temperature each evening.</source>
        <translation>Die Blutwerte sind wahrscheinlich niedrig: Messen Sie jeden Abend Ihre Temperatur.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Getting started: a few first steps make the plan work.</source>
        <translation>Erste Schritte: Mit ein paar ersten Schritten funktioniert der Plan.</translation>
    </message>
    <message>
        <source>☑ {step} (done)</source>
        <translation>☑ {step} (erledigt)</translation>
    </message>
    <message>
        <source>☐ {step}</source>
        <translation>☐ {step}</translation>
    </message>
    <message>
        <source>{step}: done</source>
        <translation>{step}: erledigt</translation>
    </message>
    <message>
        <source>{step}: to do</source>
        <translation>{step}: noch zu tun</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Tage der Woche</translation>
    </message>
    <message>
        <source>Up and Down move item by item, Page Up and Page Down day by day; Enter opens the item in its area.</source>
        <translation>Pfeil hoch und runter gehen von Eintrag zu Eintrag, Bild hoch und Bild runter von Tag zu Tag; die Eingabetaste öffnet den Eintrag in seinem Bereich.</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Open the chosen item in its area</source>
        <translation>Den gewählten Eintrag in seinem Bereich öffnen</translation>
    </message>
    <message>
        <source>Still to arrange</source>
        <translation>Noch zu organisieren</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show all {count} (the first {shown} are listed)</source>
        <translation>Alle {count} zeigen (die ersten {shown} sind aufgeführt)</translation>
    </message>
    <message>
        <source>{action}: {message}</source>
        <translation>{action}: {message}</translation>
    </message>
    <message>
        <source>{day}: {message}</source>
        <translation>{day}: {message}</translation>
    </message>
    <message>
        <source>{message} Fix: {action}.</source>
        <translation>{message} Was tun: {action}.</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>○ To take</source>
        <translation>○ Zu nehmen</translation>
    </message>
    <message>
        <source>✓ Taken</source>
        <translation>✓ Genommen</translation>
    </message>
    <message>
        <source>✗ Skipped</source>
        <translation>✗ Ausgelassen</translation>
    </message>
    <message>
        <source>↻ Later</source>
        <translation>↻ Später</translation>
    </message>
    <message>
        <source>⚠ Not confirmed</source>
        <translation>⚠ Nicht bestätigt</translation>
    </message>
    <message>
        <source>{time}, {type}: {title}</source>
        <translation>{time}, {type}: {title}</translation>
    </message>
    <message>
        <source>Hard day (after {appointments})</source>
        <translation>Schwerer Tag (nach {appointments})</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <translation>Nichts geplant.</translation>
    </message>
    <message>
        <source>Enter opens it in {area}.</source>
        <translation>Eingabetaste öffnet ihn im Bereich {area}.</translation>
    </message>
    <message>
        <source>Today and the six days after it, and what is still to arrange.</source>
        <translation>Heute und die sechs Tage danach, und was noch zu organisieren ist.</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>{what} ({shortcut})</source>
        <translation>{what} ({shortcut})</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message>
        <source>Nothing is planned for the coming days yet. The steps above start the plan: add the next appointment first.</source>
        <translation>Für die nächsten Tage ist noch nichts geplant. Die Schritte oben starten den Plan: Tragen Sie zuerst den nächsten Termin ein.</translation>
    </message>
    <message>
        <source>Nothing missing in the next {count} days.</source>
        <translation>In den nächsten {count} Tagen fehlt nichts.</translation>
    </message>
    <message>
        <source>These days are over; nothing is left to arrange in them.</source>
        <translation>Diese Tage sind vorbei; für sie ist nichts mehr zu organisieren.</translation>
    </message>
    <message>
        <source>{first} to {last} {year}</source>
        <translation>{first} bis {last} {year}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>hard day, after {appointments}</source>
        <translation>schwerer Tag, nach {appointments}</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>These days are over.</source>
        <translation>Diese Tage sind vorbei.</translation>
    </message>
    <message>
        <source>Nothing missing in these seven days.</source>
        <translation>In diesen sieben Tagen fehlt nichts.</translation>
    </message>
    <message>
        <source>Gaps ({count}):</source>
        <translation>Lücken ({count}):</translation>
    </message>
    <message>
        <source>{day}  {message}  [fix: {action}]</source>
        <translation>{day}  {message}  [Lösung: {action}]</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>gesucht</translation>
    </message>
    <message>
        <source>asked</source>
        <translation>angefragt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>{kind} at {place}</source>
        <translation>{kind}, {place}</translation>
    </message>
    <message>
        <source>{kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>{driver} ({status})</source>
        <translation>{driver} ({status})</translation>
    </message>
    <message>
        <source>no driver yet</source>
        <translation>noch niemand zum Fahren</translation>
    </message>
    <message>
        <source>freezer meal</source>
        <translation>Gefriermahlzeit</translation>
    </message>
    <message>
        <source>{meal} ({portions})</source>
        <translation>{meal} ({portions})</translation>
    </message>
    <message>
        <source>thawed the day before</source>
        <translation>am Vortag aufgetaut</translation>
    </message>
    <message>
        <source>{portions} for {weekday}</source>
        <translation>{portions} für {weekday}</translation>
    </message>
    <message>
        <source>{category}: {helper}</source>
        <translation>{category}: {helper}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>{symptom} {severity}/10</source>
        <translation>{symptom} {severity}/10</translation>
    </message>
    <message>
        <source>Rest {hours} h</source>
        <translation>Ruhe {hours} Std.</translation>
    </message>
    <message>
        <source>Mood {mood}/10</source>
        <translation>Stimmung {mood}/10</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Activity</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Show the changes of</source>
        <translation>Änderungen zeigen von</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Show the changes in</source>
        <translation>Änderungen zeigen im Bereich</translation>
    </message>
    <message>
        <source>Recent changes, newest first</source>
        <translation>Letzte Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>No changes yet: what anyone adds or changes shows here.</source>
        <translation>Noch keine Änderungen: Was jemand hinzufügt oder ändert, erscheint hier.</translation>
    </message>
    <message>
        <source>No recent changes match the person and area chosen.</source>
        <translation>Keine letzten Änderungen passen zur gewählten Person und zum gewählten Bereich.</translation>
    </message>
    <message>
        <source>The list of changes cannot be read just now; it tries again soon.</source>
        <translation>Die Liste der Änderungen kann gerade nicht gelesen werden; es wird bald erneut versucht.</translation>
    </message>
    <message>
        <source>Activity ({count} new)</source>
        <translation>Änderungen ({count} neu)</translation>
    </message>
    <message>
        <source>&amp;Activity ({count} new)</source>
        <translation>Ä&amp;nderungen ({count} neu)</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Jetzt anrufen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The care team&apos;s own instructions come first: if they told you something else, do what they said. This plan is a help, not medical advice.</source>
        <translation>Die Anweisungen des Behandlungsteams gehen vor: Wenn es Ihnen etwas anderes gesagt hat, halten Sie sich daran. Dieser Plan ist eine Hilfe, kein ärztlicher Rat.</translation>
    </message>
    <message>
        <source>&amp;Add the out-of-hours number…</source>
        <translation>&amp;Notfallnummer hinzufügen…</translation>
    </message>
    <message>
        <source>Add the out-of-hours number</source>
        <translation>Notfallnummer hinzufügen</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the call now banner</source>
        <translation>Hinweis „Jetzt anrufen“ ausblenden</translation>
    </message>
    <message>
        <source>Out-of-hours number: {number}</source>
        <translation>Notfallnummer (außerhalb der Sprechzeiten): {number}</translation>
    </message>
    <message>
        <source>The plan has no out-of-hours number yet. Call the number the care team gave you, or the emergency number; then add the care team&apos;s number here.</source>
        <translation>Im Plan steht noch keine Notfallnummer. Rufen Sie die Nummer an, die Ihnen das Behandlungsteam gegeben hat, oder den Notruf; tragen Sie danach die Nummer des Behandlungsteams hier ein.</translation>
    </message>
    <message>
        <source>&amp;Reload their values</source>
        <translation>Neue Werte &amp;laden</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>{who} removed this {what} meanwhile.</source>
        <translation>{who} hat diesen Eintrag ({what}) inzwischen entfernt.</translation>
    </message>
    <message>
        <source>{who} changed this {what} meanwhile. Reload to see their values; saving without reloading asks whose values to keep.</source>
        <translation>{who} hat diesen Eintrag ({what}) inzwischen geändert. Laden Sie neu, um die neuen Werte zu sehen; wenn Sie ohne Neuladen speichern, werden Sie gefragt, welche Werte bleiben sollen.</translation>
    </message>
    <message>
        <source>{who} changed this {what} meanwhile; saving asks whose values to keep.</source>
        <translation>{who} hat diesen Eintrag ({what}) inzwischen geändert; beim Speichern werden Sie gefragt, welche Werte bleiben sollen.</translation>
    </message>
    <message>
        <source>Write the date in full, e.g. {example}.</source>
        <translation>Schreiben Sie das Datum vollständig, z. B. {example}.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. {year}.</source>
        <translation>Schreiben Sie das Jahr mit vier Ziffern, z. B. {year}.</translation>
    </message>
    <message>
        <source>There is no month {month}: months run from 1 to 12.</source>
        <translation>Einen Monat {month} gibt es nicht: Die Monate gehen von 1 bis 12.</translation>
    </message>
    <message>
        <source>There is no day {day} in {month} {year}: it has {days} days.</source>
        <translation>Im {month} {year} gibt es keinen Tag {day}: Er hat {days} Tage.</translation>
    </message>
    <message>
        <source>There is no hour {hour}: hours run from 1 to 12.</source>
        <translation>Eine Stunde {hour} gibt es nicht: Die Stunden gehen von 1 bis 12.</translation>
    </message>
    <message>
        <source>There is no hour {hour}: hours run from 0 to 23.</source>
        <translation>Eine Stunde {hour} gibt es nicht: Die Stunden gehen von 0 bis 23.</translation>
    </message>
    <message>
        <source>There is no minute {minute}: minutes run from 0 to 59.</source>
        <translation>Eine Minute {minute} gibt es nicht: Die Minuten gehen von 0 bis 59.</translation>
    </message>
    <message>
        <source>Choose a date from {first} to {last}.</source>
        <translation>Wählen Sie ein Datum zwischen {first} und {last}.</translation>
    </message>
    <message>
        <source>{problem} The date stays {date}.</source>
        <translation>{problem} Das Datum bleibt {date}.</translation>
    </message>
    <message>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <source>Problem: {message}</source>
        <translation>Problem: {message}</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Search the topics</source>
        <translation>Themen durchsuchen</translation>
    </message>
    <message>
        <source>Topics found</source>
        <translation>Gefundene Themen</translation>
    </message>
    <message>
        <source>Information topic</source>
        <translation>Informationsthema</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the information pane</source>
        <translation>Informationsbereich ausblenden</translation>
    </message>
    <message>
        <source>Hide the information pane (F1)</source>
        <translation>Informationsbereich ausblenden (F1)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation>Thema wählen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>This link asks for something Care Planner cannot do yet.</source>
        <translation>Dieser Link verlangt etwas, das Care Planner noch nicht kann.</translation>
    </message>
    <message>
        <source>This link leads nowhere Care Planner knows.</source>
        <translation>Dieser Link führt an keinen Ort, den Care Planner kennt.</translation>
    </message>
    <message>
        <source>No topic mentions that.</source>
        <translation>Kein Thema erwähnt das.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>{area} ({keys})</source>
        <translation>{area} ({keys})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; this plan&apos;s file cannot be written, so changes are off. You can look at everything, back it up (File &gt; Back up plan…), export and print. To change it, copy the file to a folder of yours and open the copy.</source>
        <translation>&lt;b&gt;Schreibgeschützt:&lt;/b&gt; Die Datei dieses Plans kann nicht beschrieben werden, daher sind Änderungen abgeschaltet. Sie können alles ansehen, den Plan sichern (Datei &gt; Plan sichern…), exportieren und drucken. Um ihn zu ändern, kopieren Sie die Datei in einen eigenen Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>This plan is open read-only</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>The shared plan&apos;s server cannot be reached</source>
        <translation>Der Server des gemeinsamen Plans ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Why the change waits</source>
        <translation>Warum die Änderung wartet</translation>
    </message>
    <message>
        <source>Try &amp;now</source>
        <translation>&amp;Jetzt versuchen</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>&amp;Nicht mehr warten</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>The change that waits is not saved; what you typed stays.</source>
        <translation>Die wartende Änderung wird nicht gespeichert; was Sie eingegeben haben, bleibt stehen.</translation>
    </message>
    <message>
        <source>Care Planner asks it again every few seconds.</source>
        <translation>Care Planner versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Im Notfall</translation>
    </message>
    <message>
        <source>No emergency contact yet: add one under Helpers, Care team (for example the treatment unit&apos;s out-of-hours line).</source>
        <translation>Noch kein Notfallkontakt: Tragen Sie einen unter Helfende, Behandlungsteam ein (zum Beispiel die Notfallnummer der Behandlungsstation).</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <source>No care team contacts yet.</source>
        <translation>Noch keine Kontakte des Behandlungsteams.</translation>
    </message>
    <message>
        <source>Family and friends</source>
        <translation>Familie und Freunde</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Wen anrufen</translation>
    </message>
    <message>
        <source>Numbers to call</source>
        <translation>Nummern zum Anrufen</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>The work stopped unexpectedly; nothing more was done.</source>
        <translation>Die Arbeit wurde unerwartet abgebrochen; danach wurde nichts mehr erledigt.</translation>
    </message>
    <message>
        <source>Where it happened is noted in {path}.</source>
        <translation>Wo es passiert ist, steht in {path}.</translation>
    </message>
</context>
</TS>
