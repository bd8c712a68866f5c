// Owns the wiring: makes each part of the page, hands each the parts it needs, starts the session.
import { apiClient } from './api.js';
import { addDialog } from './add.js';
import { createdDialog } from './created.js';
import { deleteDialog } from './delete.js';
import { logPage } from './log.js';
import { accountMenu } from './menu.js';
import { pageRouter } from './pages.js';
import { rotateDialog } from './rotate.js';
import { pageSession } from './session.js';
import { tokensPage } from './tokens.js';

// Some parts need each other: they are handed a function that asks the other once it exists,
// which is only ever called after every part below has been made.
const client = apiClient(() => session.ended());
const api = client.call;
const menu = accountMenu();
const created = createdDialog();
const tokens = tokensPage({
  api,
  onDelete: (token) => deleting.ask(token),
  onRotate: (token) => rotating.ask(token),
});
const log = logPage({ api });
const pages = pageRouter({ signedIn: () => session.signedIn(), tokens, log });
const session = pageSession({ client, pages, menu });
addDialog({ api, tokens, created, maxLifetimeDays: () => session.maxLifetimeDays() });
const deleting = deleteDialog({ api, tokens });
const rotating = rotateDialog({ api, tokens, created });

session.start();
