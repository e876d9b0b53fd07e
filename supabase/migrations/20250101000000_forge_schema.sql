-- SmartAPIForge reference server schema. Every table carries owner_id and row-level security, so a
-- caller acting as `authenticated` with a JWT `sub` only ever reaches its own rows; the server's
-- background work acts as the job's owner too, and only cross-owner housekeeping (resuming jobs,
-- resolving API keys) runs as the connection's own privileged role.

create table public.jobs (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid(),
  status text not null default 'queued'
    check (status in ('queued', 'running', 'succeeded', 'failed')),
  input jsonb not null,
  -- Output of each finished step of the generate-api function, keyed by step id; a resumed job skips
  -- every step recorded here.
  steps jsonb not null default '{}'::jsonb,
  error jsonb,
  project_id uuid,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index jobs_owner_status on public.jobs (owner_id, status);

create table public.job_events (
  job_id uuid not null references public.jobs (id) on delete cascade,
  -- Per-job sequence number: the event id clients resume from.
  seq integer not null,
  owner_id uuid not null default auth.uid(),
  event jsonb not null,
  created_at timestamptz not null default now(),
  primary key (job_id, seq)
);

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid(),
  -- One project per job: a resumed job that saves its project again updates, never duplicates.
  job_id uuid not null unique references public.jobs (id) on delete cascade,
  name text not null,
  design jsonb not null,
  openapi jsonb not null,
  -- Relative path -> file content, so the project survives the server's working folder.
  files jsonb not null,
  deployment jsonb,
  created_at timestamptz not null default now()
);
create index projects_owner on public.projects (owner_id, created_at desc);

create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid(),
  name text not null,
  -- SHA-256 of the secret; the secret itself is shown once and never stored.
  key_hash text not null unique,
  prefix text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table public.usage (
  owner_id uuid not null default auth.uid(),
  day date not null,
  jobs_started integer not null default 0,
  primary key (owner_id, day)
);

alter table public.jobs enable row level security;
alter table public.job_events enable row level security;
alter table public.projects enable row level security;
alter table public.api_keys enable row level security;
alter table public.usage enable row level security;

create policy jobs_owner on public.jobs for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy job_events_owner on public.job_events for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy projects_owner on public.projects for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy api_keys_owner on public.api_keys for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy usage_owner on public.usage for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());

-- Supabase grants these through default privileges; plain PostgreSQL needs them spelled out. anon may
-- read so that RLS, not a permission error, is what hides rows from it.
grant select on all tables in schema public to anon;
grant select, insert, update, delete on all tables in schema public to authenticated;
grant all on all tables in schema public to service_role;
