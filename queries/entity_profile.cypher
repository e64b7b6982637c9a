// title: Entity profile
// description: Type, canonical name and aliases of one entity; one row per alias (alias empty when it has none). Twin of entity_profile.rq.
// param entity: id — the entity id, e.g. person/some-name
MATCH (e:Entity {id: $entity})
UNWIND CASE WHEN size(coalesce(e.alt_names, [])) = 0 THEN [null] ELSE e.alt_names END AS alias
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, e.names[0] AS name, alias
ORDER BY id, type, alias IS NOT NULL, alias
