-- pgbench script: the same search with a highlighted snippet of each of the 10 hits
-- (ts_headline), as a search page shows them.
\set i random(1, :queries)
SELECT top.slug, top.title, ts_headline(bench_config(top.lang), top.body, top.tsq, 'MaxFragments=1, MaxWords=35, MinWords=15') AS snippet
FROM (SELECT d.slug, d.title, d.lang, d.body, q.tsq, ts_rank_cd(d.tsv, q.tsq) AS rank
      FROM (SELECT lang, replace(websearch_to_tsquery(bench_config(lang), words)::text, ' & ', ' | ')::tsquery AS tsq
            FROM bench_query WHERE id = :i) q
      JOIN bench_doc d ON d.lang = q.lang AND d.tsv @@ q.tsq
      ORDER BY rank DESC LIMIT 10) top
ORDER BY top.rank DESC;
