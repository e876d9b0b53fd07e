-- Each live deployment holds a running API (about 0.5 GB), so users get a capped number of them and
-- idle ones are stopped. deployment_used_at: when its owner last used it through the server (deployed,
-- read the project, its credentials or a token); deployment_stopped_at: when the server stopped it.
-- A deployment is live while deployment is an object and deployment_stopped_at is null.
alter table public.projects
  add column deployment_used_at timestamptz not null default now(),
  add column deployment_stopped_at timestamptz;
-- The cap counts an owner's live deployments; the sweeper scans live ones by last use.
create index projects_live_deployments on public.projects (owner_id, deployment_used_at)
  where jsonb_typeof(deployment) = 'object' and deployment_stopped_at is null;
