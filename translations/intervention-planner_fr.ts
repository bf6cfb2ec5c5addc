<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CapacityAssessment</name>
    <message>
        <source>Assessment date</source>
        <translation>Date d'évaluation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>Note visée</translation>
    </message>
    <message>
        <source>The target score (%1) is below the score (%2).</source>
        <translation>Le score visé (%1) est inférieur au score (%2).</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>0 absent</source>
        <translation>0 absente</translation>
    </message>
    <message>
        <source>1 ad hoc</source>
        <translation>1 ponctuelle</translation>
    </message>
    <message>
        <source>2 developing</source>
        <translation>2 en développement</translation>
    </message>
    <message>
        <source>3 established</source>
        <translation>3 établie</translation>
    </message>
    <message>
        <source>4 institutionalised</source>
        <translation>4 institutionnalisée</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
</context>
<context>
    <name>CapacityRadar</name>
    <message>
        <source>Capacity on the 0-4 scale: baseline, current and target</source>
        <translation>Capacités sur l'échelle 0-4 : référence, actuelles et visées</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Visé</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1
Baseline %2, current %3, target %4 (0-4)
Click to open the capacity assessment.</source>
        <translation>%1
Référence %2, actuel %3, cible %4 (0-4)
Cliquez pour ouvrir l'évaluation des capacités.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>&amp;Enregistrer le graphique sous…</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>the size must be from 100 to 10,000.</source>
        <translation>la taille doit être comprise entre 100 et 10 000.</translation>
    </message>
    <message>
        <source>the image could not be encoded.</source>
        <translation>l'image n'a pas pu être encodée.</translation>
    </message>
    <message>
        <source>the PDF could not be made.</source>
        <translation>le PDF n'a pas pu être produit.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur :</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Plans international capacity-building interventions through the five LEOP stages.</source>
        <translation>Planifie des interventions internationales de renforcement des capacités selon les cinq étapes LEOP.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation>Ouvrir le fichier de base de données &lt;chemin&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Open a fresh copy of the fictional demo database.</source>
        <translation>Ouvrir une copie neuve de la base de démonstration fictive.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1. Use --database PATH to open a file.</source>
        <translation>Argument inattendu : %1. Utilisez --database CHEMIN pour ouvrir un fichier.</translation>
    </message>
    <message>
        <source>Use either --demo or --database, not both.</source>
        <translation>Utilisez --demo ou --database, pas les deux.</translation>
    </message>
    <message>
        <source> (upgraded to format %1 when next opened)</source>
        <translation> (mis à niveau au format %1 à la prochaine ouverture)</translation>
    </message>
    <message>
        <source>Check the database &lt;path&gt; without opening a window or writing anything; print a one-line verdict and exit with 0 when it is sound, 1 damaged, 2 not an Intervention Planner database, 3 from a newer version, 4 cannot be read, 5 in use or locked, 6 empty, 7 sound with a stray -wal or -journal beside it (64: wrong arguments).</source>
        <translation>Vérifie la base &lt;chemin&gt; sans ouvrir de fenêtre ni rien écrire ; affiche un verdict d'une ligne et sort avec 0 si elle est saine, 1 endommagée, 2 pas une base d'Intervention Planner, 3 d'une version plus récente, 4 illisible, 5 en cours d'utilisation ou verrouillée, 6 vide, 7 saine avec un -wal ou un -journal étranger à côté (64 : arguments erronés).</translation>
    </message>
    <message>
        <source>IN USE: %1 is open in Intervention Planner (%2); check it once it is closed there.</source>
        <translation>EN COURS D'UTILISATION : %1 est ouverte dans Intervention Planner (%2) ; vérifiez-la une fois fermée là-bas.</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉE</translation>
    </message>
    <message>
        <source>NOT OURS</source>
        <translation>PAS À NOUS</translation>
    </message>
    <message>
        <source>NEWER VERSION</source>
        <translation>VERSION PLUS RÉCENTE</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>VERROUILLÉE</translation>
    </message>
    <message>
        <source>EMPTY</source>
        <translation>VIDE</translation>
    </message>
    <message>
        <source>STRAY JOURNAL</source>
        <translation>JOURNAL ÉTRANGER</translation>
    </message>
    <message>
        <source>CANNOT READ</source>
        <translation>ILLISIBLE</translation>
    </message>
    <message>
        <source> Its -wal holds changes not yet in the file; they are folded in when it is next opened.</source>
        <translation> Son -wal contient des modifications pas encore dans le fichier ; elles y seront intégrées à la prochaine ouverture.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mission(s)</source>
        <translation><numerusform>%n mission</numerusform><numerusform>%n missions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s)</source>
        <translation><numerusform>%n partie prenante</numerusform><numerusform>%n parties prenantes</numerusform></translation>
    </message>
    <message>
        <source>OK: %1 passed the integrity check; data format %2%3; it holds %4.%5</source>
        <translation>OK : %1 a passé le contrôle d'intégrité ; format de données %2%3 ; elle contient %4.%5</translation>
    </message>
    <message>
        <source>Seal every record of the --database into the field package &lt;file&gt; (with --passphrase-file), and exit.</source>
        <translation>Scelle tous les enregistrements de la base --database dans le paquet de terrain &lt;fichier&gt; (avec --passphrase-file), puis quitte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Import the field package &lt;file&gt; into the --database (created when it does not exist), and exit: 0 imported, 1 refused, 3 records that differ on both sides (nothing is written unless all of it can be).</source>
        <translation>Importe le paquet de terrain &lt;fichier&gt; dans la base --database (créée si elle n'existe pas), puis quitte : 0 importé, 1 refusé, 3 enregistrements différents des deux côtés (rien n'est écrit à moins que tout puisse l'être).</translation>
    </message>
    <message>
        <source>Read the package's passphrase from the first line of &lt;file&gt;.</source>
        <translation>Lit la phrase secrète du paquet sur la première ligne de &lt;fichier&gt;.</translation>
    </message>
    <message>
        <source>With --import-package: print what would change, as JSON, and write nothing.</source>
        <translation>Avec --import-package : affiche ce qui changerait, en JSON, sans rien écrire.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>Le fichier de phrase secrète %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>Sealed every record of %1 into %2.</source>
        <translation>Tous les enregistrements de %1 ont été scellés dans %2.</translation>
    </message>
    <message>
        <source>Unlock the database's key pair with the first line of &lt;file&gt;: to sign a package, or to open one sealed to this database.</source>
        <translation>Déverrouille la paire de clés de la base avec la première ligne de &lt;fichier&gt; : pour signer un paquet, ou en ouvrir un scellé pour cette base.</translation>
    </message>
    <message>
        <source>With --export-package: seal the package to the public key in &lt;keyfile&gt; (repeat for several) and sign it, instead of using a passphrase.</source>
        <translation>Avec --export-package : scelle le paquet pour la clé publique de &lt;fichierclé&gt; (à répéter pour plusieurs) et le signe, au lieu d'une phrase secrète.</translation>
    </message>
    <message>
        <source>keyfile</source>
        <translation>fichierclé</translation>
    </message>
    <message>
        <source>With --import-package: accept a package signed by the key with this &lt;fingerprint&gt;, not yet known, once you have checked it with its sender; it joins the address book.</source>
        <translation>Avec --import-package : accepte un paquet signé par la clé de cette &lt;empreinte&gt;, encore inconnue, une fois vérifiée avec son expéditeur ; elle rejoint le carnet d'adresses.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>Make the --database's key pair (the database is created when it does not exist), its secret half sealed with --key-passphrase-file; print its fingerprint, and exit.</source>
        <translation>Crée la paire de clés de la base --database (la base est créée si elle n'existe pas), sa moitié secrète scellée avec --key-passphrase-file ; affiche son empreinte, puis quitte.</translation>
    </message>
    <message>
        <source>Write the --database's public key to &lt;file&gt;, to hand to the peers that will send it packages, and exit.</source>
        <translation>Écrit la clé publique de la base --database dans &lt;fichier&gt;, à remettre aux pairs qui lui enverront des paquets, puis quitte.</translation>
    </message>
    <message>
        <source>With --export-public-key: the name the key file carries.</source>
        <translation>Avec --export-public-key : le nom que porte le fichier de clé.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>Revoke the known peer with this &lt;fingerprint&gt; (a lost laptop): packages it signs are refused from then on. Exit.</source>
        <translation>Révoque le pair connu de cette &lt;empreinte&gt; (un portable perdu) : les paquets qu'il signe sont refusés dès lors. Quitte.</translation>
    </message>
    <message>
        <source>A field package needs --passphrase-file FILE, or --recipient KEYFILE with --key-passphrase-file FILE (to import one sealed to this database: --key-passphrase-file FILE).</source>
        <translation>Un paquet de terrain demande --passphrase-file FICHIER, ou --recipient FICHIERCLÉ avec --key-passphrase-file FICHIER (pour en importer un scellé pour cette base : --key-passphrase-file FICHIER).</translation>
    </message>
    <message>
        <source>--generate-key needs --key-passphrase-file FILE.</source>
        <translation>--generate-key demande --key-passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>Name the database with --database PATH.</source>
        <translation>Nommez la base avec --database CHEMIN.</translation>
    </message>
    <message>
        <source>The package is signed by %1 (%2), whose key was revoked: it is refused, and nothing was written.</source>
        <translation>Le paquet est signé par %1 (%2), dont la clé a été révoquée : il est refusé, et rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The package is signed by a key this database does not know yet, with the fingerprint %1. Check it with its sender (by phone or in person), then import again with --trust "%1". Nothing was written.</source>
        <translation>Le paquet est signé par une clé que cette base ne connaît pas encore, d'empreinte %1. Vérifiez-la avec son expéditeur (par téléphone ou en personne), puis importez de nouveau avec --trust "%1". Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Key pair made; its fingerprint is %1.</source>
        <translation>Paire de clés créée ; son empreinte est %1.</translation>
    </message>
    <message>
        <source>This database has no key pair yet: make one with --generate-key.</source>
        <translation>Cette base n'a pas encore de paire de clés : créez-en une avec --generate-key.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Public key %1 written to %2.</source>
        <translation>Clé publique %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Revoked %1: packages it signs are refused from now on.</source>
        <translation>%1 révoquée : les paquets qu'elle signe sont désormais refusés.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and in the package. Decide them in Intervention Planner (File › Import Field Package); nothing was written.</source>
        <translation><numerusform>%n enregistrement a été modifié ici et dans le paquet. Tranchez dans Intervention Planner (Fichier › Importer un paquet de terrain) ; rien n'a été écrit.</numerusform><numerusform>%n enregistrements ont été modifiés ici et dans le paquet. Tranchez dans Intervention Planner (Fichier › Importer un paquet de terrain) ; rien n'a été écrit.</numerusform></translation>
    </message>
    <message>
        <source>Already imported: this package was taken in before; nothing changed.</source>
        <translation>Déjà importé : ce paquet a déjà été repris ; rien n'a changé.</translation>
    </message>
    <message>
        <source>Every record of the package is here, unchanged.</source>
        <translation>Chaque enregistrement du paquet est déjà ici, inchangé.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 new records, %3 updated.</source>
        <translation>Importé dans %1 : %2 nouveaux enregistrements, %3 mis à jour.</translation>
    </message>
    <message>
        <source>With --export-package: only the missions with these comma-separated &lt;codes&gt;, with their stakeholders and everything else they need (the default is every record, portfolio-level risks included).</source>
        <translation>Avec --export-package : seulement les missions de ces &lt;codes&gt; séparés par des virgules, avec leurs parties prenantes et tout ce dont elles ont besoin (par défaut, tous les enregistrements, risques du portefeuille compris).</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>With --export-package: a handover to another organisation, without contact details, ratings, attitudes, notes, accounts of engagements, protected names or field history; each is marked as withheld, so that an import never blanks real data.</source>
        <translation>Avec --export-package : une transmission à une autre organisation, sans coordonnées, notations, attitudes, notes, comptes rendus d'échanges, noms protégés ni historique des champs ; chacun est marqué comme retenu, pour qu'un import n'efface jamais de vraies données.</translation>
    </message>
    <message>
        <source>--missions and --redacted go with --export-package.</source>
        <translation>--missions et --redacted vont avec --export-package.</translation>
    </message>
    <message>
        <source>--missions needs at least one mission code, such as --missions HR-2026.</source>
        <translation>--missions demande au moins un code de mission, par exemple --missions HR-2026.</translation>
    </message>
    <message>
        <source>Sealed the missions %1 of %2 into %3.</source>
        <translation>Missions %1 de %2 scellées dans %3.</translation>
    </message>
    <message>
        <source>Redacted: contact details, ratings, attitudes, notes on people, accounts of engagements and protected names were withheld.</source>
        <translation>Expurgé : les coordonnées, notations, attitudes, notes sur les personnes, comptes rendus d'échanges et noms protégés ont été retenus.</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of free text went with it and may name people:</source>
        <translation><numerusform>%n texte libre est parti avec lui et peut nommer des personnes :</numerusform><numerusform>%n textes libres sont partis avec lui et peuvent nommer des personnes :</numerusform></translation>
    </message>
    <message>
        <source>With --import-package: write the import's receipt to &lt;file&gt; (the package's id, the hash of its contents and the counts, no record), for the database that made the package to import with --import-receipt.</source>
        <translation>Avec --import-package : écrire le reçu de l'import dans &lt;fichier&gt; (l'identifiant du paquet, l'empreinte de son contenu et les comptes, aucun enregistrement), pour que la base qui a fait le paquet l'importe avec --import-receipt.</translation>
    </message>
    <message>
        <source>Import the receipt &lt;file&gt; into the --database that made the package it confirms: the records it carried are marked as delivered. Exit 0 marked, 1 refused.</source>
        <translation>Importer le reçu &lt;fichier&gt; dans la --database qui a fait le paquet qu'il confirme : les enregistrements qu'il portait sont marqués comme livrés. Sortie 0 marqué, 1 refusé.</translation>
    </message>
    <message>
        <source>--receipt goes with --import-package, and not with --dry-run: a receipt confirms an import that was written.</source>
        <translation>--receipt va avec --import-package, et pas avec --dry-run : un reçu confirme un import qui a été écrit.</translation>
    </message>
    <message>
        <source>The package is imported, but its receipt could not be written to %1: %2 Import the package again with --receipt to write it; nothing changes.</source>
        <translation>Le paquet est importé, mais son reçu n'a pas pu être écrit dans %1 : %2 Importez de nouveau le paquet avec --receipt pour l'écrire ; rien ne change.</translation>
    </message>
    <message>
        <source>Receipt written to %1.</source>
        <translation>Reçu écrit dans %1.</translation>
    </message>
    <message>
        <source>The receipt %1 cannot be read: %2</source>
        <translation>Le reçu %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Already recorded: %1 confirmed package %2 before; nothing changed.</source>
        <translation>Déjà enregistré : %1 a confirmé le paquet %2 auparavant ; rien n'a changé.</translation>
    </message>
    <message>
        <source>%1 imported the redacted handover %2. It carried only part of each record, so none is marked as delivered.</source>
        <translation>%1 a importé la transmission expurgée %2. Elle ne portait qu'une partie de chaque enregistrement : aucun n'est donc marqué comme livré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 imported package %2: %n record(s) marked as delivered there.</source>
        <translation><numerusform>%1 a importé le paquet %2 : %n enregistrement marqué comme livré là-bas.</numerusform><numerusform>%1 a importé le paquet %2 : %n enregistrements marqués comme livrés là-bas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) here have not reached %1 yet.</source>
        <translation><numerusform>%n enregistrement d'ici n'est pas encore parvenu à %1.</numerusform><numerusform>%n enregistrements d'ici ne sont pas encore parvenus à %1.</numerusform></translation>
    </message>
    <message>
        <source>The package is imported, but no receipt can be made: %1</source>
        <translation>Le paquet est importé, mais aucun reçu ne peut être fait : %1</translation>
    </message>
    <message>
        <source>Write the --database's key pair to &lt;file&gt;, its secret half still sealed with its passphrase, to keep somewhere safe in case the computer is lost; exit.</source>
        <translation>Écrire la paire de clés de la --database dans &lt;file&gt;, sa moitié secrète toujours scellée par sa phrase secrète, à garder en lieu sûr au cas où l'ordinateur serait perdu ; quitter.</translation>
    </message>
    <message>
        <source>Take the key pair backed up in &lt;file&gt; into the --database (created when it does not exist), once --key-passphrase-file opens it; exit.</source>
        <translation>Reprendre la paire de clés sauvegardée dans &lt;file&gt; dans la --database (créée si elle n'existe pas), une fois que --key-passphrase-file l'ouvre ; quitter.</translation>
    </message>
    <message>
        <source>Give one of --export-package, --import-package, --import-receipt, --generate-key, --export-public-key, --backup-key, --restore-key and --revoke at a time.</source>
        <translation>Donnez une seule option parmi --export-package, --import-package, --import-receipt, --generate-key, --export-public-key, --backup-key, --restore-key et --revoke.</translation>
    </message>
    <message>
        <source>--restore-key needs --key-passphrase-file FILE.</source>
        <translation>--restore-key demande --key-passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>Key pair %1 backed up to %2; keep it apart from this computer. It opens only with the key passphrase.</source>
        <translation>Paire de clés %1 sauvegardée dans %2 ; gardez-la à l'écart de cet ordinateur. Elle ne s'ouvre qu'avec la phrase secrète de la clé.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Key pair %1 is this database's.</source>
        <translation>La paire de clés %1 est celle de cette base.</translation>
    </message>
    <message>
        <source>%1 exists already; a key pair is backed up to a new file only.</source>
        <translation>%1 existe déjà ; une paire de clés n'est sauvegardée que dans un nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>ConflictReviewDialog</name>
    <message>
        <source>&amp;Keep This Computer's</source>
        <translation>&amp;Garder celle de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Take Incoming</source>
        <translation>Prendre celle du &amp;paquet</translation>
    </message>
    <message>
        <source>Keep &amp;Record as Here</source>
        <translation>Garder l'&amp;enregistrement d'ici</translation>
    </message>
    <message>
        <source>Take Record as &amp;Incoming</source>
        <translation>Prendre l'enregistrement du pa&amp;quet</translation>
    </message>
    <message>
        <source>&amp;Use Edited Value</source>
        <translation>&amp;Utiliser la valeur modifiée</translation>
    </message>
    <message>
        <source>&amp;Show sensitive values</source>
        <translation>Afficher les valeurs &amp;sensibles</translation>
    </message>
    <message>
        <source>Review Conflicts</source>
        <translation>Examiner les conflits</translation>
    </message>
    <message>
        <source>These records were changed both on this computer and where the package comes from. Choose, field by field, which value to keep. The value not kept is not lost: it goes to the record's field history.</source>
        <translation>Ces enregistrements ont été modifiés sur cet ordinateur et là d'où vient le paquet. Choisissez, champ par champ, la valeur à garder. La valeur écartée n'est pas perdue : elle va dans l'historique des champs de l'enregistrement.</translation>
    </message>
    <message>
        <source>R&amp;ecords:</source>
        <translation>En&amp;registrements :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Last shared</source>
        <translation>Dernière partagée</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Fields in conflict:</source>
        <translation>&amp;Champs en conflit :</translation>
    </message>
    <message>
        <source>E&amp;dited value (text fields):</source>
        <translation>Valeur mo&amp;difiée (champs de texte) :</translation>
    </message>
    <message>
        <source>Keep &amp;All of This Computer's</source>
        <translation>&amp;Tout garder de cet ordinateur</translation>
    </message>
    <message>
        <source>Take All I&amp;ncoming</source>
        <translation>Tout prendre du paquet (&amp;n)</translation>
    </message>
    <message>
        <source>Use These Decisi&amp;ons</source>
        <translation>Appliquer ces décisi&amp;ons</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt;&lt;br&gt;Edited on one side and deleted on the other. Unless you choose otherwise, the record is kept with its edits.</source>
        <translation>&lt;b&gt;%1 : %2&lt;/b&gt;&lt;br&gt;Modifié d'un côté et supprimé de l'autre. Sauf choix contraire, l'enregistrement est gardé avec ses modifications.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 : %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Garder l'enregistrement</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Non tranché</translation>
    </message>
    <message>
        <source>This computer's</source>
        <translation>Celle de cet ordinateur</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>tranché</translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation><numerusform>%n à trancher</numerusform><numerusform>%n à trancher</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Every conflict is decided.</source>
        <translation>Tous les conflits sont tranchés.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still to decide.</source>
        <translation><numerusform>%n champ reste à trancher.</numerusform><numerusform>%n champs restent à trancher.</numerusform></translation>
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
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Women attending</source>
        <translation>Femmes présentes</translation>
    </message>
    <message>
        <source>Men attending</source>
        <translation>Hommes présents</translation>
    </message>
    <message>
        <source>Others attending</source>
        <translation>Autres présents</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Say where the session took place, or what it was in the notes.</source>
        <translation>Indiquez où la session a eu lieu, ou ce qu'elle était dans les notes.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>First row holds the column &amp;names</source>
        <translation>La première ligne contient les &amp;noms des colonnes</translation>
    </message>
    <message>
        <source>Import Stakeholders from CSV</source>
        <translation>Importer des parties prenantes depuis un CSV</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>Ne pas lier</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1. The file</source>
        <translation>1. Le fichier</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>3. What will be imported</source>
        <translation>3. Ce qui sera importé</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n'a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB; split it into smaller files.</source>
        <translation>%1 dépasse 50 Mo ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>Choisissez la colonne qui contient les noms.</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) ready to import.</source>
        <translation><numerusform>%n partie prenante prête à importer.</numerusform><numerusform>%n parties prenantes prêtes à importer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Stakeholder(s)</source>
        <translation><numerusform>&amp;Importer %n partie prenante</numerusform><numerusform>&amp;Importer %n parties prenantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n stakeholder(s)</source>
        <translation><numerusform>Importer %n partie prenante</numerusform><numerusform>Importer %n parties prenantes</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n'a été importé. %1</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>As each row says, or from what it holds</source>
        <translation>Comme chaque ligne l'indique, ou d'après son contenu</translation>
    </message>
    <message>
        <source>Every row is a person</source>
        <translation>Chaque ligne est une personne</translation>
    </message>
    <message>
        <source>Every row is a group</source>
        <translation>Chaque ligne est un groupe</translation>
    </message>
    <message>
        <source>A row with no name but an organisation, a row named as its organisation, or one whose type names an organisation (an NGO, a consultancy) with no other organisation given, is taken as a group.</source>
        <translation>Une ligne sans nom mais avec une organisation, une ligne qui porte le nom de son organisation, ou dont le type désigne une organisation (une ONG, un cabinet de conseil) sans autre organisation indiquée, est prise pour un groupe.</translation>
    </message>
    <message>
        <source>2. What the file means</source>
        <translation>2. Ce que dit le fichier</translation>
    </message>
    <message>
        <source>&amp;Link everyone imported to:</source>
        <translation>&amp;Lier toutes les personnes importées à :</translation>
    </message>
    <message>
        <source>Every column of the file is taken by a field.</source>
        <translation>Chaque colonne du fichier est prise par un champ.</translation>
    </message>
    <message>
        <source>The app has no field for these columns. Ticked ones go into each stakeholder's notes as "Column: value"; the others are left out.</source>
        <translation>L'application n'a pas de champ pour ces colonnes. Celles qui sont cochées vont dans les notes de chaque partie prenante sous la forme « Colonne : valeur » ; les autres sont laissées de côté.</translation>
    </message>
    <message>
        <source>Add "%1" (column %2) to the notes</source>
        <translation>Ajouter « %1 » (colonne %2) aux notes</translation>
    </message>
    <message>
        <source>&amp;Other columns (%1)</source>
        <translation>&amp;Autres colonnes (%1)</translation>
    </message>
    <message>
        <source>The app knows every value in the file's choice columns.</source>
        <translation>L'application connaît toutes les valeurs des colonnes à choix du fichier.</translation>
    </message>
    <message>
        <source>Choose what each of these values means; the choice applies to every row that holds it.</source>
        <translation>Choisissez ce que signifie chacune de ces valeurs ; le choix s'applique à toutes les lignes qui la contiennent.</translation>
    </message>
    <message numerus="yes">
        <source>%1 "%2"
%n row(s), the first on line %3</source>
        <translation><numerusform>%1 « %2 »
%n ligne, la première à la ligne %3</numerusform><numerusform>%1 « %2 »
%n lignes, la première à la ligne %3</numerusform></translation>
    </message>
    <message>
        <source>Choose what it means…</source>
        <translation>Choisir ce que cela signifie…</translation>
    </message>
    <message>
        <source>Leave it empty</source>
        <translation>Laisser vide</translation>
    </message>
    <message>
        <source>Skip these rows</source>
        <translation>Ignorer ces lignes</translation>
    </message>
    <message>
        <source>&amp;Values to choose (%1)</source>
        <translation>&amp;Valeurs à choisir (%1)</translation>
    </message>
    <message>
        <source>&amp;Values (%1)</source>
        <translation>&amp;Valeurs (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) taken as groups from what they hold.</source>
        <translation><numerusform>%n ligne prise pour un groupe d'après son contenu.</numerusform><numerusform>%n lignes prises pour des groupes d'après leur contenu.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped as you chose.</source>
        <translation><numerusform>%n ligne ignorée comme vous l'avez choisi.</numerusform><numerusform>%n lignes ignorées comme vous l'avez choisi.</numerusform></translation>
    </message>
    <message>
        <source>The choices made for the last file with these columns are used again.</source>
        <translation>Les choix faits pour le dernier fichier avec ces colonnes sont repris.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with a problem, below, will be left out: choose what their values mean, or mend them in the file and open it again.</source>
        <translation><numerusform>%n ligne avec un problème, ci-dessous, sera laissée de côté : choisissez ce que signifient ses valeurs, ou corrigez-la dans le fichier et ouvrez-le de nouveau.</numerusform><numerusform>%n lignes avec un problème, ci-dessous, seront laissées de côté : choisissez ce que signifient leurs valeurs, ou corrigez-les dans le fichier et ouvrez-le de nouveau.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Groups or persons:</source>
        <translation>&amp;Groupes ou personnes :</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>The file is not UTF-8 text. Save it from your spreadsheet as "CSV UTF-8" and try again.</source>
        <translation>Le fichier n'est pas du texte UTF-8. Enregistrez-le depuis votre tableur au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed; check for a missing quote mark.</source>
        <translation>Ligne %1 : un champ entre guillemets n'est pas fermé ; vérifiez s'il manque un guillemet.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n'a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open missions by current stage</source>
        <translation>Missions en cours par étape actuelle</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Open risks by rating</source>
        <translation>Risques ouverts par niveau</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <source>&amp;One Mission</source>
        <translation>&amp;Une mission</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No indicator rated</source>
        <translation>Aucun indicateur évalué</translation>
    </message>
    <message numerus="yes">
        <source>The worst of %n rated indicator(s)</source>
        <translation><numerusform>Le moins bon de %n indicateur évalué</numerusform><numerusform>Le moins bon de %n indicateurs évalués</numerusform></translation>
    </message>
    <message>
        <source>Top risk</source>
        <translation>Risque principal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Prochain jalon</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Missions at a glance</source>
        <translation>Les missions d'un coup d'œil</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open missions at a glance&lt;/b&gt; (Enter or double-click shows the mission's dashboard)</source>
        <translation>&lt;b&gt;Les missions ouvertes d'un coup d'œil&lt;/b&gt; (Entrée ou double-clic affiche le tableau de bord de la mission)</translation>
    </message>
    <message>
        <source>Counts the missions and risks of one programme, or of the missions outside any programme</source>
        <translation>Compte les missions et les risques d'un programme, ou des missions hors de tout programme</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Missions outside any programme</source>
        <translation>Missions hors de tout programme</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>Missions par statut</translation>
    </message>
    <message>
        <source>Missions by outcome</source>
        <translation>Missions par issue</translation>
    </message>
    <message>
        <source>&amp;Open Mission Dashboard</source>
        <translation>&amp;Ouvrir le tableau de bord de la mission</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n'a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>Check that the drive is connected and that you may read the file.</source>
        <translation>Vérifiez que le disque est connecté et que vous pouvez lire le fichier.</translation>
    </message>
    <message>
        <source>The file was left as it was before the upgrade.</source>
        <translation>Le fichier a été laissé tel qu'il était avant la mise à niveau.</translation>
    </message>
    <message>
        <source>The file was left as it was before the upgrade; a copy is in %1.</source>
        <translation>Le fichier a été laissé tel qu'il était avant la mise à niveau ; une copie se trouve dans %1.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to the current format: %2</source>
        <translation>%1 n'a pas pu être mis à niveau au format actuel : %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Choose another name; an existing file is never overwritten.</source>
        <translation>Choisissez un autre nom ; un fichier existant n'est jamais écrasé.</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 n'a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, on a drive with free space.</source>
        <translation>Choisissez un dossier où vous pouvez écrire, sur un disque qui a de la place.</translation>
    </message>
    <message>
        <source>%1 is read-only: changes could not be saved.</source>
        <translation>%1 est en lecture seule : les modifications ne pourraient pas être enregistrées.</translation>
    </message>
    <message>
        <source>Copy the file to a folder you can write to (for example your Documents folder) and open the copy.</source>
        <translation>Copiez le fichier dans un dossier où vous pouvez écrire (par exemple Documents) et ouvrez la copie.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 est verrouillé par un autre programme.</translation>
    </message>
    <message>
        <source>Close the other program that uses it, then try again.</source>
        <translation>Fermez l'autre programme qui l'utilise, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Intervention Planner's.</source>
        <translation>%1 est une base SQLite, mais pas une base d'Intervention Planner.</translation>
    </message>
    <message>
        <source>It was left untouched. Choose a file saved by Intervention Planner.</source>
        <translation>Il n'a pas été modifié. Choisissez un fichier enregistré par Intervention Planner.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Intervention Planner (data format %2; this version reads up to %3).</source>
        <translation>%1 a été enregistré par une version plus récente d'Intervention Planner (format de données %2 ; cette version lit jusqu'au format %3).</translation>
    </message>
    <message>
        <source>It was left untouched. Install the newer version of Intervention Planner to open it.</source>
        <translation>Il n'a pas été modifié. Installez la version plus récente d'Intervention Planner pour l'ouvrir.</translation>
    </message>
    <message>
        <source>No backup was taken: the folder %1 could not be created.</source>
        <translation>Aucune sauvegarde n'a été faite : le dossier %1 n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>No backup was taken: %1 could not be created (%2). Free some space on the drive.</source>
        <translation>Aucune sauvegarde n'a été faite : %1 n'a pas pu être créé (%2). Libérez de la place sur le disque.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation>Le disque est plein. Libérez de la place et réessayez ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment; nothing was saved.</source>
        <translation>La base est occupée par un autre programme. Réessayez dans un instant ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The database file is read-only. Copy it to a folder you can write to; nothing was saved.</source>
        <translation>Le fichier de la base est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error (%1). Check the drive; nothing was saved.</source>
        <translation>Le disque a signalé une erreur d'entrée/sortie (%1). Vérifiez le disque ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation>Le fichier de la base est endommagé (%1). Restaurez-le à partir d'une sauvegarde.</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>La base a refusé la modification : %1</translation>
    </message>
    <message>
        <source>The record no longer exists; it may have been deleted.</source>
        <translation>L'enregistrement n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>L'enregistrement n'existe plus.</translation>
    </message>
    <message>
        <source>Some records (%1) could not be read: %2</source>
        <translation>Certaines fiches (%1) n'ont pas pu être lues : %2</translation>
    </message>
    <message>
        <source>the copy did not pass the check (%1)</source>
        <translation>la copie n'a pas passé le contrôle (%1)</translation>
    </message>
    <message>
        <source>the copy could not be written to the disk</source>
        <translation>la copie n'a pas pu être écrite sur le disque</translation>
    </message>
    <message>
        <source>the copy could not be renamed to %1</source>
        <translation>la copie n'a pas pu être renommée en %1</translation>
    </message>
    <message>
        <source>%1 is already open in Intervention Planner: %2.</source>
        <translation>%1 est déjà ouverte dans Intervention Planner : %2.</translation>
    </message>
    <message>
        <source>It opens read-only here. To change it, close it there first.</source>
        <translation>Elle s'ouvre ici en lecture seule. Pour la modifier, fermez-la d'abord là-bas.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to the current data format, which cannot be done while another window holds it.</source>
        <translation>%1 doit être mise à niveau au format de données actuel, ce qui est impossible tant qu'une autre fenêtre la tient.</translation>
    </message>
    <message>
        <source>Close it there, then open it here again.</source>
        <translation>Fermez-la là-bas, puis rouvrez-la ici.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n'a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 and its backups could be read by other users of this computer; they are now readable by you only.</source>
        <translation>%1 et ses sauvegardes pouvaient être lus par d'autres utilisateurs de cet ordinateur ; vous seul pouvez désormais les lire.</translation>
    </message>
    <message>
        <source>Your changes are safe, but could not be folded into %1: %2</source>
        <translation>Vos modifications sont en sécurité, mais n'ont pas pu être intégrées à %1 : %2</translation>
    </message>
    <message>
        <source>Your changes are safe, but could not all be folded into %1 while another program reads it.</source>
        <translation>Vos modifications sont en sécurité, mais n'ont pas toutes pu être intégrées à %1 pendant qu'un autre programme le lit.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 could not be written completely; try another drive.</source>
        <translation>%1 n'a pas pu être écrit entièrement ; essayez un autre disque.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n'a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The computer's clock says %1, earlier than your newest backup (%2). Check the date and time settings; backups are kept in the order they were taken.</source>
        <translation>L'horloge de l'ordinateur indique %1, avant votre sauvegarde la plus récente (%2). Vérifiez la date et l'heure ; les sauvegardes sont conservées dans l'ordre où elles ont été faites.</translation>
    </message>
    <message>
        <source>it could not be written to the disk</source>
        <translation>elle n'a pas pu être écrite sur le disque</translation>
    </message>
    <message>
        <source>the copy did not pass its check (%1)</source>
        <translation>la copie n'a pas passé son contrôle (%1)</translation>
    </message>
    <message>
        <source>it could not be renamed to %1</source>
        <translation>elle n'a pas pu être renommée en %1</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>Aucune sauvegarde n'a été faite : %1</translation>
    </message>
    <message>
        <source>No second backup was made: %1 is not connected.</source>
        <translation>Aucune seconde sauvegarde n'a été faite : %1 n'est pas branché.</translation>
    </message>
    <message>
        <source>No second backup was made: the folder %1 could not be created.</source>
        <translation>Aucune seconde sauvegarde n'a été faite : le dossier %1 n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>No second backup was made in %1: %2</source>
        <translation>Aucune seconde sauvegarde n'a été faite dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 could not be moved aside; nothing was changed.</source>
        <translation>%1 n'a pas pu être mis de côté ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>La sauvegarde n'est pas utilisable : %1</translation>
    </message>
    <message>
        <source>%1 is open in Intervention Planner: %2. Close it there first.</source>
        <translation>%1 est ouverte dans Intervention Planner : %2. Fermez-la d'abord là-bas.</translation>
    </message>
    <message>
        <source>The backup could not be copied: %1. Nothing was changed.</source>
        <translation>La sauvegarde n'a pas pu être copiée : %1. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The backup could not take the place of %1; your file is kept as %2.</source>
        <translation>La sauvegarde n'a pas pu remplacer %1 ; votre fichier est conservé sous %2.</translation>
    </message>
    <message>
        <source>This database is open read-only, because another window writes it: nothing was saved. Close it there, then open it here again to make changes.</source>
        <translation>Cette base est ouverte en lecture seule, car une autre fenêtre l'écrit : rien n'a été enregistré. Fermez-la là-bas, puis rouvrez-la ici pour la modifier.</translation>
    </message>
    <message>
        <source>The disk reported an error while your last change was being saved (%1). The database was read again: what you see is what the file holds. Your last change may not be stored; check it, and make it again if it is missing.</source>
        <translation>Le disque a signalé une erreur pendant l'enregistrement de votre dernière modification (%1). La base a été relue : ce que vous voyez est ce que contient le fichier. Votre dernière modification n'est peut-être pas enregistrée ; vérifiez-la et refaites-la si elle manque.</translation>
    </message>
    <message>
        <source>%1 is beside the name you chose, left by another database.</source>
        <translation>%1 se trouve à côté du nom choisi, laissé par une autre base.</translation>
    </message>
    <message>
        <source>Choose another name; files that are already there are never overwritten or deleted.</source>
        <translation>Choisissez un autre nom ; les fichiers déjà présents ne sont jamais écrasés ni supprimés.</translation>
    </message>
    <message>
        <source>Choose another name: %1 is the open database itself.</source>
        <translation>Choisissez un autre nom : %1 est la base ouverte elle-même.</translation>
    </message>
    <message>
        <source>Choose another name: %1 is open in Intervention Planner (%2).</source>
        <translation>Choisissez un autre nom : %1 est ouverte dans Intervention Planner (%2).</translation>
    </message>
    <message>
        <source>Choose another name: %1 is beside it, so it may be a database in use or one that crashed.</source>
        <translation>Choisissez un autre nom : %1 se trouve à côté, c'est peut-être une base en cours d'utilisation ou qui a planté.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: now “%2”</source>
        <translation>%1 : désormais « %2 »</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>It now holds what follows; open it again to see it, then make your change once more.</source>
        <translation>Elle contient désormais ce qui suit ; rouvrez-la pour le voir, puis refaites votre modification.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (in another window, or by an import) since you opened it; nothing was saved.</source>
        <translation>Cette fiche a été modifiée ailleurs (dans une autre fenêtre, ou par une importation) depuis que vous l'avez ouverte ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>The backup could not be prepared: %1. Nothing was changed.</source>
        <translation>La sauvegarde n'a pas pu être préparée : %1. Rien n'a été modifié.</translation>
    </message>
    <message>
        <source>it was stopped</source>
        <translation>elle a été interrompue</translation>
    </message>
    <message>
        <source>Nothing was saved: %1 Use File &gt; Restore from Backup, or save a copy and check it.</source>
        <translation>Rien n'a été enregistré : %1 Utilisez Fichier &gt; Restaurer une sauvegarde, ou enregistrez une copie et vérifiez-la.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check failed (%2).</source>
        <translation>%1 est endommagé : le contrôle d'intégrité a échoué (%2).</translation>
    </message>
    <message>
        <source>Use File &gt; Restore from Backup; the backups are in %1.</source>
        <translation>Utilisez Fichier &gt; Restaurer une sauvegarde ; les sauvegardes sont dans %1.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found errors in it (%2). It is now read-only, so that nothing more is written to it; what you see is what it still holds.</source>
        <translation>%1 est endommagé : la vérification d'intégrité y a trouvé des erreurs (%2). Il est désormais en lecture seule, pour que plus rien n'y soit écrit ; ce que vous voyez est ce qu'il contient encore.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, for example 2005-05-31, or as %1</source>
        <translation>Une date au format AAAA-MM-JJ, par exemple 2005-05-31, ou au format %1</translation>
    </message>
    <message>
        <source>%1 is not a date: there is no month %2.</source>
        <translation>%1 n'est pas une date : il n'y a pas de mois %2.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 has %3 days.</source>
        <translation>%1 n'est pas une date : %2 compte %3 jours.</translation>
    </message>
    <message>
        <source>%1 is not a whole date: write the year, month and day, for example 2005-05-31.</source>
        <translation>%1 n'est pas une date complète : écrivez l'année, le mois et le jour, par exemple 2005-05-31.</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD, for example 2005-05-31.</source>
        <translation>%1 n'est pas une date : écrivez-la au format AAAA-MM-JJ, par exemple 2005-05-31.</translation>
    </message>
    <message>
        <source>Before the mission starts (%1)</source>
        <translation>Avant le début de la mission (%1)</translation>
    </message>
    <message>
        <source>After the mission ends (%1)</source>
        <translation>Après la fin de la mission (%1)</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <source>Everything is at %1</source>
        <translation>Tout est chez %1</translation>
    </message>
    <message>
        <source>Every record here is as %1 last had it.</source>
        <translation>Chaque enregistrement d'ici est tel que %1 l'a reçu en dernier.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not yet at %1</source>
        <translation><numerusform>%n enregistrement pas encore chez %1</numerusform><numerusform>%n enregistrements pas encore chez %1</numerusform></translation>
    </message>
    <message>
        <source>Changed here since %1 last had them, or never sent:</source>
        <translation>Modifiés ici depuis que %1 les a reçus en dernier, ou jamais envoyés :</translation>
    </message>
    <message>
        <source>Export a field package for %1, and import the receipt it sends back (File › Import Receipt), to mark them delivered.</source>
        <translation>Exportez un paquet de terrain pour %1, puis importez le reçu qu'il renvoie (Fichier › Importer un reçu) pour les marquer comme livrés.</translation>
    </message>
</context>
<context>
    <name>DemoDataText</name>
    <message>
        <source>Demo record "%1": %2</source>
        <translation>Enregistrement de démonstration « %1 » : %2</translation>
    </message>
    <message>
        <source>The demo data could not be read: %1 at offset %2.</source>
        <translation>Les données de démonstration sont illisibles : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>Les données de démonstration manquent dans cette version.</translation>
    </message>
    <message>
        <source>The earlier demo database %1 could not be replaced.</source>
        <translation>L'ancienne base de démonstration %1 n'a pas pu être remplacée.</translation>
    </message>
    <message>
        <source>The mission is missing.</source>
        <translation>La mission est introuvable.</translation>
    </message>
    <message>
        <source>The programme is missing.</source>
        <translation>Le programme manque.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Show sensitive values</source>
        <translation>Afficher les valeurs &amp;sensibles</translation>
    </message>
    <message>
        <source>&amp;Combine</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Combine Duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <source>The record kept takes the other one's values where it has none; every other value the other one held is kept in the field history, and everything that named it names the record kept. Its id stays known, so a package that still uses it lands on the record kept. Edit › Undo takes a combination back.</source>
        <translation>L'enregistrement gardé prend les valeurs de l'autre là où il n'en a pas ; toute autre valeur de l'autre est gardée dans l'historique des champs, et tout ce qui le nommait nomme l'enregistrement gardé. Son identifiant reste connu : un paquet qui l'utilise encore arrive sur l'enregistrement gardé. Édition › Annuler défait une fusion.</translation>
    </message>
    <message>
        <source>&amp;Possibly the same:</source>
        <translation>Peut-être les &amp;mêmes :</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1 : %2 / %3</translation>
    </message>
    <message>
        <source>No records here look alike.</source>
        <translation>Aucun enregistrement ici ne se ressemble.</translation>
    </message>
    <message>
        <source>The first record</source>
        <translation>Le premier enregistrement</translation>
    </message>
    <message>
        <source>The second record</source>
        <translation>Le second enregistrement</translation>
    </message>
    <message>
        <source>&amp;First: %1 (the older)</source>
        <translation>&amp;Premier : %1 (le plus ancien)</translation>
    </message>
    <message>
        <source>S&amp;econd: %1</source>
        <translation>Secon&amp;d : %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The two records could not be combined: %1</source>
        <translation>Les deux enregistrements n'ont pas pu être fusionnés : %1</translation>
    </message>
    <message>
        <source>Combined: “%1” is kept.</source>
        <translation>Fusionnés : « %1 » est gardé.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>Non compté</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes and close (Ctrl+S); Esc closes without saving, asking first</source>
        <translation>Enregistrer les modifications et fermer (Ctrl+S) ; Échap ferme sans enregistrer, après avoir demandé</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>La modification n'a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Create mission %1</source>
        <translation>Créer la mission %1</translation>
    </message>
    <message>
        <source>Change mission %1</source>
        <translation>Modifier %1 de la mission</translation>
    </message>
    <message>
        <source>Edit mission %1</source>
        <translation>Modifier la mission %1</translation>
    </message>
    <message>
        <source>The mission no longer exists.</source>
        <translation>La mission n'existe plus.</translation>
    </message>
    <message>
        <source>Delete mission %1</source>
        <translation>Supprimer la mission %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Add stakeholder %1</source>
        <translation>Ajouter la partie prenante %1</translation>
    </message>
    <message>
        <source>Change stakeholder %1</source>
        <translation>Modifier %1 de la partie prenante</translation>
    </message>
    <message>
        <source>Edit stakeholder %1</source>
        <translation>Modifier la partie prenante %1</translation>
    </message>
    <message>
        <source>The stakeholder no longer exists.</source>
        <translation>La partie prenante n'existe plus.</translation>
    </message>
    <message>
        <source>Delete stakeholder %1</source>
        <translation>Supprimer la partie prenante %1</translation>
    </message>
    <message>
        <source>Link stakeholder to mission</source>
        <translation>Lier la partie prenante à la mission</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>Unlink stakeholder from mission</source>
        <translation>Délier la partie prenante de la mission</translation>
    </message>
    <message>
        <source>Edit engagement of %1</source>
        <translation>Modifier l'échange du %1</translation>
    </message>
    <message>
        <source>Log engagement of %1</source>
        <translation>Consigner l'échange du %1</translation>
    </message>
    <message>
        <source>The engagement no longer exists.</source>
        <translation>L'échange n'existe plus.</translation>
    </message>
    <message>
        <source>Delete engagement of %1</source>
        <translation>Supprimer l'échange du %1</translation>
    </message>
    <message>
        <source>Add exit criterion</source>
        <translation>Ajouter un critère de sortie</translation>
    </message>
    <message>
        <source>Tick exit criterion</source>
        <translation>Cocher un critère de sortie</translation>
    </message>
    <message>
        <source>Untick exit criterion</source>
        <translation>Décocher un critère de sortie</translation>
    </message>
    <message>
        <source>Edit exit criterion</source>
        <translation>Modifier un critère de sortie</translation>
    </message>
    <message>
        <source>Delete exit criterion</source>
        <translation>Supprimer un critère de sortie</translation>
    </message>
    <message>
        <source>The criterion no longer exists.</source>
        <translation>Le critère n'existe plus.</translation>
    </message>
    <message>
        <source>Move mission to %1</source>
        <translation>Faire passer la mission à l'étape %1</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>Modifier un besoin</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Delete need</source>
        <translation>Supprimer un besoin</translation>
    </message>
    <message>
        <source>The need no longer exists.</source>
        <translation>Le besoin n'existe plus.</translation>
    </message>
    <message>
        <source>Edit module %1</source>
        <translation>Modifier le module %1</translation>
    </message>
    <message>
        <source>Add module %1</source>
        <translation>Ajouter le module %1</translation>
    </message>
    <message>
        <source>Delete module %1</source>
        <translation>Supprimer le module %1</translation>
    </message>
    <message>
        <source>The module no longer exists.</source>
        <translation>Le module n'existe plus.</translation>
    </message>
    <message>
        <source>Change module coverage of a need</source>
        <translation>Modifier la couverture d'un besoin par un module</translation>
    </message>
    <message>
        <source>Add consultation session</source>
        <translation>Ajouter une session de consultation</translation>
    </message>
    <message>
        <source>Edit consultation session</source>
        <translation>Modifier une session de consultation</translation>
    </message>
    <message>
        <source>Delete consultation session</source>
        <translation>Supprimer une session de consultation</translation>
    </message>
    <message>
        <source>The consultation session no longer exists.</source>
        <translation>La session de consultation n'existe plus.</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ajouter un constat</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Modifier un constat</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Supprimer un constat</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>Le constat n'existe plus.</translation>
    </message>
    <message>
        <source>Add legislation</source>
        <translation>Ajouter un texte de loi</translation>
    </message>
    <message>
        <source>Edit legislation</source>
        <translation>Modifier un texte de loi</translation>
    </message>
    <message>
        <source>Delete legislation</source>
        <translation>Supprimer un texte de loi</translation>
    </message>
    <message>
        <source>The legislation item no longer exists.</source>
        <translation>Le texte de loi n'existe plus.</translation>
    </message>
    <message>
        <source>Add capacity assessment</source>
        <translation>Ajouter une évaluation des capacités</translation>
    </message>
    <message>
        <source>Edit capacity assessment</source>
        <translation>Modifier une évaluation des capacités</translation>
    </message>
    <message>
        <source>Delete capacity assessment</source>
        <translation>Supprimer une évaluation des capacités</translation>
    </message>
    <message>
        <source>The capacity assessment no longer exists.</source>
        <translation>L'évaluation des capacités n'existe plus.</translation>
    </message>
    <message>
        <source>Add trainer or participant</source>
        <translation>Ajouter un formateur ou un participant</translation>
    </message>
    <message>
        <source>Edit trainer or participant</source>
        <translation>Modifier un formateur ou un participant</translation>
    </message>
    <message>
        <source>Delete trainer or participant</source>
        <translation>Supprimer un formateur ou un participant</translation>
    </message>
    <message>
        <source>The trainer or participant no longer exists.</source>
        <translation>Le formateur ou le participant n'existe plus.</translation>
    </message>
    <message>
        <source>Add training session</source>
        <translation>Ajouter une session de formation</translation>
    </message>
    <message>
        <source>Edit training session</source>
        <translation>Modifier une session de formation</translation>
    </message>
    <message>
        <source>Delete training session</source>
        <translation>Supprimer une session de formation</translation>
    </message>
    <message>
        <source>The training session no longer exists.</source>
        <translation>La session de formation n'existe plus.</translation>
    </message>
    <message>
        <source>Add material</source>
        <translation>Ajouter un support</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>Modifier un support</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>Supprimer un support</translation>
    </message>
    <message>
        <source>The material no longer exists.</source>
        <translation>Le support n'existe plus.</translation>
    </message>
    <message>
        <source>Add follow-up activity</source>
        <translation>Ajouter une activité de suivi</translation>
    </message>
    <message>
        <source>Edit follow-up activity</source>
        <translation>Modifier une activité de suivi</translation>
    </message>
    <message>
        <source>Delete follow-up activity</source>
        <translation>Supprimer une activité de suivi</translation>
    </message>
    <message>
        <source>The follow-up activity no longer exists.</source>
        <translation>L'activité de suivi n'existe plus.</translation>
    </message>
    <message>
        <source>Edit risk "%1"</source>
        <translation>Modifier le risque « %1 »</translation>
    </message>
    <message>
        <source>Add risk "%1"</source>
        <translation>Ajouter le risque « %1 »</translation>
    </message>
    <message>
        <source>Delete risk "%1"</source>
        <translation>Supprimer le risque « %1 »</translation>
    </message>
    <message>
        <source>The risk no longer exists.</source>
        <translation>Le risque n'existe plus.</translation>
    </message>
    <message>
        <source>Add risk action</source>
        <translation>Ajouter une action sur un risque</translation>
    </message>
    <message>
        <source>Edit risk action</source>
        <translation>Modifier une action sur un risque</translation>
    </message>
    <message>
        <source>Delete risk action</source>
        <translation>Supprimer une action sur un risque</translation>
    </message>
    <message>
        <source>The risk action no longer exists.</source>
        <translation>L'action sur le risque n'existe plus.</translation>
    </message>
    <message>
        <source>Change risk bands and RAG thresholds</source>
        <translation>Modifier les seuils des risques et des statuts</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Modifier un indicateur</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Supprimer un indicateur</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>L'indicateur n'existe plus.</translation>
    </message>
    <message>
        <source>Add indicator value</source>
        <translation>Ajouter une valeur d'indicateur</translation>
    </message>
    <message>
        <source>Edit indicator value</source>
        <translation>Modifier une valeur d'indicateur</translation>
    </message>
    <message>
        <source>Delete indicator value</source>
        <translation>Supprimer une valeur d'indicateur</translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation>La valeur n'existe plus.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>La note n'existe plus.</translation>
    </message>
    <message>
        <source>Give participant %1's dot</source>
        <translation>Donner la gommette du participant %1</translation>
    </message>
    <message>
        <source>Take back participant %1's dot</source>
        <translation>Reprendre la gommette du participant %1</translation>
    </message>
    <message>
        <source>The note has no dot left to take back.</source>
        <translation>La note n'a plus de gommette à reprendre.</translation>
    </message>
    <message>
        <source>Add intermediate target</source>
        <translation>Ajouter une cible intermédiaire</translation>
    </message>
    <message>
        <source>Edit intermediate target</source>
        <translation>Modifier la cible intermédiaire</translation>
    </message>
    <message>
        <source>Delete intermediate target</source>
        <translation>Supprimer la cible intermédiaire</translation>
    </message>
    <message>
        <source>The intermediate target no longer exists.</source>
        <translation>La cible intermédiaire n'existe plus.</translation>
    </message>
    <message>
        <source>Import Field Package</source>
        <translation>Importer un paquet de terrain</translation>
    </message>
    <message>
        <source>Combine Duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <source>Create programme %1</source>
        <translation>Créer le programme %1</translation>
    </message>
    <message>
        <source>Change programme %1</source>
        <translation>Modifier le programme %1</translation>
    </message>
    <message>
        <source>Edit programme %1</source>
        <translation>Modifier le programme %1</translation>
    </message>
    <message>
        <source>Delete programme %1</source>
        <translation>Supprimer le programme %1</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>Le programme n'existe plus.</translation>
    </message>
    <message>
        <source>Edit event "%1"</source>
        <translation>Modifier l'événement « %1 »</translation>
    </message>
    <message>
        <source>Add event "%1"</source>
        <translation>Ajouter l'événement « %1 »</translation>
    </message>
    <message>
        <source>Delete event "%1"</source>
        <translation>Supprimer l'événement « %1 »</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>L'événement n'existe plus.</translation>
    </message>
    <message>
        <source>Set stage dates</source>
        <translation>Dater les étapes</translation>
    </message>
    <message numerus="yes">
        <source>Link stakeholder to %n mission(s)</source>
        <translation><numerusform>Lier la partie prenante à %n mission</numerusform><numerusform>Lier la partie prenante à %n missions</numerusform></translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <source>Choose the stakeholder met.</source>
        <translation>Choisissez la partie prenante rencontrée.</translation>
    </message>
    <message>
        <source>Date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>la partie prenante</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>la mission</translation>
    </message>
    <message>
        <source>date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>type</source>
        <translation>le type</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>l'objet</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>le résultat</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>la date de suivi</translation>
    </message>
    <message>
        <source>follow-up done</source>
        <translation>le suivi fait</translation>
    </message>
</context>
<context>
    <name>EngagementEditor</name>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>Suivi &amp;fait</translation>
    </message>
    <message>
        <source>Log Engagement</source>
        <translation>Consigner un échange</translation>
    </message>
    <message>
        <source>Edit Engagement</source>
        <translation>Modifier l'échange</translation>
    </message>
    <message>
        <source>No mission</source>
        <translation>Aucune mission</translation>
    </message>
    <message>
        <source>e.g. Agree the dates of the local course</source>
        <translation>p. ex. Convenir des dates du cours local</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>&amp;Follow up by:</source>
        <translation>&amp;Suivi avant le :</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
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
        <translation>Programme sur mesure</translation>
    </message>
    <message>
        <source>Train-the-trainer</source>
        <translation>Formation de formateurs</translation>
    </message>
    <message>
        <source>Post-training support</source>
        <translation>Accompagnement après formation</translation>
    </message>
    <message>
        <source>No MoU</source>
        <translation>Pas de protocole d'accord</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>En rédaction</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
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
        <translation>Post-conflit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Group or organisation</source>
        <translation>Groupe ou organisation</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Police senior command</source>
        <translation>Commandement supérieur de la police</translation>
    </message>
    <message>
        <source>Police front-line</source>
        <translation>Police de terrain</translation>
    </message>
    <message>
        <source>Academy or trainer</source>
        <translation>Académie ou formateur</translation>
    </message>
    <message>
        <source>Prosecution or judiciary</source>
        <translation>Parquet ou magistrature</translation>
    </message>
    <message>
        <source>NGO or civil society</source>
        <translation>ONG ou société civile</translation>
    </message>
    <message>
        <source>Affected community</source>
        <translation>Communauté touchée</translation>
    </message>
    <message>
        <source>International organisation or donor</source>
        <translation>Organisation internationale ou bailleur</translation>
    </message>
    <message>
        <source>Other mission</source>
        <translation>Autre mission</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Opposant</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Sceptique</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Favorable</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Political</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Institutional</source>
        <translation>Institutionnel</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Économique</translation>
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
        <translation>Éviter</translation>
    </message>
    <message>
        <source>Reduce likelihood</source>
        <translation>Réduire la probabilité</translation>
    </message>
    <message>
        <source>Reduce impact</source>
        <translation>Réduire l'impact</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Peu probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Quasi certain</translation>
    </message>
    <message>
        <source>Insignificant</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Roundtable</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Groupe de discussion</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Réunion bilatérale</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Substantive offence</source>
        <translation>Infraction spécifique</translation>
    </message>
    <message>
        <source>Penalty enhancement</source>
        <translation>Aggravation de peine</translation>
    </message>
    <message>
        <source>General aggravating circumstance</source>
        <translation>Circonstance aggravante générale</translation>
    </message>
    <message>
        <source>No specific provision</source>
        <translation>Aucune disposition spécifique</translation>
    </message>
    <message>
        <source>Recognition of bias indicators</source>
        <translation>Reconnaissance des indicateurs de préjugé</translation>
    </message>
    <message>
        <source>Recording and data</source>
        <translation>Enregistrement et données</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Enquête judiciaire</translation>
    </message>
    <message>
        <source>Victim support</source>
        <translation>Soutien aux victimes</translation>
    </message>
    <message>
        <source>Community engagement</source>
        <translation>Relations avec les communautés</translation>
    </message>
    <message>
        <source>Leadership and policy</source>
        <translation>Direction et politique</translation>
    </message>
    <message>
        <source>Training-institution capacity</source>
        <translation>Capacité de l'institution de formation</translation>
    </message>
    <message>
        <source>Prosecution liaison</source>
        <translation>Liaison avec le parquet</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>Partage d'informations</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Tronc commun</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Spécialisé</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
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
        <translation>Régional</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Document remis</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Refresher course</source>
        <translation>Cours de remise à niveau</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <source>Community of practice</source>
        <translation>Communauté de pratique</translation>
    </message>
    <message>
        <source>Resource sharing</source>
        <translation>Partage de ressources</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>Visite d'étude</translation>
    </message>
    <message>
        <source>Follow-up evaluation</source>
        <translation>Évaluation de suivi</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Pas encore connue</translation>
    </message>
    <message>
        <source>Embedded in the national academy</source>
        <translation>Intégrée à l'académie nationale</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevée</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Enlisée</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Replaced by an import</source>
        <translation>Remplacée par un import</translation>
    </message>
    <message>
        <source>Lost a conflict</source>
        <translation>Écartée dans un conflit</translation>
    </message>
    <message>
        <source>Held by a duplicate combined into this record</source>
        <translation>Tenu par un doublon fusionné dans cet enregistrement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>International seminar</source>
        <translation>Séminaire international</translation>
    </message>
    <message>
        <source>Programme meeting</source>
        <translation>Réunion du programme</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Enseignement tiré</translation>
    </message>
    <message>
        <source>Resource asked for</source>
        <translation>Ressource demandée</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
</context>
<context>
    <name>ExchangeHistoryDialog</name>
    <message>
        <source>Exchange History</source>
        <translation>Historique des échanges</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Enregistrer le ra&amp;pport…</translation>
    </message>
    <message>
        <source>Save Re&amp;ceipt…</source>
        <translation>Enregistrer le &amp;reçu…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>&amp;Home, whose deliveries the status bar follows:</source>
        <translation>&amp;Base d'attache, dont la barre d'état suit les livraisons :</translation>
    </message>
    <message>
        <source>Every field package made here and imported here. An import's receipt goes back to the database that made the package, which imports it (File › Import Receipt) to know what has arrived.</source>
        <translation>Chaque paquet de terrain fait ici et importé ici. Le reçu d'un import retourne à la base qui a fait le paquet, qui l'importe (Fichier › Importer un reçu) pour savoir ce qui est arrivé.</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>exchange-%1.txt</source>
        <translation>echange-%1.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>receipt-%1.json</source>
        <translation>recu-%1.json</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Reçus (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported export %1</source>
        <translation>Export %1 importé</translation>
    </message>
    <message>
        <source>Made a redacted handover (export %1)</source>
        <translation>Transmission expurgée faite (export %1)</translation>
    </message>
    <message>
        <source>Made export %1</source>
        <translation>Export %1 fait</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>Pas encore de reçu</translation>
    </message>
    <message>
        <source>Receipt from %1</source>
        <translation>Reçu de %1</translation>
    </message>
    <message>
        <source>%1 new or changed, %2 decided</source>
        <translation>%1 nouveaux ou modifiés, %2 tranchés</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Nothing was exchanged yet: File › Export Field Package makes a package, File › Import Field Package takes one in.</source>
        <translation>Rien n'a encore été échangé : Fichier › Exporter un paquet de terrain fait un paquet, Fichier › Importer un paquet de terrain en fait entrer un.</translation>
    </message>
</context>
<context>
    <name>FieldChange</name>
    <message>
        <source>record type</source>
        <translation>le type d'enregistrement</translation>
    </message>
    <message>
        <source>record</source>
        <translation>l'enregistrement</translation>
    </message>
    <message>
        <source>field</source>
        <translation>le champ</translation>
    </message>
    <message>
        <source>earlier value</source>
        <translation>la valeur antérieure</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>la nouvelle valeur</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>le motif</translation>
    </message>
    <message>
        <source>from</source>
        <translation>la provenance</translation>
    </message>
    <message>
        <source>package</source>
        <translation>le paquet</translation>
    </message>
</context>
<context>
    <name>FieldPackage</name>
    <message>
        <source>%1: a row without an id was left out.</source>
        <translation>%1 : une ligne sans identifiant a été laissée de côté.</translation>
    </message>
    <message>
        <source>The package's contents are not records this version can read.</source>
        <translation>Le contenu du paquet n'est pas fait d'enregistrements que cette version sait lire.</translation>
    </message>
    <message>
        <source>The package holds data format %1, newer than this version reads (up to %2). Update Intervention Planner to import it; nothing was written.</source>
        <translation>Le paquet contient le format de données %1, plus récent que ce que lit cette version (jusqu'à %2). Mettez Intervention Planner à jour pour l'importer ; rien n'a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the package cannot be read.</source>
        <translation><numerusform>%n ligne du paquet ne peut pas être lue.</numerusform><numerusform>%n lignes du paquet ne peuvent pas être lues.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>%1 %2: the package holds it twice.</source>
        <translation>%1 %2 : le paquet le contient deux fois.</translation>
    </message>
    <message>
        <source>%1 %2: another record here (%3) has the same %4; it may be the same one, made twice.</source>
        <translation>%1 %2 : un autre enregistrement ici (%3) a le même %4 ; c'est peut-être le même, créé deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differ here from the package, and the differences are not decided.</source>
        <translation><numerusform>%n enregistrement diffère ici du paquet, et la différence n'est pas tranchée.</numerusform><numerusform>%n enregistrements diffèrent ici du paquet, et les différences ne sont pas tranchées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the package repeat one here.</source>
        <translation><numerusform>%n enregistrement du paquet en répète un d'ici.</numerusform><numerusform>%n enregistrements du paquet en répètent un d'ici.</numerusform></translation>
    </message>
    <message>
        <source>%1 %2: this version cannot read its %3.</source>
        <translation>%1 %2 : cette version ne sait pas lire : %3.</translation>
    </message>
    <message>
        <source>%1 %2: may be the same as %3 here (the same name and organisation); both are kept until a person combines them.</source>
        <translation>%1 %2 : peut-être le même que %3 ici (même nom et même organisation) ; les deux sont gardés jusqu'à ce qu'une personne les réunisse.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>%1 %2: edited on one side, deleted on the other (%3).</source>
        <translation>%1 %2 : modifié d'un côté, supprimé de l'autre (%3).</translation>
    </message>
    <message>
        <source>%1 %2: changed on both sides (%3).</source>
        <translation>%1 %2 : modifié des deux côtés (%3).</translation>
    </message>
    <message>
        <source>%1 %2: the conflict over its %3 is not decided. Nothing was written.</source>
        <translation>%1 %2 : le conflit sur « %3 » n'est pas tranché. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The package does not say which export it is. Nothing was written.</source>
        <translation>Le paquet ne dit pas de quel export il s'agit. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>This package was made by this database (or by a copy of it); there is nothing to take from it. Nothing was written.</source>
        <translation>Ce paquet a été fait par cette base (ou par une copie) ; il n'y a rien à en reprendre. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>This package is export %1 of %2; a later one (export %3) was imported here on %4. Importing an older one would take back what came since. Nothing was written.</source>
        <translation>Ce paquet est l'export %1 de %2 ; un plus récent (export %3) a été importé ici le %4. Importer un plus ancien reprendrait ce qui est venu depuis. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The database could not record the exchange: %1</source>
        <translation>La base n'a pas pu enregistrer l'échange : %1</translation>
    </message>
    <message>
        <source>An edited value is chosen field by field, never for every conflict at once. Nothing was written.</source>
        <translation>Une valeur modifiée se choisit champ par champ, jamais pour tous les conflits à la fois. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Stakeholder in a mission</source>
        <translation>Partie prenante d'une mission</translation>
    </message>
    <message>
        <source>Stakeholder position</source>
        <translation>Position d'une partie prenante</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Évaluation de risque</translation>
    </message>
    <message>
        <source>Risk action</source>
        <translation>Action sur un risque</translation>
    </message>
    <message>
        <source>Exit criterion</source>
        <translation>Critère de sortie</translation>
    </message>
    <message>
        <source>Stage move</source>
        <translation>Passage d'étape</translation>
    </message>
    <message>
        <source>Consultation session</source>
        <translation>Session de consultation</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Législation</translation>
    </message>
    <message>
        <source>Capacity assessment</source>
        <translation>Évaluation des capacités</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Need a module serves</source>
        <translation>Besoin couvert par un module</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Follow-up activity</source>
        <translation>Activité de suivi</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Valeur d'indicateur</translation>
    </message>
    <message>
        <source>Indicator target</source>
        <translation>Cible d'indicateur</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Earlier field value</source>
        <translation>Valeur antérieure d'un champ</translation>
    </message>
    <message>
        <source>(protected name)</source>
        <translation>(nom protégé)</translation>
    </message>
    <message>
        <source>%1 %2 could not be merged. Nothing was written.</source>
        <translation>%1 %2 n'a pas pu être fusionné. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The value chosen for the %1 of %2 “%3” cannot be stored as it is. Nothing was written.</source>
        <translation>La valeur choisie pour « %1 » de %2 « %3 » ne peut pas être enregistrée telle quelle. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>%1 “%2” would then repeat the %3 of another record here. Nothing was written; change one of the two and import again.</source>
        <translation>%1 « %2 » répéterait alors « %3 » d'un autre enregistrement d'ici. Rien n'a été écrit ; modifiez l'un des deux et importez de nouveau.</translation>
    </message>
    <message>
        <source>The package's contents are in package format %1, newer than this version reads (up to %2). Update Intervention Planner to import it; nothing was written.</source>
        <translation>Le contenu du paquet est au format de paquet %1, plus récent que ce que lit cette version (jusqu'à %2). Mettez à jour Intervention Planner pour l'importer ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>This package is export %1 of %2, but another export with that number was imported here on %3: that database may have been restored from a backup. Nothing was written.</source>
        <translation>Ce paquet est l'export %1 de %2, mais un autre export portant ce numéro a été importé ici le %3 : cette base a peut-être été restaurée depuis une sauvegarde. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No import of this package is recorded here, so there is nothing to confirm.</source>
        <translation>Aucun import de ce paquet n'est enregistré ici : il n'y a rien à confirmer.</translation>
    </message>
    <message>
        <source>This package was imported by an earlier version, which kept no hash of it: no receipt can be made for it.</source>
        <translation>Ce paquet a été importé par une version antérieure, qui n'en a gardé aucune empreinte : aucun reçu ne peut être fait pour lui.</translation>
    </message>
    <message>
        <source>Nothing was marked.</source>
        <translation>Rien n'a été marqué.</translation>
    </message>
    <message>
        <source>This file is not a receipt of Intervention Planner.</source>
        <translation>Ce fichier n'est pas un reçu d'Intervention Planner.</translation>
    </message>
    <message>
        <source>This receipt is in a newer format (%1) than this version reads (up to %2); update Intervention Planner to import it.</source>
        <translation>Ce reçu est dans un format plus récent (%1) que ce que lit cette version (jusqu'à %2) ; mettez Intervention Planner à jour pour l'importer.</translation>
    </message>
    <message>
        <source>The receipt does not say which package it confirms, or where it was imported.</source>
        <translation>Le reçu ne dit pas quel paquet il confirme, ni où il a été importé.</translation>
    </message>
    <message>
        <source>This receipt is for a package made by another database, not this one.</source>
        <translation>Ce reçu concerne un paquet fait par une autre base, pas celle-ci.</translation>
    </message>
    <message>
        <source>This receipt was made by this database itself.</source>
        <translation>Ce reçu a été fait par cette base elle-même.</translation>
    </message>
    <message>
        <source>This database has no record of making the package this receipt confirms (%1).</source>
        <translation>Cette base n'a aucune trace d'avoir fait le paquet que ce reçu confirme (%1).</translation>
    </message>
    <message>
        <source>The receipt does not match the package made here: what was imported there is not what was sent.</source>
        <translation>Le reçu ne correspond pas au paquet fait ici : ce qui a été importé là-bas n'est pas ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>Field package imported</source>
        <translation>Paquet de terrain importé</translation>
    </message>
    <message>
        <source>Package: %1 (export %2 of %3)</source>
        <translation>Paquet : %1 (export %2 de %3)</translation>
    </message>
    <message>
        <source>Imported: %1, by %2</source>
        <translation>Importé : %1, par %2</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 changed on both sides, %5 possible duplicates</source>
        <translation>%1 : %2 nouveaux, %3 mis à jour, %4 modifiés des deux côtés, %5 doublons possibles</translation>
    </message>
    <message>
        <source>Every record of the package was here already.</source>
        <translation>Chaque enregistrement du paquet était déjà ici.</translation>
    </message>
    <message numerus="yes">
        <source>Decisions (%n field(s) changed on both sides):</source>
        <translation><numerusform>Décisions (%n champ modifié des deux côtés) :</numerusform><numerusform>Décisions (%n champs modifiés des deux côtés) :</numerusform></translation>
    </message>
    <message>
        <source>None: nothing was changed on both sides.</source>
        <translation>Aucune : rien n'a été modifié des deux côtés.</translation>
    </message>
    <message>
        <source>kept this computer's value</source>
        <translation>valeur de cet ordinateur gardée</translation>
    </message>
    <message>
        <source>took the incoming value</source>
        <translation>valeur entrante prise</translation>
    </message>
    <message>
        <source>kept the record (edited here, deleted there, or the other way)</source>
        <translation>enregistrement gardé (modifié ici, supprimé là-bas, ou l'inverse)</translation>
    </message>
    <message>
        <source>wrote an edited value</source>
        <translation>valeur modifiée écrite</translation>
    </message>
    <message>
        <source>Field package made here</source>
        <translation>Paquet de terrain fait ici</translation>
    </message>
    <message>
        <source>Package: %1 (export %2)</source>
        <translation>Paquet : %1 (export %2)</translation>
    </message>
    <message>
        <source>Made: %1, by %2</source>
        <translation>Fait : %1, par %2</translation>
    </message>
    <message>
        <source>Missions: all, with the portfolio-level risks</source>
        <translation>Missions : toutes, avec les risques du portefeuille</translation>
    </message>
    <message>
        <source>Missions: %1</source>
        <translation>Missions : %1</translation>
    </message>
    <message>
        <source>Redacted handover: sensitive fields were withheld.</source>
        <translation>Transmission expurgée : les champs sensibles ont été retenus.</translation>
    </message>
    <message>
        <source>Full package.</source>
        <translation>Paquet complet.</translation>
    </message>
    <message>
        <source>No receipt imported yet.</source>
        <translation>Aucun reçu importé pour l'instant.</translation>
    </message>
    <message>
        <source>Receipt: imported into %1 on %2.</source>
        <translation>Reçu : importé dans %1 le %2.</translation>
    </message>
    <message>
        <source>A record could not be combined. Nothing was written.</source>
        <translation>Un enregistrement n'a pas pu être fusionné. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Combining these records would never end. Nothing was written.</source>
        <translation>La fusion de ces enregistrements ne finirait jamais. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The record to keep is not here, or was deleted. Nothing was written.</source>
        <translation>L'enregistrement à garder n'est pas ici, ou a été supprimé. Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>A record cannot be combined with itself.</source>
        <translation>Un enregistrement ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>That record was combined into another already.</source>
        <translation>Cet enregistrement a déjà été fusionné dans un autre.</translation>
    </message>
    <message>
        <source>Records of this kind cannot be combined.</source>
        <translation>Les enregistrements de ce type ne peuvent pas être fusionnés.</translation>
    </message>
    <message>
        <source>%1 “%2” here is combined into another record, as the package's database combined them.</source>
        <translation>%1 « %2 » ici est fusionné dans un autre enregistrement, comme la base du paquet les a fusionnés.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the package still use the id of a record combined into another here: they land on the record kept.</source>
        <translation><numerusform>%n enregistrement du paquet utilise encore l'identifiant d'un enregistrement fusionné ici dans un autre : il arrive sur l'enregistrement gardé.</numerusform><numerusform>%n enregistrements du paquet utilisent encore l'identifiant d'un enregistrement fusionné ici dans un autre : ils arrivent sur l'enregistrement gardé.</numerusform></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>FieldPackageActions</name>
    <message>
        <source>Field packages (*.ippkg);;All files (*)</source>
        <translation>Paquets de terrain (*.ippkg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase</source>
        <translation>Protéger par une &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Seal to &amp;recipients' keys, signed by this database</source>
        <translation>Sceller pour les clés des &amp;destinataires, signé par cette base</translation>
    </message>
    <message>
        <source>Add Public &amp;Key File…</source>
        <translation>Ajouter un fichier de clé publi&amp;que…</translation>
    </message>
    <message>
        <source>Export Field Package</source>
        <translation>Exporter un paquet de terrain</translation>
    </message>
    <message>
        <source>Pass&amp;phrase (at least 10 characters):</source>
        <translation>Phrase &amp;secrète (au moins 10 caractères) :</translation>
    </message>
    <message>
        <source>Repeat &amp;it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Re&amp;cipients:</source>
        <translation>Desti&amp;nataires :</translation>
    </message>
    <message>
        <source>&amp;This database's key passphrase:</source>
        <translation>Phrase secrète de la &amp;clé de cette base :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>The passphrase needs at least 10 characters.</source>
        <translation>La phrase secrète demande au moins 10 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>Les deux phrases secrètes diffèrent ; saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Choisissez au moins un destinataire.</translation>
    </message>
    <message>
        <source>Add a Recipient's Public Key</source>
        <translation>Ajouter la clé publique d'un destinataire</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Clés publiques (*.pub *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1-%2.ippkg</source>
        <translation>%1-%2.ippkg</translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation>Le paquet n'a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Every record was sealed into %1.</source>
        <translation>Tous les enregistrements ont été scellés dans %1.</translation>
    </message>
    <message>
        <source>Import Field Package</source>
        <translation>Importer un paquet de terrain</translation>
    </message>
    <message>
        <source>This package is sealed to its recipients' keys, and this database has no key pair: it cannot be one of them.</source>
        <translation>Ce paquet est scellé pour les clés de ses destinataires, et cette base n'a pas de paire de clés : elle ne peut pas en faire partie.</translation>
    </message>
    <message>
        <source>The package is sealed to this database's key. Its key passphrase:</source>
        <translation>Le paquet est scellé pour la clé de cette base. Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>The package's passphrase:</source>
        <translation>Phrase secrète du paquet :</translation>
    </message>
    <message>
        <source>The package is signed by %1 (%2), whose key was revoked: it is refused, and nothing was written.</source>
        <translation>Le paquet est signé par %1 (%2), dont la clé a été révoquée : il est refusé, et rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The package is signed by “%1”, a key this database does not know yet.

Its fingerprint is

%2

Check it with the sender, by phone or in person, before you trust it.</source>
        <translation>Le paquet est signé par « %1 », une clé que cette base ne connaît pas encore.

Son empreinte est

%2

Vérifiez-la avec l'expéditeur, par téléphone ou en personne, avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>&amp;Trust and Continue</source>
        <translation>&amp;Faire confiance et continuer</translation>
    </message>
    <message>
        <source>This package was imported before; nothing changed.</source>
        <translation>Ce paquet a déjà été importé ; rien n'a changé.</translation>
    </message>
    <message>
        <source>The records are in, but the sender could not be added to the address book: %1</source>
        <translation>Les enregistrements sont importés, mais l'expéditeur n'a pas pu être ajouté au carnet d'adresses : %1</translation>
    </message>
    <message>
        <source>E&amp;very mission, with the portfolio-level risks</source>
        <translation>&amp;Toutes les missions, avec les risques du portefeuille</translation>
    </message>
    <message>
        <source>Only the &amp;missions checked, with their stakeholders:</source>
        <translation>Seulement les &amp;missions cochées, avec leurs parties prenantes :</translation>
    </message>
    <message>
        <source>Re&amp;dacted handover, for another organisation</source>
        <translation>Transmission &amp;expurgée, pour une autre organisation</translation>
    </message>
    <message>
        <source>&lt;p&gt;A package holds the missions' records: stakeholders with their contact details and ratings, engagements, risks, every stage's records, indicators, the rating settings, and deleted records, so that deletions travel too. It is encrypted: only someone with the passphrase, or a recipient whose key you choose, can open it, and any change on the way is detected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un paquet contient les enregistrements des missions : parties prenantes avec leurs coordonnées et notations, échanges, risques, les enregistrements de chaque étape, indicateurs, réglages de notation, et enregistrements supprimés, pour que les suppressions voyagent aussi. Il est chiffré : seule une personne qui a la phrase secrète, ou un destinataire dont vous choisissez la clé, peut l'ouvrir, et toute modification en route est détectée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Left out, each marked as withheld: e-mail, phone and address; power, interest, attitude and trust; notes on people and accounts of engagements; protected names; the history of earlier values.</source>
        <translation>Laissés de côté, chacun marqué comme retenu : courriel, téléphone et adresse ; pouvoir, intérêt, attitude et confiance ; notes sur les personnes et comptes rendus d'échanges ; noms protégés ; l'historique des valeurs antérieures.</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Ce qui part</translation>
    </message>
    <message>
        <source>How it is sealed</source>
        <translation>Comment il est scellé</translation>
    </message>
    <message>
        <source>Check at least one mission, or send every mission.</source>
        <translation>Cochez au moins une mission, ou envoyez toutes les missions.</translation>
    </message>
    <message>
        <source>%1 “%2”, %3: %4</source>
        <translation>%1 « %2 », %3 : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of free text still go with it and may name people: review them, and change them first if they must not leave.</source>
        <translation><numerusform>%n texte libre part encore avec lui et peut nommer des personnes : relisez-le, et modifiez-le d'abord s'il ne doit pas partir.</numerusform><numerusform>%n textes libres partent encore avec lui et peuvent nommer des personnes : relisez-les, et modifiez-les d'abord s'ils ne doivent pas partir.</numerusform></translation>
    </message>
    <message>
        <source>A redacted handover of every mission was sealed into %1.</source>
        <translation>Une transmission expurgée de toutes les missions a été scellée dans %1.</translation>
    </message>
    <message>
        <source>A redacted handover of %1 was sealed into %2.</source>
        <translation>Une transmission expurgée de %1 a été scellée dans %2.</translation>
    </message>
    <message>
        <source>The missions %1 were sealed into %2.</source>
        <translation>Les missions %1 ont été scellées dans %2.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new records, %3 updated, %4 conflicts decided. Ctrl+Z takes it back; File › Exchange History saves its receipt.</source>
        <translation>%1 importé : %2 nouveaux enregistrements, %3 mis à jour, %4 conflits tranchés. Ctrl+Z l'annule ; Fichier › Historique des échanges enregistre son reçu.</translation>
    </message>
    <message>
        <source>Import Receipt</source>
        <translation>Importer un reçu</translation>
    </message>
    <message>
        <source>Receipts (*.json);;All files (*)</source>
        <translation>Reçus (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>This receipt was imported before; nothing changed.</source>
        <translation>Ce reçu a déjà été importé ; rien n'a changé.</translation>
    </message>
    <message>
        <source>%1 received the redacted handover. It carried part of each record, so none is marked as delivered.</source>
        <translation>%1 a reçu la transmission expurgée. Elle portait une partie de chaque enregistrement : aucun n'est donc marqué comme livré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 received the package: %n record(s) marked as delivered there.</source>
        <translation><numerusform>%1 a reçu le paquet : %n enregistrement marqué comme livré là-bas.</numerusform><numerusform>%1 a reçu le paquet : %n enregistrements marqués comme livrés là-bas.</numerusform></translation>
    </message>
    <message>
        <source>Import R&amp;eceipt…</source>
        <translation>Importer un reç&amp;u…</translation>
    </message>
    <message>
        <source>Exchange &amp;History…</source>
        <translation>&amp;Historique des échanges…</translation>
    </message>
    <message>
        <source>Combine D&amp;uplicates…</source>
        <translation>Fusionner les dou&amp;blons…</translation>
    </message>
    <message>
        <source>This database has no key pair yet: File › Keys and Address Book makes one.</source>
        <translation>Cette base n'a pas encore de paire de clés : Fichier › Clés et carnet d'adresses en crée une.</translation>
    </message>
    <message>
        <source>&amp;Keys and Address Book…</source>
        <translation>Clés et carnet d'&amp;adresses…</translation>
    </message>
    <message>
        <source>Gathering the records…</source>
        <translation>Rassemblement des enregistrements…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Comparing the package with this database…</source>
        <translation>Comparaison du paquet avec cette base…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Field Package</source>
        <translation>Paquet de terrain</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%1 sur %2 (processus %3) depuis %4</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Give the activity a title, or say what it was in the notes.</source>
        <translation>Donnez un titre à l'activité, ou dites ce qu'elle était dans les notes.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Lists › Search the list</source>
        <translation>Listes › Chercher dans la liste</translation>
    </message>
    <message>
        <source>Enter, double click</source>
        <translation>Entrée, double clic</translation>
    </message>
    <message>
        <source>Lists › Open the row</source>
        <translation>Listes › Ouvrir la ligne</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Lists › A new record in the list at hand</source>
        <translation>Listes › Une nouvelle fiche dans la liste affichée</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inser</translation>
    </message>
    <message>
        <source>Stage lists › Add a record</source>
        <translation>Listes des étapes › Ajouter une fiche</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Lists › Delete the row (after asking; Ctrl+Z undoes)</source>
        <translation>Listes › Supprimer la ligne (après confirmation ; Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Lists › Copy the selected rows</source>
        <translation>Listes › Copier les lignes choisies</translation>
    </message>
    <message>
        <source>Menu key, right click</source>
        <translation>Touche Menu, clic droit</translation>
    </message>
    <message>
        <source>Lists › What can be done with the row</source>
        <translation>Listes › Ce qu'on peut faire de la ligne</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Editors › Save and close</source>
        <translation>Éditeurs › Enregistrer et fermer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Editors › Close (asking first when something changed)</source>
        <translation>Éditeurs › Fermer (en demandant d'abord si quelque chose a changé)</translation>
    </message>
    <message>
        <source>PageDown, Space</source>
        <translation>Page suivante, Espace</translation>
    </message>
    <message>
        <source>Workshop › Next view</source>
        <translation>Atelier › Vue suivante</translation>
    </message>
    <message>
        <source>PageUp, Backspace</source>
        <translation>Page précédente, Retour arrière</translation>
    </message>
    <message>
        <source>Workshop › View before</source>
        <translation>Atelier › Vue précédente</translation>
    </message>
    <message>
        <source>. or B</source>
        <translation>. ou B</translation>
    </message>
    <message>
        <source>Workshop › Blank screen</source>
        <translation>Atelier › Écran noir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Workshop › Show or hide sensitive fields</source>
        <translation>Atelier › Montrer ou cacher les champs sensibles</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Workshop › Every key of workshop mode</source>
        <translation>Atelier › Toutes les touches du mode atelier</translation>
    </message>
    <message>
        <source>Intervention Planner User Guide</source>
        <translation>Guide d'utilisation d'Intervention Planner</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu'elles font</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Choose the mission.</source>
        <translation>Choisissez la mission.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Baseline and target must be numbers.</source>
        <translation>La référence et la cible doivent être des nombres.</translation>
    </message>
    <message>
        <source>The target equals the baseline (%1); set the value the mission aims for.</source>
        <translation>La cible est égale à la référence (%1) ; indiquez la valeur visée par la mission.</translation>
    </message>
</context>
<context>
    <name>IndicatorTarget</name>
    <message>
        <source>Choose the indicator.</source>
        <translation>Choisissez l'indicateur.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>La valeur doit être un nombre.</translation>
    </message>
</context>
<context>
    <name>IndicatorValue</name>
    <message>
        <source>Choose the indicator.</source>
        <translation>Choisissez l'indicateur.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The value must be a number.</source>
        <translation>La valeur doit être un nombre.</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>%1 cannot be negative (it is %2).</source>
        <translation>%1 ne peut pas être négatif (valeur : %2).</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>Use File &gt; Restore from Backup; the backups are in %1.</source>
        <translation>Utilisez Fichier &gt; Restaurer une sauvegarde ; les sauvegardes sont dans %1.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 est verrouillé par un autre programme.</translation>
    </message>
    <message>
        <source>Close the other program that uses it, then try again.</source>
        <translation>Fermez l'autre programme qui l'utilise, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 est endommagé et illisible (%2).</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n'a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>Check that the drive is connected and working, then try again.</source>
        <translation>Vérifiez que le disque est branché et fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite file: it holds no planning data.</source>
        <translation>%1 est un fichier SQLite vide : il ne contient aucune donnée de planification.</translation>
    </message>
    <message>
        <source>Use File &gt; New Database to start a new one, or open another file.</source>
        <translation>Utilisez Fichier &gt; Nouvelle base pour en créer une, ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Intervention Planner's.</source>
        <translation>%1 est une base SQLite, mais pas une base d'Intervention Planner.</translation>
    </message>
    <message>
        <source>It was left untouched. Choose a file saved by Intervention Planner.</source>
        <translation>Il n'a pas été modifié. Choisissez un fichier enregistré par Intervention Planner.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Intervention Planner (data format %2; this version reads up to %3).</source>
        <translation>%1 a été enregistré par une version plus récente d'Intervention Planner (format de données %2 ; cette version lit jusqu'au format %3).</translation>
    </message>
    <message>
        <source>It was left untouched. Install the newer version of Intervention Planner to open it.</source>
        <translation>Il n'a pas été modifié. Installez la version plus récente d'Intervention Planner pour l'ouvrir.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check could not run (%2).</source>
        <translation>%1 est endommagée : le contrôle d'intégrité n'a pas pu s'exécuter (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check failed (%2).</source>
        <translation>%1 est endommagé : le contrôle d'intégrité a échoué (%2).</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n'a pas pu être ouvert : %2</translation>
    </message>
    <message>
        <source>Check that the drive is connected and that you may read the file.</source>
        <translation>Vérifiez que le disque est connecté et que vous pouvez lire le fichier.</translation>
    </message>
    <message>
        <source>the copy is incomplete</source>
        <translation>la copie est incomplète</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads nowhere: its target is missing, or the links loop.</source>
        <translation>%1 est un lien symbolique qui ne mène nulle part : sa cible manque, ou les liens tournent en boucle.</translation>
    </message>
    <message>
        <source>Open the database file itself, or mend the link.</source>
        <translation>Ouvrez le fichier de la base lui-même, ou réparez le lien.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n'y a pas de fichier à l'emplacement %1.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed, or be on a drive that is not connected. Use File &gt; Open to find it.</source>
        <translation>Il a peut-être été déplacé ou renommé, ou se trouve sur un disque non connecté. Utilisez Fichier &gt; Ouvrir pour le retrouver.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Choose the database file inside it.</source>
        <translation>Choisissez le fichier de base de données qu'il contient.</translation>
    </message>
    <message>
        <source>%1 is a pipe, not a database file.</source>
        <translation>%1 est un tube, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is a device or socket, not a database file.</source>
        <translation>%1 est un périphérique ou une socket, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Choose a .sqlite file saved by Intervention Planner.</source>
        <translation>Choisissez un fichier .sqlite enregistré par Intervention Planner.</translation>
    </message>
    <message>
        <source>You do not have permission to read %1.</source>
        <translation>Vous n'avez pas le droit de lire %1.</translation>
    </message>
    <message>
        <source>Ask the owner of the file for access, or open a copy of it.</source>
        <translation>Demandez l'accès au propriétaire du fichier, ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it holds no planning data.</source>
        <translation>%1 est vide (0 octet) : il ne contient aucune donnée de planification.</translation>
    </message>
    <message>
        <source>%1 is not an Intervention Planner database (it is not an SQLite file).</source>
        <translation>%1 n'est pas une base Intervention Planner (ce n'est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short.</source>
        <translation>%1 est endommagé : le fichier est tronqué.</translation>
    </message>
    <message>
        <source>%1 could not be checked: a copy for checking could not be made in %2 (%3).</source>
        <translation>%1 n'a pas pu être vérifiée : une copie de contrôle n'a pas pu être faite dans %2 (%3).</translation>
    </message>
    <message>
        <source>Free some space on the drive that holds %1, then try again.</source>
        <translation>Libérez de la place sur le disque qui contient %1, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is sound, but %2 beside it does not belong to it (it was left by another database or by an old crash). Opening the two together would damage the database.</source>
        <translation>%1 est saine, mais %2 à côté ne lui appartient pas (laissé par une autre base ou par un ancien plantage). Les ouvrir ensemble endommagerait la base.</translation>
    </message>
    <message>
        <source>Move %1 aside (it is kept, renamed, not deleted) and open the database as it is on disk.</source>
        <translation>Mettez %1 de côté (il est conservé, renommé, pas supprimé) et ouvrez la base telle qu'elle est sur le disque.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), but %2 beside it holds data: opening it, or starting a new database there, would lose that data.</source>
        <translation>%1 est vide (0 octet), mais %2 à côté contient des données : l'ouvrir, ou y créer une nouvelle base, ferait perdre ces données.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n'a pas pu démarrer.</translation>
    </message>
    <message>
        <source>This database has a key pair already (%1); it is never replaced silently.</source>
        <translation>Cette base a déjà une paire de clés (%1) ; elle n'est jamais remplacée en silence.</translation>
    </message>
    <message>
        <source>The key pair needs a passphrase: its secret half is never stored in clear.</source>
        <translation>La paire de clés demande une phrase secrète : sa moitié secrète n'est jamais gardée en clair.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key's protection.</source>
        <translation>La mémoire manque pour dériver la protection de la clé.</translation>
    </message>
    <message>
        <source>This database has no key pair yet: make one with --generate-key.</source>
        <translation>Cette base n'a pas encore de paire de clés : créez-en une avec --generate-key.</translation>
    </message>
    <message>
        <source>The key passphrase is not this database's.</source>
        <translation>Cette phrase secrète de clé n'est pas celle de cette base.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not an Intervention Planner public key file.</source>
        <translation>%1 n'est pas un fichier de clé publique d'Intervention Planner.</translation>
    </message>
    <message>
        <source>No known peer has the fingerprint %1.</source>
        <translation>Aucun pair connu n'a l'empreinte %1.</translation>
    </message>
    <message>
        <source>The key pair is damaged and cannot be unlocked.</source>
        <translation>La paire de clés est endommagée et ne peut pas être déverrouillée.</translation>
    </message>
    <message>
        <source>The key pair is damaged: its two halves do not belong together.</source>
        <translation>La paire de clés est endommagée : ses deux moitiés ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>This file is not a backed-up Intervention Planner key pair.</source>
        <translation>Ce fichier n'est pas une paire de clés Intervention Planner sauvegardée.</translation>
    </message>
    <message>
        <source>This key pair was backed up by a newer version of Intervention Planner. Update it to take the key pair in.</source>
        <translation>Cette paire de clés a été sauvegardée par une version plus récente d'Intervention Planner. Mettez-le à jour pour la reprendre.</translation>
    </message>
    <message>
        <source>That passphrase does not open the backed-up key pair: it is the one the key pair had when it was backed up.</source>
        <translation>Cette phrase secrète n'ouvre pas la paire de clés sauvegardée : il faut celle qu'avait la paire de clés au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>This database has a key pair of its own (%1); it is never replaced silently. Take the backed-up key pair (%2) into a new database.</source>
        <translation>Cette base a sa propre paire de clés (%1) ; elle n'est jamais remplacée en silence. Reprenez la paire de clés sauvegardée (%2) dans une nouvelle base.</translation>
    </message>
    <message>
        <source>%1 is the database itself; back the key pair up to another file.</source>
        <translation>%1 est la base elle-même ; sauvegardez la paire de clés dans un autre fichier.</translation>
    </message>
    <message>
        <source>This backed-up key pair asks for a key derivation this version does not accept; the file may have been altered.</source>
        <translation>Cette paire de clés sauvegardée demande une dérivation de clé que cette version n'accepte pas ; le fichier a peut-être été modifié.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Public keys (*.pub *.txt);;All files (*)</source>
        <translation>Clés publiques (*.pub *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Key pair backups (*.ipkey);;All files (*)</source>
        <translation>Sauvegardes de paires de clés (*.ipkey);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Make Key Pair…</source>
        <translation>&amp;Créer une paire de clés…</translation>
    </message>
    <message>
        <source>Save &amp;Public Key…</source>
        <translation>Enregistrer la clé &amp;publique…</translation>
    </message>
    <message>
        <source>&amp;Back Up Key Pair…</source>
        <translation>&amp;Sauvegarder la paire de clés…</translation>
    </message>
    <message>
        <source>&amp;Restore From Backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Add From Key File…</source>
        <translation>&amp;Ajouter depuis un fichier de clé…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Keys and Address Book</source>
        <translation>Clés et carnet d'adresses</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Packages signed</source>
        <translation>Paquets signés</translation>
    </message>
    <message>
        <source>This database's key pair</source>
        <translation>La paire de clés de cette base</translation>
    </message>
    <message>
        <source>Address book: the keys of the databases you exchange with</source>
        <translation>Carnet d'adresses : les clés des bases avec lesquelles vous échangez</translation>
    </message>
    <message>
        <source>Fingerprint: %1. Its secret half is sealed with its key passphrase and never leaves this database, except in a backup you make.</source>
        <translation>Empreinte : %1. Sa moitié secrète est scellée par sa phrase secrète et ne quitte jamais cette base, sauf dans une sauvegarde que vous faites.</translation>
    </message>
    <message>
        <source>No key pair yet. Make one to receive packages sealed to this database and to sign the ones it sends; or take one in from a backup, on a computer that replaces a lost one.</source>
        <translation>Pas encore de paire de clés. Créez-en une pour recevoir des paquets scellés pour cette base et signer ceux qu'elle envoie ; ou reprenez-en une depuis une sauvegarde, sur un ordinateur qui en remplace un perdu.</translation>
    </message>
    <message>
        <source>Refused: revoked</source>
        <translation>Refusés : révoquée</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Make Key Pair</source>
        <translation>Créer une paire de clés</translation>
    </message>
    <message>
        <source>A passphrase for the key pair (at least 10 characters):</source>
        <translation>Une phrase secrète pour la paire de clés (au moins 10 caractères) :</translation>
    </message>
    <message>
        <source>The key passphrase needs at least 10 characters. Nothing was made.</source>
        <translation>La phrase secrète de la clé demande au moins 10 caractères. Rien n'a été créé.</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète, encore une fois :</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was made.</source>
        <translation>Les deux phrases secrètes diffèrent. Rien n'a été créé.</translation>
    </message>
    <message>
        <source>Save Public Key</source>
        <translation>Enregistrer la clé publique</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Public key written to %1. Hand it to the peers that will send packages here; they check its fingerprint, %2, with you.</source>
        <translation>Clé publique écrite dans %1. Remettez-la aux correspondants qui enverront des paquets ici ; ils vérifient son empreinte, %2, avec vous.</translation>
    </message>
    <message>
        <source>Back Up Key Pair</source>
        <translation>Sauvegarder la paire de clés</translation>
    </message>
    <message>
        <source>Key pair backed up to %1. Keep it apart from this computer (a USB stick in the office safe); it opens only with the key passphrase.</source>
        <translation>Paire de clés sauvegardée dans %1. Gardez-la à l'écart de cet ordinateur (une clé USB dans le coffre du bureau) ; elle ne s'ouvre qu'avec la phrase secrète de la clé.</translation>
    </message>
    <message>
        <source>Restore Key Pair From Backup</source>
        <translation>Restaurer la paire de clés depuis une sauvegarde</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The key passphrase the key pair had when it was backed up:</source>
        <translation>La phrase secrète qu'avait la paire de clés lors de la sauvegarde :</translation>
    </message>
    <message>
        <source>Key pair %1 taken in: packages sealed to it open here.</source>
        <translation>Paire de clés %1 reprise : les paquets scellés pour elle s'ouvrent ici.</translation>
    </message>
    <message>
        <source>Add a Peer's Public Key</source>
        <translation>Ajouter la clé publique d'un correspondant</translation>
    </message>
    <message>
        <source>Add “%1” with the fingerprint

%2

to the address book? Check the fingerprint with its owner first (by phone, or on paper): a package signed by this key will be taken without asking.</source>
        <translation>Ajouter « %1 », d'empreinte

%2

au carnet d'adresses ? Vérifiez d'abord l'empreinte avec son propriétaire (par téléphone ou sur papier) : un paquet signé par cette clé sera accepté sans question.</translation>
    </message>
    <message>
        <source>%1 is in the address book.</source>
        <translation>%1 est dans le carnet d'adresses.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke the key of “%1” (%2)? Every package it signs is refused from then on, for good: do it when that computer is lost or in other hands.</source>
        <translation>Révoquer la clé de « %1 » (%2) ? Tout paquet qu'elle signe sera refusé désormais, définitivement : faites-le quand cet ordinateur est perdu ou entre d'autres mains.</translation>
    </message>
    <message>
        <source>%1 is revoked: packages it signs are refused.</source>
        <translation>%1 est révoquée : les paquets qu'elle signe sont refusés.</translation>
    </message>
    <message>
        <source>Key pair made. Back it up now and keep the backup apart from this computer: without it, packages sealed to this database cannot be opened on a computer that replaces this one.</source>
        <translation>Paire de clés créée. Sauvegardez-la maintenant et gardez la sauvegarde à l'écart de cet ordinateur : sans elle, les paquets scellés pour cette base ne pourront pas être ouverts sur un ordinateur qui remplace celui-ci.</translation>
    </message>
</context>
<context>
    <name>LegislationItem</name>
    <message>
        <source>Instrument</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Protected characteristics</source>
        <translation>Caractéristiques protégées</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
</context>
<context>
    <name>LinkMissionsDialog</name>
    <message>
        <source>Link to Missions</source>
        <translation>Lier à des missions</translation>
    </message>
    <message>
        <source>Filter by code, title or country</source>
        <translation>Filtrer par code, titre ou pays</translation>
    </message>
    <message>
        <source>Role in these missions, e.g. Regional police chief</source>
        <translation>Rôle dans ces missions, p. ex. chef régional de la police</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>&amp;Missions (tick each one; Space ticks the one in hand):</source>
        <translation>&amp;Missions (cochez chacune ; Espace coche celle en main) :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Tick at least one mission to link to.</source>
        <translation>Cochez au moins une mission à lier.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Intervention Planner databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Intervention Planner (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Intervention Planner</source>
        <translation>Intervention Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Fermer la base</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
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
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <source>&amp;Missions</source>
        <translation>&amp;Missions</translation>
    </message>
    <message>
        <source>&amp;Stakeholders</source>
        <translation>Parties &amp;prenantes</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Tableaux de bord</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Intervention Planner</source>
        <translation>À &amp;propos d'Intervention Planner</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Check that your home folder has free space.</source>
        <translation>Vérifiez qu'il reste de la place dans votre dossier personnel.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>planning.sqlite</source>
        <translation>planification.sqlite</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>Demo database — Intervention Planner</source>
        <translation>Base de démonstration — Intervention Planner</translation>
    </message>
    <message>
        <source>%1 — Intervention Planner</source>
        <translation>%1 — Intervention Planner</translation>
    </message>
    <message>
        <source>Demo database (fictional data, reset at each start): %1</source>
        <translation>Base de démonstration (données fictives, réinitialisées à chaque démarrage) : %1</translation>
    </message>
    <message>
        <source>About Intervention Planner</source>
        <translation>À propos d'Intervention Planner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Intervention Planner %1&lt;/h3&gt;&lt;p&gt;Plans international capacity-building interventions through the five stages of the LEOP model, offline.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · data format %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Intervention Planner %1&lt;/h3&gt;&lt;p&gt;Planifie hors ligne des interventions internationales de renforcement des capacités selon les cinq étapes du modèle LEOP.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · format de données %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(no database open)</source>
        <translation>(aucune base ouverte)</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>L'annulation ou le rétablissement a échoué</translation>
    </message>
    <message>
        <source>S&amp;takeholder</source>
        <translation>&amp;Partie prenante</translation>
    </message>
    <message>
        <source>&amp;Import Stakeholders from CSV…</source>
        <translation>&amp;Importer des parties prenantes (CSV)…</translation>
    </message>
    <message>
        <source>E&amp;xport List to CSV…</source>
        <translation>E&amp;xporter la liste en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Import Stakeholders</source>
        <translation>Importer des parties prenantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) imported. Ctrl+Z takes the import back.</source>
        <translation><numerusform>%n partie prenante importée. Ctrl+Z annule l'import.</numerusform><numerusform>%n parties prenantes importées. Ctrl+Z annule l'import.</numerusform></translation>
    </message>
    <message>
        <source>Risk &amp;Bands and RAG Thresholds…</source>
        <translation>Seuils des &amp;risques et des statuts…</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode…</source>
        <translation>Mode &amp;atelier…</translation>
    </message>
    <message>
        <source>%1 What is shown may be incomplete; nothing was changed.</source>
        <translation>%1 Ce qui est affiché peut être incomplet ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Read-only: %1 is open for writing elsewhere (%2). Nothing can be changed here.</source>
        <translation>Lecture seule : %1 est ouverte en écriture ailleurs (%2). Rien ne peut être modifié ici.</translation>
    </message>
    <message>
        <source>another window</source>
        <translation>une autre fenêtre</translation>
    </message>
    <message>
        <source>Open for &amp;Editing</source>
        <translation>Ouvrir pour &amp;modifier</translation>
    </message>
    <message>
        <source>%1 was moved aside as %2.</source>
        <translation>%1 a été mis de côté sous %2.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Le fichier qu'elle remplace est conservé sous %1.</translation>
    </message>
    <message>
        <source>%1-copy-%2.sqlite</source>
        <translation>%1-copie-%2.sqlite</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>A complete copy was saved as %1.</source>
        <translation>Une copie complète a été enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The last change may not be saved</source>
        <translation>La dernière modification n'est peut-être pas enregistrée</translation>
    </message>
    <message>
        <source>Demo: not backed up</source>
        <translation>Démo : pas de sauvegarde</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <source>Last backup %1</source>
        <translation>Dernière sauvegarde %1</translation>
    </message>
    <message>
        <source>%1 (read-only) — Intervention Planner</source>
        <translation>%1 (lecture seule) — Intervention Planner</translation>
    </message>
    <message>
        <source>%1 is back as it was at the backup of %2.</source>
        <translation>%1 est revenue à l'état de la sauvegarde du %2.</translation>
    </message>
    <message>
        <source>&amp;Break the Lock…</source>
        <translation>&amp;Lever le verrou…</translation>
    </message>
    <message>
        <source>Break the Lock</source>
        <translation>Lever le verrou</translation>
    </message>
    <message>
        <source>Break the lock only if Intervention Planner no longer runs on the other computer (it crashed, or was switched off).</source>
        <translation>Ne levez le verrou que si Intervention Planner ne tourne plus sur l'autre ordinateur (il a planté, ou a été éteint).</translation>
    </message>
    <message>
        <source>If two people write the same file, each loses the other's changes.</source>
        <translation>Si deux personnes écrivent le même fichier, chacune perd les modifications de l'autre.</translation>
    </message>
    <message>
        <source>&amp;Break the Lock and Edit</source>
        <translation>&amp;Lever le verrou et modifier</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 n'a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Restore from Backup: Choose the Database</source>
        <translation>Restaurer une sauvegarde : choisir la base</translation>
    </message>
    <message>
        <source>Import &amp;Field Package…</source>
        <translation>Importer un paquet de &amp;terrain…</translation>
    </message>
    <message>
        <source>Export Field Packa&amp;ge…</source>
        <translation>Exporter un pa&amp;quet de terrain…</translation>
    </message>
    <message>
        <source>Pro&amp;grammes</source>
        <translation>Pro&amp;grammes</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Every change is saved as you make it; Ctrl+Z takes one back.</source>
        <translation>Chaque modification est enregistrée aussitôt ; Ctrl+Z en annule une.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n'est ouverte.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d'utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Open a database file (Ctrl+O)</source>
        <translation>Ouvrir un fichier de base (Ctrl+O)</translation>
    </message>
    <message>
        <source>New Mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Start a new mission: its code, title, countries and dates</source>
        <translation>Commencer une nouvelle mission : son code, son titre, ses pays et ses dates</translation>
    </message>
    <message>
        <source>New Stakeholder</source>
        <translation>Nouvelle partie prenante</translation>
    </message>
    <message>
        <source>Add a person or group with a stake in your missions</source>
        <translation>Ajouter une personne ou un groupe qui a un intérêt dans vos missions</translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Make again the change taken back (Ctrl+Shift+Z)</source>
        <translation>Refaire la modification annulée (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Search the list on screen; case and accents are ignored (Ctrl+F)</source>
        <translation>Chercher dans la liste affichée ; majuscules et accents sont ignorés (Ctrl+F)</translation>
    </message>
    <message>
        <source>Bring in stakeholders from a spreadsheet's CSV file; nothing is written until you confirm</source>
        <translation>Reprendre des parties prenantes depuis le fichier CSV d'un tableur ; rien n'est écrit avant votre confirmation</translation>
    </message>
    <message>
        <source>Write the list on screen to a CSV file; sensitive columns only if you include them (Ctrl+Shift+E)</source>
        <translation>Écrire la liste affichée dans un fichier CSV ; les colonnes sensibles seulement si vous les incluez (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Mission Report</source>
        <translation>Rapport de mission</translation>
    </message>
    <message>
        <source>A PDF report of the mission selected in the list of missions</source>
        <translation>Un rapport PDF de la mission choisie dans la liste des missions</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>Charts of progress, stakeholders and risks (Ctrl+5)</source>
        <translation>Graphiques de l'avancement, des parties prenantes et des risques (Ctrl+5)</translation>
    </message>
    <message>
        <source>Large type for a projector, clicker keys, no sensitive field on the wall (F5)</source>
        <translation>Grands caractères pour un projecteur, touches de télécommande, aucun champ sensible au mur (F5)</translation>
    </message>
    <message>
        <source>Take in a field package from a field laptop or another mission, seeing what it changes first</source>
        <translation>Reprendre un paquet de terrain d'un portable de terrain ou d'une autre mission, en voyant d'abord ce qu'il change</translation>
    </message>
    <message>
        <source>Seal missions into an encrypted file for a field laptop or the next mission</source>
        <translation>Sceller des missions dans un fichier chiffré pour un portable de terrain ou la mission suivante</translation>
    </message>
    <message>
        <source>A short guide to the app (F1)</source>
        <translation>Un guide rapide de l'application (F1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the database is open read-only.</source>
        <translation>la base est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>select a mission in the list first.</source>
        <translation>choisissez d’abord une mission dans la liste.</translation>
    </message>
</context>
<context>
    <name>Material</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <source>National counterpart</source>
        <translation>Homologue national</translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation>Notes de passation</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>MoU date</source>
        <translation>Date du protocole d'accord</translation>
    </message>
    <message>
        <source>A signed or expired MoU needs the date it was signed.</source>
        <translation>Un protocole d'accord signé ou expiré doit avoir sa date de signature.</translation>
    </message>
    <message>
        <source>Budget cannot be negative.</source>
        <translation>Le budget ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Currency "%1" is not a three-letter ISO 4217 code such as EUR or USD.</source>
        <translation>La devise « %1 » n'est pas un code ISO 4217 à trois lettres comme EUR ou USD.</translation>
    </message>
    <message>
        <source>A mission cannot be its own predecessor.</source>
        <translation>Une mission ne peut pas être sa propre devancière.</translation>
    </message>
    <message>
        <source>Code %1 is already used by another mission; choose another.</source>
        <translation>Le code %1 est déjà utilisé par une autre mission ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>le code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>l'organisation chef de file</translation>
    </message>
    <message>
        <source>national counterpart</source>
        <translation>l'homologue national</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>la date de fin</translation>
    </message>
    <message>
        <source>status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>l'étape</translation>
    </message>
    <message>
        <source>MoU status</source>
        <translation>l'état du protocole d'accord</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>le budget</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>la devise</translation>
    </message>
    <message>
        <source>context</source>
        <translation>le contexte</translation>
    </message>
    <message>
        <source>handover notes</source>
        <translation>les notes de passation</translation>
    </message>
    <message>
        <source>archive state</source>
        <translation>l'archivage</translation>
    </message>
    <message>
        <source>Trainers target must be between 0 and 100,000 (it is %1).</source>
        <translation>L'objectif de formateurs doit être compris entre 0 et 100 000 (valeur : %1).</translation>
    </message>
    <message>
        <source>Officers target must be between 0 and 10,000,000 (it is %1).</source>
        <translation>L'objectif d'agents doit être compris entre 0 et 10 000 000 (valeur : %1).</translation>
    </message>
    <message>
        <source>trainers target</source>
        <translation>l'objectif de formateurs</translation>
    </message>
    <message>
        <source>officers target</source>
        <translation>l'objectif d'agents</translation>
    </message>
    <message>
        <source>national curriculum status</source>
        <translation>l'intégration au programme national</translation>
    </message>
    <message>
        <source>Women's share target must be between 0 and 100 % (it is %1).</source>
        <translation>La part de femmes visée doit être comprise entre 0 et 100 % (elle est de %1).</translation>
    </message>
    <message>
        <source>women's share target</source>
        <translation>part de femmes visée</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>l'issue</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Date de l'issue</translation>
    </message>
    <message>
        <source>An outcome date needs an outcome: choose what became of the mission, or clear the date.</source>
        <translation>Une date d'issue demande une issue : choisissez ce qu'est devenue la mission, ou effacez la date.</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Note sur l'issue</translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation>Site %1 : %2</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>outcome date</source>
        <translation>date de l'issue</translation>
    </message>
    <message>
        <source>outcome note</source>
        <translation>note sur l'issue</translation>
    </message>
    <message>
        <source>A predecessor mission no longer exists.</source>
        <translation>Une mission précédente n'existe plus.</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>Le programme n'existe plus.</translation>
    </message>
</context>
<context>
    <name>MissionDashboardView</name>
    <message>
        <source>Click a cell of a heat map to list its risks.</source>
        <translation>Cliquez sur une case d'une carte des risques pour en lister les risques.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Residual likelihood %1 × impact %2: %n risk(s)</source>
        <translation><numerusform>Probabilité résiduelle %1 × impact %2 : %n risque</numerusform><numerusform>Probabilité résiduelle %1 × impact %2 : %n risques</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 × impact %2: %n risk(s)</source>
        <translation><numerusform>Probabilité %1 × impact %2 : %n risque</numerusform><numerusform>Probabilité %1 × impact %2 : %n risques</numerusform></translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1 (responsable : %2)</translation>
    </message>
    <message>
        <source>Stakeholders: power and interest (colour: attitude; size: trust)</source>
        <translation>Parties prenantes : pouvoir et intérêt (couleur : attitude ; taille : confiance)</translation>
    </message>
    <message>
        <source>Enter or a double click opens the risk</source>
        <translation>Entrée ou un double-clic ouvre le risque</translation>
    </message>
    <message>
        <source>M&amp;ission:</source>
        <translation>M&amp;ission :</translation>
    </message>
    <message>
        <source>Stakeholders by type in each quadrant (fewer than %1 of a type: not shown)</source>
        <translation>Parties prenantes par type dans chaque quadrant (moins de %1 d'un type : non affiché)</translation>
    </message>
    <message>
        <source>SENSITIVE: names, attitude and trust shown (Ctrl+Shift+U hides them)</source>
        <translation>SENSIBLE : noms, attitude et confiance affichés (Ctrl+Maj+U les masque)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (came true %2)%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (réalisé : %2)%3</translation>
    </message>
    <message>
        <source>on a date not recorded</source>
        <translation>date non enregistrée</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>No risk of this mission has come true.</source>
        <translation>Aucun risque de cette mission ne s'est réalisé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issues&lt;/b&gt;, risks that came true (not on the heat maps): %1</source>
        <translation>&lt;b&gt;Problèmes&lt;/b&gt;, risques qui se sont réalisés (absents des cartes de chaleur) : %1</translation>
    </message>
</context>
<context>
    <name>MissionEditor</name>
    <message>
        <source>New Mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Mission %1</source>
        <translation>Mission %1</translation>
    </message>
    <message>
        <source>e.g. HR-HC-02</source>
        <translation>p. ex. HR-HC-02</translation>
    </message>
    <message>
        <source>What the mission is for, in a few words</source>
        <translation>L'objet de la mission, en quelques mots</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>What the next team must know: open cases, contacts, lessons learned</source>
        <translation>Ce que la prochaine équipe doit savoir : dossiers ouverts, contacts, enseignements</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Lead organisation:</source>
        <translation>&amp;Organisation chef de file :</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>Conte&amp;xte :</translation>
    </message>
    <message>
        <source>Current sta&amp;ge:</source>
        <translation>Étape actue&amp;lle :</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;Date de fin :</translation>
    </message>
    <message>
        <source>&amp;MoU:</source>
        <translation>&amp;Protocole d'accord :</translation>
    </message>
    <message>
        <source>MoU &amp;date:</source>
        <translation>Date du p&amp;rotocole :</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <source>&amp;Handover notes:</source>
        <translation>&amp;Notes de passation :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Link stakeholders to this mission from their own record, on the Stakeholders page.</source>
        <translation>Liez des parties prenantes à cette mission depuis leur fiche, dans la page Parties prenantes.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Log Engagement…</source>
        <translation>&amp;Consigner un échange…</translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Avec :</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, fait</translation>
    </message>
    <message>
        <source>Move between stages on the Stages tab.</source>
        <translation>Changez d'étape dans l'onglet Étapes.</translation>
    </message>
    <message>
        <source>Records added on the other tabs are saved at once. Save keeps the changes to the details.</source>
        <translation>Les fiches ajoutées dans les autres onglets sont enregistrées aussitôt. Enregistrer conserve les modifications des détails.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Archi&amp;ved (hidden from the missions list)</source>
        <translation>Archi&amp;vée (masquée dans la liste des missions)</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;National counterpart:</source>
        <translation>&amp;Homologue national :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Sta&amp;rt date:</source>
        <translation>Date de déb&amp;ut :</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Tick every mission this one took over from: their handover notes and lessons are this one's starting point.</source>
        <translation>Cochez chaque mission dont celle-ci prend la suite : leurs notes de passation et leurs leçons sont son point de départ.</translation>
    </message>
    <message>
        <source>None (a mission on its own)</source>
        <translation>Aucun (mission isolée)</translation>
    </message>
    <message>
        <source>How it ended, in a sentence</source>
        <translation>Comment elle s'est terminée, en une phrase</translation>
    </message>
    <message>
        <source>Part o&amp;f programme:</source>
        <translation>Pro&amp;gramme :</translation>
    </message>
    <message>
        <source>&amp;Predecessors:</source>
        <translation>Missions pr&amp;écédentes :</translation>
    </message>
    <message>
        <source>Outcome &amp;known on:</source>
        <translation>Issue ac&amp;quise le :</translation>
    </message>
    <message>
        <source>Ho&amp;w it ended:</source>
        <translation>Commentaire sur l'issue :</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>I&amp;mplantations :</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Risks of this mission</source>
        <translation>Risques de cette mission</translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s) of %1. The Risks page has every risk, with its actions and history.</source>
        <translation><numerusform>%n risque ouvert sur %1. La page Risques a tous les risques, avec leurs actions et leur historique.</numerusform><numerusform>%n risques ouverts sur %1. La page Risques a tous les risques, avec leurs actions et leur historique.</numerusform></translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation>Modifier le risque</translation>
    </message>
</context>
<context>
    <name>MissionFigures</name>
    <message numerus="yes">
        <source>%n trainer(s) certified.</source>
        <translation><numerusform>%n formateur certifié.</numerusform><numerusform>%n formateurs certifiés.</numerusform></translation>
    </message>
    <message>
        <source>Moved into the stage %1.</source>
        <translation>Passage à l'étape %1.</translation>
    </message>
    <message>
        <source>%1: %2 %3 recorded.</source>
        <translation>%1 : %2 %3 enregistré.</translation>
    </message>
    <message>
        <source>The risk "%1" came true.</source>
        <translation>Le risque « %1 » s'est réalisé.</translation>
    </message>
    <message>
        <source>The risk "%1" was added.</source>
        <translation>Le risque « %1 » a été ajouté.</translation>
    </message>
    <message>
        <source>Stage %1 of %2, %3: %4 %</source>
        <translation>Étape %1 sur %2, %3 : %4 %</translation>
    </message>
    <message>
        <source>%1 (%2 women, %3 %)</source>
        <translation>%1 (%2 femmes, %3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n training session(s) held; people trained: %1.</source>
        <translation><numerusform>%n session de formation tenue ; personnes formées : %1.</numerusform><numerusform>%n sessions de formation tenues ; personnes formées : %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>MissionGlance</name>
    <message>
        <source>Consultation session</source>
        <translation>Session de consultation</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <source>Follow-up activity</source>
        <translation>Activité de suivi</translation>
    </message>
    <message>
        <source>Mission ends</source>
        <translation>Fin de la mission</translation>
    </message>
</context>
<context>
    <name>MissionReport</name>
    <message>
        <source>National counterpart: %1. From %2 to %3. Status: %4. Current stage: %5. Memorandum of understanding: %6 %7.</source>
        <translation>Homologue national : %1. Du %2 au %3. Statut : %4. Étape actuelle : %5. Protocole d'accord : %6 %7.</translation>
    </message>
    <message>
        <source>Report of %1. It includes sensitive stakeholder fields: keep it with people who may see them.</source>
        <translation>Rapport du %1. Il contient des champs sensibles sur les parties prenantes : gardez-le entre les mains de personnes autorisées à les voir.</translation>
    </message>
    <message>
        <source>Report of %1. Sensitive stakeholder fields are left out.</source>
        <translation>Rapport du %1. Les champs sensibles sur les parties prenantes sont laissés de côté.</translation>
    </message>
    <message>
        <source>Fictional demo data.</source>
        <translation>Données de démonstration fictives.</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (clos)</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>Mitigation:</source>
        <translation>Atténuation :</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Visé</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation>Pas encore de valeur</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
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
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Power %1</source>
        <translation>Pouvoir %1</translation>
    </message>
    <message>
        <source>Interest %1</source>
        <translation>Intérêt %1</translation>
    </message>
    <message>
        <source>Attitude: %1</source>
        <translation>Attitude : %1</translation>
    </message>
    <message>
        <source>Trust %1</source>
        <translation>Confiance %1</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Rapport de mission</translation>
    </message>
    <message>
        <source>Nothing recorded yet for: %1.</source>
        <translation>Rien d'enregistré pour l'instant pour : %1.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 pour le %2</translation>
    </message>
    <message>
        <source>Part of the programme %1, led by %2.</source>
        <translation>Fait partie du programme %1, conduit par %2.</translation>
    </message>
    <message>
        <source>Outcome: %1 %2. %3</source>
        <translation>Issue : %1 %2. %3</translation>
    </message>
    <message>
        <source>%1 (came true %2: %3)</source>
        <translation>%1 (survenu le %2 : %3)</translation>
    </message>
    <message>
        <source>No risk is recorded for this mission.</source>
        <translation>Aucun risque n'est enregistré pour cette mission.</translation>
    </message>
    <message>
        <source>No indicator is defined for this mission.</source>
        <translation>Aucun indicateur n'est défini pour cette mission.</translation>
    </message>
    <message>
        <source>No stakeholder is linked to this mission.</source>
        <translation>Aucune partie prenante n'est liée à cette mission.</translation>
    </message>
    <message>
        <source>Reporting period: %1 to %2.</source>
        <translation>Période couverte : du %1 au %2.</translation>
    </message>
    <message>
        <source>Indicators on %1</source>
        <translation>Indicateurs au %1</translation>
    </message>
    <message>
        <source>Due by then</source>
        <translation>Attendu à cette date</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Annex A: charts of the mission to date</source>
        <translation>Annexe A : graphiques de la mission à ce jour</translation>
    </message>
    <message>
        <source>Annex B: stakeholders</source>
        <translation>Annexe B : parties prenantes</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Statut : %1.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Sur la période</translation>
    </message>
    <message>
        <source>Training sessions held</source>
        <translation>Sessions de formation tenues</translation>
    </message>
    <message numerus="yes">
        <source>%n more planned</source>
        <translation><numerusform>%n autre prévue</numerusform><numerusform>%n autres prévues</numerusform></translation>
    </message>
    <message>
        <source>%1 (women %2 %)</source>
        <translation>%1 (femmes %2 %)</translation>
    </message>
    <message>
        <source>People trained in those sessions, every tier</source>
        <translation>Personnes formées lors de ces sessions, tous niveaux</translation>
    </message>
    <message>
        <source>Of them, officers reached by the cascade (sessions led by the mission's certified trainers)</source>
        <translation>Dont agents atteints par la cascade (sessions animées par les formateurs certifiés de la mission)</translation>
    </message>
    <message>
        <source>Trainers certified</source>
        <translation>Formateurs certifiés</translation>
    </message>
    <message>
        <source>People consulted</source>
        <translation>Personnes consultées</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n session(s)</source>
        <translation><numerusform>%1 en %n session</numerusform><numerusform>%1 en %n sessions</numerusform></translation>
    </message>
    <message>
        <source>Follow-up activities held</source>
        <translation>Activités de suivi tenues</translation>
    </message>
    <message>
        <source>None defined</source>
        <translation>Aucun défini</translation>
    </message>
    <message>
        <source>People trained are counted from the training sessions held, at every tier; the cascade counts those in sessions led by the mission's own trainers. An indicator shows the values recorded for it, which may be counted from other sources (a partner's own records).</source>
        <translation>Les personnes formées sont comptées à partir des sessions de formation tenues, à tous les niveaux ; la cascade compte celles des sessions animées par les formateurs de la mission. Un indicateur montre les valeurs enregistrées pour lui, qui peuvent venir d'autres sources (les registres d'un partenaire).</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principaux risques</translation>
    </message>
    <message>
        <source>No open risk.</source>
        <translation>Aucun risque ouvert.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), owner %4.</source>
        <translation>%1 : %2 (%3), responsable %4.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>non nommé</translation>
    </message>
    <message>
        <source>What changed in the period</source>
        <translation>Ce qui a changé sur la période</translation>
    </message>
    <message>
        <source>Nothing recorded changed in the period.</source>
        <translation>Rien d'enregistré n'a changé sur la période.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Activities and participants</source>
        <translation>Activités et participants</translation>
    </message>
    <message>
        <source>No training session was held in the period.</source>
        <translation>Aucune session de formation n'a eu lieu sur la période.</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Autre ou non renseigné</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>People trained by sex and tier</source>
        <translation>Personnes formées par sexe et par niveau</translation>
    </message>
    <message>
        <source>The risks recorded by %1, as they stand on %2.</source>
        <translation>Les risques enregistrés au %1, tels qu'ils sont au %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n; people reached: %1</source>
        <translation><numerusform>%n ; personnes touchées : %1</numerusform><numerusform>%n ; personnes touchées : %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Consultation: %n session(s) in the period; people taking part: %1.</source>
        <translation><numerusform>Consultation : %n session sur la période ; participants : %1.</numerusform><numerusform>Consultation : %n sessions sur la période ; participants : %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Post-training support: %n activity(ies) held; people reached: %1.</source>
        <translation><numerusform>Suivi après formation : %n activité tenue ; personnes touchées : %1.</numerusform><numerusform>Suivi après formation : %n activités tenues ; personnes touchées : %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>MissionSite</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>la position</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
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
        <translation>Protocole d'accord : %1</translation>
    </message>
    <message>
        <source>MoU</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Mission starts</source>
        <translation>Début de la mission</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Mission ends</source>
        <translation>Fin de la mission</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Sessions de formation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
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
        <translation>Afficher les arc&amp;hivées</translation>
    </message>
    <message>
        <source>&amp;New Mission…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>&amp;Open Mission…</source>
        <translation>&amp;Ouvrir la mission…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Mission</source>
        <translation>D&amp;upliquer la mission</translation>
    </message>
    <message>
        <source>&amp;Archive Mission</source>
        <translation>&amp;Archiver la mission</translation>
    </message>
    <message>
        <source>&amp;Delete Mission…</source>
        <translation>&amp;Supprimer la mission…</translation>
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
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Filtrer par étape</translation>
    </message>
    <message>
        <source>Filter by lead organisation</source>
        <translation>Filtrer par organisation chef de file</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Any lead organisation</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Un&amp;archive Mission</source>
        <translation>Dés&amp;archiver la mission</translation>
    </message>
    <message>
        <source>Mission %1 created.</source>
        <translation>Mission %1 créée.</translation>
    </message>
    <message>
        <source>Mission archived. Ctrl+Z undoes it; "Show archived" lists it.</source>
        <translation>Mission archivée. Ctrl+Z l'annule ; « Afficher les archivées » la montre.</translation>
    </message>
    <message>
        <source>Mission restored from the archive.</source>
        <translation>Mission sortie des archives.</translation>
    </message>
    <message>
        <source>Delete Mission</source>
        <translation>Supprimer la mission</translation>
    </message>
    <message>
        <source>Delete mission %1, "%2"?</source>
        <translation>Supprimer la mission %1, « %2 » ?</translation>
    </message>
    <message>
        <source>Its stakeholders and engagements stay. You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Ses parties prenantes et ses échanges sont conservés. Vous pouvez l'annuler avec Édition &gt; Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Mission %1 deleted. Ctrl+Z brings it back.</source>
        <translation>Mission %1 supprimée. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Mission &amp;Report (PDF)…</source>
        <translation>&amp;Rapport de mission (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print Mission Report…</source>
        <translation>&amp;Imprimer le rapport de mission…</translation>
    </message>
    <message>
        <source>Mission Report</source>
        <translation>Rapport de mission</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>rapport %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Print Mission Report</source>
        <translation>Imprimer le rapport de mission</translation>
    </message>
    <message>
        <source>Filter by country (any of a mission's sites)</source>
        <translation>Filtrer par pays (l'un des sites d'une mission)</translation>
    </message>
    <message>
        <source>Filter by programme</source>
        <translation>Filtrer par programme</translation>
    </message>
    <message>
        <source>Any programme</source>
        <translation>Tout programme</translation>
    </message>
    <message>
        <source>A PDF report across the missions shown in the list: filter by programme for a programme's report</source>
        <translation>Un rapport PDF sur les missions affichées dans la liste : filtrez par programme pour le rapport d'un programme</translation>
    </message>
    <message>
        <source>No mission is shown in the list: change the filters first.</source>
        <translation>Aucune mission n'est affichée dans la liste : changez d'abord les filtres.</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Rapport de portefeuille</translation>
    </message>
    <message>
        <source>Programme report: %1</source>
        <translation>Rapport de programme : %1</translation>
    </message>
    <message>
        <source>search "%1"</source>
        <translation>recherche « %1 »</translation>
    </message>
    <message>
        <source>The missions shown in the list: %1.</source>
        <translation>Les missions affichées dans la liste : %1.</translation>
    </message>
    <message>
        <source>Portfolio Report</source>
        <translation>Rapport de portefeuille</translation>
    </message>
    <message>
        <source>Portfolio report.pdf</source>
        <translation>Rapport de portefeuille.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n mission(s)…</source>
        <translation><numerusform>Décompte de %n mission…</numerusform><numerusform>Décompte de %n missions…</numerusform></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>The report was stopped; nothing was written.</source>
        <translation>Le rapport a été arrêté ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Por&amp;tfolio Report (PDF)…</source>
        <translation>Rapport de por&amp;tefeuille (PDF)…</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Add Module</source>
        <translation>Ajouter un module</translation>
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
        <translation>À la fin, les participants savent…</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>&amp;Public cible :</translation>
    </message>
    <message>
        <source>Learning &amp;objectives:</source>
        <translation>&amp;Objectifs pédagogiques :</translation>
    </message>
</context>
<context>
    <name>ModuleNeed</name>
    <message>
        <source>coverage</source>
        <translation>la couverture</translation>
    </message>
</context>
<context>
    <name>MoveStageDialog</name>
    <message>
        <source>Move to %1</source>
        <translation>Passer à %1</translation>
    </message>
    <message>
        <source>The mission moves from %1 to %2.</source>
        <translation>La mission passe de %1 à %2.</translation>
    </message>
    <message>
        <source>These exit criteria of %1 are not met:
%2

Say why the mission moves on anyway; the answer is kept with the move.</source>
        <translation>Ces critères de sortie de %1 ne sont pas remplis :
%2

Dites pourquoi la mission avance malgré tout ; la réponse est conservée avec le passage.</translation>
    </message>
    <message>
        <source>The day the mission moved on: today, or an earlier day when the move is recorded after the fact.</source>
        <translation>Le jour où la mission est passée à l'étape suivante : aujourd'hui, ou un jour antérieur quand le passage est saisi après coup.</translation>
    </message>
    <message>
        <source>Moved &amp;on:</source>
        <translation>Passée &amp;le :</translation>
    </message>
    <message>
        <source>Required: the criteria are not met</source>
        <translation>Obligatoire : les critères ne sont pas remplis</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Say on which day the mission moved.</source>
        <translation>Indiquez le jour du passage de la mission.</translation>
    </message>
    <message>
        <source>Say why the mission moves on although criteria are unmet.</source>
        <translation>Dites pourquoi la mission avance alors que des critères ne sont pas remplis.</translation>
    </message>
</context>
<context>
    <name>Need</name>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Choose the mission.</source>
        <translation>Choisissez la mission.</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Current score</source>
        <translation>Note actuelle</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>Note visée</translation>
    </message>
    <message>
        <source>The target score (%1) is below the current score (%2).</source>
        <translation>La note visée (%1) est inférieure à la note actuelle (%2).</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>l'énoncé</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>le groupe cible</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>la priorité</translation>
    </message>
    <message>
        <source>capacity dimension</source>
        <translation>la dimension de capacité</translation>
    </message>
    <message>
        <source>current score</source>
        <translation>le score actuel</translation>
    </message>
    <message>
        <source>target score</source>
        <translation>le score visé</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>les votes</translation>
    </message>
    <message>
        <source>noted on</source>
        <translation>noté le</translation>
    </message>
</context>
<context>
    <name>NeedEditor</name>
    <message>
        <source>Not assessed</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>Add Need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Edit Need</source>
        <translation>Modifier le besoin</translation>
    </message>
    <message>
        <source>e.g. Record the bias motive in every incident report</source>
        <translation>p. ex. Consigner le mobile de préjugé dans chaque rapport d'incident</translation>
    </message>
    <message>
        <source>No particular dimension</source>
        <translation>Aucune dimension particulière</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Besoin :</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>P&amp;ublic cible :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>Capacity &amp;dimension:</source>
        <translation>&amp;Dimension de capacité :</translation>
    </message>
    <message>
        <source>&amp;Current score (0-4):</source>
        <translation>Note &amp;actuelle (0-4) :</translation>
    </message>
    <message>
        <source>T&amp;arget score (0-4):</source>
        <translation>Note &amp;visée (0-4) :</translation>
    </message>
    <message>
        <source>Findings it came from</source>
        <translation>Constats d'origine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>&amp;Issu de :</translation>
    </message>
    <message>
        <source>N&amp;oted on:</source>
        <translation>N&amp;oté le :</translation>
    </message>
</context>
<context>
    <name>OpenErrorDialog</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base</translation>
    </message>
    <message>
        <source>&amp;Move It Aside and Open</source>
        <translation>&amp;Le mettre de côté et ouvrir</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>OwnKey</name>
    <message>
        <source>public key</source>
        <translation>la clé publique</translation>
    </message>
    <message>
        <source>sealed secret key</source>
        <translation>la clé secrète scellée</translation>
    </message>
    <message>
        <source>key derivation</source>
        <translation>la dérivation de clé</translation>
    </message>
</context>
<context>
    <name>PackageFile</name>
    <message>
        <source>This is not an Intervention Planner field package.</source>
        <translation>Ce n'est pas un paquet de terrain d'Intervention Planner.</translation>
    </message>
    <message>
        <source>The package is cut short: it ends inside its header. Ask for it again.</source>
        <translation>Le paquet est tronqué : il s'arrête dans son en-tête. Demandez-le de nouveau.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Intervention Planner (package format %1; this version reads format %2). Update Intervention Planner to open it.</source>
        <translation>Le paquet a été fait par une version plus récente d'Intervention Planner (format de paquet %1 ; cette version lit le format %2). Mettez Intervention Planner à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>The package's header is damaged: nothing can be read from it.</source>
        <translation>L'en-tête du paquet est endommagé : rien ne peut en être lu.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n'a pas pu démarrer.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the package's key.</source>
        <translation>La mémoire manque pour dériver la clé du paquet.</translation>
    </message>
    <message>
        <source>The package's header asks for a key derivation this version does not accept; it may have been altered.</source>
        <translation>L'en-tête du paquet demande une dérivation de clé que cette version n'accepte pas ; il a peut-être été modifié.</translation>
    </message>
    <message>
        <source>The passphrase is not the one this package was sealed with.</source>
        <translation>La phrase secrète n'est pas celle avec laquelle ce paquet a été scellé.</translation>
    </message>
    <message>
        <source>The package is cut short: it ends before its contents. Ask for it again.</source>
        <translation>Le paquet est tronqué : il s'arrête avant son contenu. Demandez-le de nouveau.</translation>
    </message>
    <message>
        <source>The package has been altered or damaged: its contents do not verify.</source>
        <translation>Le paquet a été modifié ou endommagé : son contenu ne se vérifie pas.</translation>
    </message>
    <message>
        <source>The package is cut short: part %1 of it is missing. Nothing was read from it; ask for it again.</source>
        <translation>Le paquet est tronqué : sa partie %1 manque. Rien n'en a été lu ; demandez-le de nouveau.</translation>
    </message>
    <message>
        <source>The package has been altered or damaged (part %1 does not verify). Nothing was read from it.</source>
        <translation>Le paquet a été modifié ou endommagé (la partie %1 ne se vérifie pas). Rien n'en a été lu.</translation>
    </message>
    <message>
        <source>The package has been altered: there are bytes after its end. Nothing was read from it.</source>
        <translation>Le paquet a été modifié : il y a des octets après sa fin. Rien n'en a été lu.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1 could not be written whole (%2); nothing was left under that name.</source>
        <translation>%1 n'a pas pu être écrit en entier (%2) ; rien n'a été laissé sous ce nom.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>A package needs a passphrase or recipients: it is never written unencrypted.</source>
        <translation>Un paquet demande une phrase secrète ou des destinataires : il n'est jamais écrit en clair.</translation>
    </message>
    <message>
        <source>A package sealed to recipients is signed by its sender: unlock this database's key first.</source>
        <translation>Un paquet scellé pour des destinataires est signé par son expéditeur : déverrouillez d'abord la clé de cette base.</translation>
    </message>
    <message>
        <source>The sender's key is not a valid key pair.</source>
        <translation>La clé de l'expéditeur n'est pas une paire de clés valide.</translation>
    </message>
    <message>
        <source>A recipient's public key is not valid.</source>
        <translation>La clé publique d'un destinataire n'est pas valide.</translation>
    </message>
    <message>
        <source>The package is cut short or altered: its sender's signature is missing. Nothing was read from it.</source>
        <translation>Le paquet est tronqué ou modifié : la signature de son expéditeur manque. Rien n'en a été lu.</translation>
    </message>
    <message>
        <source>The package has been altered: its signature (by %1) does not match its contents. Nothing was read from it.</source>
        <translation>Le paquet a été modifié : sa signature (par %1) ne correspond pas à son contenu. Rien n'en a été lu.</translation>
    </message>
    <message>
        <source>The package is sealed to its recipients' keys (%1): unlock this database's key to open it.</source>
        <translation>Le paquet est scellé pour les clés de ses destinataires (%1) : déverrouillez la clé de cette base pour l'ouvrir.</translation>
    </message>
    <message>
        <source>The package was made for other recipients (%1), not for this database (%2). Nothing was read from it.</source>
        <translation>Le paquet a été fait pour d'autres destinataires (%1), pas pour cette base (%2). Rien n'en a été lu.</translation>
    </message>
    <message>
        <source>The package has been altered: its key for this database does not open. Nothing was read from it.</source>
        <translation>Le paquet a été modifié : sa clé pour cette base ne s'ouvre pas. Rien n'en a été lu.</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Import Field Package</source>
        <translation>Importer un paquet de terrain</translation>
    </message>
    <message>
        <source>%1 (export %2 of %3)</source>
        <translation>%1 (export %2 de %3)</translation>
    </message>
    <message>
        <source>&lt;p&gt;What importing &lt;b&gt;%1&lt;/b&gt; would change here. Nothing has been written yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce qu'importer &lt;b&gt;%1&lt;/b&gt; changerait ici. Rien n'a encore été écrit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d'enregistrement</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>&amp;What needs a look:</source>
        <translation>À &amp;examiner :</translation>
    </message>
    <message>
        <source>Conflict: %1 “%2”</source>
        <translation>Conflit : %1 « %2 »</translation>
    </message>
    <message>
        <source>Possible duplicate, not imported until the two are combined: %1 “%2”</source>
        <translation>Doublon possible, non importé tant que les deux ne sont pas réunis : %1 « %2 »</translation>
    </message>
    <message>
        <source>Possible duplicate, imported and flagged: %1 “%2”</source>
        <translation>Doublon possible, importé et signalé : %1 « %2 »</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeté : %1</translation>
    </message>
    <message>
        <source>Nothing: every record can come in as it is.</source>
        <translation>Rien : chaque enregistrement peut entrer tel quel.</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts…</source>
        <translation>E&amp;xaminer les conflits…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read by this version.</source>
        <translation><numerusform>%n ligne ne peut pas être lue par cette version.</numerusform><numerusform>%n lignes ne peuvent pas être lues par cette version.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on both sides are still to decide: Review Conflicts.</source>
        <translation><numerusform>%n champ modifié des deux côtés reste à trancher : Examiner les conflits.</numerusform><numerusform>%n champs modifiés des deux côtés restent à trancher : Examiner les conflits.</numerusform></translation>
    </message>
    <message>
        <source>Ready: Import writes all of it in one step.</source>
        <translation>Prêt : Importer écrit le tout en une seule étape.</translation>
    </message>
    <message>
        <source>Nothing can be imported from this package as it stands.</source>
        <translation>Rien ne peut être importé de ce paquet en l'état.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A redacted handover: its sender withheld contact details, ratings, attitudes, notes, accounts of engagements and protected names. What this computer holds of them stays as it is; new people come in not rated.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une transmission expurgée : l'expéditeur a retenu les coordonnées, notations, attitudes, notes, comptes rendus d'échanges et noms protégés. Ce que cet ordinateur en détient reste tel quel ; les nouvelles personnes arrivent non notées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Com&amp;bine With the Ones Here…</source>
        <translation>&amp;Fusionner avec ceux d'ici…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) repeat one here (the same mission code, say) and cannot come in until the two are combined: Combine With the Ones Here.</source>
        <translation><numerusform>%n enregistrement en répète un d'ici (le même code de mission, par exemple) et ne peut entrer qu'une fois les deux fusionnés : Fusionner avec ceux d'ici.</numerusform><numerusform>%n enregistrements en répètent d'ici (le même code de mission, par exemple) et ne peuvent entrer qu'une fois fusionnés : Fusionner avec ceux d'ici.</numerusform></translation>
    </message>
    <message>
        <source>• %1 “%2” of the package becomes “%3” here</source>
        <translation>• %1 « %2 » du paquet devient « %3 » ici</translation>
    </message>
    <message>
        <source>Combine With the Ones Here</source>
        <translation>Fusionner avec ceux d'ici</translation>
    </message>
    <message>
        <source>Each of these records was made twice, once here and once where the package comes from:
%1

Combined, the package's record lands on the one here; where the two differ, you decide in the conflict review. Everything that named it in the package names the one here. Edit › Undo takes the combination back.</source>
        <translation>Chacun de ces enregistrements a été créé deux fois, ici et là d'où vient le paquet :
%1

Une fois fusionné, l'enregistrement du paquet arrive sur celui d'ici ; là où les deux diffèrent, vous décidez dans l'examen des conflits. Tout ce qui le nommait dans le paquet nomme celui d'ici. Édition › Annuler défait la fusion.</translation>
    </message>
    <message>
        <source>The records could not be combined: %1</source>
        <translation>Les enregistrements n'ont pas pu être fusionnés : %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>PackageScope</name>
    <message>
        <source>No mission has the code %1.</source>
        <translation>Aucune mission n'a le code %1.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>Peer</name>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>la clé publique</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>l'empreinte</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>la révocation</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>active missions</source>
        <translation>missions actives</translation>
    </message>
    <message>
        <source>stakeholders</source>
        <translation>parties prenantes</translation>
    </message>
    <message>
        <source>open risks rated high</source>
        <translation>risques ouverts de niveau élevé</translation>
    </message>
    <message>
        <source>overdue follow-ups</source>
        <translation>suivis en retard</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Overdue follow-ups (%1), oldest first</source>
        <translation>Suivis en retard (%1), du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Aucun suivi n'est en retard.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action : %1</translation>
    </message>
    <message>
        <source>Overdue risk reviews and actions</source>
        <translation>Révisions et actions sur les risques en retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Overdue risk reviews and actions (%1), oldest first</source>
        <translation>Révisions et actions sur les risques en retard (%1), les plus anciennes d'abord</translation>
    </message>
    <message>
        <source>No risk review or action is overdue.</source>
        <translation>Aucune révision ni action sur un risque n'est en retard.</translation>
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
        <translation>Période couverte : du %1 au %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mission(s): %1.</source>
        <translation><numerusform>%n mission : %1.</numerusform><numerusform>%n missions : %1.</numerusform></translation>
    </message>
    <message>
        <source>Report of %1. It names no stakeholder.</source>
        <translation>Rapport du %1. Il ne nomme aucune partie prenante.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Sur la période</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Visé</translation>
    </message>
    <message>
        <source>Training sessions held</source>
        <translation>Sessions de formation tenues</translation>
    </message>
    <message>
        <source>People trained in those sessions, every tier</source>
        <translation>Personnes formées lors de ces sessions, tous niveaux</translation>
    </message>
    <message>
        <source>Of them, officers reached by the cascade</source>
        <translation>Dont agents atteints par la cascade</translation>
    </message>
    <message>
        <source>Trainers certified</source>
        <translation>Formateurs certifiés</translation>
    </message>
    <message>
        <source>People consulted</source>
        <translation>Personnes consultées</translation>
    </message>
    <message>
        <source>Follow-up activities held</source>
        <translation>Activités de suivi tenues</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>%1 green, %2 amber, %3 red, %4 without a value</source>
        <translation>%1 vert(s), %2 orange(s), %3 rouge(s), %4 sans valeur</translation>
    </message>
    <message>
        <source>Open risks rated high</source>
        <translation>Risques ouverts cotés élevés</translation>
    </message>
    <message>
        <source>Each figure is the sum of the missions' own, counted as in their reports: people trained from the training sessions held, at every tier; the cascade from the sessions the missions' own trainers led.</source>
        <translation>Chaque chiffre est la somme de ceux des missions, comptés comme dans leurs rapports : les personnes formées à partir des sessions de formation tenues, à tous les niveaux ; la cascade à partir des sessions animées par les formateurs des missions.</translation>
    </message>
    <message>
        <source>Missions that need attention</source>
        <translation>Missions qui demandent de l'attention</translation>
    </message>
    <message numerus="yes">
        <source>%n red indicator(s)</source>
        <translation><numerusform>%n indicateur rouge</numerusform><numerusform>%n indicateurs rouges</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n high risk(s)</source>
        <translation><numerusform>%n risque élevé</numerusform><numerusform>%n risques élevés</numerusform></translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 %2 : %3.</translation>
    </message>
    <message>
        <source>No mission has a red indicator or an open risk rated high.</source>
        <translation>Aucune mission n'a d'indicateur rouge ni de risque ouvert coté élevé.</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>No mission.</source>
        <translation>Aucune mission.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Trained in the period</source>
        <translation>Formés sur la période</translation>
    </message>
    <message>
        <source>Trained by %1</source>
        <translation>Formés au %1</translation>
    </message>
    <message>
        <source>Indicators (green, amber, red)</source>
        <translation>Indicateurs (vert, orange, rouge)</translation>
    </message>
    <message>
        <source>High risks</source>
        <translation>Risques élevés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>People trained by sex and tier</source>
        <translation>Personnes formées par sexe et par niveau</translation>
    </message>
    <message numerus="yes">
        <source>%n; people reached: %1</source>
        <translation><numerusform>%n ; personnes touchées : %1</numerusform><numerusform>%n ; personnes touchées : %1</numerusform></translation>
    </message>
</context>
<context>
    <name>PowerInterestGrid</name>
    <message>
        <source>Power/interest grid</source>
        <translation>Grille pouvoir/intérêt</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <source>Power (1-5)</source>
        <translation>Pouvoir (1-5)</translation>
    </message>
    <message>
        <source>%1
%2 · power %3 · interest %4 · trust %5</source>
        <translation>%1
%2 · pouvoir %3 · intérêt %4 · confiance %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No type with %1 or more here</source>
        <translation>Aucun type à %1 ou plus ici</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies the next time Intervention Planner starts.</source>
        <translation>Une nouvelle langue s'applique au prochain démarrage d'Intervention Planner.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Second Backup Folder</source>
        <translation>Second dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Each time a database opens, its backup is copied here too. Choose a USB stick or another drive, so a lost or broken laptop does not take the backups with it.</source>
        <translation>À chaque ouverture d'une base, sa sauvegarde est aussi copiée ici. Choisissez une clé USB ou un autre disque, pour qu'un portable perdu ou cassé n'emporte pas les sauvegardes avec lui.</translation>
    </message>
    <message>
        <source>Second &amp;backup folder:</source>
        <translation>Second dossier de &amp;sauvegarde :</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Date de l'issue</translation>
    </message>
    <message>
        <source>An outcome date needs an outcome: choose what became of the programme, or clear the date.</source>
        <translation>Une date d'issue demande une issue : choisissez ce qu'est devenu le programme, ou effacez la date.</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Note sur l'issue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>A programme cannot be its own predecessor.</source>
        <translation>Un programme ne peut pas être son propre prédécesseur.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>le code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>lead organisation</source>
        <translation>l'organisation chef de file</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>la date de fin</translation>
    </message>
    <message>
        <source>status</source>
        <translation>le statut</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>le résultat</translation>
    </message>
    <message>
        <source>outcome date</source>
        <translation>date de l'issue</translation>
    </message>
    <message>
        <source>outcome note</source>
        <translation>note sur l'issue</translation>
    </message>
    <message>
        <source>predecessor</source>
        <translation>la mission précédente</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>Code %1 is already used by another programme; choose another.</source>
        <translation>Le code %1 est déjà pris par un autre programme ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>That predecessor was itself replaced by this programme: choose another.</source>
        <translation>Ce prédécesseur a lui-même été remplacé par ce programme : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The predecessor programme no longer exists.</source>
        <translation>Le programme prédécesseur n'existe plus.</translation>
    </message>
    <message>
        <source>%1 already replaced that programme: a programme has one successor.</source>
        <translation>%1 a déjà remplacé ce programme : un programme n'a qu'un successeur.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDashboardView</name>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>P&amp;rogramme :</translation>
    </message>
    <message>
        <source>Programme timeline</source>
        <translation>Chronologie du programme</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The programme's missions</source>
        <translation>Les missions du programme</translation>
    </message>
    <message>
        <source>Enter or a double click shows the mission's dashboard</source>
        <translation>Entrée ou un double-clic affiche le tableau de bord de la mission</translation>
    </message>
    <message>
        <source>The programme's risks</source>
        <translation>Les risques du programme</translation>
    </message>
    <message>
        <source>Enter or a double click opens the risk</source>
        <translation>Entrée ou un double-clic ouvre le risque</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Missions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risks&lt;/b&gt;: those that came true first</source>
        <translation>&lt;b&gt;Risques&lt;/b&gt; : ceux qui se sont réalisés d'abord</translation>
    </message>
    <message>
        <source>No programme is recorded yet. Add one on the Programmes page (Ctrl+6) to see how its missions spread.</source>
        <translation>Aucun programme n'est encore enregistré. Ajoutez-en un dans la page Programmes (Ctrl+6) pour voir la répartition de ses missions.</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Conduit par %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partenaires : %1</translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation>, avec %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>; outcome: %1</source>
        <translation> ; issue : %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>A remplacé %1</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>Remplacé par %1</translation>
    </message>
    <message>
        <source>Core team: %1</source>
        <translation>Équipe centrale : %1</translation>
    </message>
    <message numerus="yes">
        <source>Missions: %1 in %n country(ies)</source>
        <translation><numerusform>Missions : %1 dans %n pays</numerusform><numerusform>Missions : %1 dans %n pays</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Events: %1, %2 held with %n participant(s)</source>
        <translation><numerusform>Événements : %1, dont %2 réalisés avec %n participant</numerusform><numerusform>Événements : %1, dont %2 réalisés avec %n participants</numerusform></translation>
    </message>
    <message>
        <source>Risks: %1 open, %2 came true</source>
        <translation>Risques : %1 ouverts, %2 réalisés</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>Missions par statut</translation>
    </message>
    <message>
        <source>Missions not closed, by stage</source>
        <translation>Missions non clôturées, par étape</translation>
    </message>
    <message>
        <source>Missions by outcome</source>
        <translation>Missions par issue</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Aucun programme</translation>
    </message>
    <message>
        <source>The programme has no mission yet.</source>
        <translation>Le programme n'a pas encore de mission.</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Every mission of the programme is closed.</source>
        <translation>Toutes les missions du programme sont clôturées.</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>Came true %1 · %2 (%3)%4</source>
        <translation>Réalisé le %1 · %2 (%3)%4</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>(date inconnue)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>Open, score %1 · %2 (%3)</source>
        <translation>Ouvert, score %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>No risk is recorded for this programme or its missions.</source>
        <translation>Aucun risque n'est enregistré pour ce programme ou ses missions.</translation>
    </message>
    <message>
        <source>Missions and events over time</source>
        <translation>Missions et événements dans le temps</translation>
    </message>
    <message>
        <source>%1 · %2: %3 to %4; %5, %6</source>
        <translation>%1 · %2 : du %3 au %4 ; %5, %6</translation>
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
        <translation><numerusform>réalisé, %n participant</numerusform><numerusform>réalisé, %n participants</numerusform></translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Bars: missions, coloured by outcome (by status until it is known; hatched while planned) · Diamonds: events, filled when held · Dashed: today</source>
        <translation>Barres : missions, colorées selon l'issue (selon le statut tant qu'elle n'est pas connue ; hachurées si prévues) · Losanges : événements, pleins une fois réalisés · Tirets : aujourd'hui</translation>
    </message>
    <message>
        <source>&amp;Open Mission Dashboard</source>
        <translation>&amp;Ouvrir le tableau de bord de la mission</translation>
    </message>
</context>
<context>
    <name>ProgrammeEvent</name>
    <message>
        <source>Choose the programme.</source>
        <translation>Choisissez le programme.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>La date de début est obligatoire.</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Others or not recorded</source>
        <translation>Autres ou non renseigné</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100,000 (it is %2).</source>
        <translation>%1 doit être entre 0 et 100 000 (c'est %2).</translation>
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
        <translation>la nature</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>la date de fin</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>lead trainer</source>
        <translation>formateur principal</translation>
    </message>
    <message>
        <source>women</source>
        <translation>femmes</translation>
    </message>
    <message>
        <source>men</source>
        <translation>hommes</translation>
    </message>
    <message>
        <source>others or not recorded</source>
        <translation>autres ou non renseigné</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Organisation chef de file</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Remplacé par</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Conduit par</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message numerus="yes">
        <source>Held, %n people</source>
        <translation><numerusform>Tenu, %n personne</numerusform><numerusform>Tenu, %n personnes</numerusform></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Events of the programme</source>
        <translation>Événements du programme</translation>
    </message>
    <message>
        <source>&amp;New Programme…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>&amp;Open Programme…</source>
        <translation>&amp;Ouvrir le programme…</translation>
    </message>
    <message>
        <source>&amp;Delete Programme</source>
        <translation>&amp;Supprimer le programme</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Modifier l'événement</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Supprimer l'événement</translation>
    </message>
    <message>
        <source>Choose a programme to see its missions, core team and events.</source>
        <translation>Choisissez un programme pour voir ses missions, son équipe centrale et ses événements.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Missions: %1</source>
        <translation>Missions : %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l'instant</translation>
    </message>
    <message>
        <source>Core team: %1</source>
        <translation>Équipe centrale : %1</translation>
    </message>
    <message>
        <source>Partners: %1</source>
        <translation>Partenaires : %1</translation>
    </message>
    <message>
        <source>Replaced %1.</source>
        <translation>A remplacé %1.</translation>
    </message>
    <message>
        <source>New Programme</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Delete Programme</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <source>Delete the programme %1? Its missions stay, on their own.

Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimer le programme %1 ? Ses missions restent, seules.

Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>e.g. LEOP-2</source>
        <translation>p. ex. LEOP-2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Lead organisation:</source>
        <translation>Organisation chef de &amp;file :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires :</translation>
    </message>
    <message>
        <source>Sta&amp;rt date:</source>
        <translation>Date de déb&amp;ut :</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Date de fi&amp;n :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <source>Outcome &amp;known on:</source>
        <translation>Issue ac&amp;quise le :</translation>
    </message>
    <message>
        <source>Ho&amp;w it ended:</source>
        <translation>Commentaire sur l'issue :</translation>
    </message>
    <message>
        <source>Replace&amp;d:</source>
        <translation>&amp;Remplace :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The programme this one took over from; that one then shows this one as its successor.</source>
        <translation>Le programme dont celui-ci a pris la suite ; celui-là indique alors celui-ci comme successeur.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Core tea&amp;m:</source>
        <translation>Équipe centra&amp;le :</translation>
    </message>
    <message>
        <source>The trainers and staff the programme shares across its missions: they can lead its events.</source>
        <translation>Les formateurs et le personnel que le programme partage entre ses missions : ils peuvent conduire ses événements.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>e.g. International seminar on recording bias motives</source>
        <translation>p. ex. Séminaire international sur l'enregistrement des mobiles de préjugé</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>&amp;Conduit par :</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non nommé</translation>
    </message>
    <message>
        <source>One of the programme's core team.</source>
        <translation>Un membre de l'équipe centrale du programme.</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Réalisé</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>&amp;Femmes :</translation>
    </message>
    <message>
        <source>&amp;Men:</source>
        <translation>&amp;Hommes :</translation>
    </message>
    <message>
        <source>&amp;Others or not recorded:</source>
        <translation>Autres ou non rense&amp;igné :</translation>
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
        <translation>Avancement des étapes (%)</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avancement (%)</translation>
    </message>
    <message>
        <source>%1: %2 %, %3</source>
        <translation>%1 : %2 %, %3</translation>
    </message>
    <message>
        <source>Click to open the stage's forms.</source>
        <translation>Cliquez pour ouvrir les formulaires de l'étape.</translation>
    </message>
    <message>
        <source>Indicator achievement (%), coloured by status</source>
        <translation>Réalisation des indicateurs (%), colorée selon le statut</translation>
    </message>
    <message>
        <source>Achievement against target (%)</source>
        <translation>Réalisation par rapport à la cible (%)</translation>
    </message>
    <message>
        <source>%1 (%2)
Baseline %L3, target %L4 %5</source>
        <translation>%1 (%2)
Référence %L3, cible %L4 %5</translation>
    </message>
    <message>
        <source>Latest value %L1 on %2: %3 % of the way, %4</source>
        <translation>Dernière valeur %L1 le %2 : %3 % du chemin, %4</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sans statut</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Pas encore mesuré</translation>
    </message>
    <message>
        <source>Click to open the indicator.</source>
        <translation>Cliquez pour ouvrir l'indicateur.</translation>
    </message>
    <message>
        <source>No indicator with a measured value yet.</source>
        <translation>Aucun indicateur n'a encore de valeur mesurée.</translation>
    </message>
    <message>
        <source>Behind the intermediate target of %L1 by %2 (%3 % of the way)</source>
        <translation>En retard sur la cible intermédiaire de %L1 pour le %2 (%3 % du chemin)</translation>
    </message>
    <message>
        <source>Intermediate target of %L1 by %2 (%3 % of the way)</source>
        <translation>Cible intermédiaire de %L1 pour le %2 (%3 % du chemin)</translation>
    </message>
    <message>
        <source>Next intermediate target: %L1 by %2</source>
        <translation>Prochaine cible intermédiaire : %L1 pour le %2</translation>
    </message>
    <message>
        <source>Intermediate target due by now</source>
        <translation>Cible intermédiaire attendue à ce jour</translation>
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
        <translation>Seuils des risques et des statuts</translation>
    </message>
    <message>
        <source>Risk rating bands (score = likelihood × impact, 1-25)</source>
        <translation>Niveaux de risque (score = probabilité × impact, 1-25)</translation>
    </message>
    <message>
        <source>&amp;Medium from score:</source>
        <translation>&amp;Moyen à partir du score :</translation>
    </message>
    <message>
        <source>&amp;High from score:</source>
        <translation>&amp;Élevé à partir du score :</translation>
    </message>
    <message>
        <source>Indicator status (achievement against target)</source>
        <translation>Statut des indicateurs (réalisation par rapport à la cible)</translation>
    </message>
    <message>
        <source>&amp;Amber from:</source>
        <translation>&amp;Orange à partir de :</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>&amp;Vert à partir de :</translation>
    </message>
    <message>
        <source>These settings are kept in the database, so everyone who opens it rates risks and indicators the same way.</source>
        <translation>Ces réglages sont gardés dans la base de données : tous ceux qui l'ouvrent évaluent risques et indicateurs de la même façon.</translation>
    </message>
</context>
<context>
    <name>RecordAlias</name>
    <message>
        <source>record type</source>
        <translation>type d'enregistrement</translation>
    </message>
    <message>
        <source>combined into</source>
        <translation>fusionné dans</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a record (Insert)</source>
        <translation>Ajouter un enregistrement (Inser)</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter)</source>
        <translation>Modifier l'enregistrement choisi (Entrée)</translation>
    </message>
    <message>
        <source>Delete the selected record (Del); Undo brings it back</source>
        <translation>Supprimer l'enregistrement choisi (Suppr) ; Annuler le rétablit</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Whole Course</source>
        <translation>&amp;Toute la durée</translation>
    </message>
    <message>
        <source>From the first day on record to %1</source>
        <translation>Du premier jour enregistré au %1</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Période couverte :</translation>
    </message>
    <message>
        <source>The summary and the activities count what happened within the period; the indicators show where they stood at its end.</source>
        <translation>Le résumé et les activités comptent ce qui s'est passé sur la période ; les indicateurs montrent où ils en étaient à sa fin.</translation>
    </message>
    <message>
        <source>Keep this report with people who may see these fields.</source>
        <translation>Ne confiez ce rapport qu'à des personnes autorisées à voir ces champs.</translation>
    </message>
    <message>
        <source>Start of the period: %1</source>
        <translation>Début de la période : %1</translation>
    </message>
    <message>
        <source>End of the period: %1</source>
        <translation>Fin de la période : %1</translation>
    </message>
    <message>
        <source>Enter both days of the period, or press Whole Course.</source>
        <translation>Saisissez les deux dates de la période, ou appuyez sur Toute la durée.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>&amp;Include sensitive stakeholder fields</source>
        <translation>&amp;Inclure les champs sensibles des parties prenantes</translation>
    </message>
    <message>
        <source>Contact details, attitudes, power, interest, trust and protected names: left out unless ticked.</source>
        <translation>Coordonnées, attitudes, pouvoir, intérêt, confiance et noms protégés : laissés de côté sauf si la case est cochée.</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>C&amp;ontinuer…</translation>
    </message>
    <message>
        <source>The period ends after today (%1): a report covers what has happened.</source>
        <translation>La période se termine après aujourd'hui (%1) : un rapport couvre ce qui s'est passé.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Nobody has been recorded as trained yet.</source>
        <translation>Personne n'est encore enregistré comme formé.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Autre ou non renseigné</translation>
    </message>
    <message>
        <source>Total in the period</source>
        <translation>Total sur la période</translation>
    </message>
    <message>
        <source>Women's share</source>
        <translation>Part des femmes</translation>
    </message>
    <message>
        <source>Total by %1</source>
        <translation>Total au %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>Tous niveaux</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup of %1 to go back to. The current file, and any -wal beside it, is moved aside under a new name, never deleted.</source>
        <translation>Choisissez la sauvegarde de %1 à laquelle revenir. Le fichier actuel, et tout -wal à côté, est mis de côté sous un nouveau nom, jamais supprimé.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Saine</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>Inutilisable</translation>
    </message>
    <message>
        <source>Second folder</source>
        <translation>Second dossier</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>À côté de la base</translation>
    </message>
    <message>
        <source>Backups are listed newest first, in the order they were taken.</source>
        <translation>Les sauvegardes sont listées de la plus récente à la plus ancienne, dans l'ordre où elles ont été faites.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>There is no backup of this database yet. A backup is taken after it is opened, when it changed since the last one, and once it is checked sound.</source>
        <translation>Il n'y a pas encore de sauvegarde de cette base. Une sauvegarde est faite après son ouverture, si elle a changé depuis la dernière, et une fois qu'elle a été vérifiée saine.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Probabilité résiduelle</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Impact résiduel</translation>
    </message>
    <message>
        <source>Give both residual likelihood and residual impact, or neither.</source>
        <translation>Indiquez à la fois la probabilité et l'impact résiduels, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>la mission</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>category</source>
        <translation>la catégorie</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>le responsable</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>la probabilité</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>l'impact</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>le traitement</translation>
    </message>
    <message>
        <source>mitigation</source>
        <translation>l'atténuation</translation>
    </message>
    <message>
        <source>residual likelihood</source>
        <translation>la probabilité résiduelle</translation>
    </message>
    <message>
        <source>residual impact</source>
        <translation>l'impact résiduel</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>la date de revue</translation>
    </message>
    <message>
        <source>Date it came true</source>
        <translation>Date où il est survenu</translation>
    </message>
    <message>
        <source>A risk that came true needs the date it did (an approximate one will do).</source>
        <translation>Un risque survenu demande sa date (une date approximative suffit).</translation>
    </message>
    <message>
        <source>An open risk has not come true: choose "Came true" as its state, or clear the date and the consequence.</source>
        <translation>Un risque ouvert n'est pas survenu : choisissez l'état « Survenu », ou effacez la date et la conséquence.</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>An assessment cannot be dated after today (%1).</source>
        <translation>Une évaluation ne peut pas être datée après aujourd'hui (%1).</translation>
    </message>
    <message>
        <source>A risk belongs to a mission or to a programme, not to both: a mission's risks count in its programme already.</source>
        <translation>Un risque appartient à une mission ou à un programme, pas aux deux : les risques d'une mission comptent déjà dans son programme.</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>date it came true</source>
        <translation>date où il est survenu</translation>
    </message>
    <message>
        <source>consequence</source>
        <translation>conséquence</translation>
    </message>
    <message>
        <source>The scores were last assessed on %1; a re-assessment cannot be dated before that. Enter a risk's history from its oldest assessment on.</source>
        <translation>Les scores ont été évalués pour la dernière fois le %1 ; une réévaluation ne peut pas être datée avant. Saisissez l'historique d'un risque à partir de sa plus ancienne évaluation.</translation>
    </message>
</context>
<context>
    <name>RiskAction</name>
    <message>
        <source>Choose the risk.</source>
        <translation>Choisissez le risque.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <source>Residual risk (after treatment)</source>
        <translation>Risque résiduel (après traitement)</translation>
    </message>
    <message>
        <source>Inherent risk</source>
        <translation>Risque inhérent</translation>
    </message>
    <message numerus="yes">
        <source>Residual likelihood %1 × impact %2: %n open risk(s)</source>
        <translation><numerusform>Probabilité résiduelle %1 × impact %2 : %n risque ouvert</numerusform><numerusform>Probabilité résiduelle %1 × impact %2 : %n risques ouverts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Likelihood %1 × impact %2: %n open risk(s)</source>
        <translation><numerusform>Probabilité %1 × impact %2 : %n risque ouvert</numerusform><numerusform>Probabilité %1 × impact %2 : %n risques ouverts</numerusform></translation>
    </message>
    <message>
        <source>Click to list them below.</source>
        <translation>Cliquez pour les lister ci-dessous.</translation>
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
        <translation>Impact résiduel</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Probabilité résiduelle</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
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
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
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
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Mitigation actions</source>
        <translation>Actions d'atténuation</translation>
    </message>
    <message>
        <source>&amp;New Risk…</source>
        <translation>&amp;Nouveau risque…</translation>
    </message>
    <message>
        <source>&amp;Open Risk…</source>
        <translation>&amp;Ouvrir le risque…</translation>
    </message>
    <message>
        <source>&amp;Delete Risk</source>
        <translation>&amp;Supprimer le risque</translation>
    </message>
    <message>
        <source>Add Mitigation Action</source>
        <translation>Ajouter une action d'atténuation</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>e.g. Brief the new head of mission on the programme</source>
        <translation>p. ex. Informer le nouveau chef de mission du programme</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Responsa&amp;ble :</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>Edit Mitigation Action</source>
        <translation>Modifier l'action d'atténuation</translation>
    </message>
    <message>
        <source>Mitigation Actions</source>
        <translation>Actions d'atténuation</translation>
    </message>
    <message>
        <source>Mitigation &amp;actions</source>
        <translation>&amp;Actions d'atténuation</translation>
    </message>
    <message>
        <source>Score over &amp;time</source>
        <translation>Évolution du &amp;score</translation>
    </message>
    <message>
        <source>Actions treating "%1"; owner of the risk: %2.</source>
        <translation>Actions traitant « %1 » ; responsable du risque : %2.</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>personne de désigné</translation>
    </message>
    <message>
        <source>Choose a risk to see its actions.</source>
        <translation>Choisissez un risque pour voir ses actions.</translation>
    </message>
    <message>
        <source>Score of "%1" over time</source>
        <translation>Évolution du score de « %1 »</translation>
    </message>
    <message>
        <source>Inherent score</source>
        <translation>Score inhérent</translation>
    </message>
    <message>
        <source>Residual score</source>
        <translation>Score résiduel</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <source>Score (likelihood × impact)</source>
        <translation>Score (probabilité × impact)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission :</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risque :</translation>
    </message>
    <message>
        <source>e.g. A change of leadership ends the programme</source>
        <translation>p. ex. Un changement de direction met fin au programme</translation>
    </message>
    <message>
        <source>&amp;Likelihood (1-5):</source>
        <translation>&amp;Probabilité (1-5) :</translation>
    </message>
    <message>
        <source>&amp;Impact (1-5):</source>
        <translation>&amp;Impact (1-5) :</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Traitement :</translation>
    </message>
    <message>
        <source>Residual li&amp;kelihood (0-5):</source>
        <translation>Probabilité résiduel&amp;le (0-5) :</translation>
    </message>
    <message>
        <source>Residual im&amp;pact (0-5):</source>
        <translation>Impact ré&amp;siduel (0-5) :</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Prochaine ré&amp;vision :</translation>
    </message>
    <message>
        <source>Likelihood 1 rare … 5 almost certain; impact 1 insignificant … 5 severe. Residual values are after treatment; 0 means not assessed yet. Every change of the scores is kept in the risk's history.</source>
        <translation>Probabilité 1 rare … 5 quasi certaine ; impact 1 négligeable … 5 grave. Les valeurs résiduelles s'entendent après traitement ; 0 signifie pas encore évaluée. Chaque changement des scores est gardé dans l'historique du risque.</translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>Edit Risk</source>
        <translation>Modifier le risque</translation>
    </message>
    <message>
        <source>Delete Risk</source>
        <translation>Supprimer le risque</translation>
    </message>
    <message>
        <source>Delete the risk "%1"?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimer le risque « %1 » ?

Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>None (a programme's or the portfolio's)</source>
        <translation>Aucune (risque d'un programme ou du portefeuille)</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;gramme :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>For a risk of the programme as a whole, not of one of its missions.</source>
        <translation>Pour un risque du programme dans son ensemble, pas d'une de ses missions.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Scores as o&amp;f:</source>
        <translation>Scores à la date d&amp;u :</translation>
    </message>
    <message>
        <source>The day these scores were assessed: a re-assessment entered after the fact keeps its own date in the risk's history.</source>
        <translation>Le jour où ces scores ont été évalués : une réévaluation saisie après coup garde sa propre date dans l'historique du risque.</translation>
    </message>
    <message>
        <source>Came tr&amp;ue on:</source>
        <translation>Survenu le :</translation>
    </message>
    <message>
        <source>Conse&amp;quence:</source>
        <translation>Consé&amp;quence :</translation>
    </message>
    <message>
        <source>Filter by programme or mission</source>
        <translation>Filtrer par programme ou par mission</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Tous les risques</translation>
    </message>
    <message>
        <source>The portfolio's own</source>
        <translation>Ceux du portefeuille</translation>
    </message>
    <message>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>Filtrer par niveau</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrer par responsable</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tout responsable</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Mitigatio&amp;n:</source>
        <translation>Atté&amp;nuation :</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Faite</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>key</source>
        <translation>la clé</translation>
    </message>
    <message>
        <source>value</source>
        <translation>la valeur</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Risk bands need 2 ≤ medium from &lt; high from ≤ 25 (they are %1 and %2).</source>
        <translation>Les seuils de risque doivent vérifier 2 ≤ moyen &lt; élevé ≤ 25 (ils valent %1 et %2).</translation>
    </message>
    <message>
        <source>RAG thresholds need 0 ≤ amber from &lt; green from (they are %1 % and %2 %).</source>
        <translation>Les seuils de statut doivent vérifier 0 ≤ orange &lt; vert (ils valent %1 % et %2 %).</translation>
    </message>
</context>
<context>
    <name>SitesEditor</name>
    <message>
        <source>Remove Site</source>
        <translation>Retirer le site</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Where the mission works: one row per site. A pilot run in two places has two rows; the country filters and reports use them.</source>
        <translation>Où la mission travaille : une ligne par site. Un pilote mené en deux lieux a deux lignes ; les filtres par pays et les rapports s'en servent.</translation>
    </message>
    <message>
        <source>Add Site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>A new row for a site (Insert, in the table).</source>
        <translation>Une nouvelle ligne pour un site (Inser, dans le tableau).</translation>
    </message>
    <message>
        <source>Removes the chosen site (Delete, in the table); Save keeps it.</source>
        <translation>Retire le site choisi (Suppr, dans le tableau) ; Enregistrer le confirme.</translation>
    </message>
</context>
<context>
    <name>StageCriterion</name>
    <message>
        <source>Choose the mission.</source>
        <translation>Choisissez la mission.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Date met</source>
        <translation>Date de réalisation</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>l'étape</translation>
    </message>
    <message>
        <source>position</source>
        <translation>la position</translation>
    </message>
    <message>
        <source>text</source>
        <translation>le texte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>l'état fait</translation>
    </message>
    <message>
        <source>date done</source>
        <translation>la date de réalisation</translation>
    </message>
    <message>
        <source>A criterion cannot be met after today (%1).</source>
        <translation>Un critère ne peut pas être rempli après aujourd'hui (%1).</translation>
    </message>
</context>
<context>
    <name>StageDatesDialog</name>
    <message>
        <source>Stage Dates of %1</source>
        <translation>Dates des étapes de %1</translation>
    </message>
    <message>
        <source>The day each stage began. A mission entered after the fact, or moved on without it being recorded, gets its earlier stages dated here; its stage states and timeline follow these days.</source>
        <translation>Le jour où chaque étape a commencé. Une mission saisie après coup, ou passée à l'étape suivante sans que ce soit enregistré, reçoit ici les dates de ses étapes antérieures ; l'état de ses étapes et sa chronologie suivent ces jours.</translation>
    </message>
    <message>
        <source>%1. %2:</source>
        <translation>%1. %2 :</translation>
    </message>
    <message>
        <source>began with the mission, on %1</source>
        <translation>commencée avec la mission, le %1</translation>
    </message>
    <message>
        <source>began with the mission (no start date yet)</source>
        <translation>commencée avec la mission (pas encore de date de début)</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>pas encore atteinte</translation>
    </message>
    <message>
        <source>Day %1 began</source>
        <translation>Jour où %1 a commencé</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Type a day.</source>
        <translation>Saisissez un jour.</translation>
    </message>
    <message>
        <source>The day cannot be after today (%1).</source>
        <translation>Le jour ne peut pas être après aujourd'hui (%1).</translation>
    </message>
</context>
<context>
    <name>StageForms</name>
    <message>
        <source>Concerns, expectations and agreements</source>
        <translation>Préoccupations, attentes et accords</translation>
    </message>
    <message>
        <source>&amp;Legislation</source>
        <translation>&amp;Législation</translation>
    </message>
    <message>
        <source>C&amp;apacity</source>
        <translation>C&amp;apacités</translation>
    </message>
    <message>
        <source>C&amp;hallenges and opportunities</source>
        <translation>Diffic&amp;ultés et opportunités</translation>
    </message>
    <message>
        <source>Challenges and opportunities</source>
        <translation>Difficultés et opportunités</translation>
    </message>
    <message>
        <source>&amp;Trainers and participants</source>
        <translation>F&amp;ormateurs et participants</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>Delete %1?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimer %1 ?

Annuler (Ctrl+Z) le rétablit.</translation>
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
        <translation>Sessions de consultation</translation>
    </message>
    <message>
        <source>Add Consultation Session</source>
        <translation>Ajouter une session de consultation</translation>
    </message>
    <message>
        <source>Edit Consultation Session</source>
        <translation>Modifier la session de consultation</translation>
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
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Stakeholders of the mission who attended</source>
        <translation>Parties prenantes de la mission présentes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
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
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>e.g. Ministry of the Interior, Zagreb</source>
        <translation>p. ex. ministère de l'Intérieur, Zagreb</translation>
    </message>
    <message>
        <source>&amp;Held (not only planned)</source>
        <translation>&amp;Tenue (pas seulement prévue)</translation>
    </message>
    <message>
        <source>&amp;Stakeholders attending:</source>
        <translation>&amp;Parties prenantes présentes :</translation>
    </message>
    <message>
        <source>&amp;Women attending:</source>
        <translation>&amp;Femmes présentes :</translation>
    </message>
    <message>
        <source>&amp;Men attending:</source>
        <translation>&amp;Hommes présents :</translation>
    </message>
    <message>
        <source>&amp;Others or not recorded:</source>
        <translation>&amp;Autres ou non renseigné :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>the consultation session of %1</source>
        <translation>la session de consultation du %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Edit Finding</source>
        <translation>Modifier le constat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Soulevé lors de</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Na&amp;ture :</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Constat :</translation>
    </message>
    <message>
        <source>e.g. Officers do not know which incidents count as hate crimes</source>
        <translation>p. ex. Les agents ne savent pas quels incidents relèvent des crimes de haine</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>e.g. Recording</source>
        <translation>p. ex. Enregistrement</translation>
    </message>
    <message>
        <source>&amp;Votes:</source>
        <translation>&amp;Votes :</translation>
    </message>
    <message>
        <source>&amp;Raised at:</source>
        <translation>&amp;Soulevé lors de :</translation>
    </message>
    <message>
        <source>No particular session</source>
        <translation>Aucune session en particulier</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>National legislation</source>
        <translation>Législation nationale</translation>
    </message>
    <message>
        <source>Add Legislation</source>
        <translation>Ajouter un texte de loi</translation>
    </message>
    <message>
        <source>Edit Legislation</source>
        <translation>Modifier le texte de loi</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Protected characteristics</source>
        <translation>Caractéristiques protégées</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>e.g. Criminal Code</source>
        <translation>p. ex. Code pénal</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>e.g. Art. 87(21)</source>
        <translation>p. ex. art. 87(21)</translation>
    </message>
    <message>
        <source>A&amp;pproach:</source>
        <translation>A&amp;pproche :</translation>
    </message>
    <message>
        <source>Protected &amp;characteristics:</source>
        <translation>&amp;Caractéristiques protégées :</translation>
    </message>
    <message>
        <source>e.g. race, ethnicity, religion, sexual orientation</source>
        <translation>p. ex. race, origine ethnique, religion, orientation sexuelle</translation>
    </message>
    <message>
        <source>&amp;Gaps:</source>
        <translation>&amp;Lacunes :</translation>
    </message>
    <message>
        <source>Capacity assessment (0-4)</source>
        <translation>Évaluation des capacités (0-4)</translation>
    </message>
    <message>
        <source>Assess Capacity</source>
        <translation>Évaluer les capacités</translation>
    </message>
    <message>
        <source>Edit Capacity Assessment</source>
        <translation>Modifier l'évaluation des capacités</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Visé</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension :</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>É&amp;valuée le :</translation>
    </message>
    <message>
        <source>&amp;Score (0-4):</source>
        <translation>&amp;Score (0-4) :</translation>
    </message>
    <message>
        <source>&amp;Target score (0-4):</source>
        <translation>Score &amp;visé (0-4) :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>É&amp;léments de preuve :</translation>
    </message>
    <message>
        <source>What was seen: documents, interviews, incident forms…</source>
        <translation>Ce qui a été constaté : documents, entretiens, formulaires d'incident…</translation>
    </message>
    <message>
        <source>0 absent · 1 ad hoc · 2 developing · 3 established · 4 institutionalised. Assessing a dimension again adds a row; the first one stays as the baseline.</source>
        <translation>0 absente · 1 ponctuelle · 2 en développement · 3 établie · 4 institutionnalisée. Réévaluer une dimension ajoute une ligne ; la première reste la référence.</translation>
    </message>
    <message>
        <source>the assessment of %1 on %2</source>
        <translation>l'évaluation « %1 » du %2</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Trainers and participants</source>
        <translation>Formateurs et participants</translation>
    </message>
    <message>
        <source>Add Trainer or Participant</source>
        <translation>Ajouter un formateur ou un participant</translation>
    </message>
    <message>
        <source>Edit Trainer or Participant</source>
        <translation>Modifier le formateur ou le participant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifié·e le</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>e.g. Police Academy</source>
        <translation>p. ex. École de police</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>e.g. Split</source>
        <translation>p. ex. Split</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>&amp;Pre-test score (0-100):</source>
        <translation>Score au &amp;pré-test (0-100) :</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Non testé</translation>
    </message>
    <message>
        <source>P&amp;ost-test score (0-100):</source>
        <translation>Score au p&amp;ost-test (0-100) :</translation>
    </message>
    <message>
        <source>&amp;Certified on:</source>
        <translation>&amp;Certifié·e le :</translation>
    </message>
    <message>
        <source>National trainers to &amp;certify:</source>
        <translation>Formateurs nationaux à &amp;certifier :</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Sessions de formation</translation>
    </message>
    <message>
        <source>Add Training Session</source>
        <translation>Ajouter une session de formation</translation>
    </message>
    <message>
        <source>Edit Training Session</source>
        <translation>Modifier la session de formation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Lead trainer</source>
        <translation>Formateur principal</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>e.g. One-day local course</source>
        <translation>p. ex. Cours local d'une journée</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>e.g. Police Academy, Zagreb</source>
        <translation>p. ex. École de police, Zagreb</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Date de fi&amp;n :</translation>
    </message>
    <message>
        <source>&amp;Lead trainer:</source>
        <translation>&amp;Formateur principal :</translation>
    </message>
    <message>
        <source>International team</source>
        <translation>Équipe internationale</translation>
    </message>
    <message>
        <source>&amp;Modules covered:</source>
        <translation>&amp;Modules couverts :</translation>
    </message>
    <message>
        <source>&amp;Women trained:</source>
        <translation>&amp;Femmes formées :</translation>
    </message>
    <message>
        <source>&amp;Men trained:</source>
        <translation>&amp;Hommes formés :</translation>
    </message>
    <message>
        <source>the %1 session of %2</source>
        <translation>la session %1 du %2</translation>
    </message>
    <message>
        <source>Officers the cascade should &amp;reach:</source>
        <translation>Agents que la cascade doit &amp;toucher :</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>Trainer and sessions</source>
        <translation>Formateur et sessions</translation>
    </message>
    <message>
        <source>Region or venue</source>
        <translation>Région ou lieu</translation>
    </message>
    <message>
        <source>Officers reached</source>
        <translation>Agents touchés</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Sessions prévues</translation>
    </message>
    <message>
        <source>%1 (not yet certified)</source>
        <translation>%1 (pas encore certifié·e)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>No certified trainer yet. Certify trainers under Trainers and participants, then name them as lead trainer of their sessions.</source>
        <translation>Aucun formateur certifié pour l'instant. Certifiez des formateurs sous Formateurs et participants, puis désignez-les comme formateur principal de leurs sessions.</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Supports pédagogiques</translation>
    </message>
    <message>
        <source>Add Material</source>
        <translation>Ajouter un support</translation>
    </message>
    <message>
        <source>Edit Material</source>
        <translation>Modifier le support</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>e.g. Trainer's manual</source>
        <translation>p. ex. Manuel du formateur</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>The whole course</source>
        <translation>L'ensemble du cours</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>e.g. hr, pl, bs/sr/hr</source>
        <translation>p. ex. hr, pl, bs/sr/hr</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>p. ex. 1.2</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Feedback from trainers or learners:</source>
        <translation>&amp;Retours des formateurs ou des apprenants :</translation>
    </message>
    <message>
        <source>The course is &amp;embedded in the national academy curriculum</source>
        <translation>Le cours est &amp;intégré au programme de l'école nationale de police</translation>
    </message>
    <message>
        <source>National Curriculum</source>
        <translation>Programme national</translation>
    </message>
    <message>
        <source>Follow-up activities</source>
        <translation>Activités de suivi</translation>
    </message>
    <message>
        <source>Add Follow-up Activity</source>
        <translation>Ajouter une activité de suivi</translation>
    </message>
    <message>
        <source>Edit Follow-up Activity</source>
        <translation>Modifier l'activité de suivi</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Needs served</source>
        <translation>Besoins servis</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>e.g. Refresher for Čakovec and Vukovar</source>
        <translation>p. ex. Remise à niveau pour Čakovec et Vukovar</translation>
    </message>
    <message>
        <source>&amp;People reached:</source>
        <translation>&amp;Personnes touchées :</translation>
    </message>
    <message>
        <source>&amp;Needs it serves:</source>
        <translation>&amp;Besoins servis :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>l'activité « %1 » du %2</translation>
    </message>
    <message>
        <source>Concerns and a&amp;greements</source>
        <translation>Préoccupations et a&amp;ccords</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cascade&lt;/b&gt;: each trainer of the mission with the sessions they lead, and the officers those sessions reached.</source>
        <translation>&lt;b&gt;Cascade&lt;/b&gt; : chaque formateur de la mission, les sessions qu'il anime et les agents qu'elles ont touchés.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Add Indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Edit Indicator</source>
        <translation>Modifier l'indicateur</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation>Pas encore de valeur</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>e.g. Share of incident reports recording the bias motive</source>
        <translation>p. ex. Part des rapports d'incident mentionnant le mobile de préjugé</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>e.g. %, officers</source>
        <translation>p. ex. %, agents</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Valeur de &amp;référence :</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>Source of the data, how it is measured…</source>
        <translation>Source des données, mode de mesure…</translation>
    </message>
    <message>
        <source>Achievement = (latest - baseline) ÷ (target - baseline). A rise in recorded hate crime can mean better recording, not more crime.</source>
        <translation>Réalisation = (dernière valeur - référence) ÷ (cible - référence). Une hausse des crimes de haine enregistrés peut signifier un meilleur enregistrement, pas davantage de crimes.</translation>
    </message>
    <message>
        <source>the indicator "%1"</source>
        <translation>l'indicateur « %1 »</translation>
    </message>
    <message>
        <source>Values of the selected indicator</source>
        <translation>Valeurs de l'indicateur choisi</translation>
    </message>
    <message>
        <source>Add Value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>Edit Value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>&amp;Women (if counted):</source>
        <translation>&amp;Femmes (si comptées) :</translation>
    </message>
    <message>
        <source>&amp;Men (if counted):</source>
        <translation>&amp;Hommes (si comptés) :</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>la valeur du %1</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>R&amp;eaction, end-of-course survey (1-5):</source>
        <translation>R&amp;éaction, questionnaire de fin de cours (1-5) :</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Found applying the training at a &amp;follow-up (3-6 months on)</source>
        <translation>Applique la formation lors d'un &amp;suivi (3 à 6 mois plus tard)</translation>
    </message>
    <message>
        <source>Share of &amp;women to reach (%):</source>
        <translation>Part de &amp;femmes à atteindre (%) :</translation>
    </message>
    <message>
        <source>Due by now</source>
        <translation>Attendu à ce jour</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 pour le %2</translation>
    </message>
    <message>
        <source>Intermediate targets</source>
        <translation>Cibles intermédiaires</translation>
    </message>
    <message>
        <source>Add Intermediate Target</source>
        <translation>Ajouter une cible intermédiaire</translation>
    </message>
    <message>
        <source>Edit Intermediate Target</source>
        <translation>Modifier la cible intermédiaire</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Pour le :</translation>
    </message>
    <message>
        <source>The value the indicator should have reached by that date, on the way to its target. The dashboard marks the one due by today.</source>
        <translation>La valeur que l'indicateur devrait avoir atteinte à cette date, sur le chemin de sa cible. Le tableau de bord marque celle attendue à ce jour.</translation>
    </message>
    <message>
        <source>the intermediate target of %1</source>
        <translation>la cible intermédiaire du %1</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sessio&amp;ns</translation>
    </message>
    <message>
        <source>Training sessi&amp;ons</source>
        <translation>Sessions de for&amp;mation</translation>
    </message>
    <message>
        <source>Casca&amp;de</source>
        <translation>Casca&amp;de</translation>
    </message>
    <message>
        <source>Mat&amp;erials</source>
        <translation>Supports pédagog&amp;iques</translation>
    </message>
    <message>
        <source>%1 (core team)</source>
        <translation>%1 (équipe centrale)</translation>
    </message>
    <message>
        <source>&amp;Core-team lead:</source>
        <translation>Responsable de l'é&amp;quipe centrale :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>One of the programme's core team, when they rather than a trainer of the mission lead the session.</source>
        <translation>Un membre de l'équipe centrale du programme, quand c'est lui plutôt qu'un formateur de la mission qui anime la session.</translation>
    </message>
    <message>
        <source>Held &amp;at site:</source>
        <translation>Tenue sur le &amp;site :</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non nommé</translation>
    </message>
    <message>
        <source>Which of the mission's sites the session was held at; the venue above says where exactly.</source>
        <translation>Le site de la mission où la session s'est tenue ; le lieu ci-dessus précise où exactement.</translation>
    </message>
    <message>
        <source>A site no longer listed for the mission</source>
        <translation>Un site qui n'est plus inscrit pour la mission</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Noté le</translation>
    </message>
    <message>
        <source>&amp;Noted on:</source>
        <translation>&amp;Noté le :</translation>
    </message>
    <message>
        <source>Lessons learned, resources asked for and next steps</source>
        <translation>Enseignements tirés, ressources demandées et prochaines étapes</translation>
    </message>
    <message>
        <source>Lessons and next ste&amp;ps</source>
        <translation>Enseignements et étapes sui&amp;vantes</translation>
    </message>
</context>
<context>
    <name>StageNavigator</name>
    <message>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <source>Add an exit criterion and press Enter</source>
        <translation>Ajoutez un critère de sortie puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Remove Criterion</source>
        <translation>&amp;Retirer le critère</translation>
    </message>
    <message>
        <source>%1. %2
%3%4</source>
        <translation>%1. %2
%3%4</translation>
    </message>
    <message>
        <source> · current</source>
        <translation> · actuelle</translation>
    </message>
    <message>
        <source>%1 progress</source>
        <translation>Avancement de %1</translation>
    </message>
    <message>
        <source>Nothing recorded for this stage yet.</source>
        <translation>Rien n'est encore consigné pour cette étape.</translation>
    </message>
    <message>
        <source>Memorandum of understanding: %1 (%2)</source>
        <translation>Protocole d'accord : %1 (%2)</translation>
    </message>
    <message>
        <source>Memorandum of understanding: %1</source>
        <translation>Protocole d'accord : %1</translation>
    </message>
    <message>
        <source>Exit criteria of %1</source>
        <translation>Critères de sortie : %1</translation>
    </message>
    <message>
        <source>%1 (met %2)</source>
        <translation>%1 (rempli le %2)</translation>
    </message>
    <message>
        <source>Last stage reached</source>
        <translation>Dernière étape atteinte</translation>
    </message>
    <message>
        <source>&amp;Move to %1…</source>
        <translation>&amp;Passer à %1…</translation>
    </message>
    <message>
        <source>Exit Criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <source>E&amp;xit criteria</source>
        <translation>Cri&amp;tères de sortie</translation>
    </message>
    <message>
        <source>&amp;Needs and modules</source>
        <translation>&amp;Besoins et modules</translation>
    </message>
    <message>
        <source>The default exit criteria could not be written: %1 Add them by hand, or try again after freeing space on the drive.</source>
        <translation>Les critères de sortie par défaut n'ont pas pu être écrits : %1 Ajoutez-les à la main, ou réessayez après avoir libéré de la place sur le disque.</translation>
    </message>
    <message>
        <source>Date Met…</source>
        <translation>Date de réalisation…</translation>
    </message>
    <message>
        <source>The day the selected criterion was met, when it was not today: history entered after the fact.</source>
        <translation>Le jour où le critère sélectionné a été rempli, quand ce n'était pas aujourd'hui : l'historique saisi après coup.</translation>
    </message>
    <message>
        <source>Stage Dates…</source>
        <translation>Dates des étapes…</translation>
    </message>
    <message>
        <source>When each stage began, for a mission entered after the fact or moved on without it being recorded.</source>
        <translation>Quand chaque étape a commencé, pour une mission saisie après coup ou passée à l'étape suivante sans que ce soit enregistré.</translation>
    </message>
    <message>
        <source>Remove Criterion</source>
        <translation>Retirer le critère</translation>
    </message>
    <message>
        <source>Date Met</source>
        <translation>Date de réalisation</translation>
    </message>
    <message>
        <source>"%1" was &amp;met on:</source>
        <translation>« %1 » a été &amp;rempli le :</translation>
    </message>
    <message>
        <source>The mission started on %1: a criterion cannot be met before.</source>
        <translation>La mission a commencé le %1 : un critère ne peut pas être rempli avant.</translation>
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
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exit criteria met</source>
        <translation><numerusform>%1 critère de sortie rempli sur %n</numerusform><numerusform>%1 critères de sortie remplis sur %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n consultation sessions held</source>
        <translation><numerusform>%1 séance de consultation tenue sur %n</numerusform><numerusform>%1 séances de consultation tenues sur %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n capacity dimensions assessed</source>
        <translation><numerusform>%1 dimension de capacité évaluée sur %n</numerusform><numerusform>%1 dimensions de capacité évaluées sur %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n needs answered by a module</source>
        <translation><numerusform>%1 besoin couvert par un module sur %n</numerusform><numerusform>%1 besoins couverts par un module sur %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n trainers certified</source>
        <translation><numerusform>%1 formateur certifié sur %n</numerusform><numerusform>%1 formateurs certifiés sur %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n training sessions held</source>
        <translation><numerusform>%1 session de formation tenue sur %n</numerusform><numerusform>%1 sessions de formation tenues sur %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n follow-up activities held</source>
        <translation><numerusform>%1 activité de suivi tenue sur %n</numerusform><numerusform>%1 activités de suivi tenues sur %n</numerusform></translation>
    </message>
</context>
<context>
    <name>StageRecords</name>
    <message>
        <source>Choose the mission.</source>
        <translation>Choisissez la mission.</translation>
    </message>
</context>
<context>
    <name>StageRepository</name>
    <message>
        <source>Government, police leaders, NGOs and affected communities consulted</source>
        <translation>Gouvernement, direction de la police, ONG et communautés touchées consultés</translation>
    </message>
    <message>
        <source>Concerns and expectations of each group recorded</source>
        <translation>Préoccupations et attentes de chaque groupe consignées</translation>
    </message>
    <message>
        <source>National counterpart named</source>
        <translation>Homologue national désigné</translation>
    </message>
    <message>
        <source>Memorandum of understanding signed</source>
        <translation>Protocole d'accord signé</translation>
    </message>
    <message>
        <source>Relevant national legislation reviewed</source>
        <translation>Législation nationale pertinente examinée</translation>
    </message>
    <message>
        <source>Capacity assessed in every dimension</source>
        <translation>Capacités évaluées dans chaque dimension</translation>
    </message>
    <message>
        <source>Challenges and opportunities agreed with senior staff</source>
        <translation>Difficultés et opportunités convenues avec les cadres supérieurs</translation>
    </message>
    <message>
        <source>Needs stated, prioritised and agreed</source>
        <translation>Besoins énoncés, hiérarchisés et convenus</translation>
    </message>
    <message>
        <source>Every high-priority need answered by a module</source>
        <translation>Chaque besoin prioritaire couvert par un module</translation>
    </message>
    <message>
        <source>Modules reviewed by the training institution</source>
        <translation>Modules relus par l'institution de formation</translation>
    </message>
    <message>
        <source>Learning objectives and hours set for each module</source>
        <translation>Objectifs pédagogiques et durée fixés pour chaque module</translation>
    </message>
    <message>
        <source>National trainers certified</source>
        <translation>Formateurs nationaux certifiés</translation>
    </message>
    <message>
        <source>Manuals and handouts validated in the national language</source>
        <translation>Manuels et documents validés dans la langue nationale</translation>
    </message>
    <message>
        <source>Cascade sessions scheduled in the regions</source>
        <translation>Sessions en cascade programmées dans les régions</translation>
    </message>
    <message>
        <source>Pre- and post-tests held</source>
        <translation>Tests avant et après la formation passés</translation>
    </message>
    <message>
        <source>Follow-up activities planned for the trainers</source>
        <translation>Activités de suivi prévues pour les formateurs</translation>
    </message>
    <message>
        <source>Best practices and resources shared</source>
        <translation>Bonnes pratiques et ressources partagées</translation>
    </message>
    <message>
        <source>Course embedded in the national academy curriculum</source>
        <translation>Cours intégré au programme de l'académie nationale</translation>
    </message>
    <message>
        <source>Follow-up evaluation held</source>
        <translation>Évaluation de suivi réalisée</translation>
    </message>
    <message>
        <source>The mission no longer exists.</source>
        <translation>La mission n'existe plus.</translation>
    </message>
    <message>
        <source>The mission is already in that stage.</source>
        <translation>La mission est déjà à cette étape.</translation>
    </message>
    <message numerus="yes">
        <source>%n exit criteria of the current stage are not met; say why the mission moves on anyway.</source>
        <translation><numerusform>%n critère de sortie de l'étape actuelle n'est pas rempli ; indiquez pourquoi la mission avance quand même.</numerusform><numerusform>%n critères de sortie de l'étape actuelle ne sont pas remplis ; indiquez pourquoi la mission avance quand même.</numerusform></translation>
    </message>
    <message>
        <source>A move needs its mission and its date.</source>
        <translation>Un passage d'étape doit avoir sa mission et sa date.</translation>
    </message>
    <message>
        <source>A move cannot be dated after today (%1).</source>
        <translation>Un passage ne peut pas être daté après aujourd'hui (%1).</translation>
    </message>
    <message>
        <source>the mission's start</source>
        <translation>le début de la mission</translation>
    </message>
    <message>
        <source>%1 cannot have begun after today (%2).</source>
        <translation>%1 ne peut pas avoir commencé après aujourd'hui (%2).</translation>
    </message>
    <message>
        <source>%1 cannot have begun (%2) before %3 (%4).</source>
        <translation>%1 ne peut pas avoir commencé (%2) avant que %3 (%4).</translation>
    </message>
    <message>
        <source>%1 began</source>
        <translation>%1 ait commencé</translation>
    </message>
    <message>
        <source>Recorded after the fact.</source>
        <translation>Saisi après coup.</translation>
    </message>
    <message>
        <source>The mission's last recorded move or its start was on %1: a move cannot be dated before it.</source>
        <translation>Le dernier passage enregistré de la mission, ou son début, date du %1 : un passage ne peut pas être daté avant.</translation>
    </message>
</context>
<context>
    <name>StageSummaries</name>
    <message numerus="yes">
        <source>%1 of %n session(s) held; %L2 people took part, %3 % of them women.</source>
        <translation><numerusform>%1 session tenue sur %n ; %L2 participants, dont %3 % de femmes.</numerusform><numerusform>%1 sessions tenues sur %n ; %L2 participants, dont %3 % de femmes.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instrument(s) reviewed; %1 with gaps noted.</source>
        <translation><numerusform>%n texte examiné ; %1 avec des lacunes relevées.</numerusform><numerusform>%n textes examinés ; %1 avec des lacunes relevées.</numerusform></translation>
    </message>
    <message>
        <source>%1 of 9 dimensions assessed.</source>
        <translation>%1 dimensions évaluées sur 9.</translation>
    </message>
    <message>
        <source>Absent or ad hoc: %1.</source>
        <translation>Absente ou ponctuelle : %1.</translation>
    </message>
    <message>
        <source>%1 of %2 trainers certified (target %3).</source>
        <translation>%1 formateurs certifiés sur %2 (objectif : %3).</translation>
    </message>
    <message>
        <source>%1 of %2 trainers certified.</source>
        <translation>%1 formateurs certifiés sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s); women are %1 % of trainers and participants.</source>
        <translation><numerusform>%n participant ; les femmes représentent %1 % des formateurs et participants.</numerusform><numerusform>%n participants ; les femmes représentent %1 % des formateurs et participants.</numerusform></translation>
    </message>
    <message>
        <source>Mean gain from pre- to post-test: %1 points.</source>
        <translation>Progression moyenne du pré-test au post-test : %1 points.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) held; %L2 officers trained, %3 % women.</source>
        <translation><numerusform>%1 session tenue sur %n ; %L2 agents formés, dont %3 % de femmes.</numerusform><numerusform>%1 sessions tenues sur %n ; %L2 agents formés, dont %3 % de femmes.</numerusform></translation>
    </message>
    <message>
        <source>%1 % of the target of %L2 officers.</source>
        <translation>%1 % de l'objectif de %L2 agents.</translation>
    </message>
    <message>
        <source>Target share of women: %1 %.</source>
        <translation>Part de femmes visée : %1 %.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n material(s) validated or published.</source>
        <translation><numerusform>%1 support validé ou publié sur %n.</numerusform><numerusform>%1 supports validés ou publiés sur %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n follow-up activity(s) held; %L2 people reached.</source>
        <translation><numerusform>%1 activité de suivi tenue sur %n ; %L2 personnes touchées.</numerusform><numerusform>%1 activités de suivi tenues sur %n ; %L2 personnes touchées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s): %1 green, %2 amber, %3 red.</source>
        <translation><numerusform>%n indicateur : %1 vert, %2 orange, %3 rouge.</numerusform><numerusform>%n indicateurs : %1 verts, %2 orange, %3 rouges.</numerusform></translation>
    </message>
    <message>
        <source>Choose an indicator, then add its measured values.</source>
        <translation>Choisissez un indicateur, puis ajoutez ses valeurs mesurées.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s); women %1 % of those counted.</source>
        <translation><numerusform>%n valeur ; femmes : %1 % des personnes comptées.</numerusform><numerusform>%n valeurs ; femmes : %1 % des personnes comptées.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s).</source>
        <translation><numerusform>%n valeur.</numerusform><numerusform>%n valeurs.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n behind the intermediate target due.</source>
        <translation><numerusform>%n en retard sur la cible intermédiaire attendue.</numerusform><numerusform>%n en retard sur la cible intermédiaire attendue.</numerusform></translation>
    </message>
    <message>
        <source>No intermediate target: progress is judged against the final target only.</source>
        <translation>Aucune cible intermédiaire : la progression est jugée sur la cible finale seule.</translation>
    </message>
    <message numerus="yes">
        <source>%n intermediate target(s); next: %1 by %2.</source>
        <translation><numerusform>%n cible intermédiaire ; prochaine : %1 pour le %2.</numerusform><numerusform>%n cibles intermédiaires ; prochaine : %1 pour le %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n intermediate target(s), all due by now.</source>
        <translation><numerusform>%n cible intermédiaire, attendue à ce jour.</numerusform><numerusform>%n cibles intermédiaires, toutes attendues à ce jour.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) held.</source>
        <translation><numerusform>%1 session sur %n tenue.</numerusform><numerusform>%1 sessions sur %n tenues.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) held; attendance not recorded.</source>
        <translation><numerusform>%1 session sur %n tenue ; participation non enregistrée.</numerusform><numerusform>%1 sessions sur %n tenues ; participation non enregistrée.</numerusform></translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Pouvoir</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>E-mail address should look like name@example.org.</source>
        <translation>L'adresse électronique doit ressembler à nom@example.org.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Protected (%1)</source>
        <translation>Protégé (%1)</translation>
    </message>
    <message>
        <source>Choose the mission to link.</source>
        <translation>Choisissez la mission à lier.</translation>
    </message>
    <message>
        <source>Choose the stakeholder to link.</source>
        <translation>Choisissez la partie prenante à lier.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>This stakeholder is already linked to the mission; edit the existing role instead.</source>
        <translation>Cette partie prenante est déjà liée à la mission ; modifiez plutôt son rôle.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>la nature</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>name protection</source>
        <translation>la protection du nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>l'organisation</translation>
    </message>
    <message>
        <source>type</source>
        <translation>le type</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>le sexe</translation>
    </message>
    <message>
        <source>power</source>
        <translation>le pouvoir</translation>
    </message>
    <message>
        <source>interest</source>
        <translation>l'intérêt</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>l'attitude</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>la confiance</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>le courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>le téléphone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>l'adresse</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>role</source>
        <translation>le rôle</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Name withheld (%1)</source>
        <translation>Nom retenu (%1)</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Position as of</source>
        <translation>Position en date du</translation>
    </message>
    <message>
        <source>A position cannot be dated after today (%1).</source>
        <translation>Une position ne peut pas être datée après aujourd'hui (%1).</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>New Stakeholder</source>
        <translation>Nouvelle partie prenante</translation>
    </message>
    <message>
        <source>Stakeholder %1</source>
        <translation>Partie prenante %1</translation>
    </message>
    <message>
        <source>&amp;Protect this name</source>
        <translation>&amp;Protéger ce nom</translation>
    </message>
    <message>
        <source>For someone at risk, such as a victim who reported a hate crime: lists, the projector and exports show "Protected" and the type instead of the name.</source>
        <translation>Pour une personne exposée, par exemple une victime qui a signalé un crime de haine : les listes, le projecteur et les exports affichent « Protégé » et le type au lieu du nom.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisation :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Po&amp;wer (1-5):</source>
        <translation>Pou&amp;voir (1-5) :</translation>
    </message>
    <message>
        <source>&amp;Interest (1-5):</source>
        <translation>&amp;Intérêt (1-5) :</translation>
    </message>
    <message>
        <source>&amp;Attitude:</source>
        <translation>A&amp;ttitude :</translation>
    </message>
    <message>
        <source>Quadrant:</source>
        <translation>Quadrant :</translation>
    </message>
    <message>
        <source>Contact details — sensitive: never shown on the projector or exported unless you choose to</source>
        <translation>Coordonnées — sensibles : jamais affichées au projecteur ni exportées sans votre choix</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>No mission yet</source>
        <translation>Pas encore de mission</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Role in the mission, e.g. MoU signatory</source>
        <translation>Rôle dans la mission, p. ex. signataire du protocole</translation>
    </message>
    <message>
        <source>&amp;Link to mission:</source>
        <translation>&amp;Lier à la mission :</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <source>Each change here is saved at once and can be undone.</source>
        <translation>Chaque modification ici est enregistrée aussitôt et peut être annulée.</translation>
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
        <translation>Objet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Log Engagement…</source>
        <translation>&amp;Consigner un échange…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Add stakeholder %1</source>
        <translation>Ajouter la partie prenante %1</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>%1, done</source>
        <translation>%1, fait</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>Delete Engagement</source>
        <translation>Supprimer l'échange</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Modifier le &amp;rôle…</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>Role in %1:</source>
        <translation>Rôle dans %1 :</translation>
    </message>
    <message>
        <source>Missions and engagements added here are saved at once. Save keeps the changes to the details.</source>
        <translation>Les missions et les contacts ajoutés ici sont enregistrés aussitôt. Enregistrer conserve les modifications des détails.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>Tr&amp;ust (1-5):</source>
        <translation>&amp;Confiance (1-5) :</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Withheld by the organisation that handed this record over</source>
        <translation>Retenu par l'organisation qui a transmis cet enregistrement</translation>
    </message>
    <message>
        <source>The day the position above stood: today, or an earlier day when it is entered after the fact. A changed position is kept in the stakeholder's history under this day.</source>
        <translation>Le jour où la position ci-dessus valait : aujourd'hui, ou un jour antérieur quand elle est saisie après coup. Une position changée est conservée dans l'historique de la partie prenante à ce jour.</translation>
    </message>
    <message>
        <source>Position as o&amp;f:</source>
        <translation>Position vala&amp;ble le :</translation>
    </message>
    <message>
        <source>A group has no sex; its people are counted where they are trained</source>
        <translation>Un groupe n'a pas de sexe ; ses membres sont comptés là où ils sont formés</translation>
    </message>
    <message>
        <source>Link to Se&amp;veral…</source>
        <translation>Lier à &amp;plusieurs…</translation>
    </message>
    <message>
        <source>Tick several missions and link them all at once, in one role: one step to undo</source>
        <translation>Cochez plusieurs missions et liez-les toutes d'un coup, dans un même rôle : une seule étape à annuler</translation>
    </message>
    <message>
        <source>Link to Missions</source>
        <translation>Lier à des missions</translation>
    </message>
    <message>
        <source>This stakeholder is linked to every mission already.</source>
        <translation>Cette partie prenante est déjà liée à toutes les missions.</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Person or group</source>
        <translation>Personne ou groupe</translation>
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
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Power (1-5)</source>
        <translation>Pouvoir (1-5)</translation>
    </message>
    <message>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Trust (1-5)</source>
        <translation>Confiance (1-5)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Role in the mission</source>
        <translation>Rôle dans la mission</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>%1 "%2" is not a whole number from 1 to 5.</source>
        <translation>%1 « %2 » n'est pas un nombre entier de 1 à 5.</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Pouvoir</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>The row has %1 fields where the header has %2: probably a separator inside a field that is not in quotes.</source>
        <translation>La ligne a %1 champs alors que l'en-tête en a %2 : sans doute un séparateur dans un champ qui n'est pas entre guillemets.</translation>
    </message>
    <message>
        <source>The row has %1 fields where most rows have %2: probably a separator inside a field that is not in quotes.</source>
        <translation>La ligne a %1 champs alors que la plupart des lignes en ont %2 : sans doute un séparateur dans un champ qui n'est pas entre guillemets.</translation>
    </message>
    <message>
        <source>The row has %1 fields where the header has %2: a field is missing.</source>
        <translation>La ligne a %1 champs alors que l'en-tête en a %2 : il manque un champ.</translation>
    </message>
    <message>
        <source>The row has %1 fields where most rows have %2: a field is missing.</source>
        <translation>La ligne a %1 champs alors que la plupart des lignes en ont %2 : il manque un champ.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 "%2" is not one the app knows: choose what it means under "Values".</source>
        <translation>%1 « %2 » n'est pas une valeur que l'application connaît : choisissez ce que cela signifie sous « Valeurs ».</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Pouvoir</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>&amp;New Stakeholder…</source>
        <translation>&amp;Nouvelle partie prenante…</translation>
    </message>
    <message>
        <source>&amp;Open Stakeholder…</source>
        <translation>&amp;Ouvrir la partie prenante…</translation>
    </message>
    <message>
        <source>&amp;Delete Stakeholder…</source>
        <translation>&amp;Supprimer la partie prenante…</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any quadrant</source>
        <translation>Tous les quadrants</translation>
    </message>
    <message>
        <source>Any attitude</source>
        <translation>Toutes les attitudes</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Filter by mission</source>
        <translation>Filtrer par mission</translation>
    </message>
    <message>
        <source>Filter by quadrant</source>
        <translation>Filtrer par quadrant</translation>
    </message>
    <message>
        <source>Filter by attitude</source>
        <translation>Filtrer par attitude</translation>
    </message>
    <message>
        <source>Any mission</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <source>Stakeholder %1 added.</source>
        <translation>Partie prenante %1 ajoutée.</translation>
    </message>
    <message>
        <source>Delete Stakeholder</source>
        <translation>Supprimer la partie prenante</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>Their engagement log stays with them. You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Son journal d'échanges est conservé. Vous pouvez l'annuler avec Édition &gt; Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Stakeholder deleted. Ctrl+Z brings them back.</source>
        <translation>Partie prenante supprimée. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Power/Interest &amp;Grid</source>
        <translation>&amp;Grille pouvoir/intérêt</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Show the stakeholders listed as a power/interest grid (Ctrl+G); choose a mission under Show: for that mission's grid</source>
        <translation>Afficher les parties prenantes listées sur une grille pouvoir/intérêt (Ctrl+G) ; choisissez une mission sous Afficher : pour la grille de cette mission</translation>
    </message>
    <message>
        <source>all missions</source>
        <translation>toutes les missions</translation>
    </message>
    <message numerus="yes">
        <source>Power/interest grid — %1 (%n stakeholder(s))</source>
        <translation><numerusform>Grille pouvoir/intérêt — %1 (%n partie prenante)</numerusform><numerusform>Grille pouvoir/intérêt — %1 (%n parties prenantes)</numerusform></translation>
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
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Including Sensitive Columns</source>
        <translation>Copier &amp;avec les colonnes sensibles</translation>
    </message>
    <message>
        <source>Copy the selected rows as text a spreadsheet takes, sensitive columns left out (Ctrl+C)</source>
        <translation>Copier les lignes choisies en texte qu'un tableur accepte, sans les colonnes sensibles (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy the selected rows with their ratings, attitudes and protected names: only for people who may see them</source>
        <translation>Copier les lignes choisies avec leurs notes, attitudes et noms protégés : seulement pour les personnes qui peuvent les voir</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n enregistrement</numerusform><numerusform>%n enregistrements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s)</source>
        <translation><numerusform>%1 sur %n enregistrement</numerusform><numerusform>%1 sur %n enregistrements</numerusform></translation>
    </message>
    <message>
        <source>E&amp;xport List to CSV…</source>
        <translation>E&amp;xporter la liste en CSV…</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 n'a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>This list holds sensitive fields: attitudes, power, interest, trust, and the names of protected people.</source>
        <translation>Cette liste contient des champs sensibles : attitudes, pouvoir, intérêt, confiance et noms des personnes protégées.</translation>
    </message>
    <message>
        <source>Leave them out unless the file stays with people who may see them.</source>
        <translation>Laissez-les de côté, sauf si le fichier reste entre les mains de personnes autorisées à les voir.</translation>
    </message>
    <message>
        <source>&amp;Leave Them Out</source>
        <translation>&amp;Les laisser de côté</translation>
    </message>
    <message>
        <source>&amp;Include Them</source>
        <translation>Les &amp;inclure</translation>
    </message>
    <message>
        <source>%1.csv</source>
        <translation>%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Whole mission</source>
        <translation>Toute la mission</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Par trimestre</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom :</translation>
    </message>
    <message>
        <source>Drag or scroll the chart to move along the timeline. Filled markers were held; hollow ones are planned.</source>
        <translation>Faites glisser le graphique ou utilisez la molette pour parcourir la chronologie. Les marqueurs pleins sont tenus ; les marqueurs creux sont prévus.</translation>
    </message>
    <message>
        <source>Mission timeline</source>
        <translation>Chronologie de la mission</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Aujourd'hui %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1 : du %2 au %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
</context>
<context>
    <name>TraceabilityPanel</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Needs (from orientation)</source>
        <translation>Besoins (issus de l'orientation)</translation>
    </message>
    <message>
        <source>Add &amp;Need…</source>
        <translation>Ajouter un &amp;besoin…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Modules (customised curriculum)</source>
        <translation>Modules (programme sur mesure)</translation>
    </message>
    <message>
        <source>Add &amp;Module…</source>
        <translation>Ajouter un &amp;module…</translation>
    </message>
    <message>
        <source>Click a cell, or press Space, to change how far the module answers the need: none, ● full, ◐ partial.</source>
        <translation>Cliquez sur une case, ou appuyez sur Espace, pour changer la couverture du besoin par le module : aucune, ● complète, ◐ partielle.</translation>
    </message>
    <message>
        <source>Needs × modules</source>
        <translation>Besoins × modules</translation>
    </message>
    <message>
        <source>%1 → %2 (gap %3)</source>
        <translation>%1 → %2 (écart %3)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 answers no need</source>
        <translation>%1 ne répond à aucun besoin</translation>
    </message>
    <message>
        <source>No module answers: %1</source>
        <translation>Aucun module ne répond à : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) answered by no module</source>
        <translation><numerusform>%n besoin sans module</numerusform><numerusform>%n besoins sans module</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) answering no need</source>
        <translation><numerusform>%n module sans besoin</numerusform><numerusform>%n modules sans besoin</numerusform></translation>
    </message>
    <message>
        <source>No needs recorded yet: add them from the orientation findings.</source>
        <translation>Aucun besoin consigné : ajoutez-les à partir des constats de l'orientation.</translation>
    </message>
    <message>
        <source>Every need is answered and every module traced.</source>
        <translation>Chaque besoin est couvert et chaque module rattaché.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Pre-test score</source>
        <translation>Score au pré-test</translation>
    </message>
    <message>
        <source>Post-test score</source>
        <translation>Score au post-test</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100 (it is %2).</source>
        <translation>%1 doit être compris entre 0 et 100 (valeur : %2).</translation>
    </message>
    <message>
        <source>Certification date</source>
        <translation>Date de certification</translation>
    </message>
    <message>
        <source>Reaction must be between 1 and 5 (it is %1).</source>
        <translation>La réaction doit être comprise entre 1 et 5 (elle est de %1).</translation>
    </message>
</context>
<context>
    <name>TrainingCharts</name>
    <message>
        <source>Participation by sex per tier (sessions held)</source>
        <translation>Participation par sexe et par niveau (sessions tenues)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <source>Others or not recorded</source>
        <translation>Autres ou non renseigné</translation>
    </message>
    <message>
        <source>%1 % women</source>
        <translation>%1 % de femmes</translation>
    </message>
    <message>
        <source>%1 tier: %L2 trained, %L3 women (%4 %), %L5 men, %L6 others or not recorded</source>
        <translation>Niveau %1 : %L2 formés, %L3 femmes (%4 %), %L5 hommes, %L6 autres ou non enregistrés</translation>
    </message>
    <message>
        <source>At or above the target of %1 % women.</source>
        <translation>Atteint ou dépasse la cible de %1 % de femmes.</translation>
    </message>
    <message>
        <source>Below the target of %1 % women.</source>
        <translation>En dessous de la cible de %1 % de femmes.</translation>
    </message>
    <message>
        <source>Target: %1 % women</source>
        <translation>Cible : %1 % de femmes</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>No training session held yet.</source>
        <translation>Aucune session de formation tenue pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <source>Mean test scores of %n trainee(s) tested (Kirkpatrick level 2)</source>
        <translation><numerusform>Scores moyens de %n stagiaire testé (niveau 2 de Kirkpatrick)</numerusform><numerusform>Scores moyens de %n stagiaires testés (niveau 2 de Kirkpatrick)</numerusform></translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pré-test</translation>
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
        <translation>Gain moyen : %1 points</translation>
    </message>
    <message numerus="yes">
        <source>Mean pre-test score: %1 over %n trainee(s)</source>
        <translation><numerusform>Score moyen au pré-test : %1 sur %n stagiaire</numerusform><numerusform>Score moyen au pré-test : %1 sur %n stagiaires</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mean post-test score: %1 over %n trainee(s)</source>
        <translation><numerusform>Score moyen au post-test : %1 sur %n stagiaire</numerusform><numerusform>Score moyen au post-test : %1 sur %n stagiaires</numerusform></translation>
    </message>
    <message>
        <source>No trainee has both a pre- and a post-test score yet.</source>
        <translation>Aucun stagiaire n'a encore de score au pré-test et au post-test.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) led, %L2 officers reached
Click to open the trainer.</source>
        <translation><numerusform>%1 : %n session animée, %L2 agents atteints
Cliquez pour ouvrir le formateur.</numerusform><numerusform>%1 : %n sessions animées, %L2 agents atteints
Cliquez pour ouvrir le formateur.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cascade: officers reached by %n trainer(s), %1 in all</source>
        <translation><numerusform>Cascade : agents touchés par %n formateur, %1 en tout</numerusform><numerusform>Cascade : agents touchés par %n formateurs, %1 en tout</numerusform></translation>
    </message>
    <message>
        <source>Officers reached</source>
        <translation>Agents touchés</translation>
    </message>
    <message>
        <source>No certified trainer leads a session yet.</source>
        <translation>Aucun formateur certifié n'anime encore de session.</translation>
    </message>
    <message>
        <source>Burn-up: officers trained against the target</source>
        <translation>Progression : agents formés par rapport à l'objectif</translation>
    </message>
    <message>
        <source>Officers trained (sessions held)</source>
        <translation>Agents formés (sessions tenues)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 officers trained in sessions held; %n session(s) recorded by then</source>
        <translation><numerusform>%1 : %L2 agents formés lors des sessions tenues ; %n session enregistrée à cette date</numerusform><numerusform>%1 : %L2 agents formés lors des sessions tenues ; %n sessions enregistrées à cette date</numerusform></translation>
    </message>
    <message>
        <source>Target: %L1 officers</source>
        <translation>Objectif : %L1 agents</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>No training session recorded yet.</source>
        <translation>Aucune session de formation enregistrée pour l'instant.</translation>
    </message>
    <message>
        <source>Training evaluation: the Kirkpatrick levels</source>
        <translation>Évaluation de la formation : les niveaux de Kirkpatrick</translation>
    </message>
    <message>
        <source>On the roster</source>
        <translation>Inscrits</translation>
    </message>
    <message numerus="yes">
        <source>%n trainer(s) and participant(s) on the mission's roster</source>
        <translation><numerusform>%n formateur ou participant inscrit pour la mission</numerusform><numerusform>%n formateurs et participants inscrits pour la mission</numerusform></translation>
    </message>
    <message>
        <source>1 Reaction</source>
        <translation>1 Réaction</translation>
    </message>
    <message numerus="yes">
        <source>%n answered the end-of-course survey; mean rating %1 of 5</source>
        <translation><numerusform>%n a répondu au questionnaire de fin de cours ; note moyenne %1 sur 5</numerusform><numerusform>%n ont répondu au questionnaire de fin de cours ; note moyenne %1 sur 5</numerusform></translation>
    </message>
    <message>
        <source>2 Learning</source>
        <translation>2 Apprentissage</translation>
    </message>
    <message numerus="yes">
        <source>%n scored higher after the course than before (of %1 tested)</source>
        <translation><numerusform>%n a obtenu un meilleur score après le cours qu'avant (sur %1 testés)</numerusform><numerusform>%n ont obtenu un meilleur score après le cours qu'avant (sur %1 testés)</numerusform></translation>
    </message>
    <message>
        <source>3 Behaviour</source>
        <translation>3 Comportement</translation>
    </message>
    <message numerus="yes">
        <source>%n found applying the training at a follow-up 3-6 months on</source>
        <translation><numerusform>%n applique la formation lors d'un suivi 3 à 6 mois plus tard</numerusform><numerusform>%n appliquent la formation lors d'un suivi 3 à 6 mois plus tard</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1: %2 % of target</source>
        <translation>%1 : %2 % de la cible</translation>
    </message>
    <message>
        <source>%1: not measured yet</source>
        <translation>%1 : pas encore mesuré</translation>
    </message>
    <message>
        <source>4 Results</source>
        <translation>4 Résultats</translation>
    </message>
    <message>
        <source>No impact indicator yet</source>
        <translation>Aucun indicateur d'impact pour l'instant</translation>
    </message>
    <message>
        <source>A rise in recorded hate crime can mean better recording, not more crime.</source>
        <translation>Une hausse des crimes de haine enregistrés peut signifier un meilleur enregistrement, pas davantage de crimes.</translation>
    </message>
    <message>
        <source>Level 4 is measured by the mission's impact indicators.</source>
        <translation>Le niveau 4 se mesure par les indicateurs d'impact de la mission.</translation>
    </message>
    <message>
        <source>No trainee on the roster yet.</source>
        <translation>Aucun stagiaire inscrit pour l'instant.</translation>
    </message>
</context>
<context>
    <name>TrainingModule</name>
    <message>
        <source>Choose the mission.</source>
        <translation>Choisissez la mission.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objectifs pédagogiques</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Hours must be between 0 and 500 (it is %1).</source>
        <translation>La durée doit être comprise entre 0 et 500 heures (elle est de %1).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>le code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>le thème</translation>
    </message>
    <message>
        <source>level</source>
        <translation>le niveau</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>les heures</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>les objectifs</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>le groupe cible</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Women trained</source>
        <translation>Femmes formées</translation>
    </message>
    <message>
        <source>Men trained</source>
        <translation>Hommes formés</translation>
    </message>
    <message>
        <source>Others trained</source>
        <translation>Autres formés</translation>
    </message>
    <message>
        <source>Give the session a title or a venue.</source>
        <translation>Donnez à la session un titre ou un lieu.</translation>
    </message>
    <message>
        <source>A session has one lead trainer: a trainer of the mission or one of the programme's core team.</source>
        <translation>Une session a un seul formateur principal : un formateur de la mission ou un membre de l'équipe centrale du programme.</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Save your changes to this record?</source>
        <translation>Enregistrer vos modifications de cette fiche ?</translation>
    </message>
    <message>
        <source>Discard drops what you typed since the editor opened.</source>
        <translation>Abandonner efface ce que vous avez saisi depuis l'ouverture de l'éditeur.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 : champ obligatoire.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the limit is %3. Shorten it, or move the detail into the notes.</source>
        <translation>%1 compte %2 caractères ; la limite est de %3. Raccourcissez-le, ou déplacez le détail dans les notes.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 doit être compris entre %2 et %3 (valeur : %4).</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1 n'est pas une date valide.</translation>
    </message>
    <message>
        <source>%1 %2 is outside the years %3 to %4; check the year.</source>
        <translation>%1 %2 est hors des années %3 à %4 ; vérifiez l'année.</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4.</source>
        <translation>%1 %2 est antérieure à %3 %4.</translation>
    </message>
    <message>
        <source>%1 contains a control character (code %2) that cannot be shown; remove it.</source>
        <translation>%1 contient un caractère de contrôle (code %2) qui ne peut pas être affiché ; supprimez-le.</translation>
    </message>
    <message>
        <source>Code "%1" may hold only letters, digits and . _ / - and must start with a letter or digit (for example %2).</source>
        <translation>Le code « %1 » ne peut contenir que des lettres, des chiffres et . _ / - et doit commencer par une lettre ou un chiffre (par exemple %2).</translation>
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
        <translation>Planifiez des missions de renforcement des capacités selon les cinq étapes LEOP : consultation, orientation, programme sur mesure, formation de formateurs et accompagnement après formation. Vos données restent dans un seul fichier sur cet ordinateur ; aucun réseau n'est nécessaire.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Explore the &amp;demo</source>
        <translation>Découvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
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
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Attentes</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Priorities (needs)</source>
        <translation>Priorités (besoins)</translation>
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
        <translation><numerusform>Le participant %1 a utilisé sa %n gommette.</numerusform><numerusform>Le participant %1 a utilisé ses %n gommettes.</numerusform></translation>
    </message>
    <message>
        <source>Participant %1 has no dot on this note.</source>
        <translation>Le participant %1 n'a pas de gommette sur cette note.</translation>
    </message>
    <message>
        <source>This note cannot move that way.</source>
        <translation>Cette note ne peut pas aller dans cette direction.</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Déplacé vers %1.</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Supprimé. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Added. Ctrl+Z takes it back.</source>
        <translation>Ajoutée. Ctrl+Z l'annule.</translation>
    </message>
    <message numerus="yes">
        <source>Voter %1 of %2: %n dot(s) left</source>
        <translation><numerusform>Votant %1 sur %2 : %n gommette restante</numerusform><numerusform>Votant %1 sur %2 : %n gommettes restantes</numerusform></translation>
    </message>
    <message>
        <source>Type, then Enter: adds to %1 · F1 keys</source>
        <translation>Tapez, puis Entrée : ajoute à %1 · F1 touches</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Resources asked for</source>
        <translation>Ressources demandées</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Group of this note (empty: none):</source>
        <translation>Groupe de cette note (vide : aucun) :</translation>
    </message>
</context>
<context>
    <name>WorkshopPlan</name>
    <message>
        <source>Welcome, purpose and ground rules</source>
        <translation>Accueil, objectif et règles du jeu</translation>
    </message>
    <message>
        <source>Where the mission stands</source>
        <translation>Où en est la mission</translation>
    </message>
    <message>
        <source>Concerns and expectations</source>
        <translation>Préoccupations et attentes</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Agreements and next steps</source>
        <translation>Accords et prochaines étapes</translation>
    </message>
    <message>
        <source>Welcome and purpose</source>
        <translation>Accueil et objectif</translation>
    </message>
    <message>
        <source>Legislation and capacity: what we found</source>
        <translation>Législation et capacités : nos constats</translation>
    </message>
    <message>
        <source>Challenges and opportunities</source>
        <translation>Difficultés et opportunités</translation>
    </message>
    <message>
        <source>From challenges to needs</source>
        <translation>Des difficultés aux besoins</translation>
    </message>
    <message>
        <source>Dot voting on the needs</source>
        <translation>Vote par gommettes sur les besoins</translation>
    </message>
    <message>
        <source>The needs and the modules that answer them</source>
        <translation>Les besoins et les modules qui y répondent</translation>
    </message>
    <message>
        <source>Priorities for the curriculum</source>
        <translation>Priorités pour le programme</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Progress of the training and the cascade</source>
        <translation>Avancement de la formation et de la cascade</translation>
    </message>
    <message>
        <source>What works, what worries us</source>
        <translation>Ce qui marche, ce qui nous inquiète</translation>
    </message>
    <message>
        <source>Stage progress</source>
        <translation>Avancement des étapes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Capacity radar</source>
        <translation>Radar des capacités</translation>
    </message>
    <message>
        <source>Indicator achievement</source>
        <translation>Réalisation des indicateurs</translation>
    </message>
    <message>
        <source>Burn-up of officers trained</source>
        <translation>Progression des agents formés</translation>
    </message>
    <message>
        <source>The cascade</source>
        <translation>La cascade</translation>
    </message>
    <message>
        <source>Participation by sex</source>
        <translation>Participation par sexe</translation>
    </message>
    <message>
        <source>Kirkpatrick funnel</source>
        <translation>Entonnoir de Kirkpatrick</translation>
    </message>
    <message>
        <source>Risk heat map</source>
        <translation>Carte thermique des risques</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>The agenda</source>
        <translation>L'ordre du jour</translation>
    </message>
    <message>
        <source>Progress and charts</source>
        <translation>Avancement et graphiques</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>Le tableau</translation>
    </message>
    <message>
        <source>Power/interest grid (types per quadrant)</source>
        <translation>Grille pouvoir/intérêt (types par quadrant)</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>%1 over</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pause)</translation>
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
        <translation>Démarrer le mode atelier</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l'ordre du jour</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> × desk size</source>
        <translation> × taille du bureau</translation>
    </message>
    <message>
        <source>High contrast, light</source>
        <translation>Contraste élevé, clair</translation>
    </message>
    <message>
        <source>High contrast, dark</source>
        <translation>Contraste élevé, sombre</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission :</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordre du jour :</translation>
    </message>
    <message>
        <source>&amp;Participants voting:</source>
        <translation>&amp;Participants qui votent :</translation>
    </message>
    <message>
        <source>&amp;Dots each:</source>
        <translation>Gommettes pa&amp;r personne :</translation>
    </message>
    <message>
        <source>&amp;Type size:</source>
        <translation>Ta&amp;ille du texte :</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Stakeholder contact details, attitudes, power, trust and protected names stay off the wall unless you unlock them (Ctrl+Shift+U) during the workshop.</source>
        <translation>Les coordonnées, attitudes, pouvoir, confiance et noms protégés des parties prenantes restent hors de l'écran sauf si vous les déverrouillez (Ctrl+Shift+U) pendant l'atelier.</translation>
    </message>
    <message>
        <source>Choose a mission for the workshop.</source>
        <translation>Choisissez une mission pour l'atelier.</translation>
    </message>
    <message>
        <source>"%1" needs its minutes, from 1 to 480.</source>
        <translation>« %1 » doit avoir sa durée, de 1 à 480 minutes.</translation>
    </message>
    <message>
        <source>Agenda item %1 is longer than 200 characters.</source>
        <translation>Le point %1 de l'ordre du jour dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>Give the agenda at least one item.</source>
        <translation>Donnez au moins un point à l'ordre du jour.</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>Charts a&amp;fter the board:</source>
        <translation>&amp;Graphiques après le tableau :</translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Add &amp;Item</source>
        <translation>A&amp;jouter un point</translation>
    </message>
    <message>
        <source>Adds an item after the selected one (Insert).</source>
        <translation>Ajoute un point après celui sélectionné (Inser).</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Retir&amp;er</translation>
    </message>
    <message>
        <source>Removes the selected item (Del).</source>
        <translation>Retire le point sélectionné (Suppr).</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter (&amp;U)</translation>
    </message>
    <message>
        <source>Moves the selected item earlier in the workshop (Ctrl+Up).</source>
        <translation>Avance le point sélectionné dans l'atelier (Ctrl+Haut).</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Moves the selected item later in the workshop (Ctrl+Down).</source>
        <translation>Recule le point sélectionné dans l'atelier (Ctrl+Bas).</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshop: %1</source>
        <translation>Atelier : %1</translation>
    </message>
    <message>
        <source>SENSITIVE FIELDS SHOWN · Ctrl+Shift+U hides them</source>
        <translation>CHAMPS SENSIBLES AFFICHÉS · Ctrl+Shift+U les masque</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Where the mission stands</source>
        <translation>Où en est la mission</translation>
    </message>
    <message>
        <source>Board: %1</source>
        <translation>Tableau : %1</translation>
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
        <translation>Afficher les champs sensibles</translation>
    </message>
    <message>
        <source>Show names, attitudes and trust on the wall?</source>
        <translation>Afficher les noms, attitudes et niveaux de confiance à l'écran ?</translation>
    </message>
    <message>
        <source>Everyone in the room will see them. A marker stays on screen until you hide them again with Ctrl+Shift+U.</source>
        <translation>Toute la salle les verra. Un bandeau reste à l'écran jusqu'à ce que vous les masquiez de nouveau avec Ctrl+Shift+U.</translation>
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
        <translation>au total</translation>
    </message>
    <message>
        <source>%1 of %2 · PageDown or Space: next · PageUp: back · F1 all keys · Esc leaves</source>
        <translation>%1 sur %2 · Page suivante ou Espace : suivant · Page précédente : retour · F1 toutes les touches · Échap pour quitter</translation>
    </message>
    <message>
        <source>PageDown, →, ↓ or Space</source>
        <translation>Page suivante, →, ↓ ou Espace</translation>
    </message>
    <message>
        <source>next view</source>
        <translation>vue suivante</translation>
    </message>
    <message>
        <source>PageUp, ←, ↑ or Backspace</source>
        <translation>Page précédente, ←, ↑ ou Retour arrière</translation>
    </message>
    <message>
        <source>view before</source>
        <translation>vue précédente</translation>
    </message>
    <message>
        <source>Ctrl+PageDown / Ctrl+PageUp</source>
        <translation>Ctrl+Page suivante / Ctrl+Page précédente</translation>
    </message>
    <message>
        <source>next / previous agenda item</source>
        <translation>point suivant / précédent de l'ordre du jour</translation>
    </message>
    <message>
        <source>start or pause the timer</source>
        <translation>démarrer ou suspendre le minuteur</translation>
    </message>
    <message>
        <source>. or B</source>
        <translation>. ou B</translation>
    </message>
    <message>
        <source>blank screen; any key brings it back</source>
        <translation>écran noir ; toute touche le rétablit</translation>
    </message>
    <message>
        <source>show or hide sensitive fields</source>
        <translation>afficher ou masquer les champs sensibles</translation>
    </message>
    <message>
        <source>On the board: type, then Enter</source>
        <translation>Sur le tableau : tapez, puis Entrée</translation>
    </message>
    <message>
        <source>add a note</source>
        <translation>ajouter une note</translation>
    </message>
    <message>
        <source>←/→ and ↑/↓</source>
        <translation>←/→ et ↑/↓</translation>
    </message>
    <message>
        <source>column and note</source>
        <translation>colonne et note</translation>
    </message>
    <message>
        <source>Ctrl+←/→ · Ctrl+G · Del</source>
        <translation>Ctrl+←/→ · Ctrl+G · Suppr</translation>
    </message>
    <message>
        <source>move · group · delete the note</source>
        <translation>déplacer · grouper · supprimer la note</translation>
    </message>
    <message>
        <source>+ / − · Tab / Shift+Tab</source>
        <translation>+ / − · Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>give or take back a dot · next or previous voter</source>
        <translation>donner ou reprendre une gommette · votant suivant ou précédent</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Y</source>
        <translation>Ctrl+Z / Ctrl+Y</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>annuler / rétablir</translation>
    </message>
    <message>
        <source>F1 · Esc</source>
        <translation>F1 · Échap</translation>
    </message>
    <message>
        <source>these keys · leave workshop mode</source>
        <translation>ces touches · quitter le mode atelier</translation>
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
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
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
        <translation>&amp;Ouvrir la mission…</translation>
    </message>
</context>
</TS>