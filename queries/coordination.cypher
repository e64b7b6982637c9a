// title: Organisations working together
// description: Pairs of organisations linked by coordinates_with or supports, or sharing an event they co-organise (co_organized) or both attend (co_attended); articles = distinct articles stating at least one of the edges. Symmetric kinds are ordered so org_a < org_b; supports keeps its direction. Twin of coordination.rq.
// param limit: int = 500 — rows at most
CALL {
  MATCH (x:Organization)-[r:COORDINATES_WITH]->(y:Organization)
  WHERE x <> y
  RETURN CASE WHEN x.id < y.id THEN x ELSE y END AS a, CASE WHEN x.id < y.id THEN y ELSE x END AS b,
         'coordinates_with' AS relation, r.article_id AS article
  UNION ALL
  MATCH (x:Organization)-[r:SUPPORTS]->(y:Organization)
  WHERE x <> y
  RETURN x AS a, y AS b, 'supports' AS relation, r.article_id AS article
  UNION ALL
  MATCH (a:Organization)<-[r1:ORGANIZED_BY]-()-[r2:ORGANIZED_BY]->(b:Organization)
  WHERE a.id < b.id
  UNWIND [r1.article_id, r2.article_id] AS article
  RETURN a, b, 'co_organized' AS relation, article
  UNION ALL
  MATCH (a:Organization)-[r1:ATTENDS]->()<-[r2:ATTENDS]-(b:Organization)
  WHERE a.id < b.id
  UNWIND [r1.article_id, r2.article_id] AS article
  RETURN a, b, 'co_attended' AS relation, article
}
WITH a, b, relation, count(DISTINCT article) AS articles
RETURN a.id AS org_a, a.name AS org_a_name, b.id AS org_b, b.name AS org_b_name, relation, articles
ORDER BY articles DESC, org_a, org_b, relation
LIMIT $limit
