-- The idea board (Ideas.board) for one campaign: an index per sort order gives the first page
-- without reading and sorting every idea of the campaign, and a small index answers the count of
-- matching ideas without reading the table (docs/performance.md, "Co-creation").
--
-- V12 has (campaign_id, vote_count desc, id desc) for the default order and (campaign_id, status,
-- submitted_at desc, id desc) for one status, newest first. Measured on 100,000 ideas (48,603 in
-- one campaign): the page by newest, comments or score took 130-190 ms and the count 50-70 ms
-- (a sequential scan of the table); with these indexes 1-2 ms and about 5 ms.
create index idea_board_recent_idx on idea (campaign_id, submitted_at desc, id desc);
create index idea_board_comments_idx on idea (campaign_id, comment_count desc, id desc);
create index idea_board_score_idx on idea (campaign_id, score desc nulls last, id desc);
-- the board's count: campaign and the filters other than tags, only ideas not hidden
create index idea_board_count_idx on idea (campaign_id, status, stage_id, orientation) where not hidden;
