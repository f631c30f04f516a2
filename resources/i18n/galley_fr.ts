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
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Annotations</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Problèmes</translation>
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
    <name>PreferencesDialog</name>
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
</context>
<context>
    <name>RevisionsDock</name>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
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
</TS>
