// title: Events an organisation organised
// description: Events organised by the organisation, with their date and the people who spoke at (speaker) or attended (attendee) them; role and person are empty for an event with no known participants. Undated events come last. Twin of organized_events.rq.
// param organization: id — the organisation id
MATCH (ev)-[:ORGANIZED_BY]->(:Entity {id: $organization})
WITH DISTINCT ev
WITH ev, [(p)-[:SPEAKS_AT]->(ev) | ['speaker', p.id, p.name]]
     + [(p:Person)-[:ATTENDS]->(ev) | ['attendee', p.id, p.name]] AS parts
UNWIND CASE WHEN size(parts) = 0 THEN [null] ELSE parts END AS part
WITH DISTINCT ev.id AS event, ev.name AS event_name, ev.date AS date, part[0] AS role, part[1] AS person,
     part[2] AS person_name
RETURN event, event_name, date, role, person, person_name
ORDER BY date IS NULL, date, event, role IS NOT NULL, role, person IS NOT NULL, person
