/*
 * Every string the page and Web Chat show, in one place, so a Welsh version can follow.
 * `page` fills elements marked data-string; `webChat` overrides Web Chat's own English strings.
 */
window.SIGNPOST_STRINGS = {
  'en-GB': {
    page: {},
    webChat: {
      TEXT_INPUT_PLACEHOLDER: 'Type your answer',
      TEXT_INPUT_ALT: 'Your answer',
      TEXT_INPUT_SEND_BUTTON_ALT: 'Send',
      SUGGESTED_ACTIONS_ALT: 'Choose an answer, or type your own',
      TRANSCRIPT_ARIA_LABEL_ALT: 'Conversation with Signpost',
      CONNECTIVITY_STATUS_ALT_CONNECTED: 'Connected',
      CONNECTIVITY_STATUS_ALT_CONNECTING: 'Connecting',
      CONNECTIVITY_STATUS_ALT_FATAL: 'Could not connect. Please reload the page.',
    },
    status: {
      connecting: 'Connecting to Signpost…',
      failed: 'Sorry, the chat could not start. Please reload the page, or call Citizens Advice on 0800 144 8848.',
    },
    exitTo: 'https://www.bbc.co.uk/weather',
  },
};
