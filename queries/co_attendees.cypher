// title: Who else was there
// description: Other people and organisations that spoke at or attended an event the entity spoke at or attended. Twin of co_attendees.rq.
// param entity: id — a person or organisation id
MATCH (e:Entity {id: $entity})-[:SPEAKS_AT|ATTENDS]->(ev)<-[:SPEAKS_AT|ATTENDS]-(o)
WHERE o <> e
RETURN DISTINCT o.id AS other, o.name AS other_name, ev.id AS event, ev.name AS event_name
ORDER BY other, event
