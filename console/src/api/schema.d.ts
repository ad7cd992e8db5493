/**
 * The engine's HTTP API as TypeScript types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: npm run console:api (npm run build runs it too) writes this file (scripts/console-api-types.ts).
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The health of the event store, the projections, the deadlines and Redis (when used)
         * @description Role: none, no token needed.
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event log, page by page, filtered, with each event’s index, actor, correlation and causation ids and hashes
         * @description Roles: auditor, pga. Events as stored (at their stored schema version), each with its `index` in the log. Filters (all optional, combined with AND) are answered from the audit index. `order=asc` (default): page with `after` = the previous `next`; `order=desc`: newest first, page with `before` = the previous `next`. `next` is null when no more events match. The answer includes every event of any command answered before the request (and of `x-consistent-at`).
         */
        get: operations["AuditController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events/{position}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One event with its causation: what caused it, what it led to, and the other events of its command
         * @description Roles: auditor, pga. `causedBy` is the event whose `eventId` is this event's `causationId` (engine work, such as a batch's closure at its deadline or a reminder, names the event that scheduled it), else the request: `{ command, actor, at }`. `ledTo`: the events this one caused. `sameCommand` (added): the other events of its command.
         */
        get: operations["AuditController_event"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recent audit jobs, newest first
         * @description Roles: auditor, pga. The same from every engine process. Not in the contract: the console lists jobs with it.
         */
        get: operations["AuditJobsController_recent"];
        put?: never;
        /**
         * Start an audit job in the background: verification, decision replay, rebuild comparison or export
         * @description Roles: auditor, pga (the one POST an auditor may make: not a command, it writes no event and answers no position or receipt). One job runs at a time across every engine process on the log: while one runs, 409 INVALID_STATE names it (`details: { jobId, kind, since }`). With an Idempotency-Key, a repeat answers the same jobId.
         */
        post: operations["AuditJobsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An audit job: its state and progress, then its summary
         * @description Roles: auditor, pga. The same from every engine process. A running job whose process stopped (no heartbeat for 30 s) is failed, saying so in `summary.error`.
         */
        get: operations["AuditJobsController_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/jobs/{jobId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An audit job's report, once it is done
         * @description Roles: auditor, pga. JSON for verification (the first broken event’s position, streamId and revision), replay and rebuild comparison (each difference with its event’s position); for an export, NDJSON streamed from the log up to the position the job recorded, `x-content-sha256` its digest (as `npm run audit -- export` writes it; `npm run audit -- verify --in FILE` checks it). 409 INVALID_STATE while the job is not done, 404 for an unknown job.
         */
        get: operations["AuditJobsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute every hash chain and report the first broken event
         * @description Roles: auditor, pga. Reads the whole log. On the embedded store a missing global position is reported too (a deleted event anywhere but at the very end of the log).
         */
        get: operations["AuditController_verification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the console signs people in: the OpenID provider, if any
         * @description Role: none, no token needed. Without AUTH_OIDC_ISSUER, no issuer, client id or scopes; devSignIn: true where POST /v1/dev/tokens exists.
         */
        get: operations["MeController_authConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dev/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a token for any role (development and test only)
         * @description Role: none, no token needed. Exists only when NODE_ENV is development or test (404 otherwise): anyone who reaches the engine can sign in as anyone.
         */
        post: operations["DevTokensController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates: the views that changed, as server-sent events
         * @description Server-sent events (text/event-stream) naming the views that changed, once this engine process can show the change: `id: <position>` and `data: { position, meetingId, listId?, view }`, one message per view an event changed (view: meetings, meeting, lists, list, panels, speakers, summary, pending, basis-requests). Refetch the view named; the stream carries no content. Only the changes the caller may see travel (the read routes' rules: e.g. an objection reaches the pga, the auditor, the objecting State and the States it objected on behalf of, nobody else). Send the token in `Authorization: Bearer` (read the stream with a fetch-based event-source reader, not EventSource, which cannot send headers). `Last-Event-ID` (a position) resumes: the changes after it are read from the log. A `: keep-alive` comment every 15 s; at most 5 streams per caller and process (a further one ends the oldest). The stream ends when the token expires: reconnect with a fresh one.
         */
        get: operations["EventsStreamController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the caller's token speaks for
         * @description Any role.
         */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every meeting, the most recently created first
         * @description Role: any.
         */
        get: operations["MeetingsController_list"];
        put?: never;
        /**
         * Create a meeting
         * @description Role: pga.
         */
        post: operations["MeetingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A meeting: policy, programme, panels, opening speakers, arrangements
         * @description Role: any.
         */
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/accreditations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every approved organization of the meeting
         * @description Role: any.
         */
        get: operations["MeetingsController_accreditations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/arrangements/finalization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finalize the organizational arrangements (paragraph 10)
         * @description Role: pga. Items missing: 409 ARRANGEMENTS_INCOMPLETE with details.missing naming every one. Afterwards the programme, chairs and opening speakers take no change until reopened. Finalizing again is a no-op.
         */
        post: operations["ArrangementsController_finalize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/arrangements/reopening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen finalized arrangements, with a reason
         * @description Role: pga. Arrangements that are open: 409 INVALID_STATE.
         */
        post: operations["ArrangementsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every list of the meeting, with its batches (without entries)
         * @description Role: any. In order of identifier (contract 1.2, "Read routes the console already uses"); each list in full is GET :listId.
         */
        get: operations["ListsController_lists"];
        put?: never;
        /**
         * Create a stakeholder list (ecosoc: paragraph 8; non-objection: paragraph 9)
         * @description Role: pga.
         */
        post: operations["ListsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A list with its batches, entries and representation of the regional groups
         * @description Role: any. What a caller sees of objections depends on its role, its State and the disclosure policy.
         */
        get: operations["ListsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit every proposed entry to the Member States, with a deadline
         * @description Role: pga. Nothing proposed: 409 INVALID_STATE.
         */
        post: operations["BatchesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an open batch before its deadline: its entries go back to proposed, their objections lapse
         * @description Role: pga. A closed or cancelled batch, or one whose deadline has passed: 409 INVALID_STATE.
         */
        post: operations["BatchesController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a batch once its deadline has passed
         * @description Role: pga. Before the deadline: 409 DEADLINE_NOT_REACHED; closing a closed batch is a no-op.
         */
        post: operations["BatchesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend an open batch's deadline
         * @description Role: pga. The new deadline is later than the current one.
         */
        post: operations["BatchesController_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/batches/{batch}/letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The PGA's letter submitting a batch to Member States on a non-objection basis, with the annexed list
         * @description Role: any. The batch as submitted, its deadline as it stands (with its hour on the meeting's clock), the list sorted by country then name. The footer gives the position in the log of the event the letter rests on and the SHA-256 of what it shows. Without Chromium: 503 RENDERER_UNAVAILABLE. Over DOCUMENTS_MAX_ROWS rows: 409 INVALID_STATE (export CSV or XLSX). Over the caller's share of the renderer: 429 RATE_LIMITED.
         */
        get: operations["LettersController_batchLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose one organization, or 1 to 1000 at once (all or nothing)
         * @description Role: pga. Body up to 2 MiB.
         */
        post: operations["EntriesController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw an entry that is proposed or under consideration
         * @description Role: pga.
         */
        delete: operations["EntriesController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/basis-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request the general basis of the objections to an objected entry
         * @description Role: member-state; the requesting State is the token's `state`. The general basis of any objections, if requested by one or more Member States, will be made known to the Office of the President of the General Assembly and the requester.
         */
        post: operations["BasisRequestsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/basis-requests/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make the general basis of the objections known to the State that requested it
         * @description Role: pga. No request from that State: 404.
         */
        post: operations["BasisRequestsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/general-assembly-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the decision of the General Assembly on an objected entry
         * @description Role: pga. Only when the meeting sends objected organizations to the General Assembly.
         */
        post: operations["EntriesController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Object to an entry under consideration, before its batch's deadline
         * @description Role: member-state; the objecting State is the token's `state`.
         */
        post: operations["EntriesController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw the caller's standing objection before the deadline
         * @description Role: member-state.
         */
        delete: operations["EntriesController_withdrawObjection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections/on-behalf/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Disown, before the deadline, the objections made on behalf of the caller
         * @description Role: member-state. The caller leaves their `onBehalfOf`; each objection stands for the others.
         */
        delete: operations["EntriesController_disownObjection"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/entries/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose the organizations of a CSV or XLSX file (all or nothing), or check the file first (dryRun=true)
         * @description Role: pga. Body: the file itself, up to 2 MiB: a header row (name, country, category, ecosocStatus?, website?, contactEmail?) and 1 to 1000 rows, each checked as a single proposal is. `row` in answers is the line in the file, the header being line 1. CSV: UTF-8, comma-separated, with or without a byte order mark. XLSX: the first worksheet; formulas are refused, never evaluated. At most 64 columns; a CSV line at most 65,536 characters; a workbook at most 16 MiB once unpacked (counted as it is inflated), its worksheet at most 128,128 cells and 10,010 rows, empty ones included: beyond, 400 VALIDATION_FAILED naming the limit, before the file is read.
         */
        post: operations["EntriesImportController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A list's entries as CSV or XLSX
         * @description Role: any. One row per entry: name, country, countryName, regionalGroup, category, ecosocStatus, status, batch, deadline, then the objection columns the caller's list view holds (a Member State sees in its export exactly what its list view shows). Cells that begin with =, +, -, @, tab or carriage return are prefixed with an apostrophe (formula injection).
         */
        get: operations["ExportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/transmittal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring the final list to the attention of the General Assembly
         * @description Role: pga. No batch open and nothing proposed; afterwards the list takes no change.
         */
        post: operations["ListsController_transmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/lists/{listId}/transmittal-letter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The letter bringing the final list to the attention of the General Assembly
         * @description Role: any. Only once the list is transmitted (409 INVALID_STATE before). The approved organizations, and the others with the outcome the meeting's disclosure policy allows. Without Chromium: 503 RENDERER_UNAVAILABLE. Over DOCUMENTS_MAX_ROWS rows: 409 INVALID_STATE (export CSV or XLSX). Over the caller's share of the renderer: 429 RATE_LIMITED.
         */
        get: operations["LettersController_transmittalLetter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/opening-speakers/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Identify the eminent person or the NGO representative of the opening plenary (paragraph 2)
         * @description Role: pga. The ngo-representative needs the entryId of an approved entry on an ecosoc list of the meeting. `survivor` is shown only to pga and auditor.
         */
        put: operations["ArrangementsController_identify"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/panels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The panels of the programme with their chairs, consultations and summaries
         * @description Role: any. A consultation's note reaches pga and auditor only (the Office's working notes).
         */
        get: operations["PanelsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/panels/{panelId}/chair-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a Member State to chair the panel
         * @description Role: pga. Needs a recorded consultation with the State's regional group on this panel; two panels of one meeting are never chaired from the same regional group; a panel with an invitation pending or accepted is not invited again until it is declined or withdrawn.
         */
        post: operations["PanelsController_invite"];
        /**
         * Withdraw an invitation to chair the panel before it is answered
         * @description Role: pga. No invitation, or one already accepted or declined: 409 INVALID_STATE; refused once the arrangements are finalized. Afterwards the panel has no chair (null), may be invited again, and the State's regional group no longer counts against the other panels; the State can no longer answer (409).
         */
        delete: operations["PanelsController_withdrawInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/panels/{panelId}/chair-invitation/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or decline the invitation to chair
         * @description Role: member-state, only the invited State (403 for any other).
         */
        post: operations["PanelsController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/panels/{panelId}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a consultation with a regional group on the panel's chair (paragraph 3)
         * @description Role: pga.
         */
        post: operations["PanelsController_consult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/panels/{panelId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the chair's summary for the closing plenary (paragraph 3(c))
         * @description Role: the chair (member-state whose invitation was accepted) or pga.
         */
        post: operations["PanelsController_summarize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/programme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the whole programme of the meeting (paragraph 1)
         * @description Role: pga. Segments do not overlap (one may start when another ends); at most one opening and one closing plenary; no segment starts before the opening plenary; the closing plenary starts once every other segment has ended and may have no end. The same programme again is a no-op. Refused once the arrangements are finalized.
         */
        put: operations["ArrangementsController_setProgramme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/speakers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of speakers in speaking order
         * @description Role: any. Level of representation first, then Member States before observers, then order of inscription. Without segmentId: every plenary meeting, in programme order.
         */
        get: operations["SpeakersController_list"];
        put?: never;
        /**
         * Inscribe on the list of speakers of a plenary meeting (paragraph 5)
         * @description Role: member-state or observer; the State is the token's. One inscription per State per segment (409 ALREADY_EXISTS); a closed list: 409 INVALID_STATE.
         */
        post: operations["SpeakersController_inscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/speakers/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the list of speakers of a plenary meeting
         * @description Role: pga. Closing a closed list is a no-op.
         */
        post: operations["SpeakersController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/speakers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The list of speakers as CSV, XLSX or PDF, in speaking order
         * @description Role: any. Level first, then Member States before observers, then order of inscription. PDF (?lang=en|fr|es|ru|zh|ar, default en): one table per plenary meeting, times on the meeting's clock; without Chromium, 503 RENDERER_UNAVAILABLE; over DOCUMENTS_MAX_ROWS rows, 409 INVALID_STATE (export CSV or XLSX); over the caller's share of the renderer, 429 RATE_LIMITED.
         */
        get: operations["ExportsController_speakers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/speakers/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw the caller's inscription from the list of speakers of a plenary meeting
         * @description Role: member-state or observer; the State is the token's. No inscription of that State on the list: 404 NOT_FOUND; a closed list: 409 INVALID_STATE. The State may inscribe again afterwards, as a new inscription.
         */
        delete: operations["SpeakersController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{meetingId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The President's summary with the panel chairs' summaries
         * @description Role: any. The President's summary is null until the PGA records it (PUT .../summary). ?format=json (the default) or pdf (?lang=en|fr|es|ru|zh|ar, default en; times on the meeting's clock; without Chromium, 503 RENDERER_UNAVAILABLE; over the caller's share of the renderer, 429 RATE_LIMITED).
         */
        get: operations["SummaryController_summary"];
        /**
         * Record the President's summary of the meeting (paragraph 4)
         * @description Role: pga. Replaces the summary before; the same summary again is a no-op. Allowed once the arrangements are finalized (the summary follows the meeting). Read it with the panel chairs' summaries at GET .../summary.
         */
        put: operations["ArrangementsController_recordSummary"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/member-states/me/basis-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's requests for the general basis of objections, with the answers
         * @description Role: member-state. The objecting States are named only where the disclosure is "organizations-and-states".
         */
        get: operations["BasisRequestsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/member-states/me/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open batches awaiting the caller's consideration, soonest deadline first
         * @description Role: member-state.
         */
        get: operations["MemberStatesController_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/member-states/me/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The URL registered for the caller's State, and when
         * @description Role: member-state. Never the signing secret. 404 NOT_FOUND while the State has registered none.
         */
        get: operations["MemberStateWebhookController_registered"];
        /**
         * Register the URL where reminders of deadlines are POSTed for the caller's State
         * @description Role: member-state. Every delivery is signed by the Standard Webhooks specification (webhook-id, webhook-timestamp, webhook-signature). The first registration answers the signing secret. Refused (400): a URL with a user name or password, or whose host is or resolves to a loopback, private, link-local, multicast or unspecified address.
         */
        put: operations["MemberStateWebhookController_register"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/member-states/me/webhook/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret of the caller's State's webhook
         * @description Role: member-state. Deliveries from now on are signed with the new secret only; the old one is forgotten.
         */
        post: operations["MemberStateWebhookController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/personal-data/erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a data subject's personal data
         * @description Role: pga. `subject`: exactly one of `email` (every subject sealed with that address, found through the HMAC lookup kept with the keys), `entryId` (an entry's contact; 404 NOT_FOUND for no such entry), `representativeId` or `delegation: { state }`. The erasure is appended to the log as PersonalDataErased (without the data), then the subjects' keys are destroyed: every view, export, letter and screen shows `[erased]`, the audit routes keep the envelopes. `notErasable`: entries whose contact was written in the clear before version 1.2. Nothing found: no event, `erased` and `notErasable` empty.
         */
        post: operations["ErasuresController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A meeting and its programme, for the public
         * @description No token. Rate limited per client address (RATE_LIMIT_PUBLIC_RPM). Cacheable: a strong ETag, and Cache-Control public, max-age=60; If-None-Match with the ETag gets 304 and no body.
         */
        get: operations["PublicController_meeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/meetings/{meetingId}/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organizations of every transmitted list, for the public
         * @description After a list is transmitted: its approved organizations, and (as the meeting's objectionDisclosure allows) the objected ones with the objecting States or their count, and those the General Assembly rejected; under "none", only the approved. ?format=csv: a CSV file. No token. Rate limited per client address (RATE_LIMIT_PUBLIC_RPM). Cacheable: a strong ETag, and Cache-Control public, max-age=60; If-None-Match with the ETag gets 304 and no body.
         */
        get: operations["PublicController_organizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/meetings/{meetingId}/programme.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme as an iCalendar feed (RFC 5545)
         * @description One event per segment, times in UTC, UID stable across edits (a calendar updates the event), URL the webcast. No token. Rate limited per client address (RATE_LIMIT_PUBLIC_RPM). Cacheable: a strong ETag, and Cache-Control public, max-age=60; If-None-Match with the ETag gets 304 and no body.
         */
        get: operations["PublicController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reference/states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Member States and observers of the reference list
         * @description Role: any, and no token needed (the sign-in offers it).
         */
        get: operations["ReferenceController_states"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scheduled-jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Scheduled jobs that kept failing after every retry, and the state of the scheduler
         * @description Role: pga, auditor.
         */
        get: operations["ScheduledJobsController_failed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccreditationsResponse: {
            /** @description Only with ?asOf= or ?asOfPosition=: the point of the log the view is as of (`at` or `position`) */
            asOf?: components["schemas"]["AsOfAnswer"];
            /** @description Every approved organization of the meeting */
            organizations: components["schemas"]["AccreditedOrganizationView"][];
        };
        AccreditedOrganizationView: {
            /** @enum {string} */
            category: "ngo" | "civil-society" | "private-sector" | "media" | "academia";
            /** @example NLD */
            country: string;
            /** Format: uuid */
            entryId: string;
            /** @example civil-society */
            listId: string;
            name: string;
        };
        ApiErrorDto: {
            /**
             * @example ALREADY_EXISTS
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "ALREADY_EXISTS" | "CONCURRENCY_CONFLICT" | "INVALID_STATE" | "NON_OBJECTION_PERIOD_CLOSED" | "DEADLINE_NOT_REACHED" | "ARRANGEMENTS_INCOMPLETE" | "IDEMPOTENCY_KEY_REUSED" | "METHOD_NOT_ALLOWED" | "NOT_ACCEPTABLE" | "REQUEST_TIMEOUT" | "PAYLOAD_TOO_LARGE" | "URI_TOO_LONG" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "HEADERS_TOO_LARGE" | "INTERNAL_ERROR" | "PROJECTION_TIMEOUT" | "STORE_UNAVAILABLE" | "RENDERER_UNAVAILABLE";
            /** @description Per-field problems for VALIDATION_FAILED, missing items for ARRANGEMENTS_INCOMPLETE */
            details?: Record<string, never>;
            /** @example A meeting with id "trafficking-2013" already exists. */
            message: string;
            /** @example 409 */
            statusCode: number;
        };
        ArrangementsStatusResponse: {
            /** @description false when the request changed nothing (a no-op) */
            changed: boolean;
            /**
             * @description Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.
             * @example 42
             */
            position: string;
            /** @enum {string} */
            status: "open" | "finalized";
        };
        ArrangementsView: {
            /** Format: date-time */
            finalizedAt?: string;
            /** @description What keeps open arrangements from being finalized (paragraph 10), as a refused finalization would list it; empty once finalized */
            missing: components["schemas"]["MissingArrangementView"][];
            /** Format: date-time */
            reopenedAt?: string;
            reopeningReason?: string;
            /** @enum {string} */
            status: "open" | "finalized";
        };
        AsOfAnswer: {
            /**
             * Format: date-time
             * @description The instant asked for (asOf), in UTC
             * @example 2013-04-26T22:00:00.000Z
             */
            at?: string;
            /**
             * @description The global position asked for (asOfPosition)
             * @example 42
             */
            position?: string;
        };
        AuditActorView: {
            /** @enum {string} */
            role: "pga" | "member-state" | "observer" | "auditor" | "system";
            /** @example FRA */
            state?: string;
            /** @example pga-officer-1 */
            subject: string;
        };
        AuditEventLinksResponse: {
            /** @description The event whose `eventId` is this event's `causationId` (engine work: the event that scheduled it), or, for a request, `{ command, actor, at }` */
            causedBy: components["schemas"]["AuditEventView"] | components["schemas"]["AuditRequestCauseView"];
            event: components["schemas"]["AuditEventView"];
            /** @description Events whose `causationId` is this event's `eventId`, in log order (at most 1,000) */
            ledTo: components["schemas"]["AuditEventView"][];
            /** @description Added: the other events of the same command (the same `causationId`), in log order (at most 1,000) */
            sameCommand: components["schemas"]["AuditEventView"][];
        };
        AuditEventsResponse: {
            /** @description In global order */
            events: components["schemas"]["AuditEventView"][];
            /**
             * @description Pass as `after` (ascending) or `before` (with `order=desc`) for the next page; null: no more events now
             * @example 42
             */
            next: string | null;
        };
        AuditEventView: {
            /** @description As stored, at its stored schema version */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /**
             * @description The event hash; null for an event stored without one
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            hash: string | null;
            /**
             * @description The event's place in the log: 0 for the first event, no gap, whatever the positions are
             * @example 0
             */
            index: number;
            /** @description As stored, without hash and previousHash (shown beside it) */
            metadata: components["schemas"]["AuditMetadataView"];
            /**
             * @description Global position, a decimal string
             * @example 42
             */
            position: string;
            /**
             * @description The previous event's hash in the stream; null at revision 0
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            previousHash: string | null;
            /**
             * Format: date-time
             * @description When the store committed the event
             * @example 2013-05-10T22:00:00.000Z
             */
            recordedAt: string;
            /**
             * @description Zero-based revision in the stream
             * @example 0
             */
            revision: number;
            /** @example list-trafficking-2013-civil-society */
            streamId: string;
            /** @example OrganizationProposed */
            type: string;
        };
        AuditJobProgress: {
            /**
             * @description Events done so far
             * @example 1234
             */
            done: number;
            /**
             * @description Events to do: the log as it stood when the job started (0 while unknown, on EventStoreDB); done equals it once the job is done
             * @example 10000
             */
            total: number;
        };
        AuditJobsResponse: {
            /** @description The 20 most recent jobs, newest first */
            jobs: components["schemas"]["AuditJobView"][];
        };
        AuditJobStarted: {
            /**
             * Format: uuid
             * @description Follow it with GET /v1/audit/jobs/{jobId}
             */
            jobId: string;
        };
        AuditJobView: {
            /**
             * Format: date-time
             * @example 2013-05-10T22:01:00.000Z
             */
            finishedAt?: string;
            /** Format: uuid */
            jobId: string;
            /**
             * @description verification: every hash chain recomputed; replay: every recorded decision re-run with the current rules; rebuild-comparison: every projection rebuilt from zero and compared with the live one; export: the log as NDJSON
             * @example verification
             * @enum {string}
             */
            kind: "verification" | "replay" | "rebuild-comparison" | "export";
            progress: components["schemas"]["AuditJobProgress"];
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            startedAt: string;
            /**
             * @description done: the job ran to its end (its summary says what it found); failed: it could not (summary.error says why)
             * @enum {string}
             */
            state: "queued" | "running" | "done" | "failed";
            /** @description Once finished. verification: { ok, eventsChecked, firstBroken? }; replay: { ok, events, commandsReplayed, skipped, mismatchCount }; rebuild-comparison: { matches, events, differenceCount, uncovered }; export: { events, lastPosition, sha256 }; failed: { error } */
            summary?: {
                [key: string]: unknown;
            };
        };
        AuditMetadataView: {
            actor: components["schemas"]["AuditActorView"];
            /** @description The command (request) that caused the event */
            causationId: string;
            /** @description The x-correlation-id of the request that led to the event */
            correlationId: string;
            /**
             * Format: date-time
             * @description When the command reached the engine
             * @example 2013-05-10T22:00:00.000Z
             */
            occurredAt: string;
            /** @example 1 */
            schemaVersion: number;
        };
        AuditRequestCauseView: {
            /** @description Who made the request */
            actor: components["schemas"]["AuditActorView"];
            /**
             * Format: date-time
             * @description When the request reached the engine (`occurredAt`)
             * @example 2013-05-10T22:00:00.000Z
             */
            at: string;
            /**
             * @description The kind of command the request made (its first event's `metadata.command.kind`); null for events stored without it
             * @example RaiseObjection
             */
            command: string | null;
        };
        AuthConfigResponse: {
            /**
             * @description AUTH_OIDC_CLIENT_ID
             * @example nihil-obstat-console
             */
            clientId?: string;
            /**
             * @description true where POST /v1/dev/tokens exists (NODE_ENV development or test): the console offers "sign in as …"; absent elsewhere
             * @example true
             */
            devSignIn?: boolean;
            /**
             * @description AUTH_OIDC_ISSUER; absent: no OpenID sign-in
             * @example https://login.example.org/realms/un
             */
            issuer?: string;
            /**
             * @description AUTH_OIDC_SCOPES, space-separated (default "openid profile")
             * @example openid profile
             */
            scopes?: string;
        };
        BasisAnswerDto: {
            /**
             * @description The Member State that requested the general basis
             * @example FRA
             */
            state: string;
        };
        BasisRequestsResponse: {
            /** @description The caller's requests, oldest first */
            requests: components["schemas"]["BasisRequestView"][];
        };
        BasisRequestView: {
            /** @description Once the PGA has answered: the general basis of each standing objection */
            bases?: components["schemas"]["BasisView"][];
            /** Format: uuid */
            entryId: string;
            /** @example civil-society */
            listId: string;
            /**
             * Format: date-time
             * @description When the PGA made the general basis known
             * @example 2013-05-10T22:00:00.000Z
             */
            madeKnownAt?: string;
            /** @example trafficking-2013 */
            meetingId: string;
            organization: components["schemas"]["OrganizationDto"];
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            requestedAt: string;
        };
        BasisView: {
            /**
             * @description The reason given with the objection, or a sentence saying none was given
             * @example Not in conformity with the purposes of the meeting
             */
            reason: string;
            /**
             * @description Only where the meeting's disclosure is "organizations-and-states"
             * @example EGY
             */
            state?: string;
        };
        BatchClosureResponse: {
            /** @description Entries approved at this closure */
            approved?: number;
            /** @example 1 */
            batch: number;
            /** @description false when the batch was already closed (a no-op) */
            closed: boolean;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            closedAt?: string;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            deadline?: string;
            /** @description Entries with a standing objection at this closure */
            objected?: number;
            /**
             * @description Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.
             * @example 42
             */
            position: string;
        };
        BatchSubmittedResponse: {
            /**
             * @description Number of the new batch, from 1 on each list
             * @example 1
             */
            batch: number;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            deadline: string;
            /** @description Every entry that went under consideration */
            entryIds: string[];
            /**
             * @description Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.
             * @example 42
             */
            position: string;
        };
        BatchView: {
            /** @description The PGA's reason for cancelling the batch */
            cancellationReason?: string;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            cancelledAt?: string;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            closedAt?: string;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            deadline: string;
            /** @example 1 */
            number: number;
            /** @enum {string} */
            status: "open" | "closed" | "cancelled";
        };
        BrokenEventView: {
            /** @example Expected revision 3 of the stream, found 4. */
            detail?: string;
            /**
             * @description Global position, a decimal string
             * @example 42
             */
            position: string;
            /** @enum {string} */
            reason: "missing hash" | "revision gap" | "previousHash does not match the previous event" | "hash mismatch" | "position gap" | "column copy mismatch";
            revision: number;
            streamId: string;
        };
        CancellationDto: {
            /** @example The deadline was typed a year too late. */
            reason: string;
        };
        ChairInvitationDto: {
            /**
             * @description A Member State (ISO 3166-1 alpha-3)
             * @example PHL
             */
            state: string;
        };
        ChairResponseDto: {
            /** @description true to accept, false to decline */
            accept: boolean;
        };
        ChairSummaryResponse: {
            /**
             * @description The State that chaired the panel
             * @example PHL
             */
            chair: string;
            /** @example panel-1 */
            panelId: string;
            /** Format: date-time */
            recordedAt: string;
            text: string;
            theme: string;
            title: string;
        };
        ChairView: {
            /**
             * Format: date-time
             * @example 2013-05-13T19:00:00.000Z
             */
            invitedAt: string;
            /** @enum {string} */
            regionalGroup: "African Group" | "Asia-Pacific Group" | "Eastern European Group" | "Latin American and Caribbean Group" | "Western European and Others Group";
            /**
             * Format: date-time
             * @example 2013-05-13T19:00:00.000Z
             */
            respondedAt?: string;
            /** @example PHL */
            state: string;
            /** @enum {string} */
            status: "invited" | "accepted" | "declined";
        };
        ChangeResponse: {
            /** @description false when the request changed nothing (a no-op) */
            changed: boolean;
            /**
             * @description Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.
             * @example 42
             */
            position: string;
        };
        ConsultationDto: {
            /** @example Consulted the Chair of the group for the month of May. */
            note?: string;
            /** @enum {string} */
            regionalGroup: "African Group" | "Asia-Pacific Group" | "Eastern European Group" | "Latin American and Caribbean Group" | "Western European and Others Group";
        };
        ConsultationView: {
            note?: string;
            /**
             * Format: date-time
             * @example 2013-05-13T19:00:00.000Z
             */
            recordedAt: string;
            /** @enum {string} */
            regionalGroup: "African Group" | "Asia-Pacific Group" | "Eastern European Group" | "Latin American and Caribbean Group" | "Western European and Others Group";
        };
        CreatedResponse: {
            /**
             * @description The id the client chose
             * @example trafficking-2013
             */
            id: string;
            /**
             * @description Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.
             * @example 42
             */
            position: string;
        };
        CreateListDto: {
            /**
             * @description The list id, chosen by the client
             * @example trafficking-2013
             */
            id: string;
            /**
             * @description ecosoc: paragraph 8; non-objection: paragraph 9
             * @enum {string}
             */
            kind: "ecosoc" | "non-objection";
            /** @example Other relevant non-governmental organizations, civil society, private sector and media */
            title: string;
        };
        CreateMeetingDto: {
            /**
             * @description The meeting id, chosen by the client
             * @example trafficking-2013
             */
            id: string;
            /**
             * @description Each 1-200 characters
             * @example [
             *       "A/RES/67/190"
             *     ]
             */
            mandate?: string[];
            policy?: components["schemas"]["MeetingPolicyDto"];
            /**
             * @description IANA time zone
             * @example America/New_York
             */
            timezone: string;
            /** @example High-level Meeting on the Appraisal of the Global Plan of Action to Combat Trafficking in Persons */
            title: string;
            /** @example United Nations Headquarters, New York */
            venue?: string;
        };
        DeadlineDto: {
            /**
             * Format: date-time
             * @description The deadline: an instant with its offset, in the future
             * @example 2013-04-26T18:00:00-04:00
             */
            deadline: string;
        };
        DeadlineExtendedResponse: {
            /** @example 1 */
            batch: number;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            deadline: string;
            /**
             * @description Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.
             * @example 42
             */
            position: string;
        };
        DelegationSubjectDto: {
            /**
             * @description The delegation's Member State (ISO 3166-1 alpha-3)
             * @example FRA
             */
            state: string;
        };
        DevTokenRequestDto: {
            /**
             * @example member-state
             * @enum {string}
             */
            role: "pga" | "member-state" | "observer" | "auditor";
            /**
             * @description For member-state and observer: the State or observer acted for
             * @example FRA
             */
            state?: string;
            /**
             * @description The token's subject, so that two people of one role can be signed in (default dev-<role>[-<state>])
             * @example pga-officer-2
             */
            sub?: string;
        };
        DevTokenResponse: {
            /** @description A bearer token (HS256) valid for 12 hours */
            token: string;
        };
        EntriesImportedResponse: {
            /** @description The new entries, in the order of the rows of the file */
            entryIds: string[];
            /**
             * @description Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.
             * @example 42
             */
            position: string;
        };
        EntriesProposedResponse: {
            /**
             * Format: uuid
             * @description When one `organization` was sent
             */
            entryId?: string;
            /** @description When `organizations` were sent: their entry ids, in the order sent */
            entryIds?: string[];
            /**
             * @description Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.
             * @example 42
             */
            position: string;
        };
        EntryBasisRequestView: {
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            madeKnownAt?: string;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            requestedAt: string;
            /** @example FRA */
            state: string;
        };
        EntryView: {
            /** @description pga and auditor: requests for the general basis of the objections */
            basisRequests?: components["schemas"]["EntryBasisRequestView"][];
            batch?: number;
            generalAssemblyDecision?: components["schemas"]["GeneralAssemblyDecisionView"];
            /** Format: uuid */
            id: string;
            /** @description After closure, under disclosure "organizations-and-states" */
            objectingStates?: string[];
            /** @description After closure, under disclosure "organizations" */
            objectionCount?: number;
            /** @description pga and auditor: every standing objection; a Member State: its own */
            objections?: components["schemas"]["ObjectionView"][];
            /** @description A Member State: the standing objections made on its behalf */
            objectionsOnMyBehalf?: components["schemas"]["OnMyBehalfView"][];
            organization: components["schemas"]["OrganizationDto"];
            /** @enum {string} */
            status: "proposed" | "under-consideration" | "approved" | "objected" | "not-approved" | "rejected" | "withdrawn";
        };
        ErasedSubjectResponse: {
            /** @enum {string} */
            kind: "entry-contact" | "representative" | "delegation";
            meetingId?: string;
            /** @description The entry id, representative id or State the subject belongs to */
            reference: string;
            /** Format: uuid */
            subjectId: string;
        };
        ErasureDto: {
            /** @example Request of the data subject, 2013-06-02 */
            reason: string;
            subject: components["schemas"]["ErasureSubjectDto"];
        };
        ErasureResponse: {
            /** @description The subjects whose keys this erasure destroyed */
            erased: components["schemas"]["ErasedSubjectResponse"][];
            /** @description The entries whose contact the log keeps in the clear (written before version 1.2) */
            notErasable: components["schemas"]["NotErasableResponse"][];
            /**
             * @description Global position of the erasure event (or of the log when nothing was found: no event, no receipt)
             * @example 42
             */
            position: string;
            /** @description The signed receipt of the erasure event (contract 1.2, Transparency); absent while the engine signs no receipts, and for a request that found nothing */
            receipt?: string;
        };
        ErasureSubjectDto: {
            /** @description A delegation's members (from issue 25 on; none is found before) */
            delegation?: components["schemas"]["DelegationSubjectDto"];
            /**
             * @description Every subject sealed with this address (found through the HMAC lookup)
             * @example info@example.org
             */
            email?: string;
            /**
             * Format: uuid
             * @description An entry's contact
             */
            entryId?: string;
            /**
             * Format: uuid
             * @description A representative (from issue 25 on; none is found before)
             */
            representativeId?: string;
        };
        FailedJobsResponse: {
            jobs: components["schemas"]["FailedJobView"][];
            scheduler: components["schemas"]["SchedulerHealthView"];
        };
        FailedJobView: {
            /**
             * @description Attempts made before the job was kept as failed
             * @example 8
             */
            attempts: number;
            /**
             * @description The error of the last attempt
             * @example connect ECONNREFUSED 10.0.0.7:443
             */
            error: string;
            /** @example close/trafficking-2013/civil-society/1/1368223200000 */
            id: string;
            /** @enum {string} */
            kind: "close-batch" | "reminder" | "webhook";
        };
        GeneralAssemblyDecisionDto: {
            /** @enum {string} */
            decision: "approve" | "reject";
            /**
             * @description Document symbol of the decision
             * @example A/78/L.99
             */
            reference: string;
        };
        GeneralAssemblyDecisionView: {
            /** @enum {string} */
            decision: "approve" | "reject";
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            recordedAt: string;
            /** @example A/78/L.99 */
            reference: string;
        };
        HealthResponse: {
            /**
             * @description Every part
             * @example {
             *       "eventStore": {
             *         "status": "up"
             *       },
             *       "projections": {
             *         "status": "up",
             *         "position": "42"
             *       }
             *     }
             */
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /**
             * @description The parts that do not answer, with why
             * @example {
             *       "eventStore": {
             *         "status": "up"
             *       },
             *       "projections": {
             *         "status": "up",
             *         "position": "42"
             *       }
             *     }
             */
            error?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /**
             * @description The parts that answer
             * @example {
             *       "eventStore": {
             *         "status": "up"
             *       },
             *       "projections": {
             *         "status": "up",
             *         "position": "42"
             *       }
             *     }
             */
            info?: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @enum {string} */
            status: "ok" | "error" | "shutting_down";
        };
        ImportPreviewResponse: {
            /** @description Every problem that would refuse the import; empty when it would succeed */
            errors: components["schemas"]["ImportProblemResponse"][];
            /**
             * @description Columns of an Indico export that the import does not read
             * @example [
             *       "ID",
             *       "Name",
             *       "First Name"
             *     ]
             */
            ignoredColumns: string[];
            /**
             * @description Whose columns the file has: the contract's, or Indico's registration export (Affiliation, Country, Email Address, …)
             * @enum {string}
             */
            layout: "nihil-obstat" | "indico";
            /** @description Every row below the header, as read (cells trimmed, empty ones left out) */
            rows: components["schemas"]["ImportRowResponse"][];
        };
        ImportProblemResponse: {
            /**
             * @description The column (a field of the organization), or `file` for the file as a whole
             * @example country
             */
            field: string;
            /** @example country must be an assigned ISO 3166-1 alpha-3 code, such as FRA */
            message: string;
            /**
             * @description The line in the file (the header row is line 1)
             * @example 3
             */
            row: number;
        };
        ImportRowResponse: {
            /** @example ngo */
            category?: string;
            /** @example info@example.org */
            contactEmail?: string;
            /** @example NLD */
            country?: string;
            /** @example special */
            ecosocStatus?: string;
            /** @example La Strada International */
            name?: string;
            /**
             * @description The line in the file (the header row is line 1)
             * @example 2
             */
            row: number;
            /** @example https://lastradainternational.org */
            website?: string;
        };
        InscriptionDto: {
            /** @enum {string} */
            level: "head-of-state" | "vice-president" | "crown-prince" | "head-of-government" | "minister" | "vice-minister" | "head-of-delegation";
            /**
             * @description A plenary meeting of the programme
             * @example trafficking-2013
             */
            segmentId: string;
            /** @example H.E. Ms. A. Minister */
            speakerName: string;
        };
        ListResponse: {
            /** @description Only with ?asOf= or ?asOfPosition=: the point of the log the view is as of (`at` or `position`) */
            asOf?: components["schemas"]["AsOfAnswer"];
            batches: components["schemas"]["BatchView"][];
            /** @description In order of proposal */
            entries: components["schemas"]["EntryView"][];
            /** @example civil-society */
            id: string;
            /** @enum {string} */
            kind: "ecosoc" | "non-objection";
            representation: components["schemas"]["RepresentationView"];
            /** @enum {string} */
            status: "open" | "transmitted";
            title: string;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            transmittedAt?: string;
        };
        ListsResponse: {
            /** @description Only with ?asOf= or ?asOfPosition=: the point of the log the view is as of (`at` or `position`) */
            asOf?: components["schemas"]["AsOfAnswer"];
            /** @description In order of identifier */
            lists: components["schemas"]["ListSummaryView"][];
        };
        ListSummaryView: {
            batches: components["schemas"]["BatchView"][];
            /** @example civil-society */
            id: string;
            /** @enum {string} */
            kind: "ecosoc" | "non-objection";
            /** @enum {string} */
            status: "open" | "transmitted";
            title: string;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            transmittedAt?: string;
        };
        MeetingPolicyDto: {
            /**
             * @description Objected organizations go to the General Assembly for a decision
             * @default false
             */
            objectedGoToGeneralAssembly: boolean;
            /**
             * @default organizations
             * @enum {string}
             */
            objectionDisclosure: "none" | "organizations" | "organizations-and-states";
            /**
             * @description ISO 8601 durations before each deadline (each at most 32 characters)
             * @default [
             *       "PT72H",
             *       "PT24H"
             *     ]
             */
            reminders: string[];
        };
        MeetingPolicyView: {
            objectedGoToGeneralAssembly: boolean;
            /** @enum {string} */
            objectionDisclosure: "none" | "organizations" | "organizations-and-states";
            /**
             * @example [
             *       "PT72H",
             *       "PT24H"
             *     ]
             */
            reminders: string[];
        };
        MeetingResponse: {
            arrangements: components["schemas"]["ArrangementsView"];
            /** @description Only with ?asOf= or ?asOfPosition=: the point of the log the view is as of (`at` or `position`) */
            asOf?: components["schemas"]["AsOfAnswer"];
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            createdAt: string;
            /** @example trafficking-2013 */
            id: string;
            mandate: string[];
            openingSpeakers: components["schemas"]["OpeningSpeakerView"][];
            panels: Record<string, never>[];
            policy: components["schemas"]["MeetingPolicyView"];
            /** @description Segments of the programme */
            programme: Record<string, never>[];
            /** @example America/New_York */
            timezone: string;
            title: string;
            /** @example United Nations Headquarters, New York */
            venue?: string;
        };
        MeetingsResponse: {
            /** @description Every meeting, the most recently created first */
            meetings: components["schemas"]["MeetingSummaryView"][];
        };
        MeetingSummaryView: {
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            createdAt: string;
            /** @example trafficking-2013 */
            id: string;
            /** @example America/New_York */
            timezone: string;
            title: string;
            /** @example United Nations Headquarters, New York */
            venue?: string;
        };
        MeResponse: {
            /** @enum {string} */
            role: "pga" | "member-state" | "observer" | "auditor";
            /**
             * @description member-state and observer: the State or observer acted for
             * @example FRA
             */
            state?: string;
            /**
             * @description The State's name in the reference list (English)
             * @example France
             */
            stateName?: string;
            /**
             * @description The token's subject
             * @example dev-member-state-fra
             */
            sub: string;
        };
        MissingArrangementView: {
            /** @enum {string} */
            item: "programme" | "panel-chair" | "opening-speaker";
            /** @example Panel "panel-1" has no chair who accepted (no State is invited). */
            message: string;
            /** @example panel-1 */
            panelId?: string;
            /** @example ngo-representative */
            role?: string;
        };
        MyObjectionView: {
            onBehalfOf: string[];
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            raisedAt: string;
            reason?: string;
        };
        NotErasableResponse: {
            /** Format: uuid */
            entryId: string;
            listId: string;
            meetingId: string;
            /**
             * @description Written before version 1.2, in the clear: no key can erase it
             * @enum {string}
             */
            reason: "stored-in-the-clear";
        };
        ObjectionDto: {
            /**
             * @description Member States on whose behalf the State objects
             * @example [
             *       "DZA",
             *       "EGY"
             *     ]
             */
            onBehalfOf?: string[];
            /** @description No reason is required */
            reason?: string;
        };
        ObjectionView: {
            onBehalfOf: string[];
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            raisedAt: string;
            reason?: string;
            /** @example DZA */
            state: string;
        };
        OnMyBehalfView: {
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            raisedAt: string;
            /**
             * @description The State that objected on behalf of the caller
             * @example KEN
             */
            state: string;
        };
        OpeningSpeakerDto: {
            /**
             * Format: uuid
             * @description Required for the ngo-representative: an approved entry of an ecosoc list of the meeting
             */
            entryId?: string;
            /** @example A. N. Other */
            name: string;
            /** @description For the NGO representative, defaults to the entry's organization */
            organization?: string;
            /** @description Sensitive: shown only to pga and auditor */
            survivor?: boolean;
        };
        OpeningSpeakerView: {
            /** Format: uuid */
            entryId?: string;
            /** @description Speaks by virtue of office */
            fixed: boolean;
            name?: string;
            organization?: string;
            /** @example secretary-general */
            role: string;
            /** @description Shown only to pga and auditor */
            survivor?: boolean;
            /** @example Secretary-General */
            title: string;
        };
        OrganizationDto: {
            /** @enum {string} */
            category: "ngo" | "civil-society" | "private-sector" | "media" | "academia";
            /** @example info@example.org */
            contactEmail?: string;
            /**
             * @description ISO 3166-1 alpha-3 (an officially assigned code)
             * @example NLD
             */
            country: string;
            /**
             * @description Required on an ecosoc list
             * @enum {string}
             */
            ecosocStatus?: "general" | "special" | "roster";
            /** @example La Strada International */
            name: string;
            /** @example https://lastradainternational.org */
            website?: string;
        };
        PanelsResponse: {
            /** @description Only with ?asOf= or ?asOfPosition=: the point of the log the view is as of (`at` or `position`) */
            asOf?: components["schemas"]["AsOfAnswer"];
            /** @description In programme order */
            panels: components["schemas"]["PanelView"][];
        };
        PanelView: {
            /** @description null until a State is invited */
            chair: components["schemas"]["ChairView"] | null;
            consultations: components["schemas"]["ConsultationView"][];
            /**
             * Format: date-time
             * @example 2013-05-13T19:00:00.000Z
             */
            endsAt: string;
            /**
             * @description The same instant on the meeting's local clock (its timezone)
             * @example 2013-05-13T15:00:00-04:00
             */
            endsAtLocal: string;
            /** @example panel-1 */
            id: string;
            /**
             * Format: date-time
             * @example 2013-05-13T19:00:00.000Z
             */
            startsAt: string;
            /**
             * @description The same instant on the meeting's local clock (its timezone)
             * @example 2013-05-13T15:00:00-04:00
             */
            startsAtLocal: string;
            summary?: components["schemas"]["SummaryView"];
            theme: string;
            title: string;
        };
        PendingBatchView: {
            /** @example 1 */
            batch: number;
            /**
             * Format: date-time
             * @example 2013-05-10T22:00:00.000Z
             */
            deadline: string;
            entries: components["schemas"]["PendingEntryView"][];
            /** @example civil-society */
            listId: string;
            /**
             * @description The list's title
             * @example Other non-governmental organizations
             */
            listTitle: string;
            /** @example trafficking-2013 */
            meetingId: string;
            /**
             * @description The meeting's time zone (IANA), for showing the deadline
             * @example America/New_York
             */
            meetingTimezone: string;
            /**
             * @description The meeting's title
             * @example High-level Meeting on Trafficking in Persons
             */
            meetingTitle: string;
        };
        PendingEntryView: {
            /** Format: uuid */
            id: string;
            /** @description The caller's standing objection */
            myObjection?: components["schemas"]["MyObjectionView"];
            /** @description The standing objections made on behalf of the caller */
            objectionsOnMyBehalf?: components["schemas"]["OnMyBehalfView"][];
            organization: components["schemas"]["OrganizationDto"];
        };
        PendingResponse: {
            /** @description Every open batch, soonest deadline first */
            batches: components["schemas"]["PendingBatchView"][];
        };
        PositionResponse: {
            /**
             * @description Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.
             * @example 42
             */
            position: string;
        };
        PresidentSummaryDto: {
            /** @description What the meeting achieved: up to 50 points of up to 2,000 characters */
            achievements?: string[];
            /** @description The challenges ahead: up to 50 points of up to 2,000 characters */
            challenges?: string[];
            /** @description The gaps it identified: up to 50 points of up to 2,000 characters */
            gaps?: string[];
            /** @example The meeting reaffirmed the commitment to the Global Plan of Action. */
            text: string;
        };
        PresidentSummaryView: {
            achievements: string[];
            challenges: string[];
            gaps: string[];
            /** Format: date-time */
            recordedAt: string;
            text: string;
        };
        ProgrammeDto: {
            segments: components["schemas"]["SegmentDto"][];
        };
        ProposeEntriesDto: {
            organization?: components["schemas"]["OrganizationDto"];
            organizations?: components["schemas"]["OrganizationDto"][];
        };
        PublicMeetingResponse: {
            /**
             * Format: date-time
             * @description The end of the last segment, when every segment has an end
             */
            endsAt?: string;
            /** @example trafficking-2013 */
            id: string;
            programme: components["schemas"]["PublicSegmentResponse"][];
            /**
             * Format: date-time
             * @description The start of the first segment
             */
            startsAt?: string;
            /** @example America/New_York */
            timezone: string;
            title: string;
            venue?: string;
        };
        PublicOrganizationResponse: {
            /** @enum {string} */
            category: "ngo" | "civil-society" | "private-sector" | "media" | "academia";
            /** @example NLD */
            country: string;
            /** @example Netherlands */
            countryName: string;
            listId: string;
            name: string;
            /** @description Objected: the objecting States, where the disclosure policy names them */
            objectingStates?: string[];
            /** @description Objected: how many States objected, where the disclosure policy counts them */
            objectionCount?: number;
            /** @enum {string} */
            status: "approved" | "objected" | "rejected";
        };
        PublicOrganizationsResponse: {
            organizations: components["schemas"]["PublicOrganizationResponse"][];
        };
        PublicSegmentResponse: {
            /** Format: date-time */
            endsAt?: string;
            /** @example 2013-05-13T10:00:00-04:00 */
            endsAtLocal?: string;
            /** @example opening-plenary */
            id: string;
            /** @enum {string} */
            kind: "opening-plenary" | "plenary" | "panel" | "closing-plenary";
            /** Format: date-time */
            startsAt: string;
            /**
             * @description The start on the meeting's clock
             * @example 2013-05-13T09:00:00-04:00
             */
            startsAtLocal: string;
            theme?: string;
            title: string;
            /**
             * Format: uri
             * @description Where the segment is webcast
             */
            webcastUrl?: string;
        };
        ReferenceStatesResponse: {
            /** @description The 193 Member States in alphabetical order, then the observers */
            states: components["schemas"]["ReferenceStateView"][];
        };
        ReferenceStateView: {
            /**
             * @description ISO 3166-1 alpha-3 (VAT, PSE and EUU for the observers)
             * @example FRA
             */
            code: string;
            /**
             * @description member-state or observer, as `observer` says
             * @enum {string}
             */
            kind: "member-state" | "observer";
            /** @example France */
            name: string;
            /** @description true for the observers (Holy See, State of Palestine, European Union) */
            observer: boolean;
            /**
             * @description Member States only
             * @enum {string}
             */
            regionalGroup?: "African Group" | "Asia-Pacific Group" | "Eastern European Group" | "Latin American and Caribbean Group" | "Western European and Others Group";
        };
        RegisteredWebhookResponse: {
            /**
             * @description When the State registered this URL (its last registration), in UTC
             * @example 2013-04-20T14:00:00.000Z
             */
            registeredAt: string;
            /** @example https://mission.example.org/un/reminders */
            url: string;
        };
        ReopeningDto: {
            /** @example The chair of panel 2 can no longer attend. */
            reason: string;
        };
        RepresentationView: {
            /**
             * @description Approved or under-consideration entries per regional group ("Other" for a country in none)
             * @example {
             *       "African Group": 2,
             *       "Other": 1
             *     }
             */
            byRegionalGroup: {
                [key: string]: number;
            };
            /** @description The regional groups with no such entry */
            missingGroups: string[];
        };
        SchedulerHealthView: {
            /** @example 3 */
            delayed: number;
            /** @example 1 */
            failed: number;
            /** @enum {string} */
            kind: "in-process" | "bullmq";
            /** @description Why the scheduler is down */
            message?: string;
            up: boolean;
            /** @example 0 */
            waiting: number;
        };
        SegmentDto: {
            /**
             * Format: date-time
             * @description Required but for the closing plenary, which follows the exhausted list of speakers
             * @example 2013-05-13T16:30:00-04:00
             */
            endsAt?: string;
            /**
             * @description The segment id, chosen by the client; a panel segment's id is the panel id
             * @example trafficking-2013
             */
            id: string;
            /** @enum {string} */
            kind: "opening-plenary" | "plenary" | "panel" | "closing-plenary";
            /**
             * Format: date-time
             * @description Start, an instant with its offset (stored in UTC)
             * @example 2013-04-26T18:00:00-04:00
             */
            startsAt: string;
            /**
             * @description Required for a panel
             * @example Sharing Best Practices and Lessons Learned for Prevention and Prosecution
             */
            theme?: string;
            /** @example Interactive panel discussion 1 */
            title: string;
            /**
             * Format: uri
             * @description Where the segment is webcast: an https URL
             * @example https://webtv.un.org/
             */
            webcastUrl?: string;
        };
        SpeakersClosureDto: {
            /**
             * @description The plenary meeting whose list of speakers closes
             * @example trafficking-2013
             */
            segmentId: string;
        };
        SpeakersListView: {
            /**
             * Format: date-time
             * @example 2013-05-13T19:00:00.000Z
             */
            closedAt?: string;
            /** @example 12 */
            inscriptions: number;
            /** @example plenary-13-may-morning */
            segmentId: string;
            /** @enum {string} */
            status: "open" | "closed";
        };
        SpeakersResponse: {
            /** @description The list (or lists) shown, with their status */
            lists: components["schemas"]["SpeakersListView"][];
            /** @description Speaking order: level, then Member States before observers, then inscription */
            speakers: components["schemas"]["SpeakerView"][];
        };
        SpeakerView: {
            /** @enum {string} */
            delegation: "member-state" | "observer";
            /**
             * Format: date-time
             * @example 2013-05-13T19:00:00.000Z
             */
            inscribedAt: string;
            /** @enum {string} */
            level: "head-of-state" | "vice-president" | "crown-prince" | "head-of-government" | "minister" | "vice-minister" | "head-of-delegation";
            /**
             * @description Place in the speaking order of its segment
             * @example 1
             */
            order: number;
            /** @example plenary-13-may-morning */
            segmentId: string;
            speakerName: string;
            /** @example FRA */
            state: string;
        };
        StartAuditJobBody: {
            /**
             * @description verification: every hash chain recomputed; replay: every recorded decision re-run with the current rules; rebuild-comparison: every projection rebuilt from zero and compared with the live one; export: the log as NDJSON
             * @example verification
             * @enum {string}
             */
            kind: "verification" | "replay" | "rebuild-comparison" | "export";
        };
        SummaryDto: {
            /** @example The panel stressed partnerships to protect and assist victims. */
            text: string;
        };
        SummaryResponse: {
            /** @example trafficking-2013 */
            meetingId: string;
            /** @description The panel chairs' summaries (paragraph 3c), in programme order */
            panels: components["schemas"]["ChairSummaryResponse"][];
            /** @description The President's summary (paragraph 4); null until recorded */
            president: components["schemas"]["PresidentSummaryView"] | null;
            title: string;
        };
        SummaryView: {
            /**
             * @description The chair whose summary it is
             * @example PHL
             */
            chair: string;
            /**
             * Format: date-time
             * @example 2013-05-13T19:00:00.000Z
             */
            recordedAt: string;
            text: string;
        };
        VerificationResponse: {
            /**
             * @description Events examined, the broken one included
             * @example 1000000
             */
            eventsChecked: number;
            /** @description The first broken event in global order */
            firstBroken?: components["schemas"]["BrokenEventView"];
            /**
             * @description On EventStoreDB: events of streams that are not the engine’s (other applications, test leftovers), not checked
             * @example 0
             */
            foreignEvents?: number;
            /** @description Every hash chain is intact */
            ok: boolean;
        };
        WebhookDto: {
            /**
             * @description https (http only with NODE_ENV development or test); no user name or password; a host with public addresses only
             * @example https://mission.example.org/un/reminders
             */
            url: string;
        };
        WebhookResponse: {
            /**
             * @description Global position of the registration, a decimal string
             * @example 42
             */
            position: string;
            /**
             * @description The first registration only. The Standard Webhooks signing secret of the State (whsec_ and base64). Shown only in this answer: keep it, or rotate it to get a new one. A repeat with the same Idempotency-Key answers without it.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret?: string;
            /**
             * @description The caller's State
             * @example FRA
             */
            state: string;
            /** @example https://mission.example.org/un/reminders */
            url: string;
        };
        WebhookSecretResponse: {
            /**
             * @description Global position of the rotation, a decimal string
             * @example 43
             */
            position: string;
            /**
             * @description The Standard Webhooks signing secret of the State (whsec_ and base64). Shown only in this answer: keep it, or rotate it to get a new one. A repeat with the same Idempotency-Key answers without it.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret?: string;
            /**
             * @description The caller's State
             * @example FRA
             */
            state: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every part answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description A part does not answer; `error` names it */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
        };
    };
    AuditController_events: {
        parameters: {
            query?: {
                /** @description Only events whose actor has this role */
                actorRole?: "pga" | "member-state" | "observer" | "auditor" | "system";
                /** @description Only events whose actor acted for this State (ISO 3166-1 alpha-3) */
                actorState?: string;
                /** @description Events strictly after this global position (the `next` of the previous page). With `stream` too: the stream's events whose global position is after it (not a revision). */
                after?: string;
                /** @description With `order=desc`: events strictly before this global position (the `next` of the previous page) */
                before?: string;
                /** @description Only events of this correlation id (one request, or a chain of engine work) */
                correlationId?: string;
                /** @description Only events recorded at or after this instant (ISO 8601 with its offset) */
                from?: string;
                /** @description Events per page */
                limit?: number;
                /** @description Only the events of this meeting's streams (meeting, lists, arrangements, speakers) */
                meetingId?: string;
                /** @description `asc`: oldest first, page with `after`; `desc`: newest first, page with `before` */
                order?: "asc" | "desc";
                /** @description Version 1's name of `streamId` */
                stream?: string;
                /** @description Only this stream's events */
                streamId?: string;
                /** @description Only events recorded at or before this instant (ISO 8601 with its offset) */
                to?: string;
                /** @description Only events of these types: repeat the parameter (`type=A&type=B`) for several */
                type?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the write is stored but the views did not catch up in time; STORE_UNAVAILABLE: the event store could not be reached or did not answer in time; RENDERER_UNAVAILABLE: no Chromium to render a PDF */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuditController_event: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Global position, a decimal string */
                position: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventLinksResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the write is stored but the views did not catch up in time; STORE_UNAVAILABLE: the event store could not be reached or did not answer in time; RENDERER_UNAVAILABLE: no Chromium to render a PDF */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuditJobsController_recent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditJobsResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuditJobsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartAuditJobBody"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditJobStarted"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuditJobsController_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditJobView"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuditJobsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description verification, replay, rebuild-comparison: the report as JSON (each difference with its event’s `position`); export: the log as NDJSON, one stored event a line, in log order, up to the last event the job exported */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/x-ndjson": string;
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    AuditController_verification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MeController_authConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthConfigResponse"];
                };
            };
        };
    };
    DevTokensController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevTokenRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EventsStreamController_stream: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `id` (a position) of the last message received: resume after it */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless stream of `id: <position>` / `data: { position, meetingId, listId?, view }` messages and `: keep-alive` comments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MeetingsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingsResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MeetingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            /** @description The meeting is created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: {
                /** @description The state as it stood at this instant (when the store had committed the events up to it), rebuilt from the events */
                asOf?: string;
                /** @description The state just after the event at this global position (the log up to and including it, whatever stream the event is in), rebuilt from the events; a position beyond the log's end gives the state now. Not with asOf (both: 400 VALIDATION_FAILED) */
                asOfPosition?: string;
            };
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MeetingsController_accreditations: {
        parameters: {
            query?: {
                /** @description The state as it stood at this instant (when the store had committed the events up to it), rebuilt from the events */
                asOf?: string;
                /** @description The state just after the event at this global position (the log up to and including it, whatever stream the event is in), rebuilt from the events; a position beyond the log's end gives the state now. Not with asOf (both: 400 VALIDATION_FAILED) */
                asOfPosition?: string;
            };
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccreditationsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ArrangementsController_finalize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The arrangements are finalized */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrangementsStatusResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ArrangementsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopeningDto"];
            };
        };
        responses: {
            /** @description The arrangements are open again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrangementsStatusResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ListsController_lists: {
        parameters: {
            query?: {
                /** @description The state as it stood at this instant (when the store had committed the events up to it), rebuilt from the events */
                asOf?: string;
                /** @description The state just after the event at this global position (the log up to and including it, whatever stream the event is in), rebuilt from the events; a position beyond the log's end gives the state now. Not with asOf (both: 400 VALIDATION_FAILED) */
                asOfPosition?: string;
            };
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ListsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateListDto"];
            };
        };
        responses: {
            /** @description The list is created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ListsController_get: {
        parameters: {
            query?: {
                /** @description The state as it stood at this instant (when the store had committed the events up to it), rebuilt from the events */
                asOf?: string;
                /** @description The state just after the event at this global position (the log up to and including it, whatever stream the event is in), rebuilt from the events; a position beyond the log's end gives the state now. Not with asOf (both: 400 VALIDATION_FAILED) */
                asOfPosition?: string;
            };
            header?: never;
            path: {
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BatchesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadlineDto"];
            };
        };
        responses: {
            /** @description The batch is open */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchSubmittedResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BatchesController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch: number;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancellationDto"];
            };
        };
        responses: {
            /** @description The batch is cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BatchesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch: number;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch is closed (or was already) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchClosureResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BatchesController_extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch: number;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadlineDto"];
            };
        };
        responses: {
            /** @description The deadline is extended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineExtendedResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    LettersController_batchLetter: {
        parameters: {
            query?: {
                /** @description The language of the letter, one of the six official languages of the United Nations: Arabic, Chinese, English, French, Russian or Spanish */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                batch: number;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as PDF (A4) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description RATE_LIMITED: over the caller's request budget, or its share of the PDF renderer (Retry-After says when to try again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the write is stored but the views did not catch up in time; STORE_UNAVAILABLE: the event store could not be reached or did not answer in time; RENDERER_UNAVAILABLE: no Chromium to render a PDF */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EntriesController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeEntriesDto"];
            };
        };
        responses: {
            /** @description `entryId` for one organization, `entryIds` for several */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntriesProposedResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: a body over the route's size limit, or JSON nested deeper than 32 levels */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json (text/csv or XLSX on the routes that take files) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EntriesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry is withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BasisRequestsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request is recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BasisRequestsController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BasisAnswerDto"];
            };
        };
        responses: {
            /** @description The general basis is made known to the requester */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EntriesController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GeneralAssemblyDecisionDto"];
            };
        };
        responses: {
            /** @description The decision is recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EntriesController_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionDto"];
            };
        };
        responses: {
            /** @description The objection is recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EntriesController_withdrawObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The objection is withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EntriesController_disownObjection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller is no longer named in the objections */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    EntriesImportController_import: {
        parameters: {
            query?: {
                /** @description `true`: check the file and answer its rows and problems, storing nothing */
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description dryRun=true: the rows and every problem; nothing is stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewResponse"];
                };
            };
            /** @description Every row proposed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntriesImportedResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: a body over the route's size limit, or JSON nested deeper than 32 levels */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: a body that is not application/json (text/csv or XLSX on the routes that take files) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ExportsController_list: {
        parameters: {
            query?: {
                /** @description Overrides Accept; a format this route does not offer is 406 */
                format?: "csv" | "xlsx" | "pdf" | "json";
            };
            header?: {
                /** @description One of text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; ?format= overrides it */
                Accept?: string;
            };
            path: {
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list's entries (Content-Disposition: attachment, with a file name) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_ACCEPTABLE: none of the formats the route offers is acceptable (Accept, or ?format=) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ListsController_transmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list is transmitted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    LettersController_transmittalLetter: {
        parameters: {
            query?: {
                /** @description The language of the letter, one of the six official languages of the United Nations: Arabic, Chinese, English, French, Russian or Spanish */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                /** @description The list id */
                listId: string;
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as PDF (A4) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description RATE_LIMITED: over the caller's request budget, or its share of the PDF renderer (Retry-After says when to try again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the write is stored but the views did not catch up in time; STORE_UNAVAILABLE: the event store could not be reached or did not answer in time; RENDERER_UNAVAILABLE: no Chromium to render a PDF */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ArrangementsController_identify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
                role: "eminent-person" | "ngo-representative";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpeningSpeakerDto"];
            };
        };
        responses: {
            /** @description The speaker is identified (or was already) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PanelsController_list: {
        parameters: {
            query?: {
                /** @description The state as it stood at this instant (when the store had committed the events up to it), rebuilt from the events */
                asOf?: string;
                /** @description The state just after the event at this global position (the log up to and including it, whatever stream the event is in), rebuilt from the events; a position beyond the log's end gives the state now. Not with asOf (both: 400 VALIDATION_FAILED) */
                asOfPosition?: string;
            };
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelsResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PanelsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
                /** @description The panel id (the id of its panel segment) */
                panelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChairInvitationDto"];
            };
        };
        responses: {
            /** @description The State is invited */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PanelsController_withdrawInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
                /** @description The panel id (the id of its panel segment) */
                panelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation is withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PanelsController_respond: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
                /** @description The panel id (the id of its panel segment) */
                panelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChairResponseDto"];
            };
        };
        responses: {
            /** @description The answer is recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PanelsController_consult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
                /** @description The panel id (the id of its panel segment) */
                panelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationDto"];
            };
        };
        responses: {
            /** @description The consultation is recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PanelsController_summarize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
                /** @description The panel id (the id of its panel segment) */
                panelId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryDto"];
            };
        };
        responses: {
            /** @description The summary is recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ArrangementsController_setProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeDto"];
            };
        };
        responses: {
            /** @description The programme is set (or was already this one) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SpeakersController_list: {
        parameters: {
            query?: {
                /** @description One segment; without it, every plenary meeting in programme order */
                segmentId?: string;
            };
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpeakersResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SpeakersController_inscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InscriptionDto"];
            };
        };
        responses: {
            /** @description The speaker is inscribed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SpeakersController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SpeakersClosureDto"];
            };
        };
        responses: {
            /** @description The list is closed (or was already) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ExportsController_speakers: {
        parameters: {
            query?: {
                /** @description Overrides Accept; a format this route does not offer is 406 */
                format?: "csv" | "xlsx" | "pdf" | "json";
                /** @description The language of the PDF, one of the six official languages of the United Nations: Arabic, Chinese, English, French, Russian or Spanish */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                /** @description One plenary meeting; without it, every plenary meeting in programme order */
                segmentId?: string;
            };
            header?: {
                /** @description One of text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/pdf; ?format= overrides it */
                Accept?: string;
            };
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of speakers (Content-Disposition: attachment, with a file name) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_ACCEPTABLE: none of the formats the route offers is acceptable (Accept, or ?format=) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description RATE_LIMITED: over the caller's request budget, or its share of the PDF renderer (Retry-After says when to try again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the write is stored but the views did not catch up in time; STORE_UNAVAILABLE: the event store could not be reached or did not answer in time; RENDERER_UNAVAILABLE: no Chromium to render a PDF */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SpeakersController_withdraw: {
        parameters: {
            query: {
                /** @description The plenary meeting whose list of speakers has the inscription */
                segmentId: string;
            };
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The inscription is withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    SummaryController_summary: {
        parameters: {
            query?: {
                /** @description Overrides Accept; a format this route does not offer is 406 */
                format?: "csv" | "xlsx" | "pdf" | "json";
                /** @description The language of the PDF, one of the six official languages of the United Nations: Arabic, Chinese, English, French, Russian or Spanish */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summaries as JSON, or as PDF (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryResponse"];
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_ACCEPTABLE: none of the formats the route offers is acceptable (Accept, or ?format=) */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description RATE_LIMITED: over the caller's request budget, or its share of the PDF renderer (Retry-After says when to try again) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description PROJECTION_TIMEOUT: the write is stored but the views did not catch up in time; STORE_UNAVAILABLE: the event store could not be reached or did not answer in time; RENDERER_UNAVAILABLE: no Chromium to render a PDF */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ArrangementsController_recordSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PresidentSummaryDto"];
            };
        };
        responses: {
            /** @description The summary is recorded (or was already this one) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    BasisRequestsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BasisRequestsResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MemberStatesController_pending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MemberStateWebhookController_registered: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredWebhookResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MemberStateWebhookController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDto"];
            };
        };
        responses: {
            /** @description The URL is registered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    MemberStateWebhookController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ErasuresController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureResponse"];
                };
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description ALREADY_EXISTS, CONCURRENCY_CONFLICT, INVALID_STATE or a rule of the procedure */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PublicController_meeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 when it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicMeetingResponse"];
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PublicController_organizations: {
        parameters: {
            query?: {
                /** @description csv: the same organizations as a CSV file */
                format?: "json" | "csv";
            };
            header?: {
                /** @description An ETag of an earlier answer: 304 when it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organizations, as JSON or (?format=csv) CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicOrganizationsResponse"];
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    PublicController_calendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag of an earlier answer: 304 when it is still current */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The meeting id */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified: the ETag in If-None-Match is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED: a body, query or path value is malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
    ReferenceController_states: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceStatesResponse"];
                };
            };
        };
    };
    ScheduledJobsController_failed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobsResponse"];
                };
            };
            /** @description UNAUTHENTICATED: no token, a bad signature, or an expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
            /** @description FORBIDDEN: the role or the State may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiErrorDto"];
                };
            };
        };
    };
}
