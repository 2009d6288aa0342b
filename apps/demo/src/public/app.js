// The page's whole client: join a room, post, and render what the server sends. Text is always set
// with textContent, never as HTML: messages come from other people.
/* global document, fetch, location, URLSearchParams, io */
(() => {
  const $ = (id) => document.getElementById(id);
  const socket = io({ transports: ['websocket', 'polling'] });
  const seen = new Set();
  let joinedRoom = null;
  let lastStatus = null;

  const params = new URLSearchParams(location.search);
  if (params.get('user')) $('user').value = params.get('user');
  if (params.get('room')) $('room').value = params.get('room');

  function showError(body) {
    $('error').textContent = body ? `${body.error.code}: ${body.error.message}` : '';
  }

  function render(message) {
    if (message.room !== joinedRoom || seen.has(message.id)) return;
    seen.add(message.id);
    const item = document.createElement('li');
    item.dataset.id = message.id;
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = new Date(message.at).toLocaleTimeString();
    const user = document.createElement('span');
    user.className = 'user';
    user.textContent = message.user;
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = message.text;
    item.append(meta, user, text);
    $('messages').append(item);
    $('messages').scrollTop = $('messages').scrollHeight;
  }

  function renderPresence(presence) {
    if (presence.room !== joinedRoom) return;
    const who = presence.users.length > 0 ? `: ${presence.users.join(', ')}` : '';
    $('presence').textContent = `${presence.count} online${who}`;
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    return td;
  }

  // The live panel: this instance's view of Redis, pushed by the server (`status`).
  function renderStatus(status) {
    lastStatus = status;
    $('redis-state').textContent =
      `${status.redis} (${status.mode}${status.phase ? `, ${status.phase}` : ''})`;
    $('redis-state').className = status.redis;
    $('redis-rate').textContent = `· ${status.commandsPerSecond} commands/s · instance ${status.instance}`;
    const down = status.redis === 'down';
    $('redis-down').hidden = !down;
    $('redis-down').textContent = down
      ? `Redis is down${status.downSince ? ` since ${new Date(status.downSince).toLocaleTimeString()}` : ''}: joins and posts fail or wait until it is back.`
      : '';
    $('redis-slots').textContent = status.slots
      ? `Slots served: ${status.slots.ok} of ${status.slots.total} (${status.slots.assigned} assigned)`
      : '';
    $('redis-nodes').hidden = status.nodes.length === 0;
    $('redis-nodes').tBodies[0].replaceChildren(
      ...status.nodes.map((node) => {
        const row = document.createElement('tr');
        row.append(
          cell(node.address),
          cell(node.role),
          cell(node.status, node.status),
          cell(node.latencyMs === undefined ? '' : `${node.latencyMs.toFixed(1)} ms`),
        );
        return row;
      }),
    );
    $('redis-errors').textContent =
      status.lastErrors.length === 0
        ? 'none'
        : status.lastErrors
            .map((error) => `${new Date(error.at).toLocaleTimeString()} ${error.command}: ${error.code}`)
            .join(' · ');
  }

  // How to watch messages and presence cross instances: the exact command, when it holds no secret.
  fetch('/instance')
    .then((response) => response.json())
    .then((info) => {
      $('second-instance').textContent = info.secondInstance
        ? `Instance ${info.instance} (${info.mode}). Open a second one on the same Redis: ${info.secondInstance}`
        : `Instance ${info.instance} (${info.mode}). For a second one, start the demo again with the same REDIS_* variables and another PORT.`;
    })
    .catch(() => undefined);

  socket.on('connect', () => {
    $('status').textContent = 'connected';
    // After a reconnect (server restart), enter the room again.
    if (joinedRoom) $('join-form').requestSubmit();
  });
  socket.on('disconnect', () => {
    $('status').textContent = 'disconnected, retrying…';
    $('redis-state').textContent = 'unknown: this page lost its connection to the instance';
    $('redis-state').className = '';
  });
  socket.on('status', renderStatus);
  socket.on('message', render);
  socket.on('presence', renderPresence);
  socket.on('error', showError);

  // A join or post while Redis is down waits for the command timeout: say so at once.
  function warnIfRedisDown() {
    if (lastStatus?.redis === 'down')
      $('error').textContent = 'Redis is down: this waits until it is back or times out.';
  }

  $('join-form').addEventListener('submit', (event) => {
    event.preventDefault();
    warnIfRedisDown();
    socket.emit('join', { room: $('room').value.trim(), user: $('user').value.trim() }, (reply) => {
      if (reply.error) return showError(reply);
      showError(null);
      joinedRoom = reply.room;
      seen.clear();
      $('messages').replaceChildren();
      $('room-label').textContent = `Room "${reply.room}" as ${reply.user}.`;
      $('status').textContent = `connected to instance ${reply.instance}`;
      reply.history.forEach(render);
      renderPresence(reply.presence);
      $('text').disabled = false;
      $('send').disabled = false;
      $('text').focus();
    });
  });

  $('post-form').addEventListener('submit', (event) => {
    event.preventDefault();
    warnIfRedisDown();
    const text = $('text').value;
    socket.emit('post', { text }, (reply) => {
      if (reply.error) return showError(reply);
      showError(null);
      $('text').value = '';
      render(reply.message);
    });
  });
})();
