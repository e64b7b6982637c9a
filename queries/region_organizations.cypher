// title: Organisations in a region
// description: Organisations located in the region or in any place inside it (located_in followed transitively). Twin of region_organizations.rq.
// param region: id — a location id, e.g. place/jawa-barat
MATCH (o:Organization)-[:LOCATED_IN*1..]->(:Entity {id: $region})
RETURN DISTINCT o.id AS organization, o.name AS organization_name
ORDER BY organization
