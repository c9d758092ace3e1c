import type {MsgFn} from '@lit/localize/internal/types.js';

/**
 * The `msg` function of the element that renders a piece of content, in that
 * element's language. Content modules take it as a parameter instead of
 * importing a global one, so two elements on one page can speak two languages.
 * `lit-localize extract` recognises calls through this type as messages.
 */
export type Msg = MsgFn;

/** Patient text: a message rendered in the caller's language. */
export type Text = (msg: Msg) => string;
