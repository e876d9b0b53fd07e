-- Users read their own rows and write nothing. On Supabase every table in public is reachable through
-- the Data API as `authenticated`, so a policy that lets users write would let them reset their own
-- quota (usage), free a job slot by failing their own job, or mint API keys past the server. Writes go
-- through the server's role, forge_server: the server sets it per transaction together with the
-- caller's claims, so its writes still reach only the caller's rows (RLS keeps owners apart there too).
-- No JWT can name forge_server: PostgREST's authenticator role is not a member of it.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'forge_server') then
    create role forge_server nologin noinherit;
  end if;
end
$$;
-- The connection the server (and this migration) runs as switches to it with SET LOCAL ROLE.
grant forge_server to current_user;
grant usage on schema public to forge_server;
grant usage on schema auth to forge_server;
-- Its policies and column defaults call auth.uid(). Where the migrating role may use schema auth but
-- not grant it (a GRANT then only warns), stop here with the fix rather than fail on every request.
do $$
begin
  if not has_schema_privilege('forge_server', 'auth', 'usage') then
    raise exception 'forge_server cannot use schema auth: run "grant usage on schema auth to forge_server" as a role that owns or may grant it, then migrate again';
  end if;
end
$$;

revoke insert, update, delete, truncate, references, trigger
  on public.jobs, public.job_events, public.projects, public.api_keys, public.usage
  from anon, authenticated;
grant select on public.jobs, public.job_events, public.projects, public.api_keys, public.usage
  to authenticated;
grant select, insert, update, delete
  on public.jobs, public.job_events, public.projects, public.api_keys, public.usage
  to forge_server;
-- Tables later migrations create here get no write grants for API roles by default either.
alter default privileges in schema public revoke insert, update, delete, truncate on tables from anon, authenticated;

drop policy jobs_owner on public.jobs;
drop policy job_events_owner on public.job_events;
drop policy projects_owner on public.projects;
drop policy api_keys_owner on public.api_keys;
drop policy usage_owner on public.usage;

create policy jobs_owner_reads on public.jobs for select to authenticated
  using (owner_id = auth.uid());
create policy job_events_owner_reads on public.job_events for select to authenticated
  using (owner_id = auth.uid());
create policy projects_owner_reads on public.projects for select to authenticated
  using (owner_id = auth.uid());
create policy api_keys_owner_reads on public.api_keys for select to authenticated
  using (owner_id = auth.uid());
create policy usage_owner_reads on public.usage for select to authenticated
  using (owner_id = auth.uid());

create policy jobs_server_writes on public.jobs for all to forge_server
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy job_events_server_writes on public.job_events for all to forge_server
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy projects_server_writes on public.projects for all to forge_server
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy api_keys_server_writes on public.api_keys for all to forge_server
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy usage_server_writes on public.usage for all to forge_server
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
