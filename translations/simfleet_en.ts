<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The server took longer than %n second(s) to send its answer, so SimFleet stopped waiting and kept nothing of it. Try again later; if it keeps happening, check your connection or raise the time limit in the settings.</source>
        <translation>
            <numerusform>The server took longer than %n second to send its answer, so SimFleet stopped waiting and kept nothing of it. Try again later; if it keeps happening, check your connection or raise the time limit in the settings.</numerusform>
            <numerusform>The server took longer than %n seconds to send its answer, so SimFleet stopped waiting and kept nothing of it. Try again later; if it keeps happening, check your connection or raise the time limit in the settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server announced, or kept sending, more than %n page(s) for one list; SimFleet does not read lists that long and stopped. Try again later; if it persists, contact NovaConnect support.</source>
        <translation>
            <numerusform>The server announced, or kept sending, more than %n page for one list; SimFleet does not read lists that long and stopped. Try again later; if it persists, contact NovaConnect support.</numerusform>
            <numerusform>The server announced, or kept sending, more than %n pages for one list; SimFleet does not read lists that long and stopped. Try again later; if it persists, contact NovaConnect support.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Could not create the folder %1 for the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail %1 was written by a newer version of SimFleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail %1 is damaged and could not be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again anyway</source>
        <comment>audit action: SIMs of unknown outcome sent again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a SIM</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the number</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the SIM</source>
        <comment>audit action</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillBatchDownload</name>
    <message>
        <source>--out goes with --all; for one bill (--id) use --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --id N (one bill) or --all (every bill), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --transcript or --both, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is for one bill (--id); with --all, --out names the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all needs --out DIR: the folder to save the files in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-period takes a month as YYYY-MM (for example 2026-03), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 left out: its period &quot;%2&quot; is not a month, so it cannot be compared with --from-period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped bill %1: its file name %2 is that of another bill&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: it exists already (--overwrite replaces it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1/%2: %3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bill has a period from --from-period on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1, skipped: %2, failed: %3 (in %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: %n file(s) not downloaded. The file in progress was not left behind; run the command again to download the rest.</source>
        <translation>
            <numerusform>Interrupted: %n file not downloaded. The file in progress was not left behind; run the command again to download the rest.</numerusform>
            <numerusform>Interrupted: %n files not downloaded. The file in progress was not left behind; run the command again to download the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded; no partial file was left. Run the command again to retry them (saved files are skipped).</source>
        <translation>
            <numerusform>%n file could not be downloaded; no partial file was left. Run the command again to retry them (saved files are skipped).</numerusform>
            <numerusform>%n files could not be downloaded; no partial file was left. Run the command again to retry them (saved files are skipped).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillsCommands</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost, EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n bill</numerusform>
            <numerusform>%n bills</numerusform>
        </translation>
    </message>
    <message>
        <source>--output needs a file or folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which bill: --id N for one bill, or --all for every bill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkJobRunner</name>
    <message>
        <source>Not sent: SimFleet stopped before this part was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NovaConnect may have queued this part. SimFleet checks the SIMs: those not seen in the requested state in time are marked unconfirmed and can then be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 NovaConnect may have queued this part, and SimFleet cannot check this operation. It is not sent again with the failed SIMs: sending it again anyway may do it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet stopped while this part was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer from NovaConnect (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The operator may have made this change. SimFleet reads the SIM to see whether it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The operator may have made this change, and SimFleet cannot check this operation. It is not sent again with the failed SIMs: sending it again anyway may do it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet stopped while this change was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer from the operator (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer came, and the SIM read afterwards is not in the requested state: the change was not made. &quot;Retry failed&quot; sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer came, and the SIM could not be read to check it (%1). Look at the SIM before &quot;Retry failed&quot; sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkJobText</name>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>SIM outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>SIM outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>SIM outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>SIM outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>SIM outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>SIM outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly failed</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <comment>SIM outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <comment>job state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln done</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>%Ln done</numerusform>
            <numerusform>%Ln done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unconfirmed</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>%Ln unconfirmed</numerusform>
            <numerusform>%Ln unconfirmed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln queued</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>%Ln queued</numerusform>
            <numerusform>%Ln queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting to be sent</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>%Ln waiting to be sent</numerusform>
            <numerusform>%Ln waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <comment>count of SIMs in a job</comment>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <comment>count of SIMs in a job whose outcome is unknown</comment>
        <translation>
            <numerusform>%Ln unknown</numerusform>
            <numerusform>%Ln unknown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration: minutes and seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration: hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>the provider&apos;s queue status of a SIM</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <comment>the provider&apos;s queue status of a SIM</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message>
        <source>not found in the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has this data limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its current groups are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in these groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Say what to do: %1 AREA ACTION [OPTIONS]. Run &quot;%1 --help&quot; to see the areas and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown area &quot;%1&quot;. Run &quot;%2 --help&quot; to see the areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which %1 action to run. Run &quot;%2 %1 --help&quot; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for %2. Run &quot;%3 %2 --help&quot; to see the actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not take the option --%3. Run &quot;%4 %1 --help&quot; to see its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the API address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token. Either set the SIMFLEET_TOKEN environment variable to a token created in the web cabinet (My profile → Access tokens), or sign in once with the SimFleet desktop app for %1 so that it keeps the token in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use nova or v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The v2 area is the second operator&apos;s: leave out --provider or give --provider v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second operator&apos;s commands are in the v2 area. Run &quot;%1 v2 --help&quot; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the second operator&apos;s address with --api-url or SIMFLEET_API_URL (it ends in /api/v2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Bills: list them and download invoices and transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript (usage details, XLSX) instead of the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder to save to (default: invoice-&lt;id&gt;.pdf or transcript-&lt;id&gt;.xlsx in the current folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address (default: $SIMFLEET_API_URL, else the NovaConnect address); https is required except for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages and of the server&apos;s answers (default: the system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a request after this many seconds without data (default: 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the company, its contract and balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of SIM cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only groups whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own user profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your name or email; only the options given are changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password: the old and the new password are read from two lines of standard input, or from SIMFLEET_OLD_PASSWORD and SIMFLEET_NEW_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these SIM ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SIMs of these group ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic and usage reports (operator data arrives a day late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily traffic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS &amp; calls report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM ids or ICCIDs, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with one SIM id or ICCID per line (blank lines and # comments ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address NovaConnect posts the job&apos;s progress to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block SIM cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock SIM cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect (soft reset); NovaConnect performs it as a disconnect from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect SIM cards from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping SIM cards with an SMS &quot;PING&quot; (TD profile only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an SMS (TD profile only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS text, at most 70 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the data limit (TC profile only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit, or a limit per calendar month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data limit in MB (for month1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tariff plan (TD profile only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package size: 15 to 100 MB in steps of 5 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the package automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worldwide roaming (TD_Mega)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-add the package (TD profile only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the groups of SIM cards (replaces their groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing group ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to create on the fly (existing names are reused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM cards: list them and queue bulk operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List SIM cards (every page unless --page or --size is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SIMs of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only blocked or only active SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SIMs blocked, or not blocked, by the MSU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in ICCID, number and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by this field (id, iccid, number, name, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort in descending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this page (from 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size, 1 to 1000 (with --page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename one SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role code: admin or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the sign-in details to the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a user; only the options given are changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable or disable the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show which SIMs the operation applies to and which are skipped, and why; send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a password, read from one line of standard input or from SIMFLEET_NEW_PASSWORD (never from the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user; without --set-password the server generates the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the provider&apos;s calendar days, an IANA id such as Asia/Almaty (default: the desktop app&apos;s setting for this API address, else Asia/Almaty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the provider&apos;s calendar, YYYY-MM-DD or DD-MM-YYYY (default: 30 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the provider&apos;s calendar (default: the provider&apos;s today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send in chunks and follow the job to the end; exit 3 if any SIM failed or its outcome stayed unknown (listed apart), 5 if another SimFleet program is using the account&apos;s job journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a --wait job&apos;s failed SIMs again (never those of unknown outcome) and follow it like --wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job number, as --wait printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead, send again the SIMs whose outcome is unknown (SMS, ping, reconnect, disconnect, re-add package): they may receive the operation twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every API request on stderr (also: SIMFLEET_VERBOSE=1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show the requests it takes and the SIMs of each, and the SIMs skipped and why; send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through the account&apos;s job journal and follow the job to the end; exit 3 if any SIM failed or its outcome stayed unknown, 5 if another SimFleet program is using the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SIM cards to a group; their other groups stay (one request per set of current groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove SIM cards from a group; their other groups stay (one request per set of current groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bill of the account (all pages) instead of one; needs --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all: only bills of this month&apos;s period and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all: the invoice and the transcript of each bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all: the folder to save into (created when missing); files are named as the desktop app names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all: replace files that exist already (default: skip them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a bill&apos;s invoice (PDF) or transcript (XLSX), or those of every bill (--all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either one bill (--id) or every bill (--all). With --all, files already in --out are skipped unless --overwrite; a failed or interrupted (Ctrl+C) download leaves no partial file. Examples:
  simfleet-cli bills download --id 5012 --transcript
  simfleet-cli bills download --all --from-period 2026-01 --both --out bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows to this CSV file (the desktop app&apos;s export: same columns) instead of printing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows to this Excel workbook (the desktop app&apos;s export: same columns) instead of printing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --csv or --xlsx the rows are printed as a table (or --json). A file is written whole or not at all. Examples:
  simfleet-cli reports day --from 2026-03-01 --to 2026-03-31 --xlsx march.xlsx
  simfleet-cli reports calls --groups 3 --csv calls.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider: nova (NovaConnect) or v2 (the second operator, whose commands are in the v2 area); default: v2 in the v2 area, nova elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers of the SIMs (7 and 10 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange a login and a password (read from standard input, or SIMFLEET_PASSWORD) for an access token and print it; the password is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SIMs with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SIMs of this company (10 or 12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one SIM card by number or by ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tariffs (packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block, unblock, block-service, unblock-service, block-finance, unblock-finance, packet, small-packet or send-sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service (block-service, unblock-service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tariff (packet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tariff&apos;s first day (packet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top-up (small-packet; default: the first of the SIM&apos;s tariff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the informational SMS is about (send-sms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet usage records (CDR) of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this company (10 or 12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login the token was given for: the account whose job journal keeps the job (default: the desktop app&apos;s last sign-in at this address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second operator (api/v2; give its address with --api-url): sign in, SIMs, changes one request per SIM through the job journal, activation, number binding and SIM swap, usage records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change SIMs as a job of the account&apos;s job journal (the desktop app&apos;s Operations page shows it), one request per SIM at the desktop app&apos;s per-SIM rate; a rate limit (429) waits and goes on; a number not in the fleet is skipped. Exit 3 if any SIM failed or its outcome stayed unknown, 5 if another SimFleet program is using the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a change job&apos;s failed SIMs again (never those of unknown outcome), or finish a job a stopped run left unfinished, and follow it like change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job number, as change printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead, send again the SIMs whose outcome is unknown (tariff, top-up, informational SMS): they may receive the change twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number (7 and 10 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID of the SIM (or give --imsi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI of the SIM (or give --iccid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a SIM: bind a number to it with a tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tariff (packet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the number to another SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward calls (default: yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the number to a new SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID of the new SIM (or give --imsi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI of the new SIM (or give --iccid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID of the SIM the number is on now (default: read from the operator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI of the SIM the number is on now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SimFleet: a desktop workspace for fleets of IoT SIM cards on the NovaConnect API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in NovaConnect emulator and sign in to it with a demo token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo role: admin (may change SIMs) or user (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of SIM cards in the demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use admin or user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of SIMs must be a whole number from 0 to 1,000,000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log every API request on stderr (also: SIMFLEET_VERBOSE=1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo provider: nova (NovaConnect), v2 (the second operator) or both (one account of each in the Account menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: use nova, v2 or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Run &quot;simfleet --help&quot; to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyCommands</name>
    <message>
        <source>Postpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>billing type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdraft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWriteErrors</name>
    <message>
        <source>the disk is full. Free some space or choose another folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not write to this folder. Choose another folder, such as your Documents folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist. Choose an existing folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder has this name. Choose another file name, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetSnapshotStore</name>
    <message>
        <source>Could not save the fleet snapshot: it has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the fleet snapshot: cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the fleet snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the fleet snapshot: cannot replace the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved fleet snapshot is damaged (%1) and could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved fleet snapshot is damaged (%1); it was set aside and the fleet will be loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the fleet snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported snapshot format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot belongs to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot&apos;s description is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM row %1 is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the fleet snapshot: cannot create the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM rows present: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 B</source>
        <comment>bytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>SIM status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: MSU limit (irreversible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: package used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown block code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>data limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per calendar month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1, no auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package %1, auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per calendar month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package, no auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package, auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMembership</name>
    <message>
        <source>already in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsCommands</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Group created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run and --wait cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading SIMs: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group %1 in this account. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: no given SIM needs adding to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: no given SIM is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n SIM(s) to %1</source>
        <translation>
            <numerusform>Add %n SIM to %1</numerusform>
            <numerusform>Add %n SIMs to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n SIM(s) from %1</source>
        <translation>
            <numerusform>Remove %n SIM from %1</numerusform>
            <numerusform>Remove %n SIMs from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), one per set of current groups</source>
        <translation>
            <numerusform>%n request, one per set of current groups</numerusform>
            <numerusform>%n requests, one per set of current groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Request %1: groups [%2], %n SIM(s): %3</source>
        <translation>
            <numerusform>  Request %1: groups [%2], %n SIM: %3</numerusform>
            <numerusform>  Request %1: groups [%2], %n SIMs: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) skipped:</source>
        <translation>
            <numerusform>%n SIM skipped:</numerusform>
            <numerusform>%n SIMs skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>  SIM %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued: queue id %1 for %n SIM(s)</source>
        <translation>
            <numerusform>Queued: queue id %1 for %n SIM</numerusform>
            <numerusform>Queued: queue id %1 for %n SIMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>SIM %1 is not part of job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the job journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the job journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 was written by a newer version of SimFleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 is damaged and could not be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the job journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the job journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read job %1 from the journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged chunk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged entry for SIM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SIMs of the job do not match its chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the lock file %1 of the job journal; check the permissions of its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal of this account is in use by another SimFleet program (%1, process %2 on %3). If that program is no longer running, delete %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 is damaged; the SimFleet program using it sets it aside when it next opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is open read-only here: another SimFleet program is using it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobTracker</name>
    <message>
        <source>NovaConnect reported an error for this SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested state was not seen before the waiting time ran out; check the SIM later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect gave no clear answer and the requested state was not seen before the waiting time ran out. &quot;Retry failed&quot; sends these SIMs again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationFiles</name>
    <message>
        <source>The file name &quot;%1&quot; is not a plain file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder to save the file in. Choose a download folder on the Bills page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose another download folder on the Bills page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be saved: the folder already holds %n file(s) of that name. Move some of them away.</source>
        <translation>
            <numerusform>%1 could not be saved: the folder already holds %n file of that name. Move some of them away.</numerusform>
            <numerusform>%1 could not be saved: the folder already holds %n files of that name. Move some of them away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsCsv</name>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorCommands</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: type it, or set SIMFLEET_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An INN is 10 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SIM card(s)</source>
        <translation>
            <numerusform>%n SIM card</numerusform>
            <numerusform>%n SIM cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --number or --iccid (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is 7 followed by 10 digits, e.g. 79001234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet, MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tariff(s)</source>
        <translation>
            <numerusform>%n tariff</numerusform>
            <numerusform>%n tariffs</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic, MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --login LOGIN, the login the token was given for: the job is kept in that account&apos;s job journal, as in the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: %1. A number is 7 followed by 10 digits, e.g. 79001234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading SIMs: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorIdentityCommands</name>
    <message>
        <source>%1 for %2: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: correct these values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionValues</name>
    <message>
        <source>The option %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is required and cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs ids separated by commas (e.g. 1,2,3); &quot;%2&quot; is not an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a date as YYYY-MM-DD or DD-MM-YYYY (or DD.MM.YYYY), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Weak</source>
        <comment>password strength</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <comment>password strength</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>password strength</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters and mix upper and lower case letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of characters</source>
        <translation>
            <numerusform>%n kind of characters</numerusform>
            <numerusform>%n kinds of characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix upper and lower case letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more characters of 3 kinds make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>password strength: verdict: what it is made of</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>Nothing to change: give --first-name, --last-name and/or --email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current and the new password as two lines on standard input, or in SIMFLEET_OLD_PASSWORD and SIMFLEET_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileValidation</name>
    <message>
        <source>Enter your first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an email address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password and its repetition differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderExtras</name>
    <message>
        <source>tariff %1</source>
        <comment>a tariff known only by its number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-up %1</source>
        <comment>a top-up known only by its number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <comment>service</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>service</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>service</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>service: allowed or blocked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>service state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <comment>service state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>service state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: the SIM is stopped until the block is lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>financial block</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <comment>call forwarding</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <comment>call forwarding</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>scheduled tariff</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>tariff from a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last: %2)</source>
        <comment>top-ups added (the last one)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-ups added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the last about calls)</source>
        <comment>informational SMS sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the last about the internet packet)</source>
        <comment>informational SMS sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the last: %2)</source>
        <comment>informational SMS sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational SMS sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderZone</name>
    <message>
        <source>--provider-tz needs a time zone this computer knows, such as Asia/Almaty, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this computer does not know the provider time zone &quot;%1&quot; set for %2; showing days in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Second operator (api/v2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCallback</name>
    <message>
        <source>Enter a full https:// address, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback address must start with https://: the provider sends job progress with SIM data to it. Plain http:// is only allowed for this computer (localhost, 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report has more rows than a spreadsheet holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>Give either --csv FILE or --xlsx FILE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted after the file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n row saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsCommands</name>
    <message>
        <source>--from (%1) is after --to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>traffic %1, cost %2 EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) and SMS</source>
        <translation>
            <numerusform>%n call or SMS</numerusform>
            <numerusform>%n calls and SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>cost %1 EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost, EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimListMatcher</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB). A list can be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large. A list can be at most %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file. Use a .txt or .csv file with one ICCID, number or id per line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimOperations</name>
    <message>
        <source>Block</source>
        <comment>verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <comment>verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect (soft reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set data limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-add package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMS text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS text is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data limit type must be &quot;none&quot; or &quot;calendar month&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a data limit above 0 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package size must be between %1 and %2 MB in steps of %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new group name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for TD-profile SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for TC-profile SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by MSU limit, which cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIMs selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the financial block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tariff from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a top-up packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an informational SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service: internet, SMS or calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tariff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the new tariff starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the SMS is about: calls or internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already financially blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not financially blocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimSelection</name>
    <message>
        <source>Could not read the SIM list file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIMs given: the SIM list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which SIMs to act on with --ids 1,2,3 or --ids-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) match no SIM of this account: %1. Nothing was sent.</source>
        <translation>
            <numerusform>%n entry matches no SIM of this account: %1. Nothing was sent.</numerusform>
            <numerusform>%n entries match no SIM of this account: %1. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking up ICCIDs: %1 of %n SIM(s) read</source>
        <translation>
            <numerusform>Looking up ICCIDs: %1 of %n SIM read</numerusform>
            <numerusform>Looking up ICCIDs: %1 of %n SIMs read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimText</name>
    <message>
        <source>Active</source>
        <comment>SIM status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by user</source>
        <comment>SIM status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: MSU limit (irreversible)</source>
        <comment>SIM status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: package used up</source>
        <comment>SIM status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: financial</source>
        <comment>SIM status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by operator</source>
        <comment>SIM status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>SIM status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: the SIM is not blocked and can use the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by user: your company blocked this SIM. An administrator can unblock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: MSU limit (irreversible): the SIM used up its MSU allowance. This block cannot be lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: package used up: the data package is exhausted. Re-add the package or wait for its renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by operator: NovaConnect blocked this SIM. Contact NovaConnect support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status code &quot;%1&quot;: SimFleet does not know it and treats the SIM as blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TD: package tariffs (ping, SMS and packages are available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TC: MSU, balance and monthly data limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>data used / data limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data limit is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data limit per calendar month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package, no auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package, auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package renews automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff change locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <comment>data limit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar month</source>
        <comment>data limit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package, no auto-renew</source>
        <comment>data limit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package, auto-renew</source>
        <comment>data limit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>data limit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <comment>data limit type, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <comment>data limit type, short</comment>
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
        <source>Blocked (any)</source>
        <comment>SIM status filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blocked by MSU</source>
        <comment>SIM status filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: financial: the SIM is blocked for a financial reason, such as unpaid bills. The block is lifted once that is settled, or where the provider allows it, by lifting the financial block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimsCommands</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort needs a field name, e.g. --sort iccid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading SIMs: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s)</source>
        <translation>
            <numerusform>%n SIM</numerusform>
            <numerusform>%n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) on page %1</source>
        <translation>
            <numerusform>%n SIM on page %1</numerusform>
            <numerusform>%n SIMs on page %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>%n in total</numerusform>
            <numerusform>%n in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the groups with --group-ids and/or --new-groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued: queue id %1 for %n SIM(s)</source>
        <translation>
            <numerusform>Queued: queue id %1 for %n SIM</numerusform>
            <numerusform>Queued: queue id %1 for %n SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>SIM %1 is now named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run and --wait cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use --callback-url &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptReader</name>
    <message>
        <source>Reading the transcript was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is larger than %1, the most SimFleet previews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook: it is not a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete: its list of parts cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete: its part %1 cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is packed in a way SimFleet cannot read (encrypted, ZIP64, split, or an unknown compression).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than %1 parts, the most SimFleet reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2, the most SimFleet reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 unpacks to more than %2 times its packed size, which no real workbook does (a zip bomb); it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 in all, the most SimFleet reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is incomplete: it has no part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is not valid XML (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than %1 sheets, the most SimFleet shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is incomplete: the sheet &quot;%1&quot; has no part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than %1 shared texts, the most SimFleet reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 rows, the most SimFleet shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has more than %2 columns, the most SimFleet shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has more than %1 cells, the most SimFleet shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has an invalid cell reference &quot;%2&quot; (the last cell of a sheet is XFD1048576).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell %1 on the sheet &quot;%2&quot; refers to shared text %3, which the workbook does not have (it has %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has an invalid row number &quot;%2&quot; (the last row of a sheet is 1048576).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageText</name>
    <message>
        <source>Usage: %1 [OPTIONS] %2 %3 [ACTION OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AREA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage NovaConnect IoT SIM cards from scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas and actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is read from the SIMFLEET_TOKEN environment variable or, when it is not set, from the system keychain where the SimFleet desktop app stores it. It is never accepted on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default API address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 AREA --help&quot; to see the options of each action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options every action accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 local file error, 2 usage error or invalid input, 3 refused by the server or by your role, 4 network error, 5 the account&apos;s job journal is in use by another SimFleet program (--wait, v2 change, v2 retry), 130 interrupted (Ctrl+C) while downloading bills.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserInput</name>
    <message>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits, with an optional + at the start (spaces, dashes and brackets may separate them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserView</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user account</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersCommands</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>User created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --first-name, --last-name, --email, --phone, --set-password, --role, --active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new password as one line on standard input, or in SIMFLEET_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>V2Actions</name>
    <message>
        <source>Enter the ICCID or the IMSI of the SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ICCID is 18 to 22 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IMSI is 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the financial block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tariff from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a top-up packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an informational SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the number to a SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is 7 followed by 10 digits, e.g. 79001234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new SIM must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service: internet, SMS or calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tariff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the SMS is about: calls or internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last day as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must not be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number: 7 followed by 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An INN is 10 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>An XLSX sheet holds at most %L1 rows. Export fewer SIMs at a time, or export to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name this account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove saved account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this account and forget its remembered access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in demo mode: the demo works with the built-in emulator only. Start SimFleet without --demo to add your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to another account; the one open now stays saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::AccountSwitcher</name>
    <message>
        <source>No access token is remembered for %1. Enter one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token of %1 could not be read from the system keychain (%2). Enter it to open the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered access token no longer works (%1). Enter a new one to open the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the account in the Account menu (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove saved account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the saved accounts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its remembered access token is removed from the system keychain. Its job journal, audit trail and fleet snapshot stay on this computer and are there again when you add the account back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>provider · API address</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ActiveJobsCard</name>
    <message>
        <source>No bulk jobs are being worked on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a job to see it on the Operations page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ApiClient</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must use https:// (plain http is only allowed for this computer, e.g. the built-in emulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ApiError</name>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the NovaConnect server. Check your internet connection and the API address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NovaConnect server did not answer in time. Try again; if it keeps happening, check your connection or increase the timeout in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is invalid or has been revoked. Create a new token in the web cabinet (My profile → Access tokens) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in with a read-only role: only an Administrator can do this. Nothing was sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this. Ask a company administrator to do it or to change your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1. Correct the input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request. Check the input and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy and asked SimFleet to slow down. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a problem: %1. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NovaConnect server had a problem (HTTP %1). Try again later; if it persists, contact NovaConnect support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer SimFleet cannot read. Try again later; if it persists, contact NovaConnect support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or free some disk space, then try again. Nothing was left half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the limit of %1 MiB, so SimFleet stopped reading it and kept nothing of it. Ask for less at a time (for example a narrower filter or a shorter period), or raise the limit in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to another server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent SimFleet on to another server. SimFleet does not follow a server elsewhere, so nothing was sent there and your access token stayed private. Check the API address (the service may have moved, or the address may be mistyped); if it is right, contact the provider&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet could not set up a secure connection: the server&apos;s certificate is not trusted (or the connection could not be secured), so nothing was sent and your access token stayed private. Check that the API address is right and that no network device or proxy intercepts secure connections; if the problem persists, contact your network administrator or the provider&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::AppController</name>
    <message>
        <source>Second operator (demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::AuditPanel</name>
    <message>
        <source>Filter: author, details, queue ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <comment>audit filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <comment>date range start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>date range end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-trail</source>
        <comment>default export file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::AuditTrailModel</name>
    <message>
        <source>Time</source>
        <comment>audit column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <comment>who took the action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <comment>audit column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <comment>audit column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>audit column: number of SIMs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <comment>audit column: job number</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::BackgroundProgressWidget</name>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this background work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::BillCard</name>
    <message>
        <source>Paid on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 %3 per euro</source>
        <comment>bill amount in euros, exchange rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this bill&apos;s invoice (PDF) on the Bills page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this bill&apos;s transcript (XLSX) on the Bills page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::BillDownloads</name>
    <message>
        <source>another file of this download has that name (upper and lower case count as the same on many disks), so it was not downloaded and the first one stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::BillsChart</name>
    <message>
        <source>%1: %2</source>
        <comment>period: amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Amount per period of the last %n bill(s); unpaid hatched</source>
        <translation>
            <numerusform>Amount per period of the last %n bill; unpaid hatched</numerusform>
            <numerusform>Amount per period of the last %n bills; unpaid hatched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::BillsModel</name>
    <message>
        <source>%1 %2 per €</source>
        <comment>exchange rate: amount, currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill is not paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>amount, exchange rate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::BillsPage</name>
    <message>
        <source>Bills</source>
        <comment>navigation: the page of the account&apos;s bills</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, period, date or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the bills whose number, period, dates, amounts or country contain the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bills from NovaConnect again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the account&apos;s bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading bills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bills could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect lists no bills for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bills match &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached; the bills are as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n bill</numerusform>
            <numerusform>%n bills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n bill(s)</source>
        <translation>
            <numerusform>%1 of %n bill</numerusform>
            <numerusform>%1 of %n bills</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download invoice (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download transcript (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download invoice and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for downloaded bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to download bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current downloads end, or cancel them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more bills first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet asks for a folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for downloaded bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of these names already exist in %1. Replace them?</source>
        <translation>
            <numerusform>%n file of this name already exists in %1. Replace it?</numerusform>
            <numerusform>%n files of these names already exist in %1. Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be downloaded</source>
        <translation>
            <numerusform>%n file could not be downloaded</numerusform>
            <numerusform>%n files could not be downloaded</numerusform>
        </translation>
    </message>
    <message>
        <source>No partial file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current bill&apos;s invoice (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current bill&apos;s transcript (XLSX): what each SIM used in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy bill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the current bill&apos;s invoice beside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the current bill&apos;s transcript beside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the numbers of the selected bills, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) saved in %2; the cancelled file was not left behind.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n file saved in %2; the cancelled file was not left behind.</numerusform>
            <numerusform>Cancelled: %1 of %n files saved in %2; the cancelled file was not left behind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) saved in %2.</source>
        <translation>
            <numerusform>%1 of %n file saved in %2.</numerusform>
            <numerusform>%1 of %n files saved in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::BulkActionBar</name>
    <message>
        <source>%1 selected</source>
        <comment>SIMs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected SIM(s) are hidden by the filter and no longer selected.</source>
        <translation>
            <numerusform>%Ln selected SIM is hidden by the filter and no longer selected.</numerusform>
            <numerusform>%Ln selected SIMs are hidden by the filter and no longer selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>More</source>
        <comment>more operations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring them back</source>
        <comment>hidden selected SIMs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the filter they were shown with (or clear the filter if it still hides them) and select them again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::BulkJobRunner</name>
    <message>
        <source>None of the selected SIMs can be sent this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups of a selected SIM are missing from the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview lists a SIM both as applicable and as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is still being sent; retry when it has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no failed SIMs to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is still being sent; wait until it has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has no SIMs of unknown outcome to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is read-only: nothing can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available for SIMs of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::BulkOperationDialog</name>
    <message numerus="yes">
        <source>Block %n SIM(s)</source>
        <translation>
            <numerusform>Block %n SIM</numerusform>
            <numerusform>Block %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %n SIM(s)</source>
        <translation>
            <numerusform>Unblock %n SIM</numerusform>
            <numerusform>Unblock %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnect %n SIM(s)</source>
        <translation>
            <numerusform>Reconnect %n SIM</numerusform>
            <numerusform>Reconnect %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %n SIM(s)</source>
        <translation>
            <numerusform>Disconnect %n SIM</numerusform>
            <numerusform>Disconnect %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ping %n SIM(s)</source>
        <translation>
            <numerusform>Ping %n SIM</numerusform>
            <numerusform>Ping %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send SMS to %n SIM(s)</source>
        <translation>
            <numerusform>Send SMS to %n SIM</numerusform>
            <numerusform>Send SMS to %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set data limit on %n SIM(s)</source>
        <translation>
            <numerusform>Set data limit on %n SIM</numerusform>
            <numerusform>Set data limit on %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change tariff of %n SIM(s)</source>
        <translation>
            <numerusform>Change tariff of %n SIM</numerusform>
            <numerusform>Change tariff of %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-add package on %n SIM(s)</source>
        <translation>
            <numerusform>Re-add package on %n SIM</numerusform>
            <numerusform>Re-add package on %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set groups of %n SIM(s)</source>
        <translation>
            <numerusform>Set groups of %n SIM</numerusform>
            <numerusform>Set groups of %n SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>number of skipped SIMs — why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected SIMs can take this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected SIMs already are as chosen: choose a different value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM %1</source>
        <comment>a SIM known only by its id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected SIM(s) can take this operation.</source>
        <translation>
            <numerusform>The %Ln selected SIM cannot take this operation.</numerusform>
            <numerusform>None of the %Ln selected SIMs can take this operation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the selected SIMs already are as chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applies to %Ln SIM(s)</source>
        <translation>
            <numerusform>Applies to %Ln SIM</numerusform>
            <numerusform>Applies to %Ln SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped:</source>
        <comment>SIMs left out of an operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the %Ln skipped SIM(s)</source>
        <translation>
            <numerusform>Show the %Ln skipped SIM</numerusform>
            <numerusform>Show the %Ln skipped SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>This changes many SIMs at once. Type %1 to confirm:</source>
        <comment>the number of SIMs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) join %1</source>
        <comment>Set groups preview</comment>
        <translation>
            <numerusform>%Ln SIM joins %1</numerusform>
            <numerusform>%Ln SIMs join %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) join %1 (new)</source>
        <comment>Set groups preview</comment>
        <translation>
            <numerusform>%Ln SIM joins %1 (new)</numerusform>
            <numerusform>%Ln SIMs join %1 (new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) leave %1</source>
        <comment>Set groups preview</comment>
        <translation>
            <numerusform>%Ln SIM leaves %1</numerusform>
            <numerusform>%Ln SIMs leave %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The operation did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet could not start the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy skipped list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the skipped SIMs&apos; ICCIDs and reasons to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Block the service on %n SIM(s)</source>
        <translation>
            <numerusform>Block the service on %n SIM</numerusform>
            <numerusform>Block the service on %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock the service on %n SIM(s)</source>
        <translation>
            <numerusform>Unblock the service on %n SIM</numerusform>
            <numerusform>Unblock the service on %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Financially block %n SIM(s)</source>
        <translation>
            <numerusform>Financially block %n SIM</numerusform>
            <numerusform>Financially block %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lift the financial block of %n SIM(s)</source>
        <translation>
            <numerusform>Lift the financial block of %n SIM</numerusform>
            <numerusform>Lift the financial block of %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change tariff of %n SIM(s) from the date</source>
        <translation>
            <numerusform>Change tariff of %n SIM from the date</numerusform>
            <numerusform>Change tariff of %n SIMs from the date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add a top-up packet to %n SIM(s)</source>
        <translation>
            <numerusform>Add a top-up packet to %n SIM</numerusform>
            <numerusform>Add a top-up packet to %n SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send an informational SMS to %n SIM(s)</source>
        <translation>
            <numerusform>Send an informational SMS to %n SIM</numerusform>
            <numerusform>Send an informational SMS to %n SIMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::BulkOperations</name>
    <message>
        <source>Another SimFleet window or simfleet-cli --wait (process %1) is using the bulk jobs of this account, so they are shown read-only here and cannot be sent or retried. Close the other one, then choose Try again on the Operations page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are not available: the job journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal was damaged and has been set aside as %1; a new one was started. Jobs sent before are no longer listed — check them on the SIMs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was damaged and has been set aside as %1; a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <comment>retried operation and its job number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM %1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM %1: “%2” → “%3” failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action was not written to the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue ID %1 was not written to the audit trail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the progress of bulk jobs failed: %1 SimFleet keeps trying; jobs stay listed on the Operations page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::BulkWait</name>
    <message numerus="yes">
        <source>%1: %n SIM(s) would be sent the operation</source>
        <translation>
            <numerusform>%1: %n SIM would be sent the operation</numerusform>
            <numerusform>%1: %n SIMs would be sent the operation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) would be skipped:</source>
        <translation>
            <numerusform>%n SIM would be skipped:</numerusform>
            <numerusform>%n SIMs would be skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>  SIM %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read job %1 from the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SIM %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) can be sent again safely: simfleet-cli sims retry --job %1</source>
        <translation>
            <numerusform>%n SIM can be sent again safely: simfleet-cli sims retry --job %1</numerusform>
            <numerusform>%n SIMs can be sent again safely: simfleet-cli sims retry --job %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outcome unknown for %n SIM(s): NovaConnect gave no clear answer and may have queued the operation; it cannot be checked, and they are not sent again with the failed ones. Sending them again may do it twice: only with simfleet-cli sims retry --job %1 --resend-unknown.</source>
        <translation>
            <numerusform>Outcome unknown for %n SIM: NovaConnect gave no clear answer and may have queued the operation; it cannot be checked, and it is not sent again with the failed ones. Sending it again may do it twice: only with simfleet-cli sims retry --job %1 --resend-unknown.</numerusform>
            <numerusform>Outcome unknown for %n SIMs: NovaConnect gave no clear answer and may have queued the operation; it cannot be checked, and they are not sent again with the failed ones. Sending them again may do it twice: only with simfleet-cli sims retry --job %1 --resend-unknown.</numerusform>
        </translation>
    </message>
    <message>
        <source>  SIMs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %2 of %n SIM(s) resolved</source>
        <translation>
            <numerusform>Job %1: %2 of %n SIM resolved</numerusform>
            <numerusform>Job %1: %2 of %n SIMs resolved</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1 Run the command again once that SimFleet window is closed or that simfleet-cli command has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 had not finished: its remaining SIMs are being sent and those whose answer was lost are being read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s) can be sent again safely: %1</source>
        <translation>
            <numerusform>%n SIM can be sent again safely: %1</numerusform>
            <numerusform>%n SIMs can be sent again safely: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outcome unknown for %n SIM(s): the operator gave no clear answer and may have made the change; it cannot be checked, and they are not sent again with the failed ones. Sending them again may do it twice: only with %1 --resend-unknown.</source>
        <translation>
            <numerusform>Outcome unknown for %n SIM: the operator gave no clear answer and may have made the change; it cannot be checked, and they are not sent again with the failed ones. Sending them again may do it twice: only with %1 --resend-unknown.</numerusform>
            <numerusform>Outcome unknown for %n SIMs: the operator gave no clear answer and may have made the change; it cannot be checked, and they are not sent again with the failed ones. Sending them again may do it twice: only with %1 --resend-unknown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::ColumnChooser</name>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::CombinedFleetModel</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::CombinedFleetPage</name>
    <message>
        <source>All accounts</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved accounts&apos; fleets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 SIMs in %n account(s)</source>
        <translation>
            <numerusform>%1 of %2 SIMs in %n account</numerusform>
            <numerusform>%1 of %2 SIMs in %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its saved fleet could not be read (%2). Open the account to read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing saved on this computer yet. Open the account once to include its SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 SIMs as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, ICCID, name, tariff or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every saved account&apos;s fleet again from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs of all saved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::CompanyCard</name>
    <message>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance including what was used since the last bill (postpaid companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdraft:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::DashboardCounts</name>
    <message numerus="yes">
        <source>%Ln SIM(s)</source>
        <comment>count of SIM cards</comment>
        <translation>
            <numerusform>%Ln SIM</numerusform>
            <numerusform>%Ln SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>Every SIM of the account (click to clear the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs with the TD profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs with the TC profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: SIM count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs blocked for any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs with a status code SimFleet does not know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::DemoBackend</name>
    <message>
        <source>The built-in NovaConnect emulator could not open a port on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::DonutChart</name>
    <message>
        <source>%1: %2</source>
        <comment>chart legend: part of the fleet: SIM count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%Ln SIM(s), %2 % of the fleet</source>
        <comment>chart tooltip</comment>
        <translation>
            <numerusform>%1
%Ln SIM, %2 % of the fleet</numerusform>
            <numerusform>%1
%Ln SIMs, %2 % of the fleet</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show them in the SIM table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::FilterBar</name>
    <message>
        <source>All profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All limit types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s)</source>
        <comment>count of SIM cards</comment>
        <translation>
            <numerusform>%Ln SIM</numerusform>
            <numerusform>%Ln SIMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln SIM(s)</source>
        <comment>shown of total SIM cards</comment>
        <translation>
            <numerusform>%1 of %Ln SIM</numerusform>
            <numerusform>%1 of %Ln SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds SIMs by ICCID, number, external number, name or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SIMs of one profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SIMs with one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the selected SIMs; turn off to show every SIM again, the selection kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SIMs of one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SIMs on one tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID, number, name, group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only selected</source>
        <comment>show only the selected SIMs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every SIM again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SIMs with one data limit type, or those near their data limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit near or reached (%1% or more used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID, number, name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::FleetExporter</name>
    <message>
        <source>None</source>
        <comment>data limit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar month</source>
        <comment>data limit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package, no auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package, auto-renew</source>
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
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>SIM name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>SIM status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit type</source>
        <comment>data limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit (MB)</source>
        <comment>data limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used (MB)</source>
        <comment>data used</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff change locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: no file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::FleetGlanceCard</name>
    <message>
        <source>The charts need the whole fleet loaded. This account has more SIMs than the server-side threshold, so the SIM table reads them from NovaConnect page by page; raise the threshold in the preferences to see the charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the figures are those of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the fleet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no SIMs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) in the fleet</source>
        <comment>count of SIM cards</comment>
        <translation>
            <numerusform>%Ln SIM in the fleet</numerusform>
            <numerusform>%Ln SIMs in the fleet</numerusform>
        </translation>
    </message>
    <message>
        <source>Other profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package used up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data limit near or reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs by profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs blocked because their package is used up (click to show them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs that used %1 % or more of their data limit (click to show them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::FleetLoadStatus</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet shows the saved fleet of %1; it cannot change SIMs until the connection is back. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fleet: NovaConnect filters, sorts and pages the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <comment>time the shown data was loaded</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::FleetModel</name>
    <message>
        <source>TD SIMs have no balance of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TD SIMs have no MSU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data package renews automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data package does not renew automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff change locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID: the serial number printed on the SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number of the SIM (MSISDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External number: the number the SIM is reachable at from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ext. number</source>
        <comment>external phone number, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name your company gave the SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: TD (package tariffs) or TC (MSU, balance, monthly limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block status of the SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance of the SIM (TC profile only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSU allowance of the SIM (TC profile only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data limit type, and data used / data limit (TC: per calendar month; TD: package size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>data limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the data package renews automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <comment>package auto-renew, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff change locked until this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff lock</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups the SIM belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: advice from NovaConnect about this SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::GlossaryDialog</name>
    <message>
        <source>SIM profile: TD and TC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SIM has one of two profiles, shown as is. The profile decides which operations apply; SimFleet sends an operation only to the SIMs it applies to and says how many it skips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping, SMS, tariff plan and re-add package apply to TD SIMs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data limits (none or per calendar month) apply to TC SIMs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counter NovaConnect keeps for each TC SIM (the MSU column). A SIM that uses up its MSU allowance is blocked by MSU, and that block cannot be lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block codes</source>
        <comment>glossary term</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status of a SIM is its block code: one letter from NovaConnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job and queue</source>
        <comment>glossary term</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation on SIMs is a job. NovaConnect does not change the SIMs while it answers: it puts the job in its queue and returns a queue ID. The Operations page follows every job until each SIM is done, failed or unconfirmed; &quot;sent&quot; means NovaConnect took the request and has no state that could confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External number</source>
        <comment>glossary term</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A further number NovaConnect records for a SIM besides its own number. SimFleet shows it and finds SIMs by it; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number of the SIM card itself, printed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::GroupMembershipDialog</name>
    <message numerus="yes">
        <source>Add %n SIM(s) to %1</source>
        <translation>
            <numerusform>Add %n SIM to %1</numerusform>
            <numerusform>Add %n SIMs to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n SIM(s) from %1</source>
        <translation>
            <numerusform>Remove %n SIM from %1</numerusform>
            <numerusform>Remove %n SIMs from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no groups yet: create one on the Groups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIMs chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: the %Ln SIM(s) are already in %1.</source>
        <translation>
            <numerusform>Nothing to change: the SIM is already in %1.</numerusform>
            <numerusform>Nothing to change: the %Ln SIMs are already in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to change: none of the %Ln SIM(s) is in %1.</source>
        <translation>
            <numerusform>Nothing to change: the SIM is not in %1.</numerusform>
            <numerusform>Nothing to change: none of the %Ln SIMs is in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) join %1; their other groups stay.</source>
        <translation>
            <numerusform>%Ln SIM joins %1; its other groups stay.</numerusform>
            <numerusform>%Ln SIMs join %1; their other groups stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) leave %1; their other groups stay.</source>
        <translation>
            <numerusform>%Ln SIM leaves %1; its other groups stay.</numerusform>
            <numerusform>%Ln SIMs leave %1; their other groups stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This takes %Ln request(s) to NovaConnect: one for each different set of groups the SIMs are in now, since a request gives all its SIMs the same groups.</source>
        <translation>
            <numerusform>This takes %Ln request to NovaConnect: one for each different set of groups the SIMs are in now, since a request gives all its SIMs the same groups.</numerusform>
            <numerusform>This takes %Ln requests to NovaConnect: one for each different set of groups the SIMs are in now, since a request gives all its SIMs the same groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>number of skipped SIMs — why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <comment>SIMs left out of an operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) of the list match no SIM of the loaded fleet and are left out: %1</source>
        <translation>
            <numerusform>%Ln entry of the list matches no SIM of the loaded fleet and is left out: %1</numerusform>
            <numerusform>%Ln entries of the list match no SIM of the loaded fleet and are left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet could not start the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n SIM(s) to a group</source>
        <translation>
            <numerusform>Add %n SIM to a group</numerusform>
            <numerusform>Add %n SIMs to a group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n SIM(s) from a group</source>
        <translation>
            <numerusform>Remove %n SIM from a group</numerusform>
            <numerusform>Remove %n SIMs from a group</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::GroupNameDialog</name>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs can be in several groups. Add SIMs to the group once it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <comment>a group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the group &quot;%1&quot;. Its SIMs stay in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::GroupPicker</name>
    <message numerus="yes">
        <source>%1 of the %Ln selected SIM(s) are in this group. Partly checked, each SIM stays as it is; click to put all of them in it, click again to take all of them out.</source>
        <translation>
            <numerusform>%1 of the %Ln selected SIM is in this group. Partly checked, each SIM stays as it is; click to put all of them in it, click again to take all of them out.</numerusform>
            <numerusform>%1 of the %Ln selected SIMs are in this group. Partly checked, each SIM stays as it is; click to put all of them in it, click again to take all of them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <comment>a group created by this operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New groups (separate names with commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trucks north, Spare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>add new group names to the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::GroupSimsModel</name>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>SIM</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>SIM</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::GroupTableModel</name>
    <message>
        <source>Name</source>
        <comment>group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs</source>
        <comment>number of SIMs in a group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) of the loaded fleet are in this group</source>
        <translation>
            <numerusform>%Ln SIM of the loaded fleet is in this group</numerusform>
            <numerusform>%Ln SIMs of the loaded fleet are in this group</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted: this fleet is too large to load, so SimFleet shows it page by page from NovaConnect (server-side mode). Use &quot;Show in SIM table&quot; to see the group&apos;s SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::GroupsModel</name>
    <message>
        <source>Enter a name for the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group named &quot;%1&quot; already exists. Group names must differ (letter case aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups cannot be changed in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups have not been read yet: refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group is no longer in the list: refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::GroupsPage</name>
    <message numerus="yes">
        <source>The %Ln SIM(s) selected on the SIMs page</source>
        <translation>
            <numerusform>The %Ln SIM selected on the SIMs page</numerusform>
            <numerusform>The %Ln SIMs selected on the SIMs page</numerusform>
        </translation>
    </message>
    <message>
        <source>From a list of ICCIDs, numbers or ids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln SIM(s) selected in the list below</source>
        <translation>
            <numerusform>The %Ln SIM selected in the list below</numerusform>
            <numerusform>The %Ln SIMs selected in the list below</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an administrator to change groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — changing groups needs a connection to NovaConnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached. The groups shown are as last read; creating, renaming, deleting and changing SIMs&apos; groups wait for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the account&apos;s groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group name contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups sort SIMs by site, customer or purpose; a SIM can be in several. Create the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups that administrators create appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected group; its SIMs stay in the fleet and in their other groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SIMs to the selected group; their other groups stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove SIMs from the selected group; their other groups stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group to see its SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs in %1: this fleet is shown page by page from NovaConnect (server-side mode); &quot;Show in SIM table&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) in %1</source>
        <comment>SIMs of a group</comment>
        <translation>
            <numerusform>%Ln SIM in %1</numerusform>
            <numerusform>%Ln SIMs in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;? The SIMs in it stay in the fleet and in their other groups; only this group is taken off them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;? No SIM of the loaded fleet is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the group &quot;%1&quot;? %Ln SIM(s) are in it. The SIMs themselves stay in the fleet and in their other groups; only this group is taken off them.</source>
        <translation>
            <numerusform>Delete the group &quot;%1&quot;? %Ln SIM is in it. The SIM itself stays in the fleet and in its other groups; only this group is taken off it.</numerusform>
            <numerusform>Delete the group &quot;%1&quot;? %Ln SIMs are in it. The SIMs themselves stay in the fleet and in their other groups; only this group is taken off them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter groups by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <comment>a group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <comment>a group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;SIMs…</source>
        <comment>to a group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove S&amp;IMs…</source>
        <comment>from a group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the groups again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in SIM table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SIMs page filtered by this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups page, in the list: delete the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups page, in the list: rename the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs in the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::HomeCard</name>
    <message>
        <source>Offline: shown as read at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::HomePage</name>
    <message>
        <source>Home</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ImportSelectionDialog</name>
    <message>
        <source>Load a list of SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of SIMs (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) matched no SIM:</source>
        <comment>not found entries</comment>
        <translation>
            <numerusform>%Ln entry matched no SIM:</numerusform>
            <numerusform>%Ln entries matched no SIM:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) selected.</source>
        <comment>after selecting from a list</comment>
        <translation>
            <numerusform>%Ln SIM selected.</numerusform>
            <numerusform>%Ln SIMs selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching SIM(s) are hidden by the current filter.</source>
        <translation>
            <numerusform>%Ln matching SIM is hidden by the current filter.</numerusform>
            <numerusform>%Ln matching SIMs are hidden by the current filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select SIMs from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste ICCIDs or phone numbers — one per line, or separated by commas, semicolons or spaces — or load a .txt or .csv file. A CSV with a header row (such as SimFleet&apos;s export) is read by its ICCID, number and id columns. SIM ids are matched only from an id column or written as id:1042.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8997012345678901234
+7 701 123-45-67
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <comment>select SIMs in the table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter and select them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::InlineBanner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::Invocation</name>
    <message numerus="yes">
        <source>Warning: %n record(s) in the server&apos;s answer could not be read and were left out.</source>
        <translation>
            <numerusform>Warning: %n record in the server&apos;s answer could not be read and was left out.</numerusform>
            <numerusform>Warning: %n records in the server&apos;s answer could not be read and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::InvoicePreviewPane</name>
    <message>
        <source>The invoice is not a PDF file SimFleet can show.</source>
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
    <message>
        <source>Fit the page to the width of the pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bill to see its invoice here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::JobDetailsPanel</name>
    <message>
        <source>All SIMs of the job (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed SIMs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped SIMs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed SIMs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs of unknown outcome (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <comment>filter of SIM outcomes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select these SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select SIMs of this job on the SIMs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what became of each SIM of this job as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <comment>job number and operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see what became of each SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NovaConnect gave no clear answer for %n SIM(s) and this operation cannot be checked: they may already have received it. Asks before sending it again.</source>
        <translation>
            <numerusform>NovaConnect gave no clear answer for %n SIM and this operation cannot be checked: it may already have received it. Asks before sending it again.</numerusform>
            <numerusform>NovaConnect gave no clear answer for %n SIMs and this operation cannot be checked: they may already have received it. Asks before sending it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry failed (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are not allowed in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is still being sent; failed SIMs can be retried when it has been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect reported these SIMs as failed after queueing them; only SIMs whose request was refused can be sent again. Start a new operation for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIM of this job failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send the operation again to the %n failed SIM(s) only</source>
        <translation>
            <numerusform>Send the operation again to the %n failed SIM only</numerusform>
            <numerusform>Send the operation again to the %n failed SIMs only</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed SIMs were not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>NovaConnect gave no clear answer when %n SIM(s) of this job were sent &quot;%1&quot;, and SimFleet cannot check whether it was carried out.</source>
        <translation>
            <numerusform>NovaConnect gave no clear answer when %n SIM of this job was sent &quot;%1&quot;, and SimFleet cannot check whether it was carried out.</numerusform>
            <numerusform>NovaConnect gave no clear answer when %n SIMs of this job were sent &quot;%1&quot;, and SimFleet cannot check whether it was carried out.</numerusform>
        </translation>
    </message>
    <message>
        <source>NovaConnect may already have queued it. If so, these SIMs receive the operation twice: an SMS is delivered and charged twice, a disconnect or reconnect happens twice. Send again only if you know it did not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIMs were not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job-%1</source>
        <comment>default export file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::JobListModel</name>
    <message>
        <source>%1%</source>
        <comment>progress percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>operation: its parameters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: the job finished before this version of SimFleet kept the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <comment>job column: how many SIMs were sent, skipped, failed...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <comment>job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>job column: when the job finished</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>job column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <comment>who started the job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <comment>job state and its progress, e.g. In progress 42%</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data limit: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data limit: %1 MB per calendar month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package size: %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worldwide roaming on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worldwide roaming off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>join %n group(s)</source>
        <translation>
            <numerusform>join %n group</numerusform>
            <numerusform>join %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leave %n group(s)</source>
        <translation>
            <numerusform>leave %n group</numerusform>
            <numerusform>leave %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing group(s)</source>
        <translation>
            <numerusform>%n existing group</numerusform>
            <numerusform>%n existing groups</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up packet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first top-up packet of each SIM&apos;s tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: internet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::JobSimsModel</name>
    <message>
        <source>NovaConnect&apos;s code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <comment>phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>SIM name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>what became of the SIM in a job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <comment>the numbered request (chunk) of a job that carried the SIM</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::JobsIndicator</name>
    <message>
        <source>Jobs: %L1</source>
        <comment>running bulk jobs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n SIM(s): %2%</source>
        <comment>operation, SIM count: progress</comment>
        <translation>
            <numerusform>%1, %n SIM: %2%</numerusform>
            <numerusform>%1, %n SIMs: %2%</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs: done</source>
        <comment>all bulk jobs finished</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs: %1</source>
        <comment>the newest job&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is running. Show the Operations page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::JobsPanel</name>
    <message>
        <source>No operations yet. Select SIMs on the SIMs page and choose an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations yet. Operations that administrators of this account start in SimFleet on this computer appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::KeyboardShortcutsDialog</name>
    <message>
        <source>%1 → %2</source>
        <comment>menu → menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next / previous control (Tab leaves the SIM table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the context menu of the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the search field: go to the SIM table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SIM table: select every SIM shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SIM table: rename the SIM (when you may change SIMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a saved filter: apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that work in SimFleet. Menu items can also be reached with Alt and the underlined letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <comment>what a shortcut does</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search or filter field of the page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a search or filter field: clear it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::MainWindow</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the %1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>window title: company — application</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Operations page: bulk jobs and the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every key SimFleet understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What MSU, the TD and TC profiles, block codes and the job queue mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SimFleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language; change it in View → Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SimFleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SimFleet %1&lt;/h3&gt;&lt;p&gt;A desktop workspace for fleets of IoT SIM cards on the NovaConnect API.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::NotificationsCard</name>
    <message>
        <source>No account notifications yet. To receive them (SIMs blocked or out of data, new and unpaid bills), turn on the listener in Preferences → Operations and set the notification address shown there in the NovaConnect web cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a notification to see it on the Notifications page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::NotificationsController</name>
    <message>
        <source>All SIMs are blocked: a bill is unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect blocked every SIM of the account because a bill is unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect blocked every SIM of the account because bill %1 is unpaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web cabinet and the API are restricted too, so SimFleet may fail to load or change data. Pay the bill to have the SIMs unblocked; Open Bills shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not send the notification: its emulator or listener is not running. Restart the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an account notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs blocked by MSU (msu_lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data package used up (package_empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bill (generate_bill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid bill: reminder (unpaid_bill_3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid bill: second reminder (unpaid_bill_5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid bill: all SIMs blocked (unpaid_bill_6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::NotificationsModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a notifications list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of account notifications in %1 could not be read (%2). New notifications start a new list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of an account notification was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of account notifications could not be stored in %1 (%2); it is kept until SimFleet quits. Check the disk space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs blocked by MSU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data package used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid bill: reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid bill: second reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid bill: all SIMs blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs were blocked by the MSU limit; the notification named none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs blocked by the MSU limit (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs used up their data package; the notification named none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs out of data (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet does not know this kind of notification; it is listed as it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill is unpaid: all SIMs are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification named no bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 for %2 issued, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 for %2 is unpaid (%3): all SIMs are blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1 for %2 is unpaid, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <comment>navigation, unread count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every notification from the list? Files they saved stay in their folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file the selected notification carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder the file was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the notification&apos;s SIMs on the SIMs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notification&apos;s bill on the Bills page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every notification from the list (saved files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect can tell SimFleet when SIMs are blocked or run out of data and when a bill is issued or unpaid. To receive these notifications, turn on the listener in Preferences → Operations and set the notification address shown there in the NovaConnect web cabinet. Files they carry are saved into the bills folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::OperationParamsEditor</name>
    <message>
        <source>Wait until the groups are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check or uncheck a group first: nothing changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected SIMs have different data limits: choose the limit type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package size: the selected SIMs have different ones, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the package renews itself: the selected SIMs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMS holds at most %1 characters; the text was cut to fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>SMS characters used / allowed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking stops data and calls on these SIMs until they are unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking lets these SIMs use data and calls again. A SIM blocked by its MSU limit (code m) cannot be unblocked: such SIMs are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect carries out a reconnect as a disconnect from the network: each SIM&apos;s session is ended and the SIM reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting ends each SIM&apos;s current network session. The SIM reconnects by itself when it next needs the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect pings each SIM to check that it answers on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is sent to each SIM as one SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data limit blocks a SIM&apos;s data once it has used the given amount in a calendar month. &quot;Off&quot; removes the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the data package of each SIM&apos;s tariff plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the tariff plan&apos;s data package to each SIM again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: every selected SIM is in the group. Unchecked: none is. Partly checked: the group is kept by the SIMs in it now and not added to the others. The list starts as the SIMs are now; only what you change is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <comment>data limit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar month</source>
        <comment>data limit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <comment>data limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew the package when it is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worldwide roaming (TD_Mega)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly checked: each SIM keeps its roaming setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly checked: the selected SIMs differ; check or uncheck to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tariff the SIMs move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tariff cannot start before %1: choose that day or a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks one service (internet, SMS or calls) on each SIM; the others keep working. One request is sent per SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows one service (internet, SMS or calls) on each SIM again. One request is sent per SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A financial block stops each SIM until it is lifted. One request is sent per SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifts the financial block of each SIM. One request is sent per SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each SIM moves to the chosen tariff on the chosen day. One request is sent per SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a top-up packet to each SIM&apos;s tariff. One request is sent per SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator sends each SIM&apos;s subscriber an SMS about their calls or internet packet. One request is sent per SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first top-up of each SIM&apos;s tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tariff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>top-up name — its MB, price and tariff</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s tariffs are not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the operator&apos;s tariffs are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s tariffs could not be read, so none can be chosen. Close this dialog and try again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This top-up belongs to the tariff %1, and %n of the selected SIM(s) are on another tariff: choose the first top-up of each SIM&apos;s tariff, or select only SIMs on %1.</source>
        <translation>
            <numerusform>This top-up belongs to the tariff %1, and %n of the selected SIM are on another tariff: choose the first top-up of each SIM&apos;s tariff, or select only SIMs on %1.</numerusform>
            <numerusform>This top-up belongs to the tariff %1, and %n of the selected SIMs are on another tariff: choose the first top-up of each SIM&apos;s tariff, or select only SIMs on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a top-up from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet</source>
        <comment>service</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <comment>service</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>service</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;tariff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <comment>the first day of the new tariff</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the new tariff, in the operator&apos;s calendar. Today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <comment>what the informational SMS is about</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the SMS is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>informational SMS about</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet packet</source>
        <comment>informational SMS about</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::OperationsController</name>
    <message>
        <source>SimFleet could not start listening for the provider&apos;s progress reports. Job progress will come from re-reading the SIMs instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet could not listen for the provider&apos;s progress reports on port %1 (another program may be using it). Choose another port in Preferences → Operations; until then job progress comes from re-reading the SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal of bulk operations could not be opened: %1 Operations are disabled until it can be; check the disk space and permissions of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the job for %n SIM(s) was sent to the provider. Follow it on the Operations page (Ctrl+J).</source>
        <translation>
            <numerusform>%1: the job for %n SIM was sent to the provider. Follow it on the Operations page (Ctrl+J).</numerusform>
            <numerusform>%1: the job for %n SIMs was sent to the provider. Follow it on the Operations page (Ctrl+J).</numerusform>
        </translation>
    </message>
    <message>
        <source>Job finished: %1</source>
        <comment>a bulk job; %1 is the operation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs are still being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bulk job(s) are still being sent to NovaConnect.</source>
        <translation>
            <numerusform>%n bulk job is still being sent to NovaConnect.</numerusform>
            <numerusform>%n bulk jobs are still being sent to NovaConnect.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you leave now, the parts not yet sent are not sent: when this account is opened again they are marked failed, and &quot;Retry failed&quot; on the Operations page sends them. The parts on their way right now may or may not reach NovaConnect: their outcome is unknown. For block, unblock, limits, tariffs and groups SimFleet checks the SIMs and offers again only those not changed in time; other operations are not sent again unless you choose &quot;Send again anyway&quot;, and then may arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) can view this account but not change it. Ask a company administrator for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk operations are disabled: their journal could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::OperationsPage</name>
    <message>
        <source>Operations</source>
        <comment>navigation: the page of bulk jobs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <comment>tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <comment>tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs are read-only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::PasswordChangeForm</name>
    <message>
        <source>The password was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one the next time you sign in to the web cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pass&amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passwords as you type them, or hide them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the current and the new password to NovaConnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::PasswordField</name>
    <message>
        <source>Hide</source>
        <comment>password</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>password</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::PreferencesDialog</name>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> SIMs</source>
        <comment>after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive job progress from the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <comment>mebibytes, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <comment>automatic refresh</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hooks.example.com/simfleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for one answer from the server, and how many requests may be under way at once. An answer (or a downloaded file) larger than its limit, or one that takes longer in all than the time limit, is stopped and nothing of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest download:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger pages and more of them in parallel load a large fleet faster but put more load on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages loaded in parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloads the fleet in the background at this interval. Off: the fleet is refreshed only on request (View → Refresh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fleets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleets with more SIMs than this are filtered, sorted and paged by the server instead of being loaded whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-side threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report days and bill dates are the provider&apos;s calendar days, each beginning at midnight in this time zone. simfleet-cli uses it for this account when no other zone is given on its command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet re-reads the SIMs until each shows the requested state. A SIM still not confirmed after this time is marked &quot;Unconfirmed&quot; instead of done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up confirming after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, SimFleet listens on this computer (127.0.0.1 only) for the provider&apos;s progress reports. The provider reaches it only through a public address that you forward to this port; without one, progress comes from re-reading the SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address cannot have a query (?…) or a fragment (#…): SimFleet adds its own path to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting belongs to the account at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider&apos;s time zone from the list, for example Asia/Almaty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not know the time zone &quot;%1&quot;. Choose one from the list, for example Asia/Almaty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener answers on the path %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider will be asked to report to %1 — forward it to this computer&apos;s listener port, path %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account notifications (unpaid bills, SIMs out of data) arrive on the path %1: set the public address of this path as the notification address in the NovaConnect web cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For account notifications (unpaid bills, SIMs out of data) set %1 as the notification address in the NovaConnect web cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours of SimFleet&apos;s windows, applied when you save. System takes the desktop&apos;s colours where it provides them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per second</source>
        <comment>requests, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request per SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider without a queue gets one request per SIM, at most this many a second and under way at once. When it asks SimFleet to slow down, sending pauses and goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several SIMs per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider with a queue (NovaConnect) gets a bulk operation in requests of at most this many SIMs. A request that fails can be retried alone from the Operations page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ProfileDetailsForm</name>
    <message>
        <source>Nothing changed: there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changed name and email to NovaConnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As an administrator you can change the company&apos;s SIMs, groups and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can view the company&apos;s data but not change it. Your own details and password you can always change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number is changed by a company administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role is set by a company administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;do changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your details as they are saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ProfilePage</name>
    <message>
        <source>My profile</source>
        <comment>navigation: the signed-in user&apos;s own profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details as NovaConnect knows them. What you change here applies to the web cabinet as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is shown once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached, so your profile cannot be shown. Check your connection, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ProviderDetailsSection</name>
    <message>
        <source>Provider details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ReportCharts</name>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Top %n SIM(s) by traffic</source>
        <translation>
            <numerusform>Top %n SIM by traffic</numerusform>
            <numerusform>Top %n SIMs by traffic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %n SIM(s) by cost</source>
        <translation>
            <numerusform>Top %n SIM by cost</numerusform>
            <numerusform>Top %n SIMs by cost</numerusform>
        </translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions by hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS &amp; calls per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× the SIM&apos;s median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day counts as an anomaly when the SIM&apos;s traffic that day is at least this many times its median day in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and at least this much traffic that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the report to see its charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no rows in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost, EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, ICCID %3)
Traffic %4, cost %5
Click to open the SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %n session(s), cost %3</source>
        <translation>
            <numerusform>%1: %2 in %n session, cost %3</numerusform>
            <numerusform>%1: %2 in %n sessions, cost %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour of day (this computer&apos;s time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1:00–%1:59: %n session(s)</source>
        <translation>
            <numerusform>%1:00–%1:59: %n session</numerusform>
            <numerusform>%1:00–%1:59: %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no traffic on most days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the SIM on the SIMs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No anomalies: no SIM used at least %1× its median day and %2 on one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All other SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Traffic per day, top %n SIM(s) stacked</source>
        <translation>
            <numerusform>Traffic per day, top %n SIM stacked</numerusform>
            <numerusform>Traffic per day, top %n SIMs stacked</numerusform>
        </translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what is shown as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Traffic %2
Click to open the SIM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ReportsModel</name>
    <message>
        <source>SIM name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCC+MNC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first and the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator data arrives a day late: the last complete day is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to NovaConnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming SMS</source>
        <translation>
            <numerusform>%n incoming SMS</numerusform>
            <numerusform>%n incoming SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing SMS</source>
        <translation>
            <numerusform>%n outgoing SMS</numerusform>
            <numerusform>%n outgoing SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n USSD</source>
        <translation>
            <numerusform>%n USSD</numerusform>
            <numerusform>%n USSD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s)</source>
        <translation>
            <numerusform>%n SIM</numerusform>
            <numerusform>%n SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>traffic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS &amp; calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::ReportsPage</name>
    <message>
        <source>Reports</source>
        <comment>navigation: the page of traffic and usage reports</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <comment>first day of a report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <comment>last day of a report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the report, a day of NovaConnect&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the report; today is not complete yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIMs:</source>
        <comment>which SIMs a report covers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs selected on the SIMs page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the report from NovaConnect (F5 runs it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the report (Esc in the status bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator data arrives a day late: the last complete day is %1. Days are NovaConnect&apos;s calendar days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by SIM, number, ICCID, country, operator or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as shown (filter and order) as CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIMs are selected on the SIMs page. Select SIMs there, or choose all SIMs or groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to read reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to read the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read so far.</source>
        <translation>
            <numerusform>%n row read so far.</numerusform>
            <numerusform>%n rows read so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report, the days and the SIMs, then Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports read NovaConnect&apos;s usage records; they change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was used in these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report for %1 – %2 has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows match &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 – %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n row saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;INN:</source>
        <comment>a company&apos;s taxpayer number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the SIMs of the company with this INN (10 or 12 digits); empty for every company of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the days and the SIMs, then Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage report reads the internet records of %1; it changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet usage records of %1: one row per SIM and day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the usage records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the usage records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the usage records from %1 (F5 runs them again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIMs are selected on the SIMs page. Select SIMs there, or choose all SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage report covers all SIMs or the SIMs selected on the SIMs page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked below them, then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SavedFiltersBar</name>
    <message>
        <source>Apply the saved filter &quot;%1&quot; (right-click to rename or delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved filter named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>saved filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::Session</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <comment>role code of a user who may only view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <comment>role code of an administrator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full access (the provider has no roles)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SessionStatusWidget</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role can view everything but not change anything. Blocking, limits, tariffs and other changes need an Administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SignInDialog</name>
    <message>
        <source>Hide</source>
        <comment>hide the token again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>show the hidden token</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — SimFleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to NovaConnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet works with your NovaConnect account through an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to get a token:&lt;/b&gt; in the NovaConnect web cabinet open &lt;i&gt;My profile → Access tokens&lt;/i&gt; and create one. An administrator&apos;s token can change SIMs; other roles can only view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account — SimFleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a NovaConnect account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access token — SimFleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on screen and your jobs stay as they are. The old token is replaced only once the new one works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent once to get a token; never kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimFleet signs in to the second operator with your login and password, gets an access token for them and keeps only the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the second operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second-operator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…/api/v2 (ask the operator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The password is never stored:&lt;/b&gt; it is sent once to get a token. The operator has no roles, so its token can change SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SignInFlow</name>
    <message>
        <source>Token not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered access token belongs to another API address, so it was not sent to %1. Enter the access token for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: a token you enter is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the access token is kept for this session only. You will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token could not be saved in the system keychain (%1). It is kept for this session only; you will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider no longer accepts this account&apos;s access token, so nothing can be loaded or changed. What is on screen is as last read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimActions</name>
    <message>
        <source>Sign in as an administrator to change SIMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — operations need a connection to NovaConnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations are not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more SIMs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — renaming needs a connection to NovaConnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIM is being renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one SIM to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIM was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <comment>verb: block SIMs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <comment>verb: unblock SIMs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;econnect</source>
        <comment>verb: reconnect SIMs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <comment>verb: disconnect SIMs from the network</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ping</source>
        <comment>verb: ping SIMs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tariff…</source>
        <comment>change the tariff plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;add package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <comment>rename one SIM</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add t&amp;o group…</source>
        <comment>add SIMs to a group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from group…</source>
        <comment>remove SIMs from a group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — operations need a connection to the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block a ser&amp;vice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbloc&amp;k a service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Financial block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the financial bl&amp;ock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tariff from a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a top-&amp;up packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational &amp;SMS…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimDetailsPane</name>
    <message>
        <source>%1 (%2 %)</source>
        <comment>data used / data limit (percent used)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not locked</source>
        <comment>tariff change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advice from NovaConnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) selected — showing the current one</source>
        <translation>
            <numerusform>%Ln SIM selected — showing the current one</numerusform>
            <numerusform>%Ln SIMs selected — showing the current one</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a SIM to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <comment>phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used:</source>
        <comment>data</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package auto-renew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff change locked until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect&apos;s advice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the external number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIM&apos;s MSU allowance (TC profile only). A SIM that uses it up is blocked by MSU, and that block cannot be lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile decides which operations apply to the SIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the SIM is reachable at from outside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimIdentityActions</name>
    <message>
        <source>Select one SIM first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vate a SIM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the &amp;number to a SIM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap the SIM…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimIdentityChange</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 → SIM %2, tariff %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 → SIM %2, with call forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 → SIM %2, without call forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1: SIM %2 → SIM %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimIdentityDialog</name>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new SIM gets a number and a tariff. Give the SIM&apos;s ICCID or IMSI (printed on the card) and the number to bind to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the number to a SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binds the number to the SIM with this ICCID or IMSI, with call forwarding allowed or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the SIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number moves to a new SIM; the current one stops working. Give the new SIM&apos;s ICCID or IMSI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current ICCID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;ICCID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ICCID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New I&amp;MSI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;MSI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tariff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow call &amp;forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 to 22 digits; or give the IMSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 digits; or give the ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimNameEditor</name>
    <message>
        <source>Change this SIM&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the name in NovaConnect…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimTableArea</name>
    <message>
        <source>No SIMs match this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SIMs in this account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM cards appear here as soon as NovaConnect assigns them to your company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM cards appear here as soon as the operator assigns them to your company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimTableView</name>
    <message>
        <source>Select one or more SIMs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy ICCIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM table: copy the ICCIDs of the selected SIMs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimsExportController</name>
    <message numerus="yes">
        <source>Export the %Ln shown SIM(s)…</source>
        <comment>export the filtered set</comment>
        <translation>
            <numerusform>Export the %Ln shown SIM…</numerusform>
            <numerusform>Export the %Ln shown SIMs…</numerusform>
        </translation>
    </message>
    <message>
        <source>No SIMs are shown: change or clear the filter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln selected SIM(s)…</source>
        <comment>export the selection</comment>
        <translation>
            <numerusform>Export the %Ln selected SIM…</numerusform>
            <numerusform>Export the %Ln selected SIMs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more SIMs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, comma-separated, decimal point (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Russian Excel, semicolon-separated, decimal comma (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, ICCIDs and numbers as text (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln SIM(s)…</source>
        <translation>
            <numerusform>Exporting %Ln SIM…</numerusform>
            <numerusform>Exporting %Ln SIMs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln SIM(s) exported to %1</source>
        <translation>
            <numerusform>%Ln SIM exported to %1</numerusform>
            <numerusform>%Ln SIMs exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <comment>verb</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown or the selected SIMs as CSV (plain text, comma or semicolon) or as an Excel workbook, which keeps ICCIDs and numbers as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimsPage</name>
    <message>
        <source>SIMs</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading SIMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fleet is too large to keep on this computer: NovaConnect filters it, and NovaConnect cannot filter by this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMs page: select every SIM the filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the SIMs asked for are no longer in the fleet and could not be selected.</source>
        <translation>
            <numerusform>%n of the SIMs asked for is no longer in the fleet and could not be selected.</numerusform>
            <numerusform>%n of the SIMs asked for are no longer in the fleet and could not be selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>SIMs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::SimsToolbar</name>
    <message>
        <source>Loading SIMs… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading SIMs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the SIM list from NovaConnect (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every SIM the filter shows (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select from list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select SIMs by a pasted or imported list of ICCIDs, numbers or ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available while NovaConnect filters this very large fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <comment>show or hide the details pane</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details of the current SIM beside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the SIM list from the operator (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::TariffCatalog</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>tariff name — its MB and price</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::TechnicalColumns</name>
    <message>
        <source>A technical column, for questions to NovaConnect&apos;s support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::TokenStore</name>
    <message numerus="yes">
        <source>No keychain service answered within %n second(s).</source>
        <translation>
            <numerusform>No keychain service answered within %n second.</numerusform>
            <numerusform>No keychain service answered within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simfleet::TranscriptPreviewPane</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows on the sheet &quot;%1&quot; match &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the rows of every sheet that contain the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this transcript (XLSX) into the download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bill selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bill to see its transcript here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it to open it in a spreadsheet program, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect sent a workbook without sheets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::TranscriptSheetModel</name>
    <message>
        <source>TRUE</source>
        <comment>a spreadsheet&apos;s boolean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FALSE</source>
        <comment>a spreadsheet&apos;s boolean</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::UsageReport</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic, MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
An anomaly: at least %2× this SIM&apos;s median day in the period and at least %3. The Anomalies chart lists them, with thresholds you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator did not say how many sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SIM(s)</source>
        <translation>
            <numerusform>%n SIM</numerusform>
            <numerusform>%n SIMs</numerusform>
        </translation>
    </message>
    <message>
        <source>traffic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anomalous day(s)</source>
        <translation>
            <numerusform>%n anomalous day</numerusform>
            <numerusform>%n anomalous days</numerusform>
        </translation>
    </message>
    <message>
        <source>Internet usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::UserDialog</name>
    <message>
        <source>(no role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the details of %1. Only what you change is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user to the company. First name, last name, email and phone are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty and NovaConnect generates a password; send the sign-in details by email so the user learns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send the sign-in details by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::UsersModel</name>
    <message>
        <source>Administrator</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <comment>role: may only view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May view and change everything of the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role given: read-only in SimFleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May only view (role code &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>user is active</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>user is deactivated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself. Another administrator can remove your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself. Another administrator can deactivate your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own password, role and active state cannot be changed here. Change your password on the My profile page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to NovaConnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is no longer in the list. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simfleet::UsersPage</name>
    <message>
        <source>Users</source>
        <comment>navigation: the page of the company&apos;s users</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, email, phone or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the users whose name, email, phone, role or state contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the users from NovaConnect again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to change users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — changing users needs a connection to NovaConnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the company&apos;s users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not see the company&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect lists no users for this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users match &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NovaConnect cannot be reached; the list is as of %1. Changes need a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 of %n user</numerusform>
            <numerusform>%1 of %n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected user&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <comment>user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected user sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected user from signing in; the user is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can no longer sign in to NovaConnect, and NovaConnect forgets them. This cannot be undone; to stop someone signing in for a while, deactivate them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users page, in the list: remove the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
