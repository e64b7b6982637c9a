// title: Find an entity
// description: Entities whose canonical name or an alias contains the text, ignoring case; one row per matching name. Twin of find_entity.rq.
// param q: string — text to look for, e.g. bawaslu
// param limit: int = 20 — rows at most
MATCH (e:Entity)
WHERE e.name IS NOT NULL
UNWIND [e.name] + coalesce(e.aliases, []) AS matched
WITH DISTINCT e, matched
WHERE toLower(matched) CONTAINS toLower($q)
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name, matched
ORDER BY name, id, matched
LIMIT $limit
