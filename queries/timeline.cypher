// title: Timeline
// description: Events the entity spoke at (speaker), attended (attendee) or organised (organizer), by date (undated last) then name. One row per date an article gives the event. Twin of timeline.rq.
// param entity: id — a person or organisation id
MATCH (e:Entity {id: $entity})
CALL {
  WITH e
  MATCH (e)-[:SPEAKS_AT]->(ev)
  RETURN ev, 'speaker' AS role
  UNION
  WITH e
  MATCH (e)-[:ATTENDS]->(ev)
  RETURN ev, 'attendee' AS role
  UNION
  WITH e
  MATCH (ev)-[:ORGANIZED_BY]->(e)
  RETURN ev, 'organizer' AS role
}
WITH DISTINCT ev, role
WITH ev, role, [(ev)-[m:MENTIONED_IN]->() WHERE m.attr_date IS NOT NULL | m.attr_date] AS dates
UNWIND CASE WHEN size(dates) = 0 THEN [null] ELSE dates END AS date
WITH DISTINCT ev.id AS event, ev.names[0] AS event_name, date, role
RETURN event, event_name, date, role
ORDER BY date IS NULL, date, event_name IS NOT NULL, event_name, event, role
