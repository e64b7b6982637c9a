// title: Laws cited
// description: Every law or regulation someone cites, with who cites it, the sentence and the article. Twin of laws_cited.rq.
MATCH (c)-[r:CITES]->(l)
RETURN DISTINCT l.id AS law, l.names[0] AS law_name, c.id AS citer, c.names[0] AS citer_name,
       r.sentence AS sentence, r.article_id AS article
ORDER BY law, citer, article, sentence
