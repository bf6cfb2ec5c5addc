<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>CapacityAssessment</name>
    <message>
        <source>Assessment date</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>Target score</translation>
    </message>
    <message>
        <source>The target score (%1) is below the score (%2).</source>
        <translation>The target score (%1) is below the score (%2).</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>0 absent</source>
        <translation>0 absent</translation>
    </message>
    <message>
        <source>1 ad hoc</source>
        <translation>1 ad hoc</translation>
    </message>
    <message>
        <source>2 developing</source>
        <translation>2 developing</translation>
    </message>
    <message>
        <source>3 established</source>
        <translation>3 established</translation>
    </message>
    <message>
        <source>4 institutionalised</source>
        <translation>4 institutionalised</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>CapacityRadar</name>
    <message>
        <source>Capacity on the 0-4 scale: baseline, current and target</source>
        <translation>Capacity on the 0-4 scale: baseline, current and target</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>%1
Baseline %2, current %3, target %4 (0-4)
Click to open the capacity assessment.</source>
        <translation>%1
Baseline %2, current %3, target %4 (0-4)
Click to open the capacity assessment.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>&amp;Save Chart As…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>the size must be from 100 to 10,000.</source>
        <translation>the size must be from 100 to 10,000.</translation>
    </message>
    <message>
        <source>the image could not be encoded.</source>
        <translation>the image could not be encoded.</translation>
    </message>
    <message>
        <source>the PDF could not be made.</source>
        <translation>the PDF could not be made.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Save Chart</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Width:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Height:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Plans international capacity-building interventions through the five LEOP stages.</source>
        <translation>Plans international capacity-building interventions through the five LEOP stages.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation>Open the database file &lt;path&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Open a fresh copy of the fictional demo database.</source>
        <translation>Open a fresh copy of the fictional demo database.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Use --database PATH to open a file.</source>
        <translation>Unexpected argument: %1. Use --database PATH to open a file.</translation>
    </message>
    <message>
        <source>Use either --demo or --database, not both.</source>
        <translation>Use either --demo or --database, not both.</translation>
    </message>
    <message>
        <source> (upgraded to format %1 when next opened)</source>
        <translation> (upgraded to format %1 when next opened)</translation>
    </message>
    <message>
        <source>Check the database &lt;path&gt; without opening a window or writing anything; print a one-line verdict and exit with 0 when it is sound, 1 damaged, 2 not an Intervention Planner database, 3 from a newer version, 4 cannot be read, 5 in use or locked, 6 empty, 7 sound with a stray -wal or -journal beside it (64: wrong arguments).</source>
        <translation>Check the database &lt;path&gt; without opening a window or writing anything; print a one-line verdict and exit with 0 when it is sound, 1 damaged, 2 not an Intervention Planner database, 3 from a newer version, 4 cannot be read, 5 in use or locked, 6 empty, 7 sound with a stray -wal or -journal beside it (64: wrong arguments).</translation>
    </message>
    <message>
        <source>IN USE: %1 is open in Intervention Planner (%2); check it once it is closed there.</source>
        <translation>IN USE: %1 is open in Intervention Planner (%2); check it once it is closed there.</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <source>NOT OURS</source>
        <translation>NOT OURS</translation>
    </message>
    <message>
        <source>NEWER VERSION</source>
        <translation>NEWER VERSION</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>LOCKED</translation>
    </message>
    <message>
        <source>EMPTY</source>
        <translation>EMPTY</translation>
    </message>
    <message>
        <source>STRAY JOURNAL</source>
        <translation>STRAY JOURNAL</translation>
    </message>
    <message>
        <source>CANNOT READ</source>
        <translation>CANNOT READ</translation>
    </message>
    <message>
        <source> Its -wal holds changes not yet in the file; they are folded in when it is next opened.</source>
        <translation> Its -wal holds changes not yet in the file; they are folded in when it is next opened.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mission(s)</source>
        <translation><numerusform>%n mission</numerusform><numerusform>%n missions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation><numerusform>%n stakeholder</numerusform><numerusform>%n stakeholders</numerusform></translation>
    </message>
    <message>
        <source>OK: %1 passed the integrity check; data format %2%3; it holds %4.%5</source>
        <translation>OK: %1 passed the integrity check; data format %2%3; it holds %4.%5</translation>
    </message>
    <message>
        <source>Seal every record of the --database into the field package &lt;file&gt; (with --passphrase-file), and exit.</source>
        <translation>Seal every record of the --database into the field package &lt;file&gt; (with --passphrase-file), and exit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Import the field package &lt;file&gt; into the --database (created when it does not exist), and exit: 0 imported, 1 refused, 3 records that differ on both sides (nothing is written unless all of it can be).</source>
        <translation>Import the field package &lt;file&gt; into the --database (created when it does not exist), and exit: 0 imported, 1 refused, 3 records that differ on both sides (nothing is written unless all of it can be).</translation>
    </message>
    <message>
        <source>Read the package's passphrase from the first line of &lt;file&gt;.</source>
        <translation>Read the package's passphrase from the first line of &lt;file&gt;.</translation>
    </message>
    <message>
        <source>With --import-package: print what would change, as JSON, and write nothing.</source>
        <translation>With --import-package: print what would change, as JSON, and write nothing.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>The passphrase file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>Sealed every record of %1 into %2.</source>
        <translation>Sealed every record of %1 into %2.</translation>
    </message>
    <message>
        <source>Unlock the database's key pair with the first line of &lt;file&gt;: to sign a package, or to open one sealed to this database.</source>
        <translation>Unlock the database's key pair with the first line of &lt;file&gt;: to sign a package, or to open one sealed to this database.</translation>
    </message>
    <message>
        <source>With --export-package: seal the package to the public key in &lt;keyfile&gt; (repeat for several) and sign it, instead of using a passphrase.</source>
        <translation>With --export-package: seal the package to the public key in &lt;keyfile&gt; (repeat for several) and sign it, instead of using a passphrase.</translation>
    </message>
    <message>
        <source>keyfile</source>
        <translation>keyfile</translation>
    </message>
    <message>
        <source>With --import-package: accept a package signed by the key with this &lt;fingerprint&gt;, not yet known, once you have checked it with its sender; it joins the address book.</source>
        <translation>With --import-package: accept a package signed by the key with this &lt;fingerprint&gt;, not yet known, once you have checked it with its sender; it joins the address book.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>Make the --database's key pair (the database is created when it does not exist), its secret half sealed with --key-passphrase-file; print its fingerprint, and exit.</source>
        <translation>Make the --database's key pair (the database is created when it does not exist), its secret half sealed with --key-passphrase-file; print its fingerprint, and exit.</translation>
    </message>
    <message>
        <source>Write the --database's public key to &lt;file&gt;, to hand to the peers that will send it packages, and exit.</source>
        <translation>Write the --database's public key to &lt;file&gt;, to hand to the peers that will send it packages, and exit.</translation>
    </message>
    <message>
        <source>With --export-public-key: the name the key file carries.</source>
        <translation>With --export-public-key: the name the key file carries.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Revoke the known peer with this &lt;fingerprint&gt; (a lost laptop): packages it signs are refused from then on. Exit.</source>
        <translation>Revoke the known peer with this &lt;fingerprint&gt; (a lost laptop): packages it signs are refused from then on. Exit.</translation>
    </message>
    <message>
        <source>A field package needs --passphrase-file FILE, or --recipient KEYFILE with --key-passphrase-file FILE (to import one sealed to this database: --key-passphrase-file FILE).</source>
        <translation>A field package needs --passphrase-file FILE, or --recipient KEYFILE with --key-passphrase-file FILE (to import one sealed to this database: --key-passphrase-file FILE).</translation>
    </message>
    <message>
        <source>--generate-key needs --key-passphrase-file FILE.</source>
        <translation>--generate-key needs --key-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Name the database with --database PATH.</source>
        <translation>Name the database with --database PATH.</translation>
    </message>
    <message>
        <source>The package is signed by %1 (%2), whose key was revoked: it is refused, and nothing was written.</source>
        <translation>The package is signed by %1 (%2), whose key was revoked: it is refused, and nothing was written.</translation>
    </message>
    <message>
        <source>The package is signed by a key this database does not know yet, with the fingerprint %1. Check it with its sender (by phone or in person), then import again with --trust "%1". Nothing was written.</source>
        <translation>The package is signed by a key this database does not know yet, with the fingerprint %1. Check it with its sender (by phone or in person), then import again with --trust "%1". Nothing was written.</translation>
    </message>
    <message>
        <source>Key pair made; its fingerprint is %1.</source>
        <translation>Key pair made; its fingerprint is %1.</translation>
    </message>
    <message>
        <source>This database has no key pair yet: make one with --generate-key.</source>
        <translation>This database has no key pair yet: make one with --generate-key.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Public key %1 written to %2.</source>
        <translation>Public key %1 written to %2.</translation>
    </message>
    <message>
        <source>Revoked %1: packages it signs are refused from now on.</source>
        <translation>Revoked %1: packages it signs are refused from now on.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and in the package. Decide them in Intervention Planner (File › Import Field Package); nothing was written.</source>
        <translation><numerusform>%n record was changed both here and in the package. Decide it in Intervention Planner (File › Import Field Package); nothing was written.</numerusform><numerusform>%n records were changed both here and in the package. Decide them in Intervention Planner (File › Import Field Package); nothing was written.</numerusform></translation>
    </message>
    <message>
        <source>Already imported: this package was taken in before; nothing changed.</source>
        <translation>Already imported: this package was taken in before; nothing changed.</translation>
    </message>
    <message>
        <source>Every record of the package is here, unchanged.</source>
        <translation>Every record of the package is here, unchanged.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 new records, %3 updated.</source>
        <translation>Imported into %1: %2 new records, %3 updated.</translation>
    </message>
    <message>
        <source>With --export-package: only the missions with these comma-separated &lt;codes&gt;, with their stakeholders and everything else they need (the default is every record, portfolio-level risks included).</source>
        <translation>With --export-package: only the missions with these comma-separated &lt;codes&gt;, with their stakeholders and everything else they need (the default is every record, portfolio-level risks included).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>With --export-package: a handover to another organisation, without contact details, ratings, attitudes, notes, accounts of engagements, protected names or field history; each is marked as withheld, so that an import never blanks real data.</source>
        <translation>With --export-package: a handover to another organisation, without contact details, ratings, attitudes, notes, accounts of engagements, protected names or field history; each is marked as withheld, so that an import never blanks real data.</translation>
    </message>
    <message>
        <source>--missions and --redacted go with --export-package.</source>
        <translation>--missions and --redacted go with --export-package.</translation>
    </message>
    <message>
        <source>--missions needs at least one mission code, such as --missions HR-2026.</source>
        <translation>--missions needs at least one mission code, such as --missions HR-2026.</translation>
    </message>
    <message>
        <source>Sealed the missions %1 of %2 into %3.</source>
        <translation>Sealed the missions %1 of %2 into %3.</translation>
    </message>
    <message>
        <source>Redacted: contact details, ratings, attitudes, notes on people, accounts of engagements and protected names were withheld.</source>
        <translation>Redacted: contact details, ratings, attitudes, notes on people, accounts of engagements and protected names were withheld.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of free text went with it and may name people:</source>
        <translation><numerusform>%n piece of free text went with it and may name people:</numerusform><numerusform>%n pieces of free text went with it and may name people:</numerusform></translation>
    </message>
    <message>
        <source>With --import-package: write the import's receipt to &lt;file&gt; (the package's id, the hash of its contents and the counts, no record), for the database that made the package to import with --import-receipt.</source>
        <translation>With --import-package: write the import's receipt to &lt;file&gt; (the package's id, the hash of its contents and the counts, no record), for the database that made the package to import with --import-receipt.</translation>
    </message>
    <message>
        <source>Import the receipt &lt;file&gt; into the --database that made the package it confirms: the records it carried are marked as delivered. Exit 0 marked, 1 refused.</source>
        <translation>Import the receipt &lt;file&gt; into the --database that made the package it confirms: the records it carried are marked as delivered. Exit 0 marked, 1 refused.</translation>
    </message>
    <message>
        <source>--receipt goes with --import-package, and not with --dry-run: a receipt confirms an import that was written.</source>
        <translation>--receipt goes with --import-package, and not with --dry-run: a receipt confirms an import that was written.</translation>
    </message>
    <message>
        <source>The package is imported, but its receipt could not be written to %1: %2 Import the package again with --receipt to write it; nothing changes.</source>
        <translation>The package is imported, but its receipt could not be written to %1: %2 Import the package again with --receipt to write it; nothing changes.</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>Receipt written to %1.</translation>
    </message>
    <message>
        <source>The receipt %1 cannot be read: %2</source>
        <translation>The receipt %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Already recorded: %1 confirmed package %2 before; nothing changed.</source>
        <translation>Already recorded: %1 confirmed package %2 before; nothing changed.</translation>
    </message>
    <message>
        <source>%1 imported the redacted handover %2. It carried only part of each record, so none is marked as delivered.</source>
        <translation>%1 imported the redacted handover %2. It carried only part of each record, so none is marked as delivered.</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported package %2: %n record(s) marked as delivered there.</source>
        <translation><numerusform>%1 imported package %2: %n record marked as delivered there.</numerusform><numerusform>%1 imported package %2: %n records marked as delivered there.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) here have not reached %1 yet.</source>
        <translation><numerusform>%n record here has not reached %1 yet.</numerusform><numerusform>%n records here have not reached %1 yet.</numerusform></translation>
    </message>
    <message>
        <source>The package is imported, but no receipt can be made: %1</source>
        <translation>The package is imported, but no receipt can be made: %1</translation>
    </message>
    <message>
        <source>Write the --database's key pair to &lt;file&gt;, its secret half still sealed with its passphrase, to keep somewhere safe in case the computer is lost; exit.</source>
        <translation>Write the --database's key pair to &lt;file&gt;, its secret half still sealed with its passphrase, to keep somewhere safe in case the computer is lost; exit.</translation>
    </message>
    <message>
        <source>Take the key pair backed up in &lt;file&gt; into the --database (created when it does not exist), once --key-passphrase-file opens it; exit.</source>
        <translation>Take the key pair backed up in &lt;file&gt; into the --database (created when it does not exist), once --key-passphrase-file opens it; exit.</translation>
    </message>
    <message>
        <source>Give one of --export-package, --import-package, --import-receipt, --generate-key, --export-public-key, --backup-key, --restore-key and --revoke at a time.</source>
        <translation>Give one of --export-package, --import-package, --import-receipt, --generate-key, --export-public-key, --backup-key, --restore-key and --revoke at a time.</translation>
    </message>
    <message>
        <source>--restore-key needs --key-passphrase-file FILE.</source>
        <translation>--restore-key needs --key-passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Key pair %1 backed up to %2; keep it apart from this computer. It opens only with the key passphrase.</source>
        <translation>Key pair %1 backed up to %2; keep it apart from this computer. It opens only with the key passphrase.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Key pair %1 is this database's.</source>
        <translation>Key pair %1 is this database's.</translation>
    </message>
    <message>
        <source>%1 exists already; a key pair is backed up to a new file only.</source>
        <translation>%1 exists already; a key pair is backed up to a new file only.</translation>
    </message>
</context>
<context>
    <name>ConflictReviewDialog</name>
    <message>
        <source>&amp;Keep This Computer's</source>
        <translation>&amp;Keep This Computer's</translation>
    </message>
    <message>
        <source>&amp;Take Incoming</source>
        <translation>&amp;Take Incoming</translation>
    </message>
    <message>
        <source>Keep &amp;Record as Here</source>
        <translation>Keep &amp;Record as Here</translation>
    </message>
    <message>
        <source>Take Record as &amp;Incoming</source>
        <translation>Take Record as &amp;Incoming</translation>
    </message>
    <message>
        <source>&amp;Use Edited Value</source>
        <translation>&amp;Use Edited Value</translation>
    </message>
    <message>
        <source>&amp;Show sensitive values</source>
        <translation>&amp;Show sensitive values</translation>
    </message>
    <message>
        <source>Review Conflicts</source>
        <translation>Review Conflicts</translation>
    </message>
    <message>
        <source>These records were changed both on this computer and where the package comes from. Choose, field by field, which value to keep. The value not kept is not lost: it goes to the record's field history.</source>
        <translation>These records were changed both on this computer and where the package comes from. Choose, field by field, which value to keep. The value not kept is not lost: it goes to the record's field history.</translation>
    </message>
    <message>
        <source>R&amp;ecords:</source>
        <translation>R&amp;ecords:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Last shared</source>
        <translation>Last shared</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Fields in conflict:</source>
        <translation>&amp;Fields in conflict:</translation>
    </message>
    <message>
        <source>E&amp;dited value (text fields):</source>
        <translation>E&amp;dited value (text fields):</translation>
    </message>
    <message>
        <source>Keep &amp;All of This Computer's</source>
        <translation>Keep &amp;All of This Computer's</translation>
    </message>
    <message>
        <source>Take All I&amp;ncoming</source>
        <translation>Take All I&amp;ncoming</translation>
    </message>
    <message>
        <source>Use These Decisi&amp;ons</source>
        <translation>Use These Decisi&amp;ons</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt;&lt;br&gt;Edited on one side and deleted on the other. Unless you choose otherwise, the record is kept with its edits.</source>
        <translation>&lt;b&gt;%1: %2&lt;/b&gt;&lt;br&gt;Edited on one side and deleted on the other. Unless you choose otherwise, the record is kept with its edits.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Keep the record</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>This computer's</source>
        <translation>This computer's</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>decided</translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation><numerusform>%n to decide</numerusform><numerusform>%n to decide</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Every conflict is decided.</source>
        <translation>Every conflict is decided.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to decide.</source>
        <translation><numerusform>%n field still to decide.</numerusform><numerusform>%n fields still to decide.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConsultationSession</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Women attending</source>
        <translation>Women attending</translation>
    </message>
    <message>
        <source>Men attending</source>
        <translation>Men attending</translation>
    </message>
    <message>
        <source>Others attending</source>
        <translation>Others attending</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Say where the session took place, or what it was in the notes.</source>
        <translation>Say where the session took place, or what it was in the notes.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>First row holds the column &amp;names</source>
        <translation>First row holds the column &amp;names</translation>
    </message>
    <message>
        <source>Import Stakeholders from CSV</source>
        <translation>Import Stakeholders from CSV</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>Do not link</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1. The file</source>
        <translation>1. The file</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>3. What will be imported</source>
        <translation>3. What will be imported</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; split it into smaller files.</source>
        <translation>%1 is larger than 50 MB; split it into smaller files.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 holds no rows.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (required):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>Choose the column that holds the names.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) ready to import.</source>
        <translation><numerusform>%n stakeholder ready to import.</numerusform><numerusform>%n stakeholders ready to import.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Stakeholder(s)</source>
        <translation><numerusform>&amp;Import %n Stakeholder</numerusform><numerusform>&amp;Import %n Stakeholders</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n stakeholder(s)</source>
        <translation><numerusform>Import %n stakeholder</numerusform><numerusform>Import %n stakeholders</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>As each row says, or from what it holds</source>
        <translation>As each row says, or from what it holds</translation>
    </message>
    <message>
        <source>Every row is a person</source>
        <translation>Every row is a person</translation>
    </message>
    <message>
        <source>Every row is a group</source>
        <translation>Every row is a group</translation>
    </message>
    <message>
        <source>A row with no name but an organisation, a row named as its organisation, or one whose type names an organisation (an NGO, a consultancy) with no other organisation given, is taken as a group.</source>
        <translation>A row with no name but an organisation, a row named as its organisation, or one whose type names an organisation (an NGO, a consultancy) with no other organisation given, is taken as a group.</translation>
    </message>
    <message>
        <source>2. What the file means</source>
        <translation>2. What the file means</translation>
    </message>
    <message>
        <source>&amp;Link everyone imported to:</source>
        <translation>&amp;Link everyone imported to:</translation>
    </message>
    <message>
        <source>Every column of the file is taken by a field.</source>
        <translation>Every column of the file is taken by a field.</translation>
    </message>
    <message>
        <source>The app has no field for these columns. Ticked ones go into each stakeholder's notes as "Column: value"; the others are left out.</source>
        <translation>The app has no field for these columns. Ticked ones go into each stakeholder's notes as "Column: value"; the others are left out.</translation>
    </message>
    <message>
        <source>Add "%1" (column %2) to the notes</source>
        <translation>Add "%1" (column %2) to the notes</translation>
    </message>
    <message>
        <source>&amp;Other columns (%1)</source>
        <translation>&amp;Other columns (%1)</translation>
    </message>
    <message>
        <source>The app knows every value in the file's choice columns.</source>
        <translation>The app knows every value in the file's choice columns.</translation>
    </message>
    <message>
        <source>Choose what each of these values means; the choice applies to every row that holds it.</source>
        <translation>Choose what each of these values means; the choice applies to every row that holds it.</translation>
    </message>
    <message numerus="yes">
        <source>%1 "%2"
%n row(s), the first on line %3</source>
        <translation><numerusform>%1 "%2"
%n row, the first on line %3</numerusform><numerusform>%1 "%2"
%n rows, the first on line %3</numerusform></translation>
    </message>
    <message>
        <source>Choose what it means…</source>
        <translation>Choose what it means…</translation>
    </message>
    <message>
        <source>Leave it empty</source>
        <translation>Leave it empty</translation>
    </message>
    <message>
        <source>Skip these rows</source>
        <translation>Skip these rows</translation>
    </message>
    <message>
        <source>&amp;Values to choose (%1)</source>
        <translation>&amp;Values to choose (%1)</translation>
    </message>
    <message>
        <source>&amp;Values (%1)</source>
        <translation>&amp;Values (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) taken as groups from what they hold.</source>
        <translation><numerusform>%n row taken as a group from what it holds.</numerusform><numerusform>%n rows taken as groups from what they hold.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped as you chose.</source>
        <translation><numerusform>%n row skipped as you chose.</numerusform><numerusform>%n rows skipped as you chose.</numerusform></translation>
    </message>
    <message>
        <source>The choices made for the last file with these columns are used again.</source>
        <translation>The choices made for the last file with these columns are used again.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem, below, will be left out: choose what their values mean, or mend them in the file and open it again.</source>
        <translation><numerusform>%n row with a problem, below, will be left out: choose what its values mean, or mend it in the file and open it again.</numerusform><numerusform>%n rows with a problem, below, will be left out: choose what their values mean, or mend them in the file and open it again.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Groups or persons:</source>
        <translation>&amp;Groups or persons:</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>The file is not UTF-8 text. Save it from your spreadsheet as "CSV UTF-8" and try again.</source>
        <translation>The file is not UTF-8 text. Save it from your spreadsheet as "CSV UTF-8" and try again.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; check for a missing quote mark.</source>
        <translation>Line %1: a quoted field is not closed; check for a missing quote mark.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open missions by current stage</source>
        <translation>Open missions by current stage</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Open risks by rating</source>
        <translation>Open risks by rating</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>&amp;One Mission</source>
        <translation>&amp;One Mission</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No indicator rated</source>
        <translation>No indicator rated</translation>
    </message>
    <message numerus="yes">
        <source>The worst of %n rated indicator(s)</source>
        <translation><numerusform>The worst of %n rated indicator</numerusform><numerusform>The worst of %n rated indicators</numerusform></translation>
    </message>
    <message>
        <source>Top risk</source>
        <translation>Top risk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Missions at a glance</source>
        <translation>Missions at a glance</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open missions at a glance&lt;/b&gt; (Enter or double-click shows the mission's dashboard)</source>
        <translation>&lt;b&gt;Open missions at a glance&lt;/b&gt; (Enter or double-click shows the mission's dashboard)</translation>
    </message>
    <message>
        <source>Counts the missions and risks of one programme, or of the missions outside any programme</source>
        <translation>Counts the missions and risks of one programme, or of the missions outside any programme</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>All missions</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Missions outside any programme</source>
        <translation>Missions outside any programme</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>Missions by status</translation>
    </message>
    <message>
        <source>Missions by outcome</source>
        <translation>Missions by outcome</translation>
    </message>
    <message>
        <source>&amp;Open Mission Dashboard</source>
        <translation>&amp;Open Mission Dashboard</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>Check that the drive is connected and that you may read the file.</source>
        <translation>Check that the drive is connected and that you may read the file.</translation>
    </message>
    <message>
        <source>The file was left as it was before the upgrade.</source>
        <translation>The file was left as it was before the upgrade.</translation>
    </message>
    <message>
        <source>The file was left as it was before the upgrade; a copy is in %1.</source>
        <translation>The file was left as it was before the upgrade; a copy is in %1.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to the current format: %2</source>
        <translation>%1 could not be upgraded to the current format: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>Choose another name; an existing file is never overwritten.</source>
        <translation>Choose another name; an existing file is never overwritten.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 could not be created: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, on a drive with free space.</source>
        <translation>Choose a folder you can write to, on a drive with free space.</translation>
    </message>
    <message>
        <source>%1 is read-only: changes could not be saved.</source>
        <translation>%1 is read-only: changes could not be saved.</translation>
    </message>
    <message>
        <source>Copy the file to a folder you can write to (for example your Documents folder) and open the copy.</source>
        <translation>Copy the file to a folder you can write to (for example your Documents folder) and open the copy.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 is locked by another program.</translation>
    </message>
    <message>
        <source>Close the other program that uses it, then try again.</source>
        <translation>Close the other program that uses it, then try again.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Intervention Planner's.</source>
        <translation>%1 is an SQLite database, but not one of Intervention Planner's.</translation>
    </message>
    <message>
        <source>It was left untouched. Choose a file saved by Intervention Planner.</source>
        <translation>It was left untouched. Choose a file saved by Intervention Planner.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Intervention Planner (data format %2; this version reads up to %3).</source>
        <translation>%1 was saved by a newer version of Intervention Planner (data format %2; this version reads up to %3).</translation>
    </message>
    <message>
        <source>It was left untouched. Install the newer version of Intervention Planner to open it.</source>
        <translation>It was left untouched. Install the newer version of Intervention Planner to open it.</translation>
    </message>
    <message>
        <source>No backup was taken: the folder %1 could not be created.</source>
        <translation>No backup was taken: the folder %1 could not be created.</translation>
    </message>
    <message>
        <source>No backup was taken: %1 could not be created (%2). Free some space on the drive.</source>
        <translation>No backup was taken: %1 could not be created (%2). Free some space on the drive.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>The disk is full. Free some space and try again; nothing was saved.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment; nothing was saved.</source>
        <translation>The database is busy in another program. Try again in a moment; nothing was saved.</translation>
    </message>
    <message>
        <source>The database file is read-only. Copy it to a folder you can write to; nothing was saved.</source>
        <translation>The database file is read-only. Copy it to a folder you can write to; nothing was saved.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error (%1). Check the drive; nothing was saved.</source>
        <translation>The disk reported an input/output error (%1). Check the drive; nothing was saved.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>The database file is damaged (%1). Restore it from a backup.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>The database refused the change: %1</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>The record no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>Some records (%1) could not be read: %2</source>
        <translation>Some records (%1) could not be read: %2</translation>
    </message>
    <message>
        <source>the copy did not pass the check (%1)</source>
        <translation>the copy did not pass the check (%1)</translation>
    </message>
    <message>
        <source>the copy could not be written to the disk</source>
        <translation>the copy could not be written to the disk</translation>
    </message>
    <message>
        <source>the copy could not be renamed to %1</source>
        <translation>the copy could not be renamed to %1</translation>
    </message>
    <message>
        <source>%1 is already open in Intervention Planner: %2.</source>
        <translation>%1 is already open in Intervention Planner: %2.</translation>
    </message>
    <message>
        <source>It opens read-only here. To change it, close it there first.</source>
        <translation>It opens read-only here. To change it, close it there first.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to the current data format, which cannot be done while another window holds it.</source>
        <translation>%1 needs an upgrade to the current data format, which cannot be done while another window holds it.</translation>
    </message>
    <message>
        <source>Close it there, then open it here again.</source>
        <translation>Close it there, then open it here again.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>%1 and its backups could be read by other users of this computer; they are now readable by you only.</source>
        <translation>%1 and its backups could be read by other users of this computer; they are now readable by you only.</translation>
    </message>
    <message>
        <source>Your changes are safe, but could not be folded into %1: %2</source>
        <translation>Your changes are safe, but could not be folded into %1: %2</translation>
    </message>
    <message>
        <source>Your changes are safe, but could not all be folded into %1 while another program reads it.</source>
        <translation>Your changes are safe, but could not all be folded into %1 while another program reads it.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely; try another drive.</source>
        <translation>%1 could not be written completely; try another drive.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>The computer's clock says %1, earlier than your newest backup (%2). Check the date and time settings; backups are kept in the order they were taken.</source>
        <translation>The computer's clock says %1, earlier than your newest backup (%2). Check the date and time settings; backups are kept in the order they were taken.</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>it could not be written to the disk</translation>
    </message>
    <message>
        <source>the copy did not pass its check (%1)</source>
        <translation>the copy did not pass its check (%1)</translation>
    </message>
    <message>
        <source>it could not be renamed to %1</source>
        <translation>it could not be renamed to %1</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>No backup was taken: %1</translation>
    </message>
    <message>
        <source>No second backup was made: %1 is not connected.</source>
        <translation>No second backup was made: %1 is not connected.</translation>
    </message>
    <message>
        <source>No second backup was made: the folder %1 could not be created.</source>
        <translation>No second backup was made: the folder %1 could not be created.</translation>
    </message>
    <message>
        <source>No second backup was made in %1: %2</source>
        <translation>No second backup was made in %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; nothing was changed.</source>
        <translation>%1 could not be moved aside; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>The backup cannot be used: %1</translation>
    </message>
    <message>
        <source>%1 is open in Intervention Planner: %2. Close it there first.</source>
        <translation>%1 is open in Intervention Planner: %2. Close it there first.</translation>
    </message>
    <message>
        <source>The backup could not be copied: %1. Nothing was changed.</source>
        <translation>The backup could not be copied: %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not take the place of %1; your file is kept as %2.</source>
        <translation>The backup could not take the place of %1; your file is kept as %2.</translation>
    </message>
    <message>
        <source>This database is open read-only, because another window writes it: nothing was saved. Close it there, then open it here again to make changes.</source>
        <translation>This database is open read-only, because another window writes it: nothing was saved. Close it there, then open it here again to make changes.</translation>
    </message>
    <message>
        <source>The disk reported an error while your last change was being saved (%1). The database was read again: what you see is what the file holds. Your last change may not be stored; check it, and make it again if it is missing.</source>
        <translation>The disk reported an error while your last change was being saved (%1). The database was read again: what you see is what the file holds. Your last change may not be stored; check it, and make it again if it is missing.</translation>
    </message>
    <message>
        <source>%1 is beside the name you chose, left by another database.</source>
        <translation>%1 is beside the name you chose, left by another database.</translation>
    </message>
    <message>
        <source>Choose another name; files that are already there are never overwritten or deleted.</source>
        <translation>Choose another name; files that are already there are never overwritten or deleted.</translation>
    </message>
    <message>
        <source>Choose another name: %1 is the open database itself.</source>
        <translation>Choose another name: %1 is the open database itself.</translation>
    </message>
    <message>
        <source>Choose another name: %1 is open in Intervention Planner (%2).</source>
        <translation>Choose another name: %1 is open in Intervention Planner (%2).</translation>
    </message>
    <message>
        <source>Choose another name: %1 is beside it, so it may be a database in use or one that crashed.</source>
        <translation>Choose another name: %1 is beside it, so it may be a database in use or one that crashed.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: now “%2”</source>
        <translation>%1: now “%2”</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>It now holds what follows; open it again to see it, then make your change once more.</source>
        <translation>It now holds what follows; open it again to see it, then make your change once more.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (in another window, or by an import) since you opened it; nothing was saved.</source>
        <translation>This record was changed elsewhere (in another window, or by an import) since you opened it; nothing was saved.</translation>
    </message>
    <message>
        <source>The backup could not be prepared: %1. Nothing was changed.</source>
        <translation>The backup could not be prepared: %1. Nothing was changed.</translation>
    </message>
    <message>
        <source>it was stopped</source>
        <translation>it was stopped</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 Use File &gt; Restore from Backup, or save a copy and check it.</source>
        <translation>Nothing was saved: %1 Use File &gt; Restore from Backup, or save a copy and check it.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check failed (%2).</source>
        <translation>%1 is damaged: the integrity check failed (%2).</translation>
    </message>
    <message>
        <source>Use File &gt; Restore from Backup; the backups are in %1.</source>
        <translation>Use File &gt; Restore from Backup; the backups are in %1.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found errors in it (%2). It is now read-only, so that nothing more is written to it; what you see is what it still holds.</source>
        <translation>%1 is damaged: the integrity check found errors in it (%2). It is now read-only, so that nothing more is written to it; what you see is what it still holds.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choose from a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, for example 2005-05-31, or as %1</source>
        <translation>A date as YYYY-MM-DD, for example 2005-05-31, or as %1</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2.</source>
        <translation>%1 is not a date: there is no month %2.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 has %3 days.</source>
        <translation>%1 is not a date: %2 has %3 days.</translation>
    </message>
    <message>
        <source>%1 is not a whole date: write the year, month and day, for example 2005-05-31.</source>
        <translation>%1 is not a whole date: write the year, month and day, for example 2005-05-31.</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD, for example 2005-05-31.</source>
        <translation>%1 is not a date: write it as YYYY-MM-DD, for example 2005-05-31.</translation>
    </message>
    <message>
        <source>Before the mission starts (%1)</source>
        <translation>Before the mission starts (%1)</translation>
    </message>
    <message>
        <source>After the mission ends (%1)</source>
        <translation>After the mission ends (%1)</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <source>Everything is at %1</source>
        <translation>Everything is at %1</translation>
    </message>
    <message>
        <source>Every record here is as %1 last had it.</source>
        <translation>Every record here is as %1 last had it.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet at %1</source>
        <translation><numerusform>%n record not yet at %1</numerusform><numerusform>%n records not yet at %1</numerusform></translation>
    </message>
    <message>
        <source>Changed here since %1 last had them, or never sent:</source>
        <translation>Changed here since %1 last had them, or never sent:</translation>
    </message>
    <message>
        <source>Export a field package for %1, and import the receipt it sends back (File › Import Receipt), to mark them delivered.</source>
        <translation>Export a field package for %1, and import the receipt it sends back (File › Import Receipt), to mark them delivered.</translation>
    </message>
</context>
<context>
    <name>DemoDataText</name>
    <message>
        <source>Demo record "%1": %2</source>
        <translation>Demo record "%1": %2</translation>
    </message>
    <message>
        <source>The demo data could not be read: %1 at offset %2.</source>
        <translation>The demo data could not be read: %1 at offset %2.</translation>
    </message>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>The demo data is missing from this build.</translation>
    </message>
    <message>
        <source>The earlier demo database %1 could not be replaced.</source>
        <translation>The earlier demo database %1 could not be replaced.</translation>
    </message>
    <message>
        <source>The mission is missing.</source>
        <translation>The mission is missing.</translation>
    </message>
    <message>
        <source>The programme is missing.</source>
        <translation>The programme is missing.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Show sensitive values</source>
        <translation>&amp;Show sensitive values</translation>
    </message>
    <message>
        <source>&amp;Combine</source>
        <translation>&amp;Combine</translation>
    </message>
    <message>
        <source>Combine Duplicates</source>
        <translation>Combine Duplicates</translation>
    </message>
    <message>
        <source>The record kept takes the other one's values where it has none; every other value the other one held is kept in the field history, and everything that named it names the record kept. Its id stays known, so a package that still uses it lands on the record kept. Edit › Undo takes a combination back.</source>
        <translation>The record kept takes the other one's values where it has none; every other value the other one held is kept in the field history, and everything that named it names the record kept. Its id stays known, so a package that still uses it lands on the record kept. Edit › Undo takes a combination back.</translation>
    </message>
    <message>
        <source>&amp;Possibly the same:</source>
        <translation>&amp;Possibly the same:</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>No records here look alike.</source>
        <translation>No records here look alike.</translation>
    </message>
    <message>
        <source>The first record</source>
        <translation>The first record</translation>
    </message>
    <message>
        <source>The second record</source>
        <translation>The second record</translation>
    </message>
    <message>
        <source>&amp;First: %1 (the older)</source>
        <translation>&amp;First: %1 (the older)</translation>
    </message>
    <message>
        <source>S&amp;econd: %1</source>
        <translation>S&amp;econd: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The two records could not be combined: %1</source>
        <translation>The two records could not be combined: %1</translation>
    </message>
    <message>
        <source>Combined: “%1” is kept.</source>
        <translation>Combined: “%1” is kept.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the changes and close (Ctrl+S); Esc closes without saving, asking first</source>
        <translation>Save the changes and close (Ctrl+S); Esc closes without saving, asking first</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>Create mission %1</source>
        <translation>Create mission %1</translation>
    </message>
    <message>
        <source>Change mission %1</source>
        <translation>Change mission %1</translation>
    </message>
    <message>
        <source>Edit mission %1</source>
        <translation>Edit mission %1</translation>
    </message>
    <message>
        <source>The mission no longer exists.</source>
        <translation>The mission no longer exists.</translation>
    </message>
    <message>
        <source>Delete mission %1</source>
        <translation>Delete mission %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Add stakeholder %1</source>
        <translation>Add stakeholder %1</translation>
    </message>
    <message>
        <source>Change stakeholder %1</source>
        <translation>Change stakeholder %1</translation>
    </message>
    <message>
        <source>Edit stakeholder %1</source>
        <translation>Edit stakeholder %1</translation>
    </message>
    <message>
        <source>The stakeholder no longer exists.</source>
        <translation>The stakeholder no longer exists.</translation>
    </message>
    <message>
        <source>Delete stakeholder %1</source>
        <translation>Delete stakeholder %1</translation>
    </message>
    <message>
        <source>Link stakeholder to mission</source>
        <translation>Link stakeholder to mission</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Unlink stakeholder from mission</source>
        <translation>Unlink stakeholder from mission</translation>
    </message>
    <message>
        <source>Edit engagement of %1</source>
        <translation>Edit engagement of %1</translation>
    </message>
    <message>
        <source>Log engagement of %1</source>
        <translation>Log engagement of %1</translation>
    </message>
    <message>
        <source>The engagement no longer exists.</source>
        <translation>The engagement no longer exists.</translation>
    </message>
    <message>
        <source>Delete engagement of %1</source>
        <translation>Delete engagement of %1</translation>
    </message>
    <message>
        <source>Add exit criterion</source>
        <translation>Add exit criterion</translation>
    </message>
    <message>
        <source>Tick exit criterion</source>
        <translation>Tick exit criterion</translation>
    </message>
    <message>
        <source>Untick exit criterion</source>
        <translation>Untick exit criterion</translation>
    </message>
    <message>
        <source>Edit exit criterion</source>
        <translation>Edit exit criterion</translation>
    </message>
    <message>
        <source>Delete exit criterion</source>
        <translation>Delete exit criterion</translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation>The criterion no longer exists.</translation>
    </message>
    <message>
        <source>Move mission to %1</source>
        <translation>Move mission to %1</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Edit need</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Add need</translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation>Delete need</translation>
    </message>
    <message>
        <source>The need no longer exists.</source>
        <translation>The need no longer exists.</translation>
    </message>
    <message>
        <source>Edit module %1</source>
        <translation>Edit module %1</translation>
    </message>
    <message>
        <source>Add module %1</source>
        <translation>Add module %1</translation>
    </message>
    <message>
        <source>Delete module %1</source>
        <translation>Delete module %1</translation>
    </message>
    <message>
        <source>The module no longer exists.</source>
        <translation>The module no longer exists.</translation>
    </message>
    <message>
        <source>Change module coverage of a need</source>
        <translation>Change module coverage of a need</translation>
    </message>
    <message>
        <source>Add consultation session</source>
        <translation>Add consultation session</translation>
    </message>
    <message>
        <source>Edit consultation session</source>
        <translation>Edit consultation session</translation>
    </message>
    <message>
        <source>Delete consultation session</source>
        <translation>Delete consultation session</translation>
    </message>
    <message>
        <source>The consultation session no longer exists.</source>
        <translation>The consultation session no longer exists.</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Add finding</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Delete finding</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>The finding no longer exists.</translation>
    </message>
    <message>
        <source>Add legislation</source>
        <translation>Add legislation</translation>
    </message>
    <message>
        <source>Edit legislation</source>
        <translation>Edit legislation</translation>
    </message>
    <message>
        <source>Delete legislation</source>
        <translation>Delete legislation</translation>
    </message>
    <message>
        <source>The legislation item no longer exists.</source>
        <translation>The legislation item no longer exists.</translation>
    </message>
    <message>
        <source>Add capacity assessment</source>
        <translation>Add capacity assessment</translation>
    </message>
    <message>
        <source>Edit capacity assessment</source>
        <translation>Edit capacity assessment</translation>
    </message>
    <message>
        <source>Delete capacity assessment</source>
        <translation>Delete capacity assessment</translation>
    </message>
    <message>
        <source>The capacity assessment no longer exists.</source>
        <translation>The capacity assessment no longer exists.</translation>
    </message>
    <message>
        <source>Add trainer or participant</source>
        <translation>Add trainer or participant</translation>
    </message>
    <message>
        <source>Edit trainer or participant</source>
        <translation>Edit trainer or participant</translation>
    </message>
    <message>
        <source>Delete trainer or participant</source>
        <translation>Delete trainer or participant</translation>
    </message>
    <message>
        <source>The trainer or participant no longer exists.</source>
        <translation>The trainer or participant no longer exists.</translation>
    </message>
    <message>
        <source>Add training session</source>
        <translation>Add training session</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>Edit training session</translation>
    </message>
    <message>
        <source>Delete training session</source>
        <translation>Delete training session</translation>
    </message>
    <message>
        <source>The training session no longer exists.</source>
        <translation>The training session no longer exists.</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Add material</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Edit material</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Delete material</translation>
    </message>
    <message>
        <source>The material no longer exists.</source>
        <translation>The material no longer exists.</translation>
    </message>
    <message>
        <source>Add follow-up activity</source>
        <translation>Add follow-up activity</translation>
    </message>
    <message>
        <source>Edit follow-up activity</source>
        <translation>Edit follow-up activity</translation>
    </message>
    <message>
        <source>Delete follow-up activity</source>
        <translation>Delete follow-up activity</translation>
    </message>
    <message>
        <source>The follow-up activity no longer exists.</source>
        <translation>The follow-up activity no longer exists.</translation>
    </message>
    <message>
        <source>Edit risk "%1"</source>
        <translation>Edit risk "%1"</translation>
    </message>
    <message>
        <source>Add risk "%1"</source>
        <translation>Add risk "%1"</translation>
    </message>
    <message>
        <source>Delete risk "%1"</source>
        <translation>Delete risk "%1"</translation>
    </message>
    <message>
        <source>The risk no longer exists.</source>
        <translation>The risk no longer exists.</translation>
    </message>
    <message>
        <source>Add risk action</source>
        <translation>Add risk action</translation>
    </message>
    <message>
        <source>Edit risk action</source>
        <translation>Edit risk action</translation>
    </message>
    <message>
        <source>Delete risk action</source>
        <translation>Delete risk action</translation>
    </message>
    <message>
        <source>The risk action no longer exists.</source>
        <translation>The risk action no longer exists.</translation>
    </message>
    <message>
        <source>Change risk bands and RAG thresholds</source>
        <translation>Change risk bands and RAG thresholds</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>The indicator no longer exists.</translation>
    </message>
    <message>
        <source>Add indicator value</source>
        <translation>Add indicator value</translation>
    </message>
    <message>
        <source>Edit indicator value</source>
        <translation>Edit indicator value</translation>
    </message>
    <message>
        <source>Delete indicator value</source>
        <translation>Delete indicator value</translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation>The value no longer exists.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>The note no longer exists.</translation>
    </message>
    <message>
        <source>Give participant %1's dot</source>
        <translation>Give participant %1's dot</translation>
    </message>
    <message>
        <source>Take back participant %1's dot</source>
        <translation>Take back participant %1's dot</translation>
    </message>
    <message>
        <source>The note has no dot left to take back.</source>
        <translation>The note has no dot left to take back.</translation>
    </message>
    <message>
        <source>Add intermediate target</source>
        <translation>Add intermediate target</translation>
    </message>
    <message>
        <source>Edit intermediate target</source>
        <translation>Edit intermediate target</translation>
    </message>
    <message>
        <source>Delete intermediate target</source>
        <translation>Delete intermediate target</translation>
    </message>
    <message>
        <source>The intermediate target no longer exists.</source>
        <translation>The intermediate target no longer exists.</translation>
    </message>
    <message>
        <source>Import Field Package</source>
        <translation>Import Field Package</translation>
    </message>
    <message>
        <source>Combine Duplicates</source>
        <translation>Combine Duplicates</translation>
    </message>
    <message>
        <source>Create programme %1</source>
        <translation>Create programme %1</translation>
    </message>
    <message>
        <source>Change programme %1</source>
        <translation>Change programme %1</translation>
    </message>
    <message>
        <source>Edit programme %1</source>
        <translation>Edit programme %1</translation>
    </message>
    <message>
        <source>Delete programme %1</source>
        <translation>Delete programme %1</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>The programme no longer exists.</translation>
    </message>
    <message>
        <source>Edit event "%1"</source>
        <translation>Edit event "%1"</translation>
    </message>
    <message>
        <source>Add event "%1"</source>
        <translation>Add event "%1"</translation>
    </message>
    <message>
        <source>Delete event "%1"</source>
        <translation>Delete event "%1"</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>The event no longer exists.</translation>
    </message>
    <message>
        <source>Set stage dates</source>
        <translation>Set stage dates</translation>
    </message>
    <message numerus="yes">
        <source>Link stakeholder to %n mission(s)</source>
        <translation><numerusform>Link stakeholder to %n mission</numerusform><numerusform>Link stakeholder to %n missions</numerusform></translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Choose the stakeholder met.</source>
        <translation>Choose the stakeholder met.</translation>
    </message>
    <message>
        <source>Date is required.</source>
        <translation>Date is required.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>stakeholder</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>follow-up date</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>follow-up done</translation>
    </message>
</context>
<context>
    <name>EngagementEditor</name>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Follow-up &amp;done</translation>
    </message>
    <message>
        <source>Log Engagement</source>
        <translation>Log Engagement</translation>
    </message>
    <message>
        <source>Edit Engagement</source>
        <translation>Edit Engagement</translation>
    </message>
    <message>
        <source>No mission</source>
        <translation>No mission</translation>
    </message>
    <message>
        <source>e.g. Agree the dates of the local course</source>
        <translation>e.g. Agree the dates of the local course</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Follow up by:</source>
        <translation>&amp;Follow up by:</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Customised curriculum</source>
        <translation>Customised curriculum</translation>
    </message>
    <message>
        <source>Train-the-trainer</source>
        <translation>Train-the-trainer</translation>
    </message>
    <message>
        <source>Post-training support</source>
        <translation>Post-training support</translation>
    </message>
    <message>
        <source>No MoU</source>
        <translation>No MoU</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Post-conflict</source>
        <translation>Post-conflict</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Group or organisation</source>
        <translation>Group or organisation</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Police senior command</source>
        <translation>Police senior command</translation>
    </message>
    <message>
        <source>Police front-line</source>
        <translation>Police front-line</translation>
    </message>
    <message>
        <source>Academy or trainer</source>
        <translation>Academy or trainer</translation>
    </message>
    <message>
        <source>Prosecution or judiciary</source>
        <translation>Prosecution or judiciary</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>NGO or civil society</translation>
    </message>
    <message>
        <source>Affected community</source>
        <translation>Affected community</translation>
    </message>
    <message>
        <source>International organisation or donor</source>
        <translation>International organisation or donor</translation>
    </message>
    <message>
        <source>Other mission</source>
        <translation>Other mission</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Sceptic</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Supporter</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Manage closely</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Keep satisfied</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Keep informed</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Site visit</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondence</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Political</translation>
    </message>
    <message>
        <source>Institutional</source>
        <translation>Institutional</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inclusion</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Avoid</translation>
    </message>
    <message>
        <source>Reduce likelihood</source>
        <translation>Reduce likelihood</translation>
    </message>
    <message>
        <source>Reduce impact</source>
        <translation>Reduce impact</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unlikely</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Likely</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Almost certain</translation>
    </message>
    <message>
        <source>Insignificant</source>
        <translation>Insignificant</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Bilateral meeting</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Substantive offence</source>
        <translation>Substantive offence</translation>
    </message>
    <message>
        <source>Penalty enhancement</source>
        <translation>Penalty enhancement</translation>
    </message>
    <message>
        <source>General aggravating circumstance</source>
        <translation>General aggravating circumstance</translation>
    </message>
    <message>
        <source>No specific provision</source>
        <translation>No specific provision</translation>
    </message>
    <message>
        <source>Recognition of bias indicators</source>
        <translation>Recognition of bias indicators</translation>
    </message>
    <message>
        <source>Recording and data</source>
        <translation>Recording and data</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Victim support</source>
        <translation>Victim support</translation>
    </message>
    <message>
        <source>Community engagement</source>
        <translation>Community engagement</translation>
    </message>
    <message>
        <source>Leadership and policy</source>
        <translation>Leadership and policy</translation>
    </message>
    <message>
        <source>Training-institution capacity</source>
        <translation>Training-institution capacity</translation>
    </message>
    <message>
        <source>Prosecution liaison</source>
        <translation>Prosecution liaison</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>Information sharing</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Case study</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Refresher course</source>
        <translation>Refresher course</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Community of practice</source>
        <translation>Community of practice</translation>
    </message>
    <message>
        <source>Resource sharing</source>
        <translation>Resource sharing</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Study visit</translation>
    </message>
    <message>
        <source>Follow-up evaluation</source>
        <translation>Follow-up evaluation</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Amber</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Not yet known</translation>
    </message>
    <message>
        <source>Embedded in the national academy</source>
        <translation>Embedded in the national academy</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Replaced by an import</source>
        <translation>Replaced by an import</translation>
    </message>
    <message>
        <source>Lost a conflict</source>
        <translation>Lost a conflict</translation>
    </message>
    <message>
        <source>Held by a duplicate combined into this record</source>
        <translation>Held by a duplicate combined into this record</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>Came true</translation>
    </message>
    <message>
        <source>International seminar</source>
        <translation>International seminar</translation>
    </message>
    <message>
        <source>Programme meeting</source>
        <translation>Programme meeting</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lesson learned</translation>
    </message>
    <message>
        <source>Resource asked for</source>
        <translation>Resource asked for</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
</context>
<context>
    <name>ExchangeHistoryDialog</name>
    <message>
        <source>Exchange History</source>
        <translation>Exchange History</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Save &amp;Report…</translation>
    </message>
    <message>
        <source>Save Re&amp;ceipt…</source>
        <translation>Save Re&amp;ceipt…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>&amp;Home, whose deliveries the status bar follows:</source>
        <translation>&amp;Home, whose deliveries the status bar follows:</translation>
    </message>
    <message>
        <source>Every field package made here and imported here. An import's receipt goes back to the database that made the package, which imports it (File › Import Receipt) to know what has arrived.</source>
        <translation>Every field package made here and imported here. An import's receipt goes back to the database that made the package, which imports it (File › Import Receipt) to know what has arrived.</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <source>exchange-%1.txt</source>
        <translation>exchange-%1.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Save Receipt</source>
        <translation>Save Receipt</translation>
    </message>
    <message>
        <source>receipt-%1.json</source>
        <translation>receipt-%1.json</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Receipts (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Imported export %1</source>
        <translation>Imported export %1</translation>
    </message>
    <message>
        <source>Made a redacted handover (export %1)</source>
        <translation>Made a redacted handover (export %1)</translation>
    </message>
    <message>
        <source>Made export %1</source>
        <translation>Made export %1</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>No receipt yet</translation>
    </message>
    <message>
        <source>Receipt from %1</source>
        <translation>Receipt from %1</translation>
    </message>
    <message>
        <source>%1 new or changed, %2 decided</source>
        <translation>%1 new or changed, %2 decided</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>All missions</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>No one</translation>
    </message>
    <message>
        <source>Nothing was exchanged yet: File › Export Field Package makes a package, File › Import Field Package takes one in.</source>
        <translation>Nothing was exchanged yet: File › Export Field Package makes a package, File › Import Field Package takes one in.</translation>
    </message>
</context>
<context>
    <name>FieldChange</name>
    <message>
        <source>record type</source>
        <translation>record type</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>earlier value</source>
        <translation>earlier value</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>replaced by</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>package</source>
        <translation>package</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <source>%1: a row without an id was left out.</source>
        <translation>%1: a row without an id was left out.</translation>
    </message>
    <message>
        <source>The package's contents are not records this version can read.</source>
        <translation>The package's contents are not records this version can read.</translation>
    </message>
    <message>
        <source>The package holds data format %1, newer than this version reads (up to %2). Update Intervention Planner to import it; nothing was written.</source>
        <translation>The package holds data format %1, newer than this version reads (up to %2). Update Intervention Planner to import it; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the package cannot be read.</source>
        <translation><numerusform>%n row of the package cannot be read.</numerusform><numerusform>%n rows of the package cannot be read.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>%1 %2: the package holds it twice.</source>
        <translation>%1 %2: the package holds it twice.</translation>
    </message>
    <message>
        <source>%1 %2: another record here (%3) has the same %4; it may be the same one, made twice.</source>
        <translation>%1 %2: another record here (%3) has the same %4; it may be the same one, made twice.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differ here from the package, and the differences are not decided.</source>
        <translation><numerusform>%n record differs here from the package, and the difference is not decided.</numerusform><numerusform>%n records differ here from the package, and the differences are not decided.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the package repeat one here.</source>
        <translation><numerusform>%n record of the package repeats one here.</numerusform><numerusform>%n records of the package repeat one here.</numerusform></translation>
    </message>
    <message>
        <source>%1 %2: this version cannot read its %3.</source>
        <translation>%1 %2: this version cannot read its %3.</translation>
    </message>
    <message>
        <source>%1 %2: may be the same as %3 here (the same name and organisation); both are kept until a person combines them.</source>
        <translation>%1 %2: may be the same as %3 here (the same name and organisation); both are kept until a person combines them.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>%1 %2: edited on one side, deleted on the other (%3).</source>
        <translation>%1 %2: edited on one side, deleted on the other (%3).</translation>
    </message>
    <message>
        <source>%1 %2: changed on both sides (%3).</source>
        <translation>%1 %2: changed on both sides (%3).</translation>
    </message>
    <message>
        <source>%1 %2: the conflict over its %3 is not decided. Nothing was written.</source>
        <translation>%1 %2: the conflict over its %3 is not decided. Nothing was written.</translation>
    </message>
    <message>
        <source>The package does not say which export it is. Nothing was written.</source>
        <translation>The package does not say which export it is. Nothing was written.</translation>
    </message>
    <message>
        <source>This package was made by this database (or by a copy of it); there is nothing to take from it. Nothing was written.</source>
        <translation>This package was made by this database (or by a copy of it); there is nothing to take from it. Nothing was written.</translation>
    </message>
    <message>
        <source>This package is export %1 of %2; a later one (export %3) was imported here on %4. Importing an older one would take back what came since. Nothing was written.</source>
        <translation>This package is export %1 of %2; a later one (export %3) was imported here on %4. Importing an older one would take back what came since. Nothing was written.</translation>
    </message>
    <message>
        <source>The database could not record the exchange: %1</source>
        <translation>The database could not record the exchange: %1</translation>
    </message>
    <message>
        <source>An edited value is chosen field by field, never for every conflict at once. Nothing was written.</source>
        <translation>An edited value is chosen field by field, never for every conflict at once. Nothing was written.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Stakeholder in a mission</source>
        <translation>Stakeholder in a mission</translation>
    </message>
    <message>
        <source>Stakeholder position</source>
        <translation>Stakeholder position</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Risk action</source>
        <translation>Risk action</translation>
    </message>
    <message>
        <source>Exit criterion</source>
        <translation>Exit criterion</translation>
    </message>
    <message>
        <source>Stage move</source>
        <translation>Stage move</translation>
    </message>
    <message>
        <source>Consultation session</source>
        <translation>Consultation session</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Legislation</translation>
    </message>
    <message>
        <source>Capacity assessment</source>
        <translation>Capacity assessment</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Need a module serves</source>
        <translation>Need a module serves</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Trainee</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Follow-up activity</source>
        <translation>Follow-up activity</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Indicator value</translation>
    </message>
    <message>
        <source>Indicator target</source>
        <translation>Indicator target</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Earlier field value</source>
        <translation>Earlier field value</translation>
    </message>
    <message>
        <source>(protected name)</source>
        <translation>(protected name)</translation>
    </message>
    <message>
        <source>%1 %2 could not be merged. Nothing was written.</source>
        <translation>%1 %2 could not be merged. Nothing was written.</translation>
    </message>
    <message>
        <source>The value chosen for the %1 of %2 “%3” cannot be stored as it is. Nothing was written.</source>
        <translation>The value chosen for the %1 of %2 “%3” cannot be stored as it is. Nothing was written.</translation>
    </message>
    <message>
        <source>%1 “%2” would then repeat the %3 of another record here. Nothing was written; change one of the two and import again.</source>
        <translation>%1 “%2” would then repeat the %3 of another record here. Nothing was written; change one of the two and import again.</translation>
    </message>
    <message>
        <source>The package's contents are in package format %1, newer than this version reads (up to %2). Update Intervention Planner to import it; nothing was written.</source>
        <translation>The package's contents are in package format %1, newer than this version reads (up to %2). Update Intervention Planner to import it; nothing was written.</translation>
    </message>
    <message>
        <source>This package is export %1 of %2, but another export with that number was imported here on %3: that database may have been restored from a backup. Nothing was written.</source>
        <translation>This package is export %1 of %2, but another export with that number was imported here on %3: that database may have been restored from a backup. Nothing was written.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>No import of this package is recorded here, so there is nothing to confirm.</source>
        <translation>No import of this package is recorded here, so there is nothing to confirm.</translation>
    </message>
    <message>
        <source>This package was imported by an earlier version, which kept no hash of it: no receipt can be made for it.</source>
        <translation>This package was imported by an earlier version, which kept no hash of it: no receipt can be made for it.</translation>
    </message>
    <message>
        <source>Nothing was marked.</source>
        <translation>Nothing was marked.</translation>
    </message>
    <message>
        <source>This file is not a receipt of Intervention Planner.</source>
        <translation>This file is not a receipt of Intervention Planner.</translation>
    </message>
    <message>
        <source>This receipt is in a newer format (%1) than this version reads (up to %2); update Intervention Planner to import it.</source>
        <translation>This receipt is in a newer format (%1) than this version reads (up to %2); update Intervention Planner to import it.</translation>
    </message>
    <message>
        <source>The receipt does not say which package it confirms, or where it was imported.</source>
        <translation>The receipt does not say which package it confirms, or where it was imported.</translation>
    </message>
    <message>
        <source>This receipt is for a package made by another database, not this one.</source>
        <translation>This receipt is for a package made by another database, not this one.</translation>
    </message>
    <message>
        <source>This receipt was made by this database itself.</source>
        <translation>This receipt was made by this database itself.</translation>
    </message>
    <message>
        <source>This database has no record of making the package this receipt confirms (%1).</source>
        <translation>This database has no record of making the package this receipt confirms (%1).</translation>
    </message>
    <message>
        <source>The receipt does not match the package made here: what was imported there is not what was sent.</source>
        <translation>The receipt does not match the package made here: what was imported there is not what was sent.</translation>
    </message>
    <message>
        <source>Field package imported</source>
        <translation>Field package imported</translation>
    </message>
    <message>
        <source>Package: %1 (export %2 of %3)</source>
        <translation>Package: %1 (export %2 of %3)</translation>
    </message>
    <message>
        <source>Imported: %1, by %2</source>
        <translation>Imported: %1, by %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 changed on both sides, %5 possible duplicates</source>
        <translation>%1: %2 new, %3 updated, %4 changed on both sides, %5 possible duplicates</translation>
    </message>
    <message>
        <source>Every record of the package was here already.</source>
        <translation>Every record of the package was here already.</translation>
    </message>
    <message numerus="yes">
        <source>Decisions (%n field(s) changed on both sides):</source>
        <translation><numerusform>Decisions (%n field changed on both sides):</numerusform><numerusform>Decisions (%n fields changed on both sides):</numerusform></translation>
    </message>
    <message>
        <source>None: nothing was changed on both sides.</source>
        <translation>None: nothing was changed on both sides.</translation>
    </message>
    <message>
        <source>kept this computer's value</source>
        <translation>kept this computer's value</translation>
    </message>
    <message>
        <source>took the incoming value</source>
        <translation>took the incoming value</translation>
    </message>
    <message>
        <source>kept the record (edited here, deleted there, or the other way)</source>
        <translation>kept the record (edited here, deleted there, or the other way)</translation>
    </message>
    <message>
        <source>wrote an edited value</source>
        <translation>wrote an edited value</translation>
    </message>
    <message>
        <source>Field package made here</source>
        <translation>Field package made here</translation>
    </message>
    <message>
        <source>Package: %1 (export %2)</source>
        <translation>Package: %1 (export %2)</translation>
    </message>
    <message>
        <source>Made: %1, by %2</source>
        <translation>Made: %1, by %2</translation>
    </message>
    <message>
        <source>Missions: all, with the portfolio-level risks</source>
        <translation>Missions: all, with the portfolio-level risks</translation>
    </message>
    <message>
        <source>Missions: %1</source>
        <translation>Missions: %1</translation>
    </message>
    <message>
        <source>Redacted handover: sensitive fields were withheld.</source>
        <translation>Redacted handover: sensitive fields were withheld.</translation>
    </message>
    <message>
        <source>Full package.</source>
        <translation>Full package.</translation>
    </message>
    <message>
        <source>No receipt imported yet.</source>
        <translation>No receipt imported yet.</translation>
    </message>
    <message>
        <source>Receipt: imported into %1 on %2.</source>
        <translation>Receipt: imported into %1 on %2.</translation>
    </message>
    <message>
        <source>A record could not be combined. Nothing was written.</source>
        <translation>A record could not be combined. Nothing was written.</translation>
    </message>
    <message>
        <source>Combining these records would never end. Nothing was written.</source>
        <translation>Combining these records would never end. Nothing was written.</translation>
    </message>
    <message>
        <source>The record to keep is not here, or was deleted. Nothing was written.</source>
        <translation>The record to keep is not here, or was deleted. Nothing was written.</translation>
    </message>
    <message>
        <source>A record cannot be combined with itself.</source>
        <translation>A record cannot be combined with itself.</translation>
    </message>
    <message>
        <source>That record was combined into another already.</source>
        <translation>That record was combined into another already.</translation>
    </message>
    <message>
        <source>Records of this kind cannot be combined.</source>
        <translation>Records of this kind cannot be combined.</translation>
    </message>
    <message>
        <source>%1 “%2” here is combined into another record, as the package's database combined them.</source>
        <translation>%1 “%2” here is combined into another record, as the package's database combined them.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the package still use the id of a record combined into another here: they land on the record kept.</source>
        <translation><numerusform>%n record of the package still uses the id of a record combined into another here: it lands on the record kept.</numerusform><numerusform>%n records of the package still use the id of a record combined into another here: they land on the record kept.</numerusform></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>FieldPackageActions</name>
    <message>
        <source>Field packages (*.ippkg);;All files (*)</source>
        <translation>Field packages (*.ippkg);;All files (*)</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase</source>
        <translation>Protect with a &amp;passphrase</translation>
    </message>
    <message>
        <source>Seal to &amp;recipients' keys, signed by this database</source>
        <translation>Seal to &amp;recipients' keys, signed by this database</translation>
    </message>
    <message>
        <source>Add Public &amp;Key File…</source>
        <translation>Add Public &amp;Key File…</translation>
    </message>
    <message>
        <source>Export Field Package</source>
        <translation>Export Field Package</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (at least 10 characters):</source>
        <translation>Pass&amp;phrase (at least 10 characters):</translation>
    </message>
    <message>
        <source>Repeat &amp;it:</source>
        <translation>Repeat &amp;it:</translation>
    </message>
    <message>
        <source>Re&amp;cipients:</source>
        <translation>Re&amp;cipients:</translation>
    </message>
    <message>
        <source>&amp;This database's key passphrase:</source>
        <translation>&amp;This database's key passphrase:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>The passphrase needs at least 10 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>The two passphrases differ; type them again.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Choose at least one recipient.</translation>
    </message>
    <message>
        <source>Add a Recipient's Public Key</source>
        <translation>Add a Recipient's Public Key</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Public keys (*.pub *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1-%2.ippkg</source>
        <translation>%1-%2.ippkg</translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation>The package could not be written: %1</translation>
    </message>
    <message>
        <source>Every record was sealed into %1.</source>
        <translation>Every record was sealed into %1.</translation>
    </message>
    <message>
        <source>Import Field Package</source>
        <translation>Import Field Package</translation>
    </message>
    <message>
        <source>This package is sealed to its recipients' keys, and this database has no key pair: it cannot be one of them.</source>
        <translation>This package is sealed to its recipients' keys, and this database has no key pair: it cannot be one of them.</translation>
    </message>
    <message>
        <source>The package is sealed to this database's key. Its key passphrase:</source>
        <translation>The package is sealed to this database's key. Its key passphrase:</translation>
    </message>
    <message>
        <source>The package's passphrase:</source>
        <translation>The package's passphrase:</translation>
    </message>
    <message>
        <source>The package is signed by %1 (%2), whose key was revoked: it is refused, and nothing was written.</source>
        <translation>The package is signed by %1 (%2), whose key was revoked: it is refused, and nothing was written.</translation>
    </message>
    <message>
        <source>The package is signed by “%1”, a key this database does not know yet.

Its fingerprint is

%2

Check it with the sender, by phone or in person, before you trust it.</source>
        <translation>The package is signed by “%1”, a key this database does not know yet.

Its fingerprint is

%2

Check it with the sender, by phone or in person, before you trust it.</translation>
    </message>
    <message>
        <source>&amp;Trust and Continue</source>
        <translation>&amp;Trust and Continue</translation>
    </message>
    <message>
        <source>This package was imported before; nothing changed.</source>
        <translation>This package was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>The records are in, but the sender could not be added to the address book: %1</source>
        <translation>The records are in, but the sender could not be added to the address book: %1</translation>
    </message>
    <message>
        <source>E&amp;very mission, with the portfolio-level risks</source>
        <translation>E&amp;very mission, with the portfolio-level risks</translation>
    </message>
    <message>
        <source>Only the &amp;missions checked, with their stakeholders:</source>
        <translation>Only the &amp;missions checked, with their stakeholders:</translation>
    </message>
    <message>
        <source>Re&amp;dacted handover, for another organisation</source>
        <translation>Re&amp;dacted handover, for another organisation</translation>
    </message>
    <message>
        <source>&lt;p&gt;A package holds the missions' records: stakeholders with their contact details and ratings, engagements, risks, every stage's records, indicators, the rating settings, and deleted records, so that deletions travel too. It is encrypted: only someone with the passphrase, or a recipient whose key you choose, can open it, and any change on the way is detected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A package holds the missions' records: stakeholders with their contact details and ratings, engagements, risks, every stage's records, indicators, the rating settings, and deleted records, so that deletions travel too. It is encrypted: only someone with the passphrase, or a recipient whose key you choose, can open it, and any change on the way is detected.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Left out, each marked as withheld: e-mail, phone and address; power, interest, attitude and trust; notes on people and accounts of engagements; protected names; the history of earlier values.</source>
        <translation>Left out, each marked as withheld: e-mail, phone and address; power, interest, attitude and trust; notes on people and accounts of engagements; protected names; the history of earlier values.</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>What goes</translation>
    </message>
    <message>
        <source>How it is sealed</source>
        <translation>How it is sealed</translation>
    </message>
    <message>
        <source>Check at least one mission, or send every mission.</source>
        <translation>Check at least one mission, or send every mission.</translation>
    </message>
    <message>
        <source>%1 “%2”, %3: %4</source>
        <translation>%1 “%2”, %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of free text still go with it and may name people: review them, and change them first if they must not leave.</source>
        <translation><numerusform>%n piece of free text still goes with it and may name people: review it, and change it first if it must not leave.</numerusform><numerusform>%n pieces of free text still go with it and may name people: review them, and change them first if they must not leave.</numerusform></translation>
    </message>
    <message>
        <source>A redacted handover of every mission was sealed into %1.</source>
        <translation>A redacted handover of every mission was sealed into %1.</translation>
    </message>
    <message>
        <source>A redacted handover of %1 was sealed into %2.</source>
        <translation>A redacted handover of %1 was sealed into %2.</translation>
    </message>
    <message>
        <source>The missions %1 were sealed into %2.</source>
        <translation>The missions %1 were sealed into %2.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new records, %3 updated, %4 conflicts decided. Ctrl+Z takes it back; File › Exchange History saves its receipt.</source>
        <translation>Imported %1: %2 new records, %3 updated, %4 conflicts decided. Ctrl+Z takes it back; File › Exchange History saves its receipt.</translation>
    </message>
    <message>
        <source>Import Receipt</source>
        <translation>Import Receipt</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Receipts (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>This receipt was imported before; nothing changed.</source>
        <translation>This receipt was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>%1 received the redacted handover. It carried part of each record, so none is marked as delivered.</source>
        <translation>%1 received the redacted handover. It carried part of each record, so none is marked as delivered.</translation>
    </message>
    <message numerus="yes">
        <source>%1 received the package: %n record(s) marked as delivered there.</source>
        <translation><numerusform>%1 received the package: %n record marked as delivered there.</numerusform><numerusform>%1 received the package: %n records marked as delivered there.</numerusform></translation>
    </message>
    <message>
        <source>Import R&amp;eceipt…</source>
        <translation>Import R&amp;eceipt…</translation>
    </message>
    <message>
        <source>Exchange &amp;History…</source>
        <translation>Exchange &amp;History…</translation>
    </message>
    <message>
        <source>Combine D&amp;uplicates…</source>
        <translation>Combine D&amp;uplicates…</translation>
    </message>
    <message>
        <source>This database has no key pair yet: File › Keys and Address Book makes one.</source>
        <translation>This database has no key pair yet: File › Keys and Address Book makes one.</translation>
    </message>
    <message>
        <source>&amp;Keys and Address Book…</source>
        <translation>&amp;Keys and Address Book…</translation>
    </message>
    <message>
        <source>Gathering the records…</source>
        <translation>Gathering the records…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Comparing the package with this database…</source>
        <translation>Comparing the package with this database…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Field Package</source>
        <translation>Field Package</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%1 on %2 (process %3) since %4</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
</context>
<context>
    <name>FollowUpActivity</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Give the activity a title, or say what it was in the notes.</source>
        <translation>Give the activity a title, or say what it was in the notes.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Lists › Search the list</source>
        <translation>Lists › Search the list</translation>
    </message>
    <message>
        <source>Enter, double click</source>
        <translation>Enter, double click</translation>
    </message>
    <message>
        <source>Lists › Open the row</source>
        <translation>Lists › Open the row</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Lists › A new record in the list at hand</source>
        <translation>Lists › A new record in the list at hand</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Stage lists › Add a record</source>
        <translation>Stage lists › Add a record</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Lists › Delete the row (after asking; Ctrl+Z undoes)</source>
        <translation>Lists › Delete the row (after asking; Ctrl+Z undoes)</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Lists › Copy the selected rows</source>
        <translation>Lists › Copy the selected rows</translation>
    </message>
    <message>
        <source>Menu key, right click</source>
        <translation>Menu key, right click</translation>
    </message>
    <message>
        <source>Lists › What can be done with the row</source>
        <translation>Lists › What can be done with the row</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Editors › Save and close</source>
        <translation>Editors › Save and close</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Editors › Close (asking first when something changed)</source>
        <translation>Editors › Close (asking first when something changed)</translation>
    </message>
    <message>
        <source>PageDown, Space</source>
        <translation>PageDown, Space</translation>
    </message>
    <message>
        <source>Workshop › Next view</source>
        <translation>Workshop › Next view</translation>
    </message>
    <message>
        <source>PageUp, Backspace</source>
        <translation>PageUp, Backspace</translation>
    </message>
    <message>
        <source>Workshop › View before</source>
        <translation>Workshop › View before</translation>
    </message>
    <message>
        <source>. or B</source>
        <translation>. or B</translation>
    </message>
    <message>
        <source>Workshop › Blank screen</source>
        <translation>Workshop › Blank screen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Workshop › Show or hide sensitive fields</source>
        <translation>Workshop › Show or hide sensitive fields</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Workshop › Every key of workshop mode</source>
        <translation>Workshop › Every key of workshop mode</translation>
    </message>
    <message>
        <source>Intervention Planner User Guide</source>
        <translation>Intervention Planner User Guide</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Choose the mission.</source>
        <translation>Choose the mission.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Baseline and target must be numbers.</source>
        <translation>Baseline and target must be numbers.</translation>
    </message>
    <message>
        <source>The target equals the baseline (%1); set the value the mission aims for.</source>
        <translation>The target equals the baseline (%1); set the value the mission aims for.</translation>
    </message>
</context>
<context>
    <name>IndicatorTarget</name>
    <message>
        <source>Choose the indicator.</source>
        <translation>Choose the indicator.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>The value must be a number.</translation>
    </message>
</context>
<context>
    <name>IndicatorValue</name>
    <message>
        <source>Choose the indicator.</source>
        <translation>Choose the indicator.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>The value must be a number.</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>%1 cannot be negative (it is %2).</source>
        <translation>%1 cannot be negative (it is %2).</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Use File &gt; Restore from Backup; the backups are in %1.</source>
        <translation>Use File &gt; Restore from Backup; the backups are in %1.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 is locked by another program.</translation>
    </message>
    <message>
        <source>Close the other program that uses it, then try again.</source>
        <translation>Close the other program that uses it, then try again.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 is damaged and cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>Check that the drive is connected and working, then try again.</source>
        <translation>Check that the drive is connected and working, then try again.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file: it holds no planning data.</source>
        <translation>%1 is an empty SQLite file: it holds no planning data.</translation>
    </message>
    <message>
        <source>Use File &gt; New Database to start a new one, or open another file.</source>
        <translation>Use File &gt; New Database to start a new one, or open another file.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Intervention Planner's.</source>
        <translation>%1 is an SQLite database, but not one of Intervention Planner's.</translation>
    </message>
    <message>
        <source>It was left untouched. Choose a file saved by Intervention Planner.</source>
        <translation>It was left untouched. Choose a file saved by Intervention Planner.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Intervention Planner (data format %2; this version reads up to %3).</source>
        <translation>%1 was saved by a newer version of Intervention Planner (data format %2; this version reads up to %3).</translation>
    </message>
    <message>
        <source>It was left untouched. Install the newer version of Intervention Planner to open it.</source>
        <translation>It was left untouched. Install the newer version of Intervention Planner to open it.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check could not run (%2).</source>
        <translation>%1 is damaged: the integrity check could not run (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check failed (%2).</source>
        <translation>%1 is damaged: the integrity check failed (%2).</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 could not be opened: %2</translation>
    </message>
    <message>
        <source>Check that the drive is connected and that you may read the file.</source>
        <translation>Check that the drive is connected and that you may read the file.</translation>
    </message>
    <message>
        <source>the copy is incomplete</source>
        <translation>the copy is incomplete</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads nowhere: its target is missing, or the links loop.</source>
        <translation>%1 is a symbolic link that leads nowhere: its target is missing, or the links loop.</translation>
    </message>
    <message>
        <source>Open the database file itself, or mend the link.</source>
        <translation>Open the database file itself, or mend the link.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>There is no file at %1.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed, or be on a drive that is not connected. Use File &gt; Open to find it.</source>
        <translation>It may have been moved or renamed, or be on a drive that is not connected. Use File &gt; Open to find it.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Choose the database file inside it.</source>
        <translation>Choose the database file inside it.</translation>
    </message>
    <message>
        <source>%1 is a pipe, not a database file.</source>
        <translation>%1 is a pipe, not a database file.</translation>
    </message>
    <message>
        <source>%1 is a device or socket, not a database file.</source>
        <translation>%1 is a device or socket, not a database file.</translation>
    </message>
    <message>
        <source>Choose a .sqlite file saved by Intervention Planner.</source>
        <translation>Choose a .sqlite file saved by Intervention Planner.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>You do not have permission to read %1.</translation>
    </message>
    <message>
        <source>Ask the owner of the file for access, or open a copy of it.</source>
        <translation>Ask the owner of the file for access, or open a copy of it.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no planning data.</source>
        <translation>%1 is empty (0 bytes): it holds no planning data.</translation>
    </message>
    <message>
        <source>%1 is not an Intervention Planner database (it is not an SQLite file).</source>
        <translation>%1 is not an Intervention Planner database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short.</source>
        <translation>%1 is damaged: the file is cut short.</translation>
    </message>
    <message>
        <source>%1 could not be checked: a copy for checking could not be made in %2 (%3).</source>
        <translation>%1 could not be checked: a copy for checking could not be made in %2 (%3).</translation>
    </message>
    <message>
        <source>Free some space on the drive that holds %1, then try again.</source>
        <translation>Free some space on the drive that holds %1, then try again.</translation>
    </message>
    <message>
        <source>%1 is sound, but %2 beside it does not belong to it (it was left by another database or by an old crash). Opening the two together would damage the database.</source>
        <translation>%1 is sound, but %2 beside it does not belong to it (it was left by another database or by an old crash). Opening the two together would damage the database.</translation>
    </message>
    <message>
        <source>Move %1 aside (it is kept, renamed, not deleted) and open the database as it is on disk.</source>
        <translation>Move %1 aside (it is kept, renamed, not deleted) and open the database as it is on disk.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), but %2 beside it holds data: opening it, or starting a new database there, would lose that data.</source>
        <translation>%1 is empty (0 bytes), but %2 beside it holds data: opening it, or starting a new database there, would lose that data.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>This database has a key pair already (%1); it is never replaced silently.</source>
        <translation>This database has a key pair already (%1); it is never replaced silently.</translation>
    </message>
    <message>
        <source>The key pair needs a passphrase: its secret half is never stored in clear.</source>
        <translation>The key pair needs a passphrase: its secret half is never stored in clear.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key's protection.</source>
        <translation>There is not enough memory to derive the key's protection.</translation>
    </message>
    <message>
        <source>This database has no key pair yet: make one with --generate-key.</source>
        <translation>This database has no key pair yet: make one with --generate-key.</translation>
    </message>
    <message>
        <source>The key passphrase is not this database's.</source>
        <translation>The key passphrase is not this database's.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not an Intervention Planner public key file.</source>
        <translation>%1 is not an Intervention Planner public key file.</translation>
    </message>
    <message>
        <source>No known peer has the fingerprint %1.</source>
        <translation>No known peer has the fingerprint %1.</translation>
    </message>
    <message>
        <source>The key pair is damaged and cannot be unlocked.</source>
        <translation>The key pair is damaged and cannot be unlocked.</translation>
    </message>
    <message>
        <source>The key pair is damaged: its two halves do not belong together.</source>
        <translation>The key pair is damaged: its two halves do not belong together.</translation>
    </message>
    <message>
        <source>This file is not a backed-up Intervention Planner key pair.</source>
        <translation>This file is not a backed-up Intervention Planner key pair.</translation>
    </message>
    <message>
        <source>This key pair was backed up by a newer version of Intervention Planner. Update it to take the key pair in.</source>
        <translation>This key pair was backed up by a newer version of Intervention Planner. Update it to take the key pair in.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backed-up key pair: it is the one the key pair had when it was backed up.</source>
        <translation>That passphrase does not open the backed-up key pair: it is the one the key pair had when it was backed up.</translation>
    </message>
    <message>
        <source>This database has a key pair of its own (%1); it is never replaced silently. Take the backed-up key pair (%2) into a new database.</source>
        <translation>This database has a key pair of its own (%1); it is never replaced silently. Take the backed-up key pair (%2) into a new database.</translation>
    </message>
    <message>
        <source>%1 is the database itself; back the key pair up to another file.</source>
        <translation>%1 is the database itself; back the key pair up to another file.</translation>
    </message>
    <message>
        <source>This backed-up key pair asks for a key derivation this version does not accept; the file may have been altered.</source>
        <translation>This backed-up key pair asks for a key derivation this version does not accept; the file may have been altered.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Public keys (*.pub *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Key pair backups (*.ipkey);;All files (*)</source>
        <translation>Key pair backups (*.ipkey);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Make Key Pair…</source>
        <translation>&amp;Make Key Pair…</translation>
    </message>
    <message>
        <source>Save &amp;Public Key…</source>
        <translation>Save &amp;Public Key…</translation>
    </message>
    <message>
        <source>&amp;Back Up Key Pair…</source>
        <translation>&amp;Back Up Key Pair…</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>&amp;Restore From Backup…</translation>
    </message>
    <message>
        <source>&amp;Add From Key File…</source>
        <translation>&amp;Add From Key File…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Keys and Address Book</source>
        <translation>Keys and Address Book</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Packages signed</source>
        <translation>Packages signed</translation>
    </message>
    <message>
        <source>This database's key pair</source>
        <translation>This database's key pair</translation>
    </message>
    <message>
        <source>Address book: the keys of the databases you exchange with</source>
        <translation>Address book: the keys of the databases you exchange with</translation>
    </message>
    <message>
        <source>Fingerprint: %1. Its secret half is sealed with its key passphrase and never leaves this database, except in a backup you make.</source>
        <translation>Fingerprint: %1. Its secret half is sealed with its key passphrase and never leaves this database, except in a backup you make.</translation>
    </message>
    <message>
        <source>No key pair yet. Make one to receive packages sealed to this database and to sign the ones it sends; or take one in from a backup, on a computer that replaces a lost one.</source>
        <translation>No key pair yet. Make one to receive packages sealed to this database and to sign the ones it sends; or take one in from a backup, on a computer that replaces a lost one.</translation>
    </message>
    <message>
        <source>Refused: revoked</source>
        <translation>Refused: revoked</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Make Key Pair</source>
        <translation>Make Key Pair</translation>
    </message>
    <message>
        <source>A passphrase for the key pair (at least 10 characters):</source>
        <translation>A passphrase for the key pair (at least 10 characters):</translation>
    </message>
    <message>
        <source>The key passphrase needs at least 10 characters. Nothing was made.</source>
        <translation>The key passphrase needs at least 10 characters. Nothing was made.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>The same passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was made.</source>
        <translation>The two passphrases differ. Nothing was made.</translation>
    </message>
    <message>
        <source>Save Public Key</source>
        <translation>Save Public Key</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Public key written to %1. Hand it to the peers that will send packages here; they check its fingerprint, %2, with you.</source>
        <translation>Public key written to %1. Hand it to the peers that will send packages here; they check its fingerprint, %2, with you.</translation>
    </message>
    <message>
        <source>Back Up Key Pair</source>
        <translation>Back Up Key Pair</translation>
    </message>
    <message>
        <source>Key pair backed up to %1. Keep it apart from this computer (a USB stick in the office safe); it opens only with the key passphrase.</source>
        <translation>Key pair backed up to %1. Keep it apart from this computer (a USB stick in the office safe); it opens only with the key passphrase.</translation>
    </message>
    <message>
        <source>Restore Key Pair From Backup</source>
        <translation>Restore Key Pair From Backup</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The key passphrase the key pair had when it was backed up:</source>
        <translation>The key passphrase the key pair had when it was backed up:</translation>
    </message>
    <message>
        <source>Key pair %1 taken in: packages sealed to it open here.</source>
        <translation>Key pair %1 taken in: packages sealed to it open here.</translation>
    </message>
    <message>
        <source>Add a Peer's Public Key</source>
        <translation>Add a Peer's Public Key</translation>
    </message>
    <message>
        <source>Add “%1” with the fingerprint

%2

to the address book? Check the fingerprint with its owner first (by phone, or on paper): a package signed by this key will be taken without asking.</source>
        <translation>Add “%1” with the fingerprint

%2

to the address book? Check the fingerprint with its owner first (by phone, or on paper): a package signed by this key will be taken without asking.</translation>
    </message>
    <message>
        <source>%1 is in the address book.</source>
        <translation>%1 is in the address book.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoke the key of “%1” (%2)? Every package it signs is refused from then on, for good: do it when that computer is lost or in other hands.</source>
        <translation>Revoke the key of “%1” (%2)? Every package it signs is refused from then on, for good: do it when that computer is lost or in other hands.</translation>
    </message>
    <message>
        <source>%1 is revoked: packages it signs are refused.</source>
        <translation>%1 is revoked: packages it signs are refused.</translation>
    </message>
    <message>
        <source>Key pair made. Back it up now and keep the backup apart from this computer: without it, packages sealed to this database cannot be opened on a computer that replaces this one.</source>
        <translation>Key pair made. Back it up now and keep the backup apart from this computer: without it, packages sealed to this database cannot be opened on a computer that replaces this one.</translation>
    </message>
</context>
<context>
    <name>LegislationItem</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Protected characteristics</source>
        <translation>Protected characteristics</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
</context>
<context>
    <name>LinkMissionsDialog</name>
    <message>
        <source>Link to Missions</source>
        <translation>Link to Missions</translation>
    </message>
    <message>
        <source>Filter by code, title or country</source>
        <translation>Filter by code, title or country</translation>
    </message>
    <message>
        <source>Role in these missions, e.g. Regional police chief</source>
        <translation>Role in these missions, e.g. Regional police chief</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Missions (tick each one; Space ticks the one in hand):</source>
        <translation>&amp;Missions (tick each one; Space ticks the one in hand):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Tick at least one mission to link to.</source>
        <translation>Tick at least one mission to link to.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Intervention Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Intervention Planner databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Intervention Planner</source>
        <translation>Intervention Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;New Database…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>Open &amp;Demo Database</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Close Database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>&amp;Missions</source>
        <translation>&amp;Missions</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>&amp;Stakeholders</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Intervention Planner</source>
        <translation>&amp;About Intervention Planner</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Check that your home folder has free space.</source>
        <translation>Check that your home folder has free space.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>New Database</translation>
    </message>
    <message>
        <source>planning.sqlite</source>
        <translation>planning.sqlite</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Demo database — Intervention Planner</source>
        <translation>Demo database — Intervention Planner</translation>
    </message>
    <message>
        <source>%1 — Intervention Planner</source>
        <translation>%1 — Intervention Planner</translation>
    </message>
    <message>
        <source>Demo database (fictional data, reset at each start): %1</source>
        <translation>Demo database (fictional data, reset at each start): %1</translation>
    </message>
    <message>
        <source>About Intervention Planner</source>
        <translation>About Intervention Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Intervention Planner %1&lt;/h3&gt;&lt;p&gt;Plans international capacity-building interventions through the five stages of the LEOP model, offline.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · data format %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Intervention Planner %1&lt;/h3&gt;&lt;p&gt;Plans international capacity-building interventions through the five stages of the LEOP model, offline.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · data format %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(no database open)</source>
        <translation>(no database open)</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>Undo or redo failed</translation>
    </message>
    <message>
        <source>S&amp;takeholder</source>
        <translation>S&amp;takeholder</translation>
    </message>
    <message>
        <source>&amp;Import Stakeholders from CSV…</source>
        <translation>&amp;Import Stakeholders from CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport List to CSV…</source>
        <translation>E&amp;xport List to CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Import Stakeholders</source>
        <translation>Import Stakeholders</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) imported. Ctrl+Z takes the import back.</source>
        <translation><numerusform>%n stakeholder imported. Ctrl+Z takes the import back.</numerusform><numerusform>%n stakeholders imported. Ctrl+Z takes the import back.</numerusform></translation>
    </message>
    <message>
        <source>Risk &amp;Bands and RAG Thresholds…</source>
        <translation>Risk &amp;Bands and RAG Thresholds…</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode…</source>
        <translation>&amp;Workshop Mode…</translation>
    </message>
    <message>
        <source>%1 What is shown may be incomplete; nothing was changed.</source>
        <translation>%1 What is shown may be incomplete; nothing was changed.</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restore from &amp;Backup…</translation>
    </message>
    <message>
        <source>Read-only: %1 is open for writing elsewhere (%2). Nothing can be changed here.</source>
        <translation>Read-only: %1 is open for writing elsewhere (%2). Nothing can be changed here.</translation>
    </message>
    <message>
        <source>another window</source>
        <translation>another window</translation>
    </message>
    <message>
        <source>Open for &amp;Editing</source>
        <translation>Open for &amp;Editing</translation>
    </message>
    <message>
        <source>%1 was moved aside as %2.</source>
        <translation>%1 was moved aside as %2.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>The file it replaced is kept as %1.</translation>
    </message>
    <message>
        <source>%1-copy-%2.sqlite</source>
        <translation>%1-copy-%2.sqlite</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <source>A complete copy was saved as %1.</source>
        <translation>A complete copy was saved as %1.</translation>
    </message>
    <message>
        <source>The last change may not be saved</source>
        <translation>The last change may not be saved</translation>
    </message>
    <message>
        <source>Demo: not backed up</source>
        <translation>Demo: not backed up</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Last backup %1</translation>
    </message>
    <message>
        <source>%1 (read-only) — Intervention Planner</source>
        <translation>%1 (read-only) — Intervention Planner</translation>
    </message>
    <message>
        <source>%1 is back as it was at the backup of %2.</source>
        <translation>%1 is back as it was at the backup of %2.</translation>
    </message>
    <message>
        <source>&amp;Break the Lock…</source>
        <translation>&amp;Break the Lock…</translation>
    </message>
    <message>
        <source>Break the Lock</source>
        <translation>Break the Lock</translation>
    </message>
    <message>
        <source>Break the lock only if Intervention Planner no longer runs on the other computer (it crashed, or was switched off).</source>
        <translation>Break the lock only if Intervention Planner no longer runs on the other computer (it crashed, or was switched off).</translation>
    </message>
    <message>
        <source>If two people write the same file, each loses the other's changes.</source>
        <translation>If two people write the same file, each loses the other's changes.</translation>
    </message>
    <message>
        <source>&amp;Break the Lock and Edit</source>
        <translation>&amp;Break the Lock and Edit</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 could not be removed.</translation>
    </message>
    <message>
        <source>Restore from Backup: Choose the Database</source>
        <translation>Restore from Backup: Choose the Database</translation>
    </message>
    <message>
        <source>Import &amp;Field Package…</source>
        <translation>Import &amp;Field Package…</translation>
    </message>
    <message>
        <source>Export Field Packa&amp;ge…</source>
        <translation>Export Field Packa&amp;ge…</translation>
    </message>
    <message>
        <source>Pro&amp;grammes</source>
        <translation>Pro&amp;grammes</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>Every change is saved as you make it; Ctrl+Z takes one back.</source>
        <translation>Every change is saved as you make it; Ctrl+Z takes one back.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Open a database file (Ctrl+O)</source>
        <translation>Open a database file (Ctrl+O)</translation>
    </message>
    <message>
        <source>New Mission</source>
        <translation>New Mission</translation>
    </message>
    <message>
        <source>Start a new mission: its code, title, countries and dates</source>
        <translation>Start a new mission: its code, title, countries and dates</translation>
    </message>
    <message>
        <source>New Stakeholder</source>
        <translation>New Stakeholder</translation>
    </message>
    <message>
        <source>Add a person or group with a stake in your missions</source>
        <translation>Add a person or group with a stake in your missions</translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>Take back the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Make again the change taken back (Ctrl+Shift+Z)</source>
        <translation>Make again the change taken back (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Search the list on screen; case and accents are ignored (Ctrl+F)</source>
        <translation>Search the list on screen; case and accents are ignored (Ctrl+F)</translation>
    </message>
    <message>
        <source>Bring in stakeholders from a spreadsheet's CSV file; nothing is written until you confirm</source>
        <translation>Bring in stakeholders from a spreadsheet's CSV file; nothing is written until you confirm</translation>
    </message>
    <message>
        <source>Write the list on screen to a CSV file; sensitive columns only if you include them (Ctrl+Shift+E)</source>
        <translation>Write the list on screen to a CSV file; sensitive columns only if you include them (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Mission Report</source>
        <translation>Mission Report</translation>
    </message>
    <message>
        <source>A PDF report of the mission selected in the list of missions</source>
        <translation>A PDF report of the mission selected in the list of missions</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Charts of progress, stakeholders and risks (Ctrl+5)</source>
        <translation>Charts of progress, stakeholders and risks (Ctrl+5)</translation>
    </message>
    <message>
        <source>Large type for a projector, clicker keys, no sensitive field on the wall (F5)</source>
        <translation>Large type for a projector, clicker keys, no sensitive field on the wall (F5)</translation>
    </message>
    <message>
        <source>Take in a field package from a field laptop or another mission, seeing what it changes first</source>
        <translation>Take in a field package from a field laptop or another mission, seeing what it changes first</translation>
    </message>
    <message>
        <source>Seal missions into an encrypted file for a field laptop or the next mission</source>
        <translation>Seal missions into an encrypted file for a field laptop or the next mission</translation>
    </message>
    <message>
        <source>A short guide to the app (F1)</source>
        <translation>A short guide to the app (F1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the database is open read-only.</source>
        <translation>the database is open read-only.</translation>
    </message>
    <message>
        <source>select a mission in the list first.</source>
        <translation>select a mission in the list first.</translation>
    </message>
</context>
<context>
    <name>Material</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>Mission</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>National counterpart</source>
        <translation>National counterpart</translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation>Handover notes</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>MoU date</source>
        <translation>MoU date</translation>
    </message>
    <message>
        <source>A signed or expired MoU needs the date it was signed.</source>
        <translation>A signed or expired MoU needs the date it was signed.</translation>
    </message>
    <message>
        <source>Budget cannot be negative.</source>
        <translation>Budget cannot be negative.</translation>
    </message>
    <message>
        <source>Currency "%1" is not a three-letter ISO 4217 code such as EUR or USD.</source>
        <translation>Currency "%1" is not a three-letter ISO 4217 code such as EUR or USD.</translation>
    </message>
    <message>
        <source>A mission cannot be its own predecessor.</source>
        <translation>A mission cannot be its own predecessor.</translation>
    </message>
    <message>
        <source>Code %1 is already used by another mission; choose another.</source>
        <translation>Code %1 is already used by another mission; choose another.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>lead organisation</translation>
    </message>
    <message>
        <source>national counterpart</source>
        <translation>national counterpart</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>MoU status</source>
        <translation>MoU status</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>context</source>
        <translation>context</translation>
    </message>
    <message>
        <source>handover notes</source>
        <translation>handover notes</translation>
    </message>
    <message>
        <source>archive state</source>
        <translation>archive state</translation>
    </message>
    <message>
        <source>Trainers target must be between 0 and 100,000 (it is %1).</source>
        <translation>Trainers target must be between 0 and 100,000 (it is %1).</translation>
    </message>
    <message>
        <source>Officers target must be between 0 and 10,000,000 (it is %1).</source>
        <translation>Officers target must be between 0 and 10,000,000 (it is %1).</translation>
    </message>
    <message>
        <source>trainers target</source>
        <translation>trainers target</translation>
    </message>
    <message>
        <source>officers target</source>
        <translation>officers target</translation>
    </message>
    <message>
        <source>national curriculum status</source>
        <translation>national curriculum status</translation>
    </message>
    <message>
        <source>Women's share target must be between 0 and 100 % (it is %1).</source>
        <translation>Women's share target must be between 0 and 100 % (it is %1).</translation>
    </message>
    <message>
        <source>women's share target</source>
        <translation>women's share target</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <source>An outcome date needs an outcome: choose what became of the mission, or clear the date.</source>
        <translation>An outcome date needs an outcome: choose what became of the mission, or clear the date.</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Outcome note</translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation>Site %1: %2</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>outcome date</source>
        <translation>outcome date</translation>
    </message>
    <message>
        <source>outcome note</source>
        <translation>outcome note</translation>
    </message>
    <message>
        <source>A predecessor mission no longer exists.</source>
        <translation>A predecessor mission no longer exists.</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>The programme no longer exists.</translation>
    </message>
</context>
<context>
    <name>MissionDashboardView</name>
    <message>
        <source>Click a cell of a heat map to list its risks.</source>
        <translation>Click a cell of a heat map to list its risks.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Residual likelihood %1 × impact %2: %n risk(s)</source>
        <translation><numerusform>Residual likelihood %1 × impact %2: %n risk</numerusform><numerusform>Residual likelihood %1 × impact %2: %n risks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 × impact %2: %n risk(s)</source>
        <translation><numerusform>Likelihood %1 × impact %2: %n risk</numerusform><numerusform>Likelihood %1 × impact %2: %n risks</numerusform></translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1 (owner: %2)</translation>
    </message>
    <message>
        <source>Stakeholders: power and interest (colour: attitude; size: trust)</source>
        <translation>Stakeholders: power and interest (colour: attitude; size: trust)</translation>
    </message>
    <message>
        <source>Enter or a double click opens the risk</source>
        <translation>Enter or a double click opens the risk</translation>
    </message>
    <message>
        <source>M&amp;ission:</source>
        <translation>M&amp;ission:</translation>
    </message>
    <message>
        <source>Stakeholders by type in each quadrant (fewer than %1 of a type: not shown)</source>
        <translation>Stakeholders by type in each quadrant (fewer than %1 of a type: not shown)</translation>
    </message>
    <message>
        <source>SENSITIVE: names, attitude and trust shown (Ctrl+Shift+U hides them)</source>
        <translation>SENSITIVE: names, attitude and trust shown (Ctrl+Shift+U hides them)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (came true %2)%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (came true %2)%3</translation>
    </message>
    <message>
        <source>on a date not recorded</source>
        <translation>on a date not recorded</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>No risk of this mission has come true.</source>
        <translation>No risk of this mission has come true.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issues&lt;/b&gt;, risks that came true (not on the heat maps): %1</source>
        <translation>&lt;b&gt;Issues&lt;/b&gt;, risks that came true (not on the heat maps): %1</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <source>New Mission</source>
        <translation>New Mission</translation>
    </message>
    <message>
        <source>Mission %1</source>
        <translation>Mission %1</translation>
    </message>
    <message>
        <source>e.g. HR-HC-02</source>
        <translation>e.g. HR-HC-02</translation>
    </message>
    <message>
        <source>What the mission is for, in a few words</source>
        <translation>What the mission is for, in a few words</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>What the next team must know: open cases, contacts, lessons learned</source>
        <translation>What the next team must know: open cases, contacts, lessons learned</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Lead organisation:</source>
        <translation>&amp;Lead organisation:</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>Conte&amp;xt:</translation>
    </message>
    <message>
        <source>Current sta&amp;ge:</source>
        <translation>Current sta&amp;ge:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>&amp;MoU:</source>
        <translation>&amp;MoU:</translation>
    </message>
    <message>
        <source>MoU &amp;date:</source>
        <translation>MoU &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Handover notes:</source>
        <translation>&amp;Handover notes:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Link stakeholders to this mission from their own record, on the Stakeholders page.</source>
        <translation>Link stakeholders to this mission from their own record, on the Stakeholders page.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>&amp;Log Engagement…</source>
        <translation>&amp;Log Engagement…</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>With:</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, done</translation>
    </message>
    <message>
        <source>Move between stages on the Stages tab.</source>
        <translation>Move between stages on the Stages tab.</translation>
    </message>
    <message>
        <source>Records added on the other tabs are saved at once. Save keeps the changes to the details.</source>
        <translation>Records added on the other tabs are saved at once. Save keeps the changes to the details.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Archi&amp;ved (hidden from the missions list)</source>
        <translation>Archi&amp;ved (hidden from the missions list)</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>&amp;National counterpart:</source>
        <translation>&amp;National counterpart:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Sta&amp;rt date:</source>
        <translation>Sta&amp;rt date:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Tick every mission this one took over from: their handover notes and lessons are this one's starting point.</source>
        <translation>Tick every mission this one took over from: their handover notes and lessons are this one's starting point.</translation>
    </message>
    <message>
        <source>None (a mission on its own)</source>
        <translation>None (a mission on its own)</translation>
    </message>
    <message>
        <source>How it ended, in a sentence</source>
        <translation>How it ended, in a sentence</translation>
    </message>
    <message>
        <source>Part o&amp;f programme:</source>
        <translation>Part o&amp;f programme:</translation>
    </message>
    <message>
        <source>&amp;Predecessors:</source>
        <translation>&amp;Predecessors:</translation>
    </message>
    <message>
        <source>Outcome &amp;known on:</source>
        <translation>Outcome &amp;known on:</translation>
    </message>
    <message>
        <source>Ho&amp;w it ended:</source>
        <translation>Ho&amp;w it ended:</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>S&amp;ites:</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Risks of this mission</source>
        <translation>Risks of this mission</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s) of %1. The Risks page has every risk, with its actions and history.</source>
        <translation><numerusform>%n open risk of %1. The Risks page has every risk, with its actions and history.</numerusform><numerusform>%n open risks of %1. The Risks page has every risk, with its actions and history.</numerusform></translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>New Risk</translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation>Edit Risk</translation>
    </message>
</context>
<context>
    <name>MissionFigures</name>
    <message numerus="yes">
        <source>%n trainer(s) certified.</source>
        <translation><numerusform>%n trainer certified.</numerusform><numerusform>%n trainers certified.</numerusform></translation>
    </message>
    <message>
        <source>Moved into the stage %1.</source>
        <translation>Moved into the stage %1.</translation>
    </message>
    <message>
        <source>%1: %2 %3 recorded.</source>
        <translation>%1: %2 %3 recorded.</translation>
    </message>
    <message>
        <source>The risk "%1" came true.</source>
        <translation>The risk "%1" came true.</translation>
    </message>
    <message>
        <source>The risk "%1" was added.</source>
        <translation>The risk "%1" was added.</translation>
    </message>
    <message>
        <source>Stage %1 of %2, %3: %4 %</source>
        <translation>Stage %1 of %2, %3: %4 %</translation>
    </message>
    <message>
        <source>%1 (%2 women, %3 %)</source>
        <translation>%1 (%2 women, %3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n training session(s) held; people trained: %1.</source>
        <translation><numerusform>%n training session held; people trained: %1.</numerusform><numerusform>%n training sessions held; people trained: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>MissionGlance</name>
    <message>
        <source>Consultation session</source>
        <translation>Consultation session</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Follow-up activity</source>
        <translation>Follow-up activity</translation>
    </message>
    <message>
        <source>Mission ends</source>
        <translation>Mission ends</translation>
    </message>
</context>
<context>
    <name>MissionReport</name>
    <message>
        <source>National counterpart: %1. From %2 to %3. Status: %4. Current stage: %5. Memorandum of understanding: %6 %7.</source>
        <translation>National counterpart: %1. From %2 to %3. Status: %4. Current stage: %5. Memorandum of understanding: %6 %7.</translation>
    </message>
    <message>
        <source>Report of %1. It includes sensitive stakeholder fields: keep it with people who may see them.</source>
        <translation>Report of %1. It includes sensitive stakeholder fields: keep it with people who may see them.</translation>
    </message>
    <message>
        <source>Report of %1. Sensitive stakeholder fields are left out.</source>
        <translation>Report of %1. Sensitive stakeholder fields are left out.</translation>
    </message>
    <message>
        <source>Fictional demo data.</source>
        <translation>Fictional demo data.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risk register</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (closed)</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Mitigation:</source>
        <translation>Mitigation:</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation>No value yet</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Power %1</source>
        <translation>Power %1</translation>
    </message>
    <message>
        <source>Interest %1</source>
        <translation>Interest %1</translation>
    </message>
    <message>
        <source>Attitude: %1</source>
        <translation>Attitude: %1</translation>
    </message>
    <message>
        <source>Trust %1</source>
        <translation>Trust %1</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Mission report</translation>
    </message>
    <message>
        <source>Nothing recorded yet for: %1.</source>
        <translation>Nothing recorded yet for: %1.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Part of the programme %1, led by %2.</source>
        <translation>Part of the programme %1, led by %2.</translation>
    </message>
    <message>
        <source>Outcome: %1 %2. %3</source>
        <translation>Outcome: %1 %2. %3</translation>
    </message>
    <message>
        <source>%1 (came true %2: %3)</source>
        <translation>%1 (came true %2: %3)</translation>
    </message>
    <message>
        <source>No risk is recorded for this mission.</source>
        <translation>No risk is recorded for this mission.</translation>
    </message>
    <message>
        <source>No indicator is defined for this mission.</source>
        <translation>No indicator is defined for this mission.</translation>
    </message>
    <message>
        <source>No stakeholder is linked to this mission.</source>
        <translation>No stakeholder is linked to this mission.</translation>
    </message>
    <message>
        <source>Reporting period: %1 to %2.</source>
        <translation>Reporting period: %1 to %2.</translation>
    </message>
    <message>
        <source>Indicators on %1</source>
        <translation>Indicators on %1</translation>
    </message>
    <message>
        <source>Due by then</source>
        <translation>Due by then</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Annex A: charts of the mission to date</source>
        <translation>Annex A: charts of the mission to date</translation>
    </message>
    <message>
        <source>Annex B: stakeholders</source>
        <translation>Annex B: stakeholders</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>In the period</translation>
    </message>
    <message>
        <source>Training sessions held</source>
        <translation>Training sessions held</translation>
    </message>
    <message numerus="yes">
        <source>%n more planned</source>
        <translation><numerusform>%n more planned</numerusform><numerusform>%n more planned</numerusform></translation>
    </message>
    <message>
        <source>%1 (women %2 %)</source>
        <translation>%1 (women %2 %)</translation>
    </message>
    <message>
        <source>People trained in those sessions, every tier</source>
        <translation>People trained in those sessions, every tier</translation>
    </message>
    <message>
        <source>Of them, officers reached by the cascade (sessions led by the mission's certified trainers)</source>
        <translation>Of them, officers reached by the cascade (sessions led by the mission's certified trainers)</translation>
    </message>
    <message>
        <source>Trainers certified</source>
        <translation>Trainers certified</translation>
    </message>
    <message>
        <source>People consulted</source>
        <translation>People consulted</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n session(s)</source>
        <translation><numerusform>%1 in %n session</numerusform><numerusform>%1 in %n sessions</numerusform></translation>
    </message>
    <message>
        <source>Follow-up activities held</source>
        <translation>Follow-up activities held</translation>
    </message>
    <message>
        <source>None defined</source>
        <translation>None defined</translation>
    </message>
    <message>
        <source>People trained are counted from the training sessions held, at every tier; the cascade counts those in sessions led by the mission's own trainers. An indicator shows the values recorded for it, which may be counted from other sources (a partner's own records).</source>
        <translation>People trained are counted from the training sessions held, at every tier; the cascade counts those in sessions led by the mission's own trainers. An indicator shows the values recorded for it, which may be counted from other sources (a partner's own records).</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Top risks</translation>
    </message>
    <message>
        <source>No open risk.</source>
        <translation>No open risk.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), owner %4.</source>
        <translation>%1: %2 (%3), owner %4.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>not named</translation>
    </message>
    <message>
        <source>What changed in the period</source>
        <translation>What changed in the period</translation>
    </message>
    <message>
        <source>Nothing recorded changed in the period.</source>
        <translation>Nothing recorded changed in the period.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Activities and participants</source>
        <translation>Activities and participants</translation>
    </message>
    <message>
        <source>No training session was held in the period.</source>
        <translation>No training session was held in the period.</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Training session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Other or not recorded</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>People trained by sex and tier</source>
        <translation>People trained by sex and tier</translation>
    </message>
    <message>
        <source>The risks recorded by %1, as they stand on %2.</source>
        <translation>The risks recorded by %1, as they stand on %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n; people reached: %1</source>
        <translation><numerusform>%n; people reached: %1</numerusform><numerusform>%n; people reached: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Consultation: %n session(s) in the period; people taking part: %1.</source>
        <translation><numerusform>Consultation: %n session in the period; people taking part: %1.</numerusform><numerusform>Consultation: %n sessions in the period; people taking part: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Post-training support: %n activity(ies) held; people reached: %1.</source>
        <translation><numerusform>Post-training support: %n activity held; people reached: %1.</numerusform><numerusform>Post-training support: %n activities held; people reached: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>MissionSite</name>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institution</translation>
    </message>
</context>
<context>
    <name>MissionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>MissionTimeline</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Memorandum of understanding: %1</source>
        <translation>Memorandum of understanding: %1</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>MoU</translation>
    </message>
    <message>
        <source>Mission starts</source>
        <translation>Mission starts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Mission ends</source>
        <translation>Mission ends</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation>Show arc&amp;hived</translation>
    </message>
    <message>
        <source>&amp;New Mission…</source>
        <translation>&amp;New Mission…</translation>
    </message>
    <message>
        <source>&amp;Open Mission…</source>
        <translation>&amp;Open Mission…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Mission</source>
        <translation>D&amp;uplicate Mission</translation>
    </message>
    <message>
        <source>&amp;Archive Mission</source>
        <translation>&amp;Archive Mission</translation>
    </message>
    <message>
        <source>&amp;Delete Mission…</source>
        <translation>&amp;Delete Mission…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Any stage</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filter by stage</translation>
    </message>
    <message>
        <source>Filter by lead organisation</source>
        <translation>Filter by lead organisation</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Any country</translation>
    </message>
    <message>
        <source>Any lead organisation</source>
        <translation>Any lead organisation</translation>
    </message>
    <message>
        <source>Un&amp;archive Mission</source>
        <translation>Un&amp;archive Mission</translation>
    </message>
    <message>
        <source>Mission %1 created.</source>
        <translation>Mission %1 created.</translation>
    </message>
    <message>
        <source>Mission archived. Ctrl+Z undoes it; "Show archived" lists it.</source>
        <translation>Mission archived. Ctrl+Z undoes it; "Show archived" lists it.</translation>
    </message>
    <message>
        <source>Mission restored from the archive.</source>
        <translation>Mission restored from the archive.</translation>
    </message>
    <message>
        <source>Delete Mission</source>
        <translation>Delete Mission</translation>
    </message>
    <message>
        <source>Delete mission %1, "%2"?</source>
        <translation>Delete mission %1, "%2"?</translation>
    </message>
    <message>
        <source>Its stakeholders and engagements stay. You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Its stakeholders and engagements stay. You can undo this with Edit &gt; Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Mission %1 deleted. Ctrl+Z brings it back.</source>
        <translation>Mission %1 deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Mission &amp;Report (PDF)…</source>
        <translation>Mission &amp;Report (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print Mission Report…</source>
        <translation>&amp;Print Mission Report…</translation>
    </message>
    <message>
        <source>Mission Report</source>
        <translation>Mission Report</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>%1 report.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Print Mission Report</source>
        <translation>Print Mission Report</translation>
    </message>
    <message>
        <source>Filter by country (any of a mission's sites)</source>
        <translation>Filter by country (any of a mission's sites)</translation>
    </message>
    <message>
        <source>Filter by programme</source>
        <translation>Filter by programme</translation>
    </message>
    <message>
        <source>Any programme</source>
        <translation>Any programme</translation>
    </message>
    <message>
        <source>A PDF report across the missions shown in the list: filter by programme for a programme's report</source>
        <translation>A PDF report across the missions shown in the list: filter by programme for a programme's report</translation>
    </message>
    <message>
        <source>No mission is shown in the list: change the filters first.</source>
        <translation>No mission is shown in the list: change the filters first.</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Portfolio report</translation>
    </message>
    <message>
        <source>Programme report: %1</source>
        <translation>Programme report: %1</translation>
    </message>
    <message>
        <source>search "%1"</source>
        <translation>search "%1"</translation>
    </message>
    <message>
        <source>The missions shown in the list: %1.</source>
        <translation>The missions shown in the list: %1.</translation>
    </message>
    <message>
        <source>Portfolio Report</source>
        <translation>Portfolio Report</translation>
    </message>
    <message>
        <source>Portfolio report.pdf</source>
        <translation>Portfolio report.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n mission(s)…</source>
        <translation><numerusform>Counting %n mission…</numerusform><numerusform>Counting %n missions…</numerusform></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>The report was stopped; nothing was written.</source>
        <translation>The report was stopped; nothing was written.</translation>
    </message>
    <message>
        <source>Por&amp;tfolio Report (PDF)…</source>
        <translation>Por&amp;tfolio Report (PDF)…</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Add Module</source>
        <translation>Add Module</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>By the end, participants can…</source>
        <translation>By the end, participants can…</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>Target &amp;group:</translation>
    </message>
    <message>
        <source>Learning &amp;objectives:</source>
        <translation>Learning &amp;objectives:</translation>
    </message>
</context>
<context>
    <name>ModuleNeed</name>
    <message>
        <source>coverage</source>
        <translation>coverage</translation>
    </message>
</context>
<context>
    <name>MoveStageDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <source>The mission moves from %1 to %2.</source>
        <translation>The mission moves from %1 to %2.</translation>
    </message>
    <message>
        <source>These exit criteria of %1 are not met:
%2

Say why the mission moves on anyway; the answer is kept with the move.</source>
        <translation>These exit criteria of %1 are not met:
%2

Say why the mission moves on anyway; the answer is kept with the move.</translation>
    </message>
    <message>
        <source>The day the mission moved on: today, or an earlier day when the move is recorded after the fact.</source>
        <translation>The day the mission moved on: today, or an earlier day when the move is recorded after the fact.</translation>
    </message>
    <message>
        <source>Moved &amp;on:</source>
        <translation>Moved &amp;on:</translation>
    </message>
    <message>
        <source>Required: the criteria are not met</source>
        <translation>Required: the criteria are not met</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Say on which day the mission moved.</source>
        <translation>Say on which day the mission moved.</translation>
    </message>
    <message>
        <source>Say why the mission moves on although criteria are unmet.</source>
        <translation>Say why the mission moves on although criteria are unmet.</translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Choose the mission.</source>
        <translation>Choose the mission.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Current score</source>
        <translation>Current score</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>Target score</translation>
    </message>
    <message>
        <source>The target score (%1) is below the current score (%2).</source>
        <translation>The target score (%1) is below the current score (%2).</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>target group</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>capacity dimension</source>
        <translation>capacity dimension</translation>
    </message>
    <message>
        <source>current score</source>
        <translation>current score</translation>
    </message>
    <message>
        <source>target score</source>
        <translation>target score</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>noted on</source>
        <translation>noted on</translation>
    </message>
</context>
<context>
    <name>NeedEditor</name>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Add Need</source>
        <translation>Add Need</translation>
    </message>
    <message>
        <source>Edit Need</source>
        <translation>Edit Need</translation>
    </message>
    <message>
        <source>e.g. Record the bias motive in every incident report</source>
        <translation>e.g. Record the bias motive in every incident report</translation>
    </message>
    <message>
        <source>No particular dimension</source>
        <translation>No particular dimension</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Need:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>&amp;Target group:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <source>Capacity &amp;dimension:</source>
        <translation>Capacity &amp;dimension:</translation>
    </message>
    <message>
        <source>&amp;Current score (0-4):</source>
        <translation>&amp;Current score (0-4):</translation>
    </message>
    <message>
        <source>T&amp;arget score (0-4):</source>
        <translation>T&amp;arget score (0-4):</translation>
    </message>
    <message>
        <source>Findings it came from</source>
        <translation>Findings it came from</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>Came &amp;from:</translation>
    </message>
    <message>
        <source>N&amp;oted on:</source>
        <translation>N&amp;oted on:</translation>
    </message>
</context>
<context>
    <name>OpenErrorDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>&amp;Move It Aside and Open</source>
        <translation>&amp;Move It Aside and Open</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
</context>
<context>
    <name>OwnKey</name>
    <message>
        <source>public key</source>
        <translation>public key</translation>
    </message>
    <message>
        <source>sealed secret key</source>
        <translation>sealed secret key</translation>
    </message>
    <message>
        <source>key derivation</source>
        <translation>key derivation</translation>
    </message>
</context>
<context>
    <name>PackageFile</name>
    <message>
        <source>This is not an Intervention Planner field package.</source>
        <translation>This is not an Intervention Planner field package.</translation>
    </message>
    <message>
        <source>The package is cut short: it ends inside its header. Ask for it again.</source>
        <translation>The package is cut short: it ends inside its header. Ask for it again.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Intervention Planner (package format %1; this version reads format %2). Update Intervention Planner to open it.</source>
        <translation>The package was made by a newer version of Intervention Planner (package format %1; this version reads format %2). Update Intervention Planner to open it.</translation>
    </message>
    <message>
        <source>The package's header is damaged: nothing can be read from it.</source>
        <translation>The package's header is damaged: nothing can be read from it.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>The encryption library could not start.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the package's key.</source>
        <translation>There is not enough memory to derive the package's key.</translation>
    </message>
    <message>
        <source>The package's header asks for a key derivation this version does not accept; it may have been altered.</source>
        <translation>The package's header asks for a key derivation this version does not accept; it may have been altered.</translation>
    </message>
    <message>
        <source>The passphrase is not the one this package was sealed with.</source>
        <translation>The passphrase is not the one this package was sealed with.</translation>
    </message>
    <message>
        <source>The package is cut short: it ends before its contents. Ask for it again.</source>
        <translation>The package is cut short: it ends before its contents. Ask for it again.</translation>
    </message>
    <message>
        <source>The package has been altered or damaged: its contents do not verify.</source>
        <translation>The package has been altered or damaged: its contents do not verify.</translation>
    </message>
    <message>
        <source>The package is cut short: part %1 of it is missing. Nothing was read from it; ask for it again.</source>
        <translation>The package is cut short: part %1 of it is missing. Nothing was read from it; ask for it again.</translation>
    </message>
    <message>
        <source>The package has been altered or damaged (part %1 does not verify). Nothing was read from it.</source>
        <translation>The package has been altered or damaged (part %1 does not verify). Nothing was read from it.</translation>
    </message>
    <message>
        <source>The package has been altered: there are bytes after its end. Nothing was read from it.</source>
        <translation>The package has been altered: there are bytes after its end. Nothing was read from it.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 could not be written whole (%2); nothing was left under that name.</source>
        <translation>%1 could not be written whole (%2); nothing was left under that name.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>A package needs a passphrase or recipients: it is never written unencrypted.</source>
        <translation>A package needs a passphrase or recipients: it is never written unencrypted.</translation>
    </message>
    <message>
        <source>A package sealed to recipients is signed by its sender: unlock this database's key first.</source>
        <translation>A package sealed to recipients is signed by its sender: unlock this database's key first.</translation>
    </message>
    <message>
        <source>The sender's key is not a valid key pair.</source>
        <translation>The sender's key is not a valid key pair.</translation>
    </message>
    <message>
        <source>A recipient's public key is not valid.</source>
        <translation>A recipient's public key is not valid.</translation>
    </message>
    <message>
        <source>The package is cut short or altered: its sender's signature is missing. Nothing was read from it.</source>
        <translation>The package is cut short or altered: its sender's signature is missing. Nothing was read from it.</translation>
    </message>
    <message>
        <source>The package has been altered: its signature (by %1) does not match its contents. Nothing was read from it.</source>
        <translation>The package has been altered: its signature (by %1) does not match its contents. Nothing was read from it.</translation>
    </message>
    <message>
        <source>The package is sealed to its recipients' keys (%1): unlock this database's key to open it.</source>
        <translation>The package is sealed to its recipients' keys (%1): unlock this database's key to open it.</translation>
    </message>
    <message>
        <source>The package was made for other recipients (%1), not for this database (%2). Nothing was read from it.</source>
        <translation>The package was made for other recipients (%1), not for this database (%2). Nothing was read from it.</translation>
    </message>
    <message>
        <source>The package has been altered: its key for this database does not open. Nothing was read from it.</source>
        <translation>The package has been altered: its key for this database does not open. Nothing was read from it.</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Import Field Package</source>
        <translation>Import Field Package</translation>
    </message>
    <message>
        <source>%1 (export %2 of %3)</source>
        <translation>%1 (export %2 of %3)</translation>
    </message>
    <message>
        <source>&lt;p&gt;What importing &lt;b&gt;%1&lt;/b&gt; would change here. Nothing has been written yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;What importing &lt;b&gt;%1&lt;/b&gt; would change here. Nothing has been written yet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>&amp;What needs a look:</source>
        <translation>&amp;What needs a look:</translation>
    </message>
    <message>
        <source>Conflict: %1 “%2”</source>
        <translation>Conflict: %1 “%2”</translation>
    </message>
    <message>
        <source>Possible duplicate, not imported until the two are combined: %1 “%2”</source>
        <translation>Possible duplicate, not imported until the two are combined: %1 “%2”</translation>
    </message>
    <message>
        <source>Possible duplicate, imported and flagged: %1 “%2”</source>
        <translation>Possible duplicate, imported and flagged: %1 “%2”</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Nothing: every record can come in as it is.</source>
        <translation>Nothing: every record can come in as it is.</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation>&amp;Review Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read by this version.</source>
        <translation><numerusform>%n row cannot be read by this version.</numerusform><numerusform>%n rows cannot be read by this version.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides are still to decide: Review Conflicts.</source>
        <translation><numerusform>%n field changed on both sides is still to decide: Review Conflicts.</numerusform><numerusform>%n fields changed on both sides are still to decide: Review Conflicts.</numerusform></translation>
    </message>
    <message>
        <source>Ready: Import writes all of it in one step.</source>
        <translation>Ready: Import writes all of it in one step.</translation>
    </message>
    <message>
        <source>Nothing can be imported from this package as it stands.</source>
        <translation>Nothing can be imported from this package as it stands.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A redacted handover: its sender withheld contact details, ratings, attitudes, notes, accounts of engagements and protected names. What this computer holds of them stays as it is; new people come in not rated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A redacted handover: its sender withheld contact details, ratings, attitudes, notes, accounts of engagements and protected names. What this computer holds of them stays as it is; new people come in not rated.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Com&amp;bine With the Ones Here…</source>
        <translation>Com&amp;bine With the Ones Here…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) repeat one here (the same mission code, say) and cannot come in until the two are combined: Combine With the Ones Here.</source>
        <translation><numerusform>%n record repeats one here (the same mission code, say) and cannot come in until the two are combined: Combine With the Ones Here.</numerusform><numerusform>%n records repeat one here (the same mission code, say) and cannot come in until the two are combined: Combine With the Ones Here.</numerusform></translation>
    </message>
    <message>
        <source>• %1 “%2” of the package becomes “%3” here</source>
        <translation>• %1 “%2” of the package becomes “%3” here</translation>
    </message>
    <message>
        <source>Combine With the Ones Here</source>
        <translation>Combine With the Ones Here</translation>
    </message>
    <message>
        <source>Each of these records was made twice, once here and once where the package comes from:
%1

Combined, the package's record lands on the one here; where the two differ, you decide in the conflict review. Everything that named it in the package names the one here. Edit › Undo takes the combination back.</source>
        <translation>Each of these records was made twice, once here and once where the package comes from:
%1

Combined, the package's record lands on the one here; where the two differ, you decide in the conflict review. Everything that named it in the package names the one here. Edit › Undo takes the combination back.</translation>
    </message>
    <message>
        <source>The records could not be combined: %1</source>
        <translation>The records could not be combined: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>PackageScope</name>
    <message>
        <source>No mission has the code %1.</source>
        <translation>No mission has the code %1.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>Peer</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>public key</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>active missions</source>
        <translation>active missions</translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation>stakeholders</translation>
    </message>
    <message>
        <source>open risks rated high</source>
        <translation>open risks rated high</translation>
    </message>
    <message>
        <source>overdue follow-ups</source>
        <translation>overdue follow-ups</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1), oldest first</source>
        <translation>Overdue follow-ups (%1), oldest first</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>No follow-up is overdue.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Overdue risk reviews and actions</source>
        <translation>Overdue risk reviews and actions</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Overdue risk reviews and actions (%1), oldest first</source>
        <translation>Overdue risk reviews and actions (%1), oldest first</translation>
    </message>
    <message>
        <source>No risk review or action is overdue.</source>
        <translation>No risk review or action is overdue.</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>%1. %2, %3 %</source>
        <translation>%1. %2, %3 %</translation>
    </message>
    <message>
        <source>Reporting period: %1 to %2.</source>
        <translation>Reporting period: %1 to %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mission(s): %1.</source>
        <translation><numerusform>%n mission: %1.</numerusform><numerusform>%n missions: %1.</numerusform></translation>
    </message>
    <message>
        <source>Report of %1. It names no stakeholder.</source>
        <translation>Report of %1. It names no stakeholder.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Executive summary</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>In the period</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Training sessions held</source>
        <translation>Training sessions held</translation>
    </message>
    <message>
        <source>People trained in those sessions, every tier</source>
        <translation>People trained in those sessions, every tier</translation>
    </message>
    <message>
        <source>Of them, officers reached by the cascade</source>
        <translation>Of them, officers reached by the cascade</translation>
    </message>
    <message>
        <source>Trainers certified</source>
        <translation>Trainers certified</translation>
    </message>
    <message>
        <source>People consulted</source>
        <translation>People consulted</translation>
    </message>
    <message>
        <source>Follow-up activities held</source>
        <translation>Follow-up activities held</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>%1 green, %2 amber, %3 red, %4 without a value</source>
        <translation>%1 green, %2 amber, %3 red, %4 without a value</translation>
    </message>
    <message>
        <source>Open risks rated high</source>
        <translation>Open risks rated high</translation>
    </message>
    <message>
        <source>Each figure is the sum of the missions' own, counted as in their reports: people trained from the training sessions held, at every tier; the cascade from the sessions the missions' own trainers led.</source>
        <translation>Each figure is the sum of the missions' own, counted as in their reports: people trained from the training sessions held, at every tier; the cascade from the sessions the missions' own trainers led.</translation>
    </message>
    <message>
        <source>Missions that need attention</source>
        <translation>Missions that need attention</translation>
    </message>
    <message numerus="yes">
        <source>%n red indicator(s)</source>
        <translation><numerusform>%n red indicator</numerusform><numerusform>%n red indicators</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n high risk(s)</source>
        <translation><numerusform>%n high risk</numerusform><numerusform>%n high risks</numerusform></translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 %2: %3.</translation>
    </message>
    <message>
        <source>No mission has a red indicator or an open risk rated high.</source>
        <translation>No mission has a red indicator or an open risk rated high.</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>No mission.</source>
        <translation>No mission.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Trained in the period</source>
        <translation>Trained in the period</translation>
    </message>
    <message>
        <source>Trained by %1</source>
        <translation>Trained by %1</translation>
    </message>
    <message>
        <source>Indicators (green, amber, red)</source>
        <translation>Indicators (green, amber, red)</translation>
    </message>
    <message>
        <source>High risks</source>
        <translation>High risks</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>People trained by sex and tier</source>
        <translation>People trained by sex and tier</translation>
    </message>
    <message numerus="yes">
        <source>%n; people reached: %1</source>
        <translation><numerusform>%n; people reached: %1</numerusform><numerusform>%n; people reached: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>PowerInterestGrid</name>
    <message>
        <source>Power/interest grid</source>
        <translation>Power/interest grid</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Interest (1-5)</translation>
    </message>
    <message>
        <source>Power (1-5)</source>
        <translation>Power (1-5)</translation>
    </message>
    <message>
        <source>%1
%2 · power %3 · interest %4 · trust %5</source>
        <translation>%1
%2 · power %3 · interest %4 · trust %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No type with %1 or more here</source>
        <translation>No type with %1 or more here</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>A new language applies the next time Intervention Planner starts.</source>
        <translation>A new language applies the next time Intervention Planner starts.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Second Backup Folder</source>
        <translation>Second Backup Folder</translation>
    </message>
    <message>
        <source>Each time a database opens, its backup is copied here too. Choose a USB stick or another drive, so a lost or broken laptop does not take the backups with it.</source>
        <translation>Each time a database opens, its backup is copied here too. Choose a USB stick or another drive, so a lost or broken laptop does not take the backups with it.</translation>
    </message>
    <message>
        <source>Second &amp;backup folder:</source>
        <translation>Second &amp;backup folder:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <source>An outcome date needs an outcome: choose what became of the programme, or clear the date.</source>
        <translation>An outcome date needs an outcome: choose what became of the programme, or clear the date.</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Outcome note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A programme cannot be its own predecessor.</source>
        <translation>A programme cannot be its own predecessor.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>lead organisation</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>outcome date</source>
        <translation>outcome date</translation>
    </message>
    <message>
        <source>outcome note</source>
        <translation>outcome note</translation>
    </message>
    <message>
        <source>predecessor</source>
        <translation>predecessor</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Code %1 is already used by another programme; choose another.</source>
        <translation>Code %1 is already used by another programme; choose another.</translation>
    </message>
    <message>
        <source>That predecessor was itself replaced by this programme: choose another.</source>
        <translation>That predecessor was itself replaced by this programme: choose another.</translation>
    </message>
    <message>
        <source>The predecessor programme no longer exists.</source>
        <translation>The predecessor programme no longer exists.</translation>
    </message>
    <message>
        <source>%1 already replaced that programme: a programme has one successor.</source>
        <translation>%1 already replaced that programme: a programme has one successor.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDashboardView</name>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogramme:</translation>
    </message>
    <message>
        <source>Programme timeline</source>
        <translation>Programme timeline</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The programme's missions</source>
        <translation>The programme's missions</translation>
    </message>
    <message>
        <source>Enter or a double click shows the mission's dashboard</source>
        <translation>Enter or a double click shows the mission's dashboard</translation>
    </message>
    <message>
        <source>The programme's risks</source>
        <translation>The programme's risks</translation>
    </message>
    <message>
        <source>Enter or a double click opens the risk</source>
        <translation>Enter or a double click opens the risk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Missions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risks&lt;/b&gt;: those that came true first</source>
        <translation>&lt;b&gt;Risks&lt;/b&gt;: those that came true first</translation>
    </message>
    <message>
        <source>No programme is recorded yet. Add one on the Programmes page (Ctrl+6) to see how its missions spread.</source>
        <translation>No programme is recorded yet. Add one on the Programmes page (Ctrl+6) to see how its missions spread.</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Led by %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partners: %1</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, with %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>; outcome: %1</source>
        <translation>; outcome: %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> on %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>Replaced %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Replaced by %1</translation>
    </message>
    <message>
        <source>Core team: %1</source>
        <translation>Core team: %1</translation>
    </message>
    <message numerus="yes">
        <source>Missions: %1 in %n country(ies)</source>
        <translation><numerusform>Missions: %1 in %n country(ies)</numerusform><numerusform>Missions: %1 in %n country(ies)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Events: %1, %2 held with %n participant(s)</source>
        <translation><numerusform>Events: %1, %2 held with %n participant(s)</numerusform><numerusform>Events: %1, %2 held with %n participant(s)</numerusform></translation>
    </message>
    <message>
        <source>Risks: %1 open, %2 came true</source>
        <translation>Risks: %1 open, %2 came true</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>Missions by status</translation>
    </message>
    <message>
        <source>Missions not closed, by stage</source>
        <translation>Missions not closed, by stage</translation>
    </message>
    <message>
        <source>Missions by outcome</source>
        <translation>Missions by outcome</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>No programme</translation>
    </message>
    <message>
        <source>The programme has no mission yet.</source>
        <translation>The programme has no mission yet.</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Every mission of the programme is closed.</source>
        <translation>Every mission of the programme is closed.</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>Came true %1 · %2 (%3)%4</source>
        <translation>Came true %1 · %2 (%3)%4</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>(date unknown)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Open, score %1 · %2 (%3)</source>
        <translation>Open, score %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>No risk is recorded for this programme or its missions.</source>
        <translation>No risk is recorded for this programme or its missions.</translation>
    </message>
    <message>
        <source>Missions and events over time</source>
        <translation>Missions and events over time</translation>
    </message>
    <message>
        <source>%1 · %2: %3 to %4; %5, %6</source>
        <translation>%1 · %2: %3 to %4; %5, %6</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2%3 (%4)</source>
        <translation>%1 %2%3 (%4)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message numerus="yes">
        <source>held, %n participant(s)</source>
        <translation><numerusform>held, %n participant(s)</numerusform><numerusform>held, %n participant(s)</numerusform></translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Bars: missions, coloured by outcome (by status until it is known; hatched while planned) · Diamonds: events, filled when held · Dashed: today</source>
        <translation>Bars: missions, coloured by outcome (by status until it is known; hatched while planned) · Diamonds: events, filled when held · Dashed: today</translation>
    </message>
    <message>
        <source>&amp;Open Mission Dashboard</source>
        <translation>&amp;Open Mission Dashboard</translation>
    </message>
</context>
<context>
    <name>ProgrammeEvent</name>
    <message>
        <source>Choose the programme.</source>
        <translation>Choose the programme.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>Start date is required.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Others or not recorded</source>
        <translation>Others or not recorded</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100,000 (it is %2).</source>
        <translation>%1 must be between 0 and 100,000 (it is %2).</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>lead trainer</source>
        <translation>lead trainer</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>others or not recorded</source>
        <translation>others or not recorded</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message numerus="yes">
        <source>Held, %n people</source>
        <translation><numerusform>Held, %n people</numerusform><numerusform>Held, %n people</numerusform></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Events of the programme</source>
        <translation>Events of the programme</translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation>&amp;New Programme…</translation>
    </message>
    <message>
        <source>&amp;Open Programme…</source>
        <translation>&amp;Open Programme…</translation>
    </message>
    <message>
        <source>&amp;Delete Programme</source>
        <translation>&amp;Delete Programme</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>New Event</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Edit Event</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Delete Event</translation>
    </message>
    <message>
        <source>Choose a programme to see its missions, core team and events.</source>
        <translation>Choose a programme to see its missions, core team and events.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Missions: %1</source>
        <translation>Missions: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Core team: %1</source>
        <translation>Core team: %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partners: %1</translation>
    </message>
    <message>
        <source>Replaced %1.</source>
        <translation>Replaced %1.</translation>
    </message>
    <message>
        <source>New Programme</source>
        <translation>New Programme</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Delete Programme</source>
        <translation>Delete Programme</translation>
    </message>
    <message>
        <source>Delete the programme %1? Its missions stay, on their own.

Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete the programme %1? Its missions stay, on their own.

Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <source>e.g. LEOP-2</source>
        <translation>e.g. LEOP-2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Lead organisation:</source>
        <translation>&amp;Lead organisation:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source>Sta&amp;rt date:</source>
        <translation>Sta&amp;rt date:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>Outcome &amp;known on:</source>
        <translation>Outcome &amp;known on:</translation>
    </message>
    <message>
        <source>Ho&amp;w it ended:</source>
        <translation>Ho&amp;w it ended:</translation>
    </message>
    <message>
        <source>Replace&amp;d:</source>
        <translation>Replace&amp;d:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>The programme this one took over from; that one then shows this one as its successor.</source>
        <translation>The programme this one took over from; that one then shows this one as its successor.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Core tea&amp;m:</source>
        <translation>Core tea&amp;m:</translation>
    </message>
    <message>
        <source>The trainers and staff the programme shares across its missions: they can lead its events.</source>
        <translation>The trainers and staff the programme shares across its missions: they can lead its events.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>e.g. International seminar on recording bias motives</source>
        <translation>e.g. International seminar on recording bias motives</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Co&amp;untry:</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Led by:</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
    <message>
        <source>One of the programme's core team.</source>
        <translation>One of the programme's core team.</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Held</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>&amp;Women:</translation>
    </message>
    <message>
        <source>&amp;Men:</source>
        <translation>&amp;Men:</translation>
    </message>
    <message>
        <source>&amp;Others or not recorded:</source>
        <translation>&amp;Others or not recorded:</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Stage progress (%)</source>
        <translation>Stage progress (%)</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>%1: %2 %, %3</source>
        <translation>%1: %2 %, %3</translation>
    </message>
    <message>
        <source>Click to open the stage's forms.</source>
        <translation>Click to open the stage's forms.</translation>
    </message>
    <message>
        <source>Indicator achievement (%), coloured by status</source>
        <translation>Indicator achievement (%), coloured by status</translation>
    </message>
    <message>
        <source>Achievement against target (%)</source>
        <translation>Achievement against target (%)</translation>
    </message>
    <message>
        <source>%1 (%2)
Baseline %L3, target %L4 %5</source>
        <translation>%1 (%2)
Baseline %L3, target %L4 %5</translation>
    </message>
    <message>
        <source>Latest value %L1 on %2: %3 % of the way, %4</source>
        <translation>Latest value %L1 on %2: %3 % of the way, %4</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>no status</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Not measured yet</translation>
    </message>
    <message>
        <source>Click to open the indicator.</source>
        <translation>Click to open the indicator.</translation>
    </message>
    <message>
        <source>No indicator with a measured value yet.</source>
        <translation>No indicator with a measured value yet.</translation>
    </message>
    <message>
        <source>Behind the intermediate target of %L1 by %2 (%3 % of the way)</source>
        <translation>Behind the intermediate target of %L1 by %2 (%3 % of the way)</translation>
    </message>
    <message>
        <source>Intermediate target of %L1 by %2 (%3 % of the way)</source>
        <translation>Intermediate target of %L1 by %2 (%3 % of the way)</translation>
    </message>
    <message>
        <source>Next intermediate target: %L1 by %2</source>
        <translation>Next intermediate target: %L1 by %2</translation>
    </message>
    <message>
        <source>Intermediate target due by now</source>
        <translation>Intermediate target due by now</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Intervention Planner</source>
        <translation>Intervention Planner</translation>
    </message>
</context>
<context>
    <name>RatingSettingsDialog</name>
    <message>
        <source>Risk Bands and RAG Thresholds</source>
        <translation>Risk Bands and RAG Thresholds</translation>
    </message>
    <message>
        <source>Risk rating bands (score = likelihood × impact, 1-25)</source>
        <translation>Risk rating bands (score = likelihood × impact, 1-25)</translation>
    </message>
    <message>
        <source>&amp;Medium from score:</source>
        <translation>&amp;Medium from score:</translation>
    </message>
    <message>
        <source>&amp;High from score:</source>
        <translation>&amp;High from score:</translation>
    </message>
    <message>
        <source>Indicator status (achievement against target)</source>
        <translation>Indicator status (achievement against target)</translation>
    </message>
    <message>
        <source>&amp;Amber from:</source>
        <translation>&amp;Amber from:</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>&amp;Green from:</translation>
    </message>
    <message>
        <source>These settings are kept in the database, so everyone who opens it rates risks and indicators the same way.</source>
        <translation>These settings are kept in the database, so everyone who opens it rates risks and indicators the same way.</translation>
    </message>
</context>
<context>
    <name>RecordAlias</name>
    <message>
        <source>record type</source>
        <translation>record type</translation>
    </message>
    <message>
        <source>combined into</source>
        <translation>combined into</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add a record (Insert)</source>
        <translation>Add a record (Insert)</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Edit the selected record (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected record (Del); Undo brings it back</source>
        <translation>Delete the selected record (Del); Undo brings it back</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Whole Course</source>
        <translation>&amp;Whole Course</translation>
    </message>
    <message>
        <source>From the first day on record to %1</source>
        <translation>From the first day on record to %1</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>Reporting &amp;period:</translation>
    </message>
    <message>
        <source>The summary and the activities count what happened within the period; the indicators show where they stood at its end.</source>
        <translation>The summary and the activities count what happened within the period; the indicators show where they stood at its end.</translation>
    </message>
    <message>
        <source>Keep this report with people who may see these fields.</source>
        <translation>Keep this report with people who may see these fields.</translation>
    </message>
    <message>
        <source>Start of the period: %1</source>
        <translation>Start of the period: %1</translation>
    </message>
    <message>
        <source>End of the period: %1</source>
        <translation>End of the period: %1</translation>
    </message>
    <message>
        <source>Enter both days of the period, or press Whole Course.</source>
        <translation>Enter both days of the period, or press Whole Course.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>The period ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Include sensitive stakeholder fields</source>
        <translation>&amp;Include sensitive stakeholder fields</translation>
    </message>
    <message>
        <source>Contact details, attitudes, power, interest, trust and protected names: left out unless ticked.</source>
        <translation>Contact details, attitudes, power, interest, trust and protected names: left out unless ticked.</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>C&amp;ontinue…</translation>
    </message>
    <message>
        <source>The period ends after today (%1): a report covers what has happened.</source>
        <translation>The period ends after today (%1): a report covers what has happened.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Nobody has been recorded as trained yet.</source>
        <translation>Nobody has been recorded as trained yet.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Other or not recorded</translation>
    </message>
    <message>
        <source>Total in the period</source>
        <translation>Total in the period</translation>
    </message>
    <message>
        <source>Women's share</source>
        <translation>Women's share</translation>
    </message>
    <message>
        <source>Total by %1</source>
        <translation>Total by %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>Every tier</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to. The current file, and any -wal beside it, is moved aside under a new name, never deleted.</source>
        <translation>Choose the backup of %1 to go back to. The current file, and any -wal beside it, is moved aside under a new name, never deleted.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>Cannot be used</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>Second folder</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>Beside the database</translation>
    </message>
    <message>
        <source>Backups are listed newest first, in the order they were taken.</source>
        <translation>Backups are listed newest first, in the order they were taken.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>There is no backup of this database yet. A backup is taken after it is opened, when it changed since the last one, and once it is checked sound.</source>
        <translation>There is no backup of this database yet. A backup is taken after it is opened, when it changed since the last one, and once it is checked sound.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Residual likelihood</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Residual impact</translation>
    </message>
    <message>
        <source>Give both residual likelihood and residual impact, or neither.</source>
        <translation>Give both residual likelihood and residual impact, or neither.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>likelihood</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>treatment</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>mitigation</translation>
    </message>
    <message>
        <source>residual likelihood</source>
        <translation>residual likelihood</translation>
    </message>
    <message>
        <source>residual impact</source>
        <translation>residual impact</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>review date</translation>
    </message>
    <message>
        <source>Date it came true</source>
        <translation>Date it came true</translation>
    </message>
    <message>
        <source>A risk that came true needs the date it did (an approximate one will do).</source>
        <translation>A risk that came true needs the date it did (an approximate one will do).</translation>
    </message>
    <message>
        <source>An open risk has not come true: choose "Came true" as its state, or clear the date and the consequence.</source>
        <translation>An open risk has not come true: choose "Came true" as its state, or clear the date and the consequence.</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>An assessment cannot be dated after today (%1).</source>
        <translation>An assessment cannot be dated after today (%1).</translation>
    </message>
    <message>
        <source>A risk belongs to a mission or to a programme, not to both: a mission's risks count in its programme already.</source>
        <translation>A risk belongs to a mission or to a programme, not to both: a mission's risks count in its programme already.</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>date it came true</source>
        <translation>date it came true</translation>
    </message>
    <message>
        <source>consequence</source>
        <translation>consequence</translation>
    </message>
    <message>
        <source>The scores were last assessed on %1; a re-assessment cannot be dated before that. Enter a risk's history from its oldest assessment on.</source>
        <translation>The scores were last assessed on %1; a re-assessment cannot be dated before that. Enter a risk's history from its oldest assessment on.</translation>
    </message>
</context>
<context>
    <name>RiskAction</name>
    <message>
        <source>Choose the risk.</source>
        <translation>Choose the risk.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <source>Residual risk (after treatment)</source>
        <translation>Residual risk (after treatment)</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Inherent risk</translation>
    </message>
    <message numerus="yes">
        <source>Residual likelihood %1 × impact %2: %n open risk(s)</source>
        <translation><numerusform>Residual likelihood %1 × impact %2: %n open risk</numerusform><numerusform>Residual likelihood %1 × impact %2: %n open risks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 × impact %2: %n open risk(s)</source>
        <translation><numerusform>Likelihood %1 × impact %2: %n open risk</numerusform><numerusform>Likelihood %1 × impact %2: %n open risks</numerusform></translation>
    </message>
    <message>
        <source>Click to list them below.</source>
        <translation>Click to list them below.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Residual impact</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Residual likelihood</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Mitigation actions</source>
        <translation>Mitigation actions</translation>
    </message>
    <message>
        <source>&amp;New Risk…</source>
        <translation>&amp;New Risk…</translation>
    </message>
    <message>
        <source>&amp;Open Risk…</source>
        <translation>&amp;Open Risk…</translation>
    </message>
    <message>
        <source>&amp;Delete Risk</source>
        <translation>&amp;Delete Risk</translation>
    </message>
    <message>
        <source>Add Mitigation Action</source>
        <translation>Add Mitigation Action</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>e.g. Brief the new head of mission on the programme</source>
        <translation>e.g. Brief the new head of mission on the programme</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <source>Edit Mitigation Action</source>
        <translation>Edit Mitigation Action</translation>
    </message>
    <message>
        <source>Mitigation Actions</source>
        <translation>Mitigation Actions</translation>
    </message>
    <message>
        <source>Mitigation &amp;actions</source>
        <translation>Mitigation &amp;actions</translation>
    </message>
    <message>
        <source>Score over &amp;time</source>
        <translation>Score over &amp;time</translation>
    </message>
    <message>
        <source>Actions treating "%1"; owner of the risk: %2.</source>
        <translation>Actions treating "%1"; owner of the risk: %2.</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>nobody named</translation>
    </message>
    <message>
        <source>Choose a risk to see its actions.</source>
        <translation>Choose a risk to see its actions.</translation>
    </message>
    <message>
        <source>Score of "%1" over time</source>
        <translation>Score of "%1" over time</translation>
    </message>
    <message>
        <source>Inherent score</source>
        <translation>Inherent score</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>Residual score</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Score (likelihood × impact)</source>
        <translation>Score (likelihood × impact)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risk:</translation>
    </message>
    <message>
        <source>e.g. A change of leadership ends the programme</source>
        <translation>e.g. A change of leadership ends the programme</translation>
    </message>
    <message>
        <source>&amp;Likelihood (1-5):</source>
        <translation>&amp;Likelihood (1-5):</translation>
    </message>
    <message>
        <source>&amp;Impact (1-5):</source>
        <translation>&amp;Impact (1-5):</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Treatment:</translation>
    </message>
    <message>
        <source>Residual li&amp;kelihood (0-5):</source>
        <translation>Residual li&amp;kelihood (0-5):</translation>
    </message>
    <message>
        <source>Residual im&amp;pact (0-5):</source>
        <translation>Residual im&amp;pact (0-5):</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Next re&amp;view:</translation>
    </message>
    <message>
        <source>Likelihood 1 rare … 5 almost certain; impact 1 insignificant … 5 severe. Residual values are after treatment; 0 means not assessed yet. Every change of the scores is kept in the risk's history.</source>
        <translation>Likelihood 1 rare … 5 almost certain; impact 1 insignificant … 5 severe. Residual values are after treatment; 0 means not assessed yet. Every change of the scores is kept in the risk's history.</translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>New Risk</translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation>Edit Risk</translation>
    </message>
    <message>
        <source>Delete Risk</source>
        <translation>Delete Risk</translation>
    </message>
    <message>
        <source>Delete the risk "%1"?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete the risk "%1"?

Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>None (a programme's or the portfolio's)</source>
        <translation>None (a programme's or the portfolio's)</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;gramme:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>For a risk of the programme as a whole, not of one of its missions.</source>
        <translation>For a risk of the programme as a whole, not of one of its missions.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Scores as o&amp;f:</source>
        <translation>Scores as o&amp;f:</translation>
    </message>
    <message>
        <source>The day these scores were assessed: a re-assessment entered after the fact keeps its own date in the risk's history.</source>
        <translation>The day these scores were assessed: a re-assessment entered after the fact keeps its own date in the risk's history.</translation>
    </message>
    <message>
        <source>Came tr&amp;ue on:</source>
        <translation>Came tr&amp;ue on:</translation>
    </message>
    <message>
        <source>Conse&amp;quence:</source>
        <translation>Conse&amp;quence:</translation>
    </message>
    <message>
        <source>Filter by programme or mission</source>
        <translation>Filter by programme or mission</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>All risks</translation>
    </message>
    <message>
        <source>The portfolio's own</source>
        <translation>The portfolio's own</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>Filter by rating</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Any rating</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filter by owner</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Categor&amp;y:</translation>
    </message>
    <message>
        <source>Mitigatio&amp;n:</source>
        <translation>Mitigatio&amp;n:</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>Stat&amp;e:</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Do&amp;ne</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Risk bands need 2 ≤ medium from &lt; high from ≤ 25 (they are %1 and %2).</source>
        <translation>Risk bands need 2 ≤ medium from &lt; high from ≤ 25 (they are %1 and %2).</translation>
    </message>
    <message>
        <source>RAG thresholds need 0 ≤ amber from &lt; green from (they are %1 % and %2 %).</source>
        <translation>RAG thresholds need 0 ≤ amber from &lt; green from (they are %1 % and %2 %).</translation>
    </message>
</context>
<context>
    <name>SitesEditor</name>
    <message>
        <source>Remove Site</source>
        <translation>Remove Site</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Where the mission works: one row per site. A pilot run in two places has two rows; the country filters and reports use them.</source>
        <translation>Where the mission works: one row per site. A pilot run in two places has two rows; the country filters and reports use them.</translation>
    </message>
    <message>
        <source>Add Site</source>
        <translation>Add Site</translation>
    </message>
    <message>
        <source>A new row for a site (Insert, in the table).</source>
        <translation>A new row for a site (Insert, in the table).</translation>
    </message>
    <message>
        <source>Removes the chosen site (Delete, in the table); Save keeps it.</source>
        <translation>Removes the chosen site (Delete, in the table); Save keeps it.</translation>
    </message>
</context>
<context>
    <name>StageCriterion</name>
    <message>
        <source>Choose the mission.</source>
        <translation>Choose the mission.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Date met</source>
        <translation>Date met</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>date done</source>
        <translation>date done</translation>
    </message>
    <message>
        <source>A criterion cannot be met after today (%1).</source>
        <translation>A criterion cannot be met after today (%1).</translation>
    </message>
</context>
<context>
    <name>StageDatesDialog</name>
    <message>
        <source>Stage Dates of %1</source>
        <translation>Stage Dates of %1</translation>
    </message>
    <message>
        <source>The day each stage began. A mission entered after the fact, or moved on without it being recorded, gets its earlier stages dated here; its stage states and timeline follow these days.</source>
        <translation>The day each stage began. A mission entered after the fact, or moved on without it being recorded, gets its earlier stages dated here; its stage states and timeline follow these days.</translation>
    </message>
    <message>
        <source>%1. %2:</source>
        <translation>%1. %2:</translation>
    </message>
    <message>
        <source>began with the mission, on %1</source>
        <translation>began with the mission, on %1</translation>
    </message>
    <message>
        <source>began with the mission (no start date yet)</source>
        <translation>began with the mission (no start date yet)</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>not reached yet</translation>
    </message>
    <message>
        <source>Day %1 began</source>
        <translation>Day %1 began</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type a day.</source>
        <translation>Type a day.</translation>
    </message>
    <message>
        <source>The day cannot be after today (%1).</source>
        <translation>The day cannot be after today (%1).</translation>
    </message>
</context>
<context>
    <name>StageForms</name>
    <message>
        <source>Concerns, expectations and agreements</source>
        <translation>Concerns, expectations and agreements</translation>
    </message>
    <message>
        <source>&amp;Legislation</source>
        <translation>&amp;Legislation</translation>
    </message>
    <message>
        <source>C&amp;apacity</source>
        <translation>C&amp;apacity</translation>
    </message>
    <message>
        <source>C&amp;hallenges and opportunities</source>
        <translation>C&amp;hallenges and opportunities</translation>
    </message>
    <message>
        <source>Challenges and opportunities</source>
        <translation>Challenges and opportunities</translation>
    </message>
    <message>
        <source>&amp;Trainers and participants</source>
        <translation>&amp;Trainers and participants</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <source>Delete %1?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete %1?

Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Consultation sessions</source>
        <translation>Consultation sessions</translation>
    </message>
    <message>
        <source>Add Consultation Session</source>
        <translation>Add Consultation Session</translation>
    </message>
    <message>
        <source>Edit Consultation Session</source>
        <translation>Edit Consultation Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Stakeholders of the mission who attended</source>
        <translation>Stakeholders of the mission who attended</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>e.g. Ministry of the Interior, Zagreb</source>
        <translation>e.g. Ministry of the Interior, Zagreb</translation>
    </message>
    <message>
        <source>&amp;Held (not only planned)</source>
        <translation>&amp;Held (not only planned)</translation>
    </message>
    <message>
        <source>&amp;Stakeholders attending:</source>
        <translation>&amp;Stakeholders attending:</translation>
    </message>
    <message>
        <source>&amp;Women attending:</source>
        <translation>&amp;Women attending:</translation>
    </message>
    <message>
        <source>&amp;Men attending:</source>
        <translation>&amp;Men attending:</translation>
    </message>
    <message>
        <source>&amp;Others or not recorded:</source>
        <translation>&amp;Others or not recorded:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>the consultation session of %1</source>
        <translation>the consultation session of %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit Finding</source>
        <translation>Edit Finding</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Finding:</translation>
    </message>
    <message>
        <source>e.g. Officers do not know which incidents count as hate crimes</source>
        <translation>e.g. Officers do not know which incidents count as hate crimes</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>e.g. Recording</source>
        <translation>e.g. Recording</translation>
    </message>
    <message>
        <source>&amp;Votes:</source>
        <translation>&amp;Votes:</translation>
    </message>
    <message>
        <source>&amp;Raised at:</source>
        <translation>&amp;Raised at:</translation>
    </message>
    <message>
        <source>No particular session</source>
        <translation>No particular session</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>"%1"</translation>
    </message>
    <message>
        <source>National legislation</source>
        <translation>National legislation</translation>
    </message>
    <message>
        <source>Add Legislation</source>
        <translation>Add Legislation</translation>
    </message>
    <message>
        <source>Edit Legislation</source>
        <translation>Edit Legislation</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approach</translation>
    </message>
    <message>
        <source>Protected characteristics</source>
        <translation>Protected characteristics</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>e.g. Criminal Code</source>
        <translation>e.g. Criminal Code</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article:</translation>
    </message>
    <message>
        <source>e.g. Art. 87(21)</source>
        <translation>e.g. Art. 87(21)</translation>
    </message>
    <message>
        <source>A&amp;pproach:</source>
        <translation>A&amp;pproach:</translation>
    </message>
    <message>
        <source>Protected &amp;characteristics:</source>
        <translation>Protected &amp;characteristics:</translation>
    </message>
    <message>
        <source>e.g. race, ethnicity, religion, sexual orientation</source>
        <translation>e.g. race, ethnicity, religion, sexual orientation</translation>
    </message>
    <message>
        <source>&amp;Gaps:</source>
        <translation>&amp;Gaps:</translation>
    </message>
    <message>
        <source>Capacity assessment (0-4)</source>
        <translation>Capacity assessment (0-4)</translation>
    </message>
    <message>
        <source>Assess Capacity</source>
        <translation>Assess Capacity</translation>
    </message>
    <message>
        <source>Edit Capacity Assessment</source>
        <translation>Edit Capacity Assessment</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>&amp;Assessed on:</translation>
    </message>
    <message>
        <source>&amp;Score (0-4):</source>
        <translation>&amp;Score (0-4):</translation>
    </message>
    <message>
        <source>&amp;Target score (0-4):</source>
        <translation>&amp;Target score (0-4):</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>What was seen: documents, interviews, incident forms…</source>
        <translation>What was seen: documents, interviews, incident forms…</translation>
    </message>
    <message>
        <source>0 absent · 1 ad hoc · 2 developing · 3 established · 4 institutionalised. Assessing a dimension again adds a row; the first one stays as the baseline.</source>
        <translation>0 absent · 1 ad hoc · 2 developing · 3 established · 4 institutionalised. Assessing a dimension again adds a row; the first one stays as the baseline.</translation>
    </message>
    <message>
        <source>the assessment of %1 on %2</source>
        <translation>the assessment of %1 on %2</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Trainers and participants</source>
        <translation>Trainers and participants</translation>
    </message>
    <message>
        <source>Add Trainer or Participant</source>
        <translation>Add Trainer or Participant</translation>
    </message>
    <message>
        <source>Edit Trainer or Participant</source>
        <translation>Edit Trainer or Participant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>e.g. Police Academy</source>
        <translation>e.g. Police Academy</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>e.g. Split</source>
        <translation>e.g. Split</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>&amp;Pre-test score (0-100):</source>
        <translation>&amp;Pre-test score (0-100):</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Not tested</translation>
    </message>
    <message>
        <source>P&amp;ost-test score (0-100):</source>
        <translation>P&amp;ost-test score (0-100):</translation>
    </message>
    <message>
        <source>&amp;Certified on:</source>
        <translation>&amp;Certified on:</translation>
    </message>
    <message>
        <source>National trainers to &amp;certify:</source>
        <translation>National trainers to &amp;certify:</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Training sessions</translation>
    </message>
    <message>
        <source>Add Training Session</source>
        <translation>Add Training Session</translation>
    </message>
    <message>
        <source>Edit Training Session</source>
        <translation>Edit Training Session</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Lead trainer</source>
        <translation>Lead trainer</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>e.g. One-day local course</source>
        <translation>e.g. One-day local course</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>e.g. Police Academy, Zagreb</source>
        <translation>e.g. Police Academy, Zagreb</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>&amp;Lead trainer:</source>
        <translation>&amp;Lead trainer:</translation>
    </message>
    <message>
        <source>International team</source>
        <translation>International team</translation>
    </message>
    <message>
        <source>&amp;Modules covered:</source>
        <translation>&amp;Modules covered:</translation>
    </message>
    <message>
        <source>&amp;Women trained:</source>
        <translation>&amp;Women trained:</translation>
    </message>
    <message>
        <source>&amp;Men trained:</source>
        <translation>&amp;Men trained:</translation>
    </message>
    <message>
        <source>the %1 session of %2</source>
        <translation>the %1 session of %2</translation>
    </message>
    <message>
        <source>Officers the cascade should &amp;reach:</source>
        <translation>Officers the cascade should &amp;reach:</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>Trainer and sessions</source>
        <translation>Trainer and sessions</translation>
    </message>
    <message>
        <source>Region or venue</source>
        <translation>Region or venue</translation>
    </message>
    <message>
        <source>Officers reached</source>
        <translation>Officers reached</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <source>%1 (not yet certified)</source>
        <translation>%1 (not yet certified)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>No certified trainer yet. Certify trainers under Trainers and participants, then name them as lead trainer of their sessions.</source>
        <translation>No certified trainer yet. Certify trainers under Trainers and participants, then name them as lead trainer of their sessions.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Add Material</source>
        <translation>Add Material</translation>
    </message>
    <message>
        <source>Edit Material</source>
        <translation>Edit Material</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>e.g. Trainer's manual</source>
        <translation>e.g. Trainer's manual</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>The whole course</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>e.g. hr, pl, bs/sr/hr</source>
        <translation>e.g. hr, pl, bs/sr/hr</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>e.g. 1.2</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Feedback from trainers or learners:</source>
        <translation>&amp;Feedback from trainers or learners:</translation>
    </message>
    <message>
        <source>The course is &amp;embedded in the national academy curriculum</source>
        <translation>The course is &amp;embedded in the national academy curriculum</translation>
    </message>
    <message>
        <source>National Curriculum</source>
        <translation>National Curriculum</translation>
    </message>
    <message>
        <source>Follow-up activities</source>
        <translation>Follow-up activities</translation>
    </message>
    <message>
        <source>Add Follow-up Activity</source>
        <translation>Add Follow-up Activity</translation>
    </message>
    <message>
        <source>Edit Follow-up Activity</source>
        <translation>Edit Follow-up Activity</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>Needs served</source>
        <translation>Needs served</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>e.g. Refresher for Čakovec and Vukovar</source>
        <translation>e.g. Refresher for Čakovec and Vukovar</translation>
    </message>
    <message>
        <source>&amp;People reached:</source>
        <translation>&amp;People reached:</translation>
    </message>
    <message>
        <source>&amp;Needs it serves:</source>
        <translation>&amp;Needs it serves:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>the %1 of %2</translation>
    </message>
    <message>
        <source>Concerns and a&amp;greements</source>
        <translation>Concerns and a&amp;greements</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade&lt;/b&gt;: each trainer of the mission with the sessions they lead, and the officers those sessions reached.</source>
        <translation>&lt;b&gt;Cascade&lt;/b&gt;: each trainer of the mission with the sessions they lead, and the officers those sessions reached.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Add Indicator</source>
        <translation>Add Indicator</translation>
    </message>
    <message>
        <source>Edit Indicator</source>
        <translation>Edit Indicator</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation>No value yet</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>e.g. Share of incident reports recording the bias motive</source>
        <translation>e.g. Share of incident reports recording the bias motive</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>e.g. %, officers</source>
        <translation>e.g. %, officers</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Source of the data, how it is measured…</source>
        <translation>Source of the data, how it is measured…</translation>
    </message>
    <message>
        <source>Achievement = (latest - baseline) ÷ (target - baseline). A rise in recorded hate crime can mean better recording, not more crime.</source>
        <translation>Achievement = (latest - baseline) ÷ (target - baseline). A rise in recorded hate crime can mean better recording, not more crime.</translation>
    </message>
    <message>
        <source>the indicator "%1"</source>
        <translation>the indicator "%1"</translation>
    </message>
    <message>
        <source>Values of the selected indicator</source>
        <translation>Values of the selected indicator</translation>
    </message>
    <message>
        <source>Add Value</source>
        <translation>Add Value</translation>
    </message>
    <message>
        <source>Edit Value</source>
        <translation>Edit Value</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Women (if counted):</source>
        <translation>&amp;Women (if counted):</translation>
    </message>
    <message>
        <source>&amp;Men (if counted):</source>
        <translation>&amp;Men (if counted):</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>the value of %1</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>R&amp;eaction, end-of-course survey (1-5):</source>
        <translation>R&amp;eaction, end-of-course survey (1-5):</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Found applying the training at a &amp;follow-up (3-6 months on)</source>
        <translation>Found applying the training at a &amp;follow-up (3-6 months on)</translation>
    </message>
    <message>
        <source>Share of &amp;women to reach (%):</source>
        <translation>Share of &amp;women to reach (%):</translation>
    </message>
    <message>
        <source>Due by now</source>
        <translation>Due by now</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Intermediate targets</source>
        <translation>Intermediate targets</translation>
    </message>
    <message>
        <source>Add Intermediate Target</source>
        <translation>Add Intermediate Target</translation>
    </message>
    <message>
        <source>Edit Intermediate Target</source>
        <translation>Edit Intermediate Target</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>The value the indicator should have reached by that date, on the way to its target. The dashboard marks the one due by today.</source>
        <translation>The value the indicator should have reached by that date, on the way to its target. The dashboard marks the one due by today.</translation>
    </message>
    <message>
        <source>the intermediate target of %1</source>
        <translation>the intermediate target of %1</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>Training sessi&amp;ons</source>
        <translation>Training sessi&amp;ons</translation>
    </message>
    <message>
        <source>Casca&amp;de</source>
        <translation>Casca&amp;de</translation>
    </message>
    <message>
        <source>Mat&amp;erials</source>
        <translation>Mat&amp;erials</translation>
    </message>
    <message>
        <source>%1 (core team)</source>
        <translation>%1 (core team)</translation>
    </message>
    <message>
        <source>&amp;Core-team lead:</source>
        <translation>&amp;Core-team lead:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>One of the programme's core team, when they rather than a trainer of the mission lead the session.</source>
        <translation>One of the programme's core team, when they rather than a trainer of the mission lead the session.</translation>
    </message>
    <message>
        <source>Held &amp;at site:</source>
        <translation>Held &amp;at site:</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Not named</translation>
    </message>
    <message>
        <source>Which of the mission's sites the session was held at; the venue above says where exactly.</source>
        <translation>Which of the mission's sites the session was held at; the venue above says where exactly.</translation>
    </message>
    <message>
        <source>A site no longer listed for the mission</source>
        <translation>A site no longer listed for the mission</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Noted on</translation>
    </message>
    <message>
        <source>&amp;Noted on:</source>
        <translation>&amp;Noted on:</translation>
    </message>
    <message>
        <source>Lessons learned, resources asked for and next steps</source>
        <translation>Lessons learned, resources asked for and next steps</translation>
    </message>
    <message>
        <source>Lessons and next ste&amp;ps</source>
        <translation>Lessons and next ste&amp;ps</translation>
    </message>
</context>
<context>
    <name>StageNavigator</name>
    <message>
        <source>Exit criteria</source>
        <translation>Exit criteria</translation>
    </message>
    <message>
        <source>Add an exit criterion and press Enter</source>
        <translation>Add an exit criterion and press Enter</translation>
    </message>
    <message>
        <source>&amp;Remove Criterion</source>
        <translation>&amp;Remove Criterion</translation>
    </message>
    <message>
        <source>%1. %2
%3%4</source>
        <translation>%1. %2
%3%4</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · current</translation>
    </message>
    <message>
        <source>%1 progress</source>
        <translation>%1 progress</translation>
    </message>
    <message>
        <source>Nothing recorded for this stage yet.</source>
        <translation>Nothing recorded for this stage yet.</translation>
    </message>
    <message>
        <source>Memorandum of understanding: %1 (%2)</source>
        <translation>Memorandum of understanding: %1 (%2)</translation>
    </message>
    <message>
        <source>Memorandum of understanding: %1</source>
        <translation>Memorandum of understanding: %1</translation>
    </message>
    <message>
        <source>Exit criteria of %1</source>
        <translation>Exit criteria of %1</translation>
    </message>
    <message>
        <source>%1 (met %2)</source>
        <translation>%1 (met %2)</translation>
    </message>
    <message>
        <source>Last stage reached</source>
        <translation>Last stage reached</translation>
    </message>
    <message>
        <source>&amp;Move to %1…</source>
        <translation>&amp;Move to %1…</translation>
    </message>
    <message>
        <source>Exit Criteria</source>
        <translation>Exit Criteria</translation>
    </message>
    <message>
        <source>E&amp;xit criteria</source>
        <translation>E&amp;xit criteria</translation>
    </message>
    <message>
        <source>&amp;Needs and modules</source>
        <translation>&amp;Needs and modules</translation>
    </message>
    <message>
        <source>The default exit criteria could not be written: %1 Add them by hand, or try again after freeing space on the drive.</source>
        <translation>The default exit criteria could not be written: %1 Add them by hand, or try again after freeing space on the drive.</translation>
    </message>
    <message>
        <source>Date Met…</source>
        <translation>Date Met…</translation>
    </message>
    <message>
        <source>The day the selected criterion was met, when it was not today: history entered after the fact.</source>
        <translation>The day the selected criterion was met, when it was not today: history entered after the fact.</translation>
    </message>
    <message>
        <source>Stage Dates…</source>
        <translation>Stage Dates…</translation>
    </message>
    <message>
        <source>When each stage began, for a mission entered after the fact or moved on without it being recorded.</source>
        <translation>When each stage began, for a mission entered after the fact or moved on without it being recorded.</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Remove Criterion</translation>
    </message>
    <message>
        <source>Date Met</source>
        <translation>Date Met</translation>
    </message>
    <message>
        <source>"%1" was &amp;met on:</source>
        <translation>"%1" was &amp;met on:</translation>
    </message>
    <message>
        <source>The mission started on %1: a criterion cannot be met before.</source>
        <translation>The mission started on %1: a criterion cannot be met before.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>StageProgress</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exit criteria met</source>
        <translation><numerusform>%1 of %n exit criterion met</numerusform><numerusform>%1 of %n exit criteria met</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n consultation sessions held</source>
        <translation><numerusform>%1 of %n consultation session held</numerusform><numerusform>%1 of %n consultation sessions held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n capacity dimensions assessed</source>
        <translation><numerusform>%1 of %n capacity dimension assessed</numerusform><numerusform>%1 of %n capacity dimensions assessed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n needs answered by a module</source>
        <translation><numerusform>%1 of %n need answered by a module</numerusform><numerusform>%1 of %n needs answered by a module</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n trainers certified</source>
        <translation><numerusform>%1 of %n trainer certified</numerusform><numerusform>%1 of %n trainers certified</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n training sessions held</source>
        <translation><numerusform>%1 of %n training session held</numerusform><numerusform>%1 of %n training sessions held</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n follow-up activities held</source>
        <translation><numerusform>%1 of %n follow-up activity held</numerusform><numerusform>%1 of %n follow-up activities held</numerusform></translation>
    </message>
</context>
<context>
    <name>StageRecords</name>
    <message>
        <source>Choose the mission.</source>
        <translation>Choose the mission.</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>Government, police leaders, NGOs and affected communities consulted</source>
        <translation>Government, police leaders, NGOs and affected communities consulted</translation>
    </message>
    <message>
        <source>Concerns and expectations of each group recorded</source>
        <translation>Concerns and expectations of each group recorded</translation>
    </message>
    <message>
        <source>National counterpart named</source>
        <translation>National counterpart named</translation>
    </message>
    <message>
        <source>Memorandum of understanding signed</source>
        <translation>Memorandum of understanding signed</translation>
    </message>
    <message>
        <source>Relevant national legislation reviewed</source>
        <translation>Relevant national legislation reviewed</translation>
    </message>
    <message>
        <source>Capacity assessed in every dimension</source>
        <translation>Capacity assessed in every dimension</translation>
    </message>
    <message>
        <source>Challenges and opportunities agreed with senior staff</source>
        <translation>Challenges and opportunities agreed with senior staff</translation>
    </message>
    <message>
        <source>Needs stated, prioritised and agreed</source>
        <translation>Needs stated, prioritised and agreed</translation>
    </message>
    <message>
        <source>Every high-priority need answered by a module</source>
        <translation>Every high-priority need answered by a module</translation>
    </message>
    <message>
        <source>Modules reviewed by the training institution</source>
        <translation>Modules reviewed by the training institution</translation>
    </message>
    <message>
        <source>Learning objectives and hours set for each module</source>
        <translation>Learning objectives and hours set for each module</translation>
    </message>
    <message>
        <source>National trainers certified</source>
        <translation>National trainers certified</translation>
    </message>
    <message>
        <source>Manuals and handouts validated in the national language</source>
        <translation>Manuals and handouts validated in the national language</translation>
    </message>
    <message>
        <source>Cascade sessions scheduled in the regions</source>
        <translation>Cascade sessions scheduled in the regions</translation>
    </message>
    <message>
        <source>Pre- and post-tests held</source>
        <translation>Pre- and post-tests held</translation>
    </message>
    <message>
        <source>Follow-up activities planned for the trainers</source>
        <translation>Follow-up activities planned for the trainers</translation>
    </message>
    <message>
        <source>Best practices and resources shared</source>
        <translation>Best practices and resources shared</translation>
    </message>
    <message>
        <source>Course embedded in the national academy curriculum</source>
        <translation>Course embedded in the national academy curriculum</translation>
    </message>
    <message>
        <source>Follow-up evaluation held</source>
        <translation>Follow-up evaluation held</translation>
    </message>
    <message>
        <source>The mission no longer exists.</source>
        <translation>The mission no longer exists.</translation>
    </message>
    <message>
        <source>The mission is already in that stage.</source>
        <translation>The mission is already in that stage.</translation>
    </message>
    <message numerus="yes">
        <source>%n exit criteria of the current stage are not met; say why the mission moves on anyway.</source>
        <translation><numerusform>%n exit criterion of the current stage is not met; say why the mission moves on anyway.</numerusform><numerusform>%n exit criteria of the current stage are not met; say why the mission moves on anyway.</numerusform></translation>
    </message>
    <message>
        <source>A move needs its mission and its date.</source>
        <translation>A move needs its mission and its date.</translation>
    </message>
    <message>
        <source>A move cannot be dated after today (%1).</source>
        <translation>A move cannot be dated after today (%1).</translation>
    </message>
    <message>
        <source>the mission's start</source>
        <translation>the mission's start</translation>
    </message>
    <message>
        <source>%1 cannot have begun after today (%2).</source>
        <translation>%1 cannot have begun after today (%2).</translation>
    </message>
    <message>
        <source>%1 cannot have begun (%2) before %3 (%4).</source>
        <translation>%1 cannot have begun (%2) before %3 (%4).</translation>
    </message>
    <message>
        <source>%1 began</source>
        <translation>%1 began</translation>
    </message>
    <message>
        <source>Recorded after the fact.</source>
        <translation>Recorded after the fact.</translation>
    </message>
    <message>
        <source>The mission's last recorded move or its start was on %1: a move cannot be dated before it.</source>
        <translation>The mission's last recorded move or its start was on %1: a move cannot be dated before it.</translation>
    </message>
</context>
<context>
    <name>StageSummaries</name>
    <message numerus="yes">
        <source>%1 of %n session(s) held; %L2 people took part, %3 % of them women.</source>
        <translation><numerusform>%1 of %n session held; %L2 people took part, %3 % of them women.</numerusform><numerusform>%1 of %n sessions held; %L2 people took part, %3 % of them women.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instrument(s) reviewed; %1 with gaps noted.</source>
        <translation><numerusform>%n instrument reviewed; %1 with gaps noted.</numerusform><numerusform>%n instruments reviewed; %1 with gaps noted.</numerusform></translation>
    </message>
    <message>
        <source>%1 of 9 dimensions assessed.</source>
        <translation>%1 of 9 dimensions assessed.</translation>
    </message>
    <message>
        <source>Absent or ad hoc: %1.</source>
        <translation>Absent or ad hoc: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 trainers certified (target %3).</source>
        <translation>%1 of %2 trainers certified (target %3).</translation>
    </message>
    <message>
        <source>%1 of %2 trainers certified.</source>
        <translation>%1 of %2 trainers certified.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s); women are %1 % of trainers and participants.</source>
        <translation><numerusform>%n participant; women are %1 % of trainers and participants.</numerusform><numerusform>%n participants; women are %1 % of trainers and participants.</numerusform></translation>
    </message>
    <message>
        <source>Mean gain from pre- to post-test: %1 points.</source>
        <translation>Mean gain from pre- to post-test: %1 points.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) held; %L2 officers trained, %3 % women.</source>
        <translation><numerusform>%1 of %n session held; %L2 officers trained, %3 % women.</numerusform><numerusform>%1 of %n sessions held; %L2 officers trained, %3 % women.</numerusform></translation>
    </message>
    <message>
        <source>%1 % of the target of %L2 officers.</source>
        <translation>%1 % of the target of %L2 officers.</translation>
    </message>
    <message>
        <source>Target share of women: %1 %.</source>
        <translation>Target share of women: %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n material(s) validated or published.</source>
        <translation><numerusform>%1 of %n material validated or published.</numerusform><numerusform>%1 of %n materials validated or published.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n follow-up activity(s) held; %L2 people reached.</source>
        <translation><numerusform>%1 of %n follow-up activity held; %L2 people reached.</numerusform><numerusform>%1 of %n follow-up activities held; %L2 people reached.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s): %1 green, %2 amber, %3 red.</source>
        <translation><numerusform>%n indicator: %1 green, %2 amber, %3 red.</numerusform><numerusform>%n indicators: %1 green, %2 amber, %3 red.</numerusform></translation>
    </message>
    <message>
        <source>Choose an indicator, then add its measured values.</source>
        <translation>Choose an indicator, then add its measured values.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s); women %1 % of those counted.</source>
        <translation><numerusform>%n value; women %1 % of those counted.</numerusform><numerusform>%n values; women %1 % of those counted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s).</source>
        <translation><numerusform>%n value.</numerusform><numerusform>%n values.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n behind the intermediate target due.</source>
        <translation><numerusform>%n behind the intermediate target due.</numerusform><numerusform>%n behind the intermediate targets due.</numerusform></translation>
    </message>
    <message>
        <source>No intermediate target: progress is judged against the final target only.</source>
        <translation>No intermediate target: progress is judged against the final target only.</translation>
    </message>
    <message numerus="yes">
        <source>%n intermediate target(s); next: %1 by %2.</source>
        <translation><numerusform>%n intermediate target; next: %1 by %2.</numerusform><numerusform>%n intermediate targets; next: %1 by %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n intermediate target(s), all due by now.</source>
        <translation><numerusform>%n intermediate target, due by now.</numerusform><numerusform>%n intermediate targets, all due by now.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) held.</source>
        <translation><numerusform>%1 of %n session held.</numerusform><numerusform>%1 of %n sessions held.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) held; attendance not recorded.</source>
        <translation><numerusform>%1 of %n session held; attendance not recorded.</numerusform><numerusform>%1 of %n sessions held; attendance not recorded.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s).</source>
        <translation><numerusform>%n participant.</numerusform><numerusform>%n participants.</numerusform></translation>
    </message>
</context>
<context>
    <name>Stakeholder</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail address should look like name@example.org.</source>
        <translation>E-mail address should look like name@example.org.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Protected (%1)</source>
        <translation>Protected (%1)</translation>
    </message>
    <message>
        <source>Choose the mission to link.</source>
        <translation>Choose the mission to link.</translation>
    </message>
    <message>
        <source>Choose the stakeholder to link.</source>
        <translation>Choose the stakeholder to link.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>This stakeholder is already linked to the mission; edit the existing role instead.</source>
        <translation>This stakeholder is already linked to the mission; edit the existing role instead.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>name protection</source>
        <translation>name protection</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>power</source>
        <translation>power</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>interest</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>attitude</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>trust</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Name withheld (%1)</source>
        <translation>Name withheld (%1)</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <source>Position as of</source>
        <translation>Position as of</translation>
    </message>
    <message>
        <source>A position cannot be dated after today (%1).</source>
        <translation>A position cannot be dated after today (%1).</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>New Stakeholder</source>
        <translation>New Stakeholder</translation>
    </message>
    <message>
        <source>Stakeholder %1</source>
        <translation>Stakeholder %1</translation>
    </message>
    <message>
        <source>&amp;Protect this name</source>
        <translation>&amp;Protect this name</translation>
    </message>
    <message>
        <source>For someone at risk, such as a victim who reported a hate crime: lists, the projector and exports show "Protected" and the type instead of the name.</source>
        <translation>For someone at risk, such as a victim who reported a hate crime: lists, the projector and exports show "Protected" and the type instead of the name.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Po&amp;wer (1-5):</source>
        <translation>Po&amp;wer (1-5):</translation>
    </message>
    <message>
        <source>&amp;Interest (1-5):</source>
        <translation>&amp;Interest (1-5):</translation>
    </message>
    <message>
        <source>&amp;Attitude:</source>
        <translation>&amp;Attitude:</translation>
    </message>
    <message>
        <source>Quadrant:</source>
        <translation>Quadrant:</translation>
    </message>
    <message>
        <source>Contact details — sensitive: never shown on the projector or exported unless you choose to</source>
        <translation>Contact details — sensitive: never shown on the projector or exported unless you choose to</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>No mission yet</source>
        <translation>No mission yet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Role in the mission, e.g. MoU signatory</source>
        <translation>Role in the mission, e.g. MoU signatory</translation>
    </message>
    <message>
        <source>&amp;Link to mission:</source>
        <translation>&amp;Link to mission:</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Each change here is saved at once and can be undone.</source>
        <translation>Each change here is saved at once and can be undone.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>&amp;Log Engagement…</source>
        <translation>&amp;Log Engagement…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Add stakeholder %1</source>
        <translation>Add stakeholder %1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, done</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Delete Engagement</source>
        <translation>Delete Engagement</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Change &amp;Role…</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>Role in %1:</source>
        <translation>Role in %1:</translation>
    </message>
    <message>
        <source>Missions and engagements added here are saved at once. Save keeps the changes to the details.</source>
        <translation>Missions and engagements added here are saved at once. Save keeps the changes to the details.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>Tr&amp;ust (1-5):</source>
        <translation>Tr&amp;ust (1-5):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <source>Withheld by the organisation that handed this record over</source>
        <translation>Withheld by the organisation that handed this record over</translation>
    </message>
    <message>
        <source>The day the position above stood: today, or an earlier day when it is entered after the fact. A changed position is kept in the stakeholder's history under this day.</source>
        <translation>The day the position above stood: today, or an earlier day when it is entered after the fact. A changed position is kept in the stakeholder's history under this day.</translation>
    </message>
    <message>
        <source>Position as o&amp;f:</source>
        <translation>Position as o&amp;f:</translation>
    </message>
    <message>
        <source>A group has no sex; its people are counted where they are trained</source>
        <translation>A group has no sex; its people are counted where they are trained</translation>
    </message>
    <message>
        <source>Link to Se&amp;veral…</source>
        <translation>Link to Se&amp;veral…</translation>
    </message>
    <message>
        <source>Tick several missions and link them all at once, in one role: one step to undo</source>
        <translation>Tick several missions and link them all at once, in one role: one step to undo</translation>
    </message>
    <message>
        <source>Link to Missions</source>
        <translation>Link to Missions</translation>
    </message>
    <message>
        <source>This stakeholder is linked to every mission already.</source>
        <translation>This stakeholder is linked to every mission already.</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Person or group</source>
        <translation>Person or group</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Power (1-5)</source>
        <translation>Power (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Interest (1-5)</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Trust (1-5)</source>
        <translation>Trust (1-5)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Role in the mission</source>
        <translation>Role in the mission</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>%1 "%2" is not a whole number from 1 to 5.</source>
        <translation>%1 "%2" is not a whole number from 1 to 5.</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>The row has %1 fields where the header has %2: probably a separator inside a field that is not in quotes.</source>
        <translation>The row has %1 fields where the header has %2: probably a separator inside a field that is not in quotes.</translation>
    </message>
    <message>
        <source>The row has %1 fields where most rows have %2: probably a separator inside a field that is not in quotes.</source>
        <translation>The row has %1 fields where most rows have %2: probably a separator inside a field that is not in quotes.</translation>
    </message>
    <message>
        <source>The row has %1 fields where the header has %2: a field is missing.</source>
        <translation>The row has %1 fields where the header has %2: a field is missing.</translation>
    </message>
    <message>
        <source>The row has %1 fields where most rows have %2: a field is missing.</source>
        <translation>The row has %1 fields where most rows have %2: a field is missing.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 "%2" is not one the app knows: choose what it means under "Values".</source>
        <translation>%1 "%2" is not one the app knows: choose what it means under "Values".</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>&amp;New Stakeholder…</source>
        <translation>&amp;New Stakeholder…</translation>
    </message>
    <message>
        <source>&amp;Open Stakeholder…</source>
        <translation>&amp;Open Stakeholder…</translation>
    </message>
    <message>
        <source>&amp;Delete Stakeholder…</source>
        <translation>&amp;Delete Stakeholder…</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any quadrant</source>
        <translation>Any quadrant</translation>
    </message>
    <message>
        <source>Any attitude</source>
        <translation>Any attitude</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>Filter by mission</source>
        <translation>Filter by mission</translation>
    </message>
    <message>
        <source>Filter by quadrant</source>
        <translation>Filter by quadrant</translation>
    </message>
    <message>
        <source>Filter by attitude</source>
        <translation>Filter by attitude</translation>
    </message>
    <message>
        <source>Any mission</source>
        <translation>Any mission</translation>
    </message>
    <message>
        <source>Stakeholder %1 added.</source>
        <translation>Stakeholder %1 added.</translation>
    </message>
    <message>
        <source>Delete Stakeholder</source>
        <translation>Delete Stakeholder</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>Their engagement log stays with them. You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Their engagement log stays with them. You can undo this with Edit &gt; Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Stakeholder deleted. Ctrl+Z brings them back.</source>
        <translation>Stakeholder deleted. Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <source>Power/Interest &amp;Grid</source>
        <translation>Power/Interest &amp;Grid</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show the stakeholders listed as a power/interest grid (Ctrl+G); choose a mission under Show: for that mission's grid</source>
        <translation>Show the stakeholders listed as a power/interest grid (Ctrl+G); choose a mission under Show: for that mission's grid</translation>
    </message>
    <message>
        <source>all missions</source>
        <translation>all missions</translation>
    </message>
    <message numerus="yes">
        <source>Power/interest grid — %1 (%n stakeholder(s))</source>
        <translation><numerusform>Power/interest grid — %1 (%n stakeholder)</numerusform><numerusform>Power/interest grid — %1 (%n stakeholders)</numerusform></translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
</context>
<context>
    <name>TableMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Including Sensitive Columns</source>
        <translation>Copy &amp;Including Sensitive Columns</translation>
    </message>
    <message>
        <source>Copy the selected rows as text a spreadsheet takes, sensitive columns left out (Ctrl+C)</source>
        <translation>Copy the selected rows as text a spreadsheet takes, sensitive columns left out (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy the selected rows with their ratings, attitudes and protected names: only for people who may see them</source>
        <translation>Copy the selected rows with their ratings, attitudes and protected names: only for people who may see them</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation><numerusform>%1 of %n record</numerusform><numerusform>%1 of %n records</numerusform></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Search %1</translation>
    </message>
    <message>
        <source>E&amp;xport List to CSV…</source>
        <translation>E&amp;xport List to CSV…</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 could not be created: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>This list holds sensitive fields: attitudes, power, interest, trust, and the names of protected people.</source>
        <translation>This list holds sensitive fields: attitudes, power, interest, trust, and the names of protected people.</translation>
    </message>
    <message>
        <source>Leave them out unless the file stays with people who may see them.</source>
        <translation>Leave them out unless the file stays with people who may see them.</translation>
    </message>
    <message>
        <source>&amp;Leave Them Out</source>
        <translation>&amp;Leave Them Out</translation>
    </message>
    <message>
        <source>&amp;Include Them</source>
        <translation>&amp;Include Them</translation>
    </message>
    <message>
        <source>%1.csv</source>
        <translation>%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Whole mission</source>
        <translation>Whole mission</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Drag or scroll the chart to move along the timeline. Filled markers were held; hollow ones are planned.</source>
        <translation>Drag or scroll the chart to move along the timeline. Filled markers were held; hollow ones are planned.</translation>
    </message>
    <message>
        <source>Mission timeline</source>
        <translation>Mission timeline</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 to %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>TraceabilityPanel</name>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Needs (from orientation)</source>
        <translation>Needs (from orientation)</translation>
    </message>
    <message>
        <source>Add &amp;Need…</source>
        <translation>Add &amp;Need…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Modules (customised curriculum)</source>
        <translation>Modules (customised curriculum)</translation>
    </message>
    <message>
        <source>Add &amp;Module…</source>
        <translation>Add &amp;Module…</translation>
    </message>
    <message>
        <source>Click a cell, or press Space, to change how far the module answers the need: none, ● full, ◐ partial.</source>
        <translation>Click a cell, or press Space, to change how far the module answers the need: none, ● full, ◐ partial.</translation>
    </message>
    <message>
        <source>Needs × modules</source>
        <translation>Needs × modules</translation>
    </message>
    <message>
        <source>%1 → %2 (gap %3)</source>
        <translation>%1 → %2 (gap %3)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 answers no need</source>
        <translation>%1 answers no need</translation>
    </message>
    <message>
        <source>No module answers: %1</source>
        <translation>No module answers: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) answered by no module</source>
        <translation><numerusform>%n need answered by no module</numerusform><numerusform>%n needs answered by no module</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) answering no need</source>
        <translation><numerusform>%n module answering no need</numerusform><numerusform>%n modules answering no need</numerusform></translation>
    </message>
    <message>
        <source>No needs recorded yet: add them from the orientation findings.</source>
        <translation>No needs recorded yet: add them from the orientation findings.</translation>
    </message>
    <message>
        <source>Every need is answered and every module traced.</source>
        <translation>Every need is answered and every module traced.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>M%1</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
</context>
<context>
    <name>Trainee</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Pre-test score</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Post-test score</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100 (it is %2).</source>
        <translation>%1 must be between 0 and 100 (it is %2).</translation>
    </message>
    <message>
        <source>Certification date</source>
        <translation>Certification date</translation>
    </message>
    <message>
        <source>Reaction must be between 1 and 5 (it is %1).</source>
        <translation>Reaction must be between 1 and 5 (it is %1).</translation>
    </message>
</context>
<context>
    <name>TrainingCharts</name>
    <message>
        <source>Participation by sex per tier (sessions held)</source>
        <translation>Participation by sex per tier (sessions held)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Others or not recorded</source>
        <translation>Others or not recorded</translation>
    </message>
    <message>
        <source>%1 % women</source>
        <translation>%1 % women</translation>
    </message>
    <message>
        <source>%1 tier: %L2 trained, %L3 women (%4 %), %L5 men, %L6 others or not recorded</source>
        <translation>%1 tier: %L2 trained, %L3 women (%4 %), %L5 men, %L6 others or not recorded</translation>
    </message>
    <message>
        <source>At or above the target of %1 % women.</source>
        <translation>At or above the target of %1 % women.</translation>
    </message>
    <message>
        <source>Below the target of %1 % women.</source>
        <translation>Below the target of %1 % women.</translation>
    </message>
    <message>
        <source>Target: %1 % women</source>
        <translation>Target: %1 % women</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>People trained</translation>
    </message>
    <message>
        <source>No training session held yet.</source>
        <translation>No training session held yet.</translation>
    </message>
    <message numerus="yes">
        <source>Mean test scores of %n trainee(s) tested (Kirkpatrick level 2)</source>
        <translation><numerusform>Mean test scores of %n trainee tested (Kirkpatrick level 2)</numerusform><numerusform>Mean test scores of %n trainees tested (Kirkpatrick level 2)</numerusform></translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Score (0-100)</source>
        <translation>Score (0-100)</translation>
    </message>
    <message>
        <source>Mean gain: %1 points</source>
        <translation>Mean gain: %1 points</translation>
    </message>
    <message numerus="yes">
        <source>Mean pre-test score: %1 over %n trainee(s)</source>
        <translation><numerusform>Mean pre-test score: %1 over %n trainee</numerusform><numerusform>Mean pre-test score: %1 over %n trainees</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mean post-test score: %1 over %n trainee(s)</source>
        <translation><numerusform>Mean post-test score: %1 over %n trainee</numerusform><numerusform>Mean post-test score: %1 over %n trainees</numerusform></translation>
    </message>
    <message>
        <source>No trainee has both a pre- and a post-test score yet.</source>
        <translation>No trainee has both a pre- and a post-test score yet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) led, %L2 officers reached
Click to open the trainer.</source>
        <translation><numerusform>%1: %n session led, %L2 officers reached
Click to open the trainer.</numerusform><numerusform>%1: %n sessions led, %L2 officers reached
Click to open the trainer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cascade: officers reached by %n trainer(s), %1 in all</source>
        <translation><numerusform>Cascade: officers reached by %n trainer, %1 in all</numerusform><numerusform>Cascade: officers reached by %n trainers, %1 in all</numerusform></translation>
    </message>
    <message>
        <source>Officers reached</source>
        <translation>Officers reached</translation>
    </message>
    <message>
        <source>No certified trainer leads a session yet.</source>
        <translation>No certified trainer leads a session yet.</translation>
    </message>
    <message>
        <source>Burn-up: officers trained against the target</source>
        <translation>Burn-up: officers trained against the target</translation>
    </message>
    <message>
        <source>Officers trained (sessions held)</source>
        <translation>Officers trained (sessions held)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 officers trained in sessions held; %n session(s) recorded by then</source>
        <translation><numerusform>%1: %L2 officers trained in sessions held; %n session recorded by then</numerusform><numerusform>%1: %L2 officers trained in sessions held; %n sessions recorded by then</numerusform></translation>
    </message>
    <message>
        <source>Target: %L1 officers</source>
        <translation>Target: %L1 officers</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>No training session recorded yet.</source>
        <translation>No training session recorded yet.</translation>
    </message>
    <message>
        <source>Training evaluation: the Kirkpatrick levels</source>
        <translation>Training evaluation: the Kirkpatrick levels</translation>
    </message>
    <message>
        <source>On the roster</source>
        <translation>On the roster</translation>
    </message>
    <message numerus="yes">
        <source>%n trainer(s) and participant(s) on the mission's roster</source>
        <translation><numerusform>%n trainer or participant on the mission's roster</numerusform><numerusform>%n trainers and participants on the mission's roster</numerusform></translation>
    </message>
    <message>
        <source>1 Reaction</source>
        <translation>1 Reaction</translation>
    </message>
    <message numerus="yes">
        <source>%n answered the end-of-course survey; mean rating %1 of 5</source>
        <translation><numerusform>%n answered the end-of-course survey; mean rating %1 of 5</numerusform><numerusform>%n answered the end-of-course survey; mean rating %1 of 5</numerusform></translation>
    </message>
    <message>
        <source>2 Learning</source>
        <translation>2 Learning</translation>
    </message>
    <message numerus="yes">
        <source>%n scored higher after the course than before (of %1 tested)</source>
        <translation><numerusform>%n scored higher after the course than before (of %1 tested)</numerusform><numerusform>%n scored higher after the course than before (of %1 tested)</numerusform></translation>
    </message>
    <message>
        <source>3 Behaviour</source>
        <translation>3 Behaviour</translation>
    </message>
    <message numerus="yes">
        <source>%n found applying the training at a follow-up 3-6 months on</source>
        <translation><numerusform>%n found applying the training at a follow-up 3-6 months on</numerusform><numerusform>%n found applying the training at a follow-up 3-6 months on</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1: %2 % of target</source>
        <translation>%1: %2 % of target</translation>
    </message>
    <message>
        <source>%1: not measured yet</source>
        <translation>%1: not measured yet</translation>
    </message>
    <message>
        <source>4 Results</source>
        <translation>4 Results</translation>
    </message>
    <message>
        <source>No impact indicator yet</source>
        <translation>No impact indicator yet</translation>
    </message>
    <message>
        <source>A rise in recorded hate crime can mean better recording, not more crime.</source>
        <translation>A rise in recorded hate crime can mean better recording, not more crime.</translation>
    </message>
    <message>
        <source>Level 4 is measured by the mission's impact indicators.</source>
        <translation>Level 4 is measured by the mission's impact indicators.</translation>
    </message>
    <message>
        <source>No trainee on the roster yet.</source>
        <translation>No trainee on the roster yet.</translation>
    </message>
</context>
<context>
    <name>TrainingModule</name>
    <message>
        <source>Choose the mission.</source>
        <translation>Choose the mission.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Learning objectives</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 500 (it is %1).</source>
        <translation>Hours must be between 0 and 500 (it is %1).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objectives</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>target group</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Women trained</source>
        <translation>Women trained</translation>
    </message>
    <message>
        <source>Men trained</source>
        <translation>Men trained</translation>
    </message>
    <message>
        <source>Others trained</source>
        <translation>Others trained</translation>
    </message>
    <message>
        <source>Give the session a title or a venue.</source>
        <translation>Give the session a title or a venue.</translation>
    </message>
    <message>
        <source>A session has one lead trainer: a trainer of the mission or one of the programme's core team.</source>
        <translation>A session has one lead trainer: a trainer of the mission or one of the programme's core team.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Save your changes to this record?</source>
        <translation>Save your changes to this record?</translation>
    </message>
    <message>
        <source>Discard drops what you typed since the editor opened.</source>
        <translation>Discard drops what you typed since the editor opened.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Keep Editing</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3. Shorten it, or move the detail into the notes.</source>
        <translation>%1 is %2 characters long; the limit is %3. Shorten it, or move the detail into the notes.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 must be between %2 and %3 (it is %4).</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1 is not a valid date.</translation>
    </message>
    <message>
        <source>%1 %2 is outside the years %3 to %4; check the year.</source>
        <translation>%1 %2 is outside the years %3 to %4; check the year.</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4.</source>
        <translation>%1 %2 is before %3 %4.</translation>
    </message>
    <message>
        <source>%1 contains a control character (code %2) that cannot be shown; remove it.</source>
        <translation>%1 contains a control character (code %2) that cannot be shown; remove it.</translation>
    </message>
    <message>
        <source>Code "%1" may hold only letters, digits and . _ / - and must start with a letter or digit (for example %2).</source>
        <translation>Code "%1" may hold only letters, digits and . _ / - and must start with a letter or digit (for example %2).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Intervention Planner</source>
        <translation>Intervention Planner</translation>
    </message>
    <message>
        <source>Plan capacity-building missions through the five LEOP stages: consultation, orientation, customised curriculum, train-the-trainer and post-training support. Your data stays in one file on this computer; no network is needed.</source>
        <translation>Plan capacity-building missions through the five LEOP stages: consultation, orientation, customised curriculum, train-the-trainer and post-training support. Your data stays in one file on this computer; no network is needed.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>Explore the &amp;demo</source>
        <translation>Explore the &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>WorkshopBoard</name>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Priorities (needs)</source>
        <translation>Priorities (needs)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Participant %1 has used all %n dot(s).</source>
        <translation><numerusform>Participant %1 has used their %n dot.</numerusform><numerusform>Participant %1 has used all %n dots.</numerusform></translation>
    </message>
    <message>
        <source>Participant %1 has no dot on this note.</source>
        <translation>Participant %1 has no dot on this note.</translation>
    </message>
    <message>
        <source>This note cannot move that way.</source>
        <translation>This note cannot move that way.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Moved to %1.</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Add to %1</translation>
    </message>
    <message>
        <source>Added. Ctrl+Z takes it back.</source>
        <translation>Added. Ctrl+Z takes it back.</translation>
    </message>
    <message numerus="yes">
        <source>Voter %1 of %2: %n dot(s) left</source>
        <translation><numerusform>Voter %1 of %2: %n dot left</numerusform><numerusform>Voter %1 of %2: %n dots left</numerusform></translation>
    </message>
    <message>
        <source>Type, then Enter: adds to %1 · F1 keys</source>
        <translation>Type, then Enter: adds to %1 · F1 keys</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>Resources asked for</source>
        <translation>Resources asked for</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Group of this note (empty: none):</source>
        <translation>Group of this note (empty: none):</translation>
    </message>
</context>
<context>
    <name>WorkshopPlan</name>
    <message>
        <source>Welcome, purpose and ground rules</source>
        <translation>Welcome, purpose and ground rules</translation>
    </message>
    <message>
        <source>Where the mission stands</source>
        <translation>Where the mission stands</translation>
    </message>
    <message>
        <source>Concerns and expectations</source>
        <translation>Concerns and expectations</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Agreements and next steps</source>
        <translation>Agreements and next steps</translation>
    </message>
    <message>
        <source>Welcome and purpose</source>
        <translation>Welcome and purpose</translation>
    </message>
    <message>
        <source>Legislation and capacity: what we found</source>
        <translation>Legislation and capacity: what we found</translation>
    </message>
    <message>
        <source>Challenges and opportunities</source>
        <translation>Challenges and opportunities</translation>
    </message>
    <message>
        <source>From challenges to needs</source>
        <translation>From challenges to needs</translation>
    </message>
    <message>
        <source>Dot voting on the needs</source>
        <translation>Dot voting on the needs</translation>
    </message>
    <message>
        <source>The needs and the modules that answer them</source>
        <translation>The needs and the modules that answer them</translation>
    </message>
    <message>
        <source>Priorities for the curriculum</source>
        <translation>Priorities for the curriculum</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Progress of the training and the cascade</source>
        <translation>Progress of the training and the cascade</translation>
    </message>
    <message>
        <source>What works, what worries us</source>
        <translation>What works, what worries us</translation>
    </message>
    <message>
        <source>Stage progress</source>
        <translation>Stage progress</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Capacity radar</source>
        <translation>Capacity radar</translation>
    </message>
    <message>
        <source>Indicator achievement</source>
        <translation>Indicator achievement</translation>
    </message>
    <message>
        <source>Burn-up of officers trained</source>
        <translation>Burn-up of officers trained</translation>
    </message>
    <message>
        <source>The cascade</source>
        <translation>The cascade</translation>
    </message>
    <message>
        <source>Participation by sex</source>
        <translation>Participation by sex</translation>
    </message>
    <message>
        <source>Kirkpatrick funnel</source>
        <translation>Kirkpatrick funnel</translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>Risk heat map</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>The agenda</translation>
    </message>
    <message>
        <source>Progress and charts</source>
        <translation>Progress and charts</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>The board</translation>
    </message>
    <message>
        <source>Power/interest grid (types per quadrant)</source>
        <translation>Power/interest grid (types per quadrant)</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>%1 over</source>
        <translation>%1 over</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>WorkshopSetupDialog</name>
    <message>
        <source>Start Workshop Mode</source>
        <translation>Start Workshop Mode</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> × desk size</source>
        <translation> × desk size</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>High contrast, light</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>High contrast, dark</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>&amp;Participants voting:</source>
        <translation>&amp;Participants voting:</translation>
    </message>
    <message>
        <source>&amp;Dots each:</source>
        <translation>&amp;Dots each:</translation>
    </message>
    <message>
        <source>&amp;Type size:</source>
        <translation>&amp;Type size:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Stakeholder contact details, attitudes, power, trust and protected names stay off the wall unless you unlock them (Ctrl+Shift+U) during the workshop.</source>
        <translation>Stakeholder contact details, attitudes, power, trust and protected names stay off the wall unless you unlock them (Ctrl+Shift+U) during the workshop.</translation>
    </message>
    <message>
        <source>Choose a mission for the workshop.</source>
        <translation>Choose a mission for the workshop.</translation>
    </message>
    <message>
        <source>"%1" needs its minutes, from 1 to 480.</source>
        <translation>"%1" needs its minutes, from 1 to 480.</translation>
    </message>
    <message>
        <source>Agenda item %1 is longer than 200 characters.</source>
        <translation>Agenda item %1 is longer than 200 characters.</translation>
    </message>
    <message>
        <source>Give the agenda at least one item.</source>
        <translation>Give the agenda at least one item.</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Shows</translation>
    </message>
    <message>
        <source>Charts a&amp;fter the board:</source>
        <translation>Charts a&amp;fter the board:</translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation>Sta&amp;rt</translation>
    </message>
    <message>
        <source>Add &amp;Item</source>
        <translation>Add &amp;Item</translation>
    </message>
    <message>
        <source>Adds an item after the selected one (Insert).</source>
        <translation>Adds an item after the selected one (Insert).</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Removes the selected item (Del).</source>
        <translation>Removes the selected item (Del).</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Moves the selected item earlier in the workshop (Ctrl+Up).</source>
        <translation>Moves the selected item earlier in the workshop (Ctrl+Up).</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>Move Dow&amp;n</translation>
    </message>
    <message>
        <source>Moves the selected item later in the workshop (Ctrl+Down).</source>
        <translation>Moves the selected item later in the workshop (Ctrl+Down).</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshop: %1</source>
        <translation>Workshop: %1</translation>
    </message>
    <message>
        <source>SENSITIVE FIELDS SHOWN · Ctrl+Shift+U hides them</source>
        <translation>SENSITIVE FIELDS SHOWN · Ctrl+Shift+U hides them</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Where the mission stands</source>
        <translation>Where the mission stands</translation>
    </message>
    <message>
        <source>Board: %1</source>
        <translation>Board: %1</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 % · %2</source>
        <translation>%1 % · %2</translation>
    </message>
    <message>
        <source>Show Sensitive Fields</source>
        <translation>Show Sensitive Fields</translation>
    </message>
    <message>
        <source>Show names, attitudes and trust on the wall?</source>
        <translation>Show names, attitudes and trust on the wall?</translation>
    </message>
    <message>
        <source>Everyone in the room will see them. A marker stays on screen until you hide them again with Ctrl+Shift+U.</source>
        <translation>Everyone in the room will see them. A marker stays on screen until you hide them again with Ctrl+Shift+U.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>in all</translation>
    </message>
    <message>
        <source>%1 of %2 · PageDown or Space: next · PageUp: back · F1 all keys · Esc leaves</source>
        <translation>%1 of %2 · PageDown or Space: next · PageUp: back · F1 all keys · Esc leaves</translation>
    </message>
    <message>
        <source>PageDown, →, ↓ or Space</source>
        <translation>PageDown, →, ↓ or Space</translation>
    </message>
    <message>
        <source>next view</source>
        <translation>next view</translation>
    </message>
    <message>
        <source>PageUp, ←, ↑ or Backspace</source>
        <translation>PageUp, ←, ↑ or Backspace</translation>
    </message>
    <message>
        <source>view before</source>
        <translation>view before</translation>
    </message>
    <message>
        <source>Ctrl+PageDown / Ctrl+PageUp</source>
        <translation>Ctrl+PageDown / Ctrl+PageUp</translation>
    </message>
    <message>
        <source>next / previous agenda item</source>
        <translation>next / previous agenda item</translation>
    </message>
    <message>
        <source>start or pause the timer</source>
        <translation>start or pause the timer</translation>
    </message>
    <message>
        <source>. or B</source>
        <translation>. or B</translation>
    </message>
    <message>
        <source>blank screen; any key brings it back</source>
        <translation>blank screen; any key brings it back</translation>
    </message>
    <message>
        <source>show or hide sensitive fields</source>
        <translation>show or hide sensitive fields</translation>
    </message>
    <message>
        <source>On the board: type, then Enter</source>
        <translation>On the board: type, then Enter</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>add a note</translation>
    </message>
    <message>
        <source>←/→ and ↑/↓</source>
        <translation>←/→ and ↑/↓</translation>
    </message>
    <message>
        <source>column and note</source>
        <translation>column and note</translation>
    </message>
    <message>
        <source>Ctrl+←/→ · Ctrl+G · Del</source>
        <translation>Ctrl+←/→ · Ctrl+G · Del</translation>
    </message>
    <message>
        <source>move · group · delete the note</source>
        <translation>move · group · delete the note</translation>
    </message>
    <message>
        <source>+ / − · Tab / Shift+Tab</source>
        <translation>+ / − · Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>give or take back a dot · next or previous voter</source>
        <translation>give or take back a dot · next or previous voter</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Y</source>
        <translation>Ctrl+Z / Ctrl+Y</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>undo / redo</translation>
    </message>
    <message>
        <source>F1 · Esc</source>
        <translation>F1 · Esc</translation>
    </message>
    <message>
        <source>these keys · leave workshop mode</source>
        <translation>these keys · leave workshop mode</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>&amp;Open Mission…</source>
        <translation>&amp;Open Mission…</translation>
    </message>
</context>
</TS>