/*
 * Agent console: sign in, the live queue (EventSource on /api/agent/events), and the case view
 * (answers first, then the triage result, the transcript, and the chat with the person).
 * Talks only to the agent REST API (docs/agent-api.md). Everything shown is set with textContent.
 */
(function () {
  'use strict';
  var TOKEN_KEY = 'signpost-agent-token';
  var LEVELS = { urgent: 'Urgent', adviser: 'Adviser needed', offer: 'Adviser offered', request: 'Asked for a person' };
  var LEVEL_RANK = { urgent: 0, adviser: 1, offer: 2, request: 3 };
  var WHO = { person: 'Person', bot: 'Bot', agent: 'Agent' };
  var ASKED = { adviser: 'To talk to an adviser', callback: 'A call-back' };
  var state = { token: null, agentId: null, queue: {}, openId: null, openCase: null, source: null };

  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function time(iso) {
    var d = new Date(iso);
    return isNaN(d.getTime()) ? '' : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }
  function words(id) { return String(id).replace(/[-_]/g, ' '); }
  function announce(text) {
    var live = $('live-status');
    live.textContent = '';
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  // ---- API ------------------------------------------------------------------------------------
  function api(method, path, body) {
    var headers = { Accept: 'application/json' };
    if (state.token) headers.Authorization = 'Bearer ' + state.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (res) {
        return res.json().catch(function () { return {}; }).then(function (json) {
          if (res.status === 401 && state.token) signOut('Your session has ended. Sign in again.');
          return { status: res.status, ok: res.ok, body: json };
        });
      });
  }

  // ---- Sign in / out --------------------------------------------------------------------------
  function showSigninError(text) {
    $('signin-error-text').textContent = text;
    $('signin-error').hidden = false;
    $('signin-error').focus();
  }

  $('signin-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var agentId = $('agent-id').value.trim();
    var password = $('password').value;
    if (!agentId || !password) {
      showSigninError('Enter your agent ID and password.');
      return;
    }
    $('signin-button').disabled = true;
    api('POST', '/api/agent/login', { agentId: agentId, password: password }).then(function (r) {
      $('signin-button').disabled = false;
      if (!r.ok) {
        showSigninError(r.body.message || 'Sign in failed.');
        return;
      }
      $('password').value = '';
      startSession(r.body.token, r.body.agentId);
    }, function () {
      $('signin-button').disabled = false;
      showSigninError('Could not reach the service. Try again.');
    });
  });

  function startSession(token, agentId) {
    state.token = token;
    state.agentId = agentId;
    try { sessionStorage.setItem(TOKEN_KEY, token); } catch (e) { /* storage may be blocked */ }
    $('signin').hidden = true;
    $('signin-error').hidden = true;
    $('workspace').hidden = false;
    $('signed-in-as').textContent = 'Signed in as ' + agentId;
    $('signed-in-as').hidden = false;
    $('signout-button').hidden = false;
    $('queue-heading').setAttribute('tabindex', '-1');
    $('queue-heading').focus();
    loadQueue();
    connectEvents();
  }

  function signOut(reason) {
    if (state.source) state.source.close();
    state.source = null;
    state.token = null;
    state.agentId = null;
    state.openId = null;
    state.openCase = null;
    state.queue = {};
    try { sessionStorage.removeItem(TOKEN_KEY); } catch (e) { /* ignore */ }
    $('workspace').hidden = true;
    $('case-view').hidden = true;
    $('signed-in-as').hidden = true;
    $('signout-button').hidden = true;
    $('signin').hidden = false;
    if (reason) showSigninError(reason);
    else $('agent-id').focus();
  }
  $('signout-button').addEventListener('click', function () { signOut(); });

  // ---- Queue ----------------------------------------------------------------------------------
  function loadQueue() {
    return api('GET', '/api/agent/cases').then(function (r) {
      if (!r.ok) return;
      state.queue = {};
      r.body.cases.forEach(function (c) { state.queue[c.id] = c; });
      renderQueue();
    });
  }

  function statusWords(c) {
    if (c.status === 'queued') return c.noAgent ? 'Waiting (told no adviser free)' : 'Waiting';
    if (c.status === 'claimed') return c.agentId === state.agentId ? 'With you' : 'With ' + c.agentId;
    return 'Closed';
  }

  function levelTag(c) {
    var span = el('span', 'tag tag--' + c.level, LEVELS[c.level] || c.level);
    return span;
  }

  function renderQueue() {
    var body = $('queue-body');
    clear(body);
    var cases = Object.keys(state.queue).map(function (id) { return state.queue[id]; }).sort(function (a, b) {
      return (LEVEL_RANK[a.level] - LEVEL_RANK[b.level]) || (Date.parse(a.createdAt) - Date.parse(b.createdAt)) || (a.id < b.id ? -1 : 1);
    });
    $('queue-empty').hidden = cases.length > 0;
    $('queue-table').hidden = cases.length === 0;
    cases.forEach(function (c) {
      var row = el('tr');
      row.setAttribute('data-case-id', c.id);
      if (c.id === state.openId) row.className = 'is-open';
      var idCell = el('td');
      var open = el('button', 'button button--link', c.id);
      open.type = 'button';
      open.id = 'open-' + c.id;
      open.setAttribute('aria-label', 'Open case ' + c.id);
      open.addEventListener('click', function () { openCase(c.id); });
      idCell.appendChild(open);
      row.appendChild(idCell);
      var levelCell = el('td');
      levelCell.appendChild(levelTag(c));
      if (c.safety) levelCell.appendChild(el('span', 'tag tag--safety', 'Safety'));
      row.appendChild(levelCell);
      row.appendChild(el('td', null, c.reasons.map(words).join(', ') || '-'));
      row.appendChild(el('td', null, time(c.createdAt)));
      row.appendChild(el('td', null, statusWords(c) + (c.hasCallback ? ', call-back asked' : '')));
      body.appendChild(row);
    });
  }

  function connectEvents() {
    if (state.source) state.source.close();
    var source = new EventSource('/api/agent/events?token=' + encodeURIComponent(state.token));
    state.source = source;
    source.addEventListener('ready', function () {
      $('queue-connection').textContent = 'Live: the queue updates by itself.';
      loadQueue();
    });
    ['created', 'updated', 'claimed', 'released', 'closed', 'message'].forEach(function (type) {
      source.addEventListener(type, function (message) {
        var event;
        try { event = JSON.parse(message.data); } catch (e) { return; }
        if (event.case.status === 'closed') delete state.queue[event.caseId];
        else state.queue[event.caseId] = event.case;
        renderQueue();
        if (type === 'created') announce('New case ' + event.caseId + ': ' + (LEVELS[event.case.level] || event.case.level) + '.');
        if (event.caseId === state.openId) reloadCase(type === 'message');
      });
    });
    source.addEventListener('expired', function () { signOut('Your session has ended. Sign in again.'); });
    source.onerror = function () {
      if (!state.token) return;
      $('queue-connection').textContent = 'Reconnecting…';
    };
  }

  // ---- Case view ------------------------------------------------------------------------------
  function showCaseError(text) {
    $('case-error-text').textContent = text;
    $('case-error').hidden = false;
    $('case-error').focus();
  }

  function openCase(id) {
    state.openId = id;
    $('case-error').hidden = true;
    $('case-notice').textContent = '';
    $('close-form').hidden = true;
    return api('GET', '/api/agent/cases/' + encodeURIComponent(id)).then(function (r) {
      if (!r.ok) {
        $('case-view').hidden = false;
        showCaseError(r.body.message || 'Could not open the case.');
        return;
      }
      renderCase(r.body);
      renderQueue();
      $('case-heading').focus();
    });
  }

  function reloadCase(newMessage) {
    if (!state.openId) return;
    api('GET', '/api/agent/cases/' + encodeURIComponent(state.openId)).then(function (r) {
      if (r.ok) renderCase(r.body);
      if (r.ok && newMessage) {
        var last = r.body.case.messages[r.body.case.messages.length - 1];
        if (last && last.from === 'person') announce('New message from the person.');
      }
    });
  }

  function row(list, label, value) {
    var div = el('div', 'summary-list__row');
    div.appendChild(el('dt', null, label));
    var dd = el('dd');
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
    div.appendChild(dd);
    list.appendChild(div);
  }

  function renderCase(view) {
    var c = view.case;
    state.openCase = c;
    $('case-view').hidden = false;
    $('case-heading').textContent = 'Case ' + c.id;

    var summary = $('case-summary');
    clear(summary);
    row(summary, 'Status', statusWords(c));
    row(summary, 'Level', levelTag(c));
    row(summary, 'Reasons', c.reasons.map(words).join(', ') || '-');
    if (c.safety) row(summary, 'Safety', words(c.safety.category));
    row(summary, 'Asked for', ASKED[c.asked] || c.asked);
    if (c.callback) row(summary, 'Call-back', c.callback.number + ', ' + c.callback.time);
    row(summary, 'Channel', c.channel);
    row(summary, 'Language', c.language === 'cy' ? 'Welsh (Cymraeg)' : c.language === 'en' ? 'English' : c.language);
    row(summary, 'Opened', time(c.createdAt));
    if (c.closedNote) row(summary, 'Outcome note', c.closedNote);

    var answers = $('case-answers');
    clear(answers);
    view.answers.forEach(function (a) {
      var div = el('div', 'summary-list__row');
      div.setAttribute('data-fact', a.fact);
      div.appendChild(el('dt', null, a.label));
      div.appendChild(el('dd', null, a.text));
      answers.appendChild(div);
    });
    $('case-answers-empty').hidden = view.answers.length > 0;

    var outcome = $('case-outcome');
    clear(outcome);
    if (!c.outcome) {
      outcome.appendChild(el('p', 'body', 'Triage did not reach a result.'));
    } else if (c.outcome.signposts.length === 0) {
      outcome.appendChild(el('p', 'body', 'No benefits were signposted.'));
    } else {
      var ul = el('ul', 'body');
      c.outcome.signposts.forEach(function (s) {
        var name = (view.benefitNames && view.benefitNames[s.benefit]) || s.benefit;
        ul.appendChild(el('li', null, name + ': ' + s.likelihood + (s.received ? ' (already gets it)' : '')));
      });
      outcome.appendChild(ul);
    }

    fillLog($('case-transcript'), c.transcript, 'Nothing yet.');
    fillLog($('chat-messages'), c.messages, 'No messages yet.');
    var log = $('chat-log');
    log.scrollTop = log.scrollHeight;

    var mine = c.status === 'claimed' && c.agentId === state.agentId;
    $('claim-button').hidden = c.status !== 'queued';
    $('release-button').hidden = !mine;
    $('close-open-button').hidden = !(mine || c.status === 'queued');
    $('chat-text').disabled = !mine;
    $('chat-send-button').disabled = !mine;
    $('chat-hint').textContent = mine ? 'Up to 2,000 characters. Ctrl+Enter sends.'
      : c.status === 'closed' ? 'This case is closed.'
        : c.status === 'claimed' ? 'Another agent holds this case.' : 'Claim the case to chat.';
  }

  function fillLog(list, entries, empty) {
    clear(list);
    if (entries.length === 0) {
      list.appendChild(el('li', null, empty));
      return;
    }
    entries.forEach(function (e) {
      var li = el('li', 'from-' + e.from);
      li.appendChild(el('span', 'transcript__who', (e.from === 'agent' && e.agentId ? e.agentId : WHO[e.from] || e.from) + ':'));
      li.appendChild(el('span', null, e.text));
      li.appendChild(el('span', 'transcript__time', time(e.at)));
      list.appendChild(li);
    });
  }

  function act(path, body, done) {
    $('case-error').hidden = true;
    return api('POST', '/api/agent/cases/' + encodeURIComponent(state.openId) + path, body).then(function (r) {
      if (r.body && r.body.case) reloadCase(false);
      if (r.status === 502) {
        $('case-notice').textContent = 'Saved on the case, but the person could not be reached.';
        return r;
      }
      if (!r.ok) {
        showCaseError(r.body.message || 'That did not work.');
        return r;
      }
      if (done) done(r);
      return r;
    }, function () { showCaseError('Could not reach the service. Try again.'); });
  }

  $('claim-button').addEventListener('click', function () {
    act('/claim', {}, function () {
      $('case-notice').textContent = 'You have claimed this case. The person has been told an adviser has joined.';
      $('chat-text').focus();
    });
  });
  $('release-button').addEventListener('click', function () {
    act('/release', {}, function () {
      $('case-notice').textContent = 'Released: the bot is answering again and the case is back in the queue.';
      $('case-heading').focus();
    });
  });
  $('close-open-button').addEventListener('click', function () {
    $('close-form').hidden = false;
    $('close-note').focus();
  });
  $('close-cancel-button').addEventListener('click', function () {
    $('close-form').hidden = true;
    $('close-open-button').focus();
  });
  $('close-form').addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { $('close-form').hidden = true; $('close-open-button').focus(); }
  });
  $('close-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var note = $('close-note').value.trim();
    if (!note) {
      showCaseError('Enter an outcome note.');
      $('close-note').focus();
      return;
    }
    act('/close', { note: note }, function () {
      $('close-form').hidden = true;
      $('close-note').value = '';
      $('case-notice').textContent = 'Case closed.';
      $('case-heading').focus();
    });
  });

  function sendChat() {
    var text = $('chat-text').value.trim();
    if (!text) return;
    $('chat-send-button').disabled = true;
    act('/messages', { text: text }, function () { $('chat-text').value = ''; }).then(function () {
      $('chat-send-button').disabled = $('chat-text').disabled;
      $('chat-text').focus();
    });
  }
  $('chat-form').addEventListener('submit', function (event) { event.preventDefault(); sendChat(); });
  $('chat-text').addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); sendChat(); }
  });

  // ---- Start: reuse this tab's session if it is still good. -----------------------------------
  var saved = null;
  try { saved = sessionStorage.getItem(TOKEN_KEY); } catch (e) { /* ignore */ }
  if (saved) {
    state.token = saved;
    api('GET', '/api/agent/me').then(function (r) {
      if (r.ok) startSession(saved, r.body.agentId);
      else signOut();
    }, function () { signOut(); });
  }
}());
