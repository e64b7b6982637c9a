// title: Timeline
// description: Events the entity spoke at (speaker), attended (attendee) or organised (organizer), by date (undated last) then name. Twin of timeline.rq.
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
RETURN DISTINCT ev.id AS event, ev.name AS event_name, ev.date AS date, role
ORDER BY date IS NULL, date, event_name IS NOT NULL, event_name, event, role
