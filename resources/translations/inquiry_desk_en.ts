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
            <source>Outcome</source>
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
            <source>From the request types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outcome:</source>
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
        <name>CaseService</name>
        <message>
            <source>There is no case {ref}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The receipt date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick at least one request type for a request.</source>
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
    </context>
    <context>
        <name>CaseView</name>
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
            <source>an earlier date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal data erased on {when}.

The applicant's details, correspondence, attachments and notes of this case were deleted as the privacy policy promises. The anonymous facts above remain for statistics and to show that the request was handled.</source>
            <translation type="unfinished" />
        </message>
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
            <source>{name}: {value}</source>
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
            <source>Name in Japanese letters</source>
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
        <name>Encryption</name>
        <message>
            <source>Stored data could not be decrypted: the master key in this computer's keyring does not match this database. Import the key with `inquiry-desk key import`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stored record of this case failed its integrity check.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExtensionDialog</name>
        <message>
            <source>Extend the deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up to %n further month(s), with the reasons, told to the applicant within the first period (GDPR Art. 12(3)).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why more time is needed (complexity, number of requests); the notice to the applicant states these reasons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the notice by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Months:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reasons *:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notice dated:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Extend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>* required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{notice_deadline:%Y-%m-%d} — the first period has ended: only a notice sent by then extends the deadline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ({left} days left)</source>
            <translation type="unfinished" />
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
        <name>MonthDialog</name>
        <message>
            <source>Monthly report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (A4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartyForm</name>
        <message>
            <source>As written by the sender, e.g. 山田 太郎</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Furigana, e.g. ヤマダ タロウ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Japanese postal code fills in the prefecture, city and town.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line per element: prefecture, city, street, building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO country code: JP, DE, FR, GB …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal representative (法定代理人)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appointed agent with power of attorney (任意代理人・委任状)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Furi&amp;gana:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postal code:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fa&amp;x:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer no.:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PostalPanel</name>
        <message>
            <source>Letters sent by post for this case. Registered mail (書留) needs the tracking number from the post office receipt. A letter that comes back pauses the clock until a valid address is known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record &amp;returned mail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a posting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;gistered mail (書留)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 1234-5678-9012</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. response letter with the disclosed data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record &amp;posting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posted &amp;on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Tracking number:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What was sent:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned mail cannot be recorded in this state of the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the posting that came back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already recorded as returned on {returned_on:%Y-%m-%d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that this letter came back undeliverable (pauses the clock)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded as {format_tracking}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered mail needs the tracking number on the receipt (11–13 digits; international: e.g. RR123456789JP).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ordinary mail has no tracking number; leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded: check the tracking number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posting of {posted:%Y-%m-%d} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returned mail recorded; the clock is paused until a valid address is known.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>Open a case to print its documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print preview {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Batch print</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Printing needs the application running (a bug: no application object).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No printer chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lp command (CUPS) is not installed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer {printer!r} refused the job: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no printer called {printer!r}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printer {printer!r} could not be opened.</source>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last run {at}: %n case(s), check FAILED.</source>
            <translation type="unfinished" />
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
        <message numerus="yes">
            <source>Purge {at}: %n case(s) erased, erasure check passed</source>
            <translation>
                <numerusform>Purge {at}: %n case erased, erasure check passed</numerusform>
                <numerusform>Purge {at}: %n cases erased, erasure check passed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Purge {at}: %n case(s) erased, ERASURE CHECK FAILED</source>
            <translation>
                <numerusform>Purge {at}: %n case erased, ERASURE CHECK FAILED</numerusform>
                <numerusform>Purge {at}: %n cases erased, ERASURE CHECK FAILED</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n on legal hold)</source>
            <translation>
                <numerusform> (%n on legal hold)</numerusform>
                <numerusform> (%n on legal hold)</numerusform>
            </translation>
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
            <source> · hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Give the month as YYYY-MM, e.g. 2026-04.</source>
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
        <name>Startup</name>
        <message>
            <source>Something unexpected went wrong. Your saved work is safe; the last action may not have completed. If it happens again, please tell IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details for support were written to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inquiry Desk is still opening its database. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data folder {folder} cannot be used: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ToolWindows</name>
        <message>
            <source>Audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purge and retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle settings</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Staff accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reset password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New account</source>
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
            <source>Name in Japanese letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;letter name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Activate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{username} now signs Japanese letters as {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password of {username} reset.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>姓 名, e.g. 佐藤 結衣</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading, e.g. サトウ ユイ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Verification</name>
        <message>
            <source>the permanent-domicile line (本籍)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the Individual Number (or the copy destroyed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the insurer number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{items} or {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: confirm that {masked} is masked before the copy is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: expired on {day:%Y-%m-%d}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: enter its issue date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind}: issued on {issued:%Y-%m-%d}, must be issued within {months} months before receipt (on or after {oldest:%Y-%m-%d})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the applicant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a second document of {whose} ({others}) — or one photo ID instead ({photo})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a photo ID of {whose} ({photo}), or two of: {others}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> — or check the sender against the registered account address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a check that the {what} on the documents matches the request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>documents whose {what} matches the request (the {what} differs)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VerificationPanel</name>
        <message numerus="yes">
            <source>%n ID cop(y|ies) destroyed.</source>
            <translation>
                <numerusform>%n ID copy destroyed.</numerusform>
                <numerusform>%n ID copies destroyed.</numerusform>
            </translation>
        </message>
    </context>
</TS>