-- Stand-in for the parts of Supabase's auth schema that our migrations rely on, for PGlite and plain
-- PostgreSQL. On a real Supabase project these objects already exist, so this file is never applied
-- there. Idempotent: roles are cluster-wide on PostgreSQL and may survive from an earlier database.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
end
$$;

create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;
grant usage on schema public to anon, authenticated, service_role;

-- Same body as Supabase's auth.uid(): the legacy per-claim setting wins, then the JSON claims that
-- PostgREST (and our store) set per transaction. Empty or missing claims mean "no user".
create or replace function auth.uid() returns uuid
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;
