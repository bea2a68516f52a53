/**
 * The locked set of unseen pages: a blind measure of reading pages nobody tuned against.
 * Do not open these while working on the readers; look at dev/ instead.
 */
import type { UnseenPage } from '../types';
import { PAGE as ajlIdFollowUp } from './ajl-id-follow-up';
import { PAGE as curam } from './curam-contact-log';
import { PAGE as etoEfforts } from './eto-record-efforts';
import { PAGE as osmis } from './osmis-mi-rich-editor';
import { PAGE as salesforceClassic } from './salesforce-classic-visualforce';
import { PAGE as vosAzWorkSearch } from './vos-az-work-search-log';
import { PAGE as vosCaActivity } from './vos-ca-activity-note';
import { PAGE as vosOkLogin } from './vos-ok-login-help';
import { PAGE as ajlVtMessage } from './ajl-vt-employer-message';
import { PAGE as aososNj } from './aosos-nj-comments';
import { PAGE as dynamics } from './dynamics-county-case-note';
import { PAGE as itracNote } from './itrac-or-case-note';
import { PAGE as itracUpload } from './itrac-or-document-upload';
import { PAGE as vosNv } from './vos-nv-case-note';

export const PAGES: UnseenPage[] = [osmis, vosCaActivity, ajlIdFollowUp, etoEfforts, salesforceClassic, curam, vosOkLogin, vosAzWorkSearch,
  itracNote, dynamics, aososNj, vosNv, ajlVtMessage, itracUpload];
