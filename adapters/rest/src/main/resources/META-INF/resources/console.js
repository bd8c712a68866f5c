// Owns the wiring: makes each part of the page, hands each the parts it needs, starts the session.
import { apiClient } from './api.js';
import { addDialog } from './add.js';
import { auditPage } from './audit.js';
import { cliLoginPage } from './cli-login.js';
import { createdDialog } from './created.js';
import { credentialsPage } from './credentials.js';
import { deleteDialog } from './delete.js';
import { linkDialog } from './link.js';
import { logPage } from './log.js';
import { accountPage } from './account.js';
import { accountMenu } from './menu.js';
import { pageRouter } from './pages.js';
import { passwordPage } from './password.js';
import { peoplePage } from './people.js';
import { personActions } from './person.js';
import { policyPage } from './policy.js';
import { addPersonDialog } from './person-add.js';
import { rotateDialog } from './rotate.js';
import { recoveryCodes } from './recovery-codes.js';
import { pageSession } from './session.js';
import { signInCodeStep } from './sign-in-code.js';
import { tokensPage } from './tokens.js';
import { twoFactorPage } from './two-factor.js';

// Some parts need each other: they are handed a function that asks the other once it exists,
// which is only ever called after every part below has been made.
const client = apiClient(() => session.ended(), () => session.heldBack());
const api = client.call;
const menu = accountMenu();
const created = createdDialog();
const links = linkDialog();
const tokens = tokensPage({
  api,
  onDelete: (token) => deleting.ask(token),
  onRotate: (token) => rotating.ask(token),
});
const log = logPage({ api });
const people = peoplePage({
  api,
  isAdmin: () => session.isAdmin(),
  onAction: (action, person) => actions.run(action, person),
});
const credentials = credentialsPage({ client, isAdmin: () => session.isAdmin() });
const audit = auditPage({ api, isAdmin: () => session.isAdmin() });
const policy = policyPage({ api, isAdmin: () => session.isAdmin() });
const password = passwordPage({ api, done: () => session.passwordSet() });
const account = accountPage({
  api,
  account: () => session.account(),
  changed: () => session.passwordChanged(),
  signOut: () => session.signOut(),
});
const twoFactor = twoFactorPage({
  api,
  recovery: recoveryCodes(),
  setUp: () => session.twoFactorSetUp(),
  signOut: () => session.signOut(),
});
const cliLogin = cliLoginPage({ api });
const pages = pageRouter({
  signedIn: () => session.signedIn(),
  firstStep: () => session.firstStep(),
  restart: () => session.start(),
  tokens,
  log,
  people,
  credentials,
  audit,
  policy,
  password,
  account,
  twoFactor,
  cliLogin,
});
const codeStep = signInCodeStep({ api, done: () => session.start() });
const session = pageSession({ client, pages, menu, codeStep });
addDialog({ api, tokens, created, limits: () => session.newTokenLimits() });
const deleting = deleteDialog({ api, tokens });
const rotating = rotateDialog({ api, tokens, created });
addPersonDialog({ api, people, links });
const actions = personActions({ api, people, links });

session.start();
