<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>&amp;New Project from MT…</source>
        <translation>&amp;Nouveau projet à partir d&apos;une TA…</translation>
    </message>
    <message>
        <source>Start a project from an MT file, optionally with a cleaned version</source>
        <translation>Créer un projet à partir d&apos;un fichier de traduction automatique, avec ou sans sa version révisée</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a .galley project, or a TXT/DOCX file as a new project</source>
        <translation>Ouvrir un projet .galley, ou un fichier TXT/DOCX comme nouveau projet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file</source>
        <translation>Écrire une copie du projet dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>Problème &amp;suivant</translation>
    </message>
    <message>
        <source>Go to the next open finding</source>
        <translation>Aller au problème ouvert suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>Problème &amp;précédent</translation>
    </message>
    <message>
        <source>Go to the previous open finding</source>
        <translation>Aller au problème ouvert précédent</translation>
    </message>
    <message>
        <source>&amp;Apply Suggestion</source>
        <translation>&amp;Appliquer la suggestion</translation>
    </message>
    <message>
        <source>Replace the current finding&apos;s text with its first suggestion</source>
        <translation>Remplacer le texte du problème courant par sa première suggestion</translation>
    </message>
    <message>
        <source>Fix All &amp;Occurrences</source>
        <translation>Corriger toutes les &amp;occurrences</translation>
    </message>
    <message>
        <source>Apply the suggestion to every finding of the same group (name variants)</source>
        <translation>Appliquer la suggestion à tous les problèmes du même groupe (variantes d&apos;un nom)</translation>
    </message>
    <message>
        <source>&amp;Ignore Finding</source>
        <translation>&amp;Ignorer le problème</translation>
    </message>
    <message>
        <source>Hide this finding; it stays ignored while its text and context are unchanged</source>
        <translation>Masquer ce problème&#x202f;; il reste ignoré tant que son texte et son contexte ne changent pas</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Ajouter une a&amp;nnotation…</translation>
    </message>
    <message>
        <source>Annotate the selected text</source>
        <translation>Annoter le texte sélectionné</translation>
    </message>
    <message>
        <source>Next C&amp;hange</source>
        <translation>Modification sui&amp;vante</translation>
    </message>
    <message>
        <source>Go to the next changed paragraph</source>
        <translation>Aller au paragraphe modifié suivant</translation>
    </message>
    <message>
        <source>Previous Chan&amp;ge</source>
        <translation>Modification préc&amp;édente</translation>
    </message>
    <message>
        <source>Go to the previous changed paragraph</source>
        <translation>Aller au paragraphe modifié précédent</translation>
    </message>
    <message>
        <source>Re&amp;check Document</source>
        <translation>&amp;Revérifier le document</translation>
    </message>
    <message>
        <source>Run every check again</source>
        <translation>Relancer tous les contrôles</translation>
    </message>
    <message>
        <source>&amp;Snapshot Revision…</source>
        <translation>&amp;Enregistrer une révision…</translation>
    </message>
    <message>
        <source>Save the working text as a named revision</source>
        <translation>Enregistrer le texte de travail comme révision nommée</translation>
    </message>
    <message>
        <source>&amp;Compare Revisions…</source>
        <translation>&amp;Comparer des révisions…</translation>
    </message>
    <message>
        <source>Show any two versions side by side</source>
        <translation>Afficher deux versions côte à côte</translation>
    </message>
    <message>
        <source>&amp;Back to Review</source>
        <translation>&amp;Retour à la relecture</translation>
    </message>
    <message>
        <source>Show the MT beside the editable working text again</source>
        <translation>Réafficher la TA à côté du texte de travail modifiable</translation>
    </message>
    <message>
        <source>&amp;Synchronized Scrolling</source>
        <translation>Défilement &amp;synchronisé</translation>
    </message>
    <message>
        <source>Scroll both panes together</source>
        <translation>Faire défiler les deux volets ensemble</translation>
    </message>
    <message>
        <source>Group Findings by &amp;Category</source>
        <translation>Grouper les problèmes par &amp;catégorie</translation>
    </message>
    <message>
        <source>Group the findings list by MQM category instead of by check</source>
        <translation>Grouper la liste des problèmes par catégorie MQM plutôt que par contrôle</translation>
    </message>
    <message>
        <source>&amp;Clean Copy (DOCX)…</source>
        <translation>Copie &amp;propre (DOCX)…</translation>
    </message>
    <message>
        <source>&amp;Redline with Tracked Changes (DOCX)…</source>
        <translation>&amp;Version avec suivi des modifications (DOCX)…</translation>
    </message>
    <message>
        <source>&amp;Bilingual Table (DOCX)…</source>
        <translation>Tableau &amp;bilingue (DOCX)…</translation>
    </message>
    <message>
        <source>QA &amp;Report (DOCX)…</source>
        <translation>&amp;Rapport qualité (DOCX)…</translation>
    </message>
    <message>
        <source>Include Open &amp;Findings as Comments</source>
        <translation>Inclure les problèmes &amp;ouverts comme commentaires Word</translation>
    </message>
    <message>
        <source>Redline and bilingual exports also carry the findings still open, as Word comments</source>
        <translation>Les exports avec suivi des modifications et bilingues contiennent aussi les problèmes encore ouverts, sous forme de commentaires Word</translation>
    </message>
    <message>
        <source>&amp;Import Editor Review (DOCX)…</source>
        <translation>&amp;Importer la révision de l&apos;éditeur (DOCX)…</translation>
    </message>
    <message>
        <source>Bring an editor&apos;s redline or bilingual table back in as a new revision with their comments</source>
        <translation>Réintégrer la version révisée ou le tableau bilingue d&apos;un éditeur comme nouvelle révision, avec ses annotations</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>How to review, fix, comment, compare and exchange DOCX</source>
        <translation>Relire, corriger, annoter, comparer et échanger des DOCX</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation>À &amp;propos de Galley</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>MQM category</source>
        <translation>Catégorie MQM</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>Also list resolved comments</source>
        <translation>Afficher aussi les annotations résolues</translation>
    </message>
    <message>
        <source>Comments on the working text; those on the MT or a revision say which</source>
        <translation>Annotations du texte de travail&#x202f;; celles de la TA ou d&apos;une révision l&apos;indiquent</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Detached · </source>
        <translation>Détachée · </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>The annotated text is gone; the comment keeps its original quote</source>
        <translation>Le texte annoté a disparu&#x202f;; l&apos;annotation garde sa citation d&apos;origine</translation>
    </message>
    <message>
        <source>{0} open · {1} in all</source>
        <translation>ouvertes&#xa0;: {0} · total&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Comments ({0})</source>
        <translation>Annotations ({0})</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>clean</source>
        <translation>copie propre</translation>
    </message>
    <message>
        <source>redline</source>
        <translation>suivi des modifications</translation>
    </message>
    <message>
        <source>bilingual</source>
        <translation>bilingue</translation>
    </message>
    <message>
        <source>QA report</source>
        <translation>rapport qualité</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Documents Word</translation>
    </message>
    <message>
        <source>Export {0} as DOCX</source>
        <translation>Exporter la version «&#xa0;{0}&#xa0;» en DOCX</translation>
    </message>
    <message>
        <source>Galley cannot export</source>
        <translation>Galley ne peut pas exporter</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>Exporté&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>Export de {0}…</translation>
    </message>
    <message>
        <source>Import an editor&apos;s reviewed DOCX</source>
        <translation>Importer le DOCX révisé par l&apos;éditeur</translation>
    </message>
    <message>
        <source>Galley cannot import this review</source>
        <translation>Galley ne peut pas importer cette révision</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <source>Editor review imported</source>
        <translation>Révision de l&apos;éditeur importée</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Galley projects and documents</source>
        <translation>Projets Galley et documents</translation>
    </message>
    <message>
        <source>Galley projects</source>
        <translation>Projets Galley</translation>
    </message>
    <message>
        <source>Check the encoding</source>
        <translation>Vérifiez l&apos;encodage</translation>
    </message>
    <message>
        <source>Galley cannot open this file</source>
        <translation>Galley ne peut pas ouvrir ce fichier</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <source>Galley cannot open this project</source>
        <translation>Galley ne peut pas ouvrir ce projet</translation>
    </message>
    <message>
        <source>Open a project or document</source>
        <translation>Ouvrir un projet ou un document</translation>
    </message>
    <message>
        <source>New project: choose the machine translation</source>
        <translation>Nouveau projet&#xa0;: choisissez la traduction automatique</translation>
    </message>
    <message>
        <source>Optionally choose its cleaned version (Cancel to start from the MT)</source>
        <translation>Choisissez sa version révisée si vous en avez une (Annuler pour partir de la TA)</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>Enregistrer le nouveau projet sous</translation>
    </message>
    <message>
        <source>Save a copy of the project as</source>
        <translation>Enregistrer une copie du projet sous</translation>
    </message>
    <message>
        <source>Galley cannot save the copy</source>
        <translation>Galley ne peut pas enregistrer la copie</translation>
    </message>
    <message>
        <source>Galley cannot make the sample project</source>
        <translation>Galley ne peut pas créer le projet d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show only findings of this severity</source>
        <translation>N&apos;afficher que les problèmes de cette gravité</translation>
    </message>
    <message>
        <source>Show only findings of this check</source>
        <translation>N&apos;afficher que les problèmes de ce contrôle</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Also list findings you ignored</source>
        <translation>Afficher aussi les problèmes ignorés</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Replace the flagged text with the suggestion</source>
        <translation>Remplacer le texte signalé par la suggestion</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Tout corriger</translation>
    </message>
    <message>
        <source>Apply the suggestion to every occurrence in its group</source>
        <translation>Appliquer la suggestion à toutes les occurrences de son groupe</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Annoter…</translation>
    </message>
    <message>
        <source>Add a comment on the flagged text</source>
        <translation>Ajouter une annotation sur le texte signalé</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>{0} shown · {1} open</source>
        <translation>affichés&#xa0;: {0} · ouverts&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Problèmes ({0})</translation>
    </message>
    <message>
        <source>Replace with “{0}”</source>
        <translation>Remplacer par «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Un-ignore</source>
        <translation>Ne plus ignorer</translation>
    </message>
    <message>
        <source>Go to finding</source>
        <translation>Aller au problème</translation>
    </message>
    <message>
        <source>Fix all occurrences</source>
        <translation>Corriger toutes les occurrences</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Finding</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>  (ignored)</source>
        <translation>  (ignoré)</translation>
    </message>
    <message>
        <source>Suggestions: </source>
        <translation>Suggestions&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Galley User Guide</source>
        <translation>Guide de l&apos;utilisateur de Galley</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: {0}</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette installation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Built with Python {0}, Qt {1} and PySide6 {2}.</source>
        <translation>Construit avec Python {0}, Qt {1} et PySide6 {2}.</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: they are separate shared libraries in the bundle, which you may replace with your own build.</source>
        <translation>Qt et PySide6 sont utilisés sous la licence GNU LGPL version 3&#xa0;: ce sont des bibliothèques partagées distinctes dans le paquet, que vous pouvez remplacer par votre propre compilation.</translation>
    </message>
    <message>
        <source>A review desk for machine-translated copy.</source>
        <translation>Un poste de relecture pour les traductions automatiques.</translation>
    </message>
    <message>
        <source>Galley is free software under the MIT licence.</source>
        <translation>Galley est un logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Logiciels tiers</translation>
    </message>
    <message>
        <source>Galley includes these libraries, under their own licences:</source>
        <translation>Galley inclut ces bibliothèques, sous leurs propres licences&#xa0;:</translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation>À propos de Galley</translation>
    </message>
</context>
<context>
    <name>MQM</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Fluidité</translation>
    </message>
    <message>
        <source>Terminology</source>
        <translation>Terminologie</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Locale conventions</source>
        <translation>Conventions locales</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Machine translation</source>
        <translation>Traduction automatique</translation>
    </message>
    <message>
        <source>Working text</source>
        <translation>Texte de travail</translation>
    </message>
    <message>
        <source>The base version, shown on the left (read-only)</source>
        <translation>La version de référence, affichée à gauche (lecture seule)</translation>
    </message>
    <message>
        <source>The version on the right; only the working text is editable</source>
        <translation>La version de droite&#x202f;; seul le texte de travail est modifiable</translation>
    </message>
    <message>
        <source>Back to review</source>
        <translation>Retour à la relecture</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir&#xa0;: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Galley cannot save</source>
        <translation>Galley ne peut pas enregistrer</translation>
    </message>
    <message>
        <source>Galley keeps trying; nothing you do is lost while this window stays open. File ▸ Save a Copy puts it on another disk.</source>
        <translation>Galley réessaie sans cesse ; rien de ce que vous faites n’est perdu tant que cette fenêtre reste ouverte. Fichier ▸ Enregistrer une copie sous… la place sur un autre disque.</translation>
    </message>
    <message>
        <source>The project stays open so nothing is lost.</source>
        <translation>Le projet reste ouvert pour que rien ne soit perdu.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Comments were re-anchored</source>
        <translation>Des annotations ont été réancrées</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Make room on the disk, or use File ▸ Save a Copy, then close again.</source>
        <translation>Libérez de la place sur le disque ou utilisez Fichier ▸ Enregistrer une copie sous…, puis fermez à nouveau.</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Aucun problème ouvert.</translation>
    </message>
    <message>
        <source>Replace with “{0}”</source>
        <translation>Remplacer par «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Supprimer «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Fix All: {0}</source>
        <translation>Tout corriger&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Ignore “{0}” ({1})</source>
        <translation>Ignorer «&#xa0;{0}&#xa0;» ({1})</translation>
    </message>
    <message>
        <source>Select the text to comment on.</source>
        <translation>Sélectionnez le texte à annoter.</translation>
    </message>
    <message>
        <source>This comment is detached: its text “{0}” is no longer there.</source>
        <translation>Cette annotation est détachée&#xa0;: son texte «&#xa0;{0}&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Snapshot revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <source>Label for this revision:</source>
        <translation>Nom de cette révision&#xa0;:</translation>
    </message>
    <message>
        <source>Saved revision “{0}”.</source>
        <translation>Révision «&#xa0;{0}&#xa0;» enregistrée.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>Ré&amp;visions</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}&#x202f;%</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Apply fix: {0}</source>
        <translation>Appliquer la correction&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Fix all: {0} ({1})</source>
        <translation>Tout corriger&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <source>Restore revision: {0}</source>
        <translation>Restaurer la révision&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Ignore finding: {0}</source>
        <translation>Ignorer le problème&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Un-ignore finding: {0}</source>
        <translation>Ne plus ignorer le problème&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Overview: changes (left), findings (middle), comments (right). Click to jump.</source>
        <translation>Vue d&apos;ensemble&#xa0;: modifications (à gauche), problèmes (au milieu), annotations (à droite). Cliquez pour y aller.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Recorded on your comments and revisions</source>
        <translation>Inscrit sur vos annotations et vos révisions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Applies the next time Galley starts</source>
        <translation>Prend effet au prochain démarrage de Galley</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>{0} — read-only</source>
        <translation>{0} — lecture seule</translation>
    </message>
    <message>
        <source>{0} — editable</source>
        <translation>{0} — modifiable</translation>
    </message>
    <message>
        <source>Comparing and checking…</source>
        <translation>Comparaison et contrôle…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <source>Saved: everything that was waiting is now in the project file.</source>
        <translation>Enregistré : tout ce qui était en attente est maintenant dans le fichier du projet.</translation>
    </message>
    <message>
        <source>That text has changed since it was checked; re-checking.</source>
        <translation>Ce texte a changé depuis le contrôle&#x202f;; nouveau contrôle en cours.</translation>
    </message>
    <message>
        <source>Comment: {0}</source>
        <translation>Annotation&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ReviewStatusBar</name>
    <message>
        <source>{0} Critical</source>
        <translation>Critiques&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} Major</source>
        <translation>Majeures&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} Minor</source>
        <translation>Mineures&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Problèmes ouverts par gravité</translation>
    </message>
    <message>
        <source>{0} comment open</source>
        <translation>{0} annotation ouverte</translation>
    </message>
    <message>
        <source>{0} comments open</source>
        <comment>zero</comment>
        <translation>{0} annotation ouverte</translation>
    </message>
    <message>
        <source>{0} comments open</source>
        <translation>{0} annotations ouvertes</translation>
    </message>
    <message>
        <source>Edit rate …</source>
        <translation>Taux d&apos;édition …</translation>
    </message>
    <message>
        <source>Edit rate {0}</source>
        <translation>Taux d&apos;édition {0}</translation>
    </message>
    <message>
        <source>Word edits needed to turn the {0} into this text, per word of the base</source>
        <translation>Modifications de mots nécessaires pour passer de la version «&#xa0;{0}&#xa0;» à ce texte, par mot de la référence</translation>
    </message>
    <message>
        <source>Language: {0}</source>
        <translation>Langue&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reviewer: {0}</source>
        <translation>Réviseur&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reviewer: (set in Preferences)</source>
        <translation>Réviseur&#xa0;: (à définir dans les Préférences)</translation>
    </message>
    <message>
        <source>Not saved — retrying</source>
        <translation>Non enregistré — nouvelle tentative</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle…</translation>
    </message>
</context>
<context>
    <name>RevisionsDock</name>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Edit rate vs MT</source>
        <translation>Taux d&apos;édition / TA</translation>
    </message>
    <message>
        <source>Snapshot…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the working text as a named revision (Ctrl+Shift+S)</source>
        <translation>Enregistrer le texte de travail comme révision nommée (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Select two versions (Ctrl+click) to see them side by side</source>
        <translation>Sélectionnez deux versions (Ctrl+clic) pour les afficher côte à côte</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Make this revision the working text (the current text is kept as a revision)</source>
        <translation>Faire de cette révision le texte de travail (le texte actuel est conservé comme révision)</translation>
    </message>
    <message>
        <source>Select two to compare</source>
        <translation>Sélectionnez-en deux pour comparer</translation>
    </message>
    <message>
        <source>Machine translation (original)</source>
        <translation>Traduction automatique (originale)</translation>
    </message>
    <message>
        <source>Working text (current)</source>
        <translation>Texte de travail (actuel)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>Machine translation</source>
        <translation>Traduction automatique</translation>
    </message>
    <message>
        <source>Working text</source>
        <translation>Texte de travail</translation>
    </message>
    <message>
        <source>Revision “{0}”</source>
        <translation>Révision «&#xa0;{0}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
</TS>
