-- RLS isolation, pgTAP style: every failed assertion raises, so the file passes only if it runs to the
-- end. Runs inside one transaction that the runner rolls back (apps/reference-server runs it against
-- PGlite and PostgreSQL; `psql -v ON_ERROR_STOP=1 -c 'begin' -f ... ` works by hand).

do $$
declare missing text;
begin
  select string_agg(relname, ', ') into missing from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity;
  if missing is not null then raise exception 'not ok: RLS disabled on %', missing; end if;
end
$$;

-- User A creates one row in every table through the API role, which also proves the owner policies
-- allow the owner's own writes.
set local role authenticated;
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-00000000000a","role":"authenticated"}', true);
insert into public.jobs (id, input) values ('10000000-0000-4000-8000-000000000001', '{"prompt":"todo"}');
insert into public.job_events (job_id, seq, event) values ('10000000-0000-4000-8000-000000000001', 1, '{}');
insert into public.projects (job_id, name, design, openapi, files)
  values ('10000000-0000-4000-8000-000000000001', 'todo', '{}', '{}', '{}');
insert into public.api_keys (name, key_hash, prefix) values ('ci', 'hash-a', 'sk_a');
insert into public.usage (day, jobs_started) values (current_date, 1);

do $$
declare t text; n integer;
begin
  foreach t in array array['jobs', 'job_events', 'projects', 'api_keys', 'usage'] loop
    execute format('select count(*) from public.%I', t) into n;
    if n <> 1 then raise exception 'not ok: owner sees % rows of %, expected 1', n, t; end if;
  end loop;
end
$$;

-- User B sees, updates and deletes nothing of A's, and cannot write rows in A's name.
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-00000000000b","role":"authenticated"}', true);
do $$
declare t text; n integer;
begin
  foreach t in array array['jobs', 'job_events', 'projects', 'api_keys', 'usage'] loop
    execute format('select count(*) from public.%I', t) into n;
    if n <> 0 then raise exception 'not ok: user B sees % rows of %', n, t; end if;
    execute format('update public.%I set owner_id = owner_id', t);
    get diagnostics n = row_count;
    if n <> 0 then raise exception 'not ok: user B updated % rows of %', n, t; end if;
    execute format('delete from public.%I', t);
    get diagnostics n = row_count;
    if n <> 0 then raise exception 'not ok: user B deleted % rows of %', n, t; end if;
  end loop;
  begin
    insert into public.jobs (owner_id, input) values ('00000000-0000-4000-8000-00000000000a', '{}');
    raise exception 'not ok: user B inserted a job owned by A';
  exception when insufficient_privilege then null;
  end;
end
$$;

-- Anonymous callers see nothing at all.
set local role anon;
select set_config('request.jwt.claims', '{"role":"anon"}', true);
do $$
declare t text; n integer;
begin
  foreach t in array array['jobs', 'job_events', 'projects', 'api_keys', 'usage'] loop
    execute format('select count(*) from public.%I', t) into n;
    if n <> 0 then raise exception 'not ok: anon sees % rows of %', n, t; end if;
  end loop;
end
$$;
