<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Aftersales Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftersales Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development copy (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key yet — made with the first archive or checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives and checkpoints are signed with this key. A file signed by another key proves nothing about this store: compare the fingerprints when you check one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutWork</name>
    <message>
        <source>&amp;About Aftersales Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTexts</name>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has no spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name is at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>No images on the case yet: attach them on the Evidence tab first (Ctrl+V pastes a screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files on the case yet: attach them on the Evidence tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialogs</name>
    <message>
        <source>The returned parcel arrived — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case moves to inspection: open the parcel and check the goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parcel arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal the fast refund — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case goes to the platform with your note and the evidence ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send appeal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTexts</name>
    <message>
        <source>%1 changed this case at %2, after you opened it. Nothing you did was saved; the case now shows their change: look again, then act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case that is %1 cannot move to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the case is already so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long: at most %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds invisible control characters; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is no longer on the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s playbook does not allow this step or answer now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Approve refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return arrived…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform&apos;s fast refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only: the buyer keeps the goods; resolves the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer sends the goods back to the shop&apos;s return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The returned parcel is here: inspect it next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: refund and resolve; failed: reject with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the refund with a reason from the platform&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refunded the buyer by itself (极速退款)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal the fast refund to the platform, with evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the buyer a small amount (小额打款) within the caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the buyer one of the shop&apos;s coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the goods again: from where, carrier, tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a replacement; the buyer&apos;s parcel comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the carrier to stop the parcel on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new address before the parcel ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the case to a supervisor or the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rules allow now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case&apos;s money…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here: the case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No money or parcel action fits this case&apos;s kind and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm paid: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in the back office? Record its reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment can be made: the case has no order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1 refunded (explicit) + %2 hidden = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsWork</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions tab (refunds, payments, parcels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensate the buyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first: its actions are on its Actions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not fit this case now (%2, %3): the Actions tab lists what does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 approved; the case is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return approved: the case waits for the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return is in: inspect it next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rejected; the reason and the evidence are in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast refund recorded: watch for the returned parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon given to the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reship recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment confirmed as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already done (the same request again): nothing new was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown in the window (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order&apos;s payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop&apos;s total that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of %1&apos;s payments on %2 (Asia/Shanghai) that count against its daily cap, this one included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payments on the order that count against its cap, this one included</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsTexts</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupons %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 paid out today (Asia/Shanghai day), waiting payments included: they count against the cap until denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: the payment is “%1” now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such payment any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsWindow</name>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments over the asker&apos;s limit wait here, oldest first. While they wait they count against the order&apos;s and the shop&apos;s caps; a denied one frees its room. Select one or more: Enter approves, Del denies (you say why), Ctrl+O opens the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny… (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1, %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved 1 payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1 payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied 1 payment; its room under the caps is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied %1 payments; their room under the caps is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsWork</name>
    <message>
        <source>&amp;Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments list and batch export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments waiting for your approval, all shops: %1 (%2 opens the queue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveBanner</name>
    <message>
        <source>Archive made %1 by %2 — read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOES NOT VERIFY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified with this team&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact, signed by key %1; this computer has no team key to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by another key (%1), not this team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest&apos;s signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature over the case histories does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed head does not match the case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed head cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an archive file read-only, in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives (*.archive *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveals of buyer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit: every case&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by who and what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events shown, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events shown, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(scroll down for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bugs</name>
    <message>
        <source>Something went wrong while %1. This is a bug in Aftersales Desk, not something you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftersales Desk: a bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handling an event of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running a background task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkWork</name>
    <message>
        <source>Bulk action: result per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases changed, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This move is not allowed from the case&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the case is already so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a refund-only case waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the platform takes in one batch call: approve it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected twice: approved once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move selected cases to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign selected cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag selected cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a macro on selected cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected refunds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cases first (Ctrl+A: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a macro on %1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1 refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund each selected refund-only case its whole amount, in the batches its platform takes? Cases that are not refunds to approve are refused and listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActionBar</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this case: it becomes yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this case back to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the case to one of the statuses it can go to next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this case to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal note for colleagues; the buyer never sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag, or remove one the case has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the case to a supervisor or to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag the order for priority shipping: the warehouse export lists it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For colleagues only; the buyer never sees it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new tag, or one the case has to remove it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see it here.
J / K or the arrow keys move through the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &lt; 4h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urged ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform moved it: look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused since %1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock paused since %1: the case waits on someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality refund: counts towards the shop&apos;s quality-refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second refund on this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer urged shipment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>paused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-receive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the deadline passes, the platform approves the refund by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the deadline passes, the platform confirms the return&apos;s receipt and refunds by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the deadline passes, the platform agrees to the return by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenyDialog</name>
    <message>
        <source>Deny payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny this payment? Say why: the agent and the case&apos;s history see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny these %1 payments? Say why: the agents and the cases&apos; histories see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the buyer was already refunded the postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it needs someone else, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>On the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step the playbook no longer has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the files you add (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ZIP for the platform: every file of the case, a manifest with their hashes and a summary of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files you attach, drop or paste go to this step of the playbook; evidence on a step it asks for ticks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case (no step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a step (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the case&apos;s evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet: drop files here, paste a screenshot (Ctrl+V) or Attach files…

Photos, PDF, MP4 or MOV video and plain text are taken; each file is stored once and can never be changed unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file on this step yet: choose it under “For step” and drop, paste or attach files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file on the case: double-click to open it, drag it onto the platform&apos;s page or press Ctrl+C to hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files on the case: double-click to open one, drag it onto the platform&apos;s page or press Ctrl+C to hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif *.pdf *.mp4 *.mov *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does “%1” come off the case? It stays in the store and in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTexts</name>
    <message>
        <source>JPEG photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEIC photo (iPhone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOV video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Linux program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Mac program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive or an Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; evidence files take at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a photo: nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a kind of file evidence takes (photos, PDF, MP4 or MOV video, plain text): nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already attached to this case (as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same file as %2, given twice: it was attached once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file (a folder, or gone): nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (no permission, or the disk failed): nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s playbook has no step %1: nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file attached to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files attached to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture or file to attach: copy a screenshot or files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file is missing from the evidence folder. Run verify and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file was changed on disk since it was attached: it is not shown, as it is no longer the evidence. Run verify and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl + +, or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl + −, or the wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole picture (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel for pixel (Ctrl+1); drag to move around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file of the case (Alt+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next file of the case (Alt+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file and checking it against its hash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window does not play videos. The system&apos;s player opens a copy; the stored file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot show this kind of photo. The system&apos;s viewer opens a copy; the stored file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the system player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be read: it may be damaged or locked with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceWork</name>
    <message>
        <source>Paste a screenshot or files as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the clipboard: paste it into the platform&apos;s form or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is off the case. It stays in the evidence store and the case&apos;s history says who took it off and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first: pasted evidence goes to the case shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the appeal bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle was written: %1 is missing from the evidence folder or was changed there. Run verify and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal bundle is saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before you send it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search case no., order no., tracking no., buyer, product, note  (Ctrl+F or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ¥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfilDialogs</name>
    <message>
        <source>Exchange — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reship — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement goes out now; the case then waits for the buyer&apos;s parcel back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new parcel goes out now; the case then waits for the buyer to receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 顺丰, 中通, 圆通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods and postage, for the cost report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the carrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking no. is letters, digits and dashes, up to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept a parcel — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the carrier to stop the parcel and send it back; record whether it worked when the carrier answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only before the parcel ships: the new address goes to the warehouse with the parcel; the buyer&apos;s own stays as imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandleTab</name>
    <message>
        <source>Select a case to see the steps for handling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps needing evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question below to tick this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the answer to “%1” leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence attached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to this step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>Appeal bundle exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealed the buyer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealed the buyer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revealed the buyer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked to pay ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved payment ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied payment ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment of ¥%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved the refund ¥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored values were edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event was deleted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event was deleted, inserted or reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its newest events are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its newest event binds no case state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case was edited outside the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case itself is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History intact (%1 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History broken at event #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWork</name>
    <message>
        <source>Audit of every case&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a platform export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name, for files that name none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 holds the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title line skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will be rejected (kept in the report):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no import profile knows these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns to our fields to import this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file names no shop: enter the shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted %1, updated %2, unchanged %3, rejected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This completed the batch an earlier import of the same file left incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open the report of rejected rows&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped. The rows written so far are kept; import the same file again to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1. The rows written before it are kept; import the same file again to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExportActions</name>
    <message>
        <source>exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import platform export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an order or after-sales list exported from 抖店, 快手小店 or 拼多多</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;priority-shipping orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export current view with buyer data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the buyers&apos; full names, phones and addresses: keep the file safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export priority-shipping orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Missing %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is a decimal number, not an id (column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was stored as a number by Excel, which keeps only %3 digits: the id is damaged (column %4). Export the ids as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in scientific notation, damaged by Excel: %2 (column %3). The digits are lost; export the file again with ids as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a platform id (column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount %1 is not a number (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount %1 has more than two decimals (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a valid date (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is neither 是 nor 否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown after-sales type %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop name in the row; enter the shop name for this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has bytes that are not valid %1 text (the file mixes encodings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount %1 is larger than %2 yuan (column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is negative (%1 yuan, column %2); a refund cannot be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell of %1 holds %2 characters; at most %3 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row holds %1 characters; at most %2 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the text encoding of the file; save it as UTF-8 and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): the file is damaged or of another kind. Open it in Excel and save it again as .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel 97-2003 workbook (.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text or spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is broken near line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook (%2). Open it in Excel and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged near row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row and no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the columns match no import profile. Headers found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the columns match no import profile. Headers found: %2 (profile %3 finds no column for %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping finds no column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile chosen for this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import profile named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no shop column; enter the shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is on a network drive, where SQLite cannot write safely; nothing was imported. Copy it to a local disk, or let the team share a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. The rows written so far are kept and the batch is incomplete: import the same file again to complete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown list kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping needs a column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named “%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: export to .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database in use or one of its backups; it is never written over. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed: the rest of the file would be one cell. Close the quote and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell starting near line %1 is larger than %2 characters (an unclosed quote, or not an export); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a cell of more than %2 characters, more than Excel itself allows (%3); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is a decimal number, not an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was stored as a number by Excel, which keeps only %3 digits: the id is damaged. Export the ids as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in scientific notation, damaged by Excel: %2. The digits are lost; export the file again with ids as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a platform id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after-sales no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform statuses not known (kept as text, cases not moved): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>Loading cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the next start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an action or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuaishou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return and refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urged shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day no-reason return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast refund by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appealed to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reshipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s data shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform acts by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urged shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTexts</name>
    <message>
        <source>The template is not a set of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is 2 to 48 lower-case letters, digits or _, starting with a letter, e.g. ask_damage_photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has a field &apos;%1&apos; that this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform texts must give each platform its own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no platform &apos;%1&apos; to give a text of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category is one short word (at most 32 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case kind &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reason &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must give one text per language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given in a language this program does not know (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: write it in Chinese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a syntax error on line %2: %3. Check that every {{ has its }} and every {% if %} its {% endif %}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2, which a template may not. Only placeholders such as {{ buyer }}, the filters %3 and {% if %} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the filter &apos;%2&apos;, which is not allowed. Allowed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigns to &apos;%2&apos;; a template may only show values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the placeholder &apos;%2&apos;, which does not exist. Known: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was refused as unsafe: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template names something no case has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be filled in: %1. Check the filters&apos; arguments, e.g. {{ buyer|truncate(10) }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in, the reply would be %1 characters long; at most %2 fit in a chat message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no %1: type it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reply template &apos;%1&apos; (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro is not a set of fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro has a field &apos;%1&apos; that this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the macro a title in Chinese or English, at most %1 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the key of a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro does nothing: choose a reply or write an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A macro holds at most %1 actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut &apos;%1&apos; is not like Ctrl+Alt+1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut %1 is already used by the macro &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro&apos;s reply was not filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is not like {do: status, to: waiting_buyer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 sends a reply: choose the reply above instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 does &apos;%2&apos;, which a macro cannot. Known: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2) needs &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2) has a field &apos;%3&apos; that it does not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: there is no status &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: a case cannot be escalated to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): %3 must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: user is a name, me, or null to release the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no macro &apos;%1&apos; (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no placeholder &apos;%1&apos;. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute access (x.y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing (x[…])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call (x())</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a loop ({% for %})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a macro ({% macro %})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assignment ({% set %})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include ({% include %})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import ({% import %})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template inheritance ({% extends %})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic (+ - * /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test (x is …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 text (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroEditor</name>
    <message>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action a line, e.g.
{do: status, to: waiting_buyer}
{do: tag, tag: 待补图}
{do: assign, user: me}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action line %1 is not like {do: status, to: waiting_buyer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacroMenu</name>
    <message>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit macros…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Aftersales Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ cases, counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Map the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No import profile knows these columns. Say which column holds each of our fields; the mapping is saved as a profile and used for such files next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. My shop&apos;s refund list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first rows as mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingValuesBox</name>
    <message>
        <source>The case does not say; please fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this return address for the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed before the reply is final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyDialogs</name>
    <message>
        <source>Compensate the buyer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5 or 12.50 (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what it is for, for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the approval threshold it waits for a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the buyer a coupon — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the coupon code the platform gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has no coupon templates yet: a supervisor adds them (coupon-template add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min. spend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the payment was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), approved. Enter the reference no. the platform&apos;s back office showed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reference no. of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyTexts</name>
    <message>
        <source>Goodwill (late or damaged parcel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, to pay in the back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount, such as 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan; write it like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most two decimals: the smallest amount is one fen (0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is far too large; check the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment needs an amount above ¥0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no order, so nothing can be paid or sent to the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was never paid, so the platform takes no payment on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was paid {used} days ago, more than the {limit} days in which the platform takes payments on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order already has {used} payments, the most it may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would bring the order&apos;s payments to {would_be} of {limit}: at most {left} more on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would bring the shop&apos;s payments today to {would_be} of {limit}: at most {left} more today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment has moved on meanwhile (someone else decided it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop {shop} has no return address yet: enter it, and it is kept for the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform takes this reason only with a description: write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform takes this reason only with evidence images: tick at least one (attach them on the Evidence tab first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform takes at most {limit} images with this reason; {chosen} are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not list this reason; choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed inspection needs a note saying what was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed inspection needs at least one evidence file (a photo of the goods as they came back): tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appeal needs evidence on the case: attach photos of what came back or the return&apos;s tracking first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund is never more than the buyer asked for: at most {case_amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund needs an amount above ¥0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} is over the platform&apos;s {batch_max} a batch call: approve it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s order has no buyer to give a coupon to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel {tracking_no} has already shipped: the address can no longer change. Ask the carrier to intercept it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcel of this order is on its way: only a parcel shipped and not delivered can be intercepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the buyer&apos;s parcel coming back; the shop cannot intercept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That parcel has not shipped: change its address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel {tracking_no} was already delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intercept of this parcel was already requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intercept of this parcel is waiting for its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking no. {tracking_no} is already on another parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is {status}: reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} case that is {status} does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund can be at most the case&apos;s amount, {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was paid too long ago: the platform takes no more payments on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has had all the payments it may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to pay on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has paid all it may today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left on this order, 1 payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left on this order, %2 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left for the shop today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1 a supervisor approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no approval needed at your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over what is left on this order (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over what the shop has left today (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over your %2: it waits for a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paid on your own authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is waiting for a supervisor&apos;s approval; it counts against the caps meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved; the platform&apos;s gateway pays it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved. Pay it now in the platform&apos;s back office (小额打款), then confirm it here with the reference no.: Actions → Confirm paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was already made (the same request again): nothing new was paid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentLabels</name>
    <message>
        <source>Return postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill (late or damaged parcel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, to be paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for batch upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments listed: %1 · paid, approved or waiting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a platform first: each platform&apos;s batch upload takes its own layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 is recorded as paid (reference %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payments for batch upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 payments to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionTexts</name>
    <message>
        <source>Only a supervisor or an admin may approve or deny payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may edit templates, macros and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may see a buyer&apos;s full phone or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may export buyers&apos; personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may read reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may read the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may make archives and checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin may manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Confirm paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paid %1 in the platform&apos;s back office. Its payment or transaction no. there:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialogs</name>
    <message>
        <source>Approve the refund — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund only: the buyer keeps the goods and gets %1 back; the case is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most the case&apos;s amount, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the return — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer returns the goods to this address; the refund follows once the parcel arrived and passed inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s return address; a change here is kept for the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop has none yet: enter it once, it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the buyer sends the goods to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the platform should know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the returned goods — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: the refund of %1 is made and the case resolved. Failed: the refund is rejected; say why and tick the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: as sent, refund it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: damaged, used or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goods loss (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the goods lost in value, if anything (for the cost report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the platform&apos;s fast refund — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refunded the buyer by itself (极速退款). The case stays open: watch for the returned parcel and appeal a fake return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refunded (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record fast refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs evidence images (up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs evidence images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the refund — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform shows the buyer the reason; a reason that needs a description or images is refused without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the platform&apos;s reason (↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s images; Space ticks or unticks one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reasons from the platform&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason from the platform&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyTab</name>
    <message>
        <source>Find a template: key, title or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview for this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the rendered template into the reply (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply here. Type :: and a few letters to insert a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply, then paste it into the platform&apos;s chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record in the case&apos;s history that this reply was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply, status, tag and assignment in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what the case does not say, then press Enter to insert the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into the platform&apos;s chat, then mark it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what the case does not say, then run the macro again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyTexts</name>
    <message>
        <source>Buyer nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>Refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation and coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded orders / paid orders: orders paid in the period, and of those the ones with a refund case that was refunded (approved, its return passed inspection, or fast-refunded by the platform). Under 5 % is good; over 10 % draws the platform&apos;s attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinduoduo&apos;s definition: orders paid in the period that were refunded for a quality problem or not as described, and their share of the paid orders; the count and the rate both weigh on the shop&apos;s rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund and return cases opened in the period, by the buyer&apos;s reason, with the amount they ask back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second refund is a new refund on an order that already had one. Counted among the refund cases opened in the period, with how they ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation payments (pending, approved and paid) and coupons issued, per shop and Asia/Shanghai day, against the shop&apos;s daily cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the cases opened in the period: explicit loss is the amount refunded; hidden loss is the rest they cost: the order&apos;s marketing cost, return and exchange postage, processing, goods lost, compensation and coupons. A case counts towards its order&apos;s largest line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception-parcel cases / orders paid in the period that hold the supplier&apos;s products. A supplier over the threshold is flagged for re-evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases closed in the period (at their last status change): on time if closed at or before their deadline. Handling time runs from the case&apos;s arrival to its closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per agent: cases assigned and open now, cases assigned that closed and history events recorded in the period, and the median handling time of the closed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded orders ÷ paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid in the period and refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders paid in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality-refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality refunds ÷ paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality-refund count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: quality problem or not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund and return cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the buyers ask back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second-refund count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an order that already had a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second refunds ÷ refund cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund cases opened in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending, approved and paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation payments made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face value of the coupons issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketing, postage, processing, goods, goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit + hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden ÷ total cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supplier above it is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to re-evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed before the deadline ÷ closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed after the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past the deadline and still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrival to closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with cases or history events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned and not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By shop and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rate by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products refunded most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality-refund rate by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How second refunds ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation and coupons by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit and hidden loss by shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception rate by supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time rate by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good (under 5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch (5–10 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm (over 10 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return and exchange postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows for this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yuan (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; the report shown is the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report printed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWork</name>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealWork</name>
    <message>
        <source>Show the buyer&apos;s full phone number (recorded in the case&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the buyer&apos;s full address (recorded in the case&apos;s history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsUi</name>
    <message>
        <source>Save the current filters as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved view first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The cases stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 min %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. An admin can enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no password yet. An admin can set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to work in this store: every action is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWork</name>
    <message>
        <source>not a known user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passwords set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has a password yet: anyone can work under any name. An admin can add accounts with passwords (users add, or File → Users…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>The database %1 is on a network drive, where SQLite cannot write safely. Copy it to a local disk, or let the team share a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of Aftersales Desk (schema %1). Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database failed: %1. The database as it was before is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database failed or is full: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not an Aftersales Desk database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is backed up on the server (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database address this program can use: %2. Use a SQLite file or postgresql+psycopg://USER@HOST/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database driver %2 for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Aftersales Desk; it was left as it is. Choose another file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy at %1 failed its integrity check (%2), so it was removed; the database itself may be damaged. Keep the last good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an archive made %1 by %2; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an archive of Aftersales Desk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds schema %2, which this version does not read; open it with the version of Aftersales Desk that made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 does not verify and cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 could not be written (%2); nothing was left under that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short, e.g. ask_damage_photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders, written as {{ buyer }}: %1. When the case has no value, the agent is asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgedAlertDialog</name>
    <message>
        <source>Urged shipments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 urged orders not shipped yet (the alert is set at %3). Ship them first, or tell the buyers when they leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge and show urged cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has a password yet: anyone can work under any name. Add an admin with a password to require signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewList</name>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename saved view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewNameDialog</name>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoAmIDialog</name>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as it goes in the case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are: “My cases” shows your cases and every action is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Working as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filters as a view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who I am…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list of views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowJobs</name>
    <message>
        <source>Loading saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting urged orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the case&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and opening a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the appeal bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the approvals queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting waiting payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding up the shop&apos;s spend today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the payment as paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the report filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who may read reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
