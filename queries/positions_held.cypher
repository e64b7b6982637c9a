// title: Positions held
// description: Organisations a person holds a position in, with the title, the article and the sentence that states it. Twin of positions_held.rq.
// param entity: id — the person id, e.g. person/some-name
MATCH (:Entity {id: $entity})-[r:HOLDS_POSITION]->(o)
RETURN o.id AS organization, o.name AS organization_name, r.title AS title,
       r.article_id AS article, r.sentence AS sentence
ORDER BY organization, title IS NOT NULL, title, article, sentence
