-- Each version of a project's contract: the first generate records its contract's info.version
-- (1.0.0), every applied change request the version it bumped to, with the classified contract diff
-- and the migration it added. Users read their own; only the server's role writes, as for projects.
create table public.project_versions (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  -- The job that made this version: a resumed job that saves again finds its row, never duplicates.
  job_id uuid not null unique references public.jobs (id) on delete cascade,
  version text not null,
  -- The change request in the user's words; null for the version generate made.
  request text,
  openapi jsonb not null,
  -- { breaking, changes[] } against the previous version; null for the first.
  diff jsonb,
  migration jsonb,
  created_at timestamptz not null default now(),
  unique (project_id, version)
);
create index project_versions_project on public.project_versions (project_id, created_at);

alter table public.project_versions enable row level security;
revoke insert, update, delete, truncate, references, trigger on public.project_versions from anon, authenticated;
grant select on public.project_versions to anon, authenticated;
grant select, insert, update, delete on public.project_versions to forge_server;
grant all on public.project_versions to service_role;

create policy project_versions_owner_reads on public.project_versions for select to authenticated
  using (owner_id = auth.uid());
create policy project_versions_server_writes on public.project_versions for all to forge_server
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());

-- Projects made before versions were recorded start their history at their contract's version.
insert into public.project_versions (owner_id, project_id, job_id, version, openapi, created_at)
select owner_id, id, job_id, coalesce(openapi -> 'info' ->> 'version', '1.0.0'), openapi, created_at
  from public.projects;
