-- project_versions: the owner reads their project's versions and writes none; another user and the
-- server working for them reach none of them. Every failed assertion raises (see rls.test.sql).

do $$
begin
  if not (select relrowsecurity from pg_class where oid = 'public.project_versions'::regclass) then
    raise exception 'not ok: RLS disabled on project_versions';
  end if;
end
$$;

-- The server, working for user A, records a project and its first version.
set local role forge_server;
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-00000000000a","role":"authenticated"}', true);
insert into public.jobs (id, input) values ('20000000-0000-4000-8000-000000000001', '{"prompt":"pets"}');
insert into public.projects (id, job_id, name, design, openapi, files)
  values ('20000000-0000-4000-8000-0000000000f1', '20000000-0000-4000-8000-000000000001', 'pets', '{}', '{}', '{}');
insert into public.project_versions (project_id, job_id, version, openapi)
  values ('20000000-0000-4000-8000-0000000000f1', '20000000-0000-4000-8000-000000000001', '1.0.0', '{}');

-- User A through the Data API reads it and can write nothing: no forged version, no edited diff.
set local role authenticated;
do $$
declare
  n integer;
  statement text;
  statements text[] := array[
    $q$insert into public.project_versions (project_id, job_id, version, openapi)
       values ('20000000-0000-4000-8000-0000000000f1', '20000000-0000-4000-8000-000000000001', '9.0.0', '{}')
       on conflict do nothing$q$,
    $q$update public.project_versions set version = '2.0.0'$q$,
    $q$update public.project_versions set diff = '{"breaking":false,"changes":[]}'$q$,
    'delete from public.project_versions'
  ];
begin
  select count(*) into n from public.project_versions;
  if n <> 1 then raise exception 'not ok: owner sees % versions, expected 1', n; end if;
  foreach statement in array statements loop
    begin
      execute statement;
      raise exception 'not ok: the authenticated role ran: %', statement;
    exception when insufficient_privilege then null;
    end;
  end loop;
  select count(*) into n from public.project_versions where version = '1.0.0' and diff is null;
  if n <> 1 then raise exception 'not ok: the version row changed'; end if;
end
$$;

-- User B sees none of A's versions, directly or through the server, which cannot change them either.
select set_config('request.jwt.claims', '{"sub":"00000000-0000-4000-8000-00000000000b","role":"authenticated"}', true);
do $$
declare n integer;
begin
  select count(*) into n from public.project_versions;
  if n <> 0 then raise exception 'not ok: user B sees % versions', n; end if;
end
$$;
set local role forge_server;
do $$
declare n integer;
begin
  select count(*) into n from public.project_versions;
  if n <> 0 then raise exception 'not ok: the server for user B sees % versions', n; end if;
  update public.project_versions set version = '6.6.6';
  get diagnostics n = row_count;
  if n <> 0 then raise exception 'not ok: the server for user B updated % versions', n; end if;
  begin
    insert into public.project_versions (owner_id, project_id, job_id, version, openapi)
      values ('00000000-0000-4000-8000-00000000000a', '20000000-0000-4000-8000-0000000000f1',
              '20000000-0000-4000-8000-000000000001', '6.6.6', '{}');
    raise exception 'not ok: the server for user B inserted a version owned by A';
  exception when insufficient_privilege then null;
  end;
end
$$;

-- Anonymous callers see none.
set local role anon;
select set_config('request.jwt.claims', '{"role":"anon"}', true);
do $$
declare n integer;
begin
  select count(*) into n from public.project_versions;
  if n <> 0 then raise exception 'not ok: anon sees % versions', n; end if;
end
$$;
