-- Several server instances share one database. A job is run by whichever instance holds its lease:
-- lease_owner is the holder's token, lease_until when it lapses unless renewed (the holder renews it
-- while the job runs), attempts how many times a worker has claimed it. An instance that dies leaves
-- its lease to lapse; a live one then takes the job over, or fails it once attempts are used up.
alter table public.jobs
  add column lease_owner text,
  add column lease_until timestamptz,
  add column attempts integer not null default 0;
-- What the sweeper scans: unfinished jobs by the time their lease lapsed.
create index jobs_active_lease on public.jobs (lease_until) where status in ('queued', 'running');

-- Housekeeping that no API role may read or call: Supabase exposes only the public schema.
create schema if not exists forge_private;
revoke all on schema forge_private from public;
grant usage on schema forge_private to service_role;

-- Every committed event wakes every instance's live streams (LISTEN forge_job_events); the payload is
-- only a hint (job id and sequence number): streams read the events themselves from job_events.
create function forge_private.notify_job_event() returns trigger language plpgsql as $$
begin
  perform pg_notify('forge_job_events', new.job_id::text || ':' || new.seq::text);
  return new;
end
$$;
create trigger job_events_notify after insert on public.job_events
  for each row execute function forge_private.notify_job_event();

-- Token buckets shared by every instance: one row per limited caller (see auth/rate-limiter.ts).
create table forge_private.rate_limits (
  key text primary key,
  tokens double precision not null,
  updated_at timestamptz not null
);
grant select, insert, update, delete on forge_private.rate_limits to service_role;
