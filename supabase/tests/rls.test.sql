-- RLS isolation and who may write, pgTAP style: every failed assertion raises, so the file passes only
-- if it runs to the end. Runs inside one transaction that the runner rolls back (apps/reference-server
-- runs it against PGlite and PostgreSQL; `psql -v ON_ERROR_STOP=1 -c 'begin' -f ... ` works by hand).

do $$
declare missing text;
begin
  select string_agg(relname, ', ') into missing from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity;
  if missing is not null then raise exception 'not ok: RLS disabled on %', missing; end if;
end
$$;

-- The server, working for user A (role forge_server with A's claims), writes one row in every table.
set local role forge_server;
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-00000000000a","role":"authenticated"}', true);
insert into public.jobs (id, input) values ('10000000-0000-4000-8000-000000000001', '{"prompt":"todo"}');
insert into public.job_events (job_id, seq, event) values ('10000000-0000-4000-8000-000000000001', 1, '{}');
insert into public.projects (job_id, name, design, openapi, files)
  values ('10000000-0000-4000-8000-000000000001', 'todo', '{}', '{}', '{}');
insert into public.api_keys (name, key_hash, prefix) values ('ci', 'hash-a', 'sk_a');
insert into public.usage (day, jobs_started) values (current_date, 1);

-- User A through the Data API (role authenticated) reads each of their rows.
set local role authenticated;
do $$
declare t text; n integer;
begin
  foreach t in array array['jobs', 'job_events', 'projects', 'api_keys', 'usage'] loop
    execute format('select count(*) from public.%I', t) into n;
    if n <> 1 then raise exception 'not ok: owner sees % rows of %, expected 1', n, t; end if;
  end loop;
end
$$;

-- ... and can write none of them: not reset their quota, not fail their own job to free a slot, not
-- mint an API key, not delete or insert anything. Each is refused outright (insufficient_privilege).
do $$
declare
  statement text;
  refused integer := 0;
  statements text[] := array[
    'update public.usage set jobs_started = 0',
    'delete from public.usage',
    'insert into public.usage (day, jobs_started) values (current_date + 1, 0)',
    $q$update public.jobs set status = 'failed', finished_at = now()$q$,
    'delete from public.jobs',
    $q$insert into public.jobs (input) values ('{}')$q$,
    $q$insert into public.api_keys (name, key_hash, prefix) values ('mine', 'hash-x', 'sk_x')$q$,
    'update public.api_keys set revoked_at = null',
    'delete from public.api_keys',
    $q$insert into public.job_events (job_id, seq, event) values ('10000000-0000-4000-8000-000000000001', 2, '{}')$q$,
    $q$update public.projects set name = 'renamed'$q$,
    'delete from public.projects'
  ];
begin
  foreach statement in array statements loop
    begin
      execute statement;
      raise exception 'not ok: the authenticated role ran: %', statement;
    exception when insufficient_privilege then refused := refused + 1;
    end;
  end loop;
  if refused <> array_length(statements, 1) then raise exception 'not ok: % refusals', refused; end if;
end
$$;

do $$
declare n integer; s text;
begin
  select jobs_started into n from public.usage;
  if n <> 1 then raise exception 'not ok: usage changed to %', n; end if;
  select status into s from public.jobs;
  if s <> 'queued' then raise exception 'not ok: job status changed to %', s; end if;
  select count(*) into n from public.api_keys;
  if n <> 1 then raise exception 'not ok: % api keys', n; end if;
end
$$;

-- User B, directly or through the server, sees, updates and deletes nothing of A's, and the server
-- cannot write rows in A's name while working for B.
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-00000000000b","role":"authenticated"}', true);
do $$
declare t text; n integer;
begin
  foreach t in array array['jobs', 'job_events', 'projects', 'api_keys', 'usage'] loop
    execute format('select count(*) from public.%I', t) into n;
    if n <> 0 then raise exception 'not ok: user B sees % rows of %', n, t; end if;
  end loop;
end
$$;
set local role forge_server;
do $$
declare t text; n integer;
begin
  foreach t in array array['jobs', 'job_events', 'projects', 'api_keys', 'usage'] loop
    execute format('select count(*) from public.%I', t) into n;
    if n <> 0 then raise exception 'not ok: the server for user B sees % rows of %', n, t; end if;
    execute format('update public.%I set owner_id = owner_id', t);
    get diagnostics n = row_count;
    if n <> 0 then raise exception 'not ok: the server for user B updated % rows of %', n, t; end if;
    execute format('delete from public.%I', t);
    get diagnostics n = row_count;
    if n <> 0 then raise exception 'not ok: the server for user B deleted % rows of %', n, t; end if;
  end loop;
  begin
    insert into public.jobs (owner_id, input) values ('00000000-0000-4000-8000-00000000000a', '{}');
    raise exception 'not ok: the server for user B inserted a job owned by A';
  exception when insufficient_privilege then null;
  end;
end
$$;

-- Anonymous callers see nothing at all and write nothing.
set local role anon;
select set_config('request.jwt.claims', '{"role":"anon"}', true);
do $$
declare t text; n integer;
begin
  foreach t in array array['jobs', 'job_events', 'projects', 'api_keys', 'usage'] loop
    execute format('select count(*) from public.%I', t) into n;
    if n <> 0 then raise exception 'not ok: anon sees % rows of %', n, t; end if;
  end loop;
  begin
    insert into public.usage (owner_id, day, jobs_started)
      values ('00000000-0000-4000-8000-00000000000a', current_date + 2, 0);
    raise exception 'not ok: anon inserted usage';
  exception when insufficient_privilege then null;
  end;
end
$$;
