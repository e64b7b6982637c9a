// title: Entity profile
// description: Type, canonical name and aliases of one entity; one row per alias (alias empty when it has none). Twin of entity_profile.rq.
// param entity: id — the entity id, e.g. person/some-name
MATCH (e:Entity {id: $entity})
WHERE e.name IS NOT NULL
UNWIND CASE WHEN size(coalesce(e.aliases, [])) = 0 THEN [null] ELSE e.aliases END AS alias
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.name AS name, alias
ORDER BY alias IS NOT NULL, alias
