/** The dev set of unseen pages: open to look at while working on the readers (locked/ is not). */
import type { UnseenPage } from '../types';
import { PAGE as ajlKsResume } from './ajl-ks-resume-builder';
import { PAGE as apricot } from './apricot-case-note';
import { PAGE as caseworthy } from './caseworthy-note-modal';
import { PAGE as etoWa } from './eto-wa-touchpoint';
import { PAGE as iwds } from './iwds-il-case-notes';
import { PAGE as osos } from './osos-ny-comments';
import { PAGE as owcms } from './owcms-oh-angular';
import { PAGE as salesforce } from './salesforce-lightning-note';
import { PAGE as vosFlMessage } from './vos-fl-message-compose';
import { PAGE as vosTxJobOrder } from './vos-tx-job-order';
import { PAGE as asset } from './asset-wi-case-notes';
import { PAGE as cwdsModal } from './cwds-pa-kendo-modal';
import { PAGE as cwdsEtpl } from './cwds-pa-etpl-course';
import { PAGE as ccolSearch } from './ccol-co-applicant-search';
import { PAGE as focusKy } from './focus-ky-assist-notes';
import { PAGE as uworks } from './uworks-ut-journal';
import { PAGE as webforms } from './webforms-gridview-notes';
import { PAGE as dialogDatalist } from './dialog-datalist-progress-note';
import { PAGE as reactSelect } from './react-select-case-note';
import { PAGE as lwcShadow } from './lwc-shadow-case-note';
import { PAGE as employerContacts } from './employer-contact-log';
import { PAGE as noteSearch } from './case-note-search';
import { PAGE as titleChip } from './title-chip-case-note';
import { PAGE as panelHeading } from './panel-heading-customer';
import { PAGE as avatarCard } from './avatar-card-note';
import { PAGE as dlNameId } from './dl-name-ssn-id';
import { PAGE as tabStrip } from './tab-strip-name-above';
import { PAGE as ariaRegion } from './aria-region-name';
import { PAGE as staffTopBar } from './staff-name-top-bar';
import { PAGE as assignedTo } from './assigned-to-staff';
import { PAGE as employerPerson } from './employer-contact-person';

import { PAGE as vosCaseNotesTab } from './vos-case-notes-tab';
import { PAGE as vosSummaryHistory } from './vos-summary-case-history';
import { PAGE as ajlProgramNotes } from './ajl-program-notes';
import { PAGE as curamNotes } from './curam-person-notes';
import { PAGE as dynamicsTimeline } from './dynamics-contact-timeline';
import { PAGE as vosMultiNote } from './vos-multi-individual-note';
import { PAGE as ariaGridHistory } from './aria-grid-contact-history';
import { PAGE as pagedHousehold } from './paged-notes-household';
import { PAGE as assistingBanner } from './assisting-banner-user-id';
import { PAGE as sfTimeline } from './salesforce-activity-timeline';
import { PAGE as crumbTitle } from './breadcrumb-viewing-title';
import { PAGE as vosHeaderRow } from './vos-header-row-individual';
import { PAGE as ajlSeekerTable } from './ajl-seeker-summary-table';
import { PAGE as apricotParentTable } from './apricot-parent-record-table';
import { PAGE as etoGroupSession } from './eto-group-session-note';
import { PAGE as issPlan } from './iss-plan-goals';
import { PAGE as bulkLookup } from './bulk-id-lookup';
import { PAGE as accessRequest } from './staff-access-request';
import { PAGE as sfRelatedList } from './sf-case-notes-related-list';
import { PAGE as curamContactLog } from './curam-contact-log-note-text';
import { PAGE as apricotFolderHeader } from './apricot-folder-header-note';
import { PAGE as apricotHousehold } from './apricot-household-note';
import { PAGE as focusNotesReminders } from './focus-career-notes-reminders';
import { PAGE as curamContextPanel } from './curam-person-context-panel';
import { PAGE as etoContextLine } from './eto-touchpoint-context-line';
import { PAGE as sfHighlights } from './salesforce-highlights-client-number';
import { PAGE as sfUtilityRecent } from './salesforce-utility-note-recent';

export const PAGES: UnseenPage[] = [etoWa, apricot, caseworthy, salesforce, osos, iwds, owcms, vosTxJobOrder, ajlKsResume, vosFlMessage,
  asset, cwdsModal, uworks, focusKy, ccolSearch, cwdsEtpl,
  // Added with shapes no page had (a GridView and postback links, a <dialog> with a datalist and a three-drop-down date,
  // React-Select and a breadcrumb, Lightning Web Components in shadow roots) and two to leave alone, scored before any change for them.
  webforms, dialogDatalist, reactSelect, lwcShadow, employerContacts, noteSearch,
  // Added with participant headers in shapes no page had (a name in the title and an ID chip, a panel heading sentence, an avatar
  // card, a bare "ID" in a definition list, a name over a tab strip, a region's aria-label) and three where a name-like thing is
  // someone else (the signed-in staff member, the assigned case manager, an employer's contact person), scored before any change.
  titleChip, panelHeading, avatarCard, dlNameId, tabStrip, ariaRegion, staffTopBar, assignedTo, employerPerson,
  // Added from public guides of real systems (VOS's Case Notes and Summary tabs, its note to several individuals and its
  // assisting banner; AJL's Program Notes; Cúram's notes list; a Dynamics 365 and a Salesforce timeline; an ARIA data grid;
  // a paged SNAP E&T list beside a household; a JSP page naming the individual only in its title), written before any
  // reader change for them, with near-misses (staff, an employer's contact, recently viewed, a household, several individuals).
  vosCaseNotesTab, vosSummaryHistory, ajlProgramNotes, curamNotes, dynamicsTimeline, vosMultiNote, ariaGridHistory, pagedHousehold,
  assistingBanner, sfTimeline, crumbTitle,
  // Added in shapes none had, written before any reader change for them: a known system's page naming its individual only in
  // a header-row table (VOS, AJL), an Apricot parent record and its staff owner in one-row tables, a group session's
  // attendee list (nobody), a plan page, a bulk ID look-up and an access request (no coach), note lists whose words sit in a
  // Description or Note Text column.
  vosHeaderRow, ajlSeekerTable, apricotParentTable, etoGroupSession, issPlan, bulkLookup, accessRequest, sfRelatedList, curamContactLog,
  // Added from the public guides of Apricot, Focus Career, Cúram, ETO and Salesforce, written before any reader change for them:
  // an Apricot folder header's client ID (its System Fields' Record ID is the note's own), a Focus Assist seeker header, a Cúram
  // person tab titled "Name - Reference" and its context panel, an ETO context line, a Salesforce highlights panel; and two
  // with nobody to read (an Apricot household's note, a Salesforce utility-bar note beside recent records and a waitlist).
  apricotFolderHeader, apricotHousehold, focusNotesReminders, curamContextPanel, etoContextLine, sfHighlights, sfUtilityRecent];
