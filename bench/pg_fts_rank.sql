-- pgbench script: one search as a PostgreSQL-FTS knowledge base runs it: any word of the
-- query in the reader's language, ranked by ts_rank_cd, the first 10.
\set i random(1, :queries)
SELECT d.slug, d.title, ts_rank_cd(d.tsv, q.tsq) AS rank
FROM (SELECT lang, replace(websearch_to_tsquery(bench_config(lang), words)::text, ' & ', ' | ')::tsquery AS tsq
      FROM bench_query WHERE id = :i) q
JOIN bench_doc d ON d.lang = q.lang AND d.tsv @@ q.tsq
ORDER BY rank DESC LIMIT 10;
