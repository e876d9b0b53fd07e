/* global document, location */
// Posts the prompt, then follows the job over the WebSocket and shows each SDK stage as it changes;
// lists the signed-in user's projects with their docs and downloads.
import { startAuth } from './auth.js';

const form = document.querySelector('#generate');
const status = document.querySelector('#status');
const stages = document.querySelector('#stages');
const result = document.querySelector('#result');
const projects = document.querySelector('#projects');

const states = { 'stage-start': 'running', 'stage-end': 'done', 'stage-skip': 'skipped', error: 'failed' };

let auth;
const authorization = async () => {
  const token = await auth?.bearer();
  return token ? { authorization: `Bearer ${token}` } : undefined;
};

function show(event) {
  const state = states[event.type];
  if (state) {
    let item = stages.querySelector(`[data-stage="${event.stage}"]`);
    if (!item) {
      item = document.createElement('li');
      item.dataset.stage = event.stage;
      stages.append(item);
    }
    item.dataset.state = state;
    item.textContent = `${event.stage}: ${state}${event.durationMs === undefined ? '' : ` (${event.durationMs} ms)`}`;
  }
  if (event.type === 'job-succeeded') status.textContent = 'Done.';
  if (event.type === 'job-failed') status.textContent = `Failed: ${event.message}`;
}

/** Downloads the project's tarball: a plain link could not send the Authorization header. */
async function download(project) {
  const response = await fetch(project.links.files, { headers: await authorization() });
  if (!response.ok) {
    status.textContent = `Download failed: ${(await response.json()).detail}`;
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: `${project.name}.tar.gz` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The project's docs link (when it is deployed) and its download button. */
function projectActions(project, ids = {}) {
  const actions = [];
  const docs = project.deployment?.docsUrl;
  if (docs) {
    const link = Object.assign(document.createElement('a'), { href: docs, target: '_blank' });
    link.textContent = `Open ${project.name} docs`;
    if (ids.docs) link.id = ids.docs;
    actions.push(link, ' ');
  }
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'link' });
  button.textContent = `Download ${project.name}`;
  if (ids.download) button.id = ids.download;
  button.addEventListener('click', () => void download(project));
  actions.push(button);
  return actions;
}

async function showProject(projectId) {
  const response = await fetch(`/v1/projects/${projectId}`, { headers: await authorization() });
  const project = await response.json();
  const deployed = Boolean(project.deployment?.docsUrl);
  result.replaceChildren(
    ...projectActions(
      project,
      deployed ? { docs: 'project-link', download: 'project-download' } : { download: 'project-link' },
    ),
  );
}

async function listProjects() {
  const headers = await authorization();
  if (!headers) {
    projects.replaceChildren();
    return;
  }
  const response = await fetch('/v1/projects', { headers });
  if (!response.ok) return;
  const { projects: list } = await response.json();
  const empty = Object.assign(document.createElement('li'), { textContent: 'No projects yet.' });
  projects.replaceChildren(
    ...(list.length === 0
      ? [empty]
      : list.map((project) => {
          const item = document.createElement('li');
          item.dataset.projectId = project.id;
          item.append(`${project.name} `, ...projectActions(project));
          return item;
        })),
  );
}

form.addEventListener('submit', async (submit) => {
  submit.preventDefault();
  stages.replaceChildren();
  result.replaceChildren();
  const headers = await authorization();
  if (!headers) {
    status.textContent = 'Sign in first, or paste an access token or API key.';
    return;
  }
  status.textContent = 'Starting…';
  const response = await fetch('/v1/generate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      prompt: document.querySelector('#prompt').value,
      test: document.querySelector('#test').checked,
      deploy: document.querySelector('#deploy').checked,
    }),
  });
  const body = await response.json();
  if (!response.ok) {
    status.textContent = `${body.title}: ${body.detail}`;
    return;
  }
  status.textContent = `Job ${body.jobId} running…`;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const token = headers.authorization.slice('Bearer '.length);
  const socket = new WebSocket(
    `${scheme}://${location.host}/ws/jobs/${body.jobId}?access_token=${encodeURIComponent(token)}`,
  );
  socket.addEventListener('message', (message) => {
    const { event } = JSON.parse(message.data);
    show(event);
    if (event.type === 'job-succeeded') void showProject(event.projectId).then(listProjects);
  });
});

auth = await startAuth(() => void listProjects());
await listProjects();
