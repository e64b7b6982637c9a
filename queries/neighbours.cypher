// title: Neighbours with evidence
// description: Every statement touching the entity, in both directions, with the other end, its name and type, the sentence and the article. Twin of neighbours.rq (same columns and order).
// param entity: id — the entity id, e.g. org/bawaslu-dki-jakarta
// param limit: int = 200 — rows at most
CALL {
  MATCH (:Entity {id: $entity})-[r]->(other)
  WHERE r.sid IS NOT NULL
  RETURN r, other, 'out' AS direction
  UNION ALL
  MATCH (:Entity {id: $entity})<-[r]-(other)
  WHERE r.sid IS NOT NULL
  RETURN r, other, 'in' AS direction
}
OPTIONAL MATCH (a:Article {id: r.article_id})
WITH r.iri AS iri, toLower(type(r)) AS predicate, direction, other.id AS other,
     other.name AS other_name, [l IN labels(other) WHERE l <> 'Entity'][0] AS other_type,
     r.title AS title, r.sentence AS sentence, r.article_id AS article, a.title AS article_title
RETURN predicate, direction, other, other_name, other_type, title, sentence, article, article_title
ORDER BY iri, direction, other, title IS NOT NULL, title, article, sentence
LIMIT $limit
