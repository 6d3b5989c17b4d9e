<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right to complain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal ground</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reasons for the refusal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is requested (form, ID, fee)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is still missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which letter came back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How and when the applicant withdrew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the case is reopened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what is requested of the applicant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Submit for approval:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the legal ground…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal &amp;ground *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>* required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please fill this in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The data folder {folder} cannot be created: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} in {folder} is empty (0 bytes), so it is not an Inquiry Desk database. Restore it from a backup, or move it away to start a new installation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} in {folder} is not a database (it may be damaged). Restore it from a backup, or choose another data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} in {folder} belongs to another program (it has none of Inquiry Desk's tables); it was left as it was. Choose another data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key in this computer's keyring does not open this database. An administrator can import the right key with `inquiry-desk key import FILE`.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssignmentBar</name>
        <message>
            <source>Nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who works on this case; choosing a name assigns it at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign this case to {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign the case to the name chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assigned to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assign to me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (inactive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not among the staff a case can be assigned to.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>action, e.g. case.view or signin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n entries (newest first; narrow the filter to see older entries)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit log CUT OFF: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hash chain intact: %n entries verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff account {username} was changed outside Inquiry Desk; it cannot sign in. An administrator can check it and set its role and password again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hash chain BROKEN at entry {first_bad_id}: {problem}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <source>Batch printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot list the cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>received {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n case(s) need this document:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case needs this document now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the cases to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No printer is available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing {ref}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the font cannot print some characters; print it from its preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>printed, but not recorded: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed {len} of {total}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: {remaining} not printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not printed: {ref} — {why}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseEdit</name>
        <message>
            <source>The personal data of {ref} has been erased; it cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say whether the representative is a legal representative or an agent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the receipt date is corrected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The receipt date cannot be after the clock's first entry ({day:%Y-%m-%d}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{old:%Y-%m-%d} → {new:%Y-%m-%d}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseService</name>
        <message>
            <source>A stored file of {ref} is damaged (it failed its integrity check) and cannot be opened. The rest of the case and the other cases are not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored record of {ref} is damaged (it failed its integrity check), so the case cannot be opened. The other cases are not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An administrator can restore it from the database server's backup (pg_dump or the server's backup tool) made before the damage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An administrator can restore it from a recent backup made before the damage: close the application window, then run `inquiry-desk restore BACKUP-FILE --yes`. A restore replaces the whole database, so changes made to any case since that backup are lost and must be entered again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one request type for a request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The receipt date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no case {ref}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is larger than {megabytes} MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scheduled job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That attachment is not part of this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{who} — {what} ({at:%H:%M})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… and {n} earlier changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref} was changed after you opened it (version {seen}, now {now}), so your change was not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reload the case to see what changed, then make your change again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed meanwhile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case was changed by someone else at the same moment, so this change was not saved. Reload the case and do it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref} was changed by someone else at the same moment, so this change was not saved. Reload the case and do it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reasons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right to complain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned form received (filed by its QR code)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the applicant, representative, requests, dates or the answer's medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correspondence ({len})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachments ({len})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes ({len})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline ({len})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  ·  legal hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  (clock paused)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jurisdiction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Requests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged into {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  (deadline met)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  (deadline missed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None — the applicant wrote in person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No correspondence recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no subject)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No attachments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a file to view it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a note for this case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an earlier date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal data erased on {when}.

The applicant's details, correspondence, attachments and notes of this case were deleted as the privacy policy promises. The anonymous facts above remain for statistics and to show that the request was handled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested by import — please check. The importer read this from the message or scan ({fields}). Check it against the documents, then confirm it, or correct it with Edit case….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>suggested by import — please check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm: this is right as the import read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every suggestion is right as the import read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs review: the import guessed %n field(s): {fields}. Check them against the documents, then confirm them or correct them with Edit case….</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClockLedgerView</name>
        <message numerus="yes">
            <source>. Extended by %n month(s)</source>
            <translation>
                <numerusform>. Extended by %n month</numerusform>
                <numerusform>. Extended by %n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purge from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erasure check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date after it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount (JPY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cashed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tracking number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Masked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warnings / reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, extendable by up to %n month(s)</source>
            <translation>
                <numerusform>, extendable by up to %n month</numerusform>
                <numerusform>, extendable by up to %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deadline settings saved from {file}; due dates changed for %n open case(s).</source>
            <translation>
                <numerusform>Deadline settings saved from {file}; due dates changed for %n open case.</numerusform>
                <numerusform>Deadline settings saved from {file}; due dates changed for %n open cases.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardTab</name>
        <message>
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>The database does not let this PC make that change: its database role is for casework. Do it on an administrator's PC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database file is damaged or is not an Inquiry Desk database. Restore it from a backup, or choose another data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk holding the data folder is full, so the change was not saved. Free some space (empty the recycle bin, move old files away) and try again; nothing was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is busy: another Inquiry Desk is writing to it. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be written: check that the data folder exists and that you may write to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database server cannot be reached. Check the network and the server address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database reported a problem: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database belongs to another program (it has tables but none of Inquiry Desk's). Choose an empty folder or another database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database was created by a newer version of Inquiry Desk (schema {rev}). Install the newer version to open it; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message numerus="yes">
            <source>Due within %n day(s)</source>
            <translation>
                <numerusform>Due within %n day</numerusform>
                <numerusform>Due within %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deadline extended by %n month(s)</source>
            <translation>
                <numerusform>Deadline extended by %n month</numerusform>
                <numerusform>Deadline extended by %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n business day(s)</source>
            <translation>
                <numerusform>%n business day</numerusform>
                <numerusform>%n business days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n calendar day(s)</source>
            <translation>
                <numerusform>%n calendar day</numerusform>
                <numerusform>%n calendar days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlinesTab</name>
        <message numerus="yes">
            <source>Saving moves the due date of %n open case(s); paused cases stay paused. Press Save again to save.</source>
            <translation>
                <numerusform>Saving moves the due date of %n open case; paused cases stay paused. Press Save again to save.</numerusform>
                <numerusform>Saving moves the due date of %n open cases; paused cases stay paused. Press Save again to save.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved. The due date of %n open case(s) changed.</source>
            <translation>
                <numerusform>Saved. The due date of %n open case changed.</numerusform>
                <numerusform>Saved. The due date of %n open cases changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message numerus="yes">
            <source>Saved to {where} (%n page(s)).</source>
            <translation>
                <numerusform>Saved to {where} (%n page).</numerusform>
                <numerusform>Saved to {where} (%n pages).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent to {where} (%n page(s), job {job}).</source>
            <translation>
                <numerusform>Sent to {where} (%n page, job {job}).</numerusform>
                <numerusform>Sent to {where} (%n pages, job {job}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent to {where} (%n page(s)).</source>
            <translation>
                <numerusform>Sent to {where} (%n page).</numerusform>
                <numerusform>Sent to {where} (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditCaseDialog</name>
        <message>
            <source>Edit case {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— not stated —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a manager corrects the receipt date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the receipt date is corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reload the case, keep my changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Jurisdiction:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer &amp;by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer &amp;as:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;quests:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative (an agent acts for the applicant)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the power of attorney or the legal representative's document on the Identity tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceTableModel</name>
        <message>
            <source>Not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destroyed {copy_deleted_at:%Y-%m-%d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExtensionDialog</name>
        <message numerus="yes">
            <source>Up to %n further month(s), with the reasons, told to the applicant within the first period (GDPR Art. 12(3)).</source>
            <translation>
                <numerusform>Up to %n further month, with the reasons, told to the applicant within the first period (GDPR Art. 12(3)).</numerusform>
                <numerusform>Up to %n further months, with the reasons, told to the applicant within the first period (GDPR Art. 12(3)).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeeTableModel</name>
        <message>
            <source> (expired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cashed on {cashed_on:%Y-%m-%d}, after its last valid day {last}: not counted as received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held past its last valid day {last} without being cashed: the post office will refuse it; not counted as received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (issued {issued})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be cashed by {last_valid_day:%Y-%m-%d}{since}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Fees</name>
        <message numerus="yes">
            <source> (%n expired money order(s), {total:,} JPY, not counted)</source>
            <translation>
                <numerusform> (%n expired money order, {total:,} JPY, not counted)</numerusform>
                <numerusform> (%n expired money orders, {total:,} JPY, not counted)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>First start — {APP_NAME}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Inquiry Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database has no accounts yet. Create the first administrator; they can then add staff and managers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormSnapshot</name>
        <message>
            <source>Discard what you entered?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you typed has not been saved. Keep editing to save it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message numerus="yes">
            <source>%n d overdue</source>
            <translation>
                <numerusform>%n d overdue</numerusform>
                <numerusform>%n d overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdleLockTab</name>
        <message>
            <source>&amp;Save idle lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock an idle window after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without keyboard or mouse input for this long, the window hides the cases until the password is entered again. Office PCs are shared: keep it short. Applies on every PC at its next sign-in, and to this window at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: an idle window locks after %n minute(s).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message numerus="yes">
            <source>Importing %n file(s)…</source>
            <translation>
                <numerusform>Importing %n file…</numerusform>
                <numerusform>Importing %n files…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportResultsDialog</name>
        <message>
            <source>Import results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  Import cancelled before the remaining files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a new or added-to case to open it. Refused files were left where they were.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportResultsModel</name>
        <message numerus="yes">
            <source>%n new case(s)</source>
            <translation>
                <numerusform>%n new case</numerusform>
                <numerusform>%n new cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n added to existing cases</source>
            <translation>
                <numerusform>%n added to existing cases</numerusform>
                <numerusform>%n added to existing cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already imported</source>
            <translation>
                <numerusform>%n already imported</numerusform>
                <numerusform>%n already imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation>
                <numerusform>%n refused</numerusform>
                <numerusform>%n refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportWorker</name>
        <message numerus="yes">
            <source>Import cancelled: %n file(s)</source>
            <translation>
                <numerusform>Import cancelled: %n file</numerusform>
                <numerusform>Import cancelled: %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import done: %n file(s)</source>
            <translation>
                <numerusform>Import done: %n file</numerusform>
                <numerusform>Import done: %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n new case(s)</source>
            <translation>
                <numerusform>, %n new case</numerusform>
                <numerusform>, %n new cases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n refused</source>
            <translation>
                <numerusform>, %n refused</numerusform>
                <numerusform>, %n refused</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <source>The {what} is not valid {charset}; it was decoded as {used}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {what} has no charset; it was decoded as {used}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown charset "{charset}" in the {what}; it was decoded as {used}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A header contains raw 8-bit text; it was decoded as {used}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A header has a broken encoded word; it was shown as it came.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {kind} file is damaged and cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a fax or scan document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF cannot be opened: it is password-protected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF cannot be opened: it is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF has no pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a TIFF image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages {first} to {last} were not checked: the document is very large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} is very large and was not checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only PNG and JPEG scans are accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image is too large to open safely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image format is not recognised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The image is damaged or truncated and cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot reach the mail server {host}:{port} ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused the sign-in of {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mailbox is not open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused to list the messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused to send a message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused to flag a message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused to move a message to {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server refused to delete a message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is cut off: a multipart section is not terminated; what arrived was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A multipart section never starts (boundary not found); its text is shown as it came.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A multipart section has no boundary; its text is shown as it came.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A header block is not separated from its body; some headers may be missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message structure is inconsistent; parts may be missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message starts with a broken header line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A header is malformed; it is shown as it came.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MIME structure is nested more than {depth} levels deep; deeper parts were not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message text is very large; it was kept as an attachment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Broken base64 in the message text: only the readable part was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>message text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachment "{name}" cannot be opened: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attachment "{name}" is not the {format} it claims to be.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message text has a line of {length} characters (mail allows 998); it was kept as an attachment and not read for the request details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Broken base64 in attachment {name}: only the readable part was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no Message-ID: a second copy is recognised by its file hash only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has no Date: use the day it arrived as the receipt date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file looks like an email but cannot be parsed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attachment name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Date header cannot be read: use the day it arrived as the receipt date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Outlook message (.msg) is damaged and cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Outlook message (.msg) could not be read completely.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The .msg file is not an email message (maybe a contact or task).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text recognition unavailable: install tesseract (with the Japanese and English language data) to read faxes and scans; fill in the request details by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text was read from the page images by text recognition: check the details against them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A page could not be prepared for text recognition; only the pages before it were read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text recognition of page {page} took too long and was stopped; later pages were not read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text recognition failed on page {page}; check the tesseract installation (with its Japanese and English language data).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} is too large to read ({width} × {height} pixels); it was kept but not recognised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} declares an implausible resolution ({x} × {y} dpi); it was read as well as possible: check the text against the page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text recognition read the first {first} of {total} pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be opened ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>access denied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is larger than {megabytes} MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>read error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not an email, fax or scan (unknown file format).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outlook messages can only be imported from a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document has no text layer: fill in the request details by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is damaged and cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is nested too deeply to be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too large to be read on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This message was imported before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The QR code names case {ref} and the text mentions {other}: it was filed into {ref}; check that it belongs there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message refers to unknown case {ref}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The jurisdiction could not be recognised: JP was assumed; check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is dated in the future: today was used as the receipt date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mailbox settings are damaged; set them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After import, a message is either moved or flagged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No mailbox is set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password for {user} in this computer's keyring (service {service}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The watched folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has a part header of more than {size} bytes (a real one has a few hundred): it is malformed and was not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has more than {size} bytes of part headers (tens of thousands of parts): it is malformed and was not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message has more than {megabytes} MB of header lines (an email has a few kilobytes): it is malformed and was not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pages carry the QR codes of several cases ({refs}): it was not filed into any of them; file each part into its case by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The QR code names case {ref}, which does not exist: it was imported as a new case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The QR code names case {ref}, whose personal data has been erased: it was imported as a new case.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Keyring</name>
        <message>
            <source>No secure keyring is available on this computer, so Inquiry Desk cannot protect personal data. On Linux start a Secret Service (GNOME Keyring or KWallet) and unlock it; on Windows and macOS the system keyring is used automatically. (keyring backend found: {name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring could not be read: {error}. Unlock it and retry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keyring refused the key: {error}. Unlock it and retry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no key for this database. An administrator can export it on an enrolled PC with `inquiry-desk key export FILE` and import it here with `inquiry-desk key import FILE`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> On this {system}, install it with: {command}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>The language of the screens and of the command line's messages:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <source> Still missing: {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {kind} discloses nothing, so it skips identity verification.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The applicant's identity is already verified; start work instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evidence recorded does not yet confirm the applicant's identity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evidence recorded confirms the identity; mark it verified instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A request needs the applicant's identity verified before work starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a manager can approve or send back a response.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the response is sent back (a comment is required).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This response needs the manager's approval first; submit it for approval.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No response may go to an applicant whose identity is not verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the reasons for the refusal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the right-to-complain text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its category (the legal ground)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A refusal must state {items}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record how and when the applicant withdrew the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An overpaid fee must be refunded before the case is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the case is reopened (a comment is required).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The closing date is not known, so the grace period cannot be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grace period ended on {last:%Y-%m-%d}; a closed case can only be reopened within it. Open a new case instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is under legal hold; its data cannot be purged until the hold is lifted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The grace period runs until {last:%Y-%m-%d}; purge from {first:%Y-%m-%d}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case has been purged; only its anonymous register entry remains.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is already closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is closed; reopen it before you can {verb}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is waiting for the manager's approval; the manager approves or sends it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is already finished ({state}); reopen it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a closed case can be purged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a responded, refused or withdrawn case can be closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{state}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{verb}” is not possible at “{state}”; only at {allowed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an open case's deadline can be extended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An extension notice cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A fee entry cannot be dated in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A money order cannot be issued ({issued:%Y-%m-%d}) after the day it was received ({received:%Y-%m-%d}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No fee may be asked: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case {ref} has no fee entry {entry}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a received postal money order can be marked cashed; this entry is: {kind}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a received postal money order can be marked cashed; this entry is: {kind}, {method}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A money order cannot be cashed in the future ({cashed:%Y-%m-%d}; today is {today:%Y-%m-%d}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A money order cannot be cashed ({cashed:%Y-%m-%d}) before it was received ({received:%Y-%m-%d}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered mail needs its tracking number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The posting date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The posting date is before the case was received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That posting is not part of this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The letter cannot return before it was posted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a JSON text file (UTF-8 expected).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot read {path}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write {path}: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The APPI fee must be from 0 to {maximum:,} JPY, not {value:,}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The GDPR fee for excessive requests must be from 0 to {maximum:,} JPY, not {value:,}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fee for other jurisdictions must be from 0 to {maximum:,} JPY, not {value:,}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The money-order validity must be from {low} to {high} months, not {months}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval settings: unknown request type {type!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval settings: refusals must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That file is not part of this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That evidence line is not part of this case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purging erases the case's personal data; use the purge command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date must be between the receipt ({received:%Y-%m-%d}) and today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases go to active staff or managers only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no active staff member or manager {username!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A case is merged into another with Merge, not answered so.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every request of this case is refused: use Refuse, which records the reasons and the right to complain.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LifecyclePanel</name>
        <message numerus="yes">
            <source> — %n day(s) overdue</source>
            <translation>
                <numerusform> — %n day overdue</numerusform>
                <numerusform> — %n days overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MailOut</name>
        <message>
            <source>Sent by email ({pages} page(s)).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No outgoing mail server is set up (`inquiry-desk mail-out configure`).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref}: the applicant did not ask for the answer by email; change the medium of the answer first if they did.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref} has no email address to send to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref}: the response may not go out yet (approval or identity verification is outstanding); nothing was sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No password for {user} in this computer's keyring (service {service}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server {server} refused the user name or password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server {server} refused the message: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server {server} does not offer this security or sign-in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The certificate of the mail server {server} is not trusted ({reason}); nothing was sent. If the office's server is signed by its own CA, set that CA file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No secure connection could be made with {server} ({reason}); check the security setting: SSL is usually port 465, STARTTLS port 587.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server {server} refused the connection; check the name and the port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server {server} closed the connection without answering; check the port and the security setting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no mail server named {host}; check the name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server {server} could not be reached: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mail server {server} did not answer within {seconds} seconds; check the port and the security setting (SSL is usually port 465, STARTTLS port 587).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recipient refused (code {code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>code {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {server} (unencrypted, on this computer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to {server}: the certificate is trusted and the sign-in accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A test message was sent to {address} through {server}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the mail server's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The port is a number from 1 to 65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The connection is secured by STARTTLS, SSL or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mail goes unencrypted only to this computer itself (localhost); use STARTTLS or SSL for {host}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The From address is not an email address (expected name@example.com).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sender's name is at most {n} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the CA file's full path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no CA file {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} holds no certificate in PEM format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CA file {file} cannot be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The outgoing mail settings are damaged; set them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A password is kept only with a user name; give the user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password could not be kept in this computer's keyring: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainController</name>
        <message>
            <source>Database: {location}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than {total} cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{total} cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref} logged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>(no applicant name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge {ref} into another case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Into case:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This case (emptied):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case kept:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{messages} message(s), {attachments} attachment(s), {notes} note(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What moves:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The messages, attachments and notes of {ref} move to the case kept. Everything else of {ref} (its applicant, representative and identity records) is erased at once; this cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the reference of the case to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A case cannot be merged into itself.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OneShot</name>
        <message>
            <source>This could not be done; the log file has the details.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutcomesEditor</name>
        <message>
            <source>Request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal ground of a refusal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the legal ground…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes of {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The letter's 記 section lists each request with its outcome.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Parties</name>
        <message>
            <source>Enter the name as written by the applicant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A name may have at most 200 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not an email address (expected name@example.com).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Japanese postal code has 7 digits, e.g. 530-0001.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give at least one way to reach the applicant (address, email, phone or fax).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This phone number has the wrong number of digits.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PollSummary</name>
        <message>
            <source>Imported {imported} new item(s) from the watched folder and mailbox; {refused} refused (see the rejected folder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Watched folder: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mailbox: {message}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostingTableModel</name>
        <message>
            <source>Registered (書留)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordinary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Came back undeliverable: the clock paused that day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <source>Print preview — {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out (Ctrl+−)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send by email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot show the document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template is not usable: {exc}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The response may not go out yet: it is a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No preview: see the message above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {value} of {page_count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProcessingRegister</name>
        <message>
            <source>The register is not valid TOML: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: “{key}” is missing or empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[[{name}]]: at least one entry is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: “name” is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: “role” must be “processor” or “third_party”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: “country” must be a two-letter country code, e.g. US.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: “since” must be the first day of the provision, as YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register {file} cannot be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register was changed elsewhere after it was shown here ({sections}); nothing was saved. Your edits are still in the form: note them, press Revert to see the register as it is now, and make them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No office forms folder is set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the forms folder {folder}: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the whole register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The register could not be saved in {folder}: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PurgePanel</name>
        <message>
            <source>Legal hold…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purge now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grace period after closing:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finished cases still holding personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purge receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erasure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The purge has not run yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last run {at}: %n case(s), check passed.</source>
            <translation type="unfinished">Last run {at}: %n case, check passed.</translation>
        </message>
        <message>
            <source>Last run {at}: %n case(s), check FAILED.</source>
            <translation type="unfinished">Last run {at}: %n case, check FAILED.</translation>
        </message>
        <message>
            <source>Legal hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a case first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref} is on legal hold: lift the hold before purging it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref} was purged, but an original outside the database is not erased yet: {details} It stays on the receipt as not done until a purge erases it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{ref} was purged, but the erasure check found values still on disk. See the receipt and tell IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grace period</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PurgeTimer</name>
        <message>
            <source>Purge {at}: %n case(s) erased, erasure check passed</source>
            <translation type="unfinished">Purge {at}: %n case erased, erasure check passed</translation>
        </message>
        <message>
            <source>Purge {at}: %n case(s) erased, ERASURE CHECK FAILED</source>
            <translation type="unfinished">Purge {at}: %n case erased, ERASURE CHECK FAILED</translation>
        </message>
        <message>
            <source>Purged: {refs}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purge {at}: nothing due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (%n on legal hold)</source>
            <translation type="unfinished"> (%n on legal hold)</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsModel</name>
        <message>
            <source>not run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passed ({bytes} bytes scanned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAILED: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FAILED: {hits} value(s) still found</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordsPanel</name>
        <message>
            <source>[redacted]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redacted: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add export file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exclude selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include selected rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the selected value is withheld, e.g. a third party's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redact value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift redaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export machine-readable copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt, with the password on a separate letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {name} ({format}, {rows} rows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No data held yet. Add the exports of the company's systems (CSV, XLSX or JSON).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{included} of {rows} rows included, {redacted} value(s) redacted. File: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add export file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System exports (*.csv *.txt *.xlsx *.json);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Added %n source(s) from {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Select the rows first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the value to redact in the table first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the machine-readable copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ZIP files (*.zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {file}. The password is on {letter}: send it separately from the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {file} (not encrypted).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assignee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applicant names are stored encrypted, so this column cannot be sorted. Use the search box to find a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Request types cannot be sorted; filter by them instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorted by due date. Cases waiting for the applicant have their clock paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awaiting applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to sort by {column}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs review: the import guessed some details; open the case to check them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stored record of this case failed its integrity check. Open the case to see how an administrator restores it; the other cases are not affected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal data of this case has been erased; the anonymous facts remain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the applicant: the clock is paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— damaged record —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged into {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Search reference, name, furigana, email, phone, customer no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All states</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All channels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting on anyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awaiting me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awaiting applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Needs review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awaiting me: your open cases that wait on you (and, for a manager, every case awaiting approval)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases with details the import guessed that nobody has confirmed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include erased cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erased (purged) cases keep an anonymous row for statistics.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case matches “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no cases yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResponseDraft</name>
        <message>
            <source>The letter's text is limited to {count} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List at most {count} enclosures of at most {length} characters each.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReturnedMailDialog</name>
        <message>
            <source>Record returned mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>registered letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The {kind} posted on {posted_on:%Y-%m-%d}{what} came back undeliverable. The clock pauses from that day until a valid address is known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 宛所に尋ねあたりません (no such address), moved, refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Came &amp;back on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record returned mail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScheduledJobs</name>
        <message>
            <source>Purge failed ({error}); it is retried within the hour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Approval settings are not valid JSON: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval settings: an object with "response_types" (a list of request types) and "refusals" (true or false) is expected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval settings: response_types must list request types among: {types}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval settings: refusals must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between {low} and {high} minutes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source>&amp;Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the saved settings again, dropping what was typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore defaul&amp;ts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the built-in defaults; nothing is saved until you press Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The defaults are filled in. Press Save to keep them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaleBanner</name>
        <message>
            <source>Reload the case, &amp;keep my changes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Unknown layout {layout}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No template {file} in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No [{language}] wording in the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown placeholder {placeholder} in: {text}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>A password needs at least {count} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use letters, digits, '.', '-' or '_' for the user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the person's name as colleagues know it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an administrator can add users.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first account must be an administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name {username} is taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name or password is wrong, or the account is locked after repeated failures. Try again later, or ask an administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no user {username}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{username} is the last active administrator and stays active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{username} is the last active administrator and stays one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deactivated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerificationPanel</name>
        <message>
            <source>Rule: one photo ID, or two documents without a photo (写真付き本人確認書類1点、または写真なし2点).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add evidence received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Issued on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Holder:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checks against the request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name on the documents:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add&amp;ress on the documents:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email from the registered account:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Confirm masking of selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark &amp;failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;lete ID copies now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Masked: {masking}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Individual Number masked, or the copy destroyed (never keep it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b style='color:#1e4620'&gt;Identity confirmed by the evidence recorded.&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b style='color:#a40000'&gt;Not yet confirmed.&lt;/b&gt; Still missing: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;br&gt;Not accepted: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;br&gt;Decision: {decided} by {decided_by} on {decided_at:%Y-%m-%d %H:%M}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;lete ID copies now ({copies})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ID copies held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the document whose masking you have checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identity marked verified. Delete the ID copies now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verification failed: the clock is paused until the applicant sends what is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n ID cop(y|ies) destroyed.</source>
            <translation type="unfinished">%n ID copy destroyed.</translation>
        </message>
    </context>
</TS>