/*
 * The chat page: gets a token from the service's own Direct Line endpoint, renders stock Bot
 * Framework Web Chat, and wires the quick exit and print buttons. No CDN, no Azure.
 */
(function () {
  'use strict';
  var lang = 'en-GB';
  var strings = window.SIGNPOST_STRINGS[lang];
  var status = document.getElementById('chat-status');
  var session = { conversationId: null, token: null };

  // Quick exit: replace this page and its history entry, so Back does not return here.
  function exitNow() {
    try { sessionStorage.clear(); } catch (e) { /* storage may be blocked */ }
    document.body.innerHTML = '';
    window.location.replace(strings.exitTo);
  }
  document.getElementById('exit').addEventListener('click', exitNow);
  var shiftPresses = [];
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') return;
    var now = Date.now();
    shiftPresses = shiftPresses.filter(function (t) { return now - t < 1000; });
    shiftPresses.push(now);
    if (shiftPresses.length >= 3) exitNow();
  });

  document.getElementById('print').addEventListener('click', function () {
    if (!session.conversationId) return;
    window.open('/summary/' + encodeURIComponent(session.conversationId) + '?token=' + encodeURIComponent(session.token), '_blank', 'noopener');
  });

  Object.keys(strings.page).forEach(function (key) {
    document.querySelectorAll('[data-string="' + key + '"]').forEach(function (el) { el.textContent = strings.page[key]; });
  });

  var styleOptions = {
    primaryFont: 'arial, sans-serif',
    bubbleBackground: '#f3f2f1',
    bubbleTextColor: '#0b0c0c',
    bubbleFromUserBackground: '#1d70b8',
    bubbleFromUserTextColor: '#ffffff',
    bubbleBorderRadius: 0,
    bubbleFromUserBorderRadius: 0,
    bubbleMinHeight: 44,
    sendBoxBackground: '#ffffff',
    sendBoxTextColor: '#0b0c0c',
    sendBoxHeight: 56,
    sendBoxButtonColor: '#0b0c0c',
    suggestedActionBackground: '#ffffff',
    suggestedActionBorderColor: '#1d70b8',
    suggestedActionTextColor: '#1d70b8',
    suggestedActionBorderRadius: 0,
    suggestedActionHeight: 44,
    suggestedActionLayout: 'flow',
    transcriptVisualKeyboardIndicatorColor: '#0b0c0c',
    transcriptVisualKeyboardIndicatorWidth: 3,
    accent: '#1d70b8',
    subtle: '#505a5f',
    timestampColor: '#505a5f',
    hideUploadButton: true,
    rootHeight: '100%',
  };

  status.textContent = strings.status.connecting;
  fetch('/api/webchat/token', { method: 'POST' })
    .then(function (res) { if (!res.ok) throw new Error('token ' + res.status); return res.json(); })
    .then(function (body) {
      session.conversationId = body.conversationId;
      session.token = body.token;
      var directLine = window.WebChat.createDirectLine({ domain: window.location.origin + '/v3/directline', token: body.token, webSocket: false });
      window.WebChat.renderWebChat({
        directLine: directLine,
        locale: lang,
        userID: 'person',
        styleOptions: styleOptions,
        overrideLocalizedStrings: strings.webChat,
      }, document.getElementById('webchat'));
      status.textContent = '';
      // A resume link (?resume=CODE) carries on a saved conversation; the code leaves the address bar at once.
      var resume = new URLSearchParams(window.location.search).get('resume');
      if (resume && /^[A-Za-z0-9-]{8,9}$/.test(resume)) {
        window.history.replaceState(null, '', window.location.pathname);
        directLine.postActivity({ type: 'message', from: { id: 'person', role: 'user' }, text: 'resume ' + resume }).subscribe(function () {});
      }
    })
    .catch(function () { status.textContent = strings.status.failed; });
})();
