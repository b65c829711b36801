-- event_counts also counts events dated only to the year (month = year*100, i.e. month 00)
-- and undated events (month = 0), so that yearly timelines read counts instead of scanning
-- events. Monthly readers take cells whose month part is 1-12 only. This adds the cells of
-- the events already stored; writers keep them in step from here on.
INSERT INTO event_counts (source_country, target_country, month, type, modality, events)
SELECT source_country, target_country,
       CASE WHEN date_start IS NULL THEN 0 ELSE CAST(EXTRACT(YEAR FROM date_start) AS INTEGER) * 100 END,
       type, modality, count(*)
FROM events
WHERE date_month IS NULL AND source_country IS NOT NULL AND target_country IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
