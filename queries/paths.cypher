// title: Shortest connections
// description: How two entities are connected in at most 3 hops, ignoring edge direction and the article edges (reported_by, edited_by); only the paths of the minimal hop count, one row per path, n1/n2 the intermediate nodes (empty when unused). Twin of paths.rq.
// param source: id — where the path starts
// param target: id — where the path ends
MATCH (s:Entity {id: $source}), (t:Entity {id: $target})
WHERE s <> t
MATCH p = allShortestPaths((s)-[:HOLDS_POSITION|SPEAKS_AT|ATTENDS|ORGANIZED_BY|HELD_AT|ABOUT|COORDINATES_WITH|SUPPORTS|PART_OF|LOCATED_IN|CITES|SUPERVISES*..3]-(t))
WITH length(p) AS hops, nodes(p) AS ns
RETURN DISTINCT hops, CASE WHEN hops >= 2 THEN ns[1].id END AS n1, CASE WHEN hops = 3 THEN ns[2].id END AS n2
ORDER BY hops, n1 IS NOT NULL, n1, n2 IS NOT NULL, n2
