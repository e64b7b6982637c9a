// title: Laws cited
// description: Every law or regulation someone cites, with who cites it, the sentence and the article. Twin of laws_cited.rq.
MATCH (c)-[r:CITES]->(l)
RETURN l.id AS law, l.name AS law_name, c.id AS citer, c.name AS citer_name,
       r.sentence AS sentence, r.article_id AS article
ORDER BY law, citer, article, sentence
