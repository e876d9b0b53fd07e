/* global document, location */
// Posts the prompt, then follows the job over the WebSocket and shows each SDK stage as it changes.
const form = document.querySelector('#generate');
const status = document.querySelector('#status');
const stages = document.querySelector('#stages');
const result = document.querySelector('#result');

const states = { 'stage-start': 'running', 'stage-end': 'done', 'stage-skip': 'skipped', error: 'failed' };

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

async function showProject(projectId, token) {
  const response = await fetch(`/v1/projects/${projectId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const project = await response.json();
  result.replaceChildren();
  const docs = project.deployment?.docsUrl;
  const link = document.createElement('a');
  link.href = docs ?? project.links.files;
  link.textContent = docs ? `Open ${project.name} docs` : `Download ${project.name}`;
  link.id = 'project-link';
  result.append(link);
}

form.addEventListener('submit', async (submit) => {
  submit.preventDefault();
  const token = document.querySelector('#token').value.trim();
  stages.replaceChildren();
  result.replaceChildren();
  status.textContent = 'Starting…';
  const response = await fetch('/v1/generate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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
  const socket = new WebSocket(
    `${scheme}://${location.host}/ws/jobs/${body.jobId}?access_token=${encodeURIComponent(token)}`,
  );
  socket.addEventListener('message', (message) => {
    const { event } = JSON.parse(message.data);
    show(event);
    if (event.type === 'job-succeeded') void showProject(event.projectId, token);
  });
});
