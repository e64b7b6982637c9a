// title: Evidence between two entities
// description: Every statement linking the two entities, either way, with its sentence, character span, article, extractor and confidence. Twin of edge_evidence.rq.
// param source: id — one entity id
// param target: id — the other entity id
OPTIONAL MATCH (se:Entity {id: $source})
OPTIONAL MATCH (sa:Article {id: $source})
OPTIONAL MATCH (te:Entity {id: $target})
OPTIONAL MATCH (ta:Article {id: $target})
WITH coalesce(se, sa) AS s, coalesce(te, ta) AS t
CALL {
  WITH s, t
  MATCH (s)-[r]->(t)
  WHERE r.sid IS NOT NULL
  RETURN r, 'out' AS direction
  UNION ALL
  WITH s, t
  MATCH (s)<-[r]-(t)
  WHERE r.sid IS NOT NULL
  RETURN r, 'in' AS direction
}
OPTIONAL MATCH (a:Article {id: r.article_id})
RETURN toLower(type(r)) AS predicate, direction, r.title AS title, r.sentence AS sentence,
       r.start AS start, r.end AS end, r.article_id AS article, a.title AS article_title,
       a.published AS published, r.extractor AS extractor, r.confidence AS confidence
ORDER BY r.iri, direction, article, start, title IS NOT NULL, title, sentence, end, extractor, confidence
